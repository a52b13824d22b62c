"""Spot checks that the loaded demo data says what /work/shared/data says (and leaves unknowns empty)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from catalog.models import Agreement, Country, Mission, Organization, Signatory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def atlas(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module (loading takes seconds) and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
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
def test_malaysia_and_philippines_have_no_signing_date(code):
    row = artemis(code)
    assert row.signed_on is None
    assert "DATE NOT IN SOURCES" in row.notes


def test_derived_and_disputed_dates_carry_their_notes():
    assert "DERIVED" in artemis("sg").notes
    assert "DERIVED" in artemis("fi").notes
    assert "CONFLICT" in artemis("dk").notes
    assert "27 May" in artemis("kr").notes


def test_turkey_is_not_an_artemis_accords_signatory():
    assert not Signatory.objects.filter(agreement__slug="artemis-accords", country__code="tr").exists()


def test_artemis_accords_had_59_signatories_at_the_end_of_2025():
    rows = Signatory.objects.filter(agreement__slug="artemis-accords")
    assert rows.count() == 61
    assert rows.exclude(signed_on__gte=datetime.date(2026, 1, 1)).count() == 59  # incl. the two undated rows


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
    assert not ost.signatories.exists()  # no per-country list in the data


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


def test_iss_iga_signatories_are_the_four_named_states():
    rows = Signatory.objects.filter(agreement__slug="iss-iga")
    assert set(rows.values_list("country__code", flat=True)) == {"us", "ru", "jp", "ca"}
    assert set(rows.values_list("signed_on", flat=True)) == {datetime.date(1998, 1, 29)}


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
    assert Organization.objects.get(slug="csa").founded is None


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
