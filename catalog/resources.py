"""CSV import/export (django-import-export) for signatories, organizations and events.

Rows are matched on their natural keys, so importing the same file twice changes nothing
(unchanged rows are skipped). Unknown references are row errors with a sentence, never a 500.
"""

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from catalog.loading import SIGNATORY_COLUMNS
from catalog.models import Agreement, Country, Mission, Organization, Signatory, Source, Topic
from coop_site.lib.dates import iso_partial, parse_partial
from timeline.models import Event

SEPARATOR = " | "


class LookupWidget(widgets.ForeignKeyWidget):
    """A foreign key given by slug/code; an unknown one is a row error that names it."""

    def __init__(self, model, field: str, lower: bool = False):
        super().__init__(model, field)
        self.lower = lower

    def clean(self, value, row=None, **kwargs):
        value = (str(value).strip() if value is not None else "").lower() if self.lower else (value or "").strip()
        if not value:
            return None
        try:
            return self.get_queryset(value, row).get(**{self.field: value})
        except self.model.DoesNotExist:
            raise ValueError(f"No {self.model._meta.verbose_name} with {self.field} “{value}”.") from None


class ListWidget(widgets.ManyToManyWidget):
    """Several slugs/codes/URLs joined by " | "; every one must exist already."""

    def __init__(self, model, field: str, lower: bool = False):
        super().__init__(model, separator="|", field=field)
        self.lower = lower

    def clean(self, value, row=None, **kwargs):
        keys = [key.strip() for key in str(value or "").split("|") if key.strip()]
        if self.lower:
            keys = [key.lower() for key in keys]
        found = {getattr(obj, self.field): obj for obj in self.model.objects.filter(**{f"{self.field}__in": keys})}
        missing = [key for key in keys if key not in found]
        if missing:
            noun = self.model._meta.verbose_name if len(missing) == 1 else self.model._meta.verbose_name_plural
            hint = " (add them as Sources first)" if self.model is Source else ""
            raise ValueError(f"Unknown {noun}: {', '.join(missing)}{hint}.")
        return [found[key] for key in keys]

    def render(self, value, obj=None, **kwargs):
        return SEPARATOR.join(str(getattr(item, self.field)) for item in value.all()) if value is not None else ""


class StrictResource(resources.ModelResource):
    """Checks the M2M columns before saving, so unknown references are validation errors of that row."""

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors.update(error.error_dict)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)


def source_urls() -> fields.Field:
    return fields.Field(attribute="sources", column_name="source_urls", widget=ListWidget(Source, "url"), m2m_add=False)


class SignatoryResource(StrictResource):
    """Columns: catalog.loading.SIGNATORY_COLUMNS, the format of fixtures/signatories/*.csv."""

    agreement = fields.Field("agreement", "agreement", LookupWidget(Agreement, "slug"))
    country = fields.Field("country", "country", LookupWidget(Country, "code", lower=True))
    organization = fields.Field("organization", "organization", LookupWidget(Organization, "slug"))
    signed_on = fields.Field("signed_on", "signed_on", widgets.DateWidget("%Y-%m-%d"))
    ratified_on = fields.Field("ratified_on", "ratified_on", widgets.DateWidget("%Y-%m-%d"))
    withdrawn_on = fields.Field("withdrawn_on", "withdrawn_on", widgets.DateWidget("%Y-%m-%d"))
    source_urls = source_urls()

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


class PartialDateMixin:
    """Dates at their precision: "1998", "2024-12" or "2025-11-02" set both the date and its precision."""

    partial_dates: dict[str, str] = {}  # column → precision attribute

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        for column, precision_attr in self.partial_dates.items():
            text = str(row.get(column) or "").strip()
            if not text:
                continue
            try:
                value, precision = parse_partial(text)
            except ValueError as error:
                errors[column] = ValidationError(str(error), code="invalid")
                continue
            row[column] = value.isoformat()
            setattr(instance, precision_attr, precision)
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors.update(error.error_dict)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        precisions_equal = all(
            getattr(instance, attr) == getattr(original, attr, None) for attr in self.partial_dates.values()
        )
        return precisions_equal and super().skip_row(instance, original, row, import_validation_errors)


def _partial(attr: str, precision_attr: str):
    def dehydrate(self, obj):
        return iso_partial(getattr(obj, attr), getattr(obj, precision_attr)) or ""

    return dehydrate


class OrganizationResource(PartialDateMixin, StrictResource):
    partial_dates = {"founded": "founded_precision"}

    country = fields.Field("country", "country", LookupWidget(Country, "code", lower=True))
    founded = fields.Field("founded", "founded", widgets.DateWidget("%Y-%m-%d"))
    member_countries = fields.Field(
        "member_countries", "member_countries", ListWidget(Country, "code", lower=True), m2m_add=False
    )
    topics = fields.Field("topics", "topics", ListWidget(Topic, "slug"), m2m_add=False)
    source_urls = source_urls()

    dehydrate_founded = _partial("founded", "founded_precision")

    class Meta:
        model = Organization
        fields = (
            "slug", "acronym", "name", "kind", "country", "founded", "website", "summary", "member_countries",
            "topics", "source_urls",
        )  # fmt: skip
        export_order = fields
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True


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

    dehydrate_date = _partial("date", "date_precision")
    dehydrate_end_date = _partial("end_date", "end_precision")

    class Meta:
        model = Event
        fields = (
            "slug", "title", "date", "end_date", "kind", "summary", "featured", "organizations", "countries",
            "missions", "agreements", "topics", "source_urls",
        )  # fmt: skip
        export_order = fields
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
