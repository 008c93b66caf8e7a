"""Stage 1, load: find a document's pages and produce them one at a time.

Contract: ``count_pages(path)`` says how many pages a PDF or image file holds;
``load_page(path, number, options)`` returns that page as a grayscale ``PageImage``,
or, for a PDF page with a usable text layer (and no ``force_ocr``), its text instead.
Ink in colour (a red seal over the signature, a blue signature) is left out of the grey
page: it is not print, and Tesseract would read it as letters. A
text layer in a legacy Vietnamese font encoding (TCVN3, VNI) is not used: the page is
OCR'd, with a warning. A text layer says whether an OCR engine made it
(``text_layer_by_ocr``): repair keeps typed Vietnamese as written.
An image scanned under the resolution a PDF page is rasterised at is enlarged to it
(``enlarge_to_dpi``), with a warning; an image file that says no resolution is taken at
what its print's size says (``text_dpi``). Only one page is ever decoded at a time, so
memory does not grow with page count.
Bad files raise ``InputError`` naming the reason.
"""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
import regex
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ocr_pipeline._exec import poppler
from ocr_pipeline.clean import ink_components
from ocr_pipeline.errors import InputError
from ocr_pipeline.models import Options, PageImage

PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | IMAGE_SUFFIXES
MIN_SIDE_PX = 32
OCR_LAYER_FONT = "GlyphLessFont"  # Tesseract's and OCRmyPDF's invisible text layer font
INVISIBLE_TEXT = regex.compile(rb"(?<![\d.])3\s+Tr\b")  # a PDF content stream's operator
WORD = regex.compile(r"\S*\p{L}\S*")
LEGACY_FONT_CHAR = regex.compile(r"(?<=\p{L})[©ª«¬®¸µ¶·¹øûïñØÛÏöëäåæçî]|[ÑñØÛ®](?=\p{L})")
# a pixel whose channels spread more than this is ink in colour, not print: black print
# under a seal stays dark (it keeps its spread small). On a page with a seal and a
# signature drawn over the signer's title and name: 50-110 read alike
COLOR_INK_CHROMA = 80
MAX_PAGE_INCHES = 17.0  # A3's long side is 16.5 inches
A4_LONG_INCHES = 11.69
HARD_PIXEL_LIMIT = 1_500_000_000  # beyond this we refuse instead of downscaling
MIN_DPI, MAX_DPI = 50, 1200  # a resolution outside these is no scanner's
DEFAULT_IMAGE_DPI = 300  # of an image that says none and has too little print to tell
# three quarters of the ink of body text (13-14 pt) lie in components under this height
# at 300 dpi: on 357 pages of dev renders (every font, style and copy condition) it gave
# 248-360 dpi, median 300; at 150 dpi 128-188, at 100 dpi 82-128
TEXT_INK_HEIGHT_AT_300DPI = 40
MIN_TEXT_COMPONENTS = 200
DEFAULT_BAND = 1.25  # estimates within this factor of DEFAULT_IMAGE_DPI are taken for it

# Pillow's own bomb guard would raise before we can downscale; we guard ourselves.
Image.MAX_IMAGE_PIXELS = None


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() in PDF_SUFFIXES


def _check_readable(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        reason = f"cannot read file ({exc.strerror})"
        raise InputError(reason, path=str(path), stage="load") from exc
    if size == 0:
        raise InputError("file is empty", path=str(path), stage="load")
    if is_pdf(path):
        with path.open("rb") as fh:
            head = fh.read(1024)
        if b"%PDF-" not in head:
            raise InputError("file is named .pdf but is not a PDF", path=str(path), stage="load")


def count_pages(path: Path) -> int:
    _check_readable(path)
    if is_pdf(path):
        return int(poppler.info(path)["Pages"])
    with _open_image(path) as im:
        return getattr(im, "n_frames", 1)


def _open_image(path: Path) -> Image.Image:
    try:
        im = Image.open(path)
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError("not a readable image", path=str(path), stage="load") from exc
    return im


def legacy_font_text(text: str) -> bool:
    """Whether a text layer is Vietnamese typed in a legacy font encoding, TCVN3 ("Uû ban
    nh©n d©n x·") or VNI ("UÛy ban nhaân daân xaõ"): what the page shows is Vietnamese, the
    text holds the font's codes, so the page is read by OCR instead. Such text has Latin-1
    letters and signs inside its words that Vietnamese in Unicode never has, in a tenth of
    its words or more."""
    words = WORD.findall(text)
    legacy = sum(1 for word in words if LEGACY_FONT_CHAR.search(word))
    return len(words) >= 5 and legacy >= 0.1 * len(words)


def text_layer_by_ocr(path: Path, number: int) -> bool:
    """Whether the page's text layer was made by OCR: Tesseract and OCRmyPDF write it in
    their GlyphLessFont, other engines in a real font, all of them invisible over the
    scan; typed text (a PDF made from a word processor) is drawn to be seen."""
    # the page's content first: read in this process, it needs no pdffonts run
    return invisible_text(path, number) or any(
        name == OCR_LAYER_FONT for name in poppler.page_font_names(path, number))


def invisible_text(path: Path, number: int) -> bool:
    """Whether the page's content draws text invisibly (text render mode 3, "3 Tr"), as
    an OCR engine lays its text over a scan; False when the page cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        contents = PdfReader(path).pages[number - 1].get_contents()
        data = contents.get_data() if contents is not None else b""
    except (PyPdfError, OSError, ValueError, KeyError, IndexError):
        return False
    return INVISIBLE_TEXT.search(data) is not None


def letter_count(text: str) -> int:
    """How many letters ``text`` holds, with their marks, in any script."""
    return len(regex.findall(r"\p{L}", text))


def usable_text_layer(text: str) -> bool:
    """A text layer counts if it holds real words, not a few stray glyphs or mojibake."""
    letters = letter_count(text)
    visible = len(regex.findall(r"\S", text))
    return letters >= 20 and letters / max(visible, 1) >= 0.6 and "\ufffd" not in text


def _to_gray(frame: Image.Image) -> np.ndarray:
    """Any Pillow mode (CMYK, 16-bit, alpha, palette, 1-bit) to 8-bit grayscale."""
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(frame, dtype=np.float64)
        top = arr.max() if arr.size and arr.max() > 255 else 255.0
        return np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8)
    if frame.mode == "F":
        arr = np.asarray(frame, dtype=np.float64)
        top = arr.max() if arr.size and arr.max() > 1.0 else 1.0
        return np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8)
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(white, rgba)
    if frame.mode in ("1", "L"):  # "LA" was made RGBA above
        return np.asarray(frame.convert("L"))
    return gray_without_color_ink(np.asarray(frame.convert("RGB")))


def gray_without_color_ink(rgb: np.ndarray) -> np.ndarray:
    """An RGB page in grey, with ink in colour (a red seal stamped over the signer's title
    and name, a blue signature, a highlighter's band) left out: in grey it is as dark as
    print and Tesseract reads it as letters. Grey is the brightest channel, so red ink is
    light where black print is dark, and a pixel far from grey is set to paper white."""
    # OpenCV per channel: numpy's reductions over the colour axis take 30 times as long
    red, green, blue = cv2.split(np.ascontiguousarray(rgb))
    brightest = cv2.max(cv2.max(red, green), blue)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(red, green), blue))
    _, colored = cv2.threshold(chroma, COLOR_INK_CHROMA, 255, cv2.THRESH_BINARY)
    return cv2.max(brightest, colored)


def _fit_pixels(im: Image.Image, path: Path, options: Options) -> Image.Image:
    w, h = im.size
    if min(w, h) < MIN_SIDE_PX:
        raise InputError(f"image is too small ({w}x{h} px)", path=str(path), stage="load")
    if w * h > HARD_PIXEL_LIMIT:
        raise InputError(f"image is too large ({w}x{h} px)", path=str(path), stage="load")
    if w * h > options.max_pixels:
        scale = math.sqrt(options.max_pixels / (w * h))
        im.draft("L", (int(w * scale), int(h * scale)))  # cheap JPEG downscale when possible
        im = im.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    return im


def _image_dpi(im: Image.Image) -> int:
    """The resolution the file says it has, or 0 when it says none (or nonsense)."""
    dpi = im.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    return value if MIN_DPI <= value <= MAX_DPI else 0


def _one_page_dpi(dpi: int, long_side: int) -> int:
    """``dpi``, or more when at ``dpi`` the image would be larger than any page: a phone
    writes 72 dpi into a photo of 4000 pixels, a page 55 inches long. What is on it is one
    page, so its long side is taken for A4's (the rules and specks the clean stage removes
    are sized by dpi: at 72, letters' stems were rules)."""
    if long_side / dpi > MAX_PAGE_INCHES:
        return max(dpi, round(long_side / A4_LONG_INCHES))
    return dpi


def text_dpi(gray: np.ndarray) -> int | None:
    """The resolution a page's print says it was scanned at, or None when too little of
    it to tell: the height under which three quarters of its ink lies, by connected
    component (``TEXT_INK_HEIGHT_AT_300DPI`` for body text at 300 dpi). Components far
    wider than high (rules) or taller than a twentieth of the image's longer side (seals,
    pictures; its height would leave out the letters of a strip cut from a page) are not
    print; specks are, but weigh little by area."""
    _, _, stats = ink_components(gray)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    printed = (widths <= 8 * heights) & (heights <= max(gray.shape) / 20)
    heights, areas = heights[printed], stats[1:, cv2.CC_STAT_AREA][printed]
    if len(heights) < MIN_TEXT_COMPONENTS:
        return None
    order = np.argsort(heights, kind="stable")
    cumulative = np.cumsum(areas[order])
    height = heights[order][np.searchsorted(cumulative, cumulative[-1] * 0.75)]
    return min(MAX_DPI, max(MIN_DPI, round(300 * float(height) / TEXT_INK_HEIGHT_AT_300DPI)))


def _likely_dpi(estimate: int | None) -> int | None:
    """``text_dpi``'s estimate, or ``DEFAULT_IMAGE_DPI`` when that is as likely: the
    estimate of a page at 300 dpi lies anywhere in 248-360, and the clean stage's sizes
    follow it (at 300 dpi without a resolution in the file, four dev pages of a copy made
    too light read 1.32% CER taken at 300, 1.41% at their estimates)."""
    if estimate and abs(math.log(estimate / DEFAULT_IMAGE_DPI)) <= math.log(DEFAULT_BAND):
        return DEFAULT_IMAGE_DPI
    return estimate


def load_page(path: Path, number: int, options: Options) -> PageImage:
    """Page ``number`` (1-based) of ``path``."""
    if is_pdf(path):
        return _load_pdf_page(path, number, options)
    im = _open_image(path)
    try:
        frames = ImageSequence.Iterator(im)
        frame = frames[number - 1]
        file_dpi, long_side = _image_dpi(frame), max(frame.size)
        # a phone stores its photo as the sensor saw it and says in EXIF how to turn it
        frame = ImageOps.exif_transpose(frame)
        frame = _fit_pixels(frame, path, options)
        gray = _to_gray(frame)
    except InputError:
        raise
    except (OSError, ValueError, IndexError, SyntaxError) as exc:
        raise InputError(f"image cannot be decoded ({exc})", path=str(path), stage="load") from exc
    finally:
        im.close()
    # a file that says no resolution (a PNG export, a screenshot) is taken at its print's
    # word: taken at 300 dpi, as before, 9 dev pages at 100 dpi were never enlarged and
    # read at CER 5.0%, now 0.05% (bench/dev_scans.py)
    dpi = _one_page_dpi(file_dpi, long_side) if file_dpi else (
        _likely_dpi(text_dpi(gray)) or _one_page_dpi(DEFAULT_IMAGE_DPI, long_side))
    gray, enlarged_dpi = enlarge_to_dpi(gray, dpi, options)
    scanned = f"scanned at {dpi} dpi" if file_dpi else \
        f"scanned at about {dpi} dpi by the size of its print (the file says none)"
    warnings = [] if enlarged_dpi == dpi else [
        f"page {number} {scanned}, enlarged to {enlarged_dpi} dpi for OCR"]
    return PageImage(number=number, image=gray, dpi=enlarged_dpi, warnings=warnings)


def enlarge_to_dpi(gray: np.ndarray, dpi: int, options: Options) -> tuple[np.ndarray, int]:
    """An image scanned under ``options.dpi``, enlarged to it (bicubic; within the
    pixel cap), and its new resolution: a PDF page is rasterised at that resolution,
    and Poppler smooths a low-resolution scan as it enlarges it, while Tesseract reads
    an image as it comes. The first pages of 9 dev renders saved as images
    (``bench/dev_scans.py``), CER of our pipeline's text: at 100 dpi 0.49% as it came,
    0.05% enlarged; at 150 dpi 0.04% and 0.02%; at 200 dpi 0.00% either way."""
    if dpi >= options.dpi:
        return gray, dpi
    scale = min(options.dpi / dpi, math.sqrt(options.max_pixels / gray.size))
    if scale <= 1.0:
        return gray, dpi
    enlarged = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return enlarged, round(dpi * scale)


def _load_pdf_page(path: Path, number: int, options: Options) -> PageImage:
    warnings = []
    if not options.force_ocr:
        text = poppler.text_layer(path, number)
        if legacy_font_text(text):
            warnings.append(f"page {number}: text layer in a legacy Vietnamese font encoding "
                            "(TCVN3 or VNI); the page is OCR'd instead")
        elif usable_text_layer(text):
            return PageImage(number=number, image=None, dpi=0, text_layer=text,
                             text_layer_by_ocr=text_layer_by_ocr(path, number))
    width_pt, height_pt = poppler.page_size_points(poppler.info(path))
    dpi = options.dpi
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels > options.max_pixels:
        dpi = max(36, int(dpi * math.sqrt(options.max_pixels / pixels)))
    if poppler.page_has_color_images(path, number):
        # in colour, so that a seal's red can be told from the print's black
        image = gray_without_color_ink(
            poppler.rasterise(path, number, dpi, options.page_timeout_s, color=True))
    else:
        image = poppler.rasterise(path, number, dpi, options.page_timeout_s)
    if dpi != options.dpi:
        warnings.append(f"page {number} rasterised at {dpi} dpi (too large)")
    return PageImage(number=number, image=image, dpi=dpi, warnings=warnings)
