"""Input adapters: each turns a file into a stream of Post or InputError, in file order.

Errors are yielded, not raised, so one bad record never stops a batch and nothing is dropped
silently: the caller reports each error (file and line) and screens the rest.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..types import Post
from .jsonl import read_jsonl

Item = Post | InputError


def read_posts(path: str | Path) -> Iterator[Item]:
    """Posts from one input path ('-' is standard input, read as JSON Lines)."""
    p = str(path)
    if p != "-" and not Path(p).exists():
        yield InputError("no such file", p)
        return
    if p != "-" and Path(p).is_dir():
        yield InputError("is a directory; give JSON Lines files", p)
        return
    yield from read_jsonl(p)
