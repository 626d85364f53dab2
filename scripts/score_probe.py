"""Score one span label, or the categories, on a probe: posts written blind for one kind of thing,
marked like corpora/src (`⟦span|LABEL⟧`, a `categories` list), half of them hard negatives. A probe
asks one question — how many of these does screener find, and what does it flag that is not there —
on wordings no writer of the corpus used.

Each post falls in half A or B by a hash of its text. A's errors may be read to improve a recognizer;
B is only scored, so B's before/after is the honest measure of the change. Prints span
precision/recall/F1 (overlap, as `screener eval`; micro over categories with --label CATEGORIES) and
the share of posts caught and falsely flagged, per half; --show A lists A's errors (it prints post
text: probes are invented, never real posts).

    .venv/bin/python scripts/score_probe.py corpora/probes/credentials.jsonl --label CREDENTIAL [--show A]
    .venv/bin/python scripts/score_probe.py corpora/probes/categories.jsonl --label CATEGORIES
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpora"))
from build import parse_marked  # noqa: E402

from screener.classify.evaluate import Result, score_categories, score_spans  # noqa: E402
from screener.pipeline import Screener  # noqa: E402
from screener.types import Post  # noqa: E402


def half(text: str) -> str:
    return "AB"[int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probe")
    ap.add_argument("--label", required=True)
    ap.add_argument("--show", choices="AB")
    args = ap.parse_args()
    cats = args.label == "CATEGORIES"
    rows = []
    for n, line in enumerate(open(args.probe, encoding="utf-8"), 1):
        record = json.loads(line)
        text, spans = parse_marked(record["text"])
        gold = set(record["categories"]) if cats else [
            (s["start"], s["end"], s["label"]) for s in spans if s["label"] == args.label]
        rows.append((n, text, gold))
    results = {h: Result(h) for h in "AB"}
    reports = Screener(rewrites=False).screen_many(Post(id=str(n), text=text) for n, text, _ in rows)
    for (n, text, gold), report in zip(rows, reports):
        res = results[half(text)]
        if cats:
            pred = set(report.categories)
            score_categories(res, gold, pred)
            wrong, shown = pred != gold, (sorted(gold), sorted(pred))
        else:
            pred = [(f.start, f.end, f.label) for f in report.findings if f.label == args.label]
            score_spans(res, gold, pred)
            wrong = sorted(p[:2] for p in pred) != sorted(g[:2] for g in gold)
            shown = ([text[s:e] for s, e, _ in gold], [text[s:e] for s, e, _ in pred])
        res.rate("caught" if gold else "falsely flagged", bool(pred))
        if args.show == half(text) and wrong:
            print(f"{args.probe}:{n}: {text}\n    gold {shown[0]}  found {shown[1]}")
    for h, res in results.items():
        p, r, f = (res.cats if cats else res.spans[args.label]).prf()
        posts = "  ".join(f"{k} {hit}/{total}" for k, (hit, total) in sorted(res.posts.items()))
        print(f"half {h}: {args.label} P {p:.3f} R {r:.3f} F1 {f:.3f}  posts {posts}")


if __name__ == "__main__":
    main()
