"""`screener eval`'s arithmetic (classify/evaluate.py) on four hand-scored posts, with the screener's
answers given rather than computed: what counts as a hit, and how the table reports it."""
from __future__ import annotations

from screener.classify.corpus import Example
from screener.classify.evaluate import Result, evaluate_screener, format_table, known_names_pattern
from screener.types import Disclaimer, Finding, Post, Report

TEXT = "Maya Okafor got suspended, call 845-555-0143"


def example(id, categories, verdict, spans=(), required=False, present=False):
    return Example(Post(text=TEXT, id=id, kind="personal"), tuple(spans), tuple(categories), required, present,
                   verdict)


def report(id, categories, verdict, findings=(), required=False, present=False):
    return Report(id=id, verdict=verdict, findings=tuple(findings), categories=tuple(categories),
                  disclaimer=Disclaimer(required, present), policy=())


def finding(label, start, end):
    return Finding(label=label, start=start, end=end, score=0.9, reason="", recognizer="", text=TEXT[start:end])


GOLD = [
    example("a", ["DISCIPLINE"], "block", [(0, 11, "STUDENT_NAME"), (32, 44, "PHONE_NUMBER")]),
    example("b", ["DISCIPLINE", "HEALTH"], "block"),
    example("c", [], "pass", required=True),
    example("d", [], "review", [(0, 4, "STUDENT_NAME")]),
]
SAID = [
    report("a", ["DISCIPLINE", "FAMILY"], "block", [finding("STUDENT_NAME", 0, 4), finding("PHONE_NUMBER", 26, 31)]),
    report("b", ["HEALTH"], "review"),
    report("c", [], "review", required=True),
    report("d", [], "review", [finding("STUDENT_NAME", 0, 4)]),
]


class Given:
    """A screener whose answers are fixed: the evaluation, not the models, is under test."""
    roster = None

    def screen_many(self, posts):
        return iter(SAID)


def scored() -> Result:
    return evaluate_screener(GOLD, Given(), "screener", known_names_pattern([]))


def test_spans_match_by_overlap_and_count_exact_offsets_apart():
    res = scored()
    name, phone = res.spans["STUDENT_NAME"], res.spans["PHONE_NUMBER"]
    assert (name.tp, name.fp, name.fn, name.exact_tp) == (2, 0, 0, 1)  # "Maya" overlaps "Maya Okafor"
    assert (phone.tp, phone.fp, phone.fn) == (0, 1, 1)  # "call " does not overlap the number


def test_post_figures_are_the_issue_targets():
    posts = scored().to_dict()["posts"]
    assert posts["confidential_blocked"] == {"rate": 0.5, "n": 2}
    assert posts["non_confidential_blocked"] == {"rate": 0.0, "n": 2}
    assert posts["clean_passed"] == {"rate": 0.0, "n": 1}
    assert posts["disclaimer_required_accuracy"] == {"rate": 1.0, "n": 4}
    assert "missing_disclaimer_caught" in posts and posts["missing_disclaimer_caught"]["n"] == 1


def test_categories_scored_per_category_and_micro():
    out = scored().to_dict()
    assert out["categories"] == {"p": 2 / 3, "r": 2 / 3, "f": 2 / 3}  # tp 2 (DISCIPLINE, HEALTH), fp 1, fn 1
    per = out["per_category"]
    assert per["DISCIPLINE"] == {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}
    assert per["HEALTH"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert per["FAMILY"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    table = format_table([scored()], len(GOLD))
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines() if line.strip()}
    assert rows["DISCIPLINE"] == ["2", "1.000/0.500/0.667"]
    assert rows["SECURITY"] == ["0", "0.000/0.000/0.000"]


def test_differences_name_what_a_report_got_wrong():
    from screener.classify.evaluate import differences

    assert differences(GOLD[0], SAID[0]) == [("found", "PHONE_NUMBER", (26, 31)), ("missed", "PHONE_NUMBER", (32, 44)),
                                             ("found", "FAMILY", None)]
    asked = report("x", [], "review", required=True)
    assert differences(example("x", [], "pass"), asked) == [("found", "DISCLAIMER", None)]
    assert differences(example("x", [], "pass", required=True, present=True), report("x", [], "pass")) == []


def test_wrong_verdicts_counted_by_what_went_wrong():
    res = scored()
    assert res.to_dict()["wrong"] == {"clean_not_passed": {"none": 1},
                                      "confidential_not_blocked": {"category missed": 1}}
    table = format_table([res], len(GOLD))
    rows = {line[:28].strip(): line[28:].split() for line in table.split("why verdicts were wrong")[1].splitlines()}
    assert rows["posts"] == ["1", "1", "0"]
    assert rows["category missed"] == ["0", "1", "0"]
    assert rows["none"] == ["1", "0", "0"]
