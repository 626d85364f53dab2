"""Hand-made posts and reports for the writer tests: no model, just the dataclasses.

The texts put an astral-plane emoji before findings (2 UTF-16 code units, 1 Python index), HTML
metacharacters in text, evidence and handles, and a matched value that a spreadsheet would read as
a formula — the cases each writer must get right.
"""
from __future__ import annotations

import io

from screener.types import Disclaimer, Finding, Post, Report

BLOCK_TEXT = "🎉 So proud of Liam Ortiz! Call his mom at 845-555-0143 <b>now</b>"
REVIEW_TEXT = "Honestly the district budget vote is ridiculous & <i>wrong</i>."
PASS_TEXT = "Great win tonight, Falcons!"
CRED_TEXT = "Staff Wi-Fi password is =Tr0ub4dor&3 <x>"
NAME_TEXT = "Go Maya! 🏀 Proud of you."

# Every matched value, as it must never appear in output without evidence.
SECRETS = ("Liam Ortiz", "845-555-0143", "Tr0ub4dor", "Maya")
POLICY = "Personal Social Media Use: no confidential, private or sensitive information"
DISCLAIMER_CLAUSE = "Personal Social Media Use: personal views disclaimer"


def _finding(text: str, value: str, label: str, score: float, recognizer: str, reason: str,
             **kw) -> Finding:
    start = text.index(value)
    return Finding(label=label, start=start, end=start + len(value), score=score, reason=reason,
                   recognizer=recognizer, text=value, **kw)


def samples() -> list[tuple[Post, Report]]:
    p1 = Post(id="p-1", text=BLOCK_TEXT, kind="personal",
              account={"handle": "@ms_rivera", "created": "2024-03-15T10:00:00Z"})
    r1 = Report(id="p-1", verdict="block",
                findings=(_finding(BLOCK_TEXT, "Liam Ortiz", "STUDENT_NAME", 0.93, "roster", "roster match (full)",
                                   context=("proud",)),
                          _finding(BLOCK_TEXT, "845-555-0143", "PHONE_NUMBER", 0.8512, "phone",
                                   "pattern us_phone with context 'call'")),
                categories=("FAMILY",), disclaimer=Disclaimer(required=False, present=False),
                policy=(POLICY,), reasons=("A student is named with family information.",),
                redacted="🎉 So proud of L.O.! Call his mom at [phone] <b>now</b>")

    p2 = Post(id="p-2", text=REVIEW_TEXT, kind="personal",
              account={"handle": "@ms_rivera", "created": 1709251200})  # 2024-03-01 UTC
    r2 = Report(id="p-2", verdict="review", findings=(), categories=(),
                disclaimer=Disclaimer(required=True, present=False, suggestion="Views are my own."),
                policy=(DISCLAIMER_CLAUSE,), reasons=("Personal post about the district without a disclaimer.",))

    p3 = Post(id="p-3", text=PASS_TEXT, kind="official", account=None)
    r3 = Report(id="p-3", verdict="pass", findings=(), categories=(),
                disclaimer=Disclaimer(required=False, present=False), policy=())

    p4 = Post(id="=p/4 x", text=CRED_TEXT, kind="personal",
              account={"handle": "<script>alert(1)</script>", "created": "2023-11-02"})
    r4 = Report(id="=p/4 x", verdict="block",
                findings=(_finding(CRED_TEXT, "=Tr0ub4dor&3", "CREDENTIAL", 0.99, "credential",
                                   "pattern password_is with context 'password'"),),
                categories=("SECURITY",), disclaimer=Disclaimer(required=False, present=False),
                policy=(POLICY,), reasons=("A credential is shared.",))

    p5 = Post(id="p-5", text=NAME_TEXT, kind="personal", account={"handle": "@coach"})
    r5 = Report(id="p-5", verdict="review",
                findings=(_finding(NAME_TEXT, "Maya", "STUDENT_NAME", 0.71, "names", "named entity; with school context",
                                   opt_out=True),),
                categories=(), disclaimer=Disclaimer(required=False, present=False),
                policy=("Directory information: consent",), reasons=("A student is named.",))
    return [(p1, r1), (p2, r2), (p3, r3), (p4, r4), (p5, r5)]


def run(writer_cls, pairs=None, *, evidence: bool = False, summary: dict | None = None) -> str:
    """Drive a writer over ``pairs`` (default: samples()) and return what it wrote."""
    out = io.StringIO()
    writer = writer_cls(out, evidence=evidence)
    for post, report in (samples() if pairs is None else pairs):
        writer.write(report, post)
    writer.close(summary)
    assert not out.closed  # the caller owns the stream
    return out.getvalue()
