"""A visitor uses the public site in Debian's Chromium: filters, pages, sorts, searches."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_filters_missions_by_organization_and_pages_through_them(page, live_server, console_errors):
    esa = OrganizationFactory(name="European Space Agency", acronym="ESA", slug="esa")
    for number in range(25):
        ParticipationFactory(mission=MissionFactory(name=f"ESA mission {number:02d}"), organization=esa)
    MissionFactory(name="Chandrayaan-1")
    page.goto(f"{live_server.url}/missions/")
    expect(page.locator(".result-count")).to_contain_text("26 missions")
    page.evaluate("window.notReloaded = true")

    page.select_option("#id_organization", "esa")

    expect(page.locator(".result-count")).to_contain_text("25 missions match these filters")
    expect(page).to_have_url(re.compile(r"organization=esa"))
    assert page.evaluate("window.notReloaded") is True  # htmx swapped the results, no page load
    expect(page.locator("#results")).not_to_contain_text("Chandrayaan-1")

    page.get_by_role("link", name="Next page").click()
    expect(page.locator(".pagination")).to_contain_text("Page 2 of 2")
    expect(page).to_have_url(re.compile(r"organization=esa.*page=2"))
    expect(page.locator("#results .card")).to_have_count(5)
    assert console_errors == []


def test_filters_work_without_javascript(browser, live_server):
    OrganizationFactory(slug="isro", name="ISRO")
    ParticipationFactory(mission=MissionFactory(name="NISAR"), organization__slug="nasa-x")
    ParticipationFactory(mission=MissionFactory(name="Chandrayaan-3"), organization=OrganizationFactory(slug="isro-2"))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/missions/")
    page.select_option("#id_organization", "isro-2")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"organization=isro-2"))
    expect(page.locator(".result-count")).to_contain_text("1 mission")
    expect(page.locator("#results")).to_contain_text("Chandrayaan-3")
    context.close()


def test_visitor_sorts_the_signatory_table(page, live_server, console_errors):
    accords = AgreementFactory(name="Artemis Accords", short_name="Artemis Accords", slug="artemis-accords")
    for code, name, signed in [
        ("zm", "Zambia", datetime.date(2020, 10, 13)),
        ("br", "Brazil", datetime.date(2021, 6, 15)),
        ("om", "Oman", datetime.date(2026, 1, 26)),
    ]:
        SignatoryFactory(agreement=accords, country=CountryFactory(code=code, name=name), signed_on=signed)
    page.goto(f"{live_server.url}/agreements/artemis-accords/")
    parties = page.locator("#signatory-table tbody th")
    expect(page.locator(".headline-count")).to_contain_text("3 signatories as of")
    expect(parties).to_have_text(["Zambia", "Brazil", "Oman"])  # by signed date

    page.get_by_role("link", name="Signatory").click()
    expect(parties).to_have_text(["Brazil", "Oman", "Zambia"])
    expect(page.locator('th[data-sort-key="party"]')).to_have_attribute("aria-sort", "ascending")
    expect(page.locator('th[data-sort-key="signed"]')).not_to_have_attribute("aria-sort", re.compile(".*"))

    page.get_by_role("link", name="Signatory").click()
    expect(parties).to_have_text(["Zambia", "Oman", "Brazil"])
    expect(page.locator('th[data-sort-key="party"]')).to_have_attribute("aria-sort", "descending")
    expect(page).to_have_url(re.compile(r"sort=-party"))
    assert console_errors == []


def test_visitor_searches_iss_and_reaches_the_iss_page(page, live_server, console_errors):
    iss = MissionFactory(name="International Space Station", short_name="ISS", slug="iss", summary="Crewed laboratory.")
    ParticipationFactory(mission=iss, organization=OrganizationFactory(name="Roscosmos"), contribution="Zvezda")
    MissionFactory(name="ISSAT demonstrator", short_name="ISSAT")
    EventFactory(title="First ISS module launched")
    page.goto(f"{live_server.url}/")
    page.get_by_role("searchbox", name="Search the Atlas").first.fill("ISS")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=ISS"))
    first_mission = page.locator("#group-missions .card h3 a").first
    expect(first_mission).to_contain_text("International Space Station")
    first_mission.click()
    expect(page).to_have_url(re.compile(r"/missions/iss/$"))
    expect(page.locator("h1")).to_contain_text("International Space Station")
    expect(page.locator("table")).to_contain_text("Zvezda")
    assert console_errors == []


def test_list_page_fits_a_375px_phone(browser, live_server):
    MissionFactory.create_batch(3, summary="A long summary " * 10)
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    for path in ("/", "/missions/", "/timeline/"):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    context.close()
