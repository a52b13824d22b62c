"""/agreements/status/: a row per country, a column per agreement, each cell how the country
stood on the day asked (signed, ratified, acceded, withdrawn) with its date — the UNOOSA status
table, live and filterable. Three queries whatever the number of countries: the agreements, the
countries, and every signatory row between them (catalog/queries.py, read as the public).
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from catalog import queries
from catalog.models import AgreementKind, Region, Signatory, SignatoryStatus
from coop_site.records.models import PUBLIC
from coop_site.records.pages import bad_request

BINDING_CHOICES = [("", _("Any")), ("true", _("Legally binding")), ("false", _("Not binding"))]


class StatusTableForm(forms.Form):
    kind = forms.ChoiceField(choices=[("", _("Any")), *AgreementKind.choices], required=False, label=_("Kind"))
    binding = forms.ChoiceField(choices=BINDING_CHOICES, required=False, label=_("Binding"))
    region = forms.ChoiceField(choices=[("", _("Any")), *Region.choices], required=False, label=_("Region"))
    as_of = forms.DateField(
        required=False, label=_("As of (YYYY-MM-DD)"), widget=forms.DateInput(attrs={"type": "date"})
    )
    format = forms.ChoiceField(choices=[("", "HTML"), ("csv", "CSV")], required=False)

    def clean(self):
        data = super().clean()
        unknown = sorted(set(self.data) - set(self.fields))
        if unknown:
            raise forms.ValidationError(
                _("Unknown parameter %(name)s; use %(fields)s.")
                % {"name": repr(unknown[0][:40]), "fields": ", ".join(self.fields)}
            )
        return data


@dataclass
class Cell:
    row: Signatory
    status: str
    date: datetime.date | None
    url: str = ""  # the agreement's page, where the row is listed


def cell_for(row: Signatory, as_of: datetime.date | None) -> Cell | None:
    """How the row stood on `as_of` (today when None), or None when it had not joined yet."""
    if row.is_party_on(as_of):
        acceded = row.status == SignatoryStatus.ACCEDED or (row.signed_on is None and as_of is not None)
        return Cell(row, "acceded" if acceded else "ratified", row.ratified_on)
    if row.is_counted_on(as_of):
        return Cell(row, "signed", row.signed_on)
    if row.withdrawn_on is not None and (as_of is None or row.withdrawn_on <= as_of):
        return Cell(row, "withdrawn", row.withdrawn_on)
    if as_of is None and row.status == SignatoryStatus.WITHDRAWN:
        return Cell(row, "withdrawn", row.withdrawn_on)
    return None


def build_table(data: dict) -> dict:
    agreements = queries.status_agreements(PUBLIC)
    if data.get("kind"):
        agreements = agreements.filter(kind=data["kind"])
    if data.get("binding"):
        agreements = agreements.filter(binding=data["binding"] == "true")
    countries = queries.status_countries(PUBLIC)
    if data.get("region"):
        countries = countries.filter(region=data["region"])
    agreements, countries = list(agreements), list(countries)
    as_of = data.get("as_of")
    urls = {agreement.pk: agreement.get_absolute_url() for agreement in agreements}
    cells: dict[tuple[int, int], Cell] = {}
    for row in queries.status_cells(list(urls), [c.pk for c in countries], PUBLIC):
        cell = cell_for(row, as_of)
        if cell is not None:
            cell.url = urls[row.agreement_id]
            cells[(row.country_id, row.agreement_id)] = cell
    return {"agreements": agreements, "countries": countries, "cells": cells, "as_of": as_of}


def table_rows(table: dict) -> list[tuple]:
    return [
        (country, [table["cells"].get((country.pk, a.pk)) for a in table["agreements"]])
        for country in table["countries"]
    ]


def totals(table: dict) -> list[dict]:
    """Per agreement: signatories and parties among the rows shown, and any reported total."""
    out = []
    for index, agreement in enumerate(table["agreements"]):
        column = [cells[index] for _country, cells in table["rows"] if cells[index] is not None]
        parties = sum(1 for cell in column if cell.status in ("ratified", "acceded"))
        signed = sum(1 for cell in column if cell.status == "signed")
        out.append({"agreement": agreement, "parties": parties, "signed": signed})
    return out


def status_csv(table: dict) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agreement-status.csv"'
    writer = csv.writer(response, lineterminator="\r\n")
    header = ["country_code", "country"]
    for agreement in table["agreements"]:
        header += [agreement.slug, f"{agreement.slug}_date"]
    writer.writerow(header)
    for country, cells in table["rows"]:
        line = [country.code, country.name]
        for cell in cells:
            line += [cell.status, cell.date.isoformat() if cell.date else ""] if cell else ["", ""]
        writer.writerow(line)
    return response


def agreement_status(request):
    form = StatusTableForm(request.GET)
    if not form.is_valid():
        errors = {name if name != "__all__" else "query": list(errs) for name, errs in form.errors.items()}
        return bad_request(request, errors)
    data = form.cleaned_data
    table = build_table(data)
    table["rows"] = table_rows(table)
    if data.get("format") == "csv":
        return status_csv(table)
    query = {k: v for k, v in request.GET.items() if k != "format" and v}
    context = {
        **table,
        "form": form,
        "totals": totals(table),
        "counted_on": data.get("as_of") or timezone.localdate(),
        "csv_url": f"{reverse('catalog:agreement-status')}?{urlencode({**query, 'format': 'csv'})}",
        "as_of_query": f"?as_of={data['as_of'].isoformat()}" if data.get("as_of") else "",
        "page_title": _("Agreement status by country"),
        "page_description": _(
            "Every country's status under each space agreement — signed, ratified, acceded or "
            "withdrawn, with dates — live and filterable."
        ),
        "canonical_path": reverse("catalog:agreement-status"),
        "breadcrumbs": [
            (_("Home"), reverse("catalog:home")),
            (_("Agreements"), reverse("catalog:agreement-list")),
            (_("Status by country"), None),
        ],
    }
    return render(request, "catalog/open_data/status_table.html", context)
