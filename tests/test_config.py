"""Rules: the bundled rules load; a broken rules file fails loudly with a ConfigError naming the file,
the line and what is wrong; `screener rules check` runs the examples embedded in each rule."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from screener import ConfigError, Screener, load_config
from screener.config import FILES

from conftest import FIXTURES, RULES

ERRORS = FIXTURES / "rules_errors"


def rules_dir_with(tmp_path: Path, name: str, fixture: str) -> Path:
    """A copy of the bundled rules with one file replaced by a fixture."""
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    shutil.copyfile(ERRORS / fixture, rules / name)
    return rules


def test_bundled_rules_load():
    cfg = load_config()
    assert set(cfg.sources) == set(FILES)
    assert cfg.district.district.short_name == "HVCSD"
    assert cfg.fingerprint
    ids = {r.id for r in cfg.recognizers.recognizers} | {r.id for r in cfg.district.student_id_patterns}
    assert {"locker_combination", "gate_code", "hvcsd_badge_id"} <= ids


def test_fingerprint_changes_with_the_rules(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    before = load_config(rules).fingerprint
    with (rules / "district.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a comment changes the file\n")
    assert load_config(rules).fingerprint != before


def test_district_settings_can_be_replaced_in_code():
    cfg = load_config()
    fast = cfg.with_district(stance_reader=False, category_encoder="always")
    assert (fast.district.stance_reader, fast.district.category_encoder) == (False, "always")
    assert fast.district.district == cfg.district.district and fast.names == cfg.names
    assert cfg.district.stance_reader is True  # the loaded config is left as it was
    # a resumed scan must not take one setup's stored results for the other's
    assert len({cfg.fingerprint, fast.fingerprint, cfg.with_district(stance_reader=False).fingerprint}) == 3


@pytest.mark.parametrize("settings, words", [
    ({"category_encoder": "sometimes"}, ["category_encoder", "true, false or always"]),
    ({"draft_category_encoder": "often"}, ["draft_category_encoder", "true, false or always"]),
    ({"stance_readr": False}, ["stance_readr", "not permitted"]),
])
def test_replaced_district_settings_are_validated(settings, words):
    with pytest.raises(ConfigError) as err:
        load_config().with_district(**settings)
    assert all(w in str(err.value) for w in words)


# (fixture, file it replaces, line of the problem, words the message must contain)
BROKEN = [
    ("bad_regex.yaml", "recognizers.yaml", 9, ["regex", "invalid regular expression"]),
    ("unknown_label.yaml", "recognizers.yaml", 5, ["label"]),
    ("missing_schema_version.yaml", "recognizers.yaml", None, ["schema_version"]),
    ("wrong_type.yaml", "recognizers.yaml", 8, ["score", "number"]),
    ("invalid_yaml.yaml", "recognizers.yaml", 6, ["YAML"]),
    ("names_unknown_language.yaml", "names.yaml", 3, ["other_languages", "'zz'", "spaCy language"]),
    ("names_alumni_year.yaml", "names.yaml", 3, ["alumni_class_before", "1950"]),
    ("recognizers_toll_free.yaml", "recognizers.yaml", 5, ["toll_free_area_codes", "three digits", "8888"]),
    ("recognizers_credential_keyword.yaml", "recognizers.yaml", 5,
     ["credentials", "keywords", "contrase(ñ|n)a(s", "invalid regular expression"]),
    ("categories_weakness_alone.yaml", "categories.yaml", 5, ["security_weaknesses", "both systems and weaknesses"]),
    ("recognizers_sentence_window.yaml", "recognizers.yaml", 9, ["sentence_window", "greater than or equal to 0"]),
]


@pytest.mark.parametrize("fixture,name,line,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_rules_file_names_file_line_and_problem(tmp_path, fixture, name, line, words):
    rules = rules_dir_with(tmp_path, name, fixture)
    with pytest.raises(ConfigError) as err:
        load_config(rules)
    msg = str(err.value)
    path = str(rules / name)
    assert msg.startswith(path + ":"), msg
    if line is not None:
        assert msg.startswith(f"{path}:{line}:"), msg
    else:
        assert msg[len(path) + 1:].split(":", 1)[0].isdigit(), msg  # some line is named
    for w in words:
        assert w in msg, msg
    assert "\n" not in msg and "Traceback" not in msg


BROKEN_DISTRICT = [
    ("district_unknown_key.yaml", 7, ["alow_list"]),
    ("district_wrong_type.yaml", 6, ["public_phones", "list"]),
    ("district_schema_version_2.yaml", 2, ["schema_version", "2"]),
    ("district_unknown_recognizer.yaml", 8, ["credentail"]),
]


@pytest.mark.parametrize("fixture,line,words", BROKEN_DISTRICT)
def test_broken_district_file_names_file_line_and_problem(fixture, line, words):
    path = ERRORS / fixture
    with pytest.raises(ConfigError) as err:
        load_config(None, path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:{line}:"), msg
    for w in words:
        assert w in msg, msg


def test_broken_config_fails_when_the_screener_is_built():
    # no silent fallback to the bundled district rules
    with pytest.raises(ConfigError, match="district_wrong_type.yaml:6"):
        Screener(config=ERRORS / "district_wrong_type.yaml")


def test_unknown_recognizer_id_never_screens():
    with pytest.raises(ConfigError, match="credentail"):
        Screener(config=ERRORS / "district_unknown_recognizer.yaml").screen("hello")


def test_missing_rules_dir_and_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nowhere")
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "policy.yaml").unlink()
    with pytest.raises(ConfigError, match="policy.yaml"):
        load_config(rules)


def test_district_example_rules_behave():
    from screener.rulecheck import check_examples

    failures, total = check_examples()
    assert total > 0
    assert failures == []


def test_misbehaving_example_is_reported(tmp_path):
    from screener.rulecheck import check_examples

    rules = rules_dir_with(tmp_path, "recognizers.yaml", "recognizers_bad_example.yaml")
    failures, _ = check_examples(rules)
    assert any("room_code" in f and "should flag" in f for f in failures), failures
    assert any("room_code" in f and "should not flag" in f for f in failures), failures


def _screener_cli() -> str:
    exe = Path(sys.executable).parent / "screener"
    return str(exe) if exe.exists() else shutil.which("screener") or pytest.skip("no console script")


def test_rules_check_catches_unknown_recognizer_id():
    proc = subprocess.run([_screener_cli(), "rules", "check", "--config",
                           str(ERRORS / "district_unknown_recognizer.yaml")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert "credentail" in proc.stderr
