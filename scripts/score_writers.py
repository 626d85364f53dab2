"""Score screener on new writers' posts before they join the corpus, in two halves.

A new round of writers (``corpora/pending/<slice>.jsonl``, marked like corpora/src, written blind from
GUIDE.md) is the nearest thing to the issue's unseen posts whose errors may still be read. Each post
falls in half A or B by a hash of its text, as in scripts/score_probe.py: A's errors may be read to
find what fails on writers the models never saw; B is only scored, so B's before/after measures a
change. Prints `screener eval`'s table per half (with a roster built from the posts, padded with
decoys like corpora/roster.csv); --show A lists A's posts whose verdict is wrong and why (it prints
post text: the posts are invented, never real).

    .venv/bin/python scripts/score_writers.py [corpora/pending] [--show A] [--drafts]

--whole scores every post of the folder as one set, for writers who are scored only and never read
(corpora/unseen).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpora"))
sys.path.insert(0, str(ROOT / "scripts"))
from build import read_sources, write_roster  # noqa: E402
from score_probe import half  # noqa: E402

from screener.classify.corpus import read_corpus  # noqa: E402
from screener.classify.evaluate import differences, evaluate, format_table  # noqa: E402
from screener.pipeline import Screener  # noqa: E402


def why_wrong(ex, report) -> str:
    """What turned a verdict: the spans, categories and disclaimer calls that differ from gold."""
    text, d = ex.post.text, report.disclaimer
    bits = []
    for kind, what, span in differences(ex, report):
        if span:
            bits.append(f"{'extra' if kind == 'found' else kind} {what} {text[span[0]:span[1]]!r}")
        elif what == "DISCLAIMER":
            bits.append(f"disclaimer gold required={ex.disclaimer_required} present={ex.disclaimer_present}, "
                        f"found required={d.required} present={d.present}")
        else:
            bits.append(f"category {what} {kind}")
    return "; ".join(bits)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "corpora" / "pending"))
    ap.add_argument("--show", choices="AB")
    ap.add_argument("--drafts", action="store_true", help="screen the posts as drafts (screener check)")
    ap.add_argument("--whole", action="store_true", help="one set, no halves (writers scored only)")
    args = ap.parse_args()
    if args.whole and args.show:
        ap.error("--show reads a half; --whole has none")
    halves: dict[str, list[dict]] = {"all": []} if args.whole else {"A": [], "B": []}
    roster = read_sources(Path(args.folder), set(),
                          lambda post: halves["all" if args.whole else half(post["text"])])
    with tempfile.TemporaryDirectory() as tmp:
        roster_csv = Path(tmp) / "roster.csv"
        write_roster(roster_csv, roster)
        for h, posts in halves.items():
            path = Path(tmp) / f"{h}.jsonl"
            path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8")
            print(f"\n{'all posts' if args.whole else 'half ' + h}")
            print(format_table(evaluate(str(path), roster=str(roster_csv), presidio=False, drafts=args.drafts),
                               len(posts)))
            if args.show == h:
                examples = read_corpus(path)
                screener = Screener(rewrites=False, drafts=args.drafts)
                for ex, report in zip(examples, screener.screen_many(e.post for e in examples)):
                    if report.verdict != ex.verdict:
                        print(f"{ex.post.id} [{ex.verdict} -> {report.verdict}] {ex.post.text}\n"
                              f"    {why_wrong(ex, report)}")


if __name__ == "__main__":
    main()
