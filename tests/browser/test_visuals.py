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


def test_the_french_map_writes_its_tooltips_and_legend_in_french(page, live_server, atlas, console_errors):
    page.goto(f"{live_server.url}/fr/map/?measure=artemis")

    svg = page.locator("#world-map svg")
    expect(svg).to_have_attribute("aria-label", "Carte du monde des mesures de coopération par pays")
    title = svg.locator('a[data-code="in"] title')
    expect(title).to_have_text("Inde : signataire de « Artemis Accords » depuis le 21 juin 2023")
    expect(svg.locator('a[data-code="in"]')).to_have_attribute("href", "/fr/countries/in/")
    expect(page.locator("#map-legend")).to_contain_text("Non signataire")
    expect(page.locator("#map-legend")).to_contain_text("Aucune fiche")

    page.select_option("#map-measure", "agreements_signed")
    expect(title).to_have_text("Inde : 2 accords signés")  # the Artemis Accords and the Outer Space Treaty
    expect(page).to_have_url(f"{live_server.url}/fr/map/?measure=agreements_signed")
    page.select_option("#map-measure", "missions")
    expect(title).to_have_text("Inde : 1 mission par ses organisations")  # singular: French plural rules
    assert console_errors == []


def test_the_arabic_network_labels_its_marks_and_buttons_in_arabic(page, live_server, atlas, console_errors):
    page.goto(f"{live_server.url}/ar/network/")

    svg = page.locator("#network-chart svg")
    expect(svg).to_have_attribute("aria-label", "شبكة التعاون: 6 منظمات، 12 رابطًا")
    isro = svg.locator('a.network-node[data-slug="isro"]')
    expect(isro).to_have_attribute(
        "aria-label", "Indian Space Research Organisation (ISRO)، بعثة واحدة (1)، وكالة فضاء وطنية"
    )
    expect(isro.locator("title")).to_have_text("Indian Space Research Organisation — الهند (بعثة واحدة: 1)")
    expect(isro).to_have_attribute("href", "/ar/organizations/isro/")
    controls = page.locator(".visual__controls button")
    expect(controls).to_have_count(3)
    expect(controls.nth(0)).to_have_attribute("aria-label", "تكبير")
    expect(controls.nth(2)).to_have_text("إعادة الضبط")
    expect(controls.nth(2)).to_have_attribute("aria-label", "إعادة ضبط العرض")
    assert console_errors == []


# --- Agreement page: cumulative signatories -----------------------------------------------------------------


def test_agreement_chart_draws_a_step_per_signature_date(page, live_server, atlas, console_errors, screenshot_dir):
    treaty = AgreementFactory(slug="rescue-agreement", short_name="Rescue Agreement")
    countries = atlas["countries"]
    SignatoryFactory(agreement=treaty, country=countries["us"], signed_on=D(1968, 4, 22), ratified_on=D(1968, 12, 3))
    SignatoryFactory(agreement=treaty, country=countries["ru"], signed_on=D(1968, 4, 22), ratified_on=D(1968, 12, 3))
    SignatoryFactory(agreement=treaty, country=countries["jp"], signed_on=D(1968, 5, 1), ratified_on=D(1983, 6, 22))
    SignatoryFactory(agreement=treaty, country=countries["in"], signed_on=D(1969, 1, 1))
    SignatoryFactory(agreement=treaty, country=countries["ca"], signed_on=None, ratified_on=D(1975, 2, 20))

    page.goto(f"{live_server.url}/agreements/rescue-agreement/")

    chart = page.locator("#signatory-growth svg")
    expect(chart.locator("path.growth-line--signed")).to_have_count(1)
    expect(chart.locator("path.growth-line--ratified")).to_have_count(1)
    expect(chart.locator("circle.growth-dot--signed")).to_have_count(
        4
    )  # 1968-04-22, 1968-05-01, 1969-01-01, 1975-02-20
    expect(chart.locator("circle.growth-dot--ratified")).to_have_count(3)  # 1968-12-03, 1975-02-20, 1983-06-22
    expect(chart.locator("circle.growth-dot--signed").last.locator("title")).to_have_text(
        "20 February 1975: 5 signatories (+1 joined)"
    )
    screenshot(page, screenshot_dir, "agreement-chart", ".visual--growth")
    assert console_errors == []


def test_the_french_agreement_chart_writes_its_tooltips_in_french(page, live_server, atlas, console_errors):
    treaty = AgreementFactory(slug="rescue-agreement", short_name="Rescue Agreement")
    countries = atlas["countries"]
    SignatoryFactory(agreement=treaty, country=countries["us"], signed_on=D(1968, 4, 22))
    SignatoryFactory(agreement=treaty, country=countries["jp"], signed_on=D(1968, 5, 1), withdrawn_on=D(1970, 1, 1))
    SignatoryFactory(agreement=treaty, country=countries["in"], signed_on=D(1975, 2, 20))

    page.goto(f"{live_server.url}/fr/agreements/rescue-agreement/")

    chart = page.locator("#signatory-growth svg")
    expect(chart).to_have_attribute(
        "aria-label", "Graphique en escalier des signataires cumulés ; le tableau ci-dessous donne les mêmes chiffres"
    )
    dots = chart.locator("circle.growth-dot--signed")
    expect(dots).to_have_count(4)  # 1968-04-22, 1968-05-01, 1970-01-01 (a withdrawal), 1975-02-20
    expect(dots.nth(0).locator("title")).to_have_text("22 avril 1968 : 1 signataire (+1 adhésion(s))")
    expect(dots.nth(1).locator("title")).to_have_text("1 mai 1968 : 2 signataires (+1 adhésion(s))")
    expect(dots.nth(2).locator("title")).to_have_text("1 janvier 1970 : 1 signataire (−1 retrait(s))")
    assert console_errors == []


# --- /timeline/ ---------------------------------------------------------------------------------------------


@pytest.fixture
def events(atlas):
    from tests.factories import EventFactory

    rows = [
        ("sputnik", D(1957, 10, 4), "day", "launch"),
        ("ost-signed", D(1967, 1, 27), "day", "signature"),
        ("astp", D(1975, 7, 17), "day", "docking"),
        ("iss-zarya", D(1998, 11, 20), "day", "launch"),
        ("iga-1998", D(1998, 1, 29), "day", "signature"),
        ("artemis-accords-signed", D(2020, 10, 13), "day", "signature"),
        ("gateway", D(2027, 1, 1), "year", "planned"),
    ]
    for slug, day, precision, kind in rows:
        EventFactory(slug=slug, title=slug.replace("-", " ").title(), date=day, date_precision=precision, kind=kind)
    EventFactory(slug="draft-event", kind="launch", publication_status=Status.DRAFT)


def test_timeline_draws_the_listed_events_and_follows_the_filters(
    page, live_server, events, console_errors, screenshot_dir
):
    page.goto(f"{live_server.url}/timeline/")

    marks = page.locator("#timeline-visual svg a.tl-mark")
    expect(marks).to_have_count(7)
    assert page.locator('#timeline-visual a.tl-mark[data-slug="draft-event"]').count() == 0
    screenshot(page, screenshot_dir, "timeline", ".visual--timeline")

    page.select_option("#id_kind", "signature")  # htmx swaps the results; the picture follows
    expect(marks).to_have_count(3)
    expect(page.locator("#results .timeline-events li")).to_have_count(3)
    assert console_errors == []


def test_timeline_era_buttons_zoom_to_an_era(page, live_server, events, console_errors):
    page.goto(f"{live_server.url}/timeline/")
    sputnik = page.locator('a.tl-mark[data-slug="sputnik"] circle')
    expect(sputnik).to_have_count(1)
    before = float(sputnik.get_attribute("cx"))

    page.get_by_role("button", name="Space race (1957–1974)").click()

    expect(page.get_by_role("button", name="Space race (1957–1974)")).to_have_attribute("aria-pressed", "true")
    page.wait_for_function(
        "b => Math.abs(parseFloat(document.querySelector('a.tl-mark[data-slug=\"ost-signed\"] circle').getAttribute('cx')) - b) > 200",
        arg=before,
    )
    assert console_errors == []


def test_the_french_timeline_names_its_eras_and_itself_in_french(page, live_server, events, console_errors):
    page.goto(f"{live_server.url}/fr/timeline/")

    expect(page.locator("#timeline-visual")).to_have_attribute("aria-label", "Frise de 7 événements, de 1957 à 2027")
    expect(page.get_by_role("button", name="Toutes les années")).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="La course à l'espace (1957–1974)").click()
    expect(page.get_by_role("button", name="La course à l'espace (1957–1974)")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.get_by_role("button", name="Artemis et au-delà (2020–)")).to_have_count(1)
    assert console_errors == []


def test_clicking_a_timeline_event_opens_its_page(page, live_server, events, console_errors):
    page.goto(f"{live_server.url}/timeline/")

    page.locator('a.tl-mark[data-slug="astp"] circle').click()

    expect(page).to_have_url(f"{live_server.url}/timeline/astp/")
    assert console_errors == []


# --- Home ---------------------------------------------------------------------------------------------------


def test_home_shows_the_small_multiples_linking_to_the_full_views(
    page, live_server, atlas, console_errors, screenshot_dir
):
    page.goto(f"{live_server.url}/")

    section = page.locator("#home-visuals")
    # One bar a year from 1967 to 2023; years without a signature have a zero-height bar.
    expect(section.locator("svg.home-bars rect.home-bar")).to_have_count(2023 - 1967 + 1)
    expect(section.locator("#home-pairs li")).to_have_count(5)
    expect(section.locator("#home-pairs li").first).to_contain_text("ESA & NASA: 4 shared missions")
    expect(section.locator(".home-visual__figure")).to_have_text("5")  # us, jp, ca, ru, in
    screenshot(page, screenshot_dir, "home", "#home-visuals")

    section.get_by_role("link", name="See them on the world map").click()
    expect(page).to_have_url(f"{live_server.url}/map/")
    assert console_errors == []
