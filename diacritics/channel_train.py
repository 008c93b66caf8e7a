"""Learn the OCR channel: how Tesseract misreads Vietnamese words (``make channel``).

Renders the train split (never the test split) and the reports written for the LM
(``lexicon/written_reports``) into degraded scans with the samples generator, reads them
with Tesseract ``eng`` (the legacy garble of seeds 000/001), on the raw page and on our
cleaned one, and the train split also with raw ``vie`` (tone errors on poor scans); aligns
output and truth word by word, and writes ``lexicon/channel.tsv``: lang, observed word,
true syllable, count. ``make lexicon`` turns the counts into
``diacritics/data/channel.json`` (log P(observed | true)). The counts are committed so
that the lexicon build needs no OCR.

The written reports are read with ``eng`` only: with them and the cleaned pages the channel
learns from six times the ``eng`` garble of the seeds' raw reads (148k aligned words, from
24k), which took legacy dev WER (``bench/dev_legacy.py``) and new documents' garble down,
while their ``vie`` reads changed no raw vie WER of new documents and cost one edit of
clean dev text.
"""

from __future__ import annotations

import argparse
import math
import sys
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.syllable import fold, nfc, strip_marks

ROOT = Path(__file__).resolve().parent.parent
CHANNEL_TSV = ROOT / "lexicon" / "channel.tsv"
WRITTEN_REPORTS = ROOT / "lexicon" / "written_reports"
WORD = regex.compile(r"[\p{L}\p{M}0-9§&@$¢°|]+")
GAP = 0.75
GLUED = 0.5  # added to a glued pair's distance: a garbled word before a lost one stays a pair
RENDERS_PER_TEXT = 2
MIN_COUNT = 1


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(nfc(text)) if any(ch.isalpha() for ch in w)
            or not w.isdigit()]


def align(observed: list[str], truth: list[str]) -> list[tuple[str, str]]:
    """Word pairs from a global alignment with a mark-blind character cost. An observed
    word may also match two true words glued ("CONGHOA" for CỘNG HÒA), which gives no
    pair: it is no misreading of either ("conghoa" had been learned as a garble of cộng,
    so the decoder no longer cut it in two)."""
    n, m = len(observed), len(truth)
    o_key = [strip_marks(w).lower() for w in observed]
    t_key = [strip_marks(w).lower() for w in truth]

    def substitution(i: int, j: int) -> float:
        return cost[i - 1][j - 1] + Levenshtein.normalized_distance(o_key[i - 1], t_key[j - 1])

    def merge(i: int, j: int) -> float:
        if j < 2:
            return math.inf
        return cost[i - 1][j - 2] + GLUED + Levenshtein.normalized_distance(
            o_key[i - 1], t_key[j - 2] + t_key[j - 1])

    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i * GAP
    for j in range(1, m + 1):
        cost[0][j] = j * GAP
    for i in range(1, n + 1):
        row, prev = cost[i], cost[i - 1]
        for j in range(1, m + 1):
            row[j] = min(substitution(i, j), merge(i, j), prev[j] + GAP, row[j - 1] + GAP)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if abs(cost[i][j] - substitution(i, j)) < 1e-9:
            pairs.append((observed[i - 1], truth[j - 1]))
            i, j = i - 1, j - 1
        elif abs(cost[i][j] - merge(i, j)) < 1e-9:
            i, j = i - 1, j - 2
        elif abs(cost[i][j] - (cost[i - 1][j] + GAP)) < 1e-9:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def raw_ocr_page(args: tuple[str, int, str]) -> str:
    """Raw Tesseract (no cleaning) on one page of a PDF, rasterised at 300 dpi: the
    baseline the benchmark compares against, and the channel's training input."""
    from ocr_pipeline import ocr
    from ocr_pipeline._exec import poppler, tesseract

    pdf, page, lang = args
    image = poppler.rasterise(Path(pdf), page, 300, 600)
    return ocr.words_to_text(tesseract.image_to_words(image, lang, 600))


def cleaned_ocr_page(args: tuple[str | Path, int, str]) -> str:
    """Tesseract on our deskewed, despeckled page: legacy garble from a readable scan."""
    from ocr_pipeline import clean, ocr
    from ocr_pipeline._exec import poppler, tesseract
    from ocr_pipeline.models import Options, PageImage

    pdf, page, lang = args
    image = poppler.rasterise(Path(pdf), page, 300, 600)
    cleaned = clean.preprocess_deskew(PageImage(page, image, 300), Options(workers=1))
    return ocr.words_to_text(tesseract.image_to_words(cleaned.image, lang, 600))


# how a page is read, by the suffix of its text file: (OCR, the channel's lang)
READINGS = {"eng": (raw_ocr_page, "eng"), "cleaneng": (cleaned_ocr_page, "eng"),
            "vie": (raw_ocr_page, "vie")}
SEED_READINGS = ("eng", "cleaneng", "vie")
WRITTEN_READINGS = ("eng", "cleaneng")


def _read_page(job: tuple[str, int, str]) -> str:
    pdf, page, suffix = job
    read, lang = READINGS[suffix]
    return read((pdf, page, lang))


def renders(work: Path) -> list[tuple[Path, int, str, tuple[str, ...]]]:
    """Render the channel's texts into ``work`` (seeded: the same scans each time); each
    page as (pdf, page number, truth, the suffixes it is read with)."""
    sys.path.insert(0, str(ROOT))
    from diacritics.build import train_split
    from samples.generate import render_document, seed_text

    texts = [(f"train-{seed_id}", seed_text(seed_id), 1000 * int(seed_id), SEED_READINGS)
             for seed_id in train_split()]
    texts += [(f"written-{path.stem}", path.read_text(encoding="utf-8"),
               zlib.crc32(path.stem.encode()) % 100_000 * 10, WRITTEN_READINGS)
              for path in sorted(WRITTEN_REPORTS.glob("*.txt"))]
    work.mkdir(parents=True, exist_ok=True)
    pages = []
    for name, text, seed, suffixes in texts:
        for r in range(RENDERS_PER_TEXT):
            pdf = work / f"{name}-{r}.pdf"
            render_document(text, pdf, seed=seed + r)
            truths = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
            pages += [(pdf, k, truth, suffixes) for k, truth in enumerate(truths, start=1)]
    return pages


def collect(work: Path, workers: int) -> Counter[tuple[str, str, str]]:
    pages = renders(work)
    jobs = [(str(pdf), k, suffix) for pdf, k, _, suffixes in pages for suffix in suffixes]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for (pdf, k, suffix), text in zip(jobs, pool.map(_read_page, jobs), strict=True):
            Path(pdf).with_suffix(f".p{k}.{suffix}.txt").write_text(text, encoding="utf-8")
    counts: Counter[tuple[str, str, str]] = Counter()
    count_pages(counts, pages)
    return counts


def count_pages(counts: Counter[tuple[str, str, str]],
                pages: list[tuple[Path, int, str, tuple[str, ...]]]) -> None:
    """Add the misreadings of rendered pages, as ``renders`` lists them, from their readings
    on disk (``collect`` writes them next to the PDF)."""
    for pdf, k, truth, suffixes in pages:
        for suffix in suffixes:
            text = pdf.with_suffix(f".p{k}.{suffix}.txt").read_text(encoding="utf-8")
            count_misreads(counts, READINGS[suffix][1], text, truth)


def count_misreads(counts: Counter[tuple[str, str, str]], lang: str, ocr_text: str,
                   truth: str) -> None:
    """Add (lang, observed word, true word folded) for each aligned word of a page."""
    for obs, true in align(words(ocr_text), words(truth)):
        if any(ch.isalpha() for ch in true):
            counts[lang, obs.lower(), fold(true).lower()] += 1


def write_tsv(counts: Counter[tuple[str, str, str]], path: Path) -> None:
    lines = ["# lang\tobserved\ttrue\tcount"]
    for (lang, obs, true), n in sorted(counts.items()):
        if n >= MIN_COUNT:
            lines.append(f"{lang}\t{obs}\t{true}\t{n}")
    from ocr_pipeline.atomic import write_text

    write_text(path, "\n".join(lines) + "\n")


def channel_table(path: Path = CHANNEL_TSV) -> dict[str, dict[str, dict[str, float]]]:
    """{lang: {observed: {true: log P(observed | true)}}}, for words seen misread, and for
    ``eng`` the words it read right too. The English model prints an unmarked syllable as it
    is ("do" for do 302 times in 303): without that probability the plain reading of "do"
    stood at the price of any word whose marks were lost (``decoder.LOG_EXACT_STRIPPED``,
    0.3), below đó's 0.35 (47 of its 134 reads) and đo's 0.97, and the LM's pull won ("kế
    hoạch đề ra đó còn gặp khó khăn" in seed 000). In ``vie`` text the price of keeping a
    word is ``decoder.LOG_KEEP``. Not a lone letter: "b" read as "b" is a list's label, and
    in legacy text a lone "b" is mostly bộ or bố that lost its vowel."""
    if not path.exists():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    totals: Counter[tuple[str, str]] = Counter()
    for lang, _obs, true, n in rows:
        totals[lang, true] += int(n)
    table: dict[str, dict[str, dict[str, float]]] = {}
    for lang, obs, true, n in rows:
        if fold(obs) == true and (lang != "eng" or len(obs) < 2):
            continue
        p = int(n) / totals[lang, true]
        table.setdefault(lang, {}).setdefault(obs, {})[true] = round(math.log(p), 3)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "cache" / "channel")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    counts = collect(args.work, args.workers)
    write_tsv(counts, CHANNEL_TSV)
    print(f"channel: {sum(counts.values())} aligned words, {len(counts)} distinct pairs")


if __name__ == "__main__":
    main()
