"""factory_boy factories for every record. Records are published unless a test says otherwise."""

import datetime

import factory

from catalog.models import (
    Agreement,
    AgreementKind,
    Country,
    Guide,
    Mission,
    MissionKind,
    MissionStatus,
    Organization,
    OrganizationKind,
    Participation,
    Question,
    Role,
    Signatory,
    SignatoryStatus,
    Source,
    Status,
    Topic,
)
from timeline.models import Event, EventKind


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")
    publisher = "Example Publisher"


class CuratedFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    publication_status = Status.PUBLISHED

    @factory.post_generation
    def sources(self, create, extracted, **kwargs):
        if not create:
            return
        self.sources.set(extracted if extracted is not None else [SourceFactory()])


def unused_country_code(n: int) -> str:
    """The n-th two-letter code, skipping codes a test already created by hand ('au', 'in'…)."""
    for step in range(26 * 26):
        index = (n + step) % (26 * 26)
        code = f"{chr(97 + index // 26)}{chr(97 + index % 26)}"
        if not Country.objects.filter(code=code).exists():
            return code
    raise RuntimeError("every two-letter country code is taken")


class CountryFactory(CuratedFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: unused_country_code(n))
    name = factory.Sequence(lambda n: f"Country {n}")
    region = "europe"


class TopicFactory(CuratedFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class OrganizationFactory(CuratedFactory):
    class Meta:
        model = Organization

    acronym = factory.Sequence(lambda n: f"ORG{n}")
    name = factory.Sequence(lambda n: f"Organization {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    kind = OrganizationKind.NATIONAL_AGENCY
    country = factory.SubFactory(CountryFactory)


class MissionFactory(CuratedFactory):
    class Meta:
        model = Mission

    name = factory.Sequence(lambda n: f"Mission {n}")
    slug = factory.Sequence(lambda n: f"mission-{n}")
    kind = MissionKind.OBSERVATORY
    status = MissionStatus.ACTIVE
    start_date = datetime.date(2000, 1, 1)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    mission = factory.SubFactory(MissionFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Role.PARTNER
    contribution = "Hardware"


class AgreementFactory(CuratedFactory):
    class Meta:
        model = Agreement

    name = factory.Sequence(lambda n: f"Agreement {n}")
    slug = factory.Sequence(lambda n: f"agreement-{n}")
    kind = AgreementKind.TREATY
    binding = True
    opened_for_signature = datetime.date(1967, 1, 27)


class SignatoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signatory

    agreement = factory.SubFactory(AgreementFactory)
    country = factory.SubFactory(CountryFactory)
    signed_on = datetime.date(2020, 10, 13)
    status = SignatoryStatus.SIGNED


class EventFactory(CuratedFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    date = datetime.date(1998, 11, 20)
    date_precision = "day"
    kind = EventKind.LAUNCH


class GuideFactory(CuratedFactory):
    class Meta:
        model = Guide

    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    standfirst = "A guide."
    body = "A paragraph of the guide."


class QuestionFactory(CuratedFactory):
    class Meta:
        model = Question

    question = factory.Sequence(lambda n: f"Question {n}?")
    slug = factory.Sequence(lambda n: f"question-{n}")
    answer = "An answer."
