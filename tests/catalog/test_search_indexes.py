"""The PostgreSQL indexes behind search (catalog.0004 / timeline.0002) exist, match the queries, and change no result.

The indexes are expression indexes: the planner only uses them while the expressions in
coop_site/search.py and coop_site/lib/filters.py stay identical to the ones in the migrations, so
these tests EXPLAIN the real queries. `enable_seqscan = off` makes the planner show whether an
index *can* serve the query; on the small test tables it would rightly prefer a sequential scan.
"""

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q

from catalog.models import Mission
from coop_site.lib.filters import search_q
from coop_site.search import TARGETS, StoredDocument, match_rank, search_model
from tests.factories import EventFactory, MissionFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the search indexes are PostgreSQL-only (GIN tsvector and pg_trgm)"
)


def full_text_index(target) -> str:
    """The GIN index on the stored document (catalog.0008, timeline.0004), else on the vector expression."""
    table = target.model._meta.db_table
    return (
        f"{table}_search_document" if getattr(target.model, "stored_search_document", False) else f"{table}_search_fts"
    )


def expected_indexes(target) -> set[str]:
    table = target.model._meta.db_table
    return {full_text_index(target)} | {f"{table}_{column}_trgm" for column in target.names + target.texts}


def existing_indexes() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {row[0] for row in cursor.fetchall()}


def explain_without_seqscan(queryset) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test runs in a transaction
    try:
        return queryset.explain()
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = on")


@postgresql_only
def test_pg_trgm_is_installed():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() is not None


@postgresql_only
@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.key)
def test_every_searched_table_has_its_indexes(target):
    assert expected_indexes(target) <= existing_indexes()


@postgresql_only
@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.key)
def test_search_query_uses_the_full_text_and_trigram_indexes(target):
    plan = explain_without_seqscan(search_model(target, "station")[:21])
    table = target.model._meta.db_table
    assert f"Bitmap Index Scan on {full_text_index(target)}" in plan, plan
    for column in target.names + target.texts:
        assert f"Bitmap Index Scan on {table}_{column}_trgm" in plan, plan


@postgresql_only
def test_list_q_filter_uses_the_trigram_indexes():
    fields = ["name", "short_name", "summary", "destination"]  # MissionFilter.search_fields
    plan = explain_without_seqscan(Mission.objects.filter(search_q(fields, "lunar gateway")).order_by())
    assert "BitmapOr" in plan, plan
    for column in fields:
        assert f"Bitmap Index Scan on catalog_mission_{column}_trgm" in plan, plan


@postgresql_only
@pytest.mark.parametrize("query", ["station", "ISS", "lunar station", "launches", "in", "module 2"])
def test_results_and_order_are_those_of_the_unindexed_query(query):
    """search_model's `id IN (text ids UNION word ids)` returns what `vector @@ query OR words` did."""
    MissionFactory(name="International Space Station", short_name="ISS", summary="Crewed station in low orbit.")
    MissionFactory(name="ISSAT demonstrator", short_name="ISSAT")
    MissionFactory(name="Columbus", summary="European laboratory module of the ISS, launched in 2008.")
    MissionFactory(name="Gateway", summary="Lunar orbiting stations.", destination="Moon")
    MissionFactory(name="Module 2", summary="")
    OrganizationFactory(name="Indian Space Research Organisation", acronym="ISRO", summary="Launches PSLV.")
    EventFactory(title="First ISS module launched", summary="Zarya reached orbit.")
    for target in TARGETS:
        vector = SearchVector(*target.names, weight="A", config="english") + SearchVector(
            *target.texts, weight="B", config="english"
        )
        text_query = SearchQuery(query, search_type="websearch", config="english")
        unindexed = (
            target.model.objects.published()
            .annotate(
                match_rank=match_rank(target.names, query), search=vector, text_rank=SearchRank(vector, text_query)
            )
            .filter(Q(search=text_query) | search_q(target.names + target.texts, query))
            .order_by("match_rank", "-text_rank", target.names[-1], "pk")
        )
        indexed = search_model(target, query).order_by("match_rank", "-text_rank", target.names[-1], "pk")
        assert list(indexed.values_list("pk", flat=True)) == list(unindexed.values_list("pk", flat=True)), target.key


@postgresql_only
@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.key)
def test_stored_document_is_the_weighted_vector_of_the_row(target):
    """The generated column equals the vector search.py would compute, after an insert and an update."""
    if not getattr(target.model, "stored_search_document", False):
        pytest.skip("searched by the vector expression")
    MissionFactory(name="International Space Station", short_name="ISS", summary="Crewed station.")
    OrganizationFactory(name="Indian Space Research Organisation", acronym="ISRO", summary="Launches PSLV.")
    EventFactory(title="First ISS module launched", summary="Zarya reached orbit.")
    target.model.objects.update(**{target.names[-1]: "Renamed lunar gateway"})
    vector = SearchVector(*target.names, weight="A", config="english") + SearchVector(
        *target.texts, weight="B", config="english"
    )
    rows = target.model.objects.annotate(stored=StoredDocument(), computed=vector).values_list("stored", "computed")
    for stored, computed in rows:
        assert stored == computed and "renam" in stored


@pytest.mark.skipif(connection.vendor == "postgresql", reason="checks that the migrations are no-ops on SQLite")
def test_search_index_migrations_create_nothing_on_sqlite():
    for target in TARGETS:
        assert not expected_indexes(target) & existing_indexes()


@postgresql_only
def test_the_extra_text_search_matches_has_trigram_indexes():
    """catalog.0010: notes and rows' text, which search's third branch asks first (in_extra_q)."""
    expected = {
        "catalog_mission_status_note_trgm",
        "catalog_country_notes_trgm",
        "catalog_participation_contribution_trgm",
        "catalog_membership_notes_trgm",
        "catalog_signatory_notes_trgm",
    }
    assert expected <= existing_indexes()
