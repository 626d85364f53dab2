"""Review labels: listing, an append-only audit trail, suppression in later scans (labels survive
rescans, rules changes and edits elsewhere in a post), and precision per recognizer."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess

import pytest

from conftest import ROOT
from test_cli import _exe, assert_clean_errors
from test_store import run, write_posts

from screener import review as rv
from screener.errors import ScreenerError
from screener.store import Store, StoreError

PHONE_POST = "Parents, text me at 845-555-0143 if the bus is late."


def run_cli(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "SCREENER_DEBUG"}
    proc = subprocess.run([_exe(), *map(str, args)], capture_output=True, cwd=ROOT, env={**environ, **(env or {})},
                          timeout=300)
    proc.out, proc.err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


def scanned(screener, tmp_path, n=6):
    posts = write_posts(tmp_path / "posts.jsonl", n)
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        run(screener, [posts], store)
    return posts, db


def by_label(rows, label):
    return [r for r in rows if r.label == label]


def test_open_findings_are_listed_without_their_text(screener, tmp_path):
    _, db = scanned(screener, tmp_path)
    with Store(db) as store:
        rows = rv.list_findings(store)
        assert {r.label for r in rows} >= {"PHONE_NUMBER", "STUDENT_ID", "CREDENTIAL", "EMAIL_ADDRESS"}
        assert all(r.status == "open" and not r.stale for r in rows)
        phone = by_label(rows, "PHONE_NUMBER")[0]
        assert (phone.post_id, phone.recognizer, phone.start) == ("p1", "phone", 20)
        assert rv.list_findings(store, "accepted") == []
        assert {r.label for r in rv.list_findings(store, label="CREDENTIAL")} == {"CREDENTIAL"}
        text = rv.format_findings(rows, "open") + json.dumps([r.to_dict() for r in rows])
    for secret in ("845-555-0143", "204518", "Spring2024!", "jen.morales82"):
        assert secret not in text


def test_accepted_and_false_positive_findings_are_not_raised_again(screener, tmp_path):
    posts, db = scanned(screener, tmp_path)
    with Store(db) as store:
        rows = rv.list_findings(store)
        phone = by_label(rows, "PHONE_NUMBER")[0]
        email = by_label(rows, "EMAIL_ADDRESS")[0]
        cred = by_label(rows, "CREDENTIAL")[0]
        rv.mark(store, phone.id, "accepted", "the district's published bus line", by="alice")
        rv.mark(store, email.id[:8], "false_positive", "a made-up address in a lesson")
        rv.mark(store, cred.id, "confirmed", "a real login")
    with Store(db) as store:
        reports, summary = run(screener, [posts], store)
    by_id = {r.id: r for r in reports}
    assert by_id["p1"].findings == () and by_id["p1"].verdict == "pass"  # decided again without it
    assert by_id["p4"].findings == () and by_id["p4"].verdict != "block"
    assert [f.label for f in by_id["p3"].findings] == ["CREDENTIAL"]  # confirmed stays
    assert by_id["p3"].verdict == "block"
    assert summary.suppressed == 2 and "2 reviewed findings not raised again" in summary.line()
    assert summary.skipped == 6  # the store still holds the full reports; only the output leaves them out
    with Store(db) as store:
        assert [r.id for r in rv.list_findings(store, "accepted")] == [phone.id]
        assert rv.list_findings(store, "accepted")[0].by == "alice"
        assert phone.id not in {r.id for r in rv.list_findings(store)}


def test_labels_survive_a_rules_change_and_edits_elsewhere_in_the_post(screener, tmp_path):
    from screener import Screener

    posts, db = scanned(screener, tmp_path)
    with Store(db) as store:
        phone = by_label(rv.list_findings(store), "PHONE_NUMBER")[0]
        rv.mark(store, phone.id, "accepted", "published bus line")
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    with (rules / "district.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    edited = Screener(rules=rules)
    write_posts(posts, 6, edit={1: "Bus update!!! " + PHONE_POST})  # offsets move
    with Store(db) as store:
        reports, summary = run(edited, [posts], store)
        assert summary.screened == {"stale": 5, "changed": 1}
        assert "PHONE_NUMBER" not in {f.label for f in reports[1].findings} and summary.suppressed == 1
        accepted = rv.list_findings(store, "accepted")
        assert [r.id for r in accepted] == [phone.id] and accepted[0].start == phone.start + 14


def test_the_audit_trail_is_append_only_and_the_latest_label_wins(screener, tmp_path):
    posts, db = scanned(screener, tmp_path)
    with Store(db) as store:
        phone = by_label(rv.list_findings(store), "PHONE_NUMBER")[0]
        rv.mark(store, phone.id, "false_positive", "looked like a bus line", by="alice")
        rv.mark(store, phone.id, "open", "no, it is a personal cell", by="bob")
        rv.mark(store, phone.id, "confirmed", "personal cell", by="bob")
        trail = rv.history(store, phone.id)
        assert [(r.status, r.by) for r in trail] == [("false_positive", "alice"), ("open", "bob"),
                                                      ("confirmed", "bob")]
        assert all(r.at for r in trail)
    with Store(db) as store:
        reports, _ = run(screener, [posts], store)
        assert [f.label for f in reports[1].findings] == ["PHONE_NUMBER"]  # confirmed: raised
    conn = sqlite3.connect(db)
    for sql in ("UPDATE reviews SET status = 'accepted'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 3
    conn.close()


def test_precision_per_recognizer_from_the_labels(screener, tmp_path):
    _, db = scanned(screener, tmp_path, n=12)
    with Store(db) as store:
        rows = rv.list_findings(store)
        phones = by_label(rows, "PHONE_NUMBER")
        assert len(phones) == 2
        rv.mark(store, phones[0].id, "confirmed", "real")
        rv.mark(store, phones[1].id, "false_positive", "not a phone")
        rv.mark(store, phones[1].id, "false_positive", "still not")  # relabelled: counted once
        creds = by_label(rows, "CREDENTIAL")
        rv.mark(store, creds[0].id, "confirmed", "real")
        rv.mark(store, creds[1].id, "accepted", "shared test account")
        stats = {s.recognizer: s for s in rv.precision(store)}
    assert (stats["phone"].confirmed, stats["phone"].false_positive, stats["phone"].precision) == (1, 1, 0.5)
    assert stats["credential"].precision == 1.0 and stats["credential"].accepted == 1
    assert all(s.precision is None for name, s in stats.items() if name not in ("phone", "credential"))
    assert all(s.open > 0 for name, s in stats.items() if name not in ("phone", "credential"))
    table = rv.format_stats(list(stats.values()))
    assert "0.50" in table and "(all)" in table


def test_bad_review_requests_say_what_is_wrong(screener, tmp_path):
    _, db = scanned(screener, tmp_path)
    with Store(db) as store:
        fid = rv.list_findings(store)[0].id
        with pytest.raises(ScreenerError, match="reason"):
            rv.mark(store, fid, "accepted", "  ")
        with pytest.raises(ScreenerError, match="one of"):
            rv.mark(store, fid, "ignored", "x")
        with pytest.raises(StoreError, match="no finding"):
            rv.mark(store, "0123456789abcdef", "accepted", "x")
        with pytest.raises(StoreError, match="not a finding id"):
            rv.mark(store, "abc", "accepted", "x")
        assert store.counts()["reviews"] == 0


def test_review_command_end_to_end(tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 6)
    db = tmp_path / "scan.sqlite"
    proc = run_cli("scan", posts, "--db", db)
    assert proc.returncode == 1, proc.err
    listing = run_cli("review", "--db", db, "--format", "jsonl")
    assert listing.returncode == 0, listing.err
    rows = [json.loads(line) for line in listing.out.splitlines()]
    phone = next(r for r in rows if r["label"] == "PHONE_NUMBER")
    assert {"id", "post_id", "label", "recognizer", "score", "reason", "status"} <= set(phone)
    env_user = {"USER": "overseer"}
    marked = run_cli("review", "--db", db, phone["id"], "--accept", "--reason", "published bus line", env=env_user)
    assert marked.returncode == 0, marked.err
    assert "accepted by overseer" in marked.out
    stats = run_cli("review", "--db", db, "--stats")
    assert stats.returncode == 0 and "phone" in stats.out and "PRECISION" in stats.out
    text = run_cli("review", "--db", db, "--status", "all")
    assert phone["id"] in text.out and "accepted by overseer" in text.out
    for args in (("review", "--db", db, "--show-evidence"),                 # text is not stored
                 ("review", "--db", db, phone["id"], "--confirm"),          # no reason
                 ("review", "--db", tmp_path / "none.sqlite"),              # no such store
                 ("review", "--db", db, "--accept", "--reason", "x")):      # no finding id
        bad = run_cli(*args)
        assert bad.returncode == 2, args
        assert_clean_errors(bad)
        assert len(bad.err.splitlines()) == 1
    assert not (tmp_path / "none.sqlite").exists()
    again = run_cli("scan", posts, "--db", db)
    out = {json.loads(line)["id"]: json.loads(line) for line in again.out.splitlines()}
    assert out["p1"]["findings"] == [] and out["p1"]["verdict"] == "pass"
    assert "skipped 6 unchanged" in again.err and "1 reviewed finding not raised again" in again.err
    for proc in (listing, marked, stats, text, again):
        for secret in ("845-555-0143", "204518", "Spring2024!"):
            assert secret not in proc.out + proc.err
