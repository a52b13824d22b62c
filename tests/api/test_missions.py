"""/api/v1/missions/: list, detail, every SPEC filter, CSV, drafts, writes, caching, query counts."""

import datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from catalog.models import Mission, Status
from tests import factories as f

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:mission-list")


def detail(slug: str) -> str:
    return reverse("api:mission-detail", kwargs={"slug": slug})


def test_list_has_the_envelope_and_compact_items(api):
    f.MissionFactory(slug="iss", name="International Space Station")
    body = api.get(LIST).json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 1 and body["next"] is None and body["previous"] is None
    item = body["results"][0]
    assert item["url"] == "http://testserver/api/v1/missions/iss/"
    assert item["web_url"] == "http://testserver/missions/iss/"
    assert {"slug", "name", "kind", "status", "start_date", "end_date", "updated_at"} <= set(item)
    assert "participants" not in item and "sources" not in item


def test_detail_by_slug_has_participants_sources_and_version(api):
    mission = f.MissionFactory(slug="iss", start_date=datetime.date(1998, 11, 20), start_precision="day")
    esa = f.OrganizationFactory(slug="esa")
    row = f.ParticipationFactory(mission=mission, organization=esa, role="partner", contribution="Columbus laboratory")
    body = api.get(detail("iss")).json()
    assert body["participants"] == [
        {
            "id": row.pk,
            "url": f"http://testserver/api/v1/missions/iss/participants/{row.pk}/",
            "organization": "esa",
            "role": "partner",
            "contribution": "Columbus laboratory",
            "order": 0,
        }
    ]
    assert body["start_date"] == "1998-11-20" and body["start_precision"] == "day"
    assert set(body["sources"][0]) == {"title", "url", "publisher"}
    assert body["version"] == 1


def test_partial_start_date_is_shown_at_its_precision(api):
    f.MissionFactory(slug="artemis", start_date=datetime.date(2017, 12, 1), start_precision="month")
    assert api.get(detail("artemis")).json()["start_date"] == "2017-12"


def test_filter_kind(api):
    f.MissionFactory(slug="iss", kind="space_station")
    f.MissionFactory(slug="jwst", kind="observatory")
    assert slugs(api.get(LIST, {"kind": "space_station"})) == ["iss"]


def test_filter_status(api):
    f.MissionFactory(slug="iss", status="active")
    f.MissionFactory(slug="mir", status="completed")
    assert slugs(api.get(LIST, {"status": "completed"})) == ["mir"]


def test_filter_organization(api):
    iss = f.ParticipationFactory(mission__slug="iss", organization__slug="esa").mission
    f.MissionFactory(slug="mir")
    assert slugs(api.get(LIST, {"organization": "esa"})) == [iss.slug]


def test_filter_country_accepts_upper_case(api):
    f.ParticipationFactory(mission__slug="chandrayaan", organization__country__code="in")
    f.ParticipationFactory(mission__slug="mir", organization__country__code="ru")
    assert slugs(api.get(LIST, {"country": "IN"})) == ["chandrayaan"]


def test_filter_topic(api):
    topic = f.TopicFactory(slug="human-spaceflight")
    f.MissionFactory(slug="iss").topics.add(topic)
    f.MissionFactory(slug="jwst")
    assert slugs(api.get(LIST, {"topic": "human-spaceflight"})) == ["iss"]


def test_filter_started_after_includes_its_first_day_and_excludes_the_day_before(api):
    f.MissionFactory(slug="on-the-day", start_date=datetime.date(2000, 1, 1))
    f.MissionFactory(slug="day-before", start_date=datetime.date(1999, 12, 31))
    assert slugs(api.get(LIST, {"started_after": "2000"})) == ["on-the-day"]


def test_filter_started_before_includes_its_last_day_and_excludes_the_day_after(api):
    f.MissionFactory(slug="last-day", start_date=datetime.date(2000, 12, 31))
    f.MissionFactory(slug="day-after", start_date=datetime.date(2001, 1, 1))
    assert slugs(api.get(LIST, {"started_before": "2000"})) == ["last-day"]


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.MissionFactory(slug="at-the-instant"), at(2025, 1, 1))
    set_updated_at(f.MissionFactory(slug="just-before"), at(2024, 12, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-01-01T00:00:00Z"})) == ["at-the-instant"]


def test_search_q(api):
    f.MissionFactory(slug="iss", name="International Space Station")
    f.MissionFactory(slug="jwst", name="James Webb Space Telescope")
    assert slugs(api.get(LIST, {"q": "telescope"})) == ["jwst"]


def test_ordering(api):
    f.MissionFactory(slug="b", name="Beta")
    f.MissionFactory(slug="a", name="Alpha")
    assert slugs(api.get(LIST, {"ordering": "name"})) == ["a", "b"]
    assert slugs(api.get(LIST, {"ordering": "-name"})) == ["b", "a"]


def test_unknown_ordering_is_a_400(api):
    response = api.get(LIST, {"ordering": "secret_field"})
    assert response.status_code == 400 and "ordering" in response.json()


def test_bad_filter_value_is_a_400_naming_the_field(api):
    response = api.get(LIST, {"started_after": "last-tuesday"})
    assert response.status_code == 400 and "started_after" in response.json()


def test_unknown_query_parameter_is_a_400(api):
    response = api.get(LIST, {"kinds": "launch"})
    assert response.status_code == 400 and "kinds" in response.json()


def test_csv_export_flattens_lists(api):
    iss = f.ParticipationFactory(mission__slug="iss", organization__slug="nasa", role="lead").mission
    f.ParticipationFactory(mission=iss, organization__slug="roscosmos", role="lead")
    response = api.get(LIST, {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="missions.csv"'
    header, row = response.content.decode().splitlines()
    assert header.startswith("url,web_url,slug,name")
    assert "http://testserver/api/v1/missions/iss/," in row and ",nasa|roscosmos," in row


def test_draft_is_invisible_to_visitors_in_list_and_detail(api):
    f.MissionFactory(slug="secret", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("secret")).status_code == 404


def test_draft_is_visible_to_staff(staff_api):
    f.MissionFactory(slug="secret", publication_status=Status.DRAFT)
    assert slugs(staff_api.get(LIST)) == ["secret"]
    assert staff_api.get(detail("secret")).status_code == 200


def test_published_mission_does_not_reveal_a_draft_participant(api):
    f.ParticipationFactory(mission__slug="iss", organization__publication_status=Status.DRAFT, role="lead")
    assert api.get(detail("iss")).json()["participants"] == []
    assert api.get(LIST).json()["results"][0]["lead_organizations"] == []


NEW = {"name": "Gateway", "slug": "gateway", "kind": "space_station", "status": "planned", "start_date": "2027"}


def test_anonymous_write_is_a_401(api):
    assert api.post(LIST, NEW, format="json").status_code == 401


def test_staff_without_the_permission_gets_a_403(staff_api):
    assert staff_api.post(LIST, NEW, format="json").status_code == 403


def test_logged_in_visitor_cannot_write(visitor_api):
    assert visitor_api.post(LIST, NEW, format="json").status_code == 403


def test_curator_creates_a_mission_with_a_token(curator_api):
    response = curator_api.post(LIST, {**NEW, "sources": [{"title": "ESA", "url": "https://esa.int/g"}]}, format="json")
    assert response.status_code == 201, response.content
    mission = Mission.objects.get(slug="gateway")
    assert (mission.start_date, mission.start_precision) == (datetime.date(2027, 1, 1), "year")
    assert response.json()["start_date"] == "2027" and response.json()["version"] == 1


def test_curator_updates_with_the_version_read(curator_api):
    f.MissionFactory(slug="iss", name="ISS")
    response = curator_api.patch(detail("iss"), {"name": "International Space Station", "version": 1}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == 2
    assert Mission.objects.get(slug="iss").name == "International Space Station"


def test_update_without_version_is_a_400(curator_api):
    f.MissionFactory(slug="iss")
    response = curator_api.patch(detail("iss"), {"name": "X"}, format="json")
    assert response.status_code == 400 and "version" in response.json()


def test_stale_version_is_a_409(curator_api):
    mission = f.MissionFactory(slug="iss")
    mission.name = "Changed by somebody else"
    mission.save()
    response = curator_api.patch(detail("iss"), {"name": "Mine", "version": 1}, format="json")
    assert response.status_code == 409
    assert response.json()["version"] == 2
    assert Mission.objects.get(slug="iss").name == "Changed by somebody else"


def test_model_validation_is_a_422_with_the_models_sentence(curator_api):
    response = curator_api.post(LIST, {**NEW, "end_date": "2026"}, format="json")
    assert response.status_code == 422
    assert response.json()["end_date"] == ["End date 2026-01-01 is before start date 2027-01-01."]


def test_duplicate_slug_is_a_409_not_an_integrity_error(curator_api):
    f.MissionFactory(slug="gateway")
    response = curator_api.post(LIST, NEW, format="json")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "mission with this slug already exists.",
        "slug": ["mission with this slug already exists."],
    }


def test_malformed_json_is_a_400(curator_api):
    response = curator_api.generic("POST", LIST, "{not json", content_type="application/json")
    assert response.status_code == 400 and "detail" in response.json()


def test_wrong_type_is_a_400(curator_api):
    response = curator_api.post(LIST, {**NEW, "topics": "not-a-list"}, format="json")
    assert response.status_code == 400 and "topics" in response.json()


def test_curator_deletes_a_draft(curator_api):
    f.MissionFactory(slug="iss", publication_status="draft")
    assert curator_api.delete(detail("iss")).status_code == 204
    assert not Mission.objects.exists()


def test_delete_with_a_stale_version_is_a_409_and_deletes_nothing(curator_api):
    mission = f.MissionFactory(slug="iss", publication_status="draft")
    mission.save()  # somebody saved: version 2
    response = curator_api.delete(detail("iss") + "?version=1")
    assert response.status_code == 409
    assert response.json()["version"] == 2
    assert Mission.objects.filter(slug="iss").exists()


def test_delete_with_the_current_version_deletes(curator_api):
    f.MissionFactory(slug="iss", publication_status="draft").save()
    assert curator_api.delete(detail("iss") + "?version=2").status_code == 204
    assert not Mission.objects.exists()


@pytest.mark.parametrize("version", ["0", "two", "99999999999"])
def test_delete_with_a_malformed_version_is_a_400(curator_api, version):
    f.MissionFactory(slug="iss", publication_status="draft")
    response = curator_api.delete(detail("iss") + f"?version={version}")
    assert response.status_code == 400 and "version" in response.json()
    assert Mission.objects.exists()


def test_curator_cannot_delete_a_published_mission(curator_api):
    f.MissionFactory(slug="iss")
    response = curator_api.delete(detail("iss"))
    assert response.status_code == 403 and "detail" in response.json()
    assert Mission.objects.filter(slug="iss").exists()


def test_superuser_may_delete_a_published_mission(superuser):
    f.MissionFactory(slug="iss")
    client = APIClient()
    client.force_authenticate(superuser)
    assert client.delete(detail("iss")).status_code == 204


def test_matching_etag_gives_304_and_a_change_gives_200(api):
    mission = f.MissionFactory(slug="iss")
    first = api.get(LIST)
    assert first["ETag"] and first["Last-Modified"]
    assert api.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    mission.name = "Renamed"
    mission.save()
    assert api.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_detail_etag_gives_304(api):
    f.MissionFactory(slug="iss")
    etag = api.get(detail("iss"))["ETag"]
    assert api.get(detail("iss"), HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_page_size_above_100_is_a_400(api):
    response = api.get(LIST, {"page_size": 101})
    assert response.status_code == 400 and "page_size" in response.json()


def test_page_beyond_the_last_is_a_json_404(api):
    f.MissionFactory()
    response = api.get(LIST, {"page": 2})
    assert response.status_code == 404 and "detail" in response.json()


def test_page_size_and_next_link(api):
    f.MissionFactory.create_batch(3)
    body = api.get(LIST, {"page_size": 2}).json()
    assert len(body["results"]) == 2 and "page=2" in body["next"]


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    for mission in f.MissionFactory.create_batch(rows):
        f.ParticipationFactory(mission=mission, role="lead")
    response, queries = count_queries(api, LIST, page_size=100)
    assert response.json()["count"] == rows
    # 1 count + max(updated_at) for ETag and paginator, 2 the page, 3 lead participations with organizations
    assert queries == 3
