"""/healthz, /robots.txt, /sitemap.xml and the 404 and 400 pages."""

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import AgreementFactory, CountryFactory, EventFactory, MissionFactory

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_sitemap_lists_published_records_only(client):
    MissionFactory(slug="iss")
    MissionFactory(slug="secret-mission", publication_status=Status.DRAFT)
    CountryFactory(code="in")
    AgreementFactory(slug="artemis-accords")
    EventFactory(slug="hidden-event", publication_status=Status.DRAFT)
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "/missions/iss/" in text and "/countries/in/" in text and "/agreements/artemis-accords/" in text
    assert "secret-mission" not in text and "hidden-event" not in text
    assert "<loc>http://testserver/timeline/</loc>" in text


def test_unknown_address_gets_the_404_page_in_the_site_design(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text and 'class="site-header"' in response.text


def test_handler400_renders_the_bad_request_page(client, settings):
    # A disallowed host makes Django itself answer 400 through handler400.
    settings.ALLOWED_HOSTS = ["example.org"]
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400 and "Bad request" in response.content.decode()
