"""Curated Markdown (guides, FAQ answers) to sanitised HTML, with live count tokens.

Markdown (Python-Markdown) renders the text, then nh3 keeps only an allow-list of tags and
attributes: a `<script>`, an `onclick` or a `javascript:` link written into a body never reaches
a visitor. Count tokens such as `{{ count:agreement:artemis-accords:signatories }}` are replaced
by numbers computed from the records (catalog.queries.live_counts) before rendering.
"""

from __future__ import annotations

import re

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

TOKEN = re.compile(r"\{\{\s*count:(agreement|mission):([a-z0-9-]+):(signatories|parties|participants)\s*\}\}")

TAGS = {
    *("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code"),
    *("ul", "ol", "li", "dl", "dt", "dd", "strong", "em", "b", "i", "a", "abbr", "sup", "sub"),
    *("table", "thead", "tbody", "tr", "th", "td"),
}
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "td": set()}
UNKNOWN = "—"


def tokens(*texts: str) -> set[tuple[str, str, str]]:
    """(kind, slug, measure) of every count token in the texts."""
    return {match.groups() for text in texts for match in TOKEN.finditer(text or "")}


def render(text: str, counts: dict[tuple[str, str, str], int | None] | None = None) -> SafeString:
    """Sanitised HTML of `text`, its count tokens replaced by `counts` (an em dash when unknown)."""
    counts = counts or {}

    def number(match: re.Match) -> str:
        value = counts.get(match.groups())
        return UNKNOWN if value is None else str(value)

    html = md.markdown(TOKEN.sub(number, text or ""), extensions=["tables", "sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )
    return mark_safe(clean)  # noqa: S308  (nh3 has just sanitised it)
