import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from catalog.filters import AgreementFilter
from catalog.models import Agreement, Organization, Signatory, SignatoryStatus, Status, Topic
from timeline.models import Event

from .mixins import BadQuery, FilteredListView, PublicDetailView, published

# ?sort= on the signatory table: key -> column heading. Rows without a value sort last.
SIGNATORY_SORTS = {
    "party": "Signatory",
    "signed": "Signed",
    "ratified": "Ratified / acceded",
    "status": "Status",
}
_PARTY_STATUSES = {SignatoryStatus.RATIFIED, SignatoryStatus.ACCEDED}


class AgreementListView(FilteredListView):
    model = Agreement
    filterset_class = AgreementFilter
    template_name = "catalog/agreement_list.html"
    section_title = "Agreements"
    noun_plural = "agreements"

    def get_base_queryset(self) -> QuerySet:
        # The FilterSet annotates the signatory counts itself (as of ?as_of= when given).
        return Agreement.objects.published().order_by("opened_for_signature", "name")

    def get_page_description(self) -> str:
        return "Treaties, accords, charters and agreements on space, with their signatories and dates."

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["as_of"] = self.filterset.form.cleaned_data.get("as_of")
        return context


def parse_as_of(raw: str | None) -> datetime.date | None:
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError as exc:
        raise BadQuery({"as_of": [f"“{raw[:30]}” is not a date; use YYYY-MM-DD, e.g. 2020-10-13."]}) from exc


def sort_rows(rows: list[Signatory], sort: str) -> list[Signatory]:
    key = sort.lstrip("-")
    if key not in SIGNATORY_SORTS:
        choices = ", ".join(f"{k} or -{k}" for k in SIGNATORY_SORTS)
        raise BadQuery({"sort": [f"“{sort[:30]}” is not a sort order; choose {choices}."]})
    getters = {
        "party": lambda row: str(row.party).casefold(),
        "signed": lambda row: row.signed_on,
        "ratified": lambda row: row.ratified_on,
        "status": lambda row: row.status,
    }
    get = getters[key]
    present = sorted((r for r in rows if get(r) is not None), key=get, reverse=sort.startswith("-"))
    return present + [r for r in rows if get(r) is None]


def sort_columns(sort: str) -> list[dict]:
    """Table headings: a link that sorts by the column (the reverse when it is already sorted by it)."""
    current = sort or "signed"  # for_table() orders by signed date
    columns = []
    for key, label in SIGNATORY_SORTS.items():
        aria = "ascending" if current == key else "descending" if current == f"-{key}" else ""
        columns.append({"key": key, "label": label, "aria_sort": aria, "next": f"-{key}" if current == key else key})
    return columns


def is_current(row: Signatory, as_of: datetime.date) -> bool:
    return row.status != SignatoryStatus.WITHDRAWN or (row.withdrawn_on is not None and row.withdrawn_on > as_of)


def is_party(row: Signatory, as_of: datetime.date, dated: bool) -> bool:
    # As of a past date only the ratified/acceded date counts; today the status is authoritative.
    if dated:
        return row.ratified_on is not None and row.ratified_on <= as_of and is_current(row, as_of)
    return row.status in _PARTY_STATUSES


class AgreementDetailView(PublicDetailView):
    model = Agreement
    template_name = "catalog/agreement_detail.html"
    section_title = "Agreements"
    section_url_name = "catalog:agreement-list"

    def get_queryset(self) -> QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("reported_source")
            .prefetch_related(
                "sources",
                published("topics", Topic),
                published("organizations", Organization),
                published("events", Event, Event.objects.order_by("date")),
            )
        )

    def get_signatories(self, as_of: datetime.date | None) -> list[Signatory]:
        rows = self.object.signatories.filter(
            Q(country__publication_status=Status.PUBLISHED) | Q(organization__publication_status=Status.PUBLISHED)
        )
        if as_of is not None:
            rows = rows.as_of(as_of)
        return list(rows.for_table().prefetch_related("sources"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        as_of = parse_as_of(self.request.GET.get("as_of"))
        sort = self.request.GET.get("sort", "")
        rows = self.get_signatories(as_of)
        if sort:
            rows = sort_rows(rows, sort)
        counted_on = as_of or timezone.localdate()
        context.update(
            as_of=as_of,
            counted_on=counted_on,
            signatories=rows,
            signatory_count=sum(1 for row in rows if is_current(row, counted_on)),
            party_count=sum(1 for row in rows if is_party(row, counted_on, dated=as_of is not None)),
            sort=sort,
            columns=sort_columns(sort),
        )
        return context

    def get_page_description(self) -> str:
        agreement = self.object
        return (agreement.summary or f"{agreement.name}: signatories, dates and sources.")[:200]
