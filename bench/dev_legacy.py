"""Legacy-repair tuning on train-split renders (bench/cache/channel, from channel_train)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import diacritics
from ocr_pipeline import metrics

CACHE = Path(__file__).resolve().parent / "cache" / "channel"


def main() -> None:
    for lang in ("eng", "vie"):
        truths, before, after = [], [], []
        elapsed = 0.0
        for pdf in sorted(CACHE.glob("train-*-1.pdf")):
            pages = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
            for k, truth in enumerate(pages, start=1):
                ocr = pdf.with_suffix(f".p{k}.{lang}.txt").read_text(encoding="utf-8")
                t = time.perf_counter()
                fixed = diacritics.restore(ocr).text
                elapsed += time.perf_counter() - t
                truths.append(truth)
                before.append(ocr)
                after.append(fixed)
        ref = "\n".join(truths)
        n = len(metrics.letter_tokens("\n".join(before)))
        print(json.dumps({
            "lang": lang,
            "before": [round(metrics.cer(ref, "\n".join(before)), 4),
                       round(metrics.wer(ref, "\n".join(before)), 4)],
            "after": [round(metrics.cer(ref, "\n".join(after)), 4),
                      round(metrics.wer(ref, "\n".join(after)), 4)],
            "syl_per_s": round(n / elapsed),
        }))


if __name__ == "__main__":
    main()
