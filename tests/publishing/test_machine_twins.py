"""Machine-readable twins (issue 18): llms.txt per language and a clean Markdown copy of every article.

Unit tests of helpcenter.publish.machine_twins, and a Brazilian Portuguese fixture site (pt-BR the default language,
English the second) built with the project's hooks.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import FIXTURE_SITE_URL, write_site

from helpcenter.adapter.site_build import build_site
from helpcenter.publish.machine_twins import (
    OTHER_WHITESPACE_CLASS,
    article_markdown,
    llms_txt,
    llms_txt_path,
    twin_url,
)

PAGE = "https://help.example.test/pt-BR/contas/senha/"


def markdown_of(html: str, title: str = "Título") -> str:
    return article_markdown(title, html, PAGE)


def without_code(markdown: str) -> str:
    markdown = re.sub(r"^(`{3,}).*?^\1", "", markdown, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", markdown)


def raw_html(markdown: str) -> list[str]:
    """Tags a Markdown renderer would pass through as HTML (escaped '\\<' is text)."""
    return re.findall(r"(?<!\\)<[A-Za-z/!?][^>]*>?", without_code(markdown))


# --- where twins live ----------------------------------------------------------------------------------------------


def test_twin_is_next_to_its_page():
    assert twin_url("pt-BR/contas/senha/") == "pt-BR/contas/senha/index.md"
    assert twin_url("contas/senha.html") == "contas/senha.md"
    assert llms_txt_path("pt-BR", "pt-BR") == "llms.txt"
    assert llms_txt_path("en", "pt-BR") == "en/llms.txt"


# --- the article as Markdown ---------------------------------------------------------------------------------------


def test_title_becomes_the_only_h1_and_headings_lose_their_permalinks():
    html = (
        '<h2 id="passos">Passos<a class="headerlink" href="#passos" title="Permanent link">¶</a></h2>'
        "<p>Faça <strong>isto</strong> e <em>aquilo</em>.</p>"
    )
    assert markdown_of(html) == "# Título\n\n## Passos\n\nFaça **isto** e *aquilo*.\n"


def test_links_and_images_become_absolute():
    html = (
        '<p>Veja <a href="../limites/#diario">os limites</a> e <a href="#passos">os passos</a>.</p>'
        '<p><img alt="Tela [app]" src="../../assets/tela.png"></p>'
    )
    text = markdown_of(html)
    assert "[os limites](https://help.example.test/pt-BR/contas/limites/#diario)" in text
    assert f"[os passos]({PAGE}#passos)" in text
    assert r"![Tela \[app\]](https://help.example.test/pt-BR/assets/tela.png)" in text


def test_admonitions_lists_tables_and_code_are_markdown_not_html():
    html = (
        '<div class="admonition warning"><p class="admonition-title">Cuidado</p><p>Nunca envie a senha.</p></div>'
        "<ol><li>Abra <code>Configurações</code>.</li><li>Toque em <strong>Salvar</strong>.<ul><li>Opcional</li>"
        "</ul></li></ol>"
        "<table><thead><tr><th>Rede</th><th>Taxa</th></tr></thead><tbody><tr><td>TRC20 | A</td><td>1</td></tr>"
        "</tbody></table>"
        '<div class="language-python highlight"><pre><span></span><code><span class="n">x</span> = 1 &lt; 2\n'
        "</code></pre></div>"
        '<pre class="hc-mermaid"><code>flowchart TD\n  A --&gt; B</code></pre>'
        '<details class="note"><summary>Mais</summary><p>Texto dobrado.</p></details>'
    )
    text = markdown_of(html)
    assert "> **Cuidado**\n>\n> Nunca envie a senha." in text
    assert "1. Abra `Configurações`.\n2. Toque em **Salvar**.\n   - Opcional" in text
    assert "| Rede | Taxa |\n| --- | --- |\n| TRC20 \\| A | 1 |" in text
    assert "```python\nx = 1 < 2\n```" in text
    assert "```mermaid\nflowchart TD\n  A --> B\n```" in text
    assert "> **Mais**\n>\n> Texto dobrado." in text
    assert raw_html(text) == []


def test_text_that_looks_like_markup_is_escaped():
    html = "<p>Use &lt;script&gt; nunca; *não* é ênfase; snake_case fica; _borda_ não.</p><p># não é título</p>"
    text = markdown_of(html)
    assert raw_html(text) == []
    assert r"\<script>" in text
    assert r"\*não\*" in text
    assert "snake_case" in text
    assert r"\_borda\_" in text
    assert "\n\\# não é título" in text


def test_theme_controls_and_footnote_furniture_are_dropped():
    html = (
        '<p>Texto<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>.</p>'
        '<div class="footnote"><hr><ol><li id="fn:1"><p>Nota.&nbsp;<a class="footnote-backref" href="#fnref:1">↩</a>'
        "</p></li></ol></div>"
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox" disabled checked><span class="task-list-indicator"></span></label> Feito</li></ul>'
    )
    text = markdown_of(html)
    assert "Texto\\[1\\]." in text
    assert "1. Nota." in text and "↩" not in text
    assert "- [x] Feito" in text


def test_same_input_same_bytes():
    html = "<h2>A</h2><p>b <a href='c/'>d</a></p><ul><li>e</li></ul>"
    assert markdown_of(html) == markdown_of(html)


def test_whitespace_underscores_and_line_starts_of_text():
    """The fast paths that skip regular expressions (scripts/bench_twins.py) give the bytes the expressions gave."""
    cases = {
        "<p>Um\t\ttab,  dois   espaços,\u00a0nbsp\u00a0e\r\nquebra.</p>": "Um tab, dois espaços, nbsp e quebra.",
        "<p>\n  <strong> forte </strong>\n<em>ênfase</em>_fim _início meio_do_texto\n</p>": (
            r"**forte** *ênfase*\_fim \_início meio_do_texto"
        ),
        "<p>linha<br>\n2. não é lista<br>  # nem título<br>- nem item</p>": (
            "linha\\\n\\2. não é lista\\\n\\# nem título\\\n\\- nem item"
        ),
        "<ul>\n<li>\n<p>Um</p>\n<p>Dois\nlinhas</p>\n</li>\n<li>Três</li>\n</ul>\n<div>solto <code>x</code>\n</div>": (
            "- Um\n\n  Dois linhas\n\n- Três\n\nsolto `x`"
        ),
    }
    for html, body in cases.items():
        assert markdown_of(html, "T") == f"# T\n\n{body}\n"


def test_plain_text_fast_path_knows_all_of_pythons_whitespace():
    """The fast path passes text through when it has nothing to escape or collapse; its character class must name
    every whitespace character but the space, or such a character would reach the copy uncollapsed."""
    other = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" "}
    matched = {c for c in map(chr, range(0x110000)) if re.fullmatch(f"[{OTHER_WHITESPACE_CLASS}]", c)}
    assert matched == other
    for space in sorted(other):
        assert markdown_of(f"<p>a{space}b</p>", "T") == "# T\n\na b\n", hex(ord(space))


# --- llms.txt ------------------------------------------------------------------------------------------------------

INDEX = {
    "language": "pt-BR",
    "categories": [
        {
            "id": "contas",
            "title": "Contas",
            "description": "Acesso e segurança.",
            "url": "https://help.example.test/contas/",
            "articles": ["contas/senha", "contas/sumido"],
        }
    ],
    "articles": [
        {
            "id": "contas/senha",
            "title": "Como troco a [minha] senha?",
            "description": "Em Configurações,\n em Segurança.",
            "url": "https://help.example.test/contas/senha/",
        }
    ],
}


def test_llms_txt_lists_categories_and_articles_with_absolute_urls():
    text = llms_txt("Ajuda", "Respostas.", INDEX, "https://help.example.test/", [("en", "https://x.test/en/llms.txt")])
    assert text.startswith("# Ajuda\n\n> Respostas.\n")
    assert "## Contas\n\nAcesso e segurança. https://help.example.test/contas/\n" in text
    # the link text keeps its brackets as text; the description stays on one line
    assert (
        r"- [Como troco a \[minha\] senha?](https://help.example.test/contas/senha/index.md): Em Configurações, em "
        "Segurança." in text
    )
    assert "contas/sumido" not in text  # an id the index does not have is skipped, not invented
    assert "https://help.example.test/api/pt-BR/index.json" in text
    assert "- [en](https://x.test/en/llms.txt)" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


# --- a pt-BR fixture site ------------------------------------------------------------------------------------------

CATEGORY = "---\ntitle: Contas\ndescription: Acesso e segurança da conta.\nicon: material/account\n---\n"
PASSWORD = """\
---
title: Como troco minha senha?
description: Em Configurações → Segurança, com o código do e-mail.
tags: [senha]
updated: 2026-10-14
---

Troque a senha em **Configurações → Segurança**. Veja também [os limites](limites.md#diario).

## Passos { #passos }

1. Abra `Configurações`.
2. Toque em <kbd>Salvar</kbd>.

!!! warning "Cuidado"
    Nunca envie a senha a ninguém.

| Rede | Taxa |
| --- | --- |
| TRC20 | 1 |
"""
LIMITS = """\
---
title: Quais são os limites?
description: Limites diários de saque.
tags: [limites]
updated: 2026-10-14
---

## Diário { #diario }

Até 10 BTC por dia.
"""
LIMITS_EN = LIMITS.replace("Quais são os limites?", "What are the limits?").replace("Diário", "Daily")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("twins")
    files = {
        "pt-BR/index.md": "---\ntitle: Ajuda\n---\n",
        "pt-BR/contas/index.md": CATEGORY,
        "pt-BR/contas/senha.md": PASSWORD,
        "pt-BR/contas/limites.md": LIMITS,
        "en/index.md": "---\ntitle: Help\n---\n",
        "en/contas/index.md": CATEGORY.replace("Contas", "Accounts"),
        "en/contas/limites.md": LIMITS_EN,
    }
    config_path = write_site(root, files, languages=("en",))
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config["site_description"] = "Respostas da Fixture."
    config["plugins"][0]["i18n"]["languages"] = [
        {"locale": "pt-BR", "name": "Português (Brasil)", "default": True, "build": True},
        {"locale": "en", "name": "English", "build": True},
    ]
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build_site(config_path, root / "site", strict=False, jobs=1)
    return root / "site"


def test_every_article_has_its_markdown_copy_and_the_page_links_it(site):
    for page in ("contas/senha", "contas/limites", "en/contas/senha", "en/contas/limites"):
        twin = site / page / "index.md"
        assert twin.is_file(), page
        html = (site / page / "index.html").read_text(encoding="utf-8")
        link = f'<link rel="alternate" type="text/markdown" href="{FIXTURE_SITE_URL}{page}/index.md">'
        assert link in html, page
    # pages that are no article have none
    assert not (site / "contas" / "index.md").exists()
    assert 'type="text/markdown"' not in (site / "contas" / "index.html").read_text(encoding="utf-8")


def test_markdown_copy_is_clean_and_matches_the_api(site):
    text = (site / "contas/senha/index.md").read_text(encoding="utf-8")
    assert text.startswith("# Como troco minha senha?\n\nTroque a senha em **Configurações → Segurança**.")
    assert "---\n" not in text.split("\n\n", 1)[0] and "updated:" not in text and "tags:" not in text
    assert f"[os limites]({FIXTURE_SITE_URL}contas/limites/#diario)" in text
    assert "## Passos\n\n1. Abra `Configurações`.\n2. Toque em `Salvar`." in text
    assert "> **Cuidado**\n>\n> Nunca envie a senha a ninguém." in text
    assert "| Rede | Taxa |\n| --- | --- |\n| TRC20 | 1 |" in text
    assert raw_html(text) == []
    api = json.loads((site / "api/pt-BR/articles/contas/senha.json").read_text(encoding="utf-8"))
    assert text.startswith(f"# {api['title']}\n")
    # the English build falls back to the Portuguese text, as its page and API do
    fallback = (site / "en/contas/senha/index.md").read_text(encoding="utf-8")
    assert fallback.startswith("# Como troco minha senha?")
    assert "(https://help.fixture.test/en/contas/limites/#diario)" in fallback


def test_llms_txt_per_language_default_at_the_root(site):
    root = (site / "llms.txt").read_text(encoding="utf-8")
    assert root.startswith("# Fixture Help\n\n> Respostas da Fixture.\n")
    assert "Language: pt-BR." in root
    assert "## Contas\n\nAcesso e segurança da conta. https://help.fixture.test/contas/\n" in root
    assert (
        "- [Como troco minha senha?](https://help.fixture.test/contas/senha/index.md): "
        "Em Configurações → Segurança, com o código do e-mail." in root
    )
    assert "- [Quais são os limites?](https://help.fixture.test/contas/limites/index.md)" in root
    assert "- [en](https://help.fixture.test/en/llms.txt)" in root
    english = (site / "en/llms.txt").read_text(encoding="utf-8")
    assert "Language: en." in english and "## Accounts" in english
    assert "- [What are the limits?](https://help.fixture.test/en/contas/limites/index.md)" in english
    assert "- [pt-BR](https://help.fixture.test/llms.txt)" in english
    assert not (site / "pt-BR").exists()
    # every article of the API index is listed, and every link of llms.txt is a file of the site
    api = json.loads((site / "api/pt-BR/index.json").read_text(encoding="utf-8"))
    for article in api["articles"]:
        assert article["url"] + "index.md" in root
    for url in re.findall(r"\((https://help\.fixture\.test/[^)]*)\)", root + english):
        assert (site / url.removeprefix(FIXTURE_SITE_URL)).is_file(), url


def test_twins_are_deterministic(site, tmp_path):
    again = tmp_path / "again"
    build_site(site.parent / "mkdocs.yml", again, strict=False, jobs=1)
    for rel in ("llms.txt", "en/llms.txt", "contas/senha/index.md", "en/contas/limites/index.md"):
        assert (site / rel).read_bytes() == (again / rel).read_bytes(), rel
