"""Fitting the post-level text models (training only: imports scikit-learn and SciPy)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression

from .runtime import TextLinear


def linear_proba(clf, X) -> np.ndarray:
    """P(class 1) of a fitted binary LogisticRegression, without scikit-learn's per-call validation,
    which costs more than the arithmetic when called once per post."""
    z = X @ clf.coef_[0] + clf.intercept_[0]
    return 1.0 / (1.0 + np.exp(-np.asarray(z).ravel()))


class NBLogisticRegression(ClassifierMixin, BaseEstimator):
    """Logistic regression on features scaled by their naive-Bayes log-count ratio (Wang & Manning's
    NBSVM, 2012): a word that mostly occurs in one class starts with more weight, which helps on
    subjective judgements from short texts ("does the poster take a position?"). The ratio is folded
    into ``coef_`` after fitting, so the model reads the unscaled features like any linear model."""

    def __init__(self, C: float = 4.0, alpha: float = 1.0):
        self.C, self.alpha = C, alpha

    def fit(self, X, y):
        y = np.asarray(y)
        present = (X > 0).astype(np.float64)
        pos = self.alpha + np.asarray(present[y == 1].sum(0)).ravel()
        neg = self.alpha + np.asarray(present[y == 0].sum(0)).ravel()
        ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
        lr = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced")
        lr.fit(sp.csr_matrix(X).multiply(ratio).tocsr(), y)
        self.classes_ = lr.classes_
        self.coef_, self.intercept_ = lr.coef_ * ratio, lr.intercept_
        return self

    def predict_proba(self, X) -> np.ndarray:
        p = linear_proba(self, X)
        return np.column_stack([1 - p, p])

    def predict(self, X) -> np.ndarray:
        return (linear_proba(self, X) >= 0.5).astype(int)


@dataclass
class TextModel:
    """TF-IDF words + characters + a DictVectorizer of evidence, then one logistic model per target."""

    word: Any
    char: Any
    dv: Any
    models: dict[str, Any]
    thresholds: dict[str, float]
    dense: int = 0  # columns of sentence vectors after the n-grams and evidence (see text_features)

    def matrix(self, texts: list[str], ev: list[dict], dense: np.ndarray | None = None):
        return _stacked([self.word.transform(texts), self.char.transform(texts), self.dv.transform(ev)],
                        dense if self.dense else None)

    def predict(self, texts: list[str], ev: list[dict], dense: np.ndarray | None = None) -> list[dict[str, float]]:
        X = self.matrix(texts, ev, dense)
        probs = {k: linear_proba(m, X) for k, m in self.models.items()}
        return [{k: float(p[i]) for k, p in probs.items()} for i in range(len(texts))]

    def runtime(self) -> TextLinear:
        """The same model as plain vocabularies and coefficients, scored without scikit-learn."""
        return TextLinear.from_sklearn(self.word, self.char, self.dv, self.models, self.thresholds, self.dense)


def f1_score(pred: np.ndarray, y: np.ndarray) -> float:
    """F1 of boolean predictions against 0/1 labels (0 when there is nothing to find or predict)."""
    return 2 * int((pred & (y == 1)).sum()) / max(1, int(pred.sum() + (y == 1).sum()))


def text_features(texts: list[str], ev: list[dict], dense: np.ndarray | None = None):
    """Fit the vectorizers every post model reads: TF-IDF word 1-2-grams, character 3-5-grams and the
    rule evidence, and ``dense`` columns (sentence vectors) when given. Returns them with the training
    matrix."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                           token_pattern=r"(?u)\b\w[\w'’-]*\b|[#@]\w+")
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                           vocabulary=char_vocabulary(texts))
    dv = DictVectorizer()
    return word, char, dv, _stacked([word.fit_transform(texts), char.fit_transform(texts), dv.fit_transform(ev)], dense)


CHAR_FEATURES = 60000


def char_vocabulary(texts: list[str]) -> list[str]:
    """The CHAR_FEATURES most frequent character 3-5-grams (in at least 3 posts), ties broken
    alphabetically. TfidfVectorizer's own max_features breaks the ties at its cut-off with NumPy's
    unstable argsort, whose order depends on the CPU's vector instructions: thousands of n-grams tie
    there, so two machines kept different ones from the same corpus."""
    from sklearn.feature_extraction.text import CountVectorizer

    counts = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3)
    totals = np.asarray(counts.fit_transform(texts).sum(axis=0)).ravel()
    terms = counts.get_feature_names_out()  # alphabetical
    keep = np.lexsort((terms, -totals))[:CHAR_FEATURES]  # most frequent first, then alphabetical
    return sorted(terms[keep].tolist())


def _stacked(blocks: list, dense: np.ndarray | None):
    """The n-gram and evidence columns, then the sentence vectors' (TextLinear reads them last)."""
    return sp.hstack(blocks + ([sp.csr_matrix(dense)] if dense is not None else [])).tocsr()


def estimator(C: float = 4.0, nb: bool = False):
    return NBLogisticRegression(C=C) if nb else LogisticRegression(C=C, max_iter=5000, class_weight="balanced")


def best_threshold(probs: np.ndarray, y: np.ndarray, beta: float) -> float:
    """The threshold in 0.20, 0.25, ..., 0.80 that maximises F-beta of out-of-fold probabilities."""
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.05):
        pred = probs >= t
        tp = int((pred & (y == 1)).sum())
        fb = (1 + beta ** 2) * tp / max(1, (1 + beta ** 2) * tp + beta ** 2 * int(((~pred) & (y == 1)).sum())
                                        + int((pred & (y == 0)).sum()))
        if fb > best_f + 1e-9:
            best_t, best_f = float(round(t, 2)), fb
    return best_t


# Shuffles of the 5-fold split whose out-of-fold scores are pooled to choose thresholds: with one, the
# flat top of the F-beta curve let a threshold jump a grid step between refits of much the same model.
CV_REPEATS = 3
# Folds fitted at once (processes): each fit is single-threaded, and the machine has two cores.
CV_JOBS = 2


def fit_text_model(texts: list[str], ev: list[dict], targets: dict[str, list[int]],
                   C: float = 4.0, beta: float = 1.0, nb: bool = False,
                   subsets: dict[str, tuple[str, np.ndarray, float]] | None = None,
                   betas: dict[str, float] | None = None,
                   dense: np.ndarray | None = None) -> tuple[TextModel, dict[str, float]]:
    """Fit; pick each target's threshold by 5-fold cross-validation on these (training) posts only,
    repeated over CV_REPEATS shuffles, maximising F-beta: beta > 1 when a miss costs more than a false
    alarm; ``betas`` gives some targets their own. ``nb``: naive-Bayes-scaled features
    (NBLogisticRegression). ``subsets``: extra thresholds, name -> (target, mask, beta), chosen the same
    way on the masked posts alone, for posts where a miss costs more or less. ``dense``: one sentence
    vector per post, read beside the n-grams."""
    from sklearn.model_selection import KFold, cross_val_predict

    word, char, dv, X = text_features(texts, ev, dense)
    models, thresholds, cv_f1 = {}, {}, {}
    for name, y in targets.items():
        y = np.asarray(y)
        clf = estimator(C, nb)
        if y.sum() >= 5:
            probs = np.concatenate([cross_val_predict(clf, X, y, cv=KFold(5, shuffle=True, random_state=seed),
                                                      method="predict_proba", n_jobs=CV_JOBS)[:, 1]
                                    for seed in range(CV_REPEATS)])
            pooled = np.tile(y, CV_REPEATS)
            best_t = best_threshold(probs, pooled, (betas or {}).get(name, beta))
            thresholds[name] = best_t
            cv_f1[name] = round(f1_score(probs >= best_t, pooled), 4)
            for extra, (target, mask, b) in (subsets or {}).items():
                if target == name:
                    m = np.tile(mask, CV_REPEATS)
                    thresholds[extra] = best_threshold(probs[m], pooled[m], b)
        else:
            thresholds[name], cv_f1[name] = 0.5, None
        models[name] = clf.fit(X, y)
    n_dense = 0 if dense is None else dense.shape[1]
    return TextModel(word, char, dv, models, thresholds, n_dense), cv_f1


def out_of_writer(X, y: np.ndarray, groups: list[str], folds: int | None = None, nb: bool = False,
                  make=None) -> np.ndarray:
    """Each post scored by a model fitted on other writers' posts (``folds`` groups of writers; one
    writer per fold by default). Random folds put every writer's sentence skeletons on both sides,
    which flatters whatever reads words; this is closer to posts by writers no model has seen.
    ``make``: builds the unfitted classifier (default: the post models' ``estimator(nb=nb)``)."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for tr, te in GroupKFold(folds or len(set(groups))).split(X, y, groups):
        clf = make() if make is not None else estimator(nb=nb)
        p[te] = clf.fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    return p
