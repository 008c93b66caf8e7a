"""Lines Tesseract's page layout dropped, read again.

Now and then Tesseract's layout analysis leaves a whole printed line out of every block:
the words before and after it come back, the line does not, at any confidence. A public
report's "2. Việc thực hiện đánh giá giải quyết thủ tục hành", clean and legible between
two paragraphs of a degraded render, was lost so with ``--psm 4`` and ``--psm 3``; read
with ``--psm 6`` it comes back whole. Nothing after OCR can bring such a line back, so
the page's pixels are checked: ink that no word box covers, in a band of a text line's
height and of a line's width, made of many glyph-sized parts, is a line Tesseract missed.
Each such band is read again alone and put in where it stands, when Tesseract reads it
surely (``MIN_CONFIDENCE``) as two words or more with letters. On a page of few words
(``COLUMN_WORDS``: a last page of an archive line and a signer's name) the band may lie
anywhere across the page, since its words show no text column.

Contract: ``recover_missed_lines(words, image, lang, timeout_s) -> words``; words are
only added (specks read beside a band's words aside), each new line on a line key of its
own, in reading order before the first line whose words' middle lies below it.
"""

from __future__ import annotations

import statistics
from dataclasses import replace

import cv2
import numpy as np
import regex

from ocr_pipeline._exec import tesseract
from ocr_pipeline.clean import runs
from ocr_pipeline.models import Word, placed_on_page

INK_LEVEL = 128  # a grey level darker than this is ink (the page is cleaned already)
BOX_PAD = 0.3  # of the word height: room about a word box for its marks and serifs
ROW_INK_MIN = 0.5  # of the word height: ink pixels a row of a text line holds at least
BAND_HEIGHT = (0.6, 2.2)  # of the word height: a band a text line makes
BAND_WIDTH_MIN = 0.25  # of the text column's width, and 8 word heights at least
PARTS_MIN = 8  # glyph-sized connected parts a line of text has at least
MIN_CONFIDENCE = 80.0  # mean confidence of the re-read's words
MAX_BANDS = 6  # a page with more bands is a picture or a table, not a lost line
GAP = 20  # px of white about the band read again (``image_to_words``'s border)
RESCALE = 0.75  # of a band's size, when Tesseract reads nothing of it at its own
# words enough to show the page's text column; a page with fewer (the last page of a
# document, its archive line and the signer's name) is searched across: a new report's
# "Nguyễn Thị Thanh Thúy", right of its "- Lưu: VT, KT.", had been lost so
COLUMN_WORDS = 10


def _letters(word: Word) -> bool:
    return regex.search(r"\p{L}", word.text) is not None


def _bands(words: list[Word], ink: np.ndarray, height: int,
           column: bool = True) -> list[tuple[int, int, int, int]]:
    """(left, right, top, bottom) of each band of uncovered ink shaped like a text line;
    ``column``: the words found show the text column (``COLUMN_WORDS``), else the band may
    lie anywhere across the page."""
    covered = np.zeros(ink.shape, bool)
    pad = int(BOX_PAD * height)
    for word in words:
        left, top, width, box_height = word.box
        covered[max(0, top - pad):top + box_height + pad,
                max(0, left - pad):left + width + pad] = True
    free = ink & ~covered
    if column:
        left = min(w.box[0] for w in words)
        right = max(w.box[0] + w.box[2] for w in words)
        free[:, :max(0, left - height)] = False
        free[:, right + height:] = False
    else:
        left = right = 0
    rows = free.sum(axis=1) >= ROW_INK_MIN * height
    bands = []
    for top, bottom in runs(rows, max(1, height // 3)):
        if not BAND_HEIGHT[0] * height <= bottom - top <= BAND_HEIGHT[1] * height:
            continue
        columns = np.flatnonzero(free[top:bottom].any(axis=0))
        if columns.size == 0:
            continue
        band_left, band_right = int(columns[0]), int(columns[-1]) + 1
        # on a page of few words, a signer's short name is a band too ("Y Phôn Byă", about
        # 7 word heights): Tesseract's sure re-read is what tells a line from a stamp
        if band_right - band_left < max((8 if column else 4) * height,
                                        BAND_WIDTH_MIN * (right - left)):
            continue
        _, _, stats, _ = cv2.connectedComponentsWithStats(
            free[top:bottom, band_left:band_right].astype(np.uint8), connectivity=8)
        glyphs = sum(1 for s in stats[1:] if 0.2 * height <= s[cv2.CC_STAT_HEIGHT] <= 1.6 * height)
        if glyphs >= PARTS_MIN:
            bands.append((band_left, band_right, top, bottom))
    return bands


def _read_band(image: np.ndarray, band: tuple[int, int, int, int], head: Word, lang: str,
               timeout_s: float) -> list[Word]:
    """The band read alone, on the page and on the line of ``head``; none unless read
    surely as two words or more with letters."""
    left, right, top, bottom = band
    # the band's rows are those full of ink: marks above and below the letters lie outside
    margin = (bottom - top) // 3
    top, bottom = max(0, top - margin), min(image.shape[0], bottom + margin)
    crop = image[top:bottom, left:right]
    again = tesseract.image_to_words(crop, lang, timeout_s, psm=7, paper_border=GAP)
    if not again:
        # Tesseract's line mode now and then reads nothing of a clear line: a new report's
        # signer, "Nguyễn Thị Thanh Thúy" at 44 px a word, read whole at 3/4 of its size
        again = tesseract.image_to_words(crop, lang, timeout_s, psm=7, paper_border=GAP,
                                         shrink=RESCALE)
    # judged by its words: a speck beside them read at 0 (":" after that signer's name)
    # is dropped, not held against them
    lettered = [w for w in again if _letters(w)]
    if len(lettered) < 2 or statistics.mean(w.confidence for w in lettered) < MIN_CONFIDENCE:
        return []
    kept = [w for w in again if _letters(w) or w.confidence >= MIN_CONFIDENCE]
    return placed_on_page(kept, left, top, head)


def recover_missed_lines(words: list[Word], image: np.ndarray, lang: str,
                         timeout_s: float) -> list[Word]:
    """``words`` with the lines Tesseract's layout left out read again and put in."""
    lettered = [w for w in words if _letters(w)]
    if len(lettered) < 2:
        return words
    height = int(statistics.median(w.box[3] for w in lettered))
    if height < 8:
        return words
    bands = _bands(words, image < INK_LEVEL, height, len(lettered) >= COLUMN_WORDS)
    if not bands or len(bands) > MAX_BANDS:
        return words
    out = list(words)
    for number, band in enumerate(bands):
        # before the first line whose words' middle lies below the band's, on a line of its
        # own in that line's paragraph: no Tesseract line is negative. A line's middle, not
        # a word's top: on a page turned a degree or two a line's words rise along it, and
        # the signer's name right of "- Lưu: VT, KT." (a new report's last page) had come
        # before it, its "Nguyễn" taller than the dash
        middles: dict[tuple[int, int, int], list[float]] = {}
        for w in out:
            middles.setdefault(w.line_key, []).append(w.box[1] + w.box[3] / 2)
        band_middle = (band[2] + band[3]) / 2
        at = next((n for n, w in enumerate(out)
                   if statistics.median(middles[w.line_key]) > band_middle), len(out))
        head = replace(out[min(at, len(out) - 1)], line=-1 - number)
        out[at:at] = _read_band(image, band, head, lang, timeout_s)
    return out
