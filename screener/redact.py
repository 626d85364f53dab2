"""Safe rewrite: presidio-anonymizer with one operator per label from rules/redaction.yaml."""
from __future__ import annotations

import re

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
