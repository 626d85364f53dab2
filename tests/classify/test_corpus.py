import csv

import pytest

from screener.classify.corpus import read_corpus
from screener.classify.train import CORPORA


@pytest.fixture(scope="module")
def corpus():
    """Train and dev, read once for every test here."""
    return [e for split in ("train", "dev") for e in read_corpus(CORPORA / f"{split}.jsonl")]


def test_second_reader_audit_still_matches_the_dev_split():
    """scripts/label_agreement.py weights its strata by dev's size: a corpus rebuild that moves posts
    out of dev (or makes them official) would silently skew it, so the audit must be redone then."""
    dev = {e.post.id: e.post.kind for e in read_corpus(CORPORA / "dev.jsonl")}
    with open(CORPORA / "audit" / "required_second_reader.tsv", encoding="utf-8") as fh:
        audit = list(csv.DictReader(fh, delimiter="\t"))
    assert len({r["id"] for r in audit}) == len(audit)
    assert all(dev.get(r["id"]) == "personal" for r in audit)
    assert {r["stratum"] for r in audit} == {"model_disagreed", "random"}
    assert {r["second_reader_required"] for r in audit} == {"0", "1"}


def test_held_out_writers_wrote_no_training_or_dev_post(corpus):
    """corpora/holdout measures writers no model has seen: a slice moved into corpora/src (or a
    writer's name reused there) would quietly make it one more dev split."""
    from screener.classify.corpus import writer

    held = {writer(e) for e in read_corpus(CORPORA / "holdout.jsonl")}
    seen = {writer(e) for e in corpus}
    assert len(held) >= 3
    assert not held & seen


@pytest.mark.parametrize("folder, slices", [("pending", 3), ("unseen", 2)])
def test_blind_writers_stay_out_of_the_corpus(corpus, folder, slices):
    """corpora/pending and corpora/unseen are scored as writers no model has seen
    (scripts/score_writers.py): a slice also in corpora/src, or one of its posts in train or dev,
    would make it one more dev split."""
    import json
    import sys

    from screener.classify.corpus import writer

    sys.path.insert(0, str(CORPORA))
    from build import parse_marked

    blind = sorted((CORPORA / folder).glob("*.jsonl"))
    assert len(blind) >= slices
    assert not {p.stem for p in blind} & {p.stem for p in (CORPORA / "src").glob("*.jsonl")}
    assert not {p.stem for p in blind} & {writer(e) for e in corpus}
    texts = {e.post.text for e in corpus}
    for path in blind:
        with open(path, encoding="utf-8") as fh:
            assert not {parse_marked(json.loads(line)["text"])[0] for line in fh if line.strip()} & texts


def test_probes_mark_one_label_and_stay_out_of_the_corpus(corpus):
    """scripts/score_probe.py scores one label (or the categories) per probe and counts posts without
    it as hard negatives: a second label would be scored as nothing, and a probe post in train or dev
    would no longer be blind. The category probe marks only names and covers all seven categories."""
    import json
    import sys

    from screener.types import CATEGORIES

    sys.path.insert(0, str(CORPORA))
    from build import parse_marked

    texts = {e.post.text for e in corpus}
    for probe, label in (("credentials", "CREDENTIAL"), ("student_names", "STUDENT_NAME")):
        with open(CORPORA / "probes" / f"{probe}.jsonl", encoding="utf-8") as fh:
            posts = [parse_marked(json.loads(line)["text"]) for line in fh]
        assert {s["label"] for _, spans in posts for s in spans} == {label}
        assert 0.4 < sum(bool(spans) for _, spans in posts) / len(posts) < 0.6
        assert not {text for text, _ in posts} & texts
    with open(CORPORA / "probes" / "categories.jsonl", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    posts = [parse_marked(r["text"]) for r in records]
    assert {s["label"] for _, spans in posts for s in spans} == {"STUDENT_NAME"}
    assert set().union(*(r["categories"] for r in records)) == set(CATEGORIES)
    assert 0.4 < sum(bool(r["categories"]) for r in records) / len(records) < 0.6
    assert not {text for text, _ in posts} & texts
