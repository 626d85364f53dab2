"""Student names, and roster IDs found anywhere.

Every name-like span (NER, roster variant, gazetteer, hashtag) is a candidate; the trained
student-or-not classifier (models/student_name.pkl) scores it from its context. Without a trained
model (``use_model=False``) a small transparent rule set decides, so the library still works while a
district retrains.
"""
from __future__ import annotations

import re

from ..classify.name_features import Lexicons, candidates, doc_info, features
from .base import Recognizer, Rx, register


WHOLE_NAME = ("full", "preferred_full", "first_initial")


@register
class StudentNameRecognizer(Recognizer):
    name = "student_name"
    label = "STUDENT_NAME"

    uses_entities = True

    def setup(self, config):
        self.roster = self.resources.get("roster")
        self.model = self.resources.get("name_model")
        # The tokens-only model (trained beside the full one) decides posts it is sure of without NER.
        always = config is not None and config.district.entities == "always"
        self.fast = self.resources.get("name_model_fast") if self.model and not always else None
        first = frozenset(self.model["first_names"]) if self.model else frozenset()
        common = frozenset(self.model.get("common_words", ())) if self.model else frozenset()
        self.lex = Lexicons.for_district(config.names, config.district.district, first, common) \
            if config is not None else None

    def needs_entities(self, doc, text: str) -> bool:
        """No when the tokens-only model scores every candidate outside its uncertain band (chosen by
        cross-validation at training, see classify/train.py); its decision is kept on the Doc."""
        if self.fast is None or self.lex is None:
            return True
        scored = self._score(doc, text, self.fast)
        lo, hi = self.fast["band"]
        if any(lo <= p < hi for _, _, p in scored):
            return True
        doc.user_data[_DECIDED] = scored
        return False

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or self.lex is None:
            return []
        doc = nlp_artifacts.tokens
        if doc.has_annotation("ENT_IOB") or self.fast is None:
            scored, threshold = self._score(doc, text, self.model), self._threshold(self.model)
        else:
            scored = doc.user_data.get(_DECIDED)
            if scored is None:
                scored = self._score(doc, text, self.fast)
            threshold = self.fast["threshold"]
        results = []
        for c, f, p in scored:
            # SPEC: a roster student's name is a student's name wherever it appears. Whole names are
            # unambiguous; a first or last name alone is left to the classifier (many people share it).
            staff = bool(f.get("title_before"))  # "Coach Ana Ruiz", "Ms. Ruiz": staff
            whole = c.roster_kind in WHOLE_NAME and not staff
            # An opted-out student's unique first or last name counts too, unless it is also an everyday
            # word: a student surnamed Said must not turn every "said" into her.
            unique = (len(c.roster_ids) == 1 and not staff
                      and text[c.start:c.end].lower() not in self.lex.common_words)
            opt_out = bool(f.get("roster_opt_out")) and (whole or unique)
            if whole or opt_out:
                p = max(p, 0.9)
            if p < threshold:
                continue
            why = _explain(c, f)
            results.append(self.result(c.start, c.end, float(p), "classifier",
                                       reason=why, opt_out=opt_out,
                                       words=[k.split("=", 1)[1] for k in f if k.startswith("title=")]))
        return results

    def _score(self, doc, text: str, model) -> list[tuple]:
        """(candidate, features, P(student)) for every name-like span of the post."""
        info = doc_info(doc, text)
        cands = candidates(doc, text, self.roster, self.lex, info)
        if not cands:
            return []
        feats = [features(c, doc, text, self.lex, self.roster, info) for c in cands]
        probs = model["scorer"].proba(feats) if model else [_rule_score(f) for f in feats]
        return list(zip(cands, feats, probs))

    @staticmethod
    def _threshold(model) -> float:
        return model["threshold"] if model else 0.5


_DECIDED = "screener.student_names"


def _rule_score(f: dict) -> float:
    """Fallback without a trained model: roster full names and school-context names, minus titles and gazetteers."""
    if f.get("title_before") or f.get("gaz_public") or f.get("gaz_author") or f.get("gaz_character") \
            or f.get("staff_directory") or f.get("kin_adult_before"):
        return 0.1
    if f.get("roster=full") or f.get("roster=preferred_full") or f.get("roster=first_initial"):
        return 0.9
    if (f.get("src=ner") and f.get("ner=PERSON")) or f.get("src=roster"):
        return 0.7 if (f.get("n_school", 0) or f.get("kin_child_before") or f.get("age_near")
                       or f.get("grade_near")) else 0.3
    return 0.1


def _explain(c, f: dict) -> str:
    bits = []
    if c.roster_kind:
        bits.append(f"roster match ({c.roster_kind.replace('_', ' ')})")
    if "ner" in c.sources:
        bits.append("named entity")
    if c.tag:
        bits.append("in a hashtag" if c.tag == "#" else "in an @handle")
    ctx = [k for k in ("kin_child_before", "age_near", "grade_near") if f.get(k)]
    if f.get("n_school"):
        ctx.insert(0, "school context")
    if ctx:
        bits.append("with " + ", ".join(x.replace("_", " ") for x in ctx))
    return "; ".join(bits) or "name classified as a student"


@register
class RosterId(Recognizer):
    """Any number on the roster is a student ID, whatever surrounds it."""

    name = "roster_id"
    label = "STUDENT_ID"
    patterns = (Rx("digits", r"(?<![\d.])\d{4,12}(?![\d])", 0.95),)

    def setup(self, config):
        self.roster = self.resources.get("roster")

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.roster is None or not self.roster.ids:
            return []
        return [self.result(m.start(), m.end(), 0.95, "digits", reason="roster student ID")
                for m in re.finditer(self.patterns[0].regex, text) if m.group(0) in self.roster.ids]
