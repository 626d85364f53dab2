"""A self-contained HTML summary: one file, inline CSS and inline SVG charts, no script, no network.

Counts by verdict, span label, category, account and month, each with a bar chart, and the worst
posts (block before review, then most findings, then input order) with every finding masked as
``[LABEL]`` unless evidence is asked for. Everything from the input is HTML-escaped, and a
Content-Security-Policy forbids the page from loading anything.

Memory is bounded: counters, plus a heap of the WORST worst posts (their masked text only).

Account: ``post.account["handle"]``, else "unknown". Month: ``YYYY-MM`` from ``post.account["created"]``
(an ISO date/time string, or a Unix timestamp in seconds), else "unknown" — SPEC posts carry no date.
"""
from __future__ import annotations

import heapq
from collections import Counter
from datetime import datetime, timezone
from html import escape
from typing import Any, TextIO

from ..types import Post, Report
from .csv_report import evidence_text

WORST = 20
TOP_ROWS = 50          # accounts listed in full up to this many; the rest are summed into one line
MAX_SHOWN_CHARS = 2000  # a worst post's text is cut after this many characters
VERDICT_ORDER = ("block", "review", "pass")
RANK = {"block": 2, "review": 1, "pass": 0}
COLOURS = {"block": "#c62828", "review": "#ef8f00", "pass": "#2e7d32", None: "#3f6fb5"}

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;
 padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem}
.card b{display:block;font-size:1.5rem}
.block{color:#c62828}.review{color:#ef8f00}.pass{color:#2e7d32}
.post{border:1px solid #ddd;border-left:.35rem solid #999;border-radius:.3rem;padding:.5rem .9rem;margin:1rem 0}
.post.v-block{border-left-color:#c62828}.post.v-review{border-left-color:#ef8f00}
.text{white-space:pre-wrap;word-break:break-word;background:#fafafa;padding:.5rem;border-radius:.2rem}
mark{background:#ffe08a;padding:0 .1rem;border-radius:.15rem}
svg text{font-size:12px;font-family:inherit}
"""


def month_of(post: Post | None) -> str:
    """``YYYY-MM`` from the post's ``account["created"]`` (ISO string or Unix seconds), else "unknown"."""
    created = ((post.account or {}).get("created") if post is not None else None)
    try:
        if isinstance(created, bool) or created is None:
            return "unknown"
        if isinstance(created, (int, float)):
            return datetime.fromtimestamp(created, tz=timezone.utc).strftime("%Y-%m")
        if isinstance(created, str) and created.strip():
            value = created.strip()
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).strftime("%Y-%m")
            except ValueError:
                if len(value) >= 7 and value[4] == "-" and value[:4].isdigit() and value[5:7].isdigit() \
                        and 1 <= int(value[5:7]) <= 12:
                    return value[:7]
    except (OverflowError, OSError, ValueError):
        pass
    return "unknown"


def account_of(post: Post | None) -> str:
    handle = (post.account or {}).get("handle") if post is not None else None
    return str(handle) if handle not in (None, "") else "unknown"


def marked_html(text: str, findings, evidence: bool, limit: int | None = None) -> str:
    """The post text, escaped, with each finding masked as [LABEL] (or highlighted, with evidence).

    Overlapping findings are merged so no part of any matched span is ever shown unmasked. With
    ``limit``, text after that many characters is left out (a span that starts before the limit is
    shown whole, masked) and an ellipsis marks the cut."""
    spans = sorted((f.start, f.end, f.label) for f in findings if 0 <= f.start < f.end <= len(text))
    merged: list[list[Any]] = []
    for start, end, label in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([start, end, [label]])
    stop = len(text) if limit is None else min(len(text), limit)
    out, pos = [], 0
    for start, end, labels in merged:
        if start >= stop:
            break
        out.append(escape(text[pos:start]))
        tag = "/".join(labels)
        if evidence:
            out.append(f'<mark title="{escape(tag)}">{escape(text[start:end])}</mark>')
        else:
            out.append(f"<mark>[{escape(tag)}]</mark>")
        pos = end
    end = max(pos, stop)
    out.append(escape(text[pos:end]))
    if end < len(text):
        out.append("\u2026")
    return "".join(out)


def bar_chart(rows: list[tuple[str, int]], title: str, colour_of=lambda name: COLOURS[None]) -> str:
    """An inline SVG horizontal bar chart of (name, count) rows."""
    if not rows:
        return ""
    width, label_w, bar_h, gap = 640, 170, 18, 6
    top = max(count for _, count in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}">', f"<title>{escape(title)}</title>"]
    span = width - label_w - 60
    for i, (name, count) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = round(span * count / top) if count else 0
        short = name if len(name) <= 24 else name[:23] + "\u2026"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{escape(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="{colour_of(name)}"/>')
        parts.append(f'<text x="{label_w + w + 4}" y="{y + bar_h - 5}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


class HtmlWriter:
    def __init__(self, out: TextIO, evidence: bool = False) -> None:
        self.out = out
        self.evidence = evidence
        self.posts = 0
        self.verdicts: Counter = Counter()
        self.label_findings: Counter = Counter()
        self.label_posts: Counter = Counter()
        self.categories: Counter = Counter()
        self.accounts: dict[str, Counter] = {}
        self.months: dict[str, Counter] = {}
        self.disclaimer_missing = 0
        self._worst: list[tuple] = []  # min-heap of (rank, findings, -seq, entry)

    def write(self, report: Report, post: Post | None = None) -> None:
        self.posts += 1
        self.verdicts[report.verdict] += 1
        for f in report.findings:
            self.label_findings[f.label] += 1
        for label in {f.label for f in report.findings}:
            self.label_posts[label] += 1
        for cat in report.categories:
            self.categories[cat] += 1
        if report.disclaimer.required and not report.disclaimer.present:
            self.disclaimer_missing += 1
        self.accounts.setdefault(account_of(post), Counter())[report.verdict] += 1
        self.months.setdefault(month_of(post), Counter())[report.verdict] += 1
        if report.verdict in ("block", "review"):
            key = (RANK[report.verdict], len(report.findings), -self.posts)
            if len(self._worst) < WORST or key > self._worst[0][:3]:
                item = key + (self._entry(report, post),)
                if len(self._worst) < WORST:
                    heapq.heappush(self._worst, item)
                else:
                    heapq.heapreplace(self._worst, item)

    def _entry(self, report: Report, post: Post | None) -> dict:
        """What the worst-posts list shows of a post: rendered now, so the heap holds no raw text."""
        text = (marked_html(post.text, report.findings, self.evidence, MAX_SHOWN_CHARS)
                if post is not None else None)
        rows = []
        for f in report.findings:
            cells = [escape(f.label), str(f.start), str(f.end), f"{f.score:.2f}", escape(f.recognizer),
                     escape(f.reason)]
            if self.evidence:
                cells.append(escape(evidence_text(f, post)))
            rows.append(cells)
        return {"id": report.id, "verdict": report.verdict, "account": account_of(post),
                "text": text, "rows": rows, "categories": list(report.categories),
                "reasons": list(report.reasons),
                "disclaimer_missing": report.disclaimer.required and not report.disclaimer.present}

    # ---- output ----------------------------------------------------------------------------------
    def close(self, summary: dict | None = None) -> None:
        w = self.out.write
        w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n"
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          "<title>screener report</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n")
        w("<h1>screener report</h1>\n")
        w('<p class="note">'
          + ("Evidence shown: this report contains the matched confidential text. Handle it as confidential."
             if self.evidence else
             "Matched text is masked as [LABEL]. The report still describes confidential findings: "
             "share it only with people who need it.") + "</p>\n")
        self._cards(w, summary)
        self._section(w, "Verdicts", "verdict", [(v, self.verdicts.get(v, 0)) for v in VERDICT_ORDER],
                      colour_of=lambda name: COLOURS.get(name, COLOURS[None]))
        self._labels(w)
        self._section(w, "Sensitive categories", "category", self.categories.most_common(),
                      empty="No post was put in a sensitive category.", unit="posts")
        self._breakdown(w, "Accounts", "account", self.accounts, by_count=True)
        self._breakdown(w, "Months", "month", self.months, by_count=False)
        self._worst_posts(w)
        w("</body>\n</html>\n")
        self.out.flush()

    def _cards(self, w, summary: dict | None) -> None:
        cards = [("posts", self.posts, "")] + [(v, self.verdicts.get(v, 0), v) for v in VERDICT_ORDER]
        if summary and "errors" in summary:
            cards.append(("input errors", int(summary.get("errors") or 0), ""))
        cards.append(("disclaimer missing", self.disclaimer_missing, ""))
        w('<div class="cards">')
        for name, count, cls in cards:
            w(f'<div class="card"><b class="{cls}">{count}</b>{escape(name)}</div>')
        w("</div>\n")

    def _section(self, w, title: str, key: str, rows: list[tuple[str, int]], *, colour_of=None,
                 empty: str = "", unit: str = "posts") -> None:
        w(f"<h2>{escape(title)}</h2>\n")
        if not any(count for _, count in rows):
            w(f'<p class="note">{escape(empty or "Nothing to count.")}</p>\n')
            return
        w(bar_chart(rows, title, colour_of or (lambda name: COLOURS[None])) + "\n")
        w(f"<table><tr><th>{escape(key)}</th><th>{escape(unit)}</th></tr>")
        for name, count in rows:
            w(f'<tr><td>{escape(name)}</td><td class="n">{count}</td></tr>')
        w("</table>\n")

    def _labels(self, w) -> None:
        w("<h2>Findings by label</h2>\n")
        rows = self.label_findings.most_common()
        if not rows:
            w('<p class="note">No findings.</p>\n')
            return
        w(bar_chart(rows, "Findings by label") + "\n")
        w("<table><tr><th>label</th><th>findings</th><th>posts</th></tr>")
        for label, count in rows:
            w(f'<tr><td>{escape(label)}</td><td class="n">{count}</td>'
              f'<td class="n">{self.label_posts[label]}</td></tr>')
        w("</table>\n")

    def _breakdown(self, w, title: str, key: str, table: dict[str, Counter], by_count: bool) -> None:
        w(f"<h2>{escape(title)}</h2>\n")
        if not table:
            w('<p class="note">No posts.</p>\n')
            return
        if by_count:  # most flagged first
            names = sorted(table, key=lambda n: (-table[n]["block"], -table[n]["review"],
                                                 -sum(table[n].values()), n))
        else:  # chronological, "unknown" last
            names = sorted(table, key=lambda n: (n == "unknown", n))
        shown, rest = names[:TOP_ROWS], names[TOP_ROWS:]
        flagged = [(n, table[n]["block"] + table[n]["review"]) for n in shown]
        if any(count for _, count in flagged):
            w(f'<p class="note">Posts needing action (block or review) per {escape(key)}.</p>\n')
            w(bar_chart(flagged, f"{title}: posts needing action") + "\n")
        w(f"<table><tr><th>{escape(key)}</th><th>posts</th><th>block</th><th>review</th><th>pass</th></tr>")
        for n in shown:
            c = table[n]
            w(f'<tr><td>{escape(n)}</td><td class="n">{sum(c.values())}</td><td class="n">{c["block"]}</td>'
              f'<td class="n">{c["review"]}</td><td class="n">{c["pass"]}</td></tr>')
        if rest:
            total = Counter()
            for n in rest:
                total.update(table[n])
            w(f'<tr><td>{len(rest)} more</td><td class="n">{sum(total.values())}</td>'
              f'<td class="n">{total["block"]}</td><td class="n">{total["review"]}</td>'
              f'<td class="n">{total["pass"]}</td></tr>')
        w("</table>\n")

    def _worst_posts(self, w) -> None:
        worst = [item[3] for item in sorted(self._worst, key=lambda item: item[:3], reverse=True)]
        w(f"<h2>Worst posts (up to {WORST})</h2>\n")
        if not worst:
            w('<p class="note">No post needs action.</p>\n')
            return
        for e in worst:
            v = e["verdict"]
            w(f'<div class="post v-{escape(v)}"><p><b class="{escape(v)}">{escape(v.upper())}</b> '
              f'post <code>{escape(e["id"])}</code> by {escape(e["account"])}</p>\n')
            if e["text"] is not None:
                w(f'<div class="text">{e["text"]}</div>\n')
            if e["reasons"]:
                w("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in e["reasons"]) + "</ul>\n")
            if e["categories"]:
                w(f'<p>Sensitive categories: {escape(", ".join(e["categories"]))}</p>\n')
            if e["disclaimer_missing"]:
                w("<p>Personal-views disclaimer: missing</p>\n")
            if e["rows"]:
                head = ["label", "start", "end", "score", "recognizer", "reason"]
                if self.evidence:
                    head.append("evidence")
                w("<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
                for cells in e["rows"]:
                    w("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                w("</table>\n")
            w("</div>\n")
