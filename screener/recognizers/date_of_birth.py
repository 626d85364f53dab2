"""Dates of birth: any written date, but only in birth context — not every date is a birthday."""
from __future__ import annotations

from datetime import date

import regex

from .base import FLAGS, Recognizer, Rx, register, sentence_before

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          # Spanish, Portuguese and French: "nació el 14 de febrero de 2013", "né le 3 mars 2012"
          r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|"
          r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
          r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
          # Italian, German and Polish (genitive, as dates write them: "14 maja 2012")
          r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
          r"januar|februar|märz|juni|juli|oktober|dezember|"
          r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\.?")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# An age reached on the date: "turns 16 on June 18", "turned 99 on Oct 25th", "10 today (Jun 3)".
_AGE_ON = regex.compile(r"\bturn(?:s|ed|ing)\s+\d{1,2}\b|\b\d{1,2}\s+today\b", FLAGS)
# A date right after a name, as lists write them: "Thomas Sheppard 7/2/2017", "Heather (July 9th)".
_AFTER_NAME = regex.compile(r"(?-i:\p{Lu}[\p{L}'’-]+)\s?[,:(–—-]?\s?\(?$", FLAGS)
SENTENCE = 160
# A date with a birth year may stand a sentence or two after its birthday word ("Happy birthday to my
# right hand in the kitchen, Matías!! December 2, 2007 — 18 today"): a past year and a birthday in
# these many characters before it make it a birth date.
YEAR_REACH = 120
_YEAR = regex.compile(r"\b" + YEAR + r"\b")


@register
class DateOfBirth(Recognizer):
    name = "date_of_birth"
    label = "DATE_OF_BIRTH"
    patterns = (
        Rx("numeric", r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])(?:[/.-](?:" + YEAR + r"|\d{2}))?(?![\d/-])", 0.2),
        # day first, as most of the world writes it, when the day cannot be a month: "14.02.2014"
        Rx("day_first", r"(?<![\d/.-])(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:" + YEAR + r"|\d{2})(?![\d/-])", 0.2),
        Rx("iso", r"(?<![\d-])" + YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])", 0.2),
        Rx("month_day", r"\b" + MONTHS + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?\b", 0.2),
        Rx("day_month", r"\b" + DAY + r"\s+(?:of\s+|de\s+)?" + MONTHS + r"(?:,?\s+(?:de\s+)?" + YEAR + r")?\b", 0.2),
    )
    context = ("born", "birth", "birthday", "birthdays", "bday", "bdays", "b-day", "b day", "birthdate",
               "birthdates", "birth date",
               "dob", "dobs", "d.o.b", "d.o.b.", "date of birth", "bday's", "birthday's", "cumple", "cumpleaños",
               "cumple años", "nacimiento", "nació", "nacio", "nasceu", "aniversário", "né", "née", "anniversaire",
               # Vietnamese, Haitian Creole, German, Polish, Italian and Tagalog
               "sinh ngày", "ngày sinh", "sinh nhật", "fèt", "anivèsè", "geboren", "geburtstag",
               "geb.", "urodzony", "urodzona", "urodził", "urodziła", "urodziny", "nata il", "nato il", "compleanno",
               "ipinanganak", "kaarawan")
    negative_context = ("due", "deadline", "rsvp", "rsvps", "until", "party", "by", "before", "after",
                        "start", "starts", "starting", "seen", "founded", "opened", "established", "since")
    negative_window_before = 14
    requires_context = True
    window_before = 40
    window_after = 16
    context_boost = 0.6

    def validate(self, value, text, start, end):
        return None if regex.match(r"\s?[ap]\.?m\b", text[end:end + 5], FLAGS) else 0.0  # "2-4pm"

    def context_words(self, text, start, end):
        """Besides the usual window: when the date follows a name, the heading of its list, in its
        sentence or the one before ("tournament roster needs birthdays. Michael Forbes 04/03/19,
        Monica Serrano 04/03/19"); when it has a past birth year, a birthday a sentence or two before;
        or an age reached on it earlier in the sentence."""
        words = super().context_words(text, start, end)
        if words:
            return words
        year = _YEAR.search(text, start, end)
        reach = 0
        if _AFTER_NAME.search(text[max(0, start - 40):start]):
            reach = SENTENCE
        elif year and int(year.group(0)) <= date.today().year - 3:
            reach = YEAR_REACH
        words = [m.group(0).lower() for m in self._context_rx.finditer(text[max(0, start - reach):start])] if reach else []
        return (words or [m.group(0).lower() for m in _AGE_ON.finditer(sentence_before(text, start, SENTENCE))])[-1:]
        head = sentence_before(text, start, SENTENCE)
        if _AFTER_NAME.search(text[max(0, start - 40):start]):
            words = [m.group(0).lower() for m in self._context_rx.finditer(head)]
        words = (words or [m.group(0).lower() for m in _AGE_ON.finditer(head)])[-1:]
        year = _YEAR.search(text, start, end)
        if not words and year and int(year.group(0)) <= date.today().year - 3:
            words = [m.group(0).lower() for m in self._context_rx.finditer(text, max(0, start - YEAR_REACH), start)][-1:]
        return words
