"""CSV export of list endpoints: the JSON rows, flattened."""

import csv
import io

from rest_framework.renderers import BaseRenderer

LIST_SEPARATOR = "|"
# Spreadsheets run cells starting with these as formulas (CSV injection): such cells get a quote.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def flatten(value) -> str:
    """One CSV cell: lists joined with "|", dicts as key=value pairs, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(flatten(item) for item in value)
    if isinstance(value, dict):
        return ";".join(f"{key}={flatten(item)}" for key, item in value.items())
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        rows = data["results"] if isinstance(data, dict) and "results" in data else data
        if not isinstance(rows, list):
            rows = [rows]
        columns = self._columns(rows, (renderer_context or {}).get("view"))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([flatten(row.get(column)) for column in columns])
        return out.getvalue().encode(self.charset)

    @staticmethod
    def _columns(rows: list, view) -> list[str]:
        if rows:
            return list(rows[0].keys())
        if view is not None and hasattr(view, "get_serializer"):
            return list(view.get_serializer().fields.keys())  # header row even when nothing matched
        return []
