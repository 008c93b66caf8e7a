"""A header date's year, one digit misread, mended from the years the text names."""

import diacritics
from diacritics.header_year import header_year_fixes

HEADER = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "XÃ VĨNH HƯNG\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 152/BC-UBND\tVĩnh Hưng, ngày 20 tháng 10 năm 2057",
          "BÁO CÁO",
          "Kết quả thu, nộp Quỹ phòng, chống thiên tai năm 2037"]


def _doubted(number, start, end):
    return True


def test_a_doubted_year_twenty_years_off_the_texts_is_the_texts_year():
    # dev batch 68's render: "2057" at 75, the text naming 2037 four times and 2021 twice
    lines = [*HEADER, "Thực hiện Nghị định số 78/2021/NĐ-CP ngày 01 tháng 8 năm 2021,",
             "Tổng số tiền đã thu năm 2037 là 49.505.000 đồng; năm 2037 đạt 94,3%."]
    end = len(lines[2])
    assert header_year_fixes(lines, _doubted) == [(2, end - 4, end, "2037")]
    # only a year the OCR engine doubted
    assert header_year_fixes(lines, lambda *span: False) == []
    # and through repair, the year's word doubted
    doubted = [(2, len(lines[2].split()) - 1)]
    assert diacritics.restore("\n".join(lines), doubtful_words=doubted).text.splitlines()[2] \
        .endswith("năm 2037")


def test_a_year_near_one_the_text_names_or_off_in_its_units_stays():
    # a plan dated 2026 that cites laws of 2022: a units digit is as likely written
    lines = [HEADER[2].replace("2057", "2026"), "Luật năm 2022; Nghị định năm 2022."]
    assert header_year_fixes(lines, _doubted) == []
    # a report that names a year within nine of its date
    lines = [HEADER[2], "Kế hoạch năm 2037; kết quả năm 2037; so với năm 2050."]
    assert header_year_fixes(lines, _doubted) == []
    # two years named as often as each other
    lines = [HEADER[2], "năm 2037, năm 2037, năm 2017, năm 2017."]
    assert header_year_fixes(lines, _doubted) == []
