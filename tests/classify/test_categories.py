"""The category model's decision: one head says whether any category applies, the others say which."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from screener import Post
from screener.classify.post_models import ANY, CategoryModel
from screener.types import CATEGORIES

from conftest import RULES

THRESHOLDS = {**{c: 0.5 for c in CATEGORIES}, "HEALTH": 0.8, ANY: 0.4}


class FixedModel:
    """A stand-in for runtime.TextLinear that returns given probabilities."""

    def __init__(self, probs: dict[str, float]):
        self.probs, self.thresholds = probs, THRESHOLDS

    def predict(self, texts, evidence):
        return [{c: 0.0 for c in CATEGORIES} | self.probs for _ in texts]


def decide(probs: dict[str, float], labels=()) -> list[str]:
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None, weak_system=lambda text: False)
    findings = [SimpleNamespace(label=lab) for lab in labels]
    return CategoryModel(FixedModel(probs), cues).decide("a post", findings)


def test_a_system_beside_its_weakness_is_security_whatever_the_model_says():
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None, weak_system=lambda text: True)
    assert CategoryModel(FixedModel({ANY: 0.1}), cues).decide("a post", []) == ["SECURITY"]


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
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None, weak_system=lambda text: False)
    assert CategoryModel(model, cues).decide("a post", []) == ["ACADEMIC"]


def test_the_shipped_model_has_the_any_head(screener):
    assert ANY in screener.categorizer.model.thresholds
    assert not screener.screen(Post(text="Go Falcons! Game at 7 tonight 🏈")).categories


class VectorModel(FixedModel):
    """A stand-in for the encoded heads: records the sentence vectors it was given."""

    def predict(self, texts, evidence, dense):
        self.seen = len(dense)
        return super().predict(texts, evidence)


def encoded_decide(monkeypatch, plain: dict[str, float], encoded: dict[str, float], band=(0.2, 0.6)):
    import numpy as np

    import screener.classify.encoder as encoder

    calls = []
    monkeypatch.setattr(encoder, "sentence_vectors", lambda texts: calls.append(list(texts)) or np.ones((len(texts), 4)))
    monkeypatch.setattr(encoder, "base_dir", lambda: "installed")
    model = VectorModel(encoded)
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None, weak_system=lambda text: False)
    cats = CategoryModel(FixedModel(plain), cues, {"model": model, "band": band}).decide("a post", [])
    return cats, calls


def test_inside_the_band_the_heads_that_read_sentence_vectors_decide(monkeypatch):
    cats, calls = encoded_decide(monkeypatch, {ANY: 0.3}, {ANY: 0.9, "DISCIPLINE": 0.7})
    assert cats == ["DISCIPLINE"] and calls == [["a post"]]


def test_outside_the_band_the_encoder_never_runs(monkeypatch):
    for plain in ({ANY: 0.1}, {ANY: 0.95, "HEALTH": 0.9}):
        cats, calls = encoded_decide(monkeypatch, plain, {ANY: 0.9, "DISCIPLINE": 0.7})
        assert calls == [] and cats == (["HEALTH"] if "HEALTH" in plain else [])


class FixedReader:
    """A stand-in for reader.CategoryReader: one P(some category applies) for every post it reads."""

    def __init__(self, p: float, band=(0.2, 0.6), threshold=0.5):
        self.p, self.band, self.threshold, self.read = p, band, threshold, []

    def proba(self, texts):
        import numpy as np

        self.read += texts
        return np.full(len(texts), self.p)


def reader_decide(plain: dict[str, float], reader: FixedReader) -> list[str]:
    cues = SimpleNamespace(cues=lambda text: {}, generic_rx=None, weak_system=lambda text: False)
    return CategoryModel(FixedModel(plain), cues, reader=reader).decide("a post", [])


def test_inside_its_band_the_reader_averaged_with_the_ngram_score_decides_whether_any_applies():
    # 0.35 is under the n-gram threshold (0.4); the average (0.35 + 0.85) / 2 = 0.6 is over the reader's.
    reader = FixedReader(0.85)
    assert reader_decide({ANY: 0.35, "FAMILY": 0.7}, reader) == ["FAMILY"] and reader.read == ["a post"]
    # and the other way: the n-gram model says yes (0.55 >= 0.4), the average (0.35) is under 0.5.
    assert reader_decide({ANY: 0.55, "FAMILY": 0.7}, FixedReader(0.15)) == []


def test_outside_its_band_the_reader_never_reads():
    for plain, expected in (({ANY: 0.1, "FAMILY": 0.7}, []), ({ANY: 0.9, "FAMILY": 0.7}, ["FAMILY"])):
        reader = FixedReader(0.0 if expected else 1.0)
        assert reader_decide(plain, reader) == expected and reader.read == []


def test_the_shipped_category_reader_loads_and_reads(screener):
    reader = screener.categorizer.reader
    lo, hi = reader.band
    assert 0 <= lo <= screener.categorizer.model.thresholds[ANY] < hi and 0 < reader.threshold < 1
    p = reader.proba(["Jaylen's mom called: he's in the hospital again and will miss the IEP meeting.",
                      "Go Falcons! Game at 7 tonight, bring a blanket."])
    assert p[0] > reader.threshold > p[1]


def test_the_shipped_encoded_heads_load_with_a_band(screener):
    encoded = screener.categorizer.encoded
    lo, hi = encoded["band"]
    assert 0 <= lo <= screener.categorizer.model.thresholds[ANY] < hi
    assert encoded["model"].dense == 384 and ANY in encoded["model"].thresholds


def test_district_can_switch_the_category_encoder_off():
    from screener import Screener, load_config

    off = Screener(config=load_config().with_district(category_encoder=False)).categorizer
    assert off.encoded is None and off.reader is None


def test_district_can_have_the_encoder_read_every_post():
    from screener import Screener, load_config

    every = Screener(config=load_config().with_district(category_encoder="always")).categorizer
    for lo, hi in (every.encoded["band"], every.reader.band):
        assert lo == 0.0 and hi > 1.0  # every any-category score lies inside


def test_drafts_are_read_by_every_category_reader_unless_the_district_says_otherwise():
    from screener import Screener, load_config

    draft = Screener(drafts=True).categorizer
    for lo, hi in (draft.encoded["band"], draft.reader.band):
        assert lo == 0.0 and hi > 1.0
    batch = Screener().categorizer
    assert batch.reader.band[0] > 0.0  # an archive keeps the band training chose
    banded = Screener(drafts=True, config=load_config().with_district(draft_category_encoder=True)).categorizer
    assert banded.reader.band == batch.reader.band
    assert Screener(drafts=True).worker_args()["drafts"] is True  # --jobs workers screen alike


def test_an_unknown_encoder_setting_is_refused(tmp_path):
    from screener import load_config
    from screener.errors import ConfigError

    district = tmp_path / "district.yaml"
    district.write_text((RULES / "district.yaml").read_text().replace("category_encoder: true",
                                                                     "category_encoder: sometimes"))
    with pytest.raises(ConfigError, match="category_encoder"):
        load_config(district=district)
