"""Train screener's classifiers from corpora/ — deterministically, so `screener train` rebuilds the
shipped artifacts byte for byte from the same corpus and library versions. The dev split is never read.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..config import load_config
from .artifacts import MODELS_DIR, corpus_hash, save_model
from .corpus import read_corpus
from .runtime import LinearDict
from .name_features import Lexicons, candidates, doc_info, features

CORPORA = Path(__file__).resolve().parent.parent.parent / "corpora"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def name_examples(examples, nlp, lex, roster) -> tuple[list[dict], list[int], list[int]]:
    """Candidates from every training post, labelled by overlap with gold STUDENT_NAME spans.

    Each post is used twice — with and without the roster — so one model serves both modes.
    """
    X, y, groups = [], [], []
    texts = [e.post.text for e in examples]
    for k, (ex, doc) in enumerate(zip(examples, nlp.pipe(texts, batch_size=128))):
        gold = [(s, e) for s, e, label in ex.spans if label == "STUDENT_NAME"]
        info = doc_info(doc, ex.post.text)
        for r in (roster, None):
            for c in candidates(doc, ex.post.text, r, lex, info):
                X.append(features(c, doc, ex.post.text, lex, None, r, info))
                y.append(int(any(overlaps((c.start, c.end), g) for g in gold)))
                groups.append(k)
    return X, y, groups


def train_names(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from ..nlp import load_pipeline
    from ..roster import Roster

    cfg = load_config()
    first_names = frozenset((corpora / "gazetteers" / "first_names.txt").read_text().split())
    lex = Lexicons(cfg.names, [s.name for s in cfg.district.district.staff], first_names)
    roster = Roster.from_csv(corpora / "roster.csv")
    train = read_corpus(corpora / "train.jsonl")
    nlp = load_pipeline(cfg.nlp_model)
    X, y, groups = name_examples(train, nlp, lex, roster)
    vec = DictVectorizer(sparse=True, sort=True)
    Xv = vec.fit_transform(X)
    y = np.array(y)
    clf = LogisticRegression(C=3.0, max_iter=5000, solver="lbfgs")
    # Threshold chosen by 5-fold cross-validation on the training split only, folds by post.
    probs = cross_val_predict(clf, Xv, y, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.30, 0.71, 0.02):
        pred = probs >= t
        tp = int((pred & (y == 1)).sum())
        f1 = 2 * tp / max(1, pred.sum() + (y == 1).sum())
        if f1 > best_f + 1e-9:
            best_t, best_f = float(round(t, 2)), f1
    clf.fit(Xv, y)
    # A sorted tuple, not the set: set order changes with the hash seed, and the artifact must not.
    model = {"scorer": LinearDict.from_sklearn(vec, clf), "first_names": tuple(sorted(first_names)),
             "threshold": best_t}
    meta = {"corpus": corpus_hash([corpora / "train.jsonl", corpora / "roster.csv",
                                   corpora / "gazetteers" / "first_names.txt"]),
            "nlp_model": cfg.nlp_model, "candidates": int(len(y)), "positives": int(y.sum()),
            "threshold": best_t, "cv_candidate_f1": round(best_f, 4)}
    save_model("student_name", model, meta, models_dir)
    log(f"student_name: {len(y)} candidates ({int(y.sum())} students), threshold {best_t}, "
        f"cross-validated candidate F1 {best_f:.3f}")
    return meta


def train_post_models(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> dict:
    """Categories and disclaimer-required, using the student-name model's findings as evidence."""
    from ..categories import CategoryCues
    from ..disclaimer import DisclaimerCheck
    from ..pipeline import Screener
    from ..types import CATEGORIES
    from .fit import fit_text_model
    from .post_models import disclaimer_evidence, evidence

    train = read_corpus(corpora / "train.jsonl")
    screener = Screener(use_post_models=False)
    cues = CategoryCues(screener.config.categories)
    texts = [e.post.text for e in train]
    found = [{f.label for f in r.findings} for r in screener.screen_many(e.post for e in train)]
    ev = [evidence(t, labels, cues) for t, labels in zip(texts, found)]
    targets = {c: [int(c in e.categories) for e in train] for c in CATEGORIES}
    # A missed IEP or injury detail hurts a child; a false alarm costs a review: lean to recall.
    cat_model, cat_cv = fit_text_model(texts, ev, targets, beta=1.5)
    corpus = corpus_hash([corpora / "train.jsonl"])
    save_model("categories", cat_model.runtime(), {"corpus": corpus, "thresholds": cat_model.thresholds,
                                         "cv_f1": cat_cv, "posts": len(train)}, models_dir)
    log(f"categories: cross-validated F1 {cat_cv}")

    check = DisclaimerCheck(screener.config.disclaimer)
    personal = [e for e in train if e.post.kind != "official"]
    ptexts = [e.post.text for e in personal]
    req_model, req_cv = fit_text_model(ptexts, [disclaimer_evidence(t, check) for t in ptexts],
                                       {"required": [int(e.disclaimer_required) for e in personal]})
    save_model("disclaimer_required", req_model.runtime(), {"corpus": corpus, "thresholds": req_model.thresholds,
                                                  "cv_f1": req_cv, "posts": len(personal)}, models_dir)
    log(f"disclaimer_required: cross-validated F1 {req_cv}")
    return {"categories": cat_cv, "disclaimer_required": req_cv}


def train_all(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> None:
    train_names(corpora, models_dir, log)
    train_post_models(corpora, models_dir, log)
