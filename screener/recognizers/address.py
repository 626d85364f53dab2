"""Home street addresses: house number + street name + suffix, optional direction and unit.

School and district addresses from the rules are public and not findings, nor is an address a venue or
school is named beside.
"""
from __future__ import annotations

import re

from ..classify.name_features import institution_stem
from .base import Recognizer, Rx, register
from .ownership import ContactOwner

SUFFIXES = (
    "street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|terrace|ter|"
    "circle|cir|parkway|pkwy|highway|hwy|trail|trl|turnpike|tpke|square|sq|loop|path|pike|run|row|"
    "crescent|cres|alley|aly|heights|hts|point|pt|ridge|hollow|holw|crossing|xing|extension|ext"
)
_WORD = r"(?:[A-Za-z][A-Za-z'’.-]*|\d+(?:st|nd|rd|th))"
ADDRESS = (
    r"(?<![\w#$.,:/-])(?P<v>\d{1,6}[A-Za-z]?\s+"
    r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
    r"(?:" + _WORD + r"\s+){0,3}" + _WORD + r"\s+"
    r"(?:" + SUFFIXES + r")\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|#|suite|ste|fl|floor|lot)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b)?)"
)
_NOT_STREET_WORDS = re.compile(
    r"\b(?:times?|points?|games?|wins?|pts|yards?|goals?|kids?|students?|minutes?|hours?|days?|"
    r"weeks?|years?|miles?|laps?|reps?|books?|pages?|grade|graders?|period|am|pm|and|or|the|of|to|"
    r"for|in|on|at|with|my|our|his|her|their|your|is|are|was|were|if|a|an|this|that|we|you|i|it|dozen|dozens|"
    r"run|runs|ran|go|goes|went|along|across|near|past|around|through|from|by|off|onto|into|"
    r"en|y|para|por|con|em|et)\b", re.I)  # and Spanish, Portuguese, French ones: "de 7 a 8 en Maple Ridge"


_LONG_SUFFIX = {"street": "st", "avenue": "ave", "road": "rd", "lane": "ln", "drive": "dr", "court": "ct",
                "boulevard": "blvd", "place": "pl", "terrace": "ter", "circle": "cir", "parkway": "pkwy",
                "highway": "hwy", "north": "n", "south": "s", "east": "e", "west": "w"}
_ABBREVIATIONS = {"apt.", "ste.", "fl.", "no.", "st.", "ave.", "rd.", "ln.", "dr.", "ct.", "blvd.", "pl.",
                  "ter.", "cir.", "pkwy.", "hwy.", "n.", "s.", "e.", "w.", "mt.", "ft."}


def _norm(s: str) -> str:
    words = [_LONG_SUFFIX.get(w, w) for w in re.findall(r"[a-z0-9]+", s.lower())]
    return "".join(words)


@register
class StreetAddress(Recognizer):
    name = "street_address"
    label = "STREET_ADDRESS"
    patterns = (Rx("us_street", ADDRESS, 0.6),
                Rx("numbered_route", r"(?<![\w#$.,:/-])(?P<v>\d{1,6}\s+(?:(?:state|county|us)\s+)?(?:route|rte|rt|highway|hwy)\s+"
                   r"\d{1,4}[A-Za-z]?\b(?:,?\s*(?:apt|apartment|unit|#|suite|ste|lot)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b)?)", 0.6))
    context = ("lives", "live", "living", "address", "house", "home", "moved", "staying", "drop off",
               "dropoff", "pick up", "pickup", "apt", "apartment", "located", "at")
    negative_context = ("room", "rm", "page", "bus", "route", "chapter", "jersey")
    negative_window_before = 6

    def setup(self, config):
        public, schools = [], []
        if config is not None:
            d = config.district.district
            public = list(d.public_addresses) + [s.address for s in d.schools if s.address]
            schools = [institution_stem(s.name) for s in d.schools]
        self.public = {_norm(a) for a in public}
        # "all 15 Maple Ridge Science Olympians": a number before a school's own name (Maple Ridge
        # Middle School) ending in a street word is a count of that school's people, not an address.
        self.schools = {_norm(s) for s in schools} - {""}
        self.owner = ContactOwner.for_config(config)

    def validate(self, value, text, start, end):
        number, rest = value.split(None, 1)
        words = rest.split()
        if any(_NOT_STREET_WORDS.fullmatch(w.strip(".,")) for w in words[:-1]):
            return None
        if any(w.endswith(".") and len(w) > 3 and w.lower() not in _ABBREVIATIONS for w in words[:-1]):
            return None  # a sentence ended inside the match
        if _norm(value) in self.public or any(_norm(value).startswith(p) for p in self.public):
            return None
        if _norm(rest) in self.schools:
            return None
        if self.owner.organisations(text, start, end):
            return None  # "Lincoln Elementary, 450 Oak St", "the Civic Center, 200 Main St": a venue's
        # Street names are written capitalised; an all-lowercase one needs context to count.
        if not any(w[0].isupper() for w in words[:-1] if w[0].isalpha()):
            return -0.2
        return 0.0
