"""Part a word Tesseract read across a table's cell border into the two cells' words.

The clean stage removes a table's rules and keeps where the vertical ones stood; two
figures close on either side of a removed rule may still come out of Tesseract as one
word: a narrow column's "162" and the next one's "57" read "162.57:" or "162157" (the
rule's trace read as a stop or a 1), "105" and "28" as "105.28." (dev batch 64's table
of dogs and cats, both renders, at 75-88). Such a word's box holds a rule. Each side of
the rule, its cell up to the next rule, is read again alone (at smaller sizes until the
reading is sure: Tesseract read a crisp "57" alone as "TM" at full size), and the two
readings are taken when together they hold the word's letters and digits (its stops and
other signs aside, case aside), or all but one of them (the rule's trace read as a 1), or
all with one of them another when Tesseract was unsure of the word (under
``UNSURE_WORD``: "Phúlợi.315:" at 32 across a name's cell and a count's, read alone "Phú
Lợi" and "318", dev batch 67), each word read at ``SURE_SIDE`` or more: the rule then
parts them as any cell border does.

Contract: ``split_straddling_words(words, image, vertical_rules, lang, timeout_s) ->
words``; only words whose box holds a rule change; at most ``MAX_WORDS`` such words a
page are read again (each side at up to three sizes), the page's first.
"""

from __future__ import annotations

import numpy as np
import regex
from rapidfuzz.distance import Levenshtein

from ocr_pipeline.cell_figures import PAD_PX, RULE_SLACK_PX, read_cell_alone, rule_edges
from ocr_pipeline.models import Word, placed_on_page, splice_words

MAX_WORDS = 8
SURE_SIDE = 80.0  # Tesseract's 0-100
# under this, the word's reading may have one letter or digit other than its sides' read
# alone; the glued figures of dev batch 64 came at 75-88, each digit right
UNSURE_WORD = 50.0
# sizes a side is read at, the next when a reading is not sure: a crisp "57", 41 px high,
# cut out alone read "TM" at 0 and "S7" at 66 at 0.75 of its size, "57" at 96 at half
SCALES = (1.0, 0.75, 0.5)
LETTERS_AND_DIGITS = regex.compile(r"[\p{L}\d]")
# the ink on a side of the rule must be this wide to be a cell's text, not a speck
MIN_SIDE_PX = 8


def _cells_around_rule(word: Word, rules: list[tuple[int, int, int, int]]
                       ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two cells, (left, right) each, either side of the one rule that stands inside
    ``word``'s box, clear of its edges, across its middle (a cell reaches the next rule,
    or the word's end and a little more); None for none or more than one such rule."""
    left, top, width, height = word.box
    right, middle = left + width, top + height // 2
    inside = [r for r in rules if r[2] <= middle <= r[3]
              and left + MIN_SIDE_PX + RULE_SLACK_PX <= r[0]
              and r[1] <= right - MIN_SIDE_PX - RULE_SLACK_PX]
    if len(inside) != 1:
        return None
    rule = inside[0]
    before, after = rule_edges(word, rules)
    return ((max(0, left - PAD_PX) if before is None else before + 1, rule[0]),
            (rule[1] + 1, right + PAD_PX if after is None else after))


def _sure_reading(crop: np.ndarray, lang: str, timeout_s: float) -> list[Word]:
    """The side's words read alone at the first of ``SCALES`` that reads them all at
    ``SURE_SIDE`` or more; none if no scale does."""
    for scale in SCALES:
        words = read_cell_alone(crop, scale, lang, timeout_s)
        if words and min(w.confidence for w in words) >= SURE_SIDE:
            return words
    return []


def _core(text: str) -> str:
    return "".join(LETTERS_AND_DIGITS.findall(text))


def split_straddling_words(words: list[Word], image: np.ndarray,
                           vertical_rules: list[tuple[int, int, int, int]], lang: str,
                           timeout_s: float) -> list[Word]:
    if not vertical_rules:
        return words
    replaced: dict[int, list[Word]] = {}
    straddling = [(n, sides) for n, word in enumerate(words)
                  if (sides := _cells_around_rule(word, vertical_rules)) is not None]
    for n, sides in straddling[:MAX_WORDS]:
        word = words[n]
        _, top, _, height = word.box
        crop_top = max(0, top - PAD_PX)
        bottom = top + height + PAD_PX
        readings = [_sure_reading(image[crop_top:bottom, start:end], lang, timeout_s)
                    for start, end in sides]
        if not all(readings):
            continue
        together, read = "".join(_core(w.text) for side in readings for w in side), \
            _core(word.text)
        edits = Levenshtein.distance(read.casefold(), together.casefold())
        if edits > 1 or len(together) > len(read) or (
                edits and len(together) == len(read) and word.confidence >= UNSURE_WORD):
            continue
        replaced[n] = [w for (start, _), side in zip(sides, readings, strict=True)
                       for w in placed_on_page(side, start, crop_top, word)]
    return splice_words(words, replaced, set())
