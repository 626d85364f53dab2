"""decide(): turn findings, categories and the disclaimer check into a verdict with its reasons.

Pure: the rules come from rules/policy.yaml, nothing else is read.
"""
from __future__ import annotations

from .types import Disclaimer, Finding

RANK = {"pass": 0, "review": 1, "block": 2}


def decide(findings: list[Finding], categories: list[str], disclaimer: Disclaimer,
           kind: str | None, policy) -> tuple[str, list[str], list[str]]:
    """Return (verdict, cited clauses, plain-words reasons) under the district's policy rules."""
    verdict, clauses, reasons = "pass", [], []
    post_kind = kind or "unknown"
    for rule in policy.rules:
        if rule.kind and post_kind not in rule.kind:
            continue
        if rule.labels:
            hits = [f for f in findings if f.label in rule.labels and f.score >= rule.min_score
                    and (rule.opt_out is None or f.opt_out == rule.opt_out)]
            if not hits:
                continue
        if rule.categories and not set(rule.categories) & set(categories):
            continue
        if rule.any_category and not categories:
            continue
        if rule.missing_disclaimer and not (disclaimer.required and not disclaimer.present):
            continue
        clause = policy.clauses[rule.clause]
        if clause not in clauses:
            clauses.append(clause)
        reasons.append(rule.why)
        if RANK[rule.verdict] > RANK[verdict]:
            verdict = rule.verdict
    return verdict, clauses, reasons
