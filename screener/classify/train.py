"""Train screener's classifiers from corpora/ — deterministically, so `screener train` rebuilds the
shipped artifacts byte for byte from the same corpus and library versions. The dev split is never read.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..config import load_config
from .artifacts import MODELS_DIR, corpus_hash, save_model
from .corpus import read_corpus
from .name_features import Lexicons, candidates, features

CORPORA = Path(__file__).resolve().parent.parent.parent / "corpora"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def name_examples(examples, nlp, lex, roster) -> tuple[list[dict], list[int]]:
    """Candidates from every training post, labelled by overlap with gold STUDENT_NAME spans.

    Each post is used twice — with and without the roster — so one model serves both modes.
    """
    X, y = [], []
    texts = [e.post.text for e in examples]
    for ex, doc in zip(examples, nlp.pipe(texts, batch_size=128)):
        gold = [(s, e) for s, e, label in ex.spans if label == "STUDENT_NAME"]
        for r in (roster, None):
            for c in candidates(doc, ex.post.text, r, lex):
                X.append(features(c, doc, ex.post.text, lex, None, r))
                y.append(int(any(overlaps((c.start, c.end), g) for g in gold)))
    return X, y


def train_names(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from ..nlp import load_pipeline
    from ..roster import Roster

    cfg = load_config()
    first_names = frozenset((corpora / "gazetteers" / "first_names.txt").read_text().split())
    lex = Lexicons(cfg.names, [s.name for s in cfg.district.district.staff], first_names)
    roster = Roster.from_csv(corpora / "roster.csv")
    train = read_corpus(corpora / "train.jsonl")
    nlp = load_pipeline(cfg.nlp_model)
    X, y = name_examples(train, nlp, lex, roster)
    vec = DictVectorizer(sparse=True, sort=True)
    Xv = vec.fit_transform(X)
    y = np.array(y)
    clf = LogisticRegression(C=0.5, max_iter=5000, solver="lbfgs")
    # Threshold chosen by 5-fold cross-validation on the training split only.
    probs = cross_val_predict(clf, Xv, y, cv=StratifiedKFold(5, shuffle=True, random_state=0),
                              method="predict_proba")[:, 1]
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.30, 0.71, 0.02):
        pred = probs >= t
        tp = int((pred & (y == 1)).sum())
        f1 = 2 * tp / max(1, pred.sum() + (y == 1).sum())
        if f1 > best_f + 1e-9:
            best_t, best_f = float(round(t, 2)), f1
    clf.fit(Xv, y)
    model = {"vectorizer": vec, "classifier": clf, "first_names": first_names, "threshold": best_t}
    meta = {"corpus": corpus_hash([corpora / "train.jsonl", corpora / "roster.csv",
                                   corpora / "gazetteers" / "first_names.txt"]),
            "nlp_model": cfg.nlp_model, "candidates": int(len(y)), "positives": int(y.sum()),
            "threshold": best_t, "cv_candidate_f1": round(best_f, 4)}
    save_model("student_name", model, meta, models_dir)
    log(f"student_name: {len(y)} candidates ({int(y.sum())} students), threshold {best_t}, "
        f"cross-validated candidate F1 {best_f:.3f}")
    return meta


def train_all(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> None:
    train_names(corpora, models_dir, log)
