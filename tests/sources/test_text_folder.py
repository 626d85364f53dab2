"""Folders of .txt/.md drafts: one post per file, id the path relative to the folder."""
from __future__ import annotations

from screener.sources import read_posts, read_text, read_text_folder

from ._util import DRAFTS, only_posts, split


def test_drafts_folder():
    posts = only_posts(read_posts(DRAFTS))  # classroom-photo.jpg is not a post
    assert [p.id for p in posts] == ["field-trip.md", "monday-newsletter.txt", "notes-to-self.txt",
                                     "week3/conference-reminder.txt", "week3/student-spotlight.md"]
    assert posts[0].text == ("# Field trip recap\n\nWhat a day at the **science center**! Thank you to our "
                             "chaperones.\n\n- Emma R. loved the planetarium\n- We saw a real fossil")
    assert posts[3].text == ("Conference reminder: slots are 15 minutes. If you need a different time, "
                             "call me at 555-0178.")
    assert all(p.kind is None and p.account is None for p in posts)


def test_read_text_folder_and_options():
    posts = only_posts(read_text_folder(DRAFTS, kind="personal", account={"bio": "Views are my own."}))
    assert len(posts) == 5 and {p.kind for p in posts} == {"personal"}
    assert posts[0].account == {"bio": "Views are my own."}


def test_single_file_id_is_its_name():
    posts = only_posts(read_posts(DRAFTS / "week3" / "student-spotlight.md"))
    assert [(p.id, p.text) for p in posts] == [("student-spotlight.md", "Student spotlight: Mateo Alvarez wrote a "
                                                "poem about autumn leaves that made the whole class smile.")]


def test_bad_files_reported_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_text("first draft\n")
    (tmp_path / "b.txt").write_bytes(b"line one\nline two caf\xe9\n")
    (tmp_path / "c.md").write_text("   \n\n")
    (tmp_path / ".hidden.txt").write_text("editor swap file")
    (tmp_path / "d.txt").write_text("last draft")
    posts, errors = split(read_posts(tmp_path))
    assert [p.id for p in posts] == ["a.txt", "d.txt"]
    assert [(e.path, e.line) for e in errors] == [(str(tmp_path / "b.txt"), 2), (str(tmp_path / "c.md"), None)]
    assert "invalid UTF-8" in errors[0].message and "empty" in errors[1].message


def test_folder_with_no_posts(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    _, errors = split(read_posts(tmp_path))
    assert len(errors) == 1 and errors[0].path == str(tmp_path) and "no posts found" in errors[0].message


def test_crlf_and_bom_kept_out(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("\ufeffHello\r\nworld\r\n".encode("utf-8"))
    assert [p.text for p in only_posts(read_text(path))] == ["Hello\r\nworld"]
