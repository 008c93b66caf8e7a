from pathlib import Path

from ocr_pipeline import pipeline
from ocr_pipeline.garbled_lines import reread_garbled_lines
from ocr_pipeline.models import Options, Word
from samples.generate import render_document

ROOT = Path(__file__).resolve().parent.parent


def test_a_line_the_page_read_garbled_is_read_again(tmp_path):
    # the archive line of a new report's render, clean and upright, came back from the
    # page read as "!.ì CC: đi Bng lý lý mà 4 Liêu Ô4" (confidences 0-59 but one)
    text = (ROOT / "bench" / "dev_reports_20" / "report-two-level-ha-quang.txt").read_text(
        encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    render_document(text, pdf, seed=60021)
    page = pipeline.read_page(pdf, 2, Options(workers=1))
    archive = [line for line in page.text_raw.splitlines() if "TTPVHCC" in line]
    assert archive and archive[0].startswith("- Lưu:")


def test_a_garbled_line_of_two_words_is_read_again_at_three_quarters_size(tmp_path):
    # dev batch 66's report on child nutrition: its "- Lưu: VT, YT." came back from the
    # page read as "-LƯU VỊ,Y]:" (28, 17), alone at its size '"LƯU VÌ, YÌT.:', and right
    # at three quarters of its size
    text = (ROOT / "bench" / "dev_reports_66" / "report-child-nutrition-dong-thinh.txt"
            ).read_text(encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    render_document(text, pdf, seed=104511)
    page = pipeline.read_page(pdf, 2, Options(workers=1))
    assert "- Lưu: VT, YT." in page.text_raw.splitlines()


def test_lines_read_surely_are_left_as_they_are():
    words = [Word(text, 96.0, (100 + 80 * n, 50, 70, 40), 1, 1, 1)
             for n, text in enumerate(["-", "Lưu:", "VT."])]
    words.append(Word("x", 20.0, (100, 120, 20, 40), 1, 1, 2))  # one unsure word alone
    assert reread_garbled_lines(words, None, "vie", 30) is words
