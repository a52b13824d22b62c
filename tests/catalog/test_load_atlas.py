"""`manage.py load_atlas`: loads fixtures/ into an empty or existing database, idempotently and atomically."""

import csv
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test.utils import override_settings

from catalog.loading import SIGNATORY_COLUMNS
from catalog.models import Agreement, Country, Mission, Organization, Participation, Signatory, Source, Topic
from catalog.partner_counts import check_partner_counts
from catalog.signature_counts import check_signature_counts
from timeline.models import Event

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
ARTEMIS_CSV = FIXTURES / "signatories" / "artemis-accords.csv"
CURATED = [Country, Topic, Organization, Mission, Agreement, Event]
ALL_MODELS = [Source, *CURATED, Participation, Signatory]


def load(**options) -> str:
    out = StringIO()
    call_command("load_atlas", stdout=out, **options)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in ALL_MODELS}


def artemis_csv_rows() -> list[dict[str, str]]:
    with ARTEMIS_CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="class")
def atlas(django_db_setup, django_db_blocker):
    """A dry run on the empty database, then the real load; rolled back after the test class.

    Loading takes seconds (every row gets its history), so the tests of `TestLoadedAtlas` share one
    load; each still runs in its own savepoint, so what one test changes the next does not see.
    Class-scoped, it runs before the tests' own `history` marker applies: history is switched on here
    for the real load (the dry run, rolled back, writes the rows only).
    """
    with django_db_blocker.unblock(), override_settings(SIMPLE_HISTORY_ENABLED=True), transaction.atomic():
        assert set(row_counts().values()) == {0}, "load_atlas tests start from an empty database"
        with override_settings(SIMPLE_HISTORY_ENABLED=False):  # rolled back anyway: the rows, not their history
            dry_run = load(dry_run=True)
        counts_after_dry_run = row_counts()
        yield {"dry_run": dry_run, "counts_after_dry_run": counts_after_dry_run, "load": load()}
        transaction.set_rollback(True)


@pytest.fixture
def fixtures_copy(tmp_path) -> Path:
    """A writable copy of fixtures/ for tests that break or change it."""
    return Path(shutil.copytree(FIXTURES, tmp_path / "fixtures"))


def edit_json(path: Path, slug: str, **changes) -> None:
    records = json.loads(path.read_text(encoding="utf-8"))
    record = next(r for r in records if r.get("slug") == slug)
    record.update(changes)
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")


# --- the files themselves --------------------------------------------------------------------


def test_artemis_csv_has_the_importer_header_and_61_rows():
    with ARTEMIS_CSV.open(newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == SIGNATORY_COLUMNS
    assert len(artemis_csv_rows()) == 61


def test_every_signatory_source_url_is_listed_in_sources_json():
    listed = {source["url"] for source in json.loads((FIXTURES / "sources.json").read_text(encoding="utf-8"))}
    for path in (FIXTURES / "signatories").glob("*.csv"):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                urls = row["source_urls"].split(" | ")
                assert urls and set(urls) <= listed, (path.name, row)


# --- loading ---------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.history
class TestLoadedAtlas:
    """Loaded once into an empty database (see the `atlas` fixture)."""

    def test_loads_into_an_empty_database(self, atlas):
        assert Organization.objects.count() >= 120
        assert Mission.objects.count() >= 70
        assert Agreement.objects.count() >= 30
        assert Event.objects.count() >= 200
        assert Signatory.objects.filter(agreement__slug="artemis-accords").count() == len(artemis_csv_rows()) == 61
        assert f"organization: {Organization.objects.count()} created" in atlas["load"]
        assert "The database holds:" in atlas["load"]

    def test_dry_run_on_the_empty_database_wrote_nothing(self, atlas):
        assert "would create mission iss" in atlas["dry_run"]
        assert "Dry run: nothing was written" in atlas["dry_run"]
        assert set(atlas["counts_after_dry_run"].values()) == {0}

    def test_everything_loaded_is_published_and_cites_a_source(self, atlas):
        for model in CURATED:
            assert model.objects.exists()
            assert not model.objects.drafts().exists(), model.__name__
            assert not model.objects.published().filter(sources__isnull=True).exists(), model.__name__
        assert not Participation.objects.filter(sources__isnull=True).exists()
        assert not Signatory.objects.filter(sources__isnull=True).exists()

    def test_loading_creates_no_user(self, atlas):
        assert not get_user_model().objects.exists()

    def test_the_counts_kept_on_the_rows_agree_with_the_derived_ones(self, atlas):
        # The loader saves row by row, so the receivers keep them: no recount after a load.
        assert check_partner_counts() == [] and check_signature_counts() == []
        counted = [row for row in artemis_csv_rows() if row["country"] and row["status"] != "withdrawn"]
        assert Agreement.objects.get(slug="artemis-accords").published_country_signature_count == len(counted)

    def test_second_run_changes_nothing(self, atlas):
        counts = row_counts()
        stamps = {model: set(model.objects.values_list("pk", "updated_at", "version")) for model in CURATED}
        source_stamps = set(Source.objects.values_list("pk", "updated_at"))

        output = load()

        assert row_counts() == counts
        assert {model: set(model.objects.values_list("pk", "updated_at", "version")) for model in CURATED} == stamps
        assert set(Source.objects.values_list("pk", "updated_at")) == source_stamps
        assert "(0 changes)" in output

    def test_an_edited_fixture_updates_only_that_record(self, atlas, fixtures_copy):
        iss = Mission.objects.get(slug="iss")
        edit_json(fixtures_copy / "missions.json", "iss", status_note="operating (edited)")

        output = load(fixtures_dir=fixtures_copy)

        iss_after = Mission.objects.get(slug="iss")
        assert iss_after.status_note == "operating (edited)"
        assert iss_after.version == iss.version + 1
        assert "(1 change)" in output

    def test_dry_run_reports_changes_and_writes_nothing(self, atlas, fixtures_copy):
        edit_json(fixtures_copy / "missions.json", "jwst", status="completed")
        topics = json.loads((fixtures_copy / "topics.json").read_text(encoding="utf-8"))
        topics.append({"slug": "dry-run", "name": "Dry run", "sources": [topics[0]["sources"][0]]})
        (fixtures_copy / "topics.json").write_text(json.dumps(topics), encoding="utf-8")
        counts = row_counts()

        output = load(dry_run=True, fixtures_dir=fixtures_copy)

        assert "would update mission jwst (status)" in output
        assert "would create topic dry-run" in output
        assert "Dry run: nothing was written (2 changes found)" in output
        assert row_counts() == counts
        assert Mission.objects.get(slug="jwst").status == "active"


# --- broken fixtures write nothing (empty database) --------------------------------------


@pytest.mark.django_db
def test_a_broken_fixture_writes_nothing_and_names_the_file_and_record(fixtures_copy):
    edit_json(fixtures_copy / "missions.json", "jwst", start="2021-13-25")

    with pytest.raises(CommandError, match=r"fixtures/missions\.json, record 'jwst'") as excinfo:
        load(fixtures_dir=fixtures_copy)

    assert "Nothing was loaded" in str(excinfo.value)
    assert set(row_counts().values()) == {0}  # sources and countries, loaded before missions, were rolled back


@pytest.mark.django_db
def test_an_invalid_value_is_reported_with_the_model_validation_message(fixtures_copy):
    edit_json(fixtures_copy / "agreements.json", "outer-space-treaty", entered_into_force="1966-01-01")

    with pytest.raises(CommandError, match=r"agreements\.json, record 'outer-space-treaty'.*before"):
        load(fixtures_dir=fixtures_copy)

    assert set(row_counts().values()) == {0}


@pytest.mark.django_db
def test_a_bad_signatory_row_names_the_csv_file_and_line(fixtures_copy):
    path = fixtures_copy / "signatories" / "artemis-accords.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",signed,", ",maybe,", 1), encoding="utf-8")

    with pytest.raises(CommandError, match=r"signatories/artemis-accords\.csv, line 2 \(artemis-accords/au\)"):
        load(fixtures_dir=fixtures_copy)

    assert set(row_counts().values()) == {0}


@pytest.mark.django_db
def test_an_unknown_reference_is_refused(fixtures_copy):
    edit_json(fixtures_copy / "organizations.json", "skao", member_countries=["au", "xx"])

    with pytest.raises(CommandError, match=r"organizations\.json, record 'skao': unknown country 'xx'"):
        load(fixtures_dir=fixtures_copy)


@pytest.mark.django_db
def test_a_record_without_a_source_is_refused(fixtures_copy):
    edit_json(fixtures_copy / "organizations.json", "esa", sources=[])

    with pytest.raises(CommandError, match=r"organizations\.json, record 'esa': cites no source"):
        load(fixtures_dir=fixtures_copy)
