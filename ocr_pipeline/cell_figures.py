"""Re-read a table cell's figure that Tesseract garbled in the row's context.

Read as part of a long table row, a cell such as "2,4 km" comes out as "244km" (the
comma read as a 4, the space lost), "1,8 km" as "18km" or "I8km", "250 m2" as "250m2";
the same cell cut out alone, between the vertical rules the clean stage found, reads
right (our OCR of a new report's table, both renders). A word of a ruled cell that holds
a digit is read again from the cell alone when it looks garbled: a digit glued to a
letter ("244km", "I8km") or a low confidence.

The re-read replaces the cell's words only when it is a better reading of the same
thing: its words' mean confidence is higher (or the first reading glued a figure to a
letter), its letters (look-alikes of digits aside) are the first reading's, and its
figures are the first reading's with only a comma or stop put in ("18" -> "1,8") or read
for the digit the first reading had in its place ("244" -> "2,4"); none changed or taken
out ("1.850" is not "1,850"), spaces aside. A re-read that changes, adds or drops a digit
otherwise is not taken: a plausible wrong figure is worse than a garbled one. A figure
the re-read reads with a look-alike ("I,8") is the figure ("1,8"). The cell is cut out
between its rules with white around it.

Contract: ``reread_table_figures(words, image, vertical_rules, lang, timeout_s) ->
words``; only the words of such cells change, at most MAX_CELLS Tesseract calls a page.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import regex

from ocr_pipeline._exec import tesseract
from ocr_pipeline.models import Word, span

MAX_CELLS = 12
LOW_CONFIDENCE = 50.0  # Tesseract's 0-100
PAD_PX = 4  # of the page above and below the cell's words
RULE_SLACK_PX = 4  # a word's box may reach a pixel or two past a rule
# Tesseract's single-line mode: a cell is one line
SINGLE_LINE = 7
GLUED = regex.compile(r"\d\p{L}")
DIGIT_LOOKALIKES = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0"})
SEPARATORS = ",."
FIGURE_WITH_LOOKALIKE = regex.compile(r"[0-9Il|O]+(?:[,.][0-9Il|O]+)*")


def _cell_bounds(word: Word, rules: list[tuple[int, int, int, int]]) -> tuple[int, int] | None:
    """The inner edges (left, right) of the two rules on either side of ``word``."""
    left, top, width, height = word.box
    middle = top + height // 2
    around = [r for r in rules if r[2] <= middle <= r[3]]
    before = [r[1] for r in around if r[1] <= left + RULE_SLACK_PX]
    after = [r[0] for r in around if r[0] >= left + width - RULE_SLACK_PX]
    if not before or not after:
        return None
    return max(before), min(after)


def _figures(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() or ch in SEPARATORS)


def _separators(figures: str) -> set[tuple[int, str]]:
    """Each separator of ``figures`` with the number of digits before it."""
    found, digits = set(), 0
    for ch in figures:
        if ch.isdigit():
            digits += 1
        else:
            found.add((digits, ch))
    return found


def _letters(text: str) -> str:
    return regex.sub(r"[^\p{L}]", "", text.translate(DIGIT_LOOKALIKES))


def same_figures(first: str, again: str) -> bool:
    """Whether ``again`` reads the figures of ``first`` with only separators put in or
    read for a digit ("244km" -> "2,4 km", "I8km" -> "1,8 km", "250m2" -> "250 m2"), its
    letters kept."""
    if _letters(first) != _letters(again):
        return False
    old, new = _figures(first.translate(DIGIT_LOOKALIKES)), _figures(again)
    if old.strip(SEPARATORS) == "":
        return False
    digits_old = "".join(ch for ch in old if ch.isdigit())
    digits_new = "".join(ch for ch in new if ch.isdigit())
    if digits_old == digits_new:
        # separators put in, none changed or taken out ("1.850" is not "1,850")
        return _separators(old) <= _separators(new)
    # one separator read as a digit ("2,4" as "244")
    if len(old) != len(new):
        return False
    swapped = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return len(swapped) == 1 and swapped[0][0].isdigit() and swapped[0][1] in SEPARATORS


def _as_figure(text: str) -> str:
    """A figure with a look-alike for a digit is the figure ("I,8" -> "1,8")."""
    if FIGURE_WITH_LOOKALIKE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return text.translate(DIGIT_LOOKALIKES)
    return text


def _mean_confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words)


def _doubtful(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text) and (
        GLUED.search(word.text) is not None or 0 <= word.confidence < LOW_CONFIDENCE)


def reread_table_figures(words: list[Word], image: np.ndarray,
                         vertical_rules: list[tuple[int, int, int, int]], lang: str,
                         timeout_s: float) -> list[Word]:
    if not vertical_rules:
        return words
    replaced: dict[int, list[Word]] = {}  # the first word of a cell -> its new words
    dropped: set[int] = set()
    budget = MAX_CELLS
    for n, word in enumerate(words):
        if n in dropped or n in replaced or not _doubtful(word) or not budget:
            continue
        bounds = _cell_bounds(word, vertical_rules)
        if bounds is None:
            continue
        inner_left, inner_right = bounds
        cell = [k for k, w in enumerate(words) if w.line_key == word.line_key
                and inner_left - RULE_SLACK_PX <= w.box[0]
                and w.box[0] + w.box[2] <= inner_right + RULE_SLACK_PX]
        cell_words = [words[k] for k in cell]
        _, _, top, bottom = span(cell_words)
        budget -= 1
        crop_top = max(0, top - PAD_PX)
        crop = image[crop_top:bottom + PAD_PX, inner_left + 1:max(inner_left + 1, inner_right)]
        if crop.size == 0:
            continue
        again = [replace(w, text=_as_figure(w.text)) for w in tesseract.image_to_words(
            crop, lang, timeout_s, psm=SINGLE_LINE, white_border=tesseract.CUTOUT_BORDER_PX)]
        first_text = " ".join(w.text for w in cell_words)
        again_text = " ".join(w.text for w in again)
        # a figure glued to a letter is misread whatever Tesseract's confidence in it
        # ("24km" at 95; its re-read "1,8 km" came at 19, "2,4 km" at 96)
        if not again or not same_figures(first_text, again_text) or not (
                GLUED.search(first_text) or
                _mean_confidence(again) > _mean_confidence(cell_words)):
            continue
        shifted = [replace(w, box=(w.box[0] + inner_left + 1, w.box[1] + crop_top, w.box[2],
                                   w.box[3]), block=word.block, paragraph=word.paragraph,
                           line=word.line) for w in again]
        replaced[cell[0]] = shifted
        dropped.update(cell[1:])
    if not replaced:
        return words
    result: list[Word] = []
    for n, word in enumerate(words):
        if n in dropped:
            continue
        result.extend(replaced.get(n, [word]))
    return result
