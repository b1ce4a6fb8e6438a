"""Words that agree with their numbers, and dates as German (or English) readers write them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
INFLECTION = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def say(template: str, **values: Any) -> str:
    """``template`` filled with ``values``; ``{n|Textstelle|Textstellen}`` picks the singular when
    ``n`` is 1, so every label can agree with its number."""
    def form(match: re.Match) -> str:
        return match.group(2) if values.get(match.group(1)) == 1 else match.group(3)

    return INFLECTION.sub(form, template).format(**values)


def long_date(value: dt.date | dt.datetime | str | None, lang: str = "de") -> str:
    """``30. November 2026`` (de) or ``30 November 2026`` (en); with the time for a datetime."""
    if value is None:
        return "?"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    month = MONTHS.get(lang, MONTHS["de"])[value.month - 1]
    text = f"{value.day}. {month} {value.year}" if lang == "de" else f"{value.day} {month} {value.year}"
    if isinstance(value, dt.datetime):
        text += f", {value:%H:%M} Uhr" if lang == "de" else f", {value:%H:%M}"
    return text
