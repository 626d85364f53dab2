"""Facebook "Download your information" (JSON): the "your posts" file, a top-level JSON array
(``your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json``; older
exports: ``posts/your_posts_1.json``). Streamed.

Each element looks like ``{"timestamp": 1694556000, "data": [{"post": "..."}], "attachments": [...],
"title": "Dana Whitfield updated her status."}``. Facebook writes every UTF-8 byte as its own
``\\u00XX`` escape, so all text is repaired (``repair_mojibake``). The post is the ``post`` text,
followed by each photo caption (attachment ``description``) the poster wrote, one paragraph each.
The id is ``fb-<timestamp>`` (``-2``, ``-3`` for posts in the same second). Handle and name come
from ``profile_information/profile_information.json`` when it is in the same export.
"""
from __future__ import annotations

from typing import Any, BinaryIO, Iterable, Iterator

from ..errors import InputError
from ._base import (Item, find_up, Source, check_kind, guarded, make_post, merge_account, read_with_profile,
                    repair_all, repair_mojibake)
from ._jsonstream import iter_array, read_small

PLATFORM = "facebook"
PROFILE_FILES = ("profile_information.json",)
_BIO_KEYS = ("intro_bio", "bio", "about_me", "about")


def _captions(item: dict) -> list[str]:
    out: list[str] = []
    for att in item.get("attachments") or ():
        for d in (att.get("data") or ()) if isinstance(att, dict) else ():
            media = d.get("media") if isinstance(d, dict) else None
            desc = media.get("description") if isinstance(media, dict) else None
            if isinstance(desc, str) and desc.strip():
                out.append(repair_mojibake(desc.strip()))
    return out


def post_text(item: Any) -> tuple[str | None, str]:
    """(text, why there is none) of one your_posts element."""
    if not isinstance(item, dict):
        return None, "is not a JSON object"
    texts: list[str] = []
    for d in item.get("data") or ():
        if isinstance(d, dict) and isinstance(d.get("post"), str) and d["post"].strip():
            texts.append(repair_mojibake(d["post"]))
    for caption in _captions(item):
        if caption not in texts:
            texts.append(caption)
    if not texts:
        title = repair_mojibake(item.get("title") or "") if isinstance(item.get("title"), str) else ""
        return None, f"has no post text{f' ({title!r})' if title else ''}"
    return "\n\n".join(texts), ""


@guarded
def parse_facebook(fh: BinaryIO, name: str, *, kind: str | None = None, account: dict | None = None,
                   profile: dict | None = None, skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """Posts from a Facebook export's your_posts JSON."""
    check_kind(kind)
    acct = merge_account({"platform": PLATFORM, **(profile or {})}, account)
    last_ts, repeat = None, 0
    for item in iter_array(fh, name, what="post"):
        if isinstance(item, InputError):
            yield item
            continue
        n, line, value = item
        text, missing = post_text(value)
        if text is None:
            if not skip_empty:
                yield InputError(f"post {n} {missing}", name, line)
            continue
        ts = value.get("timestamp")
        if isinstance(ts, (int, float)) and not isinstance(ts, bool):
            repeat = repeat + 1 if ts == last_ts else 1
            last_ts = ts
            pid = f"fb-{int(ts)}" + (f"-{repeat}" if repeat > 1 else "")
        else:
            pid = f"{name}:{line}"
        yield make_post(text, pid, kind, acct)


def load_profile(files: Iterable[tuple[Source, str]]) -> tuple[dict[str, Any], list[InputError]]:
    """handle, name and (where the export has one) bio from profile_information.json."""
    out: dict[str, Any] = {}
    errors: list[InputError] = []
    for source, name in files:
        data = read_small(source, name)
        if isinstance(data, InputError):
            errors.append(data)
            continue
        prof = data.get("profile_v2", data.get("profile")) if isinstance(data, dict) else None
        if not isinstance(prof, dict):
            continue
        prof = repair_all(prof)
        if isinstance(prof.get("username"), str) and prof["username"]:
            out["handle"] = prof["username"]
        nm = prof.get("name")
        if isinstance(nm, dict) and isinstance(nm.get("full_name"), str):
            out["name"] = nm["full_name"]
        for key in _BIO_KEYS:
            bio = prof.get(key)
            if isinstance(bio, dict):
                bio = bio.get("value") or bio.get("text")
            if isinstance(bio, str) and bio.strip():
                out["bio"] = bio
                break
    return out, errors


def nearby_profile_files(path: str) -> list[tuple[str, str]]:
    """profile_information.json in the export that holds ``path`` (up to four folders up)."""
    return find_up(path, ("profile_information/profile_information.json",
                            "personal_information/profile_information/profile_information.json",
                            "profile_information.json"))


def read_facebook(source: Source, name: str | None = None, *, profile: dict | None = None,
                  **options: Any) -> Iterator[Item]:
    """Posts from a Facebook your_posts JSON. Given a path, the export's profile_information.json
    is read for handle and name (pass ``profile={}`` not to)."""
    return read_with_profile(parse_facebook, load_profile, nearby_profile_files, source, name, profile, options)
