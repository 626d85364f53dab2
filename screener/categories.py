"""Sensitive categories from cue lexicons (rules/categories.yaml), gated on an identifiable person.

A cue alone is not enough: "IEP season is exhausting" is general. A category applies when the cue
sits near someone identifiable (a name, a student-ish reference) and the sentence is not a general
statement; SECURITY applies to credentials and district systems instead. A trained classifier
(classify/categories.py) can replace the gate; these cues stay its features.
"""
from __future__ import annotations

import re

import regex

from .recognizers.base import FLAGS, SENTENCE_END

_PERSON_REF = regex.compile(
    r"(?<!\w)(?:he|she|him|his|her|hers|they|them|their|this kid|that kid|this student|the student|"
    r"my student|one of my|a student of mine|my (?:son|daughter|kid)|our (?:goalie|captain|qb|pitcher|"
    r"point guard|starter|keeper)|the (?:freshman|sophomore|junior|senior|new kid|new student|goalie|"
    r"captain|qb|quarterback)|(?:co-?worker|colleague|teacher|aide|para|secretary|custodian|coach)s?"
    r"(?:\s+(?:in|down|across)\s+the\s+hall)?)(?!\w)", FLAGS)
_SECURITY_SYSTEMS = regex.compile(
    r"(?<!\w)(?:server|network|wifi|wi-fi|router|firewall|vpn|camera|cameras|alarm|door|keypad|"
    r"admin|login|account|system|systems|database|sis|powerschool|gradebook|google admin)(?!\w)", FLAGS)


_NEGATED = re.compile(r"\b(?:no|not|never|without)\s+(?:an?\s+)?$", re.I)


def security_anyway(cues: "CategoryCues", text: str, labels: set[str]) -> bool:
    """SECURITY whatever the cues or the model say: a secret or a network detail was found, or a
    district system is named beside its weakness."""
    return bool(labels & {"CREDENTIAL", "NETWORK_INFO"}) or cues.weak_system(text)


def cue_pattern(cues: list[str]) -> re.Pattern:
    """One pattern for a lexicon (``word*`` takes any ending). The standard library's engine: cues are
    literals, so nothing here needs ``regex``, and it finds the same spans a fifth faster (the cues are
    read for every post and, in the safe rewrite, every sentence)."""
    alts = []
    for c in sorted(set(cues), key=len, reverse=True):
        star = c.endswith("*")
        body = re.escape(c.rstrip("*")).replace(r"\ ", r"\s+")
        alts.append(body + (r"\w*" if star else ""))
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE | re.MULTILINE)


class CategoryCues:
    def __init__(self, rules):
        self.rules = rules
        self.cue_rx = {name: cue_pattern(rule.cues) for name, rule in rules.categories.items()}
        self.neg_rx = {name: cue_pattern(rule.negations) for name, rule in rules.categories.items()
                       if rule.negations}
        self.generic_rx = cue_pattern(rules.generic_subjects) if rules.generic_subjects else None
        weak = rules.security_weaknesses
        self.system_rx = cue_pattern(weak.systems) if weak.systems else None
        self.weakness_rx = cue_pattern(weak.weaknesses) if weak.weaknesses else None

    def weak_system(self, text: str) -> bool:
        """A district system named beside its weakness, in one sentence: "the camera over the gym door
        has been dead since March", "the badge reader accepts any card". No secret is in such a post,
        but it tells anyone how to get in: SECURITY. The corpus has few of them (29 of 987 SECURITY
        posts in training carry no credential), too few for the model to learn what a weakness is."""
        if self.system_rx is None:
            return False
        for sentence in SENTENCE_END.split(text):
            if self.system_rx.search(sentence) and any(
                    not _NEGATED.search(sentence[max(0, m.start() - 12):m.start()])
                    for m in self.weakness_rx.finditer(sentence)):
                return True
        return False

    def cues(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Cue spans per category, negated cues removed."""
        out: dict[str, list[tuple[int, int]]] = {}
        for name, rx in self.cue_rx.items():
            spans = []
            for m in rx.finditer(text):
                if _NEGATED.search(text[max(0, m.start() - 12):m.start()]):
                    continue
                neg = self.neg_rx.get(name)
                if neg and neg.search(text[max(0, m.start() - 30):m.start()]):
                    continue
                spans.append(m.span())
            if spans:
                out[name] = spans
        return out

    def decide_many(self, texts: list[str], findings_list) -> list[list[str]]:
        return [self.decide(t, f) for t, f in zip(texts, findings_list)]

    def decide(self, text: str, findings) -> list[str]:
        cues = self.cues(text)
        if not cues:
            return []
        labels = {f.label for f in findings}
        person = "STUDENT_NAME" in labels or bool(_PERSON_REF.search(text)) or "PERSON" in labels
        generic = bool(self.generic_rx and self.generic_rx.search(text))
        out = []
        for name in cues:
            if name == "SECURITY":
                if labels & {"CREDENTIAL", "NETWORK_INFO"} or _SECURITY_SYSTEMS.search(text):
                    out.append(name)
            elif person and not (generic and "STUDENT_NAME" not in labels):
                out.append(name)
        if "SECURITY" not in out and security_anyway(self, text, labels):
            out.append("SECURITY")
        return sorted(out)
