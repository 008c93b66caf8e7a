"""Learn the OCR channel: how Tesseract misreads Vietnamese words (``make channel``).

Renders the train split (never the test split) into degraded scans with the samples
generator, reads them with raw Tesseract ``eng`` (the legacy garble of seeds 000/001) and
``vie`` (tone errors on poor scans), aligns output and truth word by word, and writes
``lexicon/channel.tsv``: lang, observed word, true syllable, count. ``make lexicon``
turns the counts into ``diacritics/data/channel.json`` (log P(observed | true)). The
counts are committed so that the lexicon build needs no OCR.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.syllable import fold, nfc, strip_marks

ROOT = Path(__file__).resolve().parent.parent
CHANNEL_TSV = ROOT / "lexicon" / "channel.tsv"
WORD = regex.compile(r"[\p{L}\p{M}0-9§&@$¢°|]+")
GAP = 0.75
RENDERS_PER_SEED = 2
MIN_COUNT = 1


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(nfc(text)) if any(ch.isalpha() for ch in w)
            or not w.isdigit()]


def align(observed: list[str], truth: list[str]) -> list[tuple[str, str]]:
    """Word pairs from a global alignment with a mark-blind character cost."""
    n, m = len(observed), len(truth)
    o_key = [strip_marks(w).lower() for w in observed]
    t_key = [strip_marks(w).lower() for w in truth]
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i * GAP
    for j in range(1, m + 1):
        cost[0][j] = j * GAP
    for i in range(1, n + 1):
        row, prev = cost[i], cost[i - 1]
        for j in range(1, m + 1):
            sub = prev[j - 1] + Levenshtein.normalized_distance(o_key[i - 1], t_key[j - 1])
            row[j] = min(sub, prev[j] + GAP, row[j - 1] + GAP)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        sub = cost[i - 1][j - 1] + Levenshtein.normalized_distance(o_key[i - 1], t_key[j - 1])
        if abs(cost[i][j] - sub) < 1e-9:
            pairs.append((observed[i - 1], truth[j - 1]))
            i, j = i - 1, j - 1
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


def collect(work: Path, workers: int) -> Counter[tuple[str, str, str]]:
    sys.path.insert(0, str(ROOT))
    from diacritics.build import train_split
    from samples.generate import render_document, seed_text

    work.mkdir(parents=True, exist_ok=True)
    jobs, truths = [], {}
    for seed_id in train_split():
        text = seed_text(seed_id)
        for r in range(RENDERS_PER_SEED):
            pdf = work / f"train-{seed_id}-{r}.pdf"
            render_document(text, pdf, seed=1000 * int(seed_id) + r)
            pages = pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")
            for k, page_text in enumerate(pages, start=1):
                truths[(str(pdf), k)] = page_text
                for lang in ("eng", "vie"):
                    jobs.append((str(pdf), k, lang))
    counts: Counter[tuple[str, str, str]] = Counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for (pdf, k, lang), text in zip(jobs, pool.map(raw_ocr_page, jobs), strict=True):
            Path(pdf).with_suffix(f".p{k}.{lang}.txt").write_text(text, encoding="utf-8")
            count_misreads(counts, lang, text, truths[(pdf, k)])
    return counts


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
    """{lang: {observed: {true: log P(observed | true)}}}, for words seen misread."""
    if not path.exists():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    totals: Counter[tuple[str, str]] = Counter()
    for lang, _obs, true, n in rows:
        totals[lang, true] += int(n)
    table: dict[str, dict[str, dict[str, float]]] = {}
    for lang, obs, true, n in rows:
        if fold(obs) == true:
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
