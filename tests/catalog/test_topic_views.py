"""/topics/ and /topics/<slug>/."""

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import AgreementFactory, EventFactory, MissionFactory, OrganizationFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_topic_list_shows_published_topics(client):
    TopicFactory(name="Earth observation")
    TopicFactory(name="Hidden topic", publication_status=Status.DRAFT)
    text = client.get(reverse("catalog:topic-list")).text
    assert "Earth observation" in text and "Hidden topic" not in text


def test_topic_page_lists_everything_on_the_topic(client):
    topic = TopicFactory(name="Space law", slug="space-law")
    MissionFactory(name="Disaster Charter").topics.add(topic)
    AgreementFactory(name="Liability Convention").topics.add(topic)
    OrganizationFactory(name="UNOOSA").topics.add(topic)
    EventFactory(title="COPUOS founded").topics.add(topic)
    MissionFactory(name="Hidden Mission", publication_status=Status.DRAFT).topics.add(topic)
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    for expected in ("Disaster Charter", "Liability Convention", "UNOOSA", "COPUOS founded"):
        assert expected in response.text
    assert "Hidden Mission" not in response.text


def test_unknown_and_draft_topics_are_404(client, staff_user):
    draft = TopicFactory(publication_status=Status.DRAFT)
    assert client.get(reverse("catalog:topic-detail", args=["nope"])).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(staff_user)
    assert "Draft — not visible to the public" in client.get(draft.get_absolute_url()).text


def test_topic_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    TopicFactory.create_batch(5)
    with django_assert_num_queries(1):  # the topics
        client.get(reverse("catalog:topic-list"))
    TopicFactory.create_batch(45)
    with django_assert_num_queries(1):
        client.get(reverse("catalog:topic-list"))


def test_topic_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    topic = TopicFactory()

    def grow(n):
        for _ in range(n):
            MissionFactory().topics.add(topic)
            AgreementFactory().topics.add(topic)
            OrganizationFactory().topics.add(topic)
            EventFactory().topics.add(topic)

    grow(5)
    # 1 the topic, 2 sources, 3 missions, 4 their lead organizations, 5 agreements with counts,
    # 6 organizations with countries, 7 events.
    # 8: the published guides that link it ("Explained in").
    with django_assert_num_queries(8):
        client.get(topic.get_absolute_url())
    grow(45)
    with django_assert_num_queries(8):
        client.get(topic.get_absolute_url())
