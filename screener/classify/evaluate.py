"""Evaluate screener against a labelled corpus, beside Presidio out of the box on the same posts.

Span scores match a prediction to a gold span of the same label when they overlap (one to one);
``exact`` counts only identical offsets. Post-level figures are the issue targets: confidential posts
blocked, non-confidential posts not blocked, clean posts passed, disclaimers, categories.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..types import CATEGORIES, SPAN_LABELS
from .corpus import Example, read_corpus

# Presidio's default entities, mapped to the nearest SPEC label for the baseline.
PRESIDIO_MAP = {"PERSON": "STUDENT_NAME", "PHONE_NUMBER": "PHONE_NUMBER", "EMAIL_ADDRESS": "EMAIL_ADDRESS",
                "US_SSN": "US_SSN", "IP_ADDRESS": "NETWORK_INFO", "DATE_TIME": "DATE_OF_BIRTH",
                "LOCATION": "STREET_ADDRESS", "US_BANK_NUMBER": "STUDENT_ID", "US_DRIVER_LICENSE": "STUDENT_ID"}
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Coach|Principal|Superintendent|Nurse|Officer|Dean|Mx)\.?\s+"
                     r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_tp: int = 0

    @classmethod
    def pooled(cls, counts) -> "Counts":
        """Micro counts: these counts summed."""
        total = cls()
        for c in counts:
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Result:
    name: str
    spans: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    posts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_category: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    wrong: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def rate(self, key: str, hit: bool) -> None:
        self.posts[key][0] += int(hit)
        self.posts[key][1] += 1

    def micro(self) -> tuple[float, float, float]:
        return Counts.pooled(c for label, c in self.spans.items() if label in SPAN_LABELS).prf()

    @property
    def cats(self) -> Counts:
        """Categories pooled (micro)."""
        return Counts.pooled(self.per_category.values())

    def to_dict(self) -> dict:
        out = {"spans": {}, "posts": {}, "categories": dict(zip("prf", self.cats.prf())), "per_category": {}}
        for label in CATEGORIES:
            c = self.per_category[label]
            out["per_category"][label] = {**dict(zip(("precision", "recall", "f1"), c.prf())), "support": c.tp + c.fn}
        for label in SPAN_LABELS:
            c = self.spans[label]
            p, r, f = c.prf()
            out["spans"][label] = {"precision": p, "recall": r, "f1": f, "support": c.tp + c.fn,
                                   "exact_tp": c.exact_tp}
        out["spans"]["micro"] = dict(zip(("precision", "recall", "f1"), self.micro()))
        for k, (hit, n) in self.posts.items():
            out["posts"][k] = {"rate": hit / n if n else None, "n": n}
        out["wrong"] = {group: dict(self.wrong[group]) for group, _ in WRONG_GROUPS if group in self.wrong}
        return out


def score_spans(res: Result, gold, pred) -> None:
    for label in SPAN_LABELS:
        g = [(s, e) for s, e, lab in gold if lab == label]
        p = [(s, e) for s, e, lab in pred if lab == label]
        matched_g: set[int] = set()
        for ps, pe in p:
            hit = next((i for i, (gs, ge) in enumerate(g) if i not in matched_g and ps < ge and gs < pe), None)
            if hit is None:
                res.spans[label].fp += 1
            else:
                matched_g.add(hit)
                res.spans[label].tp += 1
                res.spans[label].exact_tp += int((ps, pe) == g[hit])
        res.spans[label].fn += len(g) - len(matched_g)


def known_names_pattern(names) -> re.Pattern | None:
    """One pattern for the gazetteer's multi-word names (longest first), compiled once per evaluation."""
    names = sorted({n.lower() for n in names if len(n) >= 4 and " " in n}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None


def hard_negative_names(ex: Example, known: re.Pattern | None) -> list[tuple[int, int]]:
    """Spans of staff-by-title and gazetteer public figures/authors/characters not labelled student."""
    text = ex.post.text
    spans = [m.span() for m in _TITLED.finditer(text)]
    if known is not None:
        spans += [m.span() for m in known.finditer(text.lower())]
    gold = [(s, e) for s, e, lab in ex.spans if lab == "STUDENT_NAME"]
    return [sp for sp in spans if not any(sp[0] < ge and gs < sp[1] for gs, ge in gold)]


def post_figures(res: Result, ex: Example, verdict: str, pred_spans, categories=None, disclaimer=None,
                 hard_neg=(), gold: str | None = None) -> None:
    gold = gold or ex.verdict
    res.rate("verdict_accuracy", verdict == gold)
    if gold == "block":
        res.rate("confidential_blocked", verdict == "block")
    else:
        res.rate("non_confidential_blocked", verdict == "block")
    if gold == "pass":
        res.rate("clean_passed", verdict == "pass")
    if hard_neg:
        names = [(s, e) for s, e, lab in pred_spans if lab == "STUDENT_NAME"]
        res.rate("hard_negative_name_flagged",
                 any(s < he and hs < e for s, e in names for hs, he in hard_neg))
    if disclaimer is not None:
        req, present = disclaimer
        if ex.disclaimer_required and not ex.disclaimer_present:
            res.rate("missing_disclaimer_caught", req and not present)
        res.rate("disclaimer_present_accuracy", present == ex.disclaimer_present)
        res.rate("disclaimer_required_accuracy", req == ex.disclaimer_required)
    if categories is not None:
        score_categories(res, set(ex.categories), set(categories))


def score_categories(res: Result, gold: set[str], pred: set[str]) -> None:
    """One post's categories, counted per category."""
    for label in gold & pred:
        res.per_category[label].tp += 1
    for label in pred - gold:
        res.per_category[label].fp += 1
    for label in gold - pred:
        res.per_category[label].fn += 1


def differences(ex: Example, report) -> list[tuple[str, str, tuple[int, int] | None]]:
    """What a report got wrong against gold, as (``found``/``missed``, what, span): a span label with its
    span, a category, or ``DISCLAIMER`` when the report and gold disagree on a missing disclaimer."""
    found = [(f.start, f.end, f.label) for f in report.findings]
    out = [("found", lab, (s, e)) for s, e, lab in sorted(found)
           if not any(lab == gl and s < ge and gs < e for gs, ge, gl in ex.spans)]
    out += [("missed", lab, (s, e)) for s, e, lab in sorted(ex.spans)
            if not any(lab == fl and s < fe and fs < e for fs, fe, fl in found)]
    gold, pred = set(ex.categories), set(report.categories)
    out += [("found", c, None) for c in sorted(pred - gold)] + [("missed", c, None) for c in sorted(gold - pred)]
    d = report.disclaimer
    missing = d.required and not d.present
    if missing != (ex.disclaimer_required and not ex.disclaimer_present):
        out.append(("found" if missing else "missed", "DISCLAIMER", None))
    return out


def cause(kind: str, what: str) -> str:
    """The row of the "why verdicts were wrong" table a difference counts in."""
    thing = ("student name" if what == "STUDENT_NAME" else "other span" if what in SPAN_LABELS
             else "missing disclaimer" if what == "DISCLAIMER" else "category")
    return f"{thing} {kind}"


def count_wrong(res: Result, ex: Example, report, gold: str) -> None:
    """Count, for each kind of wrong verdict, what the report got wrong: which part of the screener the
    misses and false alarms come from, without reading a post (a post can count in several rows)."""
    v = report.verdict
    groups = [g for g, wrong in (("clean_not_passed", gold == "pass" and v != "pass"),
                                 ("confidential_not_blocked", gold == "block" and v != "block"),
                                 ("non_confidential_blocked", gold != "block" and v == "block")) if wrong]
    if groups:
        causes = {cause(kind, what) for kind, what, _ in differences(ex, report)} or {"none"}
        for g in groups:
            res.wrong[g].update(causes)


def evaluate_screener(examples: list[Example], screener, name: str, known: re.Pattern | None) -> Result:
    res = Result(name)
    for ex, report in zip(examples, screener.screen_many(e.post for e in examples)):
        pred = [(f.start, f.end, f.label) for f in report.findings]
        gold = gold_verdict(ex, screener.roster)
        score_spans(res, ex.spans, pred)
        post_figures(res, ex, report.verdict, pred, report.categories,
                     (report.disclaimer.required, report.disclaimer.present), hard_negative_names(ex, known), gold)
        count_wrong(res, ex, report, gold)
    return res


def gold_verdict(ex: Example, roster) -> str:
    """The corpus verdict, made block when a gold student name is a media opt-out student of
    ``roster`` (SPEC: such a student named anywhere blocks; the corpus labels know no roster).
    A name counts when it is a whole roster name or a part only one student has."""
    if roster is None or ex.verdict == "block":
        return ex.verdict
    from ..recognizers.names import WHOLE_NAME

    for s, e, label in ex.spans:
        hit = roster.lookup(ex.post.text[s:e]) if label == "STUDENT_NAME" else None
        if hit and (hit[0] in WHOLE_NAME or len(hit[1]) == 1) and any(roster.students[i].opt_out for i in hit[1]):
            return "block"
    return ex.verdict


def presidio_baseline(examples: list[Example], model: str, known: re.Pattern | None) -> Result:
    """Presidio's AnalyzerEngine with its default recognizers and the same spaCy model, loaded offline."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from ..nlp import load_pipeline

    load_pipeline(model)  # fails with screener's clear message if the model is missing
    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    res = Result("presidio")
    for ex in examples:
        found = analyzer.analyze(ex.post.text, language="en")
        pred = [(r.start, r.end, PRESIDIO_MAP[r.entity_type]) for r in found if r.entity_type in PRESIDIO_MAP]
        labels = {lab for _, _, lab in pred}
        verdict = "block" if labels - {"STUDENT_NAME"} else "review" if labels else "pass"
        score_spans(res, ex.spans, pred)
        post_figures(res, ex, verdict, pred, hard_neg=hard_negative_names(ex, known))
    return res


def evaluate(corpus: str, roster: str | None = None, presidio: bool = True, rules=None,
             drafts: bool = False) -> list[Result]:
    """``drafts``: screen each post as ``screener check`` screens one draft, not as a batch."""
    from ..pipeline import Screener

    examples = read_corpus(corpus)
    base = Screener(rules=rules, rewrites=False, drafts=drafts)
    n = base.config.names
    known = known_names_pattern(n.public_figures + n.authors + n.characters)
    results = [evaluate_screener(examples, base, "screener", known)]
    if roster:
        with_roster = Screener(roster=roster, rules=rules, rewrites=False, drafts=drafts)
        results.append(evaluate_screener(examples, with_roster, "screener+roster", known))
    if presidio:
        results.append(presidio_baseline(examples, base.config.nlp_model, known))
    return results


POST_ROWS = [("verdict_accuracy", "verdict accuracy"), ("confidential_blocked", "confidential -> block"),
             ("non_confidential_blocked", "non-confidential -> block"), ("clean_passed", "clean -> pass"),
             ("missing_disclaimer_caught", "missing disclaimer caught"),
             ("disclaimer_present_accuracy", "disclaimer presence right"),
             ("disclaimer_required_accuracy", "disclaimer required right"),
             ("hard_negative_name_flagged", "staff/public-figure name flagged")]
WRONG_GROUPS = [("clean_not_passed", "clean, not pass"), ("confidential_not_blocked", "confidential, not block"),
                ("non_confidential_blocked", "non-conf., block")]
CAUSES = [f"{thing} {kind}" for thing in ("student name", "other span", "category", "missing disclaimer")
          for kind in ("found", "missed")] + ["none"]


def format_table(results: list[Result], n_posts: int) -> str:
    names = [r.name for r in results]
    w = 16
    lines = [f"{n_posts} posts. Span precision/recall/F1 (a prediction matches an overlapping gold span of "
             f"the same label; --json adds exact-offset counts)", ""]
    lines.append(f"{'label':<16}{'support':>8}  " + "".join(f"{n:>{w * 1 + 8}}" for n in names))
    for label in SPAN_LABELS + ("micro",):
        row = f"{label:<16}"
        support = results[0].spans[label].tp + results[0].spans[label].fn if label != "micro" else ""
        row += f"{support!s:>8}  "
        for r in results:
            if label == "micro":
                p, rc, f = r.micro()
                row += f"{p:>8.3f}/{rc:.3f}/{f:.3f}"
            else:
                c = r.spans[label]
                p, rc, f = c.prf()
                row += f"{p:>8.3f}/{rc:.3f}/{f:.3f}"
        lines.append(row)
    lines += ["", f"{'post level':<36}" + "".join(f"{n:>{w}}" for n in names)]
    for key, title in POST_ROWS:
        row = f"{title:<36}"
        for r in results:
            hit, n = r.posts.get(key, (0, 0))
            row += f"{(f'{hit / n:.3f} ({n})' if n else '-'):>{w}}"
        lines.append(row)
    scored = [(c := r.cats).tp + c.fn + c.fp > 0 for r in results]  # Presidio names no categories
    row = f"{'category micro-F1':<36}"
    for r, has in zip(results, scored):
        row += f"{(f'{r.cats.prf()[2]:.3f}' if has else '-'):>{w}}"
    lines.append(row)
    if any(scored):
        lines += ["", f"{'category':<18}{'support':>6}  " + "".join(f"{n:>{w * 1 + 8}}" for n in names)]
        for label in CATEGORIES:
            c0 = results[0].per_category[label]
            row = f"{label:<18}{c0.tp + c0.fn:>6}  "
            for r, has in zip(results, scored):
                row += "{:>8.3f}/{:.3f}/{:.3f}".format(*r.per_category[label].prf()) if has else f"{'-':>20}"
            lines.append(row)
    lines += format_wrong(results[0])
    if "screener+roster" in names:
        lines.append("(with the roster, naming a media opt-out student makes the gold verdict block)")
    return "\n".join(lines)


def format_wrong(res: Result) -> list[str]:
    """The "why verdicts were wrong" table for one result (the screener without a roster)."""
    if not res.wrong:
        return []
    w = 26
    (clean, n_clean), (conf, n_conf), (nonconf, _) = (
        res.posts.get(k, (0, 0)) for k in ("clean_passed", "confidential_blocked", "non_confidential_blocked"))
    posts = [n_clean - clean, n_conf - conf, nonconf]
    lines = ["", f"why verdicts were wrong ({res.name}; one post can count in several rows)",
             f"{'':<28}" + "".join(f"{title:>{w}}" for _, title in WRONG_GROUPS),
             f"{'posts':<28}" + "".join(f"{p:>{w}}" for p in posts)]
    for c in CAUSES:
        if any(res.wrong[g][c] for g, _ in WRONG_GROUPS):
            lines.append(f"{c:<28}" + "".join(f"{res.wrong[g][c]:>{w}}" for g, _ in WRONG_GROUPS))
    return lines
