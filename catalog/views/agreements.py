import datetime

from django.utils import timezone

from catalog import queries
from catalog.filters import AgreementFilter
from catalog.models import Agreement, Signatory
from coop_site.records.pages import BadQuery, FilteredListView, PublicDetailView

# ?sort= on the signatory table: key -> column heading. Rows without a value sort last.
SIGNATORY_SORTS = {
    "party": "Signatory",
    "signed": "Signed",
    "ratified": "Ratified / acceded",
    "status": "Status",
}


class AgreementListView(FilteredListView):
    model = Agreement
    filterset_class = AgreementFilter
    list_query = queries.agreement_cards  # the FilterSet adds the counts (as of ?as_of= when given)
    template_name = "catalog/agreement_list.html"
    section_title = "Agreements"
    noun_plural = "agreements"

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
    current = sort or "signed"  # signatory_rows() orders by signed date
    columns = []
    for key, label in SIGNATORY_SORTS.items():
        aria = "ascending" if current == key else "descending" if current == f"-{key}" else ""
        columns.append({"key": key, "label": label, "aria_sort": aria, "next": f"-{key}" if current == key else key})
    return columns


class AgreementDetailView(PublicDetailView):
    model = Agreement
    detail_query = queries.agreement_detail
    template_name = "catalog/agreement_detail.html"
    section_title = "Agreements"
    section_url_name = "catalog:agreement-list"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        as_of = parse_as_of(self.request.GET.get("as_of"))
        sort = self.request.GET.get("sort", "")
        rows = queries.agreement_parties(self.object, self.request.user, as_of)
        if sort:
            rows = sort_rows(rows, sort)
        counted_on = as_of or timezone.localdate()
        context.update(
            as_of=as_of,
            counted_on=counted_on,
            signatories=rows,
            signatory_count=sum(1 for row in rows if row.is_counted_on(as_of)),
            party_count=sum(1 for row in rows if row.is_party_on(as_of)),
            sort=sort,
            columns=sort_columns(sort),
        )
        return context

    def get_page_description(self) -> str:
        agreement = self.object
        return (agreement.summary or f"{agreement.name}: signatories, dates and sources.")[:200]
