"""Command line: a thin layer over the library. Exit 0 nothing to do, 1 action needed, 2 usage or
input error — always a one-line message, never a traceback."""
from __future__ import annotations

import functools
import os
import sys

import click

from .errors import InputError, ScreenerError

EXIT_OK, EXIT_ACTION, EXIT_ERROR = 0, 1, 2


def _common(f):
    """Options shared by check and scan."""
    f = click.option("--roster", type=click.Path(dir_okay=False), help="Roster CSV (SPEC columns).")(f)
    f = click.option("--config", "config", type=click.Path(dir_okay=False),
                     help="District YAML replacing rules/district.yaml.")(f)
    f = click.option("--rules", type=click.Path(file_okay=False), help="A whole rules directory.")(f)
    f = click.option("--show-evidence", is_flag=True, help="Include matched text in the output.")(f)
    f = click.option("--fail-on", type=click.Choice(["review", "block"]), default="review",
                     show_default=True, help="Lowest verdict that exits 1.")(f)
    return f


def _guard(f):
    """Turn screener's own errors into a one-line message and exit 2."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except ScreenerError as exc:
            click.echo(f"screener: error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("screener: interrupted", err=True)
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit):
            raise  # click prints its own one-line usage errors and exits 2
        except Exception as exc:  # never a traceback; never the post text either
            if os.environ.get("SCREENER_DEBUG"):
                raise
            click.echo(f"screener: internal error: {type(exc).__name__} (set SCREENER_DEBUG=1 for details)",
                       err=True)
            sys.exit(EXIT_ERROR)
    return wrapper


def _screener(roster, config, rules, rewrites: bool = True, drafts: bool = False):
    from .pipeline import Screener

    return Screener(roster=roster, config=config, rules=rules, rewrites=rewrites, drafts=drafts)


def _needs_action(verdict: str, fail_on: str) -> bool:
    return verdict == "block" or (fail_on == "review" and verdict == "review")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="screener")
def main():
    """Screen school staff social-media posts for confidential information."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("screener: %(levelname)s: %(message)s"))
    log = logging.getLogger("screener")
    log.handlers[:] = [handler]
    log.setLevel(logging.WARNING)
    log.propagate = False
    for level in (logging.WARNING, logging.ERROR):
        logging.addLevelName(level, logging.getLevelName(level).lower())


@main.command()
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--kind", type=click.Choice(["personal", "official"]), default=None, help="Kind of post.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fix", is_flag=True, help="Print a safe rewrite of the draft.")
@click.option("--bio", default=None, help="The account's profile text (a disclaimer there counts).")
@click.option("--platform", default=None, help="Where it will be posted (x, mastodon, ...) for length limits.")
@_common
@_guard
def check(file, kind, fmt, fix, bio, platform, roster, config, rules, show_evidence, fail_on):
    """Screen one draft from FILE or standard input."""
    from .types import Post

    text = _read_draft(file)
    account = {k: v for k, v in (("bio", bio), ("platform", platform)) if v} or None
    screener = _screener(roster, config, rules, drafts=True)
    post = Post(text=text, id=file, kind=kind, account=account)
    report = screener.screen(post)
    again = screener.screen_rewrite(post, report) if fix else None
    if fmt == "json":
        out = report.to_dict(show_evidence)
        if fix:
            out["redacted"] = report.redacted
            out["redacted_verdict"] = again.verdict
        import json

        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        from .report.text import render

        click.echo(render(report, text, colour=sys.stdout.isatty(), evidence=show_evidence, fix=fix, kind=kind,
                          rewrite=again))
    sys.exit(EXIT_ACTION if _needs_action(report.verdict, fail_on) else EXIT_OK)


def _read_draft(file: str) -> str:
    name = "<stdin>" if file == "-" else file
    try:
        raw = sys.stdin.buffer.read() if file == "-" else open(file, "rb").read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", name) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}", name,
                         raw[:exc.start].count(b"\n") + 1) from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "sarif", "html"]), default="jsonl",
              show_default=True, help="jsonl (SPEC objects), csv, sarif (2.1.0) or a self-contained html summary.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Screen here, or on a Dask cluster (docs/dask.md).")
@click.option("--scheduler", default=None, help="Dask scheduler address for --engine dask (tcp://host:8786).")
@click.option("--db", type=click.Path(),
              help="Scan store (SQLite): resume an interrupted scan, screen only new or changed posts, "
                   "leave out reviewed findings.")
@click.option("--kind", type=click.Choice(["personal", "official"]), default=None,
              help="Kind of the posts whose input does not say (platform exports never do); only personal "
                   "posts are checked for a personal-views disclaimer.")
@_common
@_guard
def scan(paths, fmt, output, jobs, engine, scheduler, db, kind, roster, config, rules, show_evidence, fail_on):
    """Screen archives (JSON Lines, CSV, text folders, X/Facebook/Instagram/Mastodon exports, zips):
    one report per input post, in input order."""
    from contextlib import closing

    from .progress import Progress, estimate_total
    from .report import get_writer
    from .scan import ScanSummary, dask_engine, scan_posts

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")

    summary = ScanSummary()
    progress = Progress()

    def on_error(err: InputError) -> None:
        summary.errors += 1
        progress.echo(f"screener: error: {err}")

    action = finished = False
    with _open_store(db) as store, _stop_on_sigterm():
        # Only the JSON Lines output shows the safe rewrite, and only with the evidence.
        screener = _screener(roster, config, rules, rewrites=show_evidence and fmt == "jsonl")
        out = _open_output(output)
        writer = get_writer(fmt, out, evidence=show_evidence)
        remote = dask_engine(screener, scheduler) if engine == "dask" else None
        if progress.enabled:
            progress.total = estimate_total(paths)
        try:
            with closing(scan_posts(screener, paths, on_error, jobs=jobs, summary=summary, store=store,
                                    engine=remote, kind=kind)) as pairs:
                for post, report in pairs:
                    _write(out, lambda: writer.write(report, post), output)
                    action = action or _needs_action(report.verdict, fail_on)
                    progress.update(summary.posts)
            _write(out, lambda: writer.close(summary.to_dict()), output)
            finished = True
        finally:
            if output:
                out.close()
            progress.close()
            click.echo(_summary_line(summary, finished, db), err=True)
    sys.exit(EXIT_ERROR if summary.errors else EXIT_ACTION if action else EXIT_OK)


def _summary_line(summary, finished: bool, db: str | None) -> str:
    if finished:
        return f"screener: {summary.line()}"
    return f"screener: stopped: {summary.line()}" + ("; rerun the same command to resume" if db else "")


def _open_store(db: str | None):
    """The scan store for --db (a context manager that commits on exit), or none."""
    import contextlib

    if not db:
        return contextlib.nullcontext()
    from .store import Store

    return Store(db)


def _open_output(output: str | None):
    try:
        return open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", output) from None


class _stop_on_sigterm:
    """While scanning, ``kill`` stops like Ctrl-C: the scan commits what it screened before exiting."""

    def __enter__(self):
        import signal

        self.pid = os.getpid()
        try:
            self.previous = signal.signal(signal.SIGTERM, self._handle)
        except ValueError:  # not the main thread
            self.previous = None
        return self

    def _handle(self, signum, frame):
        import signal

        if os.getpid() != self.pid:  # a worker process forked from us: die as usual
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    def __exit__(self, *exc):
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        return False


def _write(out, write, output: str | None) -> None:
    """Run one write to the output; a full disk or closed pipe is an error naming the output, not a crash."""
    try:
        write()
    except OSError as exc:
        raise InputError(f"write failed: {exc.strerror or exc}", output or "<stdout>") from None


@main.command()
@click.argument("findings", nargs=-1)
@click.option("--db", required=True, type=click.Path(), help="The scan store made by 'scan --db'.")
@click.option("--status", type=click.Choice(["open", "confirmed", "false_positive", "accepted", "all"]),
              default="open", show_default=True, help="Which findings to list.")
@click.option("--label", default=None, help="Only findings with this label (STUDENT_NAME, ...).")
@click.option("--confirm", "action", flag_value="confirmed", help="Mark FINDINGS as real.")
@click.option("--false-positive", "action", flag_value="false_positive", help="Mark FINDINGS as not what they say.")
@click.option("--accept", "action", flag_value="accepted", help="Mark FINDINGS as real but allowed.")
@click.option("--reopen", "action", flag_value="open", help="Take back the last label of FINDINGS.")
@click.option("--reason", default=None, help="Why (required with a label).")
@click.option("--by", default=None, help="Who is reviewing (default: $USER).")
@click.option("--stats", is_flag=True, help="Precision per recognizer from the review labels.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option("--show-evidence", is_flag=True, hidden=True)
@_guard
def review(findings, db, status, label, action, reason, by, stats, fmt, show_evidence):
    """List stored findings, label them, or show what the labels say.

    \b
    screener review --db scan.sqlite                      open findings
    screener review --db scan.sqlite ID --accept --reason "district's published number"
    screener review --db scan.sqlite ID                   the audit trail of one finding
    screener review --db scan.sqlite --stats              precision per recognizer

    Accepted and false-positive findings are not raised again by later scans with the same --db.
    """
    import json

    from . import review as rv
    from .store import Store

    if show_evidence:
        raise ScreenerError("--show-evidence: the scan store keeps no matched text, only a keyed fingerprint; "
                            "run 'screener scan --show-evidence' on the archive to see it")
    if action and not findings:
        raise ScreenerError("give the id of each finding to label ('screener review --db DB' lists them)")
    with Store(db, create=False) as store:
        if stats:
            table = rv.precision(store)
            lines = ([json.dumps(s.to_dict()) for s in table] if fmt == "jsonl" else [rv.format_stats(table)])
        elif action:
            done = [rv.mark(store, f, action, reason, by) for f in findings]
            lines = ([json.dumps(r.to_dict()) for r in done] if fmt == "jsonl" else
                     [f"{r.finding}: {r.status} by {r.by} at {r.at}: {r.reason}" for r in done])
        elif findings:
            trail = [r for f in findings for r in rv.history(store, f)]
            lines = ([json.dumps(r.to_dict()) for r in trail] if fmt == "jsonl" else
                     [f"{r.finding}: {r.status} by {r.by} at {r.at}: {r.reason}" for r in trail]
                     or ["no labels yet: the finding is open"])
        else:
            rows = rv.list_findings(store, status, label)
            lines = ([json.dumps(r.to_dict(), ensure_ascii=False) for r in rows] if fmt == "jsonl" else
                     [rv.format_findings(rows, status)])
    for line in lines:
        click.echo(line)
    sys.exit(EXIT_OK)


@main.group()
def rules():
    """Validate the declarative rules."""


@rules.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--config", "config", type=click.Path(dir_okay=False), help="District YAML to check instead.")
@_guard
def rules_check(directory, config):
    """Validate every rules file and run the examples embedded in each rule."""
    from .rulecheck import check_examples

    failures, total = check_examples(directory, config)
    for line in failures:
        click.echo(f"screener: rule example failed: {line}", err=True)
    click.echo(f"rules ok: {total - len(failures)}/{total} examples behave as declared"
               if not failures else f"{len(failures)} of {total} rule examples failed")
    sys.exit(EXIT_ERROR if failures else EXIT_OK)


@main.command()
@click.option("--corpora", type=click.Path(file_okay=False), default=None,
              help="Corpus directory (default: the bundled corpora/).")
@click.option("--stance", is_flag=True,
              help="Retrain the stance reader instead (needs PyTorch: scripts/setup.sh --train; about an hour).")
@click.option("--category-reader", is_flag=True,
              help="Retrain the category reader instead, after screener train (needs PyTorch; about 45 minutes).")
@click.option("--keep-folds", type=click.Path(file_okay=False), default=None,
              help="With --stance: keep each cross-validation fold's reader here (scripts/unseen_writers.py).")
@click.option("--from-folds", type=click.Path(file_okay=False, exists=True), default=None,
              help="With --stance: choose the thresholds again with the readers an earlier --keep-folds run "
                   "on this corpus kept, without fine-tuning (minutes; no PyTorch).")
@click.option("--keep-weights", is_flag=True,
              help="With --category-reader: keep the reader fitted on this corpus and choose its threshold and "
                   "band again with the n-gram heads screener train just built (fits the half-writer fold only).")
@_guard
def train(corpora, stance, category_reader, keep_folds, from_folds, keep_weights):
    """Rebuild models/ from corpora/ (deterministic; the dev split is never read)."""
    from pathlib import Path

    from .classify.artifacts import MODELS_DIR
    from .classify.train import CORPORA, train_all

    corpora = Path(corpora) if corpora else CORPORA
    log = lambda m: click.echo(m, err=True)  # noqa: E731
    if stance:
        from .classify.stance_train import train_stance

        train_stance(corpora, MODELS_DIR, log=log, keep_folds=Path(keep_folds) if keep_folds else None,
                     folds_from=Path(from_folds) if from_folds else None)
    elif category_reader:
        from .classify.category_reader_train import train_category_reader

        train_category_reader(corpora, MODELS_DIR, log=log, keep_weights=keep_weights)
    else:
        train_all(corpora, log=log)


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--with-roster", "roster", type=click.Path(exists=True, dir_okay=False),
              help="Also score with this roster.")
@click.option("--no-presidio", is_flag=True, help="Skip the Presidio out-of-the-box baseline.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--drafts", is_flag=True,
              help="Screen each post as `screener check` screens a draft (draft_category_encoder).")
@click.option("--rules", type=click.Path(file_okay=False))
@_guard
def eval_cmd(corpus, roster, no_presidio, as_json, drafts, rules):
    """Precision/recall/F1 per label and post-level figures on a labelled CORPUS."""
    import json

    from .classify.corpus import read_corpus
    from .classify.evaluate import evaluate, format_table

    results = evaluate(corpus, roster=roster, presidio=not no_presidio, rules=rules, drafts=drafts)
    if as_json:
        click.echo(json.dumps({r.name: r.to_dict() for r in results}, indent=2))
    else:
        click.echo(format_table(results, len(read_corpus(corpus))))
