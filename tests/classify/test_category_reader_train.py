"""The category reader's training: a fold out of writer, a threshold and band chosen on it, a reader
that loads. Needs PyTorch (scripts/setup.sh --train, as CI runs it)."""
import json

import pytest

from tests.conftest import ROOT


def test_train_category_reader_writes_a_loadable_reader(tmp_path):
    pytest.importorskip("torch")
    from screener.classify.artifacts import load_model
    from screener.classify.category_reader_train import train_category_reader
    from screener.classify.reader import CATEGORY_READER, CategoryReader
    from screener.classify.train import train_post_models

    rows = [json.loads(line) for line in (ROOT / "corpora" / "train.jsonl").read_text().splitlines()]
    pick = []  # eight writers (the n-gram heads are scored in eight writer folds), both labels of each
    for slice_ in ("opinions", "coaches", "nurses", "counsel", "paras", "teachers", "frontoffice", "support"):
        mine = [r for r in rows if r["id"].startswith(slice_ + "-")]
        pick += [r for r in mine if r.get("categories")][:6] + [r for r in mine if not r.get("categories")][:6]
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pick))
    with pytest.raises(SystemExit, match="screener train first"):  # no n-gram model of this corpus yet
        train_category_reader(tmp_path, tmp_path, log=lambda m: None, epochs=1, layers=1)
    train_post_models(tmp_path, tmp_path, log=lambda m: None)
    logged = []
    report = train_category_reader(tmp_path, tmp_path, log=logged.append, epochs=1, layers=1)
    assert report["posts"] > 0 and set(report["any_average_precision"]) == {"ngram", "reader", "average"}
    meta = json.loads((tmp_path / f"{CATEGORY_READER}.json").read_text())
    assert meta["layers"] == 1 and meta["posts"] == len(pick) and meta["band"][0] <= meta["band"][1]
    loaded = load_model(CATEGORY_READER, models_dir=tmp_path)
    reader_params = loaded["params"]
    reader = CategoryReader(loaded)
    assert reader.threshold == meta["threshold"] and len(reader.encoder.layers) == 1
    assert reader.proba(["Jaylen was suspended"]).shape == (1,)
    assert any("category reader: epoch 1/1" in m for m in logged)

    # After a screener train that changed only the n-gram heads, the fitted reader is kept and only its
    # threshold and band are chosen again.
    logged.clear()
    again = train_category_reader(tmp_path, tmp_path, log=logged.append, epochs=1, layers=1, keep_weights=True)
    assert again["any_average_precision"] == report["any_average_precision"]
    assert not any("epoch" in m for m in logged)  # no final fit
    kept = load_model(CATEGORY_READER, models_dir=tmp_path)
    assert all((kept["params"][k] == reader_params[k]).all() for k in reader_params)
    assert "--keep-weights" in json.loads((tmp_path / f"{CATEGORY_READER}.json").read_text())["weights_from"]
    with pytest.raises(SystemExit, match="no reader fitted on this corpus with these settings"):
        train_category_reader(tmp_path, tmp_path, log=logged.append, epochs=2, layers=1, keep_weights=True)
