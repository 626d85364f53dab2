"""The X (Twitter) archive: ``data/tweets.js`` (older archives: ``tweet.js``; large ones add
``tweets-part1.js`` ...), a JSON array behind a ``window.YTD.tweets.part0 = `` prefix. Streamed.

Each element is ``{"tweet": {...}}`` (older archives: the tweet object itself). The post is the
tweet's ``full_text`` with X's HTML escapes (&amp; &lt; &gt;) undone and its t.co links replaced by
the addresses they stand for, so what is screened is what readers saw. The id is the tweet id.
Long posts (X Premium) keep their full text in ``note-tweet.js``; those are read too, as
``note-<noteTweetId>``, and so are posts in X Communities (``community-tweet.js``). The account's
handle and bio come from ``account.js`` and ``profile.js`` beside the tweets file.
"""
from __future__ import annotations

import os
from typing import Any, BinaryIO, Iterable, Iterator

from ..errors import InputError
from ._base import (Item, Source, check_kind, guarded, make_post, merge_account, peek_head,
                    read_with_profile)
from ._jsonstream import iter_array, read_small
from .detect import TWEET_FILES, YTD

PLATFORM = "x"
PROFILE_FILES = ("account.js", "profile.js")
EXPECTED = "'window.YTD.tweets.part0 = ' (the X archive's data/tweets.js)"


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _expand_links(text: str, entities: Any) -> str:
    urls = entities.get("urls") if isinstance(entities, dict) else None
    for u in urls or ():
        if isinstance(u, dict) and isinstance(u.get("url"), str) and isinstance(u.get("expanded_url"), str):
            text = text.replace(u["url"], u["expanded_url"])
    return text


def _tweet(value: Any) -> tuple[str | None, str | None, str]:
    """(id, text, what is missing) of one tweets.js element."""
    if not isinstance(value, dict):
        return None, None, "is not a JSON object"
    tweet = value.get("tweet", value)
    if not isinstance(tweet, dict):
        return None, None, "'tweet' is not a JSON object"
    tid = tweet.get("id_str") or tweet.get("id")
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        return (str(tid) if tid else None), None, "has no full_text"
    text = _expand_links(_unescape(text), tweet.get("entities"))
    return (str(tid) if tid else None), text, ""


def _note(value: Any) -> tuple[str | None, str | None, str]:
    note = value.get("noteTweet") if isinstance(value, dict) else None
    if not isinstance(note, dict):
        return None, None, "has no 'noteTweet' object"
    nid = note.get("noteTweetId")
    core = note.get("core") if isinstance(note.get("core"), dict) else {}
    text = core.get("text")
    if not isinstance(text, str):
        return (f"note-{nid}" if nid else None), None, "has no core.text"
    return (f"note-{nid}" if nid else None), _expand_links(_unescape(text), core), ""


@guarded
def parse_twitter(fh: BinaryIO, name: str, *, kind: str | None = None, account: dict | None = None,
                  profile: dict | None = None, skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """Posts from an X archive's tweets.js (or tweets-partN.js, note-tweet.js)."""
    check_kind(kind)
    acct = merge_account({"platform": PLATFORM, **(profile or {})}, account)
    head, fh = peek_head(fh, 256)
    m = YTD.match(head.decode("utf-8", errors="ignore").lstrip("\ufeff"))
    which = m.group(1) if m else "tweets"
    if m and which not in TWEET_FILES:
        yield InputError(f"holds window.YTD.{which}, not tweets; give data/tweets.js", name, 1)
        return
    extract = _note if which == "note_tweet" else _tweet
    what = "note" if which == "note_tweet" else "tweet"
    for item in iter_array(fh, name, prefix=YTD, what=what, expected=EXPECTED):
        if isinstance(item, InputError):
            yield item
            continue
        n, line, value = item
        pid, text, missing = extract(value)
        if text is None:
            yield InputError(f"{what} {n}{f' ({pid})' if pid else ''} {missing}", name, line)
            continue
        if not text.strip() and skip_empty:
            continue
        if not text.strip():
            yield InputError(f"{what} {n}{f' ({pid})' if pid else ''} has empty text", name, line)
            continue
        yield make_post(text, pid or f"{name}:{line}", kind, acct)


def load_profile(files: Iterable[tuple[Source, str]]) -> tuple[dict[str, Any], list[InputError]]:
    """handle/name/bio from account.js and profile.js (each a window.YTD.account/profile file)."""
    out: dict[str, Any] = {}
    errors: list[InputError] = []
    for source, name in files:
        data = read_small(source, name, prefix=YTD, expected="window.YTD.account.part0 = ")
        if isinstance(data, InputError):
            errors.append(data)
            continue
        for entry in data if isinstance(data, list) else ():
            if not isinstance(entry, dict):
                continue
            acc = entry.get("account")
            if isinstance(acc, dict):
                if acc.get("username"):
                    out["handle"] = "@" + str(acc["username"]).lstrip("@")
                if acc.get("accountDisplayName"):
                    out["name"] = str(acc["accountDisplayName"])
            prof = entry.get("profile")
            if isinstance(prof, dict) and isinstance(prof.get("description"), dict):
                bio = prof["description"].get("bio")
                if isinstance(bio, str) and bio.strip():
                    out["bio"] = _unescape(bio)
    return out, errors


def sibling_profile_files(path: str) -> list[tuple[str, str]]:
    folder = os.path.dirname(os.path.abspath(path))
    return [(p, p) for p in (os.path.join(folder, f) for f in PROFILE_FILES) if os.path.isfile(p)]


def read_twitter(source: Source, name: str | None = None, *, profile: dict | None = None,
                 **options: Any) -> Iterator[Item]:
    """Posts from an X archive's tweets.js. Given a path, account.js/profile.js beside it are read
    for the handle and bio (pass ``profile={}`` not to)."""
    return read_with_profile(parse_twitter, load_profile, sibling_profile_files, source, name, profile, options)
