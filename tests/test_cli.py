"""The installed console script, end to end, in a subprocess.

Each screening call pays one model load (~2-3 s), so calls are few and each checks several things.
Errors that are found before screening (a missing file, bad UTF-8 in a draft) exit without loading.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

DRAFTS = FIXTURES / "drafts"
POSTS = FIXTURES / "posts"
MIXED = POSTS / "mixed.jsonl"
OPINION = (DRAFTS / "opinion.txt").read_text(encoding="utf-8")

SPEC_FIELDS = {"id", "verdict", "findings", "categories", "disclaimer", "policy"}
FINDING_FIELDS = {"label", "start", "end", "score", "reason", "recognizer"}
# Matched text in the fixtures: none of it may appear in any output unless --show-evidence.
SECRETS = ("845-555-0143", "412-33-7788", "204518", "Spring2024!", "jen.morales82@gmail.com")


def _exe() -> str:
    here = Path(sys.executable).parent / "screener"
    found = str(here) if here.exists() else shutil.which("screener")
    if not found:
        pytest.skip("the screener console script is not installed")
    return found


def run(*args, stdin: bytes | str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SCREENER_DEBUG"}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([_exe(), *map(str, args)], input=data, capture_output=True, cwd=cwd or ROOT,
                          env=env, timeout=300)
    proc.out = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


def assert_clean_errors(proc) -> None:
    assert "Traceback" not in proc.err and "Traceback" not in proc.out
    for line in proc.err.splitlines():
        assert line.startswith("screener: "), line


def assert_no_evidence(proc) -> None:
    for secret in SECRETS:
        assert secret not in proc.out, f"{secret!r} leaked to stdout"
        assert secret not in proc.err, f"{secret!r} leaked to stderr"


def assert_spec_shape(obj: dict) -> None:
    assert SPEC_FIELDS <= set(obj), obj.keys()
    assert isinstance(obj["id"], str)
    assert obj["verdict"] in ("pass", "review", "block")
    assert isinstance(obj["categories"], list)
    assert isinstance(obj["policy"], list) and all(isinstance(p, str) for p in obj["policy"])
    assert {"required", "present"} <= set(obj["disclaimer"])
    assert all(isinstance(obj["disclaimer"][k], bool) for k in ("required", "present"))
    for f in obj["findings"]:
        assert FINDING_FIELDS <= set(f), f.keys()
        assert isinstance(f["start"], int) and isinstance(f["end"], int) and 0 <= f["start"] < f["end"]
        assert 0.0 <= f["score"] <= 1.0
        assert "text" not in f


def input_posts(path: Path) -> dict[str, str]:
    """id -> text of every well-formed post in a JSON Lines fixture."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            out[obj["id"]] = obj["text"]
    return out


# ---- check -----------------------------------------------------------------------------------------
def test_check_clean_file_exits_0():
    proc = run("check", DRAFTS / "clean.txt")
    assert proc.returncode == 0, proc.err
    assert "PASS" in proc.out
    assert_clean_errors(proc)


def test_check_file_with_finding_exits_1_and_hides_the_match():
    proc = run("check", DRAFTS / "phone.txt", "--kind", "personal")
    assert proc.returncode == 1, proc.err
    assert "BLOCK" in proc.out and "PHONE_NUMBER" in proc.out
    assert_no_evidence(proc)
    assert_clean_errors(proc)


def test_check_stdin_json():
    text = (DRAFTS / "phone.txt").read_text(encoding="utf-8")
    proc = run("check", "-", "--format", "json", "--kind", "personal", stdin=text)
    assert proc.returncode == 1, proc.err
    obj = json.loads(proc.out)
    assert_spec_shape(obj)
    assert obj["verdict"] == "block"
    assert [(f["label"], text[f["start"]:f["end"]]) for f in obj["findings"]] == [("PHONE_NUMBER", "845-555-0143")]
    assert_no_evidence(proc)


def test_check_stdin_default_is_stdin_and_show_evidence_reveals():
    text = "Parents, text me at 845-555-0143 if the bus is late."
    proc = run("check", "--format", "json", "--show-evidence", stdin=text)
    assert proc.returncode == 1, proc.err
    obj = json.loads(proc.out)
    assert obj["findings"][0]["text"] == "845-555-0143"


def test_check_review_and_fail_on_block():
    # a personal opinion about the district without a disclaimer: review, not block
    proc = run("check", DRAFTS / "opinion.txt", "--kind", "personal", "--format", "json")
    assert proc.returncode == 1
    obj = json.loads(proc.out)
    assert obj["verdict"] == "review"
    assert obj["disclaimer"]["required"] is True and obj["disclaimer"]["present"] is False
    proc = run("check", DRAFTS / "opinion.txt", "--kind", "personal", "--fail-on", "block")
    assert proc.returncode == 0, proc.err
    # the fix adds a disclaimer, and says what the rewrite itself screens as
    proc = run("check", DRAFTS / "opinion.txt", "--kind", "personal", "--format", "json", "--fix")
    obj = json.loads(proc.out)
    assert obj["redacted"].endswith(obj["disclaimer"]["suggestion"]) and obj["redacted_verdict"] == "pass"
    proc = run("check", DRAFTS / "opinion.txt", "--kind", "personal", "--fix")
    assert "Safe rewrite (screened again: PASS):" in proc.out
    proc = run("check", DRAFTS / "phone.txt", "--kind", "personal", "--fail-on", "block")
    assert proc.returncode == 1, proc.err


def test_check_missing_file_exits_2_with_one_line(tmp_path):
    missing = tmp_path / "no-such-draft.txt"
    proc = run("check", missing)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert len(proc.err.strip().splitlines()) == 1
    assert "no-such-draft.txt" in proc.err


def test_check_invalid_utf8_exits_2_naming_file_and_line(tmp_path):
    bad = tmp_path / "draft.txt"
    bad.write_bytes(b"Great game tonight!\nGo caf\xe9 Falcons \xff\xfe\n")
    proc = run("check", bad)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert f"{bad}:2" in proc.err
    assert "UTF-8" in proc.err
    proc = run("check", "-", stdin=b"bad \xff bytes")
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert "<stdin>" in proc.err


# ---- scan ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def mixed_scan():
    return run("scan", MIXED.relative_to(ROOT))


def test_scan_one_object_per_good_post_in_order(mixed_scan):
    proc = mixed_scan
    assert proc.returncode == 2, proc.err  # there were input errors
    objs = [json.loads(line) for line in proc.out.splitlines()]
    assert [o["id"] for o in objs] == ["p1", "p2", "p6", "p7", "p8"]
    for o in objs:
        assert_spec_shape(o)


def test_scan_offsets_index_the_original_text(mixed_scan):
    texts = input_posts(MIXED)
    got = {}
    for line in mixed_scan.out.splitlines():
        o = json.loads(line)
        got[o["id"]] = [(f["label"], texts[o["id"]][f["start"]:f["end"]]) for f in o["findings"]]
    assert ("PHONE_NUMBER", "845-555-0143") in got["p2"]
    # emoji, a ZWJ sequence and mathematical (astral) letters before the span must not shift offsets
    assert ("STUDENT_ID", "204518") in got["p6"]
    assert ("CREDENTIAL", "Spring2024!") in got["p7"]
    assert ("EMAIL_ADDRESS", "jen.morales82@gmail.com") in got["p8"]


def test_scan_reports_each_bad_record_with_file_and_line(mixed_scan):
    proc = mixed_scan
    assert_clean_errors(proc)
    name = str(MIXED.relative_to(ROOT))
    errors = [line for line in proc.err.splitlines() if "error" in line]
    assert any(f"{name}:3" in e and "JSON" in e for e in errors), errors        # malformed JSON
    assert any(f"{name}:4" in e and "text" in e for e in errors), errors        # no text
    assert any(f"{name}:5" in e and "text" in e for e in errors), errors        # text not a string
    assert not any(f"{name}:6" in e for e in errors), "a blank line is not an error"
    assert_no_evidence(proc)


def test_scan_invalid_utf8_empty_and_missing_files(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "u1", "text": "fine post"}\n'
                    b'{"id": "u2", "text": "caf\xe9 \xff"}\n'
                    b'{"id": "u3", "text": "another fine post"}\n')
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.jsonl"
    proc = run("scan", bad, empty, missing)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert [json.loads(line)["id"] for line in proc.out.splitlines()] == ["u1", "u3"]
    assert f"{bad}:2" in proc.err and "UTF-8" in proc.err
    assert str(missing) in proc.err
    assert str(empty) not in proc.err


def test_scan_empty_file_exits_0(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    proc = run("scan", empty)
    assert proc.returncode == 0, proc.err
    assert proc.out == ""
    assert_clean_errors(proc)


def test_scan_output_file_and_show_evidence(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run("scan", MIXED, "--output", out, "--show-evidence", "--jobs", "2")
    assert proc.returncode == 2
    assert proc.out == ""  # everything went to the file
    objs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in objs] == ["p1", "p2", "p6", "p7", "p8"]
    evidence = {f["text"] for o in objs for f in o["findings"]}
    assert {"845-555-0143", "204518", "Spring2024!", "jen.morales82@gmail.com"} <= evidence
    assert "412-33-7788" not in proc.err  # the malformed line's content is never echoed


def test_scan_computes_the_safe_rewrite_only_when_it_shows_it(monkeypatch):
    # In process, to see which Screener the command builds: the rewrite is only in evidence output.
    from click.testing import CliRunner

    from screener.cli import main
    from screener.pipeline import Screener

    built = []
    monkeypatch.setattr(Screener, "_safe_many", lambda self, texts, *a: built.append(len(texts)) or texts)
    plain = CliRunner().invoke(main, ["scan", str(MIXED)])
    assert built == [] and '"redacted"' not in plain.output
    CliRunner().invoke(main, ["scan", str(MIXED), "--show-evidence", "--format", "csv"])
    assert built == []  # no other format shows it
    shown = CliRunner().invoke(main, ["scan", str(MIXED), "--show-evidence"])
    assert sum(built) == 5 and shown.output.count('"redacted"') == 5


def test_scan_kind_applies_to_posts_whose_input_does_not_say(tmp_path):
    posts = tmp_path / "export.jsonl"
    posts.write_text(json.dumps({"id": "a", "text": OPINION}) + "\n"
                     + json.dumps({"id": "b", "text": OPINION, "kind": "official"}) + "\n", encoding="utf-8")
    default, personal = (
        [json.loads(line) for line in run("scan", posts, *extra).out.splitlines()] for extra in ((), ("--kind", "personal")))
    assert [o["disclaimer"]["required"] for o in default] == [False, False]
    assert [o["disclaimer"]["required"] for o in personal] == [True, False]  # what the input says wins
    assert [o["verdict"] for o in personal] == ["review", "pass"]


def test_check_without_kind_says_the_disclaimer_was_not_checked():
    proc = run("check", stdin=OPINION)
    assert proc.returncode == 0 and "--kind personal" in proc.out
    assert "not checked" not in run("check", "--kind", "personal", stdin=OPINION).out


def test_scan_one_megabyte_post(tmp_path):
    head = "Great practice today, proud of everyone on the team. " * 40
    tail = " Call me at 845-555-0143 ok. His student ID is 204518."
    big = head + " " * (1_048_576 - len(head) - len(tail)) + tail  # padding is a common evasion trick
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "before", "text": "fine post"}) + "\n")
        fh.write(json.dumps({"id": "big", "text": big}) + "\n")
        fh.write(json.dumps({"id": "after", "text": "another fine post"}) + "\n")
    proc = run("scan", path)
    assert_clean_errors(proc)
    assert "write failed" not in proc.err
    objs = [json.loads(line) for line in proc.out.splitlines()]
    assert [o["id"] for o in objs] == ["before", "big", "after"]
    assert proc.returncode == 1
    spans = [(f["label"], big[f["start"]:f["end"]]) for f in objs[1]["findings"]]
    assert ("PHONE_NUMBER", "845-555-0143") in spans
    assert ("STUDENT_ID", "204518") in spans


def test_scan_survives_a_district_regex_timeout(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copyfile(FIXTURES / "rules_errors" / "recognizers_slow_regex.yaml", rules / "recognizers.yaml")
    posts = tmp_path / "posts.jsonl"
    posts.write_text("\n".join(json.dumps(p) for p in [
        {"id": "a", "text": "fine post"},
        {"id": "b", "text": "Go team! " + "a" * 50 + "!"},
        {"id": "c", "text": "Parents, text me at 845-555-0143 if the bus is late."},
    ]) + "\n", encoding="utf-8")
    proc = run("scan", posts, "--rules", rules)
    assert_clean_errors(proc)
    assert "write failed" not in proc.err
    ids = [json.loads(line)["id"] for line in proc.out.splitlines()]
    assert ids in (["a", "b", "c"], ["a", "c"])
    if ids == ["a", "c"]:  # b was reported, not dropped silently
        assert f"{posts}:2" in proc.err and "slow_rule" in proc.err
        assert proc.returncode == 2


# ---- rules check -----------------------------------------------------------------------------------
def test_rules_check_passes_on_bundled_rules():
    proc = run("rules", "check")
    assert proc.returncode == 0, proc.err
    assert_clean_errors(proc)


def test_rules_check_fails_on_a_misbehaving_example(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "recognizers.yaml").write_text(
        (FIXTURES / "rules_errors" / "recognizers_bad_example.yaml").read_text(encoding="utf-8"),
        encoding="utf-8")
    proc = run("rules", "check", rules)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert "room_code" in proc.err


def test_rules_check_on_a_broken_file_names_file_and_line(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copyfile(FIXTURES / "rules_errors" / "bad_regex.yaml", rules / "recognizers.yaml")
    proc = run("rules", "check", rules)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert len(proc.err.strip().splitlines()) == 1
    assert f"{rules / 'recognizers.yaml'}:9:" in proc.err


def test_missing_spacy_model_exits_2_with_one_line(tmp_path):
    text = (ROOT / "rules" / "district.yaml").read_text(encoding="utf-8")
    district = tmp_path / "district.yaml"
    district.write_text("\n".join("nlp_model: en_core_web_lg" if ln.startswith("nlp_model:") else ln
                                  for ln in text.splitlines()) + "\n", encoding="utf-8")
    proc = run("check", DRAFTS / "clean.txt", "--config", district)
    assert proc.returncode == 2
    assert_clean_errors(proc)
    assert len(proc.err.strip().splitlines()) == 1
    assert "en_core_web_lg" in proc.err and "not installed" in proc.err


@pytest.fixture
def built(monkeypatch) -> list:
    """The ``drafts`` argument of every Screener a command builds, in process."""
    from screener.pipeline import Screener

    seen, init = [], Screener.__init__
    monkeypatch.setattr(Screener, "__init__", lambda self, *a, **k: seen.append(k.get("drafts")) or init(self, *a, **k))
    return seen


def test_check_screens_a_draft_and_scan_an_archive(built):
    # drafts are read by every category reader; archives keep the band
    from click.testing import CliRunner

    from screener.cli import main

    assert CliRunner().invoke(main, ["check", str(DRAFTS / "clean.txt")]).exit_code == 0
    CliRunner().invoke(main, ["scan", str(MIXED)])
    assert built == [True, False]


def test_eval_scores_a_labelled_corpus_as_a_batch_or_as_drafts(built):
    from click.testing import CliRunner

    from screener.cli import main

    corpus = str(FIXTURES / "labelled.jsonl")
    table = CliRunner().invoke(main, ["eval", corpus, "--no-presidio"])
    assert table.exit_code == 0, table.output
    assert table.output.startswith("4 posts.") and "confidential -> block" in table.output
    as_json = CliRunner().invoke(main, ["eval", corpus, "--no-presidio", "--json", "--drafts"])
    scored = json.loads(as_json.output)["screener"]
    assert (scored["posts"]["confidential_blocked"]["n"], scored["posts"]["clean_passed"]["n"]) == (2, 2)
    assert scored["spans"]["PHONE_NUMBER"]["support"] == 1 and "wrong" in scored
    assert built == [False, True]
