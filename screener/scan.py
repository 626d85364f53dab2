"""Batch scanning: many files, streamed, in order, optionally across worker processes, optionally
against a scan store.

Bad records come out as InputError through ``on_error`` at their place in the stream; every good
record yields exactly one Report, in input order.

With a ``store`` (``screener.store.Store``) only new or changed posts are screened, and all of them
again when the rules, roster or models changed; a post already screened under the same setup gets
its stored report back (its matched text taken from the post again). Each freshly screened post is
recorded before its report is yielded, in batches, so a killed scan loses at most one batch and a
rerun screens only what was not committed. Findings the overseer accepted or marked false positive
are left out of the reports (``review.apply_reviews``).
"""
from __future__ import annotations

import signal
import threading
import time
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from .errors import InputError
from .sources import read_posts
from .types import Post, Report

CHUNK = 64
Engine = Callable[[Iterator[Post]], Iterator[Report]]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass
class ScanSummary:
    posts: int = 0
    errors: int = 0
    verdicts: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    stored: bool = False       # a scan store was used: the counts below mean something
    screened: Counter = field(default_factory=Counter)  # why each screened post was screened: new, changed, stale
    skipped: int = 0           # unchanged since stored
    suppressed: int = 0        # findings left out because of review labels
    setup_changed: bool = False

    def add(self, report: Report) -> None:
        self.posts += 1
        self.verdicts[report.verdict] += 1

    def line(self) -> str:
        secs = time.monotonic() - self.started
        rate = self.posts / secs if secs > 0 else 0.0
        v = ", ".join(f"{k} {self.verdicts.get(k, 0)}" for k in ("block", "review", "pass"))
        tail = f"{_count(self.errors, 'input error')}; {secs:.1f}s ({rate:.0f} posts/s)"
        if not self.stored:
            return f"screened {_count(self.posts, 'post')} ({v}); {tail}"
        why = ", ".join(f"{n} {k}" for k, n in (("new", self.screened["new"]), ("changed", self.screened["changed"]),
                                                 ("under older rules", self.screened["stale"])) if n)
        parts = [f"{_count(self.posts, 'post')} ({v})",
                 f"screened {sum(self.screened.values())}" + (f" ({why})" if why else ""),
                 f"skipped {self.skipped} unchanged"]
        if self.suppressed:
            parts.append(f"{_count(self.suppressed, 'reviewed finding')} not raised again")
        if self.setup_changed:
            parts.append("rules, roster or models changed since the last scan: stored posts rescreened")
        return "; ".join(parts) + f"; {tail}"

    def to_dict(self) -> dict:
        out = {"posts": self.posts, "errors": self.errors, "verdicts": dict(self.verdicts)}
        if self.stored:
            out.update(screened=sum(self.screened.values()), screened_by_reason=dict(self.screened),
                       skipped=self.skipped, suppressed=self.suppressed)
        return out


def _iter_sourced(paths: Iterable[str], on_error: Callable[[InputError], None],
                  kind: str | None = None) -> Iterator[tuple[str, Post]]:
    for path in paths:
        for item in read_posts(path, kind=kind):
            if isinstance(item, InputError):
                on_error(item)
            else:
                yield path, item


@dataclass
class _Item:
    """One post on its way through: ``stored`` is its stored report data when it need not be screened."""

    post: Post
    key: tuple | None = None
    digest: str | None = None
    state: str = "new"
    stored: dict | None = None


def scan(screener, paths: Iterable[str], on_error: Callable[[InputError], None], jobs: int = 1,
         summary: ScanSummary | None = None, store=None, engine: Engine | None = None,
         kind: str | None = None) -> Iterator[Report]:
    """Screen every post in ``paths``; reports come out in input order.

    ``store``: a ``screener.store.Store`` to resume from, record in and take review labels from.
    ``engine``: where posts are screened — a function from an iterator of posts to their reports in
    order (``dask_engine(...)``); default: this process, or ``jobs`` local worker processes.
    ``kind``: the kind of every post whose input does not say (platform exports never do); only a
    personal post is checked for a personal-views disclaimer."""
    for _, report in scan_posts(screener, paths, on_error, jobs, summary, store, engine, kind):
        yield report


def scan_posts(screener, paths: Iterable[str], on_error: Callable[[InputError], None], jobs: int = 1,
               summary: ScanSummary | None = None, store=None,
               engine: Engine | None = None, kind: str | None = None) -> Iterator[tuple[Post, Report]]:
    """Like scan(), with each report's post (report writers show accounts, months and text)."""
    if store is None:
        items = (_Item(post) for _, post in _iter_sourced(paths, on_error, kind))
        for item, report in _screen_items(screener, items, jobs, engine):
            if summary is not None:
                summary.add(report)
            yield item.post, report
        return
    yield from _scan_with_store(screener, list(paths), on_error, jobs, summary or ScanSummary(), store, engine, kind)


def dask_engine(screener, scheduler) -> Engine:
    """Screen on a Dask cluster (``scheduler``: an address or a distributed.Client)."""
    from .engines import screen_on_dask

    return lambda posts: screen_on_dask(screener.worker_args(), posts, scheduler)


def _scan_with_store(screener, paths: list[str], on_error, jobs: int, summary: ScanSummary,
                     store, engine: Engine | None = None, kind: str | None = None) -> Iterator[tuple[Post, Report]]:
    from .review import apply_reviews
    from .store import PostKey, StoreError, content_hash, report_from_data, setup_fingerprint, source_key

    summary.stored = True
    store.begin_run(setup_fingerprint(screener), [source_key(p) for p in paths])
    previous = store.previous_setup()
    summary.setup_changed = previous is not None and previous != store.setup

    def keyed() -> Iterator[_Item]:
        seen: dict[str, Counter] = {}  # per input: how often each post id came up so far
        for path, post in _iter_sourced(paths, on_error, kind):
            source = source_key(path)
            counter = seen.setdefault(source, Counter())
            key = PostKey(source, post.id, counter[post.id], counter.total())
            counter[post.id] += 1
            digest = content_hash(post)
            found = store.lookup(key, digest)
            yield _Item(post, key, digest, found.state, found.report)

    status, failure = "failed", None
    try:
        for item, fresh in _screen_items(screener, keyed(), jobs, engine):
            if fresh is not None:
                ids = store.finding_ids(item.key, fresh)
                with _signals_held():
                    store.record(item.key, item.digest, fresh, ids)
                    summary.screened[item.state] += 1
                report = fresh
            else:
                report = report_from_data(item.stored, item.post, screener.rewrite if screener.rewrites else None)
                ids = store.finding_ids(item.key, report)
                with _signals_held():
                    store.note_skipped()
                    summary.skipped += 1
            report, dropped = apply_reviews(screener, item.post, report, [fid for fid, _ in ids], store.suppressed)
            summary.suppressed += dropped
            summary.add(report)
            yield item.post, report
        status = "complete"
    except (KeyboardInterrupt, GeneratorExit):
        status = "interrupted"
        raise
    except BaseException as exc:
        failure = exc
        raise
    finally:
        if isinstance(failure, StoreError):
            store.abandon_pending()  # the store itself is failing: keep what it committed, try no more
        else:
            store.end_run(status, summary.errors)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C or ``kill`` between the store taking a post and the summary counting it would make the
    stop message disagree with what the store keeps (one post more in the store): over the pair, a
    signal is only noted, and raised again, to the handler it was meant for, right after.

    Python-level handlers, not a blocked signal mask: with other threads running (PyTorch's, a
    thread pool's) the kernel hands a process-wide signal to a thread that does not block it, and
    Python then raises it in the main thread wherever that is."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; it is also the only one Python interrupts
        return
    noted: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: noted.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
        if noted:
            signal.raise_signal(noted[0])


def _screen_items(screener, items: Iterator[_Item], jobs: int,
                  engine: Engine | None = None) -> Iterator[tuple[_Item, Report | None]]:
    """(item, fresh report) in input order; the report is None for items that have a stored one."""
    if engine is None and jobs > 1:
        yield from _parallel(screener, items, jobs)
        return
    engine = engine or screener.screen_many
    pending: deque[_Item] = deque()

    def todo() -> Iterator[Post]:
        for item in items:
            pending.append(item)
            if item.stored is None:
                yield item.post

    for report in engine(todo()):
        while pending[0].stored is not None:
            yield pending.popleft(), None
        yield pending.popleft(), report
    while pending:
        yield pending.popleft(), None


# ---- worker processes: each builds its Screener once ----------------------------------------
_WORKER = None


def _init_worker(args: dict) -> None:
    """The worker dies at the kernel's hand on SIGTERM, as Pool.terminate() expects. A forked worker
    inherits the CLI's Python-level handler, which runs only between bytecodes: a SIGTERM landing just
    before the worker blocks on the task queue was lost, and the pool's exit then waited for that
    worker forever (seen once in a CI run of `scan --jobs 2`)."""
    global _WORKER
    from .pipeline import Screener

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER = Screener(**args)


def _screen_chunk(posts: list[Post]) -> list[Report]:
    return list(_WORKER.screen_many(posts))


def _parallel(screener, items: Iterator[_Item], jobs: int) -> Iterator[tuple[_Item, Report | None]]:
    """Ordered parallel map with a bounded window, so memory stays flat on any archive size. Items
    with a stored report travel with their chunk but are not sent to a worker."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(screener.worker_args(),)) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * jobs:
                chunk = list(islice(items, CHUNK))
                if not chunk:
                    break
                todo = [item.post for item in chunk if item.stored is None]
                pending.append((chunk, pool.apply_async(_screen_chunk, (todo,)) if todo else None))
            if not pending:
                return
            chunk, result = pending.popleft()
            reports = iter(result.get() if result is not None else ())
            for item in chunk:
                yield item, (next(reports) if item.stored is None else None)
