"""Table cells' figures that Tesseract garbled in the row's context, read again from the
cell alone: real Tesseract on a rendered table."""

import numpy as np
import pytest

from ocr_pipeline import clean, ocr
from ocr_pipeline.cell_figures import same_figures
from ocr_pipeline.models import Options, PageImage
from samples.generate import RENDER_DPI, Layout, draw_page, render_fonts

TABLE = [
    "II. DANH MỤC DỰ ÁN",
    "| TT | Tên dự án | Quy mô | Tổng mức đầu tư (triệu đồng) |",
    "| 1 | Đường giao thông thôn Đồng Tâm | 2,4 km | 7.500 |",
    "| 2 | Kiên cố hóa kênh mương Bắc Sơn | 1,8 km | 3.200 |",
    "| 3 | Nhà văn hóa thôn Phú Mỹ | 250 m2 | 1.850 |",
    "| 4 | Phòng học Trường Mầm non Tân Lập | 6 phòng | 4.600 |",
]


@pytest.mark.parametrize(("first", "again"), [
    ("244km", "2,4 km"),  # the comma read as a 4, the space lost
    ("18km", "1,8 km"),
    ("I8km", "1,8 km"),  # a look-alike for the 1
    ("250m2", "250 m2"),
])
def test_a_reread_that_only_mends_separators_is_the_same_figure(first, again):
    assert same_figures(first, again)


@pytest.mark.parametrize(("first", "again"), [
    ("244km", "2,5 km"),  # a digit changed
    ("18km", "118 km"),  # a digit added
    ("250m2", "25 m2"),  # a digit dropped where no separator stands
    ("18km", "1,8 ha"),  # other letters
    ("km", "km"),  # no figure
    ("1.850", "1,850"),  # a separator changed
    ("2,4km", "24 km"),  # a separator taken out
])
def test_a_reread_that_changes_a_figure_is_not_taken(first, again):
    assert not same_figures(first, again)


def test_a_tables_figures_with_units_read_as_printed():
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(TABLE, Layout(font, 13)).convert("L"))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI), options)
    rows = [line.split("\t") for line in ocr.create_ocr_text(page, options).text_raw.split("\n")
            if line.count("\t") >= 3]
    # read in the row's context: "2,4km", "18km", "250m2"
    assert [row[2] for row in rows[1:4]] == ["2,4 km", "1,8 km", "250 m2"]
    assert [row[3] for row in rows[1:]] == ["7.500", "3.200", "1.850", "4.600"]


APPENDIX = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ QUẢNG PHÚ\tĐộc lập - Tự do - Hạnh phúc
PHỤ LỤC
Kết quả giải quyết thủ tục hành chính theo thôn, quý III năm 2026
| TT | Thôn | Tiếp nhận | Trực tuyến | Đúng hạn | Trễ hạn | Tỷ lệ (%) |
| 1 | Phú Lương | 148 | 97 | 146 | 2 | 98,6 |
| 2 | Phú Xuân | 212 | 163 | 212 | 0 | 100 |
| 3 | Thanh Khê | 95 | 41 | 93 | 2 | 97,9 |
| 4 | An Lộc | 176 | 120 | 171 | 5 | 97,2 |
| 5 | Đông Hải | 63 | 22 | 63 | 0 | 100 |
| 6 | Tân Định | 129 | 88 | 127 | 2 | 98,4 |
| 7 | Hòa Bình | 204 | 151 | 200 | 4 | 98,0 |
| | Tổng cộng | 1.027 | 682 | 1.012 | 15 | 98,5 |
Ghi chú: số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026.
| TT | Lĩnh vực | Số TTHC | Mức độ toàn trình | Mức độ một phần | Phí, lệ phí (đồng) |
| 1 | Hộ tịch | 32 | 18 | 14 | 8.000 |
| 2 | Chứng thực | 11 | 4 | 7 | 10.000 |
| 3 | Đất đai | 9 | 2 | 7 | 50.000 |
| 4 | Bảo trợ xã hội | 14 | 9 | 5 | 0 |
| 5 | Thi đua, khen thưởng | 6 | 6 | 0 | 0 |
| | Cộng | 72 | 39 | 33 | |
"""


def test_a_degraded_tables_cells_read_alone_when_their_row_garbles_them(tmp_path):
    # narrow cells of a degraded scan, read in the row's context: "VÀ" for 212, "T2" for
    # 72, "HH" for 11, "PhúLương", "HòaBình"; each such cell is read again alone
    from ocr_pipeline import pipeline
    from samples.generate import render_document

    pdf = tmp_path / "appendix.pdf"
    render_document(APPENDIX, pdf, seed=7400)
    lines = pipeline.process_page(pdf, 1, Options(workers=1)).text_raw.split("\n")
    for row in ["Phú Lương\t148", "Phú Xuân\t212\t163\t212\t0\t100", "An Lộc\t176",
                "Đông Hải\t63", "Tân Định\t129", "Hòa Bình\t204\t151", "Chứng thực\t11\t4",
                "Cộng\t72\t39"]:
        assert any(row in line for line in lines), row


def test_a_short_head_over_a_column_of_numbers_is_no_cell_of_it():
    # a new decision's list of members: "STT" over 1-5, two of them read "vã" and "R" in
    # their rows; with the head counted the column was three of six figures, under the
    # share that makes it a column of figures, and the two were never read again
    from ocr_pipeline.cell_figures import _Cell, _in_figure_columns
    from ocr_pipeline.models import Word

    texts = ["STT", "vã", "2", "3", "4", "R"]
    words = [Word(text, 96.0, (110, 100 + 50 * n, 20, 30), 1, n, 1)
             for n, text in enumerate(texts)]
    cells = [_Cell([n], 100, 150) for n in range(len(texts))]
    assert _in_figure_columns(cells, words) == [True] * len(texts)
    # half the column garbled: a new plan's "Số khẩu" over 198, 142, and 77, 417 read
    # "T7", "A7" in their rows (417 read alone, right); at 0.6 of the cells, the share
    # had been out of reach
    texts = ["Số khẩu", "198", "142", "T7", "A7"]
    words = [Word(text, 96.0, (110, 100 + 50 * n, 20, 30), 1, n, 1)
             for n, text in enumerate(texts)]
    assert _in_figure_columns([_Cell([n], 100, 150) for n in range(5)], words) == [True] * 5
    # a column of names stays one
    names = [Word(text, 96.0, (110, 100 + 50 * n, 20, 30), 1, n, 1)
             for n, text in enumerate(["Tên", "An", "Bình", "3", "Hà"])]
    assert not any(_in_figure_columns([_Cell([n], 100, 150) for n in range(5)], names))


def _reread_glued_cell(table: list[str], cell_words: tuple[str, ...], glued_text: str,
                       confidence: float) -> list[str]:
    """The words of ``table`` (rendered, OCR'd) after ``reread_table_figures``, the cell
    of ``cell_words`` first put as one word ``glued_text``, as the row misread it."""
    from dataclasses import replace

    from ocr_pipeline.cell_figures import reread_table_figures

    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(table, Layout(font, 13)).convert("L"))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI), options)
    words = ocr.create_ocr_text(page, options).words
    cell = [w for w in words if w.text in cell_words]
    assert len(cell) == len(cell_words)
    left, top = min(w.box[0] for w in cell), min(w.box[1] for w in cell)
    right = max(w.box[0] + w.box[2] for w in cell)
    bottom = max(w.box[1] + w.box[3] for w in cell)
    glued = replace(cell[0], text=glued_text, confidence=confidence,
                    box=(left, top, right - left, bottom - top))
    first = [glued if w is cell[0] else w for w in words if not any(w is c for c in cell[1:])]
    again = reread_table_figures(first, page.image, page.vertical_rules, "vie", 30.0)
    return [w.text for w in again]


def test_a_cells_words_glued_in_small_letters_are_read_again_alone():
    # a new report's table: its row read "Bảotrgxahội" at 57 for "Bảo trợ xã hội", no
    # capital inside to show the glue; a word longer than any syllable shows it, and the
    # cell read alone (real Tesseract, on the rendered row) gives the four words
    table = ["| STT | Lĩnh vực | Hồ sơ tiếp nhận | Đúng hạn |",
             "| 4 | Bảo trợ xã hội | 158 | 158 |"]
    texts = _reread_glued_cell(table, ("Bảo", "trợ", "xã", "hội"), "Bảotrgxahội", 57.0)
    assert "Bảotrgxahội" not in texts
    assert all(t in texts for t in ("Bảo", "trợ", "xã", "hội"))


@pytest.mark.parametrize(("number", "glued_text", "confidence"), [
    # a new plan's table of dyke guard posts: its rows read "Điếm số 2" as "Điếmsố2" at
    # 87-90, no capital inside and no longer than a syllable; a small letter right before
    # a digit shows the glue
    ("7", "Điếmsố7", 88.0),
    # and "Điếm số 1" as "Điếmsối" at 77 and 83: no digit, but of no syllable's shape;
    # read alone, the row's letters with a digit for the look-alike "i" are taken
    ("1", "Điếmsối", 77.0),
])
def test_a_cells_word_and_number_glued_are_read_again_alone(number, glued_text, confidence):
    # the cell read alone (real Tesseract, on the rendered row) parts them
    table = ["| TT | Tên điếm canh | Vị trí (km) | Số người/ca |",
             f"| 3 | Điếm số {number} | K13+900 | 4 |"]
    texts = _reread_glued_cell(table, ("Điếm", "số", number), glued_text, confidence)
    assert glued_text not in texts
    assert all(t in texts for t in ("Điếm", "số", number))


@pytest.mark.parametrize(("first", "again", "taken"), [
    ("Điếmsối", "Điếm số 1", True),
    ("Tổi", "Tổ 1", True),
    ("Thônlo", "Thôn 0", False),  # a letter more than the digit stands for
    ("Thôn Lội", "Thôn Lộ1", False),  # a digit glued to a word again
    ("Đội", "Đội 1", False),  # a digit the row had no letter for
    ("Tổ 2", "Tổ 1", False),  # the row had digits
])
def test_a_digit_read_as_a_letter_is_the_same_reading(first, again, taken):
    from ocr_pipeline.cell_figures import _digit_read_as_letter

    assert _digit_read_as_letter(first, again) is taken


def test_a_cells_garble_of_no_syllables_shape_takes_a_sure_reread_of_syllables():
    # a new decision's table: its row read "Hộ tịch" as "Hộntch" at 21, two letters off
    # in six; the cell read alone (real Tesseract) gives "Hộ tịch" at 96, syllables only.
    # (The clean render's row reads the cell glued, "Hộtịch", which the OCR stage reads
    # again for its shape and so parts before the garble is put in.)
    table = ["| TT | Lĩnh vực | Số thủ tục | Trực tuyến toàn trình |",
             "| 1 | Hộ tịch | 27 | 19 |"]
    texts = _reread_glued_cell(table, ("Hộ", "tịch"), "Hộntch", 21.0)
    assert "Hộntch" not in texts
    assert "Hộ" in texts and "tịch" in texts


@pytest.mark.parametrize(("first", "again", "taken"), [
    ("Hộntch", "Hộ tịch", True),
    ("STT", "SIT", False),  # an abbreviation in capitals, read alone as a syllable
    ("Mlô", "Mô", False),  # a name's cluster read alone as one syllable
    ("STTT", "S IT", False),
    ("Hộntch", "Hộ tịch", False),  # the same, but the re-read unsure (at 80)
])
def test_a_sure_reread_of_syllables_may_be_a_letter_off_in_three(first, again, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    confidence = 80.0 if first == "Hộntch" and not taken else 96.0
    again_words = [Word(text, confidence, (110, 100, 40, 30), 1, 1, 1)
                   for text in again.split()]
    assert _better_reading([Word(first, 21.0, (110, 100, 40, 30), 1, 1, 1)], again_words,
                           False) is taken


@pytest.mark.parametrize(("first", "confidence", "again", "taken"), [
    ("Phú:", 34.0, "Phú Lợi", True),  # dev batch 67's table of hamlets
    ("Lợi", 34.0, "Phú Lợi", True),  # the first word lost
    ("Phú:", 60.0, "Phú Lợi", False),  # the row's reading fairly sure
    ("Phú:", 34.0, "Phú Lợi Đông Bắc Xa", False),  # far more text
    ("Phú:", 34.0, "Phụ Lợi", False),  # other words
])
def test_a_cell_whose_row_lost_words_takes_its_sure_reread_alone(first, confidence, again,
                                                                  taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    again_words = [Word(text, 96.0, (110, 100, 40, 30), 1, 1, 1) for text in again.split()]
    assert _better_reading([Word(first, confidence, (110, 100, 40, 30), 1, 1, 1)],
                           again_words, False) is taken


FRONT_TABLE = """ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA AN\tĐộc lập - Tự do - Hạnh phúc
BÁO CÁO
Kết quả giám sát việc giải quyết thủ tục hành chính năm 2026
| STT | Lĩnh vực | Hồ sơ tiếp nhận | Đúng hạn | Trễ hạn |
| 1 | Hộ tịch | 1.214 | 1.209 | 5 |
| 2 | Chứng thực | 2.087 | 2.087 | 0 |
| 3 | Đất đai | 346 | 331 | 15 |
| 4 | Bảo trợ xã hội | 158 | 158 | 0 |
| 5 | Thi đua, khen thưởng | 21 | 21 | 0 |
"""


def test_a_cell_read_alone_as_it_was_misread_is_tried_at_another_size(tmp_path):
    # a degraded render of a new report's table read "15" as "1Š" in its row and "1Š"
    # again alone; that reading had been taken for the cell, and its read at three
    # quarters of its size ("15" at 95) never tried
    from ocr_pipeline import pipeline
    from samples.generate import render_document

    pdf = tmp_path / "front.pdf"
    render_document(FRONT_TABLE, pdf, seed=41020)
    lines = pipeline.process_page(pdf, 1, Options(workers=1)).text_raw.split("\n")
    assert any(line.endswith("Đất đai\t346\t331\t15") for line in lines), lines


def _reread_misread_cell(table: list[str], right: str, misread: str,
                         confidence: float) -> list[str]:
    """The words of ``table`` (rendered, OCR'd) after ``reread_table_figures``, its cell
    ``right`` first put as the row misread it."""
    from dataclasses import replace

    from ocr_pipeline.cell_figures import reread_table_figures

    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(table, Layout(font, 13)).convert("L"))
    options = Options(workers=1)
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI), options)
    words = ocr.create_ocr_text(page, options).words
    cell = next(w for w in words if w.text == right)
    wrong = replace(cell, text=misread, confidence=confidence)
    again = reread_table_figures([wrong if w is cell else w for w in words], page.image,
                                 page.vertical_rules, "vie", 30.0)
    return [w.text for w in again]


INDEX_TABLE = ["| TT | Lĩnh vực | Điểm tối đa | Điểm tự đánh giá |",
               "| 1 | Cải cách thể chế | 10 | 9,00 |",
               "| 2 | Cải cách thủ tục hành chính | 16 | 14,50 |",
               "| 3 | Cải cách tổ chức bộ máy | 9 | 7,70 |",
               "| 4 | Xây dựng chính quyền số | 28 | 23,25 |"]


@pytest.mark.parametrize(("confidence", "kept"), [(26.0, False), (60.0, True)])
def test_a_figure_misread_unsure_in_its_row_takes_the_figure_read_alone_twice(confidence,
                                                                             kept):
    # a new report's table of index points: "23,25" read "0,20" at 26 in its row, and
    # alone "23,25" at 79 and, at three quarters of its size, 96; two readings that agree
    # outweigh one Tesseract doubted. A figure it was fairly sure of stays as read: a
    # plausible wrong figure is worse than a garbled one
    texts = _reread_misread_cell(INDEX_TABLE, "23,25", "0,20", confidence)
    assert ("0,20" in texts) is kept
    assert ("23,25" in texts) is not kept


@pytest.mark.parametrize(("first", "again", "confidence", "taken"), [
    ("T7", "757", 61.0, False),  # 77 in a new plan's table, read alone unsure: a digit more
    ("A7", "417", 95.0, True),  # 417 in the same column, read alone sure
    ("Lư,", "212", 61.0, True),  # no more digits than the row read characters
    ("5)", "2", 64.0, True),
])
def test_a_figure_read_alone_with_a_digit_more_than_its_row_read_needs_confidence(
        first, again, confidence, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    def word(text, conf):
        return Word(text, conf, (110, 100, 40, 30), 1, 1, 1)

    assert _better_reading([word(first, 91.0)], [word(again, confidence)], True) is taken


@pytest.mark.parametrize(("again", "places", "taken"), [
    ("21.15", 2, True),  # a new report's column of hectares, "K5" at 0 in its row
    ("21,15", 2, True),
    ("21.15", 1, False),  # not the column's places
    ("2115", 2, False),
    ("21.15", None, False),
])
def test_a_figure_with_its_columns_decimal_places_needs_no_more_confidence(
        again, places, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    def word(text, conf):
        return Word(text, conf, (110, 100, 40, 30), 1, 1, 1)

    assert _better_reading([word("K5", 0.0)], [word(again, 79.0)], True, places) is taken


@pytest.mark.parametrize(("again", "confidence", "taken"), [
    ("15,38", 94.0, True),  # a new report's column of rates, "1375" at 66 in its row
    ("15,55", 79.0, False),  # its read alone at its size: not sure enough
    ("15,3", 94.0, False),  # not the column's places
    ("115,38", 94.0, False),  # a digit more than the row read, with the places
])
def test_a_figure_that_lost_its_comma_and_a_digit_takes_a_sure_reread_with_the_places(
        again, confidence, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    def word(text, conf):
        return Word(text, conf, (110, 100, 40, 30), 1, 1, 1)

    assert _better_reading([word("1375", 66.0)], [word(again, confidence)], True,
                           2) is taken


SCORES_TABLE = ["| STT | Họ và tên | Vị trí dự tuyển | Điểm | Kết quả |",
                "| 1 | Nguyễn Thị Hằng | Văn phòng - Thống kê | 78,5 | Trúng tuyển |",
                "| 2 | Đinh Văn Quyết | Văn phòng - Thống kê | 64,0 | Không trúng tuyển |",
                "| 3 | Hà Thị Ánh | Tài chính - Kế toán | 81,0 | Trúng tuyển |",
                "| 4 | Bùi Đức Thắng | Địa chính - Xây dựng | 72,5 | Trúng tuyển |"]


def test_a_figure_whose_comma_its_row_lost_takes_the_columns_comma_read_alone():
    # a new notice's column of scores, each with one decimal place: its row read "81,0"
    # as "810" at 73, and the cell alone read "81,0" at 45, under the confidence that a
    # re-read otherwise needs; the column's comma, where its figures have it, with the
    # same digits, is the comma the row lost
    texts = _reread_misread_cell(SCORES_TABLE, "81,0", "810", 95.0)
    assert "81,0" in texts
    assert "810" not in texts


def test_a_columns_decimal_places_are_those_all_its_figures_but_a_quarter_show():
    from ocr_pipeline.cell_figures import _better_reading, _Cell, _decimal_places
    from ocr_pipeline.models import Word

    def column(texts):
        words = [Word(text, 96.0, (110, 100 + 50 * n, 20, 30), 1, n, 1)
                 for n, text in enumerate(texts)]
        return _decimal_places([_Cell([n], 100, 150) for n in range(len(texts))], words)

    assert column(["Điểm", "78,5", "64,0", "810", "72,5", "49,0"]) == [1] * 6
    # places of their own, or whole numbers among them (a new plan's index points: 8,25,
    # 15,75, 8, 10,5), and too few figures, say nothing
    assert column(["Điểm", "8,25", "15,75", "8", "10,5", "7"]) == [None] * 6
    assert column(["Tỷ lệ", "95,5", "100", "87,2"]) == [None] * 4
    assert column(["Số", "1.102", "874", "259"]) == [None] * 4

    def word(text, conf):
        return Word(text, conf, (110, 100, 40, 30), 1, 1, 1)

    assert _better_reading([word("810", 73.0)], [word("81,0", 45.0)], True, 1)
    assert not _better_reading([word("810", 73.0)], [word("8,10", 45.0)], True, 1)
    assert not _better_reading([word("810", 73.0)], [word("81,0", 45.0)], True, None)
    # a column of percentages ("78,5%", "64,0%"): its places, and its comma lost alike
    assert column(["Hiện nay", "78,5%", "64,0%", "813%", "57,2%"]) == [1] * 5
    assert _better_reading([word("813%", 73.0)], [word("81,3%", 45.0)], True, 1)
    assert not _better_reading([word("813%", 73.0)], [word("8,13%", 45.0)], True, 1)


def test_a_column_with_decimal_stops_and_two_commas_lost_still_shows_its_places():
    from ocr_pipeline.cell_figures import _better_reading, _Cell, _decimal_places
    from ocr_pipeline.models import Word

    def column(texts):
        words = [Word(text, 96.0, (110, 100 + 50 * n, 20, 30), 1, n, 1)
                 for n, text in enumerate(texts)]
        return _decimal_places([_Cell([n], 100, 150) for n in range(len(texts))], words)

    # a new report's column of hectares as our OCR read it: two decimal stops, two
    # commas, two lost ("35,1" as "351", the total "121,3" as "1213"). A stop before one
    # or two digits is a decimal one; whole numbers under half the figures leave the places
    assert column(["Trồng mới (ha)", "28.4", "351", "22,8", "35,0", "20.3", "1213"]) == [1] * 7
    assert column(["Trồng mới (ha)", "28,4", "351", "22,8", "1213"]) == [None] * 5
    # a thousands stop is no decimal one
    assert column(["Số hộ", "1.102", "874", "2.259", "315"]) == [None] * 5

    def word(text, conf):
        return Word(text, conf, (110, 100, 40, 30), 1, 1, 1)

    # the cell read alone with a decimal stop for the comma (the repair stage reads it
    # as one), the same digits: "35.1" at 31
    assert _better_reading([word("351", 58.0)], [word("35.1", 31.0)], True, 1)
    assert not _better_reading([word("351", 58.0)], [word("3.51", 31.0)], True, 1)


def test_a_cell_its_row_read_as_garble_takes_a_sure_reread_of_other_words():
    # dev batch 45's render read a table's "Khu vực 1" "IKhuvựci" at 0 in its row; the
    # cell read alone (real Tesseract, on the rendered row) gives the three words, sure
    table = ["| TT | Địa bàn | Số hộ | Đã thu gom |",
             "| 2 | Khu vực 1 | 1.842 | 1.842 |"]
    texts = _reread_glued_cell(table, ("Khu", "vực", "1"), "IKhuvựci", 0.0)
    assert "IKhuvựci" not in texts
    assert texts.count("Khu") == 1 and "vực" in texts


@pytest.mark.parametrize(("first", "first_confidence", "again", "confidence", "taken"), [
    ("11-Y 72", 28.0, "Số2", 92.0, True),  # dev batch 55's polling area "Số 2"
    ("mỸ", 23.0, "m2", 95.0, True),  # a unit's cell, m²
    ("S1", 48.0, "Số 1", 79.0, False),  # the re-read not sure enough
    ("Tả Lùng", 62.0, "Tả Lũng Xa", 95.0, False),  # the row's read not garbled
    ("I", 34.0, "l", 92.0, False),  # a rule's stroke read alone
    ("_.", 39.0, "5 _. Chi phí tư vấn, dự phòng", 88.0, False),  # a whole line
    ("_.", 39.0, "5 _. Chi phí tư vấn, dự phòng", 95.0, False),
    ("STT", 21.0, "SIT", 96.0, False),  # each word the row read could be right
    ("Mlô", 21.0, "Mô", 96.0, False),
    # longer than a syllable, no name: two words garbled (dev batch 68's hamlet)
    ("Vmnhilác", 16.0, "Vĩnh Lộc", 96.0, True),
    ("Hộ tịch", 40.0, "Hồ tính xã", 96.0, False),
])
def test_a_garbled_cell_takes_a_sure_reread_of_about_as_much_text(
        first, first_confidence, again, confidence, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    def words(text, conf):
        return [Word(t, conf, (110, 100, 40, 30), 1, 1, 1) for t in text.split()]

    assert _better_reading(words(first, first_confidence), words(again, confidence),
                           False) is taken
    # not in a column of figures, nor for a cell that shares columns with another
    assert not _better_reading(words(first, first_confidence), words(again, confidence),
                               True)
    assert not _better_reading(words(first, first_confidence), words(again, confidence),
                               False, spans_alone=False)


def test_a_cell_across_a_lost_rule_shares_columns_with_the_next():
    from ocr_pipeline.cell_figures import _Cell, _overlapping
    from ocr_pipeline.models import Word

    row = [Word(t, 0.0, (x, 100, 40, 30), 1, 1, 1) for t, x in
           (("¡J.:.HD", 110), ("HỐN.:", 260), ("6", 500))]
    other_row = [Word("3", 90.0, (110, 200, 20, 30), 1, 2, 1)]
    cells = [_Cell([0], 100, 400), _Cell([1], 250, 400), _Cell([2], 400, 600),
             _Cell([3], 100, 250)]
    # the cell across the lost rule, not the one inside it, whose re-read gives its words
    assert _overlapping(cells, row + other_row) == {0}


@pytest.mark.parametrize(("first", "again", "same"), [
    ("Từ l5m trở lên", "Từ 15 m trở lên", True),  # dev batch 53's vessels by length
    ("I,8km", "1,8 km", True),
    ("I8km", "1,8 km", True),
    ("Từ 15m trở lên", "Từ 1Š mì trở lên", False),
    ("1.850", "1,850", False),
])
def test_a_digits_look_alike_is_the_digit_only_among_digits(first, again, same):
    from ocr_pipeline.cell_figures import same_figures

    assert same_figures(first, again) is same


@pytest.mark.parametrize(("first", "again", "taken"), [
    ("Khúuphố 45", "Khu phố 4, 5", True),  # a new plan's table, at 56 and 96
    ("Khúuphố 45", "Khu phố 4, 6", False),  # a digit changed
    ("Khuuphôn 45", "Khu phố 4, 5", False),  # two letters off in eight
])
def test_the_same_figures_with_a_letter_off_read_surer_alone_are_taken(first, again, taken):
    from ocr_pipeline.cell_figures import _better_reading
    from ocr_pipeline.models import Word

    def words(text, conf):
        return [Word(t, conf, (110, 100, 40, 30), 1, 1, 1) for t in text.split()]

    assert _better_reading(words(first, 56.0), words(again, 96.0), False) is taken
    assert not _better_reading(words(first, 56.0), words(again, 50.0), False)


def test_a_section_sign_in_a_column_of_figures_is_an_eight():
    # dev batch 68's column of patrols a month: both renders read its 8 "§", at 88-91 in
    # the row and at 86-93 alone, at either size
    from ocr_pipeline.cell_figures import reread_table_figures
    from ocr_pipeline.models import Word

    rows = [("TT", "Số lần"), ("1", "§"), ("2", "6"), ("3", "6"), ("Cộng", "20")]
    words = [Word(text, 90.0, (x, 100 + 50 * n, 20, 30), 1, n, 1)
             for n, row in enumerate(rows) for text, x in zip(row, (60, 110), strict=True)]
    rules = [(x, x + 2, 90, 360) for x in (50, 100, 200)]
    image = np.full((400, 300), 255, dtype=np.uint8)
    texts = [w.text for w in reread_table_figures(words, image, rules, "vie", 30.0)]
    assert texts[3] == "8" and "§" not in texts
    # not a row's first cell, which numbers the rows
    words[2] = Word("§", 90.0, (60, 150, 20, 30), 1, 1, 1)
    assert "§" in [w.text for w in reread_table_figures(words, image, rules, "vie", 30.0)]


def test_specks_read_beside_a_figure_alone_are_dropped():
    from ocr_pipeline.cell_figures import _without_specks
    from ocr_pipeline.models import Word

    def words(*texts):
        return [Word(t, 77.0, (110, 100, 40, 30), 1, 1, 1) for t in texts]

    # a dev report's "88" read alone "§8 -", its dash a trace of the rule
    assert [w.text for w in _without_specks(words("88", "-"))] == ["88"]
    # a dash alone stands for none; words are no figure's
    assert [w.text for w in _without_specks(words("-"))] == ["-"]
    assert [w.text for w in _without_specks(words("Công", "-", "xã"))] == ["Công", "-", "xã"]
