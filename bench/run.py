"""The benchmark: ``make bench`` (full) and ``make bench-quick`` (small subset).

Everything is measured on the test split (``lexicon/split.json``), which no model in the
repo learned from, with the peers run side by side in the same run on the same pages:
raw Tesseract, OCRmyPDF, pyvi, deskew, jdeskew; and on documents written as test data
(``bench/test_docs/`` for the parser, ``bench/layout_docs/`` for bordered tables and signed
copies, ``layout.py``). Writes ``bench/RESULTS.md`` and ``bench/results.json``. The test
scans are generated (seeded) into ``bench/cache/``, and once more in each of two fonts
our renders never use, Times-like and Arial-like (``font_rows``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
import regex

from bench import held_out_laws, layout, parsing, pyvi_peer
from diacritics.api import Edit
from diacritics.build import LEXICON_DIR
from diacritics.channel_train import cleaned_ocr_page, raw_ocr_page
from diacritics.model import load
from diacritics.syllable import fold, strip_marks
from ocr_pipeline import clean, metrics, pipeline, repair
from ocr_pipeline._exec import poppler, tesseract
from ocr_pipeline.models import Options, PageText
from samples.generate import (
    Layout,
    degrade,
    draw_page,
    paginate,
    random_degradation,
    render_document,
    render_fonts,
    seed_text,
)

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
TEST_DOCS = ROOT / "bench" / "test_docs"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
RESULTS_JSON = ROOT / "bench" / "results.json"
DOCS_FULL, DOCS_QUICK = 6, 2
# official documents are typed in Times New Roman, some in Arial; Liberation Serif and
# Liberation Sans have their metrics (Debian's fonts-liberation2, which make bench-deps
# installs): results key, font file, cache folder, the font it stands for
LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
OTHER_FONTS = (("times_font", LIBERATION / "LiberationSerif-Regular.ttf", "test-times",
                "Times New Roman"),
               ("arial_font", LIBERATION / "LiberationSans-Regular.ttf", "test-arial",
                "Arial"))
PAGES_QUICK = 2
DESKEW_PAGES_FULL, DESKEW_PAGES_QUICK = 40, 12
WORKERS = 2


def test_ids() -> list[str]:
    return json.loads((LEXICON_DIR / "split.json").read_text(encoding="utf-8"))["test"]


# -- data --------------------------------------------------------------------------------
def rendered_pages(pdf: Path) -> list[tuple[Path, int]]:
    """(pdf, page number) for every page of a render (its .gt.txt has one per form feed)."""
    count = len(pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f"))
    return [(pdf, k) for k in range(1, count + 1)]


def make_scans(quick: bool, font: Path | None = None, folder: str = "test"
               ) -> list[tuple[Path, int]]:
    """Degraded test documents (contiguous chunks of the test text, one font each); in
    ``font``, if given, with the sizes and degradations they have anyway (``folder``: the
    cache folder they are rendered into)."""
    out = CACHE / folder
    out.mkdir(parents=True, exist_ok=True)
    lines = "\n".join(seed_text(i) for i in test_ids()).splitlines()
    n_docs = DOCS_QUICK if quick else DOCS_FULL
    size = -(-len(lines) // DOCS_FULL)
    pages = []
    for d in range(n_docs):
        pdf = out / f"test-{d}.pdf"
        if not pdf.exists():
            render_document("\n".join(lines[d * size:(d + 1) * size]) + "\n", pdf,
                            seed=7000 + d, font=font)
        pages += rendered_pages(pdf)[: PAGES_QUICK if quick else None]
    return pages


def font_rows(quick: bool, font: Path, folder: str, like: str) -> dict[str, object] | None:
    """The test documents rendered once more in ``font`` (``OTHER_FONTS``: with the
    metrics of ``like``), read by raw Tesseract, OCRmyPDF and our pipeline: our renders
    use FreeSerif and DejaVu Serif, and official documents are typed in Times New Roman or
    Arial. None when the font is not installed."""
    if not font.exists():
        return None
    pages = make_scans(quick, font, folder)
    truths = [truth(p, k) for p, k in pages]
    with ProcessPoolExecutor(WORKERS, initializer=warm_worker) as pool:
        raw_vie = [text for text, _ in pool.map(raw_tesseract,
                                                [(p, k, "vie") for p, k in pages])]
        ours = list(pool.map(our_pipeline, pages))
    ocrmypdf_text, _ = ocrmypdf_pages(pages)

    def score(texts: list[str]) -> dict[str, float]:
        return cer_and_wer(truths, texts)

    return {"font": font.name, "like": like, "pages": len(pages),
            "raw_tesseract_vie": score(raw_vie),
            "ocrmypdf_deskew_clean": score([ocrmypdf_text[page] for page in pages]),
            "ours_before_repair": score([raw for _, raw, _, _ in ours]),
            "ours": score(assembled_texts(pages, [text for text, _, _, _ in ours]))}


def make_written_docs() -> list[tuple[Path, int]]:
    """Short documents written as test data for the parser (bench/test_docs/, never used
    while tuning: the parser's dev documents are lexicon/written_reports/), rendered once
    each."""
    out = CACHE / "test"
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for n, source in enumerate(sorted(TEST_DOCS.glob("*.txt"))):
        pdf = out / f"written-{source.stem}.pdf"
        if not pdf.exists():
            render_document(source.read_text(encoding="utf-8"), pdf, seed=7500 + n)
        pages += rendered_pages(pdf)
    return pages


def parse_written_docs() -> dict[str, object]:
    pages = make_written_docs()
    with ProcessPoolExecutor(WORKERS, initializer=warm_worker) as pool:
        texts = assembled_texts(pages, [r[0] for r in pool.map(our_pipeline, pages)])
    return parsing.evaluate(pages, texts)


def truth(pdf: Path, page: int) -> str:
    return pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")[page - 1]


# -- per-page work (run in worker processes) ---------------------------------------------
def warm_worker() -> None:
    """One Tesseract thread per process; the repair model loaded before timing starts
    (its load time is reported on its own row)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import diacritics

    diacritics.restore("cai cach")


def raw_tesseract(args: tuple[Path, int, str]) -> tuple[str, float]:
    start = time.perf_counter()
    text = raw_ocr_page((str(args[0]), args[1], args[2]))
    return text, time.perf_counter() - start


def paired_times(args: tuple[Path, int, int]) -> tuple[float, float]:
    """Raw Tesseract and our pipeline on the same page back to back in one process (the
    order alternating by page), so machine noise hits both alike: (raw s, ours s)."""
    pdf, page, order = args
    runs = {}
    for name in (("raw", "ours") if order % 2 == 0 else ("ours", "raw")):
        if name == "raw":
            runs[name] = raw_tesseract((pdf, page, "vie"))[1]
        else:
            runs[name] = our_pipeline((pdf, page))[3]
    return runs["raw"], runs["ours"]


def our_pipeline(args: tuple[Path, int]) -> tuple[str, str, float, float]:
    pdf, page = args
    start = time.perf_counter()
    result = pipeline.process_page(pdf, page, Options(workers=1))
    return result.text, result.text_raw, result.skew_degrees, time.perf_counter() - start


def assembled_texts(pages: list[tuple[Path, int]], texts: list[str]) -> list[str]:
    """Each page's repaired text as its assembled document has it: what only the whole
    document shows is applied when its pages come together (``repair.harmonise``),
    as ``ingest`` does."""
    by_doc: dict[Path, list[int]] = {}
    for n, (pdf, _) in enumerate(pages):
        by_doc.setdefault(pdf, []).append(n)
    out = list(texts)
    for numbers in by_doc.values():
        doc = [PageText(number=pages[n][1], source="ocr", text_raw="", text=texts[n])
               for n in numbers]
        for n, page in zip(numbers, repair.harmonise(doc), strict=True):
            out[n] = page.text
    return out


def run_ocrmypdf(pdf: Path, pages: list[int], workdir: Path) -> tuple[list[str], float]:
    sidecar = workdir / f"{pdf.stem}.txt"
    selection = ",".join(str(p) for p in pages)
    start = time.perf_counter()
    proc = subprocess.run(
        ["ocrmypdf", "--deskew", "--clean", "-l", "vie", "--force-ocr", "--jobs", str(WORKERS),
         "--pages", selection, "--sidecar", str(sidecar), "--output-type", "pdf", "-q",
         str(pdf), str(workdir / f"{pdf.stem}.out.pdf")],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"ocrmypdf failed: {proc.stderr.strip()[-300:]}")
    text = sidecar.read_text(encoding="utf-8").split("\f")
    return [text[p - 1] if p - 1 < len(text) else "" for p in pages], elapsed


def ocrmypdf_pages(pages: list[tuple[Path, int]]) -> tuple[dict[tuple[Path, int], str], float]:
    """OCRmyPDF's text of each page (one run per document) and the wall time in all."""
    by_doc: dict[Path, list[int]] = {}
    for p, k in pages:
        by_doc.setdefault(p, []).append(k)
    text_of: dict[tuple[Path, int], str] = {}
    wall = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for pdf, nums in by_doc.items():
            texts, elapsed = run_ocrmypdf(pdf, nums, Path(tmp))
            wall += elapsed
            text_of.update({(pdf, k): t for k, t in zip(nums, texts, strict=True)})
    return text_of, wall


def cer_and_wer(truths: list[str], texts: list[str]) -> dict[str, float]:
    """CER and WER of the pages' texts against their truths, all pages as one text."""
    ref, hyp = "\n".join(truths), "\n".join(texts)
    return {"cer": metrics.cer(ref, hyp), "wer": metrics.wer(ref, hyp)}


# -- rows --------------------------------------------------------------------------------
def ocr_rows(pages: list[tuple[Path, int]]) -> dict[str, object]:
    truths = [truth(p, k) for p, k in pages]
    with ProcessPoolExecutor(WORKERS, initializer=warm_worker) as pool:
        t0 = time.perf_counter()
        raw_vie = list(pool.map(raw_tesseract, [(p, k, "vie") for p, k in pages]))
        raw_wall = time.perf_counter() - t0
        t0 = time.perf_counter()
        ours = list(pool.map(our_pipeline, pages))
        our_wall = time.perf_counter() - t0
        ours = [(text, *rest) for text, (_, *rest) in
                zip(assembled_texts(pages, [o[0] for o in ours]), ours, strict=True)]
        raw_eng = list(pool.map(raw_tesseract, [(p, k, "eng") for p, k in pages]))
        clean_eng = list(pool.map(cleaned_ocr_page, [(p, k, "eng") for p, k in pages]))
        paired = list(pool.map(paired_times, [(p, k, n) for n, (p, k) in enumerate(pages)]))
    ocrmypdf_text, ocrmypdf_wall = ocrmypdf_pages(pages)
    joined = "\n".join(truths)

    def score_on(keep: list[bool], texts: list[str]) -> dict[str, float]:
        return cer_and_wer([t for t, k in zip(truths, keep, strict=True) if k],
                           [t for t, k in zip(texts, keep, strict=True) if k])

    def score(texts: list[str]) -> dict[str, float]:
        return score_on([True] * len(texts), texts)

    ocrmypdf_texts = [ocrmypdf_text[pk] for pk in pages]

    import diacritics

    vie_texts = [t for t, _ in raw_vie]
    eng_texts = [t for t, _ in raw_eng]
    def timed_restore(texts: list[str]) -> tuple[list[str], float]:
        """The repaired texts and the best of three timings in CPU time of this process
        (repair runs on one core; the machine is shared, so wall time would count the
        other jobs' share of the core), each from empty caches."""
        best = float("inf")
        for _ in range(3):
            diacritics.api.clear_caches()  # each run starts cold, as the first one did
            start = time.process_time()
            repaired = [diacritics.restore(t).text for t in texts]
            best = min(best, time.process_time() - start)
        return repaired, best

    vie_repaired, vie_repair_s = timed_restore(vie_texts)
    eng_repaired, eng_repair_s = timed_restore(eng_texts)
    clean_eng_repaired, clean_eng_repair_s = timed_restore(clean_eng)
    ours_raw = [raw for _, raw, _, _ in ours]  # our OCR before repair: tone errors only
    _, ours_raw_repair_s = timed_restore(ours_raw)
    n_pages = len(pages)
    read = [metrics.cer(t, h) <= 0.5 for t, h in zip(truths, vie_texts, strict=True)]
    raw_read_s = sum(r for (r, _), ok in zip(paired, read, strict=True) if ok)
    ours_read_s = sum(o for (_, o), ok in zip(paired, read, strict=True) if ok)
    vie_syllables = sum(len(metrics.letter_tokens(t)) for t in vie_texts)
    eng_syllables = sum(len(metrics.letter_tokens(t)) for t in eng_texts)
    clean_eng_syllables = sum(len(metrics.letter_tokens(t)) for t in clean_eng)
    ours_raw_syllables = sum(len(metrics.letter_tokens(t)) for t in ours_raw)
    for (pdf, k), text in zip(pages, vie_texts, strict=True):
        pdf.with_suffix(f".p{k}.vie.txt").write_text(text, encoding="utf-8")
    for (pdf, k), text in zip(pages, eng_texts, strict=True):
        pdf.with_suffix(f".p{k}.eng.txt").write_text(text, encoding="utf-8")
    return {
        "pages": n_pages,
        "words": len(joined.split()),
        "ocr": {
            "raw_tesseract_vie": score(vie_texts),
            "ocrmypdf_deskew_clean": score(ocrmypdf_texts),
            "ours_before_repair": score(ours_raw),
            "ours": score([text for text, _, _, _ in ours]),
        },
        "legacy_repair": {"before": score(eng_texts), "after": score(eng_repaired)},
        "legacy_repair_clean_pages": {"before": score(clean_eng),
                                      "after": score(clean_eng_repaired)},
        "raw_tesseract_failed_pages": sum(
            metrics.cer(t, h) > 0.5 for t, h in zip(truths, vie_texts, strict=True)),
        "tone_repair": {"before": score(vie_texts), "after": score(vie_repaired)},
        # the same, on the pages raw Tesseract reads (a failed page is not text to repair)
        # and on OCRmyPDF's output (vie on cleaned pages: tone errors, little garbage)
        "tone_repair_pages_read": {
            "before": score_on(read, vie_texts),
            "after": score_on(read, vie_repaired)},
        "tone_repair_ocrmypdf": {"before": score(ocrmypdf_texts), "after": score(
            [diacritics.restore(t).text for t in ocrmypdf_texts])},
        "speed": {
            "raw_tesseract_pages_per_min": n_pages / raw_wall * 60,
            "ours_pages_per_min": n_pages / our_wall * 60,
            "ocrmypdf_pages_per_min": n_pages / ocrmypdf_wall * 60,
            "ours_time_ratio_vs_raw": our_wall / raw_wall,
            "ours_time_ratio_vs_raw_on_pages_it_reads": ours_read_s / raw_read_s,
            "pages_raw_reads": sum(read),
            "ocrmypdf_time_ratio_vs_ours": ocrmypdf_wall / our_wall,
            "repair_vie_syllables_per_s": vie_syllables / vie_repair_s,
            "repair_legacy_syllables_per_s": eng_syllables / eng_repair_s,
            "repair_legacy_clean_syllables_per_s": clean_eng_syllables / clean_eng_repair_s,
            "repair_ours_raw_syllables_per_s": ours_raw_syllables / ours_raw_repair_s,
            "workers": WORKERS,
        },
        "_texts": {"ours": [t for t, _, _, _ in ours]},
    }


def _edit_kinds(edits: list[Edit]) -> dict[str, int]:
    """How many edits changed a valid syllable, a word that is not one (a typo, a name
    the lexicon lacks) or only marks and specks."""
    valid = load().valid
    kinds = {"valid_word": 0, "non_word": 0, "marks": 0}
    for edit in edits:
        letters = regex.sub(r"[^\p{L}]", "", edit.original)
        if not letters:
            kinds["marks"] += 1
        elif fold(letters.lower()) in valid:
            kinds["valid_word"] += 1
        else:
            kinds["non_word"] += 1
    return kinds


def restoration_rows(quick: bool) -> dict[str, object]:

    import diacritics

    text = "\n".join(seed_text(i) for i in test_ids())
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if quick:
        lines = lines[:80]
    truth_text = "\n".join(lines)
    stripped = strip_marks(truth_text)
    diacritics.api.clear_caches()
    t0 = time.process_time()
    ours = diacritics.restore(stripped).text
    ours_s = time.process_time() - t0
    t0 = time.process_time()
    pyvi_text, crashes = pyvi_peer.add_accents(stripped)
    pyvi_s = time.process_time() - t0
    t0 = time.process_time()
    on_clean = diacritics.restore(truth_text)
    harm_s = time.process_time() - t0
    unchanged = on_clean.text
    acc, marked = metrics.syllable_accuracy(truth_text, ours)
    p_acc, p_marked = metrics.syllable_accuracy(truth_text, pyvi_text)
    n = len(metrics.letter_tokens(truth_text))
    return {
        "syllables": n,
        "stripped": {
            "ours": {"accuracy": acc, "marked_accuracy": marked, "syllables_per_s": n / ours_s},
            "pyvi": {"accuracy": p_acc, "marked_accuracy": p_marked, "crashed_lines": crashes,
                     "syllables_per_s": n / pyvi_s},
        },
        "do_no_harm": {"tokens_changed": metrics.tokens_changed(truth_text, unchanged),
                       "syllables_per_s": n / harm_s,
                       # counted, not read: the test text stays unseen
                       "edits": _edit_kinds(on_clean.edits)},
    }


def deskew_rows(quick: bool) -> dict[str, object]:
    from deskew import determine_skew
    from jdeskew.estimator import get_angle

    rng = random.Random(99)
    text = "\n".join(seed_text(i) for i in test_ids())
    fonts = render_fonts()
    n = DESKEW_PAGES_QUICK if quick else DESKEW_PAGES_FULL
    errors: dict[str, list[float]] = {"ours": [], "deskew": [], "jdeskew": []}
    times: dict[str, float] = {k: 0.0 for k in errors}
    layout = Layout(fonts[0], 13)
    all_pages = paginate(text, layout)
    for i in range(n):
        angle = round(rng.uniform(-10, 10), 2)
        d = replace(random_degradation(rng), skew_deg=angle)
        page = draw_page(all_pages[i % len(all_pages)], layout)
        image = np.asarray(degrade(page, d, rng))
        for name, fn in (("ours", clean.estimate_skew),
                         # both peers return the correcting rotation: the negated skew
                         ("deskew", lambda im: -float(determine_skew(im) or 0.0)),
                         ("jdeskew", lambda im: -float(get_angle(im)))):
            t0 = time.perf_counter()
            est = fn(image)
            times[name] += time.perf_counter() - t0
            errors[name].append(abs(est - angle))
    return {
        "pages": n,
        **{name: {"mean_abs_error_deg": float(np.mean(e)), "max_abs_error_deg": float(np.max(e)),
                  "seconds_per_page": times[name] / n} for name, e in errors.items()},
    }


# -- report ------------------------------------------------------------------------------
def versions() -> dict[str, str]:
    def pkg(name: str) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(name)
        except PackageNotFoundError:
            return "missing"

    ocrmypdf = subprocess.run(["ocrmypdf", "--version"], capture_output=True, text=True)
    return {"tesseract": tesseract.version(), "poppler": poppler.version(),
            "ocrmypdf": ocrmypdf.stdout.strip(), "pyvi": pkg("pyvi"), "deskew": pkg("deskew"),
            "jdeskew": pkg("jdeskew"), "python": platform.python_version()}


def pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def _kinds(harm: dict) -> str:
    kinds = harm.get("edits")
    if not kinds:
        return "not counted"
    return f"{kinds['valid_word']} / {kinds['non_word']} / {kinds['marks']}"


def _font_rows(other: dict | None) -> list[tuple[str, str, str, str]]:
    """Rows for the test pages rendered in a font our renders never use (``font_rows``)."""
    if not other:
        return []
    like = other.get("like", "Times New Roman")
    where = f"OCR end to end, the test pages in {other['font']} ({like}'s metrics)"
    return [(where, who, "CER / WER", cer_wer(other[key])) for key, who in (
        ("raw_tesseract_vie", "raw Tesseract `-l vie`"),
        ("ocrmypdf_deskew_clean", "OCRmyPDF `--deskew --clean -l vie`"),
        ("ours_before_repair", "ours, before repair"), ("ours", "**ours**"))]


def _held_out_law_rows(laws: dict | None) -> list[tuple[str, str, str, str]]:
    """Rows for legal prose the model never learned from (bench/held_out_laws.py)."""
    if not laws:
        return []
    where = f"held-out law codes, {laws['syllables']} syllables"
    st = laws["stripped"]
    return [
        (f"Diacritic restoration ({where}, stripped)", "pyvi `add_accents`", "syllable acc.",
         f"{pct(st['pyvi'])} ({st['pyvi_crashed_lines']} lines crashed)"),
        (f"Diacritic restoration ({where}, stripped)", "**ours**", "syllable acc.",
         pct(st["ours"])),
        (f"Do no harm ({where})", "ours", "tokens changed (edits)",
         f"{pct(laws['tokens_changed'])} ({laws['edits']})"),
    ]


def cer_wer(x: dict[str, float]) -> str:
    return f"{pct(x['cer'])} / {pct(x['wer'])}"


def deskew_cell(x: dict[str, float]) -> str:
    return (f"{x['mean_abs_error_deg']:.3f}° / {x['max_abs_error_deg']:.2f}°, "
            f"{x['seconds_per_page']:.2f} s")


def render_markdown(r: dict) -> str:
    o, s, lg, tn = r["ocr"], r["speed"], r["legacy_repair"], r["tone_repair"]
    rs, dk = r["restoration"], r["deskew"]
    ours_st, pyvi_st = rs["stripped"]["ours"], rs["stripped"]["pyvi"]
    v = r["versions"]
    restoration = f"Diacritic restoration ({rs['syllables']} syllables, stripped)"
    acc = "syllable acc. (all / marked)"
    skew = f"Deskew ({dk['pages']} pages, ±10°)"
    speed = f"Speed ({s['workers']} workers, same pages)"
    rows = [
        ("OCR end to end", "raw Tesseract `-l vie`", "CER / WER",
         cer_wer(o["raw_tesseract_vie"])),
        ("OCR end to end", "raw Tesseract `-l vie`", "pages it fails on (CER > 50%)",
         f"{r['raw_tesseract_failed_pages']} of {r['pages']}"),
        ("OCR end to end", "OCRmyPDF `--deskew --clean -l vie`", "CER / WER",
         cer_wer(o["ocrmypdf_deskew_clean"])),
        ("OCR end to end", "ours, before repair", "CER / WER", cer_wer(o["ours_before_repair"])),
        ("OCR end to end", "**ours**", "CER / WER", cer_wer(o["ours"])),
        *(row for key, *_ in OTHER_FONTS for row in _font_rows(r.get(key))),
        (restoration, "pyvi `add_accents`", acc,
         f"{pct(pyvi_st['accuracy'])} / {pct(pyvi_st['marked_accuracy'])} "
         f"({pyvi_st['crashed_lines']} lines crashed)"),
        (restoration, "**ours**", acc,
         f"{pct(ours_st['accuracy'])} / {pct(ours_st['marked_accuracy'])}"),
        ("Legacy repair (`-l eng` on the raw pages)", "before", "CER / WER",
         cer_wer(lg["before"])),
        ("Legacy repair (`-l eng` on the raw pages)", "**after ours**", "CER / WER",
         cer_wer(lg["after"])),
        ("Legacy repair (`-l eng` on deskewed, despeckled pages, like seeds 000/001)",
         "before", "CER / WER", cer_wer(r["legacy_repair_clean_pages"]["before"])),
        ("Legacy repair (`-l eng` on deskewed, despeckled pages, like seeds 000/001)",
         "**after ours**", "CER / WER", cer_wer(r["legacy_repair_clean_pages"]["after"])),
        ("Tone repair (raw `-l vie` output)", "before", "CER / WER", cer_wer(tn["before"])),
        ("Tone repair (raw `-l vie` output)", "**after ours**", "CER / WER",
         cer_wer(tn["after"])),
        *[(f"Tone repair ({where})", who, "CER / WER", cer_wer(r[part][when]))
          for part, where in (
              ("tone_repair_pages_read", f"raw `-l vie` output, the {s['pages_raw_reads']} "
                                         "pages raw Tesseract reads"),
              ("tone_repair_ocrmypdf", "OCRmyPDF `--deskew --clean -l vie` output"))
          if part in r
          for when, who in (("before", "before"), ("after", "**after ours**"))],
        ("Do no harm (clean test text)", "ours",
         "tokens changed (edits: of a valid syllable / of a non-word / of marks only)",
         f"{pct(rs['do_no_harm']['tokens_changed'])} ({_kinds(rs['do_no_harm'])})"),
        *_held_out_law_rows(r.get("held_out_laws")),
        (skew, "deskew", "mean / max error, time", deskew_cell(dk["deskew"])),
        (skew, "jdeskew", "mean / max error, time", deskew_cell(dk["jdeskew"])),
        (skew, "**ours**", "mean / max error, time", deskew_cell(dk["ours"])),
        (speed, "raw Tesseract", "pages/min", f"{s['raw_tesseract_pages_per_min']:.1f}"),
        (speed, "OCRmyPDF `--deskew --clean`", "pages/min", f"{s['ocrmypdf_pages_per_min']:.1f}"),
        (speed, "**ours** (full pipeline)", "pages/min", f"{s['ours_pages_per_min']:.1f}"),
        ("Speed", "ours vs raw Tesseract, all pages", "wall-time ratio",
         f"{s['ours_time_ratio_vs_raw']:.2f}×"),
        ("Speed", f"ours vs raw Tesseract, the {s['pages_raw_reads']} pages raw Tesseract "
         "reads (it gives up early on the others), each page timed back to back",
         "time ratio (sum of page times)",
         f"{s['ours_time_ratio_vs_raw_on_pages_it_reads']:.2f}×"),
        ("Speed", "OCRmyPDF vs ours", "wall-time ratio",
         f"{s['ocrmypdf_time_ratio_vs_ours']:.2f}×"),
        ("Repair throughput, 1 core, CPU time", "ours: our OCR text (tone errors only) / raw `vie` "
         "text / legacy garble of raw pages / of cleaned pages / stripped", "syllables/s",
         f"{s.get('repair_ours_raw_syllables_per_s', 0):.0f} / "
         f"{s['repair_vie_syllables_per_s']:.0f} / "
         f"{s['repair_legacy_syllables_per_s']:.0f} / "
         f"{s.get('repair_legacy_clean_syllables_per_s', 0):.0f} / "
         f"{ours_st['syllables_per_s']:.0f}"),
        ("Repair throughput, 1 core, CPU time", "pyvi on stripped text", "syllables/s",
         f"{pyvi_st['syllables_per_s']:.0f}"),
        ("Repair model", "ours", "load time (best of 3 fresh processes) / peak RSS",
         f"{r['repair_model']['load_s']:.2f} s / {r['repair_model']['peak_rss_mb']:.0f} MB"),
        ("Memory", "ours, `ingest` (largest process)", "peak RSS: 1 document / all",
         f"{r['ingest_memory']['one_document']:.0f} MB ({r['ingest_memory']['one_document_pages']}"
         f" pages) / {r['ingest_memory']['all_documents']:.0f} MB "
         f"({r['ingest_memory']['all_documents_pages']} pages)"),
        (f"Dask cluster on this machine ({r['cluster']['pages']} pages, cluster start-up "
         "included)", "ours, `--scheduler local`", "pages/min with 1 / 2 workers",
         f"{r['cluster']['workers_1_pages_per_min']:.1f} / "
         f"{r['cluster']['workers_2_pages_per_min']:.1f}"),
        *parsing.markdown_rows(r["parsing"]),
        *(parsing.markdown_rows(r["parsing_written"], "documents written as test data")
          if "parsing_written" in r else []),
        *(layout.markdown_rows(r["layout"]) if "layout" in r else []),
    ]
    head = [
        "# Benchmark results",
        "",
        f"Generated by `make {'bench-quick' if r['quick'] else 'bench'}` on {r['date']} "
        f"in {r['bench_seconds']:.0f} s; {r['cores']} cores; Tesseract {v['tesseract']}, "
        f"Poppler {v['poppler']}, OCRmyPDF {v['ocrmypdf']}, pyvi {v['pyvi']}, "
        f"deskew {v['deskew']}, jdeskew {v['jdeskew']}, Python {v['python']}.",
        "",
        f"Test data: seed {', '.join(r['test_split'])} (never used for training), rendered "
        f"into {r['pages']} degraded scanned pages ({r['words']} words): skew within ±5°, "
        "blur, noise, specks, 200-300 dpi, JPEG 50-85, two fonts (FreeSerif, DejaVu Serif).",
        "",
        "| row | system | metric | value |",
        "|---|---|---|---|",
    ]
    body = [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    tail = ["", "CER/WER: lower is better; computed on NFC text with whitespace collapsed, "
            "dashes and quotes unified and tone placement folded (hoá = hóa).", ""]
    return "\n".join(head + body + tail)


def ingest_memory(pages: list[tuple[Path, int]]) -> dict[str, float]:
    """Peak RSS of one ``ocr-pipeline ingest`` process tree on one document and on all
    benchmark documents: memory should not grow with the number of pages."""
    docs = sorted({p for p, _ in pages})
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, chosen in (("one_document", docs[:1]), ("all_documents", docs)):
            src = Path(tmp) / name
            src.mkdir()
            for pdf in chosen:
                (src / pdf.name).symlink_to(pdf)
            code = (
                "import resource, subprocess, sys; "
                "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
            )
            cmd = [sys.executable, "-c", code, sys.executable, "-m", "ocr_pipeline", "-q",
                   "ingest", str(src), "--out", str(Path(tmp) / f"{name}-out"),
                   "--workers", str(WORKERS)]
            peak = float(subprocess.run(cmd, capture_output=True, text=True, check=True,
                                        cwd=ROOT).stdout.split()[-1])
            pages_in = sum(len(rendered_pages(pdf)) for pdf in chosen)
            out[name] = peak
            out[f"{name}_pages"] = pages_in
    return out


def cluster_throughput(pages: list[tuple[Path, int]]) -> dict[str, float]:
    """Pages per minute of ``ingest --scheduler local`` (a Dask LocalCluster started by
    ingest itself) with 1 and 2 workers, on the first two benchmark documents."""
    docs = sorted({p for p, _ in pages})[:2]
    n_pages = sum(len(rendered_pages(pdf)) for pdf in docs)
    out: dict[str, float] = {"pages": n_pages}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for pdf in docs:
            (src / pdf.name).symlink_to(pdf)
        for workers in (1, 2):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ocr_pipeline", "-q", "ingest", str(src),
                            "--out", str(Path(tmp) / f"out{workers}"), "--scheduler", "local",
                            "--workers", str(workers)], check=True, capture_output=True,
                           cwd=ROOT)
            out[f"workers_{workers}_pages_per_min"] = n_pages / (time.perf_counter() - start) * 60
    return out


def repair_model_footprint(runs: int = 3) -> dict[str, float]:
    """Load time and peak memory of the repair model alone, each in a fresh process: the
    best time of ``runs`` (one run on a busy machine once took 2.0 s against 0.6-0.8 s),
    the largest memory."""
    # VmHWM, not ru_maxrss: after fork+exec the latter still counts the parent's memory
    code = (
        "import re, time; t = time.perf_counter(); import diacritics; "
        "diacritics.restore('cai cach hanh chinh'); el = time.perf_counter() - t; "
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
        "print(el, int(hwm) / 1024)"
    )
    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout.split() for _ in range(runs)]
    return {"load_s": min(float(out[0]) for out in outs),
            "peak_rss_mb": max(float(out[1]) for out in outs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    started = time.time()
    pages = make_scans(args.quick)
    print(f"bench: {len(pages)} test pages", file=sys.stderr)
    results = ocr_rows(pages)
    texts = results.pop("_texts")
    print("bench: OCR rows done", file=sys.stderr)
    results["restoration"] = restoration_rows(args.quick)
    laws = held_out_laws.measure("test", 50 if args.quick else held_out_laws.SLICE_LINES)
    if laws:
        results["held_out_laws"] = laws
    for key, font, folder, like in OTHER_FONTS:
        results[key] = font_rows(args.quick, font, folder, like)
        print(f"bench: {like}-like font rows done", file=sys.stderr)
    results["deskew"] = deskew_rows(args.quick)
    results["parsing"] = parsing.evaluate(pages, texts["ours"])
    if not args.quick:
        results["parsing_written"] = parse_written_docs()
        results["layout"] = layout.measure()
    results["repair_model"] = repair_model_footprint()
    results["ingest_memory"] = ingest_memory(pages)
    results["cluster"] = cluster_throughput(pages)
    results.update({
        "quick": args.quick, "date": dt.date.today().isoformat(), "cores": os.cpu_count(),
        "test_split": test_ids(), "versions": versions(),
        "bench_seconds": round(time.time() - started, 1),
    })
    RESULTS_JSON.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    RESULTS_MD.write_text(render_markdown(results))
    print(RESULTS_MD.read_text())


if __name__ == "__main__":
    main()
