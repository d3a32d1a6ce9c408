"""The adopter's kit: help centers nobody here wrote build on the first try, in any language.

Each site is a project of its own in tmp_path (its mkdocs.yml INHERITs the generator's mkdocs.base.yml, whose
hooks and overrides are linked in), never the demo.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, load_script

from helpcenter.adapter.site_build import build_site

init_site = load_script("init_site")
check = load_script("check")

BRAND_OF_THE_DEMO = re.compile(r"corvexa", re.IGNORECASE)


def new_project(root: Path) -> Path:
    """A folder laid out like a clone: the generator's files linked in, no content, no configuration yet."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.base.yml", root / "mkdocs.base.yml")
    for name in ("hooks", "overrides", "helpcenter"):
        (root / name).symlink_to(ROOT / name, target_is_directory=True)
    (root / "data").mkdir(exist_ok=True)
    return root


def write_tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def configure(root: Path, languages: tuple[str, ...], brand: str = "Skyline Air", **settings) -> Path:
    """The configuration init_site writes for these languages (its defaults: the kit's shipped configuration)."""
    options = init_site.Options(brand, "https://help.skyline.example/", languages, ("baggage",), **settings)
    for rel, text in init_site.starter_files(options, pages=False).items():
        write_tree(root, {rel: text})
    return root / "mkdocs.yml"


def mkdocs_build(root: Path, site: Path, *options: str) -> tuple[int, str, list[str]]:
    """`mkdocs build` as a writer runs it, in its own process: exit status, output, WARNING and ERROR lines."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *options, "-d", str(site)],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    return result.returncode, output, [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]


def built_files(site: Path):
    return [p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml", ".js", ".txt")]


# --- scripts/init_site.py ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def acme(tmp_path_factory):
    root = new_project(tmp_path_factory.mktemp("acme") / "project")
    assert (
        init_site.main(
            [
                "--root",
                str(root),
                "--brand",
                "Acme Help",
                "--site-url",
                "https://help.acme.example/",
                "--languages",
                "en,fr,ar,pt_br",
            ]
        )
        == 0
    )
    build_site(root / "mkdocs.yml", root / "site", strict=True, jobs=1)
    return root


def test_init_site_writes_one_adopter_configuration_and_a_starter_tree(acme):
    config = (acme / "mkdocs.yml").read_text(encoding="utf-8")
    assert "INHERIT: mkdocs.base.yml" in config and "site_name: Acme Help" in config
    assert "locale: pt-BR" in config  # pt_br normalised to BCP 47
    for language in ("en", "fr", "ar", "pt-BR"):
        assert (acme / f"docs/{language}/getting-started/first-steps.md").is_file()
        assert (acme / f"data/ui-strings/{language}.yml").is_file()
    assert not (acme / "data/demo-facts.md").exists()


def test_the_new_site_speaks_each_language(acme):
    site = acme / "site"
    assert '<html lang="ar" dir="rtl"' in (site / "ar/index.html").read_text(encoding="utf-8")
    assert '<html lang="pt-BR" dir="ltr"' in (site / "pt-BR/index.html").read_text(encoding="utf-8")
    assert 'property="og:locale" content="pt_BR"' in (site / "pt-BR/getting-started/first-steps/index.html").read_text(
        encoding="utf-8"
    )
    contact = (site / "contact/index.html").read_text(encoding="utf-8")
    assert "really belongs to Acme Help" in contact  # the brand from the adopter configuration, in UI strings
    assert "support@help.acme.example" in contact  # the starter channels file


def test_no_built_file_names_the_demo_brand(acme):
    texts = {p: p.read_text(errors="replace") for p in built_files(acme / "site")}
    assert len(texts) > 50
    assert [p for p, text in texts.items() if BRAND_OF_THE_DEMO.search(text)] == []
    assert [p for p, text in texts.items() if "{site_brand}" in text] == []


def test_check_passes_on_the_new_site(acme, monkeypatch):
    monkeypatch.chdir(acme)
    assert check.main(["--config-file", str(acme / "mkdocs.yml")]) == 0


def test_init_site_refuses_to_replace_a_help_center_that_is_not_the_demo(acme, capsys):
    before = (acme / "mkdocs.yml").read_text(encoding="utf-8")
    args = ["--root", str(acme), "--brand", "Other", "--site-url", "https://x.example/"]
    assert init_site.main(args) == 2
    assert "--force" in capsys.readouterr().err
    assert (acme / "mkdocs.yml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("argument", "value", "message"),
    [
        ("--languages", "en,english", "is not a language code"),
        ("--languages", "en,fr,FR", "more than once"),
        ("--site-url", "help.acme.example", "is not an address"),
        ("--categories", "Billing Questions", "is not a folder name"),
    ],
)
def test_bad_arguments_say_what_to_write(tmp_path, capsys, argument, value, message):
    args = ["--root", str(tmp_path), "--brand", "Acme", "--site-url", "https://help.acme.example/", argument, value]
    with pytest.raises(SystemExit):
        init_site.main(args)
    assert message in capsys.readouterr().err
    assert not (tmp_path / "mkdocs.yml").exists()


# --- help centers nobody here wrote -----------------------------------------------------------------------------

LANGUAGES = ("en", "fr", "de", "pt-BR", "ar")


def nobody_wrote() -> dict[str, str]:
    """5 languages; category pages with only a title and description; articles with title, description, tags
    and updated; translations without source_hash; no search page."""
    files = {}
    for lang in LANGUAGES:
        files |= {
            f"docs/{lang}/index.md": f"---\ntitle: Skyline Air help ({lang})\n---\n",
            f"docs/{lang}/baggage/index.md": "---\ntitle: Baggage\ndescription: Cabin and checked bags.\n---\n",
            f"docs/{lang}/baggage/allowance.md": """\
                ---
                title: How much baggage can I bring?
                description: Cabin and checked allowances by fare.
                tags: [baggage, allowance]
                updated: 2026-10-01
                ---

                Your fare decides the allowance.

                ## Cabin bags

                One bag of up to 8 kg.

                ## Checked bags

                1. Check your fare.
                2. Add bags in **My trips**.
                """,
            f"docs/{lang}/booking/index.md": "---\ntitle: Booking\ndescription: Change or cancel a trip.\n---\n",
            f"docs/{lang}/booking/change.md": """\
                ---
                title: How do I change my flight?
                description: Change the date or time of a booked flight.
                tags: [booking]
                updated: 2026-09-15
                ---

                Open **My trips** and choose **Change flight**.
                """,
        }
    return files


def test_a_help_center_nobody_here_wrote_builds_strictly_with_the_shipped_configuration(tmp_path):
    root = new_project(tmp_path / "skyline")
    write_tree(root, nobody_wrote())
    build_site(configure(root, LANGUAGES), root / "site", strict=True, jobs=1)
    site = root / "site"
    assert '<html lang="ar" dir="rtl"' in (site / "ar/baggage/allowance/index.html").read_text(encoding="utf-8")
    search = (site / "fr/search/index.html").read_text(encoding="utf-8")  # generated: the header form has a target
    assert 'lang="fr"' in search
    status = (site / "de/translation-status/index.html").read_text(encoding="utf-8")
    assert 'data-hc-notice="stale"' not in (site / "de/baggage/allowance/index.html").read_text(encoding="utf-8")
    row = re.search(r'<tr data-hc-status-language="de">(.*?)</tr>', status, re.S).group(1)
    assert re.findall(r"<td>(.*?)</td>", row)[:4] == ["100.0 %", "0", "0", "5"]  # 5 untracked, none stale


def test_a_right_to_left_site_marks_fallback_content_left_to_right(tmp_path):
    root = new_project(tmp_path / "rtl")
    files = nobody_wrote()
    write_tree(root, {k: v for k, v in files.items() if k.startswith("docs/en/")})
    write_tree(root, {"docs/he/index.md": "---\ntitle: עזרה\n---\n"})
    write_tree(root, {"docs/en/contact.md": "---\ntitle: Contact\ntemplate: contact.html\n---\n"})
    config = configure(root, ("en", "he"))
    # a channels file written before Hebrew was added: its texts are English only
    english_only = init_site.Options("Skyline Air", "https://help.skyline.example/", ("en",), ("baggage",))
    write_tree(root, {"data/support-channels.yml": init_site.support_channels(english_only)})
    build_site(config, root / "site", strict=True, jobs=1)
    page = (root / "site/he/baggage/allowance/index.html").read_text(encoding="utf-8")
    assert '<html lang="he" dir="rtl"' in page
    assert '<div lang="en" dir="ltr">' in page  # English text inside a Hebrew page
    contact = (root / "site/he/contact/index.html").read_text(encoding="utf-8")
    assert '<div lang="en" dir="ltr" data-hc-notice="channel-texts">' in contact  # marked as the default's
    assert "Email support" in contact


# --- any content tree: findings, never a traceback -------------------------------------------------------------

SYNTHETIC = {
    # a category folder without index.md; a category page without icon
    "docs/en/index.md": "---\ntitle: Help\n---\n",
    "docs/en/cards/index.md": "---\ntitle: Cards\ndescription: Card questions.\n---\n",
    "docs/en/cards/lost.md": "---\ntitle: Lost card\ndescription: Block it.\ntags: [card]\nupdated: 2026-10-01\n---\n\n"
    "## Block it { #block }\n\nIn the app.\n",
    "docs/en/loans/apply.md": "# Apply for a loan\n\nNo front matter at all.\n\n## Documents\n\nAn ID.\n",
    "docs/en/loans/rates.md": "---\ntitle: Rates\ndate: 2026-09-01\nauthor: someone\n---\n\n# Rates\n\nText.\n",
    "docs/en/assets/README.md": "Images for the loans pages.\n",
    "docs/en/cards/broken.md": "---\ntitle: [unclosed\n---\n\nBody.\n",
    "docs/en/cards/link.md": "---\ntitle: Link\n---\n\n[gone](missing.md) and ![](nope.png)\n",
    # translations without source_hash, one language with no UI strings shipped
    "docs/pt-BR/cards/lost.md": "---\ntitle: Cartão perdido\ndescription: Bloqueie.\ntags: [cartão]\n"
    "updated: 2026-10-01\n---\n\n## Bloquear { #block }\n\nNo app.\n",
    "docs/sw/cards/lost.md": "---\ntitle: Kadi iliyopotea\n---\n\n## Zuia\n\nKwenye programu.\n",
}


def test_any_content_tree_builds_with_findings_that_name_docs_files_and_no_traceback(tmp_path):
    root = new_project(tmp_path / "synthetic")
    write_tree(root, SYNTHETIC)
    config = configure(root, ("en", "pt-BR", "sw"), brand="Bank")
    (root / "data/latin1.md").write_bytes(b"not content")  # outside docs: ignored
    (root / "docs/en/cards/latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\n\nR\xe9sum\xe9\n".encode("latin-1"))
    returncode, output, problems = mkdocs_build(root, tmp_path / "site", "-f", str(config))
    assert returncode == 0, output
    assert "Traceback" not in output
    assert problems, output  # the broken pages are reported
    unnamed = [line for line in problems if not re.search(r" -  docs/[^ :]+\.(md|yml):\d+:\d+: [A-Z]+\d+ ", line)]
    assert unnamed == []
    assert len(problems) == len(set(problems))  # one line per cause
    codes = {re.search(r": ([A-Z]+\d+) ", line).group(1) for line in problems}
    assert {"HC100", "HC201", "HC120"} <= codes
    assert (tmp_path / "site/loans/apply/index.html").is_file()  # a page without front matter is a page
    # information never fails a build, and is said too: the Swahili heading has an id of its own (TR006)
    assert re.search(r"INFO    -  docs/sw/cards/lost\.md:1:1: TR006 1 sw page\(s\) have headings", output)
