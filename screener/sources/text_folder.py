"""Plain-text drafts: each ``.txt`` / ``.md`` file is one post, its id the file name (inside a folder
or zip: the path relative to it, e.g. ``week3/monday.md``). Text is UTF-8, kept exactly as written
except for trailing blank space (the editor's final newline is not part of the post)."""
from __future__ import annotations

import os
from typing import Any, BinaryIO, Iterator

from ..errors import InputError
from ._base import MAX_TEXT_BYTES, Item, Source, check_kind, guarded, make_post


@guarded
def parse_text(fh: BinaryIO, name: str, *, post_id: str | None = None, kind: str | None = None,
               account: dict | None = None, skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """One post from one text file."""
    check_kind(kind)
    raw = fh.read(MAX_TEXT_BYTES + 1)
    if len(raw) > MAX_TEXT_BYTES:
        yield InputError(f"larger than {MAX_TEXT_BYTES >> 20} MiB; not a post", name)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        yield InputError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8", name, line)
        return
    text = text.rstrip()
    if not text.strip():
        if not skip_empty:
            yield InputError("empty: no text to screen", name)
        return
    yield make_post(text, post_id or os.path.basename(name), kind, account)


def read_text(source: Source, name: str | None = None, **options: Any) -> Iterator[Item]:
    """One post from a .txt/.md file (id: its file name, or ``post_id=``)."""
    return parse_text(source, name, **options)


def read_text_folder(path: str | os.PathLike, name: str | None = None, **options: Any) -> Iterator[Item]:
    """Every post in a folder: its .txt/.md drafts, and any other format found there."""
    from .zip_archive import read_directory

    return read_directory(path, name, **options)
