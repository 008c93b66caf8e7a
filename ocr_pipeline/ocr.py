"""Stage 3, OCR: Tesseract on a clean page, keeping words, lines and confidences.

Contract: ``create_ocr_text(page, options) -> PageText`` with ``text_raw`` holding the
page's text, one output line per Tesseract line and a blank line between paragraphs;
two columns read as one line are joined by a tab.
A page whose strokes are heavy (a copy made too dark) or light (a copy made too light) is
also read from its copy with thinned or thickened ink (``clean.thin_strokes``,
``clean.thicken_strokes``), and that reading is kept when its mean confidence is higher
(``choose_stroke_weight``); the page's JSON says which (``strokes``).
When the page reads poorly (low confidence) and orientation detection is on, Tesseract's
OSD is asked whether the page is turned; if it is, the page is turned and read again and
the better reading is kept. Asking OSD only then keeps its cost off good pages.
A printed line Tesseract split into two blocks side by side is joined again
(``join_split_lines``). Section markers that start lines are checked against the pixels
(``markers``): Tesseract reads "III." as "II.", now and then a marker as a word of no
confidence, and drops the digit of "1." down a short numbered list. Numbers that must be
digits (a date's day, month and year, a document number) but were read mixed with
letters are read again as digits only (``digits``); a run of words read with almost no
confidence is read again alone (``doubtful_words``); a word read across a table's cell
border ("162" and "57" as "162.57:") is parted by reading each cell alone
(``straddling_words``); a table cell's figure garbled in its row's context ("2,4 km" read
"244km") is read again from the cell alone (``cell_figures``). The mark that closes a word is
checked against the pixels (``closing_marks``): Tesseract reads "đồng;" as "đồng:" and,
now and then, a full stop as a comma. A letter or digit read from a box far flatter
than the page's words (a stroke) is dropped (``drop_flat_words``).
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import replace

import numpy as np
import regex

from ocr_pipeline import clean
from ocr_pipeline._exec import tesseract
from ocr_pipeline.cell_figures import reread_table_figures
from ocr_pipeline.closing_marks import check_closing_marks
from ocr_pipeline.digits import join_split_numbers, reread_digit_slots, reread_split_numbers
from ocr_pipeline.doubtful_words import reread_doubtful_words
from ocr_pipeline.garbled_lines import reread_garbled_lines
from ocr_pipeline.markers import recount_roman_markers, reread_doubtful_line_starts, word_lines
from ocr_pipeline.missed_lines import recover_missed_lines
from ocr_pipeline.models import CleanPage, Options, PageText, Word, span
from ocr_pipeline.straddling_words import split_straddling_words

# Tesseract's "single column of text" mode. Its default (3, full layout analysis) splits
# the digits of a short numbered list off as a column of their own and loses them ("1."
# read as "."); reports are one column, and a two-column header or signature block read
# across as one line is what the parser expects. Dev pages: CER 0.12% -> 0.10%.
PAGE_SEGMENTATION = 4
# Two columns read as one line (the header, the number beside the place and date, the
# recipients beside the signature, a minutes' two signatures) are set apart by a tab, as
# the source text has them: their gap is far wider than a word space. On the dev renders
# word gaps are at most 1.5 word heights, column gaps 1.0-18 (the header's tightest);
# from 3 on, every gap is a column's.
COLUMN_GAP = 3.0  # in word heights (the line's median)
# a table's cells are closer than that, but a vertical rule stands between them; a word's
# box may reach a pixel or two past it
RULE_SLACK_PX = 4
SAME_ROW_OVERLAP = 0.6  # of the lower line's height
LOW_CONFIDENCE = 65.0
# a word box this flat beside the page's median word height holds no letter or digit: a
# superscript "²" is about half as high; the dev renders' 6 such words were all specks
# ("1a", "Š", "Ẫ" 4-9 px high among words 41-47 px high)
FLAT_WORD_HEIGHT = 0.3
WORD_CHARACTER = regex.compile(r"[\p{L}\d]")
MIN_WORDS = 8
# A page with heavy strokes is read from its thinned copy when that reads with a mean word
# confidence this much higher. Dev pages copied too dark gained 3-8 points on their body
# pages; a page of a few lines lost 2. Pages in a scanner's blurred black border, as heavy,
# read within 0.7 either way, and pages printed as they should be lost 0.5-10. The same
# for a page with light strokes and its thickened copy.
RESTROKED_MIN_GAIN = 1.0
MIN_OSD_CONFIDENCE = 2.0


def word_places(words: list[Word]) -> list[tuple[int, int]]:
    """Where ``words_to_text`` puts each word: (line, k), the k-th word of that line."""
    places: list[tuple[int, int]] = []
    previous: tuple[int, int, int] | None = None
    line, k = 0, 0
    for word in words:
        key = word.line_key
        if previous is not None and key != previous:
            line += 2 if key[:2] != previous[:2] else 1  # a blank line between paragraphs
            k = 0
        places.append((line, k))
        k += 1
        previous = key
    return places


def words_to_text(words: list[Word],
                  vertical_rules: list[tuple[int, int, int, int]] | None = None) -> str:
    """The page's text; ``vertical_rules`` (left, right, top, bottom): the cell borders
    the clean stage removed, each a column's gap too."""
    places = word_places(words)
    lines: list[list[Word]] = [[] for _ in range(places[-1][0] + 1 if places else 0)]
    for word, (line, _) in zip(words, places, strict=True):
        lines[line].append(word)
    return "\n".join(_join_line(line, vertical_rules or []) for line in lines)


def _join_line(words: list[Word], vertical_rules: list[tuple[int, int, int, int]]) -> str:
    if not words:
        return ""
    height = statistics.median(w.box[3] for w in words)
    parts = [words[0].text]
    for before, word in itertools.pairwise(words):
        end, start = before.box[0] + before.box[2], word.box[0]
        middle = before.box[1] + before.box[3] // 2
        # a rule may lie inside the word before: its box takes in what is left of the rule
        ruled = any(before.box[0] < left and right <= start + RULE_SLACK_PX
                    and top <= middle <= bottom for left, right, top, bottom in vertical_rules)
        wide = height > 0 and start - end > COLUMN_GAP * height
        parts.append("\t" if ruled or wide else " ")
        parts.append(word.text)
    return "".join(parts)


def join_split_lines(words: list[Word]) -> list[Word]:
    """Words of one printed line that Tesseract put in two blocks side by side (it takes
    a page photographed in uneven light for columns) made one line again, left to right,
    where the first part is: the part read later is moved up. Two lines are one printed
    line when they overlap by most of their height and not at all across."""
    lines = [[words[n] for n in line] for line in word_lines(words)]
    boxes = [span(line) for line in lines]
    joined: dict[int, int] = {}  # a part's line -> the line it joins
    for n in range(len(lines)):
        if n in joined:
            continue
        for m in range(n + 1, len(lines)):
            if m not in joined and lines[m][0].block != lines[n][0].block and _same_row(
                    boxes[n], boxes[m]):
                joined[m] = n
    if not joined:
        return words
    out: list[Word] = []
    for n, line in enumerate(lines):
        if n in joined:
            continue
        parts = [w for m in sorted(joined) if joined[m] == n for w in lines[m]]
        first = line[0]
        out.extend(replace(w, block=first.block, paragraph=first.paragraph, line=first.line)
                   for w in sorted([*line, *parts], key=lambda w: w.box[0]))
    return out


def _same_row(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    overlap = min(a[3], b[3]) - max(a[2], b[2])
    height = min(a[3] - a[2], b[3] - b[2])
    return height > 0 and overlap >= SAME_ROW_OVERLAP * height and (
        a[1] <= b[0] or b[1] <= a[0])


def mean_confidence(words: list[Word]) -> float | None:
    scores = [w.confidence for w in words if w.confidence >= 0]
    return round(sum(scores) / len(scores), 2) if scores else None


def drop_flat_words(words: list[Word]) -> list[Word]:
    """``words`` less letters and digits in a box far flatter than the page's words: a
    stroke or speck Tesseract read as one ("1" at 40 from a 3-px-high stroke beside the
    signature of a new notice's photo). Marks may be flat ("-", "_", "...")."""
    heights = [w.box[3] for w in words if w.confidence >= 0]
    if not heights:
        return words
    least = FLAT_WORD_HEIGHT * statistics.median(heights)
    return [w for w in words if w.box[3] >= least or not WORD_CHARACTER.search(w.text)]


def _page_words(image: np.ndarray, options: Options) -> list[Word]:
    return drop_flat_words(tesseract.image_to_words(
        image, options.lang, options.page_timeout_s, psm=PAGE_SEGMENTATION))


def choose_stroke_weight(page: CleanPage, options: Options) -> tuple[CleanPage, list[Word]]:
    """The page as cleaned, or its copy with thinned or thickened ink
    (``CleanPage.restroked``, a page whose strokes are heavy or light) when Tesseract reads
    that with a mean confidence ``RESTROKED_MIN_GAIN`` higher; with the words read from it."""
    words = _page_words(page.image, options)
    if page.restroked is None:
        return page, words
    restroked_words = _page_words(page.restroked, options)
    if (mean_confidence(restroked_words) or 0.0) >= (
            mean_confidence(words) or 0.0) + RESTROKED_MIN_GAIN:
        return replace(page, image=page.restroked, restroked=None, strokes=page.restroke), \
            restroked_words
    return replace(page, restroked=None), words


def _read(page: CleanPage, options: Options, words: list[Word] | None = None) -> PageText:
    """The page's text; ``words``: its page read, if done already."""
    if words is None:
        words = _page_words(page.image, options)
    words = recover_missed_lines(words, page.image, options.lang, options.page_timeout_s)
    words = reread_garbled_lines(words, page.image, options.lang, options.page_timeout_s)
    words = reread_doubtful_line_starts(words, page.image, options.lang, options.page_timeout_s)
    words = recount_roman_markers(words, page.image)
    words = join_split_numbers(words)
    words = reread_split_numbers(words, page.image, options.lang, options.page_timeout_s)
    words = reread_digit_slots(words, page.image, options.lang, options.page_timeout_s)
    words = split_straddling_words(words, page.image, page.vertical_rules, options.lang,
                                   options.page_timeout_s)
    words = reread_doubtful_words(words, page.image, page.vertical_rules, options.lang,
                                  options.page_timeout_s)
    words = reread_table_figures(words, page.image, page.vertical_rules, options.lang,
                                 options.page_timeout_s)
    words = check_closing_marks(words, page.image)
    words = join_split_lines(words)
    text = words_to_text(words, page.vertical_rules)
    return PageText(
        number=page.number, source="ocr", text_raw=text, text=text,
        skew_degrees=page.skew_degrees, rotation=page.rotation,
        strokes=page.strokes,
        ocr_confidence=mean_confidence(words), words=words, warnings=list(page.warnings),
    )


def _reads_poorly(result: PageText) -> bool:
    return len(result.words) < MIN_WORDS or (result.ocr_confidence or 0.0) < LOW_CONFIDENCE


def create_ocr_text(page: CleanPage, options: Options) -> PageText:
    page, words = choose_stroke_weight(page, options)
    result = _read(page, options, words)
    if options.detect_orientation and _reads_poorly(result):
        turn, confidence = tesseract.orientation(page.image, options.page_timeout_s)
        if turn and confidence >= MIN_OSD_CONFIDENCE:
            turned = _read(clean.rotate_upright(page, turn), options)
            if len(turned.words) > 0 and (turned.ocr_confidence or 0) > (
                result.ocr_confidence or 0
            ):
                result = turned
    if not result.words:
        result.warnings.append(f"page {page.number}: no text found (blank page?)")
    return result
