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
    ("The girl in bed 4 has cystic fibrosis and still does her vocab every morning", "HEALTH"),
    ("day 12 after his bone marrow transplant and he asked for fractions", "HEALTH"),
    ("D.J. goes back before the judge Thursday", "DISCIPLINE"),
    ("Ms. Varga was formally reprimanded for the field-trip mix-up", "PERSONNEL"),
    # Staff write in other languages too: Spanish, French, Portuguese, Italian, Polish, Vietnamese.
    ("Mi compañera Rosa está de baja médica hasta marzo", "PERSONNEL"),
    ("M. Okoye est en arrêt maladie jusqu'en juin", "PERSONNEL"),
    ("Inès est encore en fauteuil après son opération du genou", "HEALTH"),
    ("Chloé a fait une crise d'anxiété, elle est suivie par une psy", "HEALTH"),
    ("A Sofía la suspendieron tres días por la pelea", "DISCIPLINE"),
    ("o Davi ficou internado dois dias, crise de asma", "HEALTH"),
    ("Freya: i genitori si stanno separando", "FAMILY"),
    ("Komisja omawiała umieszczenie Mikołaja w szkole specjalnej", "SPECIAL_EDUCATION"),
    ("Thương bé Khang quá, ba mẹ vừa ly hôn", "FAMILY"),
    ("se reprovar em English 10 não pode jogar", "ACADEMIC"),
    ("her mom is on deployment until June", "FAMILY"),
    ("Darnell Pruitt (AFQT 93)", "ACADEMIC"),
])
def test_cues_for_a_persons_sensitive_facts(cues, text, category):
    assert category in cues.cues(text)


@pytest.mark.parametrize("text,category", [
    ("this is how you burn out a good social worker in three years", "HEALTH"),
    ("im not burnt out, I burned out by October and came back", "HEALTH"),
    ("Steps today: 24,118. Calories burned: 3,820.", "HEALTH"),
    ("No kid should know what their account balance is. Universal free meals, please.", "FAMILY"),
    ("le bus est en arrêt devant l'école", "PERSONNEL"),
    ("Qué opinan de la operación matemática del examen?", "HEALTH"),
    ("we deployed the new Chromebooks to every 3rd grade room", "FAMILY"),
    ("deployment of the new SIS module is Saturday", "FAMILY"),
])
def test_idioms_and_general_statements_are_not_cues(cues, text, category):
    assert category not in cues.cues(text)


@pytest.mark.parametrize("text", [
    "the camera over the north lot has been dead since March and nobody fixed it",
    "FYI the badge reader at the Hillside annex accepts any old card lol",
    "server room door doesn't latch, you can push it open. ticket's been in 6 weeks",
    "the alarm panel at the garage has been in trouble mode for weeks",
    "district web filter is in monitor-only mode since the upgrade 🤫",
])
def test_a_district_system_beside_its_weakness_is_security(cues, text):
    assert cues.weak_system(text)


@pytest.mark.parametrize("text", [
    "the camera on my phone is cracked but it still works",  # a system, no weakness
    "my car is broken AGAIN, anyone have a ride Tuesday?",  # a weakness, no system
    "the cameras are not broken, they were just unplugged for the fair. all good now",  # negated
    "cameras are great. the copier is broken.",  # in different sentences
    "kids who get their badge photo taken today, the camera is in the library",
])
def test_a_system_or_a_weakness_alone_is_not(cues, text):
    assert not cues.weak_system(text)


@pytest.mark.parametrize("text", [
    "FYI the badge reader at the Hillside annex accepts any old card lol",
    "district web filter is in monitor-only mode since the upgrade",
])
def test_a_weakness_makes_security_without_a_secret(screener, text):
    """The model learned SECURITY mostly from credentials and dead cameras: a weakness of another
    system, with no secret in the post, must still block."""
    report = screener.screen(text)
    assert "SECURITY" in report.categories
    assert report.verdict == "block"
