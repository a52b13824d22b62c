"""The timeline as an Atom 1.0 feed (/timeline/feed/) and an iCalendar file (/timeline/calendar.ics).

Both take every filter of /timeline/ (the same EventFilter over the same `queries.feed_events`, read
as the anonymous public), so a subscription holds exactly the events that page lists for those
filters. A bad filter value is a 400 naming the field. Entry ids and calendar UIDs are the events'
absolute addresses, so they stay stable across feeds with different filters.

Partial dates become all-day events spanning what is known: a day, a whole month or a whole year
(DTSTART;VALUE=DATE with an exclusive DTEND, RFC 5545 3.6.1).
"""

from __future__ import annotations

import calendar
import datetime

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode

from coop_site.lib.dates import Precision
from coop_site.records.models import PUBLIC

from . import queries
from .filters import EventFilter
from .models import Event

# Filters that only change the order or page of /timeline/: a feed has its own order and no pages.
IGNORED = ("page", "ordering")


def absolute(request: HttpRequest, path: str) -> str:
    site_url = getattr(settings, "SITE_URL", "").rstrip("/")
    if site_url:
        return f"{site_url}{path}"
    try:
        return request.build_absolute_uri(path)
    except DisallowedHost:
        return path


def filtered_events(request: HttpRequest):
    """(events, None) for the request's filters, or (None, a 400 response naming the bad fields)."""
    data = request.GET.copy()
    for name in IGNORED:
        data.pop(name, None)
    filterset = EventFilter(data, queryset=queries.feed_events(PUBLIC), request=request, viewer=PUBLIC)
    if not filterset.is_valid():
        lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
        return None, HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")
    events = filterset.qs.order_by("-date", "title")[: queries.FEED_LIMIT]
    return list(events), None


def filter_label(request: HttpRequest) -> str:
    """'' or ' (organization: esa, year_from: 2000)' for the feed's title."""
    pairs = [f"{k}: {v}" for k, v in request.GET.items() if v and k not in IGNORED]
    return f" ({', '.join(pairs)})" if pairs else ""


def timeline_url(request: HttpRequest) -> str:
    query = {k: v for k, v in request.GET.items() if v and k not in IGNORED}
    path = reverse("timeline:event-list")
    return f"{path}?{urlencode(query)}" if query else path


def event_text(event: Event) -> str:
    names = [str(record) for link in queries.LINKS for record in getattr(event, link).all()]
    text = event.summary
    if names:
        text = f"{text}\n\nLinked: {'; '.join(names)}".strip()
    return text


class EventsFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Space Cooperation Atlas curators"
    subtitle = "Events in the history of international cooperation in space, dated as precisely as known."

    def __call__(self, request, *args, **kwargs):
        self.events, error = filtered_events(request)
        if error:
            return error
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return f"Space Cooperation Atlas — events{filter_label(self.request)}"

    def link(self) -> str:
        return timeline_url(self.request)

    def feed_guid(self) -> str:
        return absolute(self.request, self.request.get_full_path())

    def items(self):
        return self.events

    def item_title(self, item: Event) -> str:
        return f"{item.date_display}: {item.title}"

    def item_description(self, item: Event) -> str:
        return event_text(item)

    def item_link(self, item: Event) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Event) -> str:
        return absolute(self.request, item.get_absolute_url())

    item_guid_is_permalink = True

    def item_pubdate(self, item: Event):
        return item.created_at

    def item_updateddate(self, item: Event):
        return item.updated_at

    def item_categories(self, item: Event):
        return [item.get_kind_display()]


# --- iCalendar -------------------------------------------------------------------------------------


def period_end(day: datetime.date, precision: str) -> datetime.date:
    """The day after the last day of the period `day` stands for (iCalendar's exclusive DTEND)."""
    if precision == Precision.YEAR:
        return datetime.date(day.year + 1, 1, 1)
    if precision == Precision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=last) + datetime.timedelta(days=1)
    return day + datetime.timedelta(days=1)


def event_dates(event: Event) -> tuple[datetime.date, datetime.date]:
    """(DTSTART, exclusive DTEND) as all-day dates covering the event's known dates."""
    if event.end_date:
        return event.date, period_end(event.end_date, event.end_precision)
    return event.date, period_end(event.date, event.date_precision)


def vevent(event: Event, request: HttpRequest) -> icalendar.Event:
    url = absolute(request, event.get_absolute_url())
    start, end = event_dates(event)
    item = icalendar.Event()
    item.add("uid", url)
    item.add("dtstamp", event.updated_at)
    item.add("last-modified", event.updated_at)
    item.add("dtstart", start)  # a date, so VALUE=DATE: an all-day event
    item.add("dtend", end)
    item.add("summary", event.title)
    item.add("description", event_text(event))
    item.add("url", url)
    item.add("categories", [event.get_kind_display()])
    item.add("transp", "TRANSPARENT")
    return item


def events_calendar(request: HttpRequest) -> HttpResponse:
    events, error = filtered_events(request)
    if error:
        return error
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Space Cooperation Atlas//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Space Cooperation Atlas — events{filter_label(request)}")
    cal.add("x-wr-caldesc", EventsFeed.subtitle)
    for event in events:
        cal.add_component(vevent(event, request))
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="atlas-events.ics"'
    return response
