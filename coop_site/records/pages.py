"""The one mixin pair every public list and detail page shares.

Lists: a FilterSet (the same one the API uses) filters what the app's `queries.py` gives the
anonymous public (`list_query(PUBLIC)`), bad values give a 400 page naming the field, pagination
keeps the query string, and an htmx request gets only the results include that the full page
renders too. Details: `detail_query(viewer)`, so staff can preview drafts (marked as such) and
everybody else gets a 404 for a draft.
"""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import QuerySet
from django.forms import ModelChoiceField, NullBooleanSelect, Select, TextInput
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import DetailView, ListView

from coop_site.cache.invalidation import current_generation

from .models import PUBLIC

# Filters the API offers for incremental sync but that mean nothing to a visitor.
HIDDEN_FILTERS = frozenset({"updated_after"})


class BadQuery(Exception):
    """A query-string value the page cannot use; rendered as a 400 page that names the field."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__("; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in errors.items()))


class PageNotFound(Http404):
    """A 404 whose message is meant for the visitor (shown on the 404 page)."""

    public = True


def bad_request(request, errors: dict[str, list[str]]) -> HttpResponse:
    fields = [{"name": name, "messages": messages} for name, messages in errors.items()]
    htmx = getattr(request, "htmx", None)
    # htmx swaps this fragment into the results (htmx-config lets 400s swap); a full request gets the page.
    template = "includes/bad_request.html" if htmx and not htmx.history_restore_request else "400.html"
    response = render(request, template, {"fields": fields, "page_title": _("Bad request")}, status=400)
    patch_vary_headers(response, ["HX-Request"])
    return response


def label_empty_choices(form) -> None:
    """Say "Any" instead of django-filter's "---------" in the page's select boxes."""
    for name, field in form.fields.items():
        if isinstance(field.widget, NullBooleanSelect):
            field.widget.choices = [("unknown", _("Any")), ("true", _("Yes")), ("false", _("No"))]
        elif hasattr(field, "empty_label"):
            label = _("Default order") if name == "ordering" else _("Any")
            field.empty_label = label
            if hasattr(field, "queryset"):
                continue  # ModelChoiceField reads empty_label when it renders
            # django-filter's ChoiceField bakes its empty label into the widget's choices.
            field.widget.choices = [("", label)] + [choice for choice in field.choices if choice[0] != ""]


MAX_SELECT_OPTIONS = 250


def compact_record_choices(form, limit: int | None = None) -> None:
    """Fill record select boxes from one query each; past `limit` records, ask for the slug instead.

    A filter form must not render thousands of <option>s (10,000 organizations is 1 MB of HTML):
    the filter itself takes the same slug or ISO code either way.
    """
    limit = MAX_SELECT_OPTIONS if limit is None else limit
    for field in form.fields.values():
        if not isinstance(field, ModelChoiceField):
            continue
        key = field.to_field_name or "pk"
        model = field.queryset.model
        label_fields = getattr(model, "choice_label_fields", None)
        if label_fields:
            # The option's value and label only, as rows: loading whole records cost ten times as much.
            names = [key, *label_fields]
            rows = [_label_record(model, names, values) for values in field.queryset.values_list(*names)[: limit + 1]]
        else:
            rows = list(field.queryset[: limit + 1])
        if len(rows) > limit:
            field.widget = TextInput(
                attrs={"placeholder": _("%(label)s: slug or code") % {"label": field.label}, "size": 18}
            )
            continue
        # The option values the form's own iterator would give (`prepare_value()`), read directly.
        field.widget.choices = [("", field.empty_label)] + [
            (getattr(row, key), field.label_from_instance(row)) for row in rows
        ]


def _label_record(model, names: list[str], values: tuple):
    """A bare instance holding only `names`: enough for `__str__`, which reads only `choice_label_fields`.

    No model __init__ (signals, defaults, every field), no database state: it is only labelled.
    """
    record = model.__new__(model)
    record.__dict__.update(zip(names, values, strict=True))
    return record


def _flat_attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html, in Python (names and values escaped)."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class FlatSelectMixin:
    """Render a <select> in Python: the same HTML as Django's select.html and select_option.html.

    The templates render an include per <option>; a filter form has up to 250 options per select
    and several selects, which made the form cost more than the rows of the list it filters.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_flat_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            parts.extend(
                f'\n  <option value="{conditional_escape(option["value"])}"{_flat_attrs(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>\n"
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 (every name, value and label above is escaped)


_flat_classes: dict[type, type] = {}


def flatten_selects(form) -> None:
    """Give every plain select box of `form` the Python renderer (custom templates keep theirs)."""
    for field in form.fields.values():
        widget = field.widget
        cls = type(widget)
        if (
            isinstance(widget, Select)
            and not isinstance(widget, FlatSelectMixin)
            and widget.template_name == Select.template_name
            and widget.option_template_name == Select.option_template_name
        ):
            if cls not in _flat_classes:
                _flat_classes[cls] = type(f"Flat{cls.__name__}", (FlatSelectMixin, cls), {})
            widget.__class__ = _flat_classes[cls]


class AtlasPageMixin:
    """Context base.html uses for <title>, meta description, Open Graph and breadcrumbs."""

    section_title: str = ""
    section_url_name: str = ""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except BadQuery as exc:
            return bad_request(request, exc.errors)

    def get_page_title(self) -> str:
        return self.section_title

    def get_page_description(self) -> str:
        return ""

    def get_breadcrumbs(self) -> list[tuple[str, str | None]]:
        return [(_("Home"), reverse(settings.RECORDS_HOME_URL_NAME)), (self.section_title, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            page_title=self.get_page_title(),
            page_description=self.get_page_description(),
            breadcrumbs=self.get_breadcrumbs(),
        )
        return context


class FilteredListView(AtlasPageMixin, ListView):
    filterset_class = None
    template_name = "layouts/list.html"  # a page of its own only to add an introduction
    results_template_name = "includes/results.html"
    paginate_by = 20
    noun_plural = ""

    def get(self, request, *args, **kwargs):
        self.filterset = self.filterset_class(
            request.GET, queryset=self.get_base_queryset(), request=request, viewer=PUBLIC
        )
        label_empty_choices(self.filterset.form)
        compact_record_choices(self.filterset.form)
        flatten_selects(self.filterset.form)
        if not self.filterset.is_valid():
            raise BadQuery({name: list(errs) for name, errs in self.filterset.form.errors.items()})
        return super().get(request, *args, **kwargs)

    # The app's queries function for this list (lists read as the anonymous public, whoever asks).
    list_query = None

    def get_base_queryset(self) -> QuerySet:
        return type(self).list_query(PUBLIC)

    def get_queryset(self) -> QuerySet:
        return self.filterset.qs

    def paginate_queryset(self, queryset, page_size):
        paginator: Paginator = self.get_paginator(queryset, page_size)
        raw = self.request.GET.get("page") or "1"
        if raw == "last":
            raw = str(paginator.num_pages)
        if not raw.isdigit() or int(raw) < 1:
            raise BadQuery(
                {"page": [_("“%(value)s” is not a page number; pages are numbered from 1.") % {"value": raw[:20]}]}
            )
        try:
            page = paginator.page(int(raw))
        except InvalidPage as exc:
            pages = paginator.num_pages
            message = ngettext(
                "There is no page %(page)s: these results have %(count)s page.",
                "There is no page %(page)s: these results have %(count)s pages.",
                pages,
            )
            raise PageNotFound(message % {"page": raw, "count": pages}) from exc
        return paginator, page, page.object_list, page.has_other_pages()

    def is_partial(self) -> bool:
        htmx = getattr(self.request, "htmx", None)
        # A history-restore request rebuilds the whole page, so it needs the full template.
        return bool(htmx) and not htmx.history_restore_request

    def get_template_names(self):
        return [self.results_template_name] if self.is_partial() else super().get_template_names()

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        patch_vary_headers(response, ["HX-Request"])
        return response

    def count_noun(self, count: int) -> str:
        """The noun after the result count ("1 mission", "20 missions"), in the language's plural form."""
        return str(self.model._meta.verbose_name if count == 1 else self.noun_plural)

    def get_page_description(self) -> str:
        return _("Every %(nouns)s in the Space Cooperation Atlas, filterable, with sources.") % {
            "nouns": self.noun_plural
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filterset.form
        context.update(
            filter=self.filterset,
            filter_fields=[field for field in form if field.name not in HIDDEN_FILTERS],
            filters_active=any(v for k, v in self.request.GET.items() if k not in ("page", "ordering")),
            noun_singular=self.model._meta.verbose_name,
            noun_plural=self.noun_plural,
            count_noun=self.count_noun(context["paginator"].count if context.get("paginator") else 0),
            list_url=self.request.path,
            results_template=self.results_template_name,
            # Rows are rendered once per generation and record version (the "fragments" cache;
            # without one, or without a generation, every row is rendered).
            row_generation=current_generation() if "fragments" in settings.CACHES else None,
        )
        return context


class PublicDetailView(AtlasPageMixin, DetailView):
    """Published records for everybody; drafts too for staff, with a preview banner."""

    # The app's queries function for this page: what the viewer may see, prefetched.
    detail_query = None

    def get_queryset(self) -> QuerySet:
        return type(self).detail_query(self.request.user)

    def get_page_title(self) -> str:
        return str(self.object)

    def get_page_description(self) -> str:
        summary = getattr(self.object, "summary", "") or ""
        return summary[:200] if summary else _("%(record)s in the Space Cooperation Atlas.") % {"record": self.object}

    def get_breadcrumbs(self):
        return [
            (_("Home"), reverse(settings.RECORDS_HOME_URL_NAME)),
            (self.section_title, reverse(self.section_url_name)),
            (self.get_page_title(), None),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_draft_preview"] = self.object.is_draft
        context["canonical_path"] = self.object.get_absolute_url()
        context["sources"] = list(self.object.sources.all())
        return context
