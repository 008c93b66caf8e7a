"""The mark that closes a word (":" or ";", "." or ","), checked against the page pixels."""

import random
from dataclasses import replace

import numpy as np
import pytest

from ocr_pipeline import clean, ocr
from ocr_pipeline._exec import tesseract
from ocr_pipeline.closing_marks import check_closing_marks, comma_or_stop, which_mark
from ocr_pipeline.models import Options, PageImage
from samples.generate import CLEAN, Layout, degrade, draw_page, render_fonts

# semicolons after words with a descender, as Tesseract misreads them, and colons; stops
# before a new sentence and commas
LINES = ["Thành phần: Tổ trưởng; Phó Tổ trưởng; các thành viên.",
         "Kết quả: an toàn thông tin mạng; chuyển đổi số; cộng đồng;",
         "Nơi nhận: phát triển bền vững; xây dựng; thị trường;",
         "Hoàn thành nhiệm vụ. Kinh phí do xã bảo đảm, gồm 14 người.",
         "Tiếp tục triển khai, đôn đốc, kiểm tra thường xuyên. Văn phòng tổng hợp"]
OTHER = {":": ";", ";": ":", ".": ",", ",": "."}


def _page(font):
    image = np.asarray(degrade(draw_page(LINES, Layout(font, 14)), CLEAN, random.Random(0)))
    return clean.preprocess_deskew(PageImage(number=1, image=image, dpi=300), Options(workers=1))


@pytest.mark.parametrize("font", render_fonts(), ids=lambda p: p.stem)
def test_each_mark_is_read_from_its_pixels(font):
    page = _page(font)
    words = tesseract.image_to_words(page.image, "vie", 60, psm=4)
    truth = [w for line in LINES for w in line.split()]
    assert len(words) == len(truth)
    marked = [n for n, w in enumerate(truth) if w[-1] in ":;.,"]
    # every mark given as the other one: the pixels must bring back the page's own
    swapped = [replace(w, text=truth[n][:-1] + OTHER[truth[n][-1]]) if n in marked else w
               for n, w in enumerate(words)]
    checked = [w.text for w in check_closing_marks(swapped, page.image)]
    assert [checked[n][-1] for n in marked] == [truth[n][-1] for n in marked]


def test_ocr_reads_semicolons_after_descenders():
    page = _page(render_fonts()[0])
    lines = [line for line in ocr.create_ocr_text(page, Options(workers=1)).text_raw.splitlines()
             if line.strip()]
    # Tesseract alone reads "cộng đồng:" on this font
    assert lines[1].endswith("cộng đồng;")
    assert "trưởng; Phó" in lines[0] and "mạng; chuyển" in lines[1] and "vững; xây" in lines[2]


def test_a_stop_read_as_a_comma_stays_before_a_small_word():
    # "bộ, công": a comma whose pixels say little is no stop inside a sentence
    page = _page(render_fonts()[0])
    words = tesseract.image_to_words(page.image, "vie", 60, psm=4)
    n = next(n for n, w in enumerate(words) if w.text == "vụ.")
    swapped = [replace(w, text="vụ,") if k == n else w for k, w in enumerate(words)]
    assert check_closing_marks(swapped, page.image)[n].text == "vụ."
    before_small = [*swapped[:n + 1], replace(words[n + 1], text="kinh")]
    assert check_closing_marks(before_small, page.image)[n].text == "vụ,"


def test_unclear_pixels_leave_the_word_as_read():
    blank = np.full((40, 60), 255, np.uint8)
    assert which_mark(blank) is None
    one_dot = blank.copy()
    one_dot[5:30, 5:15] = 0  # a letter's stem
    one_dot[25:30, 40:45] = 0  # a stop, nothing above it
    assert which_mark(one_dot) is None
    assert comma_or_stop(blank) is None
