"""Facebook your_posts JSON: mis-encoded UTF-8 repaired, captions kept, profile from the export."""
from __future__ import annotations

import io
import json

import pytest

from screener.sources import read_facebook, read_posts, repair_mojibake

from ._util import FACEBOOK, FB_POSTS, only_posts, split

ACCOUNT = {"platform": "facebook", "handle": "dana.whitfield.12", "name": "Dana Whitfield"}


def moji(text: str) -> str:
    """What Facebook writes for ``text``: each UTF-8 byte as its own code point."""
    return text.encode("utf-8").decode("latin-1")


def test_posts_read_with_ids_and_repaired_text():
    posts = only_posts(read_posts(FB_POSTS))
    assert [p.id for p in posts] == ["fb-1699401600", "fb-1698796800", "fb-1697414400", "fb-1693872000",
                                     "fb-1686268800", "fb-1686268800-2"]
    assert posts[0].text == "Café night fundraiser for the PTA was a hit — thank you to everyone who came out! ☕"
    assert posts[2].text == ("Can’t believe it’s already conference week. If you need to reschedule, "
                             "call my cell 555-0187.")
    assert posts[5].text == "Last day of school! Have a safe summer, 4W. I’ll miss you all 💛"
    assert all(p.account == ACCOUNT and p.kind is None for p in posts)
    assert not any("Ã" in p.text or "â€" in p.text for p in posts)


def test_photo_captions_are_screened_too():
    posts = {p.id: p for p in only_posts(read_posts(FB_POSTS))}
    assert posts["fb-1698796800"].text == ("Science fair setup is done! Judging starts at 9.\n\n"
                                           "Table 12: Sofia Reyes and her volcano 🌋")
    assert posts["fb-1693872000"].text == "First day bulletin board – “We’re all in this together”"


def test_export_folder_is_detected():
    assert [p.id for p in only_posts(read_posts(FACEBOOK))][:2] == ["fb-1699401600", "fb-1698796800"]


@pytest.mark.parametrize("original", ["café", "Can’t", "🎉 party", "naïve — “quoted”", "日本語"])
def test_repair_mojibake_round_trips(original):
    assert repair_mojibake(moji(original)) == original


@pytest.mark.parametrize("text", ["plain ascii", "café written properly", "Ünïcödé", "€100", ""])
def test_repair_mojibake_leaves_correct_text_alone(text):
    assert repair_mojibake(text) == text


def _write(tmp_path, records) -> str:
    path = tmp_path / "your_posts_1.json"
    path.write_text(json.dumps(records, indent=2))
    return str(path)


def test_post_without_text_is_an_error_with_line_and_the_rest_read(tmp_path):
    path = _write(tmp_path, [
        {"timestamp": 1700000000, "data": [{"post": "one"}], "title": "x"},
        {"timestamp": 1700000001, "data": [{"update_timestamp": 1700000001}], "title": moji("Dana shared a memory – 2019")},
        {"timestamp": 1700000002, "data": [{"post": moji("three ✓")}]},
    ])
    posts, errors = split(read_posts(path))
    assert [p.text for p in posts] == ["one", "three ✓"]
    assert len(errors) == 1
    assert errors[0].path == path
    lines = open(path).read().splitlines()
    assert lines[errors[0].line - 1] == "  {" and '"timestamp": 1700000001' in lines[errors[0].line]
    assert "post 2 has no post text ('Dana shared a memory – 2019')" in errors[0].message


def test_skip_empty_drops_photo_only_posts_silently(tmp_path):
    path = _write(tmp_path, [{"timestamp": 1, "data": [{"update_timestamp": 1}]}, {"timestamp": 2, "data": [{"post": "hi"}]}])
    assert [p.id for p in only_posts(read_posts(path, skip_empty=True))] == ["fb-2"]


def test_malformed_and_truncated_json(tmp_path):
    path = tmp_path / "your_posts_1.json"
    path.write_text('[\n  {"timestamp": 1, "data": [{"post": "ok"}]},\n  {"timestamp": 2, "data": [{"post": "bad\\q"}]},\n'
                    '  {"timestamp": 3, "data": [{"post": "ok too"}]},\n  {"timestamp": 4, "data": [{"po')
    posts, errors = split(read_posts(path))
    assert [p.text for p in posts] == ["ok", "ok too"]
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [(3, "post 2"), (5, "truncated JSON")]
    assert "post 4" in errors[1].message


def test_file_object_and_kind(tmp_path):
    raw = FB_POSTS.read_bytes()
    posts = only_posts(read_facebook(io.BytesIO(raw), "upload.json", kind="personal"))
    assert len(posts) == 6 and posts[0].kind == "personal" and posts[0].account == {"platform": "facebook"}
