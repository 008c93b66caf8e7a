"""Re-read, alone, the words Tesseract read with almost no confidence.

On a degraded scan the page read sometimes garbles a word it reads perfectly once the
word is cut out: a year alone on a line, "2025;", came out as "820 fan" and "xU2);" (at
confidence 50, 30 and 0); "- Lưu:" as "- Lai:", "CẦU" as "CÂU", "NHÂN DÂN" as "NHÂN
DÂN ˆ" (dev renders: 269 of 105,137 words are under confidence 50). A run of such words
on one line is cut out with a little of the page around it and read again, as a word
(psm 8) or as a line (psm 7). The re-read replaces the run when Tesseract is sure of
every word of it (``SURE``) and it is not the same words in another case ("VIÊN;" read
alone as "viên;"); the new words carry the re-read's confidence, so that repair still
judges a word under its trust threshold.

Left alone: a line's first word that looks like a list marker ("1.", "d)"), a Roman
numeral anywhere (``markers`` rereads and recounts those; alone "I." read "E" at 92, the
numeral of "quý III" "TH" at 90), a word that reads as a figure ("11,75" alone read
"11/75" at 90: the row's context knew the comma), and words in a ruled table cell
(``cell_figures`` rereads those between their rules).

Contract: ``reread_doubtful_words(words, image, vertical_rules, lang, timeout_s) ->
words``; only the words of such runs change; at most MAX_REREADS runs a page are read
again (two Tesseract calls for a run read unsure as a line), the least sure first.
"""

from __future__ import annotations

import numpy as np
import regex

from ocr_pipeline._exec import tesseract
from ocr_pipeline.cell_figures import FIGURE, cell_bounds
from ocr_pipeline.models import Word, placed_on_page, span, splice_words

DOUBTFUL = 55.0  # Tesseract's 0-100; "820" of the year above came at 50
SURE = 90.0
MAX_REREADS = 8
PAD_PX = 4
SINGLE_WORD, SINGLE_LINE = 8, 7
LINE_MARKER = regex.compile(r"^[-_‘’'`\".,]*(?:\d+(?:\.\d+)*[.)]|\p{L}[.)])$")
# a Roman numeral, or what OCR makes of one, anywhere ("quý III", whose I's ``markers``
# recounts: alone it read "TH" at 90)
NUMERAL = regex.compile(r"^[-_‘’'`\".,(]*[IVXLl]{1,5}[.,;:)]*$")


def _runs(words: list[Word]) -> list[list[int]]:
    """Neighbouring doubtful words of one line, as index lists."""
    runs: list[list[int]] = []
    for n, word in enumerate(words):
        if not 0 <= word.confidence < DOUBTFUL:
            continue
        if runs and runs[-1][-1] == n - 1 and words[n - 1].line_key == word.line_key:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _left_alone(words: list[Word], run: list[int],
                vertical_rules: list[tuple[int, int, int, int]]) -> bool:
    first = run[0]
    starts_line = first == 0 or words[first - 1].line_key != words[first].line_key
    text = " ".join(words[n].text for n in run)
    return (starts_line and LINE_MARKER.match(words[first].text) is not None) or \
        any(NUMERAL.match(words[n].text) for n in run) or \
        FIGURE.fullmatch(text.rstrip(".,;:")) is not None or \
        any(cell_bounds(words[n], vertical_rules) is not None for n in run)


def _better(first: list[Word], again: list[Word]) -> bool:
    first_text = " ".join(w.text for w in first)
    again_text = " ".join(w.text for w in again)
    return bool(again) and min(w.confidence for w in again) >= SURE and \
        again_text != first_text and again_text.lower() != first_text.lower()


def _read_alone(crop: np.ndarray, words: int, lang: str, timeout_s: float) -> list[Word]:
    """The crop read as one word, or as a line of ``words`` words; a line read unsure is
    read as one word too: a year alone on a line that the page read split in two ("820
    fan" for "2025;") reads wrong as a line and right as a word."""
    psms = [SINGLE_WORD] if words == 1 else [SINGLE_LINE, SINGLE_WORD]
    again: list[Word] = []
    for psm in psms:
        again = tesseract.image_to_words(crop, lang, timeout_s, psm=psm,
                                         paper_border=tesseract.CUTOUT_BORDER_PX)
        if again and min(w.confidence for w in again) >= SURE:
            break
    return again


def reread_doubtful_words(words: list[Word], image: np.ndarray,
                          vertical_rules: list[tuple[int, int, int, int]], lang: str,
                          timeout_s: float) -> list[Word]:
    runs = [run for run in _runs(words) if not _left_alone(words, run, vertical_rules)]
    if not runs:
        return words
    runs.sort(key=lambda run: min(words[n].confidence for n in run))
    replaced: dict[int, list[Word]] = {}
    dropped: set[int] = set()
    for run in runs[:MAX_REREADS]:
        first = [words[n] for n in run]
        left, right, top, bottom = span(first)
        crop_left, crop_top = max(0, left - PAD_PX), max(0, top - PAD_PX)
        crop = image[crop_top:bottom + PAD_PX, crop_left:right + PAD_PX]
        again = _read_alone(crop, len(run), lang, timeout_s)
        if not _better(first, again):
            continue
        replaced[run[0]] = placed_on_page(again, crop_left, crop_top, first[0])
        dropped.update(run[1:])
    return splice_words(words, replaced, dropped)
