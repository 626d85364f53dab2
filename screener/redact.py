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
        return _tidy(out)


def _tidy(text: str) -> str:
    """What a removal leaves: no runs of spaces, no space at the ends."""
    return re.sub(r"[ \t]{2,}", " ", text).strip()


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
        if s != run_end or text[s - 1:s] == "\n":  # not the next of a run on one line
            out.append(body[:len(body) - len(body.lstrip())] + placeholder)
        if body.endswith("\n"):
            out.append("\n")
        pos = run_end = e
    out.append(text[pos:])
    return _tidy("".join(out))


def drop_sensitive(texts: list[str], sensitive_many: Callable[[list[str]], list[bool]],
                   has_cue: Callable[[str], bool], placeholder: str,
                   known: list[bool] | None = None) -> list[str]:
    """Each rewrite with the sentences that carry a sensitive detail taken out, fewest first.

    Replacing a student's name leaves "she finally got her IEP accommodations" about a child her
    teacher's followers can still pick out: the categories still apply, and the "safe" rewrite
    would block if screened again. So: the sentences a category applies to on their own; then also
    every sentence with a category cue; then, if the post as a whole still carries one (the detail
    is spread over sentences), nothing but the placeholder. ``sensitive_many`` is called once per
    step for the whole batch. ``known``: the texts already known to carry a category (unchanged
    since they were judged), which are not judged again."""
    out = list(texts)
    known = known or [False] * len(texts)
    again = [i for i, k in enumerate(known) if not k]
    hits = dict(zip(again, sensitive_many([texts[i] for i in again]))) if again else {}
    todo = [i for i in range(len(texts)) if known[i] or hits.get(i)]
    spans = {i: sentence_spans(texts[i]) for i in todo}
    flat = [texts[i][s:e] for i in todo for s, e in spans[i]]
    alone_flat = iter(sensitive_many(flat) if flat else [])
    alone = {i: [next(alone_flat) for _ in spans[i]] for i in todo}
    cued = {i: [a or has_cue(texts[i][s:e]) for a, (s, e) in zip(alone[i], spans[i])] for i in todo}
    for flags in (alone, cued):
        tried = {i: without_sentences(texts[i], [sp for sp, f in zip(spans[i], flags[i]) if f], placeholder)
                 for i in todo if any(flags[i])}
        still = dict(zip(tried, sensitive_many(list(tried.values())))) if tried else {}
        for i, hit in still.items():
            if not hit:
                out[i] = tried[i]
        todo = [i for i in todo if still.get(i, True)]
    for i in todo:
        out[i] = placeholder
    return out
