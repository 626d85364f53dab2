"""The stance reader: P(a post takes a position), from the fine-tuned encoder shipped in models/.

The disclaimer-required decision averages this with the n-gram model (post_models.RequiredModel). The
n-gram model knows the topics and the district's cue words; the encoder reads how a sentence is built
(a judgement, a demand, sarcasm) in words no training post used.
"""
from __future__ import annotations

from .reader import Reader

ARTIFACT = "disclaimer_stance"


class StanceReader(Reader):
    """``artifact`` (models/disclaimer_stance.pkl): the fine-tuned parameters, the thresholds chosen
    for the average with the n-gram model (one for posts that block whatever their disclaimer), and
    the n-gram score below which the reader need not read."""

    def __init__(self, artifact: dict):
        super().__init__(artifact)
        self.threshold = float(artifact["threshold"])
        self.threshold_blocked = float(artifact.get("threshold_blocked", self.threshold))
        self.floor = float(artifact.get("floor", 0.0))  # see stance_train.reader_floor
