"""What every curator admin shares: history, export, drafts, delete rules and stale-edit refusal."""

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html
from django.utils.text import smart_split, unescape_string_literal
from import_export.admin import ExportActionMixin, ImportMixin
from import_export.formats.base_formats import CSV
from simple_history.admin import SimpleHistoryAdmin

from coop_site.lib import trigram
from coop_site.records.models import StaleEdit, Status, source_model

from ..registry import rows_of
from .history import inline_row_history
from .recovery import RecoverDeletedMixin
from .versioning import VersionedModelForm


def public_url(obj) -> str:
    return obj.get_absolute_url()


class HistoryExportAdmin(RecoverDeletedMixin, ExportActionMixin, SimpleHistoryAdmin):
    """History view and revert (simple-history), CSV export of a selection, deleted-record recovery."""

    export_formats = [CSV]
    import_formats = [CSV]
    show_change_form_export = False
    change_list_template = "admin/records/curated_change_list.html"
    list_per_page = 50


class ImportHistoryExportAdmin(ImportMixin, HistoryExportAdmin):
    """Adds CSV import with the library's preview/confirm step; all-or-nothing (see settings)."""

    def get_import_data_kwargs(self, **kwargs):
        # One invalid row must leave the database untouched, even at the confirm step.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}


class SourcesFormSet(BaseInlineFormSet):
    """Edits a record's `sources` M2M through the related manager, so simple-history records the change."""

    def save_new(self, form, commit=True):
        source = form.cleaned_data["source"]
        self.instance.sources.add(source)
        return self.model.objects.get(**{self.fk.name: self.instance, "source": source})

    def save_existing(self, form, obj, commit=True):
        if "source" in form.changed_data:
            self.instance.sources.remove(form.initial["source"])
            self.instance.sources.add(form.cleaned_data["source"])
        return obj

    def delete_existing(self, obj, commit=True):
        if commit:
            self.instance.sources.remove(obj.source_id)


def sources_inline(model) -> type[admin.TabularInline]:
    """A tabular inline over `model.sources.through` (the sources a record cites)."""
    from .preload import PreloadedInline

    return type(
        f"{model.__name__}SourceInline",
        (PreloadedInline, admin.TabularInline),
        {
            "get_queryset": lambda self, request: admin.TabularInline.get_queryset(self, request).select_related(
                "source"
            ),
            "model": model.sources.through,
            "formset": SourcesFormSet,
            "autocomplete_fields": ["source"],
            "extra": 1,
            "verbose_name": "source",
            "verbose_name_plural": "sources",
        },
    )


class CuratedAdmin(ImportHistoryExportAdmin):
    """Admin for a model inheriting `Curated`: drafts, publish actions, versioned change form."""

    form = VersionedModelForm
    object_history_template = "admin/records/history_with_rows.html"
    # A search shows "N results" without also counting the whole table ("of M total"): at 100k
    # records that second COUNT(*) was the cost of every admin search.
    show_full_result_count = False
    exclude = ["sources"]  # edited in the sources inline
    readonly_fields = ["publication_status", "preview", "version", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]

    @property
    def inline_rows(self) -> list[tuple]:
        """[(row model, FK name, noun)]: rows listed in stale-edit messages, history and recovery."""
        return rows_of(self.model)

    def get_search_results(self, request, queryset, search_term):
        """Django's search, narrowed on SQLite by the trigram index (coop_site/lib/trigram.py): each
        term the admin matches with `icontains` must also be in the row's indexed text."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term and trigram.covers(self.model, self.get_search_fields(request)):
            for term in smart_split(search_term):
                if term.startswith(('"', "'")) and term[-1] == term[0]:
                    term = unescape_string_literal(term)
                condition = trigram.narrowing(self.model, term)
                if condition is not None:
                    queryset = queryset.filter(condition)
        return queryset, may_have_duplicates

    # --- list columns -----------------------------------------------------------------------
    @admin.display(description="status", ordering="publication_status")
    def status_column(self, obj) -> str:
        if obj.is_published:
            return "published"
        url = public_url(obj)
        return format_html('draft · <a href="{}" target="_blank">preview</a>', url) if url else "draft"

    @admin.display(description="public page")
    def preview(self, obj) -> str:
        if obj is None or obj.pk is None:
            return "Saved records start as drafts; publish them from the list when they are ready."
        url = public_url(obj)
        if not url:
            return "—"
        label = "View the published page" if obj.is_published else "Preview this draft (only staff can see it)"
        return format_html('<a href="{}" target="_blank">{}</a>', url, label)

    # --- forms and saving ---------------------------------------------------------------------
    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.inline_rows = self.inline_rows
        return form

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        if not change:
            obj.save()
            return
        obj.save(expected_version=form.cleaned_data.get("expected_version"))
        if getattr(obj, "_history", None) is not None and "sources" not in form.fields:
            self._revert_sources(obj)

    def _revert_sources(self, obj) -> None:
        """A revert (built from a historical record) also restores the sources it cited then."""
        ids = [row.source_id for row in obj._history.sources.all()]
        obj.sources.set(source_model().objects.filter(pk__in=ids))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleEdit:
            # Another save won the race between the form's version check and the locked save: the
            # transaction rolled back; running the view again shows the form with the stale-edit error.
            return super().changeform_view(request, object_id, form_url, extra_context)

    # --- drafts and publishing ----------------------------------------------------------------
    @admin.action(description="Publish selected %(verbose_name_plural)s", permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Status.PUBLISHED)

    @admin.action(description="Unpublish selected %(verbose_name_plural)s (back to draft)", permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Status.DRAFT)

    def _set_status(self, request, queryset, status: str) -> None:
        pks = list(queryset.exclude(publication_status=status).values_list("pk", flat=True))
        done, refused = [], []
        with transaction.atomic():
            for obj in self.model._default_manager.filter(pk__in=pks).prefetch_related("sources"):
                if status == Status.PUBLISHED and not obj.sources.all():
                    refused.append(str(obj))
                    continue
                obj.publication_status = status
                obj._history_user = request.user
                obj.save()
                self._log_status(request, obj, status)
                done.append(obj)
        verb = "published" if status == Status.PUBLISHED else "moved back to draft"
        self.message_user(request, f"{len(done)} {self.opts.verbose_name_plural} {verb}.", messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                "Not published, because every published record cites a source — add one first: " + "; ".join(refused),
                messages.WARNING,
            )

    def _log_status(self, request, obj, status: str) -> None:
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=[obj],
            action_flag=CHANGE,
            change_message=f"Set publication status to {status}.",
            single_object=True,
        )

    # --- deletion: curators delete drafts only ------------------------------------------------
    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or request.user.is_superuser or not obj.is_published

    def delete_queryset(self, request, queryset):
        # Belt and braces: the delete action already refuses (403) when a published record is selected.
        if not request.user.is_superuser:
            queryset = queryset.exclude(publication_status=Status.PUBLISHED)
        for obj in queryset:
            obj._history_user = request.user
            obj.delete()

    def delete_model(self, request, obj):
        obj._history_user = request.user
        super().delete_model(request, obj)

    # --- history page: also list the inline rows' changes -------------------------------------
    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "inline_history": self.inline_history(object_id)}
        return super().history_view(request, object_id, extra_context)

    def inline_history(self, object_id) -> list[dict]:
        return inline_row_history(self.inline_rows, object_id)
