from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog import queries
from catalog.filters import MissionFilter
from catalog.models import Mission
from coop_site.records.pages import FilteredListView, PublicDetailView


class MissionListView(FilteredListView):
    model = Mission
    filterset_class = MissionFilter
    list_query = queries.mission_cards
    template_name = "catalog/mission_list.html"
    section_title = _("Missions")
    noun_plural = _("missions")

    def count_noun(self, count: int) -> str:
        return ngettext("mission", "missions", count)

    def get_page_description(self) -> str:
        return _("Joint missions and programmes in space: who led them, who took part and what each contributed.")


class MissionDetailView(PublicDetailView):
    model = Mission
    detail_query = queries.mission_detail
    template_name = "catalog/mission_detail.html"
    section_title = _("Missions")
    section_url_name = "catalog:mission-list"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["parent"] = queries.visible_parent(self.object, self.request.user)
        return context

    def get_page_description(self) -> str:
        mission = self.object
        return (mission.summary or _("%(name)s: participants, contributions and timeline.") % {"name": mission.name})[
            :200
        ]
