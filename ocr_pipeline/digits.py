"""Re-read, as digits only, the numbers of a date or a document number that OCR garbled.

A year that wraps onto a line of its own at the end of a bold subject ("... năm" /
"2025") comes out as "J2)" or "2U2O", and the digits of the date line as "2§" or "O1".
Where a number must stand (after "ngày", "tháng", "năm" or "Số:"), a word that mixes
digits with other characters is read again from its box with Tesseract told to read
digits only. The re-read replaces the number only when it is a valid day, month, year or
number, has as many digits as the number first read had characters (a year read as other
characters, "J2)", takes its four digits), and keeps every digit the first reading had,
in order: a re-read that drops one ("1Š" read again as "2", "Ø7" as "7") is not taken.
Brackets and quotes around the number stay ("(2O25)" -> "(2025)"). A year of five digits
after "năm" ("20285;" for 2025: a digit Tesseract added) is read again too, and takes the
re-read when that is a valid year of four of its digits, in order.

A date's day or month read as letters alone, in italics ("tháng l ÏÌ năm 2025", "tháng
IT", "tháng l]" for "tháng 11" in FreeSerif's italics: 10 of 10 sizes and scans wrong),
is one or two words of digits' look-alikes between the date's words ("ngày", "tháng",
"năm"); it is read again as digits from its box enlarged 1.5 times (at its own size it
read "1"), then 2 times, then at its own size, and taken the first time it is a valid
day or month with a digit for each look-alike (two at most). A garbled number whose
re-read at its own size is not taken is read once more enlarged 1.5 times. Italic date
lines in FreeSerif at five sizes, clean and scanned: 10 -> 18 of 24 read right, none
read as a wrong number.

A number Tesseract read as two words where a "1" stands apart from its neighbour (the
serif glyph's wide margins: "61 1" for 611, "1 18/2025/NĐ-CP", also "I 18/2025/NĐ-CP",
"1 1,5/12 điểm") is one word again when the gap inside it is narrower than a space: on
the dev renders the five such gaps are 0.34-0.44 of the word height, a space between a
figure and the next at least 0.43 (after a comma, which is never joined) and 0.52
otherwise.

Contract: ``reread_digit_slots(words, image, lang, timeout_s) -> words``; only such words
change (their text and confidence; a lost day or month of two words becomes one, with
their joint box); at most MAX_REREADS numbers a page are read again, with up to three
Tesseract calls each (``LOST_NUMBER_SCALES``).
``join_split_numbers(words) -> words``: two neighbours of one line merged into one word
(texts joined, boxes united, the lower confidence) where the first ends with a digit, the
second starts with one, one of those two digits is a "1" (a lone "I", "l" or "|" before
the number is one; so is one after a number's last "1", its height) and the gap is
narrower than SPLIT_NUMBER_GAP; so are, inside a
line, a number's first digits with its thousands stop and the rest of it when that
starts with a "1" read as a letter ("3." and "I50.000.000").
``reread_split_numbers(words, image, lang, timeout_s) -> words``: a number Tesseract cut
at one of its stops, losing the digit after it ("0254.3862.117" read "0254.3862." and
"17"), is read again from the two words' joint box as one line; the two become that
reading when it is one number at SURE_NUMBER or more with every digit of theirs, in
order, and one digit more. At most MAX_REREADS such pairs a page.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import regex

from diacritics.syllable import strip_marks
from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word, span

SLOTS = {"ngay": range(1, 32), "thang": range(1, 13), "nam": range(1900, 2100),
         "so": range(1, 100_000)}
KEEP_AFTER = regex.compile(r"[.,;:]+$")  # the punctuation a number may carry
OUTER = regex.compile(r"^(?P<before>[(\[“\"'‘«]*)(?P<number>.*?)(?P<after>[)\]”\"'’»]*[.,;:!?…]*)$")
MAX_REREADS = 6
PAD = 4  # px of page around the word box
SPLIT_NUMBER_GAP = 0.48  # of the taller word's height
ONE_LOOKALIKES = frozenset("Il|")  # the split-off "1" alone, read as a letter
SAME_HEIGHT = 0.15  # of the number's height: how far a digit's box may differ from it
# a number whose last digit is a 1 ("9/1", "21", "1.201"), not a word ending in one
# ("khoản1", a footnote's)
NUMBER_ENDING_IN_ONE = regex.compile(r"\d[\d/.,:-]*1|1")
# a number's thousands stop with a space read after it and its next group's "1" read as
# a letter ("dự kiến: 3. I50.000.000 đồng" for 3.150.000.000 on a photo of a new
# submission); not at a line's start, where "3." may number an item ("3. 150.000 đồng")
THOUSANDS_LEAD = regex.compile(r"\d{1,3}\.")
THOUSANDS_REST = regex.compile(r"[1Il|]\d{2}(?:\.\d{3})+(?:,\d+)?[^\p{L}\d]?")
# a number Tesseract split at one of its stops, losing the digit after it, a "1" beside
# another ("0254.3862.117" read "0254.3862." and "17" at 38 and 95 on a new letter's
# render): the first part ends with its stop, the rest is a number closer than a space
SPLIT_AT_STOP = regex.compile(r"[(\[]?\d+(?:[.,]\d+)*[.,]")
NUMBER_REST = regex.compile(r"[(\[]?\d+(?:[.,]\d+)*[)\]]?[.,;:]?")
SURE_NUMBER = 80.0
# the date's word after a day and after a month
NEXT_DATE_WORD = {"ngay": "thang", "thang": "nam"}
# what OCR makes of a 1, 0, 2, 5, 8 or 9 in a date's italics: letters and brackets no
# syllable is made of alone ("l ÏÌ", "l]", "IT", "ITI" for 11 in FreeSerif's italics)
DIGIT_LOOKALIKES = regex.compile(r"[IlLiT|!\[\]ÍÌÏÎíìïîOoQSZzBgq]{1,3}")
LOST_NUMBER_SCALE = 1.5
# a lost day or month is read at these sizes in turn until one reads valid: a new letter's
# italic "11" (two glyphs 9 px wide) read nothing at 1.5 and "11" at 2 and at its own size
LOST_NUMBER_SCALES = (LOST_NUMBER_SCALE, 2.0, 1.0)


def _slot(previous: str) -> str | None:
    key = strip_marks(previous).lower().rstrip(":")
    return key if key in SLOTS else None


def _parts(text: str) -> tuple[str, str, str]:
    """(before, number, after): brackets and quotes around the number, and what follows
    it ("(2025)," -> "(", "2025", "),"; "12/QĐ-UBND" -> "", "12", "/QĐ-UBND")."""
    head, slash, tail = text.partition("/")
    if slash:
        return "", head, slash + tail
    m = OUTER.match(text)
    assert m is not None
    return m.group("before"), m.group("number"), m.group("after")


def _garbled_number(text: str) -> bool:
    """Digits mixed with letters or symbols ("J2)", "2U2O", "I2/"); a decimal, a
    percentage, a range, a Party document's number or a number in brackets or quotes
    ("1,5", "100%", "2025-2030", "57-NQ/TW", "(2025)") is a number as read: the digits-only
    re-read of "CHÍNH QUYỀN SỐ" + "100%" was "1004"."""
    number = _parts(text)[1]
    return any(ch.isdigit() for ch in number) and not regex.search(r"^[\d.,]+%?$|[-–]", number)


def _year_too_long(text: str, slot: str) -> bool:
    """A year of five digits ("năm 20285;" for 2025: a new decision's scan, a digit
    Tesseract added), which no date has."""
    number = _parts(text)[1]
    return slot == "nam" and len(number) == 5 and number.isdigit()


def _keeps_digits(first: str, again: str) -> bool:
    rest = iter(again)
    return all(ch in rest for ch in first if ch.isdigit())


def _reread(word: Word, slot: str, again: str) -> str | None:
    """The word with its number re-read as ``again``, or None when that is not sure."""
    before, number, after = _parts(word.text)
    digits, slash, _ = again.partition("/")
    if _year_too_long(word.text, slot):
        # the re-read drops the digit added, and nothing else: its digits are the first
        # reading's, in order, one fewer
        fits = digits.isdigit() and len(digits) == 4 and int(digits) in SLOTS[slot] and \
            _keeps_digits(digits, number) and not slash
        return before + digits + after if fits else None
    if not digits.isdigit() or int(digits) not in SLOTS[slot] or not _keeps_digits(
            number, digits) or bool(slash) != after.startswith("/"):
        return None
    if len(digits) == len(number) and (slot != "nam" or len(digits) == 4):
        return before + digits + after
    # a year read as other characters ("J2)", "2Uảáo." for 2025): its marks are part of the
    # misreading, except the sentence's own punctuation after it; brackets and quotes
    # before it are real and make the re-read unsure
    if slot == "nam" and len(digits) == 4 and not before:
        marks_after = KEEP_AFTER.search(word.text)
        return digits + (marks_after.group() if marks_after else "")
    return None


def _lost_date_number(words: list[Word], n: int, slot: str) -> int:
    """How many words from ``n`` on are a date's day or month read as letters alone
    ("tháng l ÏÌ năm 2025" for "tháng 11", an italic date line of a new letter): one or
    two words of digits' look-alikes, on the line of the date's next word ("tháng" after
    the day, "năm" after the month), whose own number was read as digits or look-alikes
    too; else 0."""
    if slot not in NEXT_DATE_WORD:
        return 0
    for count in (1, 2):
        if n + count + 1 >= len(words):
            return 0
        lost, following, number = words[n:n + count], words[n + count], words[n + count + 1]
        if not all(DIGIT_LOOKALIKES.fullmatch(w.text) for w in lost):
            return 0
        number_read = _parts(number.text)[1]
        if _slot(following.text) == NEXT_DATE_WORD[slot] and all(
                w.line_key == following.line_key for w in lost) and (
                number_read.isdigit() or DIGIT_LOOKALIKES.fullmatch(number_read)):
            return count
    return 0


def _digits_read(crop: np.ndarray, scale: float, digits: str, lang: str,
                 timeout_s: float) -> list[Word]:
    """``crop`` read as one word of ``digits``, enlarged by ``scale``: FreeSerif's
    italic "11", sheared upright, read "1" at its own size in five sizes of six and "11"
    in all six at 1.5."""
    if scale != 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return tesseract.image_to_words(crop, lang, timeout_s, psm=8, whitelist=digits,
                                    paper_border=tesseract.CUTOUT_BORDER_PX)


def _joint_box(words: list[Word]) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the words' boxes together."""
    left, right, top, bottom = span(words)
    return left, top, right - left, bottom - top


def _reread_lost_number(lost: list[Word], slot: str, image: np.ndarray, lang: str,
                        timeout_s: float) -> Word | None:
    box = _joint_box(lost)
    crop = replace(lost[0], box=box).image_in(image, PAD)
    # each look-alike stands for a digit: "L]" re-read "1" is a digit short, and no
    # number of this date; a glyph may have come out as two ("ITI" for 11)
    glyphs = sum(len(w.text) for w in lost)
    for scale in LOST_NUMBER_SCALES:
        again = _digits_read(crop, scale, "0123456789", lang, timeout_s)
        if len(again) == 1 and again[0].text.isdigit() and \
                min(glyphs, 2) <= len(again[0].text) <= 2 and int(again[0].text) in SLOTS[slot]:
            return replace(lost[0], text=again[0].text, confidence=again[0].confidence,
                           box=box)
    return None


def reread_digit_slots(words: list[Word], image: np.ndarray, lang: str,
                       timeout_s: float) -> list[Word]:
    out = list(words)
    dropped: set[int] = set()
    budget = MAX_REREADS
    for n in range(1, len(words)):
        slot = _slot(words[n - 1].text)
        word = words[n]
        if slot is None or not budget:
            continue
        lost = _lost_date_number(words, n, slot)
        if lost:
            budget -= 1
            found = _reread_lost_number(words[n:n + lost], slot, image, lang, timeout_s)
            if found is not None:
                out[n] = found
                dropped.update(range(n + 1, n + lost))
            continue
        if not (_garbled_number(word.text) or _year_too_long(word.text, slot)):
            continue
        budget -= 1
        for scale in (1.0, LOST_NUMBER_SCALE):
            again = _digits_read(word.image_in(image, PAD), scale, "0123456789/", lang,
                                 timeout_s)
            text = _reread(word, slot, again[0].text) if len(again) == 1 else None
            if text is not None:
                out[n] = replace(word, text=text, confidence=again[0].confidence)
                break
    return [word for n, word in enumerate(out) if n not in dropped]


def join_split_numbers(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    for word in words:
        first = out[-1] if out else None
        text = None
        if first is not None and _narrow_gap(first, word):
            mid_line = len(out) > 1 and out[-2].line_key == first.line_key
            if _split_number(first, word):
                text = _as_digits(first.text) + word.text
            elif _one_after_one(first, word):
                text = first.text + "1"
            elif mid_line and THOUSANDS_LEAD.fullmatch(first.text) and \
                    THOUSANDS_REST.fullmatch(word.text):
                text = first.text + "1" + word.text[1:]
        if first is not None and text is not None:
            out[-1] = replace(first, text=text, confidence=min(first.confidence, word.confidence),
                              box=_joint_box([first, word]))
        else:
            out.append(word)
    return out


def reread_split_numbers(words: list[Word], image: np.ndarray, lang: str,
                         timeout_s: float) -> list[Word]:
    out: list[Word] = []
    budget = MAX_REREADS
    for word in words:
        first = out[-1] if out else None
        if first is None or not budget or not SPLIT_AT_STOP.fullmatch(first.text) or \
                not NUMBER_REST.fullmatch(word.text) or not _narrow_gap(first, word):
            out.append(word)
            continue
        budget -= 1
        box = _joint_box([first, word])
        again = tesseract.image_to_words(replace(first, box=box).image_in(image, PAD), lang,
                                         timeout_s, psm=7,
                                         paper_border=tesseract.CUTOUT_BORDER_PX)
        joined = first.text + word.text
        digits = sum(ch.isdigit() for ch in joined)
        if len(again) == 1 and NUMBER_REST.fullmatch(again[0].text) and \
                sum(ch.isdigit() for ch in again[0].text) == digits + 1 and \
                _keeps_digits(joined, again[0].text) and again[0].confidence >= SURE_NUMBER:
            out[-1] = replace(first, text=again[0].text, confidence=again[0].confidence,
                              box=box)
        else:
            out.append(word)
    return out


def _as_digits(text: str) -> str:
    return "1" if text in ONE_LOOKALIKES else text


def _split_number(first: Word, second: Word) -> bool:
    last, next_ = _as_digits(first.text)[-1:], second.text[:1]
    return last.isascii() and last.isdigit() and next_.isascii() and next_.isdigit() and \
        "1" in (last, next_)


def _one_after_one(first: Word, second: Word) -> bool:
    """Whether ``second`` is a number's last "1", read as a letter after the "1" before it
    ("9/1" + "I" for a vote of 9/11, in both renders of a new minutes' page): a glyph of
    the number's height (a table's rule, read as "|" or "l", is taller)."""
    height = first.box[3]
    return second.text in ONE_LOOKALIKES and \
        NUMBER_ENDING_IN_ONE.fullmatch(first.text) is not None and \
        abs(second.box[3] - height) <= SAME_HEIGHT * height and \
        abs(second.box[1] - first.box[1]) <= SAME_HEIGHT * height


def _narrow_gap(first: Word, second: Word) -> bool:
    """Whether ``second`` follows ``first`` on its line closer than a space."""
    gap = second.box[0] - (first.box[0] + first.box[2])
    return first.line_key == second.line_key and \
        0 <= gap < SPLIT_NUMBER_GAP * max(first.box[3], second.box[3])
