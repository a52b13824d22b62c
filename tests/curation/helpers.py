"""Build the POST data of an admin change form from the page the admin rendered (as a browser would)."""

import datetime

from django import forms
from django.urls import reverse


def _form_data(form) -> dict:
    """What a browser submits for `form`: unchecked boxes and empty multi-selects are left out."""
    data = {}
    for bound_field in form:
        value = bound_field.value()
        multiple = isinstance(bound_field.field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
        if value is None and (multiple or bound_field.name == "DELETE"):
            continue
        if value is None:
            value = ""
        if isinstance(value, bool):
            if not value:
                continue
            value = "on"
        elif isinstance(value, list | tuple):
            value = [str(item.pk if hasattr(item, "pk") else item) for item in value]
            if not value:
                continue
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        else:
            value = str(value)
        data[bound_field.html_name] = value
    return data


def change_form_data(client, url: str) -> dict:
    """Every field of the change form at `url` (main form and inline formsets) with its current value."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = _form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            data.update(_form_data(form))
    return data


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
