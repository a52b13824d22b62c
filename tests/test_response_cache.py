"""The shared anonymous response cache is never stale: one test per write path, on locmem and Redis.

Every test first fills the cache with an anonymous read (and checks it is served from the cache),
then writes through one path, then reads again as a visitor: the change must show.
"""

import socket
import uuid

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import reverse
from rest_framework.authtoken.models import Token

from catalog.models import Agreement, Signatory, Status
from coop_site.cache.invalidation import current_generation, one_bump, watched_models
from coop_site.cache.middleware import ResponseCacheMiddleware
from tests import factories as f
from tests.curation.helpers import _form_data, change_form_data, change_url

pytestmark = pytest.mark.history

REDIS = "redis://127.0.0.1:6379/5"


def redis_reachable() -> bool:
    try:
        import django_redis  # noqa: F401

        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except (ImportError, OSError):
        return False
    return True


def redis_caches(location: str = REDIS, prefix: str = "") -> dict:
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }


@pytest.fixture(params=["locmem", "redis"])
def backend(request, settings):
    settings.RESPONSE_CACHE_SECONDS = 60
    if request.param == "redis":
        if not redis_reachable():
            pytest.skip("Redis is not reachable on 127.0.0.1:6379")
        prefix = f"test-{uuid.uuid4().hex}"
        settings.CACHES = redis_caches(prefix=prefix)
        yield request.param
        from django.core.cache import cache

        cache.delete_pattern("*")
    else:
        yield request.param


@pytest.fixture
def anon():
    return Client()


@pytest.fixture
def admin_client_(superuser):
    client = Client()
    client.force_login(superuser)
    return client


def cached_read(client, url: str, **headers) -> str:
    """Read `url` twice as a visitor; the second answer must come from the cache. Returns the body."""
    first = client.get(url, headers=headers)
    second = client.get(url, headers=headers)
    assert second.headers.get("X-Cache") == "hit", (url, first.status_code, dict(second.headers))
    return second.content.decode()


def fresh_read(client, url: str, **headers) -> str:
    return client.get(url, headers=headers).content.decode()


# --- the cache really caches, and only what it may ---------------------------------------------


def test_an_anonymous_page_is_served_from_the_cache_without_a_query(db, backend, anon, django_assert_num_queries):
    f.AgreementFactory(name="Artemis Accords", slug="artemis-accords")
    anon.get("/agreements/artemis-accords/")
    with django_assert_num_queries(0):  # the generation is read on the raw cursor, see invalidation.py
        response = anon.get("/agreements/artemis-accords/")
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    assert "Artemis Accords" in response.content.decode()


def test_keys_hold_the_query_string_the_format_and_htmx(db, backend, anon):
    f.MissionFactory(name="Apollo-Soyuz", slug="apollo-soyuz")
    html = cached_read(anon, "/missions/")
    fragment = cached_read(anon, "/missions/", HX_Request="true")
    json_body = cached_read(anon, "/api/v1/missions/")
    csv_body = cached_read(anon, "/api/v1/missions/?format=csv")
    restored = cached_read(anon, "/missions/", HX_Request="true", HX_History_Restore_Request="true")
    assert "<html" in html and "<html" not in fragment and "<html" in restored
    assert json_body.startswith("{") and "Apollo-Soyuz" in csv_body and not csv_body.startswith("{")
    assert cached_read(anon, "/api/v1/missions/?page_size=5&page=1") == cached_read(
        anon, "/api/v1/missions/?page=1&page_size=5"
    )


def test_keys_hold_the_language(db, backend, anon):
    f.CountryFactory(code="in", name="India")
    assert "<h1>India</h1>" in cached_read(anon, "/countries/in/")
    assert "<h1>Inde</h1>" in cached_read(anon, "/fr/countries/in/")
    assert "<h1>الهند</h1>" in cached_read(anon, "/ar/countries/in/")
    assert "<h1>India</h1>" in cached_read(anon, "/countries/in/")


def test_the_first_visit_in_another_language_is_not_served_the_cached_english_home(db, backend, anon):
    home = anon.get("/")
    assert home.status_code == 200 and not home.cookies  # English for an English (or silent) browser: no cookie
    assert anon.get("/")["X-Cache"] == "hit"
    assert anon.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).status_code == 200
    for _ in range(2):
        french = Client().get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
        assert french.status_code == 302 and french["Location"] == "/fr/"
        assert "X-Cache" not in french and french.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    returning = Client()
    returning.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"  # came back from /fr/ through the switcher
    for _ in range(2):
        again = returning.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
        assert again.status_code == 200 and '<html lang="en' in again.content.decode()
    assert again["X-Cache"] == "hit"


@pytest.mark.parametrize("status", [400, 403, 429, 500, 503])
def test_errors_are_never_stored(db, backend, rf, status):
    middleware = ResponseCacheMiddleware(lambda request: HttpResponse("no", status=status))
    for _ in range(2):
        response = middleware(rf.get("/topics/"))
        assert response.status_code == status and "X-Cache" not in response


def test_an_answer_that_sets_a_cookie_is_never_stored(db, backend, rf):
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "not-for-everyone")
        return response

    middleware = ResponseCacheMiddleware(view)
    for _ in range(2):
        response = middleware(rf.get("/topics/"))
        assert "X-Cache" not in response and "not-for-everyone" in str(response.cookies)
        assert "public" not in response.get("Cache-Control", "")


def test_a_miss_after_a_write_runs_as_many_queries_as_before_it(db, backend, anon):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from coop_site.cache.invalidation import bump

    accords = f.AgreementFactory(name="Artemis Accords", slug="artemis-accords")
    f.SignatoryFactory.create_batch(3, agreement=accords)
    for _ in range(3):
        f.EventFactory().agreements.add(accords)
    urls = ["/agreements/artemis-accords/", "/agreements/", "/api/v1/agreements/", "/timeline/"]
    for url in urls:
        anon.get(url)  # one-off queries (content types…) out of the way
    bump()
    before = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert anon.get(url)["X-Cache"] == "miss"
        before[url] = len(queries)
        with CaptureQueriesContext(connection) as queries:
            assert anon.get(url)["X-Cache"] == "hit"
        assert len(queries) == 0, url
    f.SignatoryFactory.create_batch(30, agreement=accords)  # the write: ten times the rows
    for _ in range(10):
        f.EventFactory().agreements.add(accords)
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = anon.get(url)
        assert response["X-Cache"] == "miss" and len(queries) == before[url], (url, before[url], len(queries))


def test_signed_in_users_never_read_from_or_write_to_the_cache(db, backend, anon, admin_client_):
    f.TopicFactory(name="Lunar exploration", slug="lunar")
    admin_client_.get("/topics/")
    response = admin_client_.get("/topics/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert anon.get("/topics/")["X-Cache"] == "miss"


def test_a_staff_preview_of_a_draft_is_never_served_to_anyone_else(db, backend, anon, admin_client_, superuser):
    f.AgreementFactory(name="Secret Pact", slug="secret-pact", publication_status=Status.DRAFT)
    token = Token.objects.create(user=superuser).key
    token_client = Client(headers={"Authorization": f"Token {token}"})
    for url in ["/agreements/secret-pact/", "/agreements/", "/api/v1/agreements/", "/api/v1/agreements/secret-pact/"]:
        for _ in range(2):
            staff_view = admin_client_.get(url).content.decode()
            token_client.get(url)
        if url == "/agreements/secret-pact/":
            assert "Secret Pact" in staff_view
        if url.startswith("/api/"):  # a token signs in on the API only
            assert "Secret Pact" in token_client.get(url).content.decode()
        for _ in range(2):
            assert "Secret Pact" not in anon.get(url).content.decode(), url


def test_errors_and_the_admin_are_not_cached_but_404s_are(db, backend, anon):
    assert anon.get("/search/?q=" + "x" * 5000).status_code in {200, 400}
    bad = anon.get("/api/v1/missions/?nonsense=1")
    assert bad.status_code == 400
    assert anon.get("/api/v1/missions/?nonsense=1").get("X-Cache") is None
    missing = anon.get("/agreements/no-such-thing/")
    assert missing.status_code == 404
    assert anon.get("/agreements/no-such-thing/")["X-Cache"] == "hit"  # 404s are cached
    login = anon.get("/admin/login/")
    assert "X-Cache" not in login


def test_throttled_answers_are_not_cached(db, backend, anon, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "allow_request", lambda self, request, view: False)
    monkeypatch.setattr(AnonRateThrottle, "wait", lambda self: 60)
    for _ in range(2):
        throttled = anon.get("/api/v1/topics/")
        assert throttled.status_code == 429 and "X-Cache" not in throttled
    monkeypatch.undo()
    assert anon.get("/api/v1/topics/").status_code == 200


def test_every_model_of_the_record_apps_is_watched(db):
    labels = {model._meta.label for model in watched_models()}
    assert {"catalog.Agreement", "catalog.Signatory", "catalog.Source", "timeline.Event"} <= labels
    assert {"catalog.HistoricalAgreement", "catalog.ChangeLogEntry"} <= labels
    assert any(model._meta.auto_created for model in watched_models())  # m2m through tables


# --- one test per write path: the next anonymous read shows the change ------------------------


def test_admin_save(db, backend, anon, admin_client_):
    country = f.CountryFactory(code="om", name="Oman")
    assert "Oman" in cached_read(anon, "/countries/om/")
    data = change_form_data(admin_client_, change_url(country))
    data["name"] = "Sultanate of Oman"
    assert admin_client_.post(change_url(country), data).status_code == 302
    assert "Sultanate of Oman" in fresh_read(anon, "/countries/om/")
    assert "Sultanate of Oman" in fresh_read(anon, "/api/v1/countries/om/")


def test_admin_inline_rows(db, backend, anon, admin_client_):
    agreement = f.AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=None)
    oman = f.CountryFactory(code="om", name="Oman")
    assert "Oman" not in cached_read(anon, "/agreements/artemis-accords/")
    api_before = cached_read(anon, "/api/v1/agreements/artemis-accords/")
    data = change_form_data(admin_client_, change_url(agreement))
    data.update(
        {"signatories-0-country": oman.pk, "signatories-0-signed_on": "2025-11-05", "signatories-0-status": "signed"}
    )
    response = admin_client_.post(change_url(agreement), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert "Oman" in fresh_read(anon, "/agreements/artemis-accords/")
    assert fresh_read(anon, "/api/v1/agreements/artemis-accords/") != api_before


def test_m2m(db, backend, anon):
    mission = f.MissionFactory(name="Apollo-Soyuz", slug="apollo-soyuz")
    topic = f.TopicFactory(name="Docking in orbit", slug="docking")
    assert "Docking in orbit" not in cached_read(anon, "/missions/apollo-soyuz/")
    mission.topics.add(topic)  # nothing but the m2m_changed signal
    assert "Docking in orbit" in fresh_read(anon, "/missions/apollo-soyuz/")
    cached_read(anon, "/missions/apollo-soyuz/")
    mission.topics.clear()
    assert "Docking in orbit" not in fresh_read(anon, "/missions/apollo-soyuz/")


@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_publish_and_unpublish_actions(db, backend, anon, admin_client_, action):
    status = Status.DRAFT if action == "publish" else Status.PUBLISHED
    topic = f.TopicFactory(name="Space debris", slug="space-debris", publication_status=status)
    before = cached_read(anon, "/topics/")
    cached_read(anon, "/topics/space-debris/")
    assert ("Space debris" in before) is (action == "unpublish")
    admin_client_.post(reverse("admin:catalog_topic_changelist"), {"action": action, "_selected_action": [topic.pk]})
    topic.refresh_from_db()
    assert topic.publication_status == (Status.PUBLISHED if action == "publish" else Status.DRAFT)
    assert ("Space debris" in fresh_read(anon, "/topics/")) is (action == "publish")
    assert anon.get("/topics/space-debris/").status_code == (200 if action == "publish" else 404)


def test_revert(db, backend, anon, admin_client_):
    country = f.CountryFactory(code="om", name="Oman")
    first = country.history.latest()
    data = change_form_data(admin_client_, change_url(country))
    data["name"] = "Sultanate"
    admin_client_.post(change_url(country), data)
    assert "Sultanate" in cached_read(anon, "/countries/om/")
    revert_url = reverse("admin:catalog_country_simple_history", args=[country.pk, first.history_id])
    page = admin_client_.get(revert_url)
    assert admin_client_.post(revert_url, _form_data(page.context["adminform"].form)).status_code == 302
    assert "Sultanate" not in fresh_read(anon, "/countries/om/")


def test_admin_delete(db, backend, anon, admin_client_):
    f.AgreementFactory(name="Moon Agreement", slug="moon-agreement")
    assert "Moon Agreement" in cached_read(anon, "/agreements/moon-agreement/")
    assert "Moon Agreement" in cached_read(anon, "/api/v1/agreements/")
    agreement = Agreement.objects.get(slug="moon-agreement")
    response = admin_client_.post(reverse("admin:catalog_agreement_delete", args=[agreement.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert anon.get("/agreements/moon-agreement/").status_code == 404
    assert "Moon Agreement" not in fresh_read(anon, "/api/v1/agreements/")


def test_bulk_delete_action(db, backend, anon, admin_client_):
    topics = [f.TopicFactory(name=name, slug=slug) for name, slug in [("Space debris", "debris"), ("Mars", "mars")]]
    assert "Space debris" in cached_read(anon, "/topics/") and "Mars" in cached_read(anon, "/topics/")
    changelist = reverse("admin:catalog_topic_changelist")
    data = {"action": "delete_selected", "_selected_action": [t.pk for t in topics], "post": "yes"}
    assert admin_client_.post(changelist, data).status_code == 302
    page = fresh_read(anon, "/topics/")
    assert "Space debris" not in page and "Mars" not in page


def test_recover_a_deleted_record(db, backend, anon, admin_client_):
    agreement = f.AgreementFactory(name="Moon Agreement", slug="moon-agreement")
    pk = agreement.pk
    admin_client_.post(reverse("admin:catalog_agreement_delete", args=[pk]), {"post": "yes"})
    assert not Agreement.objects.filter(pk=pk).exists()
    assert "Moon Agreement" not in cached_read(anon, "/api/v1/agreements/")
    assert anon.get("/agreements/moon-agreement/").status_code == 404
    assert anon.get("/agreements/moon-agreement/")["X-Cache"] == "hit"
    deletion = Agreement.history.filter(history_type="-").latest()
    response = admin_client_.post(reverse("admin:catalog_agreement_restore", args=[deletion.history_id]))
    assert response.status_code == 302 and Agreement.objects.filter(pk=pk).exists()
    assert "Moon Agreement" in fresh_read(anon, "/api/v1/agreements/")
    assert anon.get("/agreements/moon-agreement/").status_code == 200


def test_csv_import(db, backend, anon, admin_client_):
    f.SourceFactory(url="https://www.nasa.gov/artemis-accords")
    f.CountryFactory(code="om", name="Oman")
    f.AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=None)
    assert "Oman" not in cached_read(anon, "/agreements/artemis-accords/")
    text = (
        "agreement,country,organization,signed_on,ratified_on,withdrawn_on,status,notes,source_urls\n"
        "artemis-accords,om,,2025-11-05,,,signed,,https://www.nasa.gov/artemis-accords\n"
    )
    upload = SimpleUploadedFile("rows.csv", text.encode(), content_type="text/csv")
    preview = admin_client_.post(
        reverse("admin:catalog_signatory_import"), {"import_file": upload, "format": "0", "resource": "0"}
    )
    confirm_form = preview.context["confirm_form"]
    data = {name: confirm_form[name].value() for name in confirm_form.fields}
    assert admin_client_.post(reverse("admin:catalog_signatory_process_import"), data).status_code == 302
    assert Signatory.objects.filter(country__code="om").exists()
    assert "Oman" in fresh_read(anon, "/agreements/artemis-accords/")


def test_api_write(db, backend, anon, superuser):
    f.CountryFactory(code="om", name="Oman")
    agreement = f.AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=None)
    assert "Oman" not in cached_read(anon, "/api/v1/agreements/artemis-accords/")
    assert "Artemis Accords" in cached_read(anon, "/api/v1/agreements/")
    token = Token.objects.create(user=superuser).key
    writer = Client(headers={"Authorization": f"Token {token}"})
    response = writer.patch(
        "/api/v1/agreements/artemis-accords/",
        {"name": "The Artemis Accords", "version": agreement.version},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert "The Artemis Accords" in fresh_read(anon, "/api/v1/agreements/")
    assert "The Artemis Accords" in fresh_read(anon, "/agreements/artemis-accords/")


@pytest.fixture
def token_writer(superuser):
    return Client(headers={"Authorization": f"Token {Token.objects.create(user=superuser).key}"})


def test_api_create_publish_and_delete_a_record(db, backend, anon, token_writer):
    assert "Space debris" not in cached_read(anon, "/api/v1/topics/")
    assert "Space debris" not in cached_read(anon, "/topics/")
    payload = {"name": "Space debris", "slug": "debris", "publication_status": "draft"}
    created = token_writer.post("/api/v1/topics/", payload, content_type="application/json")
    assert created.status_code == 201, created.content
    assert "Space debris" not in fresh_read(anon, "/api/v1/topics/")  # a draft: the visitor still sees none
    assert "Space debris" not in cached_read(anon, "/topics/")
    published = token_writer.patch(
        "/api/v1/topics/debris/",
        {"publication_status": "published", "version": created.json()["version"]},
        content_type="application/json",
    )
    assert published.status_code == 200, published.content
    assert "Space debris" in fresh_read(anon, "/api/v1/topics/")
    assert "Space debris" in cached_read(anon, "/topics/")
    assert token_writer.delete("/api/v1/topics/debris/").status_code == 204
    assert "Space debris" not in fresh_read(anon, "/api/v1/topics/")
    assert "Space debris" not in fresh_read(anon, "/topics/")


def test_api_row_endpoints(db, backend, anon, token_writer):
    f.CountryFactory(code="om", name="Oman")
    f.AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=None)
    rows = "/api/v1/agreements/artemis-accords/signatories/"
    assert cached_read(anon, rows).count('"country"') == 0
    assert "Oman" not in cached_read(anon, "/agreements/artemis-accords/")
    created = token_writer.post(rows, {"country": "om", "signed_on": "2025-11-05"}, content_type="application/json")
    assert created.status_code == 201, created.content
    assert '"country":"om"' in fresh_read(anon, rows).replace(" ", "")
    assert "Oman" in cached_read(anon, "/agreements/artemis-accords/")
    row = f"{rows}{created.json()['id']}/"
    assert "first Gulf signatory" not in cached_read(anon, row)
    patched = token_writer.patch(row, {"notes": "first Gulf signatory"}, content_type="application/json")
    assert patched.status_code == 200, patched.content
    assert "first Gulf signatory" in fresh_read(anon, row)
    assert "first Gulf signatory" in cached_read(anon, "/agreements/artemis-accords/")
    assert token_writer.delete(row).status_code == 204
    assert anon.get(row).status_code == 404
    assert "Oman" not in fresh_read(anon, "/agreements/artemis-accords/")


def test_load_atlas(db, backend, anon):
    assert anon.get("/agreements/artemis-accords/").status_code == 404
    assert anon.get("/agreements/artemis-accords/")["X-Cache"] == "hit"  # the 404 is cached too
    assert '"count":0' in cached_read(anon, "/api/v1/agreements/").replace(" ", "")
    generation = current_generation()
    with override_settings(SIMPLE_HISTORY_ENABLED=False):  # the bump, not the history: a third of the time
        call_command("load_atlas", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert current_generation() > generation
    page = anon.get("/agreements/artemis-accords/")
    assert page.status_code == 200 and "Artemis Accords" in page.content.decode()
    assert anon.get("/api/v1/agreements/").json()["count"] == Agreement.objects.published().count() > 0


def test_a_load_bumps_the_generation_once_and_a_dry_run_not_at_all(db):
    generation = current_generation()
    with transaction.atomic(), one_bump():
        f.TopicFactory()
        f.TopicFactory().sources.add(f.SourceFactory())
    assert current_generation() == generation + 1
    with transaction.atomic(), one_bump():  # as `load_atlas --dry-run` does
        f.TopicFactory()
        transaction.set_rollback(True)
    assert current_generation() == generation + 1


def test_a_dummy_cache_switches_caching_off_in_every_process(db, anon, settings):
    """A dummy shared cache (as scripts/benchmark.py uses to time rendering) keeps nothing, not even
    in the per-process copy kept in front of a shared cache: every request runs the view."""
    settings.CACHES = {**settings.CACHES, "off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    settings.RESPONSE_CACHE_ALIAS = "off"
    f.MissionFactory(slug="iss")
    assert [anon.get("/missions/")["X-Cache"] for _ in range(3)] == ["miss"] * 3


# --- outages -------------------------------------------------------------------------------------


def test_a_write_made_while_redis_is_down_is_visible_when_it_is_back(db, anon, settings):
    if not redis_reachable():
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = redis_caches(prefix=prefix)
    country = f.CountryFactory(code="om", name="Oman")
    assert "Oman" in cached_read(anon, "/countries/om/")

    settings.CACHES = redis_caches(location="redis://127.0.0.1:1/3", prefix=prefix)  # Redis "down"
    country.name = "Sultanate of Oman"
    country.save()
    assert "Sultanate of Oman" in fresh_read(anon, "/countries/om/")  # answered, uncached

    settings.CACHES = redis_caches(prefix=prefix)  # Redis is back, still holding the old page
    try:
        assert "Sultanate of Oman" in fresh_read(anon, "/countries/om/")
    finally:
        from django.core.cache import cache

        cache.delete_pattern("*")


def test_each_process_keeps_its_hottest_entries_exactly_as_fresh_as_redis(db, anon, settings):
    if not redis_reachable():
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    settings.CACHES = redis_caches(prefix=f"test-{uuid.uuid4().hex}")
    from django.core.cache import cache

    topic = f.TopicFactory(name="Lunar exploration", slug="lunar")
    try:
        assert "Lunar exploration" in cached_read(anon, "/topics/")
        cache.delete_pattern("*")  # Redis forgets: this process still answers from its own copy
        assert anon.get("/topics/")["X-Cache"] == "hit"
        topic.name = "Lunar science"
        topic.save()
        response = anon.get("/topics/")
        assert response["X-Cache"] == "miss" and "Lunar science" in response.content.decode()
    finally:
        cache.delete_pattern("*")


def test_the_cache_answers_nothing_when_the_generation_row_is_missing(db, anon):
    from coop_site.cache.models import CacheGeneration

    CacheGeneration.objects.all().delete()
    f.TopicFactory(name="Lunar exploration", slug="lunar")  # its save recreates the row
    assert CacheGeneration.objects.get(pk=1).value >= 1
    assert "Lunar exploration" in cached_read(anon, "/topics/")


# --- HTTP caching headers --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/topics/", "/api/v1/topics/"])
def test_anonymous_reads_say_how_shared_caches_may_keep_them(db, anon, url):
    f.TopicFactory(name="Lunar exploration", slug="lunar")
    response = anon.get(url)
    assert response["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
    vary = {part.strip().lower() for part in response["Vary"].split(",")}
    assert {"cookie", "accept", "hx-request", "accept-language"} <= vary
    assert response["ETag"] and response["Last-Modified"]
    for _ in range(2):  # a miss, then a hit: both answer 304 to a matching validator
        again = anon.get(url, headers={"If-None-Match": response["ETag"]})
        assert again.status_code == 304
        assert again["Cache-Control"].startswith("public")


def test_signed_in_reads_are_private(db, admin_client_):
    f.TopicFactory(name="Lunar exploration", slug="lunar")
    for url in ["/topics/", "/api/v1/topics/"]:
        assert admin_client_.get(url)["Cache-Control"] == "private, no-cache"
