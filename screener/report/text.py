"""Human-readable report for one draft: verdict, why (policy clause), each finding, the fix."""
from __future__ import annotations

from ..types import Report

COLOURS = {"block": "\033[1;31m", "review": "\033[1;33m", "pass": "\033[1;32m"}
HIGHLIGHT = "\033[1;4;35m"
RESET = "\033[0m"


def render(report: Report, text: str, *, colour: bool = False, evidence: bool = False,
           fix: bool = False, kind: str | None = "personal", rewrite: Report | None = None) -> str:
    """``kind``: the draft's; a draft of unknown kind is not checked for a disclaimer, so say how to.
    ``rewrite``: the safe rewrite's own report (Screener.screen_rewrite), so that a rewrite that still
    needs work is not posted as if it were safe."""
    c = (lambda code, s: f"{code}{s}{RESET}") if colour else (lambda code, s: s)
    lines = [c(COLOURS[report.verdict], f"Verdict: {report.verdict.upper()}")]
    if report.reasons:
        lines.append("Why:")
        lines += [f"  - {why}" for why in report.reasons]
    if report.policy:
        lines.append("Policy:")
        lines += [f"  - {clause}" for clause in report.policy]
    if report.findings:
        lines.append("")
        lines.append("Draft, with what was found marked:" if not evidence else "Draft, with findings highlighted:")
        lines.append("  " + _marked(text, report, c, evidence).rstrip().replace("\n", "\n  "))
        lines.append("")
        lines.append("Findings:")
        for f in report.findings:
            what = f" {text[f.start:f.end]!r}" if evidence else ""
            ctx = f"; context: {', '.join(f.context)}" if f.context else ""
            lines.append(f"  {f.label}{what} at {f.start}-{f.end} (score {f.score:.2f}, {f.recognizer}: "
                         f"{f.reason}{ctx})")
    if report.categories:
        lines.append(f"Sensitive categories: {', '.join(report.categories)}")
    d = report.disclaimer
    if d.required:
        lines.append(f"Personal-views disclaimer: {'present' if d.present else 'MISSING'}")
        if d.suggestion:
            lines.append(f"  add, for example: {d.suggestion}")
    elif kind is None:
        lines.append("Personal-views disclaimer: not checked (kind unknown; --kind personal checks it)")
    if fix and report.redacted is not None:
        lines.append("")
        if rewrite is None:
            lines.append("Safe rewrite:")
        elif rewrite.verdict == "pass":
            lines.append("Safe rewrite (screened again: PASS):")
        else:
            lines.append(c(COLOURS[rewrite.verdict], f"Safe rewrite (screened again: {rewrite.verdict.upper()}: "
                           f"{'; '.join(rewrite.reasons)}; edit it before posting):"))
        lines.append("  " + report.redacted.rstrip().replace("\n", "\n  "))
    elif (report.findings or d.suggestion) and not fix:
        lines.append("")
        lines.append("Run with --fix for a safe rewrite.")
    return "\n".join(lines)


def _marked(text: str, report: Report, c, evidence: bool) -> str:
    out, pos = [], 0
    for f in report.findings:
        out.append(text[pos:f.start])
        out.append(c(HIGHLIGHT, text[f.start:f.end] if evidence else f"[{f.label}]"))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
