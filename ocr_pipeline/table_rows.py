"""Tables inside a document's text: "TT | Nội dung thực hiện | Cơ quan chủ trì | ..." as
a header and rows (part of stage 5, parse; the analysis-table export is ``tables.py``).

Contract: ``find_tables(lines, keys, skip) -> list[Table]``. A table starts at a header
line of three or more cells whose first cell is "TT"/"STT" or which names at least two
usual column headings (Nội dung, Cơ quan, Thời gian, ...). Cells are separated by pipes
(a row that starts and ends with one: Markdown, whose rule under the header is dropped,
or text converted from a spreadsheet), tabs (text exported from a word processor) or,
when the header has no tab, by runs of three or more spaces (a layout-preserving text
layer). Then, until the first line that is not
a row:
- a header repeated on a later page is dropped;
- a row whose first cell is a Roman numeral and whose other cells are empty past the
  second ("I | Cải cách thể chế") opens a group, recorded on the rows that follow;
- a row whose first cell is empty continues the previous row cell by cell (a row split
  by a page break);
- under a "TT"/"STT" header, a row number read as letters that look like digits ("I" beside
  a cell border) is the number, and a row whose neighbours number in step is numbered
  in sequence with them, whatever was read in its first cell (``_number_in_sequence``);
- cells beyond the header's count are joined into the last column;
- under a "TT"/"STT" header, a total's row ("| Tổng cộng | 27.415 |") is a row of its own,
  not a continuation; read with a cell too few and its label first ("Tổng cộng | 27.415":
  OCR dropped the empty number cell), it gets the empty cell back.
Matching is on the diacritic-free key of each line (``keys``), so OCR damage to the
headers does not hide a table. HTML bold tags and Markdown emphasis are dropped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import regex

from diacritics.codes import in_step, out_of_step
from diacritics.numbers import PIPE_TABLE_ROW

NUMBER_HEADERS = {"TT", "STT", "SO TT", "SO THU TU"}
HEADER_CUES = ("NOI DUNG", "CO QUAN", "DON VI", "THOI GIAN", "GHI CHU", "KET QUA", "CHI TIEU",
               "SO LUONG", "TY LE", "THOI HAN", "CHU TRI", "PHOI HOP", "SAN PHAM")
TAB = regex.compile(r"\t")
WIDE_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
# the cell border of a table written with pipes (``numbers.PIPE_TABLE_ROW``: "| STT | Lĩnh
# vực | Tiếp nhận |"), and the cells of its Markdown rule under the header ("|---|---|")
PIPE = regex.compile(r"\s*\|\s*")
PIPE_RULE_CELL = regex.compile(r":?-+:?")  # "---", ":--", "-:" (a row all of dashes)
MARKUP = regex.compile(r"</?[A-Za-z][^>]*>|\*\*|__")
# what OCR reads for a 1 or a 0 beside a cell's border; not every look-alike a date may
# hold: a row numbered "a", "b" under TT is a sub-item, not 6
NUMBER_LOOKALIKES = str.maketrans({"I": "1", "l": "1", "|": "1", "]": "1", "[": "1",
                                   "!": "1", "O": "0", "o": "0"})
# the most characters OCR makes of a row's number in a narrow cell ("K)", "⁄Ồ", "V/")
MISREAD_NUMBER_CHARS = 3
TOTAL_LABEL = regex.compile(r"TONG(?: CONG| SO)?|CONG")  # diacritic-free keys
GROUP_LABEL = regex.compile(r"[IVXL]{1,5}\.?|[A-ZĐ]\.?")


@dataclass
class Table:
    headers: list[str]
    first_line: int
    lines: list[int] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    # line -> (first cell as read, the row's number): rows of an OCR'd table whose number,
    # short and garbled or dropped, the rows around them number in sequence
    renumbered: dict[int, tuple[str, str]] = field(default_factory=dict)

    def to_json(self, section: str) -> dict[str, Any]:
        return {"section": section, "headers": self.headers, "rows": self.rows}


def _cells(line: str, separator: regex.Pattern[str]) -> list[str]:
    line = MARKUP.sub("", line.rstrip("\n"))
    if separator is PIPE:  # the outer pipes bound the row's first and last cells
        line = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip() for c in separator.split(line.rstrip())]


def _separator(line: str) -> regex.Pattern[str] | None:
    if PIPE_TABLE_ROW.match(line) and line.count("|") >= 4:  # a header has three cells
        return PIPE
    if "\t" in line.strip(" "):
        return TAB
    if len(WIDE_GAP.findall(line)) >= 2:
        return WIDE_GAP
    return None


def _numbers_rows(header_key: str) -> bool:
    """Whether a first column's header is "TT"/"STT" (also read "TT:" or "TT.")."""
    return header_key.strip(" .:;,_") in NUMBER_HEADERS


def _row_number(cell: str) -> str:
    """A row's number as OCR read it beside a cell border: "I" or "l" for 1, "2_" for 2
    (what is left of the border beneath it) (not a group: a group's row has its other
    cells empty)."""
    read = cell.rstrip("_")
    digits = read.translate(NUMBER_LOOKALIKES)
    return digits if len(read) <= 3 and digits.isdigit() else cell


def _number_in_sequence(rows: list[list[str]]) -> None:
    """Row numbers put right where the rows around them number in sequence: between rows
    numbered ``a`` and ``b`` with as many rows between them as numbers, each row is its
    number, whatever OCR read in its first cell ("S" for 8, "5" for 3, nothing where a
    "|" or an "ầ" was dropped as a speck); so are the rows before the first number when
    it counts them ("", "g2" before a 3). A row that continues the one above it (its
    first cell empty, the row split by a page break) breaks the count, so it stays."""
    known = [(k, int(row[0])) for k, row in enumerate(rows) if row[0].isdigit()]
    if known and known[0][1] == known[0][0] + 1:
        known.insert(0, (-1, 0))
    misread = out_of_step(known)
    known = [pair for pair in known if pair not in misread]
    for (start, first), (end, last) in itertools.pairwise(known):
        if in_step((start, first), (end, last)) and end - start > 1:
            for k in range(start + 1, end):
                rows[k][0] = str(first + k - start)


def _is_header(cells: list[str], cell_keys: list[str]) -> bool:
    if len(cells) < 3:
        return False
    if _numbers_rows(cell_keys[0]):
        return True
    return sum(any(c in k for c in HEADER_CUES) for k in cell_keys) >= 2


def _unique(names: list[str]) -> list[str]:
    """Header names usable as keys: an empty one becomes "column N", a repeat gets "(2)"."""
    out: list[str] = []
    for n, name in enumerate(names, 1):
        name = name or f"column {n}"
        while name in out:
            name += " (2)"
        out.append(name)
    return out


def _key_cells(key_line: str, separator: regex.Pattern[str]) -> list[str]:
    return [regex.sub(r"\s+", " ", c) for c in _cells(key_line, separator)]


def find_tables(lines: list[str], keys: list[str], skip: set[int]) -> list[Table]:
    """Tables in ``lines`` (``keys``: their diacritic-free upper-case forms, same length;
    ``skip``: lines already taken, e.g. the header block and the signature)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        separator = None if i in skip else _separator(lines[i])
        if separator is None:
            i += 1
            continue
        cells = _cells(lines[i], separator)
        header_keys = _key_cells(keys[i], separator)
        if not _is_header(cells, header_keys):
            i += 1
            continue
        table = Table(headers=_unique(cells), first_line=i, lines=[i])
        group: str | None = None
        read: list[tuple[str | None, list[str], bool]] = []  # (group, cells, a total's?)
        # per row read: its line, its first cell as read, whether it has every cell
        read_as: list[tuple[int, str, bool]] = []
        j = i + 1
        while j < len(lines) and (j not in skip or not lines[j].strip()):
            if not lines[j].strip():
                nxt = j + 1
                while nxt < len(lines) and not lines[nxt].strip():
                    nxt += 1
                if nxt < len(lines) and nxt not in skip and len(
                        _cells(lines[nxt], separator)) >= 2:
                    j += 1
                    continue
                break
            row = _cells(lines[j], separator)
            if len(row) < 2:
                break
            table.lines.append(j)
            j += 1
            if _key_cells(keys[j - 1], separator) == header_keys:
                continue  # the header again, on the next page
            if separator is PIPE and all(PIPE_RULE_CELL.fullmatch(c) for c in row if c):
                continue
            if GROUP_LABEL.fullmatch(row[0]) and not any(row[2:]) and row[1]:
                group = f"{row[0].rstrip('.')}. {row[1]}"
                continue
            width = len(table.headers)
            read_as.append((j - 1, row[0], len(row) == width))
            if _numbers_rows(header_keys[0]):
                row[0] = _row_number(row[0])
            if len(row) > width:
                row = [*row[:width - 1], " ".join(c for c in row[width - 1:] if c)]
            # a total's row, its number cell empty, is no row split by a page break; OCR
            # may drop the empty cell, so the label stands under TT ("Tổng cộng⇥27.415")
            labels = [TOTAL_LABEL.fullmatch(c) is not None
                      for c in _key_cells(keys[j - 1], separator)[:2]]
            total = _numbers_rows(header_keys[0]) and (
                labels[:1] == [True] and len(row) < width or
                labels[1:] == [True] and not row[0])
            if total and row[0]:
                row = ["", *row]
            read.append((group, row + [""] * (width - len(row)), total))
        if _numbers_rows(header_keys[0]):
            _number_in_sequence([row for _, row, _ in read])
            table.renumbered = {
                line: (first, row[0]) for (_, row, total), (line, first, whole) in zip(
                    read, read_as, strict=True)
                if separator is TAB and whole and not total and row[0] != first
                and row[0].isdigit() and len(first) <= MISREAD_NUMBER_CHARS}
        for row_group, row, total in read:
            if not row[0] and table.rows and not total:
                previous = table.rows[-1]["cells"]
                for name, cell in zip(table.headers, row, strict=True):
                    if cell:
                        previous[name] = f"{previous[name]} {cell}".strip()
                continue
            table.rows.append({"group": row_group,
                               "cells": dict(zip(table.headers, row, strict=True))})
        tables.append(table)
        i = j
    return tables
