"""Re-read a table cell that Tesseract garbled in the row's context.

Read as part of a long table row, a cell such as "2,4 km" comes out as "244km" (the
comma read as a 4, the space lost), "1,8 km" as "18km" or "I8km", "250 m2" as "250m2";
in the narrow cells of a degraded scan, 212 as "Lư,", 72 as "Tê", 5 as ">", "Phú
Lương" as "PhúLương"; the same cell cut out alone, between the vertical rules the clean
stage found, reads right (our OCR of new reports' tables). A cell is read again alone
when it looks garbled: a digit glued to a letter ("244km", "I8km"), two words glued
("PhúLương"; in small letters, a word longer than a syllable or of no syllable's shape,
"Điếmsối" for "Điếm số 1"), a word read at low confidence, or, in a column of figures
(half its cells or more, the head aside, read as figures), a short cell read as no
figure.

The re-read replaces the cell's words only when it is a better reading of the same
thing. In a column of figures, a cell read as no figure takes a figure read alone at a
fair confidence, a sure one (``SURE_MORE_DIGITS``) if it has more digits than the row
read characters there ("T7" for 77 read alone "757" at 61); look-alikes there are
digits ("II" is 11, "§" is 8; not in a row's first cell, where "I", "II" number groups
of rows), and specks read alone beside a figure as words of their own are none of it
("§8 -" for 88).
A figure: its words' mean confidence is higher (or the first reading glued a figure to a
letter), its letters (look-alikes of digits aside) are the first reading's, and its
figures are the first reading's with only a comma or stop put in ("18" -> "1,8") or read
for the digit the first reading had in its place ("244" -> "2,4"); none changed or taken
out ("1.850" is not "1,850"), spaces aside. A re-read that changes, adds or drops a
digit otherwise is not taken: a plausible wrong figure is worse than a garbled one;
but in a column whose figures show its decimal places (``_decimal_places``), a whole
number there, its comma lost, takes a re-read of as many digits with the column's places
that Tesseract is sure of (``SURE_CELL``) and surer than of the row's ("1375" at 66 for
15,38 in a new report's column of rates, alone "15,38" at 94 at three quarters size).
Words: the same letters (marks aside) or one letter off in six, at a higher mean
confidence; one off in three where a sure re-read gives syllables only for a row's word
of no syllable's shape ("Hộntch" for "Hộ tịch"); the same letters but for digits standing
alone where the row read their look-alikes glued to a word ("Điếmsối" alone "Điếm số
1"), at a higher mean confidence. Garble: a cell its row read under
``LOW_CONFIDENCE`` ("11-Y 72" for "Số 2") takes a re-read at ``SURE_CELL`` or more of
about as much text, whatever its letters and digits (not in a column of figures); so
does a cell whose row read only its first or last words ("Phú:" at 34 for "Phú Lợi"). A
digit's look-alike counts as the digit only in a run of digits ("l5m" is "15m"; the l of
"lên" stays a letter). The cell is cut out between its rules with the paper's grey
around it.

A cell of a column of figures whose re-read is not taken is read once more at three
quarters of its size (``RESCALES``). Such a cell Tesseract doubted in its row (under
``LOW_CONFIDENCE``) that both readings alone give as one and the same figure, each
at ``LOW_CONFIDENCE`` or more, takes that figure: two readings that agree outweigh one it
doubted (a new report's "23,25" read "0,20" at 26 in its row). On the 107 pages with a
table among all renders of the dev batches it changed three cells, each right: that
"23,25" in two renders, and "58" to 158.

Contract: ``reread_table_figures(words, image, vertical_rules, lang, timeout_s) ->
words``; only the words of such cells change; at most MAX_CELLS cells a page are read
again, the least sure first, each once (twice in a column of figures).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import NamedTuple

import numpy as np
import regex
from rapidfuzz.distance import Levenshtein

from diacritics.decoder import LONGEST_SYLLABLE
from diacritics.syllable import is_syllable_shape, plain_letters
from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word, placed_on_page, span, splice_words

MAX_CELLS = 24
LOW_CONFIDENCE = 50.0  # Tesseract's 0-100
COLUMN_SLACK_PX = 12  # the rules of one column, row after row
MIN_COLUMN_CELLS = 3
# of a column's cells that read as figures make it a column of figures: half, so that two
# cells of four garbled ("T7", "A7" for 77, 417 in a new plan's table) still leave one
FIGURE_SHARE = 0.5
FIGURE = regex.compile(r"\d+(?:[.,]\d+)*%?")
# a percentage shows its places too; a decimal stop has one or two digits after it (the
# repair stage reads it as the comma it stands for: "28.4" beside "22,8" in a new
# report's column), a thousands stop three ("1.850")
DECIMAL = regex.compile(r"\d+(?:,(\d+)|\.(\d{1,2}))%?")
# two words glued in a row's context: a capital right after a small letter ("PhúLương")
GLUED_WORDS = regex.compile(r"\p{Ll}\p{Lu}")
# or in small letters: a "word" longer than any Vietnamese syllable ("nghiêng" has seven
# letters; "Bảotrgxahội" for "Bảo trợ xã hội", a new report's table, read at 57)
GLUED_SMALL_WORDS = regex.compile(rf"\p{{L}}{{{LONGEST_SYLLABLE + 1},}}")
# or a small letter right before a digit: a word and a number glued ("Điếmsố2" for
# "Điếm số 2", a new plan's column of guard posts, read at 87-90)
NUMBER_GLUED_AFTER = regex.compile(r"\p{Ll}\d")
# or a word in small letters (past its first) of no syllable's shape and this many letters
# or more: "Điếmsối" for "Điếm số 1" in the same column, its 1 read as an i; shorter words
# of no syllable's shape are units ("km", "kg", "m2") more often than glue
GLUED_SHAPELESS_LETTERS = 5
# a figure read alone with more digits than its row read characters needs this confidence
SURE_MORE_DIGITS = 80.0
# a re-read this sure, of syllables only, may be further off a garbled row's word
SURE_SYLLABLES = 90.0
# a cell read alone this sure replaces what its row read under LOW_CONFIDENCE, if no more
# than GARBLE_GROWTH times as long (and two characters)
SURE_CELL = 90.0
GARBLE_GROWTH = 2
WORD_MARKS = ",.;:()\"“”'"
SHORT_CELL = 4  # characters: longer text in a column of figures is its head
PAD_PX = 4  # of the page above and below the cell's words
RULE_SLACK_PX = 4  # a word's box may reach a pixel or two past a rule
# Tesseract's single-line mode: a cell is one line
SINGLE_LINE = 7
# sizes a cell of a column of figures is read at, the next when a reading is not taken:
# Tesseract's vie model read a clean "72,3" (digits 35 px high at 300 dpi) "Thôn?" in its
# row and "Tay2" alone, and right at 0.75 of its size (a new report's table of crop
# yields). Not words: a names cell read so took a mark ("Vi Văn Hưởng" -> "Vị")
RESCALES = (1.0, 0.75)
GLUED = regex.compile(r"\d\p{L}")
SPECK_WORD = regex.compile(r"[-–—_.,:;'`‘’\"~]+")
# (and a section sign for an 8: Tesseract read both 8s of a new plan's column of patrols
# "§", at 88-91 in its row and at 86-93 alone, at either size; the repair stage reads a
# count's "§" as 8 too)
DIGIT_LOOKALIKES = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0", "§": "8"})
# the letters a digit glued to a word is read as ("Điếmsối" for "Điếm số 1")
LETTERS_FOR_DIGITS = str.maketrans({"1": "i", "0": "o"})
SEPARATORS = ",."
FIGURE_WITH_LOOKALIKE = regex.compile(r"[0-9Il|O]+(?:[,.][0-9Il|O]+)*")
# such a figure with a digit among its look-alikes ("l5", "I,8"): a figure misread
FIGURE_RUN = regex.compile(r"(?=[0-9Il|O,.]*\d)" + FIGURE_WITH_LOOKALIKE.pattern)


def rule_edges(word: Word, rules: list[tuple[int, int, int, int]]
               ) -> tuple[int | None, int | None]:
    """The inner edges (left, right) of the nearest rules on either side of ``word``,
    across its middle; None for a side without one."""
    left, top, width, height = word.box
    middle = top + height // 2
    around = [r for r in rules if r[2] <= middle <= r[3]]
    before = [r[1] for r in around if r[1] <= left + RULE_SLACK_PX]
    after = [r[0] for r in around if r[0] >= left + width - RULE_SLACK_PX]
    return max(before, default=None), min(after, default=None)


def cell_bounds(word: Word, rules: list[tuple[int, int, int, int]]) -> tuple[int, int] | None:
    """The inner edges (left, right) of the two rules on either side of ``word``."""
    before, after = rule_edges(word, rules)
    return None if before is None or after is None else (before, after)


def _figures(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() or ch in SEPARATORS)


def _separators(figures: str) -> set[tuple[int, str]]:
    """Each separator of ``figures`` with the number of digits before it."""
    found, digits = set(), 0
    for ch in figures:
        if ch.isdigit():
            digits += 1
        else:
            found.add((digits, ch))
    return found


def _letters(text: str) -> str:
    return regex.sub(r"[^\p{L}]", "", text.translate(DIGIT_LOOKALIKES))


def _lookalikes_in_figures(text: str) -> str:
    """``text`` with the look-alikes of digits that touch a digit read as digits ("I8km"
    -> "18km", "l5m" -> "15m"); a word's ("lên") stay letters."""
    return FIGURE_RUN.sub(lambda m: m.group().translate(DIGIT_LOOKALIKES), text)


def same_figures(first: str, again: str, letter_off: bool = False) -> bool:
    """Whether ``again`` reads the figures of ``first`` with only separators put in or
    read for a digit ("244km" -> "2,4 km", "I8km" -> "1,8 km", "250m2" -> "250 m2"), its
    letters kept, or (``letter_off``) one letter in six off, marks aside ("Khúuphố 45"
    -> "Khu phố 4, 5")."""
    letters, again_letters = _letters(first), _letters(again)
    if letters != again_letters and not (
            letter_off and letters and Levenshtein.distance(
                plain_letters(letters), plain_letters(again_letters)) <= len(letters) // 6):
        return False
    old, new = _figures(_lookalikes_in_figures(first)), _figures(again)
    if old.strip(SEPARATORS) == "":
        return False
    digits_old = "".join(ch for ch in old if ch.isdigit())
    digits_new = "".join(ch for ch in new if ch.isdigit())
    if digits_old == digits_new:
        # separators put in, none changed or taken out ("1.850" is not "1,850")
        return _separators(old) <= _separators(new)
    # one separator read as a digit ("2,4" as "244")
    if len(old) != len(new):
        return False
    swapped = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return len(swapped) == 1 and swapped[0][0].isdigit() and swapped[0][1] in SEPARATORS


def _as_figure(text: str) -> str:
    """A figure with a look-alike for a digit is the figure ("I,8" -> "1,8")."""
    if FIGURE_RUN.fullmatch(text):
        return text.translate(DIGIT_LOOKALIKES)
    return text


def _mean_confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words)


def _doubtful(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text) and (
        GLUED.search(word.text) is not None or 0 <= word.confidence < LOW_CONFIDENCE)


class _Cell(NamedTuple):
    words: list[int]  # indices into the page's words
    left: int  # the inner edges of its rules
    right: int


def _cells(words: list[Word], rules: list[tuple[int, int, int, int]]) -> list[_Cell]:
    """The page's ruled cells: the words of one Tesseract line between two rules."""
    cells: dict[tuple[tuple[int, int, int], int, int], list[int]] = {}
    for n, word in enumerate(words):
        bounds = cell_bounds(word, rules)
        if bounds is not None:
            cells.setdefault((word.line_key, *bounds), []).append(n)
    return [_Cell(found, left, right) for (_, left, right), found in cells.items()]


def _overlapping(cells: list[_Cell], words: list[Word]) -> set[int]:
    """The cells (their indices) that share columns with another cell of their row and
    do not lie inside it: a garbled word across a rule the row lost makes a cell of two
    columns around the next one's ("¡J.:.HD" over a row's number and half its hamlet,
    "HỐN.:" beside it; read alone, "2 Bó Ban" and "Bó Ban": the one inside gives its
    words once)."""
    by_row: dict[tuple[int, int, int], list[int]] = {}
    for n, cell in enumerate(cells):
        by_row.setdefault(words[cell.words[0]].line_key, []).append(n)
    found = set()
    for row in by_row.values():
        for a in row:
            for b in row:
                inside = cells[b].left <= cells[a].left and cells[a].right <= cells[b].right
                if a != b and cells[a].left < cells[b].right and \
                        cells[b].left < cells[a].right and not inside:
                    found.add(a)
    return found


def _column_keys(cells: list[_Cell]) -> list[tuple[int, int]]:
    """Per cell, its column: the rules of the first cell whose rules stand within
    ``COLUMN_SLACK_PX`` of its own."""
    keys: list[tuple[int, int]] = []
    for cell in cells:
        keys.append(next((k for k in keys if abs(k[0] - cell.left) <= COLUMN_SLACK_PX
                          and abs(k[1] - cell.right) <= COLUMN_SLACK_PX),
                         (cell.left, cell.right)))
    return keys


def _cell_text(cell: _Cell, words: list[Word]) -> str:
    return "".join(words[k].text for k in cell.words).translate(DIGIT_LOOKALIKES)


def _in_figure_columns(cells: list[_Cell], words: list[Word]) -> list[bool]:
    """Per cell, whether its column (``_column_keys``) reads as figures in half its cells
    or more, its head aside."""
    keys = _column_keys(cells)
    columns: dict[tuple[int, int], list[bool]] = {}
    for cell, key in zip(cells, keys, strict=True):
        head = key not in columns  # the column's first cell
        figures = columns.setdefault(key, [])
        text = _cell_text(cell, words)
        figure = FIGURE.fullmatch(text) is not None
        # longer text is the column's head, and so is a short first cell that is no
        # figure ("STT" over a list's numbers: counted, it left a new decision's column,
        # with "vã" and "R" read for 1 and 5, at three figures of six, under the share)
        if figure or len(text) <= SHORT_CELL and not head:
            figures.append(figure)
    of_figures = {k for k, figures in columns.items()
                  if len(figures) >= MIN_COLUMN_CELLS
                  and sum(figures) >= FIGURE_SHARE * len(figures)}
    return [key in of_figures for key in keys]


def _decimal_places(cells: list[_Cell], words: list[Word]) -> list[int | None]:
    """Per cell, the digits after the decimal comma that its column's figures show:
    ``MIN_COLUMN_CELLS`` of them or more, all but a quarter, the rest whole numbers."""
    keys = _column_keys(cells)
    places: dict[tuple[int, int], Counter[int | None]] = {}
    for cell, key in zip(cells, keys, strict=True):
        text = _cell_text(cell, words)
        decimal = DECIMAL.fullmatch(text)
        if decimal or FIGURE.fullmatch(text) and "." not in text:
            after = decimal and (decimal[1] or decimal[2])
            places.setdefault(key, Counter())[len(after) if after else None] += 1
    shown: dict[tuple[int, int], int] = {}
    for key, counts in places.items():
        (common, n), *others = counts.most_common()
        if common is not None and n >= MIN_COLUMN_CELLS and all(
                k is None for k, _ in others) and 2 * counts[None] < n + counts[None]:
            shown[key] = common
    return [shown.get(key) for key in keys]


def _comma_lost(text: str, places: int | None) -> bool:
    """Whether ``text``, a whole number, is a figure of a column with ``places`` decimal
    places whose comma was lost ("810" for 81,0 among 78,5, 64,0, 72,5; "813%" among
    78,5%, 64,0%)."""
    digits = text.removesuffix("%")
    return places is not None and digits.isdigit() and len(digits) > places


def _shows_places(text: str, places: int | None) -> bool:
    """Whether ``text`` is a figure with ``places`` decimal places after its comma, or
    after a decimal stop (``DECIMAL``)."""
    match = DECIMAL.fullmatch(text)
    decimals = match and (match.group(1) or match.group(2))
    return places is not None and bool(decimals) and len(decimals) == places


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _with_comma(text: str, places: int) -> str:
    """``text`` (``_comma_lost``) with the comma before its last ``places`` digits."""
    digits = text.removesuffix("%")
    return f"{digits[:-places]},{digits[-places:]}{text[len(digits):]}"


def _better_reading(first: list[Word], again: list[Word], figure_column: bool,
                    places: int | None = None, spans_alone: bool = True) -> bool:
    """Whether the cell read alone (``again``) is the better reading of it; ``places``:
    the decimal places its column's figures show (``_decimal_places``); ``spans_alone``:
    no other cell of its row lies inside its rules or around it (``_overlapping``)."""
    first_text = " ".join(w.text for w in first)
    again_text = " ".join(w.text for w in again)
    if _comma_lost(first_text, places) and places is not None and \
            again_text.replace(".", ",") == _with_comma(first_text, places):
        # the column's comma, where its figures have it, and the same digits: the comma
        # the row lost, whatever Tesseract's confidence in the cell alone ("810" at 73 in
        # a new notice's column of scores, "81,0" alone at 45); or a decimal stop, which
        # the repair stage reads as the comma ("351" in a new report's column, "35.1"
        # alone at 31)
        return True
    if _comma_lost(first_text, places) and _shows_places(again_text, places) and \
            _digits(again_text) == _digits(first_text) and \
            _mean_confidence(again) >= SURE_CELL and \
            _mean_confidence(again) > _mean_confidence(first):
        # the comma lost with a digit misread: the same number of digits with the
        # column's places, read sure alone ("15,38" read "1375" at 66 in a new report's
        # column of rates with two places; alone "15,55" at 79 at its size and "15,38"
        # at 94 at 0.75)
        return True
    if figure_column and not FIGURE.fullmatch(first_text.replace(" ", "")) and \
            FIGURE.fullmatch(again_text) and _mean_confidence(again) >= LOW_CONFIDENCE:
        # a column of figures: a cell read as no figure in its row ("Lư," for 212, "Tê"
        # for 72, ">" for 5) is its figure when it reads as one alone; not when that has
        # more digits than the row read characters and Tesseract is unsure of it ("T7"
        # for 77 read alone "757" at 61, in three dev renders; "A7" for 417 read at 95)
        more_digits = _digits(again_text) > \
            len(first_text.replace(" ", ""))
        # a figure that shows its column's decimal places is no garble's chance reading
        # ("K5" at 0 for 21,15 in a new report's column of hectares with two places,
        # read alone "21.15" at 79)
        return not more_digits or _mean_confidence(again) >= SURE_MORE_DIGITS or \
            _shows_places(again_text, places)
    if same_figures(first_text, again_text):
        # a figure glued to a letter is misread whatever Tesseract's confidence in it
        # ("24km" at 95; its re-read "1,8 km" came at 19, "2,4 km" at 96), but the same
        # misreading again is no better: "1Š" for 15 read alone "1Š" again had kept the
        # cell from its read at 0.75 of its size, "15" at 95 (a new report's table)
        return bool(GLUED.search(first_text)) and again_text != first_text or \
            _mean_confidence(again) > _mean_confidence(first)
    if same_figures(first_text, again_text, letter_off=True) and \
            _mean_confidence(again) > _mean_confidence(first):
        # the same figures, their words a letter off, read surer alone ("Khúuphố 45" at
        # 56 in a new plan's table, "Khu phố 4, 5" alone at 96)
        return True
    if not figure_column and spans_alone and (_sure_for_garble(first, again) or
                                              _words_lost(first, again)):
        return True
    if _digit_read_as_letter(first_text, again_text) and \
            _mean_confidence(again) > _mean_confidence(first):
        return True
    # words glued in the row ("PhúLương", "HòaBìnhh" for Hòa Bình): the same letters, or
    # a letter off, in words Tesseract is surer of
    a, b = plain_letters(first_text), plain_letters(again_text)
    return bool(a and b) and not any(ch.isdigit() for ch in again_text) and \
        Levenshtein.distance(a, b) <= len(a) // (3 if _syllables_for_garble(first, again)
                                                 else 6) and \
        _mean_confidence(again) > _mean_confidence(first)


def _shapeless_small_word(text: str) -> bool:
    """Whether a word's letters, in small letters past the first, are no syllable's shape
    and ``GLUED_SHAPELESS_LETTERS`` or more: words glued, one maybe a digit read as a
    letter ("Điếmsối" at 77-83 for "Điếm số 1")."""
    letters = regex.sub(r"[^\p{L}]", "", text)
    return len(letters) >= GLUED_SHAPELESS_LETTERS and letters[1:].islower() and \
        not _syllable_shaped(letters)


def _digit_read_as_letter(first_text: str, again_text: str) -> bool:
    """Whether the re-read has the row's letters, marks aside, but for digits standing
    alone where the row read a look-alike letter glued to a word: "Điếmsối" read alone
    "Điếm số 1" (a new plan's column of guard posts, at 77 and 83 in its row, 88 and 95
    alone, beside "Điếmsố2" read "Điếm số 2"). Not digits glued to letters again."""
    return not any(ch.isdigit() for ch in first_text) and \
        any(ch.isdigit() for ch in again_text) and not GLUED.search(again_text) and \
        not NUMBER_GLUED_AFTER.search(again_text) and \
        plain_letters(again_text.translate(LETTERS_FOR_DIGITS)) == plain_letters(first_text)


def _sure_for_garble(first: list[Word], again: list[Word]) -> bool:
    """Whether a cell its row read as garble, under ``LOW_CONFIDENCE`` ("11-Y 72" at 28
    for "Số 2", "IKhuvựci" at 0 for "Khu vực 1", "mỸ" at 23 for "m2": tables of dev
    documents), reads alone at ``SURE_CELL`` or more as about as much text
    (``GARBLE_GROWTH``), two letters or digits at least: not a rule's stroke ("|", "l")
    nor a whole line where the row had a speck of it ("_." read alone "5 _. Chi phí tư
    vấn, dự phòng"). Not in a column of figures, whose own rules keep its digits, nor
    where each word the row read could be right (``_plausible``): an abbreviation
    ("STT", read alone "SIT"), a name's cluster ("Mlô", alone "Mô")."""
    first_text = "".join(w.text for w in first)
    again_text = "".join(w.text for w in again)
    return not all(_plausible(w.text) for w in first) and \
        _mean_confidence(first) < LOW_CONFIDENCE and \
        _mean_confidence(again) >= SURE_CELL and \
        sum(ch.isalnum() for ch in again_text) >= 2 and \
        len(again_text) <= GARBLE_GROWTH * len(first_text) + 2


def _words_lost(first: list[Word], again: list[Word]) -> bool:
    """Whether the row read under ``LOW_CONFIDENCE`` only some of the cell's words, the
    first or the last of them as the cell alone reads them at ``SURE_CELL`` or more (their
    marks aside: a stop, a colon), and the cell alone is about as much text
    (``GARBLE_GROWTH``): "Phú:" at 34 for "Phú Lợi", read alone at 96 (dev batch 67's
    table of hamlets)."""
    read = [w.text.strip(WORD_MARKS) for w in first]
    alone = [w.text.strip(WORD_MARKS) for w in again]
    return len(alone) > len(read) and all(read) and \
        read in (alone[:len(read)], alone[-len(read):]) and \
        _mean_confidence(first) < LOW_CONFIDENCE and \
        _mean_confidence(again) >= SURE_CELL and \
        len("".join(alone)) <= GARBLE_GROWTH * len("".join(read)) + 2


def _plausible(text: str) -> bool:
    """Whether a word read in a row could be right as read: a figure, or letters (its
    closing or opening marks aside) in small letters of a syllable's shape, in title case
    no longer than a syllable (a name, "Mlô") or in capitals (an abbreviation); not "S1",
    "11-Y", "mỸ", "IKhuvựci", "Vmnhilác"."""
    core = text.strip(WORD_MARKS)
    if FIGURE.fullmatch(core):
        return True
    if not core.isalpha():
        return False
    # a name's word is a syllable long at most: "Vmnhilác" at 16 for "Vĩnh Lộc" (dev batch
    # 68's table of hamlets, read alone at 96) is two words garbled, not a name
    titled = core[:1].isupper() and core[1:].islower() and len(core) <= LONGEST_SYLLABLE
    return core.isupper() or titled or core.islower() and _syllable_shaped(core)


def _syllables_for_garble(first: list[Word], again: list[Word]) -> bool:
    """Whether a sure re-read (``SURE_SYLLABLES``) splits a row's word of no syllable's
    shape into more words, syllables only: then a letter off in three is the garble of
    words the row glued, not a change of words ("Hộntch" at 21 for "Hộ tịch", read alone
    at 96, a new decision's table). Not a name's cluster read as one syllable alone
    ("Mlô" as "Mô"), nor a word in capitals, an abbreviation ("STT" alone "SIT" at 91)."""
    return len(again) > len(first) and _mean_confidence(again) >= SURE_SYLLABLES and \
        all(_syllable_shaped(w.text) for w in again) and \
        any(not w.text.isupper() and not _syllable_shaped(w.text) for w in first)


def _syllable_shaped(text: str) -> bool:
    letters = regex.sub(r"[^\p{L}]", "", text).lower()
    return bool(letters) and is_syllable_shape(letters)


def _agreed_figure(first: list[Word], readings: list[list[Word]]) -> bool:
    """Whether a cell Tesseract was unsure of in its row (under ``LOW_CONFIDENCE``) is
    read alone, at each of ``RESCALES``, as one and the same figure, each time at a
    fair confidence: two readings that agree outweigh one it doubted ("23,25" read "0,20"
    at 26 in its row, alone "23,25" at 79 and 96)."""
    texts = {" ".join(w.text for w in again) for again in readings}
    return len(readings) == len(RESCALES) and len(texts) == 1 and \
        FIGURE.fullmatch(texts.pop()) is not None and \
        min(w.confidence for w in first) < LOW_CONFIDENCE and \
        all(again and _mean_confidence(again) >= LOW_CONFIDENCE for again in readings)


def _without_specks(again: list[Word]) -> list[Word]:
    """A figure's re-read without the specks read beside it as words of their own: a dev
    report's "88" (at 12 in its row) read alone "§8 -" at 77, the dash a trace of the
    rule; a dash alone ("-" for none) stays."""
    if not any(FIGURE.fullmatch(w.text) for w in again):
        return again
    return [w for w in again if not SPECK_WORD.fullmatch(w.text)]


def read_cell_alone(crop: np.ndarray, scale: float, lang: str, timeout_s: float) -> list[Word]:
    """The cell's words read alone at ``scale`` of its size, boxes in the crop's pixels."""
    words = tesseract.image_to_words(crop, lang, timeout_s, psm=SINGLE_LINE,
                                     paper_border=tesseract.CUTOUT_BORDER_PX, shrink=scale)
    return [replace(w, text=_as_figure(w.text)) for w in words]


def reread_table_figures(words: list[Word], image: np.ndarray,
                         vertical_rules: list[tuple[int, int, int, int]], lang: str,
                         timeout_s: float) -> list[Word]:
    if not vertical_rules:
        return words
    replaced: dict[int, list[Word]] = {}  # the first word of a cell -> its new words
    dropped: set[int] = set()
    cells = _cells(words, vertical_rules)
    row_starts = {}
    for cell in cells:
        key = words[cell.words[0]].line_key
        row_starts[key] = min(row_starts.get(key, cell.left), cell.left)
    doubtful = []
    overlapping = _overlapping(cells, words)
    for n, (cell, figure_column, places) in enumerate(zip(
            cells, _in_figure_columns(cells, words), _decimal_places(cells, words),
            strict=True)):
        cell_words = [words[k] for k in cell.words]
        text = "".join(w.text for w in cell_words)
        # look-alikes for digits in a column of figures are digits ("II" for 11); not in a
        # row's first cell, where a Roman numeral numbers a group of rows
        lookalikes_are_digits = figure_column and \
            cell.left > row_starts[cell_words[0].line_key]
        if lookalikes_are_digits and not FIGURE.fullmatch(text) and len(text) <= SHORT_CELL \
                and FIGURE.fullmatch(text.translate(DIGIT_LOOKALIKES)):
            head, *rest = cell.words
            replaced[head] = [replace(words[head], text=text.translate(DIGIT_LOOKALIKES))]
            dropped.update(rest)
            continue
        least_sure = min(w.confidence for w in cell_words)
        if any(_doubtful(w) for w in cell_words) or GLUED_WORDS.search(text) or any(
                GLUED_SMALL_WORDS.search(w.text) or NUMBER_GLUED_AFTER.search(w.text)
                for w in cell_words) or (
                figure_column and not FIGURE.fullmatch(text) and len(text) <= SHORT_CELL) or (
                least_sure < LOW_CONFIDENCE):
            turn = 0
        elif _comma_lost(text, places):
            # a figure that may have lost its comma comes after the cells that look
            # garbled: a column's "100" among "98,6" is as likely a hundred
            turn = 1
        elif any(_shapeless_small_word(w.text) for w in cell_words):
            # words maybe glued, which repair may part, come last: a test appendix's
            # "Đúnghạn" and "Hộtịch" (at 88 and 89) had taken the turn of "T2" (at 90)
            # for its total's 72
            turn = 2
        else:
            continue
        doubtful.append((turn, least_sure, cell, figure_column, lookalikes_are_digits,
                         places, n not in overlapping))
    # the least sure first, while the budget lasts
    for _, _, cell, figure_column, lookalikes_are_digits, places, spans_alone in sorted(
            doubtful, key=lambda d: d[:2])[:MAX_CELLS]:
        cell_words = [words[k] for k in cell.words]
        _, _, top, bottom = span(cell_words)
        crop_top = max(0, top - PAD_PX)
        crop = image[crop_top:bottom + PAD_PX, cell.left + 1:max(cell.left + 1, cell.right)]
        if crop.size == 0:
            continue
        readings = []
        for scale in RESCALES if figure_column else RESCALES[:1]:
            again = read_cell_alone(crop, scale, lang, timeout_s)
            if lookalikes_are_digits:
                again = _without_specks([replace(w, text=w.text.translate(DIGIT_LOOKALIKES))
                                         for w in again])
            if again and _better_reading(cell_words, again, figure_column, places,
                                         spans_alone):
                break
            readings.append(again)
        else:
            if not (figure_column and _agreed_figure(cell_words, readings)):
                continue
        replaced[cell.words[0]] = placed_on_page(again, cell.left + 1, crop_top, cell_words[0])
        dropped.update(cell.words[1:])
    return splice_words(words, replaced, dropped)
