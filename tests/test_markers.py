"""Section markers at line starts, checked against the pixels (real Tesseract)."""

import random

import numpy as np
import pytest
import regex

from ocr_pipeline import clean, ocr, parse
from ocr_pipeline.markers import (
    _next_list_number,
    count_crossings,
    recount,
    recount_inline,
    without_last_glyph,
    word_lines,
)
from ocr_pipeline.models import Options, PageImage, Word
from samples.generate import CLEAN, Layout, degrade, draw_page, font_face, render_fonts

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@pytest.mark.parametrize(("read", "crossings", "expected"), [
    ("II.", 3, "III."), ("VII.", 5, "VIII."), ("IL", 1, "I."), ("IL.", 1, "I."),
    ("1X.", 2, "IX."), ("IV.", 3, "IV."), ("II", 3, "III"), ("|.", 1, "I."),
    ("X.", 1, "X."), ("V.", 2, "V."), ("H.", 2, "II."), ("HI.", 3, "III."), ("IH.", 3, "III."),
])
def test_recount_from_stems(read, crossings, expected):
    assert recount(read, crossings) == expected


@pytest.mark.parametrize(("read", "crossings"), [
    ("1.", 1), ("11.", 2), ("l", 1), ("II.", 7), ("IV.", 5), ("XV.", 3), ("Kết", 3), ("H", 2),
    ("HA.", 2),
])
def test_recount_leaves_other_words(read, crossings):
    assert recount(read, crossings) is None


@pytest.mark.parametrize(("read", "crossings", "expected"), [
    ("II", 3, "III"), ("HI,", 3, "III,"), ("VIH,", 5, "VIII,"), ("1V", 3, "IV"),
    ("H,", 2, "II,"), ("TIII", 3, "III"), ("X", 1, "X"), ("ÏI", 1, "I"),
])
def test_inline_numeral_recount(read, crossings, expected):
    assert recount_inline(read, crossings) == expected


def test_a_speck_between_stems_is_no_stroke():
    # "II" with a speck between its stems, as on a dev render where it was read "III"
    box = np.full((40, 40), 255, np.uint8)
    box[4:36, 6:11] = 0
    box[4:36, 28:33] = 0
    assert count_crossings(box) == 2
    box[18:21, 18:21] = 0
    assert count_crossings(box) == 2
    box[4:36, 18:21] = 0  # a third stem
    assert count_crossings(box) == 3


@pytest.mark.parametrize(("read", "crossings"), [("1", 1), ("11", 2), ("năm", 3), ("II", 9)])
def test_inline_recount_leaves_other_words(read, crossings):
    assert recount_inline(read, crossings) is None


def _ocr_lines(font, size_pt, lines):
    image = np.asarray(degrade(draw_page(lines, Layout(font, size_pt)), CLEAN, random.Random(0)))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=300), options)
    return [line for line in ocr.create_ocr_text(page, options).text_raw.splitlines()
            if line.strip()]


def _heading_labels(font, size_pt, lines):
    return [(parse.heading(line) or ("", "?", ""))[1] for line in _ocr_lines(font, size_pt, lines)]


@pytest.mark.parametrize("font", render_fonts(), ids=lambda p: p.stem)
def test_roman_headings_read_right_on_each_font(font):
    # Tesseract alone reads "III." as "II." on all of these fonts
    lines = [f"{r}. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" for r in ROMANS]
    labels = _heading_labels(font, 13, lines)
    right = sum(a == f"{r}." for a, r in zip(labels, ROMANS, strict=False))
    assert len(labels) == len(ROMANS)
    assert labels[2] == "III."
    assert right >= 9


@pytest.mark.parametrize("font", render_fonts(), ids=lambda p: p.stem)
def test_bold_roman_headings_read_right(font):
    # in bold, serifs join two stems: Tesseract read "II." as "H." (DejaVu Serif at 14 pt)
    # and "III." as "HI." (FreeSerif at 13 pt)
    lines = [f"{r}. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" for r in ROMANS]
    for size in (13, 14):
        assert _heading_labels(font_face(font, "bold"), size, lines) == [f"{r}." for r in ROMANS]


def test_short_numbered_list_keeps_its_digits():
    # Tesseract's default layout analysis reads this list as ". Trang bị ..." on every font
    items = ["Trang bị máy tính cho Bộ phận Một cửa.", "Trang bị máy quét tài liệu.",
             "Nâng cấp đường truyền Internet.", "Tập huấn kỹ năng số cho công chức.",
             "Hỗ trợ tổ công nghệ số cộng đồng.", "Số hóa hồ sơ hộ tịch.",
             "Mua sắm phần mềm diệt virus.", "Xây dựng trang thông tin điện tử của xã."]
    lines = ["II. NỘI DUNG ĐỀ NGHỊ"] + [f"{n}. {t}" for n, t in enumerate(items, 1)]
    for font in render_fonts():
        labels = _heading_labels(font, 13, lines)
        assert labels[1:] == [f"{n}." for n in range(1, len(items) + 1)], font.stem


@pytest.mark.parametrize("font", render_fonts(), ids=lambda p: p.stem)
def test_roman_numerals_inside_sentences_read_right(font):
    # without the recount, Tesseract reads "quý III" as "quý II" or "quý HI" on these fonts
    lines = [f"Kết quả quý {r} năm 2025, khóa {r}, Kho bạc khu vực {r}, đã xong."
             for r in ROMANS]
    read = [regex.findall(r"(?:quý|khóa|vực) ([^\s,]+)", line)
            for line in _ocr_lines(font, 14, lines)]
    right = sum(found == r for line, r in zip(read, ROMANS, strict=False) for found in line)
    assert len(read) == len(ROMANS)
    assert read[2] == ["III"] * 3
    assert right >= 28  # of 30


def test_a_mark_after_an_inline_numeral_is_no_stem():
    # a semicolon's dot crosses the middle band as a stem does: a new report's "quý II;"
    # was recounted "III;"
    box = np.full((40, 60), 255, np.uint8)
    box[4:36, 6:11] = 0
    box[4:36, 24:29] = 0
    box[16:23, 44:50] = 0  # the semicolon's dot
    box[30:38, 44:49] = 0  # and its comma
    assert count_crossings(box) == 3
    assert count_crossings(without_last_glyph(box)) == 2
    assert without_last_glyph(box[:, :20]).shape == (40, 20)  # one glyph: nothing cut


@pytest.mark.parametrize("font", render_fonts(), ids=lambda p: p.stem)
def test_inline_numerals_before_a_mark_read_right(font):
    numerals = ["I;", "II;", "III:", "IV;", "II)", "III)"]
    lines = [f"Tăng so với {'(' if n.endswith(')') else ''}quý {n} kết quả năm 2025 đã xong."
             for n in numerals]
    read = [regex.findall(r"quý (\S+)", line) for line in _ocr_lines(font, 14, lines)]
    assert read == [[n] for n in numerals]


def _recounted(line: str, misread: str, before: str | None = None) -> str:
    """What the recount makes of the "III" of ``line`` rendered and read by Tesseract,
    with ``misread`` given to it (and ``before`` to the word two before it)."""
    from dataclasses import replace

    from ocr_pipeline.markers import recount_roman_markers

    image = np.asarray(degrade(draw_page([line], Layout(render_fonts()[0], 14)), CLEAN,
                               random.Random(0)))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=300), options)
    words = ocr.create_ocr_text(page, options).words
    k = next(n for n, w in enumerate(words) if w.text == "III")
    given = {k: misread} if before is None else {k: misread, k - 2: before}
    words = [replace(w, text=given[n]) if n in given else w for n, w in enumerate(words)]
    return recount_roman_markers(words, page.image)[k].text


def test_a_floods_alert_level_is_recounted_after_bao_dong():
    # "lũ vượt báo động III" read "báo động HII" (a dev report on a storm)
    line = "lũ vượt báo động III trên sông Gianh."
    assert _recounted(line, "HII") == "III"
    # "động" alone is no numeral's word: other capitals follow it
    assert _recounted(line, "HII", before="động") == "HII"


def test_a_numeral_listed_after_a_quarters_numeral_is_recounted():
    # "Quý II, III" in a new plan's table, its III read "II" in both renders
    line = "Tuyên truyền trong quý II, III và IV năm 2028."
    assert _recounted(line, "II") == "III"
    # not after a numeral that follows no such word
    assert _recounted(line, "II", before="trong") == "II"


def _word(text: str, confidence: float, x: int, y: int, w: int, line: int) -> Word:
    return Word(text=text, confidence=confidence, box=(x, y, w, 40), block=1, paragraph=1,
                line=line)


def _list_lines(first: str, confidence: float, x: int = 360) -> list[Word]:
    return [_word("6.", 95, 360, 2000, 40, 1), _word("Bà", 96, 418, 2000, 60, 1),
            _word("Nhung,", 96, 500, 2000, 120, 1),
            _word(first, confidence, x, 2085, 38, 2), _word("Ông", 96, 418, 2085, 95, 2),
            _word("Toàn,", 95, 530, 2085, 126, 2)]


def test_a_list_items_unreadable_number_follows_the_one_above():
    # a new decision's list of members: Tesseract read a clear "7." as "Ái" at 0 in the
    # page, in its line and alone
    words = _list_lines("Ái", 0)
    lines = word_lines(words)
    assert _next_list_number(words, lines, 1) == "7."
    # read with some confidence, off the number's place, or no item's capital after it:
    # left as read (the re-reads had their turn)
    assert _next_list_number(_list_lines("Ái", 60), lines, 1) is None
    assert _next_list_number(_list_lines("Ái", 0, x=250), lines, 1) is None
    lowered = _list_lines("Ái", 0)
    lowered[4] = _word("ông", 96, 418, 2085, 95, 2)
    assert _next_list_number(lowered, lines, 1) is None
