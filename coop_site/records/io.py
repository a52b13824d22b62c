"""Import-export building blocks (django-import-export) shared by every record type's CSV columns.

Rows are matched on their natural keys, so importing the same file twice changes nothing
(unchanged rows are skipped). Unknown references are row errors with a sentence, never a 500.
"""

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from coop_site.lib.dates import iso_partial, parse_partial

from .models import source_model

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
            hint = " (add them as Sources first)" if self.model is source_model() else ""
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
    return fields.Field(
        attribute="sources", column_name="source_urls", widget=ListWidget(source_model(), "url"), m2m_add=False
    )


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


def partial_date(attr: str, precision_attr: str):
    def dehydrate(self, obj):
        return iso_partial(getattr(obj, attr), getattr(obj, precision_attr)) or ""

    return dehydrate
