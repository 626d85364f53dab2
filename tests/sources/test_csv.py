"""CSV: columns by name or by option, a row per post, errors at the line the row starts on."""
from __future__ import annotations

import io

import pytest

from screener.sources import read_csv, read_posts

from ._util import CSV_FILE, only_posts, split


def test_fixture_rows_ids_texts_kinds_accounts():
    posts = only_posts(read_posts(CSV_FILE))
    assert [p.id for p in posts] == [f"csv-{i}" for i in range(1, 7)]
    assert posts[2].text == ("Field trip permission slips are due Friday.\n"
                             "Please send $5 for the bus in an envelope with your child's name.")
    assert [p.kind for p in posts] == ["official", "personal", "official", "personal", None, "official"]
    assert posts[0].account == {"handle": "@MapleGroveElem", "bio": "Official account of Maple Grove Elementary School."}
    assert posts[3].account == {"handle": "@mrs_dlane"}


def test_column_options_and_semicolon_delimiter(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Post ID;Message;Account Type;Who\n"
                    "a1;Great game tonight, Wildcats!;official;@mgwildcats\n"
                    "a2;Proud of my homeroom today;personal;@coach_r\n", encoding="utf-8")
    posts = only_posts(read_posts(path, id_column="post id", text_column="Message", kind_column="Account Type",
                                  handle_column="Who"))
    assert [(p.id, p.text, p.kind, p.account) for p in posts] == [
        ("a1", "Great game tonight, Wildcats!", "official", {"handle": "@mgwildcats"}),
        ("a2", "Proud of my homeroom today", "personal", {"handle": "@coach_r"})]


def test_no_id_column_ids_are_name_and_line_and_kind_option_fills(tmp_path):
    path = tmp_path / "drafts.csv"
    path.write_text('post\n"two\nlines"\nthird\n')
    posts = only_posts(read_posts(path, kind="personal"))
    assert [(p.id, p.text, p.kind) for p in posts] == [(f"{path}:2", "two\nlines", "personal"),
                                                       (f"{path}:4", "third", "personal")]


def test_account_column_json_and_caller_account_defaults(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text('id,text,account\n1,hi,"{""handle"": ""@a"", ""bio"": ""views mine""}"\n2,yo,@b\n')
    posts = only_posts(read_posts(path, account={"platform": "x", "handle": "@default"}))
    assert posts[0].account == {"platform": "x", "handle": "@a", "bio": "views mine"}
    assert posts[1].account == {"platform": "x", "handle": "@b"}


def test_bad_rows_reported_with_start_line_and_the_rest_read(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text('id,text,kind\n'
                    '1,fine,personal\n'
                    '2,"",personal\n'          # no text
                    '3,"multi\nline",public\n'  # bad kind, row starts on line 4
                    '4,"bad "quote,personal\n'  # malformed
                    '5,also fine,\n')
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["1", "5"]
    assert [(e.line, e.path) for e in errors] == [(3, str(path)), (4, str(path)), (6, str(path))]
    assert "no text in column 'text'" in errors[0].message
    assert "kind must be personal, official or empty" in errors[1].message
    assert "malformed CSV row" in errors[2].message


def test_missing_text_column_and_missing_named_column(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,words\n1,hello\n")
    _, errors = split(read_posts(path))
    assert len(errors) == 1 and errors[0].line == 1 and "no text column" in errors[0].message
    _, errors = split(read_posts(path, text_column="body"))
    assert len(errors) == 1 and "no text column 'body'" in errors[0].message
    assert [p.text for p in only_posts(read_posts(path, text_column="words"))] == ["hello"]


def test_not_utf8_gives_encoding_hint_and_encoding_option_reads_it(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("id,text\n1,ok\n2,Caf\u00e9 night \u2013 tonight\n".encode("cp1252"))
    posts, errors = split(read_posts(path))
    assert [p.id for p in posts] == ["1"]
    assert len(errors) == 1 and errors[0].line == 3 and "encoding=" in errors[0].message
    posts = only_posts(read_posts(path, encoding="cp1252"))
    assert posts[1].text == "Café night – tonight"


def test_utf8_bom_and_tsv(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_bytes("\ufeffid\ttext\n7\tTab, separated\n".encode("utf-8"))
    assert [(p.id, p.text) for p in only_posts(read_posts(path))] == [("7", "Tab, separated")]


def test_empty_file(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("")
    _, errors = split(read_posts(path))
    assert len(errors) == 1 and "empty file" in errors[0].message


def test_file_object():
    posts = only_posts(read_csv(io.BytesIO(b"text\nfrom memory\n"), "upload.csv"))
    assert [(p.id, p.text) for p in posts] == [("upload.csv:2", "from memory")]


def test_unreadable_file_object_is_one_clear_error():
    class Broken(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, b):
            raise OSError(5, "Input/output error")

    _, errors = split(read_csv(io.BufferedReader(Broken()), "disk.csv"))
    assert [str(e) for e in errors] == ["disk.csv: read failed: Input/output error"]


def test_bad_kind_option_raises_at_once():
    with pytest.raises(ValueError):
        read_posts(CSV_FILE, kind="public")
