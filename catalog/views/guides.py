"""Guides (/guides/), the FAQ (/faq/) and the about page: curated texts rendered safely."""

from __future__ import annotations

import json

from django.db.models import QuerySet
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView, TemplateView

from catalog import markdown, queries
from catalog.models import Guide, Question
from catalog.models.guide import LINKS
from coop_site.records.models import PUBLIC
from coop_site.records.pages import AtlasPageMixin, PublicDetailView


def linked_records(record) -> list[tuple[str, list]]:
    """[(relation, records)] of a guide or question, as prefetched for the viewer."""
    return [(name, list(getattr(record, name).all())) for name in LINKS]


class GuideListView(AtlasPageMixin, ListView):
    model = Guide
    template_name = "guides/guide_list.html"
    section_title = _("Guides")

    def get_queryset(self) -> QuerySet:
        return queries.guide_cards(PUBLIC)

    def get_page_description(self) -> str:
        return str(_("Explainers written from the Atlas's records and their sources."))


class GuideDetailView(PublicDetailView):
    model = Guide
    detail_query = queries.guide_detail
    template_name = "guides/guide_detail.html"
    section_title = _("Guides")
    section_url_name = "catalog:guide-list"

    def get_page_description(self) -> str:
        return self.object.standfirst[:200] or super().get_page_description()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = queries.live_counts(markdown.tokens(self.object.body), self.request.user)
        context["body_html"] = markdown.render(self.object.body, counts)
        context["linked"] = linked_records(self.object)
        return context


class QuestionDetailView(PublicDetailView):
    model = Question
    detail_query = queries.question_detail
    template_name = "guides/question_detail.html"
    section_title = _("Questions and answers")
    section_url_name = "catalog:faq"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = queries.live_counts(markdown.tokens(self.object.answer), self.request.user)
        context["answer_html"] = markdown.render(self.object.answer, counts)
        context["linked"] = linked_records(self.object)
        return context


class FaqView(AtlasPageMixin, ListView):
    """Every published question with its answer (counts computed once for the page), and FAQPage JSON-LD."""

    model = Question
    template_name = "faq.html"
    section_title = _("Questions and answers")

    def get_queryset(self) -> QuerySet:
        return queries.faq(PUBLIC)

    def get_page_description(self) -> str:
        return str(_("Short answers about international space cooperation, each linking the records it relies on."))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questions = list(context["object_list"])
        counts = queries.live_counts(markdown.tokens(*(q.answer for q in questions)), PUBLIC)
        for question in questions:
            question.answer_html = markdown.render(question.answer, counts)
        context["questions"] = questions
        context["faq_jsonld"] = faq_jsonld(questions)
        return context


def faq_jsonld(questions: list) -> str:
    """schema.org FAQPage, safe inside <script> (no "<", ">" or "&" left unescaped)."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question.question,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(question.answer_html).strip()},
            }
            for question in questions
        ],
    }
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308  (JSON with every HTML-significant character escaped)


class AboutView(AtlasPageMixin, TemplateView):
    template_name = "about.html"
    section_title = _("About the Atlas")

    def get_page_description(self) -> str:
        return str(_("What the Space Cooperation Atlas is, where its data comes from and how its counts are derived."))
