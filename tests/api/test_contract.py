"""The API behaves as its schema says: unknown-but-well-formed keys match nothing, bounds and blanks agree."""

import pytest
from django.urls import reverse

from tests.factories import AgreementFactory, CountryFactory, SignatoryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "param", "value"),
    [
        ("agreement", "signatory", "zz"),
        ("agreement", "topic", "no-such-topic"),
        ("organization", "country", "ZZ"),
        ("organization", "topic", "no-such-topic"),
        ("mission", "organization", "no-such-org"),
        ("mission", "country", "zz"),
        ("event", "mission", "no-such-mission"),
        ("event", "agreement", "no-such-agreement"),
        ("event", "country", "zz"),
    ],
)
def test_a_well_formed_key_naming_no_record_is_an_empty_list(api, name, param, value):
    AgreementFactory()
    response = api.get(reverse(f"api:{name}-list"), {param: value})
    assert response.status_code == 200, response.content
    assert response.json()["results"] == []


@pytest.mark.parametrize(
    ("name", "param", "value"),
    [
        ("agreement", "signatory", "usa"),
        ("agreement", "signatory", "u$"),
        ("agreement", "topic", "not a slug"),
        ("event", "mission", "émission/1"),
    ],
)
def test_a_malformed_key_is_a_400(api, name, param, value):
    response = api.get(reverse(f"api:{name}-list"), {param: value})
    assert response.status_code == 400 and param in response.json()


def test_a_known_key_still_filters(api):
    signatory = SignatoryFactory(country=CountryFactory(code="fr"))
    AgreementFactory()
    response = api.get(reverse("api:agreement-list"), {"signatory": "FR"})
    assert [a["slug"] for a in response.json()["results"]] == [signatory.agreement.slug]


@pytest.mark.parametrize("value", ["0000", "1899", "2201-01", "9999-12-31"])
def test_partial_dates_outside_the_enforced_years_are_a_400(api, value):
    response = api.get(reverse("api:mission-list"), {"started_after": value})
    assert response.status_code == 400 and "started_after" in response.json()


def test_partial_date_bounds_in_the_schema_equal_the_enforced_ones(api):
    schema = api.get(reverse("api:schema"), {"format": "json"}).json()
    params = {p["name"]: p for p in schema["paths"]["/api/v1/missions/"]["get"]["parameters"]}
    pattern = params["started_after"]["schema"]["pattern"]
    import re

    assert re.fullmatch(pattern, "1900") and re.fullmatch(pattern, "2200-12-31")
    assert not re.fullmatch(pattern, "0000") and not re.fullmatch(pattern, "2201")
    network = {p["name"]: p for p in schema["paths"]["/api/v1/network/"]["get"]["parameters"]}
    assert network["year_from"]["schema"] == {"type": "integer", "minimum": 1900, "maximum": 2200}


@pytest.mark.parametrize(("name", "query"), [("topic", "updated_after="), ("mission", "kind="), ("event", "country=")])
def test_an_empty_filter_is_a_400_on_the_api(api, name, query):
    response = api.get(f"{reverse(f'api:{name}-list')}?{query}")
    assert response.status_code == 400


def test_an_empty_search_is_no_search(api):
    assert api.get(f"{reverse('api:topic-list')}?q=").status_code == 200


def test_pages_ignore_blank_form_fields_and_400_on_malformed_values(client):
    assert client.get("/missions/?q=&kind=&country=&started_after=").status_code == 200
    assert client.get("/agreements/?signatory=zz").status_code == 200
    assert client.get("/agreements/?signatory=u$").status_code == 400


def test_the_network_with_an_unknown_topic_is_empty_and_a_malformed_one_a_400(api):
    response = api.get("/api/v1/network/", {"topic": "no-such-topic", "year_from": 1900})
    assert response.status_code == 200 and response.json()["nodes"] == []
    assert api.get("/api/v1/network/", {"topic": "not a slug"}).status_code == 400


def test_an_empty_ordering_is_no_ordering(api):
    assert api.get(f"{reverse('api:event-list')}?ordering=").status_code == 200
