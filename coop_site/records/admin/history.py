"""The inline rows' (signatories', participations') history, shown on their parent's history page."""

MAX_ROWS = 200


def _tracked(history_model) -> list[str]:
    skip = {"id", "updated_at"}
    return [
        field.attname
        for field in history_model.instance_type._meta.concrete_fields
        if field.editable and field.attname not in skip
    ]


def _party(record) -> str:
    party = getattr(record, "country", None) or getattr(record, "organization", None)
    return str(party) if party is not None else "?"


def inline_row_history(inline_rows, object_id) -> list[dict]:
    """[{date, user, noun, party, action, fields}] for every inline row of the record, newest first.

    Consecutive records of one row are compared in Python, so the page costs one query per inline
    model whatever the number of rows.
    """
    entries = []
    for model, parent_field, noun in inline_rows:
        history_model = model.history.model
        related = [
            field.name
            for field in history_model._meta.fields
            if field.is_relation and field.name not in (parent_field, "history_user", "history_relation")
        ]
        records = (
            model.history.filter(**{f"{parent_field}_id": object_id})
            .select_related("history_user", *related)
            .order_by("id", "history_date")[:MAX_ROWS]
        )
        tracked = _tracked(history_model)
        previous = None
        for record in records:
            same_row = previous is not None and previous.id == record.id
            fields = []
            if record.history_type == "~" and same_row:
                fields = [
                    str(history_model.instance_type._meta.get_field(name.removesuffix("_id")).verbose_name)
                    for name in tracked
                    if getattr(previous, name) != getattr(record, name)
                ] or ["sources"]  # no concrete field changed: the record was written for an M2M change
            entries.append(
                {
                    "date": record.history_date,
                    "user": record.history_user,
                    "noun": noun,
                    "party": _party(record),
                    "action": {"+": "added", "~": "changed", "-": "removed"}[record.history_type],
                    "fields": fields,
                    "history_id": record.history_id,
                }
            )
            previous = record
    entries.sort(key=lambda entry: entry["date"], reverse=True)
    return entries
