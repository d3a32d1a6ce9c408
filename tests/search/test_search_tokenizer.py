"""The Python tokenizer (index build) and the JavaScript tokenizer (browser queries) agree on shared vectors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpcenter.publish.search.tokenize import normalize, query_tokens, stem, stop_lists, tokenize

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
    assert query_tokens(case["text"], case["language"], stops=False) == case["query_all"]


def test_javascript_tokenizer_matches_vectors():
    out = subprocess.run(
        ["node", str(HERE / "tokenize_vectors.mjs"), str(VECTORS)], capture_output=True, text=True, check=True
    ).stdout
    results = json.loads(out)
    mismatches = [
        (c["text"], r)
        for c, r in zip(CASES, results, strict=True)
        if r != {"tokens": c["tokens"], "query": c["query"], "query_all": c["query_all"]}
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


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "how do i withdraw usdt", ["withdraw", "usdt"]),
        ("es", "¿Cómo puedo cambiar mi contraseña?", ["cambiar", "contrasena"]),
        # particles split the run: no bigram straddles を or する, and the の of この (a word) stays
        ("ja", "パスワードを変更する", ["パス", "スワ", "ワー", "ード", "変更"]),
        ("ja", "二段階認証の設定", ["二段", "段階", "階認", "認証", "設定"]),
        ("zh", "如何提现到我的钱包", ["提现", "现到", "钱包"]),
        ("ko", "비밀번호를 어떻게 변경하나요", ["비밀", "밀번", "번호", "변경"]),
    ],
)
def test_queries_leave_out_stop_words_and_particles(language, query, expected):
    assert query_tokens(query, language) == expected
    assert len(query_tokens(query, language, stops=False)) > len(expected)


def test_a_query_of_stop_words_only_still_searches_them():
    assert query_tokens("how to", "en") == ["how", "to"]
    assert query_tokens("の", "ja") == ["の"]
    assert query_tokens("この記事", "ja") == query_tokens("この記事", "ja", stops=False)  # この is a word


def test_stop_words_are_data_for_every_language_the_tokenizer_knows():
    """One list per language in stopwords.json, which the index writes into meta.json for the browser."""
    for language in ("en", "es", "ja", "ko", "zh"):
        lists = stop_lists(language)
        assert lists and set(lists) <= {"words", "particles", "suffixes"}, language
    assert "を" in stop_lists("ja")["particles"] and "the" in stop_lists("en")["words"]
