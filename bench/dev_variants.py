"""Dev probe of do no harm on correct text written other ways than the dev reports are:
each dev batch's clean documents (or ``--docs DIR``'s) rewritten as offices, word
processors and converters write them, then repaired; every edit is harm. Not a benchmark:
the rules it led to were found here, and the test documents are never looked at.

Variants: the other spelling of a final i after a consonant (``iy``: "ký" as "kí"); the
other tone style (``old``, ``new``); every numbered line in capitals (``numcaps``);
every third line in title case (``title``); list dashes as a word processor's en dashes
(``endash``); two spaces after each stop, comma and colon (``spaces``); a comma's space
dropped now and then (``nospace``); lines wrapped at 60 or 75 characters (``wrap60``,
``wrap75``); a PDF's text layer as extracted, wrapped at 80 with spaces after each line,
blank lines between and paragraph indents (``pdf``); footnote numbers glued to the word
before every fourth stop or semicolon (``footnote``); page numbers and footnote lines
between the lines (``pages``); a document converted to Markdown, as train seed 003 is
(``markdown``).

    python -m bench.dev_variants [--docs DIR] [--show N] [VARIANT ...]
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from itertools import count
from pathlib import Path

import regex

import diacritics
from diacritics.syllable import WORD, nfc, restyle

DEV = Path(__file__).resolve().parent
TABLE_ROW = regex.compile(r"^\|")  # a pipe table's row: rewrapping it breaks the table
I_FOR_Y = str.maketrans("yýỳỷỹỵYÝỲỶỸỴ", "iíìỉĩịIÍÌỈĨỊ")


def _lines(text: str, rewrite: Callable[[int, str], str]) -> str:
    return "\n".join(rewrite(n, line) for n, line in enumerate(text.split("\n")))


Rewrite = Callable[[regex.Match[str]], str]


def _every(nth: int, replace: Rewrite) -> Rewrite:
    """A ``regex.sub`` callback that rewrites every ``nth`` match, the others as they are."""
    seen = count(1)
    return lambda m: replace(m) if next(seen) % nth == 0 else m.group()


def _wrapped(text: str, width: int, pdf: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if TABLE_ROW.match(line):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        for k, part in enumerate(parts or [""]):
            if pdf:  # an indented paragraph's first line, spaces after each, blank lines
                out += [("    " if k == 0 and len(parts) > 1 else "") + part + " ", ""]
            else:
                out.append(part)
    return "\n".join(out)


def _markdown(line: str) -> str:
    if regex.match(r"[IVX]+\. ", line):
        return f"## **{line}**"
    if regex.match(r"\d+(?:\.\d+)*\. ", line) and len(line) < 80:
        return f"### **{line}**"
    if regex.match(r"[a-zđ]\) ", line) and len(line) < 80:
        return f"***{line}***"
    if regex.match(r"Điều \d+\. ", line):
        return regex.sub(r"^(Điều \d+\.)", r"**\1**", line)
    if line and line.upper() == line and len(line) < 60 and not TABLE_ROW.match(line) and \
            regex.search(r"\p{L}", line) or line in ("Nơi nhận:", "QUYẾT ĐỊNH:"):
        return f"**{line}**"
    return line


def _pages(text: str) -> str:
    out = []
    for n, line in enumerate(text.split("\n")):
        out.append(line)
        if n % 12 == 11:
            out += ["", str(n // 12 + 2), ""]
        if n % 17 == 16:
            out.append(f"{n // 17 + 1} Quyết định số {100 + n}/QĐ-UBND ngày 15/3/2026 của "
                       "UBND xã về việc ban hành kế hoạch.")
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "iy": lambda t: regex.sub(r"(?i)(?<=\b(?:qu|[hklmst]))[yýỳỷỹỵ]\b",
                              lambda m: m.group().translate(I_FOR_Y), t),
    "old": lambda t: WORD.sub(lambda m: restyle(m.group(), "old"), t),
    "new": lambda t: WORD.sub(lambda m: restyle(m.group(), "new"), t),
    "numcaps": lambda t: _lines(t, lambda n, ln: ln.upper() if regex.match(r"\d{1,2}\. ", ln)
                                else ln),
    "title": lambda t: _lines(t, lambda n, ln: regex.sub(
        r"\p{L}+", lambda m: m.group()[0].upper() + m.group()[1:], ln) if n % 3 == 1 else ln),
    "endash": lambda t: regex.sub(r"(?m)^- ", "– ", t),
    "spaces": lambda t: regex.sub(r"(?<=[,.;:]) (?=\p{L})", "  ", t),
    "nospace": lambda t: regex.sub(r", (?=\p{L})", _every(5, lambda m: ","), t),
    "wrap60": lambda t: _wrapped(t, 60),
    "wrap75": lambda t: _wrapped(t, 75),
    "pdf": lambda t: _wrapped(t, 80, pdf=True),
    "footnote": lambda t: regex.sub(r"(\p{L}{2,})([.;])(?= )", _every(
        4, lambda m: f"{m.group(1)}{len(m.group(1)) % 9 + 1}{m.group(2)}"), t),
    "pages": _pages,
    "markdown": lambda t: "\n".join(f"{_markdown(line)}\n" for line in t.split("\n")),
}


def edits(docs: list[Path], variant: Callable[[str], str]) -> list[str]:
    """The edits repair makes in the documents so rewritten, one line each."""
    shown = []
    for path in docs:
        text = variant(nfc(path.read_text(encoding="utf-8")))
        lines = text.split("\n")
        for e in diacritics.restore(text).edits:
            shown.append(f"{path.stem}: {e.original!r} -> {e.replacement!r} in "
                         f"{lines[e.line][max(0, e.start - 30):e.end + 20]!r}")
    return shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("variants", nargs="*", help=", ".join(VARIANTS))
    parser.add_argument("--docs", type=Path, help="a folder of clean .txt documents")
    parser.add_argument("--show", type=int, default=0, help="print this many edits each")
    args = parser.parse_args()
    unknown = [name for name in args.variants if name not in VARIANTS]
    if unknown:
        parser.error(f"no such variant: {', '.join(unknown)}")
    folders = [args.docs] if args.docs else sorted(DEV.glob("dev_reports*"))
    docs = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    words = sum(len(regex.findall(r"\p{L}+", p.read_text(encoding="utf-8"))) for p in docs)
    print(f"{len(docs)} documents, {words} words")
    for name in args.variants or VARIANTS:
        shown = edits(docs, VARIANTS[name])
        print(f"{name}: {len(shown)} edits")
        for line in shown[:args.show]:
            print("   ", line)


if __name__ == "__main__":
    main()
