"""Stream the elements of one big JSON array, one element in memory at a time, with line numbers.

Platform exports are a single JSON document (a top-level array, or an array under a key such as
ActivityPub's ``orderedItems``), sometimes hundreds of megabytes. This reader finds each element's
extent by scanning only strings and brackets, then decodes that element alone with ``json.loads``.
So memory is bounded by the largest element (plus a read buffer), every element knows the line it
starts on, a malformed element costs only itself, and a truncated file yields every complete element
before the error. X's ``tweets.js`` is the same thing after a ``window.YTD.tweets.part0 = `` prefix.
"""
from __future__ import annotations

import json
import re
from typing import Any, BinaryIO, Iterator, Sequence

from ..errors import InputError
from ._base import text_stream

CHUNK = 1 << 16            # characters read at a time
MAX_ELEMENT = 32 << 20     # one element larger than this is refused (no export has such a record)

_STRUCT = re.compile(r'["\[\]{}]')
_IN_STRING = re.compile(r'["\\]')
_NON_WS = re.compile(r"[^ \t\r\n]")
_SCALAR_END = re.compile(r"[,\]}\s]")
_BAD_BYTE = re.compile("[\udc80-\udcff]")  # undecodable bytes, kept by 'surrogateescape'



class _Truncated(Exception):
    """End of file inside a value."""


class _Malformed(Exception):
    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


class _TooLarge(Exception):
    pass


class _Scanner:
    """A growing window on the text: ``buf[pos:]`` is unread; ``compact`` drops what was consumed."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.buf = ""
        self.pos = 0
        self.mark = 0          # start of the value being scanned; the window must keep it
        self.eof = False
        self.dropped = 0       # characters already consumed and dropped from the window
        self._lpos = 0         # buf index whose line number is known ...
        self._lline = 1        # ... and that line number

    def fill(self) -> bool:
        if self.eof:
            return False
        if len(self.buf) - self.mark > MAX_ELEMENT:
            raise _TooLarge()
        data = self.fh.read(CHUNK)
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True

    def line_at(self, i: int) -> int:
        if i >= self._lpos:
            self._lline += self.buf.count("\n", self._lpos, i)
            self._lpos = i
            return self._lline
        return self._lline - self.buf.count("\n", i, self._lpos)

    def compact(self) -> None:
        cut = self.pos
        if cut < CHUNK:
            return
        self.line_at(cut)
        self._lpos -= cut
        self.dropped += cut
        self.buf = self.buf[cut:]
        self.pos = 0
        self.mark = 0

    def peek(self) -> str:
        """Move to the next non-blank character and return it ('' at end of file)."""
        while True:
            m = _NON_WS.search(self.buf, self.pos)
            if m:
                self.pos = m.start()
                return self.buf[self.pos]
            self.pos = len(self.buf)
            self.compact()
            self.mark = self.pos
            if not self.fill():
                return ""

    def value_end(self, i: int) -> int:
        """Index just past the JSON value starting at ``buf[i]`` (reading more as needed)."""
        self.mark = i
        c = self.buf[i]
        if c == '"':
            return self._string_end(i + 1)
        if c in "[{":
            depth, k = 0, i
            while True:
                m = _STRUCT.search(self.buf, k)
                if m is None:
                    k = len(self.buf)
                    if not self.fill():
                        raise _Truncated()
                    continue
                ch, k = m.group(), m.end()
                if ch == '"':
                    k = self._string_end(k)
                elif ch in "[{":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        return k
        if c in "]}:,":
            raise _Malformed(f"unexpected {c!r}", i)
        k = i
        while True:
            m = _SCALAR_END.search(self.buf, k)
            if m:
                return m.start()
            k = len(self.buf)
            if not self.fill():
                return k

    def _string_end(self, k: int) -> int:
        while True:
            m = _IN_STRING.search(self.buf, k)
            if m is None:
                k = max(k, len(self.buf))
                if not self.fill():
                    raise _Truncated()
                continue
            if m.group() == '"':
                return m.end()
            k = m.end() + 1  # skip the escaped character (it may still be unread)


def _enter(s: _Scanner, keys: Sequence[str]) -> None:
    """Position the scanner just inside the array found at ``keys`` (object keys from the top)."""
    c = s.peek()
    if not keys:
        if c != "[":
            raise _Truncated() if c == "" else _Malformed(f"expected a JSON array, found {c!r}", s.pos)
        s.pos += 1
        return
    if c != "{":
        raise _Truncated() if c == "" else _Malformed(f"expected a JSON object, found {c!r}", s.pos)
    s.pos += 1
    while True:
        c = s.peek()
        if c == "":
            raise _Truncated()
        if c == "}":
            raise _Malformed(f"no {keys[0]!r} key", s.pos)
        if c != '"':
            raise _Malformed(f"expected a key, found {c!r}", s.pos)
        end = s.value_end(s.pos)
        try:
            key = json.loads(s.buf[s.pos:end])
        except json.JSONDecodeError as exc:
            raise _Malformed(f"bad key: {exc.msg}", s.pos) from None
        s.pos = end
        c = s.peek()
        if c != ":":
            raise _Truncated() if c == "" else _Malformed(f"expected ':' after key {key!r}", s.pos)
        s.pos += 1
        if key == keys[0]:
            _enter(s, keys[1:])
            return
        c = s.peek()
        if c == "":
            raise _Truncated()
        s.pos = s.value_end(s.pos)
        c = s.peek()
        if c == ",":
            s.pos += 1
        elif c == "}":
            raise _Malformed(f"no {keys[0]!r} key", s.pos)
        else:
            raise _Truncated() if c == "" else _Malformed(f"expected ',' or '}}', found {c!r}", s.pos)


def iter_array(fh: BinaryIO, name: str, keys: Sequence[str] = (), prefix: re.Pattern[str] | None = None,
               what: str = "item", expected: str = "") -> Iterator[tuple[int, int, Any] | InputError]:
    """Yield ``(number, line, value)`` for each element of the array at ``keys`` (1-based number, line
    where the element starts), or an InputError naming ``name`` and a line. ``prefix`` (a regex) must
    match at the start of the file and is skipped. Never raises for bad input."""
    text = text_stream(fh, errors="surrogateescape")  # a bad byte costs only its element
    s = _Scanner(text)
    n, line = 0, 1
    try:
        if prefix is not None:
            while len(s.buf) < 4096 and s.fill():
                pass
            m = prefix.match(s.buf)
            if not m:
                yield InputError(f"does not start with {expected or prefix.pattern!r}", name, 1)
                return
            s.pos = m.end()
        _enter(s, keys)
        c = s.peek()
        if c == "]":
            return
        while True:
            if c == "":
                yield InputError(f"truncated JSON: the file ends after {what} {n} without closing the array",
                                 name, s.line_at(s.pos))
                return
            s.compact()
            start = s.pos
            line = s.line_at(start)
            n += 1
            end = s.value_end(start)
            raw = s.buf[start:end]
            s.pos = end
            bad = _BAD_BYTE.search(raw)
            if bad:
                yield InputError(f"{what} {n}: invalid UTF-8 (byte 0x{ord(bad.group()) - 0xDC00:02x})",
                                 name, line + raw.count("\n", 0, bad.start()))
            else:
                try:
                    value = json.loads(raw)
                except json.JSONDecodeError as exc:
                    yield InputError(f"{what} {n}: malformed JSON: {exc.msg} (column {exc.colno})",
                                     name, line + exc.lineno - 1)
                else:
                    yield n, line, value
            del raw
            c = s.peek()
            if c == ",":
                s.pos += 1
                c = s.peek()
                if c == "]":  # a trailing comma: not JSON, but nothing is lost
                    return
            elif c == "]":
                return
            elif c != "":
                yield InputError(f"malformed JSON after {what} {n}: expected ',' or ']', found {c!r}; "
                                 "the rest of the file was not read", name, s.line_at(s.pos))
                return
    except _Truncated:
        if not n and not s.dropped and not s.buf.strip():
            yield InputError("empty file", name)
        elif n:
            yield InputError(f"truncated JSON: the file ends inside {what} {n}", name, line)
        else:
            yield InputError("truncated JSON: the file ends before any record", name, s.line_at(len(s.buf)))
    except _Malformed as exc:
        yield InputError(f"malformed JSON: {exc}", name, s.line_at(min(exc.offset, len(s.buf))))
    except _TooLarge:
        yield InputError(f"{what} {n} is larger than {MAX_ELEMENT >> 20} MiB; not a post record", name, line)
    finally:
        try:
            text.detach()
        except ValueError:
            pass


def load_small(fh: BinaryIO, name: str, limit: int = 8 << 20,
               prefix: re.Pattern[str] | None = None, expected: str = "") -> Any | InputError:
    """Decode a small JSON side file (a profile, an actor) whole; an InputError if it is not one."""
    raw = fh.read(limit + 1)
    if len(raw) > limit:
        return InputError(f"larger than {limit >> 20} MiB; not a profile file", name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(f"invalid UTF-8 at byte {exc.start}", name)
    if prefix is not None:
        m = prefix.match(text)
        if not m:
            return InputError(f"does not start with {expected or prefix.pattern!r}", name, 1)
        text = text[m.end():]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", name, exc.lineno)


def read_small(source, name: str, **options) -> Any:
    """A small side file of an export (profile, actor, account) read whole: its JSON, or the
    InputError saying why it could not be read."""
    from ._base import open_binary

    fh, close, err = open_binary(source, name)
    if err is not None:
        return err
    try:
        return load_small(fh, name, **options)
    except OSError as exc:
        return InputError(f"read failed: {exc.strerror or exc}", name)
    finally:
        if close:
            fh.close()
