"""The recognizer base class and registry.

A recognizer finds one kind of thing. It is a Presidio ``EntityRecognizer`` (so Presidio's analyzer
runs it over the shared NLP artifacts), declares its patterns, the context words that raise its
score, the context words that veto it, and one validation hook — nothing else. Classes register
themselves with ``@register``; the pipeline instantiates whatever is registered and enabled.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Iterable

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

if TYPE_CHECKING:
    from ..config import Config

log = logging.getLogger("screener")
REGISTRY: dict[str, type["Recognizer"]] = {}
REGEX_TIMEOUT = 1.0  # seconds; district-written patterns must never hang a scan
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
# A title's full stop ("the IDs for Mrs. Bradford's class", "mr. k's wifi") does not end a sentence.
SENTENCE_END = regex.compile(r"\n|(?<!\b(?:[Mm][RrSsXx]|[Mm][Rr][Ss]|[Dd][Rr]))[.!?](?=\s)")


def register(cls: type["Recognizer"]) -> type["Recognizer"]:
    """Class decorator: make a recognizer available to every Screener under ``cls.name``."""
    if cls.name in REGISTRY:
        raise ValueError(f"recognizer {cls.name!r} registered twice")
    REGISTRY[cls.name] = cls
    return cls


@dataclass(frozen=True)
class Rx:
    """One pattern. If the regex has a group named ``v``, that group is the finding's span."""

    name: str
    regex: str
    score: float


def sentence_before(text: str, start: int, reach: int) -> str:
    """The sentence a match stands in, up to the match and at most ``reach`` characters of it."""
    head = text[max(0, start - reach):start]
    ends = [m.end() for m in SENTENCE_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def compile_terms(terms: Iterable[str], stems: bool = False) -> regex.Pattern | None:
    """One case-insensitive whole-word alternation for a list of words or phrases. ``stems``: a
    trailing ``*`` takes any ending ("opini*": opinion, opiniones), and a term may also start inside
    a hashtag ("#MyViewsOnly")."""
    def alt(t: str) -> str:
        open_end = stems and t.endswith("*")
        return regex.escape(t.rstrip("*") if stems else t).replace(r"\ ", r"\s+") + (
            "" if open_end else r"(?![\w])" if stems else "")
    alts = sorted({alt(t.strip()) for t in terms if t.strip().rstrip("*" if stems else "")}, key=len, reverse=True)
    if not alts:
        return None
    if stems:
        return regex.compile(r"(?:(?<![\w])|(?<=#\w*))(?:" + "|".join(alts) + ")", FLAGS)
    return regex.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", FLAGS)


class Recognizer(EntityRecognizer):
    """A pattern recognizer with two-sided context windows, negative context and validation."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    patterns: ClassVar[tuple[Rx, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    negative_context: ClassVar[tuple[str, ...]] = ()
    requires_context: ClassVar[bool] = False
    context_boost: ClassVar[float] = 0.35
    window_before: ClassVar[int] = 48   # characters searched for context before the match
    window_after: ClassVar[int] = 24
    negative_window_before: ClassVar[int] = 16
    negative_window_after: ClassVar[int] = 0
    # Context may also stand anywhere earlier in the same sentence, up to this many characters back:
    # one heading covers a list ("lunch numbers for my homeroom: Maria 1617, Annamaria 14410").
    sentence_window: ClassVar[int] = 0
    threshold: ClassVar[float] = 0.5
    uses_entities: ClassVar[bool] = False  # reads NER entities (the costly part of the NLP pass)

    def __init__(self, config: "Config | None" = None, extra_context: Iterable[str] = (), **resources):
        self.config = config
        self.resources = resources  # shared, already-loaded things some recognizers need (roster, models)
        words = tuple(self.context) + tuple(extra_context)
        super().__init__(supported_entities=[self.label], name=self.name, supported_language="en",
                         context=list(words))
        self._context_rx = compile_terms(words)
        self._negative_rx = compile_terms(self.negative_context)
        self.setup(config)  # may set this recognizer's own patterns from the rules
        self._compiled = [(p, regex.compile(p.regex, FLAGS)) for p in self.patterns]

    def setup(self, config: "Config | None") -> None:
        """Hook: read what the recognizer needs from the district rules."""

    def needs_entities(self, doc, text: str) -> bool:
        """Hook: given the tokenised post, does this recognizer need NER entities to decide it?
        NER costs more than everything else together, so a recognizer that can tell says no."""
        return self.uses_entities

    def load(self) -> None:  # Presidio's interface; everything is built in __init__
        pass

    def validate(self, value: str, text: str, start: int, end: int) -> float | None:
        """Return a score adjustment for a match (0.0 = keep as is), or None to drop it."""
        return 0.0

    def before(self, text: str, start: int) -> str:
        """The text searched for context before a match."""
        near = text[max(0, start - self.window_before):start]
        if not self.sentence_window:
            return near
        head = sentence_before(text, start, self.sentence_window)
        return head if len(head) > len(near) else near

    def context_words(self, text: str, start: int, end: int) -> list[str]:
        if self._context_rx is None:
            return []
        before = self.before(text, start)
        after = text[end:end + self.window_after]
        return [m.group(0).lower() for m in self._context_rx.finditer(before + " \0 " + after)]

    def vetoed(self, text: str, start: int, end: int) -> bool:
        if self._negative_rx is None:
            return False
        before = text[max(0, start - self.negative_window_before):start]
        after = text[end:end + self.negative_window_after]
        return bool(self._negative_rx.search(before)) or bool(
            self.negative_window_after and self._negative_rx.search(after))

    def matches(self, text: str) -> Iterable[tuple[Rx, int, int]]:
        for rx, compiled in self._compiled:
            try:
                for m in compiled.finditer(text, timeout=REGEX_TIMEOUT):
                    s, e = m.span("v") if "v" in compiled.groupindex and m.group("v") else m.span()
                    if e > s:
                        yield rx, s, e
            except TimeoutError:
                # A runaway pattern costs only its own matches on this post; the rest still run.
                log.warning("recognizer %s: pattern %s timed out after %.1fs on a %d-character post",
                            self.name, rx.name, REGEX_TIMEOUT, len(text))

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for rx, s, e in self.matches(text):
            adjust = self.validate(text[s:e], text, s, e)
            if adjust is None or self.vetoed(text, s, e):
                continue
            words = self.context_words(text, s, e)
            if self.requires_context and not words:
                continue
            score = min(1.0, rx.score + adjust + (self.context_boost if words else 0.0))
            if score < self.threshold:
                continue
            results.append(self.result(s, e, score, rx.name, words))
        return results

    def result(self, start: int, end: int, score: float, pattern: str,
               words: list[str] = (), reason: str | None = None, **meta) -> RecognizerResult:
        why = reason or (f"pattern {pattern}" + (f" with context '{', '.join(dict.fromkeys(words))}'"
                                                   if words else ""))
        expl = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=pattern,
                                   textual_explanation=why)
        return RecognizerResult(
            entity_type=self.label, start=start, end=end, score=score, analysis_explanation=expl,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  "reason": why, "context": list(dict.fromkeys(words)), **meta})


class RuleRecognizer(Recognizer):
    """A recognizer declared in rules/ (recognizers.yaml or district.yaml student_id_patterns)."""

    def __init__(self, rule, config: "Config | None" = None, **resources):
        self.rule = rule
        self.name = rule.id
        self.label = rule.label
        self.patterns = tuple(Rx(p.name, p.regex, p.score) for p in rule.patterns)
        self.context = tuple(rule.context)
        self.negative_context = tuple(rule.negative_context)
        self.requires_context = rule.requires_context
        self.sentence_window = rule.sentence_window
        super().__init__(config, **resources)
