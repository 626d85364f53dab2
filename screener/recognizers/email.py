"""E-mail addresses. Our own pattern: Presidio's needs tldextract, which would reach the network."""
from __future__ import annotations

from .base import Recognizer, Rx, register
from .ownership import ContactOwner


@register
class EmailAddress(Recognizer):
    name = "email"
    label = "EMAIL_ADDRESS"
    # "@msr_reads@mastodon.social" is a fediverse handle (a Mastodon mention), not an e-mail address.
    patterns = (Rx("email", r"(?<![\w.+@-])[a-z0-9][\w.+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b", 0.85),)
    context = ("email", "e-mail", "mail", "contact", "reach", "at")

    def setup(self, config):
        self.public = set()
        if config is not None:
            d = config.district.district
            self.public = {e.lower() for e in d.public_emails} | {
                s.email.lower() for s in d.schools if s.email}
        self.owner = ContactOwner.for_config(config)

    def validate(self, value, text, start, end):
        if value.lower() in self.public or self.owner.role_mailbox(value):
            return None  # info@, boosters@ of any organisation: published, not a person's
        return 0.0
