"""Guides and the FAQ: the six written guides load and link their records, bodies are sanitised,
counts render live (falling back to a reported total), record pages say "Explained in"."""

import datetime
import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from catalog import markdown
from catalog.models import Guide, Question
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def atlas(db):
    call_command("load_atlas", stdout=StringIO())


def linked_count(record) -> int:
    return sum(
        getattr(record, name).count()
        for name in ("organizations", "countries", "missions", "agreements", "topics", "events")
    )


def test_six_published_guides_each_link_eight_records_and_cite_sources(client, atlas):
    guides = Guide.objects.filter(publication_status="published")
    assert guides.count() == 6
    page = client.get("/guides/").content.decode()
    for guide in guides:
        assert linked_count(guide) >= 8, guide.slug
        assert guide.sources.count() >= 1, guide.slug
        assert guide.get_absolute_url() in page
        words = len(re.sub(r"\]\([^)]*\)", "]", guide.body).split())
        assert 600 <= words <= 1300, (guide.slug, words)
        detail = client.get(guide.get_absolute_url())
        assert detail.status_code == 200
        text = detail.content.decode()
        assert "{{ count:" not in text and "count:agreement" not in text, "every count token is rendered"
        assert 'class="linked-records"' in text
        assert text.count('class="source') >= 1 or "Sources" in text


def test_the_renamed_mars_guide(client, atlas):
    guide = Guide.objects.get(slug="mars-and-asteroid-consortia")
    assert guide.title == "Science consortia for Mars and small bodies"


def test_faq_has_at_least_eight_answers_with_links_and_faqpage_jsonld(client, atlas):
    questions = Question.objects.filter(publication_status="published")
    assert questions.count() >= 8
    response = client.get("/faq/")
    assert response.status_code == 200
    text = response.content.decode()
    for question in questions:
        assert linked_count(question) >= 1
        assert question.question in text
    assert text.count('<div class="prose"><p>') >= 8
    blob = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    data = json.loads(blob)
    assert data["@type"] == "FAQPage" and len(data["mainEntity"]) == questions.count()
    assert "{{" not in blob


def test_count_tokens_render_live_and_fall_back_to_the_reported_total(client, atlas):
    text = client.get("/guides/outer-space-treaty-and-diplomacy/").content.decode()
    assert "117" in text  # the Outer Space Treaty has no rows: its reported parties
    iss = client.get("/guides/iss-global-partnership/").content.decode()
    from catalog.queries import live_counts

    partners = live_counts({("mission", "iss", "participants")})[("mission", "iss", "participants")]
    assert partners and f"lists {partners} participating" in iss


def test_live_counts_follow_the_rows_and_hide_drafts(db):
    from catalog.queries import live_counts

    agreement = f.AgreementFactory(slug="pact", reported_parties=None)
    f.SignatoryFactory(agreement=agreement, signed_on=datetime.date(2020, 1, 1))
    f.SignatoryFactory(
        agreement=agreement, signed_on=datetime.date(2020, 1, 1), country=f.CountryFactory(publication_status="draft")
    )
    draft = f.AgreementFactory(slug="secret", publication_status="draft")
    wanted = {("agreement", "pact", "signatories"), ("agreement", "secret", "signatories")}
    assert live_counts(wanted) == {
        ("agreement", "pact", "signatories"): 1,
        ("agreement", "secret", "signatories"): None,
    }
    assert draft.pk


def test_a_script_in_a_body_is_stripped(client):
    guide = f.GuideFactory(
        slug="hostile",
        body='Hello <script>alert("x")</script> <a href="javascript:alert(1)" onclick="x()">link</a> '
        '<img src=x onerror="alert(1)"> [ok](/missions/iss/)',
    )
    text = client.get(guide.get_absolute_url()).content.decode()
    body = text[text.find('class="guide-body') :]
    assert "<script>alert" not in body and "javascript:" not in body and "onerror" not in body
    assert "onclick" not in body
    assert '<a href="/missions/iss/">ok</a>' in body
    html = markdown.render("<script>bad()</script>**bold**")
    assert "<script>" not in html and "<strong>bold</strong>" in html


def test_draft_guides_and_questions_never_reach_visitors(client, admin_client):
    org = f.OrganizationFactory(slug="nasa", name="NASA")
    draft = f.GuideFactory(slug="draft-guide", title="Zzsecret guide", publication_status="draft")
    draft.organizations.add(org)
    question = f.QuestionFactory(slug="draft-q", question="Zzsecret question?", publication_status="draft")
    for url in ["/guides/", "/faq/", org.get_absolute_url(), "/api/v1/guides/", "/api/v1/questions/", "/sitemap.xml"]:
        assert b"Zzsecret" not in client.get(url).content, url
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(question.get_absolute_url()).status_code == 404
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200 and b"Draft" in preview.content


def test_record_pages_show_explained_in(client):
    mission = f.MissionFactory(slug="iss")
    guide = f.GuideFactory(title="The station guide")
    guide.missions.add(mission)
    text = client.get(mission.get_absolute_url()).content.decode()
    assert "Explained in" in text and guide.get_absolute_url() in text


def test_guide_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def make(n):
        guide = f.GuideFactory(slug=f"g{n}", body="{{ count:agreement:pact:signatories }}")
        for _ in range(n):
            guide.organizations.add(f.OrganizationFactory())
            guide.missions.add(f.MissionFactory())
            guide.agreements.add(f.AgreementFactory())
            guide.events.add(f.EventFactory())
        return guide

    small, large = make(2), make(12)
    with django_assert_num_queries(10):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(10):
        client.get(large.get_absolute_url())


def test_faq_and_guide_list_run_a_constant_number_of_queries(client, django_assert_num_queries):
    for _n in range(5):
        f.GuideFactory()
        f.QuestionFactory(answer="{{ count:mission:iss:participants }}")
    with django_assert_num_queries(1):
        client.get("/guides/")
    with django_assert_num_queries(3):
        client.get("/faq/")
    for _n in range(45):
        f.GuideFactory()
        f.QuestionFactory(answer="{{ count:mission:iss:participants }}")
    with django_assert_num_queries(1):
        client.get("/guides/")
    with django_assert_num_queries(3):
        client.get("/faq/")


def test_guides_in_the_api(client):
    guide = f.GuideFactory(slug="api-guide")
    guide.countries.add(f.CountryFactory(code="in"))
    data = client.get("/api/v1/guides/api-guide/").json()
    assert data["countries"] == ["in"] and data["body"] == guide.body


def test_about_page_is_linked_from_the_footer(client):
    home = client.get("/").content.decode()
    assert 'href="/about/"' in home
    about = client.get("/about/")
    assert about.status_code == 200 and b"How counts are derived" in about.content
