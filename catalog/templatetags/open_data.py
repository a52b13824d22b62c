"""Head links of the open-data channels: each record page's own events feed and calendar."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.http import urlencode

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
