"""A table's total row checks the figures of its columns.

A report's table often ends with a total ("Cộng", "Tổng cộng", "Tổng số"), and each
column of counts above it adds up to its figure there. When OCR misreads one digit of a
figure ("512" read "312"; "51⁄2", a fraction slash inside it), the column no longer adds
up, and the arithmetic says which figure is wrong and what it was: the one figure the OCR
engine doubted whose change of one digit, or loss of one character that is no digit,
makes the column add up again; and a total OCR read as no figure at all, its letters as
many as the sum's characters, one more or less, is the sum (not under a head of rates,
means or scores, which add up to no total). Only doubted figures change, so text as
written (a typist's sum that is off) and text without word confidences stay as they are.

A column of decimals whose comma OCR lost or misread in some figures ("2,4" read
"24", "3,1" "3/1", their total "7,3" "73") adds up once they are read with the comma its
other figures show: each of them the engine doubted takes it.

A column is checked when every row between the table's head and its total (blank lines
between them passed over) has a figure in it, counted from the right (OCR drops a row's
empty cells, so a total row whose first cell was empty has fewer cells; its figures stand
under the same columns from the right; or, where the total row lost an empty cell between
two of its figures, under the columns that hold figures in every row, as many as it has),
the rows all have as many cells as each other
(but a row one short that starts with no number beside rows that do: its number was read
as a speck and dropped), and its total has as many digits as its largest figure at least
and as many decimal places as they have. A table with rows inside a group (a row
numbered "1.1" or "A", a second total above) is not checked: its rows add up in parts;
nor one whose head is not on the page: its first rows may be on the page before.

Contract: ``sum_fixes(lines, doubted) -> [(line, start, end, figure)]``; ``lines`` as
repaired, ``doubted(line, start, end)`` whether the OCR engine doubted the figure there.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import regex

from diacritics.numbers import REPORTED_FIGURE

TOTAL_LABEL = regex.compile(r"(?i:tổng cộng|tổng số|tổng|cộng|toàn xã|toàn phường)")
FIGURE = regex.compile(REPORTED_FIGURE)
# "1.1", or a group's Roman numeral or letter ("A⇥Tổng thu", its parts' sum below it)
GROUPED_ROW = regex.compile(r"\d+\.\d|[IVX]+\.?$|[A-H]\.?$")
CELL = regex.compile(r"[^\t|]+")
ROW_NUMBER = regex.compile(r"\d+\.?")
MIN_ITEMS = 2
# a column whose total is no sum of its rows: a rate, a mean, a score
RATE_HEAD = regex.compile(r"(?i:%|tỷ lệ|tỉ lệ|bình quân|trung bình|điểm)")
# a short decimal whose comma OCR lost or read as a slash or a stop ("2,4" read "24" at
# 86, "3,1" "3/1" at 55 and "3.1" at 51, their total "7,3" "73" at 75: dev batch 68's
# column of kilometres)
COMMA_LOST = regex.compile(r"(?P<whole>\d{1,3})[/.]?(?P<places>\d{1,2})")


def _value(text: str) -> Decimal | None:
    if FIGURE.fullmatch(text) is None:
        return None
    return Decimal(text.replace(".", "").replace(",", "."))


def _digits(value: Decimal) -> int:
    return len(str(int(value)))


def _places(figure: str) -> int:
    return len(figure.partition(",")[2])


def _cells(line: str) -> list[regex.Match[str]]:
    """A table row's cells, or none for a line that is no table row (a row is set by
    tabs or by pipes)."""
    if "\t" not in line and not line.lstrip().startswith("|"):
        return []
    return [cell for cell in CELL.finditer(line) if cell.group().strip()]


def _candidates(written: str, wanted: Decimal) -> list[str]:
    """``written`` with one digit changed or one character that is no digit dropped,
    when that reads as ``wanted``."""
    found = []
    for at, char in enumerate(written):
        if char.isdigit():
            found += [written[:at] + digit + written[at + 1:] for digit in "0123456789"
                      if digit != char]
        else:
            found.append(written[:at] + written[at + 1:])
    # a zero put first is no misread digit: "102" read for 2 is no reading of "002"
    return [text for text in found if _value(text) == wanted and not (
        text[:1] == "0" and written[:1] != "0" and len(text) > 1)]


def _with_comma(text: str, places: int) -> str | None:
    """``text`` read with the decimal comma before its last ``places`` digits where OCR
    lost it or read it as a slash or a stop (``COMMA_LOST``), else None."""
    lost = COMMA_LOST.fullmatch(text)
    if lost is None or len(lost.group("places")) != places:
        return None
    return f"{lost.group('whole')},{lost.group('places')}"


def _lost_comma_fixes(cells: list[tuple[int, regex.Match[str]]],
                      doubted: Callable[[int, int, int], bool]
                      ) -> list[tuple[int, int, int, str]]:
    """A column of decimals (its figures with a comma all show one number of places) whose
    other figures, the total's among them (the last of ``cells``), read with the comma
    where OCR lost or misread it (``_with_comma``), add up where they did not: each
    such figure the OCR engine doubted takes its comma. A comma put in by chance seldom
    makes a column add up to the cent."""
    texts = [cell.group().strip() for _, cell in cells]
    shown = {_places(text) for text in texts if "," in text and FIGURE.fullmatch(text)}
    if len(shown) != 1 or (places := shown.pop()) == 0:
        return []
    read = [text if "," in text and FIGURE.fullmatch(text) else _with_comma(text, places)
            for text in texts]
    if None in read or read == texts:
        return []
    values = [_value(text) for text in read]
    as_written = [_value(text) for text in texts]
    if sum(values[:-1], Decimal(0)) != values[-1] or None not in as_written and \
            sum(as_written[:-1], Decimal(0)) == as_written[-1]:
        return []
    fixes = []
    for (number, cell), text, mended in zip(cells, texts, read, strict=True):
        if mended != text:
            start = cell.start() + cell.group().index(text)
            if not doubted(number, start, start + len(text)):
                return []
            fixes.append((number, start, start + len(text), mended))
    return fixes


def _column_fixes(rows: list[tuple[int, list[regex.Match[str]]]],
                  total: tuple[int, regex.Match[str]], at: int,
                  doubted: Callable[[int, int, int], bool], head: str = ""
                  ) -> list[tuple[int, int, int, str]]:
    """The fixes of the column of the rows' cells at ``at`` (from the right when
    negative), whose total is ``total``."""
    cells = [(number, row[at]) for number, row in rows]
    values = [_value(cell.group().strip()) for _, cell in cells]
    commas = _lost_comma_fixes([*cells, total], doubted)
    if commas:
        return commas
    if None in values:
        return []
    written_total = total[1].group().strip()
    figure_total = _value(written_total)
    added = sum(values, Decimal(0))
    if figure_total == added or figure_total is not None and (
            _digits(figure_total) < _digits(max(values)) or _places(written_total) != max(
                _places(cell.group().strip()) for _, cell in cells)):
        # a total with fewer digits than one of its parts, or other decimal places, is
        # another column's: a total row's empty cells, dropped by OCR, put its figures
        # under the wrong columns ("Cộng | 146 | | 216.300.000", a count under amounts)
        return []
    options = []
    if not any(ch.isdigit() for ch in written_total):
        if RATE_HEAD.search(head):
            return []
        return _garbled_total(total, written_total, added, [cell.group().strip()
                                                            for _, cell in cells], doubted)
    total_start = total[1].start() + total[1].group().index(written_total)
    if doubted(total[0], total_start, total_start + len(written_total)):
        options += [(total[0], total_start, total_start + len(written_total), text)
                    for text in _candidates(written_total, added)]
    if figure_total is not None:
        for (number, cell), value in zip(cells, values, strict=True):
            written = cell.group().strip()
            start = cell.start() + cell.group().index(written)
            if doubted(number, start, start + len(written)):
                options += [(number, start, start + len(written), text)
                            for text in _candidates(written, figure_total - added + value)]
    return options if len(options) == 1 else []


def _as_written(value: Decimal, parts: list[str]) -> str:
    """``value`` written as the column writes its figures: its decimal places after a
    comma, its thousands parted by stops unless a part of a thousand or more has none."""
    places = max(_places(part) for part in parts)
    whole, _, decimals = f"{value:.{places}f}".partition(".")
    unparted = any(_value(part) >= 1000 and "." not in part for part in parts)
    if not unparted:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + decimals if decimals else "")


def _garbled_total(total: tuple[int, regex.Match[str]], written_total: str, added: Decimal,
                   parts: list[str], doubted: Callable[[int, int, int], bool]
                   ) -> list[tuple[int, int, int, str]]:
    """The column's sum for a total cell OCR read as no figure at all ("577" read "ý ñ" at
    10 and 4, dev batch 63's render; read again alone, "S7"), when the engine doubted it
    and it is about as long as the sum: a cell of words is no figure's garble."""
    figure = _as_written(added, parts)
    length = len(written_total.replace(" ", ""))
    start = total[1].start() + total[1].group().index(written_total)
    if not len(figure) - 1 <= length <= len(figure) + 1 or not doubted(
            total[0], start, start + len(written_total)):
        return []
    return [(total[0], start, start + len(written_total), figure)]


def _numbered(row: list[regex.Match[str]]) -> bool:
    return ROW_NUMBER.fullmatch(row[0].group().strip()) is not None


def _lost_its_number(row: list[regex.Match[str]], numbered_widths: set[int]) -> bool:
    """Whether ``row`` is one cell short of the rows numbered beside it (their widths,
    ``numbered_widths``) and starts with no number: its number read as a speck and dropped
    ("⇥Trường Mầm non Yên Lạc⇥14⇥412", dev batch 65's render, its "1" mended later from
    the rows around it), so its figures still stand under the same columns from the
    right."""
    return numbered_widths == {len(row) + 1} and not _numbered(row)


def sum_fixes(lines: list[str], doubted: Callable[[int, int, int], bool]
              ) -> list[tuple[int, int, int, str]]:
    fixes = []
    for number, line in enumerate(lines):
        cells = _cells(line)
        if len(cells) < 2 or TOTAL_LABEL.fullmatch(cells[0].group().strip()) is None:
            continue
        figures = len(cells) - 1
        rows = []
        headed = False
        head: list[str] = []
        for above in range(number - 1, -1, -1):
            if not lines[above].strip():
                continue  # OCR puts a blank line between rows now and then
            row = _cells(lines[above])
            if not row:
                break
            if not any(FIGURE.fullmatch(cell.group().strip()) for cell in row[-figures:]):
                headed = True  # the table's head
                head = [cell.group().strip() for cell in row]
                break
            rows.append((above, row))
        numbered_widths = {len(row) for _, row in rows if _numbered(row)}
        widths = {len(row) for _, row in rows if not _lost_its_number(row, numbered_widths)}
        if not headed or len(rows) < MIN_ITEMS or len(widths) != 1 or \
                widths.pop() <= figures or any(
                GROUPED_ROW.match(row[0].group().strip()) or
                TOTAL_LABEL.fullmatch(row[0].group().strip()) for _, row in rows):
            continue
        for column, at in enumerate(_figure_columns(rows, figures), start=1):
            fixes += _column_fixes(rows, (number, cells[-column]), at, doubted,
                                   head[at] if -len(head) <= at < len(head) else "")
    return fixes


def _figure_column(rows: list[tuple[int, list[regex.Match[str]]]], at: int) -> bool:
    return all(FIGURE.fullmatch(text := row[at].group().strip()) or COMMA_LOST.fullmatch(text)
               for _, row in rows)


def _figure_columns(rows: list[tuple[int, list[regex.Match[str]]]], figures: int) -> list[int]:
    """Where the total row's figures stand in the rows, its last first: under the rows'
    last cells, counted from the right; or, where a cell of those holds no figure in some
    row and the rows are all as wide, under the columns that hold figures in every row
    (the row number aside), in order, when there are as many: the total row's empty cells
    between them were dropped ("Cộng⇥7,3⇥20" under rows "1⇥Bến đò - cầu Trà Khúc⇥2,4⇥Công
    an xã⇥8", dev batch 68's table of patrols)."""
    from_right = [-column for column in range(1, figures + 1)]
    widths = {len(row) for _, row in rows}
    if all(_figure_column(rows, at) for at in from_right) or len(widths) != 1:
        return from_right
    columns = [at for at in range(1, widths.pop()) if _figure_column(rows, at)]
    return columns[::-1] if len(columns) == figures else from_right
