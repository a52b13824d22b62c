"""Spot checks that the loaded demo data says what /work/shared/data says (and leaves unknowns empty)."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

from catalog.models import Agreement, Country, Membership, Mission, Organization, Signatory
from catalog.models.agreement import counted_q
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def atlas(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module (loading takes seconds) and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
        call_command("load_atlas", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def artemis(code: str) -> Signatory:
    return Signatory.objects.get(agreement__slug="artemis-accords", country__code=code)


def charter(slug: str) -> Signatory:
    return Signatory.objects.get(agreement__slug="international-charter", organization__slug=slug)


# --- Artemis Accords -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "signed_on"),
    [
        ("au", datetime.date(2020, 10, 13)),  # founding signatory
        ("us", datetime.date(2020, 10, 13)),
        ("ua", datetime.date(2020, 11, 12)),  # year inferred by the data's notes
        ("kr", datetime.date(2021, 5, 24)),  # sources disagree (24 vs 27 May): first value used
        ("in", datetime.date(2023, 6, 21)),
        ("it", datetime.date(2020, 10, 13)),  # not the rejected 25 Sep 2020
        ("nl", datetime.date(2023, 11, 1)),  # not the rejected 8 Apr 2024
        ("hu", datetime.date(2025, 10, 22)),  # not the rejected 18 Dec 2024
        ("pt", datetime.date(2026, 1, 11)),
        ("om", datetime.date(2026, 1, 26)),  # 61st
    ],
)
def test_artemis_accords_signing_dates(code, signed_on):
    assert artemis(code).signed_on == signed_on


@pytest.mark.parametrize("code", ["my", "ph"])
def test_malaysia_and_philippines_signed_in_october_2025_day_unknown(code):
    row = artemis(code)
    assert (row.signed_iso, row.signed_display) == ("2025-10", "October 2025")
    assert row.signed_counts_from == datetime.date(2025, 10, 31)


def test_derived_dates_say_so_and_disputed_dates_are_flagged():
    assert "date derived" in artemis("sg").notes
    assert artemis("fi").signed_on == datetime.date(2025, 1, 21)  # stated by the sources, not derived
    for code, value in (("dk", "2024-11-14"), ("kr", "2021-05-27"), ("in", "2023-06-22")):
        assert [d["value"] for d in artemis(code).disputes if d["field"] == "signed_on"] == [value], code


def test_turkey_is_not_an_artemis_accords_signatory():
    assert not Signatory.objects.filter(agreement__slug="artemis-accords", country__code="tr").exists()


def test_artemis_accords_had_59_signatories_at_the_end_of_2025():
    rows = Signatory.objects.filter(agreement__slug="artemis-accords")
    assert rows.count() == 61
    assert rows.exclude(signed_on__gte=datetime.date(2026, 1, 1)).count() == 59
    assert not rows.filter(signed_on__isnull=True).exists()  # every signatory has a date at some precision
    assert rows.filter(counted_q(datetime.date(2025, 12, 31))).count() == 59


# --- treaties and agreements -----------------------------------------------------------------


def test_outer_space_treaty_dates_and_reported_totals():
    ost = Agreement.objects.get(slug="outer-space-treaty")
    assert ost.binding
    assert ost.adopted_on == datetime.date(1966, 12, 19)
    assert ost.opened_for_signature == datetime.date(1967, 1, 27)
    assert ost.entered_into_force == datetime.date(1967, 10, 10)
    assert (ost.reported_parties, ost.reported_signatories) == (117, 22)
    assert ost.reported_as_of == datetime.date(2025, 5, 1)
    assert ost.reported_source.url == "https://www.dl1.en-us.nina.az/Outer_Space_Treaty.html"
    # A partial per-country list (Dutch treaty database, FAS table): statuses beyond "signed".
    rows = ost.signatories.all()
    assert rows.count() >= 40
    assert {"ratified", "acceded"} <= set(rows.values_list("status", flat=True))
    su = rows.get(country__code="su")
    assert su.ratified_on == datetime.date(1967, 10, 10)
    af = rows.get(country__code="af")
    assert af.ratified_on == datetime.date(1988, 3, 17)
    assert af.disputes == [
        {
            "field": "ratified_on",
            "value": "1988-03-21",
            "source_url": "https://nuke.fas.org/control/ost/text/space5.htm",
        }
    ]
    assert not rows.filter(country__code="tw").exists()


@pytest.mark.parametrize(
    ("slug", "opened", "in_force"),
    [
        ("rescue-agreement", datetime.date(1968, 4, 22), datetime.date(1968, 12, 3)),
        ("liability-convention", datetime.date(1972, 3, 29), datetime.date(1972, 9, 1)),
        ("registration-convention", datetime.date(1975, 1, 14), datetime.date(1976, 9, 15)),
        ("moon-agreement", None, datetime.date(1984, 7, 11)),
    ],
)
def test_un_treaty_dates(slug, opened, in_force):
    treaty = Agreement.objects.get(slug=slug)
    assert (treaty.opened_for_signature, treaty.entered_into_force, treaty.binding) == (opened, in_force, True)


def test_non_binding_agreements():
    for slug in ("artemis-accords", "international-charter", "ilrs-mou"):
        assert not Agreement.objects.get(slug=slug).binding, slug


def test_iss_iga_has_its_fifteen_states_with_ratifications():
    rows = Signatory.objects.filter(agreement__slug="iss-iga")
    assert rows.count() == 15
    assert set(rows.values_list("signed_on", flat=True)) == {datetime.date(1998, 1, 29)}
    assert rows.get(country__code="us").ratified_on == datetime.date(1998, 11, 19)
    assert rows.get(country__code="gb").status == "signed"  # signed, never ratified
    assert rows.get(country__code="be").disputes[0]["value"] == "1998-01-28"


def test_moon_agreement_withdrawal_of_saudi_arabia():
    row = Signatory.objects.get(agreement__slug="moon-agreement", country__code="sa")
    assert (row.status, row.withdrawn_on) == ("withdrawn", datetime.date(2024, 1, 5))


def test_missions_and_agreements_link_both_ways():
    assert Agreement.objects.get(slug="iss-iga") in Mission.objects.get(slug="iss").agreements.all()
    assert Mission.objects.get(slug="ilrs") in Agreement.objects.get(slug="ilrs-mou").missions.all()


def test_esa_members_with_dates():
    esa = Organization.objects.get(slug="esa")
    rows = esa.membership_rows.all()
    assert rows.filter(kind="member").count() >= 20
    assert rows.get(country__code="de", kind="member").joined_on == datetime.date(1977, 7, 26)
    assert rows.get(country__code="ca").kind == "cooperating"
    assert esa.member_countries.filter(code="de").exists()


def test_names_keep_their_diacritics():
    assert Organization.objects.get(slug="cnes").name == "Centre national d'études spatiales"


def test_charter_join_dates_known_only_to_the_month_stay_empty():
    assert charter("csa").signed_on == datetime.date(2000, 10, 20)
    noaa = charter("noaa")
    assert noaa.signed_on is None
    assert "September 2001" in noaa.notes


# --- missions, organizations, countries, events -----------------------------------------------


def test_iss_dates_and_partners():
    iss = Mission.objects.get(slug="iss")
    assert (iss.start_date, iss.start_precision) == (datetime.date(1998, 11, 20), "day")
    assert iss.end_date is None  # 2030 is only planned
    assert iss.participations.get(role="lead").organization.slug == "nasa"
    assert {"roscosmos", "esa", "jaxa", "csa"} <= set(iss.participations.values_list("organization__slug", flat=True))


def test_orion_and_gateway_belong_to_artemis():
    assert set(Mission.objects.filter(parent__slug="artemis").values_list("slug", flat=True)) == {"orion", "gateway"}


def test_jwst_does_not_claim_unsourced_contributions():
    csa = Mission.objects.get(slug="jwst").participations.get(organization__slug="csa")
    assert "not stated" in csa.contribution


def test_founding_dates_keep_their_precision():
    assert Organization.objects.get(slug="esa").founded_iso == "1975"
    assert Organization.objects.get(slug="skao").founded_iso == "2021-01"
    assert Organization.objects.get(slug="nasa").founded_iso == "1958-07-29"
    assert Organization.objects.get(slug="csa").founded_iso == "1989-03-01"


def test_soviet_union_is_a_historical_country():
    assert Country.objects.get(code="su").historical


def test_outer_space_treaty_entry_into_force_event():
    event = Event.objects.get(slug="outer-space-treaty-enters-into-force")
    assert (event.date_iso, event.kind) == ("1967-10-10", "entry_into_force")
    assert list(event.agreements.values_list("slug", flat=True)) == ["outer-space-treaty"]


def test_events_keep_their_precision_and_countries():
    assert Event.objects.get(slug="space-station-freedom-iga-signed").date_iso == "1988-09"
    assert Event.objects.get(slug="copuos-made-permanent").date_iso == "1959"
    opened = Event.objects.get(slug="outer-space-treaty-opened-for-signature")
    assert set(opened.countries.values_list("code", flat=True)) == {"gb", "su", "us"}
    assert Event.objects.get(slug="iss-planned-end").kind == "planned"


# --- depth of the content (issue 12) -------------------------------------------------------------

WORKING_NOTES = re.compile(
    r"not found|not stated|\bsources?\b(?! (?:of|for) )|CONFLICT|DERIVED|not in (?:the )?consulted|not verified|curator"
    r"|\bTODO\b|\bFIXME\b|unclear|unresolved|not resolved|to be checked|\?\?|_on\b",
    re.IGNORECASE,
)
# Row notes are shown to visitors too: they may explain a value ("date derived: …") but carry no
# curators' markers, field names or unresolved disagreements (those are `disputes`).
ROW_MARKERS = re.compile(r"\bCONFLICT\b|\bDERIVED\b|\bTODO\b|\bFIXME\b|not resolved|conflict noted|\b\w+_on\b")


def test_counts_after_loading():
    assert Organization.objects.count() >= 120
    assert Mission.objects.count() >= 70
    assert Agreement.objects.count() >= 30
    assert Event.objects.count() >= 200


def test_every_published_record_cites_a_source():
    for model in (Organization, Mission, Agreement, Event, Country):
        assert not model.objects.published().filter(sources__isnull=True).exists(), model.__name__


def test_no_curator_working_notes_in_published_text():
    texts = [
        *((f"organization {o.slug}", o.summary) for o in Organization.objects.published()),
        *((f"mission {m.slug}", f"{m.summary} {m.status_note}") for m in Mission.objects.published()),
        *((f"agreement {a.slug}", a.summary) for a in Agreement.objects.published()),
        *((f"event {e.slug}", e.summary) for e in Event.objects.published()),
    ]
    found = [(label, WORKING_NOTES.search(text).group(0)) for label, text in texts if WORKING_NOTES.search(text)]
    assert found == []


def test_events_of_a_country_follow_its_organizations(client):
    response = client.get("/api/v1/events/?country=in")
    assert response.status_code == 200
    slugs = {row["slug"] for row in response.json()["results"]}
    isro_events = set(Event.objects.published().filter(organizations__slug="isro").values_list("slug", flat=True))
    assert isro_events and (isro_events & slugs)


# --- what issue 12 says a visitor must find, checked on the pages and the API ----------------------

DISAGREEMENT_WORDS = re.compile(r"\bCONFLICT\b|(?i:conflict noted|not resolved|disagree)")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_iss_and_its_intergovernmental_agreement_link_each_other(client):
    assert 'href="/agreements/iss-iga/"' in client.get("/missions/iss/").content.decode()
    assert 'href="/missions/iss/"' in client.get("/agreements/iss-iga/").content.decode()
    assert 'href="/missions/ilrs/"' in client.get("/agreements/ilrs-mou/").content.decode()


def test_esa_page_lists_its_member_states_with_dates(client):
    text = _text(client.get("/organizations/esa/").content.decode())
    assert "Member countries" in text
    assert "Germany member 26 July 1977" in text
    assert "Czechia" in text or "Czech Republic" in text
    assert "Canada cooperating" in text


def test_api_events_of_india_include_every_isro_event(client):
    slugs, url = set(), "/api/v1/events/?country=in&page_size=100"
    while url:
        page = client.get(url).json()
        slugs |= {row["slug"] for row in page["results"]}
        url = page["next"]
    isro = set(Event.objects.published().filter(organizations__slug="isro").values_list("slug", flat=True))
    assert isro and isro <= slugs


def test_outer_space_treaty_rows_are_cited_with_statuses_and_the_map_counts_them(client):
    rows = Signatory.objects.filter(agreement__slug="outer-space-treaty", country__isnull=False)
    assert not rows.filter(sources__isnull=True).exists()
    assert {"signed", "ratified", "acceded"} <= set(rows.values_list("status", flat=True))
    text = _text(client.get("/agreements/outer-space-treaty/").content.decode())
    parties = rows.filter(status__in=["ratified", "acceded"]).count()
    assert f"{parties} of 117 parties listed here ({rows.count()} rows in all)" in text
    assert "No per-country list" not in text
    # /map/ "Agreements signed" counts the treaty rows: China acceded (1983), the Soviet Union ratified.
    html = client.get("/map/").content.decode()
    for code in ("cn", "su", "ru"):
        expected = Signatory.objects.filter(
            counted_q(None), country__code=code, agreement__publication_status="published"
        ).count()
        cells = re.search(rf'href="/countries/{code}/">.*?</th>\s*<td class="num">(\d+)</td>', html, re.S)
        assert cells and int(cells.group(1)) == expected >= 1, code


def test_artemis_accords_page_as_of_the_end_of_2025(client):
    text = _text(client.get("/agreements/artemis-accords/?as_of=2025-12-31").content.decode())
    assert "59 signatories as of 31 December 2025" in text
    assert "Malaysia" in text and "Philippines" in text and "October 2025" in text
    assert "Oman" not in text.split("Signatories", 1)[1].split("Signatories over time", 1)[0]


def test_every_disputed_value_is_flagged():
    """A row or record whose notes mention a disagreement carries it in `disputes`, and no row notes keep
    curators' markers (CONFLICT, DERIVED, field names)."""
    rows = [*Signatory.objects.select_related("agreement", "country", "organization"), *Membership.objects.all()]
    unflagged = [str(row) for row in rows if DISAGREEMENT_WORDS.search(row.notes) and not row.disputes]
    assert unflagged == []
    marked = [(str(row), ROW_MARKERS.search(row.notes).group(0)) for row in rows if ROW_MARKERS.search(row.notes)]
    assert marked == []
    flagged = [*Signatory.objects.exclude(disputes=[]), *Organization.objects.exclude(disputes=[])]
    assert len(flagged) >= 10
    for item in (d for record in flagged for d in record.disputes):
        assert item["source_url"].startswith("http") and item["value"]


def test_no_published_row_or_record_without_a_source():
    for model in (Organization, Mission, Agreement, Event, Country):
        assert not model.objects.published().filter(sources__isnull=True).exists(), model.__name__
    assert not Signatory.objects.filter(sources__isnull=True).exists()
    assert not Membership.objects.filter(sources__isnull=True).exists()


def test_names_as_their_sources_write_them():
    names = dict(Organization.objects.values_list("slug", "name"))
    assert names["cnes"] == "Centre national d'études spatiales"
    assert names["conae"] == "Comisión Nacional de Actividades Espaciales"
    assert names["dlr"] == "Deutsches Zentrum für Luft- und Raumfahrt"
    assert names["usgs"] == "U.S. Geological Survey"
    assert names["abae"] == "Agencia Bolivariana para Actividades Espaciales"
    assert names["siaa"] == "Space Industry Association of Australia"


def test_country_pages_of_the_soviet_union_azerbaijan_and_belarus(client):
    su = client.get("/countries/su/").content.decode()
    assert 'href="/missions/apollo-soyuz/"' in su
    for code in ("az", "by"):
        html = client.get(f"/countries/{code}/").content.decode()
        assert 'href="/agreements/ilrs-mou/"' in html, code  # ILRS partners from October 2023 (Reuters)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/missions/commercial-resupply-services-1/", ["Dragon", "Cygnus"]),
        ("/missions/commercial-resupply-services-2/", ["Dragon", "Cygnus", "Dream Chaser"]),
        ("/missions/starlab/", ["Voyager", "Airbus", "Mitsubishi"]),
        ("/organizations/blue-origin/", ["Blue Origin"]),
        ("/organizations/virgin-galactic/", ["Virgin Galactic"]),
        ("/missions/international-docking-system-standard/", ["International Docking System Standard"]),
        ("/agreements/canada-esa-cooperation-agreement/", ["Canada"]),
        ("/timeline/iss-visitors-280-from-23-countries/", ["US 167, Russia 60, Japan 11, Canada 9, Italy 6"]),
        ("/timeline/isdc-2025/", ["National Space Society"]),
        ("/timeline/exomars-cooperation-suspended/", ["2022"]),
        ("/timeline/exomars-cooperation-terminated/", ["Roscosmos"]),
    ],
)
def test_the_reference_articles_records_are_there(client, path, words):
    response = client.get(path)
    assert response.status_code == 200, path
    text = response.content.decode()
    for word in words:
        assert word in text, (path, word)


def test_load_atlas_twice_changes_nothing():
    out = StringIO()
    call_command("load_atlas", stdout=out)
    assert "(0 changes)" in out.getvalue()
