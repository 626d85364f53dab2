"""Post-level classifiers: sensitive categories (multi-label) and "does this post need a disclaimer".

Both read the post text (word and character n-grams) plus declarative evidence from rules/ — the
category cue lexicons, the disclaimer topic and opinion cues — and, for categories, what the
recognizers found (a named student, a credential). The cues make the rules editable; the model
learns how much each one counts and where context overrides it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import regex
import scipy.sparse as sp

from ..categories import _PERSON_REF, _SECURITY_SYSTEMS, CategoryCues
from ..types import CATEGORIES
from .linear import linear_proba


def evidence(text: str, labels: set[str], cues: CategoryCues) -> dict[str, float]:
    """Rule evidence as features: which category cues fire (negations applied), who is referred to."""
    f: dict[str, float] = {}
    for name, spans in cues.cues(text).items():
        f[f"cue={name}"] = 1.0
        f[f"cue_n={name}"] = min(3, len(spans)) / 3
    for label in labels:
        f[f"found={label}"] = 1.0
    if _PERSON_REF.search(text):
        f["person_ref"] = 1.0
    if _SECURITY_SYSTEMS.search(text):
        f["systems"] = 1.0
    if cues.generic_rx is not None and cues.generic_rx.search(text):
        f["generic"] = 1.0
    return f


@dataclass
class TextModel:
    """TF-IDF words + characters + a DictVectorizer of evidence, then one logistic model per target."""

    word: Any
    char: Any
    dv: Any
    models: dict[str, Any]
    thresholds: dict[str, float]

    def matrix(self, texts: list[str], ev: list[dict]):
        return sp.hstack([self.word.transform(texts), self.char.transform(texts), self.dv.transform(ev)]).tocsr()

    def predict(self, texts: list[str], ev: list[dict]) -> list[dict[str, float]]:
        X = self.matrix(texts, ev)
        probs = {k: linear_proba(m, X) for k, m in self.models.items()}
        return [{k: float(p[i]) for k, p in probs.items()} for i in range(len(texts))]


def fit_text_model(texts: list[str], ev: list[dict], targets: dict[str, list[int]], groups=None,
                   C: float = 4.0, beta: float = 1.0) -> tuple[TextModel, dict[str, float]]:
    """Fit; pick each target's threshold by 5-fold cross-validation on these (training) posts only,
    maximising F-beta: beta > 1 when a miss costs more than a false alarm."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold, cross_val_predict

    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                           token_pattern=r"(?u)\b\w[\w'’-]*\b|[#@]\w+")
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True, max_features=60000)
    dv = DictVectorizer()
    X = sp.hstack([word.fit_transform(texts), char.fit_transform(texts), dv.fit_transform(ev)]).tocsr()
    models, thresholds, cv_f1 = {}, {}, {}
    for name, y in targets.items():
        y = np.asarray(y)
        clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        if y.sum() >= 5:
            probs = cross_val_predict(clf, X, y, cv=KFold(5, shuffle=True, random_state=0),
                                      method="predict_proba")[:, 1]
            best_t, best_f = 0.5, -1.0
            for t in np.arange(0.2, 0.81, 0.05):
                pred = probs >= t
                tp = int((pred & (y == 1)).sum())
                fb = (1 + beta ** 2) * tp / max(1, (1 + beta ** 2) * tp + beta ** 2 * int(((~pred) & (y == 1)).sum())
                                                + int((pred & (y == 0)).sum()))
                if fb > best_f + 1e-9:
                    best_t, best_f = float(round(t, 2)), fb
            pred = probs >= best_t
            tp = int((pred & (y == 1)).sum())
            thresholds[name] = best_t
            cv_f1[name] = round(2 * tp / max(1, int(pred.sum()) + int(y.sum())), 4)
        else:
            thresholds[name], cv_f1[name] = 0.5, None
        models[name] = clf.fit(X, y)
    return TextModel(word, char, dv, models, thresholds), cv_f1


class CategoryModel:
    """Trained categories with the cue lexicon as evidence; SECURITY also follows credential findings."""

    def __init__(self, model: TextModel, cues: CategoryCues):
        self.model, self.cues = model, cues

    def decide(self, text: str, findings) -> list[str]:
        return self.decide_many([text], [findings])[0]

    def decide_many(self, texts: list[str], findings_list) -> list[list[str]]:
        """One matrix and one product for a whole batch of posts."""
        label_sets = [{f.label for f in findings} for findings in findings_list]
        probs = self.model.predict(texts, [evidence(t, ls, self.cues) for t, ls in zip(texts, label_sets)])
        out = []
        for p, labels in zip(probs, label_sets):
            cats = [c for c in CATEGORIES if c in p and p[c] >= self.model.thresholds[c]]
            if labels & {"CREDENTIAL", "NETWORK_INFO"} and "SECURITY" not in cats:
                cats.append("SECURITY")
            out.append(sorted(cats))
        return out


def disclaimer_evidence(text: str, check) -> dict[str, float]:
    f = {}
    if check.topic_rx is not None:
        f["topic_n"] = min(3, len(check.topic_rx.findall(text))) / 3
    if check.opinion_rx is not None:
        f["opinion_n"] = min(3, len(check.opinion_rx.findall(text))) / 3
    if check.cue_required(text):
        f["cue_required"] = 1.0
    if regex.search(r"[!?]{2,}", text):
        f["emphatic"] = 1.0
    return f


class RequiredModel:
    """P(a personal post needs a disclaimer) from text and topic/opinion cues."""

    def __init__(self, model: TextModel, check):
        self.model, self.check = model, check

    def required(self, text: str) -> bool:
        return self.required_many([text])[0]

    def required_many(self, texts: list[str]) -> list[bool]:
        probs = self.model.predict(texts, [disclaimer_evidence(t, self.check) for t in texts])
        return [p["required"] >= self.model.thresholds["required"] for p in probs]
