"""The pipeline's repair stage: words Tesseract is sure of are kept as read."""

import pytest

from ocr_pipeline import ocr, repair
from ocr_pipeline.models import Options, PageText, Word


def _words(lines: list[list[str]], confidence: float) -> list[Word]:
    """Words of one paragraph per list, one Tesseract line each."""
    return [Word(text, confidence, (0, 0, 10, 10), block, 1, 1)
            for block, line in enumerate(lines, start=1) for text in line.split()]


def _page(lines: list[list[str]], confidence: float) -> PageText:
    words = _words(lines, confidence)
    text = ocr.words_to_text(words)
    return PageText(number=1, source="ocr", text_raw=text, text=text, words=words)


def test_word_places_are_where_the_text_puts_the_words():
    words = _words(["Các tệp khác", "trong thư mục"], 90.0)
    words[1:1] = [Word("x", 90.0, (0, 0, 1, 1), 1, 1, 2)]  # a second line, same paragraph
    lines = ocr.words_to_text(words).split("\n")
    assert lines == ["Các", "x", "tệp khác", "", "trong thư mục"]
    for word, (line, k) in zip(words, ocr.word_places(words), strict=True):
        assert lines[line].split(" ")[k] == word.text


def test_a_word_tesseract_is_sure_of_is_kept_as_read():
    # "tệp" pairs with nothing in the LM's reports: read alone, repair makes it "tên"
    doubtful = repair.repair_page(_page(["Các tệp khác trong thư mục"], 80.0), Options())
    assert doubtful.text != doubtful.text_raw and doubtful.corrections
    sure = repair.repair_page(_page(["Các tệp khác trong thư mục"], 96.0), Options())
    assert sure.text == sure.text_raw and not sure.corrections


def test_a_word_tesseract_doubted_takes_the_decoders_likelier_reading():
    # the decoder prefers "áp dụng" here, but not by enough to change a word read well
    line = ["phạm vi điều chỉnh và đối tượng áp dung"]
    assert repair.repair_page(_page(line, 93.0), Options()).text == line[0]
    assert repair.repair_page(_page(line, 70.0), Options()).text == line[0].replace(
        "dung", "dụng")


def test_a_word_tesseract_prints_for_another_by_habit_is_not_trusted():
    # "chỉ" for chi (16 of 21 times on the dev renders), however sure Tesseract is; at a
    # line's end the next line's first word decides
    for lines in (["Chính phủ quy định chỉ tiết một số điều"],
                  ["Chính phủ quy định chỉ", "tiết một số điều"]):
        page = repair.repair_page(_page(lines, 97.0), Options())
        assert page.text.split() == "Chính phủ quy định chi tiết một số điều".split()
    page = repair.repair_page(_page(["Chủ tịch UBND xã chỉ đạo các thôn"], 97.0), Options())
    assert page.text == page.text_raw
    # and is doubted: the likelier reading wins, as in clean text it would not for a word
    # only untrusted ("chi bộ" read "chỉ bộ" in a party committee's report)
    line = ["NGUYÊN NHÂN", "Một số chỉ bộ quán triệt nghị quyết chưa kịp thời"]
    page = repair.repair_page(_page(line, 97.0), Options())
    assert page.text.split("\n")[-1] == line[1].replace("chỉ", "chi")
    assert repair.trusted_and_doubtful_words(_page(["quy định chỉ tiết"], 97.0))[1] == {
        (0, 2)}


def test_a_word_with_a_digit_among_marked_letters_is_not_trusted():
    # "Tỷ 1ệ", a new report's table head, read at 96: no text prints a digit so
    page = repair.repair_page(_page(["Tỷ 1ệ hồ sơ trực tuyến toàn trình"], 97.0), Options())
    assert page.text == "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert repair._digit_among_marks("tr1ển") and not repair._digit_among_marks("m3")


def test_a_dates_word_read_with_another_tone_is_not_trusted():
    # "tháng § nắm 2013", read at 96 in the render of a public decision's header
    page = repair.repair_page(_page(["Thái Nguyên, ngày 29 tháng § nắm 2013"], 97.0),
                              Options())
    assert page.text == "Thái Nguyên, ngày 29 tháng 8 năm 2013"
    # before a word it may be another word: kept as read
    page = repair.repair_page(_page(["cán bộ nắm chắc tình hình địa bàn"], 97.0), Options())
    assert page.text == page.text_raw


def test_an_acute_where_a_hook_makes_a_word_too_is_not_trusted():
    # a Times-like font's hook above read as an acute, however sure Tesseract is: "tống
    # hợp", "Tố công nghệ số" in the dev reports rendered in Liberation Serif
    page = repair.repair_page(_page(["ngày 20 hằng tháng để tống hợp, báo cáo"], 97.0),
                              Options())
    assert page.text == "ngày 20 hằng tháng để tổng hợp, báo cáo"
    assert repair._hook_read_as_acute("tống") and repair._hook_read_as_acute("số")
    # no hook twin ("cấp": "cẩp" is no syllable), or no acute: trusted as before
    assert not repair._hook_read_as_acute("cấp") and not repair._hook_read_as_acute("tổng")
    page = repair.repair_page(_page(["Các tệp khác trong thư mục"], 97.0), Options())
    assert page.text == page.text_raw


def test_a_rare_syllable_beside_a_common_one_of_its_letters_is_not_trusted():
    # Tesseract sure of a rare word where a common one has the same letters: "vùng sầu"
    # and "cán bô" on the dev renders, at 96 and more
    page = repair.repair_page(_page(["Một số thôn vùng sầu như Đưng K'Nớ"], 97.0), Options())
    assert page.text == "Một số thôn vùng sâu như Đưng K'Nớ"
    assert repair._rare_beside_common("sầu") and repair._rare_beside_common("bô")
    # a common word, or a rare one with no common twin, is trusted as before
    assert not repair._rare_beside_common("sâu") and not repair._rare_beside_common("cho")
    page = repair.repair_page(_page(["các hộ nuôi cá lồng bè"], 97.0), Options())
    assert page.text == page.text_raw


def test_a_small_non_word_beside_a_common_word_of_its_letters_is_not_trusted():
    # Tesseract sure of "thủ tực" (no word) for thủ tục, at 96, in a new report's render
    page = repair.repair_page(_page(["tạm dừng giải quyết thủ tực tách thửa"], 97.0),
                              Options())
    assert page.text == "tạm dừng giải quyết thủ tục tách thửa"
    assert repair._non_word_beside_common("tực,")
    # a name in capitals, a word, or a non-word with no common twin is trusted as before
    assert not repair._non_word_beside_common("Tực") and \
        not repair._non_word_beside_common("tục") and not repair._non_word_beside_common("xyz")


def test_the_rules_still_apply_to_a_word_tesseract_is_sure_of():
    page = repair.repair_page(_page(["theo Quyết định số 22/QD-UBND của"], 96.0), Options())
    assert page.text == "theo Quyết định số 22/QĐ-UBND của"


def test_a_text_layer_has_no_trusted_words():
    page = PageText(number=1, source="text-layer", text_raw="Các tệp khác", text="")
    assert repair.trusted_and_doubtful_words(page) == (set(), set())
    # words that are not the page's text (as a text layer's would be) trust nothing
    other = _page(["Các tệp khác"], 96.0)
    assert repair.trusted_and_doubtful_words(
        PageText(1, "ocr", "Các tệp", "", words=other.words)) == (set(), set())


def test_typed_vietnamese_is_kept_as_written():
    # a typed text layer is what its author wrote, typos and all; text an OCR engine
    # read is repaired ("triền" is a tone Tesseract misreads, "QD" a code's lost Đ)
    text = "UBND xã đã triền khai Quyết định số 22/QD-UBND về cải cách hành chính."
    typed = repair.repair_page(PageText(1, "text-layer", text, ""), Options())
    assert typed.text == text and not typed.corrections
    read = repair.repair_page(PageText(1, "ocr-text-layer", text, ""), Options())
    assert read.text == text.replace("triền", "triển").replace("QD", "QĐ")
    # typed without marks, or in the English model's garble, is repaired all the same
    stripped = repair.repair_page(PageText(1, "text-layer", "cai cach hanh chinh", ""),
                                  Options())
    assert stripped.text == "cải cách hành chính"


def test_a_typed_quarter_is_not_taken_for_a_misread_one():
    pages = [PageText(1, "ocr", "Kế hoạch quý II/2026", "Kế hoạch quý II/2026"),
             PageText(2, "text-layer", "Quý 1/2026", "Quý 1/2026"),
             PageText(3, "ocr", "Quý 1/2026", "Quý 1/2026")]
    assert [p.text for p in repair.harmonise_quarters(pages)] == [
        "Kế hoạch quý II/2026", "Quý 1/2026", "Quý I/2026"]


@pytest.mark.parametrize("first, second, line, wrong, right", [
    # our OCR of a new report: "III." opened page 2 read "HI.", the "II." on page 1
    ("BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\nXã có 14 thôn.\nII. KẾT QUẢ THỰC HIỆN\nĐã xong.",
     "Còn chậm.\nHI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n1. Tiếp tục rà soát.", 2, "HI.", "III."),
    # of a new report: a whole stroke lost, "III." read "II." under page 1's "II."
    ("BÁO CÁO\nI. CÁCH THỨC KHẢO SÁT\nPhiếu hợp lệ.\nII. KẾT QUẢ KHẢO SÁT\nĐạt 94,3%.",
     "vào giờ cao điểm.\nII. GIẢI PHÁP TRONG THỜI GIAN TỚI\n1. Công khai.", 2, "II.", "III."),
    # of a dev decision: "c)" opened page 2 read "e)", after "b)" on page 1
    ("Điều 2. Nhiệm vụ\na) Rà soát thủ tục;\nb) Theo dõi, đôn đốc;",
     "e) Tham mưu Chủ tịch UBND xã;\nd) Đề xuất khen thưởng;\nđ) Báo cáo.", 1, "e)", "c)"),
])
def test_a_garbled_numeral_or_letter_is_counted_from_the_page_before(first, second, line,
                                                                      wrong, right):
    pages = [PageText(1, "ocr", first, first), PageText(2, "ocr", second, second)]
    harmonised = repair.harmonise(pages)
    assert [p.text for p in harmonised] == [first, second.replace(wrong, right)]
    assert harmonised[1].corrections == [{"page": 2, "line": line, "original": wrong,
                                          "corrected": right, "confidence": 0.9}]
    # a typed page is as its author wrote it
    pages[1] = PageText(2, "text-layer", second, second)
    assert [p.text for p in repair.harmonise(pages)] == [first, second]


def test_a_name_repair_changed_is_read_as_the_document_spells_it_elsewhere():
    # a dev decision's render in Liberation Serif: page 2's "Long" + "Hựu." on the next
    # line, doubted, was repaired to the commoner "Hưu"; page 1 writes "Long Hựu" three
    # times, and the document never "Long Hưu"
    first = "Xã Long Hựu có 9 ấp.\nUBND xã Long Hựu;\nTrung tâm xã Long Hựu."
    second = "Ủy ban nhân dân xã Long\nHưu. Chánh Văn phòng"
    fix = {"page": 2, "line": 2, "original": "Hựu", "corrected": "Hưu", "confidence": 0.63}
    pages = [PageText(1, "ocr", first, first),
             PageText(2, "ocr", second, second, corrections=[fix])]
    harmonised = repair.harmonise(pages)
    assert [p.text for p in harmonised] == [first, second.replace("Hưu", "Hựu")]
    assert harmonised[1].corrections[-1] == {"page": 2, "line": 2, "original": "Hưu",
                                             "corrected": "Hựu", "confidence": 0.9}
    # once elsewhere is not the document's spelling; nor is one it also writes as repaired
    for other in ("Xã Long Hựu có 9 ấp.", first + "\nxã Long Hưu"):
        pages[0] = PageText(1, "ocr", other, other)
        assert repair.harmonise(pages)[1].text == second


def test_a_repeated_numeral_before_the_next_one_stays():
    # "II." twice, then "III.": the second II is no misread III (nor fixed by guess)
    first = "I. MỤC ĐÍCH\nRõ.\nII. NỘI DUNG\nĐủ."
    second = "II. NỘI DUNG\nTiếp.\nIII. TỔ CHỨC THỰC HIỆN\nXong."
    pages = [PageText(1, "ocr", first, first), PageText(2, "ocr", second, second)]
    assert [p.text for p in repair.harmonise(pages)] == [first, second]
    # nor is a heading line that comes twice (a page's last line read again on the next)
    again = "II. NỘI DUNG\nTiếp."
    pages = [PageText(1, "ocr", first, first), PageText(2, "ocr", again, again)]
    assert [p.text for p in repair.harmonise(pages)] == [first, again]


def test_columns_read_as_one_line_are_set_apart_by_a_tab():
    # word height 40: a gap of 120 or less is a word space, more is a column's
    def word(text: str, left: int, width: int) -> Word:
        return Word(text, 96.0, (left, 0, width, 40), 1, 1, 1)

    words = [word("THƯ", 0, 90), word("KÝ", 110, 50), word("CHỦ", 700, 90),
             word("TRÌ", 810, 70), word("rộng", 1000, 90)]
    assert ocr.words_to_text(words) == "THƯ KÝ\tCHỦ TRÌ rộng"


def test_a_cells_border_between_two_close_words_is_a_tab_and_keeps_their_confidences():
    # "Kỳ", not "Quý": an acute with a hook twin (quỷ) is never trusted
    words = [Word("Kỳ", 97.0, (0, 0, 90, 40), 1, 1, 1), Word("I/2026", 97.0, (110, 0, 150, 40),
                                                                1, 1, 1),
             Word("Văn", 97.0, (290, 0, 90, 40), 1, 1, 1)]
    border = [(270, 272, -20, 60)]  # between "I/2026" and "Văn", 30 px apart
    text = ocr.words_to_text(words, border)
    assert text == "Kỳ I/2026\tVăn"
    page = PageText(number=1, source="ocr", text_raw=text, text=text, words=words)
    trusted, _ = repair.trusted_and_doubtful_words(page)
    assert trusted == {(0, 0), (0, 1), (0, 2)}


def test_a_printed_line_tesseract_put_in_two_blocks_is_one_line_again():
    def word(text: str, left: int, top: int, block: int, line: int) -> Word:
        return Word(text, 95.0, (left, top, 80, 40), block, 1, line)

    words = [word("Kiểm", 0, 100, 1, 1), word("tra", 100, 100, 1, 1),  # left half, row 1
             word("Vào", 0, 160, 1, 2),  # row 2
             word("Trung", 300, 102, 2, 1), word("tâm", 400, 102, 2, 1),  # right half, row 1
             word("lúc", 300, 240, 2, 2)]  # a row of its own: not beside any line of block 1
    text = ocr.words_to_text(ocr.join_split_lines(words))
    assert text == "Kiểm tra Trung tâm\nVào\n\nlúc"
    # words of one block stay as Tesseract ordered them
    same_block = [word("a", 0, 100, 1, 1), word("b", 300, 100, 1, 2)]
    assert ocr.join_split_lines(same_block) == same_block


def test_a_quarter_read_in_ones_is_roman_where_another_page_writes_roman_quarters():
    # pages are repaired one by one; only the document shows how it writes its quarters
    from ocr_pipeline import document

    def page(number: int, text: str) -> PageText:
        return PageText(number=number, source="ocr", text_raw=text, text=text)

    source = {"path": "ke-hoach.pdf", "sha256": "0" * 64, "page_count": 2}
    pages = [page(1, "Thời gian: từ Quý 1/2026."), page(2, "Hoàn thành trong Quý II/2026.")]
    doc = document.assemble(source, pages, Options())
    assert doc["pages"][0]["text"] == "Thời gian: từ Quý I/2026."
    assert doc["pages"][0]["text_raw"] == "Thời gian: từ Quý 1/2026."
    assert {"page": 1, "line": 1, "original": "1", "corrected": "I", "confidence": 0.9} in \
        doc["corrections"]
    # a document that writes a quarter in figures keeps its ones
    pages[1] = page(2, "Hoàn thành trong quý 2 năm 2026, Quý II/2026.")
    doc = document.assemble(source, pages, Options())
    assert doc["pages"][0]["text"] == "Thời gian: từ Quý 1/2026."


def test_row_numbers_a_narrow_cell_garbled_are_counted_from_the_rows_around_them():
    # twelve degraded renders of a new report's table: "K)" for 3, "Z" for 2, "⁄Ồ" for 1,
    # the first four numbers dropped as specks; the rows around number them in sequence
    head = "STT\tLĩnh vực\tTiếp nhận\tĐúng hạn"
    read = [head, "⁄Ồ\tHộ tịch\t1.214\t1.209", "Z\tChứng thực\t2.087\t2.087",
            "K)\tĐất đai\t346\t331", "4\tBảo trợ xã hội\t158\t158",
            "Tổng cộng\t3.805\t3.785"]
    right = [head, "1\tHộ tịch\t1.214\t1.209", "2\tChứng thực\t2.087\t2.087",
             "3\tĐất đai\t346\t331", "4\tBảo trợ xã hội\t158\t158",
             "Tổng cộng\t3.805\t3.785"]
    page = PageText(1, "ocr", "\n".join(read), "\n".join(read))
    fixed = repair.harmonise([page])[0]
    assert fixed.text == "\n".join(right)
    assert {"page": 1, "line": 4, "original": "K)", "corrected": "3",
            "confidence": 0.9} in fixed.corrections
    dropped = ["BÁO CÁO", head, "\tHộ tịch\t1.214\t1.209", "\tChứng thực\t2.087\t2.087",
               "3\tĐất đai\t346\t331"]
    text = "\n".join(dropped)
    assert repair.harmonise([PageText(1, "ocr", text, text)])[0].text.split("\n")[2:4] == [
        "1\tHộ tịch\t1.214\t1.209", "2\tChứng thực\t2.087\t2.087"]
    # a sub-item's letter, a row whose number cell was lost (its name first), and typed
    # text stay as they are
    kept = [head, "1\tHộ tịch\t1.214\t1.209", "a\tKhai sinh\t512\t510",
            "b\tKhai tử\t87\t87", "2\tChứng thực\t2.087\t2.087", "Đất đai\t346\t331",
            "4\tBảo trợ xã hội\t158\t158"]
    text = "\n".join(kept)
    assert repair.harmonise([PageText(1, "ocr", text, text)])[0].text == text
    text = "\n".join(read)
    assert repair.harmonise([PageText(1, "text-layer", text, text)])[0].text == text


def test_a_page_whose_first_word_ocr_read_in_capitals_goes_on_the_sentence_before():
    # a new report's render: page 2 opened "SƠ trực tuyến." (the "hồ sơ" page 1 broke),
    # which repair, reading the page alone, took for a sentence's start
    def pages(last_line: str, first_line: str) -> list[PageText]:
        return [PageText(1, "ocr", last_line, last_line),
                repair.repair_page(PageText(2, "ocr", f"{first_line}\n2. Rà soát.", ""),
                                   Options())]
    alone = pages("khuyến khích nộp hồ", "SƠ trực tuyến.")
    assert alone[1].text == "Sơ trực tuyến.\n2. Rà soát."
    assert repair.harmonise(alone)[1].text == "sơ trực tuyến.\n2. Rà soát."
    # after a sentence's end or a page's number it opens one; an abbreviation stays
    for last_line, first_line in (("thủ tục đã hoàn thành.", "SƠ kết năm."),
                                  ("- 1 -", "SƠ kết năm."), ("1", "SƠ kết năm."),
                                  ("khuyến khích các", "UBND xã ban hành.")):
        alone = pages(last_line, first_line)
        assert repair.harmonise(alone)[1].text == alone[1].text
