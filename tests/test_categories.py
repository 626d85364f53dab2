"""The bundled cue lexicons (rules/categories.yaml): a cue is a classifier feature, so a word that
is mostly an idiom ("burned out") teaches the model that staff burnout is a student's health."""
import pytest

from screener.categories import CategoryCues
from screener.config import load_config


@pytest.fixture(scope="module")
def cues():
    return CategoryCues(load_config().categories)


@pytest.mark.parametrize("text,category", [
    ("small burn on her hand from the glue gun, nurse checked her", "HEALTH"),
    ("second-degree burns on both arms, he's at the burn unit", "HEALTH"),
    ("Vincent got burned in the shop last Thursday", "HEALTH"),
    ("Reminder to the family: the lunch account balance is -$4.50", "FAMILY"),
])
def test_cues_for_a_persons_sensitive_facts(cues, text, category):
    assert category in cues.cues(text)


@pytest.mark.parametrize("text,category", [
    ("this is how you burn out a good social worker in three years", "HEALTH"),
    ("im not burnt out, I burned out by October and came back", "HEALTH"),
    ("Steps today: 24,118. Calories burned: 3,820.", "HEALTH"),
    ("No kid should know what their account balance is. Universal free meals, please.", "FAMILY"),
])
def test_idioms_and_general_statements_are_not_cues(cues, text, category):
    assert category not in cues.cues(text)
