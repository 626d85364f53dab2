"""`screener scan --format csv|sarif|html` through the installed command."""
import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

SCREENER = str(Path(sys.executable).with_name("screener"))
POSTS = ROOT / "examples" / "posts.jsonl"
N_POSTS = len(POSTS.read_text().splitlines())


def scan(*args) -> subprocess.CompletedProcess:
    return subprocess.run([SCREENER, "scan", str(POSTS), *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def jsonl():
    return [json.loads(line) for line in scan().stdout.splitlines()]


def test_csv_has_a_row_per_finding_and_per_clean_post(jsonl):
    proc = scan("--format", "csv")
    assert proc.returncode == 1, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    expected = sum(max(1, len(r["findings"])) for r in jsonl)
    assert len(rows) == expected
    assert {r["post_id"] for r in rows} == {r["id"] for r in jsonl}
    assert "evidence" not in rows[0]


def test_sarif_validates_and_keeps_offsets(jsonl, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "scan.sarif"
    proc = scan("--format", "sarif", "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    log = json.loads(out.read_text())
    jsonschema.validate(log, json.loads((FIXTURES / "sarif-2.1.0.json").read_text()))
    regions = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["charOffset"])
               for r in log["runs"][0]["results"] if "physicalLocation" in r["locations"][0]
               and "charOffset" in r["locations"][0]["physicalLocation"].get("region", {})}
    for report in jsonl:
        for f in report["findings"]:
            assert (f["label"], f["start"]) in regions


def test_html_is_self_contained_and_masks_evidence(tmp_path):
    out = tmp_path / "scan.html"
    proc = scan("--format", "html", "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    html = out.read_text()
    HTMLParser().feed(html)
    assert "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "845) 555-0143" not in html and "Tr0ph13s" not in html
    shown = tmp_path / "evidence.html"
    scan("--format", "html", "-o", str(shown), "--show-evidence")
    assert "Tr0ph13s" in shown.read_text()
