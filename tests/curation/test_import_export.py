"""CSV import with preview and confirm, all-or-nothing; CSV export of a selection."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from catalog.models import Signatory, Source
from tests import factories as f
from timeline.models import Event

pytestmark = pytest.mark.history

HEADER = "agreement,country,organization,signed_on,ratified_on,withdrawn_on,status,notes,source_urls\n"
SEED = Path(__file__).resolve().parents[2] / "fixtures" / "signatories" / "artemis-accords.csv"


@pytest.fixture
def accords(db):
    f.SourceFactory(url="https://www.nasa.gov/artemis-accords")
    f.SourceFactory(url="https://example.org/oman")
    f.CountryFactory(code="om", name="Oman")
    f.CountryFactory(code="jp", name="Japan")
    return f.AgreementFactory(slug="artemis-accords", opened_for_signature=None)


def _import(client, url_name: str, text: str):
    """Upload (preview), then confirm when the preview offers it. Returns (preview, confirm or None)."""
    upload = SimpleUploadedFile("rows.csv", text.encode(), content_type="text/csv")
    preview = client.post(reverse(f"admin:{url_name}_import"), {"import_file": upload, "format": "0", "resource": "0"})
    assert preview.status_code == 200
    confirm_form = preview.context.get("confirm_form")
    if confirm_form is None:
        return preview, None
    data = {name: confirm_form[name].value() for name in confirm_form.fields}
    return preview, client.post(reverse(f"admin:{url_name}_process_import"), data)


GOOD = HEADER + (
    "artemis-accords,om,,2025-11-05,,,signed,,https://www.nasa.gov/artemis-accords | https://example.org/oman\n"
    "artemis-accords,JP,,2020-10-13,,,signed,Founding signatory,https://www.nasa.gov/artemis-accords\n"
)


def test_a_valid_import_writes_the_rows_with_their_sources(curator_client, accords):
    preview, confirm = _import(curator_client, "catalog_signatory", GOOD)
    assert confirm.status_code == 302
    oman = Signatory.objects.get(agreement=accords, country__code="om")
    assert sorted(oman.sources.values_list("url", flat=True)) == [
        "https://example.org/oman",
        "https://www.nasa.gov/artemis-accords",
    ]
    assert accords.signatories.count() == 2


def test_importing_the_same_file_twice_changes_nothing(curator_client, accords):
    _import(curator_client, "catalog_signatory", GOOD)
    rows_before = list(Signatory.objects.values())
    history_before = Signatory.history.count()
    preview, confirm = _import(curator_client, "catalog_signatory", GOOD)
    assert list(Signatory.objects.values()) == rows_before
    assert Signatory.history.count() == history_before
    assert "Import finished: 0 new, 0 updated" in confirm.wsgi_request._messages._queued_messages[0].message


def test_one_invalid_row_writes_nothing_and_names_the_row_and_reason(curator_client, accords):
    bad = (
        HEADER
        + GOOD.splitlines()[1]
        + "\n"
        + "artemis-accords,jp,,2020-10-13,2019-01-01,,ratified,,https://www.nasa.gov/artemis-accords\n"
    )
    preview, confirm = _import(curator_client, "catalog_signatory", bad)
    assert confirm is None  # no confirm step offered
    page = preview.content.decode()
    assert "Ratified date 2019-01-01 is before signed date 2020-10-13." in page
    assert re.search(r"<td>\s*2\s*</td>", page)  # the row number
    assert not Signatory.objects.exists()


def test_an_unknown_source_url_is_a_row_error(curator_client, accords):
    text = HEADER + "artemis-accords,om,,2025-11-05,,,signed,,https://unknown.example/x\n"
    preview, confirm = _import(curator_client, "catalog_signatory", text)
    assert confirm is None
    assert "Unknown source: https://unknown.example/x" in preview.content.decode()
    assert not Signatory.objects.exists()


def test_an_unknown_agreement_is_a_row_error_with_its_line(curator_client, accords):
    text = GOOD + "no-such-treaty,om,,2025-11-05,,,signed,,\n"
    preview, confirm = _import(curator_client, "catalog_signatory", text)
    assert confirm is None
    page = preview.content.decode()
    assert "Line number: 3" in page and "No agreement with slug “no-such-treaty”." in page
    assert not Signatory.objects.exists()


def test_confirm_step_rolls_back_if_a_row_became_invalid(curator_client, accords, monkeypatch):
    upload = SimpleUploadedFile("rows.csv", GOOD.encode(), content_type="text/csv")
    preview = curator_client.post(
        reverse("admin:catalog_signatory_import"), {"import_file": upload, "format": "0", "resource": "0"}
    )
    confirm_form = preview.context["confirm_form"]
    Source.objects.filter(url="https://example.org/oman").delete()  # someone removes a source meanwhile
    data = {name: confirm_form[name].value() for name in confirm_form.fields}
    response = curator_client.post(reverse("admin:catalog_signatory_process_import"), data)
    assert response.status_code in (200, 302)
    assert not Signatory.objects.exists()


def test_events_import_with_partial_dates(curator_client, db):
    f.SourceFactory(url="https://example.org/zarya")
    text = (
        "slug,title,date,end_date,kind,summary,featured,organizations,countries,missions,agreements,topics,source_urls\n"
        "zarya,Zarya launched,1998-11-20,,launch,,0,,,,,,https://example.org/zarya\n"
        "accords-2024,Accords grow,2024-12,,milestone,,0,,,,,,\n"
    )
    _, confirm = _import(curator_client, "timeline_event", text)
    assert confirm.status_code == 302
    event = Event.objects.get(slug="accords-2024")
    assert (event.date_display, event.publication_status) == ("December 2024", "draft")


def test_organizations_import(curator_client, db):
    f.CountryFactory(code="in", name="India")
    text = "slug,acronym,name,kind,country,founded,website,summary,member_countries,topics,source_urls\n"
    text += "isro,ISRO,Indian Space Research Organisation,national_agency,in,1969,https://www.isro.gov.in/,,,,\n"
    _, confirm = _import(curator_client, "catalog_organization", text)
    assert confirm.status_code == 302
    assert Organization_founded("isro") == "1969"


def Organization_founded(slug: str) -> str:  # noqa: N802
    from catalog.models import Organization

    return Organization.objects.get(slug=slug).founded_display


def test_export_action_downloads_the_selection_as_csv(curator_client, accords):
    oman = f.SignatoryFactory(agreement=accords, country=f.CountryFactory(code="qa"))
    f.SignatoryFactory(agreement=accords)
    response = curator_client.post(
        reverse("admin:catalog_signatory_changelist"), {"action": "export_admin_action", "_selected_action": [oman.pk]}
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [*HEADER.strip().split(","), "disputes"]  # the fixture columns, disputes last
    assert rows[1][:2] == ["artemis-accords", "qa"] and len(rows) == 2


def test_exported_signatories_import_back_unchanged(curator_client, accords):
    _import(curator_client, "catalog_signatory", GOOD)
    ids = list(Signatory.objects.values_list("pk", flat=True))
    exported = curator_client.post(
        reverse("admin:catalog_signatory_changelist"), {"action": "export_admin_action", "_selected_action": ids}
    ).content.decode("utf-8-sig")
    rows_before = list(Signatory.objects.order_by("pk").values())
    before = Signatory.history.count()
    preview, confirm = _import(curator_client, "catalog_signatory", exported)
    assert confirm is not None and confirm.status_code == 302, preview.content.decode()[:3000]  # accepted
    assert Signatory.history.count() == before  # ...and changed nothing
    assert list(Signatory.objects.order_by("pk").values()) == rows_before


def test_the_seed_file_imports_and_reimports_unchanged(curator_client, db):
    rows = list(csv.DictReader(SEED.open(encoding="utf-8")))
    for url in {url.strip() for row in rows for url in row["source_urls"].split("|") if url.strip()}:
        f.SourceFactory(url=url)
    for code in {row["country"] for row in rows if row["country"]}:
        f.CountryFactory(code=code)
    for slug in {row["organization"] for row in rows if row["organization"]}:
        f.OrganizationFactory(slug=slug)
    f.AgreementFactory(slug="artemis-accords", opened_for_signature=None)
    preview, confirm = _import(curator_client, "catalog_signatory", SEED.read_text(encoding="utf-8"))
    assert confirm is not None, preview.content.decode()[:3000]
    assert Signatory.objects.count() == len(rows)
    before = Signatory.history.count()
    _import(curator_client, "catalog_signatory", SEED.read_text(encoding="utf-8"))
    assert Signatory.history.count() == before
