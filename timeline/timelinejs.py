"""/api/v1/timelinejs/: the events in Knight Lab TimelineJS3's JSON format, same filters as
/api/v1/events/ (EventFilter over timeline.queries.feed_events, read as the public).

Format (https://timeline.knightlab.com/docs/json-format.html): `events` each with `start_date`
({year, month?, day?} — only what is known, as strings of digits), optional `end_date`, `text`
{headline, text}, `group` (the kind) and `unique_id` (the slug); `eras` with start and end dates.
"""

from __future__ import annotations

import datetime

from django.utils.html import escape
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from coop_site.lib.dates import Precision
from coop_site.records.api.base import MethodFirstMixin
from coop_site.records.api.schema import AtlasAutoSchema
from coop_site.records.models import PUBLIC

from . import queries
from .filters import EventFilter
from .models import Event

# The Atlas's eras, as the /timeline/ chart's era buttons name them (static/js/visuals/timeline.js).
ERAS = [
    ("Space race", 1957, 1974),
    ("Détente and the Shuttle", 1975, 1997),
    ("The ISS era", 1998, 2019),
    ("Artemis and after", 2020, None),
]


def tl_date(day: datetime.date | None, precision: str) -> dict | None:
    """{year, month?, day?}: no more than the date is known to."""
    if day is None:
        return None
    value = {"year": str(day.year)}
    if precision in (Precision.MONTH, Precision.DAY):
        value["month"] = str(day.month)
    if precision == Precision.DAY:
        value["day"] = str(day.day)
    return value


def tl_event(event: Event, request) -> dict:
    url = request.build_absolute_uri(event.get_absolute_url())
    text = f"<p>{escape(event.summary)}</p>" if event.summary else ""
    item = {
        "start_date": tl_date(event.date, event.date_precision),
        "text": {
            "headline": escape(event.title),
            "text": f'{text}<p><a href="{url}">{escape(event.date_display)}</a></p>',
        },
        "group": str(event.get_kind_display()),
        "unique_id": event.slug,
    }
    if event.end_date:
        item["end_date"] = tl_date(event.end_date, event.end_precision)
    return item


def tl_eras(today: datetime.date) -> list[dict]:
    return [
        {
            "start_date": {"year": str(start)},
            "end_date": {"year": str(end if end is not None else today.year)},
            "text": {"headline": name},
        }
        for name, start, end in ERAS
    ]


class TimelineJSView(MethodFirstMixin, APIView):
    """The filtered events as a TimelineJS3 timeline (load it with `new TL.Timeline(id, url)`)."""

    schema = AtlasAutoSchema()
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    @extend_schema(
        summary="Events in TimelineJS3 JSON (same filters as /api/v1/events/)",
        filters=True,
        responses={200: OpenApiTypes.OBJECT},
    )
    def get(self, request):
        allowed = set(EventFilter.base_filters) | {"format"}
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            names = ", ".join(sorted(allowed))
            raise ValidationError({n[:60]: [f"Unknown query parameter. Allowed here: {names}."] for n in unknown})
        filterset = EventFilter(
            request.query_params, queryset=queries.feed_events(PUBLIC), request=request, viewer=PUBLIC
        )
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        events = filterset.qs.order_by("date", "title")[: queries.FEED_LIMIT]
        data = {
            "title": {"text": {"headline": "Space Cooperation Atlas", "text": "International cooperation in space."}},
            "events": [tl_event(event, request) for event in events],
            "eras": tl_eras(datetime.date.today()),
        }
        return Response(data)
