"""Every visitor-facing read of the timeline (the same rules as catalog/queries.py)."""

from __future__ import annotations

from django.db.models import QuerySet

from coop_site.records.models import PUBLIC, visible_prefetch

from .models import Event

LINKS = ("organizations", "countries", "missions", "agreements", "topics")


def visible_events(events: QuerySet, viewer=PUBLIC) -> QuerySet:
    """The events of `events` the viewer may see."""
    return events.visible_to(viewer)


def with_links(events: QuerySet, viewer) -> QuerySet:
    """Events with the linked records the viewer may see (one query per kind of link)."""
    return events.prefetch_related(*(visible_prefetch(Event, name, viewer) for name in LINKS))


def events(viewer=PUBLIC) -> QuerySet:
    """Events alone, as search results and the sitemap show them (no links)."""
    return Event.objects.visible_to(viewer)


def event_cards(viewer=PUBLIC) -> QuerySet:
    """Events as the timeline lists them, with their visible links."""
    return with_links(events(viewer), viewer)


def event_detail(viewer) -> QuerySet:
    guides = Event.guides.rel.related_model.objects.only("pk", "slug", "title")
    explained_in = visible_prefetch(Event, "guides", viewer, guides, to_attr="explained_in")
    return with_links(Event.objects.visible_to(viewer), viewer).prefetch_related("sources", explained_in)


def event_api(viewer, detail: bool) -> QuerySet:
    events = event_cards(viewer)
    return events.prefetch_related("sources") if detail else events


def latest_events(day, limit: int, viewer=PUBLIC) -> QuerySet:
    return Event.objects.visible_to(viewer).filter(date__lte=day).order_by("-date", "title")[:limit]


def upcoming_events(day, limit: int, viewer=PUBLIC) -> QuerySet:
    return Event.objects.visible_to(viewer).filter(date__gt=day).order_by("date", "title")[:limit]


CARDS = {Event: events}


# --- open data: feeds, calendars and TimelineJS ---------------------------------------------------
# Filtered afterwards with timeline/filters.py EventFilter, exactly as /timeline/ filters event_cards.

FEED_LIMIT = 1000  # the whole timeline today; a bound so a feed stays a feed


def feed_events(viewer=PUBLIC) -> QuerySet:
    """Events for the Atom feed, the calendar and TimelineJS: the timeline's cards, links filtered."""
    return event_cards(viewer)
