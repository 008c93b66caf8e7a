"""Typed containers passed between stages. Everything here is picklable."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import numpy as np

PageSource = Literal["ocr", "text-layer", "ocr-text-layer"]


@dataclass(frozen=True)
class Options:
    """One options object, passed down to every stage (and to worker processes)."""

    dpi: int = 300
    lang: str = "vie"
    force_ocr: bool = False
    deskew: bool = True
    despeckle: bool = True
    remove_rules: bool = True
    detect_orientation: bool = True
    repair: bool = True
    page_timeout_s: float = 120.0
    max_pixels: int = 120_000_000  # larger pages are downscaled before OCR
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)

    def stage_settings(self) -> dict[str, Any]:
        """Settings that change outputs (workers and timeouts do not)."""
        keep = ("dpi", "lang", "force_ocr", "deskew", "despeckle", "remove_rules",
                "detect_orientation", "repair")
        return {k: v for k, v in asdict(self).items() if k in keep}


@dataclass
class PageImage:
    """One rasterised page (grayscale uint8), or the text of a PDF text layer."""

    number: int  # 1-based
    image: np.ndarray | None
    dpi: int
    text_layer: str | None = None
    # the text layer is an OCR engine's (drawn invisibly over a scan), not typed text
    text_layer_by_ocr: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class CleanPage:
    """A page after deskew and orientation fixing."""

    number: int
    image: np.ndarray
    dpi: int
    skew_degrees: float  # positive = text was rotated counter-clockwise
    rotation: int  # 0, 90, 180 or 270: clockwise rotation applied to make text upright
    warnings: list[str] = field(default_factory=list)
    # the vertical rules removed from the image (a table's cell borders), each as (left,
    # right, top, bottom) in pixels: words on either side of one are in different cells
    vertical_rules: list[tuple[int, int, int, int]] = field(default_factory=list)
    # the letters' mean stroke width in px at 300 dpi (``clean.stroke_width``), and the
    # page with its ink thinned when its strokes are heavy (a copy made too dark) or
    # thickened when they are light (a copy made too light), ``restroke`` saying which
    stroke_width_px: float = 0.0
    restroked: np.ndarray | None = None
    restroke: str = ""
    strokes: str = "as scanned"  # or the restroke of the copy ``ocr.choose_stroke_weight`` took


@dataclass
class Word:
    text: str
    confidence: float  # 0..100 as Tesseract reports it
    box: tuple[int, int, int, int]  # left, top, width, height
    block: int
    paragraph: int
    line: int

    @property
    def line_key(self) -> tuple[int, int, int]:
        """Which Tesseract line the word is on: (block, paragraph, line)."""
        return self.block, self.paragraph, self.line

    def image_in(self, page: np.ndarray, pad: int = 0) -> np.ndarray:
        """The word's box cut out of ``page``, with ``pad`` px of the page around it."""
        left, top, width, height = self.box
        return page[max(0, top - pad):top + height + pad, max(0, left - pad):left + width + pad]


def span(words: list[Word]) -> tuple[int, int, int, int]:
    """(left, right, top, bottom) of the words' boxes together."""
    return (min(w.box[0] for w in words), max(w.box[0] + w.box[2] for w in words),
            min(w.box[1] for w in words), max(w.box[1] + w.box[3] for w in words))


def placed_on_page(again: list[Word], left: int, top: int, head: Word) -> list[Word]:
    """The words of a crop read again, in the page's coordinates (the crop's top left
    corner at ``left``, ``top``) and on the line of ``head``, the first word re-read."""
    return [replace(w, box=(w.box[0] + left, w.box[1] + top, w.box[2], w.box[3]),
                    block=head.block, paragraph=head.paragraph, line=head.line)
            for w in again]


def splice_words(words: list[Word], replaced: dict[int, list[Word]],
                 dropped: set[int]) -> list[Word]:
    """``words`` with word n replaced by ``replaced[n]`` (a re-read's words) and the
    words in ``dropped`` (the rest of what was re-read) left out."""
    result: list[Word] = []
    for n, word in enumerate(words):
        if n not in dropped:
            result.extend(replaced.get(n, [word]))
    return result


@dataclass
class PageText:
    """The text of one page and how it was obtained."""

    number: int
    source: PageSource
    text_raw: str  # what OCR or the text layer gave, line breaks kept
    text: str  # after repair
    skew_degrees: float = 0.0
    rotation: int = 0
    strokes: str = "as scanned"  # "thinned" or "thickened": read from such a copy of the page
    ocr_confidence: float | None = None  # mean word confidence, 0..100
    words: list[Word] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class StageRecord:
    """How one stage was run, recorded in every output (after kraken)."""

    name: str
    version: str
    settings: dict[str, Any]
