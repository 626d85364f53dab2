"""SARIF 2.1.0: one run, one result per finding, streamed.

Layout (JSON object members are unordered, so the run's ``results`` can come first and ``tool`` —
whose rule list is only known once every post is seen — last)::

    {"$schema": ..., "version": "2.1.0", "runs": [{"columnKind": "unicodeCodePoints", "results": [
    <one result per line>
    ], "tool": {"driver": {"name": "screener", "rules": [...]}}, "invocations": [...], "properties": {...}}]}

Memory holds only the rules seen so far. Each post is an artifact ``post:<percent-encoded id>``, and
also a logical location named by its id. Regions are ``charOffset``/``charLength`` in Unicode code
points (``columnKind``), i.e. Python ``str`` indices, exactly the SPEC offsets.

Results: one per span finding (ruleId = its label), one per sensitive category (ruleId
``CATEGORY_<NAME>``, region = the whole post), one for a missing personal-views disclaimer (ruleId
``DISCLAIMER_MISSING``), and for a block/review post that produced none of those, one ``POST_VERDICT``
result, so every post that needs action is in the log. level: block → error, review → warning,
pass → note. Messages carry the finding's label and reason, never the matched text; with evidence
the matched text goes in ``region.snippet``. ``partialFingerprints`` hash post id, rule and offset,
so they identify a result across runs without revealing the text.
"""
from __future__ import annotations

import hashlib
import json
from typing import TextIO
from urllib.parse import quote

from ..types import Post, Report
from .csv_report import evidence_text

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"block": "error", "review": "warning", "pass": "note"}
FINGERPRINT_KEY = "screenerFinding/v1"

LABEL_TEXT = {
    "STUDENT_NAME": "A student's name (full, first, last, nickname, preferred name or initials).",
    "STUDENT_ID": "A student number, state ID, lunch PIN or locker combination tied to a student.",
    "PHONE_NUMBER": "A personal phone number.",
    "EMAIL_ADDRESS": "A personal or student email address.",
    "STREET_ADDRESS": "A home street address.",
    "DATE_OF_BIRTH": "A person's date of birth.",
    "US_SSN": "A US social security number.",
    "CREDENTIAL": "A password, Wi-Fi key, PIN, door or alarm code, API key or shared login.",
    "NETWORK_INFO": "An internal IP address, hostname, admin URL or VLAN of district systems.",
}
CATEGORY_TEXT = {
    "ACADEMIC": "Grades, scores, failing or retention tied to an identifiable person.",
    "SPECIAL_EDUCATION": "IEP, 504, classification or services tied to an identifiable person.",
    "DISCIPLINE": "Suspension, detention, incidents or police tied to an identifiable person.",
    "HEALTH": "Conditions, medication, injury or mental health tied to an identifiable person.",
    "FAMILY": "Custody, foster care, homelessness, immigration, finances or free/reduced lunch tied to "
              "an identifiable person.",
    "PERSONNEL": "A colleague's evaluation, discipline, leave or complaint.",
    "SECURITY": "Credentials, network, alarm or camera details of district systems.",
}
DISCLAIMER_RULE = "DISCLAIMER_MISSING"
VERDICT_RULE = "POST_VERDICT"


def post_uri(post_id: str) -> str:
    """The artifact URI of a post: ``post:`` and the id, percent-encoded (a valid URI reference)."""
    return "post:" + quote(post_id, safe="")


def fingerprint(post_id: str, rule_id: str, start: int) -> str:
    return hashlib.sha256(f"{post_id}\x00{rule_id}\x00{start}".encode("utf-8")).hexdigest()


def _label_rule(label: str) -> dict:
    full = LABEL_TEXT.get(label, f"A span labelled {label} (an extra label, not one of the SPEC's).")
    return _descriptor(label, f"Confidential information: {label}", full, "error")


def _category_rule(cat: str) -> dict:
    return _descriptor(f"CATEGORY_{cat}", f"Sensitive category: {cat}",
                       CATEGORY_TEXT.get(cat, f"A post in the {cat} category."), "error")


def _disclaimer_rule() -> dict:
    return _descriptor(DISCLAIMER_RULE, "Personal-views disclaimer missing",
                       "A personal post about the district, schools, education, colleagues or the job must "
                       "make clear that the views are personal and not the district's.", "warning")


def _verdict_rule() -> dict:
    return _descriptor(VERDICT_RULE, "Post needs action",
                       "The post was flagged (block or review) for the reasons given in the result.", "warning")


def _descriptor(rule_id: str, short: str, full: str, level: str) -> dict:
    return {"id": rule_id, "name": _camel(rule_id),
            "shortDescription": {"text": short}, "fullDescription": {"text": full},
            "defaultConfiguration": {"level": level}}


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.lower().split("_"))


class SarifWriter:
    def __init__(self, out: TextIO, evidence: bool = False) -> None:
        self.out = out
        self.evidence = evidence
        self._rules: dict[str, tuple[int, dict]] = {}  # rule id -> (index in driver.rules, descriptor)
        self._started = False
        self._first = True
        self._posts = 0

    # ---- streaming ---------------------------------------------------------------------------
    def _start(self) -> None:
        if not self._started:
            self.out.write('{"$schema": ' + json.dumps(SCHEMA_URI) + ', "version": "2.1.0", "runs": [{'
                           '"columnKind": "unicodeCodePoints", "results": [')
            self._started = True

    def _emit(self, result: dict) -> None:
        self.out.write(("\n" if self._first else ",\n") + json.dumps(result, ensure_ascii=False))
        self._first = False

    def _rule_index(self, rule_id: str, make) -> int:
        if rule_id not in self._rules:
            self._rules[rule_id] = (len(self._rules), make())
        return self._rules[rule_id][0]

    # ---- per post ------------------------------------------------------------------------------
    def write(self, report: Report, post: Post | None = None) -> None:
        self._start()
        self._posts += 1
        level = LEVELS.get(report.verdict, "warning")
        emitted = False
        for f in report.findings:
            region = {"charOffset": f.start, "charLength": max(0, f.end - f.start)}
            if self.evidence:
                region["snippet"] = {"text": evidence_text(f, post)}
            props = {"score": round(f.score, 3), "recognizer": f.recognizer}
            if f.context:
                props["context"] = list(f.context)
            if f.opt_out:
                props["media_opt_out"] = True
            index = self._rule_index(f.label, lambda: _label_rule(f.label))
            self._emit(self._result(report, f.label, index, level, f"{f.label}: {f.reason or 'found'}",
                                    region, f.start, props))
            emitted = True
        whole = {"charOffset": 0, "charLength": len(post.text)} if post is not None else None
        for cat in report.categories:
            rule_id = f"CATEGORY_{cat}"
            index = self._rule_index(rule_id, lambda: _category_rule(cat))
            text = f"Sensitive category {cat}: {CATEGORY_TEXT.get(cat, 'sensitive information.')}"
            self._emit(self._result(report, rule_id, index, level, text, whole, 0, {}))
            emitted = True
        d = report.disclaimer
        if d.required and not d.present:
            text = "Personal post about the district or the job without a personal-views disclaimer."
            if d.suggestion:
                text += f" Add, for example: {d.suggestion}"
            index = self._rule_index(DISCLAIMER_RULE, _disclaimer_rule)
            self._emit(self._result(report, DISCLAIMER_RULE, index, level, text, None, 0, {}))
            emitted = True
        if not emitted and report.verdict in ("block", "review"):
            why = "; ".join(report.reasons) or report.error or f"post needs {report.verdict}"
            index = self._rule_index(VERDICT_RULE, _verdict_rule)
            self._emit(self._result(report, VERDICT_RULE, index, level,
                                    f"Post flagged for {report.verdict}: {why}", None, 0, {}))

    def _result(self, report: Report, rule_id: str, index: int, level: str, text: str,
                region: dict | None, start: int, props: dict) -> dict:
        physical: dict = {"artifactLocation": {"uri": post_uri(report.id)}}
        if region is not None:
            physical["region"] = region
        props = {"verdict": report.verdict, **props}
        if report.categories:
            props["categories"] = list(report.categories)
        if report.policy:
            props["policy"] = list(report.policy)
        if report.reasons:
            props["reasons"] = list(report.reasons)
        return {
            "ruleId": rule_id,
            "ruleIndex": index,
            "level": level,
            "message": {"text": text},
            "locations": [{"physicalLocation": physical,
                           "logicalLocations": [{"name": report.id, "kind": "post"}]}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(report.id, rule_id, start)},
            "properties": props,
        }

    # ---- finish --------------------------------------------------------------------------------
    def close(self, summary: dict | None = None) -> None:
        from .. import __version__ as version

        self._start()
        rules = [desc for _, desc in sorted(self._rules.values(), key=lambda item: item[0])]
        driver = {"name": "screener", "version": version, "semanticVersion": version, "rules": rules}
        stats = dict(summary) if summary else {"posts": self._posts}
        invocation = {"executionSuccessful": not (summary or {}).get("errors")}
        tail = {"tool": {"driver": driver}, "invocations": [invocation],
                "properties": {"summary": stats, "evidence": self.evidence}}
        body = json.dumps(tail, ensure_ascii=False)[1:-1]  # members only: they continue the run object
        self.out.write(("\n" if not self._first else "") + "], " + body + "}]}\n")
        self.out.flush()
