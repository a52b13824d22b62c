"""The data behind the pictures: catalog/visuals.py."""

import datetime

import pytest

from catalog.models import MissionStatus, OrganizationKind, Signatory, SignatoryStatus, Status
from catalog.visuals import (
    ARTEMIS_ACCORDS_SLUG,
    collaboration_network,
    country_measures,
    signatory_growth,
    signatures_per_year,
    timeline_items,
)
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


def shared(missions, *orgs):
    for mission in missions:
        for org in orgs:
            ParticipationFactory(mission=mission, organization=org)


@pytest.fixture
def iss_partners():
    """NASA and ESA share three missions; NASA and JAXA one; Roscosmos flies alone once."""
    us, jp, ru = (
        CountryFactory(code="us", name="United States"),
        CountryFactory(code="jp", name="Japan"),
        CountryFactory(code="ru", name="Russia"),
    )
    nasa = OrganizationFactory(acronym="NASA", slug="nasa", country=us)
    esa = OrganizationFactory(acronym="ESA", slug="esa", country=None, kind=OrganizationKind.INTERGOVERNMENTAL)
    jaxa = OrganizationFactory(acronym="JAXA", slug="jaxa", country=jp)
    roscosmos = OrganizationFactory(acronym="Roscosmos", slug="roscosmos", country=ru)
    iss = MissionFactory(slug="iss", start_date=D(1998, 11, 20), end_date=None, status=MissionStatus.ACTIVE)
    jwst = MissionFactory(slug="jwst", start_date=D(2021, 12, 25), end_date=None, status=MissionStatus.ACTIVE)
    soho = MissionFactory(
        slug="soho", start_date=D(1995, 12, 2), end_date=D(2003, 6, 1), status=MissionStatus.COMPLETED
    )
    shared([iss, jwst, soho], nasa, esa)
    ParticipationFactory(mission=iss, organization=jaxa)
    ParticipationFactory(mission=MissionFactory(slug="solo"), organization=roscosmos)
    return {"nasa": nasa, "esa": esa, "jaxa": jaxa, "roscosmos": roscosmos, "iss": iss, "jwst": jwst, "soho": soho}


def edge(network, a, b):
    source, target = sorted([a, b])
    return next((e for e in network["edges"] if (e["source"], e["target"]) == (source, target)), None)


# --- collaboration_network ---------------------------------------------------------------------------


def test_network_edge_weight_counts_the_missions_two_partners_share(iss_partners):
    network = collaboration_network()

    nasa_esa = edge(network, "nasa", "esa")
    assert nasa_esa["weight"] == 3
    assert nasa_esa["missions"] == ["iss", "jwst", "soho"]
    assert edge(network, "nasa", "jaxa")["weight"] == 1
    assert edge(network, "esa", "jaxa")["weight"] == 1
    assert len(network["edges"]) == 3
    assert network["edges"][0]["weight"] == 3  # heaviest first


def test_network_nodes_are_organizations_that_share_a_mission(iss_partners):
    nodes = {node["slug"]: node for node in collaboration_network()["nodes"]}

    assert set(nodes) == {"nasa", "esa", "jaxa"}  # Roscosmos only flies alone
    assert nodes["nasa"]["mission_count"] == 3
    assert nodes["jaxa"]["mission_count"] == 1
    assert nodes["nasa"]["country"] == "us"
    assert nodes["esa"]["country"] is None
    assert nodes["esa"]["kind"] == OrganizationKind.INTERGOVERNMENTAL
    assert nodes["nasa"]["url"] == "/organizations/nasa/"


def test_an_organization_with_two_roles_in_a_mission_counts_it_once(iss_partners):
    ParticipationFactory(mission=iss_partners["iss"], organization=iss_partners["nasa"], role="operator")

    network = collaboration_network()

    assert edge(network, "nasa", "esa")["weight"] == 3
    assert next(n for n in network["nodes"] if n["slug"] == "nasa")["mission_count"] == 3


def test_network_filtered_by_topic_keeps_only_that_topics_missions(iss_partners):
    astronomy = TopicFactory(slug="astronomy")
    iss_partners["jwst"].topics.add(astronomy)
    iss_partners["soho"].topics.add(astronomy)

    network = collaboration_network(topic=astronomy)

    assert edge(network, "nasa", "esa")["weight"] == 2
    assert edge(network, "nasa", "jaxa") is None
    assert {n["slug"] for n in network["nodes"]} == {"nasa", "esa"}


def test_network_filtered_by_period_keeps_missions_overlapping_it(iss_partners):
    nineties = collaboration_network(start=D(1990, 1, 1), end=D(1999, 12, 31))
    assert edge(nineties, "nasa", "esa")["missions"] == ["iss", "soho"]

    # SOHO ended in 2003; the ISS and JWST have no end date and are active, so they still run.
    recent = collaboration_network(start=D(2010, 1, 1))
    assert edge(recent, "nasa", "esa")["missions"] == ["iss", "jwst"]

    before_jwst = collaboration_network(end=D(2020, 12, 31))
    assert edge(before_jwst, "nasa", "esa")["missions"] == ["iss", "soho"]


def test_completed_mission_without_end_date_only_overlaps_periods_from_its_start(iss_partners):
    old = MissionFactory(slug="old", start_date=D(1975, 7, 15), end_date=None, status=MissionStatus.COMPLETED)
    shared([old], iss_partners["nasa"], iss_partners["roscosmos"])

    assert edge(collaboration_network(start=D(2000, 1, 1)), "nasa", "roscosmos") is None
    assert edge(collaboration_network(start=D(1975, 1, 1), end=D(1975, 12, 31)), "nasa", "roscosmos")["weight"] == 1


def test_network_leaves_out_draft_missions_and_draft_organizations(iss_partners):
    draft_mission = MissionFactory(slug="secret", publication_status=Status.DRAFT)
    shared([draft_mission], iss_partners["nasa"], iss_partners["esa"])
    draft_org = OrganizationFactory(slug="draft-agency", publication_status=Status.DRAFT)
    ParticipationFactory(mission=iss_partners["iss"], organization=draft_org)

    network = collaboration_network()

    assert edge(network, "nasa", "esa")["weight"] == 3
    assert "secret" not in {m["slug"] for m in network["missions"]}
    assert "draft-agency" not in {n["slug"] for n in network["nodes"]}
    assert all("draft-agency" not in (e["source"], e["target"]) for e in network["edges"])


def test_network_hides_the_country_of_an_organization_when_the_country_is_a_draft(iss_partners):
    iss_partners["jaxa"].country.publication_status = Status.DRAFT
    iss_partners["jaxa"].country.save()

    jaxa = next(n for n in collaboration_network()["nodes"] if n["slug"] == "jaxa")

    assert jaxa["country"] is None and jaxa["country_name"] is None


def network_with(missions: int):
    orgs = OrganizationFactory.create_batch(3)
    for _ in range(missions):
        shared([MissionFactory()], *orgs)


@pytest.mark.parametrize("missions", [5, 50])
def test_network_query_count_is_constant(django_assert_num_queries, missions):
    network_with(missions)
    # 1: participations of the matching missions with their organizations and countries
    # 2: the shared missions' slugs and names
    with django_assert_num_queries(2):
        network = collaboration_network()
    assert edge(network, network["nodes"][0]["slug"], network["nodes"][1]["slug"])["weight"] == missions


# --- signatory_growth ----------------------------------------------------------------------------------


@pytest.fixture
def treaty():
    agreement = AgreementFactory(slug="treaty")
    SignatoryFactory(
        agreement=agreement, signed_on=D(1967, 1, 27), ratified_on=D(1967, 10, 10), status=SignatoryStatus.RATIFIED
    )
    SignatoryFactory(agreement=agreement, signed_on=D(1967, 1, 27))
    SignatoryFactory(
        agreement=agreement, signed_on=D(1968, 5, 1), ratified_on=D(1970, 1, 1), status=SignatoryStatus.RATIFIED
    )
    SignatoryFactory(agreement=agreement, signed_on=None, ratified_on=D(1969, 3, 3), status=SignatoryStatus.ACCEDED)
    SignatoryFactory(
        agreement=agreement, signed_on=D(1967, 6, 1), withdrawn_on=D(1980, 1, 1), status=SignatoryStatus.WITHDRAWN
    )
    SignatoryFactory(agreement=agreement, signed_on=None, ratified_on=None)  # undated
    return agreement


def test_growth_is_a_step_series_of_signed_and_ratified_counts(treaty):
    growth = signatory_growth(treaty)

    assert [(p["date"], p["signed"], p["ratified"]) for p in growth["points"]] == [
        ("1967-01-27", 2, 0),
        ("1967-06-01", 3, 0),
        ("1967-10-10", 3, 1),
        ("1968-05-01", 4, 1),
        ("1969-03-03", 5, 2),  # acceded without signing: counts as joining that day
        ("1970-01-01", 5, 3),
        ("1980-01-01", 4, 3),  # a withdrawal
    ]
    assert [(p["joined"], p["ratifications"], p["withdrawals"]) for p in growth["points"]][-3:] == [
        (1, 1, 0),
        (0, 1, 0),
        (0, 0, 1),
    ]
    assert growth["undated"] == 1
    assert growth["has_ratifications"] is True
    assert (growth["signed"], growth["ratified"]) == (4, 3)


def _read_off(growth: dict, day: datetime.date) -> tuple[int, int]:
    """(signed, ratified) on `day`, read off the chart's step series."""
    current = (0, 0)
    for point in growth["points"]:
        if point["date"] > day.isoformat():
            break
        current = (point["signed"], point["ratified"])
    return current


@pytest.mark.parametrize(
    "day",
    [D(1966, 12, 31), D(1967, 1, 27), D(1967, 8, 1), D(1969, 3, 2), D(1969, 3, 3), D(1979, 12, 31), D(1980, 1, 1)],
)
def test_cumulative_count_on_a_day_equals_the_signatories_signed_by_then(treaty, day):
    signed, ratified = _read_off(signatory_growth(treaty), day)

    assert signed == Signatory.objects.filter(agreement=treaty).as_of(day).count()
    counted = type(treaty).objects.filter(pk=treaty.pk).with_counts(as_of=day).get()
    assert (signed, ratified) == (counted.signatory_count, counted.party_count)


def test_growth_without_ratifications_has_one_series():
    accords = AgreementFactory()
    SignatoryFactory.create_batch(3, agreement=accords, signed_on=D(2020, 10, 13))

    growth = signatory_growth(accords)

    assert growth["has_ratifications"] is False
    assert growth["points"] == [
        {
            "date": "2020-10-13",
            "label": "13 October 2020",
            "signed": 3,
            "ratified": 0,
            "joined": 3,
            "ratifications": 0,
            "withdrawals": 0,
        }
    ]


def test_growth_leaves_out_signatories_that_are_draft_countries(treaty):
    SignatoryFactory(
        agreement=treaty,
        signed_on=D(1967, 1, 27),
        country=CountryFactory(publication_status=Status.DRAFT, name="Hidden"),
    )

    growth = signatory_growth(treaty)

    assert growth["points"][0]["signed"] == 2
    assert growth["points"][0]["joined"] == 2


def test_growth_from_rows_the_page_already_loaded_matches_the_query(treaty, django_assert_num_queries):
    SignatoryFactory(
        agreement=treaty, signed_on=D(1967, 1, 27), country=CountryFactory(publication_status=Status.DRAFT)
    )
    rows = list(treaty.signatories.select_related("country", "organization"))

    with django_assert_num_queries(0):
        from_rows = signatory_growth(treaty, rows=rows)

    assert from_rows == signatory_growth(treaty)


def test_growth_until_a_day_stops_there(treaty):
    growth = signatory_growth(treaty, until=D(1968, 12, 31))

    assert [p["date"] for p in growth["points"]][-1] == "1968-05-01"
    assert (growth["signed"], growth["ratified"]) == (4, 1)


@pytest.mark.parametrize("rows", [5, 50])
def test_growth_query_count_is_constant(django_assert_num_queries, rows):
    agreement = AgreementFactory()
    for i in range(rows):
        SignatoryFactory(agreement=agreement, signed_on=D(2000, 1, 1) + datetime.timedelta(days=i))
    with django_assert_num_queries(1):  # the agreement's signatory rows (dates only)
        growth = signatory_growth(agreement)
    assert growth["signed"] == rows


# --- country_measures ------------------------------------------------------------------------------


@pytest.fixture
def world(iss_partners):
    us, jp = iss_partners["nasa"].country, iss_partners["jaxa"].country
    artemis = AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG, short_name="Artemis Accords", binding=False)
    SignatoryFactory(agreement=artemis, country=us, signed_on=D(2020, 10, 13))
    SignatoryFactory(agreement=artemis, country=CountryFactory(code="my", name="Malaysia"), signed_on=None)
    ost = AgreementFactory(slug="outer-space-treaty")
    SignatoryFactory(agreement=ost, country=us, signed_on=D(1967, 1, 27))
    SignatoryFactory(agreement=ost, country=jp, signed_on=D(1967, 1, 27))
    SignatoryFactory(agreement=AgreementFactory(publication_status=Status.DRAFT), country=jp)
    SignatoryFactory(
        agreement=AgreementFactory(), country=jp, withdrawn_on=D(2000, 1, 1), status=SignatoryStatus.WITHDRAWN
    )
    CountryFactory(code="zz", name="Draft Land", publication_status=Status.DRAFT)
    return iss_partners


def rows_by_code(data):
    return {row["code"]: row for row in data["countries"]}


def test_country_measures_count_agreements_missions_and_artemis(world):
    data = country_measures()
    rows = rows_by_code(data)

    assert rows["us"]["agreements_signed"] == 2
    assert rows["us"]["missions"] == 3  # ISS, JWST, SOHO through NASA
    assert rows["us"]["artemis"] is True
    assert rows["us"]["artemis_signed_on"] == "2020-10-13"
    assert rows["us"]["numeric"] == "840"
    assert rows["us"]["url"] == "/countries/us/"
    assert rows["jp"]["agreements_signed"] == 1  # draft agreement and withdrawn signature not counted
    assert rows["jp"]["missions"] == 1
    assert rows["jp"]["artemis"] is False
    assert rows["my"]["artemis"] is True and rows["my"]["artemis_signed_on"] is None
    assert rows["ru"]["missions"] == 1 and rows["ru"]["agreements_signed"] == 0
    assert data["artemis"] == {
        "slug": ARTEMIS_ACCORDS_SLUG,
        "name": "Artemis Accords",
        "url": "/agreements/artemis-accords/",
    }


def test_country_measures_leave_out_draft_countries_missions_and_organizations(world):
    draft_mission = MissionFactory(slug="draft-mission", publication_status=Status.DRAFT)
    ParticipationFactory(mission=draft_mission, organization=world["jaxa"])
    draft_org = OrganizationFactory(country=world["jaxa"].country, publication_status=Status.DRAFT)
    ParticipationFactory(mission=world["jwst"], organization=draft_org)

    rows = rows_by_code(country_measures())

    assert "zz" not in rows
    assert rows["jp"]["missions"] == 1


def test_country_measures_without_the_artemis_accords_say_so(iss_partners):
    data = country_measures()

    assert data["artemis"] is None
    assert all(row["artemis"] is False for row in data["countries"])


@pytest.mark.parametrize("countries", [5, 50])
def test_country_measures_query_count_is_constant(django_assert_num_queries, countries):
    artemis = AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG)
    for country in CountryFactory.create_batch(countries):
        SignatoryFactory(agreement=artemis, country=country)
        ParticipationFactory(organization=OrganizationFactory(country=country))
    # 1: the Artemis Accords record; 2: countries with their three measures as subqueries
    with django_assert_num_queries(2):
        data = country_measures()
    assert len(data["countries"]) == countries
    assert all(row["artemis"] and row["missions"] == 1 for row in data["countries"])


# --- signatures_per_year ---------------------------------------------------------------------------


def test_signatures_per_year_counts_new_signatories_and_fills_gaps(treaty):
    assert signatures_per_year() == [
        {"year": 1967, "count": 3},
        {"year": 1968, "count": 1},
        {"year": 1969, "count": 1},  # accession without signature
    ]


def test_signatures_per_year_leave_out_draft_agreements():
    SignatoryFactory(agreement=AgreementFactory(publication_status=Status.DRAFT), signed_on=D(2001, 1, 1))

    assert signatures_per_year() == []


@pytest.mark.parametrize("rows", [5, 50])
def test_signatures_per_year_query_count_is_constant(django_assert_num_queries, rows):
    agreement = AgreementFactory()
    for i in range(rows):
        SignatoryFactory(agreement=agreement, signed_on=D(1950 + i, 1, 1))
    with django_assert_num_queries(1):
        years = signatures_per_year()
    assert len(years) == rows


# --- timeline_items --------------------------------------------------------------------------------


def test_timeline_items_follow_the_filtered_events_and_skip_drafts():
    EventFactory(slug="launch", title="Launch", date=D(1998, 11, 20), kind="launch")
    EventFactory(slug="accords", title="Accords", date=D(2020, 10, 1), date_precision="month", kind="signature")
    EventFactory(slug="draft", publication_status=Status.DRAFT, kind="signature")

    items = timeline_items(Event.objects.filter(kind="signature"))

    assert [item["slug"] for item in items] == ["accords"]
    assert items[0]["date"] == "2020-10"
    assert items[0]["start"] == "2020-10-01"
    assert items[0]["kind_label"] == "signature"
    assert items[0]["url"] == "/timeline/accords/"


@pytest.mark.parametrize("rows", [5, 50])
def test_timeline_items_query_count_is_constant(django_assert_num_queries, rows):
    EventFactory.create_batch(rows)
    with django_assert_num_queries(1):
        assert len(timeline_items(Event.objects.all())) == rows


def test_timeline_items_from_events_a_page_already_loaded_run_no_query(django_assert_num_queries):
    EventFactory(slug="later", date=D(2000, 1, 1))
    EventFactory(slug="earlier", date=D(1990, 1, 1))
    loaded = list(Event.objects.all())
    loaded.append(EventFactory.build(slug="draft", publication_status=Status.DRAFT, date=D(1995, 1, 1)))

    with django_assert_num_queries(0):
        items = timeline_items(loaded)

    assert [item["slug"] for item in items] == ["earlier", "later"]
