"""The naive-Bayes-scaled logistic regression: the ratio folded into coef_ scores like the model fitted
on scaled features, and it learns a plain signal."""
import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from screener.classify.fit import NBLogisticRegression


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(1)
    X = sp.random(300, 40, density=0.2, format="csr", random_state=2)
    y = (np.asarray(X[:, 3].todense()).ravel() + np.asarray(X[:, 7].todense()).ravel() > 0).astype(int)
    flip = rng.random(300) < 0.05
    return X, np.where(flip, 1 - y, y)


def test_folded_ratio_scores_like_the_scaled_model(data):
    X, y = data
    model = NBLogisticRegression(C=2.0).fit(X, y)
    present = (X > 0).astype(float)
    pos = 1 + np.asarray(present[y == 1].sum(0)).ravel()
    neg = 1 + np.asarray(present[y == 0].sum(0)).ravel()
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    scaled = LogisticRegression(C=2.0, max_iter=5000, class_weight="balanced").fit(X.multiply(ratio).tocsr(), y)
    want = scaled.predict_proba(X.multiply(ratio).tocsr())[:, 1]
    assert model.predict_proba(X)[:, 1] == pytest.approx(want, abs=1e-9)


def test_learns_the_signal(data):
    X, y = data
    model = NBLogisticRegression().fit(X[:200], y[:200])
    assert (model.predict(X[200:]) == y[200:]).mean() > 0.85


def test_a_subset_gets_its_own_threshold_chosen_the_same_way():
    from screener.classify.fit import fit_text_model

    rng = np.random.default_rng(3)
    words = ["policy", "disaster", "schedule", "bus", "lunch", "tired", "great", "board", "levy", "rain"]
    texts = [" ".join(rng.choice(words, 6)) for _ in range(200)]
    y = [int(("disaster" in t) or ("levy" in t and rng.random() < 0.5)) for t in texts]
    every = np.ones(len(texts), bool)
    model, _ = fit_text_model(texts, [{} for _ in texts], {"required": y}, beta=1.5,
                              subsets={"same": ("required", every, 1.5), "recall": ("required", every, 3.0),
                                       "other": ("absent", every, 1.5)})
    assert model.thresholds["same"] == model.thresholds["required"]
    assert model.thresholds["recall"] <= model.thresholds["required"]
    assert "other" not in model.thresholds


def test_a_target_can_weigh_misses_its_own_way():
    from screener.classify.fit import fit_text_model

    rng = np.random.default_rng(5)
    words = ["iep", "suspended", "bus", "lunch", "tired", "great", "board", "rain", "nurse", "game"]
    texts = [" ".join(rng.choice(words, 6)) for _ in range(300)]
    y = [int(("iep" in t) or ("nurse" in t and rng.random() < 0.4)) for t in texts]
    model, _ = fit_text_model(texts, [{} for _ in texts], {"a": y, "b": y, "c": y}, beta=1.0,
                              betas={"b": 3.0, "c": 1.0})
    assert model.thresholds["c"] == model.thresholds["a"]
    assert model.thresholds["b"] < model.thresholds["a"]  # recall weighs more: a lower threshold


def test_out_of_writer_scores_never_see_the_writer_they_score():
    """A feature only one writer uses cannot help score that writer's posts: its column is empty in
    every fold that scores them, where random folds would learn it."""
    from screener.classify.fit import out_of_writer

    groups = [f"w{i % 6}" for i in range(240)]
    X = sp.csr_matrix(np.eye(6)[[int(g[1]) for g in groups]])
    y = np.array([int(g in ("w0", "w1")) for g in groups])
    p = out_of_writer(X, y, groups, folds=3)
    assert p[y == 1].max() < 0.5 < 0.9
    assert out_of_writer(X, y, groups).shape == (240,)


def test_character_vocabulary_breaks_ties_at_the_cut_off_alphabetically(monkeypatch):
    """Hundreds of n-grams tie at the cut-off; which of them are kept must not depend on how NumPy
    sorts on this CPU, nor on the order of the posts."""
    import random

    from sklearn.feature_extraction.text import CountVectorizer

    from screener.classify import fit

    words = [f"{a}{b}{c}" for a in "bcdfg" for b in "aeiou" for c in "klmnp"]  # 125 three-letter words
    texts = ["zzz " + " ".join(words[i:i + 5]) for i in range(0, len(words), 5)] * 3
    monkeypatch.setattr(fit, "CHAR_FEATURES", 40)
    cv = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3)
    totals = dict(zip(cv.fit(texts).get_feature_names_out(), cv.transform(texts).sum(0).A1))
    want = sorted(sorted(totals, key=lambda g: (-totals[g], g))[:40])
    assert len({totals[g] for g in want}) > 1  # the most frequent ("zzz" in every post), then ties
    for order in (texts, random.Random(0).sample(texts, len(texts))):
        assert sorted(fit.text_features(order, [{}] * len(order))[1].vocabulary_) == want
