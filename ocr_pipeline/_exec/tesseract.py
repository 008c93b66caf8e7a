"""Tesseract, through pytesseract: version, availability, OCR with word data, and OSD."""

from __future__ import annotations

import functools
import os
import shutil

import cv2
import numpy as np
import pytesseract
from PIL import Image

from ocr_pipeline.errors import EnvironmentProblem, PageTimeout, PipelineError
from ocr_pipeline.models import Word

# One Tesseract thread per process: pages run in parallel across processes instead,
# which is faster than OpenMP inside one page on small machines.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"
# px of white to put around a word or cell cut out of a page before it is read again:
# without it a year alone on its line, "2L", was re-read "2/" (with it "2027", a new
# letter's photo) and a table cell "2,4 km" "24km", "1,8 km" "1,58 km" (FreeSerif 12 pt;
# with 8 or 12 px right at confidence 95)
CUTOUT_BORDER_PX = 10


@functools.cache
def version() -> str:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise EnvironmentProblem(f"tesseract is not installed (run: {INSTALL_HINT})")
    return str(pytesseract.get_tesseract_version())


@functools.cache
def languages() -> tuple[str, ...]:
    version()
    return tuple(pytesseract.get_languages(config=""))


def check(lang: str) -> None:
    """Raise EnvironmentProblem unless tesseract and every model in ``lang`` exist."""
    missing = [code for code in lang.split("+") if code not in languages()]
    if missing:
        raise EnvironmentProblem(
            f"tesseract language model(s) {', '.join(missing)} not installed "
            f"(run: apt-get install {' '.join('tesseract-ocr-' + m for m in missing)})"
        )


def _as_pil(image: np.ndarray) -> Image.Image:
    pil = Image.fromarray(image)
    # pytesseract hands Tesseract a temp file in the image's format, PNG by default.
    # Compressing a noisy 300-dpi page to PNG took 0.3-1 s, a third of the OCR time;
    # uncompressed PNM is written in milliseconds and Tesseract reads the same pixels.
    pil.format = "PPM"
    return pil


def image_to_words(
    image: np.ndarray, lang: str, timeout_s: float, psm: int = 3, whitelist: str = "",
    paper_border: int = 0, shrink: float = 1.0,
) -> list[Word]:
    """OCR one page image; words in reading order with boxes and confidences. With a
    ``whitelist``, only those characters are read. ``paper_border``: px of the paper's
    grey put around the image first (a word or cell cut out of a page reads far better
    with it: "2027" for "2L" alone, "2,4 km" for "24km"); ``shrink``: the image is read at
    that fraction of its size (Tesseract reads some cut-out cells and lines only so).
    Boxes stay in the image's coordinates."""
    if shrink != 1.0:
        image = cv2.resize(image, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
    config = f"--psm {psm}" + (f" -c tessedit_char_whitelist={whitelist}" if whitelist else "")
    if paper_border:
        # the paper's own grey, not white: white beside a grey paper makes the image
        # two-peaked, and Tesseract's Otsu split then falls between the two papers
        paper = int(np.percentile(image, 90))
        image = cv2.copyMakeBorder(image, *[paper_border] * 4, cv2.BORDER_CONSTANT, value=paper)
    try:
        data = pytesseract.image_to_data(
            _as_pil(image),
            lang=lang,
            config=config,
            output_type=pytesseract.Output.DICT,
            timeout=timeout_s,
        )
    except RuntimeError as exc:  # pytesseract signals its timeout this way
        if "timeout" in str(exc).lower():
            raise PageTimeout(f"OCR took longer than {timeout_s:g} s", stage="ocr") from exc
        raise PipelineError(f"tesseract failed: {exc}", stage="ocr") from exc
    except pytesseract.TesseractError as exc:
        raise PipelineError(f"tesseract failed: {exc.message}", stage="ocr") from exc
    words = []
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not text.strip():
            continue
        words.append(
            Word(
                text=text,
                confidence=float(data["conf"][i]),
                box=_unshrunk((data["left"][i] - paper_border, data["top"][i] - paper_border,
                               data["width"][i], data["height"][i]), shrink),
                block=int(data["block_num"][i]),
                paragraph=int(data["par_num"][i]),
                line=int(data["line_num"][i]),
            )
        )
    return words


def _unshrunk(box: tuple[int, int, int, int], shrink: float) -> tuple[int, int, int, int]:
    """A box read at ``shrink`` of the image's size, in the image's own pixels."""
    if shrink == 1.0:
        return box
    left, top, width, height = (round(v / shrink) for v in box)
    return left, top, width, height


def orientation(image: np.ndarray, timeout_s: float) -> tuple[int, float]:
    """Clockwise rotation (0/90/180/270) that makes the page upright, and its confidence.

    Returns (0, 0.0) when OSD cannot decide (too little text).
    """
    try:
        osd = pytesseract.image_to_osd(
            _as_pil(image), output_type=pytesseract.Output.DICT, timeout=timeout_s
        )
    except (pytesseract.TesseractError, RuntimeError):
        return 0, 0.0
    return int(osd.get("rotate", 0)) % 360, float(osd.get("orientation_conf", 0.0))
