"""Linked data: wikidata_id on records (model, admin, API, CSV, loader) and schema.org JSON-LD on record pages."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test.utils import override_settings

from catalog.loading import FixtureError, Loader
from catalog.models import Mission, Organization
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, record) -> dict:
    response = client.get(record.get_absolute_url())
    assert response.status_code == 200
    (block,) = JSON_LD.findall(response.text)
    return json.loads(block)


@pytest.mark.parametrize("value", ["Q", "Q0", "q42", "42", "Q42 ", "Q1234567890123", "P31"])
def test_wikidata_id_must_be_a_q_number(value):
    org = OrganizationFactory.build(wikidata_id=value, slug="x", name="X")
    with pytest.raises(ValidationError) as exc:
        org.full_clean(exclude=["country", "sources"])
    assert "wikidata_id" in exc.value.message_dict


@pytest.mark.parametrize("value", ["", "Q42262", "Q1"])
def test_wikidata_id_accepts_q_numbers_and_blank(value):
    org = OrganizationFactory(wikidata_id=value)
    org.full_clean()


@pytest.mark.parametrize(
    ("factory", "schema_type", "extra"),
    [
        (lambda: OrganizationFactory(kind="national_agency"), "GovernmentOrganization", {}),
        (lambda: OrganizationFactory(kind="company"), "Organization", {}),
        (lambda: CountryFactory(code="in", name="India"), "Country", {"identifier": "IN"}),
        (lambda: MissionFactory(kind="planetary"), "Event", {"startDate": "2000-01-01"}),
        (lambda: MissionFactory(kind="programme"), "Project", {}),
        (lambda: AgreementFactory(), "Legislation", {"legislationDate": "1967-01-27"}),
        (lambda: EventFactory(), "Event", {"startDate": "1998-11-20"}),
        (lambda: TopicFactory(), "DefinedTerm", {}),
    ],
)
def test_record_page_carries_json_ld_with_its_type_and_address(client, factory, schema_type, extra):
    record = factory()
    data = json_ld(client, record)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["url"] == data["@id"] == f"http://testserver{record.get_absolute_url()}"
    assert data["name"]
    for key, value in extra.items():
        assert data[key] == value
    assert "sameAs" not in data  # no Q-number, no link: never guessed


@pytest.mark.parametrize(
    "factory", [OrganizationFactory, CountryFactory, MissionFactory, AgreementFactory, EventFactory]
)
def test_json_ld_links_the_wikidata_item_and_the_page_shows_it(client, factory):
    record = factory(wikidata_id="Q42262")
    assert json_ld(client, record)["sameAs"] == ["https://www.wikidata.org/wiki/Q42262"]
    assert (
        '<a href="https://www.wikidata.org/wiki/Q42262" rel="noopener">Q42262</a>'
        in client.get(record.get_absolute_url()).text
    )


def test_json_ld_cannot_close_its_script_element(client):
    org = OrganizationFactory(summary="</script><script>alert(1)</script> & more")
    text = client.get(org.get_absolute_url()).text
    assert "</script><script>alert(1)" not in text
    assert json_ld(client, org)["description"].startswith("</script><script>alert(1)")


@pytest.mark.parametrize(
    ("url", "factory"),
    [
        ("/api/v1/organizations/", OrganizationFactory),
        ("/api/v1/countries/", CountryFactory),
        ("/api/v1/missions/", MissionFactory),
        ("/api/v1/agreements/", AgreementFactory),
        ("/api/v1/events/", EventFactory),
    ],
)
def test_wikidata_id_is_in_api_list_detail_and_csv(client, url, factory):
    record = factory(wikidata_id="Q23548")
    (row,) = client.get(url).json()["results"]
    assert row["wikidata_id"] == "Q23548"
    key = getattr(record, "code", None) or record.slug
    assert client.get(f"{url}{key}/").json()["wikidata_id"] == "Q23548"
    (line,) = csv.DictReader(io.StringIO(client.get(url, {"format": "csv"}).content.decode()))
    assert line["wikidata_id"] == "Q23548"


def test_wikidata_id_is_editable_in_the_admin(admin_client):
    org = OrganizationFactory()
    text = admin_client.get(f"/admin/catalog/organization/{org.pk}/change/").text
    assert 'name="wikidata_id"' in text


# --- the loader's wikidata step ----------------------------------------------------------------------


def load(directory: Path):
    with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):  # a third of the time
        return Loader(directory).run()


def test_shipped_wikidata_ids_load_from_their_own_file(db):
    load(FIXTURES)
    assert Organization.objects.get(slug="nasa").wikidata_id == "Q23548"
    assert Organization.objects.get(slug="esa").wikidata_id == "Q42262"
    assert Organization.objects.get(slug="jaxa").wikidata_id == "Q179103"
    assert Mission.objects.get(slug="iss").wikidata_id == "Q25271"
    # Nothing guessed: only what wikidata.csv lists.
    assert Organization.objects.exclude(wikidata_id="").count() == 3


def test_shipped_wikidata_rows_cite_a_listed_source():
    urls = {source["url"] for source in json.loads((FIXTURES / "sources.json").read_text())}
    with (FIXTURES / "wikidata.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["source_url"] in urls for row in rows)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("organization,nasa,Q0,https://www.iso.org/iso-3166-country-codes.html", "wikidata_id"),
        ("organization,no-such-org,Q1,https://www.iso.org/iso-3166-country-codes.html", "unknown organization"),
        ("planet,mars,Q111,https://www.iso.org/iso-3166-country-codes.html", "no record type"),
        ("organization,nasa,Q1,https://example.org/unlisted", "unknown source"),
    ],
)
def test_bad_wikidata_row_names_file_and_line(db, tmp_path, line, message):
    """The wikidata step (the loader's last) on the records a row names, not the whole demo data."""
    OrganizationFactory(slug="nasa")
    SourceFactory(url="https://www.iso.org/iso-3166-country-codes.html")
    (tmp_path / "wikidata.csv").write_text(f"model,key,wikidata_id,source_url\n{line}\n")
    with pytest.raises(FixtureError) as exc:
        Loader(tmp_path).load_wikidata()
    assert "wikidata.csv, line 2" in str(exc.value) and message in str(exc.value)


# --- every record page's JSON-LD, read by a JSON-LD processor (pyld) ----------------------------------

SCHEMA_ORG = "https://schema.org/"
# The schema.org type each record type's page names (a new record type fails until it is added here).
PAGE_TYPES = {
    "Organization": "GovernmentOrganization",  # OrganizationFactory makes a national agency
    "Country": "Country",
    "Mission": "Event",
    "Agreement": "Legislation",
    "Event": "Event",
    "Topic": "DefinedTerm",
    "Guide": "Article",
    "Question": "Question",
}
FACTORIES = {
    "Organization": lambda: OrganizationFactory(kind="national_agency", wikidata_id="Q42262"),
    "Country": lambda: CountryFactory(code="in", name="India"),
    "Mission": lambda: MissionFactory(kind="planetary"),
    "Agreement": AgreementFactory,
    "Event": EventFactory,
    "Topic": TopicFactory,
    "Guide": lambda: __import__("tests.factories", fromlist=["GuideFactory"]).GuideFactory(),
    "Question": lambda: __import__("tests.factories", fromlist=["QuestionFactory"]).QuestionFactory(),
}


def _schema_org_loader(url, options=None):
    """schema.org's context, offline: every term is a schema.org IRI, `url` and `sameAs` are IRIs."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    context = {"@vocab": SCHEMA_ORG, "url": {"@type": "@id"}, "sameAs": {"@type": "@id"}}
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": context},
    }


def test_every_record_page_has_json_ld_a_processor_reads_with_its_type_and_address(client):
    from pyld import jsonld

    from coop_site.records.registry import record_types

    assert {model.__name__ for model in record_types()} == set(PAGE_TYPES)
    for name, make in FACTORIES.items():
        record = make()
        url = f"http://testserver{record.get_absolute_url()}"
        (node,) = [n for n in jsonld.expand(json_ld(client, record), {"documentLoader": _schema_org_loader})]
        assert node["@id"] == url, name
        assert node["@type"] == [SCHEMA_ORG + PAGE_TYPES[name]], name
        assert node[SCHEMA_ORG + "url"] == [{"@id": url}], name
        assert node[SCHEMA_ORG + "name"][0]["@value"], name
        if record.__dict__.get("wikidata_id"):
            assert node[SCHEMA_ORG + "sameAs"] == [{"@id": f"https://www.wikidata.org/wiki/{record.wikidata_id}"}]
