"""Pure parts of helpcenter.content.validation: the schema, the sanitizer allowlist, rel on external links, the
locator."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, write_site
from mkdocs.config import load_config
from validation_cases import BASE, article

from helpcenter.adapter.site_build import build_site
from helpcenter.adapter.site_config import settings_from_config
from helpcenter.content import frontmatter
from helpcenter.content.catalog import Role
from helpcenter.content.validation.project import Project, owned_by_shard
from helpcenter.content.validation.safety import Removed, Sanitizer, Unsafe, add_external_rel, unexplained
from helpcenter.content.validation.schema import PROPERTIES, ROLE_KEYS, ContentRules, schema_for, validate_front_matter
from helpcenter.content.validation.source import Locator, Renderer

# the demo's rules (mkdocs.yml extra.helpcenter.content)
DEMO_RULES = ContentRules(heading_ids="required", required_article_keys=("description", "tags", "updated"))


def findings(text: str, role: Role = Role.ARTICLE, doc_id: str = "a/b.md", articles=("a/c.md",), rules=DEMO_RULES):
    fm = frontmatter.parse(text)
    return validate_front_matter("p.md", doc_id, role, fm.meta, fm.key_lines, fm.item_lines, set(articles), rules)


def test_schema_knows_the_keys_other_features_use():
    for key in (
        "title",
        "description",
        "tags",
        "updated",
        "order",
        "promoted",
        "related",
        "icon",
        "template",
        "hide",
        "source_hash",
    ):
        assert key in PROPERTIES
    assert schema_for(Role.ARTICLE)["additionalProperties"] is False
    # what the build derives is never required: title (# H1, file name), description (first paragraph), icon
    assert ROLE_KEYS[Role.ARTICLE]["required"] == [] and ROLE_KEYS[Role.CATEGORY]["required"] == []
    assert schema_for(Role.ARTICLE, DEMO_RULES)["required"] == ["description", "tags", "updated"]


def test_search_and_contact_pages_and_translation_hashes_are_accepted():
    assert findings("---\ntitle: Search\ntemplate: search.html\nhide: [toc]\n---\n", Role.PAGE, "search.md") == []
    assert findings("---\ntitle: Contact\ndescription: Reach us.\nsource_hash: 3f2a9c\n---\n", Role.PAGE) == []
    text = (
        "---\ntitle: T\ndescription: D\ntags: [x]\nupdated: 2026-10-14\nsource_hash: abc123\nrelated: [a/c.md]\n---\n"
    )
    assert findings(text) == []


def test_all_findings_of_a_file_at_once():
    text = "---\ntitle: ''\ntags: []\nupdated: 2026-02-30x\ncolour: red\norder: -1\n---\n"
    codes = sorted(f.code for f in findings(text))
    assert codes == ["HC101", "HC101", "HC102", "HC104", "HC104", "HC105"]  # description, tags; title, order
    # without required article keys, an empty list is too short rather than missing
    assert sorted(f.code for f in findings(text, rules=ContentRules())) == ["HC102", "HC104", "HC104", "HC104", "HC105"]


def test_unknown_key_hint_and_role_misuse():
    [unknown] = findings("---\ntitle: T\ndescription: D\ntags: [x]\nupdated: 2026-10-14\ndescripton: x\n---\n")
    assert unknown.line == 6 and "did you mean 'description'?" in unknown.fix
    [misplaced] = findings("---\ntitle: T\npromoted: true\n---\n", Role.HOME, "index.md")
    assert misplaced.code == "HC108" and misplaced.line == 3


def test_related_must_resolve_and_not_repeat_or_point_at_itself():
    text = (
        "---\ntitle: T\ndescription: D\ntags: [x]\nupdated: 2026-10-14\n"
        "related:\n  - a/c.md\n  - a/c.md\n  - a/b.md\n---\n"
    )
    assert [(f.code, f.line) for f in findings(text)] == [("HC107", 8), ("HC106", 9)]


KITCHEN_SINK = """
!!! note "Note"
    Admonition with `code` and ++ctrl+alt+del++.

??? tip "Details"
    Hidden text.

=== "First"
    Tab one.

=== "Second"
    Tab two.

| Left | Right |
| :--- | ----: |
| a    | b     |

```python
print("hi")
```

```mermaid
flowchart TD
    A --> B
```

- [x] done
- [ ] open

Term
:   Definition with a footnote.[^1] The HTML spec.

*[HTML]: Hyper Text Markup Language

[^1]: The note.

<div markdown>
**Bold** in HTML, `#!python len(x)` inline.
</div>

Visit [Corvexa](https://www.corvexa.example/) or [fees](#left).
"""


# left out of mkdocs.yml for speed, but a site may add them back: the sanitizer must keep what they produce
OPTIONAL_EXTENSIONS = ["pymdownx.inlinehilite", "pymdownx.keys"]


@pytest.fixture(scope="module")
def renderer():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return Renderer([*config.markdown_extensions, *OPTIONAL_EXTENSIONS], config.mdx_configs)


def test_allowlist_keeps_everything_the_extensions_produce(renderer):
    html = renderer.render(KITCHEN_SINK).html
    for marker in (
        "admonition",
        "<details",
        "tabbed-set",
        "__tabbed_1_1",
        "<table",
        "highlight",
        "hc-mermaid",
        "task-list",
        "footnote",
        "<abbr",
        "keys",
        "<dl>",
    ):
        assert marker in html, marker
    sanitizer = Sanitizer()
    cleaned, removed = sanitizer.clean(html)
    assert removed == []
    assert sanitizer.scan(html) == []
    assert 'href="https://www.corvexa.example/" rel="noopener noreferrer"' in cleaned


def test_sanitizer_removes_and_names_what_is_unsafe():
    html = '<p id="__config" onclick="x()">a <a href="javascript:alert(1)">b</a></p><script>1</script>'
    sanitizer = Sanitizer()
    cleaned, removed = sanitizer.clean(html)
    assert (
        "script" not in cleaned
        and "onclick" not in cleaned
        and "javascript" not in cleaned
        and "__config" not in cleaned
    )
    assert {r.describe() for r in removed} == {
        "<script>",
        'id="__config" on <p>',
        'onclick="x()" on <p>',
        'href="javascript:alert(1)" on <a>',
    }
    assert unexplained(removed, sanitizer.scan(html)) == []


def test_clean_and_scan_is_clean_and_scan_with_one_parse():
    html = (
        '<p id="__config" onclick="x()">a <a href="javascript:alert(1)">b</a> <a href="https://x.example/">c</a></p>'
        '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe><script>1</script>'
    )
    for sanitizer in (Sanitizer(), Sanitizer(frozenset({"youtube-nocookie.com"}))):
        cleaned, removed, unsafe = sanitizer.clean_and_scan(html)
        assert (cleaned, removed) == sanitizer.clean(html)
        assert unsafe == sanitizer.scan(html) and unsafe


def test_iframe_hosts_come_from_the_owner():
    html = '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>'
    assert [u.code for u in Sanitizer().scan(html)] == ["HC304"]
    allowed = Sanitizer(frozenset({"youtube-nocookie.com"}))
    assert allowed.scan(html) == [] and allowed.clean(html)[1] == []
    assert [u.code for u in allowed.scan(html.replace("https:", "http:"))] == ["HC304"]


def test_unexplained_removals_are_kept():
    removed = [Removed("p", "style", "color: red"), Removed("script")]
    explained = [Unsafe("HC301", "m", "f", "<script", "script")]
    assert unexplained(removed, explained) == [Removed("p", "style", "color: red")]


def test_external_rel_changes_only_external_link_tags():
    html = '<p>a <a href="../x/">in</a>\n<a class="c" href="https://e.example/?a=1&amp;b=2" rel="me">out</a> &amp;</p>'
    out = add_external_rel(html)
    assert out == (
        '<p>a <a href="../x/">in</a>\n<a class="c" href="https://e.example/?a=1&amp;b=2" rel="me noopener noreferrer">'
        "out</a> &amp;</p>"
    )


def test_locator_finds_repeated_needles_in_order():
    text = "---\ntitle: x\n---\nsee x.md\nand x.md\n"
    locator = Locator(text, 4)
    assert locator.find("x.md") == (4, 5)
    assert locator.find("x.md") == (5, 5)
    assert locator.locate("missing") is None
    assert locator.find("missing") == (4, 1)


def test_built_page_is_sanitized_with_rel_on_external_links_only(tmp_path):
    files = {
        **BASE,
        "en/security/enable-2fa.md": article(
            "## Turn it on { #turn-on }",
            "",
            "See [Corvexa](https://www.corvexa.example/) and [recovery](lost-2fa.md#recover).",
        ),
    }
    build_site(write_site(tmp_path, files, languages=("en", "zh")), tmp_path / "site")
    html = (tmp_path / "site/security/enable-2fa/index.html").read_text(encoding="utf-8")
    content = html.split('class="md-content"', 1)[1]
    assert re.search(r'<a href="https://www.corvexa.example/" rel="noopener noreferrer">Corvexa</a>', content)
    assert re.search(r'<a href="\.\./lost-2fa/#recover">recovery</a>', content)


def test_problem_matcher_reads_check_output_and_build_log_lines():
    matcher = json.loads((ROOT / ".github/problem-matchers/helpcenter.json").read_text())["problemMatcher"][0]
    pattern = matcher["pattern"][0]
    regexp = re.compile(pattern["regexp"])
    line = "docs/en/security/enable-2fa.md:10:5: HC204 reference link [a][b] has no definition. Fix: add [b]: url"
    for text in (line, "ERROR    -  " + line, "WARNING  -  " + line):
        match = regexp.match(text)
        assert match is not None, text
        assert match.group(pattern["file"]) == "docs/en/security/enable-2fa.md"
        assert (match.group(pattern["line"]), match.group(pattern["column"])) == ("10", "5")
        assert match.group(pattern["code"]) == "HC204"
    assert regexp.match("INFO    -  Building documentation") is None


def test_each_file_is_checked_by_exactly_one_shard():
    doc_ids = ["index.md", "fees/index.md", "search.md", *[f"fees/article-{i}.md" for i in range(40)]]
    for doc_id in doc_ids:
        owners = [index for index in range(3) if owned_by_shard(doc_id, (index, 3))]
        assert len(owners) == 1, doc_id
        assert owned_by_shard(doc_id, None)
    # pages every worker renders are reported by the first worker
    assert owned_by_shard("fees/index.md", (0, 2)) and not owned_by_shard("fees/index.md", (1, 2))


def test_shards_together_report_each_finding_exactly_once(tmp_path):
    files = {**BASE, "en/security/enable-2fa.md": article("Read [x][missing]."), "en/index.md": "---\ntitle: ''\n---\n"}
    config = write_site(tmp_path, files, languages=("en", "zh"))
    loaded = load_config(str(config))
    project = Project(settings_from_config(loaded), display_root=tmp_path)
    everything = project.check(project.all_files())
    per_shard = [project.check(project.all_files(), (index, 2)) for index in range(2)]
    assert sorted(f for shard in per_shard for f in shard) == sorted(everything)
    assert {f.code for f in everything if f.code.startswith("HC")} == {"HC104", "HC204"}
