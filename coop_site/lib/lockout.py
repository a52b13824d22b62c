"""Password guessing with API tokens is counted like failed admin logins (django-axes), and logged.

axes watches Django's login signals; DRF's token check sends none. `LockoutTokenAuthentication`
records each bad token as a failed login of the pseudo-account ``API_TOKEN_ACCOUNT`` from the
client's address, and refuses every token from that address while it is locked out -- the right
token too, until the cool-off ends or staff delete the lockout in the admin (Axes > Access attempts).
"""

import logging

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_message
from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from rest_framework import exceptions, status
from rest_framework.authentication import TokenAuthentication, get_authorization_header

logger = logging.getLogger("coop_site.auth")

API_TOKEN_ACCOUNT = "api-token"  # noqa: S105 -- a pseudo-account name, not a secret


class LockedOut(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "locked_out"


class LockoutTokenAuthentication(TokenAuthentication):
    """DRF's token authentication, with failures counted per address and a lockout that refuses tokens."""

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        django_request = request._request
        credentials = {"username": API_TOKEN_ACCOUNT}
        if AxesProxyHandler.is_locked(django_request, credentials):
            raise LockedOut(get_lockout_message())
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            user_login_failed.send(sender=type(self), credentials=credentials, request=django_request)
            if AxesProxyHandler.is_locked(django_request, credentials):
                raise LockedOut(get_lockout_message()) from None
            raise


def _address(request):
    return getattr(request, "axes_ip_address", None) or (request.META.get("REMOTE_ADDR") if request else None)


@receiver(user_logged_in, dispatch_uid="coop_site.log_login")
def log_successful_login(sender, request, user, **kwargs):
    logger.info("Login: %s from %s", user.get_username(), _address(request))


@receiver(user_locked_out, dispatch_uid="coop_site.log_lockout")
def log_lockout(sender, request, username=None, ip_address=None, **kwargs):
    logger.warning("Locked out: %s from %s after repeated failed logins", username, ip_address)
