"""Template tags that hand the visual partials their data (templates/visuals/_*.html).

The partials are included into other pages' hooks (agreement detail, timeline) whose views
know nothing of the pictures; a tag keeps the data function call next to the markup that uses it.
"""

import datetime

from django import template
from django.utils import timezone

from catalog.models import Agreement
from catalog.visuals import data as visuals
from catalog.visuals import labels

register = template.Library()


@register.simple_tag
def signatory_growth_data(agreement: Agreement, rows=None, as_of: datetime.date | None = None) -> dict:
    """The cumulative-signatories series; reuses the page's signatory rows when they are the full list.

    With `as_of` the page's rows are only those current on that day (withdrawn ones are gone), so the
    history is read again from the database and cut at that day.
    """
    growth = visuals.signatory_growth(agreement, rows=rows if as_of is None else None, until=as_of)
    growth["until"] = (as_of or timezone.localdate()).isoformat()
    return growth


@register.simple_tag
def timeline_visual_data(events, total: int | None = None) -> dict:
    """The events listed on this page of /timeline/ (already loaded: no query), and how many matched."""
    # list(): the page has already iterated its events, so this reuses them instead of querying again.
    items = visuals.timeline_items(list(events))
    return {"items": items, "total": total if total is not None else len(items)}


@register.simple_tag
def timeline_visual_labels() -> dict:
    """The words timeline.js writes, in the page's language."""
    return labels.timeline_labels()


@register.simple_tag
def signatory_growth_labels() -> dict:
    """The words signatory-growth.js writes, in the page's language."""
    return labels.signatory_growth_labels()
