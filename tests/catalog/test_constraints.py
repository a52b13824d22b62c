"""Each database constraint rejects bad data, and model validation says why in a sentence first."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from catalog.models import Agreement, Country, Participation, Signatory, Topic
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
    TopicFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db

D = datetime.date


def assert_db_rejects(save):
    with pytest.raises(IntegrityError), transaction.atomic():
        save()


def test_mission_ending_before_it_starts_is_rejected_by_the_database():
    mission = MissionFactory(start_date=D(2000, 1, 1))
    mission.end_date = D(1999, 12, 31)
    assert_db_rejects(mission.save)


def test_mission_ending_before_it_starts_fails_validation_with_a_sentence():
    mission = MissionFactory.build(slug="m", start_date=D(2000, 1, 1), end_date=D(1999, 12, 31))
    with pytest.raises(ValidationError) as excinfo:
        mission.full_clean()
    assert excinfo.value.message_dict["end_date"] == ["End date 1999-12-31 is before start date 2000-01-01."]


def test_event_ending_before_its_date_is_rejected():
    event = EventFactory(date=D(2025, 6, 25))
    event.end_date = D(2025, 6, 1)
    assert_db_rejects(event.save)
    with pytest.raises(ValidationError):
        event.full_clean()


def test_ratified_before_signed_is_rejected_by_the_database():
    signatory = SignatoryFactory(signed_on=D(2020, 10, 13))
    signatory.ratified_on = D(2019, 1, 1)
    assert_db_rejects(signatory.save)


def test_ratified_before_signed_fails_validation_with_a_sentence_curators_understand():
    signatory = SignatoryFactory.build(
        agreement=AgreementFactory(), country=CountryFactory(), signed_on=D(2020, 10, 13), ratified_on=D(2019, 1, 1)
    )
    with pytest.raises(ValidationError) as excinfo:
        signatory.full_clean()
    assert excinfo.value.message_dict["ratified_on"] == ["Ratified date 2019-01-01 is before signed date 2020-10-13."]


def test_the_same_country_twice_on_one_agreement_is_rejected():
    first = SignatoryFactory()
    duplicate = Signatory(agreement=first.agreement, country=first.country, signed_on=D(2021, 1, 1))
    with pytest.raises(ValidationError, match="already a signatory"):
        duplicate.full_clean()
    assert_db_rejects(duplicate.save)


def test_the_same_organization_twice_on_one_agreement_is_rejected():
    agreement, org = AgreementFactory(), OrganizationFactory()
    Signatory.objects.create(agreement=agreement, organization=org)
    assert_db_rejects(lambda: Signatory.objects.create(agreement=agreement, organization=org))


def test_a_signatory_must_be_a_country_or_an_organization_not_both_nor_neither():
    agreement = AgreementFactory()
    assert_db_rejects(lambda: Signatory.objects.create(agreement=agreement))
    assert_db_rejects(
        lambda: Signatory.objects.create(
            agreement=agreement, country=CountryFactory(), organization=OrganizationFactory()
        )
    )
    with pytest.raises(ValidationError, match="exactly one"):
        Signatory(agreement=agreement).full_clean()


def test_two_participations_of_one_organization_in_one_mission_with_the_same_role_are_rejected():
    first = ParticipationFactory()
    duplicate = Participation(mission=first.mission, organization=first.organization, role=first.role)
    with pytest.raises(ValidationError):
        duplicate.full_clean()
    assert_db_rejects(duplicate.save)


def test_the_same_organization_may_hold_two_different_roles_in_one_mission():
    first = ParticipationFactory(role="lead")
    Participation.objects.create(mission=first.mission, organization=first.organization, role="operator")
    assert first.mission.participations.count() == 2


@pytest.mark.parametrize("factory", [MissionFactory, AgreementFactory, TopicFactory, OrganizationFactory, EventFactory])
def test_a_slug_used_twice_is_rejected(factory):
    factory(slug="same-slug")
    assert_db_rejects(lambda: factory(slug="same-slug"))


def test_a_country_code_used_twice_is_rejected_whatever_its_case():
    Country.objects.create(code="in", name="India")
    assert_db_rejects(lambda: Country.objects.create(code="IN", name="India again"))


def test_a_country_code_must_be_two_letters():
    assert_db_rejects(lambda: Country.objects.bulk_create([Country(code="1x", name="Bad")]))


def test_agreement_entering_into_force_before_opening_is_rejected():
    agreement = AgreementFactory(opened_for_signature=D(1967, 1, 27))
    agreement.entered_into_force = D(1966, 1, 1)
    assert_db_rejects(agreement.save)


def test_a_reported_total_needs_its_date_and_source():
    agreement = AgreementFactory()
    agreement.reported_parties = 117
    with pytest.raises(ValidationError, match="as-of date and its source"):
        agreement.full_clean()
    assert_db_rejects(agreement.save)


def test_published_excludes_drafts_on_every_curated_model():
    published = [MissionFactory(), AgreementFactory(), TopicFactory(), OrganizationFactory(), EventFactory()]
    drafts = [
        MissionFactory(publication_status="draft"),
        AgreementFactory(publication_status="draft"),
        TopicFactory(publication_status="draft"),
        OrganizationFactory(publication_status="draft"),
        EventFactory(publication_status="draft"),
    ]
    for record in published + drafts:
        visible = type(record).objects.published()
        assert (record in visible) is record.is_published


def test_new_records_start_as_drafts():
    assert Topic.objects.create(name="Space law", slug="space-law").publication_status == "draft"
    assert Event._meta.get_field("publication_status").default == "draft"
    assert Agreement._meta.get_field("publication_status").default == "draft"
