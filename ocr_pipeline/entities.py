"""Entities for analytics: referenced documents, dates, percentages, scores, counts and
amounts of money.

Works on repaired text (one line per printed line); line breaks are folded to spaces
first so a reference split over two lines is still found. Numbers use the Vietnamese
decimal comma ("10,4898" is 10.4898; "1.250" is 1250).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from diacritics.numbers import REPORTED_FIGURE
from diacritics.syllable import nfc

KINDS = ["Quyết định", "Nghị định", "Nghị quyết", "Kế hoạch", "Công văn", "Văn bản", "Thông tư",
         "Chỉ thị", "Báo cáo", "Thông báo", "Chương trình hành động", "Chương trình",
         "Hướng dẫn", "Tờ trình", "Kết luận", "Đề án", "Luật"]
KIND_RE = "|".join(regex.escape(k) for k in sorted(KINDS, key=len, reverse=True))
REFERENCE = regex.compile(
    rf"(?P<kind>{KIND_RE})(?:\s+liên\s+tịch)?\s+(?:số\s*:?\s*)?"
    # the slash OCR lost before a symbol with its issuer ("21NQ-HĐND") is no reason to
    # miss the reference
    r"(?P<number>\d{1,5})(?:\s*/\s*(?P<year>(?:19|20)\d{2}))?"
    r"(?:\s*[/-]\s*|(?-i:(?=[A-ZĐ]{2,}[A-ZĐ0-9&]*-[A-ZĐ])))"
    r"(?P<symbol>[A-ZĐ][A-Za-zĐđ]*(?:[-/&][A-ZĐ][A-Za-zĐđ0-9]*)*)"
    r"(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>(?:(?!\s(?:về|việc|ban\s+hành|phê\s+duyệt|quy\s+định|v/v)\b)"
    r"[^;,.“\"(])+))?",
    regex.IGNORECASE,
)
DATE_NUMERIC = regex.compile(r"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", regex.I)
DATE_WORDS = regex.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", regex.I)
PERCENT = regex.compile(r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*%")
SCORE = regex.compile(r"(?P<value>\d+(?:,\d+)?)\s*/\s*(?P<max>\d+(?:,\d+)?)\s*điểm", regex.I)
UNITS = ["thủ tục hành chính", "TTHC", "hồ sơ", "tin bài", "tin, bài", "bài viết", "văn bản",
         "cuộc", "lượt", "cán bộ", "công chức", "viên chức", "người", "đơn vị", "nhiệm vụ",
         "hoạt động", "kế hoạch", "quyết định", "cuộc kiểm tra", "sáng kiến", "tài khoản",
         "dịch vụ công", "phòng", "thôn", "xã", "tổ", "lớp", "buổi", "hội nghị", "ý kiến",
         "kiến nghị", "phản ánh", "doanh nghiệp", "chỉ tiêu", "mục tiêu", "giải pháp",
         # what reports on other fields count ("96 hộ nghèo", "07 trường hợp", "15 đơn kiến
         # nghị", "1.245 ha", "8,6 km"): the commonest unlisted units of the written dev
         # reports, and the plain words that count people, cases and places
         "hộ", "trường hợp", "đơn", "cơ sở", "đợt", "lần", "phiếu", "nhà", "con", "ha", "km",
         "tấn", "đồng chí", "trường học", "học sinh", "nhân khẩu", "ca", "trẻ", "cặp"]
UNIT_RE = "|".join(regex.escape(u) for u in sorted(UNITS, key=len, reverse=True))
VALUE = rf"(?<![\d/.,])(?P<value>{REPORTED_FIGURE})"
COUNT = regex.compile(rf"{VALUE}\s+(?P<unit>{UNIT_RE})(?!\p{{L}})")
# money: "11,5 tỷ đồng", "650 triệu đồng", "126.000.000 đồng"; a bare "đồng" only after a
# number in thousands' groups (filtered in ``extract``); not a word "đồng" begins ("đồng bào")
SCALES = {"tỷ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}
AMOUNT = regex.compile(rf"{VALUE}(?:\s+(?P<scale>tỷ|triệu|nghìn|ngàn))?\s+đồng"
                       r"(?!\s+(?:chí|bào|bộ|thời|ý|bằng|loạt|tiền|đều)(?!\p{L}))(?!\p{L})")
CLAUSE_START = regex.compile(r"[.;:!?]\s")
MEASURE_WORDS = 14  # what a measure without "tỷ lệ" keeps of its clause
CLAUSE_MAX_WORDS = 60


def number(text: str) -> float:
    """Vietnamese number: '.' groups thousands, ',' is the decimal mark."""
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text)


def iso(d: str | None, m: str | None, y: str | None) -> str | None:
    """The ISO 8601 date of day ``d``, month ``m``, year ``y``; None unless the calendar
    has that day (a misread digit makes "ngày 92" or "31/02")."""
    if not (y and m and d):
        return None
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def clause_before(text: str, pos: int, max_words: int = MEASURE_WORDS) -> str:
    start = 0
    for m in CLAUSE_START.finditer(text, 0, pos):
        start = m.end()
    words = text[start:pos].split()
    return " ".join(words[-max_words:])


def extract(text: str) -> dict[str, list[dict[str, Any]]]:
    flat = " ".join(nfc(text).replace("\f", " ").split())
    references = []
    for m in REFERENCE.finditer(flat):
        kind = next((k for k in KINDS if k.lower() == m.group("kind").lower()), m.group("kind"))
        references.append({
            "kind": kind,
            "number": m.group("number"),
            "year": int(m.group("year")) if m.group("year") else None,
            "symbol": m.group("symbol"),
            "date": iso(m.group("d"), m.group("m"), m.group("y")),
            "issuer": m.group("issuer").strip() if m.group("issuer") else None,
            "text": m.group(0).strip(),
        })
    dates = []
    for rx in (DATE_NUMERIC, DATE_WORDS):
        for m in rx.finditer(flat):
            value = iso(m.group(1), m.group(2), m.group(3))
            if value:
                dates.append({"date": value, "text": m.group(0), "offset": m.start()})
    dates.sort(key=lambda d: d["offset"])
    percentages = []
    for m in PERCENT.finditer(flat):
        # a measure named "tỷ lệ ..." is taken whole, however long ("Tỷ lệ trẻ em dưới 1
        # tuổi được tiêm chủng đầy đủ các loại vắc xin đạt"); otherwise the clause's end
        clause = clause_before(flat, m.start(), max_words=CLAUSE_MAX_WORDS)
        at = clause.lower().rfind("tỷ lệ")
        measure = clause[at:] if at >= 0 else " ".join(clause.split()[-MEASURE_WORDS:])
        percentages.append({"value": number(m.group("value")), "measure": measure.strip(),
                            "text": m.group(0)})
    scores = [{"value": number(m.group("value")), "max": number(m.group("max")),
               "context": clause_before(flat, m.start()), "text": m.group(0)}
              for m in SCORE.finditer(flat)]
    counts = [{"value": number(m.group("value")), "unit": m.group("unit"), "text": m.group(0)}
              for m in COUNT.finditer(flat)]
    amounts = [{"value": round(number(m.group("value")) * SCALES.get(m.group("scale"), 1.0), 2),
                "unit": "đồng", "context": clause_before(flat, m.start()), "text": m.group(0)}
               for m in AMOUNT.finditer(flat) if m.group("scale") or "." in m.group("value")]
    return {"references": references, "dates": dates, "percentages": percentages,
            "scores": scores, "counts": counts, "amounts": amounts}
