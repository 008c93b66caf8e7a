"""Stage 2, clean: make a page upright and straight before OCR.

Contract: ``preprocess_deskew(page) -> CleanPage`` estimates the text-line angle by
projection profiles (the angle at which the horizontal ink histogram is sharpest; on a
page of a few lines, that of each vertical strip, where the whole page's disagrees) and
rotates the page back, filling the corners with the paper's grey. ``skew_degrees`` is
positive when the text was rotated counter-clockwise. Before that, a photo of a sheet
taken from an angle is mapped back onto a rectangle (``flatten_perspective``), a page lit
unevenly (a photo) is divided by its paper's brightness, its solid dark areas (a scanner's black
border, the table a photo was taken on) are whitened, and so is print showing through
from the paper's back (``whiten_show_through``); after it, long straight lines (a
table's borders) and specks are whitened, italic runs of text are sheared upright
(``upright_italics``), grey paper is whitened (``whiten_grey_paper``), and so is the
paper of a page with so little ink that Otsu's split parts the paper's grain
(``whiten_grainy_paper``). A page whose strokes are as heavy as a copy made too dark
leaves (``stroke_width``) also gets a copy with its ink thinned (``thin_strokes``), and a
page whose strokes are as light as a copy made too light leaves, one with its ink
darkened and thickened (``darken_ink``, ``thicken_strokes``) if its ink is grey too
(``ink_grey``); the OCR stage
reads that copy as well. ``rotate_upright`` turns a page by a multiple of 90 degrees, as
Tesseract's orientation detection (OSD) asks. A page of text is not binarised: the
benchmark showed Tesseract's own binarisation does as well on our degraded scans.
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr_pipeline.models import CleanPage, Options, PageImage

# One OpenCV thread per process: pages already run in parallel across processes, and
# extra threads only fight the Tesseract running beside them.
cv2.setNumThreads(1)

SEARCH_LIMIT_DEG = 15.0
WORK_SIDE_PX = 1800  # skew is estimated on a copy at most this large
MAX_POINTS = 250_000
COARSE_POINTS = 50_000
MIN_INK_POINTS = 500
# a page of this many text lines or fewer is judged strip by strip (``_strips_sharpness``):
# a new report's last page, "- Lưu: VT, KT." and its signer's name below its right, read
# as one line turned 3.5 degrees, lost the name
FEW_LINES = 3
STRIPS = 3
STRIPS_DISAGREE_DEG = 0.5
INK_CONTRAST = 40  # grey levels below the paper's (the page's median) that ink is at least
MIN_ROTATION_DEG = 0.05  # below this, rotating costs more than it gains
# A photo's sheet is sought at 50 dpi: the bright areas (2% of the image each, a quarter
# together at least) above a level tried from Otsu's split down to half of it in steps,
# with background on all four sides, four-cornered (its hull 97% a quadrilateral); its
# opposite edges converging by MIN_CONVERGENCE_DEG or more make it a sheet seen at an
# angle (a sheet lying square on a table or askew in a scanner's black border converged
# by 0.3 degrees at most on the dev renders)
PERSPECTIVE_WORK_DPI = 50
MIN_PAPER_SHARE = 0.25
SHEET_PART_SHARE = 0.02  # a bright area this large is part of the sheet
PAPER_LEVEL_STEP = 6
PAPER_LEVEL_FLOOR = 0.5  # of Otsu's split: the lowest level tried
QUAD_SHARE_OF_HULL = 0.97
MIN_CONVERGENCE_DEG = 1.0
# A bordered table read with its borders loses most of its cells (Tesseract takes the grid
# for an image): on six rendered pages of a plan's table, CER 31% -> 0.9% without them,
# and the 173 dev pages without rules read byte for byte the same. No letter has a stroke
# of 10 mm.
RULE_MM = 10.0
# Otsu's split of a photo's page of a few lines fell 7 grey levels below its paper, in the
# shade of a shadow across it; on the 977 dev renders every other page's lay 23 or more
# below (copies made too light), and all but 68 pages' 40 or more
RULE_CONTRAST = 15
# The paper's brightness is estimated at 50 dpi over windows of 8 mm (wider than a
# letter); a page whose paper varies by more than UNEVEN_LIGHT grey levels (2nd to 98th
# percentile) is flattened. A scan's paper varies by a few levels.
BACKGROUND_WORK_DPI = 50
BACKGROUND_WINDOW_MM = 8.0
UNEVEN_LIGHT = 40
SPECK_AREA_AT_300DPI = 12  # px; measured: 8-20 equally good, 30 starts eating diacritics
# A blob up to four specks' area, compact (no side over twice the other), is a speck too
# when no other ink lies within 2 mm: a copy made too dark grows its specks with its
# strokes, past the speck's area, and Tesseract read those in the margins and between
# lines as stops and dashes (nine dev pages so copied: CER 3.70% -> 1.27%). A stop lies
# up to 1.1 mm from its letter ("1." in a heading), and 1 mm took such stops.
LONE_SPECK_AREAS = 4
LONE_SPECK_MM = 2.0
# A dark area is sought at 50 dpi: at least 3 mm across every way (no stroke of print is;
# at 50 dpi a line of text is grey, its strokes averaged with the paper) and darker than
# half the paper's grey. Its rim, blurred into the paper, is taken 1 mm wider.
DARK_AREA_WORK_DPI = 50
DARK_AREA_MM = 3.0
DARK_AREA_SHARE_OF_PAPER = 0.5
DARK_AREA_RIM_MM = 1.0
# A scan's white paper reads 246-250 after noise and JPEG (526 dev pages); paper under
# this is grey (recycled paper, a copy on grey stock, a dim scan).
GREY_PAPER = 235
# A run of text is italic when its columns of ink are sharpest sheared upright by 8
# degrees or more, and sharper so by 5% than as printed: italic lines in FreeSerif and
# DejaVu Serif gain 10-20% at 11-14 degrees, upright lines lose 13% at 8.
ITALIC_SHEARS_DEG = (0.0, 4.0, 8.0, 12.0, 16.0)
ITALIC_MIN_DEG = 8.0
ITALIC_MIN_GAIN = 1.05
# in line heights: shorter runs are left as they are; a date of figures and slashes
# ("05/7/2028./.", 7.5 heights) is sharper sheared, its slashes upright
ITALIC_MIN_LENGTH = 10
# A copy made too dark has every stroke and speck grown a pixel or more each side, its
# letters' holes and gaps filling in: dev batch 17 so copied read at 11.7% WER, 2.6% with
# its ink thinned a pixel each side; but thinning pages printed as they should be cost as
# much (0.21% -> 4.9%). The page's stroke width (twice the mean distance from the ridge of
# a letter's strokes to the paper, at 300 dpi): 367 dev pages as printed 4.5-7.2 (over 6.5
# only in a scanner's blurred black border and on pages of a few bold lines), 38 copied
# too dark 7.0-9.3. From HEAVY_STROKE_PX a page gets a thinned copy as well, and the OCR
# stage keeps the one Tesseract reads with more confidence. Its specks grew as its strokes
# did, and thinned by a pixel they were still over a speck's size: the speck's sides grow
# with the strokes' width over HEAVY_STROKE_PX (dark copies of dev batches 17-20: 92 -> 29
# word errors of 10,388; the bench's few over-dark test pages, CER 0.00% -> 0.19%). A page
# whose strokes are
# under LIGHT_STROKE_PX and whose ink is grey (``ink_grey`` from FAINT_INK) gets a
# thickened copy: the same dev pages as printed measure 4.5 and more, copied too light
# (every stroke a pixel thinner, hairlines broken, ink grey) 3.2-4.3; but a crisp page
# in a Times-like font, as a PDF typed and rasterised at 300 dpi, measures 3.5-4.2 too,
# and one of a table read a cell "2,4 km" as "2,44km" from its thickened copy. Its ink is
# black: the dev pages as printed, as photos and on grey paper 6-49, copied too light
# 91-166. Dev batches 17 and 18 so copied read at WER 24.2% and 22.6%, 20.1% and 15.5%
# with the thickened copy's reading taken where Tesseract is surer of it. That copy's
# greys are darkened too (``darken_ink``): what is left of a broken hairline is a grey
# lighter than Otsu's split, and Tesseract dropped it. Tesseract alone on those 12 pages
# (a probe not kept in the repo),
# CER: cleaned 13.1%, thickened 9.5%, darkened (power 4) and thickened 2.8%; a power of 8
# read most pages better still but one at 75% (its paper's grain turned to ink), and
# darkening without thickening read 8.2%, one page at 45%. Our whole pipeline on batches 17
# and 18 so copied: WER 7.1% and 3.9%. The power applies to the way from the ink's own grey
# to white, not from black (the ink's grey made black first): a copy's ink is a grey of its
# own, and the power of 4 from black left it too pale to join a broken stroke. A power of 3
# so, the paper's grain, darkened with it, whitened where it is all a page holds, and
# RULE_RIM_PX more whitened each side of the rules ``remove_rules`` took (a faint copy's
# rules are blurred wider than the pixel it takes beside them, and their pale rims,
# darkened, were lines again): faint copies of dev batches 17-21 (50 pages) read by our
# pipeline (``bench.dev_fresh --condition faint``) at 496 -> 292 word errors of 13,722 (WER
# 7.1/3.9/2.6/3.1/4.6% -> 3.5/2.3/2.8/1.8/2.6%: batch 19 has fewer errors, 55 -> 39, but
# a table's row read worse), table cells right 112 -> 132 of 218. Removing the rules
# again from the darkened copy instead of whitening their rims: 340 errors but 70 cells,
# their rims' dots left ("24,16" read "2416", rows run together); with that, a power of
# 4 read batch 19 at 3.7%. Pages printed as they should be never get the copy (257 dev pages,
# 102 errors as before).
HEAVY_STROKE_PX = 6.5
LIGHT_STROKE_PX = 4.2
FAINT_INK = 80
FAINT_GAMMA = 3.0
RULE_RIM_PX = 2
# Print on the back of thin paper shows through, mirrored and grey: Tesseract read its
# blobs between the words as marks (a comma before "đạt" came out a colon) and lost words
# beside it (a page of seed 002 with the next page behind at 35% of its ink: CER 1.1%; at
# 50%, 11%; whitened, 0.11% both; the first pages of 9 dev renders so, with
# ``python -m bench.dev_scans``: 0.10% -> 0.02% and 5.38% -> 0.34%). Grey lighter than
# halfway from the ink to the paper and more than 2 px (at 300 dpi) from any darker pixel
# is no stroke's rim (``show_through_grey``): behind that page of seed 002 at 20% of its
# ink it came to 1.8% of the dark pixels (which reads as a clean page does), at 35% 51%,
# at 50% 79%, and covered 3.2% and 5.0% of the page; on dev pages with little ink it
# reached 17-36% of the dark pixels (most in a scanner's black border), but on none of
# 1,037 dev pages did it cover 0.18% of the page (``bench.dev_scans --census``). From
# SHOW_THROUGH_SHARE of the dark pixels and SHOW_THROUGH_AREA of the page it is whitened
# (``whiten_show_through``); on the dev pages, never.
SHOW_THROUGH_SHARE = 0.15
SHOW_THROUGH_AREA = 0.01
SHOW_THROUGH_REACH_PX = 2
# what counts as a letter, at 300 dpi: specks, rules, seals and signatures are left out
LETTER_HEIGHT_PX = (15, 120)
LETTER_MAX_WIDTH_PX = 200
LETTER_MIN_AREA_PX = 60


def paper_grey(gray: np.ndarray) -> float:
    """The paper's grey: the page's median, over every 16th pixel (the median all the
    same, at a sixteenth of the cost)."""
    return float(np.median(gray[::4, ::4]))


def _ink_level(gray: np.ndarray, paper: float, contrast: float) -> float:
    """Otsu's split of ``gray``, but never one within ``contrast`` grey levels of
    ``paper``: on a page of little ink Otsu splits the paper's own shades instead."""
    otsu, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return min(otsu, paper - contrast)


def _ink_points(gray: np.ndarray) -> np.ndarray:
    """Coordinates (x, y) of dark pixels on a downscaled copy, centred."""
    scale = min(1.0, WORK_SIDE_PX / max(gray.shape))
    small = gray if scale == 1.0 else cv2.resize(
        gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA
    )
    # on a page of two lines Otsu splits the paper's own grain (a quarter of the page
    # "ink", a photo's last page read as skewed 15 degrees and then as blank)
    level = _ink_level(small, float(np.median(small)), INK_CONTRAST)
    ink = (small <= level).astype(np.uint8)
    # Specks and thin rules carry no line direction; a small opening removes most specks.
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    ys, xs = np.nonzero(ink)
    if len(xs) > MAX_POINTS:
        pick = np.random.default_rng(0).choice(len(xs), MAX_POINTS, replace=False)
        xs, ys = xs[pick], ys[pick]
    pts = np.stack([xs, ys], axis=1).astype(np.float64)
    return pts - pts.mean(axis=0) if len(pts) else pts


def _profile(points: np.ndarray, angle_deg: float) -> np.ndarray:
    """The ink's histogram across lines at ``angle_deg``: points per 1-px row."""
    theta = np.deg2rad(angle_deg)
    proj = points[:, 1] * np.cos(theta) + points[:, 0] * np.sin(theta)
    bins = np.round(proj - proj.min()).astype(np.int64)
    return np.bincount(bins).astype(np.float64)


def _sharpness(points: np.ndarray, angle_deg: float) -> float:
    hist = _profile(points, angle_deg)
    return float(np.dot(hist, hist))


def _strips_sharpness(points: np.ndarray, angle_deg: float) -> float:
    """``_sharpness`` of each of ``STRIPS`` vertical strips of the page alone, summed: a
    line's pieces side by side at different heights (an archive line and the signer's
    name below its right, a last page's only text) are no one line at any angle."""
    edges = np.linspace(points[:, 0].min(), points[:, 0].max(), STRIPS + 1)[1:-1]
    strip = np.searchsorted(edges, points[:, 0])
    return sum(_sharpness(points[strip == k], angle_deg) for k in range(STRIPS)
               if np.any(strip == k))


def _best_angle(points: np.ndarray, lo: float, hi: float, step: float,
                score=_sharpness) -> float:
    angles = np.arange(lo, hi + step / 2, step)
    scores = [score(points, a) for a in angles]
    return float(angles[int(np.argmax(scores))])


def _swept_angle(points: np.ndarray, score=_sharpness) -> float:
    # the coarse sweep only has to land within 0.5 degrees: a fifth of the points will do
    coarse = points[:: max(1, len(points) // COARSE_POINTS)]
    angle = _best_angle(coarse, -SEARCH_LIMIT_DEG, SEARCH_LIMIT_DEG, 0.5, score)
    angle = _best_angle(points, angle - 0.5, angle + 0.5, 0.05, score)
    return _best_angle(points, angle - 0.05, angle + 0.05, 0.01, score)


def _line_count(points: np.ndarray, angle_deg: float) -> int:
    """The text lines the ink makes at ``angle_deg``: runs of the projection's rows that
    hold a tenth of its fullest row's ink or more."""
    hist = _profile(points, angle_deg)
    full = hist >= 0.1 * hist.max()
    return int(np.count_nonzero(full[1:] & ~full[:-1]) + full[0])


def estimate_skew(gray: np.ndarray) -> float:
    """Text-line angle in degrees, positive = counter-clockwise; 0.0 on blank pages. On a
    page of ``FEW_LINES`` lines or fewer, the angle at which each vertical strip's lines
    are sharpest (``_strips_sharpness``), where it is ``STRIPS_DISAGREE_DEG`` off."""
    points = _ink_points(gray)
    if len(points) < MIN_INK_POINTS:
        return 0.0
    angle = _swept_angle(points)
    if _line_count(points, angle) <= FEW_LINES:
        # a whole line's angle is the surer, unless its strips disagree with it: then it
        # was pieces side by side made one
        by_strips = _swept_angle(points, _strips_sharpness)
        if abs(by_strips - angle) > STRIPS_DISAGREE_DEG:
            angle = by_strips
    return round(angle, 2)


def rotate(gray: np.ndarray, angle_deg: float) -> np.ndarray:
    """Rotate counter-clockwise by ``angle_deg`` on an enlarged canvas filled with the
    paper's grey (the page's median). A white fill beside a grey paper makes the page's
    histogram two-peaked: on a page that holds only a signer's name, Tesseract's Otsu
    split then fell between fill and paper, took the paper for ink and read garbage."""
    paper = int(paper_grey(gray))
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle_deg, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(
        gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT, borderValue=paper,
    )


def ink_components(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page's ink (Otsu), its connected components' labels and their stats."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    try:  # 16-bit labels are three times faster; a page with >65535 blobs raises
        _, labels, stats, _ = cv2.connectedComponentsWithStatsWithAlgorithm(
            ink, 8, cv2.CV_16U, cv2.CCL_SPAGHETTI)
    except cv2.error:
        _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return ink, labels, stats


def remove_specks(gray: np.ndarray, dpi: int, grown: float = 1.0) -> np.ndarray:
    """Whiten connected ink components smaller than a speck at this resolution, and the
    compact ones up to ``LONE_SPECK_AREAS`` times that with no other ink within
    ``LONE_SPECK_MM``; ``grown``: how many times as wide as print's the page's strokes
    are, and so its specks (a copy made too dark): the speck's sides grow as much (not the
    lone blobs': growing those too made no dev page better, and keeps fewer marks)."""
    limit = max(2, int(SPECK_AREA_AT_300DPI * (dpi / 300) ** 2))
    ink, labels, stats = ink_components(gray)
    small = stats[:, cv2.CC_STAT_AREA] < limit * grown ** 2
    small[0] = False  # background
    gone = small[labels]
    lone = _lone_blobs(stats, (ink > 0) & ~gone, limit, dpi)
    if lone.any():
        gone |= lone[labels]
    cleaned = gray.copy()
    cleaned[gone] = 255
    return cleaned


def _lone_blobs(stats: np.ndarray, kept_ink: np.ndarray, limit: int, dpi: int) -> np.ndarray:
    """Which components are compact blobs under ``LONE_SPECK_AREAS`` specks' area with
    no ink of ``kept_ink`` but their own within ``LONE_SPECK_MM`` of their box."""
    area = stats[:, cv2.CC_STAT_AREA]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    blobs = (area >= limit) & (area < LONE_SPECK_AREAS * limit) & (
        np.maximum(width, height) <= 2 * np.minimum(width, height))
    blobs[0] = False
    if not blobs.any():
        return blobs
    reach = max(1, round(LONE_SPECK_MM / 25.4 * dpi))
    rows, cols = kept_ink.shape
    left = np.clip(stats[:, cv2.CC_STAT_LEFT] - reach, 0, cols)
    top = np.clip(stats[:, cv2.CC_STAT_TOP] - reach, 0, rows)
    right = np.clip(stats[:, cv2.CC_STAT_LEFT] + width + reach, 0, cols)
    bottom = np.clip(stats[:, cv2.CC_STAT_TOP] + height + reach, 0, rows)
    # the ink in each box around a blob, from the summed-area table: the blob's own alone
    summed = cv2.integral(kept_ink.view(np.uint8))
    around = (summed[bottom, right] - summed[top, right] - summed[bottom, left]
              + summed[top, left])
    return blobs & (around == area)


def stroke_width(gray: np.ndarray, dpi: int) -> float:
    """The mean width of the letters' strokes in px at 300 dpi (0.0 on a page without
    letters): twice the distance to the paper along their ridges (the pixels no farther
    from it than their neighbours)."""
    ink, labels, stats = ink_components(gray)
    scale = dpi / 300
    height, width = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    letters = (height >= LETTER_HEIGHT_PX[0] * scale) & (height <= LETTER_HEIGHT_PX[1] * scale) & (
        width <= LETTER_MAX_WIDTH_PX * scale) & (
        stats[:, cv2.CC_STAT_AREA] >= LETTER_MIN_AREA_PX * scale * scale)
    letters[0] = False  # the paper
    distance = cv2.distanceTransform(ink, cv2.DIST_L2, 5)
    ridge = (distance > 0) & (distance >= cv2.dilate(distance, np.ones((3, 3), np.uint8)))
    rows, cols = np.nonzero(ridge)
    on_letters = letters[labels[rows, cols]]
    depths = distance[rows[on_letters], cols[on_letters]]
    return 2 * float(depths.mean()) / scale if depths.size else 0.0


def _pixels_each_side(dpi: int, pixels: int = 1) -> np.ndarray:
    """A square that moves an edge ``pixels`` each way at 300 dpi (at least one; a pixel
    is two from 450 dpi)."""
    side = 2 * max(1, round(pixels * dpi / 300)) + 1
    return np.ones((side, side), np.uint8)


def _otsu_of_sample(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """Every 4th pixel of the page (every 2nd of every 2nd row) and Otsu's split of them."""
    sample = np.ascontiguousarray(gray[::2, ::2])
    otsu, _ = cv2.threshold(sample, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return sample, otsu


def ink_grey(gray: np.ndarray) -> float:
    """How dark the page's ink is: the 10th percentile of the pixels under Otsu's split
    (every 4th pixel), 255 on a page of paper alone."""
    sample, otsu = _otsu_of_sample(gray)
    ink = sample[sample <= otsu]
    return float(np.percentile(ink, 10)) if ink.size else 255.0


def thin_strokes(gray: np.ndarray, dpi: int, despeckle: bool = True,
                 strokes: float = HEAVY_STROKE_PX) -> np.ndarray:
    """The page with its ink a pixel thinner each side (two from 450 dpi), and the specks
    that thinning leaves whitened: under a speck's size grown as the page's ``strokes``
    (its ``stroke_width``) exceed ``HEAVY_STROKE_PX``."""
    thinned = cv2.dilate(gray, _pixels_each_side(dpi))  # the paper grows
    return remove_specks(thinned, dpi, max(1.0, strokes / HEAVY_STROKE_PX)) \
        if despeckle else thinned


def thicken_strokes(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page with its ink a pixel thicker each side (two from 450 dpi)."""
    return cv2.erode(gray, _pixels_each_side(dpi))  # the ink grows


def darken_ink(gray: np.ndarray, ink: float) -> np.ndarray:
    """The page with its ink's grey (``ink_grey``) made black and every grey between it
    and white darker (each raised to the power ``FAINT_GAMMA``, as fractions of the way
    from the ink to white), the paper's white kept: the pale remains of a faint copy's
    broken hairlines become strokes Tesseract's binarisation keeps. The paper's grain,
    darkened too, is whitened where it is all a page holds (``whiten_grainy_paper``)."""
    way = np.clip((np.arange(256) - ink) / max(1.0, 255.0 - ink), 0.0, 1.0)
    return whiten_grainy_paper(cv2.LUT(gray, (255.0 * way ** FAINT_GAMMA).astype(np.uint8)))


def _shear(image: np.ndarray, degrees: float, fill: int) -> np.ndarray:
    """``image`` sheared about its middle row: each row moved right by tan(degrees)
    times its height above that row, so text leaning right by ``degrees`` stands upright."""
    height, width = image.shape
    k = float(np.tan(np.radians(degrees)))
    matrix = np.float32([[1, k, -k * height / 2], [0, 1, 0]])
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def runs(mask: np.ndarray, max_gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in ``mask``, runs fewer than ``max_gap`` False
    entries apart joined (``max_gap`` at least 1)."""
    at = np.flatnonzero(mask)
    if not len(at):
        return []
    breaks = np.flatnonzero(np.diff(at) > max_gap)
    starts = np.concatenate([[at[0]], at[breaks + 1]])
    ends = np.concatenate([at[breaks], [at[-1]]]) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _column_sharpness(ink: np.ndarray, degrees: float) -> float:
    """How sharp the columns of ``ink`` are, sheared by ``degrees``: a stem standing
    upright puts its ink into few columns."""
    columns = _shear(ink, degrees, 0).sum(axis=0)
    return float((columns * columns).sum())


def upright_italics(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page with its italic runs of text sheared upright: Tesseract's ``vie`` misreads
    italic figures ("1100/QĐ-UBND" as "I 100/QĐ-UBND", "17/07/2028" as "1707/2028",
    "2025;" as "2022"). A run is a line's text between gaps of three line heights (a
    header's two columns are two runs); its shear is the one that makes its columns of
    ink sharpest (``ITALIC_SHEARS_DEG``, then to the degree)."""
    scale = dpi / 300
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    upright, paper = gray, 255
    for top, bottom in runs(ink.sum(axis=1) > 2, max(1, round(6 * scale))):
        height = bottom - top
        if not 15 * scale <= height <= 150 * scale:  # no line of text, or lines joined
            continue
        for left, right in runs(ink[top:bottom].sum(axis=0) > 0, 3 * height):
            if right - left < ITALIC_MIN_LENGTH * height:
                continue
            # room for the shear: a line's top moves by up to tan(16) of its height
            left, right = max(0, left - height // 3), min(gray.shape[1], right + height // 3)
            run = ink[top:bottom, left:right].astype(np.float32)
            sharpness = [_column_sharpness(run, degrees) for degrees in ITALIC_SHEARS_DEG]
            best = int(np.argmax(sharpness))
            if ITALIC_SHEARS_DEG[best] < ITALIC_MIN_DEG or \
                    sharpness[best] < ITALIC_MIN_GAIN * sharpness[0]:
                continue
            near = np.arange(ITALIC_SHEARS_DEG[best] - 3, ITALIC_SHEARS_DEG[best] + 3.5)
            degrees = float(max(near, key=lambda d: _column_sharpness(run, d)))
            if upright is gray:
                upright, paper = gray.copy(), int(paper_grey(gray))
            upright[top:bottom, left:right] = _shear(gray[top:bottom, left:right], degrees,
                                                     paper)
    return upright


def _side_degrees(start: np.ndarray, end: np.ndarray) -> float:
    return float(np.degrees(np.arctan2(end[1] - start[1], end[0] - start[0])))


def paper_corners(gray: np.ndarray, dpi: int) -> np.ndarray | None:
    """The paper's four corners (top left, top right, bottom right, bottom left, in
    pixels) when the page is a photo of a sheet that lies on something darker, seen on
    every side of it; else None (a scan, or a photo cropped to the paper). The sheet is
    the large areas brighter than a level, taken together (a shadow across the sheet
    parts them), tried from Otsu's split down: light falling off darkens a corner of the
    paper below that split, and a lower level takes it in until the background joins
    it, which then reaches the image's edge."""
    scale = PERSPECTIVE_WORK_DPI / max(dpi, 1)
    small = cv2.GaussianBlur(
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), (5, 5), 0)
    otsu, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    rows, cols = small.shape
    for level in range(int(otsu), int(otsu * PAPER_LEVEL_FLOOR), -PAPER_LEVEL_STEP):
        count, parts, stats, _ = cv2.connectedComponentsWithStats(
            (small > level).astype(np.uint8), connectivity=4)
        # the sheet's bright parts: a shadow across it parts them
        pieces = [k for k in range(1, count)
                  if stats[k, cv2.CC_STAT_AREA] >= SHEET_PART_SHARE * rows * cols]
        if not pieces:
            continue
        sheet = np.isin(parts, pieces)
        ys, xs = np.nonzero(sheet)
        if sheet.sum() < MIN_PAPER_SHARE * rows * cols or min(xs.min(), ys.min()) == 0 or \
                xs.max() == cols - 1 or ys.max() == rows - 1:
            return None  # no background all round (any lower level takes in more)
        contours, _ = cv2.findContours(sheet.astype(np.uint8), cv2.RETR_EXTERNAL,
                                       cv2.CHAIN_APPROX_SIMPLE)
        hull = cv2.convexHull(np.concatenate(contours))
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(quad) == 4 and cv2.contourArea(quad) >= QUAD_SHARE_OF_HULL * cv2.contourArea(hull):
            points = quad.reshape(4, 2).astype(np.float32)
            sums, differences = points.sum(axis=1), np.diff(points, axis=1).ravel()
            return np.float32([points[np.argmin(sums)], points[np.argmin(differences)],
                               points[np.argmax(sums)], points[np.argmax(differences)]]) / scale
    return None


def flatten_perspective(gray: np.ndarray, dpi: int) -> np.ndarray:
    """A sheet photographed at an angle, its edges converging (``paper_corners``), mapped
    back onto a rectangle, the background cut away; any other page as it is."""
    corners = paper_corners(gray, dpi)
    if corners is None:
        return gray
    top_left, top_right, bottom_right, bottom_left = corners
    if max(abs(_side_degrees(top_left, top_right) - _side_degrees(bottom_left, bottom_right)),
           abs(_side_degrees(top_left, bottom_left) - _side_degrees(top_right, bottom_right))
           ) < MIN_CONVERGENCE_DEG:
        return gray  # a rectangle lying askew: deskewing turns it
    width = round(max(np.linalg.norm(top_right - top_left),
                      np.linalg.norm(bottom_right - bottom_left)))
    height = round(max(np.linalg.norm(bottom_left - top_left),
                       np.linalg.norm(bottom_right - top_right)))
    onto = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    return cv2.warpPerspective(gray, cv2.getPerspectiveTransform(corners, onto),
                               (width, height), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)


def flatten_background(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page divided by its paper's brightness, when that varies across the page (a
    photo's falling light, a shadow): the paper white again everywhere, the print as dark
    as it was against it. A page lit evenly is returned as it is."""
    scale = BACKGROUND_WORK_DPI / max(dpi, 1)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # a grey dilation wider than any letter takes the print away and leaves the paper
    size = int(BACKGROUND_WINDOW_MM / 25.4 * BACKGROUND_WORK_DPI) | 1
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    paper = cv2.GaussianBlur(paper, (0, 0), size / 2)
    low, high = np.percentile(paper, [2, 98])
    if high - low < UNEVEN_LIGHT:
        return gray
    paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def whiten_dark_areas(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page with its solid dark areas whitened: the black border a scanner leaves
    around a page, the table a photo was taken on, a punch hole. A border's straight edge
    is the sharpest line on the page, so the skew was estimated on it (-0.02 degrees for
    text at 1.5 on nine dev pages in a black frame), and Tesseract split lines beside it
    into blocks (CER 0.12% -> 3.0%). Run after ``flatten_background``: a corner of a
    photo in shadow is as dark as a border before the paper is flattened, and has text."""
    scale = DARK_AREA_WORK_DPI / max(dpi, 1)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    dark = (small < float(np.median(small)) * DARK_AREA_SHARE_OF_PAPER).astype(np.uint8)
    across = max(2, round(DARK_AREA_MM / 25.4 * DARK_AREA_WORK_DPI))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((across, across), np.uint8))
    if not cv2.countNonZero(solid):  # most pages
        return gray
    # and all of the dark that reaches the page's edge: where the paper lies askew, the
    # border narrows to a sliver along one side
    _, parts = cv2.connectedComponents(dark, connectivity=8)
    rim_parts = np.unique(np.concatenate([parts[0], parts[-1], parts[:, 0], parts[:, -1]]))
    solid[np.isin(parts, rim_parts[rim_parts > 0])] = 1
    solid = cv2.resize(solid, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)
    rim = 2 * max(1, round(DARK_AREA_RIM_MM / 25.4 * dpi)) + 1
    whitened = gray.copy()
    whitened[cv2.dilate(solid, np.ones((rim, rim), np.uint8)) > 0] = int(paper_grey(gray))
    return whitened


def _show_through(gray: np.ndarray, dpi: int
                  ) -> tuple[float, np.ndarray, np.ndarray, int] | None:
    """The paper's grey; where the page is lighter than halfway from its ink to its paper
    and more than ``SHOW_THROUGH_REACH_PX`` from any darker pixel (away from the ink);
    the part of that which is grey (40 levels or more below the paper); and the count of
    the darker pixels. None on a copy made too light, whose print is that grey."""
    ink, paper = ink_grey(gray), paper_grey(gray)
    if ink >= FAINT_INK:
        return None
    dark = (gray <= (ink + paper) / 2).astype(np.uint8)
    reach = 2 * max(1, round(SHOW_THROUGH_REACH_PX * dpi / 300)) + 1
    away = cv2.dilate(dark, np.ones((reach, reach), np.uint8)) == 0
    return paper, away, away & (gray < paper - 40), cv2.countNonZero(dark)


def show_through_grey(gray: np.ndarray, dpi: int) -> np.ndarray | None:
    """Where a page of dark ink is grey away from its ink (``_show_through``); None on a
    copy made too light."""
    found = _show_through(gray, dpi)
    return None if found is None else found[2]


def whiten_show_through(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page with the print showing through from its back whitened: every pixel away
    from the ink (``_show_through``), when the grey among them comes to
    ``SHOW_THROUGH_SHARE`` of the dark pixels and ``SHOW_THROUGH_AREA`` of the page."""
    found = _show_through(gray, dpi)
    if found is None:
        return gray
    paper, away, grey, dark = found
    count = np.count_nonzero(grey)
    if count < SHOW_THROUGH_SHARE * dark or count < SHOW_THROUGH_AREA * grey.size:
        return gray
    whitened = gray.copy()
    whitened[away] = np.uint8(paper)
    return whitened


def whiten_grey_paper(gray: np.ndarray) -> np.ndarray:
    """The page with its paper white and its ink as dark as it was, when the paper is
    grey (its median under ``GREY_PAPER``): Tesseract reads the grey image of a line, and
    nine dev pages on paper at 203 read CER 0.35%, white again 0.11% (at 250: 0.12%)."""
    paper = paper_grey(gray)
    if paper >= GREY_PAPER:
        return gray
    return cv2.convertScaleAbs(gray, alpha=255.0 / max(paper, 1.0))


def whiten_grainy_paper(gray: np.ndarray) -> np.ndarray:
    """The page with its paper white, when Otsu's split falls within ``INK_CONTRAST`` of the
    paper (the median) and what lies below the split is no ink (its mean within
    ``INK_CONTRAST`` of the paper too): a page with so little ink (a signer's name alone)
    that the split parts the paper's grain, and Tesseract, which binarises by Otsu, reads
    nothing or garbage. On a page of text the split lies far below the paper and nothing
    changes; on a copy made too light (grey, broken strokes) it lies near the paper, but
    below it lies the ink, which whitening took with the paper's grain (dev batch 17 so
    copied: WER 43.5%, 24.2% with its ink kept)."""
    sample, otsu = _otsu_of_sample(gray)
    paper = paper_grey(gray)
    if otsu <= paper - INK_CONTRAST:
        return gray
    below = sample[sample <= otsu]
    if below.size and float(below.mean()) <= paper - INK_CONTRAST:  # faint ink
        return gray
    whitened = gray.copy()
    whitened[gray > paper - INK_CONTRAST] = 255
    return whitened


def remove_rules(gray: np.ndarray, dpi: int) -> tuple[np.ndarray, list[tuple[int, int, int,
                                                                               int]]]:
    """Whiten straight lines of ink longer than ``RULE_MM`` (a table's borders, the rule
    under the motto, a scan's dark edge); also the vertical ones' boxes (left, right,
    top, bottom)."""
    span = max(10, int(RULE_MM / 25.4 * dpi))
    # on a photo's last page of two lines Otsu split the grey of a shadow across the
    # paper, which stood as a rule and was whitened with the signer's name in it
    level = _ink_level(gray, paper_grey(gray), RULE_CONTRAST)
    ink = ((gray <= level) * 255).astype(np.uint8)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, span), np.uint8))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((span, 1), np.uint8))
    rules = cv2.max(horizontal, vertical)
    if not cv2.countNonZero(rules):  # most pages: labelling an empty page still costs 70 ms
        return gray, []
    cleaned = gray.copy()
    cleaned[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 255
    if not cv2.countNonZero(vertical):
        return cleaned, []
    count, _, stats, _ = cv2.connectedComponentsWithStats(vertical, connectivity=8)
    boxes = [(int(x), int(x + w), int(y), int(y + h))
             for x, y, w, h, _ in (stats[k] for k in range(1, count))]
    return cleaned, boxes


def whiten_rule_rims(darkened: np.ndarray, ruled: np.ndarray, unruled: np.ndarray,
                     dpi: int) -> np.ndarray:
    """``darkened`` with ``RULE_RIM_PX`` (at 300 dpi) more whitened each side of what
    ``remove_rules`` whitened (``ruled``: the page before it, ``unruled``: after): a faint
    copy's rules are blurred wider than the pixel it takes beside them, and their pale
    rims, darkened, are lines again."""
    if unruled is ruled:
        return darkened
    whitened = darkened.copy()
    whitened[cv2.dilate((unruled != ruled).astype(np.uint8),
                        _pixels_each_side(dpi, RULE_RIM_PX)) > 0] = 255
    return whitened


def preprocess_deskew(page: PageImage, options: Options) -> CleanPage:
    assert page.image is not None, "text-layer pages are not cleaned"
    image = flatten_perspective(page.image, page.dpi)
    image = whiten_show_through(
        whiten_dark_areas(flatten_background(image, page.dpi), page.dpi), page.dpi)
    skew = estimate_skew(image) if options.deskew else 0.0
    # Rotating by -skew (clockwise for positive skew) straightens the lines.
    image = rotate(image, -skew) if abs(skew) >= MIN_ROTATION_DEG else image
    vertical_rules: list[tuple[int, int, int, int]] = []
    ruled = unruled = image
    if options.remove_rules:
        image, vertical_rules = remove_rules(image, page.dpi)
        unruled = image
    if options.despeckle:
        image = remove_specks(image, page.dpi)
    image = upright_italics(image, page.dpi)
    # last: specks gone, the page may hold little ink
    image = whiten_grainy_paper(whiten_grey_paper(image))
    strokes = stroke_width(image, page.dpi)
    restroked, restroke = None, ""
    if strokes >= HEAVY_STROKE_PX:
        restroked, restroke = thin_strokes(image, page.dpi, options.despeckle,
                                           strokes), "thinned"
    elif 0 < strokes < LIGHT_STROKE_PX and (ink := ink_grey(image)) >= FAINT_INK:
        darkened = whiten_rule_rims(darken_ink(image, ink), ruled, unruled, page.dpi)
        restroked, restroke = thicken_strokes(darkened, page.dpi), "thickened"
    return CleanPage(
        number=page.number, image=image, dpi=page.dpi, skew_degrees=skew, rotation=0,
        warnings=list(page.warnings), vertical_rules=vertical_rules,
        stroke_width_px=round(strokes, 2), restroked=restroked, restroke=restroke,
    )


def rotate_upright(page: CleanPage, clockwise_deg: int) -> CleanPage:
    """Turn the page clockwise by 90, 180 or 270 degrees."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if clockwise_deg not in codes:
        return page
    return CleanPage(
        number=page.number, image=cv2.rotate(page.image, codes[clockwise_deg]), dpi=page.dpi,
        skew_degrees=page.skew_degrees, rotation=clockwise_deg, warnings=list(page.warnings),
        stroke_width_px=page.stroke_width_px, strokes=page.strokes,
    )
