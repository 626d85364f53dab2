"""Disclaimer presence: the trained model (rules as evidence) and how its training labels are made."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from screener import Post
from screener.classify.post_models import presence_evidence
from screener.classify.train import presence_examples

PRESENT = [
    "Views my own, not the district's.",
    "Opinions are mine, not my employer's.",
    "Speaking for myself, not HVCSD.",
    "Not an official district statement.",
    "#MyViewsOnly",
]
NOT_PRESENT = [
    "My own classroom finally has a working projector!",
    "Game at 7 tonight, go Falcons!",
    "Spent the weekend hiking with the dog 🐕",
]


# Wordings in other languages the rules know; "in my opinion" alone is a disclaimer in none of them.
OTHER_LANGUAGES = ["Opiniones mías, no del distrito.", "Hablo por mí misma, no por la escuela.",
                   "Opiniões minhas, não da escola.", "Ce compte n'engage que moi.",
                   "Prywatna opinia, nie szkoły.", "Opinyon ko lang, hindi ng school.", "Meine private Meinung.",
                   "ý kiến cá nhân, không đại diện cho học khu", "opinyon pa m sèlman",
                   "opinyon pa m, pa pa lekòl la", "Poglądy wyłącznie moje.", "Opinie są moje własne.",
                   "ye meri personal soch hai, school ki nahi", "views meri apni hain",
                   "أتكلم عن نفسي فقط", "آرائي الشخصية", "个人观点，与学校无关", "仅代表个人，不代表学区立场",
                   "個人の見解です", "개인 의견입니다", "#NotOfficial"]
OTHER_LANGUAGES_NOT = ["opiniones bienvenidas", "En mi opinión, la tarea es demasiada.",
                       "Moje zdanie jest takie: tak.", "Avis aux parents : réunion jeudi.",
                       "Xin cho ý kiến về lịch họp phụ huynh", "Dapre opinyon pa m, lekòl la bon.",
                       "Moje opinie o nowym planie lekcji: dobre.", "meri rai mein homework zyada hai",
                       "개인적인 생각으로는 숙제가 너무 많아요", "我个人觉得作业太多了", "not officially announced yet"]


@pytest.mark.parametrize("line", OTHER_LANGUAGES)
def test_the_rules_know_disclaimers_in_other_languages(screener, line):
    assert screener.disclaimer.rule_present(line)


@pytest.mark.parametrize("line", OTHER_LANGUAGES_NOT)
def test_the_rules_leave_other_languages_look_alikes(screener, line):
    assert not screener.disclaimer.rule_present(line)


@pytest.mark.parametrize("bio, present", [("Dad of 3. no views, only vibes 🚐", False),
                                          ("No opinions, just facts.", False),
                                          ("no takes, only vibes. Views my own.", True)])
def test_no_views_only_vibes_is_a_look_alike(screener, bio, present):
    assert screener.disclaimer.rule_present(bio) is present
    assert "rule_not" in presence_evidence(bio, screener.disclaimer)


@pytest.mark.parametrize("line", PRESENT)
def test_disclaimer_wordings_are_present(screener, line):
    post = Post(text=f"The new grading policy is a mess. {line}", kind="personal")
    assert screener.screen(post).disclaimer.present


@pytest.mark.parametrize("text", NOT_PRESENT)
def test_look_alikes_and_plain_posts_are_not(screener, text):
    assert not screener.screen(Post(text=text, kind="personal")).disclaimer.present


def test_a_bio_disclaimer_covers_the_post_and_is_checked_once(screener, monkeypatch):
    check = screener.disclaimer
    check._bios.clear()
    calls = []
    real = check.present
    monkeypatch.setattr(check, "present", lambda t: calls.append(t) or real(t))
    bio = "HS chem teacher. Opinions are mine, not my employer's."
    posts = [Post(text=f"Lab day {i}! The budget cuts hurt.", kind="personal", account={"bio": bio}) for i in range(3)]
    assert all(r.disclaimer.present for r in screener.screen_many(posts))
    assert calls.count(bio) == 1


def _ex(text, present, bio=None):
    return SimpleNamespace(post=Post(text=text, account={"bio": bio} if bio else None), disclaimer_present=present)


def test_presence_labels_come_from_post_level_gold():
    train = [
        _ex("plain post", False, bio="Teacher, runner"),      # text and bio negative
        _ex("views mine, not HVCSD's", True),                  # no bio: the text carries it
        _ex("opinion post", True, bio="Teacher, runner"),      # the bio is a known negative: the text
        _ex("another post", True, bio="ELA | views my own"),   # the bio never appears without one
    ]
    texts, labels = presence_examples(train)
    got = dict(zip(texts, labels))
    assert got == {"plain post": 0, "Teacher, runner": 0, "views mine, not HVCSD's": 1, "opinion post": 1,
                   "ELA | views my own": 1}  # "another post" is ambiguous and left out


def test_a_batch_scores_presence_in_one_model_call(screener, monkeypatch):
    check = screener.disclaimer
    texts = [f"The new grading policy is a mess. {PRESENT[0]}", "", NOT_PRESENT[0]]
    one_by_one = [check.present(t) for t in texts]
    calls = []
    real = check.present_model.present_many
    monkeypatch.setattr(check.present_model, "present_many", lambda ts: calls.append(len(ts)) or real(ts))
    assert check.present_many(texts) == one_by_one == [True, False, False]
    assert calls == [2]  # the empty text never reaches the model


def test_the_model_reads_only_the_clauses_a_disclaimer_could_be_in(screener):
    check = screener.disclaimer
    assert check.clauses("Unpopular opinion: recess is too short. Fix it. Views = mine.") == \
        "Unpopular opinion: | Views = mine."
    assert check.clauses("HS chem ⚗️ | coach | opinions mine") == "opinions mine"
    assert check.clauses("Bell schedule is worse. #MyViewsOnly #edchat") == "#MyViewsOnly"
    assert check.clauses("Snow day tomorrow, all HVCSD schools closed.") == ""


def test_clause_words_match_word_starts_and_hashtags_not_inner_letters():
    from screener.recognizers.base import compile_terms

    rx = compile_terms(["own*", "mine", "view*", "cá nhân"], stems=True)
    assert rx.search("my OWN take") and rx.search("#MyViewsOnly") and rx.search("#views_mine_alone")
    assert rx.search("ý kiến cá  nhân")
    assert not rx.search("down town, a known mineral") and not rx.search("preview")
    assert compile_terms(["*"], stems=True) is None


def test_without_clause_words_the_model_reads_whole_texts(screener):
    from screener.disclaimer import DisclaimerCheck

    check = DisclaimerCheck(screener.config.disclaimer.model_copy(update={"clause_words": []}))
    assert check.clauses("Snow day tomorrow.\nStay warm") == "Snow day tomorrow.\nStay warm"


def test_a_text_with_no_candidate_clause_never_reaches_the_model(screener, monkeypatch):
    model = screener.disclaimer.present_model.model
    seen = []
    real = model.predict
    monkeypatch.setattr(model, "predict", lambda texts, ev: seen.extend(texts) or real(texts, ev))
    texts = ["Snow day tomorrow, all HVCSD schools closed.", "The budget vote is Tuesday. Views my own."]
    assert screener.disclaimer.present_model.present_many(texts) == [False, True]
    assert seen == ["Views my own."]


@pytest.mark.parametrize("tag, present", [("#NotSpeakingForTheDistrict", True), ("#views_mine_alone", True),
                                          ("#NotAnOfficialDistrictStatement", True), ("#ViewsAreNotMyOwn", False),
                                          ("#MyClassroomRules", False)])
def test_the_rules_read_hashtags_spelled_out(screener, tag, present):
    assert screener.disclaimer.rule_present(f"Report cards are unreadable. {tag}") is present


@pytest.mark.parametrize("line", ["All takes personal, none official.", "Hot take, and this is personal not professional:",
                                  "tweets strictly personal"])
def test_the_rules_know_takes_tweets_and_personal_not_professional(screener, line):
    assert screener.disclaimer.rule_present(line)


def test_the_required_model_learns_from_personal_posts_only(screener):
    """Posts of unknown kind are labelled not required whatever they say, and never asked about."""
    from screener.classify.train import required_inputs

    def ex(text, kind, required):
        return SimpleNamespace(post=Post(text=text, kind=kind), disclaimer_required=required)

    train = [ex("The new bell schedule is a mistake.", "personal", True),
             ex("The new bell schedule is a mistake.", None, False),
             ex("Join us for the book fair Friday!", "official", False),
             ex("Pancakes this morning.", "personal", False)]
    texts, evidence, targets, rows = required_inputs(train, screener.disclaimer)
    assert texts == ["The new bell schedule is a mistake.", "Pancakes this morning."]
    assert targets == {"required": [1, 0]} and len(evidence) == 2
    assert [r.post.kind for r in rows] == ["personal", "personal"]
