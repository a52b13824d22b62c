"""Small template helpers for the public pages."""

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

register = template.Library()


@register.filter
def model_name(record) -> str:
    """'mission', 'organization'…: which card layout a record gets."""
    return record._meta.model_name


@register.filter
def startswith(text: str, prefix: str) -> bool:
    return str(text).startswith(prefix)


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str | None = None) -> str:
    """The public address of `path` (default: this page without its query string) for canonical/OG links."""
    request = context.get("request")
    path = path or (request.path if request else "/")
    site_url = getattr(settings, "SITE_URL", "").rstrip("/")
    if site_url:
        return f"{site_url}{path}"
    if request is None:
        return path
    try:
        return request.build_absolute_uri(path)
    except DisallowedHost:  # the 400 page for a bad Host header must still render
        return path


@register.filter
def draft_mark(record) -> str:
    """A "draft" badge after a linked record that only staff can see (a preview shows what is a draft)."""
    if not getattr(record, "is_draft", False):
        return ""
    return format_html(
        ' <span class="badge badge-draft" title="{}">{}</span>', gettext("Not visible to the public"), gettext("draft")
    )


def _link_label(record) -> str:
    """A country in the visitor's language (CLDR), any other record by its display name."""
    return getattr(record, "local_name", None) or getattr(record, "display_name", None) or record.name


@register.simple_tag
def record_links(*groups, css_class: str = "event-links") -> str:
    """`<ul class="event-links">` of links to the records of `groups` (each with its draft mark), or nothing.

    One call per row instead of a loop, a link, a label and a filter per linked record in the
    template: the timeline lists 100 events with about four links each.
    """
    rows = [
        (record.get_absolute_url(), _link_label(record), draft_mark(record)) for group in groups for record in group
    ]
    if not rows:
        return ""
    links = format_html_join("\n    ", '<li><a href="{}">{}</a>{}</li>', rows)
    return format_html('\n  <ul class="{}">\n    {}\n  </ul>\n  ', css_class, links)
