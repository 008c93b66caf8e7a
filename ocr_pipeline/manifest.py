"""The resumable run's memory: which inputs are finished, keyed by content and settings.

An append-only JSON-lines file in OUT. Each finished or failed document appends one line
after its outputs are in place; a line torn by a kill is ignored on reading, so a
document whose line is missing is simply done again (its outputs are rewritten
atomically with identical content).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST_NAME = ".manifest.jsonl"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run_key(pipeline_version: str, settings: dict[str, Any]) -> str:
    blob = json.dumps({"version": pipeline_version, "settings": settings}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass
class Manifest:
    path: Path
    done: dict[tuple[str, str], dict[str, Any]]  # (relative path, sha256) -> record

    @classmethod
    def open(cls, out_dir: Path) -> Manifest:
        path = out_dir / MANIFEST_NAME
        done: dict[tuple[str, str], dict[str, Any]] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    record = json.loads(line)
                    key = (record["path"], record["sha256"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a torn last line from a killed run
                if record.get("status") == "done":
                    done[key] = record
                else:
                    done.pop(key, None)
        return cls(path=path, done=done)

    def is_done(self, rel_path: str, sha256: str, key: str, out_dir: Path) -> bool:
        record = self.done.get((rel_path, sha256))
        if not record or record.get("run_key") != key:
            return False
        return all((out_dir / name).exists() for name in record.get("outputs", []))

    def append(self, record: dict[str, Any]) -> None:
        # ASCII escapes keep file names that are not valid UTF-8 (surrogates) round-tripping
        line = json.dumps(record, ensure_ascii=True, sort_keys=True) + "\n"
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        if record.get("status") == "done":
            self.done[(record["path"], record["sha256"])] = record
