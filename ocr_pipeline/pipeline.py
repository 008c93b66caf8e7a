"""Composes the per-page stages: load -> clean -> OCR -> repair.

``process_page`` is what a worker process runs; it takes only picklable arguments and
returns a picklable ``PageText`` (its word list dropped by ``slim`` before crossing back).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ocr_pipeline import __version__, clean, load, ocr, repair
from ocr_pipeline._exec import poppler, tesseract
from ocr_pipeline.models import Options, PageText, StageRecord

# of the letters of the text layer it replaces, what the page's OCR must read at least: a
# PDF whose scan is blank or missing under its layer keeps the layer
MIN_OCR_SHARE_OF_LAYER = 0.5


def read_page(path: Path, number: int, options: Options) -> PageText:
    """Load, clean and OCR one page (no repair). A text layer an OCR engine made without
    the Vietnamese model (``repair.read_without_vietnamese``) is set aside and the page's
    scan OCR'd, as with ``force_ocr``: the English model's garble of a degraded scan,
    repaired, is far from what our OCR reads (9 dev pages with Tesseract's English layer:
    CER 42% from the layer, 0.00% OCR'd again)."""
    page = load.load_page(path, number, options)
    if page.text_layer is not None and page.text_layer_by_ocr and \
            repair.read_without_vietnamese(page.text_layer):
        scanned = read_page(path, number, replace(options, force_ocr=True))
        without = f"page {number}: its text layer was made by OCR without the Vietnamese model"
        if load.letter_count(scanned.text_raw) >= \
                MIN_OCR_SHARE_OF_LAYER * load.letter_count(page.text_layer):
            return replace(scanned, warnings=[f"{without}; the page is OCR'd instead",
                                              *scanned.warnings])
        page.warnings.append(f"{without}, but its scan reads too little: the layer is used")
    if page.text_layer is not None:
        text = page.text_layer.replace("\f", "").rstrip("\n")
        return PageText(number=number,
                        source="ocr-text-layer" if page.text_layer_by_ocr else "text-layer",
                        text_raw=text, text=text, warnings=list(page.warnings))
    cleaned = clean.preprocess_deskew(page, options)
    return ocr.create_ocr_text(cleaned, options)


def process_page(path: Path, number: int, options: Options) -> PageText:
    result = repair.repair_page(read_page(path, number, options), options)
    return replace(result, words=[])  # boxes stay in the worker: they are not in the output


def stage_records(options: Options) -> list[StageRecord]:
    return [
        StageRecord("load", __version__, {"dpi": options.dpi, "force_ocr": options.force_ocr,
                                          "poppler": poppler.version(),
                                          "color_ink_chroma": load.COLOR_INK_CHROMA}),
        StageRecord("clean", __version__, {"deskew": options.deskew,
                                           "despeckle": options.despeckle,
                                           "remove_rules": options.remove_rules,
                                           "rule_mm": clean.RULE_MM,
                                           "uneven_light": clean.UNEVEN_LIGHT,
                                           "min_convergence_deg": clean.MIN_CONVERGENCE_DEG,
                                           "dark_area_mm": clean.DARK_AREA_MM,
                                           "show_through_share": clean.SHOW_THROUGH_SHARE,
                                           "show_through_area": clean.SHOW_THROUGH_AREA,
                                           "grey_paper": clean.GREY_PAPER,
                                           "lone_speck_mm": clean.LONE_SPECK_MM,
                                           "italic_min_deg": clean.ITALIC_MIN_DEG,
                                           "heavy_stroke_px": clean.HEAVY_STROKE_PX,
                                           "light_stroke_px": clean.LIGHT_STROKE_PX,
                                           "faint_ink": clean.FAINT_INK,
                                           "faint_gamma": clean.FAINT_GAMMA,
                                           "rule_rim_px": clean.RULE_RIM_PX,
                                           "detect_orientation": options.detect_orientation}),
        StageRecord("ocr", __version__, {"engine": "tesseract", "tesseract": tesseract.version(),
                                         "lang": options.lang,
                                         "psm": ocr.PAGE_SEGMENTATION,
                                         "restroked_min_gain": ocr.RESTROKED_MIN_GAIN,
                                         "column_gap": ocr.COLUMN_GAP}),
        repair.stage_record(options),
    ]
