"""Lines Tesseract's layout dropped, read again: real Tesseract on rendered pages."""

import numpy as np

from ocr_pipeline import clean
from ocr_pipeline._exec import tesseract
from ocr_pipeline.missed_lines import recover_missed_lines
from ocr_pipeline.models import Options, PageImage
from ocr_pipeline.ocr import words_to_text
from samples.generate import RENDER_DPI, Layout, draw_page, render_fonts

LINES = [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026,",
    "Ủy ban nhân dân xã báo cáo kết quả như sau:",
    "1. Công tác chỉ đạo, điều hành",
    "Ủy ban nhân dân xã đã ban hành kế hoạch năm 2026",
    "và đôn đốc các bộ phận triển khai thực hiện.",
    "2. Cải cách thủ tục hành chính",
    "100% hồ sơ được tiếp nhận và giải quyết đúng hạn;",
    "tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,5%.",
]


def _page_words():
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(LINES, Layout(font, 13)).convert("L"))
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI),
                                   Options(workers=1))
    return page.image, tesseract.image_to_words(page.image, "vie", 60, psm=4)


def test_a_line_the_layout_dropped_is_read_again_in_its_place():
    image, words = _page_words()
    text = words_to_text(words)
    assert "2. Cải cách thủ tục hành chính" in text
    # Tesseract's layout now and then leaves a whole line out (a public report's
    # "2. Việc thực hiện đánh giá ..." on a degraded render): drop one so
    dropped = [w for w in words if not (w.line_key == next(
        x.line_key for x in words if x.text == "Cải"))]
    assert "Cải cách thủ tục" not in words_to_text(dropped)
    again = recover_missed_lines(dropped, image, "vie", 60)
    lines = [ln for ln in words_to_text(again).splitlines() if ln.strip()]
    at = lines.index("2. Cải cách thủ tục hành chính")
    assert lines[at - 1].endswith("triển khai thực hiện.")
    assert lines[at + 1].startswith("100% hồ sơ")


def test_a_page_read_whole_gets_no_line():
    image, words = _page_words()
    assert recover_missed_lines(words, image, "vie", 60) == words


def test_a_last_pages_signer_right_of_its_archive_line_is_read_again_after_it():
    # a new report's last page: "- Lưu: VT, KT." and, in the signer's column below its
    # right, "Nguyễn Thị Thanh Thúy", which Tesseract's layout left out. Too few words to
    # show a text column: the band is looked for across the page
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    # and a short name, about 7 word heights wide
    for name in ("Nguyễn Thị Thanh Thúy", "Y Phôn Byă"):
        lines = ["- Lưu: VT, KT.", "\t" + name]
        image = np.asarray(draw_page(lines, Layout(font, 13)).convert("L"))
        page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI),
                                       Options(workers=1))
        words = tesseract.image_to_words(page.image, "vie", 60, psm=4)
        assert name in words_to_text(words)
        archive = [w for w in words if w.line_key == words[0].line_key]
        assert name not in words_to_text(archive)
        lines = words_to_text(recover_missed_lines(archive, page.image, "vie", 60)).splitlines()
        lines = [ln.strip() for ln in lines if ln.strip()]
        assert len(lines) == 2 and lines[0].startswith("- Lưu:")  # "VT," read "VŨ" or so
        assert lines[1] == name


def test_a_last_page_of_two_lines_side_by_side_is_not_read_as_one_turned_line():
    # the same page: its two pieces, one line apart, had been taken for one line turned
    # 3.5 degrees; each strip of the page shows its own piece level
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    image = np.asarray(draw_page(["- Lưu: VT, KT.", "\tNguyễn Thị Thanh Thúy"],
                                 Layout(font, 13)).convert("L"))
    for turned in (0.0, -2.0, 1.5):
        page = clean.rotate(image, turned) if turned else image
        assert abs(clean.estimate_skew(page) - turned) < 0.2
    # a page of one line keeps its whole line's angle
    line = np.asarray(draw_page([LINES[1]], Layout(font, 13)).convert("L"))
    assert abs(clean.estimate_skew(clean.rotate(line, 1.5)) - 1.5) < 0.05
