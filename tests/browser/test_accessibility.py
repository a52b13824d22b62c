"""axe-core finds no serious or critical violation on the home page, a list, a detail and the timeline."""

import datetime
from pathlib import Path

import pytest

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
AXE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "axe.min.js"


def seed():
    iss = MissionFactory(name="International Space Station", short_name="ISS", slug="iss", summary="Laboratory.")
    nasa = OrganizationFactory(name="NASA", acronym="NASA")
    ParticipationFactory(mission=iss, organization=nasa, role="lead", contribution="US Orbital Segment")
    accords = AgreementFactory(name="Artemis Accords", slug="artemis-accords")
    SignatoryFactory(agreement=accords, country=CountryFactory(code="au", name="Australia"))
    event = EventFactory(title="ISS first module", date=datetime.date(1998, 11, 20), featured=True)
    event.missions.add(iss)


# The whole document is scanned, charts included, once their data has loaded.
AXE_CONTEXT = "document"


def serious_violations(page) -> list[str]:
    # evaluate() runs outside the page's CSP, which would refuse an injected <script>.
    page.evaluate(AXE.read_text())
    result = page.evaluate(f"axe.run({AXE_CONTEXT}, {{resultTypes: ['violations']}})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize(
    "path",
    ["/", "/missions/", "/agreements/artemis-accords/", "/timeline/", "/search/?q=ISS", "/network/", "/map/"],
)
def test_page_has_no_serious_accessibility_violations(page, live_server, console_errors, path, screenshot_dir):
    seed()
    page.goto(f"{live_server.url}{path}")
    page.wait_for_load_state("networkidle")
    assert serious_violations(page) == []
    page.screenshot(path=f"{screenshot_dir}/a11y{path.replace('/', '_').replace('?', '_')}.png", full_page=True)
    assert console_errors == []
