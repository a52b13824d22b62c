from django.db.models import Prefetch, QuerySet
from django.shortcuts import redirect

from catalog.filters import CountryFilter
from catalog.models import Country, Mission, Organization, Signatory, Status
from timeline.models import Event

from .mixins import FilteredListView, PublicDetailView, published


class CountryListView(FilteredListView):
    model = Country
    filterset_class = CountryFilter
    template_name = "catalog/country_list.html"
    section_title = "Countries"
    noun_plural = "countries"
    paginate_by = 50

    def get_base_queryset(self) -> QuerySet:
        return Country.objects.published()

    def get_page_description(self) -> str:
        return "Countries in the Space Cooperation Atlas: their agencies, the agreements they signed, their missions."


class CountryDetailView(PublicDetailView):
    model = Country
    template_name = "catalog/country_detail.html"
    section_title = "Countries"
    section_url_name = "catalog:country-list"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get(self, request, *args, **kwargs):
        code = kwargs["code"]
        if code != code.lower():
            return redirect("catalog:country-detail", code=code.lower(), permanent=True)
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet:
        signatures = (
            Signatory.objects.filter(agreement__publication_status=Status.PUBLISHED)
            .select_related("agreement")
            .order_by("signed_on", "agreement__name")
        )
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "sources",
                published("organizations", Organization),
                published("memberships", Organization),
                published("events", Event, Event.objects.order_by("-date")),
                Prefetch("signatures", queryset=signatures),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Missions reach a country through its organizations: one query with the lead organizations.
        context["missions"] = (
            Mission.objects.published()
            .filter(
                participations__organization__country=self.object,
                participations__organization__publication_status=Status.PUBLISHED,
            )
            .distinct()
            .order_by("-start_date", "name")
            .for_list()
        )
        return context

    def get_page_description(self) -> str:
        return f"{self.object.name} in international space cooperation: agencies, agreements signed, missions, events."
