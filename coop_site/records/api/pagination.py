"""Page-number pagination that refuses bad input instead of quietly guessing."""

from collections import OrderedDict

from django.core.paginator import InvalidPage
from django.core.paginator import Paginator as DjangoPaginator
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _positive_int(raw: str, name: str, maximum: int | None = None) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise ValidationError({name: [f"Enter a whole number of at least 1, not {raw[:40]!r}."]})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise ValidationError({name: [f"Ensure this value is at most {maximum} (it was {value})."]})
    return value


class AtlasPagination(PageNumberPagination):
    """`page` and `page_size` (default 20, at most 100).

    A malformed value or a page size above 100 is a 400; a page past the end is a 404. The
    view may pass the row count it already knows (from its ETag query) to save a COUNT query.
    """

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        return _positive_int(raw, self.page_size_query_param, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None, count: int | None = None):
        self.request = request
        paginator = DjangoPaginator(queryset, self.get_page_size(request))
        if count is not None:
            paginator.count = count  # a cached_property: setting it skips Paginator's COUNT query
        number = _positive_int(request.query_params.get(self.page_query_param, "1"), self.page_query_param)
        try:
            self.page = paginator.page(number)
        except InvalidPage as exc:
            raise NotFound(f"Page {number} does not exist: there are {paginator.num_pages} pages.") from exc
        return list(self.page)

    def get_paginated_response(self, data) -> Response:
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", self.get_next_link()), ("prev", self.get_previous_link()))
            if url
        ]
        headers = {"Link": ", ".join(links)} if links else None
        envelope = OrderedDict(
            [
                ("count", self.page.paginator.count),
                ("next", self.get_next_link()),
                ("previous", self.get_previous_link()),
                ("results", data),
            ]
        )
        return Response(envelope, headers=headers)

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "Page number (from 1). A page past the last one is a 404.",
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Results per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}; more is a 400).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        ]
