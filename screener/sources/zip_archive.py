"""Folders and .zip files: every member is detected on its own (``detect.sniff``) and read by its
adapter, streamed straight out of the archive (nothing is extracted, except a zip inside a zip,
which is spooled to a temporary file). Members that are not posts (photos, likes, settings) are
skipped; a folder or zip with no posts at all is an error.

A platform export's profile files are read for the account: ``account.js``/``profile.js`` beside an
X ``tweets.js``, ``actor.json`` beside a Mastodon ``outbox.json``, Facebook's
``profile_information.json`` and Instagram's ``personal_information.json`` anywhere in the export.
In a platform export, ``README*`` text files are not posts.
"""
from __future__ import annotations

import os
import posixpath
import re
import shutil
import tempfile
import zipfile
import zlib
from typing import Any, BinaryIO, Callable, Iterator

from ..errors import InputError
from . import facebook, instagram, mastodon, twitter
from ._base import Item, Source, check_kind, guarded, source_name
from .csv_posts import parse_csv
from .detect import (CANDIDATE_EXT, CSV, FACEBOOK, HEAD, INSTAGRAM, JSONL, MASTODON, PLATFORMS, TEXT, TWITTER,
                     ZIP, extension, sniff)
from .text_folder import parse_text

MAX_NESTING = 3
_SKIP_DIRS = ("__MACOSX",)
_OPEN_ERRORS = (OSError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, EOFError, ValueError)


_PART = re.compile(r"(tweets?)(?:-part(\d+))?\.js$")


def member_order(member: str) -> tuple:
    """Files of a folder before its subfolders, by name; X's tweets.js, tweets-part1.js, ... in part
    order and its note-tweet.js (long posts) after them."""
    *folders, base = member.split("/")
    m = _PART.match(base)
    rank = (0, int(m.group(2) or 0)) if m else ((1, 0) if base.startswith("note-tweet") else (0, 0))
    return (folders, rank, base)


class _Folder:
    def __init__(self, path: str, name: str):
        self.path, self.name = path, name

    def members(self) -> list[str]:
        out: list[str] = []
        for root, dirs, files in os.walk(self.path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
            rel = os.path.relpath(root, self.path)
            for f in files:
                if not f.startswith("."):
                    out.append(f if rel == "." else posixpath.join(*rel.split(os.sep), f))
        return sorted(out, key=member_order)

    def open(self, member: str) -> BinaryIO:
        return open(os.path.join(self.path, *member.split("/")), "rb")  # noqa: SIM115

    def display(self, member: str) -> str:
        return os.path.join(self.name, *member.split("/"))


class _Zip:
    def __init__(self, zf: zipfile.ZipFile, name: str):
        self.zf, self.name = zf, name
        self._infos: dict[str, zipfile.ZipInfo] = {}

    def members(self) -> list[str]:
        for info in self.zf.infolist():
            if info.is_dir():
                continue
            member = info.filename.replace("\\", "/").lstrip("/")
            parts = member.split("/")
            if any(p.startswith(".") or p in _SKIP_DIRS for p in parts):
                continue
            self._infos.setdefault(member, info)
        return sorted(self._infos, key=member_order)

    def open(self, member: str) -> BinaryIO:
        return self.zf.open(self._infos[member])  # type: ignore[return-value]

    def display(self, member: str) -> str:
        return f"{self.name}/{member}"


def _open_error(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return "is encrypted; give an archive without a password"
    if isinstance(exc, NotImplementedError):
        return f"uses an unsupported compression method ({exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot open: {exc.strerror}"
    return f"cannot read: {exc}"


def _read_members(box, depth: int, options: dict[str, Any]) -> Iterator[Item]:
    try:
        members = box.members()
    except OSError as exc:
        yield InputError(f"cannot list: {exc.strerror or exc}", box.name)
        return
    found: list[tuple[str, str]] = []
    for m in members:
        if extension(m) not in CANDIDATE_EXT:
            continue
        try:
            with box.open(m) as fh:
                head = fh.read(HEAD)
        except _OPEN_ERRORS as exc:
            yield InputError(_open_error(exc), box.display(m))
            continue
        fmt = sniff(m, head)
        if fmt is not None:
            found.append((m, fmt))
    if any(fmt in PLATFORMS for _, fmt in found):  # an export's own README is not a post
        found = [(m, fmt) for m, fmt in found
                 if not (fmt == TEXT and posixpath.basename(m).lower().startswith("readme"))]
    if not found:
        yield InputError("no posts found: no .txt/.md drafts, CSV, JSON Lines or X, Facebook, Instagram "
                         "or Mastodon export files in it", box.name)
        return

    profiles: dict[tuple[str, str], dict[str, Any]] = {}

    def profile_for(fmt: str, member: str) -> Iterator[InputError]:
        module, beside = _PLATFORM_MODULES[fmt]
        folder = posixpath.dirname(member)
        key = (fmt, folder if beside else "")
        if key in profiles:
            return
        wanted = [m for m in members if posixpath.basename(m) in module.PROFILE_FILES
                  and (not beside or posixpath.dirname(m) == folder)]
        if not beside:  # one profile file for the whole export: the first found
            wanted = wanted[:1]
        files, errors = [], []
        for m in wanted:
            try:
                files.append((box.open(m), box.display(m)))
            except _OPEN_ERRORS as exc:
                errors.append(InputError(_open_error(exc), box.display(m)))
        try:
            profiles[key], more = module.load_profile(files)
        finally:
            for fh, _ in files:
                fh.close()
        yield from errors + more

    for m, fmt in found:
        display = box.display(m)
        if fmt in PLATFORMS:
            yield from profile_for(fmt, m)
            module, beside = _PLATFORM_MODULES[fmt]
            profile = profiles[(fmt, posixpath.dirname(m) if beside else "")]
            yield from _with_member(box, m, lambda fh: _PARSERS[fmt](fh, display, profile=profile, **options))
        elif fmt == TEXT:
            yield from _with_member(box, m, lambda fh: parse_text(fh, display, post_id=m, **options))
        elif fmt == ZIP:
            if depth >= MAX_NESTING:
                yield InputError(f"zip nested more than {MAX_NESTING} deep; unpack it first", display)
                continue
            yield from _with_member(box, m, lambda fh: _nested_zip(fh, display, depth + 1, options))
        else:
            yield from _with_member(box, m, lambda fh: _PARSERS[fmt](fh, display, **options))


def _with_member(box, member: str, read: Callable[[BinaryIO], Iterator[Item]]) -> Iterator[Item]:
    try:
        fh = box.open(member)
    except _OPEN_ERRORS as exc:
        yield InputError(_open_error(exc), box.display(member))
        return
    with fh:
        yield from read(fh)


def _nested_zip(fh: BinaryIO, name: str, depth: int, options: dict[str, Any]) -> Iterator[Item]:
    with tempfile.TemporaryFile() as tmp:
        try:
            shutil.copyfileobj(fh, tmp, 1 << 20)
        except _OPEN_ERRORS as exc:
            yield InputError(_open_error(exc), name)
            return
        tmp.seek(0)
        yield from _read_zip(tmp, name, depth, options)


def _read_zip(source: Source, name: str, depth: int, options: dict[str, Any]) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        yield InputError("not a valid zip file (damaged or not a zip)", name)
        return
    except OSError as exc:
        yield InputError(f"cannot open: {exc.strerror or exc}", name)
        return
    with zf:
        yield from _read_members(_Zip(zf, name), depth, options)


def read_zip(source: Source, name: str | None = None, **options: Any) -> Iterator[Item]:
    """Posts from every recognised file in a .zip (a path or a seekable binary file object)."""
    check_kind(options.get("kind"))
    return _read_zip(source, source_name(source, name), 0, options)


def read_directory(path: str | os.PathLike, name: str | None = None, **options: Any) -> Iterator[Item]:
    """Posts from every recognised file under a folder (hidden files and folders skipped)."""
    check_kind(options.get("kind"))
    path = os.fspath(path)
    if not os.path.isdir(path):
        return iter([InputError("not a folder", name or path)])
    return _read_members(_Folder(path, name or path), 0, options)


@guarded
def _parse_jsonl(fh: BinaryIO, name: str, **options: Any) -> Iterator[Item]:
    from . import with_defaults
    from .jsonl import parse_jsonl

    yield from with_defaults(parse_jsonl(fh, name), options.get("kind"), options.get("account"))


_PARSERS: dict[str, Callable[..., Iterator[Item]]] = {
    TWITTER: twitter.parse_twitter, FACEBOOK: facebook.parse_facebook, INSTAGRAM: instagram.parse_instagram,
    MASTODON: mastodon.parse_mastodon, CSV: parse_csv, JSONL: _parse_jsonl,
}
# platform -> (module, whether its profile files sit beside the posts file)
_PLATFORM_MODULES = {TWITTER: (twitter, True), MASTODON: (mastodon, True), FACEBOOK: (facebook, False),
                     INSTAGRAM: (instagram, False)}
