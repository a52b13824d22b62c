"""What a list page costs to render, counted rather than timed (issue 13: an uncached HTML list costs
at most twice its JSON twin; scripts/benchmark.py measures the time).

The filter form's select boxes are rendered in Python (coop_site/records/pages.py FlatSelectMixin),
not with an include per <option>; record links are built from a once-reversed URL
(coop_site/records/links.py). Both must give exactly what Django's own code gives.
"""

import pytest
from django import forms
from django.conf import settings
from django.forms import NullBooleanSelect, Select
from django.test.utils import override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from coop_site.records.links import record_url
from coop_site.records.pages import flatten_selects
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
DUMMY = "django.core.cache.backends.dummy.DummyCache"


class SampleForm(forms.Form):
    kind = forms.ChoiceField(
        required=False,
        choices=[
            ("", "Any"),
            ("x<y", 'Quoted "label" & <b>'),
            ("2", "Two"),
            ("Group", [("g1", "G1"), ("g2", "G2")]),
        ],
    )
    flag = forms.NullBooleanField(required=False, widget=NullBooleanSelect)
    several = forms.MultipleChoiceField(required=False, choices=[("1", "One"), ("2", "Two")])
    custom = forms.ChoiceField(
        choices=[("1", "One")], widget=Select(attrs={"data-x": 'a"b', "disabled": True, "hidden": False})
    )


@pytest.mark.parametrize(
    "data",
    [{}, {"kind": "x<y", "flag": "true", "several": ["1", "2"], "custom": "1"}, {"kind": "g2", "flag": "false"}],
)
def test_flat_select_boxes_render_exactly_what_django_templates_render(data):
    templated, flat = SampleForm(data), SampleForm(data)
    flatten_selects(flat)
    for name in templated.fields:
        assert type(flat.fields[name].widget).__name__.startswith("Flat")
        assert str(flat[name]) == str(templated[name])
    if data.get("kind") == "x<y":
        assert '<option value="x&lt;y" selected>Quoted &quot;label&quot; &amp; &lt;b&gt;</option>' in str(flat["kind"])


def test_record_links_are_the_urls_reverse_gives_in_every_language():
    records = [
        ("catalog:mission-detail", "slug", MissionFactory(slug="iss-2_b")),
        ("catalog:agreement-detail", "slug", AgreementFactory()),
        ("catalog:organization-detail", "slug", OrganizationFactory()),
        ("catalog:topic-detail", "slug", TopicFactory()),
        ("catalog:country-detail", "code", CountryFactory(code="zz")),
        ("timeline:event-detail", "slug", EventFactory()),
    ]
    for language in ("en", "fr", "zh-hans"):
        with translation.override(language):
            for name, kwarg, record in records:
                value = getattr(record, kwarg)
                assert record.get_absolute_url() == reverse(name, kwargs={kwarg: value})
                assert record_url(name, **{kwarg: value}) == reverse(name, kwargs={kwarg: value})
    assert record_url("catalog:country-detail", code="zz").endswith("/countries/zz/")
    with translation.override("fr"):
        assert record_url("catalog:mission-detail", slug="iss").startswith("/fr/")


def test_record_links_leave_unusual_values_to_reverse():
    # A value the fast path cannot vouch for goes through reverse(), which rejects it as it always did.
    for name, kwargs in [
        ("catalog:mission-detail", {"slug": "ünï"}),
        ("catalog:mission-detail", {"slug": "a/b"}),
        ("catalog:country-detail", {"code": "abc"}),
    ]:
        with pytest.raises(NoReverseMatch):
            reverse(name, kwargs=kwargs)
        with pytest.raises(NoReverseMatch):
            record_url(name, **kwargs)


@override_settings(RESPONSE_CACHE_ALIAS="none", CACHES={**settings.CACHES, "none": {"BACKEND": DUMMY}})
def test_list_pages_render_no_template_per_option_and_one_per_row(client):
    CountryFactory.create_batch(60)
    for _ in range(30):
        OrganizationFactory()
        EventFactory()
        MissionFactory()
    for url, rows, row_template in [
        ("/timeline/", 30, "timeline/includes/event_item.html"),
        ("/missions/", 20, "includes/record_card.html"),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        names = [template.name for template in response.templates]
        assert "django/forms/widgets/select_option.html" not in names
        assert "django/forms/widgets/select.html" not in names
        assert names.count(row_template) == rows
        # The page, its layout and shared includes: a fixed number besides the rows.
        assert len(names) - rows <= 30, sorted(set(names))
        assert response.text.count("<option ") >= 60 + 30  # the countries and organizations are offered
        # The same page again: every row comes from the fragments cache, identical.
        again = client.get(url)
        assert [template.name for template in again.templates].count(row_template) == 0
        assert again.content == response.content


@override_settings(RESPONSE_CACHE_ALIAS="none", CACHES={**settings.CACHES, "none": {"BACKEND": DUMMY}})
def test_a_cached_row_is_never_stale(client):
    lead = OrganizationFactory(name="Japan Aerospace Exploration Agency", acronym="JAXA")
    mission = MissionFactory(name="Hayabusa2", summary="Asteroid sample return.")
    mission.participations.create(organization=lead, role="lead")
    event = EventFactory(title="Hayabusa2 capsule lands")

    def cards(url: str) -> str:  # the results, not the filter form (which lists organizations too)
        return client.get(url).text.split('<ul class="cards">')[1]

    assert "Led by JAXA" in cards("/missions/")
    assert "Hayabusa2 capsule lands" in client.get("/timeline/").text
    # A change of a linked record (not of the row's own record) shows on the next request.
    lead.acronym = "JAXA-2"
    lead.save()
    assert "Led by JAXA-2" in cards("/missions/")
    # So does a change of the record itself, and another language gets its own rows.
    event.title = "Hayabusa2 capsule recovered"
    event.save()
    assert "Hayabusa2 capsule recovered" in client.get("/timeline/").text
    french = client.get("/fr/missions/").text
    assert 'href="/fr/missions/' in french
