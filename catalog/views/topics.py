from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from catalog import queries
from catalog.models import Topic
from coop_site.records.models import PUBLIC
from coop_site.records.pages import AtlasPageMixin, PublicDetailView


class TopicListView(AtlasPageMixin, ListView):
    """Topics are few (a dozen or two): one page, no filters."""

    model = Topic
    template_name = "catalog/topic_list.html"
    section_title = _("Topics")

    def get_queryset(self) -> QuerySet:
        return queries.topic_cards(PUBLIC)

    def get_page_description(self) -> str:
        return _("Themes of international space cooperation: human spaceflight, Earth observation, space law and more.")


class TopicDetailView(PublicDetailView):
    model = Topic
    detail_query = queries.topic_detail
    template_name = "catalog/topic_detail.html"
    section_title = _("Topics")
    section_url_name = "catalog:topic-list"
