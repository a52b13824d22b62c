"""CSV import/export (django-import-export) for events (bases: coop_site/records/io.py)."""

from import_export import fields, widgets

from catalog.models import Agreement, Country, Mission, Organization, Topic
from coop_site.records.io import ListWidget, PartialDateMixin, StrictResource, partial_date, source_urls

from .models import Event


class EventResource(PartialDateMixin, StrictResource):
    partial_dates = {"date": "date_precision", "end_date": "end_precision"}

    date = fields.Field("date", "date", widgets.DateWidget("%Y-%m-%d"))
    end_date = fields.Field("end_date", "end_date", widgets.DateWidget("%Y-%m-%d"))
    featured = fields.Field("featured", "featured", widgets.BooleanWidget())
    organizations = fields.Field("organizations", "organizations", ListWidget(Organization, "slug"), m2m_add=False)
    countries = fields.Field("countries", "countries", ListWidget(Country, "code", lower=True), m2m_add=False)
    missions = fields.Field("missions", "missions", ListWidget(Mission, "slug"), m2m_add=False)
    agreements = fields.Field("agreements", "agreements", ListWidget(Agreement, "slug"), m2m_add=False)
    topics = fields.Field("topics", "topics", ListWidget(Topic, "slug"), m2m_add=False)
    source_urls = source_urls()

    dehydrate_date = partial_date("date", "date_precision")
    dehydrate_end_date = partial_date("end_date", "end_precision")

    class Meta:
        model = Event
        fields = (
            "slug",
            "title",
            "date",
            "end_date",
            "kind",
            "summary",
            "featured",
            "organizations",
            "countries",
            "missions",
            "agreements",
            "topics",
            "source_urls",
        )
        export_order = fields
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
