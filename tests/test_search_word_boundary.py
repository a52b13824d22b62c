"""Search matches words from their start on SQLite, as the word-based search does on PostgreSQL."""

import pytest
from django.db import connection

from catalog.models import Organization
from coop_site.lib.filters import search_q
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor == "postgresql", reason="PostgreSQL uses the trigram-indexed icontains")
def test_iss_does_not_match_mission_or_commission():
    OrganizationFactory(name="European Commission", acronym="EC", summary="A mission of the Union.")
    iss = OrganizationFactory(name="ISS partners", acronym="ISSP", summary="The ISS programme.")
    found = Organization.objects.filter(search_q(["name", "acronym", "summary"], "ISS"))
    assert list(found) == [iss]


def test_a_word_with_an_apostrophe_is_found():
    org = OrganizationFactory(name="Team", acronym="T", summary="Payloads on Chang'e-4.")
    assert list(Organization.objects.filter(search_q(["summary"], "Chang'e"))) == [org]
