import sys

from ocr_pipeline.cli import main

sys.exit(main())
