"""CSV import/export (django-import-export) for signatories and organizations (bases: coop_site/records/io.py)."""

import json

from import_export import fields, widgets

from catalog.loading import SIGNATORY_COLUMNS
from catalog.models import Agreement, Country, Organization, Signatory, Topic
from coop_site.records.io import ListWidget, LookupWidget, PartialDateMixin, StrictResource, partial_date, source_urls


class DisputesWidget(widgets.Widget):
    """`disputes` as JSON text in a CSV cell ('' for none)."""

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip()
        if not text:
            return []
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"disputes is not valid JSON ({error})") from None

    def render(self, value, obj=None, **kwargs):
        return json.dumps(value, ensure_ascii=False) if value else ""


class SignatoryResource(PartialDateMixin, StrictResource):
    """Columns: catalog.loading.SIGNATORY_COLUMNS, the format of fixtures/signatories/*.csv.

    Dates are read and written at their precision: "1998", "2024-12" or "2025-11-02".
    """

    partial_dates = {
        "signed_on": "signed_precision",
        "ratified_on": "ratified_precision",
        "withdrawn_on": "withdrawn_precision",
    }

    agreement = fields.Field("agreement", "agreement", LookupWidget(Agreement, "slug"))
    country = fields.Field("country", "country", LookupWidget(Country, "code", lower=True))
    organization = fields.Field("organization", "organization", LookupWidget(Organization, "slug"))
    signed_on = fields.Field("signed_on", "signed_on", widgets.DateWidget("%Y-%m-%d"))
    ratified_on = fields.Field("ratified_on", "ratified_on", widgets.DateWidget("%Y-%m-%d"))
    withdrawn_on = fields.Field("withdrawn_on", "withdrawn_on", widgets.DateWidget("%Y-%m-%d"))
    disputes = fields.Field("disputes", "disputes", DisputesWidget())
    source_urls = source_urls()

    dehydrate_signed_on = partial_date("signed_on", "signed_precision")
    dehydrate_ratified_on = partial_date("ratified_on", "ratified_precision")
    dehydrate_withdrawn_on = partial_date("withdrawn_on", "withdrawn_precision")

    class Meta:
        model = Signatory
        fields = tuple(SIGNATORY_COLUMNS)  # the one format shared with load_atlas's fixtures
        export_order = fields
        import_id_fields = ("agreement", "country", "organization")
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def get_export_queryset(self, request=None):
        return Signatory.objects.select_related("agreement", "country", "organization").prefetch_related("sources")

    def before_import_row(self, row, **kwargs):
        # A file may leave status empty; the model's default applies (and a ratified date then needs "ratified").
        if not (row.get("status") or "").strip():
            row["status"] = "signed"
        for column in ("notes", "organization"):
            row[column] = row.get(column) or ""


class OrganizationResource(PartialDateMixin, StrictResource):
    partial_dates = {"founded": "founded_precision"}

    country = fields.Field("country", "country", LookupWidget(Country, "code", lower=True))
    founded = fields.Field("founded", "founded", widgets.DateWidget("%Y-%m-%d"))
    member_countries = fields.Field(
        "member_countries", "member_countries", ListWidget(Country, "code", lower=True), m2m_add=False
    )
    topics = fields.Field("topics", "topics", ListWidget(Topic, "slug"), m2m_add=False)
    source_urls = source_urls()

    dehydrate_founded = partial_date("founded", "founded_precision")

    class Meta:
        model = Organization
        fields = (
            "slug",
            "acronym",
            "name",
            "kind",
            "country",
            "founded",
            "website",
            "summary",
            "member_countries",
            "topics",
            "source_urls",
        )
        export_order = fields
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
