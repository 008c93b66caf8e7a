"""Analysis tables: ``OUT/tables/{documents,sections,references,metrics,table_cells}``
as ``.parquet`` and ``.csv``.

Built from every document JSON in OUT (so a resumed run's tables cover all documents),
one row per item, keyed by ``doc_id`` (the output path without extension). Each file is
written to a temp name and renamed, like every other output. ``table_cells`` holds the
tables found inside the documents in long form (doc_id, table, row, group, column, value),
because every document's table has its own columns; ``pivot`` gives one table back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ocr_pipeline import atomic
from ocr_pipeline.batch import display_path

TABLES = ("documents", "sections", "references", "metrics", "table_cells")


def _documents(out_dir: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(out_dir.rglob("*.json")):
        if "tables" in path.relative_to(out_dir).parts[:1]:
            continue
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if isinstance(doc, dict) and "schema_version" in doc:
            yield display_path(path.relative_to(out_dir).with_suffix("")), doc


def _walk(sections: list[dict[str, Any]], prefix: str = "") -> Iterator[dict[str, Any]]:
    for node in sections:
        path = f"{prefix}/{node['label']}" if prefix else node["label"]
        yield {"path": path, **node}
        yield from _walk(node.get("children", []), path)


def build_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc_id, doc in _documents(out_dir):
        meta = doc.get("document") or {}
        signer = meta.get("signer") or {}
        issuer = meta.get("issuer") or {}
        confidences = [p["ocr_confidence"] for p in doc["pages"] if p.get("ocr_confidence")]
        rows["documents"].append({
            "doc_id": doc_id, "source_path": doc["source"]["path"],
            "sha256": doc["source"]["sha256"], "page_count": doc["source"]["page_count"],
            "type": meta.get("type"), "number": meta.get("number"),
            "symbol": meta.get("symbol"), "date": meta.get("date"), "place": meta.get("place"),
            "issuer": issuer.get("name"), "subject": meta.get("subject"),
            "signer_name": signer.get("name"), "signer_title": signer.get("title"),
            "corrections": len(doc.get("corrections", [])),
            "mean_ocr_confidence": sum(confidences) / len(confidences) if confidences else None,
            "warnings": len(doc.get("warnings", [])),
        })
        for node in _walk(doc.get("sections", [])):
            rows["sections"].append({
                "doc_id": doc_id, "path": node["path"], "label": node["label"],
                "title": node["title"], "level": node["level"], "area": node.get("area"),
                "text_chars": len(node.get("text", "")),
            })
        ents = doc.get("entities") or {}
        for ref in ents.get("references", []):
            rows["references"].append({"doc_id": doc_id, **ref})
        for p in ents.get("percentages", []):
            rows["metrics"].append({"doc_id": doc_id, "kind": "percentage", "value": p["value"],
                                    "max": 100.0, "unit": "%", "context": p["measure"],
                                    "text": p["text"]})
        for s in ents.get("scores", []):
            rows["metrics"].append({"doc_id": doc_id, "kind": "score", "value": s["value"],
                                    "max": s["max"], "unit": "điểm", "context": s["context"],
                                    "text": s["text"]})
        for c in ents.get("counts", []):
            rows["metrics"].append({"doc_id": doc_id, "kind": "count", "value": c["value"],
                                    "max": None, "unit": c["unit"], "context": "",
                                    "text": c["text"]})
        for a in ents.get("amounts", []):
            rows["metrics"].append({"doc_id": doc_id, "kind": "amount", "value": a["value"],
                                    "max": None, "unit": a["unit"], "context": a["context"],
                                    "text": a["text"]})
        for t, table in enumerate(doc.get("tables", []), 1):
            for r, row in enumerate(table["rows"], 1):
                for column, value in row["cells"].items():
                    rows["table_cells"].append({
                        "doc_id": doc_id, "table": t, "section": table["section"], "row": r,
                        "group": row["group"], "column": column, "value": value})
    columns = {
        "documents": ["doc_id", "source_path", "sha256", "page_count", "type", "number",
                      "symbol", "date", "place", "issuer", "subject", "signer_name",
                      "signer_title", "corrections", "mean_ocr_confidence", "warnings"],
        "sections": ["doc_id", "path", "label", "title", "level", "area", "text_chars"],
        "references": ["doc_id", "kind", "number", "year", "symbol", "date", "issuer", "text"],
        "metrics": ["doc_id", "kind", "value", "max", "unit", "context", "text"],
        "table_cells": ["doc_id", "table", "section", "row", "group", "column", "value"],
    }
    return {name: pd.DataFrame(rows[name], columns=columns[name]) for name in TABLES}


def export(out_dir: Path) -> dict[str, int]:
    tables_dir = out_dir / "tables"
    tables_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, frame in build_tables(out_dir).items():
        atomic.write_with(tables_dir / f"{name}.parquet",
                          lambda tmp, f=frame: f.to_parquet(tmp, index=False))
        atomic.write_with(tables_dir / f"{name}.csv",
                          lambda tmp, f=frame: f.to_csv(tmp, index=False))
        counts[name] = len(frame)
    return counts
