"""The library API (SPEC "Library" and "Output"): Screener.screen / screen_many, the value types,
load-once behaviour, model errors and the roster's confidentiality."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import screener as screener_pkg
from screener import ConfigError, Finding, InputError, ModelError, Post, Report, Screener
from screener.types import Disclaimer

from conftest import FIXTURES, RULES, labels

ROSTER = FIXTURES / "roster.csv"
PHONE_POST = "Parents, text me at 845-555-0143 if the bus is late."
OPINION_POST = "Honestly I think the district budget vote is ridiculous this year."


# ---- screen() -------------------------------------------------------------------------------------
def test_screen_returns_a_report(screener):
    report = screener.screen(PHONE_POST, kind="personal", id="d-1")
    assert isinstance(report, Report)
    assert report.id == "d-1"
    assert report.verdict == "block"
    assert labels(report, PHONE_POST) == [("PHONE_NUMBER", "845-555-0143")]
    assert all(isinstance(f, Finding) for f in report.findings)
    assert report.policy  # a block cites the policy


def test_screen_kind_decides_whether_a_disclaimer_is_required(screener):
    personal = screener.screen(OPINION_POST, kind="personal")
    official = screener.screen(OPINION_POST, kind="official")
    unknown = screener.screen(OPINION_POST)
    assert personal.disclaimer.required is True and personal.disclaimer.present is False
    assert personal.verdict == "review"
    assert official.disclaimer.required is False
    assert official.verdict == "pass"
    # nobody can say a post of unknown kind is a private citizen's: the field agrees with the verdict
    assert unknown.disclaimer.required is False and unknown.verdict == "pass"


def test_disclaimer_in_the_account_bio_counts(screener):
    report = screener.screen(OPINION_POST, kind="personal", account={"bio": "7th grade ELA. Views my own."})
    assert report.disclaimer.required and report.disclaimer.present
    assert report.verdict == "pass"


def test_the_safe_rewrite_adds_a_missing_disclaimer_that_fits_the_platform(screener):
    report = screener.screen(OPINION_POST, kind="personal")
    rewrite = report.redacted.splitlines()
    assert rewrite[0] == OPINION_POST and rewrite[1] == report.disclaimer.suggestion
    assert screener.screen(rewrite[0] + "\n" + rewrite[1], kind="personal").verdict == "pass"
    long = OPINION_POST + " " + "The levy math does not add up for anyone. " * 4  # 239 characters
    assert len(screener.screen(long, kind="personal", account={"platform": "x"}).redacted) <= 280
    both = screener.screen(OPINION_POST + " Text me at 845-555-0143.", kind="personal")
    assert "845-555-0143" not in both.redacted and both.redacted.endswith(both.disclaimer.suggestion)
    with_bio = screener.screen(OPINION_POST, kind="personal", account={"bio": "Views my own."})
    assert with_bio.redacted == OPINION_POST



@pytest.mark.parametrize("detail", [
    "Proud of Maya Lopez in my 3rd period today. She finally got her IEP accommodations and her 504 plan sorted.",
    "Jayden Price got suspended for the fight at lunch. Three days of OSS. Rough week for everybody.",
])
def test_the_safe_rewrite_takes_out_a_sensitive_detail_the_name_alone_does_not_hide(screener, detail):
    post = Post(text=detail, kind="official")
    report = screener.screen(post)
    assert report.verdict == "block" and report.categories
    again = screener.screen_rewrite(post, report)
    assert again.verdict != "block" and not again.categories
    assert again == screener.screen(report.redacted, kind="official")
    assert screener.config.redaction.sensitive_sentence in report.redacted

def test_without_rewrites_the_report_is_the_same_but_for_the_rewrite(screener):
    bare = Screener(rewrites=False)
    posts = [Post(text=t, id=str(i), kind="personal") for i, t in enumerate(
        (PHONE_POST, OPINION_POST, "Jayden Price got suspended for the fight at lunch. Three days of OSS."))]
    full, lean = list(screener.screen_many(posts)), list(bare.screen_many(posts))
    assert all(r.redacted for r in full) and all(r.redacted is None for r in lean)
    assert bare.screen_rewrite(posts[0], lean[0]) is None
    assert [r.to_dict() for r in full] == [r.to_dict() for r in lean]
    assert bare.worker_args()["rewrites"] is False  # scan workers build the same Screener


def test_screen_accepts_a_post(screener):
    post = Post(text=PHONE_POST, id="x9", kind="personal")
    report = screener.screen(post)
    assert report.id == "x9"
    assert labels(report, post.text) == [("PHONE_NUMBER", "845-555-0143")]


def test_clean_post_passes(screener):
    report = screener.screen("Great win tonight, Falcons! Proud of this team.", kind="official")
    assert report.verdict == "pass"
    assert report.findings == ()
    assert report.policy == ()


@pytest.mark.parametrize("prefix", [
    "🦅🦅🎉 ",                       # astral emoji (2 UTF-16 units, 1 str index each)
    "👩‍🏫✏️ ",                        # ZWJ sequence + variation selector
    "𝒮𝓊𝓅𝑒𝓇 ",                      # mathematical script letters (NFKC would change them)
    "ﬁeld trip ½ day — ",            # ligature and vulgar fraction (NFKC changes the length)
    "Cafe\u0301 night\r\n",           # combining accent and CRLF
    "\ufeff\u200b",                   # BOM and zero-width space
])
def test_offsets_index_the_original_text(screener, prefix):
    text = prefix + "Call me at 845-555-0143, or email jen.morales82@gmail.com."
    found = labels(screener.screen(text), text)
    assert ("PHONE_NUMBER", "845-555-0143") in found
    assert ("EMAIL_ADDRESS", "jen.morales82@gmail.com") in found
    for f in screener.screen(text).findings:
        assert f.text == text[f.start:f.end]


def test_long_whitespace_run_does_not_break_screening(screener):
    head = "Great practice today, proud of everyone on the team. " * 40
    tail = " Call me at 845-555-0143 ok. His student ID is 204518."
    text = head + " " * (1_048_576 - len(head) - len(tail)) + tail
    found = labels(screener.screen(text), text)
    assert ("PHONE_NUMBER", "845-555-0143") in found
    assert ("STUDENT_ID", "204518") in found


# ---- screen_many() --------------------------------------------------------------------------------
def test_screen_many_streams_a_generator_in_order(screener):
    consumed = []

    def posts():
        for i in range(200):
            consumed.append(i)
            text = PHONE_POST if i % 50 == 7 else f"Post number {i}: great day in room {i % 30}!"
            yield {"id": f"post-{i:03d}", "text": text, "kind": "official"}

    reports = screener.screen_many(posts())
    first = next(reports)
    assert first.id == "post-000"
    assert len(consumed) < 200, "screen_many read the whole input before yielding its first report"
    rest = list(reports)
    ids = [first.id] + [r.id for r in rest]
    assert ids == [f"post-{i:03d}" for i in range(200)]
    flagged = [r.id for r in [first, *rest] if r.verdict == "block"]
    assert flagged == ["post-007", "post-057", "post-107", "post-157"]


def test_screen_many_accepts_posts_and_dicts_and_numbers_missing_ids(screener):
    items = [Post(text="first", id="a"), {"text": "second"}, {"text": "third", "kind": "personal"}]
    assert [r.id for r in screener.screen_many(items)] == ["a", "2", "3"]


def test_screen_many_rejects_a_bad_dict_naming_its_position(screener):
    items = [{"id": "ok", "text": "fine"}, {"id": "bad", "text": 42}]
    with pytest.raises(InputError, match=r"post 2"):
        list(screener.screen_many(items))


def test_screen_many_empty(screener):
    assert list(screener.screen_many(iter(()))) == []


def test_models_load_once(screener, monkeypatch):
    import spacy

    from screener.nlp import entity_pipeline, load_pipeline

    engine, analyzer = screener.nlp_engine, screener.analyzer
    nlp = engine.nlp["en"]
    ner = entity_pipeline(screener.config.nlp_model)  # loaded once a post needs entities
    before = load_pipeline.cache_info()

    def no_reload(*args, **kwargs):
        raise AssertionError("spaCy model loaded again")

    monkeypatch.setattr(spacy, "load", no_reload)
    reports = list(screener.screen_many({"id": str(i), "text": f"Post {i} about room {i}"} for i in range(200)))
    assert len(reports) == 200
    assert screener.nlp_engine is engine and screener.analyzer is analyzer
    assert screener.nlp_engine.nlp["en"] is nlp
    assert load_pipeline.cache_info().misses == before.misses
    assert entity_pipeline(screener.config.nlp_model) is ner
    # A second Screener in the same process shares the loaded pipeline.
    other = Screener()
    other.screen("hello")
    assert other.nlp_engine.nlp["en"] is nlp


def test_constructing_a_screener_loads_no_model(monkeypatch):
    import spacy

    monkeypatch.setattr(spacy, "load", lambda *a, **k: pytest.fail("model loaded by the constructor"))
    s = Screener()
    assert "nlp_engine" not in vars(s)


# ---- value types ----------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [Post, Finding, Report, Disclaimer])
def test_value_types_are_frozen_dataclasses_with_to_dict(cls):
    assert dataclasses.is_dataclass(cls)
    assert callable(getattr(cls, "to_dict", None))
    assert cls.__dataclass_params__.frozen


def test_report_to_dict_shape(screener):
    report = screener.screen(PHONE_POST, kind="personal", id="p-17")
    d = report.to_dict()
    json.dumps(d)  # plain JSON types only
    assert {"id", "verdict", "findings", "categories", "disclaimer", "policy"} <= set(d)
    assert d["id"] == "p-17" and d["verdict"] == "block"
    assert isinstance(d["categories"], list) and isinstance(d["policy"], list)
    assert set(d["disclaimer"]) >= {"required", "present"}
    [f] = d["findings"]
    assert {"label", "start", "end", "score", "reason", "recognizer"} <= set(f)
    assert (f["label"], PHONE_POST[f["start"]:f["end"]]) == ("PHONE_NUMBER", "845-555-0143")
    assert isinstance(f["score"], float) and 0 <= f["score"] <= 1
    assert f["reason"] and f["recognizer"]
    assert "845-555-0143" not in json.dumps(d), "matched text in a report without evidence"
    d_ev = report.to_dict(evidence=True)
    assert d_ev["findings"][0]["text"] == "845-555-0143"


def test_finding_and_post_to_dict():
    f = Finding(label="US_SSN", start=3, end=14, score=0.91234, reason="pattern dashed", recognizer="us_ssn",
                text="412-33-7788")
    assert f.to_dict() == {"label": "US_SSN", "start": 3, "end": 14, "score": 0.912,
                           "reason": "pattern dashed", "recognizer": "us_ssn"}
    assert "412-33-7788" not in repr(f)
    post = Post.from_dict({"id": 7, "text": "hi", "kind": "personal", "account": {"bio": "views mine"}})
    assert post.id == "7" and post.bio == "views mine"
    assert post.to_dict() == {"id": "7", "text": "hi", "kind": "personal", "account": {"bio": "views mine"}}
    with pytest.raises(ValueError):
        Post.from_dict({"id": "x", "text": "hi", "kind": "private"})


def test_public_api_exports():
    for name in ("Screener", "Post", "Finding", "Report", "load_config"):
        assert hasattr(screener_pkg, name)


# ---- errors ---------------------------------------------------------------------------------------
@pytest.fixture
def district_with_missing_model(tmp_path) -> Path:
    text = (RULES / "district.yaml").read_text(encoding="utf-8")
    lines = [("nlp_model: en_core_web_lg" if ln.startswith("nlp_model:") else ln) for ln in text.splitlines()]
    assert "nlp_model: en_core_web_lg" in lines
    path = tmp_path / "my-district.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_missing_spacy_model_is_a_model_error(district_with_missing_model):
    s = Screener(config=district_with_missing_model)
    with pytest.raises(ModelError) as err:
        s.screen("hello")
    msg = str(err.value)
    assert "en_core_web_lg" in msg
    assert "not installed" in msg
    assert "nlp_model" in msg  # says which setting to change
    assert "\n" not in msg


def test_missing_model_error_names_the_district_file_in_use(district_with_missing_model):
    s = Screener(config=district_with_missing_model)
    with pytest.raises(ModelError, match="my-district.yaml"):
        s.screen("hello")


def test_bad_config_path_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="nope.yaml"):
        Screener(config=tmp_path / "nope.yaml")


# ---- the roster is confidential --------------------------------------------------------------------
ROSTER_SECRETS = ("Marisol", "Thistlewood", "Dashiell", "Okonkwo-Baptiste", "Wrenna", "Vasquez-Whitfield", "731905",
                  "4419027356")


@pytest.fixture(scope="module")
def roster_screener():
    return Screener(roster=ROSTER)


def test_roster_names_and_ids_are_found(roster_screener):
    text = "Mari Thistlewood crushed her science fair project! Entered 731926 for her."
    got = labels(roster_screener.screen(text, kind="official"), text)
    assert ("STUDENT_NAME", "Mari Thistlewood") in got
    assert ("STUDENT_ID", "731926") in got  # a roster ID needs no "ID" context


def test_opted_out_student_blocks(roster_screener):
    report = roster_screener.screen("So proud of Dashiell Okonkwo-Baptiste today!", kind="official")
    assert report.verdict == "block"
    assert any(f.opt_out for f in report.findings)


def test_roster_never_in_repr(roster_screener):
    report = roster_screener.screen("Mari Thistlewood crushed her science fair project!", kind="official")
    shown = " ".join([
        repr(roster_screener), str(roster_screener), repr(vars(roster_screener)),
        repr(roster_screener.roster), str(roster_screener.roster),
        repr(report), str(report), repr(report.findings), json.dumps(report.to_dict()),
        repr(roster_screener.worker_args()),
    ])
    for secret in ROSTER_SECRETS:
        assert secret not in shown, f"{secret!r} shown in a repr"


def test_screening_is_offline(screener):
    import socket

    with pytest.raises(RuntimeError, match="network access"):
        socket.create_connection(("example.org", 80), timeout=1)
    # and screening still works with the network blocked (no model download, no suffix-list fetch)
    report = screener.screen("Email me at jen.morales82@gmail.com", kind="personal")
    assert labels(report) == [("EMAIL_ADDRESS", "jen.morales82@gmail.com")]
