"""/data/: the whole published Atlas as a Frictionless Data Package (catalog/data_package.py).

`/data/` is a page listing the files with their sizes and a pandas example, in every language like
the other pages (`/fr/data/`, `/ar/data/`…); `/data/datapackage.json`, `/data/<resource>.csv` and
`/data/atlas.zip` are the files, unprefixed and English like the API (so are the tables' descriptions,
which come from the descriptor). Everybody gets the public package (read as the anonymous public,
like every shared channel), built once per response-cache generation.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from catalog.data_package import cached_package

CONTENT_TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".zip": "application/zip",
}


def _package(request):
    return cached_package(request.build_absolute_uri("/data/"))


@require_safe
def index(request):
    package = _package(request)
    resources = package.resources()
    base = request.build_absolute_uri("/data/")
    context = {
        "page_title": _("Download the whole Atlas"),
        "page_description": _(
            "Every published record of the Space Cooperation Atlas as CSV tables in a Frictionless Data Package."
        ),
        "package": package.descriptor,
        "resources": [{**r, "rows": package.row_counts[r["name"]]} for r in resources],
        "descriptor_bytes": len(package.files["datapackage.json"]),
        "zip_bytes": len(package.files["atlas.zip"]),
        "base": base,
    }
    return render(request, "data/index.html", context)


@require_safe
def data_file(request, name: str):
    package = _package(request)
    content = package.files.get(name)
    if content is None:
        raise Http404(f"No file {name!r} in the data package; see /data/datapackage.json.")
    extension = name[name.rfind(".") :]
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    if extension == ".zip":
        response["Content-Disposition"] = 'attachment; filename="atlas.zip"'
    response["Last-Modified"] = http_date(package.last_change.timestamp())
    return response
