"""Password guessing is locked out (django-axes): admin logins per account+address, API tokens per address."""

import logging

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

LOGIN = "/admin/login/"
MESSAGE = "too many failed login attempts"


def _login(client, password, username="admin"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


@pytest.fixture
def admin_client_factory(db):
    return lambda address="10.0.0.1": Client(REMOTE_ADDR=address)


def test_settings_lock_out_by_account_and_address_in_the_database():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert 3 <= settings.AXES_FAILURE_LIMIT <= 10


def test_ten_wrong_passwords_then_the_right_one_is_refused_until_the_lockout_is_cleared(
    superuser, admin_client_factory, caplog
):
    caplog.set_level(logging.INFO, logger="coop_site.auth")
    client = admin_client_factory()
    statuses = [_login(client, "wrong-password").status_code for _ in range(10)]
    assert statuses[0] == 200  # the form again, with Django's "enter a correct username and password"
    assert statuses[-1] == 429
    response = _login(client, "admin-pass")
    assert response.status_code == 429
    assert MESSAGE in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert any("Locked out: admin" in r.getMessage() for r in caplog.records)

    # Another address is not locked out for the same account.
    assert _login(admin_client_factory("10.0.0.2"), "admin-pass").status_code == 302

    # Staff see the lockout in the admin and clear it there.
    staff = Client()
    staff.force_login(superuser)
    changelist = staff.get(reverse("admin:axes_accessattempt_changelist"))
    assert changelist.status_code == 200 and "10.0.0.1" in changelist.content.decode()
    attempt = AccessAttempt.objects.get(username="admin", ip_address="10.0.0.1")
    deleted = staff.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert deleted.status_code == 302 and not AccessAttempt.objects.exists()

    response = _login(client, "admin-pass")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert any(r.getMessage() == "Login: admin from 10.0.0.1" for r in caplog.records)


def test_a_few_wrong_passwords_do_not_lock_out(superuser, admin_client_factory):
    client = admin_client_factory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _login(client, "wrong-password").status_code == 200
    assert _login(client, "admin-pass").status_code == 302


def test_bad_api_tokens_lock_out_the_address_even_for_a_good_token(superuser):
    good = Token.objects.create(user=superuser).key
    guesser = APIClient(REMOTE_ADDR="10.0.0.9")
    url = reverse("api:topic-list")
    statuses = []
    for attempt in range(10):
        guesser.credentials(HTTP_AUTHORIZATION=f"Token not-a-real-token-{attempt}")
        statuses.append(guesser.get(url).status_code)
    assert statuses[0] == 401 and statuses[-1] == 429
    guesser.credentials(HTTP_AUTHORIZATION=f"Token {good}")
    response = guesser.get(url)
    assert response.status_code == 429 and MESSAGE in response.json()["detail"]

    # Anonymous reads from elsewhere and good tokens from elsewhere are unaffected.
    other = APIClient(REMOTE_ADDR="10.0.0.10")
    other.credentials(HTTP_AUTHORIZATION=f"Token {good}")
    assert other.get(url).status_code == 200

    reset(ip="10.0.0.9")  # what deleting the access attempt in the admin does
    assert guesser.get(url).status_code == 200


def test_a_token_lockout_cleared_in_the_admin_lets_the_right_token_in(superuser):
    good = Token.objects.create(user=superuser).key
    guesser = APIClient(REMOTE_ADDR="10.0.0.11")
    url = reverse("api:topic-list")
    for attempt in range(10):
        guesser.credentials(HTTP_AUTHORIZATION=f"Token wrong-{attempt}")
        guesser.get(url)
    guesser.credentials(HTTP_AUTHORIZATION=f"Token {good}")
    refused = guesser.get(url)
    assert refused.status_code == 429 and MESSAGE in refused.json()["detail"]

    # Staff find the lockout in the admin (Axes -> Access attempts) and delete it.
    staff = Client()
    staff.force_login(superuser)
    changelist = staff.get(reverse("admin:axes_accessattempt_changelist"))
    assert changelist.status_code == 200 and "10.0.0.11" in changelist.content.decode()
    attempt = AccessAttempt.objects.get(ip_address="10.0.0.11")
    deleted = staff.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert deleted.status_code == 302 and not AccessAttempt.objects.filter(ip_address="10.0.0.11").exists()

    response = guesser.get(url)
    assert response.status_code == 200 and "results" in response.json()
