"""The safe rewrite's second step: sentences that still carry a sensitive detail once the spans are
replaced are taken out, the fewest that make the rest safe."""
from __future__ import annotations

from screener.redact import drop_sensitive, sentence_spans, without_sentences

POST = "So proud of a student today. She finally got her IEP sorted! Mom called me.\nThe bus was late again."


def sensitive_if(*words):
    return lambda texts: [any(w in t for w in words) for t in texts]


def no_cue(_sentence):
    return False


def test_sentences_keep_their_punctuation_and_line_breaks():
    assert [POST[s:e].strip() for s, e in sentence_spans(POST)] == [
        "So proud of a student today.", "She finally got her IEP sorted!", "Mom called me.",
        "The bus was late again."]
    assert sentence_spans("") == []


def test_a_run_of_dropped_sentences_leaves_one_placeholder_and_the_line_break():
    spans = sentence_spans(POST)
    assert without_sentences(POST, spans[1:3], "[x]") == "So proud of a student today. [x]\nThe bus was late again."
    assert without_sentences(POST, [spans[1]], "") == "So proud of a student today. Mom called me.\nThe bus was late again."


def test_a_safe_text_is_returned_as_it_is():
    assert drop_sensitive([POST], sensitive_if("seizure"), no_cue, "[x]") == [POST]
    assert drop_sensitive([], sensitive_if("seizure"), no_cue, "[x]") == []


def test_only_the_sentence_that_carries_the_detail_goes():
    assert drop_sensitive([POST], sensitive_if("IEP"), no_cue, "[x]") == [
        "So proud of a student today. [x] Mom called me.\nThe bus was late again."]


def test_a_batch_is_judged_in_a_few_calls_whatever_its_size():
    calls = []

    def sensitive(texts):
        calls.append(len(texts))
        return ["IEP" in t for t in texts]

    batch = [POST, "Nothing to see here.", POST.replace("IEP", "504 and IEP")] * 20
    out = drop_sensitive(batch, sensitive, no_cue, "[x]")
    assert out[1] == "Nothing to see here." and "IEP" not in out[0] and "IEP" not in out[2]
    assert len(calls) <= 4


def test_a_detail_spread_over_sentences_takes_the_cued_ones_then_everything():
    # Neither sentence is sensitive alone, the post is: first the cued sentence goes ...
    spread = lambda texts: ["IEP" in t and "Mom" in t for t in texts]  # noqa: E731
    assert drop_sensitive([POST], spread, lambda s: "IEP" in s, "[x]") == [
        "So proud of a student today. [x] Mom called me.\nThe bus was late again."]
    # ... and when no sentence can be blamed, nothing of the post is kept.
    assert drop_sensitive([POST], spread, no_cue, "[x]") == ["[x]"]


def test_a_text_known_to_be_sensitive_is_not_judged_again():
    calls = []

    def sensitive(texts):
        calls.append(list(texts))
        return ["IEP" in t for t in texts]

    assert drop_sensitive([POST], sensitive, no_cue, "[x]", known=[True])[0].count("[x]") == 1
    assert POST not in calls[0]
