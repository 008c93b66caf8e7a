import regex

from samples.generate import COLUMN, STYLE_MARKS, paragraph_faces, render_document

DECISION = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ IA HRUNG\tĐộc lập - Tự do - Hạnh phúc
Số: 205/QĐ-UBND\tIa Hrung, ngày 14 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc kiện toàn Tổ công tác triển khai Đề án 06
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Điều 1. Kiện toàn Tổ công tác triển khai Đề án 06 xã Ia Hrung.
| TT | Họ và tên | Chức vụ |
| 1 | Rơ Châm Hyun | Tổ trưởng |
Nơi nhận:\tCHỦ TỊCH
- Lưu: VT.
\tRơ Châm Hyun
"""


def test_faces_follow_the_decree_on_documents():
    faces = paragraph_faces(DECISION.splitlines())
    assert faces == ["\tbold", "bold\tbold", "\titalic", "bold", "bold", "italic", "", "", "",
                     "bold-italic\tbold", "", "\tbold"]


def test_a_styled_render_has_the_text_of_a_plain_one(tmp_path):
    words = {}
    for styled in (False, True):
        pdf = tmp_path / f"{styled}.pdf"
        render_document(DECISION, pdf, seed=3, styled=styled)
        truth = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8")
        assert not regex.search("[" + "".join(STYLE_MARKS.values()) + "]", truth)
        words[styled] = truth.replace(COLUMN, " ").split()
    assert words[True] == words[False]
