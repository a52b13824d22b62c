"""The data behind the Atlas's pictures (charts, network, map, timeline).

Every function reads published records only, returns plain JSON-ready structures (they go into
`json_script` and the API unchanged) and runs a constant number of queries whatever the number of
rows: the shaping is done in Python on one `values_list()` rather than with a query per record.
"""

import datetime
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.urls import reverse

from catalog import queries
from catalog.iso_numeric import numeric_code
from catalog.models import Agreement, OrganizationKind, Signatory, Topic
from coop_site.lib.dates import Precision, format_partial, iso_partial
from coop_site.records.links import record_url
from coop_site.records.models import PUBLIC, is_visible
from timeline.models import EventKind
from timeline.queries import visible_events

TIMELINE_LIMIT = 2000


# --- Agreement page: cumulative signatories ------------------------------------------------------


@dataclass
class _Change:
    """What happened on one day: parties joining, ratifying (or acceding) and withdrawing."""

    joined: int = 0
    ratified: int = 0
    withdrew: int = 0
    withdrew_ratified: int = 0


_Row = tuple[datetime.date | None, datetime.date | None, datetime.date | None]


def signatory_growth(
    agreement: Agreement,
    rows: Iterable[Signatory] | None = None,
    until: datetime.date | None = None,
    viewer=PUBLIC,
) -> dict:
    """Cumulative signed and ratified counts, one point per date on which either changed.

    The counts match `Signatory.objects.as_of(day)` and `Agreement.with_counts(as_of=day)`: a row
    counts from its signature (or its ratification/accession when it never signed) until its
    withdrawal. Rows with neither date cannot be placed on a time axis and are reported as
    `undated` instead. Points after `until` are left out (a page showing the agreement "as of").
    The points carry counts only: who signed when is the signatory table's job.

    One query, or none when the caller passes the agreement's signatory `rows` it already loaded
    (with their country and organization, as the agreement page does).
    """
    changes: dict[datetime.date, _Change] = defaultdict(_Change)
    undated = 0
    for signed_on, ratified_on, withdrawn_on in _growth_rows(agreement, rows, viewer):
        if signed_on is None and ratified_on is None:
            undated += withdrawn_on is None
        else:
            _record(changes, signed_on or ratified_on, ratified_on, withdrawn_on)
    if until is not None:
        changes = {day: change for day, change in changes.items() if day <= until}
    return _cumulate(changes, undated)


def _growth_rows(agreement: Agreement, rows: Iterable[Signatory] | None, viewer) -> list[_Row]:
    if rows is not None:
        return [(row.signed_on, row.ratified_on, row.withdrawn_on) for row in rows if is_visible(row.party, viewer)]
    visible = queries.signatory_rows(viewer).filter(agreement=agreement).order_by()
    return list(visible.values_list("signed_on", "ratified_on", "withdrawn_on"))


def _record(changes, joined_on: datetime.date, ratified_on, withdrawn_on) -> None:
    """Add one row's steps: +1 signed when it joins, +1 ratified, and -1 of each when it withdraws."""
    if withdrawn_on is not None and withdrawn_on <= joined_on:
        return  # never counted on any day (as_of() excludes it from its withdrawal on)
    changes[joined_on].joined += 1
    ratified_counts = ratified_on is not None and (withdrawn_on is None or ratified_on < withdrawn_on)
    if ratified_counts:
        changes[ratified_on].ratified += 1
    if withdrawn_on is not None:
        changes[withdrawn_on].withdrew += 1
        changes[withdrawn_on].withdrew_ratified += ratified_counts


def _cumulate(changes: dict[datetime.date, _Change], undated: int) -> dict:
    points, signed, ratified = [], 0, 0
    for day in sorted(changes):
        change = changes[day]
        signed += change.joined - change.withdrew
        ratified += change.ratified - change.withdrew_ratified
        points.append(
            {
                "date": day.isoformat(),
                "label": format_partial(day, Precision.DAY),
                "signed": signed,
                "ratified": ratified,
                "joined": change.joined,
                "ratifications": change.ratified,
                "withdrawals": change.withdrew,
            }
        )
    return {
        "points": points,
        "undated": undated,
        "has_ratifications": any(change.ratified for change in changes.values()),
        "signed": signed,
        "ratified": ratified,
    }


# --- /network/: organizations that share missions ----------------------------------------------


def collaboration_network(
    topic: Topic | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    viewer=PUBLIC,
) -> dict:
    """Organizations (nodes) linked by the published missions they share (edges, weighted).

    Only organizations that share at least one mission with another appear; a node's
    `mission_count` counts all its matching missions, shared or not. Two queries: the
    participations of the matching missions, and the shared missions' names for the table.
    """
    rows = queries.network_participations(topic, start, end, viewer)
    orgs: dict[int, dict] = {}
    members: dict[int, set[int]] = defaultdict(set)
    for mission_id, org_id, *org in rows:
        members[mission_id].add(org_id)
        orgs.setdefault(org_id, _node(*org))
    for ids in members.values():
        for org_id in ids:
            orgs[org_id]["mission_count"] += 1
    shared = {mission_id: ids for mission_id, ids in members.items() if len(ids) > 1}
    mission_info = _mission_info(shared)
    edges = _edges(shared, orgs, mission_info)
    linked = {org_id for ids in shared.values() for org_id in ids}
    nodes = sorted((orgs[org_id] for org_id in linked), key=lambda n: (-n["mission_count"], n["label"].lower()))
    return {
        "nodes": nodes,
        "edges": edges,
        "missions": sorted(mission_info.values(), key=lambda m: m["name"].lower()),
    }


def _node(slug, name, acronym, kind, country_code, country_name, country_shown) -> dict:
    country_shown = country_code if country_shown else None
    return {
        "slug": slug,
        "name": name,
        "acronym": acronym,
        "label": acronym or name,
        "kind": kind,
        "kind_label": str(OrganizationKind(kind).label) if kind in OrganizationKind.values else kind,
        "country": country_shown,
        "country_name": country_name if country_shown else None,
        "mission_count": 0,
        "url": reverse("catalog:organization-detail", kwargs={"slug": slug}),
    }


def _mission_info(shared: dict[int, set[int]]) -> dict[int, dict]:
    if not shared:
        return {}
    rows = queries.mission_labels(shared)
    return {
        pk: {
            "slug": slug,
            "name": name,
            "label": short_name or name,
            "url": reverse("catalog:mission-detail", kwargs={"slug": slug}),
        }
        for pk, slug, name, short_name in rows
    }


def _edges(shared: dict[int, set[int]], orgs: dict[int, dict], mission_info: dict[int, dict]) -> list[dict]:
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for mission_id, ids in shared.items():
        slugs = sorted(orgs[org_id]["slug"] for org_id in ids)
        for pair in itertools.combinations(slugs, 2):
            pairs[pair].append(mission_info[mission_id]["slug"])
    by_slug = {node["slug"]: node for node in orgs.values()}
    edges = [
        {"source": a, "target": b, "weight": len(slugs), "missions": sorted(slugs)} for (a, b), slugs in pairs.items()
    ]
    edges.sort(
        key=lambda e: (-e["weight"], by_slug[e["source"]]["label"].lower(), by_slug[e["target"]]["label"].lower())
    )
    return edges


# --- /map/: one row per country ------------------------------------------------------------------


def country_measures(viewer=PUBLIC) -> dict:
    """Per country: agreements it is counted a signatory of today, missions its organizations take
    part in, and whether (and when) it signed the Artemis Accords. Two queries (catalog/queries.py).
    """
    artemis, countries = queries.country_measure_rows(viewer)
    return {"countries": [_country_row(*row) for row in countries], "artemis": _agreement_ref(artemis)}


def _country_row(code, name, historical, agreements_signed, missions, artemis, artemis_signed_on) -> dict:
    return {
        "code": code,
        "name": name,
        "numeric": numeric_code(code),
        "historical": historical,
        "url": reverse("catalog:country-detail", kwargs={"code": code}),
        "agreements_signed": agreements_signed,
        "missions": missions,
        "artemis": bool(artemis),
        "artemis_signed_on": artemis_signed_on.isoformat() if artemis_signed_on else None,
        "artemis_signed_display": format_partial(artemis_signed_on, Precision.DAY),
    }


def _agreement_ref(agreement: Agreement | None) -> dict | None:
    if agreement is None:
        return None
    return {"slug": agreement.slug, "name": agreement.display_name, "url": agreement.get_absolute_url()}


# --- Home page ------------------------------------------------------------------------------------


def signatures_per_year(viewer=PUBLIC) -> list[dict]:
    """New signatories per year, gap years included with 0. One query.

    A party that acceded without signing counts in the year of its accession, as in the
    cumulative chart.
    """
    counts = queries.signature_year_counts(viewer)
    if not counts:
        return []
    return [{"year": year, "count": counts.get(year, 0)} for year in range(min(counts), max(counts) + 1)]


# --- /timeline/ -----------------------------------------------------------------------------------


_EVENT_FIELDS = ("slug", "title", "date", "date_precision", "end_date", "end_precision", "kind", "featured")


def timeline_items(events: QuerySet | Iterable, limit: int = TIMELINE_LIMIT) -> list[dict]:
    """Events as points (or spans) on a time axis, oldest first.

    `events` is either the queryset the timeline's EventFilter produced (one query), or the events
    a page has already loaded (no query): /timeline/ passes the page of events it lists, so the
    picture shows exactly the events below it. Drafts are dropped here either way.
    """
    if isinstance(events, QuerySet):
        rows = list(
            visible_events(events, PUBLIC)
            .prefetch_related(None)  # the list's prefetches mean nothing to values_list()
            .order_by("date", "title")
            .values_list(*_EVENT_FIELDS)[:limit]
        )
    else:
        loaded = sorted((e for e in events if is_visible(e, PUBLIC)), key=lambda e: (e.date, e.title))[:limit]
        rows = [tuple(getattr(event, name) for name in _EVENT_FIELDS) for event in loaded]
    return [_timeline_item(*row) for row in rows]


def _timeline_item(slug, title, date, precision, end_date, end_precision, kind, featured) -> dict:
    return {
        "slug": slug,
        "title": title,
        "start": date.isoformat(),
        "date": iso_partial(date, precision),
        "precision": precision,
        "end": end_date.isoformat() if end_date else None,
        "end_date": iso_partial(end_date, end_precision),
        "kind": kind,
        "kind_label": str(EventKind(kind).label) if kind in EventKind.values else kind,
        "featured": featured,
        "url": record_url("timeline:event-detail", slug=slug),
    }
