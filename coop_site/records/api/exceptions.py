"""Every error the API raises becomes a JSON 4xx: nothing reaches the client as a 500 page."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from rest_framework import exceptions, status
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler

from coop_site.records.models import StaleEdit


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the record."
    default_code = "conflict"

    def __init__(self, detail: str, version: int | None = None):
        super().__init__(detail)
        self.version = version


def _translate(exc: Exception) -> Exception:
    if isinstance(exc, StaleEdit):
        return Conflict(str(exc), version=exc.stored)
    if isinstance(exc, ProtectedError | RestrictedError):
        linked = sorted({str(obj._meta.verbose_name_plural) for obj in exc.args[1]})
        return Conflict(f"This record is still referenced by {', '.join(linked)}; remove those links first.")
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, IntegrityError):
        # full_clean() catches these first; this is the race where two writers collide.
        return exceptions.ValidationError(
            {"non_field_errors": ["This change breaks a uniqueness or consistency rule."]}
        )
    return exc


def api_exception_handler(exc: Exception, context: dict):
    exc = _translate(exc)
    response = exception_handler(exc, context)
    if response is not None and isinstance(exc, Conflict) and exc.version is not None:
        response.data = {"detail": response.data["detail"], "version": exc.version}
    return response
