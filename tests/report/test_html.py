"""HTML writer: a self-contained page with the counts, charts and worst posts, masked unless evidence."""
from __future__ import annotations

import dataclasses
import re
from html import escape
from html.parser import HTMLParser

from screener.report import HtmlWriter
from screener.report.html import WORST, marked_html, month_of
from screener.types import Disclaimer, Finding, Post, Report

from ._samples import SECRETS, run, samples

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Checker(HTMLParser):
    """Parses the page, checks every element is closed in order, and collects text and tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Checker:
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == [] and checker.stack == [], (checker.errors, checker.stack)
    return checker


def row(*cells) -> str:
    """A table row as the writer writes it: first cell a name, the rest right-aligned numbers."""
    first, *rest = cells
    return f"<tr><td>{escape(str(first))}</td>" + "".join(f'<td class="n">{c}</td>' for c in rest) + "</tr>"


def test_well_formed_and_self_contained():
    page = run(HtmlWriter)
    checker = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    tags = {tag for tag, _ in checker.tags}
    assert "svg" in tags and "rect" in tags and "style" in tags
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    for _, attrs in checker.tags:  # nothing to fetch: no src, no external href
        assert "src" not in attrs
        assert not str(attrs.get("href", "")).startswith(("http", "//"))
    assert "default-src 'none'" in page


def test_counts_by_verdict_label_category_account_and_month():
    page = run(HtmlWriter, summary={"posts": 5, "errors": 1, "verdicts": {}})
    assert row("block", 2) in page and row("review", 2) in page and row("pass", 1) in page
    # label: findings, posts
    assert row("STUDENT_NAME", 2, 2) in page and row("PHONE_NUMBER", 1, 1) in page
    assert row("CREDENTIAL", 1, 1) in page
    assert row("FAMILY", 1) in page and row("SECURITY", 1) in page
    # account: posts, block, review, pass
    assert row("@ms_rivera", 2, 1, 1, 0) in page
    assert row("@coach", 1, 0, 1, 0) in page
    assert row("unknown", 1, 0, 0, 1) in page
    assert row("<script>alert(1)</script>", 1, 1, 0, 0) in page
    # month: ISO string and Unix seconds both give 2024-03
    assert row("2024-03", 2, 1, 1, 0) in page and row("2023-11", 1, 1, 0, 0) in page
    assert row("unknown", 2, 0, 1, 1) in page
    assert page.index(row("2023-11", 1, 1, 0, 0)) < page.index(row("2024-03", 2, 1, 1, 0))  # chronological
    assert '<b class="">1</b>input errors' in page


def test_charts_have_one_bar_per_row():
    checker = parse(run(HtmlWriter))
    svgs = [attrs for tag, attrs in checker.tags if tag == "svg"]
    assert len(svgs) >= 5  # verdicts, labels, categories, accounts, months
    assert any(a.get("aria-label") == "Verdicts" for a in svgs)


def test_no_matched_text_without_evidence():
    page = run(HtmlWriter)
    for secret in SECRETS:
        assert secret not in page and escape(secret) not in page
    assert "<mark>[STUDENT_NAME]</mark>" in page and "<mark>[CREDENTIAL]</mark>" in page
    # the rest of the post is there, escaped
    assert "Call his mom at <mark>[PHONE_NUMBER]</mark> &lt;b&gt;now&lt;/b&gt;" in page


def test_matched_text_with_evidence():
    page = run(HtmlWriter, evidence=True)
    parse(page)
    assert '<mark title="STUDENT_NAME">Liam Ortiz</mark>' in page
    assert "=Tr0ub4dor&amp;3" in page  # escaped
    assert "<td>845-555-0143</td>" in page  # the evidence column


def test_everything_from_the_input_is_escaped():
    page = run(HtmlWriter, evidence=True)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<x>" not in page and "<b>now</b>" not in page and "<i>wrong</i>" not in page


def test_worst_posts_block_first_then_most_findings():
    page = run(HtmlWriter)
    order = re.findall(r"post <code>(.*?)</code>", page)
    assert order == ["p-1", "=p/4 x", "p-5", "p-2"]  # pass posts are not listed
    assert "Personal-views disclaimer: missing" in page


def _report(i: int, verdict: str, n: int) -> tuple[Post, Report]:
    text = " ".join(f"name{j}" for j in range(n)) or "nothing here"
    findings = tuple(Finding("STUDENT_NAME", 6 * j, 6 * j + 5, 0.9, "roster", "roster match", text=f"name{j}")
                     for j in range(n))
    return (Post(text=text, id=f"q{i}"),
            Report(id=f"q{i}", verdict=verdict, findings=findings, categories=(),
                   disclaimer=Disclaimer(False, False), policy=()))


def test_only_the_worst_are_kept():
    pairs = [_report(i, "review", i % 4) for i in range(100)] + [_report(100 + i, "block", 1) for i in range(3)]
    import io

    out = io.StringIO()
    writer = HtmlWriter(out)
    for post, report in pairs:
        writer.write(report, post)
        assert len(writer._worst) <= WORST  # bounded, however many posts
    writer.close()
    page = out.getvalue()
    parse(page)
    order = re.findall(r"post <code>(.*?)</code>", page)
    assert len(order) == WORST
    assert order[:3] == ["q100", "q101", "q102"]  # blocks first, in input order
    assert order[3:8] == ["q3", "q7", "q11", "q15", "q19"]  # then the most findings, earliest first
    assert row("review", 100) in page and row("block", 3) in page


def test_overlapping_findings_are_masked_whole():
    text = "call Liam Ortiz now"
    fs = [Finding("STUDENT_NAME", 5, 15, 0.9, "r", "x"), Finding("PERSON", 10, 15, 0.5, "r", "y")]
    assert marked_html(text, fs, evidence=False) == "call <mark>[STUDENT_NAME/PERSON]</mark> now"
    assert marked_html(text, [Finding("PERSON", 2, 12, 0.5, "r", "y")] + fs[:1], evidence=False) == \
        "ca<mark>[PERSON/STUDENT_NAME]</mark> now"


def test_long_posts_are_cut_but_never_inside_a_finding():
    text = "a" * 30 + "SECRET" + "b" * 30
    f = Finding("CREDENTIAL", 30, 36, 0.9, "r", "x")
    assert marked_html(text, [f], False, limit=33) == "a" * 30 + "<mark>[CREDENTIAL]</mark>\u2026"
    assert marked_html(text, [f], False, limit=10) == "a" * 10 + "\u2026"


def test_month_of():
    def post(created):
        return Post(text="x", account={"created": created})

    assert month_of(post("2024-03-15T10:00:00Z")) == "2024-03"
    assert month_of(post("2024-03")) == "2024-03"
    assert month_of(post(1709251200)) == "2024-03"
    assert month_of(post("last week")) == "unknown"
    assert month_of(post(True)) == "unknown"
    assert month_of(Post(text="x")) == "unknown"
    assert month_of(None) == "unknown"


def test_empty_scan_is_a_valid_page():
    page = run(HtmlWriter, [])
    parse(page)
    assert "No post needs action." in page and row("block", 0) not in page


def test_works_without_posts():
    page = run(HtmlWriter, [(None, report) for _, report in samples()])
    parse(page)
    assert row("unknown", 5, 2, 2, 1) in page
    for secret in SECRETS:
        assert secret not in page


def test_reports_with_identical_keys_do_not_compare_entries():
    post, report = samples()[0]
    pairs = [(post, dataclasses.replace(report, id=f"same{i}")) for i in range(WORST + 5)]
    parse(run(HtmlWriter, pairs))
