"""How far the dev split's "needs a disclaimer" labels can be trusted: a second reader against them.

Missing-disclaimer recall is the target furthest from met, and its labels are a judgement ("does the
post take a position?"), so a low score could be the labels' fault as well as the model's. A second
reader, who saw only corpora/GUIDE.md and the post texts (no label, no model output), labelled 1,000
of the dev split's personal posts (corpora/audit/required_second_reader.tsv):

- stratum ``model_disagreed``: every dev personal post whose label d9226bb's models got wrong;
- stratum ``random``: a seeded random sample of the rest.

Estimates for all dev personal posts weight each stratum by its size: the first is complete, so the
second stands for every other personal post.

    .venv/bin/python scripts/label_agreement.py
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from screener.classify.corpus import read_corpus, writer

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "corpora" / "audit" / "required_second_reader.tsv"


def main() -> None:
    with open(AUDIT, encoding="utf-8") as fh:
        audit = list(csv.DictReader(fh, delimiter="\t"))
    second = {r["id"]: r["second_reader_required"] == "1" for r in audit}
    # The population sampled: dev's personal posts by the writers of the time (later writers had no
    # chance to be drawn).
    writers = {r["id"].rsplit("-", 1)[0] for r in audit}
    gold = {e.post.id: e for e in read_corpus(ROOT / "corpora" / "dev.jsonl")
            if e.post.kind == "personal" and writer(e) in writers}
    size = Counter(r["stratum"] for r in audit)
    weight = {"model_disagreed": 1.0, "random": (len(gold) - size["model_disagreed"]) / size["random"]}

    def rate(keep, hit) -> str:
        num = den = 0.0
        for r in audit:
            e = gold[r["id"]]
            if keep(e):
                den += weight[r["stratum"]]
                num += weight[r["stratum"]] * hit(e, second[r["id"]])
        return f"{num / den:.3f}"

    print(f"{len(gold)} dev personal posts; second reader on {len(audit)} ({dict(size)})")
    print("agreement with the labels:", rate(lambda e: True, lambda e, s: s == e.disclaimer_required))
    print("needs one, has none -> second reader says needs one:",
          rate(lambda e: e.disclaimer_required and not e.disclaimer_present, lambda e, s: s))
    print("needs none -> second reader says needs one:", rate(lambda e: not e.disclaimer_required, lambda e, s: s))
    sided = Counter(second[r["id"]] == gold[r["id"]].disclaimer_required
                    for r in audit if r["stratum"] == "model_disagreed")
    print(f"where the model got the label wrong, the second reader sided with the label on "
          f"{sided[True]} of {sum(sided.values())}")


if __name__ == "__main__":
    main()
