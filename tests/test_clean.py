import random
from pathlib import Path

import cv2
import numpy as np
import pytest
import regex

from ocr_pipeline import clean
from ocr_pipeline.models import Options, PageImage
from samples.generate import Layout, uneven_light
from tests.helpers import clean_page, degraded_page, page_lines

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("angle", [-10.0, -7.45, -4.2, -1.3, -0.35, 0.0, 0.6, 2.75, 5.0, 8.1, 10.0])
def test_skew_recovered_within_0_2_degrees(angle):
    image = degraded_page(angle, seed=int(angle * 100) % 97)
    assert abs(clean.estimate_skew(image) - angle) <= 0.2


def test_deskew_straightens_and_reports_sign():
    page = PageImage(number=1, image=degraded_page(3.0, seed=5), dpi=300)
    cleaned = clean.preprocess_deskew(page, Options())
    assert cleaned.skew_degrees == pytest.approx(3.0, abs=0.2)
    assert abs(clean.estimate_skew(cleaned.image)) <= 0.1


def test_blank_page_has_no_skew():
    assert clean.estimate_skew(np.full((2000, 1500), 255, np.uint8)) == 0.0


def test_specks_removed_but_letters_kept():
    image = np.full((400, 400), 255, np.uint8)
    image[100:140, 100:104] = 0  # a stroke: 160 px
    image[200, 200] = 0  # a speck
    image[300:302, 300:302] = 0  # a 2x2 speck
    out = clean.remove_specks(image, 300)
    assert out[200, 200] == 255 and out[300, 300] == 255
    assert (out[100:140, 100:104] == 0).all()


def test_a_lone_blob_is_a_speck_but_a_stop_and_a_leaders_dots_are_kept():
    # a copy made too dark grows its specks past a speck's area (12 px at 300 dpi)
    image = np.full((600, 600), 255, np.uint8)
    image[100:140, 100:104] = 0  # a letter's stem
    image[135:140, 112:117] = 0  # its stop, 8 px away: 25 px
    image[300:305, 300:305] = 0  # a speck grown to 25 px, nothing within 2 mm
    image[450:455, 100:105] = 0  # a leader's dots, 8 px apart
    image[450:455, 113:118] = 0
    image[200:203, 400:414] = 0  # a dash alone: 42 px, not compact
    image[500:507, 500:507] = 0  # a blob of 49 px, over four specks' area
    out = clean.remove_specks(image, 300)
    assert (out[300:305, 300:305] == 255).all()
    kept = [(slice(135, 140), slice(112, 117)), (slice(450, 455), slice(100, 118)),
            (slice(200, 203), slice(400, 414)), (slice(500, 507), slice(500, 507))]
    for rows, cols in kept:
        assert (out[rows, cols] == image[rows, cols]).all()


def test_a_copy_made_too_dark_is_read(tmp_path):
    # its specks, grown with the strokes past a speck's area, were read as stops, dashes
    # and letters: CER 3.8%
    from PIL import Image

    from ocr_pipeline import metrics, pipeline
    from samples.generate import dark_copy, random_degradation

    path = tmp_path / "dark.png"
    dpi = random_degradation(random.Random(4)).dpi  # degraded_page's, 200
    dark_copy(Image.fromarray(degraded_page(1.5, seed=4)), random.Random(0)).save(
        path, dpi=(dpi, dpi))
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), text) < 0.01


def test_a_copy_made_too_dark_has_heavy_strokes_and_a_thinned_copy():
    from PIL import Image

    from samples.generate import dark_copy

    page = degraded_page(0.0, seed=4)  # a 200-dpi scan
    dark = np.asarray(dark_copy(Image.fromarray(page), random.Random(0)))
    assert clean.stroke_width(page, 200) < clean.HEAVY_STROKE_PX <= clean.stroke_width(dark, 200)
    assert clean.stroke_width(np.full((500, 500), 255, np.uint8), 300) == 0.0
    printed = clean.preprocess_deskew(PageImage(number=1, image=page, dpi=200), Options())
    assert printed.restroked is None
    cleaned = clean.preprocess_deskew(PageImage(number=1, image=dark, dpi=200), Options())
    assert cleaned.restroke == "thinned"
    assert clean.stroke_width(cleaned.restroked, 200) < cleaned.stroke_width_px - 1.0


def _page_read(tmp_path: Path, document: str, seed: int, condition: str,
               max_pages: int | None = None, number: int = 1):
    """A dev report (``bench/<document>``) rendered under ``condition``: its page
    ``number`` through the pipeline, and that page's truth."""
    from ocr_pipeline import pipeline
    from samples.generate import render_document

    pdf = tmp_path / "render.pdf"
    render_document((ROOT / "bench" / document).read_text(encoding="utf-8"), pdf, seed=seed,
                    condition=condition, max_pages=max_pages)
    page = pipeline.process_page(pdf, number, Options(workers=1))
    return page, pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")[number - 1]


def test_a_dark_copy_is_read_from_its_thinned_ink(tmp_path):
    # a new letter's first page copied too dark: 52 of its 383 words wrong (WER 13.6%);
    # read from its thinned copy, which Tesseract reads with more confidence, 2
    from ocr_pipeline import metrics

    page, truth = _page_read(
        tmp_path, "dev_reports_20/letter-comments-draft-van-lang.txt", 60010, "dark")
    assert page.strokes == "thinned"
    assert metrics.wer(truth, page.text) < 0.01


def test_a_dark_copys_specks_grown_with_its_strokes_are_removed_from_its_thinned_ink(tmp_path):
    # a new plan's first page copied too dark (strokes 9.0 px): thinned, its specks were
    # still over a speck's size, and Tesseract read them as stops, colons and dashes
    # ("1." as "1:"): CER 3.3%
    from ocr_pipeline import metrics

    page, truth = _page_read(tmp_path, "dev_reports_17/plan-youth-phu-my.txt", 41010,
                                   "dark", max_pages=1)
    assert page.strokes == "thinned"
    assert metrics.cer(truth, page.text) < 0.005


def test_specks_removed_on_a_page_with_more_blobs_than_16_bit_labels_hold():
    image = np.full((1500, 1500), 255, np.uint8)
    image[::3, ::3] = 0  # 250,000 one-pixel specks
    image[10:60, 10:14] = 0  # and one stroke
    out = clean.remove_specks(image, 300)
    assert (out[10:60, 10:14] == 0).all()
    assert (out[100:, 100:] == 255).all()


def test_a_tables_borders_are_removed_and_its_vertical_rules_kept():
    image = np.full((600, 800), 255, np.uint8)
    image[100:103, 50:750] = 0  # a horizontal border: 700 px
    image[100:500, 400:403] = 0  # a vertical one: 400 px
    image[200:240, 100:104] = 0  # a letter's stem: 40 px
    image[300:304, 100:180] = 0  # a dash: 80 px, under 10 mm at 300 dpi
    out, verticals = clean.remove_rules(image, 300)
    assert (out[100:103, 50:750] == 255).all() and (out[100:500, 400:403] == 255).all()
    assert (out[200:240, 100:104] == 0).all() and (out[300:304, 100:180] == 0).all()
    ((left, right, top, bottom),) = verticals
    assert left <= 400 and right >= 403 and top <= 102 and bottom >= 497


def _shaded(image: np.ndarray) -> np.ndarray:
    from PIL import Image

    return np.asarray(uneven_light(Image.fromarray(image), random.Random(2)))


def test_uneven_light_is_flattened_and_even_light_left_alone():
    even = degraded_page(1.5, seed=3)
    assert clean.flatten_background(even, 300) is even
    flat = clean.flatten_background(_shaded(even), 300)
    paper = flat[even > 200]
    assert np.percentile(paper, 5) > 200  # the shadow's paper is white again
    assert np.median(flat[even < 80]) < 110  # and the print still dark


def test_a_shaded_photo_of_a_page_reads_as_the_page(tmp_path):
    from PIL import Image

    from ocr_pipeline import metrics, pipeline

    path = tmp_path / "photo.png"
    Image.fromarray(_shaded(degraded_page(1.5, seed=3))).save(path, dpi=(300, 300))
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    truth = "\n".join(page_lines()).replace("\t", "   ")
    assert metrics.cer(truth, text) < 0.02  # a blank page before: the skew came out wrong


def test_a_photo_on_a_dark_table_keeps_its_printed_lines_whole(tmp_path):
    # Tesseract took this photo (lit unevenly, the page on a dark table) for columns and
    # read the right half of many lines after the left half of the page: CER 29%
    from dataclasses import replace

    from PIL import Image

    from diacritics.build import WRITTEN_REPORTS_DIR
    from ocr_pipeline import metrics, pipeline
    from samples import generate

    text = (WRITTEN_REPORTS_DIR / "minutes-inspection-hoa-an.txt").read_text(encoding="utf-8")
    layout = generate.Layout(generate.render_fonts()[0], 12.5)
    lines = generate.paginate(text, layout)[0]
    rng = random.Random(52)
    degradation = replace(generate.random_degradation(rng, 2.0), dpi=300)
    page = np.asarray(generate.degrade(generate.draw_page(lines, layout), degradation, rng))
    h, w = page.shape
    photo = np.full((int(h * 1.15), int(w * 1.2)), 70, np.uint8)
    top, left = (photo.shape[0] - h) // 2, (photo.shape[1] - w) // 2
    photo[top:top + h, left:left + w] = page
    path = tmp_path / "photo.jpg"
    uneven_light(Image.fromarray(photo), random.Random(2)).save(path, quality=85,
                                                                dpi=(72, 72))
    got = pipeline.process_page(path, 1, Options(workers=1)).text
    truth = "\n".join(lines).replace("\t", "   ")
    assert metrics.cer(truth, got) < 0.15
    assert "Kiểm tra công tác cải cách hành chính tại Trung tâm Phục vụ hành chính công xã" in got


def test_a_sheet_photographed_from_an_angle_is_mapped_back_onto_a_rectangle():
    from PIL import Image

    from samples.generate import angled_photo

    page = degraded_page(1.0, seed=3)
    for seed in (1, 2, 3):
        photo = np.asarray(angled_photo(Image.fromarray(page), random.Random(seed)))
        flat = clean.flatten_perspective(photo, 300)
        # the sheet alone, the table cut away, at its own size
        assert abs(flat.shape[0] - page.shape[0]) < 0.02 * page.shape[0]
        assert abs(flat.shape[1] - page.shape[1]) < 0.03 * page.shape[1]
        # its lines parallel again: the top's and the bottom's skew the page's own
        third = flat.shape[0] // 3
        assert abs(clean.estimate_skew(flat[:third]) - 1.0) < 0.3
        assert abs(clean.estimate_skew(flat[2 * third:]) - 1.0) < 0.3


def test_a_scan_and_a_sheet_lying_square_on_a_table_are_not_warped():
    page = degraded_page(1.0, seed=3)
    assert clean.paper_corners(page, 300) is None  # no table round it
    assert clean.flatten_perspective(page, 300) is page
    on_table = np.full((int(page.shape[0] * 1.15), int(page.shape[1] * 1.2)), 70, np.uint8)
    top, left = (on_table.shape[0] - page.shape[0]) // 2, (on_table.shape[1] - page.shape[1]) // 2
    on_table[top:top + page.shape[0], left:left + page.shape[1]] = page
    corners = clean.paper_corners(on_table, 300)
    assert corners is not None and np.abs(corners[0] - (left, top)).max() < 12
    assert clean.flatten_perspective(on_table, 300) is on_table  # its edges do not converge


def test_a_photo_taken_from_an_angle_is_read(tmp_path):
    # a new letter photographed from an angle, its lines converging: Tesseract ran them
    # together across the page (CER 55%); the sheet mapped back onto a rectangle, 0.3%
    from ocr_pipeline import metrics

    page, truth = _page_read(
        tmp_path, "dev_reports_20/letter-comments-draft-van-lang.txt", 60011, "angled",
        max_pages=1)
    assert metrics.cer(truth, page.text) < 0.01


def test_a_shadow_across_a_photos_page_of_two_lines_is_no_rule(tmp_path):
    # a decision's last page, "- Lưu: VT." and the signer's name, photographed from an
    # angle: Otsu's split fell in the shadow's grey, the shadow stood as a rule, and the
    # name was whitened with it (CER 57%)
    page, truth = _page_read(
        tmp_path, "dev_reports_20/decision-group-project-06-ia-hrung.txt", 60001, "angled",
        number=2)
    assert page.text.splitlines()[-1] == "Rơ Châm Hyun" == truth.splitlines()[-1].strip()


def _two_line_photo(seed: int) -> tuple[np.ndarray, float]:
    """A signed document's last page: the signer's title and name, lit unevenly."""
    from dataclasses import replace

    from samples import generate

    layout = generate.Layout(generate.render_fonts()[0], 13)
    rng = random.Random(seed)
    degradation = replace(generate.random_degradation(rng, 3.0), dpi=300)
    page = generate.degrade(generate.draw_page(["CHỦ TỊCH", "Bùi Văn Quyết"], layout),
                            degradation, rng)
    return np.asarray(uneven_light(page, rng)), degradation.skew_deg


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_skew_of_a_page_of_two_lines_lit_unevenly(seed):
    # Otsu's split of such a page falls in the paper's grain: a quarter of the page was
    # taken for ink and every such page read as skewed 15 degrees
    image, skew = _two_line_photo(seed)
    assert abs(clean.estimate_skew(clean.flatten_background(image, 300)) - skew) <= 0.5


def test_a_page_of_two_lines_lit_unevenly_is_read(tmp_path):
    from PIL import Image

    from ocr_pipeline import pipeline

    path = tmp_path / "last-page.png"
    Image.fromarray(_two_line_photo(3)[0]).save(path, dpi=(300, 300))
    assert pipeline.process_page(path, 1, Options(workers=1)).text.split("\n")[-1] == \
        "Bùi Văn Quyết"  # a blank page before


def test_rotation_fills_the_corners_with_the_papers_grey():
    paper = np.full((600, 400), 236, np.uint8)
    turned = clean.rotate(paper, 4.0)
    assert turned.shape != paper.shape
    assert turned[0, 0] == turned[-1, -1] == 236  # a white corner made the page two-peaked


def _signers_name_page(seed: int) -> np.ndarray:
    """A new letter's last page: the signer's name alone, skewed 4.3 degrees."""
    from dataclasses import replace

    from samples import generate

    layout = generate.Layout(generate.render_fonts()[0], 13)
    rng = random.Random(seed)
    degradation = replace(generate.random_degradation(rng), skew_deg=4.3, dpi=300)
    page = generate.degrade(generate.draw_page(["Huỳnh Văn Tư"], layout), degradation, rng)
    return np.asarray(page)


@pytest.mark.parametrize("seed", [1, 5])
def test_a_page_that_holds_only_a_signers_name_is_read(tmp_path, seed):
    # Tesseract's Otsu split parted the paper's grain (beside the white corners of the
    # rotation, or after the specks went) and read nothing or garbage ("T BC si")
    from PIL import Image

    from ocr_pipeline import pipeline

    path = tmp_path / "last-page.png"
    Image.fromarray(_signers_name_page(seed)).save(path, dpi=(300, 300))
    assert pipeline.process_page(path, 1, Options(workers=1)).text == "Huỳnh Văn Tư"


def test_paper_is_whitened_only_on_a_page_with_little_ink():
    name = clean.preprocess_deskew(PageImage(number=1, image=_signers_name_page(5), dpi=300),
                                   Options()).image
    assert np.median(name) == 255 and name.min() < 128  # the name's ink kept
    text = clean.preprocess_deskew(PageImage(number=1, image=degraded_page(3.0, seed=5),
                                             dpi=300), Options()).image
    assert np.median(text) < 255  # a page of text keeps its paper as it is


def _faint_copy(seed: int) -> tuple[np.ndarray, int]:
    """A degraded page of seed 002 copied too light: strokes a pixel thinner, ink grey."""
    from PIL import Image

    from samples.generate import faint_copy, random_degradation

    dpi = random_degradation(random.Random(seed)).dpi
    page = faint_copy(Image.fromarray(degraded_page(1.5, seed=seed)), random.Random(0))
    return np.asarray(page), dpi


def test_a_faint_copys_ink_is_not_taken_for_the_papers_grain():
    page, _ = _faint_copy(6)
    assert clean.whiten_grainy_paper(page) is page


def test_a_copy_made_too_light_has_light_strokes_and_a_thickened_copy():
    page, dpi = _faint_copy(4)
    assert clean.stroke_width(page, dpi) < clean.LIGHT_STROKE_PX
    cleaned = clean.preprocess_deskew(PageImage(number=1, image=page, dpi=dpi), Options())
    assert cleaned.restroke == "thickened"
    assert clean.stroke_width(cleaned.restroked, dpi) > cleaned.stroke_width_px + 1.0


def test_a_crisp_page_in_black_ink_gets_no_thickened_copy():
    # a Times-like font rendered crisp at 300 dpi (a typed PDF) has strokes as light as a
    # faint copy's, but its ink is black
    from samples.generate import Layout, draw_page, render_fonts

    font = next(f for f in render_fonts() if f.name == "FreeSerif.ttf")
    page = np.asarray(draw_page(page_lines(), Layout(font, 12)).convert("L"))
    assert clean.stroke_width(page, 300) < clean.LIGHT_STROKE_PX
    cleaned = clean.preprocess_deskew(PageImage(number=1, image=page, dpi=300), Options())
    assert cleaned.restroked is None


def test_a_faint_copy_is_read_from_its_thickened_ink(tmp_path):
    # its strokes broken: CER 9.1% as scanned, 5.8% from the copy with thickened ink,
    # which Tesseract reads with more confidence, 2.5% with that copy's greys darkened
    # (a power of 4 from black), 1.25% darkened from the ink's own grey
    from PIL import Image

    from ocr_pipeline import metrics, pipeline

    page, dpi = _faint_copy(4)
    path = tmp_path / "faint.png"
    Image.fromarray(page).save(path, dpi=(dpi, dpi))
    read = pipeline.process_page(path, 1, Options(workers=1))
    assert read.strokes == "thickened"
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), read.text) < 0.02


def _with_the_next_page_behind(strength: float) -> np.ndarray:
    """Page 1 of seed 002 printed on thin paper, page 2 on its back showing through,
    mirrored and blurred, at ``strength`` of its ink."""
    front = np.asarray(clean_page(1).convert("L")).astype(np.float32)
    back = np.asarray(clean_page(2).convert("L")).astype(np.float32)[:, ::-1]
    shown = 255 - (255 - cv2.GaussianBlur(back, (0, 0), 2.0)) * strength
    return np.minimum(front, shown).astype(np.uint8)


def test_print_showing_through_from_the_back_is_whitened_and_the_page_read(tmp_path):
    # Tesseract read the show-through's blobs as marks and lost words: CER 1.1%
    from PIL import Image

    from ocr_pipeline import metrics, pipeline

    page = _with_the_next_page_behind(0.35)
    front = np.asarray(clean_page(1).convert("L")).astype(int)
    whitened = clean.whiten_show_through(page, 300).astype(int)
    # nearer the front as printed (what is left lies beside its strokes)
    assert np.abs(whitened - front).mean() < 0.4 * np.abs(page.astype(int) - front).mean()
    path = tmp_path / "thin-paper.png"
    Image.fromarray(page).save(path, dpi=(300, 300))
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), text) < 0.004


def test_pages_without_show_through_are_left_as_they_are():
    for page in (degraded_page(1.5, seed=3), _faint_copy(4)[0],
                 np.asarray(clean_page(1).convert("L")), _with_the_next_page_behind(0.2)):
        assert clean.whiten_show_through(page, 300) is page


def test_darkened_ink_keeps_white_paper_and_makes_the_inks_grey_black():
    greys = np.full((100, 1000), 255, np.uint8)
    for k, grey in enumerate((240, 200, 160, 100, 60)):
        greys[:, 100 + 20 * k:120 + 20 * k] = grey
    darkened = clean.darken_ink(greys, ink=100.0)
    assert (darkened[:, :100] == 255).all() and (darkened[:, 200:] == 255).all()
    assert (darkened[:, 160:200] == 0).all()  # the ink's grey and darker: black
    # the greys between darkened as fractions of the way from the ink to white (a power
    # of 4 from black left a grey of 200 at 96, too pale to join a broken stroke)
    assert darkened[0, 130] < 80 and darkened[0, 150] < 20 and darkened[0, 110] < 200


def _cleaned_faint_render(tmp_path: Path, report: str, seed: int, number: int):
    """Page ``number`` of a dev report (``bench/<report>.txt``) rendered with ``seed`` as a
    copy made too light, as the clean stage gives it."""
    from ocr_pipeline import load
    from samples.generate import render_document

    pdf = tmp_path / "faint.pdf"
    render_document((ROOT / "bench" / f"{report}.txt").read_text(encoding="utf-8"), pdf,
                    seed=seed, condition="faint", max_pages=number)
    options = Options(workers=1)
    return clean.preprocess_deskew(load.load_page(pdf, number, options), options)


def test_darkening_a_faint_page_of_few_lines_leaves_its_papers_grain_white(tmp_path):
    # the ink's grey made black takes the paper's grain most of the way there: without
    # ``whiten_grainy_paper`` 90% of this page came under 250 and 3.9% under 230, and
    # Tesseract read the grain as text (a probe: CER in the thousands of percent)
    page = _cleaned_faint_render(tmp_path, "dev_reports_18/decision-discipline-chieng-pac",
                                 seed=50001, number=2)
    assert page.restroke == "thickened"
    assert (page.restroked < 230).mean() < 0.01


def test_a_faint_copys_darkened_ink_holds_no_rims_of_its_tables_rules(tmp_path):
    # a faint copy's rules are blurred wider than what remove_rules whitens, and their pale
    # rims, darkened, were dotted lines beside each vertical rule again (in 0.6-3.6% of
    # its rows; faint copies of dev batches 17-21, table cells right 112 -> 132 of 218)
    page = _cleaned_faint_render(tmp_path, "dev_reports_19/report-land-ngok-reo",
                                 seed=52020, number=1)
    assert page.restroke == "thickened" and len(page.vertical_rules) >= 4
    split, _ = cv2.threshold(page.restroked, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    for left, right, top, bottom in page.vertical_rules:
        assert not (page.restroked[top:bottom, left - 4:right + 5] < split).any()


def test_a_copy_made_too_light_is_read(tmp_path):
    # Otsu's split of such a page falls near its paper, and the whitening meant for a page
    # of little ink took its grey strokes with the paper's grain: CER 13.5%
    from PIL import Image

    from ocr_pipeline import metrics, pipeline

    page, dpi = _faint_copy(6)
    path = tmp_path / "faint.png"
    Image.fromarray(page).save(path, dpi=(dpi, dpi))
    text = pipeline.process_page(path, 1, Options(workers=1)).text
    assert metrics.cer("\n".join(page_lines()).replace("\t", "   "), text) < 0.04


def _in_a_black_frame(skew: float) -> tuple[np.ndarray, np.ndarray]:
    """A degraded page whose text is skewed ``skew`` degrees, and the same page as a
    scanner with its lid open leaves it."""
    from PIL import Image

    from samples.generate import black_border

    page = degraded_page(skew, seed=3)
    return page, np.asarray(black_border(Image.fromarray(page), random.Random(4)))


def _edges(image: np.ndarray) -> np.ndarray:
    """The pixels within 20 px of the image's edge."""
    return np.concatenate([image[:20].ravel(), image[-20:].ravel(),
                           image[:, :20].ravel(), image[:, -20:].ravel()])


def test_a_scanners_black_border_is_whitened_and_print_kept():
    page, framed = _in_a_black_frame(1.5)
    assert clean.whiten_dark_areas(page, 300) is page  # a page of print has no dark area
    whitened = clean.whiten_dark_areas(framed, 300)
    assert np.percentile(_edges(framed), 80) < 64  # the glass, black but for a paper's corner
    assert _edges(whitened).min() > 200
    inside = (slice(250, -250), slice(250, -250))
    assert np.abs(whitened[inside].astype(int) - framed[inside]).max() == 0


def test_a_scan_in_a_black_frame_is_deskewed_and_read(tmp_path):
    # the frame's straight edges outweighed the text lines: the skew came out as the
    # paper's, not the text's 1.5 degrees, and Tesseract split lines beside the frame
    # into blocks
    from PIL import Image

    from ocr_pipeline import metrics, pipeline

    path = tmp_path / "framed.png"
    Image.fromarray(_in_a_black_frame(1.5)[1]).save(path, dpi=(300, 300))
    result = pipeline.process_page(path, 1, Options(workers=1))
    assert result.skew_degrees == pytest.approx(1.5, abs=0.2)
    truth = "\n".join(page_lines()).replace("\t", "   ")
    assert metrics.cer(truth, result.text) < 0.01


def _on_grey_paper(page: np.ndarray) -> np.ndarray:
    """``page`` printed on grey paper: the paper at about 203, the ink as dark."""
    return (page.astype(np.float32) * 0.72 + 20).astype(np.uint8)


def test_grey_paper_is_whitened_and_ink_kept():
    page = degraded_page(1.5, seed=3)
    assert clean.whiten_grey_paper(page) is page  # a white paper's page is left as it is
    grey = _on_grey_paper(page)
    white = clean.whiten_grey_paper(grey)
    assert np.median(white) >= 250
    assert np.percentile(white, 0.5) <= np.percentile(grey, 0.5) + 10  # the ink as dark


def test_a_page_on_grey_paper_is_read(tmp_path):
    # a dev report's first page on grey paper (at 203): CER 1.76%; with the paper
    # whitened, 0.14%
    from PIL import Image

    from ocr_pipeline import metrics, pipeline
    from samples import generate

    rng = random.Random(108)
    layout = generate.Layout(font_path=rng.choice(generate.render_fonts()), size_pt=13)
    text = (ROOT / "bench" / "dev_reports_19" / "report-land-ngok-reo.txt").read_text(
        encoding="utf-8")
    lines = generate.paginate(text, layout)[0]
    degradation = generate.Degradation(skew_deg=1.5, blur_radius=0.6, noise_sigma=8,
                                       speck_density=0.0001, dpi=300, jpeg_quality=75)
    page = np.asarray(generate.degrade(generate.draw_page(lines, layout), degradation, rng))
    path = tmp_path / "grey.png"
    Image.fromarray(_on_grey_paper(page)).save(path, dpi=(300, 300))
    truth = "\n".join(generate.truth_line(line) for line in lines)
    assert metrics.cer(truth, pipeline.process_page(path, 1, Options(workers=1)).text) < 0.005


LEGAL_GROUNDS = [
    "Căn cứ Quyết định số 1100/QĐ-UBND ngày 17/07/2028 của UBND tỉnh;",
    "Căn cứ Nghị định số 126/2022/NĐ-CP ngày 01/09/2023 của Chính phủ;",
    "Căn cứ Quyết định số 1173/QĐ-UBND ngày 01/04/2013 của UBND tỉnh;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 111/2013/NĐ-CP ngày 30/09/2013 của Chính phủ;",
    "Căn cứ Quyết định số 1581/QĐ-UBND ngày 08/12/2021 của UBND tỉnh;",
]


def test_italic_lines_are_sheared_upright_and_their_figures_read():
    # Tesseract read 6 of these 13 figures wrong in FreeSerif's italics ("1100/QĐ-UBND" as
    # "100/QĐ-UBND", "17/07/2028" as "1707/2028")
    from ocr_pipeline import ocr
    from samples.generate import Degradation, degrade, draw_page, font_face, render_fonts

    scan = Degradation(skew_deg=1.5, blur_radius=0.6, noise_sigma=8, speck_density=0.0001,
                       dpi=300, jpeg_quality=75)
    italic = Layout(font_face(render_fonts()[0], "italic"), 13)
    image = np.asarray(degrade(draw_page(LEGAL_GROUNDS, italic), scan, random.Random(0)))
    page = clean.preprocess_deskew(PageImage(number=1, image=image, dpi=300), Options())
    figures = [w for line in LEGAL_GROUNDS for w in line.split() if regex.search(r"\d", w)]
    read = ocr.create_ocr_text(page, Options()).text_raw.split()
    assert [w for w in read if regex.search(r"\d", w)] == figures


def test_upright_print_is_not_sheared():
    page = degraded_page(0.0, seed=3)
    assert clean.upright_italics(page, 300) is page
