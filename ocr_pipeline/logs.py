"""Logging set-up: human lines by default, one JSON object per line with --log-json."""

from __future__ import annotations

import json
import logging
import sys

FIELDS = ("document", "page", "stage", "duration_s", "outcome")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"level": record.levelname.lower(), "message": record.getMessage()}
        entry.update({k: getattr(record, k) for k in FIELDS if hasattr(record, k)})
        return json.dumps(entry, ensure_ascii=False)


def configure(verbose: bool = False, quiet: bool = False, as_json: bool = False) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    if as_json:
        level = min(level, logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else logging.Formatter("%(message)s"))
    root = logging.getLogger("ocr_pipeline")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
