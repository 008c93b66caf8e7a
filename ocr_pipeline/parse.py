"""Stage 5, parse: the administrative structure of a Vietnamese document.

Contract: ``parse_text(text) -> Parsed`` with
- ``document``: metadata per Nghị định 30/2020/NĐ-CP: issuer, number, symbol, year,
  place, date (ISO; "YYYY-MM" when the day is blank), type, subject, addressees,
  legal bases, recipients, signer (the document's own) and signers (every signature:
  minutes carry two or three side by side, each title over its name);
- ``sections``: a tree of {label, title, level, text, area, children}; the text before
  the first heading is a node with an empty label;
- ``tables``: tables in the text as header and rows, each with the label path of the
  section it sits in (``table_rows.py``);
- ``entities``: references, dates, percentages, scores, counts, amounts (``entities.py``).
Keywords and heading markers are matched on the diacritic-free, upper-cased form of a
line, so damaged OCR ("|." for "I.", "BAO CAO", "Noi nhan") still parses. Page furniture
(lone page numbers) is dropped. Never raises on any text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import regex

from diacritics.codes import ETH, TYPE_BY_LETTERS, fix_code, roman_value, to_roman
from diacritics.names import columns
from diacritics.numbers import TO_DIGITS  # "ngày 2l tháng": letters OCR reads for digits
from diacritics.syllable import nfc, strip_marks
from ocr_pipeline import __version__, entities
from ocr_pipeline.models import StageRecord
from ocr_pipeline.table_rows import Table, find_tables

# the type a symbol's first part abbreviates (Nghị định 30/2020/NĐ-CP, Phụ lục III): the
# type of a document whose type line is missing or unread ("Số: 4851/KH-UBND" is a plan)
SYMBOL_TYPES = {"NQ": "NGHỊ QUYẾT", "QĐ": "QUYẾT ĐỊNH", "CT": "CHỈ THỊ", "QC": "QUY CHẾ",
                "QyĐ": "QUY ĐỊNH", "TB": "THÔNG BÁO", "HD": "HƯỚNG DẪN", "CTr": "CHƯƠNG TRÌNH",
                "KH": "KẾ HOẠCH", "PA": "PHƯƠNG ÁN", "ĐA": "ĐỀ ÁN", "DA": "DỰ ÁN",
                "BC": "BÁO CÁO", "BB": "BIÊN BẢN", "TTr": "TỜ TRÌNH", "CĐ": "CÔNG ĐIỆN",
                "GM": "GIẤY MỜI", "TT": "THÔNG TƯ", "NĐ": "NGHỊ ĐỊNH"}
# a party committee's documents (Hướng dẫn 36-HD/VPTW) write the marks with a slash:
# "T/M ĐẢNG ỦY", "K/T BÍ THƯ"
AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M", "K/T", "T/L")
# the marks in a signature's key, their stop optional ("KT CHỦ TỊCH" as OCR may read it)
AUTHORITY_MARK = regex.compile(
    r"(?:^|\s)(" + "|".join(regex.escape(a.rstrip(".")) for a in AUTHORITIES) + r")\.?\s(?=\S)")
# the marks a line may open a signature with when no "Nơi nhận" led to one: all but "Q."
SIGNATURE_OPENINGS = tuple(a for a in AUTHORITIES if a != "Q.")
TITLES = ["PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC",
          "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "BÍ THƯ",
          "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"]
ORDINALS = {"NHAT": 1, "HAI": 2, "BA": 3, "TU": 4, "NAM": 5, "SAU": 6, "I": 1, "II": 2,
            "III": 3, "IV": 4, "V": 5, "VI": 6}

NUMBER_LABEL = r"\W{0,2}S[OÔỐ6B]\s*[:.]?"  # "Số:" as OCR reads it ("SO:", "S6.")
# OCR may lose the thin slash between the number and the symbol ("Số: 21NQ-HĐND", and
# in a draft with the number left blank, "Số: QĐ-UBND"): a symbol without it is taken
# when it has its issuer after a hyphen
NUMBER_RE = regex.compile(
    r"(?:^|\s{2,})" + NUMBER_LABEL + r"\s*(?P<n>\d*)\s*(?:/\s*|(?=[A-ZĐ]{2,}[A-ZĐ0-9&]*-))"
    r"(?:(?P<y>\d{4})\s*/\s*)?(?P<sym>[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)*)",
)
# a party committee's number: "Số 45-BC/ĐU" (number, type, issuer), no year
PARTY_NUMBER_RE = regex.compile(
    r"(?:^|\s{2,})" + NUMBER_LABEL + r"\s*(?P<n>\d+)\s*-\s*"
    r"(?P<sym>[A-Z]{1,4}\s*/\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)")
FIRST_LETTER = regex.compile(r"\p{L}")
LONE_NUMBER_LABEL = regex.compile(r"^" + NUMBER_LABEL + r"\s*$")  # "Số:" on its own line
DATE_RE = regex.compile(
    r"(?:^|[,;]\s*|\s)(?P<place>[^\d,;]{2,40}?)?\s*,?\s*NGAY\s*(?P<d>\d[\dLIO|]?|[LI|]\d)?\s*"
    r"THANG\s*(?P<m>\d[\dLIO|]?|[LI|]\d)?\s*NAM\s*(?P<y>[12][\dLIO|]{3})"
)
ROMAN_NUMERAL = regex.compile(r"[IVXL]+")
ROMAN = regex.compile(r"^\s*(?P<m>[IVXL]{1,5}|[|l1]{1,3}(?=\.\s*[\p{Lu}\d]{2,}))\s*\.\s*(?P<t>.*)$")
# OCR drops the dot after a Roman marker ("II KẾT QUẢ"): taken only before a title in capitals
# ("L KẾT QUẢ": the "I." of a first section read as one "L"; Roman fifty never numbers one)
ROMAN_NO_DOT = regex.compile(r"^\s*(?P<m>[IVX]{1,4}|L)\s+(?P<t>\p{Lu}\S*(?:\s+\S+)+)$")
# a typist may glue the marker's stop to the title's first word ("1.Tên thủ tục", "2.1.Kết
# quả"), which repair keeps in text without damage
DECIMAL = regex.compile(
    r"^\s*(?P<m>\d{1,2}(?:\.\d{1,2}){1,3})(?:\.?\s+|\.(?=\p{Lu}\p{Ll}))(?P<t>\S.*)$")
# "5," is OCR for "5."; an item is never numbered 0 (a lone "0," is a garbled number)
NUMBERED = regex.compile(
    r"^\s*(?P<m>(?!0\D)\d{1,2})\s*(?:[.,)]\s+|\.(?=\p{Lu}\p{Ll}))(?P<t>\S.*)$")
LETTERED = regex.compile(r"^\s*(?P<m>[a-zđ])\s*\)\s*(?P<t>\S.*)$")
CHAPTER = regex.compile(r"^\s*CHUONG\s+(?P<m>[IVXL]{1,5}|\d{1,2})\b\s*[.:]?\s*(?P<t>.*)$")
DIVISION = regex.compile(r"^\s*MUC\s+(?P<m>[IVX]{1,4}|\d{1,2})\b\s*[.:]?\s*(?P<t>.*)$")
UPPER_LETTER = regex.compile(r"^\s*(?P<m>[A-ZĐ])\s*\.\s+(?P<t>\S.*)$")
ARTICLE = regex.compile(r"^\s*DIEU\s+(?P<m>\d{1,3})\s*[.:]?\s*(?P<t>.*)$")
# a dash OCR read before an article ("- Điều 3. Chánh Văn phòng ..."): its stop and a
# capital after it tell it from a list item that cites one ("- Điều 5 của Luật")
DASHED_ARTICLE = regex.compile(r"^\s*[-–]\s*DIEU\s+(?P<m>\d{1,3})\.\s+(?P<t>\S.*)$")
PART = regex.compile(r"^\s*PHAN\s+(?:THU\s+)?(?P<m>NHAT|HAI|BA|TU|NAM|SAU|[IVX]{1,4})\b"
                     r"\s*[.:]?\s*(?P<t>.*)$")
SPECK_PREFIX = regex.compile(r"^\s*[‘’'`\"_~.,]+\s+(?=[\dIVXL|])")
APPENDIX = regex.compile(r"^\s*PHU\s+LUC(?:\s+(?:SO\s+)?(?P<n>[IVX]{1,4}|\d{1,2}))?\s*[.:]?\s*$")
PAGE_NUMBER = regex.compile(r"^\s*(?:-\s*)?(?:TRANG\s+)?\d{1,3}(?:\s*-)?\s*$")
NATIONAL = regex.compile(r"CONG\s*HOA\s*XA\s*HOI\s*CHU\s*NGHIA\s*VIET\s*NAM")
# the administrative units a body's name ends with ("... XÃ HÒA AN", "UBND HUYỆN A")
PLACE_UNIT = regex.compile(r"(?:^|\s)(?:XA|PHUONG|THI\s+TRAN|THI\s+XA|HUYEN|QUAN|TINH|"
                           r"THANH\s+PHO|DAC\s+KHU)\s+\S")
# a party committee's header names the party where a state body's has the national title
PARTY_TITLE = regex.compile(r"DANG\s*CONG\s*SAN\s*VIET\s*NAM")
# the star under a party committee's name
PARTY_STAR = "*"
MOTTO = regex.compile(r"DOC\s*L\S{0,2}P\s*[-—–]?\s*TU\s*DO\s*[-—–]?\s*HANH\s*PH\S{0,2}C")
# "Kính gửi:", also with a damaged second word ("Kính trị:" from the legacy garble "Kinh
# gtri:"), "Kính mời:"; an invitation's "Trân trọng kính mời:" lists its invitees
KINH_GUI = regex.compile(r"^(?:TRAN\s+TRONG\s+)?KINH\s+(?:GUI|\S{2,4}\s*:)")
# an urgent dispatch (công điện) names its addressees after its sender's "... điện:"
# ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐIỆN:", on a line of its own)
DISPATCH_TO = regex.compile(r"^(?:PHO\s+)?(?:CHU\s+TICH|THU\s+TUONG|GIAM\s+DOC|TRUONG\s+BAN)\b"
                            r"[^:]*\sDIEN\s*:$")
VV = regex.compile(r"^\s*V\s*/\s*V\s+\S")  # "V/v" (về việc) opens a letter's subject
# the signature column beside a recipient line: "- Như trên;   KT. CHỦ TỊCH"; an
# authority mark with nothing after it is an archive code ("- Lưu: VT, KT.": Kinh tế)
SIGNATURE_BESIDE = regex.compile(
    r"(?<=\S)\s+((?:(?:TM|KT|TL|TUQ|Q)\.\s*(?=\S)|(?:T/M|K/T|T/L)\s+(?=\S)|(?:PHO\s+)?"
    r"(?:CHU\s+TICH|GIAM\s+DOC|TRUONG\s+BAN|CHANH\s+VAN\s+PHONG|TRUONG\s+PHONG|BI\s+THU)\b)"
    r"\S*(?:\s+\S+)*)$")
# "Hoàng Văn Sơn"; Ê Đê and other Central Highlands names open with "Y" (men) or "H'"
# (women): "Y Khoa Niê", "H'Linh Niê", also after the family name ("Nay H'Hlim", a new
# minutes' secretary), "H' Linh Niê" too (a dev report's signer had no name); K'Ho names
# with "K'": "K' Brơi", "K'Thuận"
_NAME_WORD = r"(?:H['’]\s?)?\p{Lu}[\p{Ll}\p{M}]+"
# H'Mông men's names hold an "A" after the family name ("Vàng A Thắng", a dev plan's
# signer, who had had no name; "Giàng A Chu"); a Ba Na or Xơ Đăng man's may open with it,
# as an Ê Đê man's opens with "Y" ("A Thút", "Y Blông")
PERSON_NAME = regex.compile(
    rf"[YA]\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    rf"|{_NAME_WORD}\s+(?:A\s+)?(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}"
    r"|K['’]\s?(?:\p{Lu}[\p{Ll}\p{M}]+\s+){0,3}\p{Lu}[\p{Ll}\p{M}]+")
SUBJECT_THUC_HIEN = regex.compile(
    r"^\s*THUC\s+HIEN\s+(?!(?:CONG\s+VAN|KE\s+HOACH|QUYET\s+DINH|NGHI\s+QUYET|CHI\s+THI|"
    r"VAN\s+BAN|THONG\s+BAO|HUONG\s+DAN|Y\s+KIEN|SU\s+CHI\s+DAO|CHI\s+DAO)\b)")
MINUTES_OPENING = regex.compile(r"^\s*(?:(?:VAO\s+LUC|HOM\s+NAY)\b|HOI\s+\d)")
BODY_CUES = regex.compile(
    r"^\s*(?:CAN\s+CU|KINH\s+GUI|THUC\s+HIEN|THEO\s+DE\s+NGHI|TRONG\s+|NGAY\s+\d|XET\s+DE"
    r"|VAO\s+LUC\s|HOM\s+NAY|HOI\s+\d|NHAM\s"
    r"|(?:THOI\s+GIAN(?:\s+VUA)?|NHUNG\s+NAM)\s+(?:QUA|GAN\s+DAY)\b)")
# (minutes open "Vào lúc 08 giờ", "Hồi 8 giờ 30 phút", "Hôm nay, ngày"; a new notice's body
# "Nhằm tạo thuận lợi cho người dân, ...", a directive's "Thời gian qua, ...", which their
# subjects had swallowed)
# "Để ..." (in order to) opens a sentence, never a wrapped subject's next line, which goes
# on in lower case; "Đề án", a project, may (so the text, not its key)
PURPOSE_OPENING = regex.compile(r"^\s*Để\s")
# nesting rank of each marker kind (the JSON's "level" is the depth in the tree instead);
# "A." headings rank above I. unless a Roman section is open, then between I. and 1.
UPPER_LETTER_RANK = {"no_roman_open": 1.8, "roman_open": 2.5}
LEVELS = {"part": 1, "chapter": 1.5, "division": 1.7, "roman": 2, "article": 2,
          "numbered": 3, "decimal2": 4, "decimal3": 5,
          "decimal4": 6, "lettered": 7}
AREAS = [
    ("chỉ đạo điều hành", ("CHI DAO", "DIEU HANH")),
    ("cải cách thể chế", ("THE CHE",)),
    ("cải cách thủ tục hành chính", ("THU TUC HANH CHINH", "TTHC")),
    ("cải cách tổ chức bộ máy", ("TO CHUC BO MAY", "BO MAY")),
    ("cải cách chế độ công vụ", ("CONG VU",)),
    ("cải cách tài chính công", ("TAI CHINH CONG",)),
    ("chính quyền điện tử, chính quyền số", ("DIEN TU", "CHINH QUYEN SO", "CHUYEN DOI SO",
                                             "CONG NGHE THONG TIN", "CHINH PHU SO")),
]


def key(text: str) -> str:
    """Diacritic-free upper-case form used for every keyword match; the Icelandic eth that
    typed text puts for Đ ("QUYẾT ÐỊNH", "QÐ-UBND") is a D too."""
    return strip_marks(nfc(text).translate(ETH)).upper()  # strip_marks turns Đ into D


@dataclass
class Node:
    label: str
    title: str
    level: float  # nesting rank (LEVELS)
    kind: str
    lines: list[int] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def to_json(self, inherited_area: str | None = None, depth: int = 1) -> dict[str, Any]:
        area = area_of(self.title) or inherited_area
        return {
            "label": self.label,
            "title": self.title,
            "level": depth,
            "text": reflow(self.body),
            "area": area,
            "children": [c.to_json(area, depth + 1) for c in self.children],
        }


@dataclass
class Parsed:
    document: dict[str, Any] = field(default_factory=dict)
    sections: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tables: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    line_owner: dict[int, str] = field(default_factory=dict)  # line index -> node path
    metadata_lines: set[int] = field(default_factory=set)  # header, signature, page numbers


def area_of(title: str) -> str | None:
    k = key(title)
    for area, cues in AREAS:
        if any(c in k for c in cues):
            return area
    return None


def reflow(lines: list[str]) -> str:
    """Join wrapped lines into paragraphs; a paragraph ends at sentence end before a new
    capitalised line or a bullet."""
    paragraphs: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not paragraphs:
            paragraphs.append(line)
            continue
        prev = paragraphs[-1]
        new_para = (regex.match(r"^[-+•*]\s", line) or regex.match(r"^[-+•]", line)
                    or (regex.search(r"[.:;!?]\s*$", prev) and regex.match(r"^\p{Lu}", line)))
        if new_para:
            paragraphs.append(line)
        else:
            paragraphs[-1] = prev + " " + line
    return "\n".join(paragraphs)


def _title_after_marker(line: str, m: regex.Match[str]) -> str:
    """The title in ``line``'s own letters, for a marker matched on its key (group "t")."""
    if not m.group("t"):
        return ""
    stripped = line.strip()
    return stripped[len(stripped) - len(m.group("t")):].strip()


def heading(line: str) -> tuple[str, str, str] | None:
    """(kind, label, title) when ``line`` starts a section."""
    line = SPECK_PREFIX.sub("", line)  # stray quote specks before a marker: "‘ 1. ..."
    k = key(line)
    m = PART.match(k)
    if m and len(k) < 60:
        n = ORDINALS.get(m.group("m"), 0)
        words = ["", "nhất", "hai", "ba", "tư", "năm", "sáu"]
        label = f"Phần thứ {words[n]}" if n else line.strip()
        return "part", label, _title_after_marker(line, m)
    for kind, pattern, word in (("chapter", CHAPTER, "Chương"), ("division", DIVISION, "Mục")):
        m = pattern.match(k)
        if m and len(k) < 120:
            return kind, f"{word} {m.group('m')}", _title_after_marker(line, m)
    m = ARTICLE.match(k)
    if m:
        return "article", f"Điều {m.group('m')}", _title_after_marker(line, m)
    m = DASHED_ARTICLE.match(k)
    if m and _title_after_marker(line, m)[:1].isupper():
        return "article", f"Điều {m.group('m')}", _title_after_marker(line, m)
    m = ROMAN.match(line)
    if m and m.group("t").strip():
        marker = m.group("m")
        if marker and not regex.fullmatch(r"[IVXL]+", marker):
            marker = "I" * len(marker)
        title = m.group("t").strip()
        letters = [ch for ch in title if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) / len(letters) > 0.8:
            return "roman", marker + ".", title
        if regex.fullmatch(r"[IVXL]+", m.group("m")) and len(m.group("m")) > 1:
            return "roman", marker + ".", title
        if m.group("m") in ("I", "V", "X") and letters and title[0].isupper():
            return "roman", marker + ".", title
    m = ROMAN_NO_DOT.match(line)
    if m and _is_upper(m.group("t")):
        return "roman", m.group("m").replace("L", "I") + ".", m.group("t").strip()
    m = UPPER_LETTER.match(line)
    if m and _is_upper(m.group("t")) and sum(ch.isalpha() for ch in m.group("t")) >= 4:
        return "upper_letter", m.group("m") + ".", m.group("t").strip()
    m = DECIMAL.match(line)
    if m:
        depth = m.group("m").count(".") + 1
        return f"decimal{min(depth, 4)}", m.group("m") + ".", m.group("t").strip()
    m = NUMBERED.match(line)
    if m and regex.match(r"\p{Lu}", m.group("t")):
        return "numbered", m.group("m") + ".", m.group("t").strip()
    m = LETTERED.match(line)
    if m:
        return "lettered", m.group("m") + ")", m.group("t").strip()
    return None


def stack_parent(stack: list[Node], level: int) -> Node:
    """The node a new heading of ``level`` will hang under."""
    for node in reversed(stack):
        if node.level < level or node.kind in ("attachment", "root"):
            return node
    return stack[0]


def doc_type(lines: list[str], i: int, header: bool = False) -> tuple[str, int] | None:
    """A document-type line at ``i`` (letter-spaced or split over two lines): (type, n).
    In the ``header``, a mark set apart after the type ("KẾ HOẠCH :") is a speck."""
    if not _is_upper(lines[i]):
        return None  # document types are printed in capitals
    line = regex.sub(r"\s+[:.]$", "", lines[i].rstrip()) if header else lines[i].rstrip()
    if line.endswith(":"):
        return None  # "QUYẾT ĐỊNH:" opens the articles; it is not a document type
    compact = regex.sub(r"[^A-Z]", "", key(lines[i]))
    if compact in TYPE_BY_LETTERS:
        return TYPE_BY_LETTERS[compact], 1
    if i + 1 < len(lines):
        two = compact + regex.sub(r"[^A-Z]", "", key(lines[i + 1]))
        if two in TYPE_BY_LETTERS and len(compact) >= 2:
            return TYPE_BY_LETTERS[two], 2
    return None


def _number_match(k: str) -> regex.Match[str] | None:
    """The number line's match (groups ``n``, ``sym`` and, in a state body's, ``y``)."""
    return NUMBER_RE.search(k) or PARTY_NUMBER_RE.search(k)


def _has_letters(line: str) -> bool:
    return any(ch.isalpha() for ch in line)


def _is_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def appendix(k: str) -> tuple[str, int] | None:
    """An appendix heading line ("PHỤ LỤC", "Phụ lục II"): ("Phụ lục[ N]", 1)."""
    m = APPENDIX.match(k)
    if not m:
        return None
    return ("Phụ lục " + m.group("n")).strip() if m.group("n") else "Phụ lục", 1


def _parse_date(match: regex.Match[str]) -> tuple[str, str | None]:
    """The date as ISO 8601, as far as the calendar has it: a day or month that no
    calendar has is a misread digit ("ngày 92 tháng 12" on a photo), which is not guessed
    but left out, with a warning."""
    y, m, d = (match.group(g) and match.group(g).translate(TO_DIGITS) for g in "ymd")
    year = f"{int(y):04d}"
    month = f"{year}-{int(m):02d}" if m and 1 <= int(m) <= 12 else None
    if m and d:
        day = entities.iso(d, m, y)
        if day:
            return day, None
        if month:
            return month, f"date's day {d} is no day of its month"
        return year, f"date's day and month {d}/{m} are in no calendar"
    if month:
        return month, "date has no day"
    if m:
        return year, f"date's month {m} is in no calendar"
    return year, "date has no day or month"


def _original_span(line: str, k: str, start: int, end: int) -> str:
    """The slice of ``line`` matching [start, end) of its key (same length by design)."""
    return line[start:end] if len(line) == len(k) else k[start:end]


SENTENCE_ENDS = (":", ".", ";")


def _wraps_subject(line: str) -> bool:
    text = line.strip()
    return text[:1].islower() or (
        0 < len(text.split()) <= 8 and not text.endswith(SENTENCE_ENDS))


# what names the body that issues a decision, on the line after its subject ("ỦY BAN NHÂN
# DÂN TỈNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ...", "HỘI ĐỒNG NHÂN DÂN ...")
AUTHORITY_LINE = regex.compile(
    r"^\s*(?:UY BAN|UBND|CHU TICH|HOI DONG|BAN CHI DAO|BAN THUONG VU|GIAM DOC|TRUONG BAN"
    r"|BO TRUONG|THU TUONG)(?!\p{L})")


LINKING_END = regex.compile(r"(?<!\p{L})(?:CUA|VE|CHO|TAI|VA|THUOC|TREN|VOI|DOI VOI)\s*$")


def _capitals_go_on(subject: list[str], line: str, k: str) -> bool:
    """Whether ``line``, after a blank line, goes on with a subject in capitals: it is in
    capitals, the subject's last line ends no sentence, and it names no issuing body
    (``AUTHORITY_LINE``). A public decision's long subject, rendered, had blank lines
    between its lines ("BAN HÀNH KẾ HOẠCH ... CÔNG TÁC" + "XÃ HỘI TRÊN ĐỊA BÀN ...")."""
    last = subject[-1]
    return _is_upper(last) and _is_upper(line) and not last.endswith(SENTENCE_ENDS) and \
        AUTHORITY_LINE.match(k) is None


def _names_issuing_body(subject: list[str], line: str, k: str) -> bool:
    """Whether ``line``, in capitals after a subject in capitals, names
    the body that issues the decision ("ỦY BAN NHÂN DÂN TỈNH"), not the rest of the
    subject: the subject's last line does not end with a word that calls for more
    ("... QUY CHẾ LÀM VIỆC CỦA" + "ỦY BAN NHÂN DÂN XÃ AN PHÚ")."""
    last = next((ln for ln in reversed(subject) if _has_letters(ln)), "")  # not "2012"
    return AUTHORITY_LINE.match(k) is not None and _is_upper(line) and \
        _is_upper(last) and LINKING_END.search(key(last)) is None


def _opens_body(line: str, k: str) -> bool:
    """"Ủy ban nhân dân xã ... báo cáo như sau:" opens the body; a short line "Ủy ban nhân
    dân xã Kỳ Sơn" after a subject's first line is the subject wrapped."""
    return k.startswith("UY BAN NHAN DAN") and (
        line.rstrip().endswith(SENTENCE_ENDS) or len(line.split()) > 10)


def _signer(lines: list[str]) -> dict[str, str] | None:
    """TM. <body> / KT. <title> / <own title> / <name>: the last authority mark is the
    signer's own (KT. signs for the head), TM. names the body signed for."""
    joined = " ".join(ln.strip() for ln in lines)
    k = key(joined)
    marks = [(m.start(), m.group(1)) for m in AUTHORITY_MARK.finditer(k + " ")]
    # as printed: "KT." for a state body, "K/T" for a party committee
    authority = marks[-1][1] + ("" if "/" in marks[-1][1] else ".") if marks else ""
    on_behalf = ""
    for n, (pos, mark) in enumerate(marks):
        if mark in ("TM", "T/M"):
            end = marks[n + 1][0] if n + 1 < len(marks) else len(k)
            on_behalf = joined[pos:end].strip()[3:].strip() if len(joined) == len(k) else ""
    if not on_behalf:  # minutes: "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA" over "GIÁM ĐỐC"
        on_behalf = next((ln.strip()[len("ĐẠI DIỆN"):].strip() for ln in lines
                          if key(ln).strip().startswith("DAI DIEN ")
                          and len(ln.strip()) == len(key(ln.strip()))), "")
    title = ""
    best = -1
    for t in TITLES:  # the title ending last (the longer one on a tie) is the signer's own
        pos = k.rfind(key(t))
        if pos < 0:
            continue
        end = pos + len(t)
        if end > best or (end == best and len(t) > len(title)):
            best, title = end, t
    names = [ln.strip() for ln in lines if PERSON_NAME.fullmatch(ln.strip())]
    name = names[-1] if names else ""
    if not (authority or title or name):
        return None
    cut = [pos for t in TITLES if (pos := key(on_behalf).find(key(t))) >= 0]
    if name and name in on_behalf:
        cut.append(on_behalf.find(name))
    if cut:
        on_behalf = on_behalf[: min(cut)].strip()
    return {"authority": authority, "on_behalf_of": on_behalf, "title": title, "name": name}


def _signature_block(lines: list[str], used: set[int]) -> list[int]:
    """The lines of the signatures that end a document: titles in capitals and names,
    in one column or several; empty when they name no one."""
    block: list[int] = []
    for j in range(len(lines) - 1, -1, -1):
        line = lines[j].strip()
        if not line:
            continue
        parts = _columns(line)
        if j in used or heading(line) or not all(
                PERSON_NAME.fullmatch(c) or (_is_upper(c) and len(c.split()) <= 10)
                for c in parts):
            break
        block.append(j)
    if not any(PERSON_NAME.fullmatch(c) for j in block for c in _columns(lines[j])):
        return []
    return block[::-1]


def _signatures(lines: list[str]) -> tuple[list[dict[str, str]], dict[str, str] | None]:
    """(every signature, the document's own) of a signature block. Lines with the same
    number of columns are read column by column, and a column's name ends its signature.
    The document's own is the right one of the first row of signatures side by side (the
    chair's or the head of the inspection team's), else the last."""
    signatures: list[dict[str, str]] = []
    main = None
    rows: list[list[list[str]]] = []
    for line in lines:
        parts = _columns(line)
        if rows and len(rows[-1][0]) == len(parts):
            rows[-1].append(parts)
        else:
            rows.append([parts])
    for row in rows:
        found = []
        for c in range(len(row[0])):
            piece: list[str] = []
            for parts in row:
                piece.append(parts[c])
                if PERSON_NAME.fullmatch(parts[c]):
                    signer = _signer(piece)
                    if signer is not None:
                        if not signer["title"]:  # "THƯ KÝ", "CHỦ TRÌ": no office's title
                            titles = [p for p in piece[:-1] if not p.startswith(AUTHORITIES)]
                            signer["title"] = titles[-1] if titles else ""
                        found.append(signer)
                    piece = []
        if main is None and len(row[0]) > 1 and found:
            main = found[-1]
        signatures.extend(found)
    return signatures, main or (signatures[-1] if signatures else None)


def _continues_sentence(node: Node, first_title: str, nxt: str) -> bool:
    """A long sentence-case title (its heading line's part: ``first_title``) cut
    mid-phrase, continued in lower case on ``nxt``; an ellipsis ends no sentence there
    ("các thông tin đã có..." + "gắn việc số hóa", where OCR lost the comma after it)."""
    return node.kind != "lettered" and not regex.search(
        r"(?<!\.\.)[.:;!?]\s*$", node.title) and \
        nxt[:1].islower() and len(first_title) >= 45


def _headings_after(lines: list[str], start: int, stop: int, skip: set[int] | None = None,
                    kinds: tuple[str, ...] = ()) -> Iterator[tuple[str, str, str]]:
    """The headings in ``lines[start:stop]`` (of one of ``kinds``, when given), leaving
    out the line numbers in ``skip``."""
    for j in range(start, min(stop, len(lines))):
        if not (skip and j in skip) and (h := heading(lines[j])) and (
                not kinds or h[0] in kinds):
            yield h


def _next_heading(lines: list[str], start: int, stop: int, skip: set[int] | None = None,
                  kinds: tuple[str, ...] = ()) -> tuple[str, str, str] | None:
    """The first of ``_headings_after``."""
    return next(_headings_after(lines, start, stop, skip, kinds), None)


def _numeral(kind: str, label: str) -> tuple[str, int]:
    """A Roman heading's or chapter's numeral and its value (0 for Arabic figures)."""
    numeral = label[:-1] if kind == "roman" else label.split()[-1]
    return numeral, roman_value(numeral) if ROMAN_NUMERAL.fullmatch(numeral) else 0


def _stroke_misread(value: int, expected: int, following: list[int]) -> int:
    """The number a Roman numeral of I's stands for where OCR added or dropped a stroke,
    numbering running one by one at its level, ``following`` being the numbers of the
    next two headings of its kind: one that repeats the previous number is the next
    ("III." read "II."); one a step ahead that the next heading repeats is the expected
    one ("II." read "III." after an "I." and before the true "III."), when a heading
    before it set the count or the one after the pair goes on from it ("Chương ÏI",
    "Chương II", "Chương III"). A document that starts mid-way keeps its numbers ("II.",
    "III.", or "II.", "II." where the second was "III." read short)."""
    if value == expected - 1:
        return expected
    if value == expected + 1 and following[:1] == [value] and (
            expected > 1 or following[1:] == [value + 1]):
        return expected
    return value


MISREAD_ITEM = regex.compile(r"^\s*[^\s\p{L}]\s?[.,]\s+(?P<t>\p{Lu}.*)$")  # "§. Lắp đặt", "0, Mua"


def _open_item_number(stack: list[Node]) -> int | None:
    """The number of the innermost open numbered item ("7." -> 7), if any."""
    numbered = [n for n in stack if n.kind == "numbered"]
    label = numbered[-1].label[:-1] if numbered else ""
    return int(label) if label.isdigit() else None


def _misread_item(lines: list[str], i: int, stack: list[Node]) -> tuple[str, str, str] | None:
    """Line ``i`` as a numbered item whose number OCR garbled ("§." for "8."), recognised
    between the items before and after it: the open item is N-1 and the next heading N+1."""
    m = MISREAD_ITEM.match(lines[i])
    open_item = _open_item_number(stack)
    if not m or open_item is None:
        return None
    expected = open_item + 1
    following = _next_heading(lines, i + 1, i + 41)
    if following and following[:2] == ("numbered", f"{expected + 1}."):
        return "numbered", f"{expected}.", m.group("t").strip()
    return None


def _columns(line: str) -> list[str]:
    """The columns of a line, left to right (one when it has no column gap: a tab, or
    three spaces and more as in a layout-preserving text layer and the renders' truth)."""
    return [c for _, c in columns(line.strip()) if c]


def _split_signature_column(line: str) -> tuple[str, str]:
    """(recipient, signature part) of a line where the two columns were read as one."""
    parts = _columns(line)
    if len(parts) > 1:  # the gap says where: the signer's name is no title in capitals
        return parts[0], " ".join(parts[1:])
    stripped = line.strip()
    k = key(stripped)
    if len(stripped) == len(k):
        for m in SIGNATURE_BESIDE.finditer(k, overlapped=True):
            beside = stripped[m.start(1):]
            if _is_upper(beside):  # "- Chủ tịch UBND xã" is a recipient, not a signature
                return stripped[:m.start()].strip(), beside
    return stripped, ""


def parse_text(text: str) -> Parsed:
    try:
        return _parse(text)
    except Exception as exc:  # noqa: BLE001 - the parser must never stop a document
        return Parsed(warnings=[f"parser failed ({type(exc).__name__}); structure omitted"])


def _parse(text: str) -> Parsed:
    text = nfc(text)
    raw_lines = text.replace("\f", "\n").split("\n")
    parsed = Parsed()
    doc: dict[str, Any] = {"issuer": None, "national_title": False, "number": None,
                           "symbol": None, "year": None, "place": None, "date": None,
                           "type": None, "subject": None, "addressees": [],
                           "legal_bases": [], "recipients": [], "signer": None,
                           "signers": []}
    lines = [ln.rstrip() for ln in raw_lines]
    keys = [key(ln) for ln in lines]
    used: set[int] = set()
    for i, ln in enumerate(lines):
        if not ln.strip() or PAGE_NUMBER.match(keys[i]):
            used.add(i)  # blank or page furniture
    first_heading = next((i for i, ln in enumerate(lines)
                          if i not in used and (h := heading(ln)) and h[0] in
                          ("part", "chapter", "division", "roman", "article",
                                               "upper_letter")), len(lines))
    header_end = min(first_heading, 40)

    # -- header: national title, issuer, number, place and date, type, subject ----------
    issuer_lines: list[str] = []
    type_at = None
    for i in range(header_end):
        if i in used:
            continue
        k = keys[i]
        if k.strip() == PARTY_STAR:
            used.add(i)
            continue
        party = PARTY_TITLE.search(k)
        national = NATIONAL.search(k) or MOTTO.search(k) or party
        if national:
            doc["national_title"] = doc["national_title"] or not party
            # two columns read as one line: "XÃ QUẢNG GIAO  Độc lập - Tự do - Hạnh phúc"
            prefix = _original_span(lines[i], k, 0, national.start()).strip(" \t-—–")
            if len(prefix) > 3 and type_at is None and not _number_match(k):
                issuer_lines.append(prefix)
            used.add(i)
            continue
        # the next non-blank line: a place and date line may wrap after "ngày", with a
        # blank line OCR put between ("Bình Định, ngày" + "29 tháng 04 năm 2021"), and
        # "Số:" may stand alone over its number ("Số:" + "14/2007/QĐ-UBND")
        after = next((n for n in range(i + 1, min(i + 3, len(lines))) if keys[n].strip()),
                     None)
        number_below = after if LONE_NUMBER_LABEL.match(k) else None
        number_line, number_key = lines[i], k
        if number_below is not None:
            number_line = lines[i].rstrip() + " " + lines[number_below].strip()
            number_key = key(number_line)
        # a body's line that a wrap opened with "số" ("Căn cứ Thông tư liên tịch" + "số
        # 11/2004/TTLT-BNN-BNV ngày ...") names another document
        first_letter = FIRST_LETTER.search(lines[i])
        m = _number_match(number_key) if not (
            first_letter and first_letter.group().islower()) else None
        if m and doc["number"] is None and i < header_end:
            doc["number"] = m.group("n") or ""
            year = m.groupdict().get("y")
            doc["year"] = int(year) if year else None
            doc["symbol"] = fix_code(regex.sub(r"\s+", "", _original_span(
                number_line, number_key, m.start("sym"), m.end("sym"))))
            used.add(i)
            if number_below is not None and "NGAY" not in number_key:
                used.add(number_below)
                continue
        joined = k if "NAM" in k or after is None else k + " " + keys[after]
        basis = (BODY_CUES.match(k) or lines[i].lstrip().startswith("(")) and not \
            k.lstrip().startswith("NGAY")
        # the date of a "Căn cứ ..." basis, or of the decision a regulation is issued with
        # ("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày ..."), is not the document's
        dm = DATE_RE.search(joined) if "NGAY" in k and "THANG" in joined and not basis else None
        if dm and doc["date"] is None:
            doc["date"], warn = _parse_date(dm)
            if warn:
                parsed.warnings.append(f"document {warn}: {doc['date']}")
            place_end = k.find("NGAY")
            segment = lines[i][:place_end] if len(lines[i]) == len(k) else k[:place_end]
            if m:
                segment = segment[m.end():] if len(segment) > m.end() else ""
            # OCR writes a tab between the number's column and the place's
            # (a party committee's star may stand in the place's column: "*⇥Cam Hiếu, ngày")
            doc["place"] = segment.strip().strip(",").strip().lstrip(PARTY_STAR).strip() or None
            used.add(i)
            if "NAM" not in k and after is not None:
                used.add(after)
            continue
        if i in used:
            continue
        t = doc_type(lines, i, header=True)
        if t and doc["type"] is None:
            doc["type"] = t[0]
            type_at = i
            used.update(range(i, i + t[1]))
            subject: list[str] = []
            j = i + t[1]
            while j < header_end and len(subject) < 4:
                if j in used:
                    j += 1
                    # OCR puts blank lines inside a wrapped subject: a line that starts in
                    # lower case, or a short line that ends no sentence ("Ủy ban nhân dân
                    # xã Kỳ Sơn"), still continues it, as does a regulation's "(Ban hành
                    # kèm theo Quyết định số ... ngày ...)", whose date is not its own
                    if subject and not (j < header_end and j not in used and (
                            _wraps_subject(lines[j]) or lines[j].lstrip().startswith("(")
                            or _capitals_go_on(subject, lines[j], keys[j]))
                            and not _names_issuing_body(subject, lines[j], keys[j])):
                        break
                    continue
                # a subject is in capitals or not: a line in the other case is no part of it
                # ("CHỈ THỊ" + "TĂNG CƯỜNG KỶ CƯƠNG ..." + the body's first line, "Thành
                # phố Huế chính thức trở thành ...", in a public directive), but for a
                # regulation's "(Ban hành kèm theo Quyết định số ...)"
                if subject and _is_upper(lines[j]) != _is_upper(" ".join(subject)) and \
                        _has_letters(lines[j]) and not lines[j].lstrip().startswith("(") or \
                        subject and _names_issuing_body(subject, lines[j], keys[j]):
                    break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ..." after a decision's subject
                # a subject may begin "Thực hiện ..."; the body's "Thực hiện Công văn số ..."
                # names the document it answers
                # (past a dash OCR read from a speck: "- Thực hiện Nghị quyết Đại hội")
                opening = keys[j].lstrip(" -–")
                cue = BODY_CUES.match(opening) and (subject or not SUBJECT_THUC_HIEN.match(
                    opening)) or subject and PURPOSE_OPENING.match(lines[j])
                # the issuer named again opens a decision's body; "xã Phú Lộc" in lower
                # case is the subject's last line
                repeats_issuer = not lines[j].strip()[:1].islower() and key(
                    lines[j]).strip() in (key(ln) for ln in issuer_lines)
                # a table's head row (cells apart by tabs) follows an appendix's subject
                if cue or heading(lines[j]) or regex.fullmatch(
                        r"[-_—–=.\s]+", lines[j]) or repeats_issuer or _opens_body(
                            lines[j], keys[j]) or lines[j].count("\t") >= 2:
                    break
                subject.append(lines[j].strip())
                used.add(j)
                j += 1
            doc["subject"] = " ".join(subject) or None
            continue
        original = lines[i].strip()
        # not a table's row nor a heading: a document without a type line ("NGƯỜI LẬP
        # BIỂU⇥KẾ TOÁN", "I⇥CẢI CÁCH THỂ CHẾ" are no issuer)
        if type_at is None and doc["date"] is None and original and not original.startswith(
                ("-", "+", "•")) and _is_upper(original) and not BODY_CUES.match(k) and \
                "\t" not in original and heading(original) is None:
            issuer_lines.append(lines[i].strip())
            used.add(i)
    if doc["subject"] is None:  # a letter (công văn) has no type line; "V/v ..." is its subject
        vv = next((i for i in range(header_end) if i not in used and VV.match(keys[i])), None)
        if vv is not None:
            subject = [lines[vv].strip()]
            used.add(vv)
            j = vv + 1
            while j < header_end and j not in used and lines[j].strip()[:1].islower():
                subject.append(lines[j].strip())
                used.add(j)
                j += 1
            doc["subject"] = " ".join(subject)
            doc["type"] = doc["type"] or "CÔNG VĂN"
    if doc["type"] is None and doc["symbol"]:
        doc["type"] = SYMBOL_TYPES.get(regex.split(r"[-/]", doc["symbol"])[0])
    if issuer_lines:
        generic = {"UY BAN NHAN DAN", "HOI DONG NHAN DAN", "UBND", "HDND"}
        issuer_lines = [" ".join(ln.split()) for ln in issuer_lines]
        # one body's name over two lines: "ỦY BAN NHÂN DÂN" + "XÃ NGỌC LIÊN", "ỦY BAN MTTQ
        # VIỆT NAM" + "XÃ HÒA AN" (a line that names no place, then the place); "UBND
        # HUYỆN A" + "PHÒNG NỘI VỤ" is a parent body over its office
        one_name = len(issuer_lines) < 2 or key(issuer_lines[0]).strip() in generic or (
            PLACE_UNIT.match(key(issuer_lines[1])) is not None
            and PLACE_UNIT.search(key(issuer_lines[0])) is None)
        if not one_name:
            doc["issuer"] = {"name": " ".join(issuer_lines[1:]), "parent": issuer_lines[0]}
        else:
            doc["issuer"] = {"name": " ".join(issuer_lines), "parent": None}
    if doc["date"] is None:
        # minutes without a place-and-date line are dated by the meeting their opening
        # names ("Vào lúc 14 giờ 00 phút, ngày 21 tháng 10 năm 2026, tại ...")
        opening = next((i for i in range(min(header_end, len(keys)))
                        if MINUTES_OPENING.match(keys[i])), None)
        if opening is not None:
            dm = DATE_RE.search(" ".join(keys[opening:opening + 2]))
            if dm and dm.group("d") and dm.group("m"):
                doc["date"] = _parse_date(dm)[0]
    if doc["date"] is None:
        parsed.warnings.append("document date not found")

    # -- addressees, legal bases, recipients, signature ---------------------------------
    i = 0
    while i < len(lines):
        k = keys[i].strip()
        if KINH_GUI.match(k) or DISPATCH_TO.match(k):
            rest = lines[i].split(":", 1)[1].strip() if ":" in lines[i] else ""
            if rest:
                doc["addressees"].append(rest.lstrip("- ").rstrip(";,."))
            used.add(i)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].lstrip().startswith(
                    ("-", "+", "•")) or (j - 1 in used and not regex.search(
                        r"[;.:]\s*$", lines[j - 1]) and lines[j].strip()[:1].islower())):
                if lines[j].strip():
                    text_j = lines[j].strip().lstrip("-+• ").rstrip(";,.")
                    if lines[j].lstrip().startswith(("-", "+", "•")) or not doc["addressees"]:
                        doc["addressees"].append(text_j)
                    else:
                        doc["addressees"][-1] += " " + text_j
                used.add(j)
                j += 1
            i = j
            continue
        if k.startswith("CAN CU") and i < first_heading + 200:
            basis = [lines[i].strip()]
            used.add(i)
            j = i + 1
            while j < len(lines) and lines[j].strip() and not regex.search(r"[;.]\s*$",
                                                                            basis[-1]) \
                    and not keys[j].strip().startswith(("CAN CU", "THEO DE NGHI")) \
                    and not heading(lines[j]):
                basis.append(lines[j].strip())
                used.add(j)
                j += 1
            doc["legal_bases"].append(" ".join(basis).rstrip(";."))
            i = j
            continue
        # past a dash or speck OCR read from the table's border ("- Nơi nhận:")
        nn = regex.match(r"^[\s\-–_.'•*]*NOI\s*NH\S{0,2}N\s*:?", k)
        if nn:
            used.add(i)
            # two columns read as one line: "Nơi nhận:   KT. CHỦ TỊCH"
            beside = [_original_span(lines[i], keys[i], nn.end(), len(keys[i])).strip()]
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or
                                      lines[j].lstrip().startswith(("-", "+", "•"))):
                recipient, signature = _split_signature_column(lines[j])
                if recipient:
                    doc["recipients"].append(recipient.lstrip("-+• ").rstrip(";,."))
                if signature:
                    beside.append(signature)
                used.add(j)
                j += 1
            tail = []
            while j < len(lines) and len(tail) < 8:
                if j not in used and (keys[j].strip().startswith(AUTHORITIES) or any(
                        key(t) in keys[j] for t in TITLES) or tail):
                    if doc_type(lines, j) or heading(lines[j]):
                        break
                    tail.append(j)
                elif lines[j].strip():
                    break
                j += 1
            names_after = [n for n in range(j, min(j + 6, len(lines))) if n not in used
                           and PERSON_NAME.fullmatch(lines[n].strip())]
            if any(beside) and not tail:
                tail = names_after[-1:]
            signer = _signer([b for b in beside if b] + [lines[t] for t in tail])
            if signer:
                doc["signer"] = signer
                used.update(tail)
            i = j
            continue
        i += 1
    if doc["signer"] is None:
        for i in range(len(lines)):
            if keys[i].strip().startswith(SIGNATURE_OPENINGS) and i not in used:
                tail = [j for j in range(i, min(i + 8, len(lines))) if j not in used
                        and lines[j].strip()]
                signer = _signer([lines[j] for j in tail])
                if signer:
                    doc["signer"] = signer
                    used.update(tail)
                break
    if doc["signer"] is not None:
        doc["signers"] = [doc["signer"]]
    else:  # minutes: no "Nơi nhận", two or three signatures side by side
        block = _signature_block(lines, used)
        doc["signers"], doc["signer"] = _signatures([lines[j] for j in block])
        if doc["signers"]:
            used.update(block)

    # -- body: sections -----------------------------------------------------------------
    root = Node(label="", title="", level=0, kind="root")
    preamble = Node(label="", title="", level=1, kind="preamble")
    root.children.append(preamble)
    stack: list[Node] = [root]
    last_roman: dict[tuple[str, int], int] = {}  # per kind and parent
    upper_letter_rank: float | None = None
    current = preamble
    table_at = {t.first_line: t for t in find_tables(lines, keys, used)}
    i = 0
    while i < len(lines):
        if i in used:
            i += 1
            continue
        if i in table_at:
            table = table_at[i]
            current.tables.append(table)
            current.lines.extend(table.lines)
            i = table.lines[-1] + 1
            continue
        line = lines[i]
        is_appendix = appendix(keys[i])
        t = is_appendix or (doc_type(lines, i) if i > header_end else None)
        if t:  # a second part (a plan attached to a decision) or an appendix
            node = Node(label=t[0], title="", level=0, kind="attachment", lines=list(
                range(i, i + t[1])))
            j = i + t[1]
            title = []
            while j < len(lines) and len(title) < 3 and not heading(lines[j]) and \
                    not BODY_CUES.match(keys[j]) and (j not in used or not lines[j].strip()):
                if is_appendix and lines[j].strip() and not (
                        lines[j].strip().startswith("(") or _is_upper(lines[j])):
                    break  # an appendix title is printed in capitals
                if lines[j].strip():
                    title.append(lines[j].strip())
                    node.lines.append(j)
                elif title and (j + 1 >= len(lines) or not lines[j + 1].strip().startswith(
                        "(")) and "".join(title).count("(") <= "".join(title).count(")"):
                    # a blank line ends the title unless "(Ban hành kèm theo ...)" follows
                    # or is still open
                    break
                j += 1
            node.title = " ".join(title)
            root.children.append(node)
            stack = [root, node]
            current = node
            i = j
            continue
        h = heading(line) or _misread_item(lines, i, stack)
        if h is None:
            current.lines.append(i)
            current.body.append(line)
            i += 1
            continue
        kind, label, title = h
        open_item = _open_item_number(stack)
        if kind == "roman" and open_item is not None and not _is_upper(title) and \
                regex.fullmatch(r"I+\.", label) and \
                int(label[:-1].replace("I", "1")) == open_item + 1:
            kind, label = "numbered", label.replace("I", "1")  # "11." read as "II."
        elif kind == "roman" and label == "I." and not _is_upper(title) and (
                _next_heading(lines, i + 1, len(lines), used, ("numbered", "roman")) or ()
        )[:2] == ("numbered", "2."):
            kind, label = "numbered", "1."  # "1." read as "I." before a "2."
        if kind in ("roman", "chapter"):
            numeral, value = _numeral(kind, label)
            parent = id(stack_parent(stack, LEVELS[kind]))
            expected = last_roman.get((kind, parent), 0) + 1
            if regex.fullmatch(r"I+", numeral) and value != expected:
                following = islice(_headings_after(lines, i + 1, len(lines), used, (kind,)), 2)
                value = _stroke_misread(value, expected, [_numeral(kind, h[1])[1]
                                                          for h in following])
                label = (to_roman(value) + "." if kind == "roman"
                         else f"Chương {to_roman(value)}")
            last_roman[kind, parent] = value
        if kind == "upper_letter":
            if upper_letter_rank is None:  # the first "A." fixes the rank for the document
                roman_open = any(n.kind == "roman" for n in stack)
                upper_letter_rank = UPPER_LETTER_RANK[
                    "roman_open" if roman_open else "no_roman_open"]
            rank = upper_letter_rank
        else:
            rank = LEVELS[kind]
        node = Node(label=label, title=title, level=rank, kind=kind, lines=[i])
        j = i + 1
        # a heading that wraps: an upper-case title continued in upper case, or a long
        # sentence-case title cut mid-phrase and continued in lower case
        letters = [ch for ch in title if ch.isalpha()]
        upper = letters and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
        while j < len(lines) and (j not in used or not lines[j].strip()) and not heading(
                lines[j]):
            if not lines[j].strip():
                # OCR puts blank lines between blocks: look past one for a continuation
                untitled_part = kind in ("part", "chapter", "division") and not node.title
                after = lines[j + 1].strip() if j + 1 < len(lines) else ""
                if after and j + 1 not in used and not heading(after) and (
                        ((upper or untitled_part) and all(
                            ch.isupper() for ch in after if ch.isalpha()))
                        or (not upper and _continues_sentence(node, title, after))):
                    j += 1
                    continue
                break
            nxt = lines[j].strip()
            nletters = [ch for ch in nxt if ch.isalpha()]
            if kind in ("part", "chapter", "division") and not node.title and nletters and all(
                    ch.isupper() for ch in nletters):
                node.title = nxt
            elif upper and nletters and all(ch.isupper() for ch in nletters) and len(
                    nxt) < 90:
                node.title += " " + nxt
            elif not upper and _continues_sentence(node, title, nxt):
                node.title += " " + nxt
            else:
                break
            node.lines.append(j)
            j += 1
        while len(stack) > 1 and stack[-1].level >= node.level and stack[-1].kind != \
                "attachment":
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
        current = node
        i = j

    for node_path, label_path, node in _walk(root.children, "", ""):
        for li in node.lines:
            parsed.line_owner[li] = node_path
        parsed.tables.extend(t.to_json(label_path) for t in node.tables)
    parsed.metadata_lines = {i for i in used if lines[i].strip()}
    sections = [c.to_json() for c in root.children if c.kind != "preamble" or c.body]
    parsed.document = doc
    parsed.sections = sections
    parsed.entities = entities.extract(text)
    return parsed


def _walk(nodes: list[Node], index_prefix: str, label_prefix: str):
    """(index path such as "/1/0", label path such as "III./2.", node), depth first."""
    for n, node in enumerate(nodes):
        index_path = f"{index_prefix}/{n}"
        label_path = f"{label_prefix}/{node.label}" if label_prefix else node.label
        yield index_path, label_path, node
        yield from _walk(node.children, index_path, label_path)


def stage_record() -> StageRecord:
    return StageRecord("parse", __version__, {"rules": "nd30-2020", "keyword_match": "no-marks"})
