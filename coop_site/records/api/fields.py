"""Serializer fields shared by every record type's API."""

import copy
import re

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail
from rest_framework.fields import empty
from rest_framework.relations import MANY_RELATION_KWARGS
from rest_framework.settings import api_settings

from coop_site.lib.dates import iso_partial, parse_partial
from coop_site.records.models import sees_drafts, source_model

from .exceptions import CLASH, RULE
from .schema import CODE_PATTERN, PARTIAL_DATE_PATTERN, SLUG_PATTERN

MAX_INT = 2_147_483_647


# --- strict JSON types: the schema says string, boolean or integer, and so does the API ----------------
# REST framework coerces by default (`"binding": 0` becomes False, `"title": 5` becomes "5"); the API reads
# JSON only (settings: DEFAULT_PARSER_CLASSES), so a value of another JSON type is simply wrong: a 400.
# `\s` and str.strip() (REST framework trims strings) agree on what is blank. NO_NUL_PATTERN leaves the
# empty string to the other branch of the `oneOf` drf-spectacular writes for a field that may be blank.
NO_NUL_PATTERN = r"^[^\u0000]+$"
NOT_BLANK_PATTERN = r"^[^\u0000]*[^\s\u0000][^\u0000]*$"
_OCTET = r"(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,34}[A-Za-z0-9])?"
_PORT = r"(?::(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
_PCHAR = r"(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})"
# An http(s) URL that both Django's URLValidator and the OpenAPI `uri` format (RFC 3986) accept, every
# time: a host name of up to five labels and a top-level domain (under 253 characters) or an IPv4
# address, an optional port, then path, query and fragment in RFC 3986 characters. Every URL in
# fixtures/ fits (tests/api/test_contract_bodies.py checks both claims). drf-spectacular writes `\Z` as `$`.
URL_PATTERN = (
    rf"^https?://(?:(?:{_LABEL}\.){{1,5}}[A-Za-z]{{2,63}}\.?|{_OCTET}(?:\.{_OCTET}){{3}}){_PORT}"
    rf"(?:/(?:{_PCHAR}|/)*)?(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?\Z"
)


class StrictStringMixin:
    """Only a JSON string, and the schema says what else the field refuses (NUL, a blank)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if not any(isinstance(validator, RegexValidator) for validator in self.validators):
            pattern = NO_NUL_PATTERN if self.allow_blank else NOT_BLANK_PATTERN
            self.validators.append(RegexValidator(pattern, "Enter text without NUL characters, not blank."))

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictCharField(StrictStringMixin, serializers.CharField):
    default_error_messages = {"invalid": "Enter a string."}


class StrictSlugField(StrictStringMixin, serializers.SlugField):
    pass


class StrictURLField(StrictStringMixin, serializers.URLField):
    """An http(s) URL in the shape URL_PATTERN states (the schema's `pattern`)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.insert(0, RegexValidator(URL_PATTERN, "Enter an http(s) URL with a host name."))


class StrictBooleanField(serializers.BooleanField):
    default_error_messages = {"invalid": "Enter true or false (a JSON boolean)."}

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class StrictIntegerField(serializers.IntegerField):
    default_error_messages = {"invalid": "Enter a whole number (a JSON integer)."}

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


STRICT_FIELD_MAPPING = {
    **serializers.ModelSerializer.serializer_field_mapping,
    models.CharField: StrictCharField,
    models.TextField: StrictCharField,
    models.SlugField: StrictSlugField,
    models.URLField: StrictURLField,
    models.BooleanField: StrictBooleanField,
    models.IntegerField: StrictIntegerField,
    models.SmallIntegerField: StrictIntegerField,
    models.BigIntegerField: StrictIntegerField,
    models.PositiveIntegerField: StrictIntegerField,
    models.PositiveSmallIntegerField: StrictIntegerField,
    models.PositiveBigIntegerField: StrictIntegerField,
}


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


class StrictManyRelatedField(serializers.ManyRelatedField):
    """A JSON array of links; REST framework alone takes any iterable (`{}` reads as no links)."""

    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_a_list", input_type=type(data).__name__)
        return super().to_internal_value(data)


@extend_schema_field({"type": "string", "pattern": SLUG_PATTERN, "description": "A record's slug."})
class StrictSlugRelatedField(serializers.SlugRelatedField):
    """A link to a record by slug, as the schema says: a malformed slug (not a string, empty, NUL,
    other characters) is a 400; a well-formed one that names no record is a 422 (exceptions.py)."""

    pattern = SLUG_PATTERN
    default_error_messages = {"invalid": "Enter a valid slug (letters, digits, hyphens and underscores)."}

    @classmethod
    def many_init(cls, *args, **kwargs):
        list_kwargs = {key: value for key, value in kwargs.items() if key in MANY_RELATION_KWARGS}
        return StrictManyRelatedField(child_relation=cls(*args, **kwargs), **list_kwargs)

    def run_validation(self, data=empty):
        if data == "":  # REST framework reads "" as null (an HTML form's empty choice); JSON says null
            self.fail("invalid")
        return super().run_validation(data)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not re.fullmatch(self.pattern, data):
            self.fail("invalid")
        return super().to_internal_value(data)


class VisibleSlugRelatedField(StrictSlugRelatedField):
    """A link to another curated record, shown as null to visitors while that record is a draft."""

    def to_representation(self, obj):
        if not obj.is_published and not sees_drafts(self.context["request"].user):
            return None
        return super().to_representation(obj)


@extend_schema_field(
    {"type": "string", "pattern": CODE_PATTERN, "description": "ISO 3166-1 alpha-2 code, either case (e.g. 'in')."}
)
class CountryCodeField(VisibleSlugRelatedField):
    """A country by ISO code; accepts upper case (IN) as well as lower case (in)."""

    pattern = CODE_PATTERN
    default_error_messages = {"invalid": "Enter a two-letter ISO 3166-1 code."}

    def __init__(self, **kwargs):
        kwargs.setdefault("slug_field", "code")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        return super().to_internal_value(data.lower() if isinstance(data, str) else data)


class SourceSerializer(serializers.Serializer):
    """A cited source. On writes, an existing source with the same URL is reused as it is."""

    title = StrictCharField(max_length=300)
    url = StrictURLField(max_length=500)
    publisher = StrictCharField(max_length=200, allow_blank=True, required=False, default="")

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
    """Run the model's own validation (fields, clean(), constraints, uniqueness) on the edited record.

    Works on a copy, so a refused edit leaves the instance the view loaded untouched. The errors
    carry codes the API's exception handler answers by (exceptions.py): what the schema can say (a
    field's type, length, choices) keeps its own code and is a 400; a rule between fields the schema
    cannot state (an end before its start) is `rule`, a 422; a clash with a stored record (a slug
    or a signatory already there) is `unique`, a 409.
    """
    candidate = copy.copy(instance)
    for name, value in attrs.items():
        if name not in skip:
            setattr(candidate, name, value)
    try:
        candidate.clean_fields()
    except DjangoValidationError as exc:
        raise serializers.ValidationError(serializers.as_serializer_error(exc)) from exc
    errors: dict[str, list] = {}

    def collect(check, code: str) -> None:
        try:
            check()
        except DjangoValidationError as exc:
            for field, field_errors in exc.update_error_dict({}).items():
                key = api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field
                errors.setdefault(key, []).extend(ErrorDetail(message, code) for e in field_errors for message in e)

    collect(candidate.clean, RULE)
    # As Model.full_clean(): a field clean() refused is not checked again by uniqueness and constraints.
    exclude = {name for name in errors if name != api_settings.NON_FIELD_ERRORS_KEY}
    collect(lambda: candidate.validate_unique(exclude=exclude), CLASH)
    for model_class, constraints in candidate.get_constraints():
        for constraint in constraints:
            code = CLASH if isinstance(constraint, models.UniqueConstraint) else RULE
            collect(lambda c=constraint, m=model_class: c.validate(m, candidate, exclude=exclude), code)
    if errors:
        raise serializers.ValidationError(errors)
    return candidate
