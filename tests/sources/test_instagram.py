"""Instagram posts_N.json (and reels.json): captions repaired, ids from media uris, profile from the export."""
from __future__ import annotations

import json

from screener.sources import read_posts

from ._util import IG_POSTS, INSTAGRAM, only_posts, split

ACCOUNT = {"platform": "instagram", "handle": "@mswhitfield.reads", "name": "Dana Whitfield",
           "bio": "4th grade teacher 🍎 | books & bulletin boards | all opinions my own"}


def moji(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def test_posts_read_with_ids_captions_and_profile():
    posts = only_posts(read_posts(IG_POSTS))
    assert len(posts) == 6
    assert posts[0].id == "media/posts/202404/438812345678901234_112233445566778.jpg"
    assert posts[0].text == "Bulletin board refresh for spring 🌷 #classroomdecor #teachersofinstagram"
    assert posts[1].text == "Field day highlights! Go Team Green 💚"  # a carousel: caption at the top level
    assert posts[1].id == "media/posts/202405/441234567890123456_223344556677889.jpg"
    assert posts[2].text == "Congrats to our spelling bee champ, Ava Thompson! 🐝 So proud of you."
    assert posts[4].text == ("New classroom library nook — donated by our amazing families. "
                             "Café-style seating coming soon ☕")
    assert all(p.account == ACCOUNT and p.kind is None for p in posts)


def test_export_folder_is_detected():
    posts = only_posts(read_posts(INSTAGRAM))
    assert len(posts) == 6 and posts[3].text.startswith("Summer reading list is up!")


def test_reels_json_shape(tmp_path):
    path = tmp_path / "reels.json"
    path.write_text(json.dumps({"ig_reels_media": [{"media": [
        {"uri": "media/reels/202405/1.mp4", "creation_timestamp": 1715000000, "title": moji("Reading buddies 📚")}]}]}))
    posts = only_posts(read_posts(path))
    assert [(p.id, p.text) for p in posts] == [("media/reels/202405/1.mp4", "Reading buddies 📚")]


def test_post_without_caption_is_reported_with_line_and_rest_read(tmp_path):
    path = tmp_path / "posts_1.json"
    path.write_text(json.dumps([
        {"media": [{"uri": "media/posts/a.jpg", "creation_timestamp": 1, "title": "first"}]},
        {"media": [{"uri": "media/posts/b.jpg", "creation_timestamp": 2, "title": ""}]},
        {"media": [{"uri": "media/posts/c.jpg", "creation_timestamp": 3, "title": "third"}]},
    ], indent=1))
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["media/posts/a.jpg", "media/posts/c.jpg"]
    assert len(errors) == 1 and errors[0].path == str(path)
    assert errors[0].message == "post 2 (media/posts/b.jpg) has no caption"
    assert path.read_text().splitlines()[errors[0].line] == '  "media": ['
    assert [p.id for p in only_posts(read_posts(path, skip_empty=True))] == ["media/posts/a.jpg", "media/posts/c.jpg"]
