"""The /network/ and /map/ pages (server side: filters, table alternatives, data, query counts)."""

import datetime
import json
import re

import pytest
from django.urls import reverse

from catalog.models import Status
from catalog.visuals import ARTEMIS_ACCORDS_SLUG
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def json_script(html: str, element_id: str):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.S)
    assert match, f"no json_script #{element_id}"
    return json.loads(match.group(1))


@pytest.fixture
def partners():
    nasa = OrganizationFactory(slug="nasa", acronym="NASA")
    esa = OrganizationFactory(slug="esa", acronym="ESA", country=None)
    jaxa = OrganizationFactory(slug="jaxa", acronym="JAXA")
    for slug in ["iss", "jwst"]:
        mission = MissionFactory(slug=slug, short_name=slug.upper())
        ParticipationFactory(mission=mission, organization=nasa)
        ParticipationFactory(mission=mission, organization=esa)
    ParticipationFactory(mission=MissionFactory(slug="hayabusa"), organization=jaxa)
    ParticipationFactory(mission=MissionFactory(slug="hayabusa2"), organization=jaxa)
    return {"nasa": nasa, "esa": esa, "jaxa": jaxa}


# --- /network/ -------------------------------------------------------------------------------------------


def test_network_page_lists_links_by_weight_in_its_table(client, partners):
    response = client.get(reverse("visuals:network"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-src="/api/v1/network/"' in html
    table = html[html.index("<table") :]
    assert re.search(r'href="/organizations/esa/">ESA</a>.*href="/organizations/nasa/">NASA</a>.*>2</td>', table, re.S)
    assert "JAXA" not in table  # shares no mission
    assert "2 organizations, 1 link through 2 shared missions" in html


def test_network_page_passes_its_filters_to_the_api(client, partners):
    partners["nasa"].missions.get(slug="iss").topics.add(TopicFactory(slug="astronomy"))

    response = client.get(reverse("visuals:network"), {"topic": "astronomy", "year_from": "1990", "year_to": "2005"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-src="/api/v1/network/?topic=astronomy&amp;year_from=1990&amp;year_to=2005"' in html
    assert "1 link through 1 shared mission." in html


def test_network_page_says_when_nothing_matches(client, partners):
    response = client.get(reverse("visuals:network"), {"year_to": "1950"})

    assert response.status_code == 200
    assert "No two organizations share a published mission with these filters" in response.content.decode()
    assert 'id="network-chart"' not in response.content.decode()


@pytest.mark.parametrize(
    "params, field",
    [
        ({"topic": "nope"}, "topic"),
        ({"year_from": "soon"}, "year_from"),
        ({"year_from": "2001", "year_to": "2000"}, "year_to"),
    ],
)
def test_network_page_rejects_bad_filters_with_a_400_naming_the_field(client, params, field):
    response = client.get(reverse("visuals:network"), params)

    assert response.status_code == 400
    assert f"({field})" in response.content.decode()


def test_network_page_hides_draft_organizations(client, partners):
    draft = OrganizationFactory(slug="draft-org", acronym="DRAFTORG", publication_status=Status.DRAFT)
    ParticipationFactory(mission=partners["nasa"].missions.first(), organization=draft)

    assert "DRAFTORG" not in client.get(reverse("visuals:network")).content.decode()


@pytest.mark.parametrize("missions", [5, 50])
def test_network_page_query_count_is_constant(client, django_assert_num_queries, missions):
    orgs = OrganizationFactory.create_batch(4)
    for _ in range(missions):
        mission = MissionFactory()
        for org in orgs:
            ParticipationFactory(mission=mission, organization=org)
    # 1: topics for the filter's select; 2: participations with organizations; 3: shared missions' names
    with django_assert_num_queries(3):
        assert client.get(reverse("visuals:network")).status_code == 200


# --- /map/ -------------------------------------------------------------------------------------------------


@pytest.fixture
def signatories():
    artemis = AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG, short_name="Artemis Accords")
    us = CountryFactory(code="us", name="United States")
    SignatoryFactory(agreement=artemis, country=us, signed_on=datetime.date(2020, 10, 13))
    SignatoryFactory(agreement=artemis, country=CountryFactory(code="su", name="Soviet Union", historical=True))
    CountryFactory(code="in", name="India")
    CountryFactory(code="xx", name="Draft Land", publication_status=Status.DRAFT)
    return artemis


def test_map_page_embeds_its_data_and_a_table(client, signatories):
    response = client.get(reverse("visuals:map"))

    assert response.status_code == 200
    html = response.content.decode()
    data = json_script(html, "map-data")
    rows = {row["code"]: row for row in data["countries"]}
    assert set(rows) == {"us", "su", "in"}
    assert rows["us"]["numeric"] == "840" and rows["us"]["artemis"] is True
    assert 'data-topology="/static/vendor/countries-110m.json"' in html
    assert re.search(
        r'href="/countries/us/">United States</a>.*Yes, signed <time datetime="2020-10-13">13 October 2020', html, re.S
    )
    assert 'Soviet Union</a> <span class="note">(historical state, not on the map)' in html
    assert "Draft Land" not in html


def test_map_page_preselects_the_measure_from_the_query_string(client, signatories):
    html = client.get(reverse("visuals:map"), {"measure": "artemis"}).content.decode()

    assert '<option value="artemis" selected>' in html


def test_map_page_rejects_an_unknown_measure(client, signatories):
    response = client.get(reverse("visuals:map"), {"measure": "gdp"})

    assert response.status_code == 400
    assert "(measure)" in response.content.decode()


def test_map_page_offers_no_artemis_measure_without_the_accords(client):
    CountryFactory(code="fr")

    assert 'value="artemis"' not in client.get(reverse("visuals:map")).content.decode()
    assert client.get(reverse("visuals:map"), {"measure": "artemis"}).status_code == 400


@pytest.mark.parametrize("countries", [5, 50])
def test_map_page_query_count_is_constant(client, django_assert_num_queries, countries):
    artemis = AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG)
    for country in CountryFactory.create_batch(countries):
        SignatoryFactory(agreement=artemis, country=country)
    # 1: the Artemis Accords record; 2: countries with their measures
    with django_assert_num_queries(2):
        assert client.get(reverse("visuals:map")).status_code == 200
