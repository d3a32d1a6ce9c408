"""The Python tokenizer (index build) and the JavaScript tokenizer (browser queries) agree on shared vectors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpcenter.publish.search.tokenize import normalize, query_tokens, stem, tokenize

HERE = Path(__file__).parent
VECTORS = HERE / "vectors.json"
CASES = json.loads(VECTORS.read_text(encoding="utf-8"))["cases"]


def test_vectors_cover_every_language_and_the_tricky_scripts():
    assert {c["language"] for c in CASES} == {"en", "zh", "ja", "ko", "es"}
    text = "".join(c["text"] for c in CASES)
    assert any(ord(ch) > 0xFFFF for ch in text), "an astral CJK character must be covered"
    assert any(0xAC00 <= ord(ch) <= 0xD7AF for ch in text), "Hangul must be covered"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['language']}:{c['text'][:20]}")
def test_python_tokenizer_matches_vectors(case):
    assert tokenize(case["text"], case["language"]) == case["tokens"]
    assert query_tokens(case["text"], case["language"]) == case["query"]


def test_javascript_tokenizer_matches_vectors():
    out = subprocess.run(
        ["node", str(HERE / "tokenize_vectors.mjs"), str(VECTORS)], capture_output=True, text=True, check=True
    ).stdout
    results = json.loads(out)
    mismatches = [
        (c["text"], r) for c, r in zip(CASES, results, strict=True) if r != {"tokens": c["tokens"], "query": c["query"]}
    ]
    assert mismatches == []


def test_cjk_query_without_spaces_shares_bigrams_with_the_text():
    assert set(query_tokens("二段階認証", "ja")) <= set(tokenize("二段階認証を有効にする方法", "ja"))
    assert set(query_tokens("支払い方法", "ja")) <= set(tokenize("支払い方法の変更", "ja"))


def test_hangul_and_kana_are_not_decomposed_while_latin_accents_fold():
    assert normalize("비밀번호 ガイド Éxito") == "비밀번호 ガイド exito"


@pytest.mark.parametrize(
    ("language", "plural", "singular"),
    [
        ("en", "fees", "fee"),
        ("en", "addresses", "address"),
        ("en", "policies", "policy"),
        ("es", "comisiones", "comisión"),
        ("es", "errores", "error"),
        ("es", "detalles", "detalle"),
        ("es", "monedas", "moneda"),
    ],
)
def test_plural_and_singular_share_a_stem(language, plural, singular):
    assert tokenize(plural, language) == tokenize(singular, language)


def test_no_stemming_outside_english_and_spanish():
    assert stem("keys", "ja") == "keys"
