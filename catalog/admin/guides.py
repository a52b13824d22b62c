"""Admin for guides and FAQ questions: Markdown text, linked records, sources; preview the draft page."""

from django.contrib import admin

from catalog.models import Guide, Question
from coop_site.records.admin.base import CuratedAdmin, sources_inline

LINKS = ["organizations", "countries", "missions", "agreements", "topics", "events"]


@admin.register(Guide)
class GuideAdmin(CuratedAdmin):
    list_display = ["title", "slug", "order", "status_column", "updated_at"]
    list_filter = ["publication_status"]
    search_fields = ["title", "slug", "standfirst", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = LINKS
    inlines = [sources_inline(Guide)]


@admin.register(Question)
class QuestionAdmin(CuratedAdmin):
    list_display = ["question", "slug", "order", "status_column", "updated_at"]
    list_filter = ["publication_status"]
    search_fields = ["question", "slug", "answer"]
    prepopulated_fields = {"slug": ["question"]}
    autocomplete_fields = LINKS
    inlines = [sources_inline(Question)]
