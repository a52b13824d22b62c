"""Create a curator login: a staff user in the Curators group, with a password that passes the validators."""

import getpass
import os

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from coop_site.records.admin.roles import sync_curators_group

PASSWORD_ENV = "CURATOR_PASSWORD"  # noqa: S105 (the name of the variable, not a password)


class Command(BaseCommand):
    help = (
        "Create a curator (staff user in the Curators group). Asks for the password twice, or reads it "
        f"from ${PASSWORD_ENV} with --no-input. Does nothing if the username exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument("--no-input", "--noinput", action="store_false", dest="interactive")
        parser.add_argument("--dry-run", action="store_true", help="Check everything but create nothing.")

    def handle(self, username: str, email: str, interactive: bool, dry_run: bool, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"User “{username}” exists already; nothing changed.")
            return
        user = User(username=username, email=email, is_staff=True)
        password = self._password(user, interactive)
        if dry_run:
            self.stdout.write(f"Would create curator “{username}”.")
            return
        with transaction.atomic():
            group = sync_curators_group()
            user.set_password(password)
            user.save()
            user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"Created curator “{username}”; they can sign in at /admin/."))

    def _password(self, user, interactive: bool) -> str:
        if not interactive:
            password = os.environ.get(PASSWORD_ENV, "")
            if not password:
                raise CommandError(f"Set ${PASSWORD_ENV} to the password when using --no-input.")
            self._validate(password, user)
            return password
        for _ in range(3):
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The two passwords differ.")
                continue
            try:
                self._validate(password, user)
            except CommandError as error:
                self.stderr.write(str(error))
                continue
            return password
        raise CommandError("No acceptable password given.")

    @staticmethod
    def _validate(password: str, user) -> None:
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password refused: " + " ".join(error.messages)) from None
