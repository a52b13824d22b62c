"""/search/?q=: one search over every record type, grouped and ranked, on SQLite and PostgreSQL."""

import pytest
from django.db import connection
from django.urls import reverse

from catalog.models import Status
from coop_site.search import search_all
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
SEARCH = reverse("catalog:search")


@pytest.fixture
def iss_records():
    iss = MissionFactory(name="International Space Station", short_name="ISS", slug="iss")
    MissionFactory(name="ISSAT demonstrator", short_name="ISSAT")
    MissionFactory(name="Columbus", summary="European laboratory module of the ISS.")
    EventFactory(title="First ISS module launched")
    return iss


def test_search_finds_records_of_every_type_grouped_by_type(client, iss_records):
    OrganizationFactory(name="Canadian Space Agency", acronym="CSA", summary="Built Canadarm2 for the station.")
    CountryFactory(code="ca", name="Canada")
    AgreementFactory(name="Intergovernmental Agreement on Space Station Cooperation", short_name="IGA")
    TopicFactory(name="Space stations")
    response = client.get(SEARCH, {"q": "station"})
    assert response.status_code == 200
    for heading in ("Organizations", "Missions", "Agreements", "Topics"):
        assert f'-heading">{heading}</h2>' in response.text
    assert "Canadian Space Agency" in response.text and "Intergovernmental Agreement" in response.text


def test_exact_acronym_ranks_first_then_prefix_then_contains(iss_records):
    missions = next(group for group in search_all("ISS") if group.key == "missions").results
    names = [mission.name for mission in missions]
    assert names[0] == "International Space Station"
    assert names[1] == "ISSAT demonstrator"
    assert "Columbus" in names[2:]


def test_search_finds_countries_by_iso_code_first(client):
    CountryFactory(code="in", name="India")
    CountryFactory(code="ar", name="Argentina")
    countries = next(group for group in search_all("in") if group.key == "countries").results
    assert countries[0].name == "India"


def test_search_never_returns_drafts(client):
    MissionFactory(name="Secret Station", publication_status=Status.DRAFT)
    EventFactory(title="Secret Station docking", publication_status=Status.DRAFT)
    response = client.get(SEARCH, {"q": "Secret"})
    assert "Secret Station" not in response.text.split("</form>", 2)[-1]
    assert "Nothing in the Atlas matches" in response.text


def test_empty_search_shows_the_form_and_a_hint(client):
    response = client.get(SEARCH, {"q": "   "})
    assert response.status_code == 200 and "Type a name, an acronym or a word" in response.text


def test_over_long_search_is_a_400_that_says_the_limit(client):
    response = client.get(SEARCH, {"q": "x" * 500})
    assert response.status_code == 400 and "the limit is 200" in response.text


def test_search_query_is_escaped(client):
    response = client.get(SEARCH, {"q": "<b>ISS</b>"})
    assert "<b>ISS</b>" not in response.text and "&lt;b&gt;ISS&lt;/b&gt;" in response.text


def test_search_links_to_the_filtered_list_when_a_group_is_long(client):
    MissionFactory.create_batch(21, summary="A lunar mission")
    response = client.get(SEARCH, {"q": "lunar"})
    assert "/missions/?q=lunar" in response.text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL only")
def test_postgresql_full_text_search_matches_word_forms(iss_records):
    MissionFactory(name="Gateway", summary="Lunar orbiting stations built by several agencies.")
    missions = next(group for group in search_all("station") if group.key == "missions").results
    assert "Gateway" in [mission.name for mission in missions]  # "station" matches "stations" (stemmed)


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the icontains fallback runs on SQLite")
def test_sqlite_fallback_requires_every_word(iss_records):
    missions = next(group for group in search_all("European module") if group.key == "missions").results
    assert [mission.name for mission in missions] == ["Columbus"]


def test_search_runs_one_query_per_record_type(client, django_assert_num_queries, iss_records):
    # organizations, countries, missions (+1 for their lead organizations), agreements, events, topics,
    # guides, questions: notes and rows' text are subqueries of their record type's one query.
    with django_assert_num_queries(9):
        client.get(SEARCH, {"q": "ISS"})
    MissionFactory.create_batch(30, summary="ISS hardware")
    ParticipationFactory.create_batch(5, contribution="ISS hardware")
    with django_assert_num_queries(9):
        client.get(SEARCH, {"q": "ISS"})


def test_a_null_character_in_the_search_is_a_400_not_a_server_error(client):
    response = client.get(reverse("catalog:search"), {"q": "ISS\x00"})
    assert response.status_code == 400
    assert "null character" in response.content.decode()
