"""/api/v1/agreements/<slug>/signatories/<id>/: read one signatory; staff change and remove it."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from catalog.models import Signatory, Status
from tests import factories as f

pytestmark = [pytest.mark.history, pytest.mark.django_db]


def signatories(slug: str) -> str:
    return reverse("api:agreement-signatories", kwargs={"slug": slug})


def detail(row: Signatory) -> str:
    return reverse("api:agreement-signatory-detail", kwargs={"slug": row.agreement.slug, "id": row.pk})


@pytest.fixture
def row() -> Signatory:
    """The United States signed the Artemis Accords on 2020-10-13."""
    accords = f.AgreementFactory(slug="artemis-accords")
    return f.SignatoryFactory(agreement=accords, country__code="us", signed_on=datetime.date(2020, 10, 13))


def grant(user, *codenames: str) -> None:
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="catalog", codename__in=codenames))


def test_list_items_carry_their_id_and_detail_url(api, row):
    item = api.get(signatories("artemis-accords")).json()["results"][0]
    assert item["id"] == row.pk
    assert item["url"] == f"http://testserver{detail(row)}"
    assert {"country", "organization", "signed_on", "ratified_on", "status"} <= set(item)


def test_visitor_reads_one_signatory(api, row):
    response = api.get(detail(row))
    assert response.status_code == 200
    assert response.json()["country"] == "us" and response.json()["signed_on"] == "2020-10-13"
    assert api.get(detail(row), HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_signatory_of_another_agreement_is_a_404(api, row):
    f.AgreementFactory(slug="ost")
    assert api.get(reverse("api:agreement-signatory-detail", kwargs={"slug": "ost", "id": row.pk})).status_code == 404


def test_signatory_of_a_draft_agreement_is_hidden_from_visitors(api, curator_api, row):
    row.agreement.publication_status = Status.DRAFT
    row.agreement.save()
    assert api.get(detail(row)).status_code == 404
    assert curator_api.get(detail(row)).status_code == 200


def test_draft_country_signatory_is_hidden_from_visitors(api, curator_api, row):
    row.country.publication_status = Status.DRAFT
    row.country.save()
    assert api.get(detail(row)).status_code == 404
    assert api.get(signatories("artemis-accords")).json()["count"] == 0
    assert curator_api.get(detail(row)).status_code == 200


def test_curator_records_the_ratification(curator_api, curator, row):
    payload = {"ratified_on": "2021-01-05", "status": "ratified"}
    response = curator_api.patch(detail(row), payload, format="json")
    assert response.status_code == 200, response.content
    assert (response.json()["ratified_on"], response.json()["status"]) == ("2021-01-05", "ratified")
    row.refresh_from_db()
    assert row.ratified_on == datetime.date(2021, 1, 5)
    assert row.history.first().history_user == curator


def test_curator_replaces_a_signatory_with_put(curator_api, row):
    payload = {"country": "US", "signed_on": "2020-10-14", "notes": "Corrected date"}
    response = curator_api.put(detail(row), payload, format="json")
    assert response.status_code == 200, response.content
    row.refresh_from_db()
    assert (row.signed_on, row.notes) == (datetime.date(2020, 10, 14), "Corrected date")


def test_a_change_moves_the_agreements_updated_at_but_not_its_version(curator_api, row):
    before = row.agreement.updated_at
    curator_api.patch(detail(row), {"notes": "Signed in Washington"}, format="json")
    row.agreement.refresh_from_db()
    assert row.agreement.updated_at > before and row.agreement.version == 1


def test_ratified_before_signed_is_a_422_with_the_models_sentence(curator_api, row):
    response = curator_api.patch(detail(row), {"ratified_on": "2019-01-01", "status": "ratified"}, format="json")
    assert response.status_code == 422
    assert response.json()["ratified_on"] == ["Ratified date 2019-01-01 is before signed date 2020-10-13."]
    row.refresh_from_db()
    assert row.ratified_on is None


def test_the_same_country_twice_is_a_409(curator_api, row):
    other = f.SignatoryFactory(agreement=row.agreement, country__code="jp")
    response = curator_api.patch(detail(other), {"country": "us"}, format="json")
    assert response.status_code == 409
    assert "This country is already a signatory of this agreement." in str(response.json())
    assert row.agreement.signatories.filter(country__code="us").count() == 1


def test_curator_removes_a_signatory_and_history_names_them(curator_api, curator, row):
    response = curator_api.delete(detail(row))
    assert response.status_code == 204
    assert not Signatory.objects.filter(pk=row.pk).exists()
    assert Signatory.history.filter(id=row.pk).first().history_type == "-"
    assert Signatory.history.filter(id=row.pk).first().history_user == curator


def test_anonymous_cannot_change_or_remove_a_signatory(api, row):
    assert api.patch(detail(row), {"notes": "x"}, format="json").status_code == 401
    assert api.delete(detail(row)).status_code == 401
    assert Signatory.objects.filter(pk=row.pk, notes="").exists()


def test_staff_without_the_permission_get_a_403(staff_api, row):
    assert staff_api.patch(detail(row), {"notes": "x"}, format="json").status_code == 403
    assert staff_api.delete(detail(row)).status_code == 403


def test_change_permission_does_not_allow_deleting(staff_api, staff_user, row):
    grant(staff_user, "change_signatory")
    assert staff_api.patch(detail(row), {"notes": "x"}, format="json").status_code == 200
    assert staff_api.delete(detail(row)).status_code == 403
    grant(staff_user, "delete_signatory")
    assert staff_api.delete(detail(row)).status_code == 204


def test_unknown_query_parameter_on_the_detail_is_a_400(api, row):
    assert api.get(detail(row), {"as_of": "2020-01-01"}).status_code == 400


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    agreement = f.AgreementFactory(slug="ost")
    f.SignatoryFactory.create_batch(rows, agreement=agreement)
    response, queries = count_queries(api, signatories("ost"), page_size=100)
    assert response.json()["count"] == rows
    # 1 the agreement, 2 count + latest updated_at, 3 the page with countries and organizations
    assert queries == 3
