"""A table column's words spelled one way.

A column of categories repeats its words from row to row ("Nặng", "Đặc biệt nặng";
"Tỉnh", "Quốc gia"; "Đạt", "Tốt"), and Tesseract now and then reads one of them with
other marks in a cell of a poor scan ("Năng" among three "nặng" in a new decision's
table): a real word, which the language model, reading the cell alone, has no reason to
change. When the OCR engine doubted that word and the column's other cells, which it did
not doubt, write its letters with one spelling only, twice or more, the word takes that
spelling in its own case. Only doubted words change, so text as written and text without
word confidences stay as they are; nor does a word of a person's name (a cell that starts
with a family name in title case: "Lê Văn Tám" among two "Tâm" is another man).

Columns are counted by tabs within a run of table rows (lines of two tabs or more, blank
lines between them passed over); a row compares with the rows of as many cells, since OCR
drops a row's empty cells.

Contract: ``column_spelling_fixes(lines, doubted) -> [(line, start, end, word)]``;
``lines`` as repaired, ``doubted(line, start, end)`` whether the OCR engine doubted the
word there; each fix changes marks only (the word keeps its length in NFC).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import regex

from diacritics.names import HMONG_FAMILY_NAMES, SURNAMES
from diacritics.syllable import fold, strip_marks

WORD = regex.compile(r"\p{L}+")
CELL = regex.compile(r"[^\t]+")
MIN_ROW_TABS = 2
MIN_AGREEING = 2  # the column's undoubted cells that spell the word one way

Word = tuple[int, int, int, str]  # (line, start, end, word)


def _rows(lines: list[str]) -> list[list[int]]:
    """Runs of table rows, as line numbers."""
    runs: list[list[int]] = [[]]
    for number, line in enumerate(lines):
        if line.count("\t") >= MIN_ROW_TABS:
            runs[-1].append(number)
        elif line.strip():
            runs.append([])
    return [run for run in runs if len(run) > MIN_AGREEING]


def _names_person(cell: str) -> bool:
    words = WORD.findall(cell)
    return len(words) >= 2 and all(w[:1].isupper() for w in words[:2]) and \
        fold(words[0].lower()) in SURNAMES | HMONG_FAMILY_NAMES


def column_spelling_fixes(lines: list[str], doubted: Callable[[int, int, int], bool]
                          ) -> list[tuple[int, int, int, str]]:
    fixes = []
    for run in _rows(lines):
        # (cells in the row, column) -> its words
        columns: dict[tuple[int, int], list[Word]] = defaultdict(list)
        for number in run:
            cells = list(CELL.finditer(lines[number]))
            for column, cell in enumerate(cells):
                if _names_person(cell.group()):
                    continue
                columns[len(cells), column] += [
                    (number, cell.start() + w.start(), cell.start() + w.end(), w.group())
                    for w in WORD.finditer(cell.group())]
        for words in columns.values():
            # the undoubted spellings of each word's letters, as written (in the
            # document's tone style)
            written: dict[str, list[str]] = defaultdict(list)
            unsure = []
            for number, start, end, word in words:
                if doubted(number, start, end):
                    unsure.append((number, start, end, word))
                else:
                    written[strip_marks(word.lower())].append(word.lower())
            for number, start, end, word in unsure:
                agreed = written.get(strip_marks(word.lower()), [])
                if len(agreed) < MIN_AGREEING or len({fold(s) for s in agreed}) != 1:
                    continue
                right = agreed[0]
                if fold(right) == fold(word.lower()) or len(right) != len(word):
                    continue
                cased = right.upper() if word.isupper() and len(word) > 1 else \
                    right[:1].upper() + right[1:] if word[:1].isupper() else right
                fixes.append((number, start, end, cased))
    return fixes
