"""Batch scanning: many files, streamed, in order, optionally across worker processes.

Bad records come out as InputError through ``on_error`` at their place in the stream; every good
record yields exactly one Report, in input order.
"""
from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from .errors import InputError
from .sources import read_posts
from .types import Post, Report

CHUNK = 64


@dataclass
class ScanSummary:
    posts: int = 0
    errors: int = 0
    verdicts: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def add(self, report: Report) -> None:
        self.posts += 1
        self.verdicts[report.verdict] += 1

    def line(self) -> str:
        secs = time.monotonic() - self.started
        rate = self.posts / secs if secs > 0 else 0.0
        v = ", ".join(f"{k} {self.verdicts.get(k, 0)}" for k in ("block", "review", "pass"))
        return f"screened {self.posts} posts ({v}); {self.errors} input errors; {secs:.1f}s ({rate:.0f} posts/s)"

    def to_dict(self) -> dict:
        return {"posts": self.posts, "errors": self.errors, "verdicts": dict(self.verdicts)}


def iter_posts(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[Post]:
    for path in paths:
        for item in read_posts(path):
            if isinstance(item, InputError):
                on_error(item)
            else:
                yield item


def scan(screener, paths: Iterable[str], on_error: Callable[[InputError], None], jobs: int = 1,
         summary: ScanSummary | None = None) -> Iterator[Report]:
    """Screen every post in ``paths``; reports come out in input order."""
    posts = iter_posts(paths, on_error)
    reports = screener.screen_many(posts) if jobs <= 1 else _parallel(screener, posts, jobs)
    for report in reports:
        if summary is not None:
            summary.add(report)
        yield report


# ---- worker processes: each builds its Screener once ----------------------------------------
_WORKER = None


def _init_worker(args: dict) -> None:
    global _WORKER
    from .pipeline import Screener

    _WORKER = Screener(**args)


def _screen_chunk(posts: list[Post]) -> list[Report]:
    return list(_WORKER.screen_many(posts))


def _parallel(screener, posts: Iterator[Post], jobs: int) -> Iterator[Report]:
    """Ordered parallel map with a bounded window, so memory stays flat on any archive size."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(screener.worker_args(),)) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * jobs:
                chunk = list(islice(posts, CHUNK))
                if not chunk:
                    break
                pending.append(pool.apply_async(_screen_chunk, (chunk,)))
            if not pending:
                return
            yield from pending.popleft().get()
