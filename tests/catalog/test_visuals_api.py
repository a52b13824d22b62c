"""GET /api/v1/network/: the data the network graph draws."""

import datetime

import pytest
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator

from catalog.models import Status
from tests.factories import MissionFactory, OrganizationFactory, ParticipationFactory, TopicFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/network/"


@pytest.fixture
def partners():
    nasa, esa = OrganizationFactory(slug="nasa", acronym="NASA"), OrganizationFactory(slug="esa", acronym="ESA")
    astronomy = TopicFactory(slug="astronomy")
    for slug, start in [("iss", 1998), ("jwst", 2021), ("soho", 1995)]:
        mission = MissionFactory(
            slug=slug, start_date=datetime.date(start, 1, 1), end_date=datetime.date(start, 12, 31)
        )
        if slug != "iss":
            mission.topics.add(astronomy)
        ParticipationFactory(mission=mission, organization=nasa)
        ParticipationFactory(mission=mission, organization=esa)
    return astronomy


def test_network_url_is_under_api_v1():
    assert reverse("api:network") == URL


def test_network_api_returns_nodes_and_weighted_edges(client, partners):
    response = client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert {node["slug"] for node in body["nodes"]} == {"nasa", "esa"}
    assert body["edges"] == [{"source": "esa", "target": "nasa", "weight": 3, "missions": ["iss", "jwst", "soho"]}]
    assert {"slug", "name", "acronym", "kind", "country", "mission_count", "url"} <= set(body["nodes"][0])
    assert {mission["slug"] for mission in body["missions"]} == {"iss", "jwst", "soho"}


def test_network_api_filters_by_topic(client, partners):
    body = client.get(URL, {"topic": "astronomy"}).json()

    assert body["edges"][0]["missions"] == ["jwst", "soho"]


def test_network_api_filters_by_period(client, partners):
    body = client.get(URL, {"year_from": 1996, "year_to": 2000}).json()

    assert body["edges"][0]["missions"] == ["iss"]


def test_network_api_treats_a_draft_topic_like_an_unknown_one(client, partners):
    TopicFactory(slug="secret", publication_status=Status.DRAFT)

    response = client.get(URL, {"topic": "secret"})

    # A well-formed slug naming no visible topic matches nothing: the same answer as for no topic at all.
    assert response.status_code == 200
    assert response.json()["nodes"] == [] and response.json()["edges"] == []


@pytest.mark.parametrize(
    "params, field",
    [
        ({"topic": "no such topic"}, "topic"),
        ({"year_from": "nineteen"}, "year_from"),
        ({"year_to": "1800"}, "year_to"),
        ({"year_to": ""}, "year_to"),
    ],
)
def test_network_api_rejects_bad_filters_with_a_json_400(client, params, field):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert list(response.json()) == [field]


def test_network_api_answers_a_reversed_period_with_an_empty_network(client):
    # The schema cannot say that year_to must not precede year_from, so the API does not refuse it.
    response = client.get(URL, {"year_from": "2010", "year_to": "2000"})

    assert response.status_code == 200
    assert response.json() == {"nodes": [], "edges": [], "missions": []}


def test_network_api_is_read_only(client):
    assert client.post(URL, {}).status_code in (403, 405)


def test_network_api_query_count(client, partners, django_assert_num_queries):
    # topic lookup (when filtered) + participations + mission names; the session/auth add none for anonymous
    with django_assert_num_queries(3):
        assert client.get(URL, {"topic": "astronomy"}).status_code == 200


def test_openapi_schema_documents_the_network_endpoint():
    schema = SchemaGenerator().get_schema(request=None, public=True)

    operation = schema["paths"][URL]["get"]
    assert {param["name"] for param in operation["parameters"]} >= {"topic", "year_from", "year_to"}
    assert "400" in operation["responses"]
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    network = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert set(network["properties"]) == {"nodes", "edges", "missions"}
