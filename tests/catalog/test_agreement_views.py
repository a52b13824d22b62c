"""/agreements/ and /agreements/<slug>/: signatory table, derived counts, ?as_of= and ?sort=."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import SignatoryStatus, Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    SignatoryFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LIST = reverse("catalog:agreement-list")
D = datetime.date


@pytest.fixture
def accords():
    """Three signatories of the Artemis Accords on three dates, one of them a ratifying party."""
    agreement = AgreementFactory(
        name="Artemis Accords",
        short_name="Artemis Accords",
        slug="artemis-accords",
        kind="accords",
        binding=False,
        opened_for_signature=D(2020, 10, 13),
    )
    SignatoryFactory(
        agreement=agreement, country=CountryFactory(code="au", name="Australia"), signed_on=D(2020, 10, 13)
    )
    SignatoryFactory(agreement=agreement, country=CountryFactory(code="br", name="Brazil"), signed_on=D(2021, 6, 15))
    SignatoryFactory(
        agreement=agreement,
        country=CountryFactory(code="om", name="Oman"),
        signed_on=D(2026, 1, 26),
        ratified_on=D(2026, 1, 26),
        status=SignatoryStatus.RATIFIED,
    )
    return agreement


def test_agreement_list_shows_derived_signatory_counts(client, accords):
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Artemis Accords" in response.text
    assert "<strong>3</strong> signatories listed" in response.text


def test_agreement_list_counts_as_of_a_date(client, accords):
    response = client.get(LIST, {"as_of": "2021-01-01"})
    assert "<strong>1</strong> signatory listed" in response.text
    assert "counts as of 1 January 2021" in response.text


def test_agreement_list_filters_by_signatory_country(client, accords):
    AgreementFactory(name="Moon Agreement")
    response = client.get(LIST, {"signatory": "br"})
    assert "Artemis Accords" in response.text and "Moon Agreement" not in response.text


def test_agreement_list_filters_by_kind_and_binding(client, accords):
    AgreementFactory(name="Outer Space Treaty", kind="treaty", binding=True)
    assert "Outer Space Treaty" not in client.get(LIST, {"kind": "accords"}).text
    assert "Artemis Accords" not in client.get(LIST, {"binding": "true"}).text


def test_agreement_list_filters_by_topic(client, accords):
    accords.topics.add(TopicFactory(slug="space-law"))
    AgreementFactory(name="Moon Agreement")
    response = client.get(LIST, {"topic": "space-law"})
    assert "Artemis Accords" in response.text and "Moon Agreement" not in response.text


def test_agreement_list_sorts_by_signatory_count(client, accords):
    AgreementFactory(name="Lonely Agreement")
    text = client.get(LIST, {"ordering": "-signatory_count"}).text
    assert text.index("Artemis Accords") < text.index("Lonely Agreement")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"as_of": "yesterday"}, "as_of"),
        ({"kind": "pact"}, "kind"),
        ({"signatory": "z9"}, "signatory"),
        ({"ordering": "colour"}, "ordering"),
    ],
)
def test_invalid_agreement_filters_give_a_400_naming_the_field(client, params, field):
    response = client.get(LIST, params)
    assert response.status_code == 400
    assert f"<strong>{field}</strong>" in response.text


def test_agreement_page_shows_signatories_with_dates_and_derived_count(client, accords):
    response = client.get(accords.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    for name in ("Australia", "Brazil", "Oman"):
        assert name in text
    assert "13 October 2020" in text and "26 January 2026" in text
    assert "<strong>3</strong> signatories as of" in text
    assert "of which 1 party (ratified or acceded)" in text
    assert 'aria-sort="ascending"' in text  # the default order: by signed date
    assert "<caption>Signatories of the Artemis Accords" in text


def test_agreement_page_as_of_shows_the_table_as_it_stood(client, accords):
    response = client.get(accords.get_absolute_url(), {"as_of": "2021-12-31"})
    text = response.text
    assert "<strong>2</strong> signatories as of 31 December 2021" in text
    assert "Oman" not in text


def test_withdrawn_signatories_are_not_counted(client, accords):
    SignatoryFactory(
        agreement=accords,
        country=CountryFactory(code="xw", name="Withdrawnland"),
        signed_on=D(2021, 1, 1),
        withdrawn_on=D(2022, 1, 1),
        status=SignatoryStatus.WITHDRAWN,
    )
    assert "<strong>3</strong> signatories as of" in client.get(accords.get_absolute_url()).text
    assert (
        "<strong>3</strong> signatories as of 31 December 2021"
        in client.get(accords.get_absolute_url(), {"as_of": "2021-12-31"}).text
    )


def test_agreement_page_sorts_signatories_on_the_server(client, accords):
    text = client.get(accords.get_absolute_url(), {"sort": "-party"}).text
    assert text.index("Oman") < text.index("Brazil") < text.index("Australia")
    assert 'data-sort-key="party"' in text and 'aria-sort="descending"' in text


@pytest.mark.parametrize(("params", "field"), [({"sort": "colour"}, "sort"), ({"as_of": "2021-13-45"}, "as_of")])
def test_bad_agreement_page_parameters_give_a_400(client, accords, params, field):
    response = client.get(accords.get_absolute_url(), params)
    assert response.status_code == 400
    assert f"<strong>{field}</strong>" in response.text


def test_reported_total_is_shown_with_its_source_next_to_the_listed_rows(client):
    source = SourceFactory(publisher="UNODA", title="Status of the treaty")
    treaty = AgreementFactory(
        name="Outer Space Treaty", reported_parties=117, reported_as_of=D(2025, 5, 1), reported_source=source
    )
    SignatoryFactory.create_batch(2, agreement=treaty)
    SignatoryFactory(agreement=treaty, ratified_on=D(2021, 1, 1), status="ratified")
    text = client.get(treaty.get_absolute_url()).text
    assert "117 parties" in text and "UNODA" in text
    assert "May 2025; 1 of 117 parties listed here (3 rows in all)" in text


def test_agreement_page_shows_events_organizations_topics_and_sources(client, accords):
    accords.organizations.add(OrganizationFactory(name="NASA", acronym="NASA"))
    accords.topics.add(TopicFactory(name="Lunar exploration"))
    EventFactory(title="Accords signed in Washington").agreements.add(accords)
    accords.sources.set([SourceFactory(title="NASA Artemis Accords page", publisher="NASA")])
    text = client.get(accords.get_absolute_url()).text
    for expected in ("NASA", "Lunar exploration", "Accords signed in Washington", "NASA Artemis Accords page"):
        assert expected in text


def test_draft_signatory_countries_are_not_listed(client, accords):
    SignatoryFactory(agreement=accords, country=CountryFactory(code="xd", name="Draftland", publication_status="draft"))
    text = client.get(accords.get_absolute_url()).text
    assert "Draftland" not in text and "<strong>3</strong> signatories" in text


def test_draft_agreement_is_404_for_visitors_and_previewed_by_staff(client, staff_user):
    draft = AgreementFactory(name="Draft Charter", publication_status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Draft Charter" not in client.get(LIST).text
    client.force_login(staff_user)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Draft — not visible to the public" in response.text


def test_unknown_agreement_is_a_404(client):
    assert client.get(reverse("catalog:agreement-detail", args=["nope"])).status_code == 404


def test_agreement_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def make(n):
        for agreement in AgreementFactory.create_batch(n):
            SignatoryFactory(agreement=agreement)

    make(5)
    # 1 count, 2 the page of agreements with their signatory counts, 3-5 signatory-country, topic and
    # mission choices.
    with django_assert_num_queries(5):
        client.get(LIST)
    make(45)
    with django_assert_num_queries(5):
        client.get(LIST)


def test_agreement_page_runs_a_constant_number_of_queries(client, accords, django_assert_num_queries):
    def grow(n):
        SignatoryFactory.create_batch(n, agreement=accords)
        for _ in range(n):
            EventFactory().agreements.add(accords)
            accords.organizations.add(OrganizationFactory())
            accords.topics.add(TopicFactory())

    grow(5)
    # 1 the agreement with its reported source, 2 sources, 3 topics, 4 organizations, 5 events,
    # 6 signatory rows with their countries and organizations, 7 the signatory rows' sources.
    # 8: the published guides that link it ("Explained in"); 9: the missions it governs or enables.
    with django_assert_num_queries(9):
        client.get(accords.get_absolute_url())
    grow(45)
    for _ in range(5):
        accords.missions.add(MissionFactory())
    with django_assert_num_queries(9):
        client.get(accords.get_absolute_url())


def test_signatory_table_shows_each_rows_notes_and_sources(client, accords):
    row = accords.signatories.get(country__code="au")
    row.notes = "original signatory (national space agency signed)"
    row.save()
    source = row.sources.create(title="SpaceWatch.Global opinion", url="https://spacewatch.global/2020/10/x/")
    html = client.get(accords.get_absolute_url()).content.decode()
    assert "original signatory (national space agency signed)" in html
    assert f'href="{source.url}"' in html


def test_an_agreement_known_only_by_its_reported_total_does_not_claim_zero_signatories(client):
    from tests.factories import SourceFactory

    source = SourceFactory(publisher="Wikipedia (mirror citing UNODA)")
    treaty = AgreementFactory(
        slug="outer-space-treaty",
        reported_parties=117,
        reported_signatories=22,
        reported_as_of=D(2025, 5, 1),
        reported_source=source,
    )
    text = client.get(treaty.get_absolute_url()).content.decode()
    assert "117 parties and 22 further signatories reported by" in text
    assert "0 of 117 parties listed here (0 rows in all)" in text
    assert "<strong>0</strong> signatories" not in text
    assert "the reported total above is the count to cite" in text
