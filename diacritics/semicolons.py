"""Semicolons read as colons inside a list that a colon opened.

Tesseract often reads a semicolon whose comma tail is faint as a colon: "gồm: thuê âm
thanh 3.000.000 đồng: nước uống, hoa 2.500.000 đồng; ..." (our OCR of the dev reports: the
commonest error left, 4 of 73 words; 7 of 28 on reports written for the purpose). After a
colon has opened a list, its items are parted by semicolons until the sentence ends: a
colon that ends an item of five words or more which starts with a small letter or a
figure, before a small letter, is one of them. An item that starts with a capital or is
short is a label of its own ("Thời gian: năm 2026; Lưu ý: các ...", "ngày thanh toán:
ngày 7; ngày đến hạn: ngày 15"), and a list item's own line opens a new sentence ("d)
Bồi dưỡng kỹ năng số: sử dụng ..."). No colon is taken on the clean dev texts (the train
seeds, the written reports) nor in the law codes and LibreOffice help the LM learns from.

The other way round, a label that starts a line or a list item takes a colon ("2. Thời
gian; 01 buổi, bắt đầu từ 14 giờ" is "Thời gian:"; the new invitation's scan):
``label_semicolon(line)`` is the offset of such a semicolon, or None.

Contract: ``misread_semicolons(lines, followings, model) -> {(line, offset)}``, the
colons that are semicolons; ``followings[n]`` is the next non-blank line after line n.
Only text with marks: without them a colon inside a word ("xây: dựng", a speck that api
drops) is not told from a list's.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from diacritics.model import Model
from diacritics.words import lower_syllable_first, mark_in_word

CHUNK = regex.compile(r"\S+")
# a colon at a word's end, after a letter, a figure or a bracket ("gồm:", "tháng 8:")
WORD_COLON = regex.compile(r"[\p{L}\d)]:$")
SENTENCE_END = regex.compile(r"(?<!\.\.)[.!?]$")  # an ellipsis ends no sentence
# a line that starts a list item: a dash or bullet, "a)", "1.", "1.2.", "II."
LIST_ITEM = regex.compile(
    r"^\s*(?:[-–+•*]|\p{Ll}\)|\d{1,2}(?:\.\d{1,2})*\.(?=\s)|[IVX]{1,4}\.(?=\s))")
# a line that goes on with a sentence starts with a small letter or a figure ("3.000.000
# đồng: nước uống", as OCR breaks a line)
GOES_ON = regex.compile(r"^\s*[\p{Ll}\d]")
SMALL_OR_FIGURE = regex.compile(r"^\W*[\p{Ll}\d]")
# a label before its colon is short ("ngày đến hạn: ngày 15", "tần số trả tiền: nửa năm");
# the items that end with a misread semicolon on the dev pages have 5 words or more
ITEM_MIN_WORDS = 5
# the words a colon follows to bring in what comes ("gồm:", "như:", "ví dụ:", "sau đây:",
# "cụ thể:", "trong đó:", "là:"): never a misread semicolon
INTRODUCERS = frozenset({"gồm", "như", "dụ", "sau", "đây", "thể", "đó", "là"})
# the labels of an invitation, a plan's tasks, a form ("Thời gian thực hiện:"), at the
# start of a line or of its list item, with a semicolon and words after it
LABEL_SEMICOLON = regex.compile(
    r"^\s*(?:[-–+•]\s*|\p{Ll}\)\s*|\d{1,2}(?:\.\d{1,2})*\.\s+)?"
    r"(?:Thời gian|Thời hạn|Địa điểm|Thành phần|Nội dung|Hình thức|Chủ trì|Kinh phí"
    r"|Đối tượng|Phạm vi|Mục đích|Yêu cầu|Lưu ý|Ghi chú)(?: \p{Ll}+){0,2}"
    r"(?P<semicolon>;)(?= \S)")
# and a document's number label, its colon read as a semicolon before the number ("Số;
# 64/KH-UBND": a speck under the colon in dev batch 67's render, and the parser found no
# number), at a line's start or a column's
NUMBER_LABEL_SEMICOLON = regex.compile(
    r"(?:^|(?<=\t))(?:Số|SỐ|So|SO)(?P<semicolon>;)(?= ?\d{1,5}/)")


@dataclass
class _State:
    in_list: bool = False  # a colon opened a list in this sentence
    item_small: bool = False  # the list's current item starts with a small letter or figure
    item_words: int = 0  # the current item's words so far (0: the next chunk starts one)
    # brackets open in the sentence, which may have opened on a line before ("(hiện có
    # 31 người, thiếu 04 người ở" + "các vị trí: tư pháp - hộ tịch, ...", a page's wrap)
    depth: int = 0


def continues(line: str) -> bool:
    """Whether a line goes on with the sentence of the line before (a list item does not)."""
    return GOES_ON.match(line) is not None and LIST_ITEM.match(line) is None


def misread_semicolons(lines: list[str], followings: list[str],
                       model: Model) -> frozenset[tuple[int, int]]:
    found = set()
    state = _State()
    goes_on = {line: continues(line) for line in {*lines, *followings}}
    for number, (line, following) in enumerate(zip(lines, followings, strict=True)):
        if not line.strip():
            continue  # raw Tesseract leaves blank lines inside a paragraph
        if not goes_on[line]:
            state = _State()
        after_line = following if goes_on[following] else ""
        found.update((number, offset) for offset in _walk(line, state, after_line, model))
    return frozenset(found)


def label_semicolon(line: str) -> int | None:
    label = LABEL_SEMICOLON.match(line) or NUMBER_LABEL_SEMICOLON.search(line)
    return label.start("semicolon") if label else None


def _walk(line: str, state: _State, after_line: str, model: Model) -> list[int]:
    """The offsets of the line's misread semicolons; ``state`` goes on to the line's end.
    A list's colon stands at a word's end before a small letter or a figure and is no
    speck inside a word; a colon inside brackets explains ("Tổng số: 1.200 TTHC (trong
    đó: mức độ toàn trình 800; ...)")."""
    chunks = list(CHUNK.finditer(line))
    offsets = []
    for n, chunk in enumerate(chunks):
        text = chunk.group()
        if not state.item_words:
            state.item_small = bool(SMALL_OR_FIGURE.match(text))
        state.item_words += 1
        state.depth = max(0, state.depth + text.count("(") - text.count(")"))
        if text[-1] == ":" and WORD_COLON.search(text):  # the test first: most words pass
            after = chunks[n + 1].group() if n + 1 < len(chunks) else after_line.strip()
            before = regex.sub(r"^\W+", "", text[:-1])
            word = lower_syllable_first(after, model)
            if (word or after[:1].isdigit()) and not mark_in_word(
                    before, after.split(maxsplit=1)[0].rstrip(",.;:"), model):
                misread = (word and state.in_list and state.item_small and not state.depth
                           and state.item_words >= ITEM_MIN_WORDS
                           and before[-1:].isalpha()  # not a point's number ("3:")
                           and before.lower() not in INTRODUCERS)
                if misread:
                    offsets.append(chunk.end() - 1)
                state.in_list, state.item_words = True, 0
        elif text.endswith(";"):
            state.item_words = 0
        elif text[-1] in ".!?" and SENTENCE_END.search(text):
            state.in_list = False
    return offsets
