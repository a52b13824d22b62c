"""Filter building blocks shared by the catalog and timeline FilterSets."""

import calendar
import datetime
import re

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, ProhibitNullCharactersValidator
from django.db import connection
from django.db.models import Q

from coop_site.lib.dates import parse_partial

MIN_YEAR, MAX_YEAR = 1900, 2200


class PartialDateField(forms.CharField):
    """Accepts 2000, 2000-06 or 2000-06-30 and cleans to (first day, last day) of that period."""

    default_error_messages = {"invalid": "Enter a year (2000), a month (2000-06) or a date (2000-06-30)."}

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            first, precision = parse_partial(value)
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        if not MIN_YEAR <= first.year <= MAX_YEAR:
            raise forms.ValidationError(f"Enter a year between {MIN_YEAR} and {MAX_YEAR}.", code="invalid")
        if precision == "year":
            last = first.replace(month=12, day=31)
        elif precision == "month":
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        else:
            last = first
        return first, last


class PartialDateFilter(django_filters.Filter):
    """`after`: on or after the first day of the period; `before`: on or before its last day."""

    field_class = PartialDateField

    def __init__(self, *args, bound: str, **kwargs):
        self.bound = bound
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        first, last = value
        if self.bound == "after":
            return qs.filter(**{f"{self.field_name}__gte": first})
        return qs.filter(**{f"{self.field_name}__lte": last})


class YearField(forms.IntegerField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators += [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


class YearFilter(django_filters.Filter):
    """A whole year, compared on an indexed date column (no per-row year extraction)."""

    field_class = YearField

    def __init__(self, *args, bound: str, **kwargs):
        self.bound = bound
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        if self.bound == "from":
            return qs.filter(**{f"{self.field_name}__gte": datetime.date(value, 1, 1)})
        return qs.filter(**{f"{self.field_name}__lte": datetime.date(value, 12, 31)})


SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
CODE_PATTERN = r"^[A-Za-z]{2}$"
NO_MATCH = object()  # a well-formed key that names no (visible) record: the filter matches nothing


class NaturalKeyChoiceField(django_filters.fields.ModelChoiceField):
    """A record named by its slug: malformed is invalid (400); well-formed but unknown matches nothing."""

    pattern = SLUG_PATTERN
    malformed_message = "Enter a valid slug (letters, digits, hyphens and underscores)."

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not isinstance(value, str) or not re.fullmatch(self.pattern, value):
            raise forms.ValidationError(self.malformed_message, code="invalid_choice")
        try:
            return super().to_python(value)
        except forms.ValidationError:
            return NO_MATCH

    def validate(self, value):
        if value is not NO_MATCH:
            super().validate(value)


class LowercaseModelChoiceField(NaturalKeyChoiceField):
    """ISO codes are matched case-insensitively: ?country=IN and ?country=in are the same."""

    pattern = CODE_PATTERN
    malformed_message = "Enter a two-letter ISO 3166-1 code."

    def to_python(self, value):
        return super().to_python(value.lower() if isinstance(value, str) else value)


class NaturalKeyFilter(django_filters.ModelChoiceFilter):
    """Filter by a linked record's slug; a well-formed slug that names no record gives an empty list."""

    field_class = NaturalKeyChoiceField

    def filter(self, qs, value):
        if value is NO_MATCH:
            return qs.none()
        return super().filter(qs, value)


class CodeFilter(NaturalKeyFilter):
    field_class = LowercaseModelChoiceField


def search_q(fields: list[str], text: str) -> Q:
    """Every word must appear in one of `fields` (case-insensitive).

    On PostgreSQL a word is matched by `icontains` (backed by the trigram indexes of
    catalog/migrations/0004_search_indexes.py; the full-text branch of coop_site/search.py matches
    whole words). Elsewhere (SQLite) a word must start a word of the text, so "ISS" finds "ISS" and
    "ISS-based" but not "Mission" or "Commission".
    """
    vendor = connection.vendor
    query = Q()
    for word in text.split():
        word_q = Q()
        for field in fields:
            if vendor == "postgresql":
                word_q |= Q(**{f"{field}__icontains": word})
            else:
                word_q |= Q(**{f"{field}__iregex": rf"(^|\W){re.escape(word)}"})
        query &= word_q
    return query


class SearchTextField(forms.CharField):
    """Search text: a NUL character (which the schema's plain string allows) is dropped, not refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]

    def to_python(self, value):
        return super().to_python(value.replace("\x00", "") if isinstance(value, str) else value)


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


_REQUEST_USER = object()


class ApiStrictFilterSet(django_filters.FilterSet):
    """On the API, a parameter is what the schema says or a 400; HTML forms stay forgiving.

    A filter given empty is a 400 there (a blank is neither an enum value, a date nor a slug),
    except `blank_allowed`; a boolean is `true` or `false`, nothing else (django-filter alone reads
    `?featured=null` or `?featured=yes` as "no filter"). HTML forms submit blank fields, so the pages
    keep ignoring them.
    """

    blank_allowed = frozenset({"q", "ordering"})  # `ordering=`: an empty list of sort keys

    def is_valid(self):
        valid = super().is_valid()
        if valid and self._is_api():
            for name, filter_ in self.filters.items():
                if name not in self.data:
                    continue
                value = self.data.get(name)
                if name not in self.blank_allowed and value == "":
                    self.form.add_error(name, "Leave this parameter out rather than sending it empty.")
                    valid = False
                elif isinstance(filter_, django_filters.BooleanFilter) and value not in ("true", "false"):
                    self.form.add_error(name, "Enter true or false.")
                    valid = False
        return valid

    def _is_api(self) -> bool:
        return hasattr(self.request, "query_params")  # a REST framework request


class AtlasFilterSet(ApiStrictFilterSet):
    """Base: `q` search over `search_fields` and `updated_after` for incremental sync.

    `viewer` is whom derived values (counts) are computed for: the request's user by default
    (the API), or the one a page passes (list pages read as the anonymous public).
    """

    search_fields: list[str] = []

    def __init__(self, *args, viewer=_REQUEST_USER, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = getattr(self.request, "user", None) if viewer is _REQUEST_USER else viewer

    q = SearchTextFilter(method="filter_q", label="Search", max_length=200)
    updated_after = django_filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", label="Updated at or after (ISO 8601 date-time)"
    )

    def filter_q(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(search_q(self.search_fields, value))
