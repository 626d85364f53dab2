"""Which adapter reads a file: by extension first, then by sniffing the first few kilobytes.

Rules, in order (``sniff``):

1. ``PK\\x03\\x04`` / ``PK\\x05\\x06`` magic, or ``.zip``                       -> zip (each member detected alone)
2. ``window.YTD.tweets.partN =`` (also ``tweet``, ``community_tweet``, ``note_tweet``) -> twitter (X)
3. ``.txt`` ``.md`` ``.markdown``                                             -> text (the file is one post)
4. ``.csv`` ``.tsv``                                                          -> csv
5. ``.jsonl`` ``.ndjson``                                                     -> jsonl
6. a JSON object with ``"orderedItems": [ {`` (ActivityPub), or ``outbox.json`` -> mastodon
7. a JSON array whose items carry ``"data": [{"post": ...``, or ``your_posts*.json``
   (not reactions, comments... which share the item shape but hold no posts) -> facebook
8. a JSON array of ``{"media": [{"uri": ...}]}``, ``{"ig_reels_media": [...]}``,
   or ``posts_N.json`` / ``reels.json``                                        -> instagram
9. a first line that is a JSON object with a ``"text"`` key                    -> jsonl

Anything else is unknown: an error for a file named on the command line (except a file starting with
``{``, read as JSON Lines as before), silently skipped inside a folder or zip (archives hold photos,
likes, settings... that are not posts).
"""
from __future__ import annotations

import json
import posixpath
import re

ZIP, TWITTER, TEXT, CSV, JSONL = "zip", "twitter", "text", "csv", "jsonl"
FACEBOOK, INSTAGRAM, MASTODON = "facebook", "instagram", "mastodon"
FORMATS = (JSONL, CSV, TEXT, TWITTER, FACEBOOK, INSTAGRAM, MASTODON, ZIP)
PLATFORMS = (TWITTER, FACEBOOK, INSTAGRAM, MASTODON)

HEAD = 8192
TEXT_EXT = (".txt", ".md", ".markdown")
CSV_EXT = (".csv", ".tsv")
JSONL_EXT = (".jsonl", ".ndjson")
# extensions worth opening when looking inside a folder or zip (photos and videos are not)
CANDIDATE_EXT = TEXT_EXT + CSV_EXT + JSONL_EXT + (".json", ".js", ".zip")

YTD = re.compile(r"\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
TWEET_FILES = ("tweets", "tweet", "community_tweet", "note_tweet")  # not deleted_tweets, like, ...

_OUTBOX = re.compile(r'"orderedItems"\s*:\s*\[\s*(\{|\])')
_FB_POST = re.compile(r'"data"\s*:\s*\[\s*\{\s*"post"\s*:')
_FB_NAME = re.compile(r"your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json$")
_IG_MEDIA = re.compile(r'\[\s*\{\s*"media"\s*:\s*\[\s*\{\s*"uri"\s*:')
_IG_REELS = re.compile(r'\{\s*"ig_reels_media"\s*:\s*\[')
_IG_NAME = re.compile(r"(posts_\d+|reels)\.json$")


def extension(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def sniff(name: str, head: bytes) -> str | None:
    """The format of a file called ``name`` whose first bytes are ``head``, or None."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZIP
    ext = extension(name)
    base = posixpath.basename(name.replace("\\", "/").lower())
    if ext == ".zip":
        return ZIP
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    m = YTD.match(text)
    if m:
        return TWITTER if m.group(1) in TWEET_FILES else None
    if ext in TEXT_EXT:
        return TEXT
    if ext in CSV_EXT:
        return CSV
    if ext in JSONL_EXT:
        return JSONL
    if ext == ".js":
        return None
    if text.startswith("{"):
        if _OUTBOX.search(text) or base == "outbox.json":
            return MASTODON
        if _IG_REELS.match(text):
            return INSTAGRAM
        return JSONL if _first_line_is_post(text) else None
    if text.startswith("["):
        if _FB_POST.search(text):
            return FACEBOOK
        if _IG_MEDIA.match(text):
            return INSTAGRAM
        if _FB_NAME.search(base):
            return FACEBOOK
        if _IG_NAME.search(base):
            return INSTAGRAM
    return None


def _first_line_is_post(text: str) -> bool:
    line = text.split("\n", 1)[0]
    try:
        data = json.loads(line)
    except ValueError:
        return False
    return isinstance(data, dict) and "text" in data


def sniff_file(path: str) -> str | None:
    """``sniff`` for a file on disk (unreadable files: by name alone)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
    except OSError:
        head = b""
    return sniff(path, head)
