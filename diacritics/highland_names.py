"""Names of the Central Highlands, which OCR reads against Vietnamese spelling.

Place names of Gia Lai and Kon Tum start with "Ia" (a river: "xã Ia Grai", "Ia Pa"), whose
capital I OCR reads as a small l ("la Grai" on a photo of a new decision): "la" before a
capitalised word is "Ia" when the lexicon never has the pair with "la" and either has it
with "ia" or the name starts its line or follows the unit it names ("xã la Dơm", our OCR
of a new document's minutes, three times; a small "la", to shout or a mule, is seldom
followed by a name).

Women's names of the Ê Đê and Jarai start with "H'" ("Ksor H'Nhung", "Bà H'Liên"), whose
thin apostrophe OCR loses ("Ksor H Nhung"): a lone H between a family name of the
Highlands or a woman's title and a capitalised word is "H'" again. Read glued after
them or before such a family name ("Bà HYâo Byă", both renders of a new plan; a
signature's "HNguyên Byă"), it is "H'" and the word
(``glued_h_name``; elsewhere such a word is garble: the English model's "HOi dong",
"HGi đồng" for Hội đồng), read as an F ("Ksor HFBia") it is "'" again, and read apart
after the H ("Bà H 'Yâo"), the apostrophe is the name's (``parted_after_h``; before a
small letter an apostrophe is a speck). ``api`` makes the first and the last, which
change the line's length.

Contract: ``highland_fixes(line, known_pair) -> [(start, end, replacement)]``, each the
length of what it replaces; ``known_pair(a, b)`` says whether the lexicon has the
lower-case pair. ``glued_h_name(previous, word, following)`` -> the name's letters or None;
``parted_after_h(previous, word) -> bool``.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

IA_READ_LA = regex.compile(r"(?<![\p{L}'’])la(?= (?P<next>\p{Lu}\p{Ll}*)(?![\p{L}']))")
PLACE_START = regex.compile(
    r"(?:^[\s\-–.,:;'\"]*|(?<!\p{L})(?i:xã|xa|làng|lang|thôn|thon|buôn|buon|plei|huyện|huyen"
    r"|suối|suoi|sông|song) )$")
H_APART = regex.compile(r"(?<=(?<![\p{L}'’])(?P<before>\p{L}+) )H (?=\p{Lu}\p{Ll})")
# ... and its apostrophe read as a letter or stroke of like shape ("Ksor HFBia", a new
# letter's): the same length, so mended here
H_MARK_MISREAD = regex.compile(
    r"(?<=(?<![\p{L}'’])(?P<before>\p{L}+) H)(?P<mark>[Ff|`´])(?=\p{Lu}\p{Ll})")
# family names of the Ê Đê, Jarai, Bahnar and M'nông (as the second word of two: "Rơ
# Mah", "Rơ Chăm", "Niê Kđăm")
HIGHLAND_FAMILY_NAMES = frozenset("""
    niê ksor siu mah kpă mlô byă êban hwing êung adrơng nay chăm rcăm hđơk ayŭn yă
    kbuôr kđăm mjâu bkrông ktla rahlan puih kpơr rmah rơlan êya êñuôl knul
    """.split())
WOMENS_TITLES = frozenset({"bà", "chị", "cô", "em", "cháu", "mẹ"})
H_GLUED = regex.compile(r"H\p{Lu}\p{Ll}+(?=[,;.:)]*$)")


def glued_h_name(previous: str, word: str, following: str = "") -> str | None:
    """The letters of ``word`` ("HYâo,": "HYâo") when it is a woman's name whose
    apostrophe OCR lost, after a woman's title or a family name of the Highlands, or
    before such a family name (a signature's "HNguyên Byă", a new notice's render)."""
    glued = H_GLUED.match(word)
    return glued.group() if glued and (
        _before_womans_name(previous) or following.lower() in HIGHLAND_FAMILY_NAMES) else None


def parted_after_h(previous: str, word: str) -> bool:
    """Whether ``word`` ("'Yâo") is the rest of a woman's name OCR parted after its H."""
    return previous == "H" and word[:1] == "'" and word[1:2].isupper()


def highland_fixes(line: str, known_pair: Callable[[str, str], bool]
                   ) -> list[tuple[int, int, str]]:
    fixes = []
    for la in IA_READ_LA.finditer(line):
        following = la.group("next").lower()
        if (known_pair("ia", following) or PLACE_START.search(line, 0, la.start())) and \
                not known_pair("la", following):
            fixes.append((la.start(), la.end(), "Ia"))
    for h in H_APART.finditer(line):
        if _before_womans_name(h.group("before")):
            fixes.append((h.start(), h.end(), "H'"))
    for h in H_MARK_MISREAD.finditer(line):
        if _before_womans_name(h.group("before")):
            fixes.append((h.start("mark"), h.end("mark"), "'"))
    return fixes


def _before_womans_name(word: str) -> bool:
    """Whether ``word`` is a woman's title or a family name of the Highlands, which a
    woman's "H'" name may follow."""
    return word.lower() in WOMENS_TITLES or word.lower() in HIGHLAND_FAMILY_NAMES
