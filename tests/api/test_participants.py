"""/api/v1/missions/<slug>/participants/[<id>/]: who took part in a mission; staff add, change, remove."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from catalog.models import Participation, Status
from tests import factories as f

pytestmark = [pytest.mark.history, pytest.mark.django_db]
ESA_LEADS = {"organization": "esa", "role": "lead"}


def participants(slug: str) -> str:
    return reverse("api:mission-participants", kwargs={"slug": slug})


def detail(row: Participation) -> str:
    return reverse("api:mission-participant-detail", kwargs={"slug": row.mission.slug, "id": row.pk})


@pytest.fixture
def iss():
    return f.MissionFactory(slug="iss")


@pytest.fixture
def esa():
    return f.OrganizationFactory(slug="esa")


@pytest.fixture
def row(iss, esa) -> Participation:
    return f.ParticipationFactory(mission=iss, organization=esa, role="partner", contribution="Columbus laboratory")


def grant(user, *codenames: str) -> None:
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="catalog", codename__in=codenames))


def test_visitor_lists_participants(api, row):
    body = api.get(participants("iss")).json()
    assert body["count"] == 1
    assert body["results"][0] == {
        "id": row.pk,
        "url": f"http://testserver{detail(row)}",
        "organization": "esa",
        "role": "partner",
        "contribution": "Columbus laboratory",
        "order": 0,
    }


def test_visitor_reads_one_participation(api, row):
    response = api.get(detail(row))
    assert response.status_code == 200 and response.json()["contribution"] == "Columbus laboratory"


def test_list_etag_gives_304_until_a_row_changes(api, curator_api, row):
    etag = api.get(participants("iss"))["ETag"]
    assert api.get(participants("iss"), HTTP_IF_NONE_MATCH=etag).status_code == 304
    curator_api.patch(detail(row), {"contribution": "Columbus and the ATV"}, format="json")
    assert api.get(participants("iss"), HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_csv_download_is_named_after_the_mission(api, row):
    response = api.get(participants("iss"), {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="iss-participants.csv"'
    assert len(response.content.decode().splitlines()) == 2


def test_draft_mission_is_a_404_for_visitors(api, curator_api, row):
    row.mission.publication_status = Status.DRAFT
    row.mission.save()
    assert api.get(participants("iss")).status_code == 404
    assert api.get(detail(row)).status_code == 404
    assert curator_api.get(participants("iss")).json()["count"] == 1


def test_draft_organization_is_hidden_from_visitors(api, curator_api, row):
    row.organization.publication_status = Status.DRAFT
    row.organization.save()
    assert api.get(participants("iss")).json()["count"] == 0
    assert api.get(detail(row)).status_code == 404
    assert curator_api.get(detail(row)).status_code == 200


def test_curator_adds_a_participant(curator_api, curator, api, iss):
    f.OrganizationFactory(slug="jaxa")
    payload = {"organization": "jaxa", "role": "partner", "contribution": "Kibo module"}
    response = curator_api.post(participants("iss"), payload, format="json")
    assert response.status_code == 201, response.content
    created = Participation.objects.get(mission=iss, organization__slug="jaxa")
    assert response["Location"] == f"http://testserver{detail(created)}"
    assert created.history.first().history_user == curator
    assert [p["organization"] for p in api.get(reverse("api:mission-detail", args=["iss"])).json()["participants"]] == [
        "jaxa"
    ]


def test_curator_changes_a_role_and_contribution(curator_api, curator, row):
    response = curator_api.patch(detail(row), {"role": "lead", "contribution": "European modules"}, format="json")
    assert response.status_code == 200, response.content
    row.refresh_from_db()
    assert (row.role, row.contribution) == ("lead", "European modules")
    assert row.history.first().history_user == curator


def test_curator_replaces_a_participation_with_put(curator_api, row):
    payload = {"organization": "esa", "role": "contractor", "contribution": "ATV"}
    assert curator_api.put(detail(row), payload, format="json").status_code == 200
    row.refresh_from_db()
    assert (row.role, row.contribution) == ("contractor", "ATV")


def test_curator_removes_a_participation_and_history_names_them(curator_api, curator, row):
    assert curator_api.delete(detail(row)).status_code == 204
    assert not Participation.objects.filter(pk=row.pk).exists()
    deleted = Participation.history.filter(id=row.pk).first()
    assert (deleted.history_type, deleted.history_user) == ("-", curator)


def test_same_organization_and_role_twice_is_a_409(curator_api, row):
    response = curator_api.post(participants("iss"), {"organization": "esa", "role": "partner"}, format="json")
    assert response.status_code == 409
    assert "This organization already has that role in this mission." in str(response.json())
    assert Participation.objects.count() == 1


def test_invalid_role_and_unknown_organization_are_a_400(curator_api, iss):
    response = curator_api.post(participants("iss"), {"organization": "nope", "role": "boss"}, format="json")
    assert response.status_code == 400
    assert {"organization", "role"} <= set(response.json())


def test_nul_character_in_a_slug_is_a_400_not_a_database_error(curator_api, iss):
    response = curator_api.post(participants("iss"), {"organization": "es\u0000a", "role": "lead"}, format="json")
    assert response.status_code == 400 and "organization" in response.json()


def test_anonymous_cannot_write(api, row):
    assert api.post(participants("iss"), ESA_LEADS, format="json").status_code == 401
    assert api.patch(detail(row), {"role": "lead"}, format="json").status_code == 401
    assert api.delete(detail(row)).status_code == 401


def test_staff_without_the_permission_get_a_403(staff_api, row):
    assert staff_api.post(participants("iss"), ESA_LEADS, format="json").status_code == 403
    assert staff_api.patch(detail(row), {"role": "lead"}, format="json").status_code == 403
    assert staff_api.delete(detail(row)).status_code == 403


def test_each_write_needs_its_own_permission(staff_api, staff_user, row):
    grant(staff_user, "add_participation")
    assert staff_api.post(participants("iss"), ESA_LEADS, format="json").status_code == 201
    assert staff_api.patch(detail(row), {"role": "operator"}, format="json").status_code == 403
    grant(staff_user, "change_participation")
    assert staff_api.patch(detail(row), {"role": "operator"}, format="json").status_code == 200
    assert staff_api.delete(detail(row)).status_code == 403


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, iss, rows):
    f.ParticipationFactory.create_batch(rows, mission=iss)
    response, queries = count_queries(api, participants("iss"), page_size=100)
    assert response.json()["count"] == rows
    # 1 the mission, 2 the count, 3 the page with its organizations
    assert queries == 3
