"""export_atlas -> empty database -> load_atlas gives the same records, every field of every record."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.test.utils import override_settings

from catalog.management.commands.export_atlas import BOOKKEEPING, natural_key
from catalog.models import Participation, Signatory, Source, Status
from coop_site.records.registry import in_dependency_order, row_types
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def _row_key(row):
    parent = row.row_parent
    party = [natural_key(getattr(row, name)) for name in getattr(row, "row_party_fields", ())]
    extra = [getattr(row, "role", None), getattr(row, "kind", None)]  # a membership row is one per kind
    return (natural_key(getattr(row, parent)), *party, *extra)


def _fields(obj):
    out = {}
    for field in type(obj)._meta.get_fields():
        if field.name in BOOKKEEPING or (field.auto_created and not field.concrete):
            continue
        if field.many_to_many:
            out[field.name] = sorted(str(natural_key(t)) for t in getattr(obj, field.name).all())
        elif field.many_to_one:
            out[field.name] = natural_key(getattr(obj, field.name))
        else:
            out[field.name] = getattr(obj, field.name)
    return out


def snapshot():
    """Every record and row, by natural key, with every field but ids, timestamps and versions."""
    tables = {"sources": {s.url: _fields(s) for s in Source.objects.all()}}
    for model in in_dependency_order():
        tables[model.__name__] = {natural_key(obj): _fields(obj) for obj in model._default_manager.all()}
    for model in row_types():
        tables[model.__name__] = {_row_key(row): _fields(row) for row in model._default_manager.all()}
    return tables


def empty_the_database():
    for model in [*row_types(), *reversed(in_dependency_order()), Source]:
        if model.__name__ == "Mission":
            model._default_manager.update(parent=None)
        model._default_manager.all().delete()
    assert all(not rows for rows in snapshot().values())


def round_trip(tmp_path):
    before = snapshot()
    call_command("export_atlas", tmp_path / "backup", stdout=open("/dev/null", "w"))  # noqa: SIM115
    empty_the_database()
    call_command("load_atlas", fixtures_dir=tmp_path / "backup", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return before, snapshot()


@override_settings(SIMPLE_HISTORY_ENABLED=False)  # the records, not their history: a third of the time
def test_the_demo_data_survives_a_round_trip(tmp_path):
    call_command("load_atlas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    before, after = round_trip(tmp_path)
    assert sum(len(rows) for rows in before.values()) > 50
    assert after == before


def test_drafts_links_rows_and_partial_dates_survive_a_round_trip(tmp_path):
    sources = SourceFactory.create_batch(3)
    country, other = CountryFactory(sources=sources[:2]), CountryFactory(publication_status=Status.DRAFT)
    topic = TopicFactory(publication_status=Status.DRAFT, summary="Draft topic")
    org = OrganizationFactory(
        country=country,
        founded=datetime.date(1975, 5, 1),
        founded_precision="month",
        publication_status=Status.DRAFT,
    )
    org.member_countries.set([country, other])
    org.topics.set([topic])
    partner = OrganizationFactory(founded=datetime.date(1958, 1, 1), founded_precision="year")
    programme = MissionFactory(start_date=datetime.date(1998, 1, 1), start_precision="year")
    mission = MissionFactory(
        parent=programme,
        start_date=datetime.date(2024, 12, 1),
        start_precision="month",
        end_date=datetime.date(2025, 11, 2),
        end_precision="day",
        publication_status=Status.DRAFT,
    )
    mission.topics.set([topic])
    ParticipationFactory(mission=mission, organization=org, order=0, contribution="Lander").sources.set(sources[:1])
    ParticipationFactory(mission=mission, organization=partner, order=3).sources.set(sources[1:])
    agreement = AgreementFactory(
        reported_parties=12,
        reported_as_of=datetime.date(2025, 1, 1),
        reported_source=sources[2],
        publication_status=Status.DRAFT,
    )
    agreement.organizations.set([org])
    SignatoryFactory(agreement=agreement, country=country, notes="By note").sources.set(sources[:2])
    SignatoryFactory(agreement=agreement, country=None, organization=partner).sources.set(sources[2:])
    event = EventFactory(date=datetime.date(1969, 7, 1), date_precision="month", publication_status=Status.DRAFT)
    event.missions.set([mission])
    event.agreements.set([agreement])
    event.countries.set([other])

    before, after = round_trip(tmp_path)
    assert after == before
    assert Participation.objects.count() == 2 and Signatory.objects.count() == 2
    exported = json.loads((tmp_path / "backup" / "missions.json").read_text())
    assert {m["slug"]: m.get("start") for m in exported}[mission.slug] == "2024-12"
