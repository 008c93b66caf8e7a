"""Dev probe of two ways a scan reaches us that the renders do not show: as an image file
at a low resolution, and on thin paper with the print on its back showing through.

The first page of the first render of each document of the first dev batch
(bench/dev_reports/, 9 pages):

- saved as a PNG at 100, 150 and 200 dpi and read as it comes (``Options(dpi=...)`` at
  the image's own resolution, which turns the load stage's enlargement off) and enlarged
  to 300 dpi (``load.enlarge_to_dpi``, the default); and saved with no resolution in the
  file, read by default (the load stage estimates it, ``load.text_dpi``);
- with the document's next page (or its first) behind it, mirrored and blurred, at 35%
  and 50% of its ink, read with the clean stage's ``whiten_show_through`` turned off and
  on;
- as a PDF with Tesseract's own text layer, read with its English model (scanner
  software's OCR) and with ``vie``: the layer repaired as it stands, and the page read by
  default (an English layer is set aside and the scan OCR'd, ``pipeline.read_page``).

Our whole pipeline reads each page; the CER is of its text against the page's truth.
Not a benchmark: the pages are dev pages, and the conditions are my own imitations.
``python -m bench.dev_scans`` (about 10 minutes on this machine, one process).

``--census``: how many of the dev renders made so far (every ``bench/cache/fresh*``
folder: all fonts, styles and conditions) the show-through whitening changes, and the
largest share of a page its grey away from ink covers (``show_through_grey``).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from bench.dev_fresh import BATCHES, CACHE, COPIES
from bench.dev_parse import doc_renders
from ocr_pipeline import clean, metrics, pipeline, repair
from ocr_pipeline.load import count_pages, load_page
from ocr_pipeline.models import Options, PageText

RESOLUTIONS = (100, 150, 200)
STRENGTHS = (0.35, 0.5)


def show_through(front: np.ndarray, back: np.ndarray, strength: float) -> np.ndarray:
    """``front`` printed on thin paper with ``back`` on its other side: mirrored, blurred
    and at ``strength`` of its ink."""
    back = cv2.resize(back, (front.shape[1], front.shape[0]))[:, ::-1].astype(np.float32)
    shown = 255 - (255 - cv2.GaussianBlur(back, (0, 0), 2.0)) * strength
    return np.minimum(front.astype(np.float32), shown).astype(np.uint8)


def read(image: np.ndarray, dpi: int | None, folder: Path, options: Options) -> str:
    """Our pipeline's text of ``image`` saved as a PNG at ``dpi`` (None: the file says no
    resolution)."""
    path = folder / "page.png"
    Image.fromarray(image).save(path, **({"dpi": (dpi, dpi)} if dpi else {}))
    return pipeline.process_page(path, 1, options).text


def tesseract_layer_pdf(image: np.ndarray, lang: str, folder: Path) -> Path:
    """``image`` as a PDF with Tesseract's text layer, read with the ``lang`` model."""
    png = folder / "scan.png"
    Image.fromarray(image).save(png, dpi=(300, 300))
    subprocess.run(["tesseract", str(png), str(folder / f"layer-{lang}"), "-l", lang, "pdf"],
                   check=True, capture_output=True, timeout=300)
    return folder / f"layer-{lang}.pdf"


def layer_repaired(pdf: Path) -> str:
    """A PDF's first page's text layer, repaired as OCR output."""
    layer = load_page(pdf, 1, Options()).text_layer or ""
    page = PageText(number=1, source="ocr-text-layer", text_raw=layer, text=layer)
    return repair.repair_page(page, Options()).text


def page_census(job: tuple[Path, int]) -> tuple[bool, float]:
    """Whether the clean stage whitens show-through on the page, and the share of the
    page its grey away from ink covers (0 on a faint copy, which is never whitened)."""
    pdf, number = job
    page = load_page(pdf, number, Options()).image
    gray = clean.whiten_dark_areas(clean.flatten_background(page, 300), 300)
    grey = clean.show_through_grey(gray, 300)
    share = float(grey.mean()) if grey is not None else 0.0
    return clean.whiten_show_through(gray, 300) is not gray, share


def census() -> None:
    jobs = [(pdf, n) for folder in sorted(CACHE.parent.glob("fresh*"))
            for pdf in sorted(folder.glob("*.pdf")) for n in range(1, count_pages(pdf) + 1)]
    with ProcessPoolExecutor() as pool:
        results = list(pool.map(page_census, jobs, chunksize=4))
    print(f"{len(jobs)} dev pages: show-through whitened on {sum(w for w, _ in results)}; "
          f"the most grey away from ink on a page: {max(s for _, s in results):.2%} of it")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--census", action="store_true",
                        help="count the dev renders the show-through whitening changes")
    if parser.parse_args().census:
        census()
        return
    docs, seed = BATCHES[0]
    renders = doc_renders(COPIES, docs, CACHE, prefix="", first_seed=seed)[::2]
    totals: dict[str, list[float]] = {}

    def score(name: str, truth: str, text: str) -> None:
        errors, length = totals.setdefault(name, [0.0, 0.0])
        totals[name] = [errors + metrics.cer(truth, text) * len(truth), length + len(truth)]

    show_through_area = clean.SHOW_THROUGH_AREA
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for pdf in renders:
            truths = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
            front = load_page(pdf, 1, Options()).image
            back = load_page(pdf, 2 if len(truths) > 1 else 1, Options()).image
            for dpi in RESOLUTIONS:
                small = cv2.resize(front, None, fx=dpi / 300, fy=dpi / 300,
                                   interpolation=cv2.INTER_AREA)
                score(f"{dpi} dpi, as it comes", truths[0],
                      read(small, dpi, folder, Options(workers=1, dpi=dpi)))
                score(f"{dpi} dpi, enlarged", truths[0],
                      read(small, dpi, folder, Options(workers=1)))
                score(f"{dpi} dpi, no resolution in the file", truths[0],
                      read(small, None, folder, Options(workers=1)))
            for strength in STRENGTHS:
                page = show_through(front, back, strength)
                try:
                    clean.SHOW_THROUGH_AREA = 2.0  # more than the page: never whitened
                    score(f"show-through {strength:.0%}, as it comes", truths[0],
                          read(page, 300, folder, Options(workers=1)))
                finally:
                    clean.SHOW_THROUGH_AREA = show_through_area
                score(f"show-through {strength:.0%}, whitened", truths[0],
                      read(page, 300, folder, Options(workers=1)))
            for lang in ("eng", "vie"):
                layered = tesseract_layer_pdf(front, lang, folder)
                score(f"Tesseract's {lang} text layer, repaired", truths[0],
                      layer_repaired(layered))
                score(f"Tesseract's {lang} text layer, read by default", truths[0],
                      pipeline.process_page(layered, 1, Options(workers=1)).text)
            print(pdf.name, flush=True)
    print(f"{len(renders)} pages, CER of our pipeline's text:")
    for name, (errors, length) in totals.items():
        print(f"  {name}: {errors / length:.2%}")


if __name__ == "__main__":
    main()
