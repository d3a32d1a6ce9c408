"""The search tokenizer, used at build time. overrides/assets/javascripts/search/tokenize.js is its twin for the
browser; tests/search/vectors.json holds the cases both must agree on, so change both and the vectors together.

Text is NFKC-normalized, lowercased and Latin accents are folded (only Latin letters are decomposed: NFD would
split Hangul syllables and kana with dakuten into pieces). Runs of CJK characters (Han, kana, Hangul) become
unigrams plus bigrams, the classic CJK analyzer, so text typed without spaces still matches. Other runs of
letters, digits and marks are words; English and Spanish words lose their plural ending.

Queries also drop the language's stop words and particles (stopwords.json, the one list of them: the index build
writes the page language's lists into meta.json for the browser), unless nothing else is left.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import cache, partial
from operator import itemgetter
from pathlib import Path

# (first, last) code points treated as CJK: indexed as unigrams + bigrams
CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana (with the prolonged sound mark ー)
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
    (0x3400, 0x4DBF),  # CJK Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7AF),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x20000, 0x3FFFF),  # CJK Extensions B and later (astral: two UTF-16 code units in the browser)
)
# Latin letters whose accents are folded: Latin-1 Supplement, Extended-A/B, Extended Additional
LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))
COMBINING_MARKS = (0x0300, 0x036F)
STEMMED_LANGUAGES = ("en", "es")
STOPWORDS_FILE = Path(__file__).with_name("stopwords.json")
HIRAGANA = (0x3041, 0x309F)


def _in(code: int, ranges) -> bool:
    return any(first <= code <= last for first, last in ranges)


def is_cjk(char: str) -> bool:
    return _in(ord(char), CJK_RANGES)


def is_word_char(char: str) -> bool:
    # the same classes as the JavaScript side's /[\p{L}\p{N}\p{M}]/u
    return unicodedata.category(char)[0] in "LNM"


@cache  # a site has a few thousand distinct characters and millions of occurrences
def fold_char(char: str) -> str:
    if not _in(ord(char), LATIN_RANGES):
        return char
    first, last = COMBINING_MARKS
    return "".join(c for c in unicodedata.normalize("NFD", char) if not first <= ord(c) <= last)


_LATIN = re.compile("[" + "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in LATIN_RANGES) + "]")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    if text.isascii():
        return text
    return _LATIN.sub(lambda match: fold_char(match.group()), text)


def _stem_en(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def _stem_es(word: str) -> str:
    # "errores" and "error", "detalles" and "detalle", "comisiones" and "comision" meet in the same stem
    word = word[:-1] if word.endswith("s") else word
    if len(word) > 4 and word.endswith("e") and word[-2] in "lrn":
        word = word[:-1]
    return word


@cache  # a language has tens of thousands of distinct words and millions of occurrences
def stem(word: str, language: str) -> str:
    """A deliberately small plural stemmer; identical in tokenize.js."""
    if language not in STEMMED_LANGUAGES or len(word) <= 3 or not word.isascii():
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if language == "es":
        return _stem_es(word)
    return _stem_en(word) if word.endswith("s") else word


def _ranges_class(mask: bytearray) -> str:
    """A regular-expression character class body for the code points set in mask."""
    parts, code, end = [], 0, len(mask)
    while code < end:
        code = mask.find(1, code)
        if code < 0:
            break
        last = mask.find(0, code)
        last = (end if last < 0 else last) - 1
        parts.append(f"\\U{code:08x}-\\U{last:08x}")
        code = last + 1
    return "".join(parts)


ASTRAL = "\\U00010000-\\U0010ffff"


def _char_class(mask: bytearray) -> str:
    """A fast regular expression for one character of mask: the BMP class first, the astral one only for
    astral characters (the regular-expression engine scans astral ranges one by one, for every separator)."""
    bmp, astral = bytearray(mask), bytearray(mask)
    bmp[0x10000:] = bytes(len(mask) - 0x10000)
    astral[:0x10000] = bytes(0x10000)
    return f"(?:[{_ranges_class(bmp)}]|(?=[{ASTRAL}])[{_ranges_class(astral)}])"


@cache
def _masks() -> tuple[bytearray, bytearray]:
    """(CJK, word) flags of every code point: word = Unicode L, N, M outside CJK, as is_cjk / is_word_char say."""
    word = bytearray(sys.maxunicode + 1)
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code))[0] in "LNM":
            word[code] = 1
    cjk = bytearray(sys.maxunicode + 1)
    for first, last in CJK_RANGES:
        cjk[first : last + 1] = b"\x01" * (last - first + 1)
        word[first : last + 1] = bytes(last - first + 1)
    return cjk, word


@cache
def _run_pattern() -> re.Pattern:
    """Runs of CJK characters or of word characters, found by the regular-expression engine rather than
    character by character in Python: a build tokenizes every section of every article."""
    cjk, word = _masks()
    return re.compile(f"(?P<cjk>{_char_class(cjk)}+)|(?P<word>{_char_class(word)}+)")


@cache
def _word_pattern() -> re.Pattern:
    return re.compile(f"{_char_class(_masks()[1])}+")


_ANY_CJK = re.compile("[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in CJK_RANGES) + "]")


def _runs(text: str) -> list[tuple[str, str]]:
    """Split normalized text into ("cjk" | "word", run) pairs; everything else separates."""
    return [("cjk", cjk) if cjk else ("word", word) for cjk, word in _run_pattern().findall(text)]


@cache
def _cjk_getter(length: int) -> itemgetter:
    # every unigram followed by its bigram: a, ab, b, bc, c (for runs of two or more characters)
    return itemgetter(*(slice(i // 2, i // 2 + 1 + (i & 1)) for i in range(2 * length - 1)))


@cache
def _stemmer(language: str):
    return partial(stem, language=language)


def tokenize(text: str, language: str) -> list[str]:
    """Index tokens, in order: words (stemmed), and for CJK runs every unigram followed by its bigram."""
    text = normalize(text)
    if not _ANY_CJK.search(text):  # words only (most English and Spanish text): no loop in Python
        words = _word_pattern().findall(text)
        return list(map(_stemmer(language), words)) if language in STEMMED_LANGUAGES else words
    tokens: list[str] = []
    for cjk, word in _run_pattern().findall(text):
        if word:
            tokens.append(stem(word, language))
        elif len(cjk) == 1:
            tokens.append(cjk)
        else:
            tokens += _cjk_getter(len(cjk))(cjk)
    return tokens


@cache
def _stopword_file() -> dict:
    data = json.loads(STOPWORDS_FILE.read_text(encoding="utf-8"))
    return {language: lists for language, lists in data.items() if not language.startswith("_")}


def stop_lists(language: str) -> dict[str, list[str]]:
    """The language's lists from stopwords.json ({} for a language it has none for), as meta.json carries them."""
    return _stopword_file().get(language, {})


@cache
def _compiled_stops(language: str) -> tuple[frozenset, frozenset, tuple, tuple]:
    """(words, hiragana particles, other particles longest first, suffixes longest first), normalized."""
    lists = stop_lists(language)
    norm = [normalize(w) for w in lists.get("particles", [])]
    hiragana = frozenset(p for p in norm if p and all(_is_hiragana(c) for c in p))
    others = tuple(sorted((p for p in norm if p and p not in hiragana), key=len, reverse=True))
    suffixes = tuple(sorted((normalize(w) for w in lists.get("suffixes", []) if w), key=len, reverse=True))
    return frozenset(normalize(w) for w in lists.get("words", [])), hiragana, others, suffixes


def _is_hiragana(char: str) -> bool:
    return HIRAGANA[0] <= ord(char) <= HIRAGANA[1]


def _all_particles(chunk: str, particles: frozenset) -> bool:
    """Whether a run of hiragana is particles only (one after another: には, ですか, をする)."""
    ends = {0}
    for end in range(1, len(chunk) + 1):
        if any(start in ends and chunk[start:end] in particles for start in range(max(0, end - 6), end)):
            ends.add(end)
    return len(chunk) in ends


def _cjk_pieces(run: str, language: str) -> list[str]:
    """A CJK run of a query split where its particles stand, each piece without a trailing suffix; stop words
    (whole pieces) left out."""
    words, hiragana, others, suffixes = _compiled_stops(language)
    pieces: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            pieces.append("".join(current))
            current.clear()

    i = 0
    while i < len(run):
        if _is_hiragana(run[i]):
            j = i
            while j < len(run) and _is_hiragana(run[j]):
                j += 1
            if hiragana and _all_particles(run[i:j], hiragana):
                flush()
            else:
                current.extend(run[i:j])
            i = j
            continue
        found = next((p for p in others if run.startswith(p, i)), None)
        if found:
            flush()
            i += len(found)
            continue
        current.append(run[i])
        i += 1
    flush()
    kept = []
    for piece in pieces:
        suffix = next((s for s in suffixes if piece.endswith(s) and len(piece) - len(s) >= 2), "")
        piece = piece[: len(piece) - len(suffix)]
        if piece not in words:
            kept.append(piece)
    return kept


def _cjk_query(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def query_tokens(text: str, language: str, stops: bool = True) -> list[str]:
    """Query tokens: like tokenize, but a CJK run of two or more characters gives its bigrams only, and the
    language's stop words and particles are left out (stops=False: kept), unless nothing else is left."""
    runs = _runs(normalize(text))
    every = [tok for kind, run in runs for tok in (_cjk_query(run) if kind == "cjk" else [stem(run, language)])]
    if not stops:
        return every
    words = _compiled_stops(language)[0]
    tokens: list[str] = []
    for kind, run in runs:
        if kind == "word":
            if run not in words:
                tokens.append(stem(run, language))
        else:
            for piece in _cjk_pieces(run, language):
                tokens += _cjk_query(piece)
    return tokens or every
