"""The category model's decision: one head says whether any category applies, the others say which."""
from __future__ import annotations

from types import SimpleNamespace

from screener import Post
from screener.classify.post_models import ANY, CategoryModel
from screener.types import CATEGORIES

THRESHOLDS = {**{c: 0.5 for c in CATEGORIES}, "HEALTH": 0.8, ANY: 0.4}


class FixedModel:
    """A stand-in for runtime.TextLinear that returns given probabilities."""

    def __init__(self, probs: dict[str, float]):
        self.probs, self.thresholds = probs, THRESHOLDS

    def predict(self, texts, evidence):
        return [{c: 0.0 for c in CATEGORIES} | self.probs for _ in texts]


def decide(probs: dict[str, float], labels=()) -> list[str]:
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None)
    findings = [SimpleNamespace(label=lab) for lab in labels]
    return CategoryModel(FixedModel(probs), cues).decide("a post", findings)


def test_categories_over_their_thresholds_when_any_applies():
    assert decide({ANY: 0.9, "DISCIPLINE": 0.7, "FAMILY": 0.6}) == ["DISCIPLINE", "FAMILY"]


def test_no_category_when_the_any_head_says_none_applies():
    assert decide({ANY: 0.2, "DISCIPLINE": 0.7}) == []


def test_the_likeliest_category_relative_to_its_threshold_when_only_the_any_head_fires():
    # HEALTH is higher in absolute terms, but FAMILY is nearer its own threshold.
    assert decide({ANY: 0.6, "HEALTH": 0.6, "FAMILY": 0.45}) == ["FAMILY"]


def test_credentials_make_security_whatever_the_model_says():
    assert decide({ANY: 0.1}, labels=["CREDENTIAL"]) == ["SECURITY"]


def test_without_an_any_head_categories_stand_alone():
    model = FixedModel({"ACADEMIC": 0.9})
    model.thresholds = {c: 0.5 for c in CATEGORIES}
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None)
    assert CategoryModel(model, cues).decide("a post", []) == ["ACADEMIC"]


def test_the_shipped_model_has_the_any_head(screener):
    assert ANY in screener.categorizer.model.thresholds
    assert not screener.screen(Post(text="Go Falcons! Game at 7 tonight 🏈")).categories
