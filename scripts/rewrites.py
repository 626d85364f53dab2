"""Are the safe rewrites safe? Screens a labelled corpus, then screens again the rewrite
(`Report.redacted`) of every post that did not pass, and counts the rewrites' verdicts and what still
flags them. Counts only: no post text is printed.

    .venv/bin/python scripts/rewrites.py [corpora/dev.jsonl]
"""
from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path

from screener import Screener
from screener.classify.corpus import read_corpus

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpora" / "dev.jsonl"))
    posts = [e.post for e in read_corpus(Path(ap.parse_args().corpus))]
    screener = Screener()
    flagged = [(p, r) for p, r in zip(posts, screener.screen_many(posts)) if r.verdict != "pass"]
    again = list(screener.screen_many(replace(p, text=r.redacted) for p, r in flagged))
    verdicts = Counter(r.verdict for r in again)
    print(f"{len(flagged)} of {len(posts)} posts flagged; their rewrites screened again: "
          + ", ".join(f"{v} {verdicts[v]}" for v in ("pass", "review", "block")))
    why = Counter()
    for r in again:
        if r.verdict != "pass":
            why.update({f"finding {label}" for label in {f.label for f in r.findings}}
                       | ({"a category"} if r.categories else set())
                       | ({"a missing disclaimer"} if r.disclaimer.required and not r.disclaimer.present else set()))
    for reason, n in why.most_common():
        print(f"  {n:5d} rewrites still flagged for {reason}")


if __name__ == "__main__":
    main()
