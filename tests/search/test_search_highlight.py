"""Issue 19: snippets and highlights never cut a word ("withdr…"): a snippet window begins and ends at word
boundaries, at grapheme boundaries in CJK text (Intl.Segmenter where the browser has it, a fallback otherwise),
and a match marks the whole word its stem begins. Runs highlight.js in Node."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent
WORD = re.compile(r"\w", re.UNICODE)

ENGLISH = (
    "Before you start, check the network. " * 6
    + "A withdrawal stays pending while the security hold lasts; withdrawals to new addresses wait 24 hours. "
    + "Contact support with the transaction ID if it takes longer than that. " * 6
)
JAPANESE = (
    "出金前にネットワークを確認してください。" * 8
    + "新しいアドレスへの出金は二十四時間保留されます。"
    + "詳しくはサポートへ。" * 8
)
# combining marks (か + ゛, e + ◌́) and an astral ideograph: a cut between them would break a character
COMBINING = "か\u3099" * 150 + "出金" + "𠮷か\u3099e\u0301" * 150


def highlight(cases: list[dict], segmenter: bool = True) -> list[list[dict]]:
    args = ["node", str(HERE / "highlight_cli.mjs")] + ([] if segmenter else ["--no-segmenter"])
    out = subprocess.run(args, input=json.dumps(cases), capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def window(parts: list[dict]) -> str:
    text = "".join(p["text"] for p in parts)
    return text.removeprefix("…").removesuffix("…")


@pytest.mark.parametrize("segmenter", [True, False], ids=["Intl.Segmenter", "fallback"])
def test_an_english_snippet_begins_and_ends_with_whole_words(segmenter):
    (parts,) = highlight([{"text": ENGLISH, "terms": ["withdrawal"], "width": 140, "locale": "en"}], segmenter)
    shown = window(parts)
    at = ENGLISH.index(shown)
    assert parts[0]["text"] == "…" and parts[-1]["text"] == "…"
    assert not WORD.match(ENGLISH[at - 1]) and WORD.match(shown[0]), shown
    assert not WORD.match(ENGLISH[at + len(shown)]) and WORD.match(shown[-1]) or shown[-1] in ".;", shown
    assert len(shown) <= 140
    assert any(p["mark"] and p["text"] == "withdrawal" for p in parts)


@pytest.mark.parametrize("segmenter", [True, False], ids=["Intl.Segmenter", "fallback"])
def test_a_stem_marks_the_whole_word(segmenter):
    (parts,) = highlight([{"text": "Pending withdrawals and fees", "terms": ["withdraw", "fee"]}], segmenter)
    assert [p["text"] for p in parts if p["mark"]] == ["withdrawals", "fees"]


@pytest.mark.parametrize("segmenter", [True, False], ids=["Intl.Segmenter", "fallback"])
def test_a_japanese_snippet_never_cuts_a_character(segmenter):
    (parts,) = highlight([{"text": JAPANESE, "terms": ["保留"], "width": 60, "locale": "ja"}], segmenter)
    shown = window(parts)
    assert shown in JAPANESE and "保留" in shown and len(shown) <= 60
    (parts,) = highlight([{"text": COMBINING, "terms": ["出金"], "width": 41, "locale": "ja"}], segmenter)
    shown = window(parts)
    at = COMBINING.index(shown)
    # no cut before a combining mark, nor inside the astral character's surrogate pair (Python sees code points)
    assert shown[0] not in "\u3099\u0301" and COMBINING[at + len(shown)] not in "\u3099\u0301", ascii(shown)
    assert "出金" in shown
