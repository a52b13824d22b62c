"""One search over every public record type, grouped by type and ranked.

The record types come from the registry (coop_site/records/registry.py) and what each result
card shows, already filtered for the public, from its app's `queries.CARDS`.

Ranking, in every database: an exact match of the acronym / short name / name comes first, then a
name that starts with the query, then everything else. On PostgreSQL the rest are matched and
ordered by full-text search (stemmed, names weighted above summaries) or by every word starting a
word of the text, both index-backed (GIN tsvector and pg_trgm indexes: catalog/migrations/0004_search_indexes.py,
timeline/migrations/0002_search_indexes.py); on SQLite by every word starting a word of the text, so
development and the test suite work without PostgreSQL ("ISS" never matches "Commission").

Besides its names and texts, a record type may match more text: its notes and its rows' text
(participants' contributions, signatory notes), as its app's `queries.search_extra()` gives them for
the public; that branch is a third part of the union, outside the indexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import connection
from django.db.models import Case, Expression, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import Col
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop

from coop_site.lib.filters import in_extra_q, search_filter, search_q
from coop_site.records.models import PUBLIC
from coop_site.records.registry import card_query, search_extra, searchable_types

MAX_QUERY_LENGTH = 200
RESULTS_PER_GROUP = 20


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    model: type
    names: list[str]  # matched exactly / by prefix; the first one orders ties
    texts: list[str]  # matched by words only
    list_url_name: str | None = None


def _target(model) -> Target:
    plural = str(model._meta.verbose_name_plural)
    list_url = getattr(model, "list_url_name", None)
    return Target(plural, plural.capitalize(), model, list(model.search_names), list(model.search_texts), list_url)


TARGETS = [_target(model) for model in searchable_types()]

# The group headings, translated when a page shows them (the registry names them in English).
GROUP_LABELS = [
    gettext_noop("Organizations"),
    gettext_noop("Countries"),
    gettext_noop("Missions"),
    gettext_noop("Agreements"),
    gettext_noop("Events"),
    gettext_noop("Topics"),
    gettext_noop("Guides"),
    gettext_noop("Questions"),
]


@dataclass
class SearchGroup:
    key: str
    label: str
    results: list = field(default_factory=list)
    has_more: bool = False
    more_url: str | None = None


def match_rank(names: list[str], query: str) -> Case:
    """0 for an exact name match, 1 for a name starting with the query, 2 otherwise."""
    exact = reduce(or_, (Q(**{f"{name}__iexact": query}) for name in names))
    prefix = reduce(or_, (Q(**{f"{name}__istartswith": query}) for name in names))
    return Case(When(exact, then=Value(0)), When(prefix, then=Value(1)), default=Value(2), output_field=IntegerField())


class StoredDocument(Expression):
    """The searched table's own `search_document` column (PostgreSQL only).

    A generated tsvector column equal to the weighted vector below (catalog.0008, timeline.0004),
    kept by PostgreSQL on every write and GIN-indexed: ranking reads it instead of computing
    to_tsvector() for every matching row. Models do not declare it (Django never writes it); this
    resolves to a column of the query's base table, so it follows the table's alias in subqueries.
    """

    output_field = SearchVectorField()

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        column = SearchVectorField()
        column.set_attributes_from_name("search_document")
        column.model = query.model
        return Col(query.get_initial_alias(), column)


def document(target: Target):
    """What full-text search matches and ranks: the stored document, or the vector computed per row."""
    if getattr(target.model, "stored_search_document", False):
        return StoredDocument()
    return SearchVector(*target.names, weight="A", config="english") + SearchVector(
        *target.texts, weight="B", config="english"
    )


def search_model(target: Target, query: str) -> QuerySet:
    queryset = card_query(target.model)(PUBLIC).annotate(match_rank=match_rank(target.names, query))
    fields = target.names + target.texts
    words = search_q(fields, query)
    extra = search_extra(target.model, PUBLIC)
    if connection.vendor != "postgresql":
        return search_filter(queryset, fields, query, extra).order_by("match_rank", target.names[-1])
    vector = document(target)
    text_query = SearchQuery(query, search_type="websearch", config="english")
    # Rows matching the full text OR every word, written as `id IN (text ids UNION word ids)` rather
    # than `vector @@ query OR words` so that neither side computes to_tsvector() on every row:
    # the text branch uses the GIN index on the stored document (or on this exact vector expression) and skips rows the words
    # already match (exclude; cheap LIKEs first when it must scan), the word branch uses the
    # trigram indexes on UPPER(column) (catalog/migrations/0004_search_indexes.py). Same rows,
    # same order as before; only the matches are ranked. Keep the vector in step with those indexes.
    base = target.model._default_manager.order_by()
    text_ids = base.annotate(search=vector).filter(search=text_query).exclude(words).values("pk")
    word_ids = base.filter(words).values("pk")
    matched = text_ids.union(word_ids)
    if extra:  # notes and rows' text: a third branch, over the rows with a word there (in_extra_q)
        matched = matched.union(
            base.filter(in_extra_q(target.model, query, extra), search_q(fields, query, extra)).values("pk")
        )
    return (
        queryset.annotate(search=vector, text_rank=SearchRank(vector, text_query))
        .filter(pk__in=matched)
        .order_by("match_rank", "-text_rank", target.names[-1])
    )


def search_all(query: str) -> list[SearchGroup]:
    """Groups (in TARGETS order) that have at least one result; one query per type."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if not query:
        return []
    groups = []
    for target in TARGETS:
        rows = list(search_model(target, query)[: RESULTS_PER_GROUP + 1])
        if not rows:
            continue
        more_url = f"{reverse(target.list_url_name)}?{urlencode({'q': query})}" if target.list_url_name else None
        groups.append(
            SearchGroup(
                target.key, gettext(target.label), rows[:RESULTS_PER_GROUP], len(rows) > RESULTS_PER_GROUP, more_url
            )
        )
    return groups
