"""The live preview rebuilds only what an edit affects, and its site is the one a clean build makes.

A fixture help center (not the demo: two languages, en and pt-BR, two categories) is built once by the preview;
then each edit a writer makes (a title, a body, a tag, a new file, a deleted file, a translation) is followed by
the preview's rebuild and by a clean complete build of the same files, and every file of both sites must be the
same bytes. The plan must also stay small: a body edit renders one article in one language.
"""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import pytest

from helpcenter.adapter.preview import PreviewSite
from helpcenter.adapter.site_build import build_site
from tests.adoption.test_adopters_kit import configure, new_project, write_tree

LANGUAGES = ("en", "pt-BR")


def _article(title: str, tags: str, body: str, related: str = "") -> str:
    extra = f"related: [{related}]\n" if related else ""
    front = f"title: {title}\ndescription: About {title.lower()}.\ntags: [{tags}]\nupdated: 2026-10-01\n{extra}"
    return f"---\n{front}---\n\n{body}\n"


def _site() -> dict[str, str]:
    files = {}
    for lang in LANGUAGES:
        files |= {
            f"docs/{lang}/index.md": "---\ntitle: Skyline Air help\n---\n",
            f"docs/{lang}/baggage/index.md": "---\ntitle: Baggage\ndescription: Cabin and checked bags.\n---\n",
            f"docs/{lang}/booking/index.md": "---\ntitle: Booking\ndescription: Change or cancel a trip.\n---\n",
        }
    files |= {
        "docs/en/baggage/allowance.md": _article(
            "Baggage allowance", "baggage", "Your fare decides.\n\n## Cabin bags\n\nOne bag."
        ),
        "docs/en/baggage/lost.md": _article(
            "Lost baggage", "baggage", "Report it at the desk.\n\n## Claims\n\nWithin 7 days."
        ),
        "docs/en/baggage/sports.md": _article("Sports equipment", "baggage", "Skis fly free."),
        "docs/en/booking/change.md": _article("Change a flight", "booking", "Open My trips.", "baggage/lost.md"),
        "docs/pt-BR/baggage/allowance.md": _article("Franquia de bagagem", "bagagem", "Sua tarifa decide."),
    }
    return files


def _differences(preview: Path, full: Path) -> list[str]:
    a = {p.relative_to(preview).as_posix() for p in preview.rglob("*") if p.is_file()}
    b = {p.relative_to(full).as_posix() for p in full.rglob("*") if p.is_file()}
    problems = [f"only in the preview: {f}" for f in sorted(a - b)] + [
        f"missing in the preview: {f}" for f in sorted(b - a)
    ]
    problems += [f"differs: {f}" for f in sorted(a & b) if not filecmp.cmp(preview / f, full / f, shallow=False)]
    return problems


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = new_project(tmp_path_factory.mktemp("preview") / "skyline")
    write_tree(root, _site())
    config = configure(root, LANGUAGES)
    preview = PreviewSite(config, root / "preview-site")
    first = preview.complete_build()
    assert first.kind == "complete" and first.languages == ["en"]  # the others are queued, built by finish()
    assert preview.has_work()
    preview.finish()
    assert not preview.has_work()
    return root, config, preview


def _edit(root: Path, rel: str, change) -> None:
    path = root / rel
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _title(new: str):
    return lambda text: re.sub(r"^title: .*$", f"title: {new}", text, count=1, flags=re.M)


EDITS = [
    # (what the writer does, languages the preview must rebuild, most articles it may render per language: a
    # title shows in its siblings' and in its relating articles' related lists)
    ("title", lambda r: _edit(r, "docs/en/baggage/lost.md", _title("Delayed or lost baggage")), None, 4),
    ("body", lambda r: _edit(r, "docs/en/baggage/sports.md", lambda t: t + "\nGolf bags too.\n"), None, 1),
    (
        "tag",
        lambda r: _edit(r, "docs/en/booking/change.md", lambda t: t.replace("[booking]", "[booking, refunds]")),
        None,
        1,
    ),
    ("translation", lambda r: _edit(r, "docs/pt-BR/baggage/allowance.md", lambda t: t + "\nUma mala.\n"), ["pt-BR"], 1),
    (
        "new file",
        lambda r: write_tree(
            r, {"docs/en/booking/cancel.md": _article("Cancel a trip", "booking", "Cancel in My trips.")}
        ),
        None,
        None,
    ),
    ("deleted file", lambda r: (r / "docs/en/baggage/sports.md").unlink(), None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, edit, languages, most", EDITS, ids=[e[0] for e in EDITS])
def test_each_edit_rebuilds_little_and_matches_a_clean_build(project, tmp_path, name, edit, languages, most):
    root, config, preview = project
    edit(root)
    outcome = preview.rebuild()
    preview.finish()
    assert outcome.kind == "partial", f"{name}: the preview rebuilt everything"
    if languages is not None:
        assert outcome.languages == languages
    if most is not None:
        assert 1 <= outcome.rendered <= most * len(outcome.languages), (name, outcome)
    build_site(config, tmp_path / "full", strict=False, jobs=1)
    assert _differences(root / "preview-site", tmp_path / "full") == [], name


@pytest.mark.slow
def test_a_broken_edit_is_reported_and_the_preview_keeps_going(project, tmp_path):
    root, config, preview = project
    _edit(root, "docs/en/booking/change.md", lambda t: t.replace("title: Change a flight", "title: [broken"))
    outcome = preview.rebuild()
    assert any("docs/en/booking/change.md:" in p and "HC100" in p for p in outcome.problems), outcome.problems
    _edit(root, "docs/en/booking/change.md", lambda t: t.replace("title: [broken", "title: Change a flight"))
    outcome = preview.rebuild()
    preview.finish()
    assert not any("HC100" in p for p in outcome.problems)
    build_site(config, tmp_path / "full", strict=False, jobs=1)
    assert _differences(root / "preview-site", tmp_path / "full") == []


@pytest.mark.slow
def test_a_template_change_rebuilds_everything(project):
    root, _config, preview = project
    strings = root / "data" / "glossary.yml"
    strings.write_text(strings.read_text(encoding="utf-8") if strings.exists() else "terms: []\n", encoding="utf-8")
    (root / "data" / "touched.txt").write_text("x", encoding="utf-8")
    assert preview.rebuild().kind == "complete"
