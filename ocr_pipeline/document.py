"""Assemble a document's JSON from its pages (the output contract, ``schema/``)."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib import resources
from typing import Any

from ocr_pipeline import parse, repair
from ocr_pipeline.models import Options, PageText
from ocr_pipeline.pipeline import stage_records

# 1.1: "tables"; 1.2: page source "ocr-text-layer"; 1.3: page "strokes"
SCHEMA_VERSION = "1.3"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("ocr_pipeline").joinpath("schema/document.schema.json").read_text()
    return json.loads(text)


def validate(doc: dict[str, Any]) -> None:
    import jsonschema

    jsonschema.validate(doc, schema())


def full_text(pages: list[PageText]) -> str:
    return "\f".join(p.text for p in pages)


def assemble(source: dict[str, Any], pages: list[PageText], options: Options) -> dict[str, Any]:
    pages = sorted(pages, key=lambda p: p.number)
    if options.repair:
        pages = repair.harmonise(pages)
    text = full_text(pages)
    parsed = parse.parse_text(text)
    warnings = [w for p in pages for w in p.warnings] + parsed.warnings
    if not text.strip():
        warnings.append("document has no text")
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "pages": [
            {
                "number": p.number,
                "source": p.source,
                "skew_degrees": p.skew_degrees,
                "rotation": p.rotation,
                "strokes": p.strokes,
                "ocr_confidence": p.ocr_confidence,
                "text_raw": p.text_raw,
                "text": p.text,
            }
            for p in pages
        ],
        "text": text,
        "document": parsed.document,
        "sections": parsed.sections,
        "tables": parsed.tables,
        "entities": parsed.entities,
        "corrections": [c for p in pages for c in p.corrections],
        "pipeline": [asdict(r) for r in [*stage_records(options), parse.stage_record()]],
        "warnings": warnings,
    }


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
