"""The pictures in a real browser: they draw the expected marks, raise no console error (the CSP is
strict, so an inline style or script would), and their marks lead to the records' pages."""

import datetime
import os

import pytest
from playwright.sync_api import Page, expect

from catalog.models import OrganizationKind, Status
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

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
D = datetime.date


def screenshot(page: Page, screenshot_dir: str, name: str, selector: str = "main") -> None:
    page.locator(selector).screenshot(path=os.path.join(screenshot_dir, f"visuals-{name}.png"))


@pytest.fixture
def atlas():
    """A small ISS-era world: five agencies, four countries on the map, one historical state."""
    countries = {
        code: CountryFactory(code=code, name=name)
        for code, name in [
            ("us", "United States"),
            ("jp", "Japan"),
            ("ca", "Canada"),
            ("ru", "Russia"),
            ("in", "India"),
        ]
    }
    CountryFactory(code="su", name="Soviet Union", historical=True)
    orgs = {
        "nasa": OrganizationFactory(
            slug="nasa", acronym="NASA", name="National Aeronautics and Space Administration", country=countries["us"]
        ),
        "esa": OrganizationFactory(
            slug="esa",
            acronym="ESA",
            name="European Space Agency",
            country=None,
            kind=OrganizationKind.INTERGOVERNMENTAL,
        ),
        "jaxa": OrganizationFactory(
            slug="jaxa", acronym="JAXA", name="Japan Aerospace Exploration Agency", country=countries["jp"]
        ),
        "csa": OrganizationFactory(slug="csa", acronym="CSA", name="Canadian Space Agency", country=countries["ca"]),
        "roscosmos": OrganizationFactory(
            slug="roscosmos", acronym="Roscosmos", name="Roscosmos", country=countries["ru"]
        ),
        "isro": OrganizationFactory(
            slug="isro", acronym="ISRO", name="Indian Space Research Organisation", country=countries["in"]
        ),
    }
    astronomy = TopicFactory(slug="astronomy", name="Astronomy")
    missions = [
        ("iss", D(1998, 11, 20), ["nasa", "esa", "jaxa", "csa", "roscosmos"], False),
        ("jwst", D(2021, 12, 25), ["nasa", "esa", "csa"], True),
        ("soho", D(1995, 12, 2), ["nasa", "esa"], True),
        ("chandrayaan-1", D(2008, 10, 22), ["isro", "nasa", "esa"], True),
    ]
    for slug, start, members, is_astronomy in missions:
        mission = MissionFactory(slug=slug, name=slug.upper(), short_name=slug.upper(), start_date=start)
        if is_astronomy:
            mission.topics.add(astronomy)
        for org in members:
            ParticipationFactory(mission=mission, organization=orgs[org])
    draft = OrganizationFactory(slug="draft-agency", acronym="DRAFT", country=None, publication_status=Status.DRAFT)
    ParticipationFactory(mission=MissionFactory(slug="iss-2"), organization=draft)
    artemis = AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG, short_name="Artemis Accords", binding=False)
    for code, day in [
        ("us", D(2020, 10, 13)),
        ("jp", D(2020, 10, 13)),
        ("ca", D(2020, 10, 13)),
        ("in", D(2023, 6, 21)),
    ]:
        SignatoryFactory(agreement=artemis, country=countries[code], signed_on=day)
    ost = AgreementFactory(slug="outer-space-treaty", short_name="Outer Space Treaty")
    for code in ["us", "ru", "jp", "in"]:
        SignatoryFactory(agreement=ost, country=countries[code], signed_on=D(1967, 1, 27))
    return {"orgs": orgs, "countries": countries}


# --- /network/ --------------------------------------------------------------------------------------------


def test_network_draws_one_circle_per_organization_and_one_line_per_link(
    page, live_server, atlas, console_errors, screenshot_dir
):
    page.goto(f"{live_server.url}/network/")

    nodes = page.locator("#network-chart svg a.network-node")
    expect(nodes).to_have_count(6)  # the draft agency and its mission are not drawn
    # ISS links 5 agencies (10 pairs); JWST adds none new; Chandrayaan-1 adds ISRO–NASA and ISRO–ESA.
    expect(page.locator("#network-chart svg line.network-edge")).to_have_count(12)
    assert page.locator('a.network-node[data-slug="draft-agency"]').count() == 0
    heaviest = page.locator('line.network-edge[data-weight="4"]')
    expect(heaviest).to_have_count(1)  # NASA–ESA share ISS, JWST, SOHO and Chandrayaan-1
    assert page.locator("details.visual-table tbody tr").count() == 12
    screenshot(page, screenshot_dir, "network", ".visual--network")
    assert console_errors == []


def test_network_follows_the_topic_and_period_filters(page, live_server, atlas, console_errors):
    page.goto(f"{live_server.url}/network/")
    page.select_option("#id_topic", "astronomy")
    page.fill("#id_year_from", "2000")
    page.click("form.visual-filters button[type=submit]")

    expect(page).to_have_url(f"{live_server.url}/network/?topic=astronomy&year_from=2000&year_to=")
    # Astronomy since 2000: JWST (NASA, ESA, CSA), Chandrayaan-1 (ISRO, NASA, ESA) and SOHO (active since 1995,
    # so still running); the ISS is not an astronomy mission and Roscosmos and JAXA drop out.
    expect(page.locator("#network-chart svg a.network-node")).to_have_count(4)
    expect(page.locator("#network-chart svg line.network-edge")).to_have_count(5)
    assert console_errors == []


def test_clicking_an_organization_opens_its_page(page, live_server, atlas, console_errors):
    page.goto(f"{live_server.url}/network/")

    page.locator('a.network-node[data-slug="isro"] circle').click()

    expect(page).to_have_url(f"{live_server.url}/organizations/isro/")
    assert console_errors == []


def test_network_with_a_bad_filter_is_a_400_page_that_names_it(page, live_server, atlas):
    response = page.goto(f"{live_server.url}/network/?year_from=soon")

    assert response.status == 400
    expect(page.locator(".form-errors")).to_contain_text("year_from")


# --- /map/ ------------------------------------------------------------------------------------------------


def test_map_shades_the_countries_with_records(page, live_server, atlas, console_errors, screenshot_dir):
    page.goto(f"{live_server.url}/map/")

    svg = page.locator("#world-map svg")
    expect(svg.locator("path.map-country").first).to_be_visible()
    assert svg.locator("path.map-country").count() > 150  # the whole world, Antarctica left out
    # Agreements signed: United States, Russia, Japan and India signed a published agreement; Canada too.
    expect(svg.locator("path.map-country.is-shaded")).to_have_count(5)
    expect(svg.locator("a.map-item--link")).to_have_count(5)  # the Soviet Union is in the table only
    expect(page.locator("#map-legend")).to_contain_text("Agreements signed")
    screenshot(page, screenshot_dir, "map", ".visual--map")

    page.select_option("#map-measure", "artemis")
    expect(svg.locator("path.map-country.is-shaded")).to_have_count(4)
    expect(page).to_have_url(f"{live_server.url}/map/?measure=artemis")
    title = svg.locator('a[data-code="in"] title')
    expect(title).to_have_text("India: Artemis Accords signatory since 21 June 2023")
    screenshot(page, screenshot_dir, "map-artemis", ".visual--map")

    page.select_option("#map-measure", "missions")
    expect(svg.locator("path.map-country.is-shaded")).to_have_count(5)  # via NASA, JAXA, CSA, Roscosmos, ISRO
    assert console_errors == []


def test_clicking_a_country_opens_its_page(page, live_server, atlas, console_errors):
    page.goto(f"{live_server.url}/map/")

    page.locator('a.map-item[data-code="in"] path').click()

    expect(page).to_have_url(f"{live_server.url}/countries/in/")
    assert console_errors == []
