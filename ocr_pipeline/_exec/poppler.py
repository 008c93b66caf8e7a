"""Poppler, through pdf2image, pdftotext and pdfimages: page count, rasterising, text
layer, whether a page holds images in colour."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pdf2image
from pdf2image import exceptions as pdf_errors

from ocr_pipeline.errors import EnvironmentProblem, InputError, PageTimeout

INSTALL_HINT = "apt-get install poppler-utils"


@functools.cache
def version() -> str:
    if shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None:
        raise EnvironmentProblem(f"poppler is not installed (run: {INSTALL_HINT})")
    out = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True).stderr
    match = re.search(r"version\s+([\d.]+)", out)
    return match.group(1) if match else "unknown"


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "invalid page count 0" in text or "last page (0)" in text:
        return "PDF has no pages"
    if "incorrect password" in text or "password" in text:
        return "PDF is encrypted and needs a password"
    if "couldn't find trailer" in text or "syntax error" in text or "couldn't read xref" in text:
        return "PDF is damaged (corrupt or truncated)"
    if "may not be a pdf" in text or "not a pdf" in text or "unable to get page count" in text:
        return "not a readable PDF"
    detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else "unknown"
    return f"PDF cannot be read ({detail})"


def info(path: Path) -> dict[str, object]:
    stat = path.stat()
    return _info(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)  # every page of a PDF asks; the file does not change
def _info(path_text: str, _size: int, _mtime_ns: int) -> dict[str, object]:
    version()
    path = Path(path_text)
    try:
        data = pdf2image.pdfinfo_from_path(path_text)
    except (pdf_errors.PDFPageCountError, pdf_errors.PDFSyntaxError) as exc:
        raise InputError(_reason(exc), path=str(path), stage="load") from exc
    except pdf_errors.PDFInfoNotInstalledError as exc:
        raise EnvironmentProblem(f"poppler is not installed (run: {INSTALL_HINT})") from exc
    pages = int(data.get("Pages", 0))
    if pages <= 0:
        raise InputError("PDF has no pages", path=str(path), stage="load")
    return data


def page_size_points(data: dict[str, object]) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+)", str(data.get("Page size", "")))
    return (float(match.group(1)), float(match.group(2))) if match else (595.0, 842.0)


def rasterise(path: Path, page: int, dpi: int, timeout_s: float, *,
              color: bool = False) -> np.ndarray:
    """One page as a grayscale uint8 array, or with ``color`` an RGB one (height, width,
    3); only this page is ever decoded."""
    try:
        images = pdf2image.convert_from_path(
            str(path), dpi=dpi, first_page=page, last_page=page, grayscale=not color,
            timeout=timeout_s,
        )
    except (pdf_errors.PDFPageCountError, pdf_errors.PDFSyntaxError) as exc:
        raise InputError(_reason(exc), path=str(path), stage="load") from exc
    except (subprocess.TimeoutExpired, pdf_errors.PDFPopplerTimeoutError) as exc:
        # pdf2image 1.17 wraps the subprocess timeout in its own exception
        raise PageTimeout(f"rasterising page {page} took longer than {timeout_s:g} s",
                          path=str(path), stage="load") from exc
    if not images:
        raise InputError(f"page {page} could not be rasterised", path=str(path), stage="load")
    return np.asarray(images[0].convert("RGB" if color else "L"))


def text_layer(path: Path, page: int) -> str:
    """The page's embedded text in reading order, or "" when there is none."""
    version()
    proc = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-"],
        capture_output=True, timeout=60,
    )
    if proc.returncode != 0:
        return ""
    return proc.stdout.decode("utf-8", errors="replace")


def _page_listing(program: str, flags: list[str], path: Path, page: int) -> list[str] | None:
    """The rows of a poppler tool's listing for one page (pdffonts, pdfimages -list), past
    its two-line head; None when the tool fails or times out."""
    version()
    try:
        proc = subprocess.run([program, *flags, "-f", str(page), "-l", str(page), str(path)],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", errors="replace").splitlines()[2:]


def page_font_names(path: Path, page: int) -> list[str]:
    """The names of the fonts the page uses (pdffonts; a subset's "ABCDEF+" prefix
    dropped), or [] when they cannot be listed."""
    rows = _page_listing("pdffonts", [], path, page) or []
    return [row.split()[0].split("+", 1)[-1] for row in rows if row.strip()]


def page_has_color_images(path: Path, page: int) -> bool:
    """Whether an image on the page is in colour (pdfimages' list), or the page has no
    image or cannot be listed; a scan in grey or black and white says no, and is
    rasterised in grey, which is faster."""
    listing = _page_listing("pdfimages", ["-list"], path, page)
    rows = [line.split() for line in listing or []]
    images = [row for row in rows if len(row) > 6 and row[2] == "image"]
    if not images:
        return True
    # "icc" with one component is grey too; a palette ("index") may hold colours
    return any(not (row[5] == "gray" or (row[5] == "icc" and row[6] == "1")) for row in images)
