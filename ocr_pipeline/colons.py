"""Check a word's closing colon or semicolon against the page pixels.

Tesseract's ``vie`` model reads a semicolon after a word with a descender ("trưởng;",
"đồng;", "dựng;") as a colon: on the dev renders, 26 of 1,406 semicolons that close a
word came out as colons, and a list of items that each end with ";" then reads as a
run of labels. The text alone cannot tell them apart; the pixels can. The mark's two
parts stand one above the other at the word's right end: a colon's are two dots of one
height, a semicolon's lower part is a comma, taller than the dot above it and taller
than it is wide. On the dev renders the lower part's height over the upper's is at most
1.4 for the 681 colons whose two parts were found, at least 1.5 for the 26 semicolons read
as colons; DejaVu Serif's comma is nearly as wide as it is tall (14 by 11 px at 300 dpi).
On those renders the check restores all 26 and changes no right mark (714 colons, 1,380
semicolons).

Contract: ``check_colons(words, image) -> words``; only a word whose text ends with ":"
or ";" can change, and only its last character, when the pixels say clearly which mark it
is (both measures past their thresholds); where the two parts are not found apart (a
speck beside them, a comma touching its dot) the word stays as read.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from ocr_pipeline.models import Word

# a comma's height over the dot's above it, and over its own width: past both, a
# semicolon. A colon's two dots differ by a pixel at most, and the lower is round.
SEMICOLON_MIN_RATIO = 1.45
COMMA_MIN_ELONGATION = 1.2
DOT_MAX_ELONGATION = 1.25
MARK_MAX_HEIGHT = 0.45  # of the word box: a part taller than that is a letter
PAD = 2  # px around the box: Tesseract's box may cut the mark's last column


def mark_parts(gray: np.ndarray) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(height, width) of the lower and the upper part of the mark at the right end of a
    word's image, or None when the rightmost ink is not two parts one above the other."""
    if gray.size == 0:
        return None
    height = gray.shape[0]
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    least = max(6.0, (height / 12) ** 2)  # in px: smaller ink is a speck
    parts = [tuple(int(v) for v in stats[k]) for k in range(1, count)
             if stats[k][cv2.CC_STAT_AREA] >= least]
    if len(parts) < 3:  # a mark's two parts and a letter at least
        return None
    # the rightmost part and the one straight above or below it (a comma's tail may slant
    # left of its dot)
    right = max(parts, key=lambda p: (p[0] + p[2], p[1] + p[3]))
    beside = [p for p in parts if p is not right
              and (p[1] + p[3] <= right[1] or right[1] + right[3] <= p[1])
              and p[0] < right[0] + right[2] and right[0] < p[0] + p[2]]
    if len(beside) != 1:
        return None
    upper, lower = sorted((right, beside[0]), key=lambda p: p[1])
    if max(lower[3], upper[3]) > MARK_MAX_HEIGHT * height:
        return None
    return (lower[3], lower[2]), (upper[3], upper[2])


def which_mark(gray: np.ndarray) -> str | None:
    """":" or ";" when the pixels of a word's closing mark say clearly which, else None."""
    parts = mark_parts(gray)
    if parts is None:
        return None
    (low_h, low_w), (up_h, _) = parts
    ratio, elongation = low_h / up_h, low_h / low_w
    if ratio >= SEMICOLON_MIN_RATIO and elongation >= COMMA_MIN_ELONGATION:
        return ";"
    if low_h - up_h <= 1 and elongation <= DOT_MAX_ELONGATION:
        return ":"
    return None


def check_colons(words: list[Word], image: np.ndarray) -> list[Word]:
    out = list(words)
    for n, word in enumerate(words):
        if word.text[-1:] not in (":", ";") or len(word.text) < 2:
            continue
        left, top, width, height = word.box
        gray = image[max(0, top - PAD):top + height + PAD,
                     max(0, left - PAD):left + width + PAD]
        mark = which_mark(gray)
        if mark is not None and mark != word.text[-1]:
            out[n] = replace(word, text=word.text[:-1] + mark)
    return out
