"""Re-read, alone, a line that Tesseract's page read garbled as a whole.

Now and then the page read returns a clean, upright printed line as garbage, almost
every word of it unsure: "- Lưu: VT, TTPVHCC." came back "!.ì CC: đi Bng lý lý mà 4
Liêu Ô4" (confidences 0-59, one word at 94) in a new report's render, and "- Lưu: VT,
CCHC." so on plain renders too. Cut out and read as one line (psm 7), the same pixels
read "- Lưu: VL TTPVHCC." at 46-93. ``doubtful_words`` cannot mend such a line: its runs
stop at each word read surely, and it takes a run's re-read only when every word of it
is sure.

A line is garbled when it has ``MIN_WORDS`` words or more and at least
``GARBLED_SHARE`` of them are under ``doubtful_words.DOUBTFUL``. Its crop is the span of
its words, widened over the ink beside it (a dash the garbled read dropped) up to the
next word of the row. The re-read replaces the line's words when its mean confidence
is at least ``MIN_MEAN`` and ``MIN_GAIN`` above the page read's; when it is not, the
line is read once more at three quarters of its size (``SCALES``: a new report's "- Lưu:
VT, YT." read "-LƯU VỊ,Y]:" in the page, garbled alone, right at 0.75).

Contract: ``reread_garbled_lines(words, image, lang, timeout_s) -> words``; only the
words of garbled lines change, at most ``MAX_LINES`` lines a page, the least sure first;
the new words are on the line of the first word they replace.
"""

from __future__ import annotations

import statistics

import numpy as np

from ocr_pipeline._exec import tesseract
from ocr_pipeline.doubtful_words import DOUBTFUL, PAD_PX, SINGLE_LINE
from ocr_pipeline.markers import word_lines
from ocr_pipeline.missed_lines import INK_LEVEL
from ocr_pipeline.models import Word, placed_on_page, span, splice_words

MIN_WORDS = 2
GARBLED_SHARE = 2 / 3
MIN_MEAN = 70.0
MIN_GAIN = 30.0
MAX_LINES = 4
# the sizes the line is read at, the next when a read is not taken: a new report's "- Lưu:
# VT, YT." came back "-LƯU VỊ,Y]:" (28, 17) in the page, '"LƯU VÌ, YÌT.:' (60, 83, 20)
# alone, and right at 90-93 at three quarters of its size
SCALES = (1.0, 0.75)


def _garbled(line: list[Word]) -> bool:
    doubtful = sum(0 <= w.confidence < DOUBTFUL for w in line)
    return len(line) >= MIN_WORDS and doubtful >= GARBLED_SHARE * len(line)


def _widened(image: np.ndarray, words: list[Word], indices: list[int]) -> tuple[int, int]:
    """The left and right edges of the line of ``words[indices]``, moved out over ink no
    farther than a line height from the last ink taken, and never onto another word of
    the row."""
    left, right, top, bottom = span([words[n] for n in indices])
    height = bottom - top
    own = set(indices)
    others = [w for n, w in enumerate(words) if n not in own
              and w.box[1] < bottom and w.box[1] + w.box[3] > top]
    floor = max([w.box[0] + w.box[2] for w in others if w.box[0] < left], default=0)
    ceiling = min([w.box[0] for w in others if w.box[0] >= right], default=image.shape[1])
    inked = (image[top:bottom, :] < INK_LEVEL).any(axis=0)
    x = left
    while x - 1 > floor and inked[max(floor, x - height):x].any():
        x = max(floor, x - height) + int(np.flatnonzero(inked[max(floor, x - height):x])[0])
    new_left = x
    x = right
    while x + 1 < ceiling and inked[x:min(ceiling, x + height)].any():
        x = x + int(np.flatnonzero(inked[x:min(ceiling, x + height)])[-1]) + 1
    return new_left, x


def reread_garbled_lines(words: list[Word], image: np.ndarray, lang: str,
                         timeout_s: float) -> list[Word]:
    garbled = [indices for indices in word_lines(words)
               if _garbled([words[n] for n in indices])]
    if not garbled:
        return words
    garbled.sort(key=lambda indices: statistics.mean(words[n].confidence for n in indices))
    replaced: dict[int, list[Word]] = {}
    dropped: set[int] = set()
    for indices in garbled[:MAX_LINES]:
        line = [words[n] for n in indices]
        _, _, top, bottom = span(line)
        left, right = _widened(image, words, indices)
        crop_left, crop_top = max(0, left - PAD_PX), max(0, top - PAD_PX)
        crop = image[crop_top:bottom + PAD_PX, crop_left:right + PAD_PX]
        before = statistics.mean(w.confidence for w in line)
        for scale in SCALES:
            again = tesseract.image_to_words(crop, lang, timeout_s, psm=SINGLE_LINE,
                                             paper_border=tesseract.CUTOUT_BORDER_PX,
                                             shrink=scale)
            if again and statistics.mean(w.confidence for w in again) >= max(
                    MIN_MEAN, before + MIN_GAIN):
                replaced[indices[0]] = placed_on_page(again, crop_left, crop_top, line[0])
                dropped.update(indices[1:])
                break
    return splice_words(words, replaced, dropped)
