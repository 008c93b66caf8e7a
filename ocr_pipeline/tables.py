"""Analysis tables (placeholder until the parser lands): documents only."""

from __future__ import annotations

from pathlib import Path


def export(out_dir: Path) -> None:
    return None
