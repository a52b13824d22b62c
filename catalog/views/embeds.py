"""Embeddable charts: /embed/agreements/<slug>/chart/, /embed/map/, /embed/network/.

The same charts as the site's pages, without the site's chrome and with an attribution link,
frameable by any site: `frame-ancestors *` and no X-Frame-Options on these views only (every other
page keeps DENY / frame-ancestors 'none' from the settings). The map and network pages render
their own templates inside `embed/base.html` (their `base_template` context variable).
"""

from __future__ import annotations

from csp.decorators import csp_replace
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt

from catalog import queries
from catalog.visuals import views as visuals
from coop_site.records.models import PUBLIC


def frameable(view):
    """Any site may frame this view (and only this one)."""
    return xframe_options_exempt(csp_replace({"frame-ancestors": ["*"]})(view))


@frameable
def agreement_chart(request, slug: str):
    agreement = queries.agreement_cards(PUBLIC).filter(slug=slug).first()
    if agreement is None:
        raise Http404("No published agreement with this address.")
    context = {
        "object": agreement,
        "signatories": queries.agreement_parties(agreement, PUBLIC),
        "as_of": None,
        "page_title": _("%(name)s: signatories over time") % {"name": agreement.name},
        "full_url": agreement.get_absolute_url(),
    }
    return render(request, "embed/agreement_chart.html", context)


@frameable
def world_map(request):
    request.embed = {"base_template": "embed/base.html", "full_url": reverse("visuals:map")}
    return visuals.world_map(request)


@frameable
def network(request):
    request.embed = {"base_template": "embed/base.html", "full_url": reverse("visuals:network")}
    return visuals.network(request)
