"""Curation fixtures: a curator (staff in the Curators group) and a logged-in client for them."""

import pytest
from django.contrib.auth import get_user_model

from coop_site.records.admin.roles import sync_curators_group


@pytest.fixture
def curator(db):
    user = get_user_model().objects.create_user(
        "curator", "curator@example.org", "curator-pass", is_staff=True, first_name="Cora"
    )
    user.groups.add(sync_curators_group())
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def admin_client_(client, superuser):
    client.force_login(superuser)
    return client
