"""A table column's words spelled one way, and its cells' ends alike.

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

So does a doubted word's stop at a cell's end that no other cell of its column has, two or
more of them, in a column other than its rows' last: a speck beside the cell's rule read as
a stop ("Vĩnh Ninh." in a new decision's table).

A column of codes (three in five of its cells or more, three at least, are two to four
capitals without marks: a land report's "NNP", "LUA", "ONT") writes no mark: a cell read
as such a code with a vowel's marks ("LỰA") is the code, and a mark after one ("TSG:",
"TSG.") a speck.

Contract: ``column_spelling_fixes(lines, doubted) -> [(line, start, end, word)]``;
``lines`` as repaired, ``doubted(line, start, end)`` whether the OCR engine doubted the
word there; each fix changes marks only (the word keeps its length in NFC).
``column_stop_fixes(lines, doubted) -> [(line, start, end, "")]`` likewise;
``column_code_fixes(lines) -> [(line, start, end, code)]``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import regex

from diacritics.names import HMONG_FAMILY_NAMES, SURNAMES
from diacritics.syllable import fold, strip_marks

WORD = regex.compile(r"\p{L}+")
CELL = regex.compile(r"[^\t]+")
MIN_ROW_TABS = 2
MIN_AGREEING = 2  # the column's undoubted cells that spell the word one way
FAMILY_NAMES = SURNAMES | HMONG_FAMILY_NAMES
# a cell's last word in small letters or title case and the stop after it (not an
# abbreviation's, "TP.", nor a number's, "5.")
LAST_WORD_STOP = regex.compile(r"(?<!\S)\p{Lu}?\p{Ll}+(?P<stop>\.)\s*$")

# a code of a column of codes, and one read with a vowel's marks or a mark after it
CODE = regex.compile(r"[A-Z]{2,4}")
CODE_READ = regex.compile(r"(?P<code>\p{Lu}{2,4})(?P<mark>[.:;,]?)")
CODE_SHARE = 0.6
MIN_CODES = 3

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
        fold(words[0].lower()) in FAMILY_NAMES


def _columns(lines: list[str]) -> Iterator[tuple[bool, list[tuple[int, regex.Match[str]]]]]:
    """Each column of each run of table rows: whether it is its rows' last, and its
    cells, as (line, cell)."""
    for run in _rows(lines):
        columns: dict[tuple[int, int], list[tuple[int, regex.Match[str]]]] = defaultdict(list)
        for number in run:
            cells = list(CELL.finditer(lines[number]))
            for column, cell in enumerate(cells):
                columns[len(cells), column].append((number, cell))
        for (width, column), cells in columns.items():
            yield column == width - 1, cells


def column_spelling_fixes(lines: list[str], doubted: Callable[[int, int, int], bool]
                          ) -> list[tuple[int, int, int, str]]:
    fixes = []
    for _, cells in _columns(lines):
        words: list[Word] = [
            (number, cell.start() + w.start(), cell.start() + w.end(), w.group())
            for number, cell in cells if not _names_person(cell.group())
            for w in WORD.finditer(cell.group())]
        # the undoubted spellings of each word's letters, as written (in the document's
        # tone style)
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


def column_stop_fixes(lines: list[str], doubted: Callable[[int, int, int], bool]
                      ) -> list[tuple[int, int, int, str]]:
    """(line, start, end, "") of a stop that ends a doubted word at a cell's end, in a
    column (not its rows' last) none of whose other cells, two or more, ends with one: a
    speck beside the cell's rule read as a stop ("Vĩnh Ninh." in a new decision's table)."""
    fixes = []
    for last, cells in _columns(lines):
        ends = [LAST_WORD_STOP.search(cell.group()) for _, cell in cells]
        if last or sum(end is not None for end in ends) != 1 or len(cells) <= MIN_AGREEING:
            continue
        (number, cell), end = next((c, e) for c, e in zip(cells, ends, strict=True)
                                   if e is not None)
        word_start, stop = cell.start() + end.start(), cell.start() + end.start("stop")
        if doubted(number, word_start, stop + 1):
            fixes.append((number, stop, stop + 1, ""))
    return fixes


def column_code_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, code) of each cell of a column of codes (``CODE_SHARE`` of its
    cells or more, ``MIN_CODES`` at least, are ``CODE``) read as a code with a vowel's
    marks ("LỰA" for LUA) or with a mark after it ("TSG:"), which most of its cells, codes
    without one, show to be specks: a land report's column of land types' codes, in a new
    report's render. A Đ stays: it is a letter of abbreviations ("HĐND")."""
    fixes = []
    for _, cells in _columns(lines):
        texts = [cell.group().strip() for _, cell in cells]
        codes = sum(CODE.fullmatch(text) is not None for text in texts)
        if codes < MIN_CODES or codes < CODE_SHARE * len(texts):
            continue
        for (number, cell), text in zip(cells, texts, strict=True):
            read = CODE_READ.fullmatch(text)
            if read is None or CODE.fullmatch(text):
                continue
            code = strip_marks(read.group("code")) if "Đ" not in read.group("code") else \
                read.group("code")
            if not CODE.fullmatch(code) or code == text:
                continue
            start = cell.start() + len(cell.group()) - len(cell.group().lstrip())
            fixes.append((number, start, start + len(text), code))
    return fixes
