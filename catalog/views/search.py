from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from coop_site.records.pages import AtlasPageMixin
from coop_site.search import MAX_QUERY_LENGTH, search_all


class SearchView(AtlasPageMixin, TemplateView):
    template_name = "catalog/search.html"
    section_title = _("Search")

    def get(self, request, *args, **kwargs):
        self.query = " ".join(request.GET.get("q", "").split())
        context = self.get_context_data(**kwargs)
        status = 400 if context["error"] else 200
        return self.render_to_response(context, status=status)

    def get_page_title(self) -> str:
        return _("Search: %(query)s") % {"query": self.query} if self.query else _("Search")

    def get_page_description(self) -> str:
        return _("Search organizations, countries, missions, agreements, events and topics.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        error = ""
        groups = []
        if "\x00" in self.query:
            error = _("The search contains a null character; remove it and search again.")
        elif len(self.query) > MAX_QUERY_LENGTH:
            error = _("The search is %(length)s characters long; the limit is %(limit)s. Shorten it.") % {
                "length": len(self.query),
                "limit": MAX_QUERY_LENGTH,
            }
        elif self.query:
            groups = search_all(self.query)
        context.update(
            query=self.query[:MAX_QUERY_LENGTH].replace("\x00", ""),
            error=error,
            groups=groups,
            total=sum(len(group.results) for group in groups),
        )
        return context
