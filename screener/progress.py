"""A one-line progress display on standard error: posts done, rate, and ETA when the total is known
(elapsed time otherwise). Drawn only when the stream is a terminal, at most ``max_rate`` times a
second; messages printed through ``echo`` clear it first so lines never interleave."""
from __future__ import annotations

import os
import sys
import time
from typing import Callable, Iterable, TextIO


def _clock(secs: float) -> str:
    secs = int(max(0, secs))
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    def __init__(self, total: int | None = None, stream: TextIO | None = None, enabled: bool | None = None,
                 max_rate: float = 5.0, clock: Callable[[], float] = time.monotonic, label: str = "posts"):
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _is_tty(self.stream)
        self.enabled = enabled
        self.total = total
        self.interval = 1.0 / max_rate
        self.clock = clock
        self.label = label
        self.started = clock()
        self.done = 0
        self._first: tuple[float, int] | None = None  # rate counts from the first item (after loading)
        self._last = float("-inf")
        self._shown = False

    def update(self, done: int) -> None:
        """``done`` items so far; redraws if enough time has passed."""
        self.done = done
        if not self.enabled:
            return
        t = self.clock()
        if self._first is None:
            self._first = (t, done)
        if t - self._last < self.interval:
            return
        self._last = t
        self._draw(t)

    def line(self, t: float | None = None) -> str:
        t = self.clock() if t is None else t
        elapsed = t - self.started
        t0, n0 = self._first or (self.started, 0)
        rate = (self.done - n0) / (t - t0) if t > t0 else 0.0
        if self.total:
            pct = min(100, 100 * self.done // self.total)
            left = max(0, self.total - self.done)
            eta = _clock(left / rate) if rate > 0 else "?"
            return f"screener: {self.done:,}/{self.total:,} {self.label} ({pct}%)  {rate:,.0f}/s  ETA {eta}"
        return f"screener: {self.done:,} {self.label}  {rate:,.0f}/s  {_clock(elapsed)} elapsed"

    def _draw(self, t: float) -> None:
        try:
            self.stream.write("\r\x1b[K" + self.line(t))
            self.stream.flush()
            self._shown = True
        except (OSError, ValueError):
            self.enabled = False

    def clear(self) -> None:
        if self._shown:
            try:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self._shown = False
            self._last = float("-inf")

    def echo(self, message: str) -> None:
        """Print a whole line (an error, say) without tearing the progress line."""
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.clear()


def _is_tty(stream) -> bool:
    try:
        return bool(stream.isatty()) and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError, OSError):
        return False


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many posts ``paths`` hold, when cheap to know: the lines of JSON Lines files. None for
    standard input and other formats (then progress shows elapsed time instead of an ETA)."""
    from .sources import detect_format
    from .sources.detect import JSONL

    total = 0
    for p in paths:
        if p == "-" or not os.path.isfile(p) or detect_format(p) != JSONL:
            return None
        try:
            with open(p, "rb") as fh:
                last = b"\n"
                for block in iter(lambda: fh.read(1 << 20), b""):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        except OSError:
            return None
    return total
