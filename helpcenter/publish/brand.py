"""The brand in one place: the adopter's colours (mkdocs.yml ``theme.palette``) and hero, with WCAG AA contrast checked.

A palette entry whose ``primary`` is a hex colour ("#0b6e4f") instead of one of Material's colour names is the
brand colour of that scheme. Everything else is derived from it here: the text on it (header, buttons), its darker
and lighter shades, and the colour of links and hovered links on the page, in the light ("default") and the dark
("slate") scheme. Each derived pair is measured with WCAG 2.1's contrast ratio; a pair under 4.5:1 is a finding
(HC601) that names mkdocs.yml and the setting, with the nearest colour of the same hue that passes everywhere.
``extra.helpcenter.hero`` gives the home page's hero an image of the site or a pattern (HC602 for a value of the
wrong form). brand_css() writes the stylesheet the build publishes; every function here is pure.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from helpcenter.content.findings import Finding, Severity, first_few

STYLESHEET = "assets/stylesheets/brand.css"
AA = 4.5  # WCAG 2.1 AA, normal text
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
LIGHT_BACKGROUND = WHITE  # Material's default scheme
DARK_BACKGROUND = tuple(round(c * 255) for c in colorsys.hls_to_rgb(225 / 360, 0.14, 0.15))  # Material's slate
SCHEMES = ("default", "slate")
HERO_PATTERNS = ("dots", "grid", "none")
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

RGB = tuple[int, int, int]


# --- colour arithmetic ---------------------------------------------------------------------------------------------


def is_hex(value) -> bool:
    return isinstance(value, str) and bool(_HEX.match(value.strip()))


def parse_hex(value: str) -> RGB:
    digits = value.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def luminance(rgb: RGB) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: RGB, b: RGB, share_of_b: float) -> RGB:
    return tuple(round(x + (y - x) * share_of_b) for x, y in zip(a, b, strict=True))


def text_on(background: RGB) -> RGB:
    """White or black, whichever reads better on ``background``."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


# --- the derived palette -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    scheme: str  # "default" (light) or "slate" (dark)
    primary: RGB
    on_primary: RGB  # header text, text of primary buttons
    primary_dark: RGB  # hovered buttons
    primary_light: RGB
    link: RGB  # links and outlined buttons on the page
    link_hover: RGB  # hovered links (Material's accent colour)
    background: RGB


def derive(primary: RGB, scheme: str) -> Palette:
    dark = scheme == "slate"
    return Palette(
        scheme=scheme,
        primary=primary,
        on_primary=text_on(primary),
        primary_dark=mix(primary, BLACK, 0.25),
        primary_light=mix(primary, WHITE, 0.25),
        link=mix(primary, WHITE, 0.45) if dark else primary,
        link_hover=mix(primary, WHITE, 0.65) if dark else mix(primary, BLACK, 0.25),
        background=DARK_BACKGROUND if dark else LIGHT_BACKGROUND,
    )


@dataclass(frozen=True)
class Check:
    what: str
    foreground: RGB
    background: RGB
    ratio: float

    @property
    def passes(self) -> bool:
        return self.ratio >= AA


def checks(palette: Palette) -> list[Check]:
    """Every pair of colours a reader reads in this scheme, with its contrast ratio."""
    pairs = [
        ("text on the primary colour (header, buttons)", palette.on_primary, palette.primary),
        ("text on hovered buttons", palette.on_primary, palette.primary_dark),
        ("links and outlined buttons", palette.link, palette.background),
        ("hovered links", palette.link_hover, palette.background),
    ]
    return [Check(what, fg, bg, contrast(fg, bg)) for what, fg, bg in pairs]


def failing(palette: Palette) -> list[Check]:
    return [c for c in checks(palette) if not c.passes]


def suggest(primary: RGB, scheme: str) -> RGB | None:
    """The colour of the same hue and saturation nearest in lightness whose derived colours all pass."""
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in primary))
    for step in range(1, 201):
        for sign in (-1, 1):
            candidate_lightness = lightness + sign * step * 0.005
            if not 0 <= candidate_lightness <= 1:
                continue
            candidate = tuple(round(c * 255) for c in colorsys.hls_to_rgb(h, candidate_lightness, s))
            if not failing(derive(candidate, scheme)):
                return candidate
    return None


# --- the adopter's settings ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BrandColour:
    index: int  # the palette entry's place in theme.palette (0 for a single mapping)
    scheme: str
    value: str  # as written: "#0b6e4f"
    accent: str = ""  # a hex accent of the same entry, used for hovered links instead of the derived one


def brand_colours(palette) -> list[BrandColour]:
    """The palette entries whose primary is a hex colour (Material's named colours are Material's business)."""
    entries = [palette] if isinstance(palette, dict) else list(palette or [])
    out = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not is_hex(entry.get("primary")):
            continue
        scheme = str(entry.get("scheme") or "default")
        accent = entry.get("accent") if is_hex(entry.get("accent")) else ""
        out.append(BrandColour(index, scheme if scheme in SCHEMES else "default", entry["primary"].strip(), accent))
    return out


def palette_of(colour: BrandColour) -> Palette:
    palette = derive(parse_hex(colour.value), colour.scheme)
    if colour.accent:
        palette = Palette(**{**palette.__dict__, "link_hover": parse_hex(colour.accent)})
    return palette


@dataclass(frozen=True)
class Hero:
    image: str = ""  # a file of the site, relative to its root
    pattern: str = ""


def hero_of(setting, config_text: str, config_path: str) -> tuple[Hero, list[Finding]]:
    """``extra.helpcenter.hero``: {image: path} or {pattern: dots|grid|none}; a wrong value is HC602."""
    if setting in (None, "", {}):
        return Hero(), []
    line, col = setting_position(config_text, ("extra", "helpcenter", "hero"))

    def wrong(message: str, fix: str) -> tuple[Hero, list[Finding]]:
        return Hero(), [Finding(config_path, line, col, "HC602", message, fix, Severity.ERROR)]

    if not isinstance(setting, dict):
        return wrong(
            "extra.helpcenter.hero is not a mapping",
            "write `hero: {image: assets/images/hero.jpg}` or `hero: {pattern: dots}`",
        )
    unknown = sorted(str(k) for k in setting if k not in ("image", "pattern"))
    if unknown:
        return wrong(f"extra.helpcenter.hero has unknown key(s) {', '.join(unknown)}", "use image or pattern")
    pattern = setting.get("pattern") or ""
    if pattern and pattern not in HERO_PATTERNS:
        return wrong(
            f"extra.helpcenter.hero.pattern is {pattern!r}, not a pattern of the theme",
            f"use one of {', '.join(HERO_PATTERNS)}",
        )
    image = str(setting.get("image") or "")
    if image:
        path = PurePosixPath(image)
        if "://" in image or image.startswith(("/", "data:")) or ".." in path.parts:
            return wrong(
                f"extra.helpcenter.hero.image is {image!r}, not a file of the site (pages load nothing from elsewhere)",
                "put the image in overrides/assets/images/ and write assets/images/<name>",
            )
    return Hero(image=image, pattern=pattern), []


def missing_hero_image(hero: Hero, site_files: set[str], config_text: str, config_path: str) -> list[Finding]:
    """HC602 when the hero's image is no file the site publishes (``site_files``: paths below the site root)."""
    if not hero.image or hero.image.lstrip("./") in site_files:
        return []
    line, col = setting_position(config_text, ("extra", "helpcenter", "hero", "image"))
    return [
        Finding(
            config_path,
            line,
            col,
            "HC602",
            f"extra.helpcenter.hero.image names {hero.image}, which is no file of the site",
            "put the image in overrides/assets/images/ (or docs/<lang>/assets/) and name it from the site root",
            Severity.ERROR,
        )
    ]


def setting_position(config_text: str, path: tuple, occurrence: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of a setting's value in mkdocs.yml, by its keys; (1, 1) when it is not written there.

    ``path`` is a tuple of keys; an int in it stands for the n-th item of a list (theme, palette, 1, primary).
    A reading of block YAML as mkdocs.yml is written, enough to point a finding at its line.
    """
    stack: list[tuple[int, object]] = []  # (indent, key, or index of a list item)
    counters: dict[tuple, int] = {}
    for number, line in enumerate(config_text.splitlines(), 1):
        content = line.lstrip()
        if not content or content.startswith("#"):
            continue
        indent = len(line) - len(content)
        if content.startswith("- "):
            while stack and (stack[-1][0] > indent or (stack[-1][0] == indent and isinstance(stack[-1][1], int))):
                stack.pop()
            parent = tuple(k for _, k in stack)
            counters[parent] = counters.get(parent, -1) + 1
            stack.append((indent, counters[parent]))
            content = content[2:].lstrip()
            indent = len(line) - len(content)
        match = re.match(r"""["']?([A-Za-z0-9_.-]+)["']?\s*:(?:\s+(.*))?$""", content)
        if not match:
            continue
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, match.group(1)))
        if tuple(k for _, k in stack) == tuple(path):
            value = (match.group(2) or "").strip()
            return number, (line.index(value) + 1) if value else indent + 1
    return 1, 1


def _setting_name(colour: BrandColour) -> str:
    return f"theme.palette[{colour.index}].primary"


def contrast_findings(colours: list[BrandColour], config_text: str, config_path: str) -> list[Finding]:
    """HC601 for each brand colour whose derived colours fall under WCAG AA, with a nearby colour that passes."""
    findings = []
    for colour in colours:
        bad = failing(palette_of(colour))
        if not bad:
            continue
        line, col = setting_position(config_text, ("theme", "palette", colour.index, "primary"))
        if (line, col) == (1, 1):
            line, col = setting_position(config_text, ("theme", "palette", "primary"))
        scheme = "dark" if colour.scheme == "slate" else "light"
        pairs = first_few(f"{c.what} {c.ratio:.2f}:1 ({to_hex(c.foreground)} on {to_hex(c.background)})" for c in bad)
        message = (
            f"{_setting_name(colour)} {colour.value} gives too little contrast in the {scheme} scheme: {pairs}; "
            f"WCAG AA needs {AA}:1"
        )
        better = suggest(parse_hex(colour.value), colour.scheme)
        fix = (
            f"use {to_hex(better)}, the nearest colour of the same hue whose derived colours all pass"
            if better
            else "choose a darker or lighter primary colour"
        )
        if colour.accent and any(c.what == "hovered links" for c in bad):
            fix += f"; or change the accent {colour.accent}"
        findings.append(Finding(config_path, line, col, "HC601", message, fix, Severity.WARNING))
    return findings


# --- the stylesheet ------------------------------------------------------------------------------------------------


def _alpha(rgb: RGB, alpha: float) -> str:
    return f"{to_hex(rgb)}{round(alpha * 255):02x}"


def _palette_rule(colour: BrandColour) -> str:
    p = palette_of(colour)
    accent_text = text_on(p.link_hover)
    declarations = {
        "--md-primary-fg-color": to_hex(p.primary),
        "--md-primary-fg-color--light": to_hex(p.primary_light),
        "--md-primary-fg-color--dark": to_hex(p.primary_dark),
        "--md-primary-bg-color": to_hex(p.on_primary),
        "--md-primary-bg-color--light": _alpha(p.on_primary, 0.7),
        "--md-typeset-a-color": to_hex(p.link),
        "--md-accent-fg-color": to_hex(p.link_hover),
        "--md-accent-fg-color--transparent": _alpha(p.link_hover, 0.1),
        "--md-accent-bg-color": to_hex(accent_text),
        "--md-accent-bg-color--light": _alpha(accent_text, 0.7),
    }
    body = "\n".join(f"  {name}: {value};" for name, value in declarations.items())
    selector = f'[data-md-color-scheme="{colour.scheme}"][data-md-color-primary="{colour.value}"]'
    # outlined buttons read like links (Material gives them the primary colour, too dark on the dark background);
    # hovered or focused, they keep the filled look helpcenter.css gives them
    button = f"{selector} .md-typeset .md-button:not(.md-button--primary, :hover, :focus)"
    return f"{selector} {{\n{body}\n}}\n{button} {{\n  color: var(--md-typeset-a-color);\n}}"


_PATTERNS = {
    "dots": (
        "  background-image: radial-gradient(color-mix(in srgb, var(--md-primary-bg-color) 18%, transparent) 1px,"
        " transparent 1.5px);\n  background-size: 1rem 1rem;"
    ),
    "grid": (
        "  background-image: linear-gradient(color-mix(in srgb, var(--md-primary-bg-color) 12%, transparent) 1px,"
        " transparent 1px),\n    linear-gradient(90deg, color-mix(in srgb, var(--md-primary-bg-color) 12%,"
        " transparent) 1px, transparent 1px);\n  background-size: 1.5rem 1.5rem;"
    ),
}


def brand_css(colours: list[BrandColour], hero: Hero) -> str:
    """The published stylesheet: each brand colour's derived palette, and the hero's image or pattern."""
    parts = [
        "/* Generated from mkdocs.yml (theme.palette, extra.helpcenter.hero) by helpcenter/publish/brand.py. */",
        *(_palette_rule(c) for c in colours),
    ]
    if hero.image:
        # the image under the primary colour at 85%: the hero's text keeps (nearly) its contrast on the colour
        veil = "color-mix(in srgb, var(--md-primary-fg-color) 85%, transparent)"
        url = "../../" + hero.image.lstrip("./")
        parts.append(
            f'.hc-hero {{\n  background-image: linear-gradient({veil}, {veil}), url("{url}");\n'
            "  background-size: cover;\n  background-position: center;\n}"
        )
    elif hero.pattern in _PATTERNS:
        parts.append(f".hc-hero {{\n{_PATTERNS[hero.pattern]}\n}}")
    return "\n".join(parts) + "\n"


def needs_stylesheet(colours: list[BrandColour], hero: Hero) -> bool:
    return bool(colours) or bool(hero.image) or hero.pattern in _PATTERNS
