"""Screen posts on a Dask cluster: the same reports as a local scan, in input order, in bounded memory.

The client reads the posts, sends them to the cluster in chunks, keeps at most ``window`` chunks in
flight and yields the reports in input order; an archive of any size never sits in memory, on the
client or on the workers. Every worker process builds its Screener once, from the same arguments
the local ``--jobs`` path uses (``Screener.worker_args()``), and reuses it for every chunk. The
spaCy model and the trained classifiers load on the first chunk a worker screens.

Before it screens anything, each worker checks that it would screen like the client: the same
screener release and library versions, the same rules (their fingerprint), the same roster, the
same trained models and spaCy pipeline. A worker set up differently fails the scan with a
ConfigError saying what differs, instead of quietly returning different verdicts.

See docs/dask.md for running a scheduler and workers.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid
from collections import OrderedDict, deque
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from ..errors import ConfigError, InputError
from ..pipeline import as_post
from ..types import Post, Report

if TYPE_CHECKING:
    from distributed import Client

DEFAULT_CHUNK = 64
WINDOW_PER_THREAD = 4       # default window: chunks in flight per worker thread in the cluster
_WINDOW_REFRESH = 5.0       # seconds between looks at the cluster's size (it may scale while we run)
_PATH_ARGS = ("roster", "config", "rules")
_LIBRARIES = ("screener", "spacy", "scikit-learn", "presidio-analyzer", "presidio-anonymizer")


def screen_on_dask(screener_args: Mapping[str, Any], posts: Iterable[Post | dict],
                   scheduler: "str | Client", chunk: int = DEFAULT_CHUNK,
                   window: int | None = None) -> Iterator[Report]:
    """Screen ``posts`` on a Dask cluster; yield one Report per post, in input order.

    ``screener_args`` are the keyword arguments of ``Screener`` (``Screener.worker_args()``); paths
    in it must be readable on every worker (relative paths are made absolute here). ``scheduler`` is
    a scheduler address (``tcp://host:8786``), for which a client is opened and closed, or a
    connected synchronous ``distributed.Client``, which is left open. ``chunk`` posts go to a worker
    at a time; at most ``window`` chunks are in flight (default: 4 per worker thread in the cluster).

    The rules and roster are loaded here first, so a bad rules file or roster fails before the
    cluster is contacted. A dict that is not a valid post raises InputError naming its position,
    after the reports of every post before it. Errors on a worker (a ConfigError for a worker set up
    differently from this machine, a ModelError for a missing model) are raised here.
    """
    if not isinstance(chunk, int) or chunk < 1:
        raise ConfigError(f"dask engine: chunk must be a positive integer, not {chunk!r}")
    if window is not None and (not isinstance(window, int) or window < 1):
        raise ConfigError(f"dask engine: window must be a positive integer, not {window!r}")
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError("the dask engine needs dask's distributed scheduler: "
                          "pip install 'dask[distributed]'") from None
    from ..pipeline import Screener

    args = _portable_args(screener_args)
    expected = _environment(Screener(**args))
    return _stream(args, expected, posts, scheduler, chunk, window)


def _portable_args(screener_args: Mapping[str, Any]) -> dict[str, Any]:
    """The Screener arguments with relative paths made absolute (workers may run elsewhere)."""
    args = dict(screener_args)
    for name in _PATH_ARGS:
        value = args.get(name)
        if isinstance(value, (str, Path)) and str(value):
            path = Path(value).expanduser()
            args[name] = str(path.resolve() if path.exists() else path)
    return args


def _stream(args: dict, expected: dict, posts: Iterable[Post | dict], scheduler, chunk: int,
            window: int | None) -> Iterator[Report]:
    from dask.base import tokenize
    from distributed import Client

    own = not isinstance(scheduler, Client)
    if own:
        try:
            client = Client(scheduler, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    else:
        client = scheduler
    pending: deque = deque()
    try:
        if client.asynchronous:
            raise ConfigError("the dask engine needs a synchronous distributed.Client")
        key = tokenize(args, expected)
        run = uuid.uuid4().hex[:12]
        size = _Window(client, window)
        source = iter(posts)
        index = submitted = 0
        error: InputError | None = None
        while True:
            while error is None and len(pending) < size():
                batch: list[Post] = []
                for item in islice(source, chunk):
                    index += 1
                    try:
                        batch.append(as_post(item, index))
                    except InputError as exc:
                        error = exc
                        break
                if not batch:
                    break
                pending.append(client.submit(_screen_chunk, batch, key, args, expected,
                                             key=f"screener-chunk-{run}-{submitted}", pure=False))
                submitted += 1
                if len(batch) < chunk:
                    break
            if not pending:
                if error is not None:
                    raise error
                return
            reports = pending.popleft().result()
            yield from reports
    finally:
        if pending:
            client.cancel(list(pending))
            pending.clear()
        if own:
            client.close()


class _Window:
    """How many chunks may be in flight: fixed, or 4 per worker thread, looked up now and then."""

    def __init__(self, client, fixed: int | None):
        self.client, self.fixed = client, fixed
        self.value, self.checked = 0, float("-inf")

    def __call__(self) -> int:
        if self.fixed is not None:
            return self.fixed
        now = time.monotonic()
        if now - self.checked >= _WINDOW_REFRESH:
            threads = sum(self.client.nthreads().values())
            self.value, self.checked = WINDOW_PER_THREAD * max(1, threads), now
        return self.value


# ---- what the client and the workers compare ---------------------------------------------------
def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _environment(screener) -> dict[str, str | None]:
    """What decides a Screener's output besides the post: versions, rules, roster, models."""
    from ..classify.artifacts import MODELS_DIR

    env: dict[str, str | None] = {f"{dist} version": _version(dist) for dist in _LIBRARIES}
    env["rules fingerprint"] = screener.config.fingerprint
    nlp = screener.config.nlp_model
    env[f"spaCy pipeline {nlp}"] = None if os.path.isdir(nlp) else _version(nlp)
    students = getattr(screener.roster, "students", None)
    env["roster"] = None if students is None else hashlib.sha256(repr(students).encode()).hexdigest()[:16]
    for meta in sorted(Path(MODELS_DIR).glob("*.json")):
        try:
            env[f"model {meta.stem}"] = json.loads(meta.read_text()).get("sha256")
        except (OSError, ValueError):
            env[f"model {meta.stem}"] = "unreadable"
    return env


def _check_environment(actual: dict, expected: dict) -> None:
    """Refuse to screen unlike the client. Values the client could not see (None) are not compared."""
    diffs = [f"{name}: {actual.get(name) or 'missing'} here, {value} on the client"
             for name, value in expected.items() if value is not None and actual.get(name) != value]
    if diffs:
        raise ConfigError(f"dask worker {_worker_address()} is not set up like the client "
                          f"({'; '.join(diffs)}); install the same screener, rules, models and spaCy "
                          f"model on every worker (scripts/setup.sh; see docs/dask.md)")


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


# ---- on the workers: one Screener per worker process, reused for every chunk --------------------
_MAX_SCREENERS = 4
_screeners: OrderedDict[str, Any] = OrderedDict()
_cache_lock = threading.Lock()
# A worker may run several threads; the spaCy pipeline is shared by every Screener in the process
# and is not made for concurrent use, so one chunk is screened at a time per process. Use one
# thread per worker process (dask worker --nthreads 1 --nworkers N) and scale with processes.
_screen_lock = threading.Lock()
_stats = {"screeners_built": 0, "chunks": 0, "posts": 0}


def _worker_screener(key: str, args: dict, expected: dict):
    with _cache_lock:
        screener = _screeners.get(key)
        if screener is not None:
            _screeners.move_to_end(key)
            return screener
        from ..pipeline import Screener

        screener = Screener(**args)
        _check_environment(_environment(screener), expected)
        _screeners[key] = screener
        _stats["screeners_built"] += 1
        while len(_screeners) > _MAX_SCREENERS:
            _screeners.popitem(last=False)
        return screener


def _screen_chunk(posts: list[Post], key: str, args: dict, expected: dict) -> list[Report]:
    """The task: screen one chunk with this worker's cached Screener."""
    screener = _worker_screener(key, args, expected)
    with _screen_lock:
        reports = list(screener.screen_many(posts))
    with _cache_lock:
        _stats["chunks"] += 1
        _stats["posts"] += len(posts)
    return reports


def worker_stats() -> dict[str, int]:
    """This process's engine counters: Screeners built, spaCy model loads, chunks and posts screened.

    Run it on every worker with ``client.run(worker_stats)``.
    """
    from ..nlp import entity_pipeline, load_pipeline

    with _cache_lock:
        return {**_stats, "screeners_cached": len(_screeners),
                "model_loads": load_pipeline.cache_info().misses,
                "ner_loads": entity_pipeline.cache_info().misses}
