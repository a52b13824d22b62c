"""Every visitor-facing read of the catalog: the one place that decides what a viewer may see.

Each function takes the viewer (a user, or `PUBLIC` for the anonymous public that shared
channels read as: list pages, search, sitemap, feeds, charts) and returns exactly what one page,
card, endpoint or export needs, already filtered and prefetched. Linked records are filtered where
they are fetched, so a draft never reaches a visitor through a published record: not in a card's
"Led by" line, a participants or signatory table, a count, a chart or a CSV cell.

Views, viewsets, search, sitemap, change log, feeds and charts call these; none builds its own
publication filter. "Counted on day D" is `counted_q()` / `party_q()` in catalog/models/agreement.py.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Count,
    DateField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, ExtractYear

from coop_site.lib.filters import ExtraText, RelatedText
from coop_site.records.models import PUBLIC, Status, is_visible, sees_drafts, visible_prefetch, visible_q
from coop_site.records.registry import record_types, row_types

from .models import (
    Agreement,
    ChangeLogEntry,
    Country,
    Guide,
    Membership,
    Mission,
    MissionStatus,
    Organization,
    Participation,
    Question,
    Role,
    Signatory,
    Topic,
)
from .models.agreement import counted_q
from .models.guide import LINKS


def explained_in(model, viewer) -> Prefetch:
    """The guides the viewer may see that link a record (`record.explained_in`, one query)."""
    return visible_prefetch(model, "guides", viewer, Guide.objects.only("pk", "slug", "title"), to_attr="explained_in")


def visible_party_q(viewer, prefix: str = "") -> Q:
    """Signatory rows whose country or organization the viewer may see."""
    return (Q(**{f"{prefix}country__isnull": False}) & visible_q(viewer, f"{prefix}country__")) | (
        Q(**{f"{prefix}organization__isnull": False}) & visible_q(viewer, f"{prefix}organization__")
    )


# --- organizations ---------------------------------------------------------------------------------


def organization_cards(viewer=PUBLIC) -> QuerySet:
    """Organizations for a list, with their seat country (shown only when the viewer may see it)."""
    return Organization.objects.visible_to(viewer).select_related("country")


def organization_detail(viewer) -> QuerySet:
    """One query per relation, whatever the number of rows."""
    participations = (
        Participation.objects.filter(visible_q(viewer, "mission__"))
        .select_related("mission")
        .order_by("-mission__start_date", "mission__name")
    )
    signatures = (
        Signatory.objects.filter(visible_q(viewer, "agreement__")).select_related("agreement").order_by("signed_on")
    )
    return (
        Organization.objects.visible_to(viewer)
        .select_related("country")
        .prefetch_related(
            "sources",
            visible_prefetch(Organization, "member_countries", viewer),
            visible_prefetch(Organization, "topics", viewer),
            visible_prefetch(Organization, "agreements", viewer),
            visible_prefetch(
                Organization, "events", viewer, Organization.events.rel.related_model.objects.order_by("-date")
            ),
            Prefetch("participations", queryset=participations),
            Prefetch("signatures", queryset=signatures),
            explained_in(Organization, viewer),
            Prefetch("membership_rows", queryset=membership_rows(viewer), to_attr="members"),
        )
    )


def membership_rows(viewer) -> QuerySet:
    """Membership rows whose country the viewer may see, with their sources."""
    return (
        Membership.objects.filter(visible_q(viewer, "country__"))
        .select_related("country")
        .prefetch_related("sources")
        .order_by(F("joined_on").asc(nulls_last=True), "country__name")
    )


def country_membership_rows(viewer) -> QuerySet:
    """A country's memberships of the organizations the viewer may see."""
    return (
        Membership.objects.filter(visible_q(viewer, "organization__"))
        .select_related("organization")
        .prefetch_related("sources")
        .order_by("organization__name", "joined_on")
    )


def organization_api(viewer, detail: bool) -> QuerySet:
    queryset = organization_cards(viewer)
    if not detail:
        return queryset
    participations = Participation.objects.select_related("mission").filter(visible_q(viewer, "mission__"))
    return queryset.prefetch_related(
        visible_prefetch(Organization, "member_countries", viewer),
        visible_prefetch(Organization, "topics", viewer),
        Prefetch("participations", queryset=participations, to_attr="visible_participations"),
        Prefetch("membership_rows", queryset=membership_rows(viewer), to_attr="visible_members"),
        "sources",
    )


# --- countries -------------------------------------------------------------------------------------


def country_cards(viewer=PUBLIC) -> QuerySet:
    return Country.objects.visible_to(viewer)


def country_detail(viewer) -> QuerySet:
    signatures = (
        Signatory.objects.filter(visible_q(viewer, "agreement__"))
        .select_related("agreement")
        .order_by("signed_on", "agreement__name")
    )
    return Country.objects.visible_to(viewer).prefetch_related(
        "sources",
        visible_prefetch(Country, "organizations", viewer),
        visible_prefetch(Country, "memberships", viewer),
        Prefetch("signatures", queryset=signatures),
        explained_in(Country, viewer),
        Prefetch("membership_rows", queryset=country_membership_rows(viewer), to_attr="visible_memberships"),
    )


def country_events(country: Country, viewer) -> QuerySet:
    """Events naming the country, or one of its (visible) organizations, newest first."""
    event = Country.events.rel.related_model
    named = event.countries.through.objects.filter(event=OuterRef("pk"), country=country)
    through_organizations = Organization.objects.filter(visible_q(viewer), events=OuterRef("pk"), country=country)
    return (
        event.objects.filter(visible_q(viewer)).filter(Exists(named) | Exists(through_organizations)).order_by("-date")
    )


def country_missions(country: Country, viewer) -> QuerySet:
    """Missions reaching a country through its (visible) organizations, with their visible leads."""
    missions = (
        Mission.objects.visible_to(viewer)
        .filter(
            Exists(
                Participation.objects.filter(
                    visible_q(viewer, "organization__"), mission=OuterRef("pk"), organization__country=country
                )
            )
        )
        .order_by("-start_date", "name")
    )
    return with_leads(missions, viewer)


def country_api(viewer, detail: bool) -> QuerySet:
    queryset = country_cards(viewer)
    if not detail:
        return queryset
    signatures = Signatory.objects.select_related("agreement").filter(visible_q(viewer, "agreement__"))
    return queryset.prefetch_related(
        visible_prefetch(Country, "organizations", viewer, to_attr="visible_organizations"),
        Prefetch("signatures", queryset=signatures.order_by("signed_on", "pk"), to_attr="visible_signatures"),
        Prefetch("membership_rows", queryset=country_membership_rows(viewer), to_attr="visible_memberships"),
        "sources",
    )


# --- missions --------------------------------------------------------------------------------------


def with_leads(missions: QuerySet, viewer=PUBLIC) -> QuerySet:
    """Missions with the lead organizations the viewer may see in `lead_participations`."""
    leads = Participation.objects.filter(visible_q(viewer, "organization__"), role=Role.LEAD)
    return missions.prefetch_related(
        Prefetch("participations", queryset=leads.select_related("organization"), to_attr="lead_participations")
    )


def mission_cards(viewer=PUBLIC) -> QuerySet:
    return with_leads(Mission.objects.visible_to(viewer), viewer)


def featured_missions(limit: int, viewer=PUBLIC) -> QuerySet:
    """The most international missions: the most participants the viewer may see.

    For a viewer who sees only published records that is the count kept on the row
    (catalog/partner_counts.py: participations of published organizations), read from the top of
    its index; a viewer who sees drafts counts every participation, derived here.
    """
    missions = Mission.objects.visible_to(viewer)
    if sees_drafts(viewer):
        partners = Count("participations", filter=visible_q(viewer, "participations__organization__"))
        missions = missions.annotate(partner_count=partners).order_by("-partner_count", "name")
    else:
        missions = missions.annotate(partner_count=F("published_partner_count")).order_by(
            F("published_partner_count").desc(), "name"
        )
    return with_leads(missions, viewer)[:limit]


def participants(viewer) -> QuerySet:
    """Participation rows whose organization the viewer may see (detail tables, API rows)."""
    return Participation.objects.filter(visible_q(viewer, "organization__")).select_related(
        "organization", "organization__country"
    )


def mission_detail(viewer) -> QuerySet:
    events = Mission.events.rel.related_model.objects.order_by("date")
    return (
        Mission.objects.visible_to(viewer)
        .select_related("parent")
        .prefetch_related(
            "sources",
            Prefetch("participations", queryset=participants(viewer), to_attr="participants"),
            visible_prefetch(Mission, "topics", viewer),
            visible_prefetch(Mission, "children", viewer, Mission.objects.order_by("start_date", "name")),
            visible_prefetch(Mission, "events", viewer, events),
            explained_in(Mission, viewer),
            visible_prefetch(Mission, "agreements", viewer, Agreement.objects.order_by("opened_for_signature", "name")),
        )
    )


def visible_parent(mission: Mission, viewer) -> Mission | None:
    return mission.parent if is_visible(mission.parent, viewer) else None


def mission_api(viewer, detail: bool) -> QuerySet:
    if not detail:
        return mission_cards(viewer)
    return (
        Mission.objects.visible_to(viewer)
        .select_related("parent")
        .prefetch_related(
            visible_prefetch(Mission, "topics", viewer),
            visible_prefetch(Mission, "agreements", viewer),
            Prefetch("participations", queryset=participants(viewer), to_attr="visible_participations"),
            "sources",
        )
    )


def participation_rows(viewer) -> QuerySet:
    """Every participation the viewer may see, of any mission (API rows)."""
    return participants(viewer).order_by("order", "pk")


# --- agreements ------------------------------------------------------------------------------------


def agreement_cards(viewer=PUBLIC) -> QuerySet:
    """Agreements for a list; counts come from `with_visible_counts()` (the FilterSet applies it)."""
    return Agreement.objects.visible_to(viewer).order_by("opened_for_signature", "name")


def with_visible_counts(agreements: QuerySet, as_of: datetime.date | None, viewer=PUBLIC) -> QuerySet:
    """Signatory and party counts on `as_of` (today when None), of the rows the viewer may see."""
    return agreements.with_counts(as_of, rows=visible_party_q(viewer))


def signatory_rows(viewer, as_of: datetime.date | None = None) -> QuerySet:
    """Signatory rows whose party the viewer may see, as they stood on `as_of` (all rows when None)."""
    rows = Signatory.objects.filter(visible_party_q(viewer))
    if as_of is not None:
        rows = rows.as_of(as_of)
    return rows.select_related("country", "organization").order_by(
        F("signed_on").asc(nulls_last=True), "country__name", "organization__name"
    )


def agreement_parties(agreement: Agreement, viewer, as_of: datetime.date | None = None) -> list[Signatory]:
    """The agreement's signatory table, with each row's sources."""
    return list(signatory_rows(viewer, as_of).filter(agreement=agreement).prefetch_related("sources"))


def agreement_detail(viewer) -> QuerySet:
    events = Agreement.events.rel.related_model.objects.order_by("date")
    return (
        Agreement.objects.visible_to(viewer)
        .select_related("reported_source")
        .prefetch_related(
            "sources",
            visible_prefetch(Agreement, "topics", viewer),
            visible_prefetch(Agreement, "organizations", viewer),
            visible_prefetch(Agreement, "events", viewer, events),
            explained_in(Agreement, viewer),
            visible_prefetch(Agreement, "missions", viewer, Mission.objects.order_by("start_date", "name")),
        )
    )


def agreement_api(viewer, detail: bool, as_of: datetime.date | None = None) -> QuerySet:
    queryset = Agreement.objects.visible_to(viewer)
    if not detail:
        return queryset
    return queryset.select_related("reported_source").prefetch_related(
        visible_prefetch(Agreement, "topics", viewer),
        visible_prefetch(Agreement, "organizations", viewer),
        visible_prefetch(Agreement, "missions", viewer),
        Prefetch("signatories", queryset=signatory_rows(viewer, as_of), to_attr="visible_signatories"),
        "sources",
    )


def country_signature_count(viewer=PUBLIC) -> int:
    """Signatures by visible countries of visible agreements, as the rows stand today.

    For a viewer who sees only published records that is the sum of the counts kept on the
    published agreements (catalog/signature_counts.py: rows of published countries), one pass over
    the agreements table; a viewer who sees drafts counts every row, derived here.
    """
    if not sees_drafts(viewer):
        total = Agreement.objects.visible_to(viewer).aggregate(n=Sum("published_country_signature_count"))["n"]
        return total or 0
    rows = Signatory.objects.filter(
        counted_q(None), visible_q(viewer, "agreement__"), visible_q(viewer, "country__"), country__isnull=False
    )
    return rows.count()


# --- topics ----------------------------------------------------------------------------------------


def topic_cards(viewer=PUBLIC) -> QuerySet:
    return Topic.objects.visible_to(viewer)


def topic_detail(viewer) -> QuerySet:
    events = Topic.events.rel.related_model.objects.order_by("-date")
    return Topic.objects.visible_to(viewer).prefetch_related(
        "sources",
        visible_prefetch(
            Topic, "missions", viewer, with_leads(Mission.objects.order_by("-start_date", "name"), viewer)
        ),
        visible_prefetch(Topic, "agreements", viewer, with_visible_counts(Agreement.objects.all(), None, viewer)),
        visible_prefetch(Topic, "organizations", viewer, Organization.objects.select_related("country")),
        visible_prefetch(Topic, "events", viewer, events),
        explained_in(Topic, viewer),
    )


def topic_api(viewer, detail: bool) -> QuerySet:
    queryset = topic_cards(viewer)
    if not detail:
        return queryset
    return queryset.prefetch_related(
        visible_prefetch(Topic, "organizations", viewer),
        visible_prefetch(Topic, "missions", viewer),
        visible_prefetch(Topic, "agreements", viewer),
        visible_prefetch(Topic, "events", viewer),
        "sources",
    )


# --- guides and the FAQ ----------------------------------------------------------------------------


def guide_cards(viewer=PUBLIC) -> QuerySet:
    return Guide.objects.visible_to(viewer)


def _linked(model, viewer) -> list[Prefetch]:
    """The records a guide or question links, each with the live facts its side panel shows."""
    Event = model.events.rel.model
    querysets = {
        "organizations": Organization.objects.select_related(None).order_by("name"),
        "countries": Country.objects.order_by("name"),
        "missions": with_leads(Mission.objects.order_by("start_date", "name"), viewer),
        "agreements": with_visible_counts(Agreement.objects.order_by("opened_for_signature", "name"), None, viewer),
        "topics": Topic.objects.order_by("name"),
        "events": Event.objects.order_by("date", "title"),
    }
    return [visible_prefetch(model, name, viewer, querysets[name]) for name in LINKS]


def guide_detail(viewer) -> QuerySet:
    """One query per relation (and one for the missions' leads), whatever the number of links."""
    return Guide.objects.visible_to(viewer).prefetch_related("sources", *_linked(Guide, viewer))


def guide_api(viewer, detail: bool) -> QuerySet:
    queryset = guide_cards(viewer)
    if not detail:
        return queryset
    links = [visible_prefetch(Guide, name, viewer) for name in LINKS]
    return queryset.prefetch_related("sources", *links)


def question_cards(viewer=PUBLIC) -> QuerySet:
    return Question.objects.visible_to(viewer)


def faq(viewer) -> QuerySet:
    """The questions of the FAQ page, with their sources (answers link records in their text)."""
    return Question.objects.visible_to(viewer).prefetch_related("sources")


def question_detail(viewer) -> QuerySet:
    return Question.objects.visible_to(viewer).prefetch_related("sources", *_linked(Question, viewer))


def question_api(viewer, detail: bool) -> QuerySet:
    queryset = question_cards(viewer)
    if not detail:
        return queryset
    links = [visible_prefetch(Question, name, viewer) for name in LINKS]
    return queryset.prefetch_related("sources", *links)


def live_counts(wanted: set[tuple[str, str, str]], viewer=PUBLIC) -> dict[tuple[str, str, str], int | None]:
    """Values of count tokens (kind, slug, measure) as the viewer may see them today.

    Agreements: signatories / parties counted today (`with_visible_counts`); an agreement with no
    signatory rows falls back to its reported total. Missions: participating organizations. A
    token naming a record the viewer may not see stays unknown (None). At most two queries.
    """
    found: dict[tuple[str, str, str], int | None] = dict.fromkeys(wanted)
    slugs = {kind: {slug for k, slug, _m in wanted if k == kind} for kind in ("agreement", "mission")}
    if slugs["agreement"]:
        rows = visible_party_q(viewer, "signatories__")
        agreements = with_visible_counts(
            Agreement.objects.visible_to(viewer).filter(slug__in=slugs["agreement"]), None, viewer
        ).annotate(row_count=Count("signatories", filter=rows, distinct=True))
        for agreement in agreements:
            further = agreement.reported_signatories  # signed, not (yet) ratified: on top of the parties
            total = None if agreement.reported_parties is None else agreement.reported_parties + (further or 0)
            reported = {"signatories": total, "parties": agreement.reported_parties}
            counted = {"signatories": agreement.signatory_count, "parties": agreement.party_count}
            for measure in ("signatories", "parties"):
                key = ("agreement", agreement.slug, measure)
                if key in found:
                    found[key] = counted[measure] if agreement.row_count else reported[measure]
    if slugs["mission"]:
        partners = Count(
            "participations__organization", filter=visible_q(viewer, "participations__organization__"), distinct=True
        )
        missions = Mission.objects.visible_to(viewer).filter(slug__in=slugs["mission"]).annotate(partners=partners)
        for slug, partners in missions.values_list("slug", "partners"):
            if ("mission", slug, "participants") in found:
                found[("mission", slug, "participants")] = partners
    return found


# --- counts for the home page ----------------------------------------------------------------------


def record_count(model, viewer=PUBLIC) -> int:
    return model.objects.visible_to(viewer).count()


# --- the change log ---------------------------------------------------------------------------------


def changes(viewer=PUBLIC) -> QuerySet[ChangeLogEntry]:
    """Entries of records the viewer may see now (a record unpublished or deleted since drops out)."""
    types = record_types()
    content_types = ContentType.objects.get_for_models(*types)
    visible = Q()
    for model, content_type in content_types.items():
        visible |= Q(content_type=content_type, object_id__in=model.objects.visible_to(viewer).values("pk"))
    return ChangeLogEntry.objects.filter(visible).prefetch_related("record")


def with_summaries(entries: list[ChangeLogEntry], viewer=PUBLIC) -> list[ChangeLogEntry]:
    """Set `entry.summary` on each entry, naming a row's party only where the viewer may see it.

    One query per kind of party (country, organization) on the page, whatever the number of entries.
    """
    refs: dict[str, set[int]] = {}
    for entry in entries:
        for label, pk in entry.party_refs():
            refs.setdefault(label, set()).add(pk)
    nameable = set()
    for label, pks in refs.items():
        model = apps.get_model(label)
        shown = model._default_manager.filter(visible_q(viewer), pk__in=pks).values_list("pk", flat=True)
        nameable |= {(label, pk) for pk in shown}
    for entry in entries:
        entry.summary = entry.summary_for(lambda ref: ref in nameable)
    return entries


# Cards of each record type, for atlas-wide readers (search) that find types in the registry.
CARDS = {
    Organization: organization_cards,
    Country: country_cards,
    Mission: mission_cards,
    Agreement: agreement_cards,
    Topic: topic_cards,
    Guide: guide_cards,
    Question: question_cards,
}


# What search (the search page and every list's `q`) matches besides a record's indexed names and
# texts: its notes, and the text of its rows as the viewer may see them: a participation of a draft
# organization never makes a mission findable by its contribution, nor a draft country's signatory
# row an agreement by its notes.
def _organization_search(viewer) -> ExtraText:
    return ExtraText(
        related=(
            RelatedText(
                Participation.objects.filter(visible_q(viewer, "mission__")), "organization", ("contribution",)
            ),
            RelatedText(Membership.objects.filter(visible_q(viewer, "country__")), "organization", ("notes",)),
        )
    )


def _mission_search(viewer) -> ExtraText:
    return ExtraText(
        fields=("status_note",),
        related=(
            RelatedText(
                Participation.objects.filter(visible_q(viewer, "organization__")), "mission", ("contribution",)
            ),
        ),
    )


def _agreement_search(viewer) -> ExtraText:
    return ExtraText(related=(RelatedText(Signatory.objects.filter(visible_party_q(viewer)), "agreement", ("notes",)),))


def _country_search(viewer) -> ExtraText:
    return ExtraText(fields=("notes",))


SEARCH_EXTRAS = {
    Organization: _organization_search,
    Mission: _mission_search,
    Agreement: _agreement_search,
    Country: _country_search,
}


def search_extra(model, viewer=PUBLIC) -> ExtraText | None:
    """The extra text a search of `model` matches for `viewer` (None: its names and texts only)."""
    extra = SEARCH_EXTRAS.get(model)
    return extra(viewer) if extra else None


# --- chart data (catalog/visuals/data.py shapes it) -------------------------------------------------

ARTEMIS_ACCORDS_SLUG = "artemis-accords"
# A mission still running (or not started) with no end date overlaps every later period.
_OPEN_ENDED = [MissionStatus.ACTIVE, MissionStatus.PLANNED]
_NODE_FIELDS = (
    "mission_id",
    "organization_id",
    "organization__slug",
    "organization__name",
    "organization__acronym",
    "organization__kind",
    "organization__country__code",
    "organization__country__name",
    "organization__country__publication_status",
)


def missions_in_period(missions: QuerySet, start: datetime.date | None, end: datetime.date | None) -> QuerySet:
    """Missions whose [start, end] overlaps the period.

    A mission with no start date cannot be placed in a period and is left out once a period is
    given; one with no end date is treated as still running when it is active or planned, and as
    a one-off on its start date otherwise (completed or cancelled with the end not recorded).
    """
    if start:
        missions = missions.filter(
            Q(end_date__gte=start)
            | Q(end_date__isnull=True, status__in=_OPEN_ENDED)
            | Q(end_date__isnull=True, start_date__gte=start)
        )
    if end:
        missions = missions.filter(start_date__lte=end)
    return missions


def network_participations(topic, start, end, viewer=PUBLIC) -> list[tuple]:
    """(mission id, organization id, slug, name, acronym, kind, country code, country name, country
    shown) for every visible participation in the visible missions of the topic and period."""
    missions = Mission.objects.visible_to(viewer)
    if topic is not None:
        missions = missions.filter(topics=topic)
    missions = missions_in_period(missions, start, end)
    rows = (
        Participation.objects.filter(visible_q(viewer, "organization__"), mission__in=missions.values("pk"))
        .order_by()
        .values_list(*_NODE_FIELDS)
    )
    drafts_shown = sees_drafts(viewer)
    return [(*row[:-1], row[-1] == Status.PUBLISHED or (drafts_shown and row[-1] is not None)) for row in rows]


def mission_labels(pks) -> list[tuple]:
    """(pk, slug, name, short name) of missions already chosen by a visible read."""
    return list(Mission.objects.filter(pk__in=pks).order_by().values_list("pk", "slug", "name", "short_name"))


def _count_subquery(queryset: QuerySet, group_by: str, counted: str) -> Coalesce:
    counts = queryset.order_by().values(group_by).annotate(n=Count(counted, distinct=True)).values("n")
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def country_measure_rows(viewer=PUBLIC) -> tuple[Agreement | None, list[tuple]]:
    """The Artemis Accords record, and per visible country: (code, name, historical, agreements it is
    counted a signatory of today, missions through its organizations, Artemis signatory, its date).

    Two queries; the measures are correlated subqueries (no join fan-out).
    """
    artemis = (
        Agreement.objects.visible_to(viewer)
        .filter(slug=ARTEMIS_ACCORDS_SLUG)
        .only("pk", "slug", "name", "short_name")
        .first()
    )
    signatures = Signatory.objects.filter(counted_q(None), visible_q(viewer, "agreement__"), country=OuterRef("pk"))
    participations = Participation.objects.filter(
        visible_q(viewer, "organization__"), visible_q(viewer, "mission__"), organization__country=OuterRef("pk")
    )
    if artemis is None:
        on_artemis = {"artemis": Value(False), "artemis_signed_on": Value(None, output_field=DateField())}
    else:
        artemis_rows = signatures.filter(agreement=artemis)
        on_artemis = {
            "artemis": Exists(artemis_rows),
            "artemis_signed_on": Subquery(artemis_rows.values("signed_on")[:1]),
        }
    countries = (
        Country.objects.visible_to(viewer)
        .annotate(
            agreements_signed=_count_subquery(signatures, "country", "agreement"),
            missions=_count_subquery(participations, "organization__country", "mission"),
            **on_artemis,
        )
        .order_by("name")
        .values_list("code", "name", "historical", "agreements_signed", "missions", "artemis", "artemis_signed_on")
    )
    return artemis, list(countries)


def signature_year_counts(viewer=PUBLIC) -> dict[int, int]:
    """{year: new signatories} over visible agreements and parties (signature, else accession year)."""
    rows = (
        Signatory.objects.filter(visible_q(viewer, "agreement__"), visible_party_q(viewer))
        .annotate(year=ExtractYear(Coalesce("signed_on", "ratified_on")))
        .filter(year__isnull=False)
        .order_by()
        .values("year")
        .annotate(count=Count("pk"))
        .values_list("year", "count")
    )
    return dict(rows)


# --- open data: rows across records, deletions ------------------------------------------------------
# /api/v1/signatories/ and /api/v1/participations/ list rows of every agreement or mission: a row is
# listed when both its parent and its party are visible (the per-parent endpoints check the parent).


def signatory_rows_across(viewer=PUBLIC) -> QuerySet:
    """Every visible signatory row of every visible agreement, agreement by agreement."""
    return (
        signatory_rows(viewer)
        .filter(visible_q(viewer, "agreement__"))
        .select_related("agreement")
        .order_by("agreement__slug", F("signed_on").asc(nulls_last=True), "country__name", "organization__name", "pk")
    )


def participation_rows_across(viewer=PUBLIC) -> QuerySet:
    """Every visible participation in every visible mission, mission by mission."""
    return (
        participation_rows(viewer)
        .filter(visible_q(viewer, "mission__"))
        .select_related("mission")
        .order_by("mission__slug", "order", "pk")
    )


def _key_field(model) -> str:
    return "code" if any(f.name == "code" for f in model._meta.fields) else "slug"


def _published_history(model) -> QuerySet:
    """The record's historical versions that visitors could see (simple-history's records)."""
    history = model.history.model.objects
    return history.filter(id=OuterRef("id"), publication_status=Status.PUBLISHED).order_by("-history_date")


def _deleted_records(model, since: datetime.datetime) -> list[dict]:
    """Records deleted since then that had been published, named by their last published key."""
    key = _key_field(model)
    published = _published_history(model)
    rows = (
        model.history.model.objects.filter(history_type="-", history_date__gte=since)
        .annotate(public_key=Subquery(published.values(key)[:1]))
        .filter(public_key__isnull=False)
        .values_list("public_key", "history_date")
    )
    return [{"change": "deleted", "key": k, "when": when} for k, when in rows]


def _unpublished_records(model, since: datetime.datetime) -> list[dict]:
    """Records that are drafts now, were published once, and went back to draft since then."""
    key = _key_field(model)
    history = model.history.model.objects
    published = _published_history(model).filter(id=OuterRef("pk"))
    first_draft_after = history.filter(id=OuterRef("pk"), history_date__gt=OuterRef("last_published")).order_by(
        "history_date"
    )
    rows = (
        model.objects.exclude(visible_q(PUBLIC))
        .annotate(
            last_published=Subquery(published.values("history_date")[:1]),
            public_key=Subquery(published.values(key)[:1]),
        )
        .filter(last_published__isnull=False)
        .annotate(when=Subquery(first_draft_after.values("history_date")[:1]))
        .filter(when__gte=since)
        .values_list("public_key", "when")
    )
    return [{"change": "unpublished", "key": k, "when": when} for k, when in rows]


def _deleted_rows(model, since: datetime.datetime, viewer) -> list[dict]:
    """Rows deleted since then from a parent the viewer may still see (`key`: the row's API id)."""
    parent_field = model._meta.get_field(model.row_parent)
    parent_model = parent_field.related_model
    key = _key_field(parent_model)
    parents = parent_model.objects.filter(visible_q(viewer), pk=OuterRef(parent_field.attname))
    rows = (
        model.history.model.objects.filter(history_type="-", history_date__gte=since)
        .annotate(parent_key=Subquery(parents.values(key)[:1]))
        .filter(parent_key__isnull=False)
        .values_list("id", "parent_key", "history_date")
    )
    plural = parent_model._meta.verbose_name_plural
    return [{"change": "deleted", "key": str(pk), "parent": f"{plural}/{pk_}", "when": when} for pk, pk_, when in rows]


def deletions(since: datetime.datetime, viewer=PUBLIC) -> list[dict]:
    """What a sync since `since` must remove: deleted or unpublished records, deleted rows.

    Never names what was never published: a record is named by its last published key. Two
    queries per record type and one per row type, whatever the number of changes.
    """
    found = []
    for model in record_types():
        for item in _deleted_records(model, since) + _unpublished_records(model, since):
            found.append({"type": str(model._meta.verbose_name), **item})
    for model in row_types():
        found += [{"type": model.row_noun, **item} for item in _deleted_rows(model, since, viewer)]
    return sorted(found, key=lambda item: (item["when"], item["type"], item["key"]))


# --- open data: the status table (/agreements/status/) and country comparison (/compare/) -----------


def status_agreements(viewer=PUBLIC) -> QuerySet:
    """The table's columns: agreements, oldest first, with the source of any reported total."""
    return agreement_cards(viewer).select_related("reported_source")


def status_countries(viewer=PUBLIC) -> QuerySet:
    """The table's rows: every country the viewer may see, by name."""
    return Country.objects.visible_to(viewer).order_by("name")


def status_cells(agreement_ids: list[int], country_ids: list[int], viewer=PUBLIC) -> QuerySet:
    """Every signatory row of those countries to those agreements, in one query, whatever their number.

    All rows, withdrawn ones too: a cell says how a row stood on the day asked with
    `Signatory.is_counted_on` / `is_party_on` (the one definition of "counted on day D").
    """
    return Signatory.objects.filter(
        visible_party_q(viewer), agreement_id__in=agreement_ids, country_id__in=country_ids
    ).only(
        "id",
        "agreement_id",
        "country_id",
        "organization_id",
        "signed_on",
        "ratified_on",
        "withdrawn_on",
        "status",
    )


def compare_countries(codes: list[str], viewer=PUBLIC) -> list[Country]:
    """The visible countries among `codes`, in the order asked."""
    found = {c.code: c for c in Country.objects.visible_to(viewer).filter(code__in=codes)}
    return [found[code] for code in codes if code in found]


def compare_participations(countries: list[Country], viewer=PUBLIC) -> QuerySet:
    """Participations in visible missions by visible organizations based in those countries."""
    return participation_rows_across(viewer).filter(organization__country__in=countries)


def compare_organizations(countries: list[Country], viewer=PUBLIC) -> QuerySet:
    return organization_cards(viewer).filter(country__in=countries).order_by("name")


# --- open data: the data package (/data/, catalog/data_package.py) ----------------------------------
# The whole Atlas as the public sees it: every visible record, every link whose two ends are visible,
# every row whose parent and party are visible, and the sources those cite. A constant number of
# queries: one per record type, link table and row type.


def package_records(model, viewer=PUBLIC) -> QuerySet:
    """The visible records of one record type (any app's), with no prefetch: the package's table."""
    return model._default_manager.visible_to(viewer)


def package_links(model, field_name: str, viewer=PUBLIC) -> QuerySet:
    """(record pk, linked pk) of one many-to-many field, both ends visible (a source is always visible)."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    from_name, to_name = field.m2m_field_name(), field.m2m_reverse_field_name()
    rows = through._default_manager.filter(visible_q(viewer, f"{from_name}__"))
    target = field.related_model
    if any(f.name == "publication_status" for f in target._meta.fields):
        rows = rows.filter(visible_q(viewer, f"{to_name}__"))
    return rows.order_by().values_list(f"{from_name}_id", f"{to_name}_id")


def membership_rows_across(viewer=PUBLIC) -> QuerySet:
    """Every membership row whose organization and country the viewer may see."""
    return (
        Membership.objects.filter(visible_q(viewer, "organization__"), visible_q(viewer, "country__"))
        .select_related("organization", "country")
        .order_by("organization__slug", "country__code", "kind", "pk")
    )


def package_rows(viewer=PUBLIC) -> dict[type, QuerySet]:
    """The rows of the package by row type: signatories, participations, memberships."""
    return {
        Signatory: signatory_rows_across(viewer),
        Participation: participation_rows_across(viewer),
        Membership: membership_rows_across(viewer),
    }


def package_row_sources(rows: QuerySet) -> QuerySet:
    """(row pk, source pk) of the sources cited by the given (visible) rows."""
    model = rows.model
    field = model._meta.get_field("sources")
    through = field.remote_field.through
    from_name, to_name = field.m2m_field_name(), field.m2m_reverse_field_name()
    return (
        through._default_manager.filter(**{f"{from_name}__in": rows.values("pk")})
        .order_by()
        .values_list(f"{from_name}_id", f"{to_name}_id")
    )


def package_sources(pks) -> QuerySet:
    """The sources cited by what the package holds (sources are public once cited by a visible record)."""
    return apps.get_model("catalog", "Source").objects.filter(pk__in=pks).order_by("url")
