"""Tuning on the train split only: build on seed 002, evaluate on seed 003 (or swapped),
optionally with a third of the written reports held out of the model and evaluated on too.

With ``--out DIR`` the model stays in DIR, and the seed it left out can be rendered and
read by our whole pipeline with that model (real report text it never learned from):

    python -m bench.dev --train 002 --eval 003 --out /tmp/m002
    python -c "from samples.generate import seed_text; print(seed_text('003'))" > d/003.txt
    DIACRITICS_MODEL_DIR=/tmp/m002 python -m bench.dev_fresh --docs d --seed 71000 --show

Never touches the test split. Used to choose source weights and decoder constants.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from diacritics import build
from diacritics.syllable import strip_marks
from ocr_pipeline import metrics
from samples.generate import seed_text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weights", default="{}")
    parser.add_argument("--drop", default="", help="comma-separated sources to leave out")
    parser.add_argument("--train", default="002", help="train seed the model is built on")
    parser.add_argument("--eval", default="003", help="train seed it is evaluated on")
    parser.add_argument("--written-fold", type=int, choices=(0, 1, 2),
                        help="also hold out every third written report (from this one on) "
                             "and evaluate on it too")
    parser.add_argument("--out", type=Path,
                        help="build the model here and keep it (by default a temporary "
                             "folder): DIACRITICS_MODEL_DIR=OUT python -m bench.dev_fresh "
                             "--docs DIR then reads renders of the seed it left out")
    args = parser.parse_args()
    weights = {**build.DEFAULT_WEIGHTS, **json.loads(args.weights)}
    use = set(weights) - set(filter(None, args.drop.split(",")))
    out = args.out or Path(tempfile.mkdtemp())
    held = build.written_reports()[args.written_fold::3] if args.written_fold is not None else []
    build.build([args.train], weights, out, use=use,
                written_held_out=frozenset(p.name for p in held))
    os.environ["DIACRITICS_MODEL_DIR"] = str(out)
    import diacritics

    truth = "\n".join([seed_text(args.eval), *(p.read_text(encoding="utf-8") for p in held)])
    stripped = strip_marks(truth)
    t = time.time()
    restored = diacritics.restore(stripped).text
    elapsed = time.time() - t
    acc, marked = metrics.syllable_accuracy(truth, restored)
    on_truth = diacritics.restore(truth)
    harm = metrics.tokens_changed(truth, on_truth.text)
    n = len(metrics.letter_tokens(truth))
    for e in on_truth.edits:
        print("harm:", e.original, "->", e.replacement, e.confidence)
    print(json.dumps({"stripped_acc": round(acc, 4), "marked_acc": round(marked, 4),
                      "harm": round(harm, 5), "syl_per_s": round(n / elapsed)}))


if __name__ == "__main__":
    main()
