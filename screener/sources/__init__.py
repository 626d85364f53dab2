"""Input adapters: each turns a file into a stream of Post or InputError, in file order.

Errors are yielded, not raised, so one bad record never stops a batch and nothing is dropped
silently: the caller reports each error (file and line) and screens the rest.

``read_posts(path)`` detects the format (``detect.py`` lists the rules): JSON Lines (the SPEC's
input), CSV, a .txt/.md draft or a folder of them, the X archive's tweets.js, Facebook's your_posts
JSON, Instagram's posts_N.json, Mastodon's outbox.json — and folders and .zip files holding any of
these. ``-`` is standard input, read as JSON Lines. Everything streams: memory stays flat whatever
the size of the archive.

Options (all keyword, all optional):

- ``format``: one of ``detect.FORMATS`` to skip detection.
- ``kind``: ``"personal"`` or ``"official"`` for posts whose input does not say (platform exports
  never do: their posts keep ``kind=None`` unless this is given).
- ``account``: a dict (``bio``, ``handle``, ``platform``) for keys the input does not supply.
- ``skip_empty``: skip records with no text (photo-only posts, boosts of nothing) instead of
  reporting each as an InputError.
- CSV: ``text_column``, ``id_column``, ``kind_column``, ``handle_column``, ``bio_column``,
  ``account_column``, ``delimiter``, ``encoding``.
"""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..types import Post
from ._base import Item, check_kind, html_to_text, repair_mojibake
from .csv_posts import parse_csv as read_csv
from .detect import (CSV, FACEBOOK, FORMATS, INSTAGRAM, JSONL, MASTODON, TEXT, TWITTER, ZIP, sniff_file)
from .facebook import read_facebook
from .instagram import read_instagram
from .jsonl import read_jsonl
from .mastodon import read_mastodon
from .text_folder import read_text, read_text_folder
from .twitter import read_twitter
from .zip_archive import read_directory, read_zip

__all__ = ["Item", "read_posts", "read_jsonl", "read_csv", "read_text", "read_text_folder", "read_twitter",
           "read_facebook", "read_instagram", "read_mastodon", "read_zip", "read_directory", "detect_format",
           "repair_mojibake", "html_to_text", "FORMATS"]

OPTIONS = frozenset({"format", "kind", "account", "skip_empty", "text_column", "id_column", "kind_column",
                     "handle_column", "bio_column", "account_column", "delimiter", "encoding"})

_READERS = {CSV: read_csv, TEXT: read_text, TWITTER: read_twitter, FACEBOOK: read_facebook,
            INSTAGRAM: read_instagram, MASTODON: read_mastodon, ZIP: read_zip}


def detect_format(path: str | Path) -> str | None:
    """The format ``read_posts`` would read ``path`` as ("dir" for a folder), or None if unknown."""
    p = str(path)
    if p == "-":
        return JSONL
    if os.path.isdir(p):
        return "dir"
    fmt = sniff_file(p)
    if fmt is None and _looks_like_json_lines(p):
        return JSONL  # what every input was before detection existed: its errors name each bad line
    return fmt


def read_posts(path: str | Path, **options: Any) -> Iterator[Item]:
    """Posts from one input path ('-' is standard input, read as JSON Lines). Bad options raise
    ValueError/TypeError at once; bad input comes out as InputError items."""
    unknown = set(options) - OPTIONS
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(OPTIONS))}")
    check_kind(options.get("kind"))
    fmt = options.pop("format", None)
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if options.get("account") is not None and not isinstance(options["account"], dict):
        raise TypeError("account must be a dict")
    return _read(str(path), fmt, options)


def _read(p: str, fmt: str | None, options: dict[str, Any]) -> Iterator[Item]:
    if p == "-":
        yield from with_defaults(read_jsonl(p), options.get("kind"), options.get("account"))
        return
    if not os.path.exists(p):
        yield InputError("no such file or folder", p)
        return
    if fmt is None:
        fmt = detect_format(p)
    if fmt == "dir" or (fmt == TEXT and os.path.isdir(p)):
        yield from read_directory(p, p, **options)
    elif fmt == JSONL:
        yield from with_defaults(read_jsonl(p), options.get("kind"), options.get("account"))
    elif fmt is None:
        yield InputError("cannot tell the format: expected JSON Lines (.jsonl), CSV, .txt/.md, a .zip or "
                         "folder, X's tweets.js, Facebook's your_posts*.json, Instagram's posts_N.json "
                         "or Mastodon's outbox.json", p)
    else:
        yield from _READERS[fmt](p, p, **options)


def with_defaults(items: Iterable[Item], kind: str | None, account: dict | None) -> Iterator[Item]:
    """Fill a post's missing kind and account keys from the caller's options."""
    for item in items:
        if isinstance(item, Post) and ((kind and item.kind is None) or account):
            item = dataclasses.replace(
                item, kind=item.kind or kind,
                account={**(account or {}), **(item.account or {})} if account else item.account)
        yield item


def _looks_like_json_lines(path: str) -> bool:
    """Starts with '{' and (for .json) its first line is a whole JSON object."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 20)
    except OSError:
        return True  # let the JSON Lines reader say why it cannot be read
    first = first.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not first.startswith(b"{"):
        return False
    if not path.lower().endswith(".json"):
        return True
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
