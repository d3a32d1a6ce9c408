"""Every finding code the help center reports, as data: its usual severity, where it is reported, and its rule.

One policy in one place: CONTRIBUTING.md documents each code of this table (a test holds both in step, and checks
that every code literal in helpcenter/, hooks/ and scripts/ is here and every code here is reported somewhere).
Severities are the defaults: a translation code (TR) is an error where the site's policy fails its state
(extra.helpcenter.translations), and HC214 is reported only when extra.helpcenter.content.heading_ids is required.

``where`` says which tool reports a code: "both" (`mkdocs build` and scripts/check.py, from the same core),
"build" (only the build: what it sees while rendering), "check" (only a script run on demand: check.py --site,
check_external_links.py), "import" (scripts/init_site.py --import, bringing existing documentation in).
``python -m helpcenter.content.finding_codes`` prints the table CONTRIBUTING.md holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.content.findings import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 - one letter each, for a readable table


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    where: str
    rule: str


_TABLE: tuple[tuple[str, Severity, str, str], ...] = (
    # --- front matter -------------------------------------------------------------------------------------------
    ("HC100", E, "both", "front matter is valid YAML: closed by a '---' line, a mapping, indented with spaces only"),
    ("HC101", E, "both", "a key the page's kind requires is present (see required_article_keys)"),
    ("HC102", W, "both", "no unknown front matter key (a typo, or a key from another tool)"),
    ("HC103", E, "both", "each value has its type: text, whole number, true/false, list"),
    ("HC104", E, "both", "each value is within its limits (characters, number of items, minimum)"),
    ("HC105", E, "both", "dates are ISO dates, YYYY-MM-DD"),
    ("HC106", E, "both", "each `related` entry is another article of the same language"),
    ("HC107", E, "both", "no list repeats an entry"),
    ("HC108", W, "both", "no key that this kind of page does not use"),
    ("HC109", E, "both", "each value is one of the allowed values or forms (type, hide, icon, template)"),
    ("HC110", E, "both", "no front matter key is given twice"),
    ("HC111", W, "both", "an article gives `updated` or `date`, not both"),
    ("HC112", W, "both", "`updated` is not later than the build date"),
    ("HC113", I, "both", "a page has a title: `title:` in front matter or a `# Heading`, else the file name is used"),
    ("HC114", W, "both", "a page has one title: `title:` in front matter or one body `# H1`, not both"),
    # --- files and folders --------------------------------------------------------------------------------------
    ("HC120", E, "both", "every Markdown file is UTF-8"),
    ("HC121", W, "both", "an article is inside a category folder, not directly in docs/<lang>/"),
    ("HC122", E, "both", "no Markdown page under a path the build writes itself (api/<lang>/, search/, ...)"),
    # --- body: links, images, references, headings, snippets ----------------------------------------------------
    ("HC201", E, "both", "a link points to an existing page or file below docs/<lang>/"),
    ("HC202", E, "both", "a '#anchor' link points to an id of the same page"),
    ("HC203", E, "both", "a 'page.md#anchor' link points to an id of that page"),
    ("HC204", E, "both", "a reference link [text][ref] has its definition"),
    ("HC205", E, "both", "an image file exists"),
    ("HC206", E, "both", "an image has alt text"),
    ("HC207", E, "both", "a link has text"),
    ("HC208", E, "both", "heading levels do not skip (## then ###, not ## then ####)"),
    ("HC209", W, "both", "a link from a translation points to a page that exists in that language"),
    ("HC211", E, "both", "a snippet (--8<--) exists"),
    ("HC212", E, "both", "a snippet is below docs/"),
    ("HC213", E, "both", "an HTML <a href> does not point to a .md file (MkDocs rewrites only Markdown links)"),
    ("HC214", W, "both", "a ## heading has an explicit { #id } (when heading_ids: required)"),
    ("HC215", W, "both", "an explicit heading id is lowercase ASCII words joined by hyphens"),
    ("HC216", E, "both", "no two headings of a page have the same id"),
    ("HC217", E, "both", "a footnote reference [^x] has its definition"),
    ("HC218", E, "both", "an image is a file of the site: an http:// image is mixed content, other hosts are blocked"),
    ("HC219", E, "both", 'an admonition line is complete: !!! kind "Title", both quotes closed'),
    ("HC221", E, "check", "a link of the built site resolves (lychee, scripts/check.py --site)"),
    ("HC222", E, "check", "an anchor of the built site resolves (lychee, scripts/check.py --site)"),
    ("HC223", E, "check", "an external link answers (scripts/check_external_links.py)"),
    # --- embedded markup ----------------------------------------------------------------------------------------
    ("HC301", E, "both", "no <script>"),
    ("HC302", E, "both", "no event-handler attribute (onclick=, onerror=, ...)"),
    ("HC303", E, "both", "no javascript:, vbscript: or data: URL"),
    ("HC304", E, "both", "an <iframe> only from an https host in extra.helpcenter.iframe_hosts"),
    ("HC305", E, "both", "no id beginning with '__' (the theme's own elements)"),
    ("HC306", E, "both", "no element or attribute outside the allowlist (<form>, <object>, style=, ...)"),
    ("HC307", E, "build", "nothing else the sanitizer removes from a rendered page"),
    # --- languages and UI strings -------------------------------------------------------------------------------
    ("HC401", I, "both", "a language's UI strings are complete; readers get English for the keys listed"),
    # --- site structure: what the build generates or cannot read ------------------------------------------------
    ("HC501", I, "both", "a category folder has an index.md; without one a category page is generated"),
    ("HC502", I, "both", "a language has a search page (search.md); without one it is generated"),
    ("HC503", I, "both", "a language has a home page (index.md); without one it is generated"),
    ("HC504", W, "both", "each category in extra.helpcenter.translations.critical_categories exists"),
    ("HC505", E, "both", "the docs layout is one folder per language (import others with scripts/init_site.py)"),
    ("HC506", W, "build", "no MkDocs warning (relayed with the docs/ path it names)"),
    ("HC507", E, "build", "processing a page raises no exception (reported as a finding, not a traceback)"),
    ("HC508", W, "both", "a folder below docs/ named like a language is one the site builds, spelled as configured"),
    # --- brand: colours and hero (theme.palette, extra.helpcenter.hero) ---------------------------------------------
    ("HC601", W, "build", "colours derived from a hex theme.palette primary meet WCAG AA contrast (4.5:1)"),
    ("HC602", E, "build", "extra.helpcenter.hero is {image: a file of the site} or {pattern: dots, grid or none}"),
    # --- translations: info, or an error where extra.helpcenter.translations fails the state --------------------
    ("TR001", I, "both", "every page of the source language is translated (state: missing)"),
    ("TR002", I, "both", "a translation is current: its source_hash matches its source (state: stale)"),
    ("TR003", I, "both", "a translation has a source page at the same path (state: orphaned)"),
    ("TR004", I, "both", "a translation has the same explicit heading ids as its source (state: anchors)"),
    ("TR005", I, "both", "a translation records the source_hash it was made from (state: untracked)"),
    ("TR006", I, "both", "automatic heading ids of a translation match its source's (pin them with { #id })"),
    # --- support channels (data/support-channels.yml) -----------------------------------------------------------
    ("SUP100", E, "both", "the support channels file is valid YAML"),
    ("SUP101", E, "both", "each value has its type (mapping, list, text, number, true/false, date)"),
    ("SUP102", E, "both", "each required key is present, and the file itself when mkdocs.yml names it"),
    ("SUP103", E, "both", "no unknown key or language"),
    ("SUP104", E, "both", "each value has its form (ids, emails, https URLs, phone numbers, numbers in range)"),
    ("SUP110", E, "both", "a channel's kind is a known kind"),
    ("SUP120", E, "both", "each translated text has every language the file declares"),
    ("SUP121", I, "both", "the file declares every site language; others get the default language's texts"),
    ("SUP130", E, "both", "a time zone is an IANA name such as Asia/Tokyo"),
    ("SUP131", E, "both", 'a time is 24-hour "HH:MM", and a channel closes after it opens'),
    ("SUP132", E, "both", "opening hours of a channel do not overlap"),
    ("SUP133", E, "both", "opening hours are not empty"),
    ("SUP140", E, "both", "a reference (topic, channel, prepare item, official email or phone) exists"),
    ("SUP141", E, "both", "ids are unique and no key is given twice"),
    # --- redirects (extra.helpcenter.redirects) -----------------------------------------------------------------
    ("RDR100", W, "build", "each redirect maps an old URL path to a page of the site"),
    ("RDR101", W, "build", "no two redirects name the same old page"),
    # --- importing existing documentation (scripts/init_site.py --import) ---------------------------------------
    ("IMP100", W, "import", "the folder to import exists"),
    ("IMP101", W, "import", "the project's configuration (and what it INHERITs) can be read"),
    ("IMP102", W, "import", "each language of the configuration has a BCP 47 code"),
    ("IMP103", W, "import", "each language folder or suffix is a language of the configuration"),
    ("IMP104", I, "import", "the configuration names its default language (else the first one is taken)"),
    ("IMP105", W, "import", "each language code is one mkdocs-static-i18n accepts"),
    ("IMP110", W, "import", "no two files are imported to the same place"),
    ("IMP111", W, "import", "every Markdown file is UTF-8"),
    ("IMP112", W, "import", "no page or folder is named like a language"),
    ("IMP113", I, "import", "pages end in .md (other Markdown extensions are renamed, same URL)"),
    ("IMP114", I, "import", "URLs keep their prefix (else redirects from the old URLs are written)"),
    ("IMP115", I, "import", "settings the help center does not use are not imported (navigation, theme)"),
    ("IMP116", W, "import", "every folder of the project can be read"),
    ("IMP117", I, "import", "the project has Markdown pages"),
    ("IMP118", I, "import", "a language with build: false is imported all the same"),
    ("IMP119", I, "import", "Markdown notes in asset folders are not imported"),
    ("IMP120", W, "import", "every file can be copied"),
    ("IMP121", I, "import", "files outside docs/ that pages link to are brought in, and the links rewritten"),
    ("IMP122", W, "import", "a link to a file outside docs/ names a file the import can bring in"),
    ("IMP123", W, "import", "a file brought in from outside docs/ does not take the place of another"),
    ("IMP124", W, "import", "a translation's link to a file brought in has that file in its language"),
)

CODES: dict[str, Code] = {code: Code(code, severity, where, rule) for code, severity, where, rule in _TABLE}


def severity_of(code: str) -> Severity:
    return CODES[code].severity


WHERE = {"both": "build, check.py", "build": "build", "check": "on demand", "import": "init_site.py --import"}


def markdown_table() -> str:
    """The finding codes as CONTRIBUTING.md shows them."""
    rows = ["| Code | Severity | Reported by | Rule |", "| --- | --- | --- | --- |"]
    rows += [f"| {c.code} | {c.severity.value} | {WHERE[c.where]} | {c.rule} |" for c in CODES.values()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
