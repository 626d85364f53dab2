"""JSON Lines writer: one SPEC object per post, exactly Report.to_dict()."""
from __future__ import annotations

import json

from screener.report import JsonlWriter

from ._samples import SECRETS, run, samples


def test_one_line_per_post_matching_to_dict():
    lines = run(JsonlWriter).splitlines()
    pairs = samples()
    assert len(lines) == len(pairs)
    for line, (_, report) in zip(lines, pairs):
        assert json.loads(line) == report.to_dict(False)


def test_no_evidence_by_default():
    out = run(JsonlWriter)
    for secret in SECRETS:
        assert secret not in out


def test_evidence_matches_to_dict_with_evidence():
    lines = run(JsonlWriter, evidence=True).splitlines()
    for line, (_, report) in zip(lines, samples()):
        assert json.loads(line) == report.to_dict(True)
    assert json.loads(lines[0])["findings"][0]["text"] == "Liam Ortiz"


def test_non_ascii_is_written_as_is():
    assert "🎉" not in run(JsonlWriter)  # no text without evidence ...
    assert "🎉" in run(JsonlWriter, evidence=True)  # ... and the rewrite comes through unescaped


def test_empty_scan_writes_nothing():
    assert run(JsonlWriter, []) == ""
