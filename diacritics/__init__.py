"""Vietnamese diacritic restoration and OCR post-correction.

``restore(text) -> Restored(text, edits)``: the repaired text has exactly as many lines
as the input; each edit names its line, character span, original, replacement and a
confidence in [0, 1].
"""

from __future__ import annotations

from diacritics.api import Edit, Restored, model_info, restore

__version__ = "0.1.0"
__all__ = ["Edit", "Restored", "restore", "model_info", "__version__"]
