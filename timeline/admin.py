from django.contrib import admin

from coop_site.records.admin.base import CuratedAdmin, sources_inline

from .models import Event
from .resources import EventResource


@admin.register(Event)
class EventAdmin(CuratedAdmin):
    resource_classes = [EventResource]
    list_display = ["title", "date_display", "kind", "featured", "status_column", "updated_at"]
    list_filter = ["publication_status", "kind", "featured", "date_precision", "topics"]
    search_fields = ["title", "slug", "summary"]
    autocomplete_fields = ["organizations", "countries", "missions", "agreements", "topics"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    inlines = [sources_inline(Event)]

    @admin.display(description="date", ordering="date")
    def date_display(self, obj) -> str:
        return obj.date_display
