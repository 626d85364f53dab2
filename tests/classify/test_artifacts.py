"""Shipped models: rebuilt by training, and refused with a clear message when wrong."""
import json
import shutil

import numpy as np
import pytest

from screener import ModelError
from screener.classify.artifacts import MODELS_DIR, load_model
from screener.classify.corpus import read_corpus
from screener.classify.train import CORPORA, name_examples, name_lexicons, train_names
from screener.config import load_config
from screener.nlp import load_pipeline
from screener.roster import Roster


def test_training_rebuilds_the_shipped_student_name_models(tmp_path):
    """Byte for byte on the machine that trained them; on another CPU the solver's sums differ in
    their last bits (docs/models.md, "The name models"), so what must hold everywhere is the model:
    same features, thresholds and band within a grid step, the same call on dev's candidates."""
    train_names(CORPORA, tmp_path, log=lambda m: None)
    cfg = load_config()
    nlp, lex = load_pipeline(cfg.nlp_model), name_lexicons(CORPORA, cfg)
    dev = read_corpus(CORPORA / "dev.jsonl")[:500]
    texts = [e.post.text for e in dev]
    for name, docs in (("student_name", nlp.pipe(texts)), ("student_name_fast", nlp.tokenizer.pipe(texts))):
        rebuilt, shipped = load_model(name, models_dir=tmp_path), load_model(name)
        assert rebuilt["first_names"] == shipped["first_names"] and rebuilt["common_words"] == shipped["common_words"]
        assert rebuilt["scorer"].vocab == shipped["scorer"].vocab
        assert abs(rebuilt["threshold"] - shipped["threshold"]) <= 0.02 + 1e-9
        assert np.allclose(rebuilt.get("band", ()), shipped.get("band", ()), atol=0.02 + 1e-9)
        X, _, _ = name_examples(dev, docs, lex, Roster.from_csv(CORPORA / "roster.csv"))
        calls = [np.asarray(m["scorer"].proba(X)) >= m["threshold"] for m in (rebuilt, shipped)]
        assert len(X) > 1000 and np.mean(calls[0] == calls[1]) >= 0.995


def test_every_shipped_model_loads():
    for name in ("student_name", "student_name_fast", "categories", "disclaimer_required"):
        assert load_model(name) is not None


@pytest.fixture
def copied(tmp_path):
    for f in MODELS_DIR.glob("categories.*"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


def test_incompatible_format_is_refused(copied):
    meta = json.loads((copied / "categories.json").read_text())
    meta["format_version"] = 1
    (copied / "categories.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="screener train"):
        load_model("categories", models_dir=copied)


def test_corrupt_artifact_is_refused(copied):
    data = bytearray((copied / "categories.pkl").read_bytes())
    data[100] ^= 0xFF
    (copied / "categories.pkl").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        load_model("categories", models_dir=copied)


def test_missing_model_is_none_or_an_error(tmp_path):
    assert load_model("categories", required=False, models_dir=tmp_path) is None
    with pytest.raises(ModelError, match="not found"):
        load_model("categories", models_dir=tmp_path)
