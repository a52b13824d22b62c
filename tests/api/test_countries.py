"""/api/v1/countries/ (by lower-case ISO code; upper case accepted)."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Country, Status
from tests import factories as f

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:country-list")


def detail(code: str) -> str:
    return reverse("api:country-detail", kwargs={"code": code})


def test_list_envelope_and_fields(api):
    f.CountryFactory(code="in", name="India", region="asia")
    body = api.get(LIST).json()
    assert body["count"] == 1
    item = body["results"][0]
    assert (item["code"], item["name"], item["region"]) == ("in", "India", "asia")
    assert item["url"] == "http://testserver/api/v1/countries/in/"
    assert item["web_url"] == "http://testserver/countries/in/"


def test_detail_by_lower_and_upper_case_code(api):
    f.CountryFactory(code="in")
    assert api.get(detail("in")).json()["code"] == "in"
    assert api.get(detail("IN")).json()["code"] == "in"


def test_detail_lists_organizations_and_signatures(api):
    f.OrganizationFactory(slug="isro", country__code="in")
    f.SignatoryFactory(agreement__slug="artemis-accords", country__code="in", signed_on=datetime.date(2023, 6, 21))
    body = api.get(detail("in")).json()
    assert body["organizations"] == ["isro"]
    assert body["signatures"][0]["agreement"] == "artemis-accords"
    assert body["signatures"][0]["signed_on"] == "2023-06-21"


def test_filter_region(api):
    f.CountryFactory(code="in", region="asia")
    f.CountryFactory(code="fr", region="europe")
    assert slugs(api.get(LIST, {"region": "asia"})) == ["in"]


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.CountryFactory(code="in"), at(2025, 1, 1))
    set_updated_at(f.CountryFactory(code="fr"), at(2024, 12, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-01-01T00:00:00Z"})) == ["in"]


def test_search_q(api):
    f.CountryFactory(code="in", name="India")
    f.CountryFactory(code="fr", name="France")
    assert slugs(api.get(LIST, {"q": "fran"})) == ["fr"]


def test_ordering_by_code(api):
    f.CountryFactory(code="fr", name="A")
    f.CountryFactory(code="in", name="B")
    assert slugs(api.get(LIST, {"ordering": "-code"})) == ["in", "fr"]


def test_csv_export(api):
    f.CountryFactory(code="in")
    response = api.get(LIST, {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="countries.csv"'


def test_draft_is_invisible_to_visitors(api):
    f.CountryFactory(code="xk", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("xk")).status_code == 404


def test_anonymous_write_is_a_401(api):
    assert api.post(LIST, {"code": "in", "name": "India"}, format="json").status_code == 401


def test_curator_creates_with_upper_case_code_stored_lower(curator_api):
    response = curator_api.post(LIST, {"code": "IN", "name": "India", "region": "asia"}, format="json")
    assert response.status_code == 201, response.content
    assert Country.objects.get().code == "in"


def test_non_letter_code_is_a_400(curator_api):
    assert curator_api.post(LIST, {"code": "1n", "name": "X"}, format="json").status_code == 400


def test_stale_version_is_a_409(curator_api):
    f.CountryFactory(code="in").save()
    assert curator_api.patch(detail("in"), {"name": "Bharat", "version": 1}, format="json").status_code == 409


def test_etag_304(api):
    f.CountryFactory(code="in")
    assert api.get(detail("in"), HTTP_IF_NONE_MATCH=api.get(detail("in"))["ETag"]).status_code == 304


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    f.CountryFactory.create_batch(rows)
    response, queries = count_queries(api, LIST, page_size=100)
    assert response.json()["count"] == rows
    # 1 count + max(updated_at) for ETag and paginator, 2 the page
    assert queries == 2
