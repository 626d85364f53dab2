"""Post-level classifiers: sensitive categories (multi-label) and "does this post need a disclaimer".

Both read the post text (word and character n-grams) plus declarative evidence from rules/ — the
category cue lexicons, the disclaimer topic and opinion cues — and, for categories, what the
recognizers found (a named student, a credential). The cues make the rules editable; the model
learns how much each one counts and where context overrides it.
"""
from __future__ import annotations

import numpy as np
import regex

from ..categories import _PERSON_REF, _SECURITY_SYSTEMS, CategoryCues, security_anyway
from ..types import CATEGORIES


def evidence(text: str, labels: set[str], cues: CategoryCues) -> dict[str, float]:
    """Rule evidence as features: which category cues fire (negations applied), who is referred to."""
    f: dict[str, float] = {}
    for name, spans in cues.cues(text).items():
        f[f"cue={name}"] = 1.0
        f[f"cue_n={name}"] = min(3, len(spans)) / 3
    for label in labels:
        f[f"found={label}"] = 1.0
    if _PERSON_REF.search(text):
        f["person_ref"] = 1.0
    if _SECURITY_SYSTEMS.search(text):
        f["systems"] = 1.0
    if cues.generic_rx is not None and cues.generic_rx.search(text):
        f["generic"] = 1.0
    return f


ANY = "ANY_CATEGORY"  # the model's extra target: does any category apply?


class CategoryModel:
    """Trained categories with the cue lexicon as evidence; SECURITY also follows credential findings
    and a district system named beside its weakness (rules/categories.yaml, security_weaknesses).
    ``model`` is a runtime.TextLinear.

    Whether *some* category applies is decided by its own head (target ANY), trained on every
    category's positives at once; the per-category heads then say which. Seven per-category
    thresholds each add their own false alarms: scored on writers left out of training, the single
    head blocked as many confidential posts with fewer false blocks (see docs/rules.md).

    ``encoded`` (models/categories_encoded.pkl): the same heads trained with each post's sentence
    vector beside its n-grams, and the band of the n-gram model's ANY score where they decide
    instead. Scored out of writer they tell categories apart better (a writer's words for a diagnosis
    or a write-up are not the next writer's); the encoder costs more than everything else here, so
    only the posts the n-gram model is unsure of are read by it.

    ``reader`` (a reader.CategoryReader): where the n-gram model's any-category score lies in the
    reader's band, whether some category applies is decided by the average of that score and the
    fine-tuned reader's, at the reader's threshold; which categories, by the heads as above."""

    def __init__(self, model, cues: CategoryCues, encoded: dict | None = None, reader=None):
        self.model, self.cues, self.encoded, self.reader = model, cues, encoded, reader
        if encoded is not None:
            from .encoder import base_dir

            base_dir()  # a missing base package fails when screener loads, not mid-scan

    def decide(self, text: str, findings) -> list[str]:
        return self.decide_many([text], [findings])[0]

    def decide_many(self, texts: list[str], findings_list) -> list[list[str]]:
        """One matrix and one product for a whole batch of posts."""
        label_sets = [{f.label for f in findings} for findings in findings_list]
        ev = [evidence(t, ls, self.cues) for t, ls in zip(texts, label_sets)]
        probs = self.model.predict(texts, ev)
        ngram_any = [p.get(ANY) for p in probs]
        thresholds = [self.model.thresholds] * len(texts)
        if self.encoded is not None:
            lo, hi = self.encoded["band"]
            unsure = [i for i, p in enumerate(probs) if lo <= p[ANY] < hi]
            if unsure:
                from .encoder import sentence_vectors

                model = self.encoded["model"]
                chosen = [texts[i] for i in unsure]
                for i, p in zip(unsure, model.predict(chosen, [ev[i] for i in unsure], sentence_vectors(chosen))):
                    probs[i], thresholds[i] = p, model.thresholds
        if self.reader is not None:
            lo, hi = self.reader.band
            ask = [i for i, p in enumerate(ngram_any) if p is not None and lo <= p < hi]
            for i, r in zip(ask, self.reader.proba([texts[i] for i in ask])):
                probs[i] = {**probs[i], ANY: (ngram_any[i] + float(r)) / 2}
                thresholds[i] = {**thresholds[i], ANY: self.reader.threshold}
        out = []
        for text, p, th, labels in zip(texts, probs, thresholds, label_sets):
            cats = categories_of(p, th)
            if "SECURITY" not in cats and security_anyway(self.cues, text, labels):
                cats.append("SECURITY")
            out.append(sorted(cats))
        return out


def categories_of(p: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    """The categories one post's head probabilities name (training chooses the encoder's band with
    the same rule)."""
    cats = [c for c in CATEGORIES if c in p and p[c] >= thresholds[c]]
    if ANY in p:
        if p[ANY] < thresholds[ANY]:
            return []
        if not cats:  # some category applies: name the likeliest relative to its threshold
            cats = [max((c for c in CATEGORIES if c in p), key=lambda c: p[c] / thresholds[c])]
    return cats


def disclaimer_evidence(text: str, check) -> dict[str, float]:
    f = {}
    if check.topic_rx is not None:
        f["topic_n"] = min(3, len(check.topic_rx.findall(text))) / 3
    if check.opinion_rx is not None:
        f["opinion_n"] = min(3, len(check.opinion_rx.findall(text))) / 3
    if check.cue_required(text):
        f["cue_required"] = 1.0
    if regex.search(r"[!?]{2,}", text):
        f["emphatic"] = 1.0
    return f


# The required threshold for posts that block whatever their disclaimer: there a needless
# suggestion changes no verdict, while a missed one lets the safe rewrite go out without one.
BLOCKED = "required@blocked"


class RequiredModel:
    """P(a personal post needs a disclaimer) from text and topic/opinion cues, averaged with the stance
    reader's P(the post takes a position) when one is given (a stance.StanceReader, which carries the
    thresholds its training chose for the average). Posts already blocked (BLOCKED) have a threshold
    of their own."""

    def __init__(self, model, check, reader=None):
        self.model, self.check, self.reader = model, check, reader

    def required(self, text: str) -> bool:
        return self.required_many([text])[0]

    def required_many(self, texts: list[str], read: list[bool] | None = None,
                      blocked: list[bool] | None = None) -> list[bool]:
        """``read``: which texts the reader may read (default all); the others, and all of them
        without a reader, are decided by the n-gram model at its own thresholds. ``blocked``: which
        posts block whatever their disclaimer (default none)."""
        probs = self.model.predict(texts, [disclaimer_evidence(t, self.check) for t in texts])
        ngram = np.array([p["required"] for p in probs])
        blocked = np.zeros(len(texts), bool) if blocked is None else np.asarray(blocked, bool)
        th = self.model.thresholds
        out = ngram >= np.where(blocked, th.get(BLOCKED, th["required"]), th["required"])
        if self.reader is not None:
            floor = self.reader.floor
            ask = np.array([i for i in range(len(texts)) if (read is None or read[i])], dtype=int)
            t = np.where(blocked[ask], self.reader.threshold_blocked, self.reader.threshold)
            asked = ngram[ask]
            both = asked / 2
            # Where the n-gram model alone is at least 2t the average is over t whatever the reader
            # says; below the reader's floor, out of writer, it almost never lifted a post over t.
            # The encoder, the costliest step of screening a post, runs only between the two.
            unsure = np.flatnonzero((asked < 2 * t) & (asked >= floor))
            both[unsure] += self.reader.proba([texts[ask[i]] for i in unsure]) / 2
            out[ask] = both >= t
        return [bool(x) for x in out]  # Python bools: reports are JSON


def presence_evidence(text: str, check) -> dict[str, float]:
    f = {}
    if check.rule_present(text):
        f["rule_present"] = 1.0
    if any(rx.search(text) for rx in check.not_rx):
        f["rule_not"] = 1.0
    return f


def presence_inputs(texts: list[str], check) -> tuple[list[int], list[str], list[dict]]:
    """Which texts could carry a disclaimer (a clause with a ``clause_words`` word, or a pattern
    match), and for those the clauses the model reads and the rule evidence (of the whole text)."""
    todo, focus, ev = [], [], []
    for i, t in enumerate(texts):
        clauses, e = check.clauses(t), presence_evidence(t, check)
        if clauses or "rule_present" in e:
            todo.append(i)
            focus.append(clauses)
            ev.append(e)
    return todo, focus, ev


class PresentModel:
    """Does this text (a post or an account bio) make clear the views are personal? The rule patterns
    are evidence; n-grams of the candidate clauses carry the wordings no pattern lists ("views =
    mine", "opiniones propias"). Scored on writers left out of training, reading those clauses
    instead of the whole text took F1 from 0.955 to 0.970 and halved the false alarms."""

    def __init__(self, model, check):
        self.model, self.check = model, check

    def present_many(self, texts: list[str]) -> list[bool]:
        out = [False] * len(texts)
        todo, focus, ev = presence_inputs(texts, self.check)
        for i, p in zip(todo, self.model.predict(focus, ev) if todo else []):
            out[i] = p["present"] >= self.model.thresholds["present"]
        return out
