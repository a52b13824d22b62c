"""The site in the six UN languages, in Debian's Chromium: Arabic lays out right to left without
overflow on a phone and a desktop (charts included), the French timeline filters with htmx and keeps
its /fr/ prefix, and axe finds no serious or critical violation on a home, list and detail page in
each language."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import serious_violations
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    GuideFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
D = datetime.date
LANGUAGES = ["en", "fr", "es", "ru", "zh-hans", "ar"]
PHONE, DESKTOP = {"width": 375, "height": 800}, {"width": 1440, "height": 900}


@pytest.fixture
def world():
    """The ISS, the Artemis Accords with dated signatories (so the growth chart draws), a few events."""
    nasa = OrganizationFactory(name="National Aeronautics and Space Administration", acronym="NASA", slug="nasa")
    iss = MissionFactory(name="International Space Station", short_name="ISS", slug="iss", summary="Laboratory.")
    ParticipationFactory(mission=iss, organization=nasa, role="lead", contribution="US Orbital Segment")
    accords = AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=D(2020, 10, 13))
    for code, name, day in [
        ("au", "Australia", D(2020, 10, 13)),
        ("jp", "Japan", D(2020, 10, 13)),
        ("br", "Brazil", D(2021, 6, 15)),
        ("in", "India", D(2023, 6, 21)),
        ("om", "Oman", D(2026, 1, 26)),
    ]:
        SignatoryFactory(agreement=accords, country=CountryFactory(code=code, name=name), signed_on=day)
    EventFactory(title="Zarya launched", slug="zarya", date=D(1998, 11, 20), kind="launch", featured=True)
    EventFactory(title="Accords signed", slug="accords", date=D(2020, 10, 13), kind="signature")
    EventFactory(title="Expedition 1 docks", slug="expedition-1", date=D(2000, 11, 2), kind="docking")
    guide = GuideFactory(
        title="The ISS: a model of global partnership",
        slug="iss-global-partnership",
        body="The [International Space Station](/missions/iss/) and the [Artemis Accords](/agreements/artemis-accords/) "
        "({{ count:agreement:artemis-accords:signatories }} signatories). " * 12,
    )
    guide.missions.add(iss)
    guide.agreements.add(accords)
    return {"accords": accords}


def no_overflow(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


OVERFLOWING = """() => Array.from(document.querySelectorAll("body *")).filter((e) => {
  const r = e.getBoundingClientRect();
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== "visible") return false;  // clipped by a scroll box
  }
  return r.width && (r.left < -1 || r.right > window.innerWidth + 1);
}).slice(0, 8).map((e) => e.tagName + "." + e.className + "<" + e.parentElement.className + "> " + (e.textContent || "").slice(0, 40) + " " + Math.round(e.getBoundingClientRect().left)
  + ".." + Math.round(e.getBoundingClientRect().right))"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1440px"])
@pytest.mark.parametrize("path", ["/ar/", "/ar/agreements/artemis-accords/", "/ar/guides/iss-global-partnership/"])
def test_arabic_is_right_to_left_with_the_switcher_and_no_overflow(
    browser, live_server, world, viewport, path, screenshot_dir
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}{path}")
    page.wait_for_load_state("networkidle")

    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    switcher = page.locator("nav.language-switcher")
    expect(switcher).to_be_visible()
    expect(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "ar")
    expect(switcher.locator('a[hreflang="fr"]')).to_have_attribute("href", path.replace("/ar/", "/fr/", 1))
    assert no_overflow(page), page.evaluate(OVERFLOWING)

    # Mirrored, not merely right-aligned: the brand sits at the right edge, the text starts on the right.
    width = viewport["width"]
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > width * 0.6, brand
    main = page.locator("main h1").first
    assert main.evaluate("e => getComputedStyle(e).direction") == "rtl"
    heading = main.bounding_box()
    main_box = page.locator("main").bounding_box()
    assert heading["x"] + heading["width"] >= main_box["x"] + main_box["width"] - 40, (heading, main_box)

    if "agreements" in path:
        chart = page.locator("#signatory-growth svg")
        expect(chart.locator("circle.growth-dot--signed")).to_have_count(4)
        box, axis = chart.bounding_box(), chart.locator(".axis--y").bounding_box()
        assert axis["x"] > box["x"] + box["width"] / 2, "the count axis stands on the right"
        first, last = (chart.locator("circle.growth-dot--signed").nth(i).bounding_box() for i in (0, 3))
        assert first["x"] > last["x"], "time runs from the right"
        labels = chart.locator(".axis--y text")
        for i in range(labels.count()):
            label = labels.nth(i).bounding_box()
            assert label["x"] >= axis["x"] - 1, "tick labels sit outside the plot, on the right"
            assert label["x"] + label["width"] <= box["x"] + box["width"] + 1, "and inside the picture"
    page.screenshot(
        path=f"{screenshot_dir}/rtl{path.replace('/', '_')}{width}.png",
        full_page=True,
    )
    assert errors == []
    context.close()


def test_french_timeline_filters_with_htmx_and_keeps_the_prefix(page, live_server, world, console_errors):
    page.goto(f"{live_server.url}/fr/timeline/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    items = page.locator("#results .timeline-events li")
    expect(items).to_have_count(3)
    page.evaluate("window.notReloaded = true")

    page.select_option("#id_kind", "signature")

    expect(items).to_have_count(1)
    expect(page.locator("#results")).to_contain_text("Accords signed")
    expect(page.locator("#results")).not_to_contain_text("Zarya launched")
    expect(page).to_have_url(re.compile(r"/fr/timeline/\?(.*&)?kind=signature"))
    assert page.evaluate("window.notReloaded") is True  # htmx swapped the results, no page load
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    switcher_en = page.locator('nav.language-switcher a[hreflang="en-gb"]')
    expect(switcher_en).to_have_attribute("href", re.compile(r"^/timeline/\?(.*&)?kind=signature"))
    assert console_errors == []


def test_arabic_timeline_runs_from_the_right_and_its_eras_still_zoom(page, live_server, world, console_errors):
    EventFactory(title="Sputnik 1", slug="sputnik", date=D(1957, 10, 4), kind="launch")
    page.goto(f"{live_server.url}/ar/timeline/")

    def cx(slug: str) -> float:
        return float(page.locator(f'a.tl-mark[data-slug="{slug}"] circle').get_attribute("cx"))

    expect(page.locator("#timeline-visual svg a.tl-mark")).to_have_count(4)
    assert cx("sputnik") > cx("zarya") > cx("expedition-1") > cx("accords"), "1957 on the right, 2020 on the left"
    before = cx("zarya") - cx("expedition-1")
    page.locator("#timeline-eras button").filter(has_text="1998").click()
    page.wait_for_function(
        "gap => { const x = (s) => parseFloat(document.querySelector(`a.tl-mark[data-slug='${s}'] circle`)"
        ".getAttribute('cx')); return x('zarya') - x('expedition-1') > gap * 2; }",
        arg=before,
    )
    page.wait_for_timeout(600)  # the 400 ms transition has ended
    assert cx("zarya") > cx("expedition-1"), "zoomed in, time still runs from the right"
    assert console_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_serious_in_each_language(page, live_server, world, console_errors, language):
    prefix = "" if language == "en" else f"/{language}"
    for path in ["/", "/agreements/", "/agreements/artemis-accords/"]:
        page.goto(f"{live_server.url}{prefix}{path}")
        page.wait_for_load_state("networkidle")
        expect(page.locator("html")).to_have_attribute("lang", "en-gb" if language == "en" else language)
        assert serious_violations(page) == [], f"{prefix}{path}"
    assert console_errors == []
