"""How screener does on posts by writers it never trained on: leave one corpus slice (one writer) out.

The dev split shares writers with the training split, so dev scores flatter the models; a held-out set
written by others looks more like this. For each slice of corpora/src, a scratch git worktree of HEAD
trains every model on the other slices' training posts (`screener train`), then `screener eval --json`
scores all of the held-out slice's posts (both splits), with and without the roster. The counts are
pooled over slices and printed like `screener eval`. Takes about 9 minutes per slice on 2 cores
(`screener train` took 8 min 43 s on the 38-writer corpus, about 5 of them for the category encoder);
per-slice results are kept in --out and reused, so an interrupted run resumes.

The stance reader takes 40 minutes to train, too long to train once per slice. Without --stance-folds
the held-out slice is scored without it (the n-gram model alone decides "needs a disclaimer"). With
--stance-folds DIR (made by `screener train --stance --keep-folds DIR`), each slice is scored by the
cross-validation fold's reader that never saw that writer. Its threshold, one number, was chosen on all
folds' out-of-writer scores, so that writer's training posts had a say in it.

    .venv/bin/python scripts/unseen_writers.py [--out DIR] [--slices a,b] [--stance-folds DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = "from screener.cli import main; main()"
STANCE = "disclaimer_stance"
POST_ROWS = ["confidential_blocked", "non_confidential_blocked", "clean_passed", "missing_disclaimer_caught",
             "disclaimer_present_accuracy", "disclaimer_required_accuracy", "hard_negative_name_flagged"]


def slice_posts(name: str) -> list[str]:
    lines = []
    for split in ("train", "dev"):
        with open(ROOT / "corpora" / f"{split}.jsonl", encoding="utf-8") as fh:
            lines += [line for line in fh if line.startswith(f'{{"id": "{name}-')]
    return lines


def use_stance_fold(name: str, tree: Path, folds: Path | None) -> None:
    """Put in the worktree's models/ the stance reader that never saw this writer, or none."""
    models = tree / "models"
    for ext in ("pkl", "json"):
        (models / f"{STANCE}.{ext}").unlink(missing_ok=True)
    if folds is None:
        return
    for meta in sorted(folds.glob(f"{STANCE}.fold*.json")):
        if name in json.loads(meta.read_text())["unseen_writers"]:
            shutil.copyfile(meta, models / f"{STANCE}.json")
            shutil.copyfile(meta.with_suffix(".pkl"), models / f"{STANCE}.pkl")
            return
    raise SystemExit(f"{folds}: no stance fold left out {name!r}")


def run_slice(name: str, tree: Path, out: Path, folds: Path | None) -> dict:
    result = out / f"{name}.json"
    if result.exists():
        return json.loads(result.read_text())
    with open(ROOT / "corpora" / "train.jsonl", encoding="utf-8") as fh:
        kept = [line for line in fh if not line.startswith(f'{{"id": "{name}-')]
    (tree / "corpora" / "train.jsonl").write_text("".join(kept), encoding="utf-8")
    held = out / f"{name}.jsonl"
    held.write_text("".join(slice_posts(name)), encoding="utf-8")
    # Run in the worktree so its package (and its models/) is the one imported.
    subprocess.run([sys.executable, "-c", CLI, "train"], cwd=tree, check=True, stdout=subprocess.DEVNULL)
    use_stance_fold(name, tree, folds)
    scored = subprocess.run([sys.executable, "-c", CLI, "eval", str(held), "--with-roster",
                             str(ROOT / "corpora" / "roster.csv"), "--no-presidio", "--json"],
                            cwd=tree, check=True, capture_output=True, text=True).stdout
    result.write_text(scored)
    return json.loads(scored)


def pool(results: dict[str, dict], mode: str) -> dict:
    """Sum counts over slices: span tp/fp/fn from precision, recall and support; rates from rate and n;
    category tp/fp/fn from p, r and the slice's gold category count."""
    c: Counter = Counter()
    for name, res in results.items():
        r = res[mode]
        for label, s in r["spans"].items():
            if label == "micro" or not s.get("support"):
                continue
            tp = round(s["recall"] * s["support"])
            c[f"{label}.tp"] += tp
            c[f"{label}.fn"] += s["support"] - tp
            c[f"{label}.fp"] += round(tp / s["precision"]) - tp if s["precision"] else 0
        for row in POST_ROWS:
            if row in r["posts"]:
                c[f"{row}.hit"] += round(r["posts"][row]["rate"] * r["posts"][row]["n"])
                c[f"{row}.n"] += r["posts"][row]["n"]
        gold = sum(len(json.loads(line)["categories"]) for line in slice_posts(name))
        tp = round(r["categories"]["r"] * gold)
        c["cat.tp"] += tp
        c["cat.fn"] += gold - tp
        c["cat.fp"] += round(tp / r["categories"]["p"]) - tp if r["categories"]["p"] else 0
    return c


def f1(c: Counter, key: str) -> str:
    tp, fp, fn = c[f"{key}.tp"], c[f"{key}.fp"], c[f"{key}.fn"]
    return f"{tp / max(1, tp + fp):.3f}/{tp / max(1, tp + fn):.3f}/{2 * tp / max(1, 2 * tp + fp + fn):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "unseen-writers")
    ap.add_argument("--slices", help="comma-separated slice names (default: every corpora/src/*.jsonl)")
    ap.add_argument("--stance-folds", type=Path, help="the stance reader's folds (screener train --stance --keep-folds)")
    args = ap.parse_args()
    names = args.slices.split(",") if args.slices else sorted(p.stem for p in (ROOT / "corpora" / "src").glob("*.jsonl"))
    args.out.mkdir(parents=True, exist_ok=True)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), "HEAD"], cwd=ROOT, check=True)
        try:
            for name in names:
                results[name] = run_slice(name, tree, args.out, args.stance_folds)
                print(f"{name}: done", file=sys.stderr, flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    pooled = {mode: pool(results, mode) for mode in ("screener", "screener+roster")}
    labels = sorted({k.split(".")[0] for k in pooled["screener"] if k.endswith(".tp") and k != "cat.tp"})
    print(f"{len(names)} slices, each scored by models trained on the others\n")
    print(f"{'label':16s} {'screener':>20s} {'screener+roster':>20s}")
    for label in labels:
        print(f"{label:16s} {f1(pooled['screener'], label):>20s} {f1(pooled['screener+roster'], label):>20s}")
    for row in POST_ROWS:
        cells = [f"{c[row + '.hit'] / c[row + '.n']:.3f} ({c[row + '.n']})" if c[row + ".n"] else "-"
                 for c in pooled.values()]
        print(f"{row:28s} {cells[0]:>16s} {cells[1]:>16s}")
    print(f"{'category micro P/R/F1':28s} {f1(pooled['screener'], 'cat'):>20s} {f1(pooled['screener+roster'], 'cat'):>20s}")


if __name__ == "__main__":
    main()
