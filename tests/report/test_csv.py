"""CSV writer: one row per finding plus one per post without findings; evidence only when asked."""
from __future__ import annotations

import csv
import dataclasses
import io

from screener.report import CsvWriter
from screener.report.csv_report import COLUMNS

from ._samples import BLOCK_TEXT, CRED_TEXT, POLICY, SECRETS, run, samples


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_header_and_row_count():
    text = run(CsvWriter)
    reader = csv.reader(io.StringIO(text))
    assert tuple(next(reader)) == COLUMNS
    # p-1: 2 findings, p-2: none, p-3: none, p-4: 1, p-5: 1
    assert [r["post_id"] for r in rows(text)] == ["p-1", "p-1", "p-2", "p-3", "'=p/4 x", "p-5"]


def test_finding_rows_carry_the_finding_and_the_post_decision():
    r = rows(run(CsvWriter))
    first, second = r[0], r[1]
    assert first == {
        "post_id": "p-1", "verdict": "block", "label": "STUDENT_NAME",
        "start": str(BLOCK_TEXT.index("Liam")), "end": str(BLOCK_TEXT.index("Liam") + len("Liam Ortiz")),
        "score": "0.93", "recognizer": "roster", "reason": "roster match (full)", "categories": "FAMILY",
        "disclaimer_required": "false", "disclaimer_present": "false", "policy": POLICY,
    }
    assert second["label"] == "PHONE_NUMBER" and second["score"] == "0.851"
    start, end = int(second["start"]), int(second["end"])
    assert BLOCK_TEXT[start:end] == "845-555-0143"  # Python str offsets, emoji and all


def test_posts_without_findings_get_one_row_with_empty_finding_columns():
    r = {row["post_id"]: row for row in rows(run(CsvWriter))}
    review = r["p-2"]
    assert review["verdict"] == "review"
    assert all(review[c] == "" for c in ("label", "start", "end", "score", "recognizer", "reason"))
    assert review["disclaimer_required"] == "true" and review["disclaimer_present"] == "false"
    assert r["p-3"]["verdict"] == "pass" and r["p-3"]["policy"] == ""


def test_no_evidence_column_or_matched_text_by_default():
    text = run(CsvWriter)
    assert "evidence" not in rows(text)[0]
    for secret in SECRETS:
        assert secret not in text


def test_evidence_column_when_asked():
    r = rows(run(CsvWriter, evidence=True))
    assert [row["evidence"] for row in r] == ["Liam Ortiz", "845-555-0143", "", "", "'=Tr0ub4dor&3", "Maya"]


def test_evidence_falls_back_to_the_post_text():
    post, report = samples()[3]
    bare = dataclasses.replace(report, findings=tuple(dataclasses.replace(f, text="") for f in report.findings))
    r = rows(run(CsvWriter, [(post, bare)], evidence=True))
    f = report.findings[0]
    assert r[0]["evidence"] == "'" + CRED_TEXT[f.start:f.end]


def test_formula_like_cells_are_defused():
    r = rows(run(CsvWriter, evidence=True))
    assert r[4]["post_id"] == "'=p/4 x"
    assert r[4]["evidence"].startswith("'=")


def test_multiple_categories_and_clauses_are_joined():
    post, report = samples()[0]
    report = dataclasses.replace(report, categories=("FAMILY", "HEALTH"), policy=("clause one", "clause two"))
    row = rows(run(CsvWriter, [(post, report)]))[0]
    assert row["categories"] == "FAMILY; HEALTH" and row["policy"] == "clause one; clause two"


def test_empty_scan_writes_the_header():
    assert run(CsvWriter, []) == ",".join(COLUMNS) + "\n"


def test_works_without_the_post():
    pairs = [(None, report) for _, report in samples()]
    assert len(rows(run(CsvWriter, pairs))) == 6
