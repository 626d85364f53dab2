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
from functools import lru_cache

import numpy as np

_WHITE = re.compile(r"\s\s+")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


class _Compact:
    """Models print as their shape, not thousands of weights (and never a look-alike of any data)."""

    def __repr__(self) -> str:
        sizes = {k: len(v) for k, v in vars(self).items() if hasattr(v, "__len__") and not isinstance(v, str)}
        return f"{type(self).__name__}({', '.join(f'{k}: {n}' for k, n in sizes.items())})"


@dataclass(repr=False)
class LinearDict(_Compact):
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


@dataclass(repr=False)
class Tfidf(_Compact):
    """A fitted TfidfVectorizer (word or char_wb analyzer, lowercase, sublinear tf, l2 norm)."""

    analyzer: str
    ngram: tuple[int, int]
    token_pattern: str
    vocab: dict[str, int]
    idf: np.ndarray  # arrays, not lists: they unpickle as one block of bytes

    @classmethod
    def from_sklearn(cls, vec) -> "Tfidf":
        assert vec.lowercase and vec.sublinear_tf and vec.norm == "l2" and vec.use_idf
        assert vec.analyzer in ("word", "char_wb") and vec.stop_words is None and vec.strip_accents is None
        return cls(vec.analyzer, tuple(vec.ngram_range), vec.token_pattern, dict(vec.vocabulary_),
                   np.asarray(vec.idf_, dtype=np.float64))

    def __getstate__(self) -> dict:
        # The vocabulary pickles as its n-grams in column order: half the bytes of the dict and twice
        # as fast to load on every cold start.
        state = dict(self.__dict__)
        keys = sorted(self.vocab, key=self.vocab.__getitem__)
        assert [self.vocab[k] for k in keys] == list(range(len(keys)))
        state["vocab"] = keys
        return state

    def __setstate__(self, state: dict) -> None:
        keys = state["vocab"]
        self.__dict__.update(state, vocab=dict(zip(keys, range(len(keys)))))

    def grams(self, text: str) -> Counter:
        return _grams(self.analyzer, self.ngram, self.token_pattern, text)

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(indices, l2-normalised sublinear tf-idf values) of the vocabulary n-grams in ``text``."""
        get = self.vocab.get
        hits = [(i, c) for gram, c in self.grams(text).items() if (i := get(gram)) is not None]
        if not hits:
            return np.empty(0, dtype=np.int64), np.empty(0)
        ix = np.fromiter((i for i, _ in hits), np.int64, len(hits))
        # The post's costliest Python loop (char n-grams): most occur once, so log only the rest.
        tf = np.fromiter((1.0 if c == 1 else 1.0 + math.log(c) for _, c in hits), np.float64, len(hits))
        vals = tf * self.idf[ix]
        return ix, vals / np.sqrt(vals @ vals)


@lru_cache(maxsize=2048)
def _grams(analyzer: str, ngram: tuple[int, int], token_pattern: str, text: str) -> Counter:
    """n-gram counts as scikit-learn's analyzers make them; cached so every model sharing an
    analyzer (categories, disclaimer) tokenises a post once."""
    text = text.lower()
    lo, hi = ngram
    out: list[str] = []
    if analyzer == "word":
        toks = _pattern(token_pattern).findall(text)
        for n in range(lo, hi + 1):
            out.extend(toks if n == 1 else (" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)))
        return Counter(out)
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
    return Counter(out)


@lru_cache(maxsize=8)
def _pattern(token_pattern: str) -> re.Pattern:
    return re.compile(token_pattern)


@dataclass(repr=False)
class TextLinear(_Compact):
    """Word TF-IDF + char TF-IDF + DictVectorizer evidence, one logistic model per target."""

    word: Tfidf
    char: Tfidf
    dict_vocab: dict[str, int]
    models: dict[str, tuple[np.ndarray, float]]  # target -> (coef over [word | char | dict | dense], intercept)
    thresholds: dict[str, float]
    dense: int = 0  # trailing columns read from a sentence vector per text (predict's ``dense``)

    @classmethod
    def from_sklearn(cls, word, char, dv, models, thresholds, dense: int = 0) -> "TextLinear":
        return cls(Tfidf.from_sklearn(word), Tfidf.from_sklearn(char), dict(dv.vocabulary_),
                   {k: (np.asarray(m.coef_[0], dtype=np.float64), float(m.intercept_[0])) for k, m in models.items()},
                   dict(thresholds), dense)

    def predict(self, texts: list[str], ev: list[dict], dense: np.ndarray | None = None) -> list[dict[str, float]]:
        nw, nc = len(self.word.vocab), len(self.char.vocab)
        targets = list(self.models)
        W = self._weights()
        b = np.asarray([self.models[t][1] for t in targets])
        if self.dense:  # every text's sentence vector at once: one product
            b = b + (np.asarray(dense, dtype=np.float64) @ W[:, -self.dense:].T)
        else:
            b = np.broadcast_to(b, (len(texts), len(b)))
        out = []
        for text, e, bias in zip(texts, ev, b):
            wi, wv = self.word.vector(text)
            ci, cv = self.char.vector(text)
            di = [nw + nc + self.dict_vocab[k] for k in e if k in self.dict_vocab]
            dv = [e[k] for k in e if k in self.dict_vocab]
            idx = np.concatenate([wi, ci + nw, np.asarray(di, dtype=np.int64)])
            vals = np.concatenate([wv, cv, np.asarray(dv, dtype=float)])
            z = W[:, idx] @ vals + bias
            out.append({t: _sigmoid(float(zt)) for t, zt in zip(targets, z)})
        return out

    def _weights(self) -> np.ndarray:
        W = self.__dict__.get("_W")
        if W is None:
            W = self.__dict__["_W"] = np.vstack([self.models[t][0] for t in self.models])
        return W
