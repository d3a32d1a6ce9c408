"""lunr.py as an independent oracle for our search index and the browser's scoring of it.

Our index builder (helpcenter/publish/search/index.py) computes lunr.Builder's BM25 itself and writes it as
integer thousandths into term shards; the browser (engine.js) loads a query's terms into lunr.js and queries
them. Here the `lunr` package (0.8.0, a port of lunr.js 2.3.x) builds the same corpus on its own, from the
same tokens: our tokenizer's token lists are fed to it as already-tokenized fields (a list is never split
by lunr's tokenizer, only lowercased, and our tokens already are), through a Builder with empty index and
search pipelines (no trimmer, stop-word filter or stemmer), our field boosts and our k1 and b. That works
for any language, so the corpora are English, Spanish (accents folded, plurals stemmed by our tokenizer) and
Japanese (CJK unigrams and bigrams).

Compared:
- the index: the same terms, the same documents per term and field, and every posting's score;
- queries, run by the real engine.js over the shards the production path writes (Node, engine_cli.mjs):
  the same matching sections, the same scores and the same order as lunr.py's Index.query.

Where our design deliberately departs from Lunr, the tests say how and assert the departure:
- rounding: scores are stored as Math.round(score * 1000), as lunr.js does; lunr.py's round(score, 3)
  differs by one thousandth at a tie (see test_rounding_follows_lunr_js_not_python_round);
- coverage: the engine multiplies Lunr's score by the squared share of the query's words a section matches,
  so a section with every word beats one that matches a frequent word in a heavily boosted field;
- typo tolerance and prefix completion: the engine adds clauses for words one edit away and, while the last
  word is still being typed, for completions; exact-match comparisons therefore end their query with a space
  (nothing is being typed) and use words with no index term one edit away (checked, not assumed).
"""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

import lunr
import lunr.builder
import pytest
from lunr.query import Query

from helpcenter.publish.search.index import BM25_B, BM25_K1, FIELD_BOOSTS, FIELDS, build_language_files
from helpcenter.publish.search.output import write_language
from helpcenter.publish.search.tokenize import is_cjk, query_tokens, tokenize

HERE = Path(__file__).parent

# Scores of the same query from lunr.js (in Node, on our shards) and lunr.py (on its own index) are both
# dot(query vector, field vector) / |query vector| summed over fields, on field vectors that hold the same
# numbers (test_every_posting_has_lunrs_score asserts it exactly). The engine's clause boost (10) scales the
# query vector, which the division by its magnitude cancels; what is left is floating-point summation order
# and the magnitude's square root: a few units in the last place (~1e-16 relative). 1e-9 relative is far
# above that noise and far below any real difference: a posting off by one thousandth moves a score (at most
# about 10 here) by 1e-3 / sqrt(query terms), a relative change of 1e-5 or more.
SCORE_RTOL = 1e-9
# Ties: lunr.py leaves the order of equal scores to its dict order, the engine breaks them by section number.
# Both orders are compared as (score rounded to 9 decimals, descending; then section number).
TIE_DECIMALS = 9


def parse_corpus(text: str) -> list[tuple[str, str, list[str], list[tuple[str, str, str]]]]:
    """Articles from "= doc_id | title | tags" lines, each followed by its intro's text and by sections, a
    "# anchor | heading" line each and then their text; text lines are joined with a space."""
    articles = []
    for line in text.strip().splitlines():
        if line.startswith("= "):
            doc_id, title, tags = line[2:].split(" | ")
            articles.append((doc_id, title, tags.split(), [("", title, "")]))
        elif line.startswith("# "):
            articles[-1][3].append((*line[2:].split(" | "), ""))
        else:
            anchor, heading, body = articles[-1][3][-1]
            articles[-1][3][-1] = (anchor, heading, f"{body} {line}".strip())
    return articles


# Articles: the intro section is headed by the article's title, as helpcenter.publish.search.sections gives it;
# descriptions are empty (build_language_files would prepend them to the intro, a mapping of ours, not Lunr's).
ENGLISH = parse_corpus("""
= accounts/change-password.md | Change your password | password security
Open Settings, choose Security and enter your current password before the new password.
# requirements | Password requirements
A password needs twelve characters. A password manager helps.
= accounts/close-account.md | Close your account | account
Withdraw your balance first. Closing an account cancels every card and every pending transfer.
= accounts/passport-check.md | Verify your identity | identity
Upload a photo of your passport or national identity card. Verification takes one day.
= accounts/reset-password.md | Reset a forgotten password | password
Use the reset link in the email. The link expires after one hour.
# locked | Locked out
After five wrong attempts the account locks for thirty minutes.
= accounts/two-factor.md | Two-factor authentication | security
Two-factor codes come from an authenticator app or a text message.
= accounts/update-address.md | Update your address | account
Change your address in Settings. We may ask for a proof of address.
= cards/card-declined.md | Why was my card declined | card
A card is declined when the balance is low, the card expired or the merchant is blocked.
= cards/card-fees.md | Card fees | fees card
The card has no monthly fee. An ATM withdrawal fee applies after three free withdrawals. A foreign exchange
fee applies abroad.
# replacement | Replacement fee
A lost card costs a replacement fee of five euros.
= cards/freeze-card.md | Freeze a lost card | card security
Freeze the card in the app at once. Unfreeze it when you find it.
= cards/order-card.md | Order a physical card | card
Physical cards arrive within seven working days. Delivery is free.
= cards/virtual-card.md | Virtual cards | card
A virtual card works online at once. Delete it after a purchase.
= disputes/chargeback.md | Dispute a payment | disputes
If a merchant refuses a refund, open a dispute. We request a chargeback from the card network. A chargeback
has no fee but takes up to ninety days, and the merchant may answer with evidence, documents and receipts.
= disputes/refund-status.md | Track a refund | refunds
Refunds appear on your statement within ten days. A refund to a closed card goes to your balance.
= disputes/unknown-payment.md | A payment I do not recognise | disputes security
Check the merchant name first; it may differ from the shop name. Then freeze the card and contact us.
= fees/exchange-fee.md | Exchange fee | fees
Currency exchange has a fee of one percent on weekends.
= fees/fee-overview.md | Fee overview | fees
Every fee in one table: card fee, transfer fee, exchange fee and withdrawal fee.
= fees/inactivity-fee.md | Inactivity fee | fees
After twelve months without activity a small monthly fee applies.
= fees/refund-fee.md | Are fees refunded | fees refunds
Fees are refunded when a transfer fails on our side.
= payments/direct-debit.md | Direct debits | payments
Set up a direct debit with your bank details. Cancel a mandate in the app.
= payments/pay-abroad.md | Paying abroad | payments
Pay in the local currency to avoid the merchant's exchange rate.
= payments/payment-limits.md | Payment limits | payments limits
Daily limits protect your balance. Raise a limit in Settings.
= savings/interest.md | Interest on savings | savings
Savings earn interest every day, paid monthly.
= savings/round-ups.md | Round-ups | savings
Round up every card payment and save the spare change.
= transfers/cancel-transfer.md | Cancel a transfer | transfers
A transfer can be cancelled until it is processed.
= transfers/international-transfer.md | International transfers | transfers fees
International transfers arrive in one to three days. The transfer fee depends on the currency.
# swift | SWIFT codes
A SWIFT code identifies the recipient's bank.
= transfers/scheduled-transfer.md | Scheduled transfers | transfers
Schedule a transfer for a future date or repeat it every month.
= transfers/transfer-times.md | Transfer times | transfers
Transfers between accounts are instant. Other transfers take up to one working day.
""")
SPANISH = parse_corpus("""
= cuenta/contrasena.md | Cambiar la contraseña | seguridad
Abre Ajustes y escribe tu contraseña actual antes de la nueva contraseña.
= pagos/errores.md | Errores al pagar | pagos
Los errores de pago aparecen cuando el saldo es bajo o la tarjeta ha caducado.
= pagos/reembolsos.md | Reembolsos | pagos
Un reembolso tarda diez días. La comisión se devuelve si la transferencia falla.
= tarjetas/comisiones.md | Comisiones de la tarjeta | comisiones tarjetas
La tarjeta no tiene comisión mensual. Los cajeros cobran una comisión después de tres retiradas.
= tarjetas/congelar.md | Congelar la tarjeta | tarjetas
Congela la tarjeta perdida en la aplicación y descongélala cuando la encuentres.
= transferencias/detalles.md | Detalles de la transferencia | transferencias
Los detalles de cada transferencia están en la aplicación.
# plazos | Plazos
Una transferencia nacional llega en un día hábil.
""")
JAPANESE = parse_corpus("""
= cards/lost.md | カードの紛失 | カード
カードを紛失した場合はアプリですぐに凍結してください。
= fees/about.md | 手数料について | 手数料
カードの年会費は無料です。海外での利用には手数料がかかります。
# atm | ATMの手数料
ATMでの引き出しは月三回まで手数料が無料です。
= refunds/about.md | 返金について | 返金
返金は十日以内に口座に反映されます。
= security/password.md | パスワードの変更 | セキュリティ
設定からパスワードを変更できます。
= transfers/overseas.md | 海外送金 | 送金 手数料
海外送金には送金手数料がかかります。
""")
CORPORA = {"en": ENGLISH, "es": SPANISH, "ja": JAPANESE}

# Queries compared with Lunr as they are: single words, a rare and a common word, two common words. A
# trailing space says the reader finished typing, so the engine adds no prefix clause.
EXACT_QUERIES = {
    "en": [
        "fee ",  # common: in titles, tags and bodies
        "chargeback ",  # rare: one section
        "card ",
        "password ",
        "refund ",
        "exchange rate ",
        "transfer fee ",  # two common words
        "chargeback fee ",  # a rare and a common word
    ],
    "es": ["comisiones ", "tarjeta ", "contraseña ", "comision transferencia "],
    "ja": ["手数料", "カード", "送金", "返金 手数料"],
}


def part_of(language: str) -> dict:
    """The language part build_language_files takes (see helpcenter/adapter/steps/search.py)."""
    articles = []
    for doc_id, title, tags, sections in CORPORA[language]:
        category = doc_id.split("/")[0]
        articles.append(
            {
                "doc_id": doc_id,
                "url": doc_id.removesuffix(".md") + "/",
                "title": title,
                "description": "",
                "category_id": category,
                "category_title": category.title(),
                "category_url": f"{category}/",
                "category_rank": [False, 1, category],
                "updated": "2026-10-01",
                "tags": tags,
                "promoted": False,
                "sections": [{"anchor": a, "heading": h, "text": text} for a, h, text in sections],
            }
        )
    return {"language": language, "synonyms": [], "articles": articles}


def lunr_documents(language: str) -> list[dict]:
    """One document per section, numbered as build_language_files numbers them, with our tokens per field."""
    documents = []
    for doc_id, title, tags, sections in sorted(CORPORA[language]):
        page = tokenize(" ".join([title, *tags]), language)
        for _, heading, text in sections:
            documents.append(
                {
                    "ref": str(len(documents)),
                    "title": tokenize(heading, language),
                    "page": page,
                    "body": tokenize(text, language),
                    "doc_id": doc_id,
                }
            )
    return documents


def lunr_index(language: str) -> lunr.index.Index:
    builder = lunr.builder.Builder()  # empty pipelines: no trimmer, stop-word filter or stemmer
    builder.k1(BM25_K1)
    builder.b(BM25_B)
    fields = [{"field_name": field, "boost": FIELD_BOOSTS[field]} for field in FIELDS]
    return lunr.lunr(ref="ref", fields=fields, documents=lunr_documents(language), builder=builder)


def shard_postings(files: dict[str, bytes]) -> dict[str, dict[str, dict[str, int]]]:
    """term -> field -> section ref -> score in thousandths, decoded from the shard files."""
    postings = {}
    for name, data in files.items():
        if not name.startswith("shard/"):
            continue
        for term, by_field in json.loads(data):
            assert term not in postings, f"{term!r} is in two shards"
            postings[term] = {}
            for field, (deltas, scores) in by_field.items():
                refs = [sum(deltas[: i + 1]) for i in range(len(deltas))]
                postings[term][field] = {str(ref): score for ref, score in zip(refs, scores, strict=True)}
    return postings


def lunr_postings(index: lunr.index.Index) -> dict[str, dict[str, dict[str, float]]]:
    """term -> field -> ref -> Lunr's score, for the fields the term occurs in."""
    postings = {}
    for term, posting in index.inverted_index.items():
        term_index = posting["_index"]
        postings[term] = {}
        for field in FIELDS:
            if posting[field]:
                postings[term][field] = {}
                for ref in posting[field]:
                    elements = index.field_vectors[f"{field}/{ref}"].elements
                    at = elements[::2].index(term_index)
                    postings[term][field][ref] = elements[2 * at + 1]
    return postings


def js_round_thousandths(score: float) -> int:
    # Math.round(score * 1000): lunr.js's rounding (floor of x + 0.5, ties up)
    return math.floor(score * 1000 + 0.5)


def within_one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or transposition (engine.js's withinOneEdit)."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (
        a[i + 1 :] == b[i + 1 :]
        or a[i + 1 :] == b[i:]
        or a[i:] == b[i + 1 :]
        or (a[i : i + 1] == b[i + 1 : i + 2] and a[i + 1 : i + 2] == b[i : i + 1] and a[i + 2 :] == b[i + 2 :])
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, tuple[Path, dict, lunr.index.Index]]:
    """Per language: our search folder (the production writer's files), its files, and lunr.py's index."""
    out = {}
    for language in CORPORA:
        search_dir = tmp_path_factory.mktemp(f"search-{language}")
        part = part_of(language)
        write_language(search_dir, part)
        out[language] = (search_dir, build_language_files(part), lunr_index(language))
    return out


def run_engine(search_dir: Path, queries: list[str]) -> list[list[dict]]:
    payload = json.dumps({"search_dir": str(search_dir), "queries": queries, "limit": 1000}, ensure_ascii=False)
    out = subprocess.run(
        ["node", str(HERE / "engine_cli.mjs")], input=payload, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


@pytest.fixture(scope="module")
def engine_results(built) -> dict[tuple[str, str], list[dict]]:
    queries = {
        "en": [*EXACT_QUERIES["en"], "pasword ", "pass"],
        "es": EXACT_QUERIES["es"],
        "ja": EXACT_QUERIES["ja"],
    }
    results = {}
    for language, texts in queries.items():
        for text, hits in zip(texts, run_engine(built[language][0], texts), strict=True):
            results[(language, text)] = hits
    return results


def lunr_query(index: lunr.index.Index, terms: list[str], **clause) -> list[dict]:
    return index.query(callback=lambda q: [q.term(t, use_pipeline=False, **clause) for t in terms])


def ranked(hits: list[tuple[str, float]]) -> list[str]:
    return [ref for ref, score in sorted(hits, key=lambda h: (-round(h[1], TIE_DECIMALS), int(h[0])))]


def test_the_corpus_is_what_the_comparisons_need():
    assert sum(len(a[3]) for a in ENGLISH) >= 30, "an English corpus of 30 sections or more"
    documents = lunr_documents("en")
    body = [doc["body"] for doc in documents]
    assert sum("chargeback" in tokens for tokens in body) == 1, "a rare term"
    assert sum("fee" in tokens for tokens in body) >= 8, "a common term"
    assert any(tokens.count("fee") >= 4 for tokens in body), "a repeated term"
    # our tokens reach Lunr as they are: lunr's tokenizer only lowercases list items, and ours already are
    for language in CORPORA:
        for doc in lunr_documents(language):
            for field in FIELDS:
                assert all(token == token.lower() and token.strip() for token in doc[field])
    assert {"comision", "tarjeta", "contrasena"} <= {t for d in lunr_documents("es") for t in d["body"]}
    assert {"手数", "数料", "手"} <= {t for d in lunr_documents("ja") for t in d["body"]}


def test_our_bm25_parameters_are_lunrs_defaults():
    # the oracle is given our k1, b and field boosts; k1 and b are also Lunr's own defaults, and the field boosts
    # are Lunr's build-time field boosts (baked into the field vectors), not a weighting of our own
    builder = lunr.builder.Builder()
    assert (builder._k1, builder._b) == (BM25_K1, BM25_B)
    assert FIELDS == ("title", "page", "body") and FIELD_BOOSTS == {"title": 8.0, "page": 4.0, "body": 1.0}


@pytest.mark.parametrize("language", CORPORA)
def test_every_posting_has_lunrs_score(built, language, monkeypatch):
    """The shard writer's terms, postings and integer scores are lunr.Builder's, for every posting."""
    _, files, index = built[language]
    ours = shard_postings(files)
    theirs = lunr_postings(index)
    assert set(ours) == set(theirs)
    assert {t: {f: set(r) for f, r in p.items()} for t, p in ours.items()} == {
        t: {f: set(r) for f, r in p.items()} for t, p in theirs.items()
    }
    # lunr.Builder before its rounding (lunr.py rounds with the built-in round(), looked up in its module)
    monkeypatch.setattr(lunr.builder, "round", lambda score, digits: score, raising=False)
    raw = lunr_postings(lunr_index(language))
    monkeypatch.undo()
    postings = 0
    for term, by_field in ours.items():
        for field, scores in by_field.items():
            for ref, score in scores.items():
                postings += 1
                # exact: our integer is lunr.js's Math.round(score * 1000) of lunr's own unrounded BM25
                assert score == js_round_thousandths(raw[term][field][ref]), (term, field, ref)
                # and lunr.py's stored round(score, 3), unless the score is an exact tie (see the rounding test)
                tie = abs(raw[term][field][ref] * 1000 % 1 - 0.5) < 1e-9
                assert score / 1000 == theirs[term][field][ref] or tie, (term, field, ref)
    assert postings > 100 if language == "en" else postings > 20


def test_rounding_follows_lunr_js_not_python_round():
    """Deliberate: scores are Math.round(score * 1000), as lunr.js stores them and the browser decodes them.
    lunr.py's round(score, 3) rounds the exact decimal value of the float, ties to even, so the two differ
    by one thousandth at a tie: an exact one (0.0625, 0.3125) or one that only x * 1000 makes (1.0005 is
    1.000499999... but 1.0005 * 1000 is 1000.5). BM25 scores are almost never there: the corpus above has
    none, and test_every_posting_has_lunrs_score allows lunr.py's value to differ only at such a tie."""
    for score, ours, python in [(0.0625, 63, 0.062), (0.3125, 313, 0.312), (1.0005, 1001, 1.0)]:
        assert js_round_thousandths(score) == ours
        assert round(score, 3) == python
        assert abs(score * 1000 % 1 - 0.5) < 1e-9  # what the posting test calls a tie


@pytest.mark.parametrize("language, text", [(lang, q) for lang, queries in EXACT_QUERIES.items() for q in queries])
def test_queries_match_lunr(built, engine_results, language, text):
    """The engine's sections, scores and order for a query are Lunr's, reweighted only by coverage."""
    _, _, index = built[language]
    terms = list(dict.fromkeys(query_tokens(text, language)))
    vocabulary = set(index.inverted_index)
    # precondition, so that the engine adds no clause beyond the exact words: no index term one edit away
    for term in terms:
        if not is_cjk(term[0]) and 5 <= len(term) <= 24:
            assert not [t for t in vocabulary if t != term and within_one_edit(t, term)], term
    assert text.endswith(" ") or all(is_cjk(t[0]) for t in terms), "no prefix clause"

    theirs = lunr_query(index, terms)
    ours = engine_results[(language, text)]
    assert ours, f"{text!r} matches nothing: the comparison would say nothing"
    assert {h["ref"] for h in ours} == {h["ref"] for h in theirs}
    # coverage: the share of the query's words a section matches, squared, weighs Lunr's score
    coverage = {h["ref"]: (len(set(h["match_data"].metadata) & set(terms)) / len(terms)) ** 2 for h in theirs}
    expected = {h["ref"]: h["score"] * coverage[h["ref"]] for h in theirs}
    for hit in ours:
        assert hit["score"] == pytest.approx(expected[hit["ref"]], rel=SCORE_RTOL), hit["ref"]
    assert [h["ref"] for h in ours] == ranked(list(expected.items()))
    if len(terms) == 1:
        # one word: every section covers the whole query, and the order is exactly Lunr's
        assert [h["ref"] for h in ours] == ranked([(h["ref"], h["score"]) for h in theirs])


def test_coverage_reorders_a_rare_and_a_common_word(built, engine_results):
    """Deliberate: for "chargeback fee", Lunr ranks first a section with "fee" five times and in its title
    (boost 8) and page (boost 4) fields; the engine ranks first the only section with both words."""
    _, _, index = built["en"]
    documents = lunr_documents("en")
    theirs = lunr_query(index, ["chargeback", "fee"])
    ours = engine_results[("en", "chargeback fee ")]
    lunr_first = documents[int(ranked([(h["ref"], h["score"]) for h in theirs])[0])]
    ours_first = documents[int(ours[0]["ref"])]
    assert "chargeback" not in lunr_first["body"] and "fee" in lunr_first["title"]
    assert ours_first["doc_id"] == "disputes/chargeback.md"
    chargeback_rank = ranked([(h["ref"], h["score"]) for h in theirs]).index(ours[0]["ref"])
    assert chargeback_rank > 0, "Lunr alone would not rank the section with both words first"


def test_a_typo_scores_as_lunr_scores_its_correction(built, engine_results):
    """Deliberate: "pasword" matches nothing in Lunr; the engine adds a typo clause, which reaches "password"
    (one edit away). A single clause's boost cancels in Lunr's normalization, so the engine's scores are
    Lunr's for "password", and its sections are those of Lunr's own one-edit fuzzy query."""
    _, _, index = built["en"]
    assert lunr_query(index, ["pasword"]) == []
    fuzzy = lunr_query(index, ["pasword"], edit_distance=1)
    assert {term for h in fuzzy for term in h["match_data"].metadata} == {"password"}
    corrected = lunr_query(index, ["password"])
    ours = engine_results[("en", "pasword ")]
    assert {h["ref"] for h in ours} == {h["ref"] for h in fuzzy} == {h["ref"] for h in corrected}
    scores = {h["ref"]: h["score"] for h in corrected}
    for hit in ours:
        assert hit["score"] == pytest.approx(scores[hit["ref"]], rel=SCORE_RTOL)
    assert [h["ref"] for h in ours] == ranked(list(scores.items()))


def test_a_word_being_typed_scores_as_lunrs_trailing_wildcard(built, engine_results):
    """Deliberate: with no space after it, the last word is completed: "pass" reaches "passport" and
    "password" as Lunr's "pass*" does, with the same scores (the prefix boost cancels like any uniform one)."""
    _, _, index = built["en"]
    assert lunr_query(index, ["pass"]) == []
    wildcard = lunr_query(index, ["pass"], wildcard=Query.WILDCARD_TRAILING)
    assert {term for h in wildcard for term in h["match_data"].metadata} == {"passport", "password"}
    ours = engine_results[("en", "pass")]
    scores = {h["ref"]: h["score"] for h in wildcard}
    assert {h["ref"] for h in ours} == set(scores)
    for hit in ours:
        assert hit["score"] == pytest.approx(scores[hit["ref"]], rel=SCORE_RTOL)
    assert [h["ref"] for h in ours] == ranked(list(scores.items()))
