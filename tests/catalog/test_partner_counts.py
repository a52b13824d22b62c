"""Mission.published_partner_count: kept on every write, equal to the derived count, read only for the public."""

import pytest
from django.urls import reverse

from catalog.models import Mission, Participation, Role, Status
from catalog.partner_counts import check_partner_counts, recount_partners
from catalog.queries import featured_missions
from tests.factories import MissionFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def stored(mission) -> int:
    return Mission.objects.values_list("published_partner_count", flat=True).get(pk=mission.pk)


def test_count_follows_participations_and_organization_publication():
    mission, other = MissionFactory(), MissionFactory()
    published, draft = OrganizationFactory(), OrganizationFactory(publication_status=Status.DRAFT)
    row = ParticipationFactory(mission=mission, organization=published, role=Role.LEAD)
    ParticipationFactory(mission=mission, organization=draft, role=Role.PARTNER)
    assert stored(mission) == 1  # the draft organization's participation is not counted for the public
    assert check_partner_counts() == []

    draft.publication_status = Status.PUBLISHED
    draft.save()
    assert stored(mission) == 2
    published.publication_status = Status.DRAFT
    published.save()
    assert stored(mission) == 1

    row.mission = other  # a row moved to another mission: both are recounted
    row.save()
    assert (stored(mission), stored(other)) == (1, 0)
    row.organization = draft
    row.save()
    assert (stored(mission), stored(other)) == (1, 1)
    row.delete()
    assert (stored(mission), stored(other)) == (1, 0)
    assert check_partner_counts() == []


def test_check_names_a_wrong_count_and_recount_repairs_it():
    mission = MissionFactory(slug="bulk-loaded")
    ParticipationFactory(mission=mission)
    Mission.objects.filter(pk=mission.pk).update(published_partner_count=7)  # a write that sends no signal
    assert check_partner_counts() == [("bulk-loaded", 7, 1)]
    recount_partners()
    assert check_partner_counts() == []


def test_public_ranking_reads_the_stored_count_and_staff_derive_theirs(admin_user):
    small, big = MissionFactory(name="Small"), MissionFactory(name="Big")
    ParticipationFactory(mission=small)
    for _ in range(2):
        ParticipationFactory(mission=big)
    hidden = OrganizationFactory(publication_status=Status.DRAFT)
    for _ in range(3):
        Participation.objects.create(mission=small, organization=hidden, role=Role.PARTNER)
        hidden = OrganizationFactory(publication_status=Status.DRAFT)
    public = list(featured_missions(6))
    assert [(m.name, m.partner_count) for m in public] == [("Big", 2), ("Small", 1)]
    staff = list(featured_missions(6, admin_user))
    assert [(m.name, m.partner_count) for m in staff] == [("Small", 4), ("Big", 2)]


def test_home_page_lists_the_most_international_missions_first(client):
    small, big = MissionFactory(name="Two partners"), MissionFactory(name="Three partners")
    for mission, n in ((small, 2), (big, 3)):
        for _ in range(n):
            ParticipationFactory(mission=mission)
    text = client.get(reverse("catalog:home")).text
    assert text.index("Three partners") < text.index("Two partners")
