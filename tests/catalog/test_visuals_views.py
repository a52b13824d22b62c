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
    EventFactory,
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
        ({"topic": "no such topic"}, "topic"),
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


# --- Hooks in other pages: agreement chart, timeline, home -------------------------------------------------


@pytest.fixture
def treaty():
    agreement = AgreementFactory(slug="treaty", short_name="Treaty")
    SignatoryFactory(agreement=agreement, signed_on=datetime.date(1967, 1, 27))
    SignatoryFactory(
        agreement=agreement,
        signed_on=datetime.date(1967, 1, 27),
        ratified_on=datetime.date(1967, 10, 10),
        status="ratified",
    )
    SignatoryFactory(agreement=agreement, signed_on=datetime.date(1980, 5, 1))
    SignatoryFactory(agreement=agreement, signed_on=None)
    return agreement


def test_agreement_page_embeds_the_growth_chart_data_and_its_table(client, treaty):
    html = client.get(treaty.get_absolute_url()).content.decode()

    growth = json_script(html, "signatory-growth-data")
    assert [(p["date"], p["signed"], p["ratified"]) for p in growth["points"]] == [
        ("1967-01-27", 2, 0),
        ("1967-10-10", 2, 1),
        ("1980-05-01", 3, 1),
    ]
    assert growth["undated"] == 1
    assert 'id="signatory-growth"' in html and "js/visuals/signatory-growth.js" in html
    assert "1 signatory has no known date and is not on the chart." in html
    assert re.search(r'<time datetime="1980-05-01">1 May 1980</time></th>\s*<td class="num">3</td>', html)


def test_agreement_chart_as_of_a_day_stops_there(client, treaty):
    html = client.get(treaty.get_absolute_url(), {"as_of": "1970-01-01"}).content.decode()

    growth = json_script(html, "signatory-growth-data")
    assert [p["date"] for p in growth["points"]] == ["1967-01-27", "1967-10-10"]
    assert growth["until"] == "1970-01-01"


def test_agreement_without_dated_signatories_has_no_chart(client):
    agreement = AgreementFactory()
    SignatoryFactory(agreement=agreement, signed_on=None)

    assert 'id="signatory-growth"' not in client.get(agreement.get_absolute_url()).content.decode()


def test_timeline_page_embeds_the_listed_events_for_the_picture(client):
    EventFactory(slug="iss-launch", kind="launch", date=datetime.date(1998, 11, 20))
    EventFactory(slug="accords", kind="signature", date=datetime.date(2020, 10, 13))
    EventFactory(slug="draft", kind="signature", publication_status=Status.DRAFT)

    html = client.get(reverse("timeline:event-list"), {"kind": "signature"}).content.decode()

    data = json_script(html, "timeline-visual-data")
    assert [item["slug"] for item in data["items"]] == ["accords"]
    assert data["total"] == 1
    assert 'id="timeline-visual"' in html


def test_timeline_results_swapped_by_htmx_carry_the_new_data(client):
    EventFactory(slug="iss-launch", kind="launch")
    EventFactory(slug="accords", kind="signature")

    partial = client.get(reverse("timeline:event-list"), {"kind": "launch"}, headers={"HX-Request": "true"})

    html = partial.content.decode()
    assert "<html" not in html
    assert [item["slug"] for item in json_script(html, "timeline-visual-data")["items"]] == ["iss-launch"]


def test_home_page_loads_its_visuals_as_a_fragment(client):
    html = client.get(reverse("catalog:home")).content.decode()

    assert f'hx-get="{reverse("visuals:home")}"' in html
    assert 'href="/network/"' in html and 'href="/map/"' in html  # without JavaScript: plain links


def test_home_visuals_fragment_shows_the_three_small_multiples(client, partners, treaty):
    html = client.get(reverse("visuals:home")).content.decode()

    assert html.count('class="home-bar"') == 14 + 1  # 1967..1980 bars, and one pair bar
    assert re.search(
        r'href="/organizations/esa/">ESA</a> &amp; <a href="/organizations/nasa/">NASA</a>: 2 shared', html
    )
    assert 'href="/network/"' in html and 'href="/map/"' in html and 'href="/agreements/"' in html


@pytest.mark.parametrize("rows", [5, 50])
def test_home_visuals_fragment_query_count_is_constant(client, django_assert_num_queries, rows):
    for _ in range(rows):
        SignatoryFactory(agreement=AgreementFactory())
        ParticipationFactory(mission=ParticipationFactory().mission)
    # 1 participations, 2 shared missions' names, 3 Artemis Accords, 4 country measures, 5 signatures per year
    with django_assert_num_queries(5):
        assert client.get(reverse("visuals:home")).status_code == 200
