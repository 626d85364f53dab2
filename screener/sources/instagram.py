"""Instagram "Download your information" (JSON): ``your_instagram_activity/content/posts_1.json``
(older exports: ``content/posts_1.json``), a top-level JSON array, and ``reels.json``
(``{"ig_reels_media": [...]}``). Streamed.

Each element is ``{"media": [{"uri": ..., "creation_timestamp": ..., "title": "caption"}], ...}``; a
carousel puts the caption in a top-level ``"title"``. Text is repaired like Facebook's (Meta writes
UTF-8 bytes as ``\\u00XX`` escapes). The id is the first photo's ``uri`` (stable and unique in the
export). Handle and bio come from ``personal_information/personal_information/personal_information.json``
when it is in the same export.
"""
from __future__ import annotations

from typing import Any, BinaryIO, Iterable, Iterator

from ..errors import InputError
from ._base import (Item, find_up, Source, check_kind, guarded, merge_account, peek_head, posts_from,
                    read_with_profile, repair_mojibake)
from ._jsonstream import iter_array, read_small

PLATFORM = "instagram"
PROFILE_FILES = ("personal_information.json",)


def post_text(item: Any) -> tuple[str | None, str | None, str]:
    """(id, caption, why there is none) of one posts_N.json element."""
    if not isinstance(item, dict):
        return None, None, "is not a JSON object"
    media = [m for m in item.get("media") or () if isinstance(m, dict)] if isinstance(item.get("media"), list) \
        else ([item] if "uri" in item else [])
    pid = next((str(m["uri"]) for m in media if m.get("uri")), None)
    if pid is None and item.get("creation_timestamp"):
        pid = f"ig-{item['creation_timestamp']}"
    texts: list[str] = []
    title = item.get("title")
    if isinstance(title, str) and title.strip():
        texts.append(repair_mojibake(title))
    for m in media:
        t = m.get("title")
        if m is not item and isinstance(t, str) and t.strip():
            t = repair_mojibake(t)
            if t not in texts:
                texts.append(t)
    if not texts:
        return pid, None, "has no caption"
    return pid, "\n\n".join(texts), ""


@guarded
def parse_instagram(fh: BinaryIO, name: str, *, kind: str | None = None, account: dict | None = None,
                    profile: dict | None = None, skip_empty: bool = False, **_: Any) -> Iterator[Item]:
    """Posts from an Instagram export's posts_N.json or reels.json."""
    check_kind(kind)
    acct = merge_account({"platform": PLATFORM, **(profile or {})}, account)
    head, fh = peek_head(fh, 512)
    keys = ("ig_reels_media",) if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else ()
    yield from posts_from(iter_array(fh, name, keys=keys, what="post"), name, "post", post_text, kind, acct,
                          skip_empty)


def load_profile(files: Iterable[tuple[Source, str]]) -> tuple[dict[str, Any], list[InputError]]:
    """handle, name and bio from personal_information.json (``profile_user[0].string_map_data``)."""
    out: dict[str, Any] = {}
    errors: list[InputError] = []
    for source, name in files:
        data = read_small(source, name)
        if isinstance(data, InputError):
            errors.append(data)
            continue
        users = data.get("profile_user") if isinstance(data, dict) else None
        user = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
        smd = user.get("string_map_data") if isinstance(user.get("string_map_data"), dict) else {}

        def value(key: str) -> str:
            v = smd.get(key)
            v = v.get("value") if isinstance(v, dict) else None
            return repair_mojibake(v) if isinstance(v, str) else ""

        if value("Username"):
            out["handle"] = "@" + value("Username").lstrip("@")
        if value("Name"):
            out["name"] = value("Name")
        if value("Bio").strip():
            out["bio"] = value("Bio")
    return out, errors


def nearby_profile_files(path: str) -> list[tuple[str, str]]:
    """personal_information.json in the export that holds ``path`` (up to four folders up)."""
    return find_up(path, ("personal_information/personal_information/personal_information.json",
                            "personal_information/personal_information.json",
                            "personal_information.json"))


def read_instagram(source: Source, name: str | None = None, *, profile: dict | None = None,
                   **options: Any) -> Iterator[Item]:
    """Posts from an Instagram posts_N.json / reels.json. Given a path, the export's
    personal_information.json is read for handle and bio (pass ``profile={}`` not to)."""
    return read_with_profile(parse_instagram, load_profile, nearby_profile_files, source, name, profile, options)
