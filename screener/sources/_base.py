"""What every input adapter shares: opening a path or file object, building a Post with the caller's
defaults, and the two text repairs platform exports need (Meta's mis-encoded UTF-8, Mastodon's HTML).

Adapters are generators of ``Post | InputError``: they never raise for bad input, so one bad record
or file costs only itself and the caller reports it (file and line) and screens the rest.
"""
from __future__ import annotations

import io
import os
import zipfile
import zlib
from html.parser import HTMLParser
from typing import IO, Any, BinaryIO, Callable, Iterable, Iterator, Union

from ..errors import InputError
from ..types import KINDS, Post

Item = Union[Post, InputError]
Source = Union[str, "os.PathLike[str]", BinaryIO, IO[bytes]]

# A post longer than this is not a post: refuse it instead of holding it in memory (zip bombs too).
MAX_TEXT_BYTES = 1 << 20


def source_name(source: Any, name: str | None) -> str:
    if name:
        return name
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "") or "<input>")


def open_binary(source: Source, name: str) -> tuple[BinaryIO | None, bool, InputError | None]:
    """(file object, whether we must close it, error). Paths are opened here; file objects are used
    as given and left open for their owner."""
    if isinstance(source, (str, os.PathLike)):
        try:
            return open(source, "rb"), True, None  # noqa: SIM115 - closed by the adapter
        except IsADirectoryError:
            return None, False, InputError("is a directory, not a file", name)
        except OSError as exc:
            return None, False, InputError(f"cannot open: {exc.strerror or exc}", name)
    return source, False, None  # type: ignore[return-value]


def guarded(parse: Callable[..., Iterator[Item]]) -> Callable[..., Iterator[Item]]:
    """Turn ``parse(fh, name, **options)`` into ``read(source, name=None, **options)``: checks ``kind``
    at once (a bad option is the caller's error: ValueError), opens and closes paths, and turns a
    failure while reading (I/O, a damaged zip member, data no adapter foresaw) into one InputError
    naming the file, so the scan goes on with the next file."""

    def read(source: Source, name: str | None = None, **options: Any) -> Iterator[Item]:
        check_kind(options.get("kind"))
        return _run(source, source_name(source, name), options)

    def _run(source: Source, name: str, options: dict[str, Any]) -> Iterator[Item]:
        fh, close, err = open_binary(source, name)
        if err is not None:
            yield err
            return
        try:
            yield from parse(fh, name, **options)
        except OSError as exc:
            yield InputError(f"read failed: {exc.strerror or exc}", name)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            yield InputError(f"damaged archive member: {exc}", name)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError,
                RecursionError) as exc:
            yield InputError(f"cannot read ({type(exc).__name__}: {exc}); the rest of the file was not read",
                             name)
        finally:
            if close:
                fh.close()

    read.__name__ = parse.__name__.replace("parse_", "read_")
    read.__doc__ = parse.__doc__
    return read


def read_with_profile(parse: Callable[..., Iterator[Item]], load_profile: Callable, find_files: Callable,
                      source: Source, name: str | None, profile: dict | None,
                      options: dict[str, Any]) -> Iterator[Item]:
    """A platform reader: given a path and no ``profile``, the export's profile files near it (found by
    ``find_files``) are read first for the account's handle and bio; their errors come out first."""
    check_kind(options.get("kind"))

    def run() -> Iterator[Item]:
        prof = profile
        if prof is None and isinstance(source, (str, os.PathLike)):
            prof, errors = load_profile(find_files(os.fspath(source)))
            yield from errors
        yield from parse(source, name, profile=prof, **options)

    return run()


def text_stream(fh: BinaryIO, errors: str = "strict") -> io.TextIOWrapper:
    """UTF-8 text over a binary file, BOM dropped, line ends kept as they are (so '\\n' counts lines).
    Call ``.detach()`` when done so the caller's file object is not closed with the wrapper."""
    return io.TextIOWrapper(fh, encoding="utf-8-sig", errors=errors, newline="")


class _Replay(io.RawIOBase):
    """``head`` again, then the rest of ``fh``: sniffing without seeking (zip members, stdin)."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self.head, self.fh = head, fh

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(b), len(self.head))
            b[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.fh.read(len(b))
        b[:len(data)] = data
        return len(data)


def peek_head(fh: BinaryIO, n: int) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``fh`` and a file object that still starts at the beginning."""
    head = fh.read(n)
    return head, io.BufferedReader(_Replay(head, fh), buffer_size=1 << 16)  # type: ignore[return-value]


def check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)} or None, not {kind!r}")
    return kind


def merge_account(profile: dict[str, Any] | None, account: dict[str, Any] | None) -> dict[str, Any] | None:
    """The input's own account facts; the caller's ``account`` fills only what the input lacks (as
    ``kind=`` does: options are defaults, what a file says about itself wins)."""
    if not profile and not account:
        return None
    return {**(account or {}), **(profile or {})}


def make_post(text: str, pid: str, kind: str | None, account: dict[str, Any] | None) -> Post:
    return Post(text=text, id=pid, kind=kind, account=dict(account) if account else None)


def posts_from(items: Iterable[Any], name: str, what: str, extract: Callable[[Any], tuple],
               kind: str | None, account: dict[str, Any] | None, skip_empty: bool) -> Iterator[Item]:
    """Posts from a streamed export array (``iter_array``'s items). ``extract(value)`` gives (id, text,
    why there is no text): no text with a reason is an input error (unless ``skip_empty``), no text
    and no reason is an element that is not a post, skipped."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        n, line, value = item
        pid, text, missing = extract(value)
        if text is None:
            if missing and not skip_empty:
                yield InputError(f"{what} {n}{f' ({pid})' if pid else ''} {missing}", name, line)
            continue
        yield make_post(text, pid or f"{name}:{line}", kind, account)


# ---- Meta (Facebook, Instagram) exports: UTF-8 bytes written as \u00XX escapes ----------------------

def repair_mojibake(text: str) -> str:
    """Facebook and Instagram write each UTF-8 byte as its own \\u00XX escape, so 'é' arrives as 'Ã©'.
    Re-reading the code points as bytes undoes that; text that was not mangled (pure ASCII, or real
    Latin-1 characters that are not valid UTF-8 as bytes) is returned as it was."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def repair_all(value: Any) -> Any:
    """repair_mojibake on every string inside a decoded JSON value."""
    if isinstance(value, str):
        return repair_mojibake(value)
    if isinstance(value, list):
        return [repair_all(v) for v in value]
    if isinstance(value, dict):
        return {k: repair_all(v) for k, v in value.items()}
    return value


# ---- HTML (Mastodon, ActivityPub) -> the text a reader sees ------------------------------------------

_BLOCK = {"p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
_LINE = {"br", "li", "tr"}
_SKIP = {"script", "style", "template"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pre = 0
        self.skip = 0

    def _trailing_newlines(self) -> int:
        have = 0
        for part in reversed(self.parts):
            stripped = part.rstrip("\n")
            have += len(part) - len(stripped)
            if stripped:
                break
        return have

    def _break(self, sep: str) -> None:
        if not self.parts:
            return
        have = self._trailing_newlines()
        if have < len(sep):
            self.parts.append("\n" * (len(sep) - have))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _LINE:
            self._break("\n")
        elif tag in _BLOCK:
            self._break("\n\n")
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._break("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = data.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
            if not data.strip() and (not self.parts or self._trailing_newlines()):
                return  # layout whitespace between blocks
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of a post's HTML: <br> is a line break, paragraphs are separated by a blank line,
    links keep their text (Mastodon's hidden 'https://' and tail spans included, so a link reads as
    its full address), #hashtags and @mentions keep their text, entities are unescaped."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()


def find_up(path: str, candidates: tuple[str, ...], levels: int = 5) -> list[tuple[str, str]]:
    """The first of ``candidates`` (paths relative to an export's root) found in the folder of
    ``path`` or up to ``levels - 1`` folders above it, as the [(source, name)] a profile loader reads."""
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(levels):
        for rel in candidates:
            p = os.path.join(folder, rel)
            if os.path.isfile(p):
                return [(p, p)]
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return []
