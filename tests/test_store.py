"""The scan store, through the library: resume, skip unchanged posts, rescreen after a setup change,
no matched text stored, and sqlite failures as one clear error with committed work kept."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

from screener.scan import ScanSummary, scan
from screener.store import SCHEMA_VERSION, PostKey, Store, StoreError, normalise_match, setup_fingerprint

SECRETS = ("845-555-0143", "412-33-7788", "204518", "Spring2024!", "jen.morales82@gmail.com", "Thistlewood",
           "Marisol")
TEMPLATES = (
    "Great win tonight, Falcons! Proud of this team. #{i}",
    "Parents, text me at 845-555-0143 if the bus is late. #{i}",
    "New student today, student ID 204518. #{i}",
    "Sub plans are on my desk. Login: jsmith / Spring2024! #{i}",
    "e-mail me at jen.morales82@gmail.com about the trip #{i}",
    "So proud of Marisol Thistlewood for her science project! #{i}",
)


def write_posts(path: Path, n: int, start: int = 0, edit: dict[int, str] | None = None) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            text = (edit or {}).get(i) or TEMPLATES[i % len(TEMPLATES)].format(i=i)
            fh.write(json.dumps({"id": f"p{i}", "text": text, "kind": "personal"}) + "\n")
    return path


def run(screener, paths, store, summary=None, errors=None):
    summary = summary if summary is not None else ScanSummary()
    errs = errors if errors is not None else []
    reports = list(scan(screener, [str(p) for p in paths], errs.append, store=store, summary=summary))
    return reports, summary


def db_bytes(path: Path) -> bytes:
    out = b""
    for p in path.parent.glob(path.name + "*"):
        out += p.read_bytes()
    return out


def test_second_scan_skips_unchanged_posts_and_gives_the_same_reports(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 12)
    with Store(tmp_path / "scan.sqlite") as store:
        first, s1 = run(screener, [posts], store)
    with Store(tmp_path / "scan.sqlite") as store:
        second, s2 = run(screener, [posts], store)
        assert store.counts()["posts"] == 12
    assert (sum(s1.screened.values()), s1.skipped) == (12, 0)
    assert (sum(s2.screened.values()), s2.skipped) == (0, 12)
    assert [r.to_dict(evidence=True) for r in first] == [r.to_dict(evidence=True) for r in second]
    assert [r.redacted for r in first] == [r.redacted for r in second]
    assert "skipped 12 unchanged" in s2.line()


def test_a_skipped_post_is_rewritten_like_a_fresh_one_sensitive_sentences_included(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 2, edit={
        0: "Marisol Thistlewood got suspended for the fight at lunch. Three days of OSS.",
        1: "Proud of Marisol Thistlewood today. She finally got her IEP accommodations sorted."})
    with Store(tmp_path / "scan.sqlite") as store:
        first, _ = run(screener, [posts], store)
    with Store(tmp_path / "scan.sqlite") as store:
        second, summary = run(screener, [posts], store)
    assert summary.skipped == 2 and all(r.categories for r in first)
    assert [r.redacted for r in second] == [r.redacted for r in first]
    assert all(screener.config.redaction.sensitive_sentence in r.redacted for r in second)


def test_only_new_and_changed_posts_are_screened(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 6)
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        run(screener, [posts], store)
    write_posts(posts, 8, edit={2: "Totally different words now."})
    with Store(db) as store:
        reports, summary = run(screener, [posts], store)
    assert summary.screened == {"new": 2, "changed": 1}
    assert summary.skipped == 5
    assert [r.id for r in reports] == [f"p{i}" for i in range(8)]
    assert reports[2].findings == ()


def test_a_rules_change_rescreens_the_history(screener, tmp_path):
    from screener import Screener

    posts = write_posts(tmp_path / "posts.jsonl", 6)
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        run(screener, [posts], store)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    with (rules / "policy.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a district edit\n")
    changed = Screener(rules=rules)
    assert setup_fingerprint(changed) != setup_fingerprint(screener)
    with Store(db) as store:
        _, summary = run(changed, [posts], store)
    assert summary.screened == {"stale": 6} and summary.skipped == 0
    assert summary.setup_changed and "rescreened" in summary.line()
    with Store(db) as store:  # and the new setup is now the stored one
        _, again = run(changed, [posts], store)
    assert again.skipped == 6


def test_the_setup_fingerprint_covers_roster_rules_and_models(screener, tmp_path, monkeypatch):
    from screener import Screener
    from screener.classify import artifacts

    base = setup_fingerprint(screener)
    assert setup_fingerprint(Screener()) == base
    with_roster = Screener(roster=FIXTURES / "roster.csv")
    assert setup_fingerprint(with_roster) != base
    assert setup_fingerprint(Screener(roster=FIXTURES / "roster.csv")) == setup_fingerprint(with_roster)
    assert setup_fingerprint(Screener(use_model=False)) != base
    models = tmp_path / "models"
    models.mkdir()
    (models / "categories.json").write_text('{"sha256": "aaa"}', encoding="utf-8")
    monkeypatch.setattr(artifacts, "MODELS_DIR", models)
    before = setup_fingerprint(screener)
    (models / "categories.json").write_text('{"sha256": "bbb"}', encoding="utf-8")  # retrained
    assert setup_fingerprint(screener) != before


def test_no_matched_text_post_text_or_roster_name_is_stored(screener, tmp_path):
    from screener import Screener

    s = Screener(roster=FIXTURES / "roster.csv")
    posts = write_posts(tmp_path / "posts.jsonl", 12)
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        reports, _ = run(s, [posts], store)
        raw = db_bytes(db)
    found = {f.text for r in reports for f in r.findings}
    assert {"845-555-0143", "204518", "jen.morales82@gmail.com"} <= found
    assert any("Thistlewood" in t for t in found)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert b"science project" not in raw and b"Proud of this team" not in raw
    assert db.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_findings_carry_a_keyed_fingerprint(tmp_path):
    a, b = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    fp = a.fingerprint("PHONE_NUMBER", "845-555-0143")
    assert fp == a.fingerprint("PHONE_NUMBER", " 845-555-0143 ")
    assert a.fingerprint("STUDENT_NAME", "Marisol  THISTLEWOOD") == a.fingerprint("STUDENT_NAME", "marisol thistlewood")
    assert fp != a.fingerprint("EMAIL_ADDRESS", "845-555-0143")
    assert fp != b.fingerprint("PHONE_NUMBER", "845-555-0143")  # another database, another key
    import hashlib

    assert fp != hashlib.sha256(b"PHONE_NUMBER\x00845-555-0143").hexdigest()
    assert Store(tmp_path / "a.sqlite").fingerprint("PHONE_NUMBER", "845-555-0143") == fp  # the key persists
    assert normalise_match("Ｍａｙａ\u00a0 Okafor") == "maya okafor"


def test_a_repeated_post_id_in_one_input_is_two_posts(screener, tmp_path):
    posts = tmp_path / "dup.jsonl"
    posts.write_text(json.dumps({"id": "same", "text": "first post"}) + "\n"
                     + json.dumps({"id": "same", "text": "second post, call 845-555-0143"}) + "\n", encoding="utf-8")
    with Store(tmp_path / "scan.sqlite") as store:
        reports, _ = run(screener, [posts], store)
        assert store.counts()["posts"] == 2
    with Store(tmp_path / "scan.sqlite") as store:
        again, summary = run(screener, [posts], store)
    assert summary.skipped == 2
    assert [len(r.findings) for r in again] == [len(r.findings) for r in reports] == [0, 1]


def test_a_stopped_scan_keeps_what_it_screened_and_the_rerun_does_the_rest(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 30)
    db = tmp_path / "scan.sqlite"
    with Store(db, batch_size=8) as store:
        reports = scan(screener, [str(posts)], print, store=store)
        taken = [next(reports) for _ in range(11)]
        reports.close()  # the consumer stops (Ctrl-C in the CLI): the pending part is committed too
        assert store.counts()["posts"] == 11
        assert [r["status"] for r in store.runs()] == ["interrupted"]
    with Store(db, batch_size=8) as store:
        rest, summary = run(screener, [posts], store)
        assert store.counts()["posts"] == 30
        assert sum(r["screened"] for r in store.runs()) == 30  # each post screened once
    assert sum(summary.screened.values()) == 19 and summary.skipped == 11
    assert [r.id for r in rest] == [f"p{i}" for i in range(30)]
    assert [r.id for r in taken] == [f"p{i}" for i in range(11)]


def test_ctrl_c_while_a_post_is_recorded_leaves_store_and_summary_agreeing(screener, tmp_path, monkeypatch):
    """The stop message counts exactly what the store keeps, even when the signal lands between the
    two (a rare race the end-to-end kill test once hit)."""
    posts = write_posts(tmp_path / "posts.jsonl", 12)
    db = tmp_path / "scan.sqlite"
    record = Store.record

    def record_then_interrupt(self, *args):
        record(self, *args)
        if len(self._pending) == 5:
            # To the main thread, as a terminal's Ctrl-C: a process-wide kill may be taken by another
            # thread and reach Python at a later, arbitrary point of the run.
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    monkeypatch.setattr(Store, "record", record_then_interrupt)
    # Ctrl-C's own handler, whatever an earlier test in the same process left SIGINT set to.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    summary = ScanSummary()
    with Store(db, commit_seconds=3600) as store:  # no timed commit empties the batch before the 5th post
        try:
            with pytest.raises(KeyboardInterrupt):
                run(screener, [posts], store, summary)
        finally:
            signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)
        assert store.counts()["posts"] == sum(summary.screened.values()) == 5
        assert [(r["status"], r["screened"]) for r in store.runs()] == [("interrupted", 5)]


def test_a_full_disk_is_one_error_and_keeps_what_was_committed(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 400)
    db = tmp_path / "scan.sqlite"
    store = Store(db, batch_size=20)
    reports = scan(screener, [str(posts)], print, store=store)
    for _ in range(40):
        next(reports)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    with pytest.raises(StoreError) as err:
        for _ in reports:
            pass
    msg = str(err.value)
    assert msg.startswith(f"DB: {db}: ") and "full" in msg and "\n" not in msg
    assert "rerun" in msg
    store.close()  # the failed batch is given up, not retried: closing does not fail again
    with Store(db) as again:
        kept = again.counts()["posts"]
    assert 40 <= kept < 400
    with Store(db) as again:  # with space again, the rerun screens only what is missing
        _, summary = run(screener, [posts], again)
        assert again.counts()["posts"] == 400
    assert sum(summary.screened.values()) == 400 - kept


def test_a_read_only_database_is_one_clear_error(screener, tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 3)
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        run(screener, [posts], store)
    store = Store(db)
    store._conn.execute("PRAGMA query_only = ON")  # what a read-only file or mount does to writes
    with pytest.raises(StoreError, match=r"^DB: .*readonly.*writable"):
        run(screener, [posts], store)
    store._conn.execute("PRAGMA query_only = OFF")
    store.close()
    with Store(db) as again:
        assert again.counts()["posts"] == 3


def test_bad_database_files_are_refused_clearly(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a database"):
        Store(junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a screener scan store"):
        Store(other)
    with pytest.raises(StoreError, match="no such scan database"):
        Store(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)
    newer = tmp_path / "newer.sqlite"
    Store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer screener"):
        Store(newer)


def test_an_unreadable_input_costs_only_itself(screener, tmp_path):
    good = write_posts(tmp_path / "good.jsonl", 4)
    bad = tmp_path / "bad.jsonl"
    bad.mkdir()  # a folder with no posts: unreadable as input
    errors: list = []
    db = tmp_path / "scan.sqlite"
    with Store(db) as store:
        reports, summary = run(screener, [bad, good], store, errors=errors)
    assert len(reports) == 4 and errors and summary.errors == 0  # counted by the caller's on_error
    shutil.rmtree(bad)
    write_posts(bad, 2, start=100)
    with Store(db) as store:
        reports, summary = run(screener, [bad, good], store)
    assert summary.screened == {"new": 2} and summary.skipped == 4


def test_finding_ids_survive_offsets_moving(tmp_path):
    store = Store(tmp_path / "scan.sqlite")
    key = PostKey("/x/posts.jsonl", "p1", 0)
    fp = store.fingerprint("PHONE_NUMBER", "845-555-0143")
    fid = store.finding_id(key, "PHONE_NUMBER", fp)
    assert fid == store.finding_id(PostKey("/x/posts.jsonl", "p1", 0, position=7), "PHONE_NUMBER", fp)
    assert fid != store.finding_id(PostKey("/x/posts.jsonl", "p2", 0), "PHONE_NUMBER", fp)
    assert len(fid) == 16
    store.close()
