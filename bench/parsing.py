"""Section-parsing row of the benchmark (filled in when the parser lands)."""

from __future__ import annotations

from pathlib import Path


def evaluate(pages: list[tuple[Path, int]], texts: list[str]) -> dict[str, object]:
    return {"available": False}


def markdown_rows(result: dict[str, object]) -> list[str]:
    if not result.get("available"):
        return ["| Section parsing | ours | heading F1, metadata exact | parser not built yet |"]
    return []
