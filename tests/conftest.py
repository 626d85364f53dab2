"""Shared fixtures: one Screener per test session, no network, and a findings helper.

The spaCy model is cached per process (screener.nlp.load_pipeline), so the session-scoped Screener
costs one model load for the whole suite. Subprocess tests (test_cli.py) each pay their own load.

Test modules import the helpers with ``from conftest import labels, found`` (pytest puts this
directory on sys.path because it holds the root conftest).
"""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
ROOT = TESTS.parent
RULES = ROOT / "rules"


class NetworkBlocked(RuntimeError):
    pass


def block_network(monkeypatch, allowed_hosts: tuple[str, ...] = ()) -> None:
    """Make any network connection fail the test loudly, except to ``allowed_hosts``.

    Unix-domain sockets stay allowed (multiprocessing uses them locally).
    """
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def _check(sock, address):
        if sock.family == getattr(socket, "AF_UNIX", object()):
            return
        if not (isinstance(address, tuple) and address and address[0] in allowed_hosts):
            raise NetworkBlocked(f"network access attempted during a test: connect({address!r})")

    def connect(self, address):
        _check(self, address)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check(self, address)
        return real_connect_ex(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host not in (None, "", "localhost", "127.0.0.1", "::1", *allowed_hosts):
            raise NetworkBlocked(f"network access attempted during a test: getaddrinfo({host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Screening is offline: any attempt to open a network connection fails the test loudly."""
    block_network(monkeypatch)


@pytest.fixture(scope="session")
def screener():
    """The one Screener the suite shares (bundled rules, no roster)."""
    from screener import Screener

    s = Screener()
    s.screen("warm up")  # load the spaCy model and recognizers once
    return s


def labels(report, text: str | None = None) -> list[tuple[str, str]]:
    """(label, text of span) for every finding, in report order.

    With ``text`` (the original post) the span text is ``text[start:end]`` — the offsets are what is
    checked; without it, the Finding's own copy of the matched text.
    """
    if text is None:
        return [(f.label, f.text) for f in report.findings]
    return [(f.label, text[f.start:f.end]) for f in report.findings]


def found(screener, text: str, **kwargs) -> list[tuple[str, str]]:
    """Screen ``text``; (label, text[start:end]) per finding."""
    return labels(screener.screen(text, **kwargs), text)


def spans_of(screener, text: str, label: str) -> list[str]:
    """The text of every finding with ``label`` in ``text``."""
    return [t for lab, t in found(screener, text) if lab == label]
