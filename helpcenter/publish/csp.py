"""The Content-Security-Policy of the published site, from the site owner's settings.

Scripts only from the site itself: no 'unsafe-inline', no 'unsafe-eval'. Inline styles stay allowed (Material,
Mermaid's SVG and pymdownx emit style attributes). Shipped as a <meta> tag; hosts should also send it as a header
(README, Publishing), where frame-ancestors can be added: a <meta> policy cannot carry it.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def content_security_policy(feedback_endpoint: str = "", iframe_hosts: list[str] | None = None) -> str:
    connect = ["'self'"] + ([origin(feedback_endpoint)] if origin(feedback_endpoint) else [])
    frames = [f"https://{host}" for host in (iframe_hosts or [])] or ["'none'"]
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": connect,
        "frame-src": frames,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())
