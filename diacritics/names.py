"""One spelling per proper name within a document.

A report names its commune, district and people several times: in the upper-case header,
the place line, the body and the signature. OCR misreads the marks of one occurrence
("Nghỉ Lộc" among "Nghi Lộc", "NGHI LỘC"), and the language model knows few such names,
so it can also "correct" a right one. Within one document, for each pair of adjacent
capitalised words that is used as a name (written capitalised inside a sentence at least
once and never in lower case):
- the right spelling is the one the lexicon knows (place names are in it) when exactly one
  spelling in the document is known, or when two are and it has exactly one of them with
  a word beside the name in the document ("xã Đinh Trang", not "Định Trang": the LM has
  "định trang" from "quy định trang phục"); otherwise a clear majority (two occurrences at least
  and twice as many as any other spelling of the same letters; of the known spellings
  when two or more are known);
- other spellings are set to it, and occurrences of it are protected from the decoder;
  but a majority the lexicon does not know, with a word that is no syllable, while it
  knows the pair's letters with other marks, is a misreading repeated ("Thuy Hương" in
  the header and the place line, both printed "Thụy Hương"): the decoder spells it.
  Without a majority, the spelling of the header's unit name in capitals ("XÃ KHE MÓI")
  is taken when it is as common as any: Tesseract reads a name's rare syllable as the
  commoner word in the text ("Khe Mới").
A pair right after a family name belongs to that person: "Lê Thị Tám" and "Nguyễn Thị
Tâm" are two people, not one name spelt two ways.

The signer's name under the signature block is seen once, so no majority helps. Its first
word is a family name, from a short closed list; when OCR gave it other marks ("Định Công
Tráng" for "Đinh Công Tráng", "Lễ Văn Hùng" for "Lê Văn Hùng") and exactly one family
name has those letters, that one is taken. The name may stand in a column of its own
beside another (a tab or three spaces and more apart): "- Lưu: VT.⇥Đinh Văn Hải" beside
the last recipient, "Trần Thị Kim Oanh⇥K' Brơi" under a minutes' two titles.

In text without marks (stripped or legacy) the decoder spells each occurrence on its
own, and a place line ("Thanh Hoa, ngay ...") has little context: it may read another
commune ("Thạnh Hòa"). The occurrence after its unit word ("tinh Thanh Hoa") is read with
the unit in view, so its spelling is given to the other occurrences. The header's unit
name ("XÃ PHƯỚC HỮU") also mends, once the text is decoded, its mentions that the decoder
kept as written because they are no syllable ("Phuodc Hữu, ngày ...").

Contract: ``name_spellings(lines, known_pair, misread, known_triple) -> (fixes,
protected)``: ``known_pair(a, b)`` says whether the lexicon has the lower-case pair,
``known_triple(a, b, c)`` the same of three words, ``misread(a, b)``
whether a word of it is no syllable and the lexicon has its letters with other marks;
spans are (line, start, end) of a word; a fix changes marks only, so in NFC the word
keeps its length. ``signer_surname_fixes(
lines) -> fixes`` and ``anchored_place_fixes(lines, decoded) -> fixes`` likewise;
``unit_name_fixes(lines, valid) -> [(line, start, end, word)]``, whose words may change
length.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.syllable import fold, strip_marks

WORD = regex.compile(r"\p{L}+")
MIN_MAJORITY = 2
# the sexagenary names of lunar years ("Tết Nguyên đán Đinh Mùi"; a Tết notice names the
# old year and the new), which the LM's text seldom holds: a spelling of the document
# that is one of them is known, as a place name is ("năm Định Mùi" beside "Đinh Mùi" in
# both renders of a new notice). In the LM they were tried and left out (lexicon/SOURCES.md)
_STEMS = "giáp ất bính đinh mậu kỷ canh tân nhâm quý".split()
_BRANCHES = "tý sửu dần mão thìn tỵ ngọ mùi thân dậu tuất hợi".split()
YEAR_NAMES = frozenset(
    fold(f"{stem} {spelling}") for n, stem in enumerate(_STEMS)
    for m, branch in enumerate(_BRANCHES) if n % 2 == m % 2
    for spelling in ([branch, "tị"] if branch == "tỵ" else [branch]))
# the commonest Vietnamese family names (lower case, old tone placement); the Thai
# names of the north-west too, whose letters are those of another (Tòng, Vì, Lường: a
# signer so named is not a misread Tống, Vi, Lương), the Cham name Đàng (not Đặng) and
# the Khmer names Danh and Sơn ("Danh Thị Kim Ngân", not "Đánh" in a new report's garble),
# the Dao name Phàn (a new notice's signer "Phàn Thị Mẩy" had become "Phan"), and the
# H'Mông and Dao names of the north ("Giàng A Chu" had become "Giang Xã Chư" in dev batch
# 12's garble; the Dao Tẩn is left out, its letters being Tân's, a place name's word),
# the Xtiêng and Mnông Điểu and the Cham Thập ("Điểu Lên", "Thập Thị Nga" had become
# "Điều", "Tháp" in dev batches 21-22's garble; the Cham Quảng is left out, its letters
# being Quang's, a place name's word), and the Tày Lộc (a new decision's table cell
# "Lôc Văn Pản" had become "Lốc")
SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trương
lương lâm mai trịnh đào cao hà tạ chu lưu kiều tô quách thái triệu phùng vương hứa lại
khổng tăng lục nông lò giáp thân âu la lã mạc tống diệp đàm đồng nghiêm ông vi hầu bế ninh
doãn khúc kim từ quan châu phí tôn nhữ quàng sầm tào lạc mẫn ứng thạch tòng vì lường đàng
danh sơn phàn giàng sùng thào vừ mùa hờ lầu vàng chảo điểu thập lộc
""".split())
# the commonest middle names, men's and women's ("Nguyễn Văn An", "Lê Thị Hà"), and the
# "A" of H'Mông men's names ("Giàng A Chu")
MIDDLE_NAMES = frozenset("""
văn thị hữu đức đình công quốc bá thế trọng khắc viết xuân ngọc minh thanh kim hồng quang
duy a
""".split())
# the middle names of H'Mông men ("Vàng Mí Chứ", "Sùng Seo Dính"), after the family name,
# which is as written: "Ly Mí Sính" (no Lý, as the family is also written) signed a new
# report
HMONG_MIDDLES = frozenset({"Mí", "Seo"})
# the H'Mông clans, as family names are written ("Giàng", "Sùng", "Ly" or "Lý"); after one
# and a middle name ("Thị", "Mí", "Seo", "A"), the given name is the H'Mông name as
# written, often no Vietnamese syllable ("Giàng Thị Sua", a new decision's table, had
# become "Sửa")
HMONG_FAMILY_NAMES = frozenset("""
    Giàng Sùng Thào Vừ Mùa Mua Hờ Lầu Vàng Hầu Lý Ly Lồ Cứ Tráng Chá Hạng Khang
    """.split())
HMONG_NAME_MIDDLES = HMONG_MIDDLES | {"Thị", "A"}
# a person's title, which text without marks writes before a name ("Ba Lo Thi Pom": Bà)
TITLES = frozenset({"bà", "ông"})
SURNAME_BY_LETTERS: dict[str, list[str]] = defaultdict(list)
for _surname in SURNAMES:
    SURNAME_BY_LETTERS[strip_marks(_surname)].append(_surname)
# a person's name on a line (or in a column) of its own: two to four capitalised words
NAME_LINE = regex.compile(r"^\s*(\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}+){1,3}\s*$")
# the signer's title, some lines above the name (a minutes' secretary's and chair's too)
SIGNER_TITLE = regex.compile(r"\b(?:CHU TICH|GIAM DOC|TRUONG BAN|TRUONG PHONG|BI THU|"
                             r"CHANH VAN PHONG|THU KY|CHU TRI|TM\.|KT\.)")
# two columns read as one line: a tab (our OCR sets one at a column's gap) or three
# spaces and more (a layout-preserving text layer)
COLUMN_GAP = regex.compile(r"\t|\s{3,}")
SIGNATURE_REACH = 8  # lines between the title and the name
# what introduces a person's name: a title or a form's label ("Ông", "đồng chí",
# "Đ/c", "Người ký:"), at the end of the text before the name
PERSON_TITLE = regex.compile(r"(?:^|[^\p{L}/])(?:ông|bà|anh|chị|cô|thầy|cụ|cháu|em|đồng chí|"
                             r"đ/c|người ký|họ và tên|họ tên):?\s$", regex.IGNORECASE)
# a name that starts a line, after a list's mark or none: followed by its position or
# the line's end ("- Nguyễn Văn An, Phó Chủ tịch UBND xã;", "Trần Thị Hoa - Kế toán"),
# not by a date (the place line "Hà Nội, ngày 5 tháng 3 năm 2026")
NAME_START = regex.compile(r"\s*(?:[-+•]\s*|\d{1,2}[.)]\s*|\p{Ll}\)\s*)?")
NAME_END = regex.compile(r"\s*(?:$|[;:(]|,(?!\s*ngày)|-\s)", regex.IGNORECASE)
# a name alone in a column: the line's start or a column's gap before, the end or a
# gap after
COLUMN_START = regex.compile(r"(?:^|\t|\s{3})\s*$")
NAME_ALONE = regex.compile(r"\s*$|\t|\s{3}")
# the last word of an administrative unit before its name ("thị trấn", "thành phố")
PLACE_UNITS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố"})


# a capitalised word that starts the title of a law, not a name: "Căn cứ Luật Tổ chức
# chính quyền địa phương" read "Luật Tố chức" (a Times-like font's hook read as an acute)
# had been kept, as the lexicon knows the pair "luật tố" (Luật Tố cáo, Luật Tố tụng)
TITLED_HEADS = frozenset({"luật"})


@dataclass(frozen=True)
class NameFix:
    line: int
    start: int
    end: int
    original: str
    right: str  # the majority spelling of the word: lower case, old tone placement


class _Word(NamedTuple):  # a tuple: every word of a document makes one
    line: int
    start: int
    end: int
    text: str


def _pairs(lines: list[str]) -> Iterator[tuple[_Word, _Word, bool, str] | tuple[str, str]]:
    """Adjacent word pairs separated by one space: (first, second, inside a sentence,
    family) when both are capitalised, ``family`` the letters of the family name right
    before them (lower case; "" if none); the two words alone when both are in lower
    case (a name is never so written); no other pair."""
    for number, line in enumerate(lines):
        words = list(WORD.finditer(line))
        for n in range(len(words) - 1):
            a, b = words[n], words[n + 1]
            if line[a.end():b.start()] != " ":
                continue
            first, second = a.group(), b.group()
            if first.islower() and second.islower():
                yield first, second
            elif first[0].isupper() and second[0].isupper():
                before = line[:a.start()].rstrip()
                inside = bool(before) and not before.endswith((".", ":", ";", "!", "?"))
                previous = words[n - 1] if n else None
                family = strip_marks(previous.group()).lower() if previous and \
                    line[previous.end():a.start()] == " " and _family_name(previous.group()) \
                    else ""
                yield (_Word(number, a.start(), a.end(), first),
                       _Word(number, b.start(), b.end(), second), inside, family)


def _family_name(word: str) -> bool:
    """Whether ``word`` is a capitalised family name ("Nguyễn", "LÊ")."""
    return word[0].isupper() and fold(word).lower() in SURNAMES


def _key(a: str, b: str) -> str:
    return strip_marks(f"{a} {b}").lower()


def _is_title(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def name_spellings(lines: list[str], known_pair: Callable[[str, str], bool],
                   misread: Callable[[str, str], bool] = lambda a, b: False,
                   known_triple: Callable[[str, str, str], bool] = lambda a, b, c: False
                   ) -> tuple[list[NameFix], set[tuple[int, int, int]]]:
    # a pair's key: (the family name before it, or ""; the pair's letters)
    spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    occurrences: dict[tuple[str, str], list[tuple[_Word, _Word]]] = defaultdict(list)
    named: set[tuple[str, str]] = set()
    lower_pairs: list[tuple[str, str]] = []
    issuer = _header_unit_pairs(lines)
    for pair in _pairs(lines):
        if len(pair) == 2:
            lower_pairs.append(pair)
            continue
        a, b, inside, family = pair
        # a pair after a family name is that person's: "Lê Thị Tám" and "Trần Thị Tâm"
        # are two people, not one name spelt two ways
        key = (family, _key(a.text, b.text))
        if inside and _is_title(a.text) and _is_title(b.text) and \
                a.text.lower() not in TITLED_HEADS:
            named.add(key)
        spellings[key][fold(f"{a.text} {b.text}").lower()] += 1
        occurrences[key].append((a, b))
    # a pair written in lower case too is no name; only the first words of names are
    # looked at (most pairs of a document are in lower case)
    firsts = {letters.split(" ")[0] for _, letters in named}
    lowered = {_key(a, b) for a, b in lower_pairs if strip_marks(a) in firsts}
    proposals: dict[tuple[int, int, int], set[str]] = defaultdict(set)
    protected: set[tuple[int, int, int]] = set()
    for key in named:
        if key[1] in lowered:
            continue
        ranked = spellings[key].most_common()
        known = [(s, c) for s, c in ranked if s in YEAR_NAMES or known_pair(*s.split(" "))]
        known_pairs = {s for s, _ in known}
        if len(known) > 1:
            # both spellings are pairs the lexicon has ("định trang" of "quy định trang
            # phục"): the one it has with a neighbour of the name in this document
            # ("xã Đinh Trang Thượng", twice read "Định" beside the header's "ĐINH")
            in_context = [(s, c) for s, c in known
                          if _seen_beside(lines, occurrences[key], s, known_triple)]
            known = in_context if len(in_context) == 1 else known
        if len(known) == 1:
            best = known[0][0]  # the spelling the lexicon knows ("Nghi Lộc", a place)
        else:
            # none known, or two ("Mai Hoa" eight times, "Mại Hoa" once; the news pairs
            # know both): a clear majority of the document's spellings, else the decoder
            (best, count), *rest = known or ranked
            if count < MIN_MAJORITY or (rest and count < 2 * rest[0][1]):
                # no majority: the header's unit name, as its capitals spell it, if that
                # is as common as any ("XÃ KHE MÓI" twice in a new decision's header,
                # "Khe Mới" three times in its text, Tesseract's commoner word)
                best = next((s for s, c in known or ranked if c == count and s in issuer),
                            "")
                if not best:
                    continue
            if not known and misread(*best.split(" ")):
                continue  # "Thuy Hương" twice, header and place line: "Thụy Hương"
        best_words = best.split(" ")
        for a, b in occurrences[key]:
            # a spelling the lexicon knows with this occurrence's own neighbour, where it
            # does not know the majority's, is a word or name of its own: "Vụ Đông Xuân",
            # the crop, in the report of xã Đồng Xuân (a held-out dev report's had become
            # "Vụ Đồng Xuân"); "xã Quang Tiến" against "xã Quảng Tiến" is one name
            written = fold(f"{a.text} {b.text}").lower()
            own = written != best and written in known_pairs and any(
                _known_with(n, written, known_triple) and not _known_with(n, best, known_triple)
                for n in _neighbours(lines, a, b))
            for word, right in zip((a, b), best_words, strict=True):
                span = (word.line, word.start, word.end)
                if own or fold(word.text).lower() == right:
                    protected.add(span)
                else:
                    proposals[span].add(right)
    fixes = []
    for (line, start, end), rights in sorted(proposals.items()):
        if len(rights) != 1 or (line, start, end) in protected:
            continue  # two names disagree about this word: leave it to the decoder
        fixes.append(NameFix(line, start, end, lines[line][start:end], rights.pop()))
        protected.add((line, start, end))
    return fixes, protected


def _header_unit_pairs(lines: list[str]) -> set[str]:
    """The pairs of adjacent words (folded, in lower case) of the header's unit name
    (``UNIT_HEADER``; its line may go on in a column of its own, the motto)."""
    names = [m.group("name").split() for line in lines[:HEADER_LINES]
             if (m := UNIT_HEADER.match(line.split("\t")[0]))]
    return {fold(f"{a} {b}").lower() for name in names for a, b in pairwise(name)}


def _seen_beside(lines: list[str], occurrences: list[tuple[_Word, _Word]], spelling: str,
                 known_triple: Callable[[str, str, str], bool]) -> bool:
    """Whether ``known_triple`` has ``spelling`` (a pair, folded, lower case) with the word
    a space before or after one of its ``occurrences``."""
    return any(_known_with(n, spelling, known_triple)
               for a, b in occurrences for n in _neighbours(lines, a, b))


def _neighbours(lines: list[str], a: _Word, b: _Word) -> list[tuple[str, str]]:
    """The words a space before and after the pair ``a b``, folded and in lower case, as
    ("before", word) and ("after", word)."""
    line = lines[a.line]
    before = regex.search(r"(\p{L}+) $", line[:a.start])
    after = regex.match(r" (\p{L}+)", line[b.end:])
    return [*((("before", fold(before.group(1)).lower()),) if before else ()),
            *((("after", fold(after.group(1)).lower()),) if after else ())]


def _known_with(neighbour: tuple[str, str], spelling: str,
                known_triple: Callable[[str, str, str], bool]) -> bool:
    """Whether ``known_triple`` has ``spelling`` (a pair) with ``neighbour``
    (``_neighbours``' side and word)."""
    side, word = neighbour
    first, second = spelling.split(" ")
    return known_triple(word, first, second) if side == "before" else \
        known_triple(first, second, word)


def person_name_words(lines: list[str], is_word: Callable[[str], bool]
                      ) -> set[tuple[int, int, int]]:
    """The spans (line, start, end) of the real words (``is_word`` of the lower-case
    word) of people's names written where a name is expected: after a person's title
    ("ông", "bà", "đồng chí", "Người ký:"), as a list item ("- Nguyễn Văn An, Phó Chủ
    tịch") or alone on a line or in a column (the signer). A name is two to four words
    capitalised alike (Title case or capitals), the first a family name. Given names
    are free: "Lê Văn Cẩn", "Nguyễn Thị Sim" and "Đỗ Văn Dậu" are right, and the
    language model, which knows "bản", "kim" and "dâu" far better, had "corrected" them
    (8 names in three samples of 600 from JVnSegmenter's list in report sentences,
    ``bench/dev_names.py``; none of the dev pages' words changed with the rule). A
    misread name that is no word is still repaired, and ``name_spellings`` still evens
    out a document's spellings of one name."""
    spans: set[tuple[int, int, int]] = set()
    for number, line in enumerate(lines):
        words = list(WORD.finditer(line))
        past = 0  # the words before it are in a name already
        for n, word in enumerate(words):
            # a name starts at a family name, also right after a title in the same case
            # ("Bà Nguyễn Thị Hoa")
            text = word.group()
            if n < past or not _family_name(text):
                continue
            run = [word]
            while n + len(run) < len(words) and _same_name(line, run[-1], words[n + len(run)]):
                run.append(words[n + len(run)])
            before, after = line[:word.start()], line[run[-1].end():]
            if 2 <= len(run) <= 4 and (
                    PERSON_TITLE.search(before) or (
                        NAME_START.fullmatch(before) and NAME_END.match(after)) or (
                        COLUMN_START.search(before) and NAME_ALONE.match(after))):
                spans.update((number, w.start(), w.end()) for w in run
                             if is_word(fold(w.group()).lower()))
                past = n + len(run)
    return spans


def _same_name(line: str, a: regex.Match[str], b: regex.Match[str]) -> bool:
    """Whether ``b`` goes on with the name ``a`` is in: one space apart, both in Title
    case or both in capitals."""
    x, y = a.group(), b.group()
    return line[a.end():b.start()] == " " and (
        (_is_title(x) and _is_title(y)) or (x.isupper() and y.isupper()))


def anchored_place_fixes(lines: list[str], decoded: Callable[[int, int, int, str], str]
                         ) -> list[NameFix]:
    """Text without marks: the spelling a place name took after its unit word ("tinh
    Thanh Hoa" -> "tỉnh Thanh Hóa", where the unit decides), for its other occurrences
    ("Thanh Hoa, ngay ..." had read "Thạnh Hòa", another commune). ``decoded(line,
    start, end, word)`` is the first pass's reading of a word of ``lines``. Only when all
    anchored occurrences agree."""
    anchored: dict[str, set[str]] = defaultdict(set)
    loose: dict[str, list[tuple[_Word, _Word, str]]] = defaultdict(list)
    for number, line in enumerate(lines):
        words = [_Word(number, m.start(), m.end(), m.group()) for m in WORD.finditer(line)]
        for n in range(len(words) - 1):
            a, b = words[n], words[n + 1]
            # a heading in capitals ("UBND TINH THANH HOA") shows no case, so its reading
            # anchors nothing ("TỈNH THÀNH HÒA" read as in "các tỉnh thành"): it follows
            capitals = a.text.isupper() and b.text.isupper() and min(
                len(a.text), len(b.text)) >= 2
            if line[a.end:b.start] != " " or not (
                    capitals or (_is_title(a.text) and _is_title(b.text))):
                continue
            spelled = " ".join(fold(decoded(number, w.start, w.end, w.text)).lower()
                               for w in (a, b))
            before = words[n - 1] if n else None
            unit = not capitals and before is not None and line[before.end:a.start] == " " \
                and fold(decoded(number, before.start, before.end, before.text)).lower() \
                in PLACE_UNITS
            key = _key(a.text, b.text)
            if unit:
                anchored[key].add(spelled)
            else:
                loose[key].append((a, b, spelled))
    fixes = []
    for key, spellings in anchored.items():
        if len(spellings) != 1:
            continue
        right = next(iter(spellings))
        for a, b, spelled in loose[key]:
            if spelled != right:
                fixes.extend(NameFix(w.line, w.start, w.end, w.text, r)
                             for w, r in zip((a, b), right.split(" "), strict=True))
    return fixes


# the issuer's unit in the header, in capitals ("XÃ PHƯỚC HỮU"), which the place line
# and the text name again
UNIT_HEADER = regex.compile(r"^\s*(?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|TỈNH|THÀNH PHỐ)\s+"
                            r"(?P<name>\p{Lu}+(?: \p{Lu}+){0,3})\s*$")
HEADER_LINES = 8


def unit_name_fixes(lines: list[str], valid: Collection[str]
                    ) -> list[tuple[int, int, int, str]]:
    """Text without marks, once decoded: (line, start, end, the word) for each word of a
    capitalised name that is the header's unit name ("XÃ PHƯỚC HỮU") garbled past what the
    decoder reads: no syllable (``valid``), its first letter the name word's, its letters
    at most one edit off that word's (two where either has four letters). The English model's
    "Phuodc Hitu, ngày 17 ..." in a new letter's place line had stayed "Phuodc Hữu", a
    capitalised non-syllable being kept as a foreign word or name; so had "Long Hytu"."""
    names = {tuple(m.group("name").split()) for line in lines[:HEADER_LINES]
             if (m := UNIT_HEADER.match(line))}
    fixes = []
    for name in names:
        letters = [strip_marks(word.lower()) for word in name]
        for number, line in enumerate(lines):
            words = list(WORD.finditer(line))
            for n in range(len(words) - len(name) + 1):
                run = words[n:n + len(name)]
                if any(line[a.end():b.start()] != " " for a, b in pairwise(run)) or \
                        not all(w.group()[0].isupper() for w in run):
                    continue
                near = []
                for word, right, right_letters in zip(run, name, letters, strict=True):
                    text = word.group()
                    if fold(text.lower()) == fold(right.lower()):
                        continue
                    own = strip_marks(text.lower())
                    if fold(text.lower()) in valid or own[0] != right_letters[0] or \
                            Levenshtein.distance(own, right_letters) > (
                                2 if max(len(own), len(right_letters)) >= 4 else 1):
                        break
                    spelled = right if text.isupper() else right[0] + right[1:].lower()
                    near.append((number, word.start(), word.end(), spelled))
                else:
                    fixes.extend(near)
    return fixes


def columns(line: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each column of a line, left to right; the whole line when it has
    no column gap."""
    start = 0
    for gap in COLUMN_GAP.finditer(line):
        yield start, line[start:gap.start()]
        start = gap.end()
    yield start, line[start:]


def signer_surname_fixes(lines: list[str]) -> list[NameFix]:
    fixes = []
    for number, line in enumerate(lines):
        for offset, column in columns(line):
            m = NAME_LINE.match(column)
            if m:
                fixes.extend(_surname_fix(lines, number, offset + m.start(1), m.group(1),
                                          column.strip()))
    return fixes


def _surname_fix(lines: list[str], number: int, start: int, first: str,
                 name: str) -> list[NameFix]:
    """The fix of a name's first word when it is a family name's letters with other
    marks and a signer's title is some lines above; not when the document writes the
    whole name so elsewhere too ("Ông Tòng Văn Khánh, Giám đốc" in a minutes' body: Tòng
    is a family name of its own, not a misread Tống), nor its first word before another
    name's words ("Chau Sóc Kha" in a new report's body, a Khmer family name, and its
    signer "Chau Sóc Thươl", which had become "Châu"), nor an H'Mông man's
    (``HMONG_MIDDLES``)."""
    lower = fold(first).lower()
    letters = strip_marks(lower)
    if lower in SURNAMES or len(SURNAME_BY_LETTERS.get(letters, ())) != 1 or \
            name.split()[1] in HMONG_MIDDLES:
        return []
    first_before_name = regex.compile(rf"(?<!\p{{L}}){regex.escape(first)} \p{{Lu}}")
    if any(name in text or first_before_name.search(text)
           for k, text in enumerate(lines) if k != number):
        return []
    above = lines[max(0, number - SIGNATURE_REACH):number]
    if not any(SIGNER_TITLE.search(strip_marks(text)) for text in above):
        return []
    return [NameFix(number, start, start + len(first), first, SURNAME_BY_LETTERS[letters][0])]
