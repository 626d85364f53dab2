"""A Mastodon account archive: ``outbox.json``, an ActivityPub OrderedCollection whose
``orderedItems`` are the account's activities, and ``actor.json``, its profile. Streamed.

Each ``Create`` activity is one post. Its ``object.content`` is HTML; the screened text is what a
reader sees (``html_to_text``): the content warning (``summary``) first when there is one, then the
content, then poll options and image descriptions (alt text), each its own paragraph. Boosts
(``Announce``: someone else's post) are not the account's words and are skipped. The id is the
activity's ``id``. The handle (``@user@host``) and bio (profile text plus profile fields) come from
``actor.json`` beside the outbox.
"""
from __future__ import annotations

import os
from typing import Any, BinaryIO, Iterable, Iterator
from urllib.parse import urlsplit

from ..errors import InputError
from ._base import (Item, Source, check_kind, guarded, html_to_text, merge_account, posts_from,
                    read_with_profile)
from ._jsonstream import iter_array, read_small

PLATFORM = "mastodon"
PROFILE_FILES = ("actor.json",)
POST_TYPES = ("Note", "Article", "Page", "Question")


def _content(obj: dict) -> str:
    html = obj.get("content")
    if not isinstance(html, str):
        cmap = obj.get("contentMap")
        html = next((v for v in cmap.values() if isinstance(v, str)), "") if isinstance(cmap, dict) else ""
    return html_to_text(html)


def post_text(activity: Any) -> tuple[str | None, str | None, str]:
    """(id, text, why none) of one outbox item; text None and why '' for items that are not posts."""
    if not isinstance(activity, dict):
        return None, None, "is not a JSON object"
    aid = activity.get("id")
    aid = str(aid) if aid else None
    if activity.get("type") != "Create":
        return aid, None, ""  # Announce (a boost), Like, ...: not the account's own words
    obj = activity.get("object")
    if not isinstance(obj, dict):
        return aid, None, "has no object"
    if obj.get("type") not in POST_TYPES:
        return aid, None, ""
    parts: list[str] = []
    summary = obj.get("summary")
    if isinstance(summary, str) and summary.strip():
        parts.append(html_to_text(summary))
    content = _content(obj)
    if content:
        parts.append(content)
    options = [o.get("name") for o in (obj.get("oneOf") or obj.get("anyOf") or ()) if isinstance(o, dict)]
    options = [o for o in options if isinstance(o, str) and o.strip()]
    if options:
        parts.append("\n".join(options))
    attachments = obj.get("attachment") or ()
    for att in attachments if isinstance(attachments, list) else ():
        alt = att.get("name") if isinstance(att, dict) else None
        if isinstance(alt, str) and alt.strip():
            parts.append(alt.strip())
    if not parts:
        return aid, None, "has no content"
    return aid, "\n\n".join(parts), ""


@guarded
def parse_mastodon(fh: BinaryIO, name: str, *, kind: str | None = None, account: dict | None = None,
                   profile: dict | None = None, skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """Posts from a Mastodon archive's outbox.json."""
    check_kind(kind)
    acct = merge_account({"platform": PLATFORM, **(profile or {})}, account)
    yield from posts_from(iter_array(fh, name, keys=("orderedItems",), what="activity"), name, "activity",
                          post_text, kind, acct, skip_empty)


def actor_profile(actor: Any) -> dict[str, Any]:
    """handle, name and bio of an ActivityPub actor (bio: profile text, then 'Field: value' lines)."""
    if not isinstance(actor, dict):
        return {}
    out: dict[str, Any] = {}
    user = actor.get("preferredUsername")
    host = urlsplit(str(actor.get("id") or actor.get("url") or "")).hostname
    if isinstance(user, str) and user:
        out["handle"] = f"@{user}@{host}" if host else f"@{user}"
    if isinstance(actor.get("name"), str) and actor["name"].strip():
        out["name"] = actor["name"]
    bio = [html_to_text(actor["summary"])] if isinstance(actor.get("summary"), str) else []
    for field in actor.get("attachment") or ():
        if isinstance(field, dict) and field.get("type") == "PropertyValue":
            value = html_to_text(str(field.get("value") or ""))
            bio.append(f"{field.get('name', '')}: {value}".strip(": "))
    bio = [b for b in bio if b]
    if bio:
        out["bio"] = "\n".join(bio)
    return out


def load_profile(files: Iterable[tuple[Source, str]]) -> tuple[dict[str, Any], list[InputError]]:
    out: dict[str, Any] = {}
    errors: list[InputError] = []
    for source, name in files:
        data = read_small(source, name)
        if isinstance(data, InputError):
            errors.append(data)
        else:
            out.update(actor_profile(data))
    return out, errors


def sibling_profile_files(path: str) -> list[tuple[str, str]]:
    p = os.path.join(os.path.dirname(os.path.abspath(path)), "actor.json")
    return [(p, p)] if os.path.isfile(p) else []


def read_mastodon(source: Source, name: str | None = None, *, profile: dict | None = None,
                  **options: Any) -> Iterator[Item]:
    """Posts from a Mastodon outbox.json. Given a path, actor.json beside it is read for the handle
    and bio (pass ``profile={}`` not to)."""
    return read_with_profile(parse_mastodon, load_profile, sibling_profile_files, source, name, profile, options)
