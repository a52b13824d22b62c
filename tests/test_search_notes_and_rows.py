"""Search (the search page, every list's `q`, the API's `q`) matches participants' contributions, rows'
notes, status notes and country notes — but never through a row a visitor may not see — and matches
words from their start on both databases ("ISS" is not in "Commission")."""

import pytest
from django.urls import reverse

from catalog.models import Signatory, SignatoryStatus, Status
from coop_site.search import search_all
from tests import factories as f

pytestmark = pytest.mark.django_db
SEARCH = reverse("catalog:search")


def _found(key: str, query: str) -> list[str]:
    groups = {group.key: group for group in search_all(query)}
    return [str(getattr(r, "slug", None) or r.pk) for r in groups[key].results] if key in groups else []


def _api(client, path: str, query: str) -> list[str]:
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [row["slug"] for row in response.json()["results"]]


def _page(client, path: str, query: str) -> str:
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def ilrs(db):
    mission = f.MissionFactory(name="International Lunar Research Station", short_name="ILRS", slug="ilrs",
                               summary="A lunar base programme.")  # fmt: skip
    cnsa = f.OrganizationFactory(name="China National Space Administration", acronym="CNSA", slug="cnsa")
    f.ParticipationFactory(mission=mission, organization=cnsa, contribution="Chang'e-7 and Chang'e-8 landers")
    return mission


def test_chang_e_finds_the_ilrs_through_a_contribution_everywhere(client, ilrs):
    assert _found("missions", "Chang'e") == ["ilrs"]
    assert "/missions/ilrs/" in _page(client, SEARCH, "Chang'e")
    assert "/missions/ilrs/" in _page(client, reverse("catalog:mission-list"), "Chang'e")
    assert _api(client, "/api/v1/missions/", "Chang'e") == ["ilrs"]
    # The contributing organization is found by what it contributed, too.
    assert _found("organizations", "Chang'e-8") == ["cnsa"]
    assert _api(client, "/api/v1/organizations/", "landers") == ["cnsa"]


def test_every_word_may_come_from_the_record_or_its_rows(client, ilrs):
    assert _api(client, "/api/v1/missions/", "lunar Chang'e") == ["ilrs"]
    assert _api(client, "/api/v1/missions/", "lunar Soyuz") == []


def test_a_draft_participant_s_contribution_does_not_make_a_mission_findable(client, staff_user):
    mission = f.MissionFactory(name="Quiet Mission", slug="quiet")
    hidden = f.OrganizationFactory(name="Hidden Agency", publication_status=Status.DRAFT)
    f.ParticipationFactory(mission=mission, organization=hidden, contribution="Zephyrometer")
    assert _found("missions", "Zephyrometer") == []
    assert "/missions/quiet/" not in _page(client, SEARCH, "Zephyrometer")
    assert "/missions/quiet/" not in _page(client, reverse("catalog:mission-list"), "Zephyrometer")
    assert _api(client, "/api/v1/missions/", "Zephyrometer") == []
    # Staff preview drafts in the API: the row is theirs to see.
    client.force_login(staff_user)
    assert _api(client, "/api/v1/missions/", "Zephyrometer") == ["quiet"]


def test_a_draft_mission_s_contribution_does_not_make_its_organization_findable(client):
    draft = f.MissionFactory(name="Draft Probe", publication_status=Status.DRAFT)
    agency = f.OrganizationFactory(name="Visible Agency", slug="visible-agency")
    f.ParticipationFactory(mission=draft, organization=agency, contribution="Quasarscope")
    assert _found("organizations", "Quasarscope") == []
    assert _api(client, "/api/v1/organizations/", "Quasarscope") == []
    draft.publication_status = Status.PUBLISHED
    draft.save()
    assert _api(client, "/api/v1/organizations/", "Quasarscope") == ["visible-agency"]


def test_signatory_notes_find_an_agreement_unless_the_party_is_a_draft(client):
    treaty = f.AgreementFactory(name="Some Treaty", slug="some-treaty")
    shown = f.CountryFactory(name="Shownland")
    hidden = f.CountryFactory(name="Hiddenland", publication_status=Status.DRAFT)
    Signatory.objects.create(
        agreement=treaty, country=shown, status=SignatoryStatus.SIGNED, notes="Signed in Ulaanbaatar"
    )
    Signatory.objects.create(
        agreement=treaty, country=hidden, status=SignatoryStatus.SIGNED, notes="Signed in Timbuktu"
    )
    assert _found("agreements", "Ulaanbaatar") == ["some-treaty"]
    assert _api(client, "/api/v1/agreements/", "Ulaanbaatar") == ["some-treaty"]
    assert _found("agreements", "Timbuktu") == []
    assert _api(client, "/api/v1/agreements/", "Timbuktu") == []
    assert "/agreements/some-treaty/" not in _page(client, reverse("catalog:agreement-list"), "Timbuktu")


def test_status_notes_and_country_notes_are_searched(client):
    f.MissionFactory(name="Far Probe", slug="far-probe", status_note="Contact lost after the flyby")
    f.CountryFactory(code="su", name="Soviet Union", notes="Succeeded by the Russian Federation in 1991.")
    assert _found("missions", "flyby") == ["far-probe"]
    assert _api(client, "/api/v1/missions/", "flyby") == ["far-probe"]
    assert "/countries/su/" in _page(client, SEARCH, "Succeeded")
    assert "/countries/su/" in _page(client, reverse("catalog:country-list"), "Succeeded")


def test_iss_does_not_match_commission_or_mission(client):
    f.OrganizationFactory(name="European Commission", acronym="EC", slug="ec", summary="A mission of the Union.")
    f.OrganizationFactory(name="Dissolved Agency", acronym="DA", slug="da", summary="Missions.")
    iss = f.MissionFactory(name="International Space Station", short_name="ISS", slug="iss")
    f.MissionFactory(name="Columbus", slug="columbus", summary="European module of the ISS-based laboratory.")
    f.ParticipationFactory(mission=iss, contribution="Commissioning of the modules")
    assert _found("organizations", "ISS") == []
    assert _api(client, "/api/v1/organizations/", "ISS") == []
    assert sorted(_found("missions", "ISS")) == ["columbus", "iss"]
    assert sorted(_api(client, "/api/v1/missions/", "ISS")) == ["columbus", "iss"]
    html = _page(client, SEARCH, "ISS")
    assert "European Commission" not in html and "Dissolved Agency" not in html


@pytest.mark.parametrize(
    "query", ["(", "[a", "a\\", "*", "+ISS", "?", ".*", "(?i)x", "a{2,}", "$", "^", "Chang'e-4 (CNSA)"]
)
def test_regular_expression_characters_are_plain_text(client, ilrs, query):
    for path in (SEARCH, reverse("catalog:mission-list"), "/api/v1/missions/", "/api/v1/agreements/"):
        response = client.get(path, {"q": query})
        assert response.status_code == 200, (path, query)
    assert _api(client, "/api/v1/missions/", ".*") == []
