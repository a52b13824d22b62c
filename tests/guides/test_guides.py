"""Guides and the FAQ: the six written guides load and link their records, bodies are sanitised,
counts render live (falling back to a reported total), record pages say "Explained in"."""

import datetime
import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from django.utils.html import escape

from catalog import markdown
from catalog.models import Guide, Question
from catalog.models.guide import LINKS
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def atlas(db):
    with override_settings(SIMPLE_HISTORY_ENABLED=False):  # the records, not their history: a third of the time
        call_command("load_atlas", stdout=StringIO())


def linked_count(record) -> int:
    return sum(
        getattr(record, name).count()
        for name in ("organizations", "countries", "missions", "agreements", "topics", "events")
    )


THEMES = {
    "iss-global-partnership": "ISS",
    "earth-observation-data-sharing": "Earth-observation",
    "return-to-the-moon-agreements": "Moon",
    "mars-and-asteroid-consortia": "Mars and small bodies",
    "launch-and-spaceport-partnerships": "Launch",
    "outer-space-treaty-and-diplomacy": "Outer Space Treaty",
}
FAQ_THEMES = {
    "premier-example-of-cooperation": "premier example",
    "how-is-satellite-data-shared": "share",
    "what-is-the-legal-framework": "legal framework",
    "joint-missions-beyond-the-iss": "besides the ISS",
    "how-do-consortia-work": "consortium",
    "which-countries-signed-the-artemis-accords": "Artemis Accords",
    "signing-ratifying-acceding": "signing, ratifying",
    "who-owns-the-iss": "owns the International Space Station",
}
HREF = re.compile(r'href="(/[^"#?]*)"')


def section(html: str, opening: str, closing: str = "</div>") -> str:
    start = html.index(opening) + len(opening)
    return html[start : html.index(closing, start)]


def faq_item(html: str, slug: str) -> str:
    """The FAQ page's <li> of one question (its answer may hold lists of its own)."""
    start = html.index(f'<li id="{slug}">')
    following = html.find('<li id="', start + 1)
    return html[start : following if following > 0 else html.index("</ol>", start)]


def words(html: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", html).split())


def assert_links_answer(client, hrefs: set[str], checked: dict[str, int]) -> None:
    """Every page a text links answers 200 to a visitor (the record exists and is published)."""
    for href in hrefs - checked.keys():
        checked[href] = client.get(href).status_code
    assert {href: checked[href] for href in hrefs if checked[href] != 200} == {}


def test_the_loaded_guides_and_faq(client, atlas):
    """One load of the whole atlas (slow on SQLite), then every check that needs the written texts."""
    check_six_published_guides_on_the_six_themes_each_link_eight_records_and_cite_sources(client)
    check_faq_answers_the_eight_questions_visitors_ask_shortly_with_links_and_faqpage_jsonld(client)
    check_count_tokens_render_live(client)
    check_faq_counts_are_live(client)  # last: it adds a signatory


def check_six_published_guides_on_the_six_themes_each_link_eight_records_and_cite_sources(client):
    guides = list(Guide.objects.filter(publication_status="published").prefetch_related("sources"))
    assert {guide.slug for guide in guides} == THEMES.keys()
    page = client.get("/guides/").content.decode()
    checked: dict[str, int] = {}
    for guide in guides:
        assert guide.get_absolute_url() in page and guide.title in page
        assert THEMES[guide.slug] in guide.title, guide.title
        for name in LINKS:  # every linked record is published (a draft would vanish from the side panel)
            assert not getattr(guide, name).exclude(publication_status="published").exists(), (guide.slug, name)
        assert linked_count(guide) >= 8, guide.slug
        detail = client.get(guide.get_absolute_url())
        assert detail.status_code == 200
        text = detail.content.decode()
        body = section(text, '<div class="guide-body prose">')
        assert 600 <= words(body) <= 1200, (guide.slug, words(body))
        assert "{{" not in body and "count:" not in body, "every count token is rendered"
        hrefs = set(HREF.findall(body))
        assert len(hrefs) >= 8, guide.slug
        assert_links_answer(client, hrefs, checked)
        panel = section(text, 'class="linked-records"', "</aside>")
        assert len(set(HREF.findall(panel))) >= 8, guide.slug
        assert guide.sources.count() >= 3, guide.slug
        for source in guide.sources.all():
            assert f'href="{source.url}"'.replace("&", "&amp;") in text, (guide.slug, source.url)


def check_faq_answers_the_eight_questions_visitors_ask_shortly_with_links_and_faqpage_jsonld(client):
    questions = list(Question.objects.filter(publication_status="published"))
    assert len(questions) >= 8
    by_slug = {question.slug: question for question in questions}
    for slug, phrase in FAQ_THEMES.items():
        assert phrase in by_slug[slug].question, (slug, by_slug[slug].question)
    assert by_slug["premier-example-of-cooperation"].answer.startswith(
        "The [International Space Station](/missions/iss/)"
    )
    response = client.get("/faq/")
    assert response.status_code == 200
    text = response.content.decode()
    checked: dict[str, int] = {}
    for question in questions:
        assert linked_count(question) >= 1
        answer = faq_item(text, question.slug)
        assert escape(question.question) in answer
        prose = section(answer, '<div class="prose">')
        assert 20 <= words(prose) <= 130, (question.slug, words(prose))  # short answers
        assert "{{" not in prose
        hrefs = set(HREF.findall(prose))
        assert hrefs, question.slug
        assert_links_answer(client, hrefs, checked)
    blob = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    data = json.loads(blob)
    assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
    entities = {entity["name"]: entity for entity in data["mainEntity"]}
    assert entities.keys() == {question.question for question in questions}
    for entity in entities.values():
        assert entity["@type"] == "Question" and entity["acceptedAnswer"]["@type"] == "Answer"
        answer = entity["acceptedAnswer"]["text"]
        assert len(answer.split()) >= 20 and "{{" not in answer and "<" not in answer


def check_faq_counts_are_live(client):
    """Signing the Artemis Accords changes the count the FAQ shows, without editing the answer."""
    from catalog.models import Agreement

    def shown() -> int:
        text = client.get("/faq/").content.decode()
        answer = faq_item(text, "which-countries-signed-the-artemis-accords")
        return int(re.search(r"the Atlas now lists (\d+) signatories", answer).group(1))

    before = shown()
    accords = Agreement.objects.get(slug="artemis-accords")
    assert before == accords.signatories.exclude(status="withdrawn").count()
    newcomer = f.CountryFactory(code="xq", name="Newland")
    f.SignatoryFactory(agreement=accords, country=newcomer, signed_on=datetime.date(2026, 2, 1), status="signed")
    assert shown() == before + 1


def check_count_tokens_render_live(client):
    iss = client.get("/guides/iss-global-partnership/").content.decode()
    from catalog.queries import live_counts

    partners = live_counts({("mission", "iss", "participants")})[("mission", "iss", "participants")]
    assert partners and f"lists {partners} participating" in iss
    signatories = live_counts({("agreement", "iss-iga", "signatories")})[("agreement", "iss-iga", "signatories")]
    assert signatories == 15 and "lists all 15 signatory states" in iss


def test_count_tokens_fall_back_to_the_reported_total_until_rows_exist(client):
    pact = f.AgreementFactory(
        slug="reported-pact",
        reported_parties=117,
        reported_signatories=22,
        reported_as_of=datetime.date(2025, 5, 1),
        reported_source=f.SourceFactory(),
    )
    guide = f.GuideFactory(
        body="{{ count:agreement:reported-pact:parties }} parties and "
        "{{ count:agreement:reported-pact:signatories }} signatories; {{ count:agreement:gone:parties }}."
    )
    text = client.get(guide.get_absolute_url()).content.decode()
    assert "117 parties and 139 signatories; —." in text
    f.SignatoryFactory(agreement=pact, signed_on=datetime.date(2020, 1, 1), status="signed")
    text = client.get(guide.get_absolute_url()).content.decode()
    assert "0 parties and 1 signatories" in text


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


@pytest.mark.history
def test_a_published_guide_reaches_search_sitemap_change_log_feed_and_api_and_a_draft_none(client):
    shown = f.GuideFactory(
        title="Zzvisible station explainer", slug="zzvisible-guide", body="Qqvisibleword in the body."
    )
    hidden = f.GuideFactory(
        title="Zzhidden station explainer",
        slug="zzhidden-guide",
        body="Qqhiddenword in the body.",
        publication_status="draft",
    )
    hidden_question = f.QuestionFactory(
        question="Zzhidden question?", slug="zzhidden-question", answer="Qqhiddenword", publication_status="draft"
    )
    pages = {
        "search by title": client.get("/search/?q=explainer").content.decode(),  # both titles have it
        "search by body": client.get("/search/?q=body").content.decode(),  # both bodies have it
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "change log": client.get("/changes/").content.decode(),
        "change feed": client.get("/changes/feed/").content.decode(),
    }
    for name, text in pages.items():
        assert shown.get_absolute_url() in text, name
    for url in ["/search/?q=Qqhiddenword", "/guides/", "/faq/"]:
        assert "Zzhidden" not in client.get(url).content.decode(), url
    for name, text in pages.items():
        assert "Zzhidden" not in text and "zzhidden" not in text, name
    api = client.get("/api/v1/guides/").json()
    slugs = [item["slug"] for item in api.get("results", api)]
    assert "zzvisible-guide" in slugs and "zzhidden-guide" not in slugs
    detail = client.get("/api/v1/guides/zzvisible-guide/").json()
    assert detail["title"] == "Zzvisible station explainer" and detail["body"] == shown.body
    assert client.get("/api/v1/guides/zzhidden-guide/").status_code == 404
    assert client.get(f"/api/v1/questions/{hidden_question.slug}/").status_code == 404
    assert client.get(hidden.get_absolute_url()).status_code == 404
