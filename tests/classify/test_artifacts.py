"""Shipped models: rebuilt byte for byte by training, and refused with a clear message when wrong."""
import json
import shutil

import pytest

from screener import ModelError
from screener.classify.artifacts import MODELS_DIR, load_model
from screener.classify.train import CORPORA, train_names


def test_training_rebuilds_the_shipped_student_name_models(tmp_path):
    train_names(CORPORA, tmp_path, log=lambda m: None)
    for name in ("student_name.pkl", "student_name_fast.pkl"):
        assert (tmp_path / name).read_bytes() == (MODELS_DIR / name).read_bytes()


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
