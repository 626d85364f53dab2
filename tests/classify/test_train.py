"""Choosing the band of the n-gram category score where the heads that read sentence vectors decide."""
import numpy as np

from screener.classify.post_models import ANY
from screener.classify.train import CASCADE_F1_TOLERANCE, choose_category_band, choose_threshold
from screener.types import CATEGORIES

TH = {**{c: 0.5 for c in CATEGORIES}, ANY: 0.5}


def probs(any_score: np.ndarray, health: np.ndarray) -> dict[str, np.ndarray]:
    out = {c: np.zeros(len(any_score)) for c in CATEGORIES}
    return {**out, ANY: any_score, "HEALTH": health}


def test_the_band_covers_only_the_posts_the_vectors_get_right():
    rng = np.random.default_rng(0)
    n = 2000
    gold = rng.random(n) < 0.3
    plain_any = np.where(gold, rng.uniform(0.3, 1.0, n), rng.uniform(0.0, 0.7, n))
    # the vectors settle the unsure middle (0.3-0.7) and agree with the n-grams elsewhere
    unsure = (plain_any >= 0.3) & (plain_any < 0.7)
    enc_any = np.where(unsure, np.where(gold, 0.9, 0.1), plain_any)
    targets = {c: [0] * n for c in CATEGORIES} | {"HEALTH": list(gold.astype(int)), ANY: list(gold.astype(int))}
    lo, hi, share, f1 = choose_category_band(probs(plain_any, plain_any), TH, probs(enc_any, enc_any), TH, targets)
    assert f1["encoded"] == 1.0 and f1["ngram"] < 0.9
    assert f1["cascade"] >= f1["encoded"] - CASCADE_F1_TOLERANCE
    assert 0.26 <= lo <= 0.32 and 0.68 <= hi <= 0.72
    assert share == np.mean((plain_any >= lo) & (plain_any < hi)) < 0.6


def test_the_band_keeps_the_posts_only_the_vectors_catch_even_when_f1_would_not_miss_them():
    """Below the unsure middle the vectors catch quiet posts a category applies to, with two false
    alarms for each: reading every post there lowers F1, so a band chosen on F1 leaves them out and
    blocks fewer of the posts it should. Recall may not be traded for speed."""
    rng = np.random.default_rng(2)
    n = 4000
    gold = rng.random(n) < 0.3
    quiet = gold & (rng.random(n) < 0.15)
    plain_any = np.where(gold, np.where(quiet, rng.uniform(0.06, 0.28, n), rng.uniform(0.3, 1.0, n)),
                         rng.uniform(0.0, 0.7, n))
    low_negatives = np.flatnonzero(~gold & (plain_any >= 0.06) & (plain_any < 0.28))
    alarms = np.zeros(n, bool)
    alarms[rng.choice(low_negatives, 2 * quiet.sum(), replace=False)] = True
    unsure = (plain_any >= 0.3) & (plain_any < 0.7)
    enc_any = np.where(unsure, np.where(gold, 0.9, 0.1), np.where(quiet | alarms, 0.9, plain_any))
    targets = {c: [0] * n for c in CATEGORIES} | {"HEALTH": list(gold.astype(int)), ANY: list(gold.astype(int))}
    lo, hi, share, f1 = choose_category_band(probs(plain_any, plain_any), TH, probs(enc_any, enc_any), TH, targets)

    def f1_of(flagged):
        return 2 * (flagged & gold).sum() / (flagged.sum() + gold.sum())

    middle_only = np.where(unsure, enc_any, plain_any) >= 0.5
    assert f1_of(middle_only) > f1_of(enc_any >= 0.5)  # what a band chosen on F1 alone would read
    band = (plain_any >= lo) & (plain_any < hi)
    assert band[quiet].all() and 0.68 <= hi <= 0.72


def test_vectors_that_add_nothing_are_never_read():
    rng = np.random.default_rng(1)
    n = 500
    gold = rng.random(n) < 0.3
    p = np.where(gold, 0.8, 0.2) + rng.normal(0, 0.2, n)
    targets = {c: [0] * n for c in CATEGORIES} | {"HEALTH": list(gold.astype(int)), ANY: list(gold.astype(int))}
    lo, hi, share, f1 = choose_category_band(probs(p, p), TH, probs(p, p), TH, targets)
    assert share == 0.0 and f1["cascade"] == f1["ngram"] == f1["encoded"]


def test_too_few_writers_train_no_encoded_heads_and_drop_a_stale_pair(tmp_path):
    """An encoded-heads artifact from an earlier corpus would pair its band with new n-gram heads."""
    from screener.classify.train import WRITER_FOLDS, train_post_models
    from tests.conftest import ROOT

    lines = (ROOT / "corpora" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    writers = sorted({line.split('"id": "', 1)[1].split('"', 1)[0].rsplit("-", 1)[0] for line in lines})[:2]
    assert len(writers) < WRITER_FOLDS
    corpora, models = tmp_path / "corpora", tmp_path / "models"
    corpora.mkdir()
    models.mkdir()
    keep = [line for line in lines if any(line.startswith(f'{{"id": "{w}-') for w in writers)][:200]
    (corpora / "train.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
    for ext in ("pkl", "json"):
        (models / f"categories_encoded.{ext}").write_text("stale")
    logged = []
    train_post_models(corpora, models, log=logged.append)
    assert (models / "categories.pkl").exists()
    assert not (models / "categories_encoded.pkl").exists() and not (models / "categories_encoded.json").exists()
    assert any("not trained" in line for line in logged)


def test_a_flat_f1_top_takes_its_highest_threshold():
    # One student scored 0.45 beside one non-student at 0.45: F1 barely moves when both drop out, so the
    # threshold goes as high as the rest allows (the other students score 0.64) instead of 0.30.
    probs = np.array([0.64] * 100 + [0.45, 0.45] + [0.1] * 500)
    y = np.array([1] * 100 + [1, 0] + [0] * 500)
    t, f1 = choose_threshold(probs, y)
    assert t == 0.64
    assert f1 == 200 / 201


def test_a_real_loss_of_f1_is_not_taken():
    # Twenty students at 0.5: a threshold above it loses them, so it stays at the highest that keeps them.
    probs = np.array([0.9] * 80 + [0.5] * 20 + [0.2] * 30)
    y = np.array([1] * 100 + [0] * 30)
    assert choose_threshold(probs, y) == (0.5, 1.0)
