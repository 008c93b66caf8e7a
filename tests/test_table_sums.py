"""A table's total row checks the figures of its columns (``diacritics.table_sums``)."""

import diacritics
from diacritics.table_sums import sum_fixes

# dev batch 53's table of fishing vessels as our OCR read it (the total row's empty first
# cell dropped): the first column's total "512" read "312" at 50
TABLE = [
    "2. Quản lý đội tàu",
    "TT\tChiều dài tàu\tSố tàu\tĐã đăng ký\tLắp thiết bị giám sát hành trình",
    "1\tTừ 6 m đến dưới 12 m\t102\t102\tKhông bắt buộc",
    "2\tTừ 12 m đến dưới 15 m\t92\t92\t88",
    "3\tTừ 15 m trở lên\t318\t318\t318",
    "Cộng\t312\t512\t406",
]


def doubted(*spans):
    return lambda line, start, end: (line, TABLE[line][start:end]) in spans


def test_a_doubted_total_that_a_digit_keeps_from_adding_up_is_mended():
    assert sum_fixes(TABLE, doubted((5, "312"))) == [(5, 5, 8, "512")]
    # a figure read with a fraction slash inside it ("51⁄2", at 71, the second render)
    lines = [*TABLE[:5], "Cộng\t512\t51/2\t406"]
    assert sum_fixes(lines, lambda line, start, end: lines[line][start:end] == "51/2") == \
        [(5, 9, 13, "512")]


def test_a_doubted_part_is_mended_by_its_total():
    lines = [*TABLE[:4], "3\tTừ 15 m trở lên\t313\t318\t318", "Cộng\t512\t512\t406"]
    assert sum_fixes(lines, lambda line, start, end: lines[line][start:end] == "313") == \
        [(4, 18, 21, "318")]


def test_no_zero_is_put_before_a_figure():
    # "102" would make a total of 412 add up as "002": no misreading of a digit
    lines = [*TABLE[:5], "Cộng\t412\t512\t406"]
    assert sum_fixes(lines, lambda line, start, end: lines[line][start:end] == "102") == []


def test_figures_the_ocr_engine_was_sure_of_stay():
    assert sum_fixes(TABLE, doubted()) == []
    # two doubted figures that could each make the column add up: no telling which
    lines = [*TABLE[:4], "3\tTừ 15 m trở lên\t318\t318\t318", "Cộng\t312\t512\t406"]
    assert sum_fixes(lines, lambda line, start, end: lines[line][start:end] in (
        "312", "318")) == []


def test_tables_that_add_up_in_parts_or_start_on_the_page_before_are_not_checked():
    def every(line, start, end):
        return True

    # no head on the page: the rows above may be the table's last ones only
    assert sum_fixes(TABLE[2:], every) == []
    # rows inside groups
    grouped = [*TABLE[:3], "1.1\tTàu lưới vây\t92\t92\t88", *TABLE[4:]]
    assert sum_fixes(grouped, every) == []
    # a group's letter: its row is no part of the total ("512" would have read 612)
    lettered = [TABLE[1], "A\tTàu khai thác\t100\t100\t100", *TABLE[2:5],
                "Cộng\t512\t512\t406"]
    assert sum_fixes(lettered, lambda line, start, end: line == 5) == []
    # a total row whose empty cells put a count under a column of amounts
    amounts = ["TT\tĐối tượng\tSố suất\tMức\tThành tiền", "1\tHọc sinh giỏi\t18\t1.000.000\t"
               "18.000.000", "2\tĐỗ đại học\t42\t2.000.000\t84.000.000",
               "Cộng\t60\t102.000.000"]
    assert sum_fixes(amounts, every) == []
    # a column of rates, whose total is no sum
    rates = ["TT\tChỉ tiêu\tTỷ lệ", "1\tTrẻ dưới 1 tuổi\t98,3", "2\tPhụ nữ có thai\t93,5",
             "Cộng\t95,9"]
    assert sum_fixes(rates, every) == []


def test_repair_mends_a_doubted_total_of_ocr_text_only():
    text = "\n".join(TABLE)
    total = (5, 1)  # the total row's second word
    assert diacritics.restore(text, set(), {total}).text.endswith("Cộng\t512\t512\t406")
    # as written (a typist's sum that is off) or sure, it stays
    assert diacritics.restore(text).text.endswith("Cộng\t312\t512\t406")
    assert diacritics.restore(text, {total}, {(4, 0)}).text.endswith("Cộng\t312\t512\t406")


# dev batch 63's table of archived files as our OCR read its second render: the total of
# files handed to the archive read "ý ñ" at 10 and 4 (read again alone, "S7")
ARCHIVE = [
    "TT\tLĩnh vực\tHồ sơ lập\tHồ sơ nộp lưu\tTỷ lệ (%)",
    "1\tTư pháp - Hộ tịch\t146\t146\t100",
    "2\tĐịa chính - Xây dựng\t212\t198\t93,4",
    "3\tVăn hóa - Xã hội\t95\t90\t94,7",
    "4\tTài chính - Kế toán\t64\t64\t100",
]


def test_a_doubted_total_read_as_no_figure_is_the_columns_sum():
    lines = [*ARCHIVE, "Cộng\t517\tý ñ\t96,2"]
    assert sum_fixes(lines, lambda line, start, end: True) == [(5, 9, 12, "498")]
    # written as the column writes its figures: thousands parted by a stop
    lines = [*ARCHIVE[:4], "4\tTài chính - Kế toán\t1.064\t1.064\t100",
             "Cộng\tý ñ.ũ\t1.498\t96,2"]
    assert sum_fixes(lines, lambda line, start, end: True) == [(5, 5, 10, "1.517")]


def test_a_total_read_as_words_stays():
    # not one the engine was sure of, nor one far longer or shorter than the sum
    lines = [*ARCHIVE, "Cộng\t517\tý ñ\t96,2"]
    assert sum_fixes(lines, lambda line, start, end: False) == []
    for written in ("x", "không có"):
        lines = [*ARCHIVE, f"Cộng\t517\t{written}\t96,2"]
        assert sum_fixes(lines, lambda line, start, end: True) == []
    # nor a rate's: the rows' rates add up to no total
    lines = [*ARCHIVE, "Cộng\t517\t498\tý ñ"]
    assert sum_fixes(lines, lambda line, start, end: True) == []


def test_a_row_whose_number_was_dropped_as_a_speck_is_still_checked():
    # dev batch 65's render: row 1's "1" read as a speck, its totals "2.191" and "545" read
    # "2.101" at 69 and "345" at 76
    lines = [
        "TT\tTrường\tSố lớp\tSố học sinh\tTuyển mới đầu cấp",
        "\tTrường Mầm non Yên Lạc\t14\t412\t138",
        "2\tTrường Tiểu học Yên Lạc\t25\t786\t164",
        "3\tTrường Tiểu học Đồng Văn\t12\t341\t72",
        "4\tTrường THCS Yên Lạc\t18\t652\t171",
        "Cộng\t69\t2.101\t345",
    ]
    assert sorted(sum_fixes(lines, lambda line, start, end: True)) == \
        [(5, 8, 13, "2.191"), (5, 14, 17, "545")]
    # as OCR gave it, with a blank line between rows
    spaced = [part for line in lines for part in (line, "")][:-1]
    assert sorted(sum_fixes(spaced, lambda line, start, end: True)) == \
        [(10, 8, 13, "2.191"), (10, 14, 17, "545")]
    # not a row one short among rows without numbers: which of its cells was lost is
    # unknown
    unnumbered = [lines[0], *(line.split("\t", 1)[1] for line in lines[2:5]),
                  "Trường Mầm non\t412\t138", lines[5]]
    assert sum_fixes(unnumbered, lambda line, start, end: True) == []


PATROLS = ["TT\tĐoạn sông\tChiều dài (km)\tLực lượng chủ trì\tSố lần tuần tra/tháng",
           "1\tBến đò Phú Thọ - cầu Trà Khúc\t24\tCông an xã\t8",
           "2\tCầu Trà Khúc - bãi bồi An Hoà\t3/1\tBan Chỉ huy quân sự xã\t6",
           "3\tBãi bồi An Hoà - giáp xã Nghĩa Thuận\t1,8\tCông an xã\t6",
           "Cộng\t73\t20"]


def test_a_columns_lost_commas_are_put_back_where_the_column_then_adds_up():
    # dev batch 68's render of a table of patrols: its total row lost the empty cell
    # between its two figures, and three of the four kilometres their comma (read at 86,
    # 55 and 75)
    fixes = sum_fixes(PATROLS, lambda line, start, end: PATROLS[line][start:end] in
                      ("24", "3/1", "73"))
    assert sorted((line, text) for line, _, _, text in fixes) == \
        [(1, "2,4"), (2, "3,1"), (4, "7,3")]
    # each must be doubted
    assert sum_fixes(PATROLS, lambda line, start, end: PATROLS[line][start:end] in
                     ("3/1", "73")) == []
    # whole numbers that add up as read stay whole
    whole = [PATROLS[0], *(line.replace("3/1", "31").replace("1,8", "18")
                           for line in PATROLS[1:])]
    assert sum_fixes(whole, lambda *span: True) == []


def test_a_total_row_that_lost_an_empty_cell_is_checked_under_the_figure_columns():
    lines = [line.replace("\t24\t", "\t2,4\t").replace("\t3/1\t", "\t3,1\t")
             for line in PATROLS[:4]] + ["Cộng\t7,8\t20"]
    # the kilometres' total, its 3 read as an 8 and doubted: counted from the right, it
    # stood over "Công an xã"
    assert sum_fixes(lines, lambda line, start, end: lines[line][start:end] == "7,8") == \
        [(4, 5, 8, "7,3")]
