"""/compare/?countries=us,in,cn: two to four countries side by side — their status under each
agreement, the missions they share (with each one's organizations and roles), their
organizations, and their events on one time axis. Read as the public through the queries
modules; a constant number of queries whatever the countries.
"""

from __future__ import annotations

from collections import defaultdict

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from catalog import queries
from catalog.templatetags.languages import country_name
from coop_site.records.models import PUBLIC
from coop_site.records.pages import bad_request
from timeline import queries as timeline_queries

from .status import cell_for

MIN_COUNTRIES, MAX_COUNTRIES = 2, 4


def parse_codes(raw: str) -> tuple[list[str], str | None]:
    codes = [code.strip().lower() for code in raw.split(",") if code.strip()]
    codes = list(dict.fromkeys(codes))
    if not MIN_COUNTRIES <= len(codes) <= MAX_COUNTRIES:
        return codes, _(
            "Name two to four countries by ISO code, separated by commas (e.g. us,in,cn); got %(count)s."
        ) % {"count": len(codes)}
    bad = [code for code in codes if len(code) != 2 or not code.isalpha()]
    if bad:
        return codes, _("“%(value)s” is not a two-letter ISO country code.") % {"value": bad[0][:20]}
    return codes, None


def agreement_rows(countries: list) -> list[dict]:
    """Agreements at least one of the countries is or was part of, with each one's cell."""
    by_pk = {country.pk: index for index, country in enumerate(countries)}
    agreements = {a.pk: a for a in queries.status_agreements(PUBLIC)}
    cells: dict[int, list] = {}
    for row in queries.status_cells(list(agreements), list(by_pk), PUBLIC):
        cell = cell_for(row, None)
        if cell is not None:
            cells.setdefault(row.agreement_id, [None] * len(countries))[by_pk[row.country_id]] = cell
    return [{"agreement": a, "cells": cells[pk]} for pk, a in agreements.items() if pk in cells]


def shared_missions(countries: list) -> list[dict]:
    """Missions in which organizations of at least two of the countries take part."""
    by_pk = {country.pk: index for index, country in enumerate(countries)}
    missions: dict[int, dict] = {}
    for row in queries.compare_participations(countries, PUBLIC):
        entry = missions.setdefault(row.mission_id, {"mission": row.mission, "parts": defaultdict(list)})
        entry["parts"][by_pk[row.organization.country_id]].append(row)
    shared = [entry for entry in missions.values() if len(entry["parts"]) >= 2]
    for entry in shared:
        entry["columns"] = [entry["parts"].get(index, []) for index in range(len(countries))]
    return sorted(shared, key=lambda entry: entry["mission"].name)


def organizations(countries: list) -> list[list]:
    columns: dict[int, list] = defaultdict(list)
    for org in queries.compare_organizations(countries, PUBLIC):
        columns[org.country_id].append(org)
    return [columns[country.pk] for country in countries]


def events(countries: list) -> list[dict]:
    """Events linked to any of the countries, oldest first, each marked with the ones it links."""
    found = timeline_queries.feed_events(PUBLIC).filter(countries__in=countries).distinct().order_by("date", "title")
    wanted = {country.pk for country in countries}
    return [
        {"event": event, "linked": [c.pk in {x.pk for x in event.countries.all()} for c in countries]}
        for event in found
        if wanted & {x.pk for x in event.countries.all()}
    ]


def compare(request):
    unknown = sorted(set(request.GET) - {"countries"})
    codes, error = parse_codes(request.GET.get("countries", ""))
    if unknown:
        return bad_request(request, {unknown[0][:40]: [_("Unknown parameter; use countries=us,in,cn.")]})
    if error:
        return bad_request(request, {"countries": [error]})
    countries = queries.compare_countries(codes, PUBLIC)
    missing = [code for code in codes if code not in {c.code for c in countries}]
    if missing:
        return bad_request(
            request, {"countries": [_("No country with the ISO code “%(code)s” in the Atlas.") % {"code": missing[0]}]}
        )
    names = " · ".join(country_name(country) for country in countries)
    context = {
        "countries": countries,
        "agreements": agreement_rows(countries),
        "missions": shared_missions(countries),
        "organizations": organizations(countries),
        "events": events(countries),
        "page_title": _("Compare: %(names)s") % {"names": names},
        "page_description": _("%(names)s side by side: agreements, shared missions, organizations and events.")
        % {"names": names},
        "canonical_path": f"{reverse('catalog:compare')}?countries={','.join(codes)}",
        "breadcrumbs": [
            (_("Home"), reverse("catalog:home")),
            (_("Countries"), reverse("catalog:country-list")),
            (_("Compare"), None),
        ],
    }
    return render(request, "catalog/open_data/compare.html", context)
