"""The data-quality page for curators: `/admin/quality/` (staff only, linked from the admin index).

It lists what curators should look at, each entry linking to the record's admin change page:
records missing a date, a source, a country or a Wikidata link; values whose sources disagree;
rows whose status and dates disagree; dates in the wrong order. It reads drafts and published
records alike (it is curation tooling, not a visitor-facing read), and every check costs a fixed
number of queries whatever the amount of data (one per record type or row type it looks at).

Partial dates are compared by what they can mean: a date known to the month or the year is wrong
only if even the end of its period comes before the other date (`counts_from()`), so "May 2020"
after "15 May 2020" is not flagged.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib import admin
from django.db.models import F, Q
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse

from catalog.models import Agreement, Membership, Mission, Organization, Signatory
from catalog.models.agreement import PARTY_STATUSES, SignatoryStatus, counts_from
from catalog.models.mission import MissionStatus
from catalog.models.organization import OrganizationKind
from coop_site.lib.dates import format_partial
from coop_site.records.registry import record_types
from timeline.models import Event

# Organizations of these kinds have members rather than one country; no country is not a gap there.
STATELESS_KINDS = (OrganizationKind.INTERGOVERNMENTAL, OrganizationKind.UN_BODY, OrganizationKind.NGO)


@dataclass(frozen=True)
class Entry:
    record: str  # the record or row, as the admin names it
    kind: str  # its type ("organization", "signatory"…)
    url: str  # its admin change page (a row without its own admin page: its parent's)
    problem: str  # what is wrong, in a sentence
    published: bool | None = None  # None for rows (they follow their parent and party)


@dataclass
class Check:
    key: str
    title: str
    help: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.entries)


def _change_url(obj) -> str:
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:  # a row edited inline on its parent's page
        return _change_url(getattr(obj, obj.row_parent))


def _entry(obj, problem: str) -> Entry:
    published = getattr(obj, "is_published", None)
    return Entry(str(obj), str(obj._meta.verbose_name), _change_url(obj), problem, published)


def _signatories():
    return Signatory.objects.select_related("agreement", "country", "organization").order_by("agreement__name", "pk")


def _memberships():
    return Membership.objects.select_related("organization", "country").order_by("organization__name", "pk")


def _when(value: datetime.date | None, precision: str) -> str:
    return format_partial(value, precision) if value else "no date"


def _surely_before(first: datetime.date | None, first_precision: str, second: datetime.date | None) -> bool:
    """True when `first` (a partial date) surely comes before `second`: even its period's end is earlier."""
    return first is not None and second is not None and counts_from(first, first_precision) < second


# --- the checks ------------------------------------------------------------------------------------


def missing_dates() -> Iterable[Entry]:
    for org in Organization.objects.filter(founded__isnull=True).order_by("name"):
        yield _entry(org, "No founding date.")
    for mission in Mission.objects.filter(start_date__isnull=True).order_by("name"):
        yield _entry(mission, f"No start date (status: {mission.get_status_display()}).")
    undated = Q(adopted_on__isnull=True, opened_for_signature__isnull=True, entered_into_force__isnull=True)
    for agreement in Agreement.objects.filter(undated).order_by("name"):
        yield _entry(agreement, "No date at all (adopted, opened for signature, entered into force).")
    for row in _signatories().filter(signed_on__isnull=True, ratified_on__isnull=True, withdrawn_on__isnull=True):
        yield _entry(row, f"Status “{row.get_status_display()}” without any date (allowed: shown as such).")
    for row in _memberships().filter(joined_on__isnull=True):
        yield _entry(row, "No date of joining.")


def missing_sources() -> Iterable[Entry]:
    for model in record_types():
        for record in model._default_manager.filter(sources__isnull=True).order_by("pk"):
            yield _entry(record, "Cites no source." + (" It is published." if record.is_published else ""))
    for row in _signatories().filter(sources__isnull=True):
        yield _entry(row, "Cites no source.")
    for row in _memberships().filter(sources__isnull=True):
        yield _entry(row, "Cites no source.")


def missing_countries() -> Iterable[Entry]:
    for org in Organization.objects.filter(country__isnull=True).exclude(kind__in=STATELESS_KINDS).order_by("name"):
        yield _entry(org, f"No country ({org.get_kind_display()}).")
    tied = Q(countries__isnull=False) | Q(organizations__country__isnull=False)
    for event in Event.objects.exclude(pk__in=Event.objects.filter(tied).values("pk")).order_by("date", "pk"):
        yield _entry(event, "No country, and none of its organizations has one.")


def missing_wikidata() -> Iterable[Entry]:
    for model in record_types():
        if not any(f.name == "wikidata_id" for f in model._meta.get_fields()):
            continue
        for record in model._default_manager.filter(wikidata_id="").order_by("pk"):
            yield _entry(record, "No Wikidata item.")


def _dispute_text(obj, item: dict) -> str:
    name = item["field"]
    stored = getattr(obj, name, None)
    display = getattr(obj, f"{name.removesuffix('_on')}_display", None)
    if isinstance(display, str) and display:
        stored = display
    elif isinstance(stored, datetime.date):
        stored = format_partial(stored, getattr(obj, f"{name}_precision", "day"))
    shown = stored if stored not in (None, "") else "—"
    return f"{name}: {shown} here, {item['value']} per {item['source_url']}"


def disputed_values() -> Iterable[Entry]:
    querysets = [
        Organization.objects.order_by("name"),
        Mission.objects.order_by("name"),
        Agreement.objects.order_by("name"),
        _signatories(),
        _memberships(),
    ]
    for queryset in querysets:
        for obj in queryset.exclude(disputes=[]):
            for item in obj.disputes:
                yield _entry(obj, "Sources disagree — " + _dispute_text(obj, item))


def status_date_mismatches() -> Iterable[Entry]:
    rows = _signatories().filter(
        Q(status__in=PARTY_STATUSES, ratified_on__isnull=True)
        | Q(withdrawn_on__isnull=False) & ~Q(status=SignatoryStatus.WITHDRAWN)
        | Q(status=SignatoryStatus.WITHDRAWN, withdrawn_on__isnull=True)
        | Q(status=SignatoryStatus.SIGNED, ratified_on__isnull=False)
    )
    for row in rows:
        status = row.get_status_display()
        if row.status in PARTY_STATUSES and row.ratified_on is None:
            yield _entry(row, f"Status “{status}” without a ratification / accession date (allowed, listed).")
        if row.withdrawn_on is not None and row.status != SignatoryStatus.WITHDRAWN:
            yield _entry(row, f"Withdrawal date {row.withdrawn_display} but status “{status}”.")
        if row.status == SignatoryStatus.WITHDRAWN and row.withdrawn_on is None:
            yield _entry(row, "Status “withdrawn” without a withdrawal date.")
        if row.status == SignatoryStatus.SIGNED and row.ratified_on is not None:
            yield _entry(row, f"Ratification date {row.ratified_display} but status “signed”.")
    today = datetime.date.today()
    missions = Mission.objects.filter(
        Q(status=MissionStatus.COMPLETED, end_date__isnull=True)
        | Q(status=MissionStatus.COMPLETED, end_date__gt=today)
        | Q(status__in=[MissionStatus.PLANNED, MissionStatus.ACTIVE], end_date__lt=today)
        | Q(status=MissionStatus.PLANNED, start_date__lt=today)
    ).order_by("name")
    for mission in missions:
        status = mission.get_status_display()
        end_passed = _surely_before(mission.end_date, mission.end_precision, today)
        if mission.status == MissionStatus.COMPLETED and mission.end_date is None:
            yield _entry(mission, "Status “completed” without an end date.")
        elif mission.status == MissionStatus.COMPLETED and mission.end_date > today:
            yield _entry(mission, f"Status “completed” but it ends in the future ({mission.end_display}).")
        if mission.status in (MissionStatus.PLANNED, MissionStatus.ACTIVE) and end_passed:
            yield _entry(mission, f"Status “{status}” but it ended {mission.end_display}.")
        elif mission.status == MissionStatus.PLANNED and _surely_before(
            mission.start_date, mission.start_precision, today
        ):
            yield _entry(mission, f"Status “planned” but it started {mission.start_display}.")


def wrong_order() -> Iterable[Entry]:
    rows = _signatories().filter(
        Q(ratified_on__lt=F("signed_on")) | Q(withdrawn_on__lt=F("signed_on")) | Q(withdrawn_on__lt=F("ratified_on"))
    )
    for row in rows:
        if _surely_before(row.ratified_on, row.ratified_precision, row.signed_on):
            yield _entry(row, f"Ratified {row.ratified_display}, before it signed ({row.signed_display}).")
        latest = max(filter(None, [row.signed_on, row.ratified_on]), default=None)
        if _surely_before(row.withdrawn_on, row.withdrawn_precision, latest):
            yield _entry(row, f"Withdrew {row.withdrawn_display}, before it signed or ratified.")
    for row in _memberships().filter(left_on__lt=F("joined_on")):
        if _surely_before(row.left_on, row.left_precision, row.joined_on):
            yield _entry(row, f"Left {row.left_display}, before it joined ({row.joined_display}).")
    for mission in Mission.objects.filter(end_date__lt=F("start_date")).order_by("name"):
        if _surely_before(mission.end_date, mission.end_precision, mission.start_date):
            yield _entry(mission, f"Ends {mission.end_display}, before it starts ({mission.start_display}).")
    for event in Event.objects.filter(end_date__lt=F("date")).order_by("date"):
        if _surely_before(event.end_date, event.end_precision, event.date):
            yield _entry(event, "Ends before it starts.")
    agreements = Agreement.objects.filter(
        Q(opened_for_signature__lt=F("adopted_on")) | Q(entered_into_force__lt=F("opened_for_signature"))
    ).order_by("name")
    for agreement in agreements:
        if _surely_before(agreement.opened_for_signature, "day", agreement.adopted_on):
            yield _entry(agreement, "Opened for signature before it was adopted.")
        if _surely_before(agreement.entered_into_force, "day", agreement.opened_for_signature):
            yield _entry(agreement, "Entered into force before it was opened for signature.")


CHECKS: list[tuple[str, str, str, Callable[[], Iterable[Entry]]]] = [
    ("missing-date", "Missing a date", "Organizations without a founding date, missions without a start "
     "date, agreements without any date, signatory rows with a status but no date, memberships without a "
     "date of joining. Leave a date empty when no source gives it; this list is what is left to look for.",
     missing_dates),
    ("missing-source", "Missing a source", "Records and rows that cite no source. A record without a source "
     "cannot be published.", missing_sources),
    ("missing-country", "Missing a country", "National organizations (agencies, companies, institutes) "
     "without a country, and events with no country either directly or through their organizations.",
     missing_countries),
    ("missing-wikidata", "Missing a Wikidata link", "Records without a Wikidata item. Add one only where a "
     "source gives the Q-number; never guess.", missing_wikidata),
    ("disputed", "Sources disagree", "Values where another source gives a different value (the record's "
     "`disputes`): the value kept here, the other value and its source.", disputed_values),
    ("status-dates", "Status and dates disagree", "Signatory rows whose status does not match their dates "
     "(a ratified status without its date is allowed but listed), and missions whose status does not "
     "match their dates.", status_date_mismatches),
    ("date-order", "Dates in the wrong order", "Dates that come before the date they must follow, even "
     "allowing for dates known only to the month or year.", wrong_order),
]  # fmt: skip


def run_checks() -> list[Check]:
    return [Check(key, title, help_text, list(entries())) for key, title, help_text, entries in CHECKS]


def quality_page(request):
    context = {
        **admin.site.each_context(request),
        "title": "Data quality",
        "checks": run_checks(),
    }
    return TemplateResponse(request, "admin/quality.html", context)


# Staff only (the admin's own login check: anonymous and non-staff users are sent to the login page).
quality_view = admin.site.admin_view(quality_page)
