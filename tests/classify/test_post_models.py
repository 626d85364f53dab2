"""The disclaimer-required decision: the n-gram model averaged with the stance reader, which is asked
only where its answer can change the decision; a district can switch the reader off."""

import numpy as np

from screener import Screener, load_config
from screener.classify.post_models import RequiredModel, disclaimer_evidence


class FixedNgram:
    """An n-gram model whose P(required) is read off the text: "p=0.30 ..." -> 0.30."""

    thresholds = {"required": 0.5, "required@blocked": 0.25}

    def predict(self, texts, ev):
        return [{"required": float(t.split()[0][2:])} for t in texts]


class FixedReader:
    def __init__(self, p, threshold=0.3, floor=0.0, threshold_blocked=0.2):
        self.p, self.threshold, self.floor, self.asked = p, threshold, floor, []
        self.threshold_blocked = threshold_blocked

    def proba(self, texts):
        self.asked += texts
        return np.full(len(texts), self.p)


class NoCues:
    topic_rx = opinion_rx = None
    cue_required = staticmethod(lambda text: False)


def test_without_a_reader_the_ngram_threshold_decides():
    model = RequiredModel(FixedNgram(), NoCues())
    assert model.required_many(["p=0.49 a", "p=0.50 b"]) == [False, True]


def test_the_average_of_both_decides_at_the_readers_threshold():
    says_view = FixedReader(0.9)
    model = RequiredModel(FixedNgram(), NoCues(), says_view)
    # (0.1 + 0.9) / 2 = 0.5 >= 0.3, though the n-gram model alone would say no at 0.5
    assert model.required_many(["p=0.10 a"]) == [True]
    assert all(type(x) is bool for x in model.required_many(["p=0.10 a", "p=0.90 b"]))  # reports are JSON
    says_fact = FixedReader(0.0)
    model = RequiredModel(FixedNgram(), NoCues(), says_fact)
    assert model.required_many(["p=0.50 a", "p=0.59 b"]) == [False, False]


def test_the_reader_is_not_asked_where_the_ngram_model_alone_settles_it():
    reader = FixedReader(0.0, threshold=0.3)
    model = RequiredModel(FixedNgram(), NoCues(), reader)
    # at 0.6 = 2 x 0.3 the average is 0.3 or more whatever the reader says
    assert model.required_many(["p=0.60 a", "p=0.95 b", "p=0.20 c"]) == [True, True, False]
    assert reader.asked == ["p=0.20 c"]


def test_below_its_floor_the_reader_is_not_asked_and_the_post_needs_none():
    reader = FixedReader(1.0, threshold=0.3, floor=0.1)
    model = RequiredModel(FixedNgram(), NoCues(), reader)
    # asked, (0.10 + 1.0) / 2 >= 0.3; below the floor the reader is taken to say no
    assert model.required_many(["p=0.09 a", "p=0.10 b"]) == [False, True]
    assert reader.asked == ["p=0.10 b"]


def test_district_can_switch_the_reader_off():
    off = load_config().with_district(stance_reader=False)
    assert Screener(config=off).disclaimer.model.reader is None
    assert Screener().disclaimer.model.reader is not None


def test_posts_the_reader_may_not_read_are_decided_by_the_ngram_model_alone():
    reader = FixedReader(1.0, threshold=0.3)
    model = RequiredModel(FixedNgram(), NoCues(), reader)
    # read: the average (0.2 + 1.0) / 2 >= 0.3; not read: 0.2 < the n-gram threshold 0.5
    assert model.required_many(["p=0.20 a", "p=0.20 b"], read=[True, False]) == [True, False]
    assert reader.asked == ["p=0.20 a"]


def test_posts_that_block_anyway_are_decided_at_their_own_threshold():
    texts = ["p=0.30 a", "p=0.30 b"]
    # n-gram alone: 0.30 is under 0.5 but over the blocked posts' 0.25
    assert RequiredModel(FixedNgram(), NoCues()).required_many(texts, blocked=[False, True]) == [False, True]
    # with the reader: (0.30 + 0.15) / 2 = 0.225 is under 0.3 but over the blocked posts' 0.2
    reader = FixedReader(0.15)
    assert RequiredModel(FixedNgram(), NoCues(), reader).required_many(texts, blocked=[False, True]) == [False, True]
    # the band the reader reads follows each post's threshold: 0.45 settles a blocked post (2 x 0.2)
    reader = FixedReader(0.0)
    RequiredModel(FixedNgram(), NoCues(), reader).required_many(["p=0.45 a", "p=0.45 b"], blocked=[False, True])
    assert reader.asked == ["p=0.45 a"]


def test_screening_tells_the_disclaimer_model_which_posts_block_anyway():
    s = Screener()
    seen = []
    real = s.disclaimer.model.required_many
    s.disclaimer.model.required_many = lambda texts, read=None, blocked=None: (
        seen.extend(blocked), real(texts, read, blocked))[1]
    posts = [{"id": "a", "text": "honestly the new bell schedule is not working for anyone", "kind": "personal"},
             {"id": "b", "text": "honestly the new bell schedule is not working. my sub login is hvsub4 / "
                                 "password Learn!6699", "kind": "personal"}]
    reports = list(s.screen_many(posts))
    assert [r.verdict == "block" for r in reports] == [False, True]
    assert seen == [False, True]


def _unsure_view(model: RequiredModel) -> str:
    """A personal view the n-gram model does not settle (between the reader's floor and twice its
    threshold): which one moves with every retrain, so it is looked up, not fixed."""
    views = ["hmm, the new schedule. we'll see", "is it just me or is the new schedule kind of a lot",
             "not sure the new schedule is working for anyone tbh", "the new schedule is... a choice"]
    probs = model.model.predict(views, [disclaimer_evidence(v, model.check) for v in views])
    unsure = [v for v, p in zip(views, probs)
              if model.reader.floor <= p["required"] < 2 * model.reader.threshold]
    assert unsure, "no test view falls where the stance reader reads: add one"
    return unsure[0]


def test_screening_reads_stance_only_where_it_can_change_the_verdict():
    s = Screener()
    asked = []
    real = s.disclaimer.model.reader.proba
    s.disclaimer.model.reader.proba = lambda texts: (asked.extend(texts), real(texts))[1]
    view = _unsure_view(s.disclaimer.model)
    posts = [{"id": "a", "text": view, "kind": "personal"},
             {"id": "b", "text": view + " Views my own.", "kind": "personal"},
             {"id": "c", "text": view, "kind": "personal", "account": {"bio": "Teacher. Opinions are mine."}},
             {"id": "d", "text": view, "kind": "official"},
             {"id": "e", "text": view}]
    reports = list(s.screen_many(posts))
    assert asked == [view]
    assert [r.disclaimer.present for r in reports[:3]] == [False, True, True]
