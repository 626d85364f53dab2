"""Scale-out on Dask (screener.engines.dask_engine): a LocalCluster on loopback screens the same posts
as a local Screener, with the same results in the same order; each worker builds its Screener and
loads the model once; memory stays bounded; errors come back to the caller."""
from __future__ import annotations

import shutil
import time

import pytest

distributed = pytest.importorskip("distributed")

from screener import ConfigError, InputError, Post, Screener  # noqa: E402
from screener.classify.corpus import read_corpus  # noqa: E402
from screener.engines import screen_on_dask  # noqa: E402
from screener.engines import dask_engine  # noqa: E402

from conftest import ROOT, block_network  # noqa: E402

ROSTER = ROOT / "corpora" / "roster.csv"
LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Like conftest's guard, but the cluster's loopback connections are allowed."""
    block_network(monkeypatch, allowed_hosts=LOOPBACK)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=40) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster):
    from distributed import Client

    with Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


@pytest.fixture(scope="module")
def posts() -> list[Post]:
    """~40 varied dev posts (personal and official, every verdict) and a few edge cases."""
    examples = read_corpus(ROOT / "corpora" / "dev.jsonl")
    chosen = [e.post for e in examples[::max(1, len(examples) // 36)]]
    chosen += [e.post for e in examples if e.post.kind == "official"][:3]
    chosen += [Post(text="", id="empty"), Post(text="Ünïcode — café ☕ 845-555-0143", id="unicode"),
               Post(text="Call 845-555-0143. " * 200, id="long", kind="personal",
                    account={"platform": "x", "bio": "Teacher. Views my own."})]
    assert 38 <= len(chosen) <= 45
    return chosen


@pytest.fixture(scope="module")
def local_reports(posts):
    return [r.to_dict(evidence=True) for r in Screener(roster=ROSTER).screen_many(posts)]


def test_results_match_a_local_scan_in_order(client, posts, local_reports):
    verdicts = {r["verdict"] for r in local_reports}
    assert verdicts == {"pass", "review", "block"}  # the sample is varied
    args = Screener(roster=ROSTER).worker_args()
    remote = [r.to_dict(evidence=True) for r in screen_on_dask(args, posts, client, chunk=5)]
    assert remote == local_reports
    assert [r["id"] for r in remote] == [p.id for p in posts]


def test_scheduler_address_dicts_and_relative_paths(cluster, client, posts, local_reports, tmp_path,
                                                     monkeypatch):
    """An address string opens (and closes) its own client; dict posts are accepted; a relative
    roster path is made absolute for the workers, whose working directory is elsewhere."""
    shutil.copy(ROSTER, tmp_path / "roster.csv")
    monkeypatch.chdir(tmp_path)
    dicts = [p.to_dict() for p in posts]
    remote = [r.to_dict(evidence=True)
              for r in screen_on_dask({"roster": "roster.csv"}, dicts, cluster.scheduler_address,
                                      chunk=7, window=2)]
    assert remote == local_reports


def test_each_worker_builds_its_screener_and_loads_the_model_once(client, posts):
    # batch_size only sets spaCy's batching; a fresh value gives this test its own worker Screeners
    args = Screener(roster=ROSTER, batch_size=16).worker_args()
    before = client.run(dask_engine.worker_stats)
    for chunk in (1, 4, 64):
        assert len(list(screen_on_dask(args, posts, client, chunk=chunk))) == len(posts)
    after = client.run(dask_engine.worker_stats)
    assert len(after) == 2
    for address, stats in after.items():
        assert stats["model_loads"] == 1  # the spaCy model, whatever ran on this worker before
        assert stats["screeners_built"] - before[address]["screeners_built"] == 1
        assert stats["chunks"] > before[address]["chunks"]  # both workers took part
    assert sum(a["posts"] - before[w]["posts"] for w, a in after.items()) == 3 * len(posts)


def test_window_bounds_what_is_read_and_early_close_cancels(cluster, client, posts):
    read = []

    def source():
        for i in range(10_000):  # far more than may ever be read
            read.append(i)
            yield posts[i % len(posts)]

    reports = screen_on_dask(Screener(roster=ROSTER).worker_args(), source(), client, chunk=5, window=2)
    first = next(reports)
    assert first.id == posts[0].id
    assert len(read) <= 2 * 5 + 5  # the window, plus the chunk submitted after the first came back
    reports.close()
    deadline = time.monotonic() + 10
    while cluster.scheduler.tasks and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not cluster.scheduler.tasks  # nothing left running or held on the cluster


def test_bad_record_raises_after_the_reports_before_it(client, posts):
    items = [p.to_dict() for p in posts[:12]] + [{"id": "x", "text": 5}] + [p.to_dict() for p in posts]
    out = []
    with pytest.raises(InputError, match="post 13: 'text' is int"):
        for report in screen_on_dask({}, items, client, chunk=5):
            out.append(report.id)
    assert out == [p.id for p in posts[:12]]


def test_worker_set_up_differently_is_refused(client, posts):
    args = dask_engine._portable_args({})
    expected = dask_engine._environment(Screener(**args))
    expected["rules fingerprint"] = "0000000000000000"
    future = client.submit(dask_engine._screen_chunk, posts[:2], "test-mismatch", args, expected, pure=False)
    with pytest.raises(ConfigError, match="rules fingerprint: .* here, 0000000000000000 on the client"):
        future.result()


def test_bad_options_and_rules_fail_before_the_cluster_is_contacted(tmp_path):
    with pytest.raises(ConfigError, match="chunk"):
        screen_on_dask({}, [], "tcp://127.0.0.1:1", chunk=0)
    with pytest.raises(ConfigError, match="window"):
        screen_on_dask({}, [], "tcp://127.0.0.1:1", window=0)
    with pytest.raises(ConfigError, match="rules directory not found"):
        screen_on_dask({"rules": str(tmp_path / "nope")}, [], "tcp://127.0.0.1:1")


def test_unreachable_scheduler_is_a_config_error():
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
            list(screen_on_dask({}, [Post(text="hi")], "tcp://127.0.0.1:9"))


def test_cli_scan_on_dask_matches_local_scan(cluster, tmp_path):
    """`screener scan --engine dask --scheduler ADDR` gives the same output, in order, as a local scan."""
    import subprocess
    import sys
    from pathlib import Path

    screener_bin = str(Path(sys.executable).with_name("screener"))
    posts = ROOT / "examples" / "posts.jsonl"
    local = subprocess.run([screener_bin, "scan", str(posts)], capture_output=True, text=True)
    remote = subprocess.run([screener_bin, "scan", str(posts), "--engine", "dask", "--scheduler",
                             cluster.scheduler_address], capture_output=True, text=True)
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == len(posts.read_text().splitlines())


def test_cli_engine_dask_needs_a_scheduler():
    import subprocess
    import sys
    from pathlib import Path

    proc = subprocess.run([str(Path(sys.executable).with_name("screener")), "scan", "x.jsonl", "--engine", "dask"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--scheduler" in proc.stderr and "Traceback" not in proc.stderr
