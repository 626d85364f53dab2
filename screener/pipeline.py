"""Screener: wires the stages. read posts → one NLP pass → recognizers → findings → categories →
disclaimer → policy → redaction → Report. Loading happens once, on first use."""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import policy
from .config import Config, load_config
from .errors import InputError
from .types import Disclaimer, Finding, Post, Report

# When two findings overlap, the higher score wins; on a tie, the label listed first.
LABEL_PRIORITY = ("US_SSN", "CREDENTIAL", "NETWORK_INFO", "STUDENT_ID", "DATE_OF_BIRTH", "EMAIL_ADDRESS",
                  "PHONE_NUMBER", "STREET_ADDRESS", "STUDENT_NAME")


class Screener:
    """Screens posts against the district's rules.

    ``config`` is a Config, or the path of a district YAML file replacing rules/district.yaml;
    ``rules`` a whole rules directory; ``roster`` a roster CSV path (or a loaded Roster).
    ``drafts``: the posts are drafts screened one at a time, as they are written, where a tenth of a
    second does not matter and a missed category does: the district's ``draft_category_encoder``
    applies instead of ``category_encoder`` (by default, both category readers read every post).
    Models load lazily on first screen, once; a Screener is cheap to build and safe to reuse.
    """

    def __init__(self, roster: str | Path | Any | None = None, config: str | Path | Config | None = None,
                 rules: str | Path | None = None, *, use_model: bool = True, use_post_models: bool = True,
                 batch_size: int = 64, rewrites: bool = True, drafts: bool = False):
        self._args = {"roster": roster, "config": config, "rules": rules, "use_model": use_model,
                      "use_post_models": use_post_models, "batch_size": batch_size, "rewrites": rewrites,
                      "drafts": drafts}
        self.use_post_models = use_model and use_post_models
        self.config = config if isinstance(config, Config) else load_config(rules, config)
        self.roster = self._load_roster(roster)
        self.use_model = use_model
        self.batch_size = batch_size
        self.rewrites = rewrites
        self.drafts = drafts

    def worker_args(self) -> dict:
        """Arguments that rebuild an equivalent Screener in another process."""
        return dict(self._args)

    def _load_roster(self, roster):
        if roster is None or not isinstance(roster, (str, Path)):
            return roster
        from .roster import Roster

        return Roster.from_csv(roster)

    # ---- stages, built once -------------------------------------------------------------
    @cached_property
    def nlp_engine(self):
        from .errors import ModelError
        from .nlp import build_nlp_engine

        try:
            return build_nlp_engine(self.config.nlp_model)
        except ModelError as exc:
            raise ModelError(f"{exc} (nlp_model is set in {self.config.sources['district.yaml']})") from None

    @cached_property
    def analyzer(self):
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

        from .recognizers import build_recognizers

        class _ContextInRecognizers(ContextAwareEnhancer):
            """Context is scored inside each recognizer (two-sided windows, vetoes)."""

            def __init__(self):
                super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                                 context_prefix_count=0, context_suffix_count=0)

            def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
                return raw_results

        model, fast = (self.name_model, self.name_model_fast) if self.use_model else (None, None)
        registry = RecognizerRegistry(recognizers=build_recognizers(self.config, roster=self.roster,
                                                                    name_model=model, name_model_fast=fast))
        return AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
                              context_aware_enhancer=_ContextInRecognizers(), default_score_threshold=0.0)

    @cached_property
    def name_model(self):
        from .classify.artifacts import load_model

        return load_model("student_name", required=False)

    @cached_property
    def name_model_fast(self):
        """The tokens-only student-name model that spares most posts the NER pass."""
        from .classify.artifacts import load_model

        return load_model("student_name_fast", required=False)

    @cached_property
    def categorizer(self):
        from .categories import CategoryCues

        cues = CategoryCues(self.config.categories)
        model = self._post_model("categories")
        if model is None:
            return cues
        from .classify.post_models import CategoryModel
        from .classify.reader import CATEGORY_READER, CategoryReader

        d = self.config.district
        setting = d.draft_category_encoder if self.drafts else d.category_encoder
        encoded, reader = ((self._post_model(name) if setting else None)
                           for name in ("categories_encoded", CATEGORY_READER))
        if setting == "always":  # a band every any-category score lies in
            encoded, reader = ({**a, "band": (0.0, float("inf"))} if a else None for a in (encoded, reader))
        return CategoryModel(model, cues, encoded, CategoryReader(reader) if reader else None)

    @cached_property
    def disclaimer(self):
        from .disclaimer import DisclaimerCheck

        check = DisclaimerCheck(self.config.disclaimer)
        model = self._post_model("disclaimer_required")
        if model is not None:
            from .classify.post_models import RequiredModel

            check.model = RequiredModel(model, check, self._stance())
        present = self._post_model("disclaimer_present")
        if present is not None:
            from .classify.post_models import PresentModel

            check.present_model = PresentModel(present, check)
        return check

    def _stance(self):
        """The stance reader, unless the district switched it off for speed."""
        if not self.config.district.stance_reader:
            return None
        from .classify.stance import ARTIFACT, StanceReader

        artifact = self._post_model(ARTIFACT)
        return None if artifact is None else StanceReader(artifact)

    def _post_model(self, name: str):
        if not self.use_post_models:
            return None
        from .classify.artifacts import load_model

        return load_model(name, required=False)

    @cached_property
    def redactor(self):
        from .redact import Redactor

        return Redactor(self.config.redaction)

    # ---- public API -------------------------------------------------------------------------
    def screen(self, text: str | Post, kind: str | None = None, account: dict | None = None,
               id: str = "") -> Report:
        """Screen one draft."""
        post = text if isinstance(text, Post) else Post(text=text, id=id, kind=kind, account=account)
        return next(self.screen_many([post]))

    def screen_rewrite(self, post: Post, report: Report) -> Report | None:
        """The safe rewrite screened as the post would be (same kind and account): the rewrite is
        built from what was found, and a sentence or name the first pass missed can still be in it, so
        a draft's author is told before posting it (None without a rewrite)."""
        if report.redacted is None:
            return None
        return self.screen(replace(post, text=report.redacted))

    def screen_many(self, posts: Iterable[Post | dict]) -> Iterator[Report]:
        """Screen posts in batches through one NLP pass each, yielding reports in input order.

        A dict that is not a valid post raises InputError naming its position.
        """
        it = iter(posts)
        index = 0
        while True:
            batch = []
            for item in islice(it, self.batch_size):
                index += 1
                batch.append(as_post(item, index))
            if not batch:
                return
            yield from self._screen_batch(batch)

    def _screen_batch(self, posts: list[Post]) -> Iterator[Report]:
        analyzer, engine = self.analyzer, self.nlp_engine
        texts = [p.text for p in posts]
        docs = engine.tokenize(texts, self.batch_size)
        # NER is most of the cost of a post: run it only on the posts a recognizer cannot decide without.
        readers = self._entity_readers
        engine.add_entities([d for d, t in zip(docs, texts) if any(r.needs_entities(d, t) for r in readers)],
                            self.batch_size)
        findings = [self.to_findings(t, analyzer.analyze(t, language="en", nlp_artifacts=engine.artifacts(d)))
                    for t, d in zip(texts, docs)]
        categories = self.categorizer.decide_many(texts, findings)
        present = self.disclaimer.present_many(texts)
        # The stance reader, the costliest step, reads only where its answer can change the verdict:
        # personal posts with no disclaimer in the text or the account's bio.
        read = [p.kind == "personal" and not pres and not (p.bio and self.disclaimer.bio_present(p.bio))
                for p, pres in zip(posts, present)]
        required = self.disclaimer.required_many(texts, [p.kind for p in posts], read,
                                                 [self._blocks(p, f, c) for p, f, c in zip(posts, findings, categories)])
        safe = self._safe_many(texts, findings, categories) if self.rewrites else [None] * len(posts)
        for post, found, cats, req, pres, text in zip(posts, findings, categories, required, present, safe):
            yield self.decide(post, found, cats, req, pres, text)

    def _blocks(self, post: Post, findings: list[Finding], categories: list[str]) -> bool:
        """Does the post block whatever its disclaimer says?"""
        return policy.decide(findings, categories, Disclaimer(False, False), post.kind, self.config.policy)[0] == "block"

    @cached_property
    def _entity_readers(self) -> list:
        return [r for r in self.analyzer.registry.recognizers if getattr(r, "uses_entities", False)]

    @cached_property
    def _allow(self) -> frozenset[str]:
        return frozenset(self.config.district.allow_list)

    def to_findings(self, text: str, results) -> list[Finding]:
        allow = self._allow
        findings = []
        for r in results:
            meta = r.recognition_metadata or {}
            value = text[r.start:r.end]
            if value in allow:
                continue
            findings.append(Finding(
                label=r.entity_type, start=r.start, end=r.end, score=float(r.score),
                reason=meta.get("reason", ""), recognizer=meta.get("recognizer_name", ""),
                text=value, context=tuple(meta.get("context", ())), opt_out=bool(meta.get("opt_out"))))
        return resolve_overlaps(findings)

    def decide(self, post: Post, findings: list[Finding], categories: list[str] | None = None,
               required: bool | None = None, present: bool | None = None, safe: str | None = None) -> Report:
        """Categories, disclaimer, verdict and rewrite for one post's findings (categories, the
        disclaimer's required / present-in-the-text and the safe text may come precomputed for a
        whole batch)."""
        if categories is None:
            categories = self.categorizer.decide(post.text, findings)
        platform = (post.account or {}).get("platform")
        disclaimer = self.disclaimer.check(post.text, post.kind, post.bio, platform, required, present)
        verdict, clauses, reasons = policy.decide(findings, categories, disclaimer, post.kind, self.config.policy)
        return Report(id=post.id, verdict=verdict, findings=tuple(findings), categories=tuple(categories),
                      disclaimer=disclaimer, policy=tuple(clauses), reasons=tuple(reasons),
                      redacted=self.rewrite(post, findings, disclaimer, categories, safe) if self.rewrites else None)

    def rewrite(self, post: Post, findings, disclaimer: Disclaimer, categories=(), safe: str | None = None) -> str:
        """The safe rewrite: ``safe`` (see _safe_many; computed here when not given) and, where one
        is missing and needed, a disclaimer added that fits the platform."""
        text = self._safe_many([post.text], [findings], [categories])[0] if safe is None else safe
        if disclaimer.required and not disclaimer.present:
            text = self.disclaimer.add_to(text, (post.account or {}).get("platform"))
        return text

    def _safe_many(self, texts: list[str], findings_list, categories_list) -> list[str]:
        """What was found replaced (rules/redaction.yaml) and, in posts with a category, the
        sentences that still carry one taken out (redact.drop_sensitive), for a batch at once."""
        from .redact import drop_sensitive

        out = [self.redactor.redact(t, list(f)) if f else t for t, f in zip(texts, findings_list)]
        todo = [i for i, cats in enumerate(categories_list) if cats]
        if todo:
            from .categories import CategoryCues

            cat = self.categorizer
            if not isinstance(cat, CategoryCues):
                from .classify.post_models import CategoryModel

                # The n-gram heads alone: with the encoder and the reader, which read the shortened
                # texts again, a scan of the benchmark's posts ran at half the speed.
                cat = CategoryModel(cat.model, cat.cues)
            cues = cat if isinstance(cat, CategoryCues) else cat.cues
            kept = drop_sensitive([out[i] for i in todo],
                                  lambda batch: [bool(c) for c in cat.decide_many(batch, [[]] * len(batch))],
                                  lambda sentence: bool(cues.cues(sentence)), self.config.redaction.sensitive_sentence,
                                  known=[not findings_list[i] for i in todo])  # unchanged since judged
            for i, text in zip(todo, kept):
                out[i] = text
        return out


def as_post(item: Post | dict, index: int) -> Post:
    """A Post from a Post or a SPEC dict; a bad dict is an InputError naming its position."""
    if isinstance(item, Post):
        return item
    try:
        return Post.from_dict(item, default_id=str(index))
    except ValueError as exc:
        raise InputError(f"post {index}: {exc}") from None


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the strongest of overlapping findings (score, then label priority); sort by position.

    Within one label the widest span wins (an admin URL over the private IP inside it), so the
    redaction removes all of it. Linear after sorting: a post with thousands of findings stays fast.
    """
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    widest: list[Finding] = []
    reach: dict[str, int] = {}  # per label, the furthest end of a span seen so far (sorted by start)
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if reach.get(f.label, -1) >= f.end:
            continue  # inside a wider same-label span that started earlier or at the same place
        reach[f.label] = max(reach.get(f.label, -1), f.end)
        widest.append(f)
    kept: list[Finding] = []
    occupied: list[tuple[int, int]] = []  # kept spans, sorted by start
    for f in sorted(widest, key=lambda f: (-f.score, rank.get(f.label, 99), f.start - f.end)):
        i = bisect.bisect_left(occupied, (f.start, f.start))
        clash = (i < len(occupied) and occupied[i][0] < f.end) or (i > 0 and occupied[i - 1][1] > f.start)
        if not clash:
            bisect.insort(occupied, (f.start, f.end))
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
