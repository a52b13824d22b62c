"""Pages of the visual exploration: the collaboration network and the world map.

Both are function views (one-off pages), served in every language (`/map/`, `/fr/map/`, `/ar/network/`…).
The network page renders its filter form and the table alternative; the graph itself loads its data
in one request from /api/v1/network/ with the same query string. The map page puts its data in the
page with `json_script` (one request: the page).

What the scripts write (tooltips, legends, buttons, the charts' labels) comes in the page's language
from a second `json_script` (`map-labels`, `network-labels`): the scripts hold no English of their own.
Counted messages come as their forms keyed by CLDR plural category, which the script picks with the
browser's `Intl.PluralRules` for the page's `lang`.
"""

from types import SimpleNamespace

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from catalog.filters import NetworkFilterForm
from catalog.iso_numeric import NUMERIC_TO_ALPHA2
from catalog.templatetags.languages import country_name

from .data import collaboration_network, country_measures, signatures_per_year
from .labels import plural_forms

HOME_TOP_PAIRS = 5
# Bar chart geometry of the home page's "new signatories per year" (SVG viewBox units).
BAR_CHART = {"width": 320, "height": 120, "bottom": 18}
MAP_MEASURES = {
    "agreements_signed": _("Agreements signed"),
    "missions": _("Missions through its organizations"),
    "artemis": _("Artemis Accords signatory"),
}


def _breadcrumbs(title: str) -> list[tuple[str, str | None]]:
    return [(_("Home"), reverse("catalog:home")), (title, None)]


def _local_name(code: str, name: str) -> str:
    """The country's name in the page's language (CLDR), as `{{ country|country_name }}` writes it."""
    return country_name(SimpleNamespace(code=code, name=name))


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
        labels=_network_labels(data),
        api_url=reverse("api:network") + (f"?{query}" if query else ""),
        filtered=bool(query),
    )
    return render(request, "visuals/network.html", context)


def _network_labels(data: dict) -> dict:
    """What network.js writes, in the page's language. The API's `kind_label`, `country_name` and `url`
    stay English (like all of the API), so the page hands the script its own for the nodes it draws:
    a node leads to the organization's page in the page's language."""
    return {
        "chart": gettext("Collaboration network: %(organizations)s, %(links)s"),
        "organizations": plural_forms(lambda n: ngettext("%(counter)s organization", "%(counter)s organizations", n)),
        "links": plural_forms(lambda n: ngettext("%(counter)s link", "%(counter)s links", n)),
        "edge": plural_forms(
            lambda n: ngettext(
                "%(source)s – %(target)s: %(count)s shared mission (%(missions)s)",
                "%(source)s – %(target)s: %(count)s shared missions (%(missions)s)",
                n,
            )
        ),
        "node": plural_forms(
            lambda n: ngettext("%(name)s, %(count)s mission, %(kind)s", "%(name)s, %(count)s missions, %(kind)s", n)
        ),
        "node_title": plural_forms(
            lambda n: ngettext(
                "%(name)s — %(country)s (%(count)s mission)", "%(name)s — %(country)s (%(count)s missions)", n
            )
        ),
        "node_title_no_country": plural_forms(
            lambda n: ngettext("%(name)s (%(count)s mission)", "%(name)s (%(count)s missions)", n)
        ),
        "zoom_in": gettext("Zoom in"),
        "zoom_out": gettext("Zoom out"),
        "reset": gettext("Reset"),
        "reset_view": gettext("Reset the view"),
        "failed": gettext("The network could not be drawn (%(error)s); the table below lists the same links."),
        "kinds": {node["kind"]: node["kind_label"] for node in data["nodes"]},
        "node_urls": {node["slug"]: node["url"] for node in data["nodes"]},
        "countries": {
            node["country"]: _local_name(node["country"], node["country_name"])
            for node in data["nodes"]
            if node["country"]
        },
    }


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
    for row in data["countries"]:  # the table and the tooltips name countries in the page's language
        row["name"] = _local_name(row["code"], row["name"])
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
        "labels": _map_labels(),
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


def _map_labels() -> dict:
    """What map.js writes, in the page's language; `names`: the countries the Atlas has no record of
    (their tooltips), by ISO numeric code, in languages other than English (the map's own names)."""
    names = {numeric: _local_name(alpha2, "") for numeric, alpha2 in NUMERIC_TO_ALPHA2.items()}
    return {
        "agreements_signed": plural_forms(
            lambda n: ngettext("%(country)s: %(count)s agreement signed", "%(country)s: %(count)s agreements signed", n)
        ),
        "missions": plural_forms(
            lambda n: ngettext(
                "%(country)s: %(count)s mission through its organizations",
                "%(country)s: %(count)s missions through its organizations",
                n,
            )
        ),
        "artemis_since": gettext("%(country)s: %(agreement)s signatory since %(date)s"),
        "artemis_undated": gettext("%(country)s: %(agreement)s signatory (date not known)"),
        "artemis_not": gettext("%(country)s: not a %(agreement)s signatory"),
        "no_record": gettext("%(country)s: no record in the Atlas"),
        "legend_signatory": gettext("Signatory"),
        "legend_not_signatory": gettext("Not a signatory"),
        "legend_no_record": gettext("No record"),
        "chart": gettext("World map of cooperation measures by country"),
        "failed": gettext("The map could not be drawn (%(error)s); the table below has the same figures."),
        "names": {numeric: name for numeric, name in names.items() if name},
    }


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
