"""Legacy-repair tuning on the train split without leaks: the LM and the OCR channel are
built from one train seed (its text and its renders' OCR) and the sources that are no seed
(the written reports' renders among them), and the other train seed's renders are
repaired. Reads the renders in bench/cache/channel and their OCR text, both made by
``make channel`` (raw ``eng`` and ``vie``, ``eng`` on our deskewed, despeckled page).

    python -m bench.dev_legacy [--train 002] [--suffix cleaneng|eng|vie]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from diacritics import build
from diacritics.channel_train import (
    RENDERS_PER_TEXT,
    SEED_READINGS,
    WRITTEN_READINGS,
    channel_table,
    count_pages,
    write_tsv,
)
from ocr_pipeline import metrics

CACHE = Path(__file__).resolve().parent / "cache" / "channel"


def _pages(name: str, render: str) -> list[tuple[Path, int, str]]:
    out = []
    for pdf in sorted(CACHE.glob(f"{name}-{render}.pdf")):
        truths = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
        out += [(pdf, k, t) for k, t in enumerate(truths, start=1)]
    return out


def _model_from(seed_id: str) -> Path:
    """LM from one train seed (and the sources that are no seed); channel from that seed's
    renders and the written reports', read as ``make channel`` reads them."""
    renders = [str(r) for r in range(RENDERS_PER_TEXT)]
    written = [page for r in renders for page in _pages("written-*", r)]
    if not written:
        raise SystemExit(f"no renders of the written reports in {CACHE}: run make channel")
    out = Path(tempfile.mkdtemp())
    build.build([seed_id], build.DEFAULT_WEIGHTS, out, use=set(build.DEFAULT_WEIGHTS))
    counts: Counter[tuple[str, str, str]] = Counter()
    count_pages(counts, [(*page, SEED_READINGS) for r in renders
                         for page in _pages(f"train-{seed_id}", r)]
                + [(*page, WRITTEN_READINGS) for page in written])
    write_tsv(counts, out / "channel.tsv")
    table = channel_table(out / "channel.tsv")
    (out / "channel.json").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="002", choices=["002", "003"])
    parser.add_argument("--suffix", default="cleaneng", choices=["cleaneng", "eng", "vie"])
    args = parser.parse_args()
    held_out = "003" if args.train == "002" else "002"
    os.environ["DIACRITICS_MODEL_DIR"] = str(_model_from(args.train))
    pages = _pages(f"train-{held_out}", "1")
    import diacritics

    ref = "\n".join(t for _, _, t in pages)
    ocr = [pdf.with_suffix(f".p{k}.{args.suffix}.txt").read_text(encoding="utf-8")
           for pdf, k, _ in pages]
    fixed = [diacritics.restore(text).text for text in ocr]
    print(json.dumps({
        "train": args.train, "read": held_out, "ocr": args.suffix,
        "before": [round(metrics.cer(ref, "\n".join(ocr)), 4),
                   round(metrics.wer(ref, "\n".join(ocr)), 4)],
        "after": [round(metrics.cer(ref, "\n".join(fixed)), 4),
                  round(metrics.wer(ref, "\n".join(fixed)), 4)],
    }))


if __name__ == "__main__":
    main()
