"""The year of a document's date, one digit misread, told by the years its text names.

The header's place and date ("Vĩnh Hưng, ngày 20 tháng 10 năm 2037") gives the document
its date, and OCR misreads a digit of the year now and then: "2057" at 75 (dev batch 68's
render of a report whose text names 2037 four times). Nothing in the line says so, but
the text does: a report, plan or decision names its own year, or the year before or after
it, and a date twenty years off every year the text names is a misread. A year the OCR
engine doubted is the text's commonest year (named ``MIN_NAMED`` times or more, more
than any other) when it is that year with one digit changed in its tens or hundreds, and
no year the text names lies within ``NEAR_YEARS`` of it. A digit of the units is never
changed that way: a report dated 2026 that cites a law of 2022 is as likely as a misread 6.

Contract: ``header_year_fixes(lines, doubted) -> [(line, start, end, year)]``;
``doubted(line, start, end)`` whether the OCR engine doubted the year there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from diacritics.names import HEADER_LINES

# the place and date line: a place, then the date; in the header's first lines
PLACE_DATE = regex.compile(
    r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?P<year>(?:19|20)\d{2})(?!\d)")
YEAR = regex.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")
MIN_NAMED = 2
NEAR_YEARS = 9


def header_year_fixes(lines: list[str], doubted: Callable[[int, int, int], bool]
                      ) -> list[tuple[int, int, int, str]]:
    found = next(((n, date) for n, line in enumerate(lines[:HEADER_LINES])
                  if (date := PLACE_DATE.search(line)) is not None), None)
    if found is None:
        return []
    number, date = found
    start, end = date.span("year")
    read = date.group("year")
    if not doubted(number, start, end):  # most headers: asked before the text is read
        return []
    named = Counter(m.group() for n, text in enumerate(lines) for m in YEAR.finditer(text)
                    if (n, m.start()) != (number, start))
    if not named:
        return []
    (year, count), *others = named.most_common(2)
    if others and others[0][1] == count:  # no year the text names most
        return []
    differ = [at for at in range(4) if year[at] != read[at]]
    if count < MIN_NAMED or differ not in ([1], [2]) or any(
            abs(int(other) - int(read)) <= NEAR_YEARS for other in named):
        return []
    return [(number, start, end, year)]
