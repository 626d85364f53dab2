"""CSV (or TSV) with a header row: one post per row, read row by row.

Columns are found by name, case-insensitively, or named with options:

=============  ==================================================  =======================
option         default column names                                becomes
=============  ==================================================  =======================
text_column    text, post, content, message, body, full_text,      Post.text (required)
               caption, tweet
id_column      id, post_id, tweet_id                               Post.id (else name:line)
kind_column    kind, post_kind                                     Post.kind (personal/official)
handle_column  handle, username, screen_name                       account["handle"]
bio_column     bio, account_bio, profile                           account["bio"]
account_column account                                             a JSON object -> account;
                                                                   other text -> account["handle"]
=============  ==================================================  =======================

The delimiter is sniffed from the header (``,`` ``;`` tab ``|``) unless given. Text must be UTF-8
(a BOM is fine) unless ``encoding=`` says otherwise (Excel's "CSV" on Windows is ``cp1252``).
Errors name the line a row starts on; a bad row costs only itself.
"""
from __future__ import annotations

import codecs
import csv
import json
from typing import Any, BinaryIO, Iterator

from ..errors import InputError
from ..types import KINDS
from ._base import Item, check_kind, guarded, make_post

TEXT_NAMES = ("text", "post", "content", "message", "body", "full_text", "caption", "tweet")
ID_NAMES = ("id", "post_id", "tweet_id")
KIND_NAMES = ("kind", "post_kind")
HANDLE_NAMES = ("handle", "username", "screen_name")
BIO_NAMES = ("bio", "account_bio", "profile")
ACCOUNT_NAMES = ("account",)


class _Undecodable(Exception):
    def __init__(self, line: int, exc: UnicodeDecodeError):
        super().__init__(str(exc))
        self.line, self.exc = line, exc


def _lines(fh: BinaryIO, encoding: str, counter: list[int]) -> Iterator[str]:
    """Decoded lines, counted; a BOM before the header is dropped."""
    enc = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    for raw in fh:
        counter[0] += 1
        try:
            yield raw.decode(enc)
        except UnicodeDecodeError as exc:
            raise _Undecodable(counter[0], exc) from None


def _column(header: list[str], option: str | None, names: tuple[str, ...], what: str) -> int | None:
    lowered = [h.strip().lower() for h in header]
    if option is not None:
        want = option.strip().lower()
        if want not in lowered:
            raise ValueError(f"no {what} column {option!r}; the header has {', '.join(header)}")
        return lowered.index(want)
    return next((lowered.index(n) for n in names if n in lowered), None)


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@guarded
def parse_csv(fh: BinaryIO, name: str, *, kind: str | None = None, account: dict | None = None,
              text_column: str | None = None, id_column: str | None = None, kind_column: str | None = None,
              handle_column: str | None = None, bio_column: str | None = None,
              account_column: str | None = None, delimiter: str | None = None, encoding: str = "utf-8",
              skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """Posts from a CSV file with a header row."""
    check_kind(kind)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None
    counter = [0]
    lines = _lines(fh, encoding, counter)
    try:
        first = next(lines, None)
        if first is None or not first.strip():
            yield InputError("empty file: expected a header row naming a text column", name, 1 if first else None)
            return
        if delimiter is None:
            delimiter = "\t" if name.lower().endswith(".tsv") else _delimiter(first)

        def chain() -> Iterator[str]:
            yield first
            yield from lines

        reader = csv.reader(chain(), delimiter=delimiter, strict=True)
        header = next(reader)
        try:
            cols = {
                "text": _column(header, text_column, TEXT_NAMES, "text"),
                "id": _column(header, id_column, ID_NAMES, "id"),
                "kind": _column(header, kind_column, KIND_NAMES, "kind"),
                "handle": _column(header, handle_column, HANDLE_NAMES, "handle"),
                "bio": _column(header, bio_column, BIO_NAMES, "bio"),
                "account": _column(header, account_column, ACCOUNT_NAMES, "account"),
            }
        except ValueError as exc:
            yield InputError(str(exc), name, 1)
            return
        if cols["text"] is None:
            yield InputError(f"no text column: the header has {', '.join(header)}; name one of "
                             f"{', '.join(TEXT_NAMES)} or pass text_column=", name, 1)
            return
        yield from _rows(reader, header, cols, name, kind, account, skip_empty)
    except _Undecodable as exc:
        yield InputError(f"not {encoding} (byte 0x{exc.exc.object[exc.exc.start]:02x} at column "
                         f"{exc.exc.start + 1}); save it as UTF-8 or pass encoding= (e.g. cp1252); "
                         "the rest of the file was not read", name, exc.line)
    except csv.Error as exc:  # only from the header row
        yield InputError(f"malformed CSV header: {exc}", name, 1)


def _rows(reader, header: list[str], cols: dict[str, int | None], name: str, kind: str | None,
          account: dict | None, skip_empty: bool) -> Iterator[Item]:
    def cell(row: list[str], key: str) -> str:
        i = cols[key]
        return row[i] if i is not None and i < len(row) else ""

    text_name = header[cols["text"]]  # type: ignore[index]
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            yield InputError(f"malformed CSV row: {exc}", name, start)
            continue
        end = reader.line_num
        if not any(c.strip() for c in row):
            continue
        text = cell(row, "text")
        if not text.strip():
            if not skip_empty:
                yield InputError(f"row has no text in column {text_name!r}", name, start)
            continue
        row_kind = cell(row, "kind").strip().lower() or kind
        if row_kind not in KINDS and row_kind is not None:
            yield InputError(f"kind must be personal, official or empty, not {row_kind!r}", name, start)
            continue
        acct: dict[str, Any] = {}
        raw_account = cell(row, "account").strip()
        if raw_account.startswith("{"):
            try:
                parsed = json.loads(raw_account)
            except json.JSONDecodeError as exc:
                yield InputError(f"account column is not a JSON object: {exc.msg}", name, start)
                continue
            if not isinstance(parsed, dict):
                yield InputError("account column is not a JSON object", name, start)
                continue
            acct.update(parsed)
        elif raw_account:
            acct["handle"] = raw_account
        if cell(row, "handle").strip():
            acct["handle"] = cell(row, "handle").strip()
        if cell(row, "bio").strip():
            acct["bio"] = cell(row, "bio")
        acct = {**(account or {}), **acct}
        pid = cell(row, "id").strip() or f"{name}:{start}"
        yield make_post(text, pid, row_kind, acct or None)
