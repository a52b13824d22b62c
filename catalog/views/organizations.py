from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog import queries
from catalog.filters import OrganizationFilter
from catalog.models import Organization
from coop_site.records.pages import FilteredListView, PublicDetailView


class OrganizationListView(FilteredListView):
    model = Organization
    filterset_class = OrganizationFilter
    list_query = queries.organization_cards
    template_name = "catalog/organization_list.html"
    section_title = _("Organizations")
    noun_plural = _("organizations")

    def count_noun(self, count: int) -> str:
        return ngettext("organization", "organizations", count)

    def get_page_description(self) -> str:
        return _("Space agencies, intergovernmental organizations, UN bodies and companies that cooperate in space.")


class OrganizationDetailView(PublicDetailView):
    model = Organization
    detail_query = queries.organization_detail  # one query per relation (tests/catalog/test_organization_views.py)
    template_name = "catalog/organization_detail.html"
    section_title = _("Organizations")
    section_url_name = "catalog:organization-list"

    def get_page_description(self) -> str:
        org = self.object
        return (org.summary or _("%(name)s: its missions, agreements and events.") % {"name": org.name})[:200]
