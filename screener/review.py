"""The overseer's review of stored findings, and what the labels do to later scans.

A finding is labelled ``confirmed`` (a real leak), ``false_positive`` (not what its label says) or
``accepted`` (real, but allowed: say, a published contact), always with a reason, by whom and when;
``open`` reopens it. Labels are rows appended to the store's review log, never changed or deleted;
a finding's status is its latest label.

Later scans do not raise accepted or false-positive findings again: the report leaves them out and
its verdict, categories and rewrite are decided again from the findings that remain
(``apply_reviews``). Confirmed findings stay. A finding is known by (post, label, keyed fingerprint
of its matched text), so its label survives edits elsewhere in the post and rescreens after a rules
change. Precision per recognizer (``precision``) is confirmed / (confirmed + false positive).
"""
from __future__ import annotations

import getpass
import os
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from .errors import ScreenerError
from .store import REVIEW_STATUSES, Store, now
from .types import Post, Report

SUPPRESSING = ("accepted", "false_positive")
LABELS = REVIEW_STATUSES[1:]  # what a reviewer may set; "open" reopens


@dataclass(frozen=True)
class FindingRow:
    """A stored finding as the overseer sees it: never its matched text (the store does not have it)."""

    id: str
    source: str
    post_id: str
    label: str
    recognizer: str
    score: float
    reason: str
    start: int
    end: int
    count: int
    status: str
    review_reason: str | None
    by: str | None
    at: str | None
    stale: bool  # screened under rules, roster or models older than the latest run's

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["score"] = round(self.score, 3)
        return out


@dataclass(frozen=True)
class Review:
    id: int
    finding: str
    status: str
    reason: str
    by: str
    at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RecognizerStats:
    recognizer: str
    confirmed: int = 0
    false_positive: int = 0
    accepted: int = 0
    open: int = 0

    @property
    def precision(self) -> float | None:
        judged = self.confirmed + self.false_positive
        return self.confirmed / judged if judged else None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["precision"] = None if self.precision is None else round(self.precision, 3)
        return out


def default_reviewer() -> str:
    try:
        return os.environ.get("USER") or getpass.getuser() or "unknown"
    except Exception:  # getpass raises when no user name can be found at all
        return "unknown"


def list_findings(store: Store, status: str = "open", label: str | None = None) -> list[FindingRow]:
    """Current findings with status ``status`` (open, confirmed, false_positive, accepted or all)."""
    if status not in REVIEW_STATUSES + ("all",):
        raise ScreenerError(f"status must be one of {', '.join(REVIEW_STATUSES)} or all, not {status!r}")
    current = store.current_setup()
    rows = []
    for r in store.finding_rows(label):
        st = r["status"] or "open"
        if status != "all" and st != status:
            continue
        rows.append(FindingRow(id=r["fid"], source=r["source"], post_id=r["post_id"], label=r["label"],
                               recognizer=r["recognizer"], score=r["score"], reason=r["reason"], start=r["start"],
                               end=r["end_"], count=r["count"], status=st, review_reason=r["review_reason"],
                               by=r["by"], at=r["at"], stale=r["setup"] != current))
    return rows


def mark(store: Store, finding: str, status: str, reason: str, by: str | None = None) -> Review:
    """Append a label for ``finding`` (its id, or an unambiguous prefix of at least 6 characters)."""
    if status not in REVIEW_STATUSES:
        raise ScreenerError(f"a review is one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ScreenerError("a review needs a reason (--reason \"...\")")
    by = " ".join((by or default_reviewer()).split())
    row = store.resolve_finding(finding)
    at = now()
    rid = store.append_review(row["fid"], status, reason, by, at, row["label"], row["recognizer"], row["source"],
                              row["post_id"])
    return Review(id=rid, finding=row["fid"], status=status, reason=reason, by=by, at=at)


def history(store: Store, finding: str) -> list[Review]:
    """Every label ever given to a finding, oldest first: the audit trail."""
    fid = store.resolve_finding(finding)["fid"]
    return [Review(id=r["id"], finding=r["fid"], status=r["status"], reason=r["reason"], by=r["by"], at=r["at"])
            for r in store.review_history(fid)]


def precision(store: Store) -> list[RecognizerStats]:
    """Per recognizer: latest labels (each finding counted once) and open current findings."""
    counts: dict[str, dict[str, int]] = {}
    labelled = set()
    for r in store.latest_reviews():
        if r["status"] == "open":  # reopened: counted below if it is still found
            continue
        labelled.add(r["fid"])
        c = counts.setdefault(r["recognizer"], {})
        c[r["status"]] = c.get(r["status"], 0) + 1
    for row in store.finding_rows():
        if row["fid"] not in labelled:
            c = counts.setdefault(row["recognizer"], {})
            c["open"] = c.get("open", 0) + 1
    return [RecognizerStats(recognizer=name, **c) for name, c in sorted(counts.items())]


def total(stats: Iterable[RecognizerStats]) -> RecognizerStats:
    stats = list(stats)
    return RecognizerStats(recognizer="(all)", confirmed=sum(s.confirmed for s in stats),
                           false_positive=sum(s.false_positive for s in stats),
                           accepted=sum(s.accepted for s in stats), open=sum(s.open for s in stats))


def apply_reviews(screener, post: Post, report: Report, ids: list[str], suppressed: frozenset[str] | set[str]
                  ) -> tuple[Report, int]:
    """``report`` without the findings the overseer accepted or marked false positive, decided again
    from what remains (verdict, categories, rewrite). Returns (report, number of findings left out).

    ``ids`` are the finding ids of ``report.findings``, in order."""
    if not suppressed or not report.findings:
        return report, 0
    kept = [f for f, fid in zip(report.findings, ids) if fid not in suppressed]
    dropped = len(report.findings) - len(kept)
    if not dropped:
        return report, 0
    return screener.decide(post, kept), dropped


# ---- plain-text tables for the command line ----------------------------------------------------------
def _short_source(source: str) -> str:
    return os.path.basename(source) or source


def format_findings(rows: list[FindingRow], status: str) -> str:
    if not rows:
        return f"no {'' if status == 'all' else status.replace('_', ' ') + ' '}findings"
    table = [("ID", "POST", "LABEL", "RECOGNIZER", "SCORE", "STATUS", "REASON")]
    for r in rows:
        post = f"{_short_source(r.source)}:{r.post_id} @{r.start}-{r.end}" + (f" (x{r.count})" if r.count > 1 else "")
        why = r.reason
        if r.status != "open" or r.by:
            why += f" | {r.status} by {r.by} at {r.at}: {r.review_reason}"
        if r.stale:
            why += " | screened under older rules: rescan its archive"
        table.append((r.id, post, r.label, r.recognizer, f"{r.score:.2f}", r.status, why))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1] for row in table]
    lines.append(f"{len(rows)} finding{'s' if len(rows) != 1 else ''} (matched text is never stored: see it with "
                 f"'screener scan --show-evidence' on the archive)")
    return "\n".join(line.rstrip() for line in lines)


def format_stats(stats: list[RecognizerStats]) -> str:
    if not stats:
        return "no findings stored yet"
    head = ("RECOGNIZER", "CONFIRMED", "FALSE_POSITIVE", "ACCEPTED", "OPEN", "PRECISION")
    rows = [head]
    for s in stats + [total(stats)]:
        p = "n/a" if s.precision is None else f"{s.precision:.2f}"
        rows.append((s.recognizer, str(s.confirmed), str(s.false_positive), str(s.accepted), str(s.open), p))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    out = [rows[0][0].ljust(widths[0]) + "  " + "  ".join(c.rjust(w) for c, w in zip(rows[0][1:], widths[1:]))]
    for r in rows[1:]:
        out.append(r[0].ljust(widths[0]) + "  " + "  ".join(c.rjust(w) for c, w in zip(r[1:], widths[1:])))
    out.append("precision = confirmed / (confirmed + false_positive), from each finding's latest label")
    return "\n".join(out)
