"""The writer registry the CLI's --format uses, and the contract every writer keeps."""
from __future__ import annotations

import io

import pytest

from screener.report import FORMATS, WRITERS, get_writer

from ._samples import samples


def test_formats():
    assert FORMATS == ("jsonl", "csv", "sarif", "html")
    assert set(WRITERS) == set(FORMATS)


def test_get_writer():
    out = io.StringIO()
    assert isinstance(get_writer("csv", out, evidence=True), WRITERS["csv"])
    with pytest.raises(ValueError, match="jsonl, csv, sarif, html"):
        get_writer("xml", out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_writer_streams_and_leaves_the_stream_open(fmt):
    out = io.StringIO()
    writer = WRITERS[fmt](out, evidence=False)
    for post, report in samples():
        writer.write(report, post)
    writer.close({"posts": 5, "errors": 0, "verdicts": {"block": 2, "review": 2, "pass": 1}})
    assert not out.closed and out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_post_is_optional(fmt):
    out = io.StringIO()
    writer = WRITERS[fmt](out)
    for _, report in samples():
        writer.write(report)
    writer.close()
