"""Page and file makers shared by the tests (real renders, no mocks)."""

from __future__ import annotations

import random
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from samples.generate import (
    Layout,
    degrade,
    draw_page,
    paginate,
    random_degradation,
    render_fonts,
    seed_text,
    signer_title_row,
    stamp_signature,
)

TEXT_002 = seed_text("002")


def page_lines(index: int = 1) -> list[str]:
    layout = Layout(render_fonts()[0], 13)
    return paginate(TEXT_002, layout)[index]


def clean_page(index: int = 1) -> Image.Image:
    layout = Layout(render_fonts()[0], 13)
    return draw_page(page_lines(index), layout)


def degraded_page(skew: float, seed: int = 0, index: int = 1) -> np.ndarray:
    rng = random.Random(seed)
    d = replace(random_degradation(rng), skew_deg=skew)
    return np.asarray(degrade(clean_page(index), d, rng))


def ocr_layer_pdf(path: Path, image: Image.Image, lang: str = "vie",
                  text_only: bool = False) -> Path:
    """A scan with Tesseract's own text layer (its invisible GlyphLessFont), as
    Tesseract's and OCRmyPDF's PDF output carries, read with the ``lang`` model;
    ``text_only``: the layer alone, the scan left out."""
    png = path.with_suffix(".png")
    image.save(png, dpi=(300, 300))
    config = ["-c", "textonly_pdf=1"] if text_only else []
    subprocess.run(["tesseract", str(png), str(path.with_suffix("")), "-l", lang, *config,
                    "pdf"], check=True, capture_output=True, timeout=300)
    return path


def _a4_canvas(path: Path):
    """A reportlab canvas for an A4 page at ``path``, with FreeSerif (Vietnamese glyphs)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("FreeSerif", "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"))
    return canvas.Canvas(str(path), pagesize=A4)


def invisible_text_pdf(path: Path, image: Image.Image, lines: list[str]) -> Path:
    """A scan with another OCR engine's text layer: ``lines`` in a real font, drawn
    invisibly (text render mode 3) over the page's image."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    c = _a4_canvas(path)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    text = c.beginText(72, 800)
    text.setFont("FreeSerif", 12)
    text.setTextRenderMode(3)
    for line in lines:
        text.textLine(line)
    c.drawText(text)
    c.save()
    return path


def text_layer_pdf(path: Path, lines: list[str]) -> Path:
    c = _a4_canvas(path)
    c.setFont("FreeSerif", 12)
    y = 800
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.save()
    return path


def sealed_signature_page(lines: list[str]) -> Image.Image:
    """The page of ``lines`` (13 pt, as rendered), signed and sealed in colour."""
    layout = Layout(render_fonts()[0], 13)
    row = signer_title_row(lines)
    assert row is not None
    return stamp_signature(draw_page(lines, layout), row, layout, random.Random(1),
                           "ỦY BAN NHÂN DÂN XÃ TỊNH HÀ * H. SƠN TỊNH")
