"""Words Tesseract read with almost no confidence, read again alone: real Tesseract on
rendered pages."""

from dataclasses import replace

import numpy as np

from ocr_pipeline import clean, pipeline
from ocr_pipeline._exec import tesseract
from ocr_pipeline.doubtful_words import reread_doubtful_words
from ocr_pipeline.models import Options, PageImage
from samples.generate import RENDER_DPI, Layout, draw_page, render_document, render_fonts

DECISION = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐỒNG TÂM\tĐộc lập - Tự do - Hạnh phúc
Số: 402/QĐ-UBND\tĐồng Tâm, ngày 30 tháng 12 năm 2026
QUYẾT ĐỊNH
Về việc công nhận hộ thoát nghèo, hộ cận nghèo năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định \
chuẩn nghèo đa chiều giai đoạn 2022 - 2025;
Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo năm 2026 của Ban Chỉ đạo giảm nghèo xã;
"""


def test_a_year_alone_on_its_line_of_a_scan_reads_right(tmp_path):
    # in this degraded scan both years wrap onto lines of their own; the page read gave
    # '"UAO,;' and "2U 20;" at confidence 0-50, each read alone gives "2025;" at 96
    pdf = tmp_path / "decision.pdf"
    render_document(DECISION, pdf, seed=8104)
    lines = pipeline.read_page(pdf, 1, Options(workers=1)).text_raw.splitlines()
    wrapped = [n for n, line in enumerate(lines) if line.endswith(("tháng 6 năm", "2022 -"))]
    assert len(wrapped) == 2
    assert [lines[n + 1] for n in wrapped] == ["2025;", "2025;"]


def test_only_sure_rereads_of_words_that_are_no_marker_or_figure_are_taken():
    font = next(f for f in render_fonts() if f.name == "DejaVuSerif.ttf")
    lines = ["1. Kết quả thực hiện", "- Lưu: VT, VP.", "Tổng điểm đạt 11,75 điểm", "THÀNH VIÊN"]
    image = np.asarray(draw_page(lines, Layout(font, 13)).convert("L"))
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=RENDER_DPI),
                                   Options(workers=1))
    words = tesseract.image_to_words(page.image, "vie", 60, psm=4)
    texts = [w.text for w in words]
    assert texts[:4] == ["1.", "Kết", "quả", "thực"]
    # misreadings given at no confidence: a word, a marker, a figure, a case
    damage = {texts.index("quả"): "qué", 0: "I.", texts.index("11,75"): "11,76",
              texts.index("VIÊN"): "viên"}
    damaged = [replace(w, text=damage[n], confidence=0.0) if n in damage else w
               for n, w in enumerate(words)]
    again = [w.text for w in reread_doubtful_words(damaged, page.image, [], "vie", 60)]
    # the word is read again; a line's marker ("markers" rereads those), a figure (its
    # row knew the comma) and a change of case only are left as they were
    assert again == [damage.get(n, t) if t != "quả" else t for n, t in enumerate(texts)]
