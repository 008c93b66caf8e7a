"""Check the section markers that start lines against the page pixels.

Tesseract's ``vie`` model reads the serif numerals of section headings badly and
consistently: "III." comes out as "II." on every font we render, "VIII." as "VII.", "I."
as "IL", "IX." as "1X.". A wrong marker puts a whole section in the wrong place of the
document tree, and the text alone cannot tell "II." from "III.". The pixels can: across
the middle band of the word box every "I" is one vertical stem, a "V" crosses the band
twice and an "X" once. So for the first word of a line that looks like a Roman marker,
the number of I's is recounted from the stems, while V and X are taken as read.

The same holds inside sentences ("quý III" read as "quý II" or "quý HI", "khóa VIII" as
"khóa VIH"), so a numeral-like word after a word that takes a Roman numeral (quý, khóa,
thứ, phần, giai đoạn, ...; a flood's alert level after "báo động"; a numeral listed after
such a numeral and its comma, "Quý II, III") is recounted too, without the mark that
closes it where that crosses the band as a stem does (a semicolon's or colon's dot, a
bracket: "quý II;" had been recounted "III;"). In
bold, serifs join two stems into an "H" ("II." read as "H.", "III." as "HI."): a line's
first word so read, with its dot and before a heading's word in capitals, is recounted
as well.

Contract: ``recount_roman_markers(words, image) -> words``; only such words change, and
only when the recount gives a valid numeral of at most four letters.

``reread_doubtful_line_starts(words, image, lang, timeout_s) -> words``: a line whose
first word Tesseract read with almost no confidence ("it" for "6.2."), or whose first
word is a lone "." (the digit of "1." dropped, as happens down a short numbered list),
is read again as a single line; the re-read's marker is kept when the rest agrees. All
such lines of a page go to Tesseract in one call, stacked on one canvas. When no read of
a list item's first word gives a marker, the item above can: its number plus one
(``_next_list_number``).
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import regex
from rapidfuzz import fuzz

from diacritics.syllable import strip_marks
from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word

# specks before the marker; I-lookalikes 1 l |; V and X; the dot, sometimes read as an
# "L" (or "L.") when it sits close to the last stem
MARKER = regex.compile(r"^[-_‘’'`\".,]*(?P<m>[IVXl1|]{1,5})(?P<dot>L?\.?)$")
# a bold heading's numeral, whose serifs join two stems into an "H" ("II." read "H.",
# "III." "HI." in FreeSerif, DejaVu Serif and Liberation Serif bold); taken only with its
# dot and before a heading's word in capitals
BOLD_MARKER = regex.compile(r"^(?P<m>[IVXH]{0,4}H[IVXH]{0,4})(?P<dot>\.)$")
# inside a sentence: an I-lookalike run ("H" is two stems, "Ï" an I with specks over it)
# after a word that takes a Roman numeral ("quý III", "khóa VIII", "lần thứ II", "giai
# đoạn II")
INLINE_NUMERAL = regex.compile(r"^(?P<m>[IVXHTLl1|ÏÌÍ]{1,5})(?P<p>[,.;:)]?)$")
# the words (without marks) a Roman numeral follows in reports ("quý III", "khóa VIII",
# "lần thứ II", "Phụ lục II", "khu vực XIII")
ROMAN_NUMBERED_WORDS = frozenset(
    "quy khoa thu phan chuong muc luc dot ky doan hang loai nhom vung tap cap vuc".split())
# and the two words of a flood's alert level ("báo động III" read "báo động HII" in a
# dev report on a storm): "động" alone comes before other capitals ("Lao động TB&XH")
ROMAN_NUMBERED_PAIRS = frozenset({("bao", "dong")})
# the closing marks whose ink crosses the middle band as a stem does: a semicolon's or
# colon's dot, a bracket ("quý II;" was recounted "III;" in a new report's render)
MARKS_IN_BAND = ";:)"
MIDDLE_BAND = (0.35, 0.60)  # of the box height: below diacritics and serifs, above the dot
STROKE_MIN_ROWS = 0.6  # of the band's rows that a run of inked columns covers: a stroke


def count_crossings(gray_box: np.ndarray) -> int:
    """Runs of inked columns across the middle band of a word box."""
    if gray_box.size == 0 or gray_box.shape[0] < 8:
        return 0
    _, ink = cv2.threshold(gray_box, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    height = ink.shape[0]
    band = ink[int(height * MIDDLE_BAND[0]):int(height * MIDDLE_BAND[1])]
    inked = (band > 0).any(axis=0)
    crossings = 0
    start = None
    for column, ink_here in enumerate([*inked, False]):
        if ink_here and start is None:
            start = column
        elif not ink_here and start is not None:
            # a stroke crosses the band from top to bottom; a speck between two stems
            # ("II" read as III) covers a few of its rows
            rows = (band[:, start:column] > 0).any(axis=1)
            crossings += int(np.count_nonzero(rows) >= STROKE_MIN_ROWS * len(rows))
            start = None
    return crossings


def without_last_glyph(gray_box: np.ndarray) -> np.ndarray:
    """The box without its last run of inked columns (a mark after a numeral, its own
    glyph), or as it is when that run is all the ink it holds."""
    if gray_box.size == 0:
        return gray_box
    _, ink = cv2.threshold(gray_box, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    inked = np.flatnonzero((ink > 0).any(axis=0))
    gaps = np.flatnonzero(np.diff(inked) > 1)
    return gray_box[:, :inked[gaps[-1]] + 1] if len(gaps) else gray_box


def recount(text: str, crossings: int) -> str | None:
    """The marker ``text`` with its I's recounted, or None when it does not look like one."""
    m = MARKER.match(text) or BOLD_MARKER.match(text)
    if not m:
        return None
    read = m.group("m")
    if regex.fullmatch(r"1+", read) or (not m.group("dot") and regex.search(r"[1l|]", read)):
        return None  # "1." and "11." are Arabic; a bare "l" is a letter
    numeral = _numeral(read.translate(str.maketrans("1l|H", "IIII")), crossings)
    return None if numeral is None else numeral + ("." if m.group("dot") else "")


def recount_inline(text: str, crossings: int) -> str | None:
    """A numeral inside a sentence ("quý III", "khóa VIII,"), read as "II", "HI", "VIH",
    with its I's recounted; None when ``text`` does not look like one."""
    m = INLINE_NUMERAL.match(text)
    if not m or regex.fullmatch(r"[1l|]+", m.group("m")):
        return None  # "quý 1" is Arabic
    numeral = _numeral(m.group("m").translate(str.maketrans("1l|HTLÏÌÍ", "IIIIIIIII")),
                       crossings)
    return None if numeral is None else numeral + m.group("p")


def _numeral(letters: str, crossings: int) -> str | None:
    v, x = letters.count("V"), letters.count("X")
    if v + x > 1:
        return None
    ones = crossings - 2 * v - x
    if not 1 <= ones + v + x <= 4 or ones < 0 or ones > 3:
        return None
    i_first = bool(v + x) and letters[0] == "I"  # IV, IX
    if i_first and ones != 1:
        return None
    core = "V" * v + "X" * x
    return "I" * ones + core if i_first else core + "I" * ones


def recount_roman_markers(words: list[Word], image: np.ndarray) -> list[Word]:
    out = list(words)
    for n, first in enumerate(_line_starts(words)):
        word = words[n]
        if first and (MARKER.match(word.text) or (
                BOLD_MARKER.match(word.text) and _heading_word(words, n + 1))):
            check = recount
        elif not first and INLINE_NUMERAL.match(word.text) and (
                _folded(words[n - 1].text) in ROMAN_NUMBERED_WORDS or n > 1 and (
                    _folded(words[n - 2].text), _folded(words[n - 1].text))
                in ROMAN_NUMBERED_PAIRS or _listed_numeral(words, n)):
            check = recount_inline
        else:
            continue
        box = word.image_in(image)
        if check is recount_inline and word.text[-1] in MARKS_IN_BAND:
            box = without_last_glyph(box)
        fixed = check(word.text, count_crossings(box))
        if fixed and fixed != word.text:
            out[n] = replace(word, text=fixed)
    return out


def _listed_numeral(words: list[Word], n: int) -> bool:
    """Whether word ``n`` follows a numeral and its comma (or "và") after a word that
    takes a Roman numeral: a list of them, "Quý II, III" (its III read "II" in a new
    plan's table, both renders), "quý I, II và III"."""
    k = n - 1
    while k > 0 and (_folded(words[k].text) == "va" or (
            INLINE_NUMERAL.match(words[k].text) and words[k].text.endswith(","))):
        k -= 1
        if _folded(words[k].text) in ROMAN_NUMBERED_WORDS:
            return True
    return False


def _heading_word(words: list[Word], n: int) -> bool:
    """Whether word ``n`` is on the line of word ``n - 1`` and in capitals, as a heading's
    first word is."""
    return n < len(words) and words[n].line_key == words[n - 1].line_key and \
        regex.fullmatch(r"\p{Lu}+[,:]?", words[n].text) is not None


def _folded(text: str) -> str:
    return strip_marks(regex.sub(r"[^\p{L}\p{M}]", "", text)).lower()


SECTION_MARKER = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}\.|[a-zđ]\))$")
UNCLEAR = 30.0  # confidence below which a line's first word is read again
LONE_MARK = regex.compile(r"^[.,)]$")  # what is left of "1." when Tesseract drops the digit
MAX_REREADS = 40  # lines per page: a page of garbage must not grow the canvas without end
MAX_ALONE = 5  # single-word re-reads per page (one Tesseract call each)
CLEAR = 50.0  # confidence a single-word re-read needs
LIST_NUMBER = regex.compile(r"^(\d{1,2})\.$")
LIST_LOOKBACK = 4  # lines back to the item above, past an item's wrapped lines
GAP = 24  # px of white between the lines stacked for the re-read


def _line_starts(words: list[Word]) -> list[bool]:
    keys = [w.line_key for w in words]
    return [n == 0 or keys[n] != keys[n - 1] for n in range(len(keys))]


def word_lines(words: list[Word]) -> list[list[int]]:
    """The indices of the words of each Tesseract line, in reading order."""
    lines: list[list[int]] = []
    for n, first in enumerate(_line_starts(words)):
        if first:
            lines.append([])
        lines[-1].append(n)
    return lines


def _doubtful(words: list[Word], line: list[int]) -> bool:
    first = words[line[0]]
    return (0 <= first.confidence < UNCLEAR) or (len(line) > 1 and bool(
        LONE_MARK.match(first.text)))


def _read_alone(word: Word, image: np.ndarray, lang: str, timeout_s: float) -> Word | None:
    again = tesseract.image_to_words(word.image_in(image, max(8, word.box[3] // 2)), lang,
                                     timeout_s, psm=8)
    return again[0] if len(again) == 1 and again[0].confidence >= CLEAR else None


def _next_list_number(words: list[Word], lines: list[list[int]], k: int) -> str | None:
    """The number after the list's item above ("7." below "6."), for line ``k``'s first
    word when no read of it gives a marker: a short word read with almost no confidence
    where the item above has its number, the same distance from the margin, and before
    an item's capital. Tesseract read a clear "7." as "Ái" at 0 in a new decision's list
    of members, in the page, in its line and alone."""
    first = words[lines[k][0]]
    if first.confidence >= UNCLEAR or len(first.text) > 3 or len(lines[k]) < 2 or \
            not words[lines[k][1]].text[:1].isupper():
        return None
    height = first.box[3]
    for above in reversed(lines[max(0, k - LIST_LOOKBACK):k]):
        marker = words[above[0]]
        if abs(marker.box[0] - first.box[0]) > height / 2:
            continue  # a wrapped line of the item above, or another column
        number = LIST_NUMBER.match(marker.text)
        if number is None or marker.confidence < CLEAR or \
                first.box[2] > 1.5 * marker.box[2] or first.box[1] - marker.box[1] > \
                LIST_LOOKBACK * 2 * height:
            return None
        return f"{int(number.group(1)) + 1}."
    return None


def reread_doubtful_line_starts(words: list[Word], image: np.ndarray, lang: str,
                                timeout_s: float) -> list[Word]:
    """Lines whose first word is doubtful are read again, all at once, as single lines.

    The re-read's first word replaces the doubtful one when it is a section marker and
    the word after it agrees with what Tesseract read the first time. Words of other
    lines that sit in the margin where the marker was found (its digits, read as a
    column of garbage) are dropped.
    """
    lines = word_lines(words)
    doubtful = [ln for ln in lines if _doubtful(words, ln)][:MAX_REREADS]
    if not doubtful:
        return words
    crops, bands = [], []
    for line in doubtful:
        boxes = [words[n].box for n in line]
        height = int(np.median([b[3] for b in boxes]))
        top = max(0, min(b[1] for b in boxes) - height // 2)
        bottom = min(image.shape[0], max(b[1] + b[3] for b in boxes) + height // 2)
        left = max(0, boxes[0][0] - 3 * height)  # room for the digits Tesseract dropped
        right = min(image.shape[1], max(b[0] + b[2] for b in boxes) + height)
        crops.append(image[top:bottom, left:right])
        bands.append((left, top, bottom))
    canvas = np.full((sum(c.shape[0] + GAP for c in crops) + GAP,
                      max(c.shape[1] for c in crops) + 2 * GAP), 255, np.uint8)
    offsets, y = [], GAP
    for crop in crops:
        canvas[y:y + crop.shape[0], GAP:GAP + crop.shape[1]] = crop
        offsets.append(y)
        y += crop.shape[0] + GAP
    again: list[list[Word]] = [[] for _ in crops]
    for word in tesseract.image_to_words(canvas, lang, timeout_s, psm=6):
        middle = word.box[1] + word.box[3] / 2
        for n, start in enumerate(offsets):
            if start <= middle < start + crops[n].shape[0]:
                again[n].append(word)
    out: list[Word | None] = list(words)
    alone_left = MAX_ALONE
    for line, reread, (left, top, bottom) in zip(doubtful, again, bands, strict=True):
        reread.sort(key=lambda w: w.box[0])
        if (not reread or not SECTION_MARKER.match(reread[0].text)) and alone_left and \
                words[line[0]].confidence < UNCLEAR:
            # in line context the LSTM can keep its misreading ("6.2." as "it"); alone,
            # the word often reads right
            alone_left -= 1
            alone = _read_alone(words[line[0]], image, lang, timeout_s)
            reread = [alone, *reread[1:]] if alone else reread
        if not reread or not SECTION_MARKER.match(reread[0].text):
            following = _next_list_number(words, lines, lines.index(line))
            if following:
                out[line[0]] = replace(words[line[0]], text=following)
            continue
        if len(line) > 1 and (len(reread) < 2 or fuzz.ratio(
                reread[1].text, words[line[1]].text) < 80):
            continue  # the re-read is not the same line
        first = words[line[0]]
        out[line[0]] = replace(first, text=reread[0].text, confidence=reread[0].confidence)
        for n, word in enumerate(words):
            x, y, w, h = word.box
            if n not in line and word.confidence < UNCLEAR and left <= x + w / 2 < \
                    first.box[0] and top <= y + h / 2 < bottom:
                out[n] = None
    return [w for w in out if w is not None]
