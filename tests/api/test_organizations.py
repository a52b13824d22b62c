"""/api/v1/organizations/."""

import pytest
from django.urls import reverse

from catalog.models import Status
from tests import factories as f

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:organization-list")


def detail(slug: str) -> str:
    return reverse("api:organization-detail", kwargs={"slug": slug})


def test_list_envelope_and_fields(api):
    f.OrganizationFactory(slug="isro", acronym="ISRO", country__code="in")
    item = api.get(LIST).json()["results"][0]
    assert item["url"] == "http://testserver/api/v1/organizations/isro/"
    assert (item["acronym"], item["country"], item["web_url"]) == (
        "ISRO",
        "in",
        "http://testserver/organizations/isro/",
    )


def test_international_organization_has_null_country(api):
    f.OrganizationFactory(slug="unoosa", country=None, kind="un_body")
    assert api.get(detail("unoosa")).json()["country"] is None


def test_detail_lists_missions_with_role(api):
    participation = f.ParticipationFactory(organization__slug="esa", mission__slug="iss", role="partner")
    body = api.get(detail("esa")).json()
    assert body["missions"] == [{"mission": "iss", "role": "partner", "contribution": participation.contribution}]
    assert body["sources"] and body["version"] == 1


def test_filter_kind(api):
    f.OrganizationFactory(slug="esa", kind="intergovernmental")
    f.OrganizationFactory(slug="nasa", kind="national_agency")
    assert slugs(api.get(LIST, {"kind": "intergovernmental"})) == ["esa"]


def test_filter_country(api):
    f.OrganizationFactory(slug="isro", country__code="in")
    f.OrganizationFactory(slug="jaxa", country__code="jp")
    assert slugs(api.get(LIST, {"country": "in"})) == ["isro"]
    assert slugs(api.get(LIST, {"country": "IN"})) == ["isro"]


def test_filter_country_unknown_code_is_empty_and_a_malformed_one_a_400(api):
    assert api.get(LIST, {"country": "xx"}).json()["results"] == []
    assert api.get(LIST, {"country": "xyz"}).status_code == 400


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.OrganizationFactory(slug="at-the-instant"), at(2025, 1, 1))
    set_updated_at(f.OrganizationFactory(slug="just-before"), at(2024, 12, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-01-01T00:00:00Z"})) == ["at-the-instant"]


def test_search_q_matches_acronym(api):
    f.OrganizationFactory(slug="jaxa", acronym="JAXA", name="Japan Aerospace Exploration Agency")
    f.OrganizationFactory(slug="esa", acronym="ESA", name="European Space Agency")
    assert slugs(api.get(LIST, {"q": "jaxa"})) == ["jaxa"]


def test_ordering_by_acronym(api):
    f.OrganizationFactory(slug="b", acronym="B")
    f.OrganizationFactory(slug="a", acronym="A")
    assert slugs(api.get(LIST, {"ordering": "-acronym"})) == ["b", "a"]


def test_csv_export(api):
    f.OrganizationFactory(slug="isro")
    response = api.get(LIST, {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="organizations.csv"'
    assert response.content.decode().splitlines()[1].split(",")[2] == "isro"


def test_draft_is_invisible_to_visitors(api):
    f.OrganizationFactory(slug="secret", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("secret")).status_code == 404


def test_draft_country_is_shown_as_null_to_visitors(api):
    f.OrganizationFactory(slug="isro", country__publication_status=Status.DRAFT)
    assert api.get(detail("isro")).json()["country"] is None


def test_anonymous_write_is_a_401(api):
    assert api.post(LIST, {"name": "X", "slug": "x", "kind": "company"}, format="json").status_code == 401


def test_curator_creates_with_upper_case_country(curator_api):
    f.CountryFactory(code="in")
    payload = {
        "name": "Indian Space Research Organisation",
        "slug": "isro",
        "kind": "national_agency",
        "country": "IN",
        "founded": "1969-08",
    }
    response = curator_api.post(LIST, payload, format="json")
    assert response.status_code == 201, response.content
    assert (response.json()["country"], response.json()["founded"]) == ("in", "1969-08")


def test_unknown_kind_is_a_400(curator_api):
    assert curator_api.post(LIST, {"name": "X", "slug": "x", "kind": "club"}, format="json").status_code == 400


def test_stale_version_is_a_409(curator_api):
    f.OrganizationFactory(slug="esa").save()
    assert (
        curator_api.put(
            detail("esa"), {"name": "ESA", "slug": "esa", "kind": "intergovernmental", "version": 1}, format="json"
        ).status_code
        == 409
    )


def test_deleting_an_organization_still_in_a_mission_is_a_409(curator_api):
    f.ParticipationFactory(organization__slug="esa", organization__publication_status="draft")
    assert curator_api.delete(detail("esa")).status_code == 409


def test_etag_304(api):
    f.OrganizationFactory()
    assert api.get(LIST, HTTP_IF_NONE_MATCH=api.get(LIST)["ETag"]).status_code == 304


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    f.OrganizationFactory.create_batch(rows)
    response, queries = count_queries(api, LIST, page_size=100)
    assert response.json()["count"] == rows
    # 1 count + max(updated_at) for ETag and paginator, 2 the page joined with its country
    assert queries == 2
