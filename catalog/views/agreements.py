import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog import queries
from catalog.filters import AgreementFilter
from catalog.models import Agreement, Signatory
from coop_site.records.pages import BadQuery, FilteredListView, PublicDetailView

# ?sort= on the signatory table: key -> column heading. Rows without a value sort last.
SIGNATORY_SORTS = {
    "party": _("Signatory"),
    "signed": _("Signed"),
    "ratified": _("Ratified / acceded"),
    "status": _("Status"),
}


class AgreementListView(FilteredListView):
    model = Agreement
    filterset_class = AgreementFilter
    list_query = queries.agreement_cards  # the FilterSet adds the counts (as of ?as_of= when given)
    template_name = "catalog/agreement_list.html"
    section_title = _("Agreements")
    noun_plural = _("agreements")

    def count_noun(self, count: int) -> str:
        return ngettext("agreement", "agreements", count)

    def get_page_description(self) -> str:
        return _("Treaties, accords, charters and agreements on space, with their signatories and dates.")

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
        message = _("“%(value)s” is not a date; use YYYY-MM-DD, e.g. 2020-10-13.") % {"value": raw[:30]}
        raise BadQuery({"as_of": [message]}) from exc


def sort_rows(rows: list[Signatory], sort: str) -> list[Signatory]:
    key = sort.lstrip("-")
    if key not in SIGNATORY_SORTS:
        choices = ", ".join(_("%(key)s or -%(key)s") % {"key": k} for k in SIGNATORY_SORTS)
        message = _("“%(value)s” is not a sort order; choose %(choices)s.") % {"value": sort[:30], "choices": choices}
        raise BadQuery({"sort": [message]})
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
    section_title = _("Agreements")
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
        return (agreement.summary or _("%(name)s: signatories, dates and sources.") % {"name": agreement.name})[:200]
