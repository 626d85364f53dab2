"""Helpers for the input-adapter tests."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path
from typing import Iterable

from screener.errors import InputError
from screener.types import Post

ARCHIVES = Path(__file__).resolve().parent.parent / "fixtures" / "archives"
X_ARCHIVE = ARCHIVES / "x-archive"
TWEETS = X_ARCHIVE / "data" / "tweets.js"
FACEBOOK = ARCHIVES / "facebook"
FB_POSTS = FACEBOOK / "your_activity_across_facebook" / "posts" / "your_posts__check_ins__photos_and_videos_1.json"
INSTAGRAM = ARCHIVES / "instagram"
IG_POSTS = INSTAGRAM / "your_instagram_activity" / "content" / "posts_1.json"
MASTODON = ARCHIVES / "mastodon"
OUTBOX = MASTODON / "outbox.json"
DRAFTS = ARCHIVES / "drafts"
CSV_FILE = ARCHIVES / "posts.csv"
JSONL_FILE = ARCHIVES / "posts.jsonl"


def split(items: Iterable) -> tuple[list[Post], list[InputError]]:
    posts, errors = [], []
    for item in items:
        assert isinstance(item, (Post, InputError)), item
        (posts if isinstance(item, Post) else errors).append(item)
    return posts, errors


def only_posts(items: Iterable) -> list[Post]:
    posts, errors = split(items)
    assert not errors, [str(e) for e in errors]
    return posts


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    """Zip ``folder`` the way the platforms do (paths relative to the export's root)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for root, _, files in sorted(os.walk(folder)):
            for f in sorted(files):
                full = Path(root) / f
                zf.write(full, prefix + full.relative_to(folder).as_posix())
    return dest


def copy_tree(folder: Path, dest: Path) -> Path:
    shutil.copytree(folder, dest)
    return dest
