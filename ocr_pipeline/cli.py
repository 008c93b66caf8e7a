"""Command line: ``ocr-pipeline ingest|repair|parse|lexicon``.

Every ``PipelineError`` becomes one line on stderr and a non-zero exit code:
1 some documents failed, 2 bad input or usage, 3 environment (missing tool or model),
4 output not writable.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from ocr_pipeline import __version__, logs
from ocr_pipeline.errors import InputError, PipelineError
from ocr_pipeline.models import Options


def _read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError("file not found", path=source) from exc
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8 text", path=source) from exc
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path=source) from exc


def cmd_ingest(args: argparse.Namespace) -> int:
    from ocr_pipeline import batch, tables

    options = Options(
        dpi=args.dpi, force_ocr=args.force_ocr, workers=args.workers or (os.cpu_count() or 1),
        page_timeout_s=args.page_timeout, repair=not args.no_repair,
    )
    summary = batch.ingest(Path(args.dir), Path(args.out), options, force=args.force,
                           progress=not args.quiet and not args.log_json,
                           scheduler=args.scheduler or None)
    tables.export(Path(args.out))
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def cmd_repair(args: argparse.Namespace) -> int:
    import diacritics

    restored = diacritics.restore(_read_input(args.path))
    if args.json:
        edits = [dataclasses.asdict(e) for e in restored.edits]
        json.dump({"text": restored.text, "edits": edits}, sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(restored.text)
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    from ocr_pipeline import parse

    parsed = parse.parse_text(_read_input(args.path))
    out = {"document": parsed.document, "sections": parsed.sections,
           "tables": parsed.tables, "entities": parsed.entities,
           "warnings": parsed.warnings}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_lexicon_build(args: argparse.Namespace) -> int:
    from diacritics import build

    build.main_build(corpus=Path(args.corpus) if args.corpus else None,
                     out_dir=Path(args.out) if args.out else None)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ocr-pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every document")
    parser.add_argument("-q", "--quiet", action="store_true", help="errors only, no progress bar")
    parser.add_argument("--log-json", action="store_true",
                        help="log one JSON object per line (document, page, stage, outcome)")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="OCR, repair and parse every scan under DIR")
    ingest.add_argument("dir", metavar="DIR")
    ingest.add_argument("--out", default="out", help="output folder (default: out)")
    ingest.add_argument("--workers", type=int, default=0, help="processes (default: cores)")
    ingest.add_argument("--force", action="store_true", help="redo finished documents")
    ingest.add_argument("--force-ocr", action="store_true",
                        help="OCR PDF pages even when they carry a text layer")
    ingest.add_argument("--dpi", type=int, default=300,
                        help="PDF rasterising resolution; images scanned at less are "
                        "enlarged to it")
    ingest.add_argument("--page-timeout", type=float, default=120.0,
                        help="seconds before one page's OCR is abandoned (default 120)")
    ingest.add_argument("--no-repair", action="store_true", help="skip the repair stage")
    ingest.add_argument("--scheduler", default="",
                        help="run pages on a Dask cluster: tcp://HOST:8786, or 'local' to "
                             "start one on this machine (default: local processes, no Dask)")
    ingest.set_defaults(func=cmd_ingest)

    repair = sub.add_parser("repair", help="repair damaged Vietnamese text (file or -)")
    repair.add_argument("path", nargs="?", default="-", metavar="PATH")
    repair.add_argument("--json", action="store_true", help="print the edits as JSON")
    repair.set_defaults(func=cmd_repair)

    parse = sub.add_parser("parse", help="print the structure of one text as JSON")
    parse.add_argument("path", nargs="?", default="-", metavar="PATH")
    parse.set_defaults(func=cmd_parse)

    lexicon = sub.add_parser("lexicon", help="language-model maintenance")
    lex_sub = lexicon.add_subparsers(dest="lexicon_command", required=True)
    build = lex_sub.add_parser("build", help="rebuild the model, optionally adding your corpus")
    build.add_argument("--corpus", help="folder of your own clean .txt/.docx documents")
    build.add_argument("--out", help="write the model here instead of the package's data/ "
                       "(point DIACRITICS_MODEL_DIR at it to use it)")
    build.set_defaults(func=cmd_lexicon_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.configure(verbose=args.verbose, quiet=args.quiet, as_json=args.log_json)
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"ocr-pipeline: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(f"ocr-pipeline: error: {exc.filename or ''}: {exc.strerror or exc}",
              file=sys.stderr)
        return 4
    except KeyboardInterrupt:
        print("ocr-pipeline: interrupted; re-run to finish the rest", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
