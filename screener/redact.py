"""Safe rewrite: presidio-anonymizer with one operator per label from rules/redaction.yaml, then the
sentences that still carry a sensitive detail taken out."""
from __future__ import annotations

import re
from typing import Callable

from .recognizers.base import SENTENCE_END
from .types import Finding


def _initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", name) if p[:1].isalpha()]
    return "".join(p[0].upper() + "." for p in parts) or "[name]"


class Redactor:
    def __init__(self, rules):
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig

        self.engine = AnonymizerEngine()
        self.operators = {}
        for label, op in rules.operators.items():
            if op.type == "replace":
                cfg = OperatorConfig("replace", {"new_value": op.new_value})
            elif op.type == "redact":
                cfg = OperatorConfig("redact", {})
            elif op.type == "mask":
                cfg = OperatorConfig("mask", {"masking_char": "*", "chars_to_mask": 1000, "from_end": False})
            elif op.type == "initials":
                cfg = OperatorConfig("custom", {"lambda": _initials})
            else:
                cfg = OperatorConfig("keep", {})
            self.operators[label] = cfg

    def redact(self, text: str, findings: list[Finding]) -> str:
        from presidio_anonymizer.entities import RecognizerResult

        if not findings:
            return text
        results = [RecognizerResult(f.label, f.start, f.end, f.score) for f in findings]
        out = self.engine.anonymize(text=text, analyzer_results=results, operators=self.operators).text
        # Removing a secret can leave "pw is  ." — tidy doubled spaces the removal created.
        return re.sub(r"[ \t]{2,}", " ", out).strip()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence's (start, end), its ending punctuation or line break included."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def without_sentences(text: str, drop: list[tuple[int, int]], placeholder: str) -> str:
    """The text with these sentences (sorted spans) replaced by the placeholder, once for a run of
    them on one line; line breaks kept."""
    out, pos, run_end = [], 0, -1
    for s, e in drop:
        body = text[s:e]
        out.append(text[pos:s])
        if not (s == run_end and not text[s - 1:s] == "\n"):
            out.append(body[:len(body) - len(body.lstrip())] + placeholder)
        if body.endswith("\n"):
            out.append("\n")
        pos = run_end = e
    out.append(text[pos:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()


def drop_sensitive(text: str, sensitive_many: Callable[[list[str]], list[bool]],
                   has_cue: Callable[[str], bool], placeholder: str) -> str:
    """The rewrite with the sentences that carry a sensitive detail taken out, fewest first.

    Replacing a student's name leaves "she finally got her IEP accommodations" about a child her
    teacher's followers can still pick out: the categories still apply, and the "safe" rewrite
    would block if screened again. So: the sentences a category applies to on their own; then also
    every sentence with a category cue; then, if the post as a whole still carries one (the detail
    is spread over sentences), nothing but the placeholder."""
    if not sensitive_many([text])[0]:
        return text
    spans = sentence_spans(text)
    alone = sensitive_many([text[s:e] for s, e in spans])
    cued = [a or has_cue(text[s:e]) for a, (s, e) in zip(alone, spans)]
    for flags in (alone, cued):
        if any(flags):
            rest = without_sentences(text, [sp for sp, f in zip(spans, flags) if f], placeholder)
            if not sensitive_many([rest])[0]:
                return rest
    return placeholder
