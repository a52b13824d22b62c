"""Security headers beyond Django's defaults, on pages, the API, errors and the 503 page."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/organizations/", "/api/v1/topics/", "/no-such-page/", "/healthz"])
def test_cross_origin_and_permissions_headers(client, url):
    response = client.get(url)
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy
