"""/embed/…: charts without the site's chrome, frameable by any site; every other page stays unframeable."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import AgreementFactory, CountryFactory, SignatoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreement():
    agreement = AgreementFactory(slug="artemis-accords", name="Artemis Accords")
    SignatoryFactory(agreement=agreement, country=CountryFactory(code="us"), signed_on=datetime.date(2020, 10, 13))
    SignatoryFactory(agreement=agreement, country=CountryFactory(code="jp"), signed_on=datetime.date(2020, 10, 13))
    return agreement


EMBEDS = ["/embed/agreements/artemis-accords/chart/", "/embed/map/", "/embed/network/"]


@pytest.mark.parametrize("url", EMBEDS)
def test_embed_is_frameable_by_any_site(client, agreement, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("url", EMBEDS)
def test_embed_has_no_site_chrome_and_links_back(client, agreement, url):
    text = client.get(url).text
    assert 'class="skip-link"' not in text and "<nav" not in text
    assert 'class="embed-attribution"' in text
    full = {"agreements": "/agreements/artemis-accords/", "map": "/map/", "network": "/network/"}
    expected = next(path for key, path in full.items() if key in url)
    assert f'href="http://testserver{expected}" target="_blank"' in text


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/agreements/artemis-accords/",
        "/map/",
        "/network/",
        "/timeline/",
        "/agreements/status/",
        "/api/v1/agreements/",
        "/timeline/feed/",
    ],
)
def test_every_other_page_stays_unframeable(client, agreement, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    if "Content-Security-Policy" in response:
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_embed_of_a_draft_agreement_is_404(client):
    AgreementFactory(slug="hidden", publication_status=Status.DRAFT)
    assert client.get("/embed/agreements/hidden/chart/").status_code == 404


def test_embedded_chart_draws_the_signatory_growth(client, agreement):
    text = client.get(reverse("embed-agreement-chart", kwargs={"slug": "artemis-accords"})).text
    assert "visual--growth" in text and "signatory-growth.js" in text


@pytest.mark.parametrize(
    ("page", "embed"),
    [("/agreements/artemis-accords/", EMBEDS[0]), ("/map/", EMBEDS[1]), ("/network/", EMBEDS[2])],
)
def test_chart_pages_offer_their_iframe_code(client, agreement, page, embed):
    text = client.get(page).text
    assert f"&lt;iframe src=&quot;http://testserver{embed}&quot;" in text or (
        f'&lt;iframe src="http://testserver{embed}"' in text
    )


def test_bad_map_measure_in_an_embed_is_still_a_400(client):
    assert client.get("/embed/map/", {"measure": "nope"}).status_code == 400


def test_every_page_in_the_sitemap_and_every_open_data_file_is_unframeable(client, agreement):
    """Only the three /embed/ routes may be framed: every record page the sitemap lists (one record of
    each type here), the list pages, the data package and the feeds all answer DENY."""
    import re

    from tests.factories import (
        EventFactory,
        GuideFactory,
        MissionFactory,
        OrganizationFactory,
        QuestionFactory,
        TopicFactory,
    )

    for factory in (EventFactory, GuideFactory, MissionFactory, OrganizationFactory, QuestionFactory, TopicFactory):
        factory()
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = {loc.removeprefix("http://testserver") for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    assert {"/agreements/artemis-accords/", "/countries/us/"} <= urls and len(urls) >= 12
    urls |= {"/data/", "/data/datapackage.json", "/data/atlas.zip", "/data/missions.csv", "/timeline/calendar.ics"}
    urls |= {"/compare/?countries=us,jp", "/api/v1/signatories/", "/api/v1/timelinejs/"}
    for url in sorted(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors *" not in response.get("Content-Security-Policy", ""), url
