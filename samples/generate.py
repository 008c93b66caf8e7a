"""Render clean Vietnamese text into realistic scanned pages (deterministic, seeded).

Used for the committed test scans (``make samples``), the benchmark set and the
channel model's training renders. A page is typeset on A4 at 300 dpi with a
Vietnamese-capable serif face, then degraded like a cheap office scan: skew, blur,
noise, salt-and-pepper specks, a lower resolution and JPEG compression. A text may hold
two-column lines (a tab between the columns, as in a header) and bordered tables (rows
"| TT | Nội dung | Thời gian |", drawn with their grid). A document can also be rendered
as a signed copy (a red seal and a blue signature over the signer's title, the page
scanned in colour), as a phone's photo (light falling off, a shadow; or taken from an
angle, the sheet on a table) or as a scan in a black border (a scanner's lid left open).
The text that was drawn, line for line, is written beside each PDF as ``<name>.gt.txt``
(pages separated by form feeds; columns and cells three spaces apart).
"""

from __future__ import annotations

import argparse
import io
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import regex
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4_MM = (210.0, 297.0)
RENDER_DPI = 300
TEXT_WIDTH_PX = int((A4_MM[0] - 30 - 20) / 25.4 * RENDER_DPI)  # 30 mm left, 20 mm right margin
# The renders use exactly these fonts (file, folder, Debian package), so that every
# machine set up by `make install` renders the same pages: a font picked from whatever is
# installed made the test pages differ from one machine to the next.
RENDER_FONTS = [
    ("FreeSerif.ttf", Path("/usr/share/fonts/truetype/freefont"), "fonts-freefont-ttf"),
    ("DejaVuSerif.ttf", Path("/usr/share/fonts/truetype/dejavu"), "fonts-dejavu-core"),
]
SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


@dataclass(frozen=True)
class Degradation:
    skew_deg: float = 0.0
    blur_radius: float = 0.0
    noise_sigma: float = 0.0
    speck_density: float = 0.0
    dpi: int = 300
    jpeg_quality: int = 95


CLEAN = Degradation()


def random_degradation(rng: random.Random, max_skew: float = 5.0) -> Degradation:
    """The benchmark's range: skew within +-max_skew, blur, noise, specks, 200-300 dpi, JPEG."""
    return Degradation(
        skew_deg=round(rng.uniform(-max_skew, max_skew), 2),
        blur_radius=round(rng.uniform(0.3, 1.1), 2),
        noise_sigma=round(rng.uniform(4, 14), 1),
        speck_density=round(rng.uniform(0.00005, 0.0005), 6),
        dpi=rng.choice([200, 240, 300]),
        jpeg_quality=rng.randint(50, 85),
    )


def render_fonts() -> list[Path]:
    missing = [package for name, folder, package in RENDER_FONTS if not (folder / name).exists()]
    if missing:
        raise SystemExit(f"render fonts missing: apt-get install {' '.join(missing)}")
    return [folder / name for name, folder, _ in RENDER_FONTS]


# The bold and italic faces of each render font, in the same folder: offices set headings
# in bold, the place and date and the legal grounds ("Căn cứ ...") in italics.
FACES = {"FreeSerif.ttf": {"bold": "FreeSerifBold.ttf", "italic": "FreeSerifItalic.ttf",
                           "bold-italic": "FreeSerifBoldItalic.ttf"},
         "DejaVuSerif.ttf": {"bold": "DejaVuSerif-Bold.ttf", "italic": "DejaVuSerif-Italic.ttf",
                             "bold-italic": "DejaVuSerif-BoldItalic.ttf"}}


def font_face(font: Path, style: str) -> Path:
    """The ``style`` ("bold", "italic", "bold-italic") face of the render font ``font``
    or of a font named as Liberation's are ("LiberationSerif-Regular.ttf"); the font
    itself for "" (upright)."""
    if not style:
        return font
    if font.name in FACES:
        return font.with_name(FACES[font.name][style])
    suffix = {"bold": "Bold", "italic": "Italic", "bold-italic": "BoldItalic"}[style]
    return font.with_name(font.name.replace("-Regular.", f"-{suffix}."))


# In a styled render (``Layout.styled``) each drawn line, and each column of a header's or
# signature's line, starts with the control character of its face; ``truth_line`` drops it.
STYLE_MARKS = {"bold": "\x02", "italic": "\x03", "bold-italic": "\x04"}
FACE_OF_MARK = {mark: style for style, mark in STYLE_MARKS.items()}
ROMAN_HEADING = regex.compile(r"^[IVXL]+\.\s")
PLACE_AND_DATE = regex.compile(r"\bngày\b.*\btháng\b")
RECIPIENTS = "Nơi nhận:"


def paragraph_faces(paragraphs: list[str]) -> list[str]:
    """Each paragraph's face as Decree 30/2020 sets an administrative document: in bold
    the issuing body, the national motto, the document type, its subject, headings in
    capitals or under a Roman numeral and the signer's title and name; in italics the
    place and date, the legal grounds ("Căn cứ ...") and the proposal ("Xét đề nghị");
    "Nơi nhận:" in bold italics. A line of columns gets one face per column, joined by
    the tab."""
    faces = []
    title_seen = subject_done = False
    for n, paragraph in enumerate(paragraphs):
        if COLUMN in paragraph:
            parts = paragraph.split(COLUMN)
            faces.append(COLUMN.join(_column_face(part, n, k) for k, part in enumerate(parts)))
            continue
        face = ""
        if TABLE_ROW.match(paragraph):
            pass  # a table keeps the text's face
        elif paragraph.isupper() or ROMAN_HEADING.match(paragraph):
            face = "bold"
            title_seen = title_seen or n < 8
        elif title_seen and not subject_done:
            face = "bold"  # the subject under the document type
        elif paragraph.startswith(("Căn cứ", "Xét đề nghị", "Theo đề nghị")):
            face = "italic"
        elif paragraph.startswith(RECIPIENTS):
            face = "bold-italic"
        subject_done = subject_done or (title_seen and not paragraph.isupper())
        faces.append(face)
    return faces


def _column_face(part: str, row: int, column: int) -> str:
    part = part.strip()
    if part.startswith(RECIPIENTS):
        return "bold-italic"
    if PLACE_AND_DATE.search(part) and column == 1:
        return "italic"
    if row == 0 and column == 0:
        return ""  # the body the issuer is under ("ỦY BAN NHÂN DÂN") is upright
    if part.isupper() or (column == 1 and not part.startswith(("-", "Số"))):
        return "bold"  # the motto, the issuer, the signer's title and name
    return ""


def _marked(line: str, face: str) -> str:
    return STYLE_MARKS[face] + line if face else line


def strip_markup(text: str) -> str:
    """Seed files carry a little Markdown (bold, headings, italics); keep the words."""
    out = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        line = regex.sub(r"^\s*#+\s*", "", line)
        line = regex.sub(r"</?[a-zA-Z][^>]*>", "", line)  # stray HTML (<b>) in one seed
        line = line.replace("**", "").replace("\u00a0", " ")
        line = regex.sub(r"(?<!\S)\*(\S[^*]*\S|\S)\*(?!\S)", r"\1", line)
        line = regex.sub(r"[ \t]+", " ", line).strip()
        out.append(line)
    return "\n".join(reflow([ln for ln in out if ln])) + "\n"


HEADING_START = regex.compile(
    r"^(?:[-+•]|\d+(?:\.\d+)*\.|[IVXL]+\.|[a-zđ]\)|Điều\s+\d|Phần\s|Căn cứ|Nơi nhận|Kính gửi)"
)


BODY_START = regex.compile(r"^(?:Thực hiện|Căn cứ|Kính gửi|Trên đây|Nơi nhận)\b")


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs so the renderer can wrap them anew."""
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        starts_new = (
            not paragraphs
            or len(previous) < 60  # a short source line ended its paragraph (or header)
            or regex.search(r"[.:;!?]$", previous)
            or HEADING_START.match(line)
            or previous.isupper() or line.isupper()
            or BODY_START.match(line)
        )
        if starts_new:
            paragraphs.append(line)
        else:
            paragraphs[-1] += " " + line
        previous = line
    return paragraphs


def wrap_lines(lines: list[str], font: ImageFont.FreeTypeFont, width_px: int) -> list[str]:
    wrapped: list[str] = []
    for line in lines:
        if COLUMN in line or TABLE_ROW.match(line):  # drawn as it is, not wrapped
            wrapped.append(line)
            continue
        words = line.split()
        current = ""
        for word in words:
            trial = f"{current} {word}".strip()
            if current and font.getlength(trial) > width_px:
                wrapped.append(current)
                current = word
            else:
                current = trial
        if current:
            wrapped.append(current)
    return wrapped


COLUMN = "\t"  # in a text to render: left column, tab, right column (as in ND30 headers)
LEFT_COLUMN_SHARE = 0.4
# a row of a bordered table: "| TT | Nội dung | Thời gian |"; consecutive rows are one
# table, drawn with its grid; its truth is the cells three spaces apart
TABLE_ROW = regex.compile(r"^\|(?:[^|\n]*\|){2,}\s*$")
CELL_PAD_PX = 18


def table_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def truth_line(line: str) -> str:
    """A drawn line as its ground truth: columns and cells three spaces apart."""
    line = line.translate(NO_STYLE_MARKS)
    if TABLE_ROW.match(line):
        return "   ".join(table_cells(line))
    return line.replace(COLUMN, "   ")


NO_STYLE_MARKS = str.maketrans("", "", "".join(STYLE_MARKS.values()))


@dataclass(frozen=True)
class Layout:
    font_path: Path
    size_pt: float
    styled: bool = False  # bold and italic lines where offices set them (``paragraph_faces``)


def paginate(text: str, layout: Layout) -> list[list[str]]:
    """Lines per A4 page as drawn (word-wrapped to the text block)."""
    font = ImageFont.truetype(str(layout.font_path), int(layout.size_pt / 72 * RENDER_DPI))
    height_px = int((A4_MM[1] - 20 - 20) / 25.4 * RENDER_DPI)
    line_px = int(layout.size_pt / 72 * RENDER_DPI * 1.45)
    per_page = max(1, height_px // line_px)
    paragraphs = [ln for ln in text.splitlines() if ln.strip()]
    if layout.styled:
        lines = []
        for paragraph, face in zip(paragraphs, paragraph_faces(paragraphs), strict=True):
            if COLUMN in paragraph:
                lines.append(COLUMN.join(_marked(part, part_face) for part, part_face in
                                         zip(paragraph.split(COLUMN), face.split(COLUMN),
                                             strict=True)))
                continue
            face_font = font.font_variant(font=str(font_face(layout.font_path, face)))
            lines += [_marked(line, face)
                      for line in wrap_lines([paragraph], face_font, TEXT_WIDTH_PX)]
    else:
        lines = wrap_lines(paragraphs, font, TEXT_WIDTH_PX)
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]


def draw_page(lines: list[str], layout: Layout) -> Image.Image:
    size = (int(A4_MM[0] / 25.4 * RENDER_DPI), int(A4_MM[1] / 25.4 * RENDER_DPI))
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    px = int(layout.size_pt / 72 * RENDER_DPI)
    font = ImageFont.truetype(str(layout.font_path), px)
    faces = {mark: ImageFont.truetype(str(font_face(layout.font_path, style)), px)
             for mark, style in FACE_OF_MARK.items()} if layout.styled else {}

    def face_of(part: str) -> tuple[ImageFont.FreeTypeFont, str]:
        if part[:1] in faces:
            return faces[part[0]], part[1:]
        return font, part

    x0 = int(30 / 25.4 * RENDER_DPI)
    y = int(20 / 25.4 * RENDER_DPI)
    step = int(px * 1.45)
    table: list[str] = []  # the rows of the table being drawn
    for n, line in enumerate(lines):
        if TABLE_ROW.match(line):
            if not table:
                y += step // 3  # room for the grid above and below the table
            table.append(line)
            if n + 1 == len(lines) or not TABLE_ROW.match(lines[n + 1]):
                _draw_table(draw, font, table, x0, y - step * (len(table) - 1), step)
                table = []
                y += step // 3
        elif COLUMN in line:  # each part centred in its column
            left, right = line.split(COLUMN, 1)
            split = int(TEXT_WIDTH_PX * LEFT_COLUMN_SHARE)
            for part, start, span in ((left, x0, split),
                                      (right, x0 + split, TEXT_WIDTH_PX - split)):
                part_font, part = face_of(part.strip())
                part = part.strip()
                width = part_font.getlength(part)
                if layout.styled and width > span:
                    # bold runs wider: the motto in bold ran off the page at 14 pt, where
                    # offices set the header smaller to fit its column
                    part_font = part_font.font_variant(size=int(part_font.size * span / width))
                    width = part_font.getlength(part)
                draw.text((start + max(0, (span - width) / 2), y), part, font=part_font, fill=0)
        else:
            line_font, line = face_of(line)
            draw.text((x0, y), line, font=line_font, fill=0)
        y += step
    return page


def _draw_table(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, rows: list[str],
                x0: int, y0: int, step: int) -> None:
    """Rows whose first text line is at ``y0``, each cell in a box of the grid."""
    cells = [table_cells(row) for row in rows]
    count = max(len(c) for c in cells)
    widths = [max(font.getlength(c[k]) if k < len(c) else 0 for c in cells) + 2 * CELL_PAD_PX
              for k in range(count)]
    scale = min(1.0, TEXT_WIDTH_PX / sum(widths))
    if scale < 1.0:  # a table wider than the text is set in a smaller size, as offices do
        font = font.font_variant(size=int(font.size * scale))
    edges = [x0]
    for width in widths:
        edges.append(edges[-1] + int(width * scale))
    top = y0 - step // 5
    for r, row in enumerate(cells):
        for k, cell in enumerate(row):
            draw.text((edges[k] + CELL_PAD_PX * scale, y0 + r * step), cell, font=font, fill=0)
    bottom = top + step * len(rows)
    for r in range(len(rows) + 1):
        draw.line([(edges[0], top + r * step), (edges[-1], top + r * step)], fill=0, width=3)
    for x in edges:
        draw.line([(x, top), (x, bottom)], fill=0, width=3)


def degrade(page: Image.Image, d: Degradation, rng: random.Random) -> Image.Image:
    img = page
    if d.skew_deg:
        # PIL rotates counter-clockwise for positive angles, matching our skew sign.
        img = img.rotate(d.skew_deg, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if d.blur_radius:
        img = img.filter(ImageFilter.GaussianBlur(d.blur_radius))
    if d.dpi != RENDER_DPI:
        scale = d.dpi / RENDER_DPI
        img = img.resize((int(img.width * scale), int(img.height * scale)),
                         Image.Resampling.BILINEAR)
    arr = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    if d.noise_sigma:
        arr = arr + nrng.normal(0, d.noise_sigma, arr.shape)
    if d.speck_density:
        mask = nrng.random(arr.shape) < d.speck_density
        arr[mask] = 0
        # grow some specks to 2x2 so they survive blur-free JPEG as real dots
        grow = np.roll(mask, 1, axis=0) | np.roll(mask, 1, axis=1)
        arr[grow & (nrng.random(arr.shape) < 0.5)] = 0
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=d.jpeg_quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


SEAL_RED = (205, 35, 40)
SIGNATURE_BLUE = (30, 40, 150)
AUTHORITY_LINE = regex.compile(r"^(?:TM|KT|TL|TUQ|Q)\.")


def signer_title_row(lines: list[str]) -> int | None:
    """The line whose right column holds the signer's title ("CHỦ TỊCH"): the last
    right part in capitals that is not an authority line ("TM. ỦY BAN NHÂN DÂN")."""
    rows = [n for n, line in enumerate(lines) if COLUMN in line
            and (right := line.translate(NO_STYLE_MARKS).split(COLUMN, 1)[1].strip())
            and right.isupper() and not AUTHORITY_LINE.match(right)]
    return rows[-1] if rows else None


def stamp_signature(page: Image.Image, row: int, layout: Layout, rng: random.Random,
                    seal_label: str) -> Image.Image:
    """``page`` in colour, signed as a copy is: a blue signature and the body's red seal
    over the title on line ``row`` of the right column and the name below it. The inks
    multiply, so print under the seal stays black; a little blur, as a colour scan."""
    page = page.convert("RGB")
    ink = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    step = int(int(layout.size_pt / 72 * RENDER_DPI) * 1.45)
    split = int(TEXT_WIDTH_PX * LEFT_COLUMN_SHARE)
    cx = int(30 / 25.4 * RENDER_DPI) + split + (TEXT_WIDTH_PX - split) // 2 - 120
    cy = int(20 / 25.4 * RENDER_DPI) + step * (row + 2) + 20
    points = [(cx - 60, cy)]
    for _ in range(14):
        points.append((points[-1][0] + rng.randint(15, 45), cy + rng.randint(-40, 40)))
    draw.line(points, fill=SIGNATURE_BLUE, width=5, joint="curve")
    r = 210  # a seal of 36 mm
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=SEAL_RED, width=7)
    draw.ellipse([cx - 0.62 * r, cy - 0.62 * r, cx + 0.62 * r, cy + 0.62 * r],
                 outline=SEAL_RED, width=4)
    font = ImageFont.truetype(str(layout.font_path), int(r * 0.17))
    for i, ch in enumerate(seal_label):  # the body's name around the ring
        a = -np.pi / 2 - 0.8 * np.pi + 1.6 * np.pi * i / max(1, len(seal_label) - 1)
        tile = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((40, 40), ch, font=font, fill=SEAL_RED + (255,), anchor="mm")
        tile = tile.rotate(-float(np.degrees(a)) - 90, resample=Image.Resampling.BICUBIC)
        ink.paste(tile, (int(cx + 0.81 * r * np.cos(a) - 40), int(cy + 0.81 * r * np.sin(a) - 40)),
                  tile)
    draw.polygon([(cx + (0.3 if k % 2 == 0 else 0.12) * r * np.cos(-np.pi / 2 + k * np.pi / 5),
                   cy + (0.3 if k % 2 == 0 else 0.12) * r * np.sin(-np.pi / 2 + k * np.pi / 5))
                  for k in range(10)], fill=SEAL_RED)
    return ImageChops.multiply(page, ink).filter(ImageFilter.GaussianBlur(1.0))


def uneven_light(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a phone photographs it: light falling off to one corner (to 45% of
    the paper's white) and a hand's soft shadow across it."""
    image = np.asarray(page, dtype=np.float32)
    h, w = image.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.55 * ((xx / w) * 0.6 + (yy / h) * 0.4) ** 1.5
    shadow = 1.0 - 0.35 * np.exp(-((xx - w * rng.uniform(0.3, 0.7)) / (w * 0.08)) ** 2)
    return Image.fromarray(np.clip(image * light * shadow, 0, 255).astype(np.uint8), "L")


def angled_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a phone photographs it from an angle, the sheet on a darker table: the
    sheet's edge further from the camera (its top or its bottom) 2-6% of its width
    shorter at each end, the table a grey of 40-110 and 6% of the sheet's width round it;
    then the photo's light (``uneven_light``)."""
    import cv2

    image = np.asarray(page, dtype=np.uint8)
    h, w = image.shape
    m = int(0.06 * w)
    inset = rng.uniform(0.02, 0.06) * w
    far_top = rng.random() < 0.5
    jitter = [rng.uniform(0, 0.01) * w for _ in range(4)]
    corners = [(m + (inset if far_top else 0) + jitter[0], m + jitter[1]),
               (m + w - (inset if far_top else 0) - jitter[2], m + jitter[3]),
               (m + w - (0 if far_top else inset), m + h),
               (m + (0 if far_top else inset), m + h)]
    warp = cv2.getPerspectiveTransform(np.float32([(0, 0), (w, 0), (w, h), (0, h)]),
                                       np.float32(corners))
    photo = cv2.warpPerspective(image, warp, (w + 2 * m, h + 2 * m), flags=cv2.INTER_LINEAR,
                                borderValue=rng.randint(40, 110))
    return uneven_light(Image.fromarray(photo, "L"), rng)


def black_border(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a scanner with its lid open leaves it: the glass around the paper black,
    a few millimetres of it on each side. The paper lies at its own angle, within a
    degree, whatever the skew of its text (a copy of an original that lay skewed)."""
    w, h = page.size
    left, right = (int(w * rng.uniform(0.015, 0.04)) for _ in range(2))
    top, bottom = (int(h * rng.uniform(0.01, 0.03)) for _ in range(2))
    paper = Image.new("L", page.size, 0)
    ImageDraw.Draw(paper).rectangle([left, top, w - right, h - bottom], fill=255)
    paper = paper.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.NEAREST,
                         fillcolor=0)
    glass = Image.new("L", page.size, rng.randint(15, 40))
    return Image.composite(page, glass, paper).filter(ImageFilter.GaussianBlur(0.8))


def grey_paper(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page on grey stock (recycled paper, a dim copy): its white at a grey of
    195-215, its black at 20."""
    return _in_tones(page, 20, rng.uniform(195, 215))


def _in_tones(page: Image.Image, black: float, white: float) -> Image.Image:
    """``page`` with its black at ``black`` and its white at ``white``, the greys between
    in step."""
    image = np.asarray(page, dtype=np.float32)
    return Image.fromarray((black + image * (white - black) / 255).astype(np.uint8), "L")


def dark_copy(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a copy made too dark: every mark, its specks with them, a pixel wider
    on each side."""
    return page.filter(ImageFilter.MinFilter(3))


def faint_copy(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a copy made too light (its toner running out): every mark a pixel
    thinner on each side, hairlines broken, and its black a grey of 60-110."""
    return _in_tones(page.filter(ImageFilter.MaxFilter(3)), rng.uniform(60, 110), 255)


# What may befall a degraded page after it is scanned, by the name ``render_document`` takes.
CONDITIONS = {"photo": uneven_light, "framed": black_border, "grey": grey_paper,
              "dark": dark_copy, "faint": faint_copy, "angled": angled_photo}


def save_pdf(pages: list[Image.Image], path: Path, dpi: int) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    pages[0].save(tmp, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    tmp.replace(path)


def render_document(
    text: str, path: Path, seed: int, *, degradation: Degradation | None = None,
    max_pages: int | None = None, max_skew: float = 5.0, signed: str = "",
    condition: str = "", font: Path | None = None, styled: bool = False,
) -> list[Degradation]:
    """Render ``text`` into ``path`` (PDF) and ``path.gt.txt``; returns each page's
    degradation. ``signed``: the seal's text; the page with the signer's title is then a
    signed copy scanned in colour at 300 dpi (``stamp_signature``), not degraded.
    ``condition``: a name of ``CONDITIONS``, what befalls each page after its degradation:
    "photo", lit unevenly (``uneven_light``); "angled", photographed from an angle on a
    table (``angled_photo``); "framed", in a scanner's black border
    (``black_border``); "grey", on grey paper (``grey_paper``); "dark", copied too dark
    (``dark_copy``); "faint", copied too light (``faint_copy``). ``font``: render in this
    font instead, with the size and degradations the seed gives anyway. ``styled``: set
    headings in bold and the place and date and the legal grounds in italics
    (``paragraph_faces``), with the same size and degradations."""
    rng = random.Random(seed)
    fonts = render_fonts()
    layout = Layout(font_path=rng.choice(fonts), size_pt=rng.choice([12, 12.5, 13, 13.5, 14]))
    if font is not None:
        layout = replace(layout, font_path=font)
    layout = replace(layout, styled=styled)
    pages = paginate(text, layout)[:max_pages]
    images, used = [], []
    dpi = (degradation or random_degradation(rng, max_skew)).dpi  # one resolution per file
    if signed:
        dpi = RENDER_DPI
    for lines in pages:
        d = degradation or replace(random_degradation(rng, max_skew), dpi=dpi)
        row = signer_title_row(lines) if signed else None
        if row is not None:
            images.append(stamp_signature(draw_page(lines, layout), row, layout, rng, signed))
            d = CLEAN
        else:
            images.append(degrade(draw_page(lines, layout), d, rng))
            if condition:
                images[-1] = CONDITIONS[condition](images[-1], rng)
        used.append(d)
    save_pdf(images, path, dpi)
    gt = "\f".join("\n".join(truth_line(line) for line in lines) for lines in pages) + "\n"
    path.with_suffix(".gt.txt").write_text(gt, encoding="utf-8")
    return used


def iter_chunks(text: str, lines_per_chunk: int) -> Iterator[str]:
    lines = text.splitlines()
    for i in range(0, len(lines), lines_per_chunk):
        yield "\n".join(lines[i:i + lines_per_chunk]) + "\n"


def seed_text(prefix: str) -> str:
    """The cleaned text of the seed whose file name starts with ``prefix`` (e.g. "003")."""
    (path,) = sorted(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    return strip_markup(path.read_text(encoding="utf-8"))


def make_sample_scans(out_dir: Path) -> None:
    """The small committed scans used by the tests and the README example."""
    out_dir.mkdir(parents=True, exist_ok=True)
    decision = seed_text("003")
    report = seed_text("002")
    render_document("\n".join(decision.splitlines()[:40]) + "\n",
                    out_dir / "quyet-dinh-ngoc-lien.pdf", seed=11, max_pages=1)
    render_document("\n".join(report.splitlines()[:70]) + "\n", out_dir / "bao-cao-mai-hoa.pdf",
                    seed=12, max_pages=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "scans")
    args = parser.parse_args()
    make_sample_scans(args.out)


if __name__ == "__main__":
    main()
