"""Layout row: scans with a bordered table, signed copies with a seal over the signature,
phone photos lit unevenly, scans in a black border, scans on grey paper, copies made
too dark, scans in bold and italics, copies made too light and photos taken from an angle,
against raw Tesseract and OCRmyPDF on the same pages.

The documents in bench/layout_docs/ were written as test data for this row and never
used while tuning. Each is rendered nine times (``samples.generate``): as a degraded gray
scan (its tables drawn with their grid); as a signed copy whose signature page is a
colour scan carrying a red seal and a blue signature over the signer's title and name;
and as the degraded scan with a condition after it: a photo, with light falling off to
one corner and a shadow across it; in a scanner's black border, the paper at an angle of
its own; on grey paper; copied too dark, every mark and speck a pixel wider each side;
and as a degraded scan set as offices print (``samples.generate.paragraph_faces``): the
issuer, the motto, the document type, its subject, headings and the signer in bold, the
place and date and the legal grounds in italics; copied too light, every mark a pixel
thinner each side and its ink grey; and photographed from an angle on a table, the sheet's
far edge shorter, lit as the photo is.
Measured: CER/WER of the text; the CER of each condition's renders; the table cells the
parser gives from each system's text, compared by position with those it gives from the
truth; the signer (title and name)."""

from __future__ import annotations

import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ocr_pipeline import metrics, parse
from samples.generate import CONDITIONS, render_document

ROOT = Path(__file__).resolve().parent.parent
LAYOUT_DOCS = ROOT / "bench" / "layout_docs"
CACHE = ROOT / "bench" / "cache" / "test"
# Each kind of render with its seed, under 10 (a document's renders take the tens from
# 7700 + 10 * its number); a kind added later takes a seed of its own, so the renders
# made before stay as they were; the styled scan takes the plain scan's seed, so its font,
# size and degradations are the same and only the faces differ.
KINDS = (("scan", 4), ("signed", 6), ("photo", 5), ("framed", 9), ("grey", 1), ("dark", 3),
         ("styled", 4), ("faint", 7), ("angled", 2))
# The CER of each kind of render that a condition befell, by its key in the results.
CONDITION_CER = (("photo", "photo_cer", "photos' CER"),
                 ("framed", "framed_cer", "black-bordered scans' CER"),
                 ("grey", "grey_cer", "grey paper's CER"),
                 ("dark", "dark_cer", "over-dark copies' CER"),
                 ("styled", "styled_cer", "styled scans' CER"),
                 ("faint", "faint_cer", "faint copies' CER"),
                 ("angled", "angled_cer", "angled photos' CER"))


def make_layout_docs() -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for n, source in enumerate(sorted(LAYOUT_DOCS.glob("*.txt"))):
        text = source.read_text(encoding="utf-8")
        body = text.splitlines()[1].split("\t")[0].strip()  # "XÃ AN BÌNH"
        for kind, seed in KINDS:
            pdf = CACHE / f"layout-{source.stem}-{kind}.pdf"
            if not pdf.exists():
                seal = f"ỦY BAN NHÂN DÂN {body} *" if kind == "signed" else ""
                render_document(text, pdf, seed=7700 + 10 * n + seed, signed=seal,
                                condition=kind if kind in CONDITIONS else "",
                                styled=kind == "styled")
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
            **{key: _cer_of([pdf for pdf in pdfs if pdf.stem.endswith(f"-{kind}")],
                            truth_docs, docs) for kind, key, _ in CONDITION_CER},
            "signed_page_cer": sum(metrics.cer(truths[n], texts[n]) for n in signature_pages)
            / max(1, len(signature_pages)),
        }
    return out


def markdown_rows(r: dict) -> list[tuple[str, str, str, str]]:
    # the results of a run before a kind of render was added lack its CER
    conditions = [(key, label) for _, key, label in CONDITION_CER if key in r["ours"]]
    kinds = ["bordered tables", "signed copies with a seal", "photos lit unevenly",
             "scans in a black border", "scans on grey paper", "copies made too dark",
             "scans with bold headings and italic lines", "copies made too light",
             "photos taken from an angle"]
    row = (f"Layout ({r['documents']} renders, {r['pages']} pages: "
           + "; ".join(kinds[:2 + len(conditions)]) + ")")
    names = (("raw_tesseract_vie", "raw Tesseract `-l vie`"),
             ("ocrmypdf_deskew_clean", "OCRmyPDF `--deskew --clean -l vie`"),
             ("ours", "**ours**"))
    return [(row, label,
             "CER / WER; signature pages' CER; "
             + "".join(f"{name}; " for _, name in conditions)
             + "table cells right; signers right",
             f"{r[key]['cer'] * 100:.2f}% / {r[key]['wer'] * 100:.2f}%; "
             f"{r[key]['signed_page_cer'] * 100:.2f}%; "
             + "".join(f"{r[key][cer] * 100:.2f}%; " for cer, _ in conditions)
             + f"{r[key]['table_cells_right']} of {r['table_cells']}; "
             f"{r[key]['signers_right']} of {r['signed_copies']}")
            for key, label in names]
