"""Public "Recent changes" page and its Atom feed: published edits only, never who made them.

Entries come from `ChangeLogEntry` (written when simple-history records an edit, see
catalog/models/changelog.py), so a page costs a constant number of queries: the count, the page of
entries, and one query per record type on the page to fetch the records themselves.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from catalog.models import Agreement, Country, Mission, Organization, Topic
from catalog.models.changelog import ChangeLogEntry
from timeline.models import Event

CURATED_MODELS = [Agreement, Country, Event, Mission, Organization, Topic]
PER_PAGE = 50
FEED_ITEMS = 50


def published_changes() -> QuerySet[ChangeLogEntry]:
    """Entries whose record is published now (a record unpublished or deleted since drops out)."""
    content_types = ContentType.objects.get_for_models(*CURATED_MODELS)
    visible = Q()
    for model, content_type in content_types.items():
        visible |= Q(content_type=content_type, object_id__in=model.objects.published().values("pk"))
    return ChangeLogEntry.objects.filter(visible).prefetch_related("record")


def recent_changes(request):
    paginator = Paginator(published_changes(), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = {"page_obj": page_obj, "paginator": paginator, "entries": page_obj.object_list}
    return render(request, "changes/list.html", context)


class RecentChangesFeed(Feed):
    feed_type = Atom1Feed
    title = "Space Cooperation Atlas — recent changes"
    subtitle = "Published edits to the catalog and timeline of international cooperation in space."
    author_name = "Space Cooperation Atlas curators"

    def link(self) -> str:
        return reverse("changes")

    def items(self):
        return list(published_changes()[:FEED_ITEMS])

    def item_title(self, item: ChangeLogEntry) -> str:
        return f"{item.record}: {item.summary}"

    def item_description(self, item: ChangeLogEntry) -> str:
        return f"A curator {item.summary} ({item.record._meta.verbose_name} “{item.record}”)."

    def item_link(self, item: ChangeLogEntry) -> str:
        return item.get_absolute_url() or f"{reverse('changes')}#change-{item.pk}"

    def item_guid(self, item: ChangeLogEntry) -> str:
        # Several entries share a record's link, so each gets its own id.
        return f"{reverse('changes')}#change-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ChangeLogEntry):
        return item.changed_at

    def item_updateddate(self, item: ChangeLogEntry):
        return item.changed_at

    def item_author_name(self, item: ChangeLogEntry) -> str:
        return "a curator"
