"""/data/: the whole published Atlas as a Frictionless Data Package, validated with frictionless and
loaded back into an empty database with `load_atlas --from-package`."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import zipfile

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from frictionless import validate

from catalog.management.commands.export_atlas import BOOKKEEPING, natural_key
from catalog.models import (
    Agreement,
    Country,
    Membership,
    Mission,
    Organization,
    Participation,
    Signatory,
    Source,
    Status,
)
from coop_site.records.registry import in_dependency_order, row_types
from tests.catalog.test_export_atlas import empty_the_database, snapshot
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    GuideFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
DEVNULL = io.StringIO


def csv_rows(client, name: str) -> list[dict]:
    response = client.get(f"/data/{name}.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def descriptor(client) -> dict:
    response = client.get("/data/datapackage.json")
    assert response.status_code == 200
    return json.loads(response.content)


def unzip(client, tmp_path):
    response = client.get("/data/atlas.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    path = tmp_path / "atlas.zip"
    path.write_bytes(response.content)
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp_path / "atlas")
    return path


def assert_valid(directory) -> None:
    report = validate(str(directory / "datapackage.json"))
    errors = report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    assert report.valid, errors[:20]
    assert report.stats["errors"] == 0


@pytest.fixture
def world():
    """Published records and rows, each linked to a draft too (names say which)."""
    sources = SourceFactory.create_batch(3)
    secret = SourceFactory(url="https://example.org/zzdraft-source", title="Zzdraft source")
    draft = {"publication_status": Status.DRAFT, "sources": [secret]}
    india = CountryFactory(code="in", name="India", sources=sources[:1], wikidata_id="Q668")
    hidden = CountryFactory(code="zz", name="Zzdraftland", **draft)
    topic = TopicFactory(slug="earth-observation", name="Earth observation", sources=sources[:1])
    draft_topic = TopicFactory(slug="zzdraft-topic", name="Zzdraft topic", **draft)
    isro = OrganizationFactory(slug="isro", acronym="ISRO", country=india, founded=datetime.date(1969, 8, 15))
    isro.topics.set([topic, draft_topic])
    secret_org = OrganizationFactory(slug="zzdraft-org", name="Zzdraft Agency", country=hidden, **draft)
    esa = OrganizationFactory(slug="esa", acronym="ESA", country=None, kind="intergovernmental")
    esa.member_countries.set([india, hidden])
    Membership.objects.create(
        organization=esa, country=india, joined_on=datetime.date(2000, 1, 1), joined_precision="year"
    )
    Membership.objects.create(organization=esa, country=hidden)
    programme = MissionFactory(slug="zzdraft-programme", name="Zzdraft Programme", **draft)
    mission = MissionFactory(
        slug="chandrayaan-1",
        parent=programme,
        start_date=datetime.date(2008, 10, 1),
        start_precision="month",
        disputes=[{"field": "start_date", "value": "2008-10-22", "source_url": sources[1].url}],
    )
    mission.topics.set([topic, draft_topic])
    ParticipationFactory(mission=mission, organization=isro, role="lead").sources.set(sources[1:2])
    ParticipationFactory(mission=mission, organization=secret_org, role="partner")
    draft_mission = MissionFactory(slug="zzdraft-mission", name="Zzdraft Mission", **draft)
    ParticipationFactory(mission=draft_mission, organization=isro)
    treaty = AgreementFactory(
        slug="outer-space-treaty",
        reported_parties=117,
        reported_as_of=datetime.date(2025, 5, 1),
        reported_source=sources[2],
    )
    treaty.missions.set([mission, draft_mission])
    SignatoryFactory(
        agreement=treaty, country=india, signed_on=datetime.date(1967, 3, 3), ratified_on=datetime.date(1982, 1, 18)
    ).sources.set(sources[2:])
    SignatoryFactory(agreement=treaty, country=hidden)
    secret_treaty = AgreementFactory(slug="zzdraft-accord", name="Zzdraft Accord", **draft)
    SignatoryFactory(agreement=secret_treaty, country=india)
    event = EventFactory(slug="chandrayaan-1-launch", date=datetime.date(2008, 10, 22), featured=True)
    event.organizations.set([isro, secret_org])
    event.missions.set([mission, draft_mission])
    EventFactory(slug="zzdraft-event", title="Zzdraft Event", **draft)
    guide = GuideFactory(slug="moon-missions", title="Moon missions")
    guide.missions.set([mission, draft_mission])
    return {"mission": mission, "isro": isro, "treaty": treaty, "sources": sources}


def test_descriptor_describes_every_table_with_types_keys_licence_and_version(client, world):
    package = descriptor(client)
    names = [r["name"] for r in package["resources"]]
    for name in [
        "sources", "countries", "topics", "organizations", "missions", "agreements", "events", "guides",
        "questions", "signatories", "participations", "memberships", "mission-topics", "event-organizations",
        "organization-member-countries", "signatory-sources", "participation-sources", "mission-sources",
    ]:  # fmt: skip
        assert name in names
    assert package["licenses"][0]["path"].startswith("https://")
    assert package["sources"]
    missions = next(r for r in package["resources"] if r["name"] == "missions")
    assert missions["path"] == "missions.csv"
    schema = missions["schema"]
    assert schema["primaryKey"] == ["slug"]
    types = {f["name"]: f["type"] for f in schema["fields"]}
    assert types["start_date"] == "date" and types["start_precision"] == "string"
    assert types["disputes"] == "array" and types["updated_at"] == "datetime"
    kinds = next(f for f in schema["fields"] if f["name"] == "kind")
    assert "planetary" in kinds["constraints"]["enum"] and kinds["constraints"]["required"]
    assert {"fields": "parent", "reference": {"resource": "missions", "fields": "slug"}} in schema["foreignKeys"]
    signatories = next(r for r in package["resources"] if r["name"] == "signatories")["schema"]
    assert {"fields": "country", "reference": {"resource": "countries", "fields": "code"}} in signatories["foreignKeys"]
    # version: the data's last change
    latest = max(m.updated_at for m in Mission.objects.filter(publication_status=Status.PUBLISHED))
    assert package["version"] >= latest.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_package_validates_with_frictionless(client, world, tmp_path):
    unzip(client, tmp_path)
    assert_valid(tmp_path / "atlas")


def test_a_broken_foreign_key_would_not_validate(client, world, tmp_path):
    """Control: frictionless does check the foreign keys this package declares."""
    unzip(client, tmp_path)
    path = tmp_path / "atlas" / "participations.csv"
    path.write_text(path.read_text().replace(",isro,", ",no-such-org,"))
    report = validate(str(tmp_path / "atlas" / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}


def test_drafts_and_links_to_drafts_never_appear(client, world, tmp_path):
    unzip(client, tmp_path)
    for path in (tmp_path / "atlas").iterdir():
        text = path.read_text()
        for needle in ("zzdraft", "Zzdraft", ",zz,", "Zzdraftland"):
            assert needle not in text, f"{path.name} shows {needle}"
    assert {r["slug"] for r in csv_rows(client, "missions")} == {"chandrayaan-1"}
    (mission,) = csv_rows(client, "missions")
    assert mission["parent"] == ""  # its parent programme is a draft
    assert [(r["mission"], r["organization"]) for r in csv_rows(client, "participations")] == [
        ("chandrayaan-1", "isro")
    ]
    assert [r["country"] for r in csv_rows(client, "signatories")] == ["in"]
    assert [r["country"] for r in csv_rows(client, "memberships")] == ["in"]
    assert [r["topic"] for r in csv_rows(client, "mission-topics")] == ["earth-observation"]
    assert [r["country"] for r in csv_rows(client, "organization-member-countries")] == ["in"]
    assert [r["mission"] for r in csv_rows(client, "guide-missions")] == ["chandrayaan-1"]


def test_cells_hold_partial_dates_keys_booleans_and_json(client, world):
    (mission,) = csv_rows(client, "missions")
    assert (mission["start_date"], mission["start_precision"]) == ("2008-10-01", "month")
    assert json.loads(mission["disputes"])[0]["value"] == "2008-10-22"
    (india,) = [r for r in csv_rows(client, "countries") if r["code"] == "in"]
    assert india["wikidata_id"] == "Q668"
    (event,) = csv_rows(client, "events")
    assert event["featured"] == "true"
    (treaty,) = csv_rows(client, "agreements")
    assert treaty["reported_source"] == world["sources"][2].url
    (row,) = csv_rows(client, "signatories")
    assert (row["signed_on"], row["ratified_on"], row["agreement"]) == (
        "1967-03-03",
        "1982-01-18",
        "outer-space-treaty",
    )
    assert row["id"] == str(Signatory.objects.get(country__code="in", agreement=world["treaty"]).pk)
    cited = {r["url"] for r in csv_rows(client, "sources")}
    assert {s.url for s in world["sources"]} <= cited  # cited by published records and rows
    assert Source.objects.filter(url__contains="zzdraft").exists()  # cited by drafts only: left out above


def test_zip_holds_exactly_the_files_served_one_by_one(client, world):
    archive = zipfile.ZipFile(io.BytesIO(client.get("/data/atlas.zip").content))
    package = descriptor(client)
    assert sorted(archive.namelist()) == sorted(["datapackage.json", *(r["path"] for r in package["resources"])])
    assert archive.read("datapackage.json") == client.get("/data/datapackage.json").content
    for resource in package["resources"]:
        body = client.get(f"/data/{resource['path']}").content
        assert archive.read(resource["path"]) == body
        assert resource["bytes"] == len(body)


def test_the_package_is_rebuilt_after_a_write(client, world):
    before = descriptor(client)["version"]
    assert csv_rows(client, "missions")[0]["name"] != "Chandrayaan-1 renamed"
    mission = world["mission"]
    mission.name = "Chandrayaan-1 renamed"
    mission.save()
    assert csv_rows(client, "missions")[0]["name"] == "Chandrayaan-1 renamed"
    assert descriptor(client)["version"] >= before
    Participation.objects.filter(organization=world["isro"]).delete()
    assert csv_rows(client, "participations") == []


@pytest.mark.history
def test_unpublishing_a_record_takes_it_out_and_moves_the_version(client, world):
    descriptor(client)
    isro = world["isro"]
    isro.publication_status = Status.DRAFT
    isro.save()
    assert "isro" not in {r["slug"] for r in csv_rows(client, "organizations")}
    assert csv_rows(client, "participations") == []
    version = descriptor(client)["version"]
    unpublished = isro.history.order_by("-history_date").first().history_date
    assert version == unpublished.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_data_page_links_every_file_with_its_size_and_a_pandas_example(client, world):
    response = client.get("/data/")
    assert response.status_code == 200
    text = response.content.decode()
    assert 'href="http://testserver/data/atlas.zip"' in text
    assert 'href="http://testserver/data/datapackage.json"' in text
    for resource in descriptor(client)["resources"]:
        assert f'href="http://testserver/data/{resource["path"]}"' in text
    assert 'pd.read_csv(archive.open("signatories.csv"))' in text
    sizes = re.findall(r"<td>(\d+(?:\.\d)?\xa0(?:bytes|KB|MB))</td>", text)
    assert len(sizes) == len(descriptor(client)["resources"])


@pytest.mark.parametrize("url", ["/data/nothing.csv", "/data/../settings.py", "/data/atlas.tar", "/data/MISSIONS.csv"])
def test_unknown_files_are_404(client, world, url):
    assert client.get(url).status_code == 404


def test_writes_are_refused(client, world):
    assert client.post("/data/missions.csv").status_code == 405


def _queries_for_a_build(client) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/data/datapackage.json").status_code == 200
    return len(ctx.captured_queries)


def test_building_runs_a_constant_number_of_queries(client, world):
    few = _queries_for_a_build(client)
    for n in range(30):
        org = OrganizationFactory(slug=f"more-{n}", country=Country.objects.get(code="in"))
        mission = MissionFactory(slug=f"more-mission-{n}")
        mission.topics.set(world["mission"].topics.all())
        ParticipationFactory(mission=mission, organization=org)
        SignatoryFactory(
            agreement=world["treaty"], country=CountryFactory(code=f"{chr(113 + n // 26)}{chr(97 + n % 26)}")
        )
    assert _queries_for_a_build(client) == few


# --- the round trip: the demo data, with drafts, through atlas.zip into an empty database ---------------


def _published(record) -> bool:
    return getattr(record, "publication_status", Status.PUBLISHED) == Status.PUBLISHED


def _public_fields(obj) -> dict:
    out = {}
    for field in type(obj)._meta.get_fields():
        if field.name in BOOKKEEPING or (field.auto_created and not field.concrete):
            continue
        if field.many_to_many:
            out[field.name] = sorted(str(natural_key(t)) for t in getattr(obj, field.name).all() if _published(t))
        elif field.many_to_one:
            target = getattr(obj, field.name)
            out[field.name] = natural_key(target) if target is not None and _published(target) else None
        else:
            out[field.name] = getattr(obj, field.name)
    return out


def public_snapshot() -> dict:
    """What a visitor may see, in the form of tests/catalog/test_export_atlas.snapshot()."""
    from tests.catalog.test_export_atlas import _row_key

    tables = {}
    for model in in_dependency_order():
        tables[model.__name__] = {
            natural_key(obj): _public_fields(obj)
            for obj in model._default_manager.all()
            if obj.publication_status == Status.PUBLISHED
        }
    for model in row_types():
        ends = [model.row_parent, *model.row_party_fields]
        tables[model.__name__] = {
            _row_key(row): _public_fields(row)
            for row in model._default_manager.all()
            if all(_published(getattr(row, end)) for end in ends if getattr(row, end) is not None)
        }
    cited = {url for table in tables.values() for fields in table.values() for url in fields.get("sources", [])}
    cited |= {fields["reported_source"] for fields in tables["Agreement"].values() if fields["reported_source"]}
    tables["sources"] = {url: fields for url, fields in snapshot()["sources"].items() if url in cited}
    return tables


def add_drafts() -> None:
    """Drafts linked from published demo records: a mission ESA takes part in, a country signing the
    Outer Space Treaty, an event naming NASA, a topic of the ISS."""
    esa, nasa = Organization.objects.get(slug="esa"), Organization.objects.get(slug="nasa")
    source = Source.objects.order_by("url").first()
    hidden = CountryFactory(code="zz", name="Zzdraftland", publication_status=Status.DRAFT)
    hidden.sources.set([source])
    mission = MissionFactory(slug="zzdraft-mission", publication_status=Status.DRAFT, sources=[source])
    ParticipationFactory(mission=mission, organization=esa).sources.set([source])
    SignatoryFactory(agreement=Agreement.objects.get(slug="outer-space-treaty"), country=hidden).sources.set([source])
    event = EventFactory(slug="zzdraft-event", publication_status=Status.DRAFT, sources=[source])
    event.organizations.set([nasa])
    topic = TopicFactory(slug="zzdraft-topic", publication_status=Status.DRAFT, sources=[source])
    Mission.objects.get(slug="iss").topics.add(topic)
    Organization.objects.get(slug="jaxa").member_countries.add(hidden)


@override_settings(SIMPLE_HISTORY_ENABLED=False)  # the records, not their history: a third of the time
def test_the_demo_atlas_round_trips_through_atlas_zip_into_an_empty_database(client, tmp_path):
    call_command("load_atlas", stdout=DEVNULL())
    add_drafts()
    expected = public_snapshot()
    assert len(expected["Mission"]) == Mission.objects.count() - 1 and "zzdraft-mission" not in expected["Mission"]

    path = unzip(client, tmp_path)
    assert_valid(tmp_path / "atlas")
    empty_the_database()
    out = DEVNULL()
    call_command("load_atlas", from_package=path, stdout=out)
    assert "Loaded" in out.getvalue()
    loaded = snapshot()
    assert loaded.keys() == expected.keys()
    for table, records in expected.items():
        assert loaded[table] == records, table
    assert sum(len(records) for records in loaded.values()) > 1500  # 1976 with the demo data of 2026-12-03
    assert not Mission.objects.filter(slug="zzdraft-mission").exists()
    assert not Country.objects.filter(code="zz").exists()
    assert Organization.objects.exclude(wikidata_id="").exists()

    # the directory form loads the same (and changes nothing the second time)
    out = DEVNULL()
    call_command("load_atlas", from_package=tmp_path / "atlas", stdout=out)
    assert "(0 changes)" in out.getvalue()


def test_a_file_that_is_not_a_package_is_refused_with_nothing_loaded(tmp_path):
    from django.core.management.base import CommandError

    bad = tmp_path / "atlas.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="not a readable data package"):
        call_command("load_atlas", from_package=bad, stdout=DEVNULL())
    assert not Source.objects.exists()


def test_resource_names_list_every_table_of_the_package(client, world):
    from catalog.data_package import resource_names

    assert resource_names() == [r["name"] for r in descriptor(client)["resources"]]


@pytest.mark.parametrize(("prefix", "label"), [("", "Download the whole Atlas"), ("/fr", "Télécharger tout l'Atlas")])
def test_every_page_footer_links_to_the_data_package(client, prefix, label):
    page = client.get(f"{prefix}/about/").content.decode()
    footer = page.split('<footer class="site-footer">')[1]
    # The data page is in the footer's language (/fr/data/); its files stay at /data/.
    assert f'<a href="{prefix}/data/">{label}</a>' in footer
