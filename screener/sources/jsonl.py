"""JSON Lines (SPEC input): one post object per line, UTF-8. Decoded line by line so memory stays flat
and a bad line costs only itself."""
from __future__ import annotations

import json
import sys
from typing import BinaryIO, Iterator

from ..errors import InputError
from ..types import Post


def read_jsonl(path: str) -> Iterator[Post | InputError]:
    try:
        fh: BinaryIO = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        yield InputError(f"cannot open: {exc.strerror}", path)
        return
    name = "<stdin>" if path == "-" else path
    with fh:
        try:
            yield from parse_jsonl(fh, name)
        except OSError as exc:
            yield InputError(f"read failed: {exc.strerror}", name)


def parse_jsonl(fh: BinaryIO, name: str) -> Iterator[Post | InputError]:
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"invalid UTF-8 at byte {exc.start}", name, lineno)
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", name, lineno)
            continue
        try:
            yield Post.from_dict(data, default_id=f"{name}:{lineno}")
        except ValueError as exc:
            yield InputError(str(exc), name, lineno)
