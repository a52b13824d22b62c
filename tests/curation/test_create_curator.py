import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.history


def test_create_curator_reads_the_password_from_the_environment(db, monkeypatch, capsys):
    monkeypatch.setenv("CURATOR_PASSWORD", "orbital-Mechanics-42")
    call_command("create_curator", "ada", "ada@example.org", "--no-input")
    user = get_user_model().objects.get(username="ada")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="Curators").exists()
    assert user.check_password("orbital-Mechanics-42")
    assert user.has_perm("catalog.change_agreement") and not user.has_perm("auth.change_user")


def test_create_curator_is_idempotent(db, monkeypatch, capsys):
    monkeypatch.setenv("CURATOR_PASSWORD", "orbital-Mechanics-42")
    call_command("create_curator", "ada", "ada@example.org", "--no-input")
    call_command("create_curator", "ada", "ada@example.org", "--no-input")
    assert "exists already" in capsys.readouterr().out
    assert get_user_model().objects.filter(username="ada").count() == 1


def test_create_curator_refuses_a_weak_password(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", "password")
    with pytest.raises(CommandError, match="Password refused"):
        call_command("create_curator", "ada", "ada@example.org", "--no-input")
    assert not get_user_model().objects.filter(username="ada").exists()


def test_create_curator_asks_twice_interactively(db, monkeypatch):
    answers = iter(["orbital-Mechanics-42", "orbital-Mechanics-42"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("create_curator", "ada", "ada@example.org")
    assert get_user_model().objects.get(username="ada").check_password("orbital-Mechanics-42")


def test_create_curator_dry_run_creates_nothing(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", "orbital-Mechanics-42")
    call_command("create_curator", "ada", "ada@example.org", "--no-input", "--dry-run")
    assert not get_user_model().objects.filter(username="ada").exists()
