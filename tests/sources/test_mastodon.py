"""Mastodon archive: outbox.json (ActivityPub) with HTML content turned into text, actor.json for the bio."""
from __future__ import annotations

import json

import pytest

from screener.sources import html_to_text, read_mastodon, read_posts

from ._util import MASTODON, OUTBOX, only_posts, split

ACT = "https://mastodon.education/users/mswhitfield/statuses/"
BIO = ("4th grade teacher in upstate NY. Books, birds, bad puns.\nPosts are my own views, not my district's.\n"
       "Pronouns: she/her\nClassroom: https://mgcsd.example.org/whitfield")


def test_outbox_posts_ids_texts_and_actor_bio():
    posts = only_posts(read_posts(OUTBOX))
    assert [p.id for p in posts] == [ACT + s + "/activity" for s in (
        "111203384455667788", "111250011223344556", "111298877665544332", "111340099887766554",
        "111389900112233445", "111420011223344556", "111455566677788899")]  # the boost is not the account's post
    assert posts[0].text == ("Back-to-school night is Thursday! Come see what your kids have been up to.\n"
                             "Doors open at 6:30 & the book fair runs until 8.\n\n#MapleGrove")
    assert posts[1].text == ("@coachrivera congrats on the season! Ethan Park's last-second shot is still all "
                             "anyone talks about.")
    assert posts[2].text == "Our district tech guide for families is here: https://mgcsd.example.org/families/tech-guide"
    assert posts[5].text == "Lost a blue lunchbox on bus 14 — if you find it, call me at 555-0119. Thanks!"
    for p in posts:
        assert p.kind is None
        assert p.account == {"platform": "mastodon", "handle": "@mswhitfield@mastodon.education",
                             "name": "Dana Whitfield", "bio": BIO}


def test_content_warning_alt_text_and_poll_options_are_screened():
    posts = only_posts(read_posts(OUTBOX))
    assert posts[3].text == ("school stuff, a bit of a vent\n\nThird parent email this week asking why their "
                             "kid's grade dropped. Friendly reminder that the portal updates on Fridays.")
    assert posts[4].text == ("Schedule for the week 📅\n\nWhiteboard with the week's schedule: Mon library, "
                             "Tue art, Wed music")
    assert posts[6].text == "Which read-aloud should we start after break?\n\nCharlotte's Web\nWonder"


def test_archive_folder_reads_outbox_not_likes():
    assert len(only_posts(read_posts(MASTODON))) == 7


@pytest.mark.parametrize("html, text", [
    ("<p>one<br>two<br />three</p>", "one\ntwo\nthree"),
    ("<p>para one</p><p>para two</p>", "para one\n\npara two"),
    ("<p>a</p>\n<p>b</p>", "a\n\nb"),
    ('<p><a href="https://x.test/tags/IEP" class="mention hashtag" rel="tag">#<span>IEP</span></a> day</p>', "#IEP day"),
    ('<span class="h-card"><a href="https://m.test/@bob" class="u-url mention">@<span>bob</span></a></span> hi',
     "@bob hi"),
    ("Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; caf&eacute;", "Tom & Jerry <3 \"x\" 'y' café"),
    ('<p>see <a href="https://ex.test/long/path"><span class="invisible">https://</span>'
     '<span class="ellipsis">ex.test/lo</span><span class="invisible">ng/path</span></a></p>', "see https://ex.test/long/path"),
    ("<ul><li>one</li><li>two</li></ul><p>end</p>", "one\ntwo\n\nend"),
    ("plain text", "plain text"),
    ("", ""),
])
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def _outbox(items) -> str:
    return json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
                       "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}, indent=2)


def _create(n, content):
    return {"id": f"https://m.test/users/a/statuses/{n}/activity", "type": "Create", "actor": "https://m.test/users/a",
            "object": {"id": f"https://m.test/users/a/statuses/{n}", "type": "Note", "content": content}}


def test_create_without_content_is_an_error_with_line_and_rest_read(tmp_path):
    path = tmp_path / "outbox.json"
    path.write_text(_outbox([_create(1, "<p>one</p>"), _create(2, ""), _create(3, "<p>three</p>")]))
    posts, errors = split(read_posts(path))
    assert [p.text for p in posts] == ["one", "three"]
    assert len(errors) == 1
    assert errors[0].message == "activity 2 (https://m.test/users/a/statuses/2/activity) has no content"
    assert path.read_text().splitlines()[errors[0].line - 1] == "    {"
    assert posts[0].account == {"platform": "mastodon"}  # no actor.json beside it


def test_truncated_outbox_keeps_complete_activities(tmp_path):
    path = tmp_path / "outbox.json"
    full = _outbox([_create(1, "<p>one</p>"), _create(2, "<p>two</p>"), _create(3, "<p>three</p>")])
    path.write_text(full[: full.index("three") - 20])
    posts, errors = split(read_mastodon(path))
    assert [p.text for p in posts] == ["one", "two"]
    assert len(errors) == 1 and "truncated JSON" in errors[0].message and "activity 3" in errors[0].message


def test_outbox_without_ordered_items(tmp_path):
    path = tmp_path / "outbox.json"
    path.write_text('{"type": "OrderedCollection", "totalItems": 0}')
    posts, errors = split(read_posts(path))
    assert posts == [] and len(errors) == 1 and "orderedItems" in errors[0].message


def test_compact_single_line_outbox(tmp_path):
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(json.loads(_outbox([_create(1, "<p>x</p>"), _create(2, "<p>y</p>")]))))
    assert [p.text for p in only_posts(read_posts(path))] == ["x", "y"]
