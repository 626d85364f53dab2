"""Format detection: extension first, then the first kilobytes."""
from __future__ import annotations

import pytest

from screener.sources import detect_format, read_posts
from screener.sources.detect import sniff

from ._util import (ARCHIVES, CSV_FILE, DRAFTS, FB_POSTS, IG_POSTS, JSONL_FILE, OUTBOX, TWEETS, X_ARCHIVE, only_posts,
                    split)


@pytest.mark.parametrize("path, fmt", [
    (JSONL_FILE, "jsonl"), (CSV_FILE, "csv"), (DRAFTS / "field-trip.md", "text"), (TWEETS, "twitter"),
    (X_ARCHIVE / "data" / "note-tweet.js", "twitter"), (FB_POSTS, "facebook"), (IG_POSTS, "instagram"),
    (OUTBOX, "mastodon"), (DRAFTS, "dir"), (X_ARCHIVE, "dir"),
    (X_ARCHIVE / "data" / "like.js", None), (X_ARCHIVE / "data" / "manifest.js", None),
    (ARCHIVES / "mastodon" / "actor.json", None),
])
def test_fixture_formats(path, fmt):
    assert detect_format(path) == fmt


@pytest.mark.parametrize("name, head, fmt", [
    ("anything.bin", b"PK\x03\x04rest", "zip"),
    ("export.zip", b"", "zip"),
    ("tweets-part1.js", b"window.YTD.tweets.part1 = [ {", "twitter"),
    ("data.js", b"\xef\xbb\xbfwindow.YTD.tweet.part0 = [", "twitter"),
    ("block.js", b"window.YTD.block.part0 = [", None),
    ("outbox.json", b'{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json",'
                    b'"type":"OrderedCollection","totalItems":1,"orderedItems":[{"id":"x"', "mastodon"),
    ("o.json", b'{"orderedItems": ["https://a.test/1"]}', None),  # likes/bookmarks: urls, not activities
    ("your_posts__check_ins__photos_and_videos_1.json", b'[\n  {\n    "timestamp": 1690000000,\n    "attachments": [',
     "facebook"),
    ("likes_and_reactions_1.json", b'[\n  {\n    "timestamp": 1690000000,\n    "data": [\n      {\n        "reaction": {',
     None),
    ("x.json", b'[{"timestamp": 1, "data": [{"post": "hi"}]}]', "facebook"),
    ("your_posts_1.json", b"[]", "facebook"),
    ("x.json", b'[\n  {\n    "media": [\n      {\n        "uri": "media/posts/1.jpg"', "instagram"),
    ("reels.json", b'{\n  "ig_reels_media": [', "instagram"),
    ("posts_2.json", b"[]", "instagram"),
    ("p.json", b'{"id": "1", "text": "hi"}\n{"id": "2"', "jsonl"),
    ("p.json", b'{\n  "profile_v2": {', None),
    ("comments.json", b'{"comments_v2": [{"timestamp": 1, "data": [{"comment": {}}]}]}', None),
    ("notes.TXT", b"hello", "text"), ("notes.markdown", b"# hi", "text"),
    ("p.tsv", b"id\ttext", "csv"), ("p.ndjson", b"{}", "jsonl"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", None),
])
def test_sniff(name, head, fmt):
    assert sniff(name, head) == fmt


def test_unknown_file_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.rtf"
    path.write_text("{\\rtf1 not json")
    # starts with '{': read as JSON Lines, as before detection existed, so the bad line is named
    _, errors = split(read_posts(path))
    assert [(e.path, e.line) for e in errors] == [(str(path), 1)]
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7")
    _, errors = split(read_posts(path))
    assert len(errors) == 1 and "cannot tell the format" in errors[0].message


def test_format_option_overrides_detection(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text("text\nhello\n")
    assert [p.text for p in only_posts(read_posts(path, format="csv"))] == ["hello"]
    with pytest.raises(ValueError):
        read_posts(path, format="pdf")


def test_unknown_option_raises_at_once():
    with pytest.raises(TypeError):
        read_posts(CSV_FILE, colour="blue")


def test_adapters_check_kind_at_once():
    from screener.sources import read_facebook, read_twitter

    with pytest.raises(ValueError):
        read_facebook(ARCHIVES / "facebook", kind="work")
    with pytest.raises(ValueError):
        read_twitter(TWEETS, kind="work")


def test_pathological_record_is_an_input_error_not_a_crash(tmp_path):
    path = tmp_path / "your_posts_1.json"
    path.write_text('[{"timestamp": 1, "data": [{"post": "fine"}]}, ' + "[" * 100_000 + "]" * 100_000 + "]")
    posts, errors = split(read_posts(path))
    assert [p.text for p in posts] == ["fine"]
    assert len(errors) == 1 and errors[0].path == str(path)
