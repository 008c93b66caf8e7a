"""Stage 5, parse (placeholder until the section parser lands)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ocr_pipeline import __version__
from ocr_pipeline.models import StageRecord

PARSER_AVAILABLE = False


@dataclass
class Parsed:
    document: dict[str, Any] = field(default_factory=dict)
    sections: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def parse_text(text: str) -> Parsed:
    return Parsed(warnings=["parse stage not available yet: document and sections are empty"])


def stage_record() -> StageRecord:
    return StageRecord("parse", __version__, {})
