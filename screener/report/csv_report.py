"""CSV: one row per finding, plus one row for each post with no findings.

Columns: post_id, verdict, label, start, end, score, recognizer, reason, categories, disclaimer_required,
disclaimer_present, policy — and ``evidence`` (the matched text) only when evidence is asked for.
Offsets are Python ``str`` indices into the post text, as in the JSON output. Lists (categories,
policy) are joined with "; ". Booleans are ``true``/``false``. A no-findings row leaves the finding
columns empty.

Text cells that a spreadsheet would read as a formula (starting with = + - @, tab or CR) get a
leading apostrophe: posts are untrusted input, and this file is made to be opened in Excel.
"""
from __future__ import annotations

import csv
from typing import TextIO

from ..types import Finding, Post, Report

COLUMNS = ("post_id", "verdict", "label", "start", "end", "score", "recognizer", "reason", "categories",
           "disclaimer_required", "disclaimer_present", "policy")
EVIDENCE_COLUMN = "evidence"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _bool(value: bool) -> str:
    return "true" if value else "false"


def evidence_text(finding: Finding, post: Post | None) -> str:
    """The matched text: the finding's own copy, else the post's slice."""
    if finding.text:
        return finding.text
    if post is not None and 0 <= finding.start <= finding.end <= len(post.text):
        return post.text[finding.start:finding.end]
    return ""


class CsvWriter:
    def __init__(self, out: TextIO, evidence: bool = False) -> None:
        self.out = out
        self.evidence = evidence
        # "\n", not the csv default "\r\n": ``out`` is usually a text stream (stdout) that may translate
        # newlines itself. Fields with newlines are quoted, so rows stay unambiguous.
        self._csv = csv.writer(out, lineterminator="\n")
        self._header = False

    def _start(self) -> None:
        if not self._header:
            self._csv.writerow(COLUMNS + ((EVIDENCE_COLUMN,) if self.evidence else ()))
            self._header = True

    def write(self, report: Report, post: Post | None = None) -> None:
        self._start()
        tail = [
            _cell("; ".join(report.categories)),
            _bool(report.disclaimer.required),
            _bool(report.disclaimer.present),
            _cell("; ".join(report.policy)),
        ]
        head = [_cell(report.id), report.verdict]
        if not report.findings:
            self._csv.writerow(head + ["", "", "", "", "", ""] + tail + ([""] if self.evidence else []))
            return
        for f in report.findings:
            row = head + [_cell(f.label), f.start, f.end, round(f.score, 3), _cell(f.recognizer),
                          _cell(f.reason)] + tail
            if self.evidence:
                row.append(_cell(evidence_text(f, post)))
            self._csv.writerow(row)

    def close(self, summary: dict | None = None) -> None:
        self._start()  # an empty scan still gets its header
        self.out.flush()
