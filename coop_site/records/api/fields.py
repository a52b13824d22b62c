"""Serializer fields shared by every record type's API."""

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coop_site.lib.dates import iso_partial, parse_partial
from coop_site.records.models import sees_drafts, source_model

from .schema import PARTIAL_DATE_PATTERN

MAX_INT = 2_147_483_647


class ApiUrlField(serializers.HyperlinkedIdentityField):
    """The record's API URL, without DRF's habit of carrying `?format=` over (CSV cells stay clean)."""

    def get_url(self, obj, view_name, request, format):
        lookup = {self.lookup_url_kwarg: getattr(obj, self.lookup_field)}
        return request.build_absolute_uri(reverse(view_name, kwargs=lookup))


@extend_schema_field({"type": "string", "format": "uri"})
class RowUrlField(serializers.Field):
    """The API URL of a row that lives under its parent: `/api/v1/agreements/<slug>/signatories/<id>/`.

    Reads the parent through the row's foreign key, which the views and prefetches fill in, so
    building the URL costs no query.
    """

    def __init__(self, view_name: str, parent_field: str, **kwargs):
        self.view_name, self.parent_field = view_name, parent_field
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, instance) -> str:
        parent = getattr(instance, self.parent_field)
        path = reverse(self.view_name, kwargs={"slug": parent.slug, "id": instance.pk})
        return self.context["request"].build_absolute_uri(path)


def web_path(obj) -> str:
    return obj.get_absolute_url()


_PARTIAL_SCHEMA = {
    "type": "string",
    "pattern": PARTIAL_DATE_PATTERN,
    "description": "A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
    "example": "1998-11-20",
}


@extend_schema_field(_PARTIAL_SCHEMA)
class PartialDateField(serializers.Field):
    """A date known to the year, month or day, stored as two model fields (date + precision).

    Reads and writes "1998", "2024-12" or "2025-11-02"; the precision follows from the text.
    """

    default_error_messages = {"invalid": "Enter a year (1998), a month (2024-12) or a date (2025-11-02)."}

    def __init__(self, date_field: str, precision_field: str, **kwargs):
        self.date_field, self.precision_field = date_field, precision_field
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def validate_empty_values(self, data):
        if data in (None, "") and self.allow_null:
            return True, {self.date_field: None}
        return super().validate_empty_values(data)

    def to_internal_value(self, data) -> dict:
        if not isinstance(data, str):
            self.fail("invalid")
        try:
            value, precision = parse_partial(data)
        except (ValueError, OverflowError):
            self.fail("invalid")
        return {self.date_field: value, self.precision_field: precision}

    def to_representation(self, instance) -> str | None:
        return iso_partial(getattr(instance, self.date_field), getattr(instance, self.precision_field))


@extend_schema_field({**_PARTIAL_SCHEMA, "nullable": True})
class NullablePartialDateField(PartialDateField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)


class StrictSlugRelatedField(serializers.SlugRelatedField):
    """A SlugRelatedField that refuses NUL characters with a 400 (PostgreSQL raises on them: a 500)."""

    def to_internal_value(self, data):
        if isinstance(data, str) and "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)


class VisibleSlugRelatedField(StrictSlugRelatedField):
    """A link to another curated record, shown as null to visitors while that record is a draft."""

    def to_representation(self, obj):
        if not obj.is_published and not sees_drafts(self.context["request"].user):
            return None
        return super().to_representation(obj)


class CountryCodeField(VisibleSlugRelatedField):
    """A country by ISO code; accepts upper case (IN) as well as lower case (in)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("slug_field", "code")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        return super().to_internal_value(data.lower() if isinstance(data, str) else data)


class SourceSerializer(serializers.Serializer):
    """A cited source. On writes, an existing source with the same URL is reused as it is."""

    title = serializers.CharField(max_length=300)
    url = serializers.URLField(max_length=500)
    publisher = serializers.CharField(max_length=200, allow_blank=True, required=False, default="")

    def to_representation(self, instance) -> dict:
        return {"title": instance.title, "url": instance.url, "publisher": instance.publisher}


def save_sources(items: list[dict]) -> list:
    sources = []
    for item in items:
        source, _ = source_model().objects.get_or_create(
            url=item["url"], defaults={"title": item["title"], "publisher": item.get("publisher", "")}
        )
        sources.append(source)
    return sources


def full_clean_candidate(instance, attrs: dict, skip: set[str]):
    """Run the model's own validation (clean(), constraints, uniqueness) on the edited record.

    Works on a copy, so a refused edit leaves the instance the view loaded untouched.
    """
    candidate = copy.copy(instance)
    for name, value in attrs.items():
        if name not in skip:
            setattr(candidate, name, value)
    try:
        candidate.full_clean()
    except DjangoValidationError as exc:
        raise serializers.ValidationError(serializers.as_serializer_error(exc)) from exc
    return candidate
