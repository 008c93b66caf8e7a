"""Public API (placeholder until the engine lands: text passes through unchanged)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    line: int  # 0-based line index in the input
    start: int  # character offsets within that line of the input
    end: int
    original: str
    replacement: str
    confidence: float


@dataclass
class Restored:
    text: str
    edits: list[Edit] = field(default_factory=list)


def model_info() -> dict[str, object]:
    return {"name": "passthrough"}


def restore(text: str) -> Restored:
    return Restored(text=text)
