"""The parts of a parse that the seed fixtures pin down (metadata, headings, entities)."""

from __future__ import annotations

from typing import Any

from ocr_pipeline.parse import Parsed

META_FIELDS = ("type", "number", "symbol", "year", "place", "date", "subject", "issuer",
               "signer", "national_title")


def headings(sections: list[dict[str, Any]], depth: int = 0) -> list[list[Any]]:
    out = []
    for node in sections:
        if node["label"] or node["title"]:
            out.append([depth, node["label"], node["title"]])
        out.extend(headings(node["children"], depth + 1))
    return out


def summary(parsed: Parsed) -> dict[str, Any]:
    doc = parsed.document
    return {
        "document": {k: doc.get(k) for k in META_FIELDS},
        "addressees": len(doc.get("addressees", [])),
        "legal_bases": len(doc.get("legal_bases", [])),
        "recipients": len(doc.get("recipients", [])),
        "headings": headings(parsed.sections),
        "references": [[r["kind"], r["number"], r["symbol"], r["date"]]
                       for r in parsed.entities.get("references", [])],
        "percentages": [p["value"] for p in parsed.entities.get("percentages", [])],
        "scores": [[s["value"], s["max"]] for s in parsed.entities.get("scores", [])],
    }
