"""Personal-views disclaimer: does this post need one, does it (or the account bio) carry one, and a
suggested wording that fits the platform's length limit when it does not."""
from __future__ import annotations

import regex

from .recognizers.base import FLAGS, compile_terms
from .types import Disclaimer

# Where one clause ends: a sentence, a line, a bio's " | " or " · " parts, a trailing hashtag.
_CLAUSE_BREAK = regex.compile(r"(?<=[.!?;:])\s+|\n+|\s+[|•·—–/]+\s+|\s+(?=#)")
_HASHTAG = regex.compile(r"#(\w*(?:_|\p{Ll}\p{Lu})\w*)")
_TAG_WORD_BREAK = regex.compile(r"_+|(?<=\p{Ll})(?=\p{Lu})")  # #views_mine, #MyViewsOnly


class DisclaimerCheck:
    def __init__(self, rules, model=None):
        self.rules = rules
        self.present_rx = [regex.compile(p, FLAGS) for p in rules.present_patterns]
        self.not_rx = [regex.compile(p, FLAGS) for p in rules.not_disclaimer_patterns]
        self.topic_rx = compile_terms(rules.topic_cues)
        self.opinion_rx = compile_terms(rules.opinion_cues)
        self.clause_rx = compile_terms(rules.clause_words, stems=True)
        self.model = model  # optional trained classifier: text -> P(required)
        self.present_model = None  # optional trained classifier: does a text carry a disclaimer?
        self._bios: dict[str, bool] = {}  # an archive repeats one bio for every post of an account

    def present(self, text: str) -> bool:
        return self.present_many([text])[0]

    def present_many(self, texts: list[str]) -> list[bool]:
        """Does each text carry a disclaimer: the trained model in one batch (or the patterns)."""
        many = self.present_model.present_many if self.present_model is not None else None
        return _scored(texts, [i for i, t in enumerate(texts) if t], many, self.rule_present)

    def bio_present(self, bio: str) -> bool:
        if bio not in self._bios:
            if len(self._bios) > 10_000:
                self._bios.clear()
            self._bios[bio] = self.present(bio)
        return self._bios[bio]

    def rule_present(self, text: str) -> bool:
        """The declarative patterns alone (look-alikes masked first), on the text and on the text with
        its hashtags spelled out, so "#NotSpeakingForTheDistrict" reads like the words."""
        spelled = _HASHTAG.sub(lambda m: _TAG_WORD_BREAK.sub(" ", m.group(1)), text)
        for variant in (text, spelled) if spelled != text else (text,):
            for rx in self.not_rx:
                variant = rx.sub(lambda m: " " * len(m.group(0)), variant)
            if any(rx.search(variant) for rx in self.present_rx):
                return True
        return False

    def clauses(self, text: str) -> str:
        """The clauses a disclaimer could be in: those with a ``clause_words`` word, joined by " | "
        ("" when none has one; the whole text when the list is empty). A disclaimer is one clause
        about whose views these are; a model reading the whole post learns that "opinion" or "HVCSD"
        anywhere means one, and flags "unpopular opinion: …" or a snow-day notice."""
        if self.clause_rx is None:
            return text
        return " | ".join(c for c in _CLAUSE_BREAK.split(text) if c and self.clause_rx.search(c))

    def cue_required(self, text: str) -> bool:
        return bool(self.topic_rx and self.topic_rx.search(text)) and bool(
            self.opinion_rx and self.opinion_rx.search(text))

    def required(self, text: str, kind: str | None) -> bool:
        return self.required_many([text], [kind])[0]

    def required_many(self, texts: list[str], kinds: list[str | None], read: list[bool] | None = None,
                      blocked: list[bool] | None = None) -> list[bool]:
        """Only personal posts need one (SPEC, corpora/GUIDE.md): an official post speaks for the district,
        and of a post of unknown kind nobody can say it is a private citizen's, so the verdict never asks
        for one there and ``required`` does not either. Personal posts go to the trained model in one
        batch (or the cues).
        ``read``: which posts the model's stance reader may read (default all); ``blocked``: which
        block whatever their disclaimer (the model has a threshold of its own for them)."""
        todo = [i for i, k in enumerate(kinds) if k == "personal"]
        many = None
        if self.model is not None:
            pick = lambda flags: [flags[i] for i in todo] if flags is not None else None  # noqa: E731
            many = lambda chosen: self.model.required_many(chosen, pick(read), pick(blocked))  # noqa: E731
        return _scored(texts, todo, many, self.cue_required)

    def check(self, text: str, kind: str | None, bio: str = "", platform: str | None = None,
              required: bool | None = None, present: bool | None = None) -> Disclaimer:
        """``required`` and ``present`` (of the text alone) may come precomputed for a whole batch."""
        required = self.required(text, kind) if required is None else required
        present = self.present(text) if present is None else present
        present = present or (bool(bio) and self.bio_present(bio))
        suggestion = self.suggest(text, platform) if required and not present else None
        return Disclaimer(required=required, present=present, suggestion=suggestion)

    def suggest(self, text: str, platform: str | None) -> str | None:
        wording, fits = self.wording(text, platform)
        return wording if fits else wording + " (shorten the post to fit it)"

    def add_to(self, text: str, platform: str | None) -> str:
        """The text with a disclaimer on a line of its own: the last step of a safe rewrite."""
        return text.rstrip() + "\n" + self.wording(text, platform)[0]

    def wording(self, text: str, platform: str | None) -> tuple[str, bool]:
        """The longest standard wording that still fits beside the post on the platform (and True),
        or the shortest (and False)."""
        limit = self.rules.platform_limits.get((platform or "x").lower(), 280)
        room = limit - len(text.rstrip()) - 1
        fitting = [s for s in self.rules.suggestions if len(s) <= room]
        return (fitting[0], True) if fitting else (min(self.rules.suggestions, key=len), False)


def _scored(texts: list[str], todo: list[int], many, one) -> list[bool]:
    """False for every text but those at ``todo``, which the trained model scores in one batch
    (``many``), or the rules one by one (``one``) when no model is installed."""
    out = [False] * len(texts)
    chosen = [texts[i] for i in todo]
    answers = (many(chosen) if chosen else []) if many is not None else [one(t) for t in chosen]
    for i, a in zip(todo, answers):
        out[i] = a
    return out
