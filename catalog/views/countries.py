from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog import queries
from catalog.filters import CountryFilter
from catalog.models import Country
from catalog.templatetags.languages import country_name
from coop_site.records.pages import FilteredListView, PublicDetailView


class CountryListView(FilteredListView):
    model = Country
    filterset_class = CountryFilter
    list_query = queries.country_cards
    template_name = "catalog/country_list.html"
    section_title = _("Countries")
    noun_plural = _("countries")

    def count_noun(self, count: int) -> str:
        return ngettext("country", "countries", count)

    paginate_by = 50

    def get_page_description(self) -> str:
        return _(
            "Countries in the Space Cooperation Atlas: their agencies, the agreements they signed, their missions."
        )


class CountryDetailView(PublicDetailView):
    model = Country
    detail_query = queries.country_detail
    template_name = "catalog/country_detail.html"
    section_title = _("Countries")
    section_url_name = "catalog:country-list"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get(self, request, *args, **kwargs):
        code = kwargs["code"]
        if code != code.lower():
            return redirect("catalog:country-detail", code=code.lower(), permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Missions reach a country through its organizations: one query, plus one for their leads.
        context["missions"] = queries.country_missions(self.object, self.request.user)
        # Events name the country or one of its organizations (one query).
        context["events"] = list(queries.country_events(self.object, self.request.user))
        return context

    def get_page_description(self) -> str:
        return _("%(name)s in international space cooperation: agencies, agreements signed, missions, events.") % {
            "name": country_name(self.object)
        }

    def get_page_title(self) -> str:
        return country_name(self.object)
