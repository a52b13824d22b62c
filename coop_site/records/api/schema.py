"""OpenAPI: error responses, caching headers, CSV and the shared custom filters, documented."""

from drf_spectacular.drainage import set_override
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.utils import OpenApiParameter

from coop_site.lib.filters import (
    CODE_PATTERN,
    MAX_YEAR,
    MIN_YEAR,
    SLUG_PATTERN,
    CodeFilter,
    NaturalKeyFilter,
    PartialDateFilter,
    YearFilter,
)

# A year between MIN_YEAR (1900) and MAX_YEAR (2200), optionally a month, optionally a day that the
# month has: 30 April and 29 February 2024 match, 31 November and 29 February 1900 do not (a fuzzer
# takes every string the pattern matches to be valid, and the filters refuse impossible dates).
_YEAR = r"(19\d{2}|2[01]\d{2}|2200)"
_LEAP_YEAR = r"(2000|(19|2[01])(0[48]|[2468][048]|[13579][26]))"
_MONTH_DAY = r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2[0-8]))"
PARTIAL_DATE_PATTERN = rf"^({_YEAR}(-(0[1-9]|1[0-2]))?|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"

# The shared FilterSets use two custom filters drf-spectacular cannot introspect; describe them
# here rather than in coop_site/lib/filters.py, which knows nothing about OpenAPI.
set_override(
    PartialDateFilter,
    "field",
    {
        "type": "string",
        "pattern": PARTIAL_DATE_PATTERN,
        "description": "A year, month or day (YYYY, YYYY-MM, YYYY-MM-DD). `…_after` starts at the first day of that "
        "period, `…_before` ends at its last day; both bounds are inclusive.",
    },
)
set_override(
    YearFilter,
    "field",
    {
        "type": "integer",
        "minimum": MIN_YEAR,
        "maximum": MAX_YEAR,
        "description": "A whole year, inclusive (`year_from=1990&year_to=1999`: the 1990s).",
    },
)

set_override(
    NaturalKeyFilter,
    "field",
    {
        "type": "string",
        "pattern": SLUG_PATTERN,
        "description": "A slug. One that names no record matches nothing (an empty list); a malformed one is a 400.",
    },
)
set_override(
    CodeFilter,
    "field",
    {
        "type": "string",
        "pattern": CODE_PATTERN,
        "description": "A two-letter ISO 3166-1 code, either case. One that names no country matches nothing.",
    },
)

_ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
    "description": "A JSON error with a human-readable `detail`.",
}
_VALIDATION_ERROR = {
    "type": "object",
    "additionalProperties": {},
    "description": (
        'Which input was wrong: `{"<field or query parameter>": ["message", ...]}`, '
        '`non_field_errors` for rules spanning fields, or `{"detail": ...}` for malformed JSON.'
    ),
}
_CONFLICT = {
    "type": "object",
    "properties": {"detail": {"type": "string"}, "version": {"type": "integer"}},
    "required": ["detail"],
    "description": "The record changed since you read it (`version` is the stored one) or is still referenced.",
}
_CACHE_HEADERS = {
    "ETag": {"schema": {"type": "string"}, "description": "Weak validator; send it back in If-None-Match."},
    "Last-Modified": {"schema": {"type": "string"}, "description": "Latest updated_at of the rows (HTTP date)."},
}
_ERRORS = {
    "400": (
        "Invalid filter value, query parameter, page or page_size, or a body that breaks this schema.",
        "ValidationError",
    ),
    "401": ("Missing or invalid token (writes need a staff token or session).", "Error"),
    "403": ("Authenticated but not staff with this model permission (or CSRF failure).", "Error"),
    "404": ("No such record visible to you, or a page past the last.", "Error"),
    "409": (
        "Stale `version`, the record is still referenced by others, or the body clashes with a stored record "
        "(a slug, code or row that already exists; the clashing fields are listed beside `detail`).",
        "Conflict",
    ),
    "415": ("The body is not JSON (`Content-Type: application/json`).", "Error"),
    "422": (
        "The body fits this schema but the data refuses it: a slug or code that names no record, or a rule "
        "between fields (an end date before the start, a signatory that is both or neither a country and "
        "an organization). Keyed like a 400.",
        "ValidationError",
    ),
    "429": ("Anonymous rate limit exceeded; Retry-After says when to try again.", "Error"),
}
VERSION_PARAMETER = OpenApiParameter(
    "version",
    {"type": "integer", "minimum": 1, "maximum": 2_147_483_647},
    OpenApiParameter.QUERY,
    description="Optional: the `version` you read. If the record was saved since, nothing is deleted and the "
    "answer is 409 with the stored `version`. Without it the record is deleted whatever its version.",
)
_SCHEMAS = {"Error": _ERROR, "ValidationError": _VALIDATION_ERROR, "Conflict": _CONFLICT}


class AtlasAutoSchema(AutoSchema):
    """Adds the responses the base viewset produces besides the serializer's own."""

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        action = getattr(self.view, "action", None)
        if action == "destroy" and getattr(self.view, "versioned_delete", False):
            parameters.append(VERSION_PARAMETER)
        if action == "list" and self.method == "GET":
            parameters.append(
                OpenApiParameter(
                    "format",
                    str,
                    OpenApiParameter.QUERY,
                    enum=["json", "csv"],
                    description="`csv` downloads the same rows as CSV (lists joined with `|`).",
                )
            )
        return parameters

    def get_auth(self):
        auth = super().get_auth()
        if self.method in ("GET", "HEAD") and {} not in auth:
            auth.append({})  # reads need no credentials
        return auth

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for response in responses.values():
            csv = response.get("content", {}).get("text/csv")
            if csv is not None:
                csv["schema"] = {"type": "string", "description": "CSV with a header row."}
        if self.method == "GET":
            responses["200"].setdefault("headers", {}).update(_CACHE_HEADERS)
            responses["304"] = {
                "description": "Not modified: If-None-Match matched the ETag.",
                "headers": _CACHE_HEADERS,
            }
        for code in self._error_codes():
            description, name = _ERRORS[code]
            response = {"description": description, "content": {"application/json": {"schema": self._component(name)}}}
            if code == "429":
                response["headers"] = {
                    "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}
                }
            responses.setdefault(code, response)
        return responses

    def _error_codes(self) -> list[str]:
        codes = ["400", "401", "404", "429"]
        if self.method not in ("GET", "HEAD", "OPTIONS"):
            codes.append("403")
        if self.method in ("POST", "PUT", "PATCH"):
            codes += ["409", "415", "422"]
        if self.method == "DELETE" and getattr(self.view, "may_conflict", True):
            codes.append("409")
        return sorted(codes)

    # --- `version`: optional when creating, required when updating (CuratedSerializer.validate) ------
    def _requires_version(self, serializer, direction) -> bool:
        return (
            direction == "request"
            and self.method in ("PUT", "PATCH")
            and getattr(serializer, "version_required_on_update", False)
        )

    def get_serializer_name(self, serializer, direction) -> str:
        name = super().get_serializer_name(serializer, direction)
        if self._requires_version(serializer, direction) and self.method == "PUT":
            # A PUT body differs from a POST body (it needs `version`): a component of its own.
            name = name.removesuffix("Serializer") + "Update"
        return name

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        if self._requires_version(serializer, direction):
            schema["required"] = sorted({*schema.get("required", []), "version"})
        return schema

    def _component(self, name: str) -> dict:
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=_SCHEMAS[name], object=name)
        self.registry.register_on_missing(component)
        return component.ref
