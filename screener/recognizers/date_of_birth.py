"""Dates of birth: any written date, but only in birth context — not every date is a birthday."""
from __future__ import annotations

from .base import Recognizer, Rx, register

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"


@register
class DateOfBirth(Recognizer):
    name = "date_of_birth"
    label = "DATE_OF_BIRTH"
    patterns = (
        Rx("numeric", r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])(?:[/.-](?:" + YEAR + r"|\d{2}))?(?![\d/-])", 0.2),
        Rx("iso", r"(?<![\d-])" + YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])", 0.2),
        Rx("month_day", r"\b" + MONTHS + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?\b", 0.2),
        Rx("day_month", r"\b" + DAY + r"\s+(?:of\s+)?" + MONTHS + r"(?:,?\s+" + YEAR + r")?\b", 0.2),
    )
    context = ("born", "birth", "birthday", "bday", "b-day", "b day", "birthdate", "birth date",
               "dob", "d.o.b", "d.o.b.", "date of birth", "bday's", "birthday's", "cumple", "cumpleaños",
               "cumple años", "nacimiento", "nació", "nacio")
    negative_context = ("due", "deadline", "rsvp", "rsvps", "until", "party", "by", "before", "after")
    negative_window_before = 14
    requires_context = True
    window_before = 40
    window_after = 16
    context_boost = 0.6
