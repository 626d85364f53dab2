"""Read a labelled corpus (corpora/*.jsonl): SPEC posts plus gold spans, categories, disclaimer, verdict."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..types import Post


@dataclass(frozen=True)
class Example:
    post: Post
    spans: tuple[tuple[int, int, str], ...]
    categories: tuple[str, ...]
    disclaimer_required: bool
    disclaimer_present: bool
    verdict: str


def writer(example: Example) -> str:
    """Which corpus slice (one writer's voice) a post comes from: corpus post ids are "<slice>-<n>".
    Cross-validation grouped by writer scores every post with a model that never saw its writer."""
    return example.post.id.rsplit("-", 1)[0]


def read_corpus(path: str | Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                post = Post.from_dict(d, default_id=f"{path}:{lineno}")
                spans = tuple((s["start"], s["end"], s["label"]) for s in d.get("spans", []))
                disc = d.get("disclaimer") or {}
                out.append(Example(post, spans, tuple(d.get("categories", [])),
                                   bool(disc.get("required")), bool(disc.get("present")), d["verdict"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"bad corpus record: {exc}", str(path), lineno) from None
    return out
