"""Parser tuning on train-split renders (bench/cache/channel): never the test split."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench import parsing
from bench.run import our_pipeline, warm_worker

CACHE = Path(__file__).resolve().parent / "cache" / "channel"


def main() -> None:
    render = sys.argv[1] if len(sys.argv) > 1 else "0"  # which render of each train seed
    pages = []
    for pdf in sorted(CACHE.glob(f"train-*-{render}.pdf")):
        count = len(pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f"))
        pages += [(pdf, k) for k in range(1, count + 1)]
    texts_file = CACHE / ("dev_parse_texts.json" if render == "0" else
                          f"dev_parse_texts-{render}.json")
    if texts_file.exists():
        texts = json.loads(texts_file.read_text(encoding="utf-8"))
    else:
        with ProcessPoolExecutor(os.cpu_count(), initializer=warm_worker) as pool:
            texts = [r[0] for r in pool.map(our_pipeline, pages)]
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(parsing.evaluate(pages, texts), indent=1))


if __name__ == "__main__":
    main()
