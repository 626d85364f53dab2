"""Whose contact detail is it? A person's phone number, mailbox or home address is confidential; an
organisation's is published for anyone to use. district.yaml lists this district's own; the cues of
recognizers.yaml (``public_contacts``) cover the rest: another district's main office, a hotline, the
venue of a game, boosters@ of any club.
"""
from __future__ import annotations

import regex

from .base import FLAGS, compile_terms

# Where the words before a match stop describing it: another number or mailbox, or a clause boundary.
# A heading's colon is not one when only "call" stands after it: "Screening appointments: call …".
_BOUNDARY = regex.compile(r"\d{3,}|\S+@\S+|[;!?\n]|[.,]\s|:\s(?!\s*(?:please\s+)?(?:call|text|dial|phone)"
                          r"(?:\s+(?:us|or\s+text|or\s+call))?(?:\s+(?:at|on))?\s*$)", FLAGS)
# "Call them at", "their number is": the owner is whoever the clause before names.
_THEM = regex.compile(r"\b(?:call|text|reach|contact|email|phone|ring)\s+them\b|\btheir\s+(?:number|phone|line|"
                      r"office|address|cell|main\s+number)\b", FLAGS)
# A website in the clause is an organisation's: "learn more at hvcsd.org/prek or call …".
_WEBSITE = regex.compile(r"(?<![@\w.-])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:org|com|edu|gov|net|us|info)\b(?:/\S*)?", FLAGS)
# What may follow a number and still describe it: "(main office)", "(my cell)", "ext. 214".
_AFTER = regex.compile(r"\s*(?:\([^)\n]{0,40}\)|ext\b|extension\b)", FLAGS)
_LAST_WORDS = regex.compile(r"(?:\S+\s+){0,2}$")


def _last_clause(before: str) -> str:
    cut = [m.end() for m in _BOUNDARY.finditer(before.rstrip(",:"))]
    return before[cut[-1]:] if cut else before


class ContactOwner:
    """The word nearest the match decides: an organisation word ("the main office at", "Lincoln
    Elementary,", "(front desk)") makes it the organisation's; a personal word ("my cell", "her
    house", "mom's") or an organisation word a person owns ("my office line") or that is negated
    ("call me, not the office") makes it a person's. A few words make it a person's wherever they
    stand in the clause ("cell", "address"). No word at all leaves it to the recognizer."""

    def __init__(self, rules=None):
        self.window = rules.window if rules else 0
        self.toll_free = frozenset(rules.toll_free_area_codes) if rules else frozenset()
        self.role_mailboxes = frozenset(_mailbox_key(m) for m in rules.role_mailboxes) if rules else frozenset()
        self._org = compile_terms(rules.organisation_words) if rules else None
        self._personal = compile_terms(rules.personal_words) if rules else None
        self._person_only = compile_terms(rules.person_only_words) if rules else None
        self._negation = compile_terms(rules.negations) if rules else None

    @classmethod
    def for_config(cls, config) -> "ContactOwner":
        """The cues of a loaded rules directory; none without one."""
        return cls(config.recognizers.public_contacts if config is not None else None)

    def toll_free_number(self, digits: str) -> bool:
        """1-800-…, 888, 877: an organisation's line, never a person's phone."""
        d = digits[-10:]
        return len(d) == 10 and d[:3] in self.toll_free

    def role_mailbox(self, address: str) -> bool:
        """info@, front.office@, pta2025@ of any domain: a mailbox for a role, not a person. Only the
        whole name counts: booster.club.mom@ is a parent."""
        return _mailbox_key(address.split("@", 1)[0]) in self.role_mailboxes

    def organisations(self, text: str, start: int, end: int) -> bool:
        """Only the words that describe the match count: a parenthesis or "ext." right after it, or
        the clause before it up to another number, mailbox or clause boundary."""
        if self._org is None or not self.window:
            return False
        tail = _AFTER.match(text, end)
        if tail:
            owner = self._owner(tail.group(0))
            if owner is not None:
                return owner
        before = text[max(0, start - self.window):start].rstrip()
        if before.endswith((".", ";", "!", "?")):
            return False  # the sentence before it has ended
        # "Lincoln Elementary, 450 Oak St", "District office: 555-0110" are one clause.
        clause = _last_clause(before)
        owner = self._owner(clause)
        if owner is None and _THEM.search(clause):
            # "Kowalski Electric is hiring! Call them at …": they are whoever the clause before names.
            at = max(0, start - self.window) + len(before) - len(clause)
            owner = self._owner(_last_clause(text[max(0, at - self.window):at].rstrip(" ,:;.!?\n")))
        return bool(owner)

    def _owner(self, words: str) -> bool | None:
        """True: an organisation's; False: a person's; None: nothing says."""
        if self._person_only is not None and self._person_only.search(words):
            return False  # "Gloria's cell for the hotel block is", "the address you gave the office"
        cues = [(m.end(), False) for m in self._personal.finditer(words)] if self._personal else []
        for m in [*self._org.finditer(words), *_WEBSITE.finditer(words)]:
            lead = _LAST_WORDS.search(words[:m.start()]).group(0)
            if self._negation is not None and self._negation.search(lead):
                continue  # "not the office"
            person = self._personal is not None and self._personal.search(lead)
            cues.append((m.end(), not person))  # "my office line" is a person's
        return max(cues)[1] if cues else None


def _mailbox_key(local: str) -> str:
    """"front.office", "Front_Office2" and "frontoffice" are one mailbox."""
    return regex.sub(r"[._+-]|\d+$", "", local.lower())
