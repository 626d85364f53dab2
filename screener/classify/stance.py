"""The stance reader: P(a post takes a position), from the fine-tuned encoder shipped in models/.

The disclaimer-required decision averages this with the n-gram model (post_models.RequiredModel). The
n-gram model knows the topics and the district's cue words; the encoder reads how a sentence is built
(a judgement, a demand, sarcasm) in words no training post used.
"""
from __future__ import annotations

import os
from functools import cached_property

import numpy as np

from .encoder import FROZEN, Encoder, base_dir, read_safetensors

ARTIFACT = "disclaimer_stance"


class StanceReader:
    """``artifact`` (models/disclaimer_stance.pkl): the fine-tuned parameters, the thresholds chosen
    for the average with the n-gram model (one for posts that block whatever their disclaimer), and
    the n-gram score below which the reader need not read. The frozen word-piece embeddings come from
    the base package."""

    def __init__(self, artifact: dict):
        self._params = artifact["params"]
        self.threshold = float(artifact["threshold"])
        self.threshold_blocked = float(artifact.get("threshold_blocked", self.threshold))
        self.floor = float(artifact.get("floor", 0.0))  # see stance_train.reader_floor
        self.folder = base_dir()  # a missing base package fails when screener loads, not mid-scan
        self.w = np.asarray(self._params["head.weight"], dtype=np.float32)
        self.b = float(self._params["head.bias"])

    @cached_property
    def encoder(self) -> Encoder:
        """Built on the first post the reader reads: official posts and posts that carry a disclaimer
        never need it, and building it is most of the reader's start-up."""
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
