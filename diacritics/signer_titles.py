"""A signer's title over the signature, its marks misread.

The signature block names the signer's office in capitals on a line or a column of its
own ("CHỦ TỊCH", "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"). OCR loses a mark there now and
then, and the decoder may keep the word as read: "CHU TỊCH" (at 90, dev batch 68's
render of a decision) is two real syllables, and with nothing around it the LM's case for
"CHỦ" falls short of the sureness that replacing a real word needs. The titles are a
closed set, and written alone in capitals they are nothing else: a column whose letters,
marks aside, are a title's is that title.

Contract: ``signer_title_fixes(lines) -> [(line, start, end, title)]``; the spans of the
lines as given, each the same length as its title.
"""

from __future__ import annotations

import regex

from diacritics.syllable import strip_marks

SIGNER_TITLES = (
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
    "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ", "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG", "THƯ KÝ", "CHỦ TRÌ", "TRƯỞNG ĐOÀN", "HIỆU TRƯỞNG",
    "CHỈ HUY TRƯỞNG", "TRƯỞNG THÔN")
TITLE_BY_LETTERS = {strip_marks(title): title for title in SIGNER_TITLES}
# a column of capitals (a line's start or after a tab, to a tab or the line's end), after
# a signing authority's abbreviation if one comes first ("KT. CHỦ TỊCH")
TITLE_COLUMN = regex.compile(
    r"(?:^|(?<=\t))[ ]*(?:(?:TM|KT|TL|TUQ)\.[ ]+)?(?P<title>\p{Lu}+(?:[ ]\p{Lu}+){1,3})"
    r"[ ]*(?=\t|$)")


def signer_title_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    fixes = []
    for number, line in enumerate(lines):
        if "\t" not in line and not line.isupper():  # most lines: a title is capitals
            continue
        for match in TITLE_COLUMN.finditer(line):
            read = match.group("title")
            title = TITLE_BY_LETTERS.get(strip_marks(read))
            if title is not None and title != read and len(title) == len(read):
                fixes.append((number, *match.span("title"), title))
    return fixes
