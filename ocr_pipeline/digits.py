"""Re-read, as digits only, the numbers of a date or a document number that OCR garbled.

A year that wraps onto a line of its own at the end of a bold subject ("... năm" /
"2025") comes out as "J2)" or "2U2O", and the digits of the date line as "2§" or "O1".
Where a number must stand (after "ngày", "tháng", "năm" or "Số:"), a word that mixes
digits with other characters is read again from its box with Tesseract told to read
digits only. The re-read replaces the word only when it is a valid day, month, year or
number, has as many digits as the first reading had characters (a year: four), and keeps
every digit the first reading had, in order: a re-read that drops one ("1Š" read again as
"2", "Ø7" as "7") is not taken.

Contract: ``reread_digit_slots(words, image, lang, timeout_s) -> words``; only such words
change (their text and confidence); at most MAX_REREADS Tesseract calls per page.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import regex

from diacritics.syllable import strip_marks
from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word

SLOTS = {"ngay": range(1, 32), "thang": range(1, 13), "nam": range(1900, 2100),
         "so": range(1, 100_000)}
KEEP_AFTER = regex.compile(r"[.,;:]$")  # the punctuation a number may carry
MAX_REREADS = 6
PAD = 4  # px of page around the word box


def _slot(previous: str) -> str | None:
    key = strip_marks(previous).lower().rstrip(":")
    return key if key in SLOTS else None


def _garbled_number(text: str) -> bool:
    """Digits mixed with letters or symbols ("J2)", "2U2O", "I2/"); a range or a decimal
    ("2025-2030", "1,5") is a number as read."""
    core = text.split("/")[0].rstrip(".,;:)")
    return any(ch.isdigit() for ch in core) and not regex.fullmatch(r"[\d.,\-–]+", core)


def _keeps_digits(first: str, again: str) -> bool:
    rest = iter(again)
    return all(ch in rest for ch in first if ch.isdigit())


def reread_digit_slots(words: list[Word], image: np.ndarray, lang: str,
                       timeout_s: float) -> list[Word]:
    out = list(words)
    budget = MAX_REREADS
    for n in range(1, len(words)):
        slot = _slot(words[n - 1].text)
        word = words[n]
        if slot is None or not _garbled_number(word.text) or not budget:
            continue
        budget -= 1
        left, top, width, height = word.box
        crop = image[max(0, top - PAD):top + height + PAD,
                     max(0, left - PAD):left + width + PAD]
        again = tesseract.image_to_words(crop, lang, timeout_s, psm=8,
                                         whitelist="0123456789/")
        if len(again) != 1:
            continue
        head, slash, _ = again[0].text.partition("/")
        first_head, first_slash, first_tail = word.text.partition("/")
        if not head.isdigit() or int(head) not in SLOTS[slot] or bool(slash) != bool(
                first_slash) or not _keeps_digits(first_head, head):
            continue
        # a year has four digits; other numbers as many as were read ("Ø7" is not "7")
        if len(head) != (4 if slot == "nam" else len(first_head.rstrip(".,;:)"))):
            continue
        tail = first_slash + first_tail if first_slash else "".join(
            KEEP_AFTER.findall(word.text))
        out[n] = replace(word, text=head + tail, confidence=again[0].confidence)
    return out
