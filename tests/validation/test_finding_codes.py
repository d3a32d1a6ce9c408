"""One policy in one place: every finding code is in helpcenter/content/finding_codes.py and documented in
CONTRIBUTING.md, every documented code exists and is reported somewhere, and the guide states the schema's limits as
numbers."""

from __future__ import annotations

import re

from conftest import ROOT

from helpcenter.content.finding_codes import CODES, WHERE, markdown_table
from helpcenter.content.validation.schema import PROPERTIES

CODE = re.compile(r"\b(?:HC|TR|SUP|RDR|IMP)\d{3}\b")
# any string literal that looks like a finding code, whatever its family
LITERAL = re.compile(r"[\"']([A-Z]{2,5}\d{3})[\"']")
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
SOURCES = [
    path
    for folder in ("helpcenter", "hooks", "scripts")
    for path in sorted((ROOT / folder).rglob("*.py"))
    if path.name != "finding_codes.py"
]


def emitted() -> dict[str, list[str]]:
    """Every code literal in the sources, with the files that name it."""
    found: dict[str, list[str]] = {}
    for path in SOURCES:
        for code in set(CODE.findall(path.read_text(encoding="utf-8"))):
            found.setdefault(code, []).append(path.relative_to(ROOT).as_posix())
    return found


def guide_rows() -> dict[str, list[str]]:
    rows = {}
    for line in GUIDE.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and CODE.fullmatch(cells[0]):
            rows[cells[0]] = cells
    return rows


def test_every_code_family_in_the_sources_is_known():
    families = {
        code.rstrip("0123456789") for path in SOURCES for code in LITERAL.findall(path.read_text(encoding="utf-8"))
    }
    assert families <= {"HC", "TR", "SUP", "RDR", "IMP"}


def test_every_code_in_the_sources_is_in_the_registry():
    unknown = {code: files for code, files in emitted().items() if code not in CODES}
    assert unknown == {}


def test_every_registered_code_is_reported_somewhere():
    # no rule without a check: each code of the registry is named by the code that reports it
    assert sorted(set(CODES) - set(emitted())) == []


def test_the_guide_documents_every_code_exactly_as_the_registry():
    rows = guide_rows()
    assert sorted(rows) == sorted(CODES), (
        "python -m helpcenter.content.finding_codes prints the table for CONTRIBUTING.md"
    )
    for code, entry in CODES.items():
        assert rows[code] == [code, entry.severity.value, WHERE[entry.where], entry.rule], code
    assert markdown_table() in GUIDE


def test_every_code_the_guide_names_exists_and_every_writing_rule_cites_its_code():
    assert sorted(set(CODE.findall(GUIDE)) - set(CODES)) == []
    # the rules writers and translators follow cite their code where they are stated, not only in the table
    prose = "\n".join(line for line in GUIDE.splitlines() if not (line.startswith("| ") and CODE.search(line[:9])))
    cited = set(CODE.findall(prose))
    writing = [c for c in CODES if c.startswith(("HC1", "HC2", "HC3", "TR")) and CODES[c].where != "check"]
    assert sorted(set(writing) - cited) == []


def test_the_guide_states_every_front_matter_limit_as_numbers():
    limits = {
        "title": f"1–{PROPERTIES['title']['maxLength']} characters",
        "description": f"1–{PROPERTIES['description']['maxLength']} characters",
        "tags": f"1–{PROPERTIES['tags']['maxItems']} tags, each 1–{PROPERTIES['tags']['items']['maxLength']} "
        "characters",
        "related": f"at most {PROPERTIES['related']['maxItems']} article ids",
    }
    table = {
        cells[0].strip("`"): cells[2]
        for line in GUIDE.splitlines()
        if len(cells := [c.strip() for c in line.strip().strip("|").split("|")]) == 3
    }
    for key, limit in limits.items():
        assert limit in table.get(key, ""), (key, limit)


def test_every_rule_of_the_guide_has_a_code():
    """Each bullet of a rule section names its code; only the Style section is left to reviewers."""
    section, fence, bullets = "", False, {}
    for line in GUIDE.splitlines():
        if line.startswith("```"):
            fence = not fence
        elif fence:
            continue
        elif line.startswith("#"):
            section = line.lstrip("#").strip()
        elif line.startswith("- "):
            bullets.setdefault(section, []).append(line)
        elif line.startswith("  ") and section in bullets:
            bullets[section][-1] += " " + line.strip()
    assert {"Layout", "Article front matter", "Body", "Style"} <= set(bullets)
    uncoded = [(s, b[:70]) for s, items in bullets.items() if s != "Style" for b in items if not CODE.search(b)]
    assert uncoded == []
    assert all(not CODE.search(b) for b in bullets["Style"])  # a rule with a check belongs in its section
