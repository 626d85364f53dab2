"""Build the labelled corpora from the writers' marked-up sources.

Writers mark spans inline (``⟦text|LABEL⟧``, see GUIDE.md) so nobody counts characters by hand; this
script strips the markers, computes offsets into the clean text, assigns each post to the train or
dev split by a stable hash of its text (so the split never depends on file order), and writes:

- ``corpora/train.jsonl`` and ``corpora/dev.jsonl``: posts in the SPEC's shape plus gold labels;
- ``corpora/roster.csv``: the district roster for the corpus students, padded with decoy students;
- ``corpora/holdout.jsonl`` and ``corpora/holdout_roster.csv``: the same from ``corpora/holdout``,
  writers kept out of both splits. Nothing trains or is tuned on them: they measure what a writer
  the models never saw can expect (corpora/README.md, "Held-out writers").

Run ``python corpora/build.py`` after editing anything in ``corpora/src``;
``python corpora/build.py --check FILE`` only validates one source file.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPAN_LABELS = {
    "STUDENT_NAME", "STUDENT_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS",
    "DATE_OF_BIRTH", "US_SSN", "CREDENTIAL", "NETWORK_INFO",
}
CATEGORIES = {"ACADEMIC", "SPECIAL_EDUCATION", "DISCIPLINE", "HEALTH", "FAMILY", "PERSONNEL", "SECURITY"}
VERDICTS = {"block", "review", "pass"}
KINDS = {"personal", "official", None}
MARK = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)⟧")
DEV_FRACTION = 0.2


def parse_marked(text: str) -> tuple[str, list[dict]]:
    """Strip ⟦span|LABEL⟧ markers; return the clean text and spans with offsets into it."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        length += len(before)
        span_text, label = m.group(1), m.group(2)
        if label not in SPAN_LABELS:
            raise ValueError(f"unknown span label {label!r}")
        spans.append({"start": length, "end": length + len(span_text), "label": label})
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "⟦" in clean or "⟧" in clean:
        raise ValueError("unbalanced or malformed ⟦...|LABEL⟧ marker")
    return clean, spans


def convert(record: dict) -> dict:
    """Validate one source record and turn it into a corpus post."""
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise ValueError("missing or empty 'text'")
    text, spans = parse_marked(record["text"])
    kind = record.get("kind")
    if kind not in KINDS:
        raise ValueError(f"bad kind {kind!r}")
    cats = record.get("categories", [])
    if not isinstance(cats, list) or set(cats) - CATEGORIES:
        raise ValueError(f"bad categories {cats!r}")
    disc = record.get("disclaimer")
    if not (isinstance(disc, dict) and isinstance(disc.get("required"), bool)
            and isinstance(disc.get("present"), bool)):
        raise ValueError("disclaimer must be {'required': bool, 'present': bool}")
    verdict = record.get("verdict")
    if verdict not in VERDICTS:
        raise ValueError(f"bad verdict {verdict!r}")
    roster = record.get("roster", [])
    for row in roster:
        if not (isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)
                and row[0] and row[1]):
            raise ValueError(f"bad roster row {row!r}: want [first, last, preferred]")
    bio = record.get("bio")
    post = {
        "text": text,
        "kind": kind,
        "account": {"bio": bio} if bio else None,
        "spans": spans,
        "categories": sorted(set(cats)),
        "disclaimer": {"required": disc["required"], "present": disc["present"]},
        "verdict": verdict,
        "voice": record.get("voice", ""),
    }
    return post, roster


def read_source(path: Path) -> list[tuple[dict, list]]:
    posts = []
    errors = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            posts.append(convert(json.loads(line)))
        except (ValueError, json.JSONDecodeError) as exc:
            errors += 1
            print(f"{path}:{lineno}: {exc}", file=sys.stderr)
    if errors:
        raise SystemExit(f"{path}: {errors} bad record(s)")
    return posts


def split_of(text: str) -> str:
    h = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
    return "dev" if (h % 1000) < DEV_FRACTION * 1000 else "train"


def decoy_students(n: int, seed: int = 7) -> list[list[str]]:
    """Roster padding: students never named in the corpus, so roster matching is not trivially exact."""
    from faker import Faker

    fake = Faker(["en_US", "es_MX", "vi_VN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_IN"])
    fake.seed_instance(seed)
    return [[fake.first_name(), fake.last_name(), ""] for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", type=Path, help="only validate this source file")
    args = ap.parse_args()
    if args.check:
        posts = read_source(args.check)
        labels: dict[str, int] = {}
        for post, _ in posts:
            for s in post["spans"]:
                labels[s["label"]] = labels.get(s["label"], 0) + 1
        verdicts: dict[str, int] = {}
        for post, _ in posts:
            verdicts[post["verdict"]] = verdicts.get(post["verdict"], 0) + 1
        print(f"{args.check}: {len(posts)} posts ok; spans {labels}; verdicts {verdicts}")
        return

    seen: set[str] = set()
    splits: dict[str, list[dict]] = {"train": [], "dev": []}
    roster = read_sources(HERE / "src", seen, lambda post: splits[split_of(post["text"])])
    holdout: list[dict] = []
    held_roster = read_sources(HERE / "holdout", seen, lambda post: holdout)
    for name, posts in (*splits.items(), ("holdout", holdout)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for post in posts:
                fh.write(json.dumps(post, ensure_ascii=False) + "\n")
        print(f"{name}: {len(posts)} posts")
    write_roster(HERE / "roster.csv", roster)
    write_roster(HERE / "holdout_roster.csv", held_roster)


def read_sources(folder: Path, seen: set[str], split) -> dict[tuple[str, str], list[str]]:
    """Every post of the folder's sources into ``split(post)`` (a list), texts seen before skipped;
    returns the roster rows of the students they name."""
    roster: dict[tuple[str, str], list[str]] = {}
    for src in sorted(folder.glob("*.jsonl")):
        for n, (post, rows) in enumerate(read_source(src), 1):
            if post["text"] in seen:
                continue
            seen.add(post["text"])
            post = {"id": f"{src.stem}-{n:04d}", **post}
            split(post).append(post)
            for first, last, preferred in rows:
                roster.setdefault((first, last), [first, last, preferred])
    return roster


def write_roster(path: Path, roster: dict[tuple[str, str], list[str]]) -> None:
    rows = list(roster.values()) + decoy_students(3 * len(roster) + 200)
    random.Random(11).shuffle(rows)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["first_name", "last_name", "preferred_name", "student_id", "grade", "media_opt_out"])
        for i, (first, last, preferred) in enumerate(rows):
            w.writerow([first, last, preferred, f"{300000 + i * 7:06d}", 1 + i % 12, str(i % 17 == 0).lower()])
    print(f"{path.name}: {len(rows)} students ({len(roster)} named in the posts)")


if __name__ == "__main__":
    main()
