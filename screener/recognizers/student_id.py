"""Student ID numbers: local IDs, lunch PINs, NY NYSSIS state IDs, library patron barcodes.

A bare six-digit number is far more often a room-free number of something else (an order, a zip plus
one, a score sheet) than an ID, so local IDs need ID context; NYSSIS IDs are ten digits and need
state-ID or student context so they do not swallow phone numbers.
"""
from __future__ import annotations

import regex

from .base import FLAGS, Recognizer, Rx, register

_NOT_IDS = ("room", "rm", "bus", "page", "pg", "jersey", "zip", "order", "invoice", "tracking",
            "confirmation", "ticket", "flight", "case", "$", "usd", "model", "serial", "version",
            "isbn", "route", "extension", "ext", "call", "text", "cell", "phone", "fax", "passcode",
            "zoom", "job id", "job #", "job number", "posting #", "posting number", "match id", "match #",
            "match number", "game id", "league id", "team id")


# The words that name a student number right before it: "Student 417714", "student ID is 4471203",
# "OSIS 209345678" (another district's format, any length).
_NAMED = (r"\b(?:(?:student|stu)(?:\s+(?:id|number|no\.?|num))?|osis|nyssis|ssid|sasid|state\s+student\s+id)"
          r"\s*#?\s*(?:is\s+|[:=]\s*)?")
_NAMED_RX = regex.compile(_NAMED + "$", FLAGS)
# "León's is 34209", "yours is 30418", "Luz, your number is …": the number points back to what a
# sentence or two before named ("the lunch PIN list is in the top drawer").
_POINTS_BACK = regex.compile(r"(?:\b\p{L}+['’]s|\byours|\bhers|\bhis|\byour\s+(?:number|pin|code|id|#))"
                             r"(?:\s+(?:is|was)\b)?\s*[:=]?\s*$", FLAGS)
BACK_REACH = 160


def _named_before(recognizer: Recognizer, text: str, start: int) -> list[str]:
    """The context words of the sentences before a number that points back to them."""
    if recognizer._context_rx is None or not _POINTS_BACK.search(text[max(0, start - 30):start]):
        return []
    return [m.group(0).lower() for m in recognizer._context_rx.finditer(text[max(0, start - BACK_REACH):start])][-1:]


@register
class LocalStudentId(Recognizer):
    name = "student_id_local"
    label = "STUDENT_ID"
    patterns = (Rx("six_digits", r"(?<![\d.,$-])\d{6}(?![\d-]|\.\d|,\d)", 0.2),
                Rx("prefixed", r"(?<=\b(?:id|ID)[ \t]{0,2}#?[ \t]{0,2}[:=]?[ \t]{0,2})[A-Z]{1,2}\d{5,8}\b", 0.2),
                # Any length right after the words that name it: "Student 417714 was caught",
                # "student ID is 4471203", "OSIS 209345678" (another district's format).
                Rx("named", r"(?<=" + _NAMED + r")\d{5,10}(?![\d-])", 0.6),
                # Library and SIS numbers with a letter prefix, "P997219", "HV25217": only with ID context.
                Rx("letters_digits", r"(?-i:(?<![\w-])[A-Z]{1,3}\d{5,7}(?![\w-]))", 0.2))
    context = ("id", "id#", "id #", "ids", "student number", "student no", "student #", "student num",
               "student id", "stu id", "sis", "powerschool", "infinite campus", "lunch number",
               "lunch pin", "lunch code", "lunch account", "cafeteria number", "badge", "id number",
               "student account", "login id", "username", "user name", "user id", "userid", "osis",
               "number is", "his number", "her number", "sid",
               "lunch acct", "acct", "account number", "lunch accounts", "student #", "students #",
               "student numbers", "student ids", "id numbers", "sasid", "barcode",
               "barcodes", "patron", "patrons", "library card", "card number", "card #", "roster")
    negative_context = _NOT_IDS
    requires_context = True
    sentence_window = 160  # "ID numbers for the tournament roster: Fang 544606, Yeva 544606"

    def validate(self, value, text, start, end):
        # "student #220915 and #361554": a '#' right before six digits carries the context along.
        return 0.35 if start > 0 and text[start - 1] == "#" else 0.0

    def context_words(self, text, start, end):
        words = super().context_words(text, start, end)
        if words:
            return words
        named = _NAMED_RX.search(text[max(0, start - 40):start])
        if named:
            return [named.group(0).strip().lower()]
        return ["#"] if start > 0 and text[start - 1] == "#" else _named_before(self, text, start)


@register
class LibraryBarcode(Recognizer):
    """Library patron barcodes: 14 digits starting with 2 (Codabar), often printed "2 9187 62667 1745".
    The number names a student's library account, so a list of them beside names is a list of IDs."""
    name = "library_barcode"
    label = "STUDENT_ID"
    patterns = (Rx("patron", r"(?<![\d-])2 ?\d{4} ?\d{5} ?\d{4}(?![\d-])", 0.3),)
    context = ("barcode", "barcodes", "library", "patron", "patrons", "card", "checkout", "check out",
               "checked out", "overdue", "items", "books")
    negative_context = _NOT_IDS
    requires_context = True
    sentence_window = 160  # "checkout sheet for the 2nd grade station: Heather 2 9187 74071 5584, ..."


@register
class NamedStudentId(Recognizer):
    """Six digits right after a capitalised full name — "Anthony Gray (457914)", "Homero León 596457 —",
    a roster line "Adriana Casillas 639115" — is how SIS exports and office notes write a student's
    ID, with no "ID" word to give context."""
    name = "student_id_after_name"
    label = "STUDENT_ID"
    patterns = (Rx("after_name", r"(?-i:(?<=\b\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+\s?[(#]?\s?))"
                                 r"\d{6}(?=\)|\s+[—–-]|\s*[,;:]|[ \t]*(?:\n|$))", 0.6),)
    negative_context = _NOT_IDS


@register
class LunchPin(Recognizer):
    name = "lunch_pin"
    label = "STUDENT_ID"
    patterns = (Rx("pin", r"(?<![\d.,$-])\d{4,5}(?![\d-])", 0.2),)
    context = ("lunch pin", "lunch number", "lunch numbers", "lunch code", "lunch #", "lunch account",
               "lunch acct", "cafeteria pin", "cafeteria number", "cafeteria code", "meal pin", "meal number",
               "pin", "pins", "pin #", "pin number", "keypad number", "library pin")
    negative_context = _NOT_IDS + ("door", "alarm", "gate", "wifi", "phone", "atm", "debit", "bank")
    requires_context = True
    window_before = 40
    window_after = 0
    sentence_window = 160  # "lunch numbers for my homeroom kids: Maria 1617, Annamaria 14410"

    def context_words(self, text, start, end):
        return super().context_words(text, start, end) or _named_before(self, text, start)

    def validate(self, value, text, start, end):
        # A four-digit year is a year, not a PIN, unless the context names a student's account.
        before = (self.before(text, start) + " " + " ".join(_named_before(self, text, start))).lower()
        if not any(w in before for w in ("lunch", "cafeteria", "meal", "library")):
            return None
        return 0.0


@register
class StateStudentId(Recognizer):
    name = "nyssis_id"
    label = "STUDENT_ID"
    patterns = (Rx("ten_digits", r"(?<![\d.,$+()-])\d{10}(?![\d-])", 0.3),)
    context = ("nyssis", "state id", "state student id", "ssid", "student id", "id", "id#",
               "student number", "state number", "osis", "nysed id", "student #")
    negative_context = _NOT_IDS
    requires_context = True

    def context_words(self, text, start, end):
        return super().context_words(text, start, end) or _named_before(self, text, start)
