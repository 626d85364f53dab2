"""JSON Lines (the SPEC's input) through read_posts: detection, defaults, stdin, errors per line."""
from __future__ import annotations

import io
import sys

from screener.sources import read_posts

from ._util import JSONL_FILE, only_posts, split


def test_fixture():
    posts = only_posts(read_posts(JSONL_FILE))
    assert [p.id for p in posts] == ["jl-1", "jl-2", "jl-3", "jl-4", "jl-5"]
    assert posts[1].text == "So proud of Liam Ortiz for finally nailing his multiplication facts 🎉"
    assert posts[3].account == {"handle": "@mr_okafor", "bio": "Librarian. Views are my own."}
    assert [p.kind for p in posts] == ["official", "personal", None, "personal", "official"]


def test_kind_and_account_options_fill_only_what_records_lack():
    posts = only_posts(read_posts(JSONL_FILE, kind="personal", account={"platform": "x", "bio": "default"}))
    assert [p.kind for p in posts] == ["official", "personal", "personal", "personal", "official"]
    assert posts[0].account["bio"] == "Official account of Maple Grove Elementary School."
    assert posts[1].account == {"platform": "x", "bio": "default"}


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "from stdin"}\n')))
    assert [(p.id, p.text) for p in only_posts(read_posts("-"))] == [("s1", "from stdin")]


def test_json_lines_under_other_names_are_detected(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text('{"id": "1", "text": "a"}\n{"id": "2", "text": "b"}\n')
    assert [p.id for p in only_posts(read_posts(path))] == ["1", "2"]
    path = tmp_path / "batch.log"
    path.write_text('{"id": "1", "text": "a"}\nnot json\n')
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["1"] and [(e.path, e.line) for e in errors] == [(str(path), 2)]


def test_missing_path():
    _, errors = split(read_posts("/nonexistent/posts.jsonl"))
    assert [str(e) for e in errors] == ["/nonexistent/posts.jsonl: no such file or folder"]
