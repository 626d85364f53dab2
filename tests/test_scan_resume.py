"""`screener scan --db` end to end: a killed scan resumes and every post is screened exactly once,
rescans skip unchanged posts and rescreen everything after a rules change, faults are one line;
and the progress line on standard error."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

from conftest import ROOT
from test_cli import _exe, assert_clean_errors, run
from test_store import write_posts

from screener.progress import Progress, estimate_total

TOTAL = 1500


def start_scan(*args) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SCREENER_DEBUG"}
    return subprocess.Popen([_exe(), "scan", *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, env=env)


def stop_after(proc: subprocess.Popen, lines: int, sig: int) -> tuple[list[str], str]:
    """Read ``lines`` output lines, send ``sig``, and return all output lines and standard error."""
    out = []
    while len(out) < lines:
        line = proc.stdout.readline()
        if not line:
            break
        out.append(line.decode("utf-8"))
    proc.send_signal(sig)
    rest, err = proc.communicate(timeout=120)
    out += rest.decode("utf-8").splitlines(keepends=True)
    return out, err.decode("utf-8")


def stored(db: Path) -> tuple[int, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        posts = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        runs = conn.execute("SELECT status, screened, skipped FROM runs ORDER BY id").fetchall()
        return posts, runs
    finally:
        conn.close()


def screened_in(err: str) -> tuple[int, int]:
    m = re.search(r"screened (\d+).*?skipped (\d+) unchanged", err)
    assert m, err
    return int(m.group(1)), int(m.group(2))


def test_a_killed_scan_resumes_and_screens_every_post_exactly_once(tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", TOTAL)
    db = tmp_path / "scan.sqlite"

    # 1. killed outright (SIGKILL): at most the uncommitted batch is lost
    first = start_scan(posts, "--db", db)
    _, _ = stop_after(first, 300, signal.SIGKILL)
    assert first.returncode == -signal.SIGKILL
    committed, runs = stored(db)
    assert 200 <= committed < TOTAL
    assert runs == [("running", committed, 0)]

    # 2. stopped with plain `kill` (SIGTERM): it commits everything it screened and says how to resume
    second = start_scan(posts, "--db", db)
    out2, err2 = stop_after(second, committed + 100, signal.SIGTERM)
    assert second.returncode == 130, err2
    assert all(line.startswith("screener: ") for line in err2.splitlines()), err2
    assert "stopped:" in err2 and "rerun the same command to resume" in err2
    new2, skipped2 = screened_in(err2)
    assert skipped2 == committed and new2 >= 100
    after2, runs = stored(db)
    assert after2 == committed + new2  # nothing screened was lost
    assert runs[1] == ("interrupted", new2, committed)

    # 3. the rerun screens only the remainder, and its output is complete and in order
    third = run("scan", posts, "--db", db)
    assert third.returncode == 1, third.err
    assert screened_in(third.err) == (TOTAL - after2, after2)
    ids = [json.loads(line)["id"] for line in third.out.splitlines()]
    assert ids == [f"p{i}" for i in range(TOTAL)]
    final, runs = stored(db)
    assert final == TOTAL
    assert [r[0] for r in runs] == ["running", "interrupted", "complete"]
    assert sum(r[1] for r in runs) == TOTAL  # every post screened (and kept) exactly once
    first_lines = [json.loads(line) for line in out2[:committed]]
    assert first_lines == [json.loads(line) for line in third.out.splitlines()[:committed]]


def test_rescans_skip_unchanged_posts_and_rescreen_after_a_rules_change(tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 8)
    db = tmp_path / "scan.sqlite"
    out = tmp_path / "out.jsonl"
    first = run("scan", posts, "--db", db, "-o", out)
    assert first.returncode == 1, first.err
    assert screened_in(first.err) == (8, 0)
    report = out.read_text(encoding="utf-8")
    second = run("scan", posts, "--db", db, "-o", out)
    assert screened_in(second.err) == (0, 8)
    assert out.read_text(encoding="utf-8") == report  # output is complete when nothing was screened
    assert "\r" not in first.err + second.err  # no progress line when standard error is not a terminal
    for proc in (first, second):
        assert_clean_errors(proc)
        assert len(proc.err.splitlines()) == 1 and re.search(r"block \d+, review \d+, pass \d+", proc.err)
        assert "input errors" in proc.err and re.search(r"\d+\.\ds", proc.err)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    with (rules / "categories.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a district edit\n")
    third = run("scan", posts, "--db", db, "--rules", rules, "-o", out)
    assert screened_in(third.err) == (8, 0)
    assert "8 under older rules" in third.err and "rescreened" in third.err
    assert out.read_text(encoding="utf-8") == report


def test_store_faults_are_one_line_and_exit_2(tmp_path):
    posts = write_posts(tmp_path / "posts.jsonl", 2)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 200)
    cases = [
        (("--db", tmp_path / "no" / "such" / "folder" / "scan.sqlite"), "does its folder exist"),
        (("--db", junk), "not a database"),
        (("--db", tmp_path), "is a directory"),
    ]
    for args, says in cases:
        proc = run("scan", posts, *args)
        assert proc.returncode == 2, proc.err
        assert_clean_errors(proc)
        assert proc.err.startswith("screener: error: DB: ") and says in proc.err, proc.err
        assert len(proc.err.splitlines()) == 1 and proc.out == ""
    assert junk.read_bytes() == b"not a database" * 200  # left as it was
    if os.geteuid() != 0:  # root writes through file modes
        db = tmp_path / "ro.sqlite"
        run("scan", posts, "--db", db)
        db.chmod(0o400)
        proc = run("scan", posts, "--db", db)
        assert proc.returncode == 2 and "DB: " in proc.err and "readonly" in proc.err


# ---- progress ----------------------------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_progress_shows_rate_and_eta_at_most_five_times_a_second():
    term, clock = Terminal(), Clock()
    p = Progress(total=100, stream=term, clock=clock)
    assert p.enabled
    for i, t in enumerate((0.1, 0.15, 0.2, 0.5, 10.0), 1):
        clock.t = t
        p.update(i * 10)
    draws = term.getvalue().split("\r\x1b[K")[1:]
    assert len(draws) == 3  # 0.1, 0.5 and 10.0; 0.15 and 0.2 came too soon
    assert draws[0] == "screener: 10/100 posts (10%)  0/s  ETA ?"  # no rate before a second item
    assert draws[-1] == "screener: 50/100 posts (50%)  4/s  ETA 0:12"  # 40 posts in 9.9 s, 50 to go
    p.echo("screener: error: x.jsonl:3: malformed JSON")
    assert term.getvalue().endswith("\r\x1b[Kscreener: error: x.jsonl:3: malformed JSON\n")
    p.close()


def test_progress_without_a_total_shows_elapsed_time_and_is_silent_off_a_terminal(tmp_path):
    term, clock = Terminal(), Clock()
    p = Progress(stream=term, clock=clock)
    clock.t = 5
    p.update(1)
    clock.t = 75
    p.update(141)
    assert term.getvalue().endswith("screener: 141 posts  2/s  1:15 elapsed")
    p.close()
    assert term.getvalue().endswith("\r\x1b[K")
    plain = io.StringIO()
    quiet = Progress(total=10, stream=plain)
    quiet.update(5)
    quiet.close()
    assert not quiet.enabled and plain.getvalue() == ""
    posts = write_posts(tmp_path / "posts.jsonl", 7)
    assert estimate_total([str(posts), str(posts)]) == 14
    csv = tmp_path / "posts.csv"
    csv.write_text("id,text\n1,hello\n", encoding="utf-8")
    assert estimate_total([str(posts), str(csv)]) is None
    assert estimate_total(["-"]) is None


def test_a_pool_worker_takes_sigterm_at_the_kernels_default(monkeypatch):
    """Pool.terminate() sends SIGTERM to workers that may be blocked on the task queue; a Python-level
    handler inherited from the CLI could miss it there and hang the pool's exit."""
    from screener import scan as scan_module

    monkeypatch.setattr(scan_module, "_WORKER", None)  # restored after the test
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)  # what the CLI installs
    try:
        scan_module._init_worker({"use_model": False})
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, previous)
