"""SARIF writer: a log that validates against the SARIF 2.1.0 schema, with Python-index offsets,
one rule per label used, and no matched text unless evidence is asked for."""
from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import jsonschema
import pytest

from screener.report import SarifWriter
from screener.report.sarif import FINGERPRINT_KEY, fingerprint, post_uri

from ._samples import SECRETS, run, samples

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "sarif-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def log(**kwargs) -> dict:
    return json.loads(run(SarifWriter, **kwargs))


def results_of(data: dict) -> list[dict]:
    return data["runs"][0]["results"]


# ---- the schema fixture itself ------------------------------------------------------------------
REAL_LOG = {
    "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0",
    "runs": [{
        "tool": {"driver": {
            "name": "CodeQL", "organization": "GitHub", "semanticVersion": "2.15.0",
            "informationUri": "https://codeql.github.com",
            "rules": [{
                "id": "js/xss", "name": "Xss",
                "shortDescription": {"text": "Client-side cross-site scripting"},
                "fullDescription": {"text": "Writing user input directly to the DOM allows XSS."},
                "defaultConfiguration": {"enabled": True, "level": "error"},
                "help": {"text": "Sanitize input.", "markdown": "**Sanitize** input."},
                "properties": {"tags": ["security", "external/cwe/cwe-079"], "precision": "high"},
            }],
        }},
        "invocations": [{"executionSuccessful": True, "commandLine": "codeql database analyze",
                         "startTimeUtc": "2024-03-15T10:00:00Z", "exitCode": 0}],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///src/"}},
        "artifacts": [{"location": {"uri": "app.js", "uriBaseId": "%SRCROOT%"}, "length": 120,
                       "mimeType": "text/javascript", "roles": ["analysisTarget"]}],
        "columnKind": "utf16CodeUnits",
        "results": [{
            "ruleId": "js/xss", "ruleIndex": 0, "kind": "fail", "level": "error",
            "message": {"text": "Cross-site scripting vulnerability due to [user-provided value](1)."},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "app.js", "uriBaseId": "%SRCROOT%", "index": 0},
                "region": {"startLine": 3, "startColumn": 5, "endColumn": 30,
                           "snippet": {"text": "el.innerHTML = location.hash"}},
                "contextRegion": {"startLine": 1, "endLine": 5}}}],
            "relatedLocations": [{"id": 1, "physicalLocation": {
                "artifactLocation": {"uri": "app.js", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 3, "startColumn": 20, "endColumn": 33}},
                "message": {"text": "user-provided value"}}],
            "partialFingerprints": {"primaryLocationLineHash": "39fa2ee980eb94b0:1"},
            "codeFlows": [{"threadFlows": [{"locations": [{"location": {"physicalLocation": {
                "artifactLocation": {"uri": "app.js"}, "region": {"startLine": 3}}}}]}]}],
            "suppressions": [{"kind": "inSource", "status": "accepted"}],
            "baselineState": "new", "rank": 75.0,
        }],
        "automationDetails": {"id": "nightly/2024-03-15"},
    }],
}


def test_schema_accepts_a_realistic_log(validator):
    validator.validate(REAL_LOG)
    validator.validate({"version": "2.1.0", "runs": []})  # minimal valid log


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("version"),
    lambda d: d.__setitem__("version", "2.0.0"),
    lambda d: d.pop("runs"),
    lambda d: d.__setitem__("extra", 1),                                        # no additional members
    lambda d: d["runs"][0].pop("tool"),
    lambda d: d["runs"][0]["tool"]["driver"].pop("name"),
    lambda d: d["runs"][0]["results"][0].pop("message"),
    lambda d: d["runs"][0]["results"][0]["message"].pop("text"),                # message needs text or id
    lambda d: d["runs"][0]["results"][0].__setitem__("level", "fatal"),
    lambda d: d["runs"][0]["results"][0].__setitem__("kind", "bad"),
    lambda d: d["runs"][0]["results"][0].__setitem__("ruleIndex", -2),
    lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"].pop("artifactLocation"),
    lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].clear(),
    lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__(
        "startLine", 0),
    lambda d: d["runs"][0].__setitem__("columnKind", "bytes"),
    lambda d: d["runs"][0]["invocations"][0].pop("executionSuccessful"),
    lambda d: d["runs"][0]["results"][0].__setitem__("partialFingerprints", {"h": 1}),
    lambda d: d["runs"][0]["results"][0].__setitem__("guid", "not-a-guid"),
    lambda d: d["runs"][0]["tool"]["driver"]["rules"][0].pop("id"),
    lambda d: d["runs"][0]["results"][0]["suppressions"][0].pop("kind"),
])
def test_schema_rejects_malformed_logs(validator, breakage):
    bad = copy.deepcopy(REAL_LOG)
    breakage(bad)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


# ---- the writer --------------------------------------------------------------------------------
@pytest.mark.parametrize("evidence", [False, True])
def test_log_validates(validator, evidence):
    validator.validate(log(evidence=evidence))


def test_empty_scan_validates(validator):
    data = json.loads(run(SarifWriter, []))
    validator.validate(data)
    assert results_of(data) == [] and data["runs"][0]["tool"]["driver"]["rules"] == []


def test_run_shape():
    data = log(summary={"posts": 5, "errors": 0, "verdicts": {"block": 2, "review": 2, "pass": 1}})
    assert data["version"] == "2.1.0" and len(data["runs"]) == 1
    run_ = data["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["tool"]["driver"]["name"] == "screener"
    assert run_["invocations"] == [{"executionSuccessful": True}]
    assert run_["properties"]["summary"]["posts"] == 5


def test_input_errors_make_the_invocation_unsuccessful():
    data = log(summary={"posts": 5, "errors": 2, "verdicts": {}})
    assert data["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_one_result_per_finding_with_python_offsets():
    pairs = samples()
    data = log()
    by_post: dict[str, list[dict]] = {}
    for r in results_of(data):
        by_post.setdefault(r["locations"][0]["logicalLocations"][0]["name"], []).append(r)
    for post, report in pairs:
        spans = [r for r in by_post.get(report.id, []) if "region" in r["locations"][0]["physicalLocation"]
                 and not r["ruleId"].startswith("CATEGORY_")]
        assert len(spans) == len(report.findings)
        for result, f in zip(spans, report.findings):
            loc = result["locations"][0]["physicalLocation"]
            assert loc["artifactLocation"]["uri"] == post_uri(report.id)
            region = loc["region"]
            assert (region["charOffset"], region["charLength"]) == (f.start, f.end - f.start)
            # code points, not UTF-16 units: the emoji before the span counts once
            assert post.text[region["charOffset"]:region["charOffset"] + region["charLength"]] == f.text


def test_levels_follow_the_verdict():
    levels = {(r["locations"][0]["logicalLocations"][0]["name"], r["ruleId"]): r["level"] for r in results_of(log())}
    assert levels[("p-1", "STUDENT_NAME")] == "error"
    assert levels[("p-1", "PHONE_NUMBER")] == "error"
    assert levels[("p-5", "STUDENT_NAME")] == "warning"
    assert levels[("p-2", "DISCLAIMER_MISSING")] == "warning"


def test_post_level_results_for_categories_and_missing_disclaimers():
    results = results_of(log())
    rules = {(r["locations"][0]["logicalLocations"][0]["name"], r["ruleId"]) for r in results}
    assert ("p-1", "CATEGORY_FAMILY") in rules and ("=p/4 x", "CATEGORY_SECURITY") in rules
    assert ("p-2", "DISCLAIMER_MISSING") in rules
    assert not any(name == "p-3" for name, _ in rules)  # a clean pass produces no result
    category = next(r for r in results if r["ruleId"] == "CATEGORY_FAMILY")
    assert category["locations"][0]["physicalLocation"]["region"] == {
        "charOffset": 0, "charLength": len(samples()[0][0].text)}


def test_flagged_post_without_anything_else_still_gets_a_result():
    from screener.types import Disclaimer, Report

    report = Report(id="odd", verdict="review", findings=(), categories=(),
                    disclaimer=Disclaimer(False, False), policy=(), reasons=("Something needs a look.",))
    results = results_of(json.loads(run(SarifWriter, [(None, report)])))
    assert [r["ruleId"] for r in results] == ["POST_VERDICT"]
    assert "Something needs a look." in results[0]["message"]["text"]


def test_rules_are_the_labels_used_and_rule_index_points_at_them():
    data = log()
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == {"STUDENT_NAME", "PHONE_NUMBER", "CATEGORY_FAMILY", "DISCLAIMER_MISSING", "CREDENTIAL",
                        "CATEGORY_SECURITY"}
    for r in results_of(data):
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_extra_labels_get_a_rule_too(validator):
    import dataclasses

    post, report = samples()[0]
    extra = dataclasses.replace(report.findings[0], label="PERSON")
    data = json.loads(run(SarifWriter, [(post, dataclasses.replace(report, findings=(extra,)))]))
    validator.validate(data)
    assert "PERSON" in [rule["id"] for rule in data["runs"][0]["tool"]["driver"]["rules"]]


def test_no_matched_text_without_evidence():
    text = run(SarifWriter)
    for secret in SECRETS:
        assert secret not in text
    assert "snippet" not in text


def test_evidence_goes_in_the_region_snippet():
    results = results_of(log(evidence=True))
    snippets = [r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
                for r in results if "snippet" in r["locations"][0]["physicalLocation"].get("region", {})]
    assert snippets == ["Liam Ortiz", "845-555-0143", "=Tr0ub4dor&3", "Maya"]


def test_fingerprints_are_stable_hashes_not_text():
    first, second = results_of(log()), results_of(log())
    assert [r["partialFingerprints"] for r in first] == [r["partialFingerprints"] for r in second]
    r = first[0]
    assert r["partialFingerprints"][FINGERPRINT_KEY] == fingerprint("p-1", "STUDENT_NAME", samples()[0][1].findings[0].start)
    assert len({r["partialFingerprints"][FINGERPRINT_KEY] for r in first}) == len(first)


def test_post_uri_is_a_valid_uri_reference():
    assert post_uri("=p/4 x") == "post:%3Dp%2F4%20x"


def test_results_stream_out_before_close():
    out = io.StringIO()
    writer = SarifWriter(out)
    post, report = samples()[0]
    writer.write(report, post)
    assert '"ruleId": "STUDENT_NAME"' in out.getvalue()
    writer.close()
    json.loads(out.getvalue())
