"""Public "Recent changes" page and its Atom feed: published edits only, never who made them.

Entries come from `ChangeLogEntry` (written when simple-history records an edit, see
catalog/models/changelog.py) through catalog/queries.py, so a page costs a constant number of
queries: the count, the page of entries, one query per record type on the page to fetch the
records themselves, and one per kind of named party (a draft party is never named).
"""

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from catalog import queries
from catalog.models import ChangeLogEntry
from coop_site.records.models import PUBLIC

PER_PAGE = 50
FEED_ITEMS = 50


def recent_changes(request):
    paginator = Paginator(queries.changes(PUBLIC), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    entries = queries.with_summaries(list(page_obj.object_list), PUBLIC)
    context = {"page_obj": page_obj, "paginator": paginator, "entries": entries}
    return render(request, "changes/list.html", context)


class RecentChangesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Space Cooperation Atlas — recent changes")
    subtitle = _("Published edits to the catalog and timeline of international cooperation in space.")
    author_name = _("Space Cooperation Atlas curators")

    def link(self) -> str:
        return reverse("changes")

    def items(self):
        return queries.with_summaries(list(queries.changes(PUBLIC)[:FEED_ITEMS]), PUBLIC)

    def item_title(self, item: ChangeLogEntry) -> str:
        return f"{item.record}: {item.summary}"

    def item_description(self, item: ChangeLogEntry) -> str:
        return gettext("A curator %(summary)s (%(type)s “%(record)s”).") % {
            "summary": item.summary,
            "type": item.record_type,
            "record": item.record,
        }

    def item_link(self, item: ChangeLogEntry) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: ChangeLogEntry) -> str:
        # Several entries share a record's link, so each gets its own (absolute) id.
        return self.request.build_absolute_uri(f"{reverse('changes')}#change-{item.pk}")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return super().get_object(request, *args, **kwargs)

    item_guid_is_permalink = False

    def item_pubdate(self, item: ChangeLogEntry):
        return item.changed_at

    def item_updateddate(self, item: ChangeLogEntry):
        return item.changed_at

    def item_author_name(self, item: ChangeLogEntry) -> str:
        return gettext("a curator")
