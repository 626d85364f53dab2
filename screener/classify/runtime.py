"""scikit-learn-free scoring of the trained models.

Importing scikit-learn (and the SciPy it pulls in) costs about a second — as much as loading spaCy —
so `screener check` would spend half its time importing a library only to take dot products. Training
exports each fitted model into these plain structures (vocabularies, IDF weights, coefficients);
tests/classify/test_runtime.py checks they score exactly like the fitted scikit-learn objects.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

_WHITE = re.compile(r"\s\s+")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@dataclass
class LinearDict:
    """DictVectorizer + binary LogisticRegression."""

    vocab: dict[str, int]
    coef: list[float]
    intercept: float

    @classmethod
    def from_sklearn(cls, dv, clf) -> "LinearDict":
        return cls(dict(dv.vocabulary_), [float(x) for x in clf.coef_[0]], float(clf.intercept_[0]))

    def proba(self, feats: list[dict]) -> list[float]:
        out = []
        for f in feats:
            z = self.intercept
            for k, v in f.items():
                i = self.vocab.get(k)
                if i is not None:
                    z += self.coef[i] * v
            out.append(_sigmoid(z))
        return out


@dataclass
class Tfidf:
    """A fitted TfidfVectorizer (word or char_wb analyzer, lowercase, sublinear tf, l2 norm)."""

    analyzer: str
    ngram: tuple[int, int]
    token_pattern: str
    vocab: dict[str, int]
    idf: list[float]

    @classmethod
    def from_sklearn(cls, vec) -> "Tfidf":
        assert vec.lowercase and vec.sublinear_tf and vec.norm == "l2" and vec.use_idf
        assert vec.analyzer in ("word", "char_wb") and vec.stop_words is None and vec.strip_accents is None
        return cls(vec.analyzer, tuple(vec.ngram_range), vec.token_pattern, dict(vec.vocabulary_),
                   [float(x) for x in vec.idf_])

    def __post_init__(self):
        self._rx = re.compile(self.token_pattern)

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_rx"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._rx = re.compile(self.token_pattern)

    def grams(self, text: str) -> list[str]:
        text = text.lower()
        lo, hi = self.ngram
        out: list[str] = []
        if self.analyzer == "word":
            toks = self._rx.findall(text)
            for n in range(lo, hi + 1):
                out.extend(toks if n == 1 else (" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)))
            return out
        for w in _WHITE.sub(" ", text).split():
            w = " " + w + " "
            for n in range(lo, hi + 1):
                offset = 0
                out.append(w[offset:offset + n])
                while offset + n < len(w):
                    offset += 1
                    out.append(w[offset:offset + n])
                if offset == 0:
                    break
        return out

    def vector(self, text: str) -> dict[int, float]:
        counts = Counter(i for i in map(self.vocab.get, self.grams(text)) if i is not None)
        vec = {i: (1.0 + math.log(c)) * self.idf[i] for i, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {i: v / norm for i, v in vec.items()} if norm else {}


@dataclass
class TextLinear:
    """Word TF-IDF + char TF-IDF + DictVectorizer evidence, one logistic model per target."""

    word: Tfidf
    char: Tfidf
    dict_vocab: dict[str, int]
    models: dict[str, tuple[list[float], float]]  # target -> (coef over [word | char | dict], intercept)
    thresholds: dict[str, float]

    @classmethod
    def from_sklearn(cls, word, char, dv, models, thresholds) -> "TextLinear":
        return cls(Tfidf.from_sklearn(word), Tfidf.from_sklearn(char), dict(dv.vocabulary_),
                   {k: ([float(x) for x in m.coef_[0]], float(m.intercept_[0])) for k, m in models.items()},
                   dict(thresholds))

    def predict(self, texts: list[str], ev: list[dict]) -> list[dict[str, float]]:
        nw, nc = len(self.word.vocab), len(self.char.vocab)
        out = []
        for text, e in zip(texts, ev):
            w, c = self.word.vector(text), self.char.vector(text)
            d = {nw + nc + self.dict_vocab[k]: v for k, v in e.items() if k in self.dict_vocab}
            probs = {}
            for target, (coef, b) in self.models.items():
                z = b + sum(coef[i] * v for i, v in w.items()) + sum(coef[nw + i] * v for i, v in c.items())
                z += sum(coef[i] * v for i, v in d.items())
                probs[target] = _sigmoid(z)
            out.append(probs)
        return out
