"""Open-data pieces of record pages: their own events feed and calendar, schema.org JSON-LD, Wikidata."""

from __future__ import annotations

import json

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

register = template.Library()

# The /timeline/ filter that selects a record's events, and the field that names the record in it.
FEED_FILTERS = {"organization": "slug", "country": "code", "mission": "slug", "agreement": "slug", "topic": "slug"}
# Query-string keys of /timeline/ that do not change which events are listed.
NOT_FILTERS = ("page", "ordering")


def feed_query(record=None, request=None) -> str:
    """'?organization=esa' for a record, the current filters on /timeline/, '' otherwise."""
    if record is not None:
        kind = record._meta.model_name
        if kind not in FEED_FILTERS:
            return None
        return "?" + urlencode({kind: getattr(record, FEED_FILTERS[kind])})
    query = {k: v for k, v in request.GET.items() if v and k not in NOT_FILTERS} if request else {}
    return f"?{urlencode(query)}" if query else ""


@register.inclusion_tag("includes/events_feed_links.html", takes_context=True)
def events_feed_links(context, record=None, visible: bool = False) -> dict:
    """<link rel="alternate"> (or visible links) to the Atom feed and calendar of these events."""
    query = feed_query(record, context.get("request"))
    if query is None:
        return {"feed_url": None}
    label = f" — {record}" if record is not None else ""
    return {
        "feed_url": reverse("timeline:event-feed") + query,
        "calendar_url": reverse("timeline:event-calendar") + query,
        "label": label,
        "visible": visible,
    }


# --- schema.org JSON-LD ------------------------------------------------------------------------------

GOVERNMENT_KINDS = {"national_agency", "intergovernmental", "un_body", "government"}
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _absolute(request, path: str) -> str:
    from .atlas import absolute_url

    return absolute_url({"request": request}, path)


def _names(record, *attrs: str) -> list[str]:
    return [value for attr in attrs if (value := getattr(record, attr, "") or "")]


def schema_type(record) -> str:
    kind = record._meta.model_name
    if kind == "organization":
        return "GovernmentOrganization" if record.kind in GOVERNMENT_KINDS else "Organization"
    if kind == "mission":
        return "Project" if record.kind == "programme" else "Event"
    types = {
        "country": "Country",
        "agreement": "Legislation",
        "event": "Event",
        "topic": "DefinedTerm",
        "guide": "Article",
        "question": "Question",
    }
    return types.get(kind, "Thing")


def _dates(record) -> dict:
    kind = record._meta.model_name
    if kind == "organization":
        return {"foundingDate": record.founded_iso}
    if kind == "mission":
        return {"startDate": record.start_iso, "endDate": record.end_iso}
    if kind == "event":
        return {"startDate": record.date_iso, "endDate": record.end_iso}
    if kind == "agreement" and record.opened_for_signature:
        return {"legislationDate": record.opened_for_signature.isoformat()}
    return {}


def json_ld(record, request) -> dict:
    """The record as schema.org data: its type, name, address, dates and Wikidata item."""
    url = _absolute(request, record.get_absolute_url())
    names = _names(record, "name", "title", "question")
    data = {
        "@context": "https://schema.org",
        "@type": schema_type(record),
        "@id": url,
        "url": url,
        "name": names[0] if names else str(record),
        "description": (getattr(record, "summary", "") or "")[:500] or None,
        "alternateName": _names(record, "acronym", "short_name", "official_name") or None,
        "dateModified": record.updated_at.isoformat() if record.updated_at else None,
        "isPartOf": {"@type": "WebSite", "name": "Space Cooperation Atlas", "url": _absolute(request, "/")},
        **_dates(record),
    }
    if getattr(record, "wikidata_id", ""):
        data["sameAs"] = [f"https://www.wikidata.org/wiki/{record.wikidata_id}"]
    if data["@type"] == "Country" and getattr(record, "code", ""):
        data["identifier"] = record.code.upper()
    return {key: value for key, value in data.items() if value not in (None, "", [])}


@register.simple_tag(takes_context=True)
def record_json_ld(context, record) -> str:
    """<script type="application/ld+json">: data, never run, so the strict CSP has nothing to allow."""
    text = json.dumps(json_ld(record, context.get("request")), ensure_ascii=False, indent=1)
    # Safe as json_script makes it: <, > and & escaped, so nothing can close the element.
    safe = mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', safe)


@register.inclusion_tag("includes/wikidata_link.html")
def wikidata_link(record) -> dict:
    qid = getattr(record, "wikidata_id", "")
    return {"qid": qid, "url": f"https://www.wikidata.org/wiki/{qid}" if qid else ""}
