"""Zip files (and folders): each member detected alone, streamed, errors named by archive and member."""
from __future__ import annotations

import io
import json
import tracemalloc
import zipfile

import pytest

from screener.sources import read_posts, read_zip

from ._util import ARCHIVES, FACEBOOK, INSTAGRAM, MASTODON, X_ARCHIVE, only_posts, split, zip_folder


@pytest.mark.parametrize("folder", [X_ARCHIVE, FACEBOOK, INSTAGRAM, MASTODON, ARCHIVES / "drafts"])
def test_zipped_export_reads_like_the_folder(folder, tmp_path):
    zipped = zip_folder(folder, tmp_path / f"{folder.name}.zip")
    from_zip = only_posts(read_posts(zipped))
    from_folder = only_posts(read_posts(folder))
    assert from_zip == from_folder and len(from_zip) >= 5


def test_zip_with_a_top_folder_and_no_zip_extension(tmp_path):
    zipped = zip_folder(X_ARCHIVE, tmp_path / "download", prefix="twitter-2023-12-01-abc/")
    posts = only_posts(read_posts(zipped))
    assert len(posts) == 9 and posts[0].account["handle"] == "@MsWhitfield4th"


def test_mixed_zip_detects_each_member(tmp_path):
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(ARCHIVES / "posts.csv", "batch/posts.csv")
        zf.write(ARCHIVES / "posts.jsonl", "batch/posts.jsonl")
        zf.write(ARCHIVES / "drafts" / "field-trip.md", "drafts/field-trip.md")
        zf.write(ARCHIVES / "mastodon" / "outbox.json", "mastodon/outbox.json")
        zf.write(ARCHIVES / "mastodon" / "actor.json", "mastodon/actor.json")
        zf.writestr("drafts/photo.jpg", b"\xff\xd8\xff\xe0")
        zf.writestr("__MACOSX/drafts/._field-trip.md", b"\x00\x05\x16\x07")
        zf.writestr("drafts/.DS_Store", b"\x00\x00\x00\x01Bud1")
    posts = only_posts(read_posts(path))
    ids = [p.id for p in posts]
    assert ids[:6] == [f"csv-{i}" for i in range(1, 7)]
    assert ids[6:11] == ["jl-1", "jl-2", "jl-3", "jl-4", "jl-5"]
    assert ids[11] == "drafts/field-trip.md"
    assert len(ids) == 19 and posts[-1].account["handle"] == "@mswhitfield@mastodon.education"


def test_readme_in_a_platform_export_is_not_a_post(tmp_path):
    path = zip_folder(X_ARCHIVE, tmp_path / "x.zip")
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("data/README.txt", "This archive contains your account data.")
    assert len(only_posts(read_posts(path))) == 9


def test_zip_inside_a_zip(tmp_path):
    inner = zip_folder(MASTODON, tmp_path / "archive-20231201.zip")
    outer = tmp_path / "backup.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "exports/archive-20231201.zip")
    assert len(only_posts(read_posts(outer))) == 7


def test_errors_name_archive_and_member_and_the_rest_is_read(tmp_path):
    path = tmp_path / "x.zip"
    tweets = ('window.YTD.tweets.part0 = [\n'
              '  {"tweet" : {"id_str" : "1", "full_text" : "one"}},\n'
              '  {"tweet" : {"id_str" : "2"}},\n'
              '  {"tweet" : {"id_str" : "3", "full_text" : "three"}}\n'
              ']')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", tweets)
        zf.writestr("notes/a.txt", "a draft")
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["1", "3", "notes/a.txt"]
    assert [(e.path, e.line) for e in errors] == [(f"{path}/data/tweets.js", 3)]
    assert str(errors[0]) == f"{path}/data/tweets.js:3: tweet 2 (2) has no full_text"


def test_damaged_member_is_reported_and_other_members_read(tmp_path):
    good = "text\n" + "".join(f"post number {i}\n" for i in range(50))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.csv", good)
        zf.writestr("b.csv", good)
    data = bytearray(buf.getvalue())
    i = data.index(b"post number 7", data.index(b"b.csv"))
    data[i] = ord("P")  # b.csv's bytes no longer match its CRC
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    posts, errors = split(read_posts(path))
    assert len(posts) == 50
    assert len(errors) == 1 and errors[0].path == f"{path}/b.csv" and "CRC" in errors[0].message


def test_not_a_zip_and_empty_zip(tmp_path):
    path = tmp_path / "export.zip"
    path.write_bytes(b"PK\x03\x04 but then garbage")
    _, errors = split(read_posts(path))
    assert [e.message for e in errors] == ["not a valid zip file (damaged or not a zip)"]
    with zipfile.ZipFile(path, "w"):
        pass
    _, errors = split(read_posts(path))
    assert len(errors) == 1 and "no posts found" in errors[0].message


def test_read_zip_from_file_object(tmp_path):
    raw = zip_folder(INSTAGRAM, tmp_path / "ig.zip").read_bytes()
    posts = only_posts(read_zip(io.BytesIO(raw), "upload.zip"))
    assert len(posts) == 6 and posts[0].account["handle"] == "@mswhitfield.reads"


def _big_outbox(n: int) -> bytes:
    item = ('{"id":"https://m.test/users/a/statuses/%d/activity","type":"Create","object":{"type":"Note",'
            '"content":"<p>Post number %d about the book fair &amp; the bake sale.</p>"}}')
    body = ",".join(item % (i, i) for i in range(n))
    return ('{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection",'
            f'"totalItems":{n},"orderedItems":[{body}]}}').encode()


def test_memory_stays_flat_on_a_large_zipped_outbox(tmp_path):
    raw = _big_outbox(25_000)
    assert len(raw) > 4_000_000
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("outbox.json", raw)
    len_raw = len(raw)
    del raw
    tracemalloc.start()
    try:
        count = 0
        for item in read_posts(path):
            assert not isinstance(item, Exception), item
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 25_000
    assert peak < 1_000_000, f"peak {peak} bytes for a {len_raw}-byte outbox"


def test_memory_stays_flat_on_a_large_tweets_js(tmp_path):
    path = tmp_path / "tweets.js"
    tweet = {"tweet": {"id_str": "0", "full_text": "Reading logs are due Friday! " * 4, "entities": {"urls": []}}}
    with open(path, "w") as fh:
        fh.write("window.YTD.tweets.part0 = [\n")
        for i in range(15_000):
            tweet["tweet"]["id_str"] = str(i)
            fh.write(("," if i else "") + json.dumps(tweet, indent=2) + "\n")
        fh.write("]\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_posts(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.stat().st_size > 3_000_000
    assert count == 15_000 and peak < 1_000_000, f"peak {peak} bytes"


def test_examples_are_copies_of_the_fixtures():
    examples = ARCHIVES.parents[2] / "examples" / "archives"
    fixture_files = sorted(p.relative_to(ARCHIVES) for p in ARCHIVES.rglob("*") if p.is_file())
    for rel in fixture_files:
        assert (examples / rel).read_bytes() == (ARCHIVES / rel).read_bytes(), rel
    zipped = only_posts(read_posts(examples / "twitter-2023-12-01-mswhitfield4th.zip"))
    assert zipped == only_posts(read_posts(X_ARCHIVE))
