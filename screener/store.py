"""The scan store: an SQLite file that makes rescans cheap and interrupted scans resumable, and holds
the overseer's review labels.

What is kept, per post: its key (input path, post id, occurrence of that id in the input), a hash of
what decides its screening (text, kind, bio, platform), the fingerprint of the screening setup it was
screened under, and its report *without evidence* (offsets, labels, scores, categories, verdict).
Post text, matched text and roster names are never stored: a finding carries a keyed fingerprint
(HMAC-SHA256, with a random key made for this database) of its label and normalised matched text.

A post is screened again when it is new, when its content changed, or when the setup changed: the
setup fingerprint covers every rules file, the roster's content, the trained models and the
screener version, so a policy change applies to the whole history (policies are retroactive).

Writes are batched (``batch_size`` posts or ``commit_seconds``, whichever comes first) in WAL mode:
a killed scan loses at most its last uncommitted batch, and rerunning the same command screens only
what is not stored yet. Every sqlite failure (disk full, read-only file, not a database) is raised as
StoreError with a one-line message; what was committed before it stays.

The review log (``reviews``) is append-only: triggers refuse UPDATE and DELETE, the latest row for a
finding is its status. See ``review.py`` for what the labels mean.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from .errors import ScreenerError
from .types import Disclaimer, Finding, Post, Report

SCHEMA_VERSION = 1
BATCH_SIZE = 200
COMMIT_SECONDS = 5.0
REVIEW_STATUSES = ("open", "confirmed", "false_positive", "accepted")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,              -- running (or killed), complete, interrupted, failed
    setup TEXT NOT NULL,               -- fingerprint of rules, roster, models, screener version
    version TEXT NOT NULL,
    inputs TEXT NOT NULL,              -- JSON list of input paths
    screened INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS posts (
    source TEXT NOT NULL,              -- absolute input path, or <stdin>
    post_id TEXT NOT NULL,
    occurrence INTEGER NOT NULL,       -- 0, or n for the n-th repeat of this id in the same input
    position INTEGER NOT NULL,         -- its place in the input when last seen (for listing in order)
    content_hash TEXT NOT NULL,
    setup TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    screened_at TEXT NOT NULL,
    verdict TEXT NOT NULL,             -- before review labels are applied
    report TEXT NOT NULL,              -- JSON, no evidence
    PRIMARY KEY (source, post_id, occurrence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS findings (
    source TEXT NOT NULL,
    post_id TEXT NOT NULL,
    occurrence INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    fid TEXT NOT NULL,                 -- the finding's id for review: survives offsets moving
    label TEXT NOT NULL,
    recognizer TEXT NOT NULL,
    score REAL NOT NULL,
    reason TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,         -- HMAC(key, label + normalised matched text)
    PRIMARY KEY (source, post_id, occurrence, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS findings_fid ON findings (fid);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fid TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'false_positive', 'accepted')),
    reason TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    label TEXT NOT NULL,
    recognizer TEXT NOT NULL,
    source TEXT NOT NULL,
    post_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_fid ON reviews (fid, id);
CREATE TRIGGER IF NOT EXISTS reviews_append_only_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reviews_append_only_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""

_LATEST_REVIEWS = "SELECT * FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews GROUP BY fid)"


class StoreError(ScreenerError):
    """The scan database cannot be opened, read or written. Committed work is kept."""


class PostKey(NamedTuple):
    source: str
    post_id: str
    occurrence: int
    position: int = 0  # not part of the identity: where the post sits in its input

    @property
    def ident(self) -> tuple[str, str, int]:
        return (self.source, self.post_id, self.occurrence)


@dataclass(frozen=True)
class Lookup:
    """What the store knows about a post: ``state`` is new, changed (content), stale (setup) or
    unchanged; ``report`` the stored report data when unchanged."""

    state: str
    report: dict[str, Any] | None = None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def source_key(path: str | os.PathLike) -> str:
    """How an input path is named in the store: absolute, so a rescan from another folder matches."""
    p = os.fspath(path)
    return "<stdin>" if p == "-" else os.path.abspath(p)


def content_hash(post: Post) -> str:
    """Hash of everything about a post that its screening depends on (the id is part of its key)."""
    platform = (post.account or {}).get("platform")
    data = json.dumps([post.text, post.kind, post.bio, platform], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def setup_fingerprint(screener) -> str:
    """One hash of everything that decides a screening besides the post: every rules file
    (``config.fingerprint``), the roster's content, the trained models (every file in models/) and
    the version."""
    from . import __version__
    from .classify import artifacts

    models_dir = getattr(artifacts, "MODELS_DIR", Path(__file__).resolve().parent.parent / "models")
    h = hashlib.sha256()

    def part(name: str, value: Any) -> None:
        h.update(f"{name}\0{value}\0".encode("utf-8", "surrogatepass"))

    part("version", __version__)
    part("config", screener.config.fingerprint)
    roster = getattr(screener, "roster", None)
    students = getattr(roster, "students", None)
    if roster is None:
        part("roster", "none")
    elif students is None:
        part("roster", repr(roster))
    else:
        rh = hashlib.sha256()
        for s in students:
            rh.update(json.dumps(list(vars(s).values()) if hasattr(s, "__dict__") else repr(s),
                                 ensure_ascii=False, default=str).encode("utf-8", "surrogatepass") + b"\n")
        part("roster", rh.hexdigest())
    part("use_model", bool(getattr(screener, "use_model", True)))
    part("use_post_models", bool(getattr(screener, "use_post_models", True)))
    for artifact in sorted(p for p in Path(models_dir).glob("*") if p.is_file()):
        try:  # the trained models and their metadata: a few MB, hashed in milliseconds
            part(f"model:{artifact.name}", hashlib.sha256(artifact.read_bytes()).hexdigest())
        except OSError:
            part(f"model:{artifact.name}", "unreadable")
    return h.hexdigest()[:32]


def normalise_match(text: str) -> str:
    """Matched text as fingerprinted: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# ---- reports without evidence, as stored --------------------------------------------------------
def report_to_data(report: Report) -> dict[str, Any]:
    """A report as stored: no matched text, no redacted text; scores unrounded."""
    return {
        "verdict": report.verdict,
        "findings": [{"label": f.label, "start": f.start, "end": f.end, "score": f.score, "reason": f.reason,
                      "recognizer": f.recognizer, "context": list(f.context), "opt_out": f.opt_out}
                     for f in report.findings],
        "categories": list(report.categories),
        "disclaimer": {"required": report.disclaimer.required, "present": report.disclaimer.present,
                       "suggestion": report.disclaimer.suggestion},
        "policy": list(report.policy),
        "reasons": list(report.reasons),
        "error": report.error,
    }


def report_from_data(data: dict[str, Any], post: Post, rewrite=None) -> Report:
    """Rebuild a stored report for ``post`` (whose content hash matched): the matched text comes back
    from the post itself, and the safe rewrite is redone when ``rewrite`` (Screener.rewrite) is given."""
    findings = tuple(Finding(label=f["label"], start=f["start"], end=f["end"], score=f["score"],
                             reason=f["reason"], recognizer=f["recognizer"], text=post.text[f["start"]:f["end"]],
                             context=tuple(f.get("context") or ()), opt_out=bool(f.get("opt_out")))
                     for f in data["findings"])
    d = data["disclaimer"]
    disclaimer = Disclaimer(required=d["required"], present=d["present"], suggestion=d.get("suggestion"))
    categories = tuple(data["categories"])
    return Report(id=post.id, verdict=data["verdict"], findings=findings, categories=categories,
                  disclaimer=disclaimer, policy=tuple(data["policy"]), reasons=tuple(data.get("reasons") or ()),
                  redacted=rewrite(post, findings, disclaimer, categories) if rewrite else None,
                  error=data.get("error"))


# ---- the store --------------------------------------------------------------------------------------
class Store:
    """An SQLite scan store. ``create=False`` refuses a path that does not exist (review commands).

    Use as a context manager, or call ``close()``: both commit what is pending.
    """

    def __init__(self, path: str | os.PathLike, *, create: bool = True, batch_size: int = BATCH_SIZE,
                 commit_seconds: float = COMMIT_SECONDS):
        self.path = os.fspath(path)
        self.batch_size = max(1, batch_size)
        self.commit_seconds = commit_seconds
        self._pending: list[tuple] = []
        self._pending_skipped = 0
        self._last_commit = time.monotonic()
        self.run_id: int | None = None
        self.setup: str | None = None
        self.suppressed: frozenset[str] = frozenset()
        self._conn: sqlite3.Connection | None = None
        if not create and not os.path.exists(self.path):
            raise StoreError(f"DB: {self.path}: no such scan database (make one with 'screener scan --db')")
        if os.path.isdir(self.path):
            raise StoreError(f"DB: {self.path}: is a directory, not a database file")
        try:
            with self._errors("cannot open"):
                self._create_private()
                self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
                self._conn.row_factory = sqlite3.Row
                if self._conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._init_schema()
                self._key = bytes.fromhex(self._meta("hmac_key"))
        except StoreError:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            raise

    def _create_private(self) -> None:
        """A new database file is readable by its owner only: its findings are confidential."""
        if os.path.exists(self.path):
            return
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        os.close(fd)

    # ---- errors: every sqlite failure becomes one line naming the database ---------------------
    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            self._rollback()
            raise StoreError(f"DB: {self.path}: {doing}: {_explain(exc)}") from None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; anything cut short (an error, an interrupt between statements)
        is rolled back whole, so a batch is either written or still pending."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._rollback()
            raise
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _init_schema(self) -> None:
        conn = self._conn
        have = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if have is None:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(f"DB: {self.path}: is an SQLite database but not a screener scan store")
        else:
            version = self._meta("schema_version")
            if version is None or not version.isdigit() or int(version) > SCHEMA_VERSION:
                raise StoreError(f"DB: {self.path}: made by a newer screener (schema {version}, this one "
                                 f"reads {SCHEMA_VERSION}); upgrade screener")
            if int(version) == SCHEMA_VERSION and self._meta("hmac_key"):
                return  # nothing to write: a read-only store can still be listed
        with self._transaction():
            for statement in _statements(_SCHEMA):
                conn.execute(statement)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('hmac_key', ?)", (secrets.token_hex(32),))
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('created_at', ?)", (now(),))

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    # ---- keyed fingerprints and finding ids ---------------------------------------------------
    def fingerprint(self, label: str, matched: str) -> str:
        """HMAC-SHA256 (this database's key) of a finding's label and normalised matched text."""
        msg = f"{label}\0{normalise_match(matched)}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()

    @staticmethod
    def finding_id(key: PostKey, label: str, fingerprint: str) -> str:
        """A finding's id for review: (post key, label, fingerprint), so it survives offsets moving."""
        msg = json.dumps([key.source, key.post_id, key.occurrence, label, fingerprint], ensure_ascii=False)
        return hashlib.sha256(msg.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def finding_ids(self, key: PostKey, report: Report) -> list[tuple[str, str]]:
        """(finding id, fingerprint) for each finding of ``report`` (its findings must carry text)."""
        out = []
        for f in report.findings:
            fp = self.fingerprint(f.label, f.text)
            out.append((self.finding_id(key, f.label, fp), fp))
        return out

    # ---- scanning -------------------------------------------------------------------------------
    def begin_run(self, setup: str, inputs: Iterable[str]) -> int:
        """Start a run under ``setup``; loads the review labels that suppress findings in it."""
        from . import __version__

        self.setup = setup
        with self._errors("cannot start a run"):
            cur = self._conn.execute(
                "INSERT INTO runs (started_at, status, setup, version, inputs) VALUES (?, 'running', ?, ?, ?)",
                (now(), setup, __version__, json.dumps([str(p) for p in inputs], ensure_ascii=False)))
            self.run_id = cur.lastrowid
            self.suppressed = frozenset(r["fid"] for r in self._conn.execute(
                _LATEST_REVIEWS.replace("SELECT *", "SELECT fid") + " AND status IN ('accepted', 'false_positive')"))
        self._last_commit = time.monotonic()
        return self.run_id

    def previous_setup(self) -> str | None:
        """The setup of the last run before this one, or None on a new database."""
        with self._errors("cannot read"):
            row = self._conn.execute("SELECT setup FROM runs WHERE id < ? ORDER BY id DESC LIMIT 1",
                                     (self.run_id if self.run_id is not None else 1 << 62,)).fetchone()
        return None if row is None else row[0]

    def lookup(self, key: PostKey, digest: str) -> Lookup:
        with self._errors("cannot read"):
            row = self._conn.execute(
                "SELECT content_hash, setup, report FROM posts WHERE source = ? AND post_id = ? AND occurrence = ?",
                key.ident).fetchone()
        if row is None:
            return Lookup("new")
        if row["content_hash"] != digest:
            return Lookup("changed")
        if row["setup"] != self.setup:
            return Lookup("stale")
        return Lookup("unchanged", json.loads(row["report"]))

    def record(self, key: PostKey, digest: str, report: Report, ids: list[tuple[str, str]]) -> None:
        """Remember a freshly screened post (committed with its batch)."""
        data = report_to_data(report)
        rows = [(key.source, key.post_id, key.occurrence, i, fid, f.label, f.recognizer, f.score, f.reason,
                 f.start, f.end, fp) for i, (f, (fid, fp)) in enumerate(zip(report.findings, ids))]
        self._pending.append((key, digest, report.verdict, json.dumps(data, ensure_ascii=False), rows))
        self._maybe_commit()

    def note_skipped(self) -> None:
        self._pending_skipped += 1
        self._maybe_commit()

    def _maybe_commit(self) -> None:
        if (len(self._pending) >= self.batch_size
                or time.monotonic() - self._last_commit >= self.commit_seconds):
            self.commit()

    def commit(self) -> None:
        """Write the pending batch in one transaction."""
        if self._conn is None:
            return
        self._last_commit = time.monotonic()
        if not self._pending and not self._pending_skipped:
            return
        pending, skipped = self._pending, self._pending_skipped
        stamp = now()
        with self._errors(f"cannot save the last {len(pending)} screened posts"), self._transaction() as conn:
            for key, digest, verdict, report_json, rows in pending:
                conn.execute("INSERT OR REPLACE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (*key, digest, self.setup, self.run_id, stamp, verdict, report_json))
                conn.execute("DELETE FROM findings WHERE source = ? AND post_id = ? AND occurrence = ?", key.ident)
                conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            if self.run_id is not None:
                conn.execute("UPDATE runs SET screened = screened + ?, skipped = skipped + ? WHERE id = ?",
                             (len(pending), skipped, self.run_id))
        self._pending, self._pending_skipped = [], 0

    def end_run(self, status: str, errors: int = 0) -> None:
        """Commit what is pending and close the run's record."""
        self.commit()
        if self.run_id is None:
            return
        with self._errors("cannot close the run"):
            self._conn.execute("UPDATE runs SET status = ?, finished_at = ?, errors = ? WHERE id = ?",
                               (status, now(), errors, self.run_id))
        self.run_id = None

    def abandon_pending(self) -> None:
        """Forget the uncommitted batch (after a failed write); a rerun screens those posts again."""
        self._pending, self._pending_skipped = [], 0
        self.run_id = None

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            self.commit()
        finally:
            self._pending, self._pending_skipped = [], 0
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, typ, exc, tb) -> None:
        if isinstance(exc, StoreError):  # the batch could not be written: do not try again
            self.abandon_pending()
        self.close()

    # ---- queries for review ---------------------------------------------------------------------
    def current_setup(self) -> str | None:
        with self._errors("cannot read"):
            row = self._conn.execute("SELECT setup FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else row[0]

    def finding_rows(self, label: str | None = None) -> list[sqlite3.Row]:
        """Current findings, one row per finding id (its first occurrence in the post), with the post's
        setup and the latest review (status NULL if never reviewed)."""
        sql = ("SELECT f.fid, f.source, f.post_id, f.occurrence, f.label, f.recognizer, MIN(f.ord) AS first, "
               "f.score, f.reason, f.start_offset AS start, f.end_offset AS end_, COUNT(*) AS count, p.setup, "
               "p.screened_at, r.status, r.reason AS review_reason, r.by, r.at "
               "FROM findings f JOIN posts p USING (source, post_id, occurrence) "
               f"LEFT JOIN ({_LATEST_REVIEWS}) r ON r.fid = f.fid ")
        args: tuple = ()
        if label:
            sql += "WHERE f.label = ? "
            args = (label,)
        sql += "GROUP BY f.fid ORDER BY f.source, p.position, f.post_id, f.occurrence, start"
        with self._errors("cannot read"):
            return self._conn.execute(sql, args).fetchall()

    def resolve_finding(self, ref: str) -> sqlite3.Row:
        """The current finding whose id is ``ref`` or starts with it (at least 6 characters)."""
        ref = ref.strip().lower()
        if len(ref) < 6 or any(c not in "0123456789abcdef" for c in ref):
            raise StoreError(f"DB: {self.path}: {ref!r} is not a finding id (16 hex digits, or 6 or more of "
                             f"its first; 'screener review --db {self.path}' lists them)")
        with self._errors("cannot read"):
            rows = self._conn.execute(
                "SELECT DISTINCT fid, label, recognizer, source, post_id FROM findings WHERE fid >= ? AND fid < ? "
                "LIMIT 2", (ref, ref + "g")).fetchall()
        if not rows:
            raise StoreError(f"DB: {self.path}: no finding {ref} in the current scan results")
        if len(rows) > 1 and rows[0]["fid"] != rows[1]["fid"]:
            raise StoreError(f"DB: {self.path}: {ref} matches several findings; give more of the id")
        return rows[0]

    def append_review(self, fid: str, status: str, reason: str, by: str, at: str, label: str, recognizer: str,
                      source: str, post_id: str) -> int:
        with self._errors("cannot save the review"):
            cur = self._conn.execute(
                "INSERT INTO reviews (fid, status, reason, by, at, label, recognizer, source, post_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (fid, status, reason, by, at, label, recognizer, source, post_id))
            return cur.lastrowid

    def review_history(self, fid: str) -> list[sqlite3.Row]:
        with self._errors("cannot read"):
            return self._conn.execute("SELECT * FROM reviews WHERE fid = ? ORDER BY id", (fid,)).fetchall()

    def latest_reviews(self) -> list[sqlite3.Row]:
        with self._errors("cannot read"):
            return self._conn.execute(_LATEST_REVIEWS + " ORDER BY id").fetchall()

    def counts(self) -> dict[str, int]:
        """Posts, findings and runs stored (for summaries and tests)."""
        with self._errors("cannot read"):
            c = self._conn.execute
            return {"posts": c("SELECT count(*) FROM posts").fetchone()[0],
                    "findings": c("SELECT count(*) FROM findings").fetchone()[0],
                    "runs": c("SELECT count(*) FROM runs").fetchone()[0],
                    "reviews": c("SELECT count(*) FROM reviews").fetchone()[0]}

    def runs(self) -> list[sqlite3.Row]:
        with self._errors("cannot read"):
            return self._conn.execute("SELECT * FROM runs ORDER BY id").fetchall()


def _statements(script: str) -> list[str]:
    """Split the schema script into statements (triggers hold ';' inside BEGIN ... END)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        code = line.split("--", 1)[0].rstrip()
        if not code:
            continue
        buf.append(code)
        joined = "\n".join(buf)
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out


def _explain(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        import errno

        msg = exc.strerror or str(exc)
        if exc.errno in (errno.ENOENT, errno.EACCES, errno.EROFS, errno.EPERM):
            return f"{msg} (does its folder exist and is it writable?)"
        if exc.errno == errno.ENOSPC:
            return f"{msg}; free space and rerun"
        return msg
    msg = str(exc)
    low = msg.lower()
    if "disk is full" in low or "disk full" in low or "no space" in low:
        return f"{msg}; everything committed before this is kept: free space and rerun to resume"
    if "readonly" in low or "read-only" in low:
        return f"{msg}; give a writable --db path"
    if "not a database" in low:
        return f"{msg} (not an SQLite scan store)"
    if "unable to open" in low:
        return f"{msg} (does its folder exist and is it writable?)"
    return msg
