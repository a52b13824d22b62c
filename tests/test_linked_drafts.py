"""A draft linked from a published record never reaches a visitor, through any channel (SPEC "one read path").

The matrix: every RELATION builds a published record linked to a record with an unmistakable name
("Zzdraft…", acronyms "ZQ…", country code "zz"); every CHANNEL lists the URLs a visitor could read
it through. With the linked record a DRAFT, none of its names, slugs or codes may appear anywhere
(test_draft_is_hidden). With the same record PUBLISHED, it does appear on the published record's
page (test_published_link_is_shown), so the matrix cannot pass vacuously.

Adding a relation: one builder in RELATIONS. Adding a channel: one function in CHANNELS.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.utils import timezone

from tests import factories as f

DRAFT, PUBLISHED = "draft", "published"

# --- the records on the "other end": unmistakable names --------------------------------------------

DRAFT_COUNTRY_CODE = "zz"  # user-assigned in ISO 3166, never a real country


def make_country(status: str):
    return f.CountryFactory(
        code=DRAFT_COUNTRY_CODE,
        name="Zzdraftland Hidden",
        official_name="Republic of Qqsecretland",
        publication_status=status,
    )


def make_org(status: str, **kwargs):
    kwargs.setdefault("country", None)
    return f.OrganizationFactory(
        name="Zzdraftorg Hidden Agency",
        acronym="ZQORG",
        slug="zzdraft-org",
        summary="Qqsecretorg works in secret.",
        publication_status=status,
        **kwargs,
    )


def make_mission(status: str, **kwargs):
    return f.MissionFactory(
        name="Zzdraftmission Hidden Probe",
        short_name="ZQMIS",
        slug="zzdraft-mission",
        summary="Qqsecretmission flies in secret.",
        publication_status=status,
        **kwargs,
    )


def make_agreement(status: str):
    return f.AgreementFactory(
        name="Zzdraftaccord Hidden Treaty",
        short_name="ZQACC",
        slug="zzdraft-accord",
        summary="Qqsecretaccord was signed in secret.",
        publication_status=status,
    )


def make_topic(status: str):
    return f.TopicFactory(
        name="Zzdrafttopic Hidden Theme",
        slug="zzdraft-topic",
        summary="Qqsecrettopic is a secret theme.",
        publication_status=status,
    )


def make_event(status: str):
    return f.EventFactory(
        title="Zzdraftevent Hidden Launch",
        slug="zzdraft-event",
        summary="Qqsecretevent happened in secret.",
        date=datetime.date(2001, 5, 4),
        publication_status=status,
    )


def make_guide(status: str):
    return f.GuideFactory(
        title="Zzdraftguide Hidden Explainer",
        slug="zzdraft-guide",
        standfirst="Qqsecretguide explains in secret.",
        publication_status=status,
    )


def make_question(status: str):
    return f.QuestionFactory(
        question="Zzdraftquestion Hidden asked?",
        slug="zzdraft-question",
        answer="Qqsecretquestion answers in secret.",
        publication_status=status,
    )


def _code_pattern(code: str) -> re.Pattern:
    """The code as a word of its own ("zz", "ZZ", "/countries/zz/", '"zz"'), not inside another word."""
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(code)}(?![A-Za-z0-9])", re.IGNORECASE)


def needles_of(record) -> tuple:
    """Everything that would betray `record`: its names, acronym/short name, slug or code."""
    kind = record._meta.model_name
    if kind == "country":
        return (record.name, record.official_name, _code_pattern(record.code))
    if kind in ("event", "guide"):
        return (record.title, record.slug)
    if kind == "question":
        return (record.question, record.slug)
    names = [record.name, record.slug]
    for attr in ("acronym", "short_name"):
        if getattr(record, attr, ""):
            names.append(getattr(record, attr))
    return tuple(names)


def search_words_of(record) -> tuple[str, ...]:
    """Unique words a visitor could search for: the first word of its name and a word of its text."""
    title = getattr(record, "title", None) or record.name
    kind = record._meta.model_name
    secret = record.official_name if kind == "country" else record.answer if kind == "question" else record.summary
    return (title.split()[0], secret.split()[-1].strip(".") if secret else "")


# --- the published records ---------------------------------------------------------------------------


def pub_country(n: int = 1):
    return f.CountryFactory(name=f"Pubcountry {['Zero', 'One', 'Two'][n]}")


def pub_org(country=None, n: int = 1):
    return f.OrganizationFactory(
        name=f"Puborg Partner {n}", acronym=f"PUBORG{n}", slug=f"puborg-partner-{n}", country=country
    )


def pub_mission(**kwargs):
    return f.MissionFactory(name="Pubmission Alpha", slug="pubmission-alpha", **kwargs)


def pub_agreement():
    return f.AgreementFactory(name="Pubaccord Treaty", short_name="PUBACC", slug="pubaccord-treaty")


def pub_topic():
    return f.TopicFactory(name="Pubtopic Theme", slug="pubtopic-theme")


def pub_event():
    return f.EventFactory(
        title="Pubevent Launch", slug="pubevent-launch", featured=True, date=datetime.date(1998, 11, 20)
    )


def age_change_log() -> None:
    """Push existing change-log lines out of the merge window, so the link is an edit of its own."""
    ChangeLogEntry = apps.get_model("catalog", "ChangeLogEntry")
    ChangeLogEntry.objects.update(changed_at=timezone.now() - datetime.timedelta(minutes=5))


# --- relations ----------------------------------------------------------------------------------------


@dataclass
class Case:
    main: object  # the published record that links the other end (its page must not show a draft)
    linked: object  # the other end: a draft, or published in the positive control
    others: list = field(default_factory=list)  # further published records involved (their pages too)
    shown_on: str | None = None  # where the positive control looks (default: the main record's page)

    @property
    def published(self) -> list:
        return [self.main, *self.others]

    @property
    def needles(self) -> tuple:
        return needles_of(self.linked)


def mission_participant(role: str) -> Callable[[str], Case]:
    """A published mission with a published organization and `linked` taking part as `role`.

    The other participant takes the other role, so the mission always has a published lead or partner;
    both organizations are based in published countries, and the mission is on a published topic.
    """

    def build(status: str) -> Case:
        home, abroad, topic = pub_country(1), pub_country(2), pub_topic()
        partner = pub_org(country=home)
        linked = make_org(status, country=abroad)
        mission = pub_mission()
        mission.topics.add(topic)
        f.ParticipationFactory(mission=mission, organization=partner, role="partner" if role == "lead" else "lead")
        age_change_log()
        f.ParticipationFactory(mission=mission, organization=linked, role=role, contribution="Zzdraft hardware")
        return Case(mission, linked, [partner, home, abroad, topic])

    return build


def published_orgs_in_linked_mission(status: str) -> Case:
    """Two published organizations (from published countries) share a mission that is `linked`."""
    home, abroad = pub_country(1), pub_country(2)
    first, second = pub_org(country=home, n=1), pub_org(country=abroad, n=2)
    linked = make_mission(status)
    age_change_log()
    f.ParticipationFactory(mission=linked, organization=first, role="lead")
    f.ParticipationFactory(mission=linked, organization=second, role="partner")
    return Case(first, linked, [second, home, abroad])


def agreement_signatory_country(status: str) -> Case:
    linked = make_country(status)
    signer, topic = pub_country(1), pub_topic()
    agreement = pub_agreement()
    agreement.topics.add(topic)
    f.SignatoryFactory(agreement=agreement, country=signer)
    age_change_log()
    f.SignatoryFactory(agreement=agreement, country=linked, signed_on=datetime.date(2021, 3, 4))
    return Case(agreement, linked, [signer, topic])


def agreement_signatory_org(status: str) -> Case:
    signer, topic = pub_country(1), pub_topic()
    linked = make_org(status, country=signer)
    agreement = pub_agreement()
    agreement.topics.add(topic)
    f.SignatoryFactory(agreement=agreement, country=signer)
    age_change_log()
    f.SignatoryFactory(agreement=agreement, country=None, organization=linked, signed_on=datetime.date(2021, 3, 4))
    return Case(agreement, linked, [signer, topic])


def published_country_signs_linked_agreement(status: str) -> Case:
    signer = pub_country(1)
    linked = make_agreement(status)
    age_change_log()
    f.SignatoryFactory(agreement=linked, country=signer)
    return Case(signer, linked)


_MAKERS = {
    "organizations": (make_org, lambda: pub_org(country=pub_country(1))),
    "countries": (make_country, lambda: pub_country(1)),
    "missions": (make_mission, pub_mission),
    "agreements": (make_agreement, pub_agreement),
    "topics": (make_topic, pub_topic),
}


def event_link(relation: str) -> Callable[[str], Case]:
    """A published (featured, past) event linked to a published record and to `linked`, of one kind."""

    def build(status: str) -> Case:
        make_linked, make_peer = _MAKERS[relation]
        linked = make_linked(status)
        peer = make_peer()
        event = pub_event()
        getattr(event, relation).add(peer)
        age_change_log()
        getattr(event, relation).add(linked)
        return Case(event, linked, [peer])

    return build


def linked_event_of_published_org(status: str) -> Case:
    org, topic = pub_org(country=pub_country(1)), pub_topic()
    linked = make_event(status)
    age_change_log()
    linked.organizations.add(org)
    linked.topics.add(topic)
    return Case(org, linked, [topic, org.country])


def org_member_country(status: str) -> Case:
    linked = make_country(status)
    member = pub_country(1)
    org = pub_org(country=None)
    org.member_countries.add(member)
    age_change_log()
    org.member_countries.add(linked)
    return Case(org, linked, [member])


def org_seat_country(status: str) -> Case:
    """The organization's seat is `linked`; it shares a published mission with a published partner."""
    linked = make_country(status)
    home = pub_country(1)
    org, partner = pub_org(country=None, n=1), pub_org(country=home, n=2)
    mission = pub_mission()
    f.ParticipationFactory(mission=mission, organization=org, role="lead")
    f.ParticipationFactory(mission=mission, organization=partner, role="partner")
    age_change_log()
    org.country = linked
    org.save()
    return Case(org, linked, [mission, partner, home])


def record_topic(make_record: Callable) -> Callable[[str], Case]:
    def build(status: str) -> Case:
        linked, peer = make_topic(status), pub_topic()
        record = make_record()
        record.topics.add(peer)
        age_change_log()
        record.topics.add(linked)
        return Case(record, linked, [peer])

    return build


def mission_parent(status: str) -> Case:
    """A published mission whose programme (parent) is `linked`."""
    linked = make_mission(status)
    child = pub_mission()
    age_change_log()
    child.parent = linked
    child.save()
    return Case(child, linked)


def mission_child(status: str) -> Case:
    """A published programme with a child mission that is `linked`."""
    parent = pub_mission()
    linked = make_mission(status)
    age_change_log()
    linked.parent = parent
    linked.save()
    return Case(parent, linked)


def agreement_admin_orgs(status: str) -> Case:
    peer = pub_org(country=pub_country(1))
    linked = make_org(status, country=None)
    agreement = pub_agreement()
    agreement.organizations.add(peer)
    age_change_log()
    agreement.organizations.add(linked)
    return Case(agreement, linked, [peer])


def agreement_mission(status: str) -> Case:
    """A published agreement that governs a `linked` mission (Agreement.missions)."""
    linked = make_mission(status)
    agreement = pub_agreement()
    age_change_log()
    agreement.missions.add(linked)
    return Case(agreement, linked)


def mission_agreement(status: str) -> Case:
    """A published mission governed by a `linked` agreement (Mission.agreements)."""
    linked = make_agreement(status)
    mission = pub_mission()
    age_change_log()
    mission.agreements.add(linked)
    return Case(mission, linked)


def org_membership_row(status: str) -> Case:
    """A published organization with a membership row of a `linked` country."""
    from catalog.models import Membership

    linked = make_country(status)
    org = pub_org(country=pub_country(1))
    age_change_log()
    Membership.objects.create(organization=org, country=linked, notes="")
    return Case(org, linked)


def linked_guide_explains_published_org(status: str) -> Case:
    """A guide (`linked`) links a published organization: its page says "Explained in" only when published."""
    org = pub_org(country=pub_country(1))
    linked = make_guide(status)
    age_change_log()
    linked.organizations.add(org)
    return Case(org, linked, [org.country])


def linked_question_cites_published_org(status: str) -> Case:
    """An FAQ question (`linked`) links a published organization: /faq/ lists it only when published."""
    org = pub_org(country=pub_country(1))
    linked = make_question(status)
    age_change_log()
    linked.organizations.add(org)
    return Case(org, linked, [org.country], shown_on="/faq/")


RELATIONS: dict[str, Callable[[str], Case]] = {
    "mission-lead-org": mission_participant("lead"),
    "mission-partner-org": mission_participant("partner"),
    "org-in-linked-mission": published_orgs_in_linked_mission,
    "agreement-signatory-country": agreement_signatory_country,
    "agreement-signatory-org": agreement_signatory_org,
    "country-signs-linked-agreement": published_country_signs_linked_agreement,
    "event-org": event_link("organizations"),
    "event-country": event_link("countries"),
    "event-mission": event_link("missions"),
    "event-agreement": event_link("agreements"),
    "event-topic": event_link("topics"),
    "org-has-linked-event": linked_event_of_published_org,
    "org-member-country": org_member_country,
    "org-seat-country": org_seat_country,
    "mission-topic": record_topic(pub_mission),
    "agreement-topic": record_topic(pub_agreement),
    "org-topic": record_topic(lambda: pub_org(country=pub_country(1))),
    "mission-parent": mission_parent,
    "mission-child": mission_child,
    "agreement-admin-orgs": agreement_admin_orgs,
    "agreement-mission": agreement_mission,
    "mission-agreement": mission_agreement,
    "org-membership-country": org_membership_row,
    "org-explained-in-linked-guide": linked_guide_explains_published_org,
    "org-cited-by-linked-question": linked_question_cites_published_org,
}


# --- channels ---------------------------------------------------------------------------------------

API_RESOURCES = ["organizations", "countries", "missions", "agreements", "events", "topics", "guides", "questions"]
LIST_PAGES = ["/organizations/", "/countries/", "/missions/", "/agreements/", "/timeline/", "/topics/"]
_API_KEY = {"country": "code"}
_API_NAME = {
    "organization": "organizations",
    "country": "countries",
    "mission": "missions",
    "agreement": "agreements",
    "event": "events",
    "topic": "topics",
    "guide": "guides",
    "question": "questions",
}


def web_url(record) -> str:
    return record.get_absolute_url()


def api_url(record) -> str:
    kind = record._meta.model_name
    return f"/api/v1/{_API_NAME[kind]}/{getattr(record, _API_KEY.get(kind, 'slug'))}/"


def search(q: str) -> str:
    return "/search/?" + urlencode({"q": q})


def _title(record) -> str:
    return getattr(record, "title", None) or record.name


def _rows_urls(case: Case) -> list[str]:
    urls = []
    for record in case.published:
        kind = record._meta.model_name
        if kind == "agreement":
            urls += [
                f"/api/v1/agreements/{record.slug}/signatories/",
                f"/api/v1/agreements/{record.slug}/signatories/?format=csv",
            ]
        elif kind == "mission":
            urls += [
                f"/api/v1/missions/{record.slug}/participants/",
                f"/api/v1/missions/{record.slug}/participants/?format=csv",
            ]
    return urls


_FEED_KEY = {"organization": "slug", "country": "code", "mission": "slug", "agreement": "slug", "topic": "slug"}


def _feed_queries(case: Case) -> list[str]:
    """'?organization=…' for each published record that filters the timeline."""
    return [
        f"?{_kind(record)}={getattr(record, _FEED_KEY[_kind(record)])}"
        for record in case.published
        if _kind(record) in _FEED_KEY
    ]


def _event_feed_urls(case: Case) -> list[str]:
    """The whole timeline's feed and calendar, and each published record's own (as its page links)."""
    return [f"/timeline/{name}{query}" for query in ["", *_feed_queries(case)] for name in ("feed/", "calendar.ics")]


def _rows_across_urls(case: Case) -> list[str]:
    """Rows of every record, unfiltered and filtered by each published record; deletions since 2000."""
    urls = ["/api/v1/deletions/?since=2000-01-01T00:00:00Z"]
    filters = {"agreement": "signatories", "mission": "participations", "organization": "both", "country": "both"}
    for query in ["", *(f"{k}={getattr(r, _FEED_KEY[k])}" for r in case.published if (k := _kind(r)) in filters)]:
        kind = query.split("=")[0]
        for name in ("signatories", "participations"):
            if not query or filters[kind] in (name, "both"):
                urls += [f"/api/v1/{name}/?{query}", f"/api/v1/{name}/?{query}&format=csv"]
    return urls


def _kind(record) -> str:
    return record._meta.model_name


def _compare_urls(case: Case) -> list[str]:
    """/compare/ of the case's published countries (with further published ones to make two)."""
    codes = [record.code for record in case.published if _kind(record) == "country"]
    while len(codes) < 2:
        codes.append(f.CountryFactory(name=f"Pubcountry Extra {len(codes)}").code)
    return [f"/compare/?countries={','.join(codes[:4])}"]


_GUIDE_LINKS = {
    "organization": "organizations",
    "country": "countries",
    "mission": "missions",
    "agreement": "agreements",
    "topic": "topics",
    "event": "events",
}


def _guide_pages(case: Case) -> list[str]:
    """A published guide and FAQ question linking the case's records (the draft one too): their pages
    and side panels list only what the visitor may see."""
    guide = f.GuideFactory(title="Pubguide Explainer", slug="pubguide-explainer")
    question = f.QuestionFactory(question="Pubquestion?", slug="pubquestion")
    for record in (case.main, case.linked):
        relation = _GUIDE_LINKS.get(record._meta.model_name)
        if relation:
            getattr(guide, relation).add(record)
            getattr(question, relation).add(record)
    return [guide.get_absolute_url(), question.get_absolute_url()]


def _data_package_urls(case: Case) -> list[str]:
    """/data/: its page, the descriptor and every CSV of the package (atlas.zip holds the same bytes,
    tests/open_data/test_data_package.py)."""
    from catalog.data_package import resource_names

    return ["/data/", "/data/datapackage.json", *(f"/data/{name}.csv" for name in resource_names())]


# Each channel: case -> the URLs a visitor reads through it (all answer 200).
CHANNELS: dict[str, Callable[[Case], list[str]]] = {
    "detail-page": lambda case: [web_url(case.main)],
    "related-pages": lambda case: [web_url(record) for record in case.others],
    "list-pages": lambda case: LIST_PAGES,
    "home": lambda case: ["/"],
    "home-visuals": lambda case: ["/visuals/home/"],
    "api-lists": lambda case: [f"/api/v1/{name}/" for name in API_RESOURCES],
    "api-csv": lambda case: [f"/api/v1/{name}/?format=csv" for name in API_RESOURCES],
    "api-details": lambda case: [api_url(record) for record in case.published],
    "api-rows": _rows_urls,
    "search-linked-words": lambda case: [search(word) for word in search_words_of(case.linked) if word],
    "search-published-names": lambda case: [search(_title(record)) for record in case.published],
    "sitemap": lambda case: ["/sitemap.xml"],
    "changes": lambda case: ["/changes/"],
    "changes-feed": lambda case: ["/changes/feed/"],
    "network": lambda case: ["/network/"],
    "api-network": lambda case: ["/api/v1/network/"],
    "map": lambda case: ["/map/"],
    "events-feeds": _event_feed_urls,
    "api-rows-across": _rows_across_urls,
    "status-table": lambda case: ["/agreements/status/", "/agreements/status/?format=csv"],
    "compare": _compare_urls,
    "timelinejs": lambda case: ["/api/v1/timelinejs/", *(f"/api/v1/timelinejs/?{q[1:]}" for q in _feed_queries(case))],
    "embeds": lambda case: [
        "/embed/map/",
        "/embed/network/",
        *(f"/embed/agreements/{r.slug}/chart/" for r in case.published if _kind(r) == "agreement"),
    ],
    "guides-and-faq": lambda case: ["/guides/", "/faq/"],
    "guide-page": _guide_pages,
    "data-package": _data_package_urls,
}


def assert_hidden(client, url: str, *needles, status: int = 200) -> str:
    """GET `url` as the given (anonymous) client: `status`, and none of `needles` in the body."""
    response = client.get(url)
    assert response.status_code == status, f"{url} answered {response.status_code}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode()
    for needle in needles:
        if isinstance(needle, re.Pattern):
            found = needle.search(text)
            assert found is None, (
                f"{url} shows {found.group(0)!r}: …{text[max(found.start() - 150, 0) : found.end() + 150]}…"
            )
        else:
            at = text.find(needle)
            assert at < 0, f"{url} shows {needle!r}: …{text[max(at - 150, 0) : at + len(needle) + 150]}…"
    return text


MATRIX = [
    pytest.param(build, channel, id=f"{relation} × {channel_name}")
    for relation, build in RELATIONS.items()
    for channel_name, channel in CHANNELS.items()
]


@pytest.mark.parametrize(("build", "channel"), MATRIX)
def test_draft_is_hidden(client, db, build, channel):
    case = build(DRAFT)
    urls = channel(case)
    for url in urls:
        assert_hidden(client, url, *case.needles)


@pytest.mark.parametrize("build", RELATIONS.values(), ids=RELATIONS.keys())
def test_draft_own_pages_are_404(client, db, build):
    case = build(DRAFT)
    # The 404 page echoes the requested address (canonical link), so only the names are looked for.
    names = [n for n in case.needles if isinstance(n, str) and n != getattr(case.linked, "slug", None)]
    for url in (web_url(case.linked), api_url(case.linked)):
        assert_hidden(client, url, *names, status=404)


@pytest.mark.parametrize("build", RELATIONS.values(), ids=RELATIONS.keys())
def test_published_link_is_shown(client, db, build):
    """Positive control: the same link to a PUBLISHED record shows on the published record's page."""
    case = build(PUBLISHED)
    url = case.shown_on or web_url(case.main)
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    names = [n for n in case.needles if not isinstance(n, re.Pattern)]
    assert any(name in text for name in names), f"none of {names} on {url}"


@pytest.mark.parametrize("role", ["lead", "partner"])
def test_published_lead_shows_as_led_by_on_the_other_partners_country_page(client, db, role):
    """Control for the "Led by" line: a published lead shows on the country page of the other partner."""
    case = mission_participant(role)(PUBLISHED)
    home = case.others[1]
    text = client.get(web_url(home)).content.decode()
    expected = "ZQORG" if role == "lead" else "PUBORG1"
    assert re.search(rf"Led by [^<]*{expected}", text), text


@pytest.mark.history
def test_published_participant_shows_on_the_change_log(client, db):
    """Control for the change-log channels: the added participant is named when it is published."""
    mission_participant("partner")(PUBLISHED)
    assert "added participant ZQORG" in client.get("/changes/").content.decode()
    assert "added participant ZQORG" in client.get("/changes/feed/").content.decode()


def test_published_participant_shows_on_the_network(client, db):
    """Control for the network channels."""
    mission_participant("partner")(PUBLISHED)
    assert "zzdraft-org" in client.get("/api/v1/network/").content.decode()
    assert "ZQORG" in client.get("/network/").content.decode()


def test_published_signatory_country_shows_on_the_map(client, db):
    """Control for the map channel (its json_script data)."""
    agreement_signatory_country(PUBLISHED)
    assert '"code": "zz"' in client.get("/map/").content.decode()


# --- counts shown to visitors count only what they may see -----------------------------------------


def _api_json(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def _csv_rows(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def _number(pattern: str, text: str) -> int | None:
    found = re.search(pattern, text)
    return int(found.group(1)) if found else None


SIGNATORIES_LISTED = r"<strong>(\d+)</strong> signator(?:y|ies) listed"

# name: (what a visitor reads, as a number or a small structure) and what it must be.
SIGNATORY_COUNTS: dict[str, tuple[Callable, object]] = {
    "api-agreement-list": (lambda c: _api_json(c, "/api/v1/agreements/")["results"][0]["signatory_count"], 1),
    "api-agreement-list-as-of": (
        lambda c: _api_json(c, "/api/v1/agreements/?as_of=2022-01-01")["results"][0]["signatory_count"],
        1,
    ),
    "api-agreement-csv": (lambda c: _csv_rows(c, "/api/v1/agreements/?format=csv")[0]["signatory_count"], "1"),
    "api-agreement-detail": (lambda c: _api_json(c, "/api/v1/agreements/pubaccord-treaty/")["signatory_count"], 1),
    "api-agreement-detail-rows": (
        lambda c: len(_api_json(c, "/api/v1/agreements/pubaccord-treaty/")["signatories"]),
        1,
    ),
    "api-signatories-rows": (lambda c: _api_json(c, "/api/v1/agreements/pubaccord-treaty/signatories/")["count"], 1),
    "agreement-list-page": (lambda c: _number(SIGNATORIES_LISTED, _page(c, "/agreements/")), 1),
    "agreement-detail-page": (
        lambda c: _number(r"<strong>(\d+)</strong> signator(?:y|ies) as of", _page(c, "/agreements/pubaccord-treaty/")),
        1,
    ),
    "topic-page-agreement-card": (lambda c: _number(SIGNATORIES_LISTED, _page(c, "/topics/pubtopic-theme/")), 1),
    "home-signatures-figure": (
        lambda c: _number(
            r'figure-value">(\d+)</span> <span class="figure-label">signatures by countries', _page(c, "/")
        ),
        1,
    ),
    "home-visuals-signatures-per-year": (
        lambda c: dict(re.findall(r"<title>(\d{4}): (\d+)</title>", _page(c, "/visuals/home/"))),
        {"2020": "1"},
    ),
}


@pytest.mark.parametrize(("read", "expected"), SIGNATORY_COUNTS.values(), ids=SIGNATORY_COUNTS.keys())
def test_signatory_counts_count_only_published_parties(client, db, read, expected):
    """One published country signed in 2020, a draft one in 2021: every count a visitor sees is 1."""
    agreement_signatory_country(DRAFT)
    assert read(client) == expected


def test_signatory_count_control(client, db):
    """With both signatories published the same count is 2 (so the checks above can fail)."""
    agreement_signatory_country(PUBLISHED)
    assert _api_json(client, "/api/v1/agreements/")["results"][0]["signatory_count"] == 2
    assert "<strong>2</strong> signatories listed" in _page(client, "/agreements/")


def _map_row(client, name: str) -> dict:
    data = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', _page(client, "/map/")).group(1)
    return next(row for row in json.loads(data)["countries"] if row["name"] == name)


PARTICIPANT_COUNTS: dict[str, tuple[Callable, object]] = {
    "mission-page-participants": (
        lambda c: _number(r"<dt>Participants</dt><dd>(\d+)</dd>", _page(c, "/missions/pubmission-alpha/")),
        1,
    ),
    "api-participants-rows": (lambda c: _api_json(c, "/api/v1/missions/pubmission-alpha/participants/")["count"], 1),
    "api-mission-detail-participants": (
        lambda c: len(_api_json(c, "/api/v1/missions/pubmission-alpha/")["participants"]),
        1,
    ),
    "api-network-edges": (lambda c: _api_json(c, "/api/v1/network/")["edges"], []),
    "map-missions-of-the-draft-orgs-country": (lambda c: _map_row(c, "Pubcountry Two")["missions"], 0),
}


@pytest.mark.parametrize(("read", "expected"), PARTICIPANT_COUNTS.values(), ids=PARTICIPANT_COUNTS.keys())
def test_participant_counts_count_only_published_organizations(client, db, read, expected):
    """A published mission with a published lead and a draft partner: counts see one participant."""
    mission_participant("partner")(DRAFT)
    assert read(client) == expected
