""" "Counted as a signatory / party on day D": one definition, its SQL and Python forms agree at the edges."""

import datetime

import pytest

from catalog.models import Signatory, SignatoryStatus
from catalog.models.agreement import counted_q, party_q
from tests.factories import AgreementFactory, SignatoryFactory

pytestmark = pytest.mark.django_db
D = datetime.date

ROWS = {
    "signed": {"signed_on": D(2000, 1, 10)},
    "signed-then-ratified": {"signed_on": D(2000, 1, 10), "ratified_on": D(2001, 5, 5), "status": "ratified"},
    "acceded-without-signing": {"signed_on": None, "ratified_on": D(2002, 3, 3), "status": SignatoryStatus.ACCEDED},
    "withdrawn": {
        "signed_on": D(2000, 1, 10),
        "ratified_on": D(2000, 6, 1),
        "withdrawn_on": D(2003, 1, 1),
        "status": SignatoryStatus.WITHDRAWN,
    },
    "undated": {"signed_on": None},
}
DAYS = [
    None,
    D(2000, 1, 9),
    D(2000, 1, 10),
    D(2000, 6, 1),
    D(2001, 5, 4),
    D(2001, 5, 5),
    D(2002, 12, 31),
    D(2003, 1, 1),
]
# (counted as a signatory, counted as a party) per row and day; None is "today, by status".
EXPECTED = {
    "signed": [(1, 0), (0, 0), (1, 0), (1, 0), (1, 0), (1, 0), (1, 0), (1, 0)],
    "signed-then-ratified": [(1, 1), (0, 0), (1, 0), (1, 0), (1, 0), (1, 1), (1, 1), (1, 1)],
    "acceded-without-signing": [(1, 1), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (1, 1), (1, 1)],
    "withdrawn": [(0, 0), (0, 0), (1, 0), (1, 1), (1, 1), (1, 1), (1, 1), (0, 0)],
    "undated": [(1, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)],
}


@pytest.mark.parametrize("name", ROWS)
@pytest.mark.parametrize("index", range(len(DAYS)), ids=[str(day) for day in DAYS])
def test_counted_on_a_day_is_the_same_in_sql_and_in_python(name, index):
    row = SignatoryFactory(agreement=AgreementFactory(), **ROWS[name])
    day = DAYS[index]
    rows = Signatory.objects.filter(pk=row.pk)

    in_sql = (rows.filter(counted_q(day)).count(), rows.filter(party_q(day)).count())
    in_python = (int(row.is_counted_on(day)), int(row.is_party_on(day)))

    assert in_sql == in_python == EXPECTED[name][index]


def test_agreement_counts_use_the_same_definition():
    agreement = AgreementFactory()
    for values in ROWS.values():
        SignatoryFactory(agreement=agreement, **values)
    for index, day in enumerate(DAYS):
        counted = type(agreement).objects.filter(pk=agreement.pk).with_counts(day).get()
        expected = [EXPECTED[name][index] for name in ROWS]
        assert counted.signatory_count == sum(signed for signed, _ in expected)
        assert counted.party_count == sum(party for _, party in expected)


# A month- or year-precision date counts from the END of its month or year (catalog/models/agreement.py).
PARTIAL_ROWS = {
    "signed-in-october-2025": {"signed_on": D(2025, 10, 1), "signed_precision": "month"},
    "acceded-in-1986": {
        "signed_on": None,
        "ratified_on": D(1986, 1, 1),
        "ratified_precision": "year",
        "status": "acceded",
    },
    "withdrew-in-2024": {
        "signed_on": D(2000, 1, 10),
        "ratified_on": D(2000, 6, 1),
        "withdrawn_on": D(2024, 1, 1),
        "withdrawn_precision": "year",
        "status": SignatoryStatus.WITHDRAWN,
    },
}
PARTIAL_DAYS = [D(2025, 10, 30), D(2025, 10, 31), D(1986, 12, 30), D(1986, 12, 31), D(2024, 12, 30), D(2024, 12, 31)]
PARTIAL_EXPECTED = {
    "signed-in-october-2025": [(0, 0), (1, 0), (0, 0), (0, 0), (0, 0), (0, 0)],
    "acceded-in-1986": [(1, 1), (1, 1), (0, 0), (1, 1), (1, 1), (1, 1)],
    "withdrew-in-2024": [(0, 0), (0, 0), (0, 0), (0, 0), (1, 1), (0, 0)],
}


@pytest.mark.parametrize("name", PARTIAL_ROWS)
@pytest.mark.parametrize("index", range(len(PARTIAL_DAYS)), ids=[str(day) for day in PARTIAL_DAYS])
def test_a_partial_date_counts_from_the_end_of_its_month_or_year(name, index):
    row = SignatoryFactory(agreement=AgreementFactory(), **PARTIAL_ROWS[name])
    day = PARTIAL_DAYS[index]
    rows = Signatory.objects.filter(pk=row.pk)

    in_sql = (rows.filter(counted_q(day)).count(), rows.filter(party_q(day)).count())
    in_python = (int(row.is_counted_on(day)), int(row.is_party_on(day)))

    assert in_sql == in_python == PARTIAL_EXPECTED[name][index]


def test_counts_from_is_the_last_day_of_the_period():
    from catalog.models.agreement import counts_from

    assert counts_from(D(2024, 2, 1), "month") == D(2024, 2, 29)
    assert counts_from(D(2025, 12, 1), "month") == D(2025, 12, 31)
    assert counts_from(D(1987, 1, 1), "year") == D(1987, 12, 31)
    assert counts_from(D(1987, 3, 4), "day") == D(1987, 3, 4)
    assert counts_from(None, "day") is None
