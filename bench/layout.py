"""Layout row: scans with a bordered table, signed copies with a seal over the signature,
phone photos lit unevenly and scans in a black border, against raw Tesseract and OCRmyPDF
on the same pages.

The documents in bench/layout_docs/ were written as test data for this row and never
used while tuning. Each is rendered four times: as a degraded gray scan (its tables drawn
with their grid), as a signed copy whose signature page is a colour scan carrying a red
seal and a blue signature over the signer's title and name, as a photo: the degraded
scan with light falling off to one corner and a shadow across it, and as the degraded
scan in a scanner's black border, the paper at an angle of its own (``samples.generate``).
Measured: CER/WER of the text; the table cells the parser gives from each system's text,
compared by position with those it gives from the truth; the signer (title and name).
"""

from __future__ import annotations

import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ocr_pipeline import metrics, parse
from samples.generate import render_document

ROOT = Path(__file__).resolve().parent.parent
LAYOUT_DOCS = ROOT / "bench" / "layout_docs"
CACHE = ROOT / "bench" / "cache" / "test"


def make_layout_docs() -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for n, source in enumerate(sorted(LAYOUT_DOCS.glob("*.txt"))):
        text = source.read_text(encoding="utf-8")
        body = text.splitlines()[1].split("\t")[0].strip()  # "XÃ AN BÌNH"
        for kind, seal, seed in (("scan", "", 4), ("signed", f"ỦY BAN NHÂN DÂN {body} *", 6),
                                 ("photo", "", 5), ("framed", "", 9)):
            pdf = CACHE / f"layout-{source.stem}-{kind}.pdf"
            if not pdf.exists():
                render_document(text, pdf, seed=7700 + 10 * n + seed, signed=seal,
                                photo=kind == "photo", framed=kind == "framed")
            pdfs.append(pdf)
    return pdfs


def _by_document(pdfs: list[Path], pages: list[tuple[Path, int]],
                 texts: list[str]) -> dict[Path, str]:
    """Each render's text: its pages' texts joined."""
    return {pdf: "\n".join(t for (p, _), t in zip(pages, texts, strict=True) if p == pdf)
            for pdf in pdfs}


def _cells(text: str) -> list[list[list[str]]]:
    """Each table's rows, each row's cells in order, normalised."""
    return [[[metrics.normalise(c) for c in row["cells"].values()] for row in table["rows"]]
            for table in parse.parse_text(text).tables]


def _cells_right(found: list[list[list[str]]], truth: list[list[list[str]]]) -> int:
    return sum(f == t for ft, tt in zip(found, truth, strict=False)
               for fr, tr in zip(ft, tt, strict=False) for f, t in zip(fr, tr, strict=False))


def _cer_of(pdfs: list[Path], truth_docs: dict[Path, str], docs: dict[Path, str]) -> float:
    """The CER of these renders' texts, joined."""
    return metrics.cer("\n".join(truth_docs[pdf] for pdf in pdfs),
                       "\n".join(docs[pdf] for pdf in pdfs))


def _signer(text: str) -> tuple[str, str] | None:
    signer = parse.parse_text(text).document["signer"]
    return (signer["title"], metrics.normalise(signer["name"])) if signer else None


def measure() -> dict[str, object]:
    from bench import run  # the page runners; run imports this module

    pdfs = make_layout_docs()
    pages = [page for pdf in pdfs for page in run.rendered_pages(pdf)]
    with ProcessPoolExecutor(run.WORKERS, initializer=run.warm_worker) as pool:
        ours = [r[0] for r in pool.map(run.our_pipeline, pages)]
        raw = [r[0] for r in pool.map(run.raw_tesseract, [(p, k, "vie") for p, k in pages])]
    ocrmypdf = []
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            nums = [k for p, k in pages if p == pdf]
            ocrmypdf += run.run_ocrmypdf(pdf, nums, Path(tmp))[0]
    systems = {"raw_tesseract_vie": raw, "ocrmypdf_deskew_clean": ocrmypdf, "ours": ours}
    truths = [run.truth(p, k) for p, k in pages]
    joined_truth = "\n".join(truths)
    out: dict[str, object] = {"documents": len(pdfs), "pages": len(pages)}
    truth_docs = _by_document(pdfs, pages, truths)
    truth_cells = {pdf: _cells(truth_docs[pdf]) for pdf in pdfs}
    out["table_cells"] = sum(len(r) for pdf in pdfs for table in truth_cells[pdf]
                             for r in table)
    signed = [pdf for pdf in pdfs if pdf.stem.endswith("-signed")]
    photos = [pdf for pdf in pdfs if pdf.stem.endswith("-photo")]
    framed = [pdf for pdf in pdfs if pdf.stem.endswith("-framed")]
    out["signed_copies"] = len(signed)
    signature_pages = [n for n, ((p, _), t) in enumerate(zip(pages, truths, strict=True))
                       if p in signed and "Nơi nhận" in t]
    for name, texts in systems.items():
        docs = _by_document(pdfs, pages, texts)
        joined = "\n".join(texts)
        out[name] = {
            "cer": metrics.cer(joined_truth, joined), "wer": metrics.wer(joined_truth, joined),
            "table_cells_right": sum(_cells_right(_cells(docs[pdf]), truth_cells[pdf])
                                     for pdf in pdfs),
            "signers_right": sum(_signer(docs[pdf]) == _signer(truth_docs[pdf])
                                 for pdf in signed),
            "photo_cer": _cer_of(photos, truth_docs, docs),
            "framed_cer": _cer_of(framed, truth_docs, docs),
            "signed_page_cer": sum(metrics.cer(truths[n], texts[n]) for n in signature_pages)
            / max(1, len(signature_pages)),
        }
    return out


def markdown_rows(r: dict) -> list[tuple[str, str, str, str]]:
    framed = "framed_cer" in r["ours"]  # results of the row before it had black borders
    row = (f"Layout ({r['documents']} renders, {r['pages']} pages: bordered tables; signed "
           "copies with a seal; photos lit unevenly" + ("; scans in a black border)" if framed
                                                        else ")"))
    names = (("raw_tesseract_vie", "raw Tesseract `-l vie`"),
             ("ocrmypdf_deskew_clean", "OCRmyPDF `--deskew --clean -l vie`"),
             ("ours", "**ours**"))
    return [(row, label,
             "CER / WER; signature pages' CER; photos' CER; "
             + ("black-bordered scans' CER; " if framed else "")
             + "table cells right; signers right",
             f"{r[key]['cer'] * 100:.2f}% / {r[key]['wer'] * 100:.2f}%; "
             f"{r[key]['signed_page_cer'] * 100:.2f}%; {r[key]['photo_cer'] * 100:.2f}%; "
             + (f"{r[key]['framed_cer'] * 100:.2f}%; " if framed else "")
             + f"{r[key]['table_cells_right']} of {r['table_cells']}; "
             f"{r[key]['signers_right']} of {r['signed_copies']}")
            for key, label in names]
