"""Admin for missions and their participations."""

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from catalog.models import Mission, Participation
from coop_site.records.admin.base import CuratedAdmin, HistoryExportAdmin, sources_inline


class ParticipationInline(admin.TabularInline):
    model = Participation
    fields = ["organization", "role", "contribution", "order", "sources"]
    autocomplete_fields = ["organization", "sources"]
    extra = 1


@admin.register(Mission)
class MissionAdmin(CuratedAdmin):
    list_display = ["name", "short_name", "kind", "status", "start_date", "participant_count", "status_column"]
    list_filter = ["publication_status", "kind", "status", "topics"]
    search_fields = ["name", "short_name", "slug", "destination"]
    autocomplete_fields = ["parent", "topics"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]
    inlines = [ParticipationInline, sources_inline(Mission)]

    def get_queryset(self, request):
        # A correlated subquery: a page of the changelist counts its own missions' rows only
        # (a join and GROUP BY aggregated every mission before the page was cut).
        rows = Participation.objects.filter(mission=OuterRef("pk")).order_by().values("mission")
        counts = rows.annotate(n=Count("pk")).values("n")
        return (
            super()
            .get_queryset(request)
            .annotate(participant_count=Coalesce(Subquery(counts, output_field=IntegerField()), 0))
        )

    @admin.display(description="participants", ordering="participant_count")
    def participant_count(self, obj) -> int:
        return obj.participant_count


@admin.register(Participation)
class ParticipationAdmin(HistoryExportAdmin):
    list_display = ["organization", "mission", "role", "contribution"]
    list_filter = ["role"]
    list_select_related = ["organization", "mission"]
    search_fields = ["organization__name", "organization__acronym", "mission__name", "contribution"]
    autocomplete_fields = ["mission", "organization", "sources"]
