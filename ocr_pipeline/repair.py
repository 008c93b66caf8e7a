"""Stage 4, repair: restore diacritics and fix OCR errors with the ``diacritics`` engine.

Contract: ``repair_page(page, options) -> PageText`` fills ``page.text`` (same number of
lines as ``text_raw``) and ``page.corrections`` ({page, line, original, corrected,
confidence}). A text layer an OCR engine made is repaired too (one made without the
Vietnamese model, as legacy PDFs often carry, only when no readable scan lies under it:
``pipeline.read_page`` OCRs the scan instead, ``read_without_vietnamese``). A typed
text layer (a PDF made from a word processor: source "text-layer") that reads as
Vietnamese with its marks is kept as written (``kept_as_typed``): it is what its author
wrote, typos included; typed text without marks or in legacy garble is repaired.
``harmonise(pages) -> pages`` then applies what only the whole document shows to every
page that was read by OCR: how it writes its quarters (``harmonise_quarters``), and the
numerals of Roman headings and the letters of lettered items around a garbled one on
another page (``harmonise_numbering``), and a name repair gave other marks than OCR read
where the document spells it as read elsewhere (``harmonise_names``), and a page's first
word OCR read in capitals where the page before ends inside a sentence
(``harmonise_page_starts``: "hồ" + "SƠ trực tuyến." is "sơ").

A word Tesseract read with confidence ``TRUSTED_CONFIDENCE`` or more is kept as printed
(the rules for codes, specks, headings and case still apply to it): on the dev pages
Tesseract's `vie` model is wrong about 2 words in 10,000 at that confidence (6 of 34,103;
0.16% at 95, 0.4-1% at 90-95, 7% at 85-90). Repair's 6 edits of such words there fixed 1
OCR error; the 5 others "corrected" the source's own typos ("áp dung", "năng cao", as
printed), which the text of a scan should keep. Not so the words the model prints for
another by habit (``HABITUAL_MISREADINGS``: "chỉ" for chi), which count as doubted
whatever Tesseract's confidence, nor a word with a digit among
letters with marks ("1ệ"), which no text prints, nor a date's word with another tone
before a number ("nắm 2013"), nor a rare syllable beside a common one of its letters
(``_rare_beside_common``: "vùng sầu", "cán bô"), nor a word in small letters that is no
word at all beside a common one of its letters (``_non_word_beside_common``: "thủ tực"). A
word read with confidence under
``DOUBTFUL_CONFIDENCE`` (wrong 7-49% of the time there) may be replaced by another real
word when the decoder's choice is more likely than not, not only when it is sure. Between
the two repair decides alone.
"""

from __future__ import annotations

from dataclasses import replace

import regex

import diacritics
from diacritics.api import fix_lettered_items
from diacritics.codes import roman_headings_by_sequence
from diacritics.decoder import MARKED_CHARS, unknown_word
from diacritics.model import load
from diacritics.numbers import number_style, quarters_in_ones
from diacritics.specks import DATE_AFTER
from diacritics.syllable import fold, place_tone, split_tone, strip_marks
from ocr_pipeline.models import Options, PageText, StageRecord, Word
from ocr_pipeline.ocr import word_places, words_to_text
from ocr_pipeline.parse import key
from ocr_pipeline.table_rows import find_tables

TRUSTED_CONFIDENCE = 96.0
# what Tesseract's vie model prints for another real word by habit, however sure it is:
# "chỉ" for chi (16 of the 21 "chi" in the OCR channel's dev renders: "chỉ tiết", "chỉ
# trả"), "tỉnh" for tinh ("tỉnh thần"); repair decides on these as on a word Tesseract
# doubted: the likelier reading wins. Only untrusted, "chi bộ" read "chỉ bộ" had stayed
# (our pipeline on the dev renders: 101 -> 100 word errors, in Liberation Serif 159 -> 157;
# none of the 137 right "chỉ" and "tỉnh" of 110 of those pages changed)
HABITUAL_MISREADINGS = frozenset({"chỉ", "tỉnh"})
# the words of a date ("ngày 29 tháng 8 năm 2013"), by their letters: read with another
# tone before a number, however sure Tesseract is ("tháng § nắm 2013", at 96 in a public
# decision's render), repair decides on them
DATE_WORDS = {strip_marks(word): word for word in DATE_AFTER}
DOUBTFUL_CONFIDENCE = 90.0
DIGIT_AMONG_LETTERS = regex.compile(r"(?=\p{Ll}*\d)[\p{Ll}\d]*\p{Ll}[\p{Ll}\d]*")


def stage_record(options: Options) -> StageRecord:
    return StageRecord(
        name="repair", version=diacritics.__version__,
        settings={"enabled": options.repair, "model": diacritics.model_info(),
                  "typed_text_layer": "kept as written when it reads as Vietnamese with marks",
                  "trusted_ocr_confidence": TRUSTED_CONFIDENCE,
                  "never_trusted": sorted(HABITUAL_MISREADINGS),
                  "never_trusted_kinds": ["an acute where a hook above makes a syllable too",
                                          "a digit among letters with marks",
                                          "a date's word with another tone before a number",
                                          "a rare syllable beside a common one of its letters"],
                  "doubtful_ocr_confidence": DOUBTFUL_CONFIDENCE},
    )


def read_without_vietnamese(text_layer: str) -> bool:
    """Whether an OCR engine's text layer reads as text OCR'd without the Vietnamese model:
    the English model's garble, or Vietnamese without its marks."""
    return diacritics.text_mode(text_layer) != "vie"


def kept_as_typed(page: PageText) -> bool:
    """Whether repair leaves the page as written: typed text in Vietnamese with marks."""
    return page.source == "text-layer" and diacritics.text_mode(page.text_raw) == "vie"


def repair_page(page: PageText, options: Options) -> PageText:
    if not options.repair or kept_as_typed(page):
        return replace(page, text=page.text_raw)
    restored = diacritics.restore(page.text_raw, *trusted_and_doubtful_words(page))
    corrections = [
        {
            "page": page.number,
            "line": edit.line + 1,
            "original": edit.original,
            "corrected": edit.replacement,
            "confidence": round(edit.confidence, 3),
        }
        for edit in restored.edits
    ]
    return replace(page, text=restored.text, corrections=corrections)


def harmonise_quarters(pages: list[PageText]) -> list[PageText]:
    """The pages of one document, a quarter's Roman I's read as ones ("Quý 1/2026" for
    "Quý I/2026") made Roman again on every page when the document writes its quarters
    in Roman numerals somewhere and nowhere in figures. Each page is repaired alone (in
    parallel), and a page holds that evidence only if it names another quarter: in one
    dev plan's two renders 4 quarters were left "1/2026", on pages that wrote no other."""
    style = number_style("\n".join(p.text for p in pages))
    if not style.roman_quarters:
        return pages
    harmonised = []
    for page in pages:
        if page.source == "text-layer":  # typed: no I was misread as a one there
            harmonised.append(page)
            continue
        lines = page.text.split("\n")
        corrections = list(page.corrections)
        for number, line in enumerate(lines):
            for fix in quarters_in_ones(line):  # same length: later spans stay put
                corrections.append(_document_correction(page, number, fix.original,
                                                        fix.replacement))
                line = line[:fix.start] + fix.replacement + line[fix.end:]
            lines[number] = line
        harmonised.append(replace(page, text="\n".join(lines), corrections=corrections))
    return harmonised


def harmonise(pages: list[PageText]) -> list[PageText]:
    """The pages of one document with what only the whole document shows applied."""
    return harmonise_page_starts(harmonise_names(harmonise_numbering(
        harmonise_quarters(pages))))


# a page's first word that OCR read in capitals, and as repair wrote it, capitalised,
# before a word in small letters
CAPITALS_FIRST = regex.compile(r"^\s*(\p{Lu}{2,})(?= \p{Ll})")
CAPITALISED_FIRST = regex.compile(r"^\s*(\p{Lu}\p{Ll}+)(?= \p{Ll})")
# a line that ends inside a sentence: three words or more, the last ending with a letter or
# a comma (not a page's number, "- 1 -" or "1")
ENDS_INSIDE_SENTENCE = regex.compile(r"(?:\S+\s+){2,}\S*[\p{L}\p{M},]$")


def harmonise_page_starts(pages: list[PageText]) -> list[PageText]:
    """The pages of one document, a page's first word that OCR read in capitals and
    repair wrote as a capitalised word ("SƠ" -> "Sơ") in small letters where the page
    before ends inside a sentence (its last line ends with a word or a comma): the
    sentence goes on ("khuyến khích nộp hồ" + "sơ trực tuyến."). A short first line
    gives Tesseract no small letters to size the word's by, and it read "sơ" in capitals
    on the second page of a new report's render; repair, which reads each page alone,
    took it for a sentence's start. Inside a page the line before shows it
    (``capitals.fix_case``)."""
    fixed = list(pages)
    for k in range(1, len(pages)):
        page = pages[k]
        if page.source == "text-layer" or not ENDS_INSIDE_SENTENCE.search(
                pages[k - 1].text.rstrip().rsplit("\n", 1)[-1]):
            continue
        lines, raw = page.text.split("\n"), page.text_raw.split("\n")
        first = next((n for n, line in enumerate(lines) if line.strip()), None)
        if first is None or first >= len(raw):
            continue
        read, word = CAPITALS_FIRST.match(raw[first]), CAPITALISED_FIRST.match(lines[first])
        if read is None or word is None or word[1].lower() != read[1].lower():
            continue
        start, end = word.span(1)
        lines[first] = lines[first][:start] + word[1].lower() + lines[first][end:]
        fixed[k] = replace(page, text="\n".join(lines), corrections=[
            *page.corrections, _document_correction(page, first, word[1], word[1].lower())])
    return fixed


# two capitalised words in a row, on one line or the second first on the next: a name's
# last two ("Long Hựu", "Văn Bình")
NAME_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}*)[ \n](\p{Lu}\p{Ll}*)(?![\p{L}\p{M}])")
NAME_SPELLING_MIN = 2  # the document's other uses of a name as read that outweigh repair


def harmonise_names(pages: list[PageText]) -> list[PageText]:
    """The pages of one document, a capitalised word that repair gave other marks than
    OCR read ("Hựu" -> "Hưu") read as OCR read it again where the document's other
    lines write the pair it ends (the word before it and it) so ``NAME_SPELLING_MIN``
    times or more and never as repaired: the document's own spelling of a name. Each page
    is repaired alone: in a dev decision's render in Liberation Serif, page 2's "Long" +
    "Hựu." on the next line, doubted at 89, became the commoner "Hưu", though page 1
    wrote "Long Hựu" three times."""
    # (page, line of the pair's second word, its start in the page's text) per pair, and
    # the pairs each word ends
    pairs: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for k, page in enumerate(pages):
        for m in NAME_PAIR.finditer(page.text):
            line = page.text.count("\n", 0, m.start(2))
            pairs.setdefault((m[1], m[2]), []).append((k, line, m.start(2)))
    ending: dict[str, list[str]] = {}
    for before, word in pairs:
        ending.setdefault(word, []).append(before)
    texts = [page.text for page in pages]
    corrections = [list(page.corrections) for page in pages]
    for k, page in enumerate(pages):
        if page.source == "text-layer":
            continue
        for fix in page.corrections:
            read, repaired = str(fix["original"]), str(fix["corrected"])
            line = int(str(fix["line"])) - 1
            if read == repaired or not read.istitle() or not read.isalpha() or \
                    strip_marks(read) != strip_marks(repaired):
                continue
            for before in ending.get(repaired, []):
                places = pairs[before, repaired]
                here = [p for p in places if p[:2] == (k, line)]
                elsewhere_read = [p for p in pairs.get((before, read), []) if p[:2] != (k, line)]
                if here and len(elsewhere_read) >= NAME_SPELLING_MIN and \
                        len(here) == len(places):
                    for _, _, start in here:
                        # marks only: in NFC one code point a letter, so the other places
                        # stay put
                        texts[k] = texts[k][:start] + read + texts[k][start + len(repaired):]
                        corrections[k].append(_document_correction(page, line, repaired, read))
    return [replace(page, text=text, corrections=fixed)
            for page, text, fixed in zip(pages, texts, corrections, strict=True)]


def harmonise_numbering(pages: list[PageText]) -> list[PageText]:
    """The pages of one document, a Roman heading's numeral or a lettered item's letter
    that a poor scan garbled counted from the headings or items around it on other pages
    too (``codes.roman_headings_by_sequence``, ``diacritics.api.fix_lettered_items``):
    each page is repaired alone, and in the dev reports' renders a report's "III." opened
    page 2 read "HI." under the "II." of page 1, and a decision's "c)" opened page 2
    read "e)" after the "b)" that ended page 1."""
    page_lines = [page.text.split("\n") for page in pages]
    places = [(k, n) for k, page in enumerate(pages) if page.source != "text-layer"
              for n in range(len(page_lines[k]))]
    lines = [page_lines[k][n] for k, n in places]
    fixes = roman_headings_by_sequence(lines, lines)
    fixes += [(e.line, e.start, e.end, e.replacement)
              for e in fix_lettered_items(list(lines))]
    fixes += table_row_numbers(lines)
    if not fixes:
        return pages
    corrections = [list(page.corrections) for page in pages]
    for line, start, end, replacement in fixes:
        k, n = places[line]
        text = page_lines[k][n]
        corrections[k].append(_document_correction(pages[k], n, text[start:end], replacement))
        page_lines[k][n] = text[:start] + replacement + text[end:]
    return [replace(page, text="\n".join(lines_of), corrections=fixed)
            for page, lines_of, fixed in zip(pages, page_lines, corrections, strict=True)]


def table_row_numbers(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, number) for the rows of OCR'd tables under a "TT"/"STT" header
    whose number a narrow cell garbled or lost ("K)" for 3, "Z" for 2, a "|" dropped as a
    speck) where the rows around them number in sequence, as the parser numbers them
    (``table_rows.find_tables``): 12 of the 84 row numbers of twelve degraded renders of a
    report's table had been so read."""
    fixes = []
    for table in find_tables(lines, [key(line) for line in lines], set()):
        for n, (first, number) in table.renumbered.items():
            start = len(lines[n]) - len(lines[n].lstrip(" "))
            fixes.append((n, start, start + len(first), number))
    return fixes


def _document_correction(page: PageText, line: int, original: str, corrected: str
                         ) -> dict[str, object]:
    """A correction made when the pages come together (0-based ``line`` of ``page``)."""
    return {"page": page.number, "line": line + 1, "original": original,
            "corrected": corrected, "confidence": 0.9}


def trusted_and_doubtful_words(page: PageText) -> tuple[set[tuple[int, int]],
                                                      set[tuple[int, int]]]:
    """(line, k) of the words of ``text_raw`` that Tesseract read with confidence
    ``TRUSTED_CONFIDENCE`` or more, and of those it read with confidence under
    ``DOUBTFUL_CONFIDENCE``; none for a text layer, which has no word confidences."""
    placed = _placed_words(page)
    following = {place: word.text
                 for (place, _), (_, word) in zip(placed, placed[1:], strict=False)}
    return ({place for place, word in placed if word.confidence >= TRUSTED_CONFIDENCE
             and (core := _core(word.text)) not in HABITUAL_MISREADINGS
             and not _digit_among_marks(core)
             and not _hook_read_as_acute(core)
             and not _misread_date_word(core, following.get(place, ""))
             and not _rare_beside_common(core)
             and not _non_word_beside_common(word.text)},
            {place for place, word in placed if 0 <= word.confidence < DOUBTFUL_CONFIDENCE
             or _core(word.text) in HABITUAL_MISREADINGS})


def _tokens(text: str) -> list[list[str]]:
    """The words of each line: a column's tab and a word space alike."""
    return [line.split() for line in text.split("\n")]


def _placed_words(page: PageText) -> list[tuple[tuple[int, int], Word]]:
    """Each OCR word with its place in ``text_raw``; none when the text is not the words'
    own (a text layer)."""
    if not page.words or _tokens(words_to_text(page.words)) != _tokens(page.text_raw):
        return []
    return [(place, word) for place, word in zip(word_places(page.words), page.words,
                                                 strict=True) if " " not in word.text]


def _digit_among_marks(core: str) -> bool:
    """Whether a small-letter word holds a digit beside letters with Vietnamese marks
    ("1ệ", read at 96 for the "lệ" of a new report's table head): no text prints one so,
    however sure Tesseract is."""
    return DIGIT_AMONG_LETTERS.fullmatch(core) is not None and \
        not MARKED_CHARS.isdisjoint(core)


def _hook_read_as_acute(core: str) -> bool:
    """Whether ``core`` has an acute where a hook above makes a syllable too ("tống",
    "tố", "số"): in a Times-like font Tesseract reads a hook as an acute by habit, however
    sure it is (``decoder.LOG_TONE_MISREADS``): of the dev reports rendered in Liberation
    Serif, trusting such words left 20 errors (210 -> 190), and on our renders 1."""
    base, tone = split_tone(fold(core))
    return tone == 1 and fold(place_tone(base, 3)) in load().valid


def _misread_date_word(core: str, following: str) -> bool:
    """Whether ``core`` is a date's word with another tone or shape before a number
    (``DATE_WORDS``: "nắm 2013", "thảng 8")."""
    right = DATE_WORDS.get(strip_marks(core))
    return right is not None and core != right and following[:1].isdigit()


# a syllable the LM's text holds under RARE_WORD_COUNT times, beside another of its letters
# COMMON_OVER_RARE times as common: Tesseract sure of "sầu" for sâu, "bô" for bộ, "Ưng" for
# Ứng, "CHƯNG" for CHUNG, "Nôi" for Nội on the dev renders
RARE_WORD_COUNT = 100
COMMON_OVER_RARE = 20


def _rare_beside_common(core: str) -> bool:
    """Whether ``core`` is a syllable the LM's text holds under ``RARE_WORD_COUNT`` times
    while another with its letters is ``COMMON_OVER_RARE`` times as common: repair decides
    on it as on any word (the dev renders 114 -> 110 word errors, in Liberation Sans 136 ->
    132, styled 150 -> 147, none the reverse; a render of each train seed read by a model
    built without it, with their authors' typos, the same)."""
    model, folded = load(), fold(core)
    count = model.lm.count(folded)
    if count >= RARE_WORD_COUNT or folded not in model.valid:
        return False
    return _common_variant(core, COMMON_OVER_RARE * max(count, 1))


def _non_word_beside_common(word: str) -> bool:
    """Whether ``word`` is in small letters and no word at all (``unknown_word``: no
    syllable, and the LM's text writes it under ``SEEN_INVALID_MIN`` times) while a
    syllable of its letters is common (``COMMON_OVER_RARE`` uses or more): repair decides
    on it as on any word.
    Tesseract read "thủ tục" as "thủ tực" at 96 in a new report's render; a name, in
    capitals, stays as printed."""
    letters = _bare(word)
    if not letters.isalpha() or not letters.islower():
        return False
    return unknown_word(fold(letters), load()) and _common_variant(letters, COMMON_OVER_RARE)


def _common_variant(word: str, uses: int) -> bool:
    """Whether a syllable of ``word``'s letters (any marks) is in the LM's text ``uses``
    times or more."""
    model = load()
    return any(model.lm.count(v) >= uses for v in model.variants(strip_marks(word)))


def _bare(word: str) -> str:
    """A word without the marks around it: "Chỉ," -> "Chỉ"."""
    return regex.sub(r"^\W+|\W+$", "", word)


def _core(word: str) -> str:
    """A word without the marks around it, in lower case: "Chỉ," -> "chỉ"."""
    return _bare(word).lower()
