"""Admin for countries, organizations, topics and sources."""

from django.contrib import admin
from django.db.models import Q

from catalog.models import Country, Membership, Organization, Source, Status, Topic
from catalog.resources import OrganizationResource
from coop_site.records.admin.base import CuratedAdmin, HistoryExportAdmin, sources_inline


@admin.register(Country)
class CountryAdmin(CuratedAdmin):
    list_display = ["name", "code", "region", "historical", "status_column", "updated_at"]
    list_filter = ["publication_status", "region", "historical"]
    search_fields = ["name", "official_name", "code"]
    inlines = [sources_inline(Country)]


@admin.register(Topic)
class TopicAdmin(CuratedAdmin):
    list_display = ["name", "slug", "status_column", "updated_at"]
    list_filter = ["publication_status"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [sources_inline(Topic)]


class MembershipInline(admin.TabularInline):
    """Member countries as rows, with their dates at their precision, notes, disagreements and sources."""

    model = Membership
    fields = [
        *("country", "kind", "joined_on", "joined_precision", "left_on", "left_precision"),
        *("notes", "disputes", "sources"),
    ]
    autocomplete_fields = ["country", "sources"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country")


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    resource_classes = [OrganizationResource]
    list_display = ["name", "acronym", "kind", "country", "status_column", "updated_at"]
    list_filter = ["publication_status", "kind", "country__region"]
    list_select_related = ["country"]
    search_fields = ["name", "acronym", "slug"]
    autocomplete_fields = ["country", "member_countries", "topics"]
    prepopulated_fields = {"slug": ["acronym", "name"]}
    inlines = [MembershipInline, sources_inline(Organization)]


@admin.register(Source)
class SourceAdmin(HistoryExportAdmin):
    list_display = ["title", "publisher", "url", "accessed_on", "updated_at"]
    search_fields = ["title", "url", "publisher"]
    list_filter = ["publisher"]
    date_hierarchy = "accessed_on"

    def has_delete_permission(self, request, obj=None):
        """Curators may delete a source no published record cites (citations are the point of the Atlas)."""
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or request.user.is_superuser or not cited_by_published(obj)


def cited_by_published(source: Source) -> bool:
    published = Status.PUBLISHED
    for relation in Source._meta.related_objects:
        related = relation.related_model
        if relation.name.startswith("historical"):
            continue
        manager = getattr(source, relation.get_accessor_name())
        if hasattr(related, "publication_status"):
            condition = Q(publication_status=published)
        elif hasattr(related, "agreement"):
            condition = Q(agreement__publication_status=published)
        elif hasattr(related, "mission"):
            condition = Q(mission__publication_status=published)
        else:
            condition = Q()
        if manager.filter(condition).exists():
            return True
    return False
