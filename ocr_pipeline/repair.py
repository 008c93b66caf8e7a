"""Stage 4, repair: restore diacritics and fix OCR errors with the ``diacritics`` engine.

Contract: ``repair_page(page, options) -> PageText`` fills ``page.text`` (same number of
lines as ``text_raw``) and ``page.corrections`` ({page, line, original, corrected,
confidence}). Text-layer pages are repaired too: legacy PDFs often carry a text layer
made without the Vietnamese model.
"""

from __future__ import annotations

from dataclasses import replace

import diacritics
from ocr_pipeline.models import Options, PageText, StageRecord


def stage_record(options: Options) -> StageRecord:
    return StageRecord(
        name="repair", version=diacritics.__version__,
        settings={"enabled": options.repair, "model": diacritics.model_info()},
    )


def repair_page(page: PageText, options: Options) -> PageText:
    if not options.repair:
        return replace(page, text=page.text_raw)
    restored = diacritics.restore(page.text_raw)
    corrections = [
        {
            "page": page.number,
            "line": edit.line + 1,
            "original": edit.original,
            "corrected": edit.replacement,
            "confidence": round(edit.confidence, 3),
        }
        for edit in restored.edits
    ]
    return replace(page, text=restored.text, corrections=corrections)
