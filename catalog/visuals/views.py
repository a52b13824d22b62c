"""Pages of the visual exploration: the collaboration network and the world map.

Both are function views (one-off pages). The network page renders its filter form and the table
alternative; the graph itself loads its data in one request from /api/v1/network/ with the same
query string. The map page puts its data in the page with `json_script` (one request: the page).
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from catalog.filters import NetworkFilterForm

from .data import collaboration_network, country_measures, signatures_per_year

HOME_TOP_PAIRS = 5
# Bar chart geometry of the home page's "new signatories per year" (SVG viewBox units).
BAR_CHART = {"width": 320, "height": 120, "bottom": 18}
MAP_MEASURES = {
    "agreements_signed": _("Agreements signed"),
    "missions": _("Missions through its organizations"),
    "artemis": _("Artemis Accords signatory"),
}


def _breadcrumbs(title: str) -> list[tuple[str, str | None]]:
    return [(_("Home"), "/"), (title, None)]


def network(request: HttpRequest) -> HttpResponse:
    form = NetworkFilterForm(request.GET)  # every field is optional: no query string is a valid, unfiltered form
    context = {
        "form": form,
        "page_title": _("Collaboration network"),
        "breadcrumbs": _breadcrumbs(_("Collaboration network")),
    }
    if not form.is_valid():
        return render(request, "visuals/network.html", context, status=400)
    query = form.query_string()
    data = collaboration_network(**form.network_kwargs())
    context.update(
        network=data,
        edge_rows=_edge_rows(data),
        api_url=reverse("visuals:api-network") + (f"?{query}" if query else ""),
        filtered=bool(query),
    )
    return render(request, "visuals/network.html", context)


def _edge_rows(data: dict) -> list[dict]:
    """Edges with their organizations and missions resolved, for the table alternative."""
    nodes = {node["slug"]: node for node in data["nodes"]}
    missions = {mission["slug"]: mission for mission in data["missions"]}
    return [
        {
            "source": nodes[edge["source"]],
            "target": nodes[edge["target"]],
            "weight": edge["weight"],
            "missions": [missions[slug] for slug in edge["missions"]],
        }
        for edge in data["edges"]
    ]


def world_map(request: HttpRequest) -> HttpResponse:
    data = country_measures()
    # Without a published Artemis Accords record there is nothing to shade for that measure.
    measures = {key: label for key, label in MAP_MEASURES.items() if key != "artemis" or data["artemis"]}
    measure = request.GET.get("measure", "agreements_signed")
    countries = data["countries"]
    context = {
        "page_title": _("World map"),
        "breadcrumbs": _breadcrumbs(_("World map")),
        "measures": measures,
        "measure": measure if measure in measures else "agreements_signed",
        "map_data": data,
        "on_map": [c for c in countries if c["numeric"] and not c["historical"]],
        "off_map": [c for c in countries if not c["numeric"] or c["historical"]],
    }
    if measure not in measures:
        context["measure_error"] = _("“%(value)s” is not a measure here; choose one of: %(choices)s.") % {
            "value": measure,
            "choices": ", ".join(measures),
        }
        return render(request, "visuals/map.html", context, status=400)
    return render(request, "visuals/map.html", context)


def home_visuals_context() -> dict:
    """The home page's three small multiples: signatures per year, top pairs, countries on the map."""
    network = collaboration_network()
    labels = {node["slug"]: node for node in network["nodes"]}
    pairs = [
        {"source": labels[edge["source"]], "target": labels[edge["target"]], "weight": edge["weight"]}
        for edge in network["edges"][:HOME_TOP_PAIRS]
    ]
    top = pairs[0]["weight"] if pairs else 1
    for pair in pairs:
        pair["bar_width"] = round(100 * pair["weight"] / top, 1)
    countries = country_measures()["countries"]
    on_map = [
        c for c in countries if c["numeric"] and not c["historical"] and (c["agreements_signed"] or c["missions"])
    ]
    years = signatures_per_year()
    return {
        "years": years,
        "first_year": years[0]["year"] if years else None,
        "last_year": years[-1]["year"] if years else None,
        "bars": _bars(years),
        "pairs": pairs,
        "countries_on_map": len(on_map),
        "countries": len(countries),
        "map_url": reverse("visuals:map"),
        "network_url": reverse("visuals:network"),
    }


def _bars(years: list[dict]) -> list[dict]:
    """Bar rectangles (viewBox units) for a server-rendered SVG: no script needed on the home page."""
    if not years:
        return []
    width, height, bottom = BAR_CHART["width"], BAR_CHART["height"], BAR_CHART["bottom"]
    step = width / len(years)
    top = max(year["count"] for year in years) or 1
    bars = []
    for i, year in enumerate(years):
        bar_height = (height - bottom - 4) * year["count"] / top
        bars.append(
            {
                **year,
                "x": round(i * step + step * 0.1, 2),
                "width": round(step * 0.8, 2),
                "y": round(height - bottom - bar_height, 2),
                "height": round(bar_height, 2),
            }
        )
    return bars


def home_visuals(request: HttpRequest) -> HttpResponse:
    """The home page's small multiples, loaded by htmx after the page (hx-trigger="load").

    A fragment of its own keeps the home page's queries (and its speed) unchanged; without
    JavaScript the home page keeps plain links to the network and the map instead.
    """
    return render(request, "visuals/_home_visuals.html", {"hv": home_visuals_context()})
