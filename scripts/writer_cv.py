"""Writer-grouped cross-validation of the post-level models, on the training split only.

`screener train` picks thresholds by random 5-fold cross-validation, where every writer's sentence
skeletons fall in every fold; that flatters the models. Here each writer (corpus slice) is one fold,
so every post is scored by a model that never saw its writer. The any-category head and the
disclaimer-required model are built exactly as `screener train` builds them (same inputs, features and
estimator). Prints average precision and, at several thresholds, what the verdict would see:
confidential posts blocked and other posts blocked (with the pattern recognizers' blocking findings),
and for "required" the recall and false-alarm rate on personal posts. --swap scores the other
estimator for each model (plain logistic regression <-> naive-Bayes scaling). --names scores the
student-name candidate model instead (NER + tokens, built as `screener train` builds it, 13
minutes): candidate F1 and, without the roster, the clean posts it would flag for a name.
--thresholds asks whether the category thresholds should be chosen out of writer too: on each of
three random halves of the writers, and each way round, thresholds chosen (as `screener train`
chooses them, by F-beta) on one half's out-of-writer scores, against the shipped ones, both scored
on the other half (2 minutes).

    .venv/bin/python scripts/writer_cv.py [--swap | --names | --thresholds]
"""
from __future__ import annotations

import argparse

import numpy as np
from sklearn.metrics import average_precision_score

from screener.classify.corpus import read_corpus, writer
from screener.classify.fit import out_of_writer, text_features
from screener.classify.post_models import ANY
from screener.classify.train import CORPORA, category_inputs, required_inputs
from screener.disclaimer import DisclaimerCheck
from screener.pipeline import Screener

THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def scored(texts, ev, y, rows, nb: bool) -> np.ndarray:
    """Each post scored by a model trained on the other writers' posts."""
    return out_of_writer(text_features(texts, ev)[3], y, [writer(e) for e in rows], nb=nb)


def names(train) -> None:
    """The student-name candidate model, each writer's candidates scored by a model of the others'."""
    from sklearn.feature_extraction import DictVectorizer

    from screener.classify.fit import f1_score
    from screener.classify.train import name_estimator, name_examples, name_lexicons
    from screener.config import load_config
    from screener.nlp import load_pipeline
    from screener.roster import Roster

    cfg = load_config()
    docs = load_pipeline(cfg.nlp_model).pipe([e.post.text for e in train], batch_size=128)
    X, y, units = name_examples(train, docs, name_lexicons(CORPORA, cfg), Roster.from_csv(CORPORA / "roster.csv"))
    X, y, units = DictVectorizer(sparse=True, sort=True).fit_transform(X), np.array(y), np.array(units)
    writers = [writer(train[u // 2]) for u in units]
    p = out_of_writer(X, y, writers, make=name_estimator)
    clean = np.array([u % 2 == 1 and train[u // 2].verdict == "pass" for u in units])  # no roster
    print(f"student name, {len(set(writers))} writers: {len(y)} candidates ({int(y.sum())} students), "
          f"{sum(e.verdict == 'pass' for e in train)} clean posts")
    for t in np.arange(0.30, 0.61, 0.04):
        wrong = {units[i] for i in np.flatnonzero(clean & (p >= t) & (y == 0))}
        print(f"  threshold {t:.2f}: candidate F1 {f1_score(p >= t, y):.3f}, clean posts with a wrong name {len(wrong)}")


def thresholds(train, screener) -> None:
    """Shipped category thresholds (random folds) against thresholds chosen on other writers' out-of-writer
    scores, each scored on held-back writers. The shipped ones saw the held-back writers' posts in
    their random folds, which favours them a little."""
    import json

    from screener.classify.artifacts import MODELS_DIR
    from screener.classify.fit import best_threshold
    from screener.classify.train import (ANY_BETA, CATEGORY_BETA, WRITER_FOLDS, category_counts, category_figures,
                                         heads_out_of_writer)

    texts, ev, targets = category_inputs(train, screener)
    groups = np.array([writer(e) for e in train])
    p = heads_out_of_writer(text_features(texts, ev)[3], targets, list(groups))
    y = {h: np.asarray(targets[h]) for h in p}
    shipped = json.loads((MODELS_DIR / "categories.json").read_text())["thresholds"]

    def figures(th: dict, mask: np.ndarray) -> str:
        micro, precision, recall = category_figures(category_counts(p, th, targets, list(p))[mask])
        return f"micro-F1 {micro:.4f}, any-category precision {precision:.4f} recall {recall:.4f}"

    writers = sorted(set(groups))
    print(f"category thresholds, {len(writers)} writers ({WRITER_FOLDS} writer folds score every post)")
    rng = np.random.RandomState(0)
    for split in range(3):
        half = np.isin(groups, rng.permutation(writers)[: len(writers) // 2])
        for choose, score in ((half, ~half), (~half, half)):
            chosen = {h: best_threshold(p[h][choose], y[h][choose], ANY_BETA if h == ANY else CATEGORY_BETA)
                      for h in p}
            print(f"  split {split + 1}, {int(score.sum())} posts: shipped {figures(shipped, score)}; "
                  f"chosen out of writer {figures(chosen, score)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--swap", action="store_true", help="score the other estimator of each model")
    ap.add_argument("--names", action="store_true", help="score the student-name candidate model instead")
    ap.add_argument("--thresholds", action="store_true",
                    help="category thresholds chosen out of writer against the shipped ones")
    args = ap.parse_args()
    train = read_corpus(CORPORA / "train.jsonl")
    if args.names:
        return names(train)
    screener = Screener(use_post_models=False)
    if args.thresholds:
        return thresholds(train, screener)

    texts, ev, targets = category_inputs(train, screener)
    y = np.asarray(targets[ANY])
    p = scored(texts, ev, y, train, nb=args.swap)
    # every label but a student's name blocks (GUIDE.md, "Verdict")
    spans = np.array([any(k.startswith("found=") and k != "found=STUDENT_NAME" for k in e) for e in ev])
    gold = np.array([e.verdict == "block" for e in train])
    print(f"any category ({'NB-scaled' if args.swap else 'logistic'}), {len(set(map(writer, train)))} writers: "
          f"average precision {average_precision_score(y, p):.3f}")
    for t in THRESHOLDS:
        blocked = spans | (p >= t)
        print(f"  threshold {t:.2f}: confidential -> block {blocked[gold].mean():.3f}, "
              f"others -> block {blocked[~gold].mean():.3f}")

    texts, ev, targets, rows = required_inputs(train, DisclaimerCheck(screener.config.disclaimer))
    y = np.asarray(targets["required"])
    p = scored(texts, ev, y, rows, nb=not args.swap)
    print(f"disclaimer required ({'logistic' if args.swap else 'NB-scaled'}), personal posts: "
          f"average precision {average_precision_score(y, p):.3f}")
    for t in THRESHOLDS:
        flagged = p >= t
        print(f"  threshold {t:.2f}: recall {flagged[y == 1].mean():.3f}, false alarms {flagged[y == 0].mean():.3f}")


if __name__ == "__main__":
    main()
