"""Page and file makers shared by the tests (real renders, no mocks)."""

from __future__ import annotations

import random
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


def text_layer_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"
    pdfmetrics.registerFont(TTFont("FreeSerif", font))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("FreeSerif", 12)
    y = 800
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.save()
    return path


SEAL_RED = (205, 35, 40)
SIGNATURE_BLUE = (30, 40, 150)


def sealed_signature_page(lines: list[str], title: str) -> Image.Image:
    """The page of ``lines`` (13 pt, as rendered) in colour, with a red seal and a blue
    signature over the signer's ``title`` and the name below it, as a signed copy is
    scanned: the inks multiply, so print under the seal stays black."""
    import math

    from PIL import ImageChops, ImageDraw, ImageFilter, ImageFont

    from samples.generate import LEFT_COLUMN_SHARE, RENDER_DPI, TEXT_WIDTH_PX

    layout = Layout(render_fonts()[0], 13)
    page = draw_page(lines, layout).convert("RGB")
    ink = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    step = int(int(layout.size_pt / 72 * RENDER_DPI) * 1.45)
    row = next(i for i, line in enumerate(lines) if title in line)
    x0 = int(30 / 25.4 * RENDER_DPI)
    split = int(TEXT_WIDTH_PX * LEFT_COLUMN_SHARE)
    cx = x0 + split + (TEXT_WIDTH_PX - split) // 2 - 120
    cy = int(20 / 25.4 * RENDER_DPI) + step * (row + 2) + 20
    rng = random.Random(1)
    points = [(cx - 60, cy)]
    for _ in range(14):
        points.append((points[-1][0] + rng.randint(15, 45), cy + rng.randint(-40, 40)))
    draw.line(points, fill=SIGNATURE_BLUE, width=5, joint="curve")
    r = 210
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=SEAL_RED, width=7)
    draw.ellipse([cx - 0.62 * r, cy - 0.62 * r, cx + 0.62 * r, cy + 0.62 * r],
                 outline=SEAL_RED, width=4)
    font = ImageFont.truetype(str(render_fonts()[0]), int(r * 0.17))
    label = "ỦY BAN NHÂN DÂN XÃ TỊNH HÀ * H. SƠN TỊNH"
    for i, ch in enumerate(label):  # the body's name around the ring
        a = -math.pi / 2 - 0.8 * math.pi + 1.6 * math.pi * i / (len(label) - 1)
        tile = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((40, 40), ch, font=font, fill=SEAL_RED + (255,), anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        x, y = cx + 0.81 * r * math.cos(a), cy + 0.81 * r * math.sin(a)
        ink.paste(tile, (int(x - 40), int(y - 40)), tile)
    star = [(cx + (0.3 if k % 2 == 0 else 0.12) * r * math.cos(-math.pi / 2 + k * math.pi / 5),
             cy + (0.3 if k % 2 == 0 else 0.12) * r * math.sin(-math.pi / 2 + k * math.pi / 5))
            for k in range(10)]
    draw.polygon(star, fill=SEAL_RED)
    return ImageChops.multiply(page, ink).filter(ImageFilter.GaussianBlur(1.0))
