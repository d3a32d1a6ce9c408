"""Unit tests of helpcenter.content.translations: hashing, states, policy, findings, front-matter edits."""

import datetime as dt

import pytest

from helpcenter.content import frontmatter
from helpcenter.content.findings import Severity
from helpcenter.content.translations import (
    Policy,
    SourceDoc,
    State,
    build_report,
    findings,
    notice_for,
    render_markdown,
    source_hash,
    with_source_hash,
)

EN = "---\ntitle: Fees\nupdated: 2026-01-01\n---\n\nPay **less**.\n\n## Tiers { #tiers }\n"


def test_hash_ignores_whitespace_and_untranslated_keys():
    reflowed = "---\ntitle: Fees\nupdated: 2027-05-05\norder: 3\n---\nPay   **less**.\n## Tiers   { #tiers }\n\n\n"
    assert source_hash(EN) == source_hash(reflowed)
    assert source_hash(EN) != source_hash(EN.replace("less", "more"))
    assert source_hash(EN) != source_hash(EN.replace("title: Fees", "title: Costs"))


def test_with_source_hash_adds_then_replaces_in_place():
    text = "---\ntitle: 手数料\n---\n本文\n"
    added = with_source_hash(text, "abc123")
    assert added == '---\ntitle: 手数料\nsource_hash: "abc123"\n---\n本文\n'
    assert with_source_hash(added, "012345") == '---\ntitle: 手数料\nsource_hash: "012345"\n---\n本文\n'
    assert frontmatter.parse(with_source_hash(added, "012345")).meta["source_hash"] == "012345"


def docs(**by_lang):
    return {lang: {d: SourceDoc(d, text, ids) for d, (text, ids) in pages.items()} for lang, pages in by_lang.items()}


def current(ids=("tiers",)):
    return (f"---\ntitle: 料金\nsource_hash: '{source_hash(EN)}'\n---\n本文\n", ids)


def test_states_and_drift():
    report = build_report(
        "en",
        docs(
            en={"fees/a.md": (EN, ("tiers",)), "security/b.md": (EN, ()), "fees/c.md": (EN, ())},
            ja={
                "fees/a.md": current(("tiers", "extra")),
                "security/b.md": ("---\ntitle: 古い\nsource_hash: '000000000000'\n---\n", ()),
                "fees/orphan.md": ("---\ntitle: 孤児\n---\n", ()),
            },
        ),
        ["en", "ja"],
    )
    states = {(e.doc_id, e.state) for e in report.entries}
    assert states == {
        ("fees/a.md", State.TRANSLATED),
        ("security/b.md", State.STALE),
        ("fees/c.md", State.MISSING),
        ("fees/orphan.md", State.ORPHANED),
    }
    assert [(d.doc_id, d.missing, d.extra) for d in report.drifts] == [("fees/a.md", (), ("extra",))]
    assert report.translated_share("ja") == pytest.approx(1 / 3)
    table = render_markdown(report)
    assert "| ja | 33.3 % | 1 | 1 | 0 | 1 | 1 |" in table


def test_policy_defaults_fail_orphans_anchors_and_no_category_is_critical_unless_named():
    assert Policy().critical_categories == ()  # categories are the adopter's, named in mkdocs.yml
    assert Policy().severity("stale", "security") is Severity.INFO
    policy = Policy(critical_categories=("security", "deposits-withdrawals"))
    assert policy.severity("orphaned", "fees") is Severity.ERROR
    assert policy.severity("anchors", "fees") is Severity.ERROR
    assert policy.severity("stale", "security") is Severity.ERROR
    assert policy.severity("missing", "deposits-withdrawals") is Severity.ERROR
    assert policy.severity("stale", "fees") is Severity.INFO
    assert policy.severity("missing", "") is Severity.INFO


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"fial": []}, "unknown setting(s) fial"),
        ({"fail": "orphaned"}, "translations.fail must be a list of strings"),
        ({"fail_in_critical": ["late"]}, "unknown state(s) late"),
    ],
)
def test_bad_policy_names_the_setting(data, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Policy.from_config(data)


def test_findings_name_file_line_and_fix_command():
    report = build_report(
        "en",
        docs(
            en={"security/b.md": (EN, ())},
            ja={"security/b.md": ("---\ntitle: 古い\ndescription: x\nsource_hash: '0'\n---\n", ())},
        ),
        ["en", "ja"],
    )
    [finding] = findings(report, Policy(critical_categories=("security",)))
    assert finding.format() == (
        "docs/ja/security/b.md:4:1: TR002 ja translation is stale: docs/en/security/b.md changed since it was "
        "translated. Fix: update it, then run `python scripts/translations.py mark-current docs/ja/security/b.md`; "
        "if the English change was trivial (a typo), run "
        "`python scripts/translations.py accept-source docs/en/security/b.md`"
    )
    assert finding.severity is Severity.ERROR


def test_notices():
    assert notice_for(State.MISSING, "a/", None).kind == "fallback"
    assert notice_for(State.STALE, "a/", dt.date(2026, 1, 1)).english_updated == dt.date(2026, 1, 1)
    assert notice_for(State.TRANSLATED, "a/", None) is None
