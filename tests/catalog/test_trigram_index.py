"""SQLite's trigram indexes (coop_site/lib/trigram.py): they exist after migrate, follow every write,
narrow public and admin search through the index, and never change a result."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import Mission, Participation
from coop_site.lib import trigram
from coop_site.search import search_all
from tests import factories as f
from timeline.models import Event

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL has pg_trgm indexes instead"),
]


def indexed_ids(model, text: str) -> set[int]:
    name = trigram.table(model)
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH %s', ['"' + text + '"'])  # noqa: S608
        return {row[0] for row in cursor.fetchall()}


def found(key: str, query: str) -> list[str]:
    groups = {group.key: group for group in search_all(query)}
    return [r.slug for r in groups[key].results] if key in groups else []


def test_every_searched_table_and_row_table_has_its_index_after_migrate():
    expected = {trigram.table(model) for model in trigram.specs()}
    assert {"timeline_event_trigram", "catalog_mission_trigram", "catalog_participation_trigram"} <= expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        names = {row[0] for row in cursor.fetchall()}
    for table in expected:
        assert {table, f"{table}_insert", f"{table}_update", f"{table}_delete"} <= names


def test_the_index_follows_inserts_updates_and_deletes():
    event = f.EventFactory(title="Gateway module docked")
    assert event.pk in indexed_ids(Event, "gateway")
    event.title = "Halo module launched"
    event.save()
    assert event.pk not in indexed_ids(Event, "gateway")
    assert event.pk in indexed_ids(Event, "HALO")  # case-insensitive, like the admin's icontains
    Event.objects.filter(pk=event.pk).delete()
    assert event.pk not in indexed_ids(Event, "halo")


def test_rows_text_is_indexed_on_its_own_table():
    row = f.ParticipationFactory(contribution="Descent stage thrusters")
    assert row.pk in indexed_ids(Participation, "thrusters")


def test_public_search_asks_the_index_and_finds_the_same_records():
    f.MissionFactory(name="Lunar Gateway", slug="gateway", summary="A station in lunar orbit.")
    f.MissionFactory(name="Mars Sample Return", slug="msr", summary="Returns samples.")
    with CaptureQueriesContext(connection) as queries:
        assert found("missions", "gateway") == ["gateway"]
    assert any("catalog_mission_trigram" in query["sql"] for query in queries.captured_queries)
    assert found("missions", "orbit") == ["gateway"]  # a word of the summary
    assert found("missions", "ateway") == []  # the index finds substrings; the word-start rule still decides


def test_a_word_found_only_in_a_participants_contribution_finds_the_mission():
    mission = f.MissionFactory(name="International Lunar Research Station", slug="ilrs")
    f.ParticipationFactory(mission=mission, contribution="Chang'e-7 lander")
    assert found("missions", "lander") == ["ilrs"]
    assert found("missions", "lunar lander") == ["ilrs"]  # one word in the name, one in a row
    assert found("missions", "lunar rover") == []


def test_status_notes_are_searched_through_their_column():
    f.MissionFactory(name="Hubble", slug="hubble", status_note="Gyroscope reduced mode since 2024.")
    assert found("missions", "gyroscope") == ["hubble"]


def test_short_words_and_accents_still_match():
    f.MissionFactory(name="Étude de Mars", slug="etude", short_name="EM")
    assert found("missions", "em") == ["etude"]  # two characters: no trigram, the regular expression alone
    assert found("missions", "étude") == ["etude"]
    assert found("missions", "ÉTUDE") == ["etude"]


@pytest.mark.parametrize("query", ['"', 'a"b"c', "NEAR(x y)", "mission*", "AND OR NOT", "{name}: x", "^abc"])
def test_query_syntax_characters_are_plain_text(client, query):
    response = client.get(reverse("catalog:search"), {"q": query})
    assert response.status_code == 200
    response = client.get(reverse("api:mission-list"), {"q": query})
    assert response.status_code == 200


def test_the_admin_search_asks_the_index(admin_client):
    f.EventFactory(title="Gateway module docked", slug="gateway-docked")
    f.EventFactory(title="Halo launched", slug="halo-launched")
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(reverse("admin:timeline_event_changelist"), {"q": "gateway"})
    assert response.status_code == 200
    assert "Gateway module docked" in response.content.decode()
    assert "Halo launched" not in response.content.decode()
    assert any("timeline_event_trigram" in query["sql"] for query in queries.captured_queries)
    # a substring inside a word, as the admin's icontains finds it, and a quoted phrase
    assert (
        "Gateway module docked"
        in admin_client.get(reverse("admin:timeline_event_changelist"), {"q": "atewa"}).content.decode()
    )
    phrase = admin_client.get(reverse("admin:timeline_event_changelist"), {"q": '"module docked"'})
    assert "Gateway module docked" in phrase.content.decode()


def test_a_table_rebuilt_without_its_triggers_is_indexed_again_after_migrate():
    mission = f.MissionFactory(name="Tianwen-2", slug="tianwen-2")
    with connection.cursor() as cursor:
        cursor.execute('DROP TRIGGER "catalog_mission_trigram_insert"')
    (late,) = Mission.objects.bulk_create([Mission(name="Tianwen-3", slug="tianwen-3")])  # no trigger, no signal
    assert late.pk not in indexed_ids(Mission, "tianwen")
    assert trigram.ensure([Mission]) == ["catalog_mission_trigram"]
    assert {mission.pk, late.pk} <= indexed_ids(Mission, "tianwen")
    assert trigram.ensure([Mission]) == []  # complete: left as it is


def test_a_text_in_most_rows_is_scanned_for_not_gathered(monkeypatch, admin_client):
    for number in range(3):
        f.EventFactory(title=f"Docking test {number}", slug=f"docking-{number}")
    assert trigram.narrowing(Event, "docking") is not None  # 3 rows: the index is asked
    monkeypatch.setattr(trigram, "SELECTIVE", 3)
    assert trigram.narrowing(Event, "docking") is None  # as many as the bound: the list scans
    with CaptureQueriesContext(connection) as queries:
        page = admin_client.get(reverse("admin:timeline_event_changelist"), {"q": "docking"}).content.decode()
    assert all(f"Docking test {number}" in page for number in range(3))
    assert not any("timeline_event_trigram" in query["sql"] for query in queries.captured_queries)
