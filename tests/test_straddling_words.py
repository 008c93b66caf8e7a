"""A word Tesseract read across a table's cell border, parted again from the two cells
read alone: real Tesseract on a rendered table."""

from dataclasses import replace

import numpy as np
import pytest

from ocr_pipeline import clean, ocr
from ocr_pipeline.models import Options, PageImage, Word, span
from ocr_pipeline.straddling_words import split_straddling_words
from samples.generate import RENDER_DPI, Layout, draw_page, render_fonts

# dev batch 64's table of dogs and cats, its narrow columns
TABLE = [
    "III. SỐ LƯỢNG DỰ KIẾN",
    "| TT | Bản | Số hộ nuôi | Chó | Mèo | Vắc xin (liều) |",
    "| 1 | Bản Pá Lông | 96 | 134 | 41 | 175 |",
    "| 2 | Bản Co Muông | 72 | 105 | 28 | 133 |",
    "| 3 | Bản Nà Tàu | 110 | 162 | 57 | 219 |",
]


@pytest.fixture(scope="module")
def table_page():
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(TABLE, Layout(font, 13)).convert("L"))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI), options)
    words = ocr.create_ocr_text(page, options).words
    return page, words


def _glued(words: list[Word], first: str, second: str, read: str,
           confidence: float = 78.0) -> list[Word]:
    """``words`` with the row's ``first`` and ``second`` read as one word, ``read``, at
    ``confidence``."""
    n = next(k for k, w in enumerate(words[:-1])
             if w.text == first and words[k + 1].text == second)
    left, right, top, bottom = span(words[n:n + 2])
    glued = replace(words[n], text=read, confidence=confidence,
                    box=(left, top, right - left, bottom - top))
    return [*words[:n], glued, *words[n + 2:]]


@pytest.mark.parametrize("read", ["162.57:", "162157", "16257"])
def test_a_word_read_across_a_cell_border_is_two_cells_again(table_page, read):
    page, words = table_page
    assert "162\t57" in ocr.words_to_text(words, page.vertical_rules)  # as the page read
    glued = _glued(words, "162", "57", read)
    assert f"\t{read}\t" in ocr.words_to_text(glued, page.vertical_rules)
    parted = split_straddling_words(glued, page.image, page.vertical_rules, "vie", 30.0)
    assert "\t110\t162\t57\t219" in ocr.words_to_text(parted, page.vertical_rules)


def test_a_word_whose_cells_read_otherwise_stays(table_page):
    page, words = table_page
    # the two cells alone read "162" and "57": no reading of "163.57", which Tesseract
    # was fairly sure of
    glued = _glued(words, "162", "57", "163.57")
    assert split_straddling_words(glued, page.image, page.vertical_rules, "vie", 30.0) == glued
    # and a word inside its cell is no straddler
    assert split_straddling_words(words, page.image, page.vertical_rules, "vie", 30.0) == words


def test_an_unsure_word_across_a_cell_border_may_have_misread_a_digit(table_page):
    # dev batch 67's "Phúlợi.315:" at 32 for the cells "Phú Lợi" and "318"
    page, words = table_page
    glued = _glued(words, "96", "134", "96.154:", confidence=32.0)
    parted = split_straddling_words(glued, page.image, page.vertical_rules, "vie", 30.0)
    assert "\t96\t134\t41" in ocr.words_to_text(parted, page.vertical_rules)
    glued = _glued(words, "96", "134", "96.154:", confidence=78.0)
    assert split_straddling_words(glued, page.image, page.vertical_rules, "vie", 30.0) == glued
    glued = _glued(words, "96", "134", "96.185:", confidence=32.0)  # two digits off
    assert split_straddling_words(glued, page.image, page.vertical_rules, "vie", 30.0) == glued
