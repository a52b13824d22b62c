"""Filter building blocks shared by the catalog and timeline FilterSets."""

import calendar
import datetime
import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, ProhibitNullCharactersValidator
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from coop_site.lib import trigram
from coop_site.lib.dates import parse_partial

MIN_YEAR, MAX_YEAR = 1900, 2200

# The sort orders' names on the pages, in the visitor's language (the API's values stay the keys).
ORDER_LABELS = {
    "name": _("Name"),
    "acronym": _("Acronym"),
    "founded": _("Founded"),
    "code": _("Code"),
    "region": _("Region"),
    "start_date": _("Start date"),
    "end_date": _("End date"),
    "opened_for_signature": _("Opened for signature"),
    "entered_into_force": _("Entered into force"),
    "signatory_count": _("Signatory count"),
    "order": _("Order"),
    "title": _("Title"),
    "question": _("Question"),
    "date": _("Date"),
    "updated_at": _("Updated at"),
}


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's ordering with translated labels: "Name", "Name (descending)" stay lazy, so each
    page shows them in its language (django-filter formats the descending label once, at import)."""

    def build_choices(self, fields, labels):
        labels = {**ORDER_LABELS, **labels}
        choices = []
        for param in fields.values():
            label = labels.get(param, param)
            choices += [(param, label), (f"-{param}", format_lazy(_("{label} (descending)"), label=label))]
        return choices


class PartialDateField(forms.CharField):
    """Accepts 2000, 2000-06 or 2000-06-30 and cleans to (first day, last day) of that period."""

    default_error_messages = {"invalid": _("Enter a year (2000), a month (2000-06) or a date (2000-06-30).")}

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            first, precision = parse_partial(value)
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        if not MIN_YEAR <= first.year <= MAX_YEAR:
            raise forms.ValidationError(
                _("Enter a year between %(min)s and %(max)s.") % {"min": MIN_YEAR, "max": MAX_YEAR}, code="invalid"
            )
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
    malformed_message = _("Enter a valid slug (letters, digits, hyphens and underscores).")

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
    malformed_message = _("Enter a two-letter ISO 3166-1 code.")

    def to_python(self, value):
        return super().to_python(value.lower() if isinstance(value, str) else value)

    def label_from_instance(self, obj) -> str:
        # A record with a name in the visitor's language (a country's, from CLDR) shows that name.
        return getattr(obj, "local_name", None) or str(obj)


class NaturalKeyFilter(django_filters.ModelChoiceFilter):
    """Filter by a linked record's slug; a well-formed slug that names no record gives an empty list."""

    field_class = NaturalKeyChoiceField

    def filter(self, qs, value):
        if value is NO_MATCH:
            return qs.none()
        return super().filter(qs, value)


class CodeFilter(NaturalKeyFilter):
    field_class = LowercaseModelChoiceField


@dataclass(frozen=True)
class RelatedText:
    """Text of rows that belong to a searched record (e.g. participations' contributions of a mission).

    `rows` is already limited to the rows the viewer may see (built in an app's queries.py), so a
    row of a draft never makes its record findable; `link` is the rows' field naming the record.
    """

    rows: QuerySet
    link: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ExtraText:
    """What a search matches besides the indexed names and texts: more of the record's own fields
    (notes, status notes) and the text of its rows."""

    fields: tuple[str, ...] = ()
    related: tuple[RelatedText, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.fields or self.related)


def word_q(field: str, word: str) -> Q:
    """`word` starts a word of `field` (case-insensitive): "ISS" finds "ISS" and "ISS-based", not "Mission".

    On PostgreSQL the same word-start regular expression is checked after an `icontains` that the
    trigram indexes on UPPER(column) serve (catalog/migrations/0004_search_indexes.py), so the index
    still narrows the rows; on SQLite the trigram index narrows them (coop_site/lib/trigram.py).
    """
    pattern = rf"(^|\W){re.escape(word)}"
    if connection.vendor == "postgresql":  # the usual word starts first (see below), then the expression
        starts = Q(**{f"{field}__istartswith": word}) | Q(**{f"{field}__icontains": f" {word}"})
        return Q(**{f"{field}__icontains": word}) & (starts | Q(**{f"{field}__iregex": pattern}))
    # SQLite runs the regular expression in Python, row by row. The usual ways a word starts a word
    # (the text starts with it, or a space precedes it) are tested first with LIKE, in C; each implies
    # the expression, which is only asked about the rest (no effect on which rows match).
    return (
        Q(**{f"{field}__istartswith": word})
        | Q(**{f"{field}__icontains": f" {word}"})
        | Q(**{f"{field}__iregex": pattern})
    )


def search_q(fields: list[str], text: str, extra: ExtraText | None = None) -> Q:
    """Every word must start a word of one of `fields` (or of `extra`'s fields and visible rows)."""
    query = Q()
    for word in text.split():
        matched = Q()
        for field in [*fields, *(extra.fields if extra else ())]:
            matched |= word_q(field, word)
        for related in extra.related if extra else ():
            in_row = Q()
            for field in related.fields:
                in_row |= word_q(field, word)
            matched |= Exists(related.rows.filter(in_row, **{related.link: OuterRef("pk")}))
        query &= matched
    return query


def index_q(model, fields: list[str], text: str, extra: ExtraText | None = None) -> Q:
    """SQLite: only rows whose indexed text contains every word of three characters or more
    (coop_site/lib/trigram.py), where the indexes hold every field searched; no condition otherwise.

    With `extra`, a word may be in the extra fields or rows' text too, and a row must have at least
    one word there: a row with every word in its own fields is the first branch's.
    """
    extra = extra or ExtraText()
    related = [(rows.rows.model, rows.link) for rows in extra.related]
    if not trigram.covers(model, [*fields, *extra.fields]) or not all(
        trigram.covers(rows.rows.model, rows.fields) for rows in extra.related
    ):
        return Q()
    if extra:  # the rows with a word in their extra text: usually few, so asked alone
        in_extra = trigram.narrowing_any(model, text.split(), extra.fields, related)
        if in_extra is not None:
            return in_extra
    narrowed = Q()
    for word in text.split():
        condition = trigram.narrowing(model, word, related)
        if condition is not None:
            narrowed &= condition
    return narrowed


def in_extra_q(model, text: str, extra: ExtraText) -> Q:
    """PostgreSQL: only rows with at least one word of `text` in their extra fields or in the text of
    one of their rows (`icontains`, which the trigram indexes of catalog.0010 serve), written as
    `pk IN (a union of index scans)`. A row with every word in its own fields is found by the
    search's indexed branches; this narrows the extra branch to the rows it can add. On SQLite the
    trigram index does the same (`index_q`)."""
    base = model._default_manager.order_by()
    parts = []
    for word in text.split():
        for name in extra.fields:
            parts.append(base.filter(**{f"{name}__icontains": word}).values("pk"))
        for related in extra.related:
            contains = Q()
            for name in related.fields:
                contains |= Q(**{f"{name}__icontains": word})
            parts.append(related.rows.model._default_manager.order_by().filter(contains).values(related.link))
    if not parts:
        return Q()
    return Q(pk__in=parts[0].union(*parts[1:]))


def search_filter(queryset: QuerySet, fields: list[str], text: str, extra: ExtraText | None = None) -> QuerySet:
    """`queryset` rows matching `text`: by their own indexed fields, or (a second branch) with `extra`
    too. Written as `pk IN (own ids UNION extra ids)` so the first branch keeps its indexes (on
    PostgreSQL the second is unindexed; on SQLite both are narrowed by the trigram index)."""
    own = index_q(queryset.model, fields, text) & search_q(fields, text)  # the index first: it drives
    if not extra:
        return queryset.filter(own)
    base = queryset.model._default_manager.order_by()
    narrowed = in_extra_q(queryset.model, text, extra) if connection.vendor == "postgresql" else Q()
    with_extra = narrowed & index_q(queryset.model, fields, text, extra) & search_q(fields, text, extra)
    ids = base.filter(own).values("pk").union(base.filter(with_extra).values("pk"))
    return queryset.filter(pk__in=ids)


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

    q = SearchTextFilter(method="filter_q", label=_("Search"), max_length=200)
    updated_after = django_filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", label=_("Updated at or after (ISO 8601 date-time)")
    )

    def search_extra(self) -> ExtraText | None:
        """More text `q` matches (notes, rows' text), as the viewer may see it; see catalog/filters.py."""
        return None

    def filter_q(self, queryset, name, value):
        if not value.strip():
            return queryset
        return search_filter(queryset, self.search_fields, value, self.search_extra())
