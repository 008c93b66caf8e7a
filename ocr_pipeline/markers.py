"""Check the section markers that start lines against the page pixels.

Tesseract's ``vie`` model reads the serif numerals of section headings badly and
consistently: "III." comes out as "II." on every font we render, "VIII." as "VII.", "I."
as "IL", "IX." as "1X.". A wrong marker puts a whole section in the wrong place of the
document tree, and the text alone cannot tell "II." from "III.". The pixels can: across
the middle band of the word box every "I" is one vertical stem, a "V" crosses the band
twice and an "X" once. So for the first word of a line that looks like a Roman marker,
the number of I's is recounted from the stems, while V and X are taken as read.

Contract: ``recount_roman_markers(words, image) -> words``; only such first words change,
and only when the recount gives a valid numeral of at most four letters.

``reread_unclear_markers(words, image, lang, timeout_s) -> words``: a first word that
Tesseract read with almost no confidence ("it" for "6.2.") is read again alone; the new
reading is kept only when it is a section marker read with confidence. Such words are
rare (6 in 14,000 on the dev pages) and capped per page, so the extra calls cost little.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import regex

from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word

# specks before the marker; I-lookalikes 1 l |; V and X; the dot, sometimes read as an
# "L" (or "L.") when it sits close to the last stem
MARKER = regex.compile(r"^[-_‘’'`\".,]*(?P<m>[IVXl1|]{1,5})(?P<dot>L?\.?)$")
MIDDLE_BAND = (0.35, 0.60)  # of the box height: below diacritics and serifs, above the dot


def count_crossings(gray_box: np.ndarray) -> int:
    """Runs of inked columns across the middle band of a word box."""
    if gray_box.size == 0 or gray_box.shape[0] < 8:
        return 0
    _, ink = cv2.threshold(gray_box, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    height = ink.shape[0]
    band = ink[int(height * MIDDLE_BAND[0]):int(height * MIDDLE_BAND[1])]
    inked = (band > 0).any(axis=0).astype(np.int8)
    return int(np.count_nonzero(np.diff(inked, prepend=0) == 1))


def recount(text: str, crossings: int) -> str | None:
    """The marker ``text`` with its I's recounted, or None when it does not look like one."""
    m = MARKER.match(text)
    if not m:
        return None
    read = m.group("m")
    if regex.fullmatch(r"1+", read) or (not m.group("dot") and regex.search(r"[1l|]", read)):
        return None  # "1." and "11." are Arabic; a bare "l" is a letter
    letters = read.translate(str.maketrans("1l|", "III"))
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
    numeral = "I" * ones + core if i_first else core + "I" * ones
    return numeral + ("." if m.group("dot") else "")


def recount_roman_markers(words: list[Word], image: np.ndarray) -> list[Word]:
    out = list(words)
    for n, first in enumerate(_line_starts(words)):
        word = words[n]
        if first and MARKER.match(word.text):
            left, top, width, height = word.box
            fixed = recount(word.text, count_crossings(image[top:top + height,
                                                             left:left + width]))
            if fixed and fixed != word.text:
                out[n] = replace(word, text=fixed)
    return out


SECTION_MARKER = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}\.|[a-zđ]\))$")
UNCLEAR = 30.0  # confidence below which a line's first word is read again
CLEAR = 50.0  # confidence the new reading needs to be kept
MAX_REREADS = 10  # per page: a page of garbage must not cost a Tesseract call per line


def _line_starts(words: list[Word]) -> list[bool]:
    keys = [(w.block, w.paragraph, w.line) for w in words]
    return [n == 0 or keys[n] != keys[n - 1] for n in range(len(keys))]


def reread_unclear_markers(words: list[Word], image: np.ndarray, lang: str,
                           timeout_s: float) -> list[Word]:
    out = list(words)
    unclear = [n for n, first in enumerate(_line_starts(words))
               if first and 0 <= words[n].confidence < UNCLEAR]
    for n in unclear[:MAX_REREADS]:
        word = words[n]
        left, top, width, height = word.box
        pad = max(8, height // 2)
        crop = image[max(0, top - pad):top + height + pad, max(0, left - pad):left + width + pad]
        again = tesseract.image_to_words(crop, lang, timeout_s, psm=8)
        if len(again) == 1 and again[0].confidence >= CLEAR and \
                SECTION_MARKER.match(again[0].text):
            out[n] = replace(word, text=again[0].text, confidence=again[0].confidence)
    return out
