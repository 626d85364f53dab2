"""Renderers: one per output format. Evidence (matched text) is written only when asked for.

Batch reports are written through a streaming *writer*, so memory stays bounded however many posts a
scan covers::

    writer = WRITERS[fmt](out, evidence=show_evidence)   # out: a text stream (file or stdout)
    for post, report in pairs:                           # once per post, in input order
        writer.write(report, post)
    writer.close(summary.to_dict())                      # SARIF and HTML emit their aggregate here

``post`` may be None when only the report is at hand; writers then fall back to what the report
carries (no account, no month, no post text in the HTML). ``close`` flushes but never closes
``out``: the caller owns the stream. Writers write to ``out`` directly, so an ``OSError`` (full disk,
closed pipe) comes out of ``write``/``close`` for the caller to report.
"""
from __future__ import annotations

from typing import Protocol, TextIO

from ..types import Post, Report


class Writer(Protocol):
    def __init__(self, out: TextIO, evidence: bool = False) -> None: ...

    def write(self, report: Report, post: Post | None = None) -> None:
        """Add one post's report. Called once per post, in input order."""

    def close(self, summary: dict | None = None) -> None:
        """Finish the output (``summary``: ``ScanSummary.to_dict()``, optional). Does not close ``out``."""


class JsonlWriter:
    """JSON Lines: one SPEC object per post (``Report.to_dict``), one per line."""

    def __init__(self, out: TextIO, evidence: bool = False) -> None:
        self.out = out
        self.evidence = evidence

    def write(self, report: Report, post: Post | None = None) -> None:
        from .jsonl import render

        self.out.write(render(report, self.evidence) + "\n")

    def close(self, summary: dict | None = None) -> None:
        self.out.flush()


from .csv_report import CsvWriter  # noqa: E402  (after Writer/JsonlWriter: they import nothing from here)
from .html import HtmlWriter  # noqa: E402
from .sarif import SarifWriter  # noqa: E402

WRITERS: dict[str, type] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "sarif": SarifWriter,
    "html": HtmlWriter,
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def get_writer(fmt: str, out: TextIO, evidence: bool = False) -> Writer:
    """The writer for ``fmt`` (one of FORMATS); ValueError names the formats on offer."""
    try:
        cls = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})") from None
    return cls(out, evidence=evidence)


__all__ = ["Writer", "JsonlWriter", "CsvWriter", "SarifWriter", "HtmlWriter", "WRITERS", "FORMATS",
           "get_writer"]
