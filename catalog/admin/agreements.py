"""Admin for agreements and their signatories (with the signatory CSV import)."""

from django.contrib import admin

from catalog.models import Agreement, Signatory
from catalog.resources import SignatoryResource
from coop_site.records.admin.base import CuratedAdmin, ImportHistoryExportAdmin, sources_inline
from coop_site.records.admin.preload import PreloadedInline

SIGNATORY_FIELDS = [
    *("country", "organization", "signed_on", "signed_precision", "ratified_on", "ratified_precision"),
    *("withdrawn_on", "withdrawn_precision", "status", "notes", "disputes", "sources"),
]


class SignatoryInline(PreloadedInline, admin.TabularInline):
    model = Signatory
    fields = SIGNATORY_FIELDS
    autocomplete_fields = ["country", "organization", "sources"]
    extra = 1

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("agreement", "country", "organization")
            .prefetch_related("sources")
        )


@admin.register(Agreement)
class AgreementAdmin(CuratedAdmin):
    list_display = [
        "display_name",
        "kind",
        "binding",
        "opened_for_signature",
        "signatory_count",
        "latest_signature",
        "status_column",
    ]
    list_filter = ["publication_status", "kind", "binding", "topics"]
    search_fields = ["name", "short_name", "slug"]
    # Every relation by autocomplete: a plain <select> would list every mission (20,000 at 100k records).
    autocomplete_fields = ["topics", "organizations", "missions", "reported_source"]
    prepopulated_fields = {"slug": ["short_name", "name"]}
    inlines = [SignatoryInline, sources_inline(Agreement)]

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(description="agreement", ordering="name")
    def display_name(self, obj) -> str:
        return obj.display_name

    @admin.display(description="signatories", ordering="signatory_count")
    def signatory_count(self, obj) -> int:
        return obj.signatory_count

    @admin.display(description="latest signature", ordering="latest_signature")
    def latest_signature(self, obj):
        return obj.latest_signature


@admin.register(Signatory)
class SignatoryAdmin(ImportHistoryExportAdmin):
    resource_classes = [SignatoryResource]
    list_display = ["party", "agreement", "signed_on", "ratified_on", "withdrawn_on", "status"]
    list_filter = ["status", "agreement"]
    list_select_related = ["agreement", "country", "organization"]
    search_fields = ["agreement__name", "agreement__short_name", "country__name", "organization__name"]
    autocomplete_fields = ["agreement", "country", "organization", "sources"]
    date_hierarchy = "signed_on"

    @admin.display(description="country or organization")
    def party(self, obj) -> str:
        return str(obj.party)
