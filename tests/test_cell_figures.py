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
