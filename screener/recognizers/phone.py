"""Personal phone numbers in every common US form; the district's published numbers, toll-free lines and
numbers an office or venue is named beside are not findings."""
from __future__ import annotations

import re

from .base import Recognizer, Rx, register
from .ownership import ContactOwner

_SEP = r"[\s.\-\u2013]?"


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


@register
class PhoneNumber(Recognizer):
    name = "phone"
    label = "PHONE_NUMBER"
    patterns = (
        # (845) 555-0143, 845.555.0143, 845-555-0143, +1 845 555 0143, 1-845-555-0143
        Rx("us_formatted",
           r"(?<![\w+-])(?:\+?1" + _SEP + r")?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.\-\u2013])"
           r"[2-9]\d{2}[\s.\-\u2013]\d{4}(?![\d-])", 0.75),
        # 8455550143: ten bare digits could be an ID; context decides
        Rx("us_bare", r"(?<![\d.,$+-])(?:\+?1)?[2-9]\d{2}[2-9]\d{6}(?![\d-])", 0.3),
        # 555-0143: seven digits, only with calling context
        Rx("local_seven", r"(?<![\d(.-])[2-9]\d{2}-\d{4}(?![\d-])", 0.2),
    )
    context = ("call", "calls", "called", "from", "@", "at", "text", "texts", "txt", "cell", "cellphone", "mobile", "phone",
               "ph", "tel", "number", "num", "#", "reach", "contact", "dial", "whatsapp", "signal",
               "fax", "hmu", "ring", "voicemail", "vm", "c:", "m:")
    negative_context = ("id", "nyssis", "student id", "state id", "order", "tracking", "isbn",
                        "confirmation", "case", "account")
    negative_window_before = 20

    def setup(self, config):
        public = []
        if config is not None:
            d = config.district.district
            public = list(d.public_phones) + [s.phone for s in d.schools if s.phone]
        self.public = {digits(p)[-10:] for p in public}
        self.owner = ContactOwner.for_config(config)

    def validate(self, value, text, start, end):
        if len(digits(value)) == 7 and re.search(r"\(?\d{3}\)?[\s.-]?$", text[max(0, start - 6):start]):
            return None  # the tail of a longer number already matched (or deliberately not)
        d = digits(value)[-10:]
        if d in self.public:
            return None
        if len(set(d)) == 1:  # 0000000000 and friends
            return None
        if self.owner.toll_free_number(d) or self.owner.organisations(text, start, end):
            return None  # a hotline, another school's main office: published, not a person's
        return 0.0
