import cv2
import numpy as np
import pytest
from PIL import Image

from ocr_pipeline import load, metrics, parse, pipeline
from ocr_pipeline._exec import poppler
from ocr_pipeline.errors import InputError, PageTimeout
from ocr_pipeline.models import Options
from tests.helpers import (
    clean_page,
    invisible_text_pdf,
    ocr_layer_pdf,
    page_lines,
    sealed_signature_page,
    text_layer_pdf,
)


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
    # enlarged to the resolution a PDF page is rasterised at
    assert second.dpi == 300 and second.image.shape == (3508, 2480)
    assert second.warnings == ["page 2 scanned at 150 dpi, enlarged to 300 dpi for OCR"]
    assert load.load_page(path, 2, Options(dpi=150)).image.shape == (1754, 1240)


def test_an_image_scanned_at_100_dpi_is_read_as_well_as_at_300(tmp_path):
    # Tesseract read it as it came at CER 0.68%, enlarged to 300 dpi 0.08%
    page = np.asarray(clean_page().convert("L"))
    small = cv2.resize(page, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    path = tmp_path / "low.png"
    Image.fromarray(small).save(path, dpi=(100, 100))
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), text) < 0.003


def test_an_image_that_says_no_resolution_is_taken_at_its_prints_size(tmp_path):
    # a PNG export or a screenshot carries no dpi: taken at 300, this 100-dpi page was
    # never enlarged and read at CER 5%
    page = np.asarray(clean_page().convert("L"))
    small = cv2.resize(page, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    path = tmp_path / "export.png"
    Image.fromarray(small).save(path)
    loaded = load.load_page(path, 1, Options())
    assert loaded.dpi == 300 and loaded.image.shape[0] > 2.5 * small.shape[0]
    assert loaded.warnings and "the file says none" in loaded.warnings[0]
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), text) < 0.003


def test_the_resolution_a_pages_print_says(tmp_path):
    page = np.asarray(clean_page().convert("L"))
    for dpi in (100, 150, 200):
        small = cv2.resize(page, None, fx=dpi / 300, fy=dpi / 300, interpolation=cv2.INTER_AREA)
        assert load.text_dpi(small) == pytest.approx(dpi, rel=0.2)
    # a strip cut from a page: its letters are a tenth of its height
    assert load.text_dpi(page[1000:1500]) == pytest.approx(300, rel=0.2)
    # a page at 300 dpi or near it is taken at 300, as a file without a resolution was
    Image.fromarray(page).save(tmp_path / "page.png")
    assert load.load_page(tmp_path / "page.png", 1, Options()).dpi == 300
    # too little print to tell: a blank page
    assert load.text_dpi(np.full((800, 600), 255, np.uint8)) is None


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


def test_a_text_layer_ocr_made_without_the_vietnamese_model_is_set_aside(tmp_path):
    # scanner software OCRs in English: its layer is the garble of seeds 000 and 001
    # ("Uy ban nhan dan x3"), and the scan under it reads far better
    pdf = ocr_layer_pdf(tmp_path / "scanned-eng.pdf", clean_page(), lang="eng")
    assert load.load_page(pdf, 1, Options()).text_layer_by_ocr
    page = pipeline.process_page(pdf, 1, Options(workers=1))
    assert page.source == "ocr"
    assert page.warnings[0] == ("page 1: its text layer was made by OCR without the "
                                "Vietnamese model; the page is OCR'd instead")
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), page.text) < 0.003
    # a layer without its scan is all there is, and it is kept (and repaired)
    bare = ocr_layer_pdf(tmp_path / "layer-only.pdf", clean_page(), lang="eng", text_only=True)
    kept = pipeline.process_page(bare, 1, Options(workers=1))
    assert kept.source == "ocr-text-layer" and kept.corrections
    assert kept.warnings == ["page 1: its text layer was made by OCR without the Vietnamese "
                             "model, but its scan reads too little: the layer is used"]


def test_a_text_layer_says_whether_ocr_made_it(tmp_path):
    typed = load.load_page(text_layer_pdf(tmp_path / "typed.pdf", page_lines()[:12]), 1,
                           Options())
    scanned = load.load_page(ocr_layer_pdf(tmp_path / "scanned.pdf", clean_page()), 1,
                             Options())
    assert typed.text_layer and not typed.text_layer_by_ocr
    assert scanned.text_layer and scanned.text_layer_by_ocr
    # both tell-tales of Tesseract's layer: its font (pdffonts) and its invisible text
    assert load.OCR_LAYER_FONT in poppler.page_font_names(tmp_path / "scanned.pdf", 1)
    assert load.invisible_text(tmp_path / "scanned.pdf", 1)
    typed_fonts = poppler.page_font_names(tmp_path / "typed.pdf", 1)
    assert "FreeSerif" in typed_fonts and load.OCR_LAYER_FONT not in typed_fonts
    assert pipeline.read_page(tmp_path / "scanned.pdf", 1, Options()).source == \
        "ocr-text-layer"
    # another engine's layer: a real font, drawn invisibly over the scan
    other = load.load_page(invisible_text_pdf(tmp_path / "other.pdf", clean_page(),
                                              page_lines()[:12]), 1, Options())
    assert other.text_layer and other.text_layer_by_ocr


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


SIGNED = ["Kính trình Ủy ban nhân dân huyện Sơn Tịnh xem xét, quyết định./.",
          "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như trên;\tCHỦ TỊCH",
          "- Phòng Tư pháp huyện (b/c);\t ", "- Văn phòng UBND huyện;\t ",
          "- Lưu: VT, TP.\t ", "\tPhạm Văn Thành"]


def test_a_seal_and_a_signature_in_colour_are_left_out_of_the_grey_page(tmp_path):
    page = sealed_signature_page(SIGNED)
    rgb = np.asarray(page)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 80)
    blue = (rgb[..., 2] > 110) & (rgb[..., 0] < 80)
    black = rgb.max(axis=2) < 60
    assert red.sum() > 10_000 and blue.sum() > 1_000 and black.sum() > 10_000
    png, pdf = tmp_path / "signed.png", tmp_path / "signed.pdf"
    page.save(png, dpi=(300, 300))
    page.save(pdf, resolution=300)
    for path in (png, pdf):
        gray = load.load_page(path, 1, Options()).image
        h, w = min(gray.shape[0], rgb.shape[0]), min(gray.shape[1], rgb.shape[1])
        gray, inked = gray[:h, :w], (red | blue)[:h, :w]  # poppler may round a row more
        assert np.mean(gray[inked] == 255) > 0.95, path  # the PDF holds a JPEG
        assert np.median(gray[black[:h, :w]]) < 60  # print, also under the seal, stays black
    # a page in grey is rasterised in grey
    grey_pdf = tmp_path / "grey.pdf"
    page.convert("L").save(grey_pdf, resolution=300)
    assert not poppler.page_has_color_images(grey_pdf, 1)
    assert poppler.page_has_color_images(pdf, 1)


def test_the_signer_under_a_seal_is_read(tmp_path):
    pdf = tmp_path / "signed.pdf"
    sealed_signature_page(SIGNED).save(pdf, resolution=300)
    text = pipeline.process_page(pdf, 1, Options(workers=1)).text
    signer = parse.parse_text(text).document["signer"] or {}
    assert (signer.get("authority"), signer.get("title"), signer.get("name")) == (
        "TM.", "CHỦ TỊCH", "Phạm Văn Thành")


def test_a_photo_is_turned_as_its_exif_orientation_says(tmp_path):
    upright = clean_page()
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90 degrees clockwise to show"
    path = tmp_path / "photo.jpg"
    upright.rotate(90, expand=True).save(path, exif=exif, dpi=(300, 300))
    gray = load.load_page(path, 1, Options()).image
    assert gray.shape == (upright.height, upright.width)
    assert np.mean(np.abs(gray.astype(int) - np.asarray(upright, dtype=int))) < 8


def test_a_photo_that_says_72_dpi_is_taken_for_the_page_it_shows(tmp_path):
    # phones write 72 dpi into photos of thousands of pixels: taken at its word, the page
    # is 48 inches long and the clean stage took letters' stems for a table's rules
    path = tmp_path / "photo.jpg"
    clean_page().save(path, dpi=(72, 72), quality=90)
    page = load.load_page(path, 1, Options())
    assert 280 <= page.dpi <= 320
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    truth = "\n".join(page_lines()).replace("\t", "   ")
    assert metrics.cer(truth, text) < 0.02
