"""Parser tuning on train-split renders (bench/cache/channel): never the test split.

    python -m bench.dev_parse [0|1|chunks|docs|docs:N]

``0``/``1`` read whole renders of each train seed; ``chunks`` cuts each train seed into
documents the way the benchmark cuts the test seed (most of them start mid-document) and
renders them with their own seeds; ``docs`` renders the short documents of
lexicon/written_reports/ (written for this dev set: other document types, two-column
header and signature blocks; the LM learns from them too) twice each (``docs:N``: N times
each, for more OCR variation).
"""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import diacritics
from bench import parsing
from bench.run import DOCS_FULL, our_pipeline, rendered_pages, warm_worker
from diacritics.build import WRITTEN_REPORTS_DIR, train_split
from samples.generate import render_document, seed_text

CACHE = Path(__file__).resolve().parent / "cache" / "channel"
DEV_DOCS = WRITTEN_REPORTS_DIR


def chunk_renders() -> list[Path]:
    out = []
    for seed_id in train_split():
        lines = seed_text(seed_id).splitlines()
        size = -(-len(lines) // DOCS_FULL)
        for d in range(DOCS_FULL):
            pdf = CACHE / f"devchunk-{seed_id}-{d}.pdf"
            if not pdf.exists():
                render_document("\n".join(lines[d * size:(d + 1) * size]) + "\n", pdf,
                                seed=9000 + 100 * int(seed_id) + d)
            out.append(pdf)
    return out


def doc_renders(copies: int = 2, sources: Path = DEV_DOCS, out_dir: Path = CACHE,
                prefix: str = "devdoc-", first_seed: int = 9500,
                font: Path | None = None, styled: bool = False,
                condition: str = "") -> list[Path]:
    """``copies`` degraded renders of each document in ``sources``, each with its own
    seed, made once into ``out_dir``; in ``font`` if given, with bold and italic lines if
    ``styled``, under ``condition`` if given (``render_document``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for n, source in enumerate(sorted(sources.glob("*.txt"))):
        for copy in range(copies):
            pdf = out_dir / f"{prefix}{source.stem}-{copy}.pdf"
            if not pdf.exists():
                render_document(source.read_text(encoding="utf-8"), pdf,
                                seed=first_seed + 10 * n + copy, font=font, styled=styled,
                                condition=condition)
            out.append(pdf)
    return out


def page_key(page: tuple[Path, int]) -> str:
    """Key of a page in the cache of OCR text: "<pdf name>:<page number>"."""
    return f"{page[0].name}:{page[1]}"


def main() -> None:
    render = sys.argv[1] if len(sys.argv) > 1 else "0"  # which render of each train seed
    if render.startswith("docs"):
        pdfs = doc_renders(int(render.partition(":")[2] or 2))
        render = "docs"
    else:
        pdfs = (chunk_renders() if render == "chunks"
                else sorted(CACHE.glob(f"train-*-{render}.pdf")))
    pages = [page for pdf in pdfs for page in rendered_pages(pdf)]
    # the OCR text before repair is cached, so repair changes are measured without re-OCR
    # (delete the file after an OCR change)
    raw_file = CACHE / ("dev_parse_raw.json" if render == "0" else
                        f"dev_parse_raw-{render}.json")
    cached = json.loads(raw_file.read_text(encoding="utf-8")) if raw_file.exists() else {}
    missing = [page for page in pages if page_key(page) not in cached]
    if missing:
        with ProcessPoolExecutor(os.cpu_count(), initializer=warm_worker) as pool:
            for page, result in zip(missing, pool.map(our_pipeline, missing), strict=True):
                cached[page_key(page)] = result[1]
        raw_file.write_text(json.dumps(cached, ensure_ascii=False), encoding="utf-8")
    texts = [diacritics.restore(cached[page_key(page)]).text for page in pages]
    print(json.dumps(parsing.evaluate(pages, texts), indent=1))


if __name__ == "__main__":
    main()
