import datetime

from django.contrib import admin

from coop_site.records.admin.base import CuratedAdmin, sources_inline

from .models import Event
from .resources import EventResource


class DecadeFilter(admin.SimpleListFilter):
    """Events by decade, from a fixed list: no query over the table to find which years exist.

    (A `date_hierarchy` lists the years with a SELECT DISTINCT over every event: at 100,000 events
    that query was most of the changelist's time.)
    """

    title = "decade"
    parameter_name = "decade"
    FIRST = 1940

    def lookups(self, request, model_admin):
        last = datetime.date.today().year // 10 * 10 + 10  # planned events run a few years ahead
        return [(str(decade), f"{decade}s") for decade in range(last, self.FIRST - 10, -10)]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or not value.isdigit():
            return queryset
        decade = int(value)
        return queryset.filter(date__gte=datetime.date(decade, 1, 1), date__lte=datetime.date(decade + 9, 12, 31))


@admin.register(Event)
class EventAdmin(CuratedAdmin):
    resource_classes = [EventResource]
    list_display = ["title", "date_display", "kind", "featured", "status_column", "updated_at"]
    list_filter = ["publication_status", DecadeFilter, "kind", "featured", "date_precision", "topics"]
    search_fields = ["title", "slug", "summary"]
    autocomplete_fields = ["organizations", "countries", "missions", "agreements", "topics"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [sources_inline(Event)]

    @admin.display(description="date", ordering="date")
    def date_display(self, obj) -> str:
        return obj.date_display
