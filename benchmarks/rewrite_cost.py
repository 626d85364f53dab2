"""What taking sensitive sentences out of the safe rewrite costs a batch scan: `screen_many` on the
first 2,000 dev posts (a third of them with a category) with that step and without it, alternated,
two runs each, in one process.

    .venv/bin/python benchmarks/rewrite_cost.py [--posts 2000]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import screener.redact as redact
from screener import Screener
from screener.classify.corpus import read_corpus

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=2000)
    posts = [e.post for e in read_corpus(ROOT / "corpora" / "dev.jsonl")][:ap.parse_args().posts]
    screener = Screener()
    list(screener.screen_many(posts[:100]))  # load every model first
    step = redact.drop_sensitive
    rates: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(2):
        for name, fn in (("with", step), ("without", lambda texts, *a, **k: list(texts))):
            redact.drop_sensitive = fn
            t = time.perf_counter()
            list(screener.screen_many(posts))
            rates[name].append(len(posts) / (time.perf_counter() - t))
    redact.drop_sensitive = step
    best = {k: max(v) for k, v in rates.items()}
    for name, r in rates.items():
        print(f"{name} the sentence step: {', '.join(f'{x:.0f}' for x in r)} posts/s")
    print(f"ratio (best runs): {best['with'] / best['without']:.2f}x")


if __name__ == "__main__":
    main()
