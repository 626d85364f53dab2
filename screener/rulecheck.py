"""Run the ``examples: {flag, pass}`` embedded in declarative rules: a rule that does not behave as its
author says fails loudly before it screens anyone's posts."""
from __future__ import annotations

from .config import load_config
from .recognizers import RuleRecognizer


def check_examples(rules_dir=None, district=None) -> tuple[list[str], int]:
    cfg = load_config(rules_dir, district)
    failures, total = [], 0
    for rule in list(cfg.recognizers.recognizers) + list(cfg.district.student_id_patterns):
        rec = RuleRecognizer(rule, cfg)
        for text in rule.examples.flag:
            total += 1
            if not rec.analyze(text, [rule.label]):
                failures.append(f"{rule.id}: should flag {text!r}")
        for text in rule.examples.pass_:
            total += 1
            if rec.analyze(text, [rule.label]):
                failures.append(f"{rule.id}: should not flag {text!r}")
    return failures, total
