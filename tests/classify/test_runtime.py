"""The sklearn-free runtime scores exactly like the fitted scikit-learn objects it was exported from."""
import numpy as np
import pytest

from screener.classify.corpus import read_corpus
from screener.classify.fit import fit_text_model
from screener.classify.runtime import LinearDict
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def texts():
    return [e.post.text for e in read_corpus(ROOT / "corpora" / "train.jsonl")[:300]]


@pytest.mark.parametrize("nb", [False, True])
def test_text_model_runtime_matches_sklearn(texts, nb):
    ev = [{"cue=HEALTH": 1.0} if "nurse" in t.lower() else {"generic": 1.0} for t in texts]
    targets = {"a": [int("!" in t) for t in texts], "b": [int("#" in t) for t in texts]}
    model, _ = fit_text_model(texts, ev, targets, nb=nb)
    fitted = model.predict(texts, ev)
    exported = model.runtime().predict(texts, ev)
    for f, e in zip(fitted, exported):
        for k in targets:
            assert e[k] == pytest.approx(f[k], abs=1e-9)


def test_text_model_with_sentence_vectors_matches_sklearn(texts):
    """The dense columns (categories_encoded) score in the runtime as in the fitted model."""
    rng = np.random.default_rng(1)
    ev = [{"generic": 1.0} for _ in texts]
    dense = rng.normal(size=(len(texts), 8))
    targets = {"a": [int(d[0] + ("!" in t) > 0.5) for t, d in zip(texts, dense)]}
    model, _ = fit_text_model(texts, ev, targets, dense=dense)
    runtime = model.runtime()
    assert runtime.dense == 8
    fitted = model.predict(texts, ev, dense)
    exported = runtime.predict(texts, ev, dense)
    assert [e["a"] for e in exported] == pytest.approx([f["a"] for f in fitted], abs=1e-9)
    # the vectors count: scored without them, the same texts come out otherwise
    assert model.predict(texts, ev, np.zeros_like(dense)) != fitted


def test_linear_dict_matches_sklearn():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    feats = [{f"f{j}": float(rng.random()) for j in rng.choice(30, 5, replace=False)} for _ in range(200)]
    y = [int(sum(f.values()) > 2.5) for f in feats]
    dv = DictVectorizer()
    clf = LogisticRegression(max_iter=1000).fit(dv.fit_transform(feats), y)
    unseen = feats[:20] + [{"never-seen": 1.0, "f1": 0.5}]
    want = clf.predict_proba(dv.transform(unseen))[:, 1]
    assert LinearDict.from_sklearn(dv, clf).proba(unseen) == pytest.approx(list(want), abs=1e-9)
