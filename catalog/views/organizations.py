from catalog import queries
from catalog.filters import OrganizationFilter
from catalog.models import Organization
from coop_site.records.pages import FilteredListView, PublicDetailView


class OrganizationListView(FilteredListView):
    model = Organization
    filterset_class = OrganizationFilter
    list_query = queries.organization_cards
    template_name = "catalog/organization_list.html"
    section_title = "Organizations"
    noun_plural = "organizations"

    def get_page_description(self) -> str:
        return "Space agencies, intergovernmental organizations, UN bodies and companies that cooperate in space."


class OrganizationDetailView(PublicDetailView):
    model = Organization
    detail_query = queries.organization_detail  # one query per relation (tests/catalog/test_organization_views.py)
    template_name = "catalog/organization_detail.html"
    section_title = "Organizations"
    section_url_name = "catalog:organization-list"

    def get_page_description(self) -> str:
        org = self.object
        return (org.summary or f"{org.name}: its missions, agreements and events.")[:200]
