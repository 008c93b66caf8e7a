"""Section-parsing row: the parser on OCR + repair output vs the parser on the truth.

For every benchmark document, the headings (label, title) and metadata found in our
pipeline's final text are compared with those found in the ground-truth text of the same
pages (whose parse is pinned by the hand-checked fixture of the test seed). Titles are
compared after metric normalisation. Also times parsing against the OCR time per page.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from ocr_pipeline import metrics, parse
from tests.parse_summary import headings

META = ("type", "number", "symbol", "date", "place", "subject")


TITLE_CER = 0.15  # a heading is found when its label matches and its title nearly does


def _headings(text: str) -> Counter[tuple[str, str]]:
    return Counter((label, metrics.normalise(title))
                   for _depth, label, title in headings(parse.parse_text(text).sections))


def match(found: Counter[tuple[str, str]], truth: Counter[tuple[str, str]]) -> int:
    """Headings of ``truth`` matched one-to-one by a found heading with the same label
    and a title within TITLE_CER (titles carry OCR noise; a paragraph-long numbered item
    should not count as missed for one wrong letter)."""
    pool = list(found.elements())
    hits = 0
    for label, title in truth.elements():
        for n, (f_label, f_title) in enumerate(pool):
            if f_label == label and (f_title == title or metrics.cer(title, f_title)
                                     <= TITLE_CER):
                hits += 1
                del pool[n]
                break
    return hits


def _meta(doc: dict) -> dict[str, object]:
    out = {k: doc.get(k) for k in META}
    signer = doc.get("signer") or {}
    out["signer_title"] = signer.get("title")
    out["signer_name"] = signer.get("name")
    return {k: (metrics.normalise(v) if isinstance(v, str) else v) for k, v in out.items()}


def evaluate(pages: list[tuple[Path, int]], texts: list[str],
             misses: list[str] | None = None) -> dict[str, object]:
    """Headings and metadata of the parse of ``texts`` against the parse of the truth of
    the same pages; each heading or field that differs is added to ``misses``, if given."""
    by_doc: dict[Path, list[tuple[int, str]]] = {}
    for (pdf, k), text in zip(pages, texts, strict=True):
        by_doc.setdefault(pdf, []).append((k, text))
    tp = fp = fn = 0
    meta_total = meta_equal = 0
    parse_s = 0.0
    for pdf, items in by_doc.items():
        truth_pages = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
        truth = "\f".join(truth_pages[k - 1] for k, _ in items)
        ours = "\f".join(t for _, t in items)
        start = time.perf_counter()
        ours_headings = _headings(ours)
        ours_meta = _meta(parse.parse_text(ours).document)
        parse_s += (time.perf_counter() - start) / 2
        truth_headings = _headings(truth)
        hits = match(ours_headings, truth_headings)
        if misses is not None:
            misses += [f"{pdf.stem}: heading {h!r} not found" for h in truth_headings
                       if not match(ours_headings, Counter([h]))]
            misses += [f"{pdf.stem}: heading {h!r} not in the truth" for h in ours_headings
                       if not match(truth_headings, Counter([h]))]
        tp += hits
        fp += sum(ours_headings.values()) - hits
        fn += sum(truth_headings.values()) - hits
        truth_meta = _meta(parse.parse_text(truth).document)
        for key, value in truth_meta.items():
            if value not in (None, "", []):
                meta_total += 1
                meta_equal += ours_meta.get(key) == value
                if misses is not None and ours_meta.get(key) != value:
                    misses.append(f"{pdf.stem}: {key} {ours_meta.get(key)!r}, truth {value!r}")
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    return {
        "available": True,
        "documents": len(by_doc),
        "headings": tp + fn,
        "heading_precision": precision,
        "heading_recall": recall,
        "heading_f1": 2 * precision * recall / max(precision + recall, 1e-9),
        "metadata_fields": meta_total,
        "metadata_exact": meta_equal / max(meta_total, 1),
        "parse_seconds_per_page": parse_s / max(len(pages), 1),
    }


def markdown_rows(result: dict[str, object], what: str = "test seed"
                  ) -> list[tuple[str, str, str, str]]:
    if not result.get("available"):
        return [("Section parsing", "ours", "heading F1, metadata exact", "not run")]
    r = result
    where = (f"Section parsing after OCR and repair, {what} ({r['documents']} documents, "
             f"{r['headings']} headings, {r['metadata_fields']} metadata fields)")
    return [
        (where, "ours", "heading F1 (precision / recall)",
         f"{100 * r['heading_f1']:.1f}% ({100 * r['heading_precision']:.1f}% / "
         f"{100 * r['heading_recall']:.1f}%)"),
        (where, "ours", "metadata fields exact", f"{100 * r['metadata_exact']:.1f}%"),
        (f"Section parsing, {what}", "ours", "time per page",
         f"{1000 * r['parse_seconds_per_page']:.1f} ms"),
    ]
