"""E-mail addresses. Our own pattern: Presidio's needs tldextract, which would reach the network."""
from __future__ import annotations

from .base import Recognizer, Rx, register


@register
class EmailAddress(Recognizer):
    name = "email"
    label = "EMAIL_ADDRESS"
    patterns = (Rx("email", r"(?<![\w.+-])[a-z0-9][\w.+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b", 0.85),)
    context = ("email", "e-mail", "mail", "contact", "reach", "at")

    def setup(self, config):
        self.public = set()
        if config is not None:
            d = config.district.district
            self.public = {e.lower() for e in d.public_emails} | {
                s.email.lower() for s in d.schools if s.email}

    def validate(self, value, text, start, end):
        return None if value.lower() in self.public else 0.0
