"""A fine-tuned copy of the base encoder with a one-logit head: what the stance reader and the
category reader share (the NumPy encoder of encoder.py, parameters from models/)."""
from __future__ import annotations

import os
from functools import cached_property

import numpy as np

from .encoder import FROZEN, Encoder, base_dir, read_safetensors


class Reader:
    """``artifact["params"]``: the fine-tuned parameters (float16) and the head; the frozen word-piece
    embeddings come from the base package."""

    def __init__(self, artifact: dict):
        self._params = artifact["params"]
        self.folder = base_dir()  # a missing base package fails when screener loads, not mid-scan
        self.w = np.asarray(self._params["head.weight"], dtype=np.float32)
        self.b = float(self._params["head.bias"])

    @cached_property
    def encoder(self) -> Encoder:
        """Built on the first post the reader reads: many scans never need it, and building it is most
        of the reader's start-up."""
        base = read_safetensors(os.path.join(self.folder, "model.safetensors"))
        weights = {k: base[k] for k in FROZEN}
        weights.update({k: v for k, v in self._params.items() if not k.startswith("head.")})
        encoder = Encoder(weights, self.folder)
        del self._params  # the float16 copy, now in float32 in the encoder
        return encoder

    def proba(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        z = self.encoder.encode(texts) @ self.w + self.b
        return 1.0 / (1.0 + np.exp(-z.astype(np.float64)))


CATEGORY_READER = "categories_reader"


class CategoryReader(Reader):
    """P(some sensitive category applies) from the fine-tuned encoder (models/categories_reader.pkl),
    averaged with the n-gram model's any-category score where that score lies in ``band``; the average
    is compared with ``threshold`` (post_models.CategoryModel, category_reader_train)."""

    def __init__(self, artifact: dict):
        super().__init__(artifact)
        self.threshold = float(artifact["threshold"])
        self.band = tuple(artifact["band"])
