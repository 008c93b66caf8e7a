"""Check the mark that closes a word (":" or ";", "." or ",") against the page pixels.

Tesseract's ``vie`` model reads a semicolon after a word with a descender ("trưởng;",
"đồng;", "dựng;") as a colon: on the dev renders, 26 of 1,406 semicolons that close a
word came out as colons, and a list of items that each end with ";" then reads as a
run of labels. It also reads a full stop as a comma now and then (10 of 3,511 on the dev
renders: "vụ, Kinh phí", "OCOP," before "3. Tiếp"), and a comma as a stop (3 of 5,285).
The text alone cannot tell them apart; the pixels can.

A colon's or semicolon's two parts stand one above the other at the word's right end: a
colon's are two dots of one height, a semicolon's lower part is a comma, taller than the
dot above it and taller than it is wide. On the dev renders the lower part's height over
the upper's is at most 1.4 for the 681 colons whose two parts were found, at least 1.5
for the 26 semicolons read as colons; DejaVu Serif's comma is nearly as wide as it is
tall (14 by 11 px at 300 dpi).

A stop and a comma are one part at the word's right end, measured against the word's
letters (their median bottom is the baseline, their median height the unit): a stop is
a small round dot on the baseline, a comma larger, taller than wide, and reaching below
the baseline. On the dev renders a stop reaches at most 0.07 below the baseline, a comma
0.19 as a rule but some hardly at all, so a comma read as a stop is only taken back when
the word's part reaches 0.12 below; and a stop read as a comma only when its part is a
small dot on the baseline and what follows starts a sentence or an item (a word in
Title case, a dash, an item's number; the next line's too): "bộ, công" stays.

On the dev renders the checks restore 26 semicolons, 1 colon, 8 stops and 3 commas, and
change no right mark (714 colons, 1,380 semicolons, 3,501 stops, 5,282 commas).

Contract: ``check_closing_marks(words, image) -> words``; only a word whose text ends with
one of ":;.," and has a character before it can change, and only its last character,
when the pixels say clearly which mark it is (every measure past its threshold); where
the parts are not found apart (a speck beside them, a comma touching its dot) the word
stays as read.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import regex

from ocr_pipeline.models import Word

# a comma's height over the dot's above it, and over its own width: past both, a
# semicolon. A colon's two dots differ by a pixel at most, and the lower is round.
SEMICOLON_MIN_RATIO = 1.45
COMMA_MIN_ELONGATION = 1.2
DOT_MAX_ELONGATION = 1.25
MARK_MAX_HEIGHT = 0.45  # of the word box: a part taller than that is a letter
# a lone comma or stop, in the letters' median height below their baseline and in size
COMMA_MIN_BELOW, COMMA_MIN_SIZE, LONE_COMMA_MIN_ELONGATION = 0.12, 0.33, 1.2
STOP_MAX_BELOW, STOP_MAX_SIZE, STOP_MAX_ELONGATION = 0.08, 0.3, 1.3
LETTER_MIN_HEIGHT = 0.3  # of the word box: smaller parts are marks and tone marks
PAD = 2  # px around the box: Tesseract's box may cut the mark's last column
# what starts a sentence or an item after a stop: a word in Title case, a dash, an item's
# number or letter ("3.", "2.1.", "b)")
STARTS_ANEW = regex.compile(r"^(?:\p{Lu}\p{Ll}|[-–+•]$|\d{1,2}(?:\.\d{1,2})*[.)]$|\p{Ll}\)$)")


def _parts(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(left, top, width, height) of the word image's ink parts, specks left out."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    least = max(6.0, (gray.shape[0] / 12) ** 2)  # in px: smaller ink is a speck
    return [(int(stats[k][0]), int(stats[k][1]), int(stats[k][2]), int(stats[k][3]))
            for k in range(1, count) if stats[k][cv2.CC_STAT_AREA] >= least]


def _rightmost(parts: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """The part that ends furthest right; the lower one where two end in the same column."""
    return max(parts, key=lambda p: (p[0] + p[2], p[1] + p[3]))


def mark_parts(gray: np.ndarray) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(height, width) of the lower and the upper part of the mark at the right end of a
    word's image, or None when the rightmost ink is not two parts one above the other."""
    if gray.size == 0:
        return None
    parts = _parts(gray)
    if len(parts) < 3:  # a mark's two parts and a letter at least
        return None
    # the rightmost part and the one straight above or below it (a comma's tail may slant
    # left of its dot)
    right = _rightmost(parts)
    beside = [p for p in parts if p is not right
              and (p[1] + p[3] <= right[1] or right[1] + right[3] <= p[1])
              and p[0] < right[0] + right[2] and right[0] < p[0] + p[2]]
    if len(beside) != 1:
        return None
    upper, lower = sorted((right, beside[0]), key=lambda p: p[1])
    if max(lower[3], upper[3]) > MARK_MAX_HEIGHT * gray.shape[0]:
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


def comma_or_stop(gray: np.ndarray) -> str | None:
    """"," or "." when the pixels of a word's closing mark say clearly which, else None."""
    if gray.size == 0:
        return None
    parts = _parts(gray)
    if len(parts) < 2:
        return None
    mark = _rightmost(parts)
    letters = [p for p in parts if p is not mark and p[3] > LETTER_MIN_HEIGHT * gray.shape[0]]
    if not letters:
        return None
    baseline = float(np.median([p[1] + p[3] for p in letters]))
    unit = float(np.median([p[3] for p in letters]))
    below, size = (mark[1] + mark[3] - baseline) / unit, mark[3] / unit
    elongation = mark[3] / mark[2]
    if below >= COMMA_MIN_BELOW and size >= COMMA_MIN_SIZE and \
            elongation >= LONE_COMMA_MIN_ELONGATION:
        return ","
    if below <= STOP_MAX_BELOW and size <= STOP_MAX_SIZE and elongation <= STOP_MAX_ELONGATION:
        return "."
    return None


def check_closing_marks(words: list[Word], image: np.ndarray) -> list[Word]:
    out = list(words)
    for n, word in enumerate(words):
        read = word.text[-1:]
        if read not in (":", ";", ".", ",") or len(word.text) < 2:
            continue
        gray = word.image_in(image, PAD)
        if read in ":;":
            mark = which_mark(gray)
        else:
            mark = comma_or_stop(gray)
            after = words[n + 1].text if n + 1 < len(words) else ""
            if mark == "." and not STARTS_ANEW.match(after):
                mark = None
        if mark is not None and mark != read:
            out[n] = replace(word, text=word.text[:-1] + mark)
    return out
