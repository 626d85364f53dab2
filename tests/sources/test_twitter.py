"""X (Twitter) archive: data/tweets.js behind its window.YTD prefix, account.js/profile.js beside it."""
from __future__ import annotations

import io
import json

from screener.errors import InputError
from screener.sources import read_posts, read_twitter

from ._util import TWEETS, X_ARCHIVE, only_posts, split

IDS = ["1712345678901234567", "1713987654321098752", "1718456789012345601", "1720112233445566778",
       "1722334455667788990", "1725566778899001122", "1728899001122334455", "1734400112233445566",
       "note-1734400110000000000"]
BIO = "4th grade teacher at Maple Grove Elementary. Coffee, field trips & read-alouds. Views are my own."


def test_tweets_js_read_with_ids_texts_and_account():
    posts = only_posts(read_posts(TWEETS))
    assert [p.id for p in posts] == IDS[:-1]  # the note (long post) is in note-tweet.js
    assert posts[0].text == ("Pumpkin patch field trip today! 🎃 Huge thanks to our parent chaperones & the "
                             "Dietz farm crew. #MapleGroveProud")
    assert posts[1].text == "Shoutout to Jaylen Brooks for reading 40 books this quarter! Proud of you, kiddo 📚"
    assert "text me at 555-0142" in posts[3].text
    for p in posts:
        assert p.kind is None
        assert p.account == {"platform": "x", "handle": "@MsWhitfield4th", "name": "Ms. Whitfield", "bio": BIO}


def test_html_escapes_undone_and_tco_links_expanded():
    posts = {p.id: p for p in only_posts(read_posts(TWEETS))}
    assert posts["1725566778899001122"].text == ("Conference sign-ups close Friday -> grab a slot on the sheet in "
                                                 "your child's folder. Spots < 10 left!")
    assert posts["1718456789012345601"].text == (
        "Our class newsletter is up: https://mgcsd.example.org/whitfield/newsletter-nov — spelling lists, "
        "the November calendar, and book fair dates.")


def test_long_posts_from_note_tweet_js():
    posts = {p.id: p for p in only_posts(read_posts(X_ARCHIVE))}
    note = posts["note-1734400110000000000"].text
    assert note.endswith("share it with me so I can add it to the class slideshow. Rest up, everyone!")
    assert posts["1734400112233445566"].text.endswith("…")


def test_archive_folder_reads_tweets_and_skips_likes_manifest_html():
    posts = only_posts(read_posts(X_ARCHIVE))
    assert [p.id for p in posts] == IDS


def test_kind_option_applies_to_every_post():
    posts = only_posts(read_posts(TWEETS, kind="personal"))
    assert {p.kind for p in posts} == {"personal"}


def test_file_object_without_profile():
    raw = TWEETS.read_bytes()
    posts = only_posts(read_twitter(io.BytesIO(raw), "upload/tweets.js"))
    assert [p.id for p in posts] == IDS[:-1]
    assert posts[0].account == {"platform": "x"}


def _tweets_js(records: list, part: str = "tweets") -> str:
    return f"window.YTD.{part}.part0 = " + json.dumps(records, indent=2, separators=(",", " : "))


def test_tweet_without_text_is_reported_with_line_and_the_rest_read(tmp_path):
    records = [{"tweet": {"id_str": "1", "full_text": "first"}},
               {"tweet": {"id_str": "2", "favorite_count": "0"}},
               {"tweet": {"id_str": "3", "full_text": "third"}}]
    path = tmp_path / "tweets.js"
    path.write_text(_tweets_js(records))
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["1", "3"]
    assert len(errors) == 1
    err = errors[0]
    assert err.path == str(path)
    assert err.line == path.read_text().splitlines().index("  {", 2) + 1  # where tweet 2 starts
    assert "tweet 2 (2) has no full_text" in err.message


def test_malformed_tweet_costs_only_itself(tmp_path):
    text = ('window.YTD.tweets.part0 = [\n'
            '  {"tweet" : {"id_str" : "1", "full_text" : "ok one"}},\n'
            '  {"tweet" : {"id_str" : "2", "full_text" : "broken" "oops"}},\n'
            '  {"tweet" : {"id_str" : "3", "full_text" : "ok three"}}\n'
            ']\n')
    path = tmp_path / "tweets.js"
    path.write_text(text)
    posts, errors = split(read_posts(path))
    assert [p.text for p in posts] == ["ok one", "ok three"]
    assert [(e.line, "malformed JSON" in e.message) for e in errors] == [(3, True)]


def test_truncated_tweets_js_keeps_complete_tweets(tmp_path):
    full = TWEETS.read_text()
    path = tmp_path / "tweets.js"
    path.write_text(full[: full.index("Maddie G.")])
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == IDS[:6]
    assert len(errors) == 1 and "truncated JSON" in errors[0].message and "tweet 7" in errors[0].message
    assert errors[0].path == str(path) and errors[0].line > 1


def test_wrong_prefix_is_a_clear_error(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text("var tweets = [];\n")
    posts, errors = split(read_twitter(path))
    assert posts == [] and len(errors) == 1
    assert "window.YTD.tweets.part0" in errors[0].message and errors[0].line == 1


def test_other_ytd_file_named_as_tweets_is_refused(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text(_tweets_js([{"like": {"tweetId": "1"}}], part="like"))
    _, errors = split(read_twitter(path))
    assert len(errors) == 1 and "window.YTD.like" in errors[0].message


def test_older_archive_tweet_js_with_bare_tweet_objects(tmp_path):
    path = tmp_path / "tweet.js"
    path.write_text(_tweets_js([{"id_str": "99", "full_text": "Old-style archive &amp; still read"}], part="tweet"))
    posts = only_posts(read_posts(path))
    assert [(p.id, p.text) for p in posts] == [("99", "Old-style archive & still read")]


def test_broken_profile_js_is_reported_and_tweets_still_read(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "tweets.js").write_text(_tweets_js([{"tweet": {"id_str": "5", "full_text": "hello"}}]))
    (data / "profile.js").write_text("window.YTD.profile.part0 = [ {\n")
    posts, errors = split(read_posts(data / "tweets.js"))
    assert [p.id for p in posts] == ["5"]
    assert len(errors) == 1 and errors[0].path == str(data / "profile.js")
    assert isinstance(errors[0], InputError)
