"""The search tokenizer, used at build time. overrides/assets/javascripts/search/tokenize.js is its twin for the
browser; tests/search/vectors.json holds the cases both must agree on, so change both and the vectors together.

Text is NFKC-normalized, lowercased and Latin accents are folded (only Latin letters are decomposed: NFD would
split Hangul syllables and kana with dakuten into pieces). Runs of CJK characters (Han, kana, Hangul) become
unigrams plus bigrams, the classic CJK analyzer, so text typed without spaces still matches. Other runs of
letters, digits and marks are words; English and Spanish words lose their plural ending.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import groupby

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


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(map(fold_char, text))


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


def stem(word: str, language: str) -> str:
    """A deliberately small plural stemmer; identical in tokenize.js."""
    if language not in STEMMED_LANGUAGES or len(word) <= 3 or not word.isascii():
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if language == "es":
        return _stem_es(word)
    return _stem_en(word) if word.endswith("s") else word


@cache
def _kind(char: str) -> str:
    return "cjk" if is_cjk(char) else "word" if is_word_char(char) else ""


def _runs(text: str) -> list[tuple[str, str]]:
    """Split normalized text into ("cjk" | "word", run) pairs; everything else separates."""
    return [(kind, "".join(chars)) for kind, chars in groupby(text, key=_kind) if kind]


def tokenize(text: str, language: str) -> list[str]:
    """Index tokens, in order: words (stemmed), and for CJK runs every unigram followed by its bigram."""
    tokens: list[str] = []
    for kind, run in _runs(normalize(text)):
        if kind == "word":
            tokens.append(stem(run, language))
            continue
        for i, char in enumerate(run):
            tokens.append(char)
            if i + 1 < len(run):
                tokens.append(run[i : i + 2])
    return tokens


def query_tokens(text: str, language: str) -> list[str]:
    """Query tokens: like tokenize, but a CJK run of two or more characters gives its bigrams only."""
    tokens: list[str] = []
    for kind, run in _runs(normalize(text)):
        if kind == "word":
            tokens.append(stem(run, language))
        elif len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tokens
