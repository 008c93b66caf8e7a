import numpy as np
import pytest
from PIL import Image

from ocr_pipeline import load
from ocr_pipeline._exec import poppler
from ocr_pipeline.errors import InputError, PageTimeout
from ocr_pipeline.models import Options
from tests.helpers import clean_page, page_lines, text_layer_pdf


def test_pdf_pages_counted_and_rasterised_one_at_a_time(scans_dir):
    pdf = scans_dir / "bao-cao-mai-hoa.pdf"
    assert load.count_pages(pdf) == 2
    page = load.load_page(pdf, 2, Options(dpi=150))
    assert page.image is not None and page.image.dtype == np.uint8
    assert page.image.shape[0] == pytest.approx(297 / 25.4 * 150, abs=3)


def test_multipage_tiff(tmp_path):
    page = clean_page().resize((1240, 1754))
    path = tmp_path / "two.tif"
    page.save(path, save_all=True, append_images=[page.rotate(180)], dpi=(150, 150))
    assert load.count_pages(path) == 2
    second = load.load_page(path, 2, Options())
    assert second.dpi == 150 and second.image.shape == (1754, 1240)


@pytest.mark.parametrize("mode", ["CMYK", "I;16", "RGBA", "P", "1", "RGB"])
def test_image_modes_become_gray(tmp_path, mode):
    base = clean_page().resize((620, 877))
    if mode == "I;16":
        img = Image.fromarray(np.asarray(base, dtype=np.uint16) * 257)
    else:
        img = base.convert(mode)
    suffix = ".tif" if mode in ("CMYK", "I;16") else ".png"
    path = tmp_path / f"page{suffix}"
    img.save(path)
    page = load.load_page(path, 1, Options())
    assert page.image.dtype == np.uint8 and page.image.ndim == 2
    assert page.image.min() < 100 and page.image.max() > 200  # ink and paper survived


def test_text_layer_is_read_instead_of_ocr(tmp_path):
    lines = page_lines()[:12]
    pdf = text_layer_pdf(tmp_path / "born-digital.pdf", lines)
    page = load.load_page(pdf, 1, Options())
    assert page.image is None
    assert lines[0].split()[0] in page.text_layer
    forced = load.load_page(pdf, 1, Options(force_ocr=True))
    assert forced.image is not None and forced.text_layer is None


@pytest.mark.parametrize("lines", [
    # TCVN3 ("ABC") and VNI: what such a PDF's text layer holds for "Ủy ban nhân dân xã ..."
    ["Uû ban nh©n d©n x· T©n Phó", "C«ng t¸c c¶i c¸ch hµnh chÝnh n¨m 2025 ®· ®¹t kÕt qu¶ tèt."] * 6,
    ["UÛy ban nhaân daân xaõ Taân Phuù", "Coâng taùc caûi caùch haønh chính naêm 2025 ñaõ ñaït "
     "keát quaû toát."] * 6,
])
def test_a_text_layer_in_a_legacy_font_encoding_is_ocred_instead(tmp_path, lines):
    pdf = text_layer_pdf(tmp_path / "legacy-font.pdf", lines)
    page = load.load_page(pdf, 1, Options())
    assert page.image is not None and page.text_layer is None
    assert any("legacy Vietnamese font encoding" in w for w in page.warnings)


def test_huge_image_is_downscaled(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("L", (12000, 12000), 255).save(path)
    page = load.load_page(path, 1, Options(max_pixels=20_000_000))
    assert page.image.shape[0] * page.image.shape[1] <= 20_000_000


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.pdf", b"", "empty"),
        ("fake.pdf", b"hello, I am not a PDF at all", "not a PDF"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "PDF"),
        ("garbage.png", b"\x89PNG\r\n\x1a\nnot really", "image"),
    ],
)
def test_bad_files_raise_input_error_naming_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load.count_pages(path)
        load.load_page(path, 1, Options())
    assert reason.lower() in str(info.value).lower()
    assert name in str(info.value)


def test_tiny_image_refused(tmp_path):
    path = tmp_path / "dot.png"
    Image.new("L", (1, 1), 0).save(path)
    with pytest.raises(InputError, match="too small"):
        load.load_page(path, 1, Options())


def test_rasterising_past_the_time_limit_is_a_page_timeout(scans_dir):
    pdf = next(scans_dir.glob("*.pdf"))
    with pytest.raises(PageTimeout, match="rasterising page 1 took longer than 0.001 s") as info:
        poppler.rasterise(pdf, 1, dpi=600, timeout_s=0.001)
    assert info.value.stage == "load" and info.value.path == str(pdf)
