"""Search matches words from their start, on SQLite and on PostgreSQL alike."""

import pytest

from catalog.models import Organization
from coop_site.lib.filters import search_q
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_iss_does_not_match_mission_or_commission():
    OrganizationFactory(name="European Commission", acronym="EC", summary="A mission of the Union.")
    iss = OrganizationFactory(name="ISS partners", acronym="ISSP", summary="The ISS programme.")
    found = Organization.objects.filter(search_q(["name", "acronym", "summary"], "ISS"))
    assert list(found) == [iss]


def test_a_word_with_an_apostrophe_is_found():
    org = OrganizationFactory(name="Team", acronym="T", summary="Payloads on Chang'e-4.")
    assert list(Organization.objects.filter(search_q(["summary"], "Chang'e"))) == [org]
