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


# Error codes a write's 400 is answered by (fields.py's full_clean_candidate sets the last two).
REFERENCE = "does_not_exist"  # a well-formed slug or code that names no record (REST framework's code)
RULE = "rule"  # a rule between fields the schema cannot state: an end date before the start
CLASH = "unique"  # the body clashes with a stored record: a slug or a signatory already there


class Unprocessable(exceptions.ValidationError):
    """A body the schema accepts that the data refuses (a slug that names no record, an end before its
    start): 422 (RFC 9110 15.5.21), so that 400 keeps meaning "the body breaks the schema"."""

    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY


class UniquenessConflict(exceptions.APIException):
    """A body that clashes with a stored record (a slug taken, a signatory listed twice): 409, shaped
    like every 409 (a `detail`) with the clashing fields beside it."""

    status_code = status.HTTP_409_CONFLICT

    def __init__(self, fields: dict):
        messages = [str(message) for messages in fields.values() for message in messages]
        super().__init__(" ".join(dict.fromkeys(messages)))
        self.fields = fields


def _leaf_codes(codes) -> set:
    if isinstance(codes, dict):
        return set().union(set(), *(_leaf_codes(value) for value in codes.values()))
    if isinstance(codes, list):
        return set().union(set(), *(_leaf_codes(value) for value in codes))
    return {codes}


def _classify(exc: exceptions.ValidationError) -> Exception:
    """A 400 whose every error is a clash is a 409; one whose errors are all beyond the schema (a
    missing record, a rule, a clash) is a 422; anything the schema says (type, length, pattern) stays 400."""
    codes = _leaf_codes(exc.get_codes())
    if codes and codes <= {CLASH}:
        return UniquenessConflict(exc.detail)
    if codes and codes <= {REFERENCE, RULE, CLASH}:
        return Unprocessable(exc.detail)
    return exc


def _translate(exc: Exception) -> Exception:
    if type(exc) is exceptions.ValidationError and isinstance(exc.detail, dict):
        return _classify(exc)
    if isinstance(exc, StaleEdit):
        return Conflict(str(exc), version=exc.stored)
    if isinstance(exc, ProtectedError | RestrictedError):
        linked = sorted({str(obj._meta.verbose_name_plural) for obj in exc.args[1]})
        return Conflict(f"This record is still referenced by {', '.join(linked)}; remove those links first.")
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, IntegrityError):
        # full_clean() catches these first (a 409 or 422); this is the race where two writers collide.
        return Conflict("This change clashes with a record saved meanwhile (a uniqueness or consistency rule).")
    return exc


def api_exception_handler(exc: Exception, context: dict):
    exc = _translate(exc)
    response = exception_handler(exc, context)
    if response is not None and isinstance(exc, Conflict) and exc.version is not None:
        response.data = {"detail": response.data["detail"], "version": exc.version}
    if response is not None and isinstance(exc, UniquenessConflict):
        response.data = {"detail": response.data["detail"], **exc.fields}
    return response
