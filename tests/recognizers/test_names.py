"""The student-name cascade: the tokens-only model decides the posts it is sure of, NER the rest."""
from __future__ import annotations

import numpy as np
import pytest

from screener import Post, Screener
from screener.classify.train import choose_band
from screener.recognizers.names import StudentNameRecognizer

POSTS = [Post(text=t) for t in (
    "So proud of Maya in my 3rd period today!!",
    "Coach Rivera says practice moves to 4pm. Go Falcons!",
    "Reading Wonder with the kids, Auggie is everyone's favorite",
    "the bus was late again and it is raining",
    "huge shoutout to maria n sofia for helping me stack chairs",
)]


def _names(screener, posts):
    return [[(f.start, f.end, round(f.score, 6)) for f in r.findings if f.label == "STUDENT_NAME"]
            for r in screener.screen_many(posts)]


@pytest.fixture
def counted(monkeypatch):
    """A fresh Screener that records how many posts went through NER."""
    s = Screener()
    s.screen("warm up")
    sent = []
    real = s.nlp_engine.add_entities

    def spy(docs, batch_size):
        sent.append(len(docs))
        real(docs, batch_size)
        assert all(d.has_annotation("ENT_IOB") for d in docs)  # annotated in place

    monkeypatch.setattr(s.nlp_engine, "add_entities", spy)
    return s, sent


def _recognizer(s) -> StudentNameRecognizer:
    return next(r for r in s.analyzer.registry.recognizers if isinstance(r, StudentNameRecognizer))


def test_the_shipped_fast_model_has_a_band_around_its_threshold(screener):
    fast = _recognizer(screener).fast
    lo, hi = fast["band"]
    assert lo <= fast["threshold"] <= hi


def test_posts_outside_the_band_skip_ner(counted, monkeypatch):
    s, sent = counted
    monkeypatch.setitem(_recognizer(s).fast, "band", (0.0, 0.0))  # never unsure
    list(s.screen_many(POSTS))
    assert sum(sent) == 0


def test_a_post_inside_the_band_goes_through_ner(counted, monkeypatch):
    s, sent = counted
    monkeypatch.setitem(_recognizer(s).fast, "band", (0.0, 1.01))  # unsure of every candidate
    list(s.screen_many(POSTS))
    with_candidates = len(POSTS) - 1  # the rainy bus post names nobody
    assert sum(sent) == with_candidates


def test_every_post_through_ner_gives_the_full_models_answers(counted, monkeypatch):
    s, _ = counted
    rec = _recognizer(s)
    monkeypatch.setitem(rec.fast, "band", (0.0, 1.01))
    cascade = _names(s, POSTS)
    monkeypatch.setattr(rec, "fast", None)  # no tokens-only model: NER on every post
    assert _names(s, POSTS) == cascade


def test_without_a_trained_model_every_post_gets_ner():
    plain = Screener(use_model=False)
    plain.screen("warm up")
    assert _recognizer(plain).fast is None
    assert _recognizer(plain).needs_entities(None, "anything") is True


def _units(probs):
    """One candidate per unit, every unit its own post."""
    return np.asarray(probs, dtype=float), np.arange(len(probs))


def test_choose_band_is_empty_when_the_fast_model_is_as_good():
    y = np.array([1, 0, 1, 0, 1, 0, 0, 1])
    p, u = _units([0.9, 0.1, 0.8, 0.2, 0.95, 0.05, 0.15, 0.85])
    lo, hi, f1, share = choose_band((p, y, u, 0.5), (p, y, u, 0.5), len(y))
    assert share == 0.0 and f1 == 1.0 and lo <= 0.5 <= hi


def test_choose_band_sends_the_fast_models_mistakes_to_ner():
    y = np.array([1, 0, 1, 0, 1, 0, 0, 1])
    full, u = _units([0.9, 0.1, 0.8, 0.2, 0.95, 0.05, 0.15, 0.85])
    # The tokens-only model is unsure (0.45-0.6) exactly on the units it gets wrong.
    fast, _ = _units([0.9, 0.55, 0.45, 0.2, 0.95, 0.05, 0.58, 0.85])
    lo, hi, f1, share = choose_band((fast, y, u, 0.5), (full, y, u, 0.5), len(y))
    assert f1 == 1.0
    assert share == 3 / 8  # only the three unsure units go through NER
    assert lo <= 0.45 and hi > 0.58


def test_district_can_ask_for_ner_on_every_post(tmp_path):
    from conftest import RULES

    district = (RULES / "district.yaml").read_text().replace("entities: auto", "entities: always")
    (tmp_path / "district.yaml").write_text(district)
    s = Screener(config=tmp_path / "district.yaml")
    assert _recognizer(s).fast is None
    assert _recognizer(s).needs_entities(None, "anything") is True


def test_the_shipped_model_carries_the_everyday_word_list(screener):
    lex = _recognizer(screener).lex
    assert {"floor", "peace", "will"} <= lex.common_words
    assert "john" not in lex.common_words  # an English given name first, whatever the dictionary says


def test_roster_names_that_are_everyday_words_are_not_flagged_as_words(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("first_name,last_name\nPeace,Okonkwo\nFloor,Wensen\nHarm,Bhandari\n", encoding="utf-8")
    s = Screener(roster=str(roster))
    quiet = ["took a while but i've made peace with the new schedule",
             "shoutout to the floor crew who waxed the gym all weekend",
             "the new phonics program did real harm, glad we switched"]
    assert _names(s, [Post(text=t) for t in quiet]) == [[], [], []]
    named = _names(s, [Post(text="So proud of Peace Okonkwo in my 2nd period, first place at the spelling bee!")])
    assert len(named[0]) == 1


def test_an_opted_out_students_last_name_alone_is_not_forced_on_words_or_staff(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("first_name,last_name,media_opt_out\nLubna,Said,true\nTomasz,Morellato,true\n",
                      encoding="utf-8")
    s = Screener(roster=str(roster))
    quiet = ["she said the bus would be late again, so we waited in the gym",
             "Ms. Morellato's room is the one with the plants, go say hi at open house"]
    assert _names(s, [Post(text=t) for t in quiet]) == [[], []]
    report = s.screen(Post(text="Congrats to Morellato for the science fair win!! 🏆"))
    assert [f.opt_out for f in report.findings if f.label == "STUDENT_NAME"] == [True]
