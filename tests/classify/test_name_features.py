"""Context features of name candidates: a place, a business, a pet, another language or an adult's
life (an old class year, an adult's age, a funeral) next to a capitalised word is evidence against
"student", read from rules/names.yaml."""
from __future__ import annotations

import pytest
import spacy

from screener import load_config
from screener.classify.name_features import Lexicons, candidates, class_year, features, institution_stem


@pytest.fixture(scope="module")
def lex():
    return Lexicons(load_config().names, first_names=frozenset({"maya", "tony", "pero", "ana"}))


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")  # the features read tokens only; NER adds candidates, not context


def feats(nlp, lex, text: str, word: str) -> dict:
    doc = nlp(text)
    for c in candidates(doc, text, None, lex):
        if text[c.start:c.end].split()[0] == word:
            return features(c, doc, text, lex)
    raise AssertionError(f"no candidate starting with {word!r}")


@pytest.mark.parametrize("text,word,key", [
    ("the light at Delafield St is broken again", "Delafield", "place_after"),
    ("bus 5 comes from the Lincoln Ave side", "Lincoln", "place_after"),
    ("clippers donated by Bailey's Garage, thank you", "Bailey", "business_after"),
    ("Schmidt Tire & Auto sent two engines", "Schmidt", "business_after"),
    ("my classroom turtle Tony has more followers than me", "Tony", "pet_near"),
    ("no names pero alguien le dijo algo a alguien", "pero", "foreign_context=3"),
    ("Pero nobody told the bus garage", "Pero", "foreign_word"),
    # an adult, not a student
    ("Shoutout to Maya Lopez, HVHS class of '87, elected mayor last night", "Maya", "class_of_alumni"),
    ("Hall of fame: Maya Ortiz ('84, wrestling) and two others", "Maya", "past_year_near"),
    ("Met Maya at the store, now 26 and a nurse at Vassar", "Maya", "adult_age_near"),
    ("Funeral lunch for Maya Schenk is Saturday after mass", "Maya", "adult_life_near"),
    ("Congrats to Maya, Roosevelt's art teacher, on tenure", "Maya", "role_after"),
    ("Congratulations to Maya Ruiz on 25 years at Roosevelt!", "Maya", "tenure_near"),
    # an adult named by an office or a job outside the school, or a storm
    ("Fire Chief Maya Okafor ran the tabletop drill with us", "Maya", "title_before"),
    ("Meteorologist Tony Reyes says 18 inches by Friday", "Tony", "role_before"),
    ("Hurricane Ana took out the bleachers", "Ana", "title_before"),
    ("the tamales came from the taqueria, gracias don Bryan", "Bryan", "title_before"),
    ("Our newly elected stewards: Arnold Ruppersberger and Gia Dona", "Arnold", "role_before"),
    ("has anyone had Maya Girschner as a sub? my kid says she is goated", "Maya", "role_after"),
    ("Loved Safiya Noble's keynote on search bias", "Safiya", "adult_life_near"),
    # a team by its mascot, a brand named like a person, a referee
    ("GGs to the Carmel Rams, tough 2-0 series", "Carmel", "business_after"),
    ("Sara Lee pound cake is the backbone of civilization", "Sara", "gaz_public"),
    ("the ref Maya Titov got every kid back in the lobby", "Maya", "role_before"),
    # a fire marshal's rank, an author, a film's title character
    ("Spent the morning with Fire Marshal Bailey Comber walking every stairwell", "Bailey", "title_before"),
    ("Started the Jack Reacher books. Lee Child can WRITE.", "Lee", "gaz_author"),
    ("Watched Lilo & Stitch with my own kids this weekend", "Lilo", "gaz_character"),
    # an education author from a PD book study; a farm business named for a family
    ("Hattie's effect sizes are useful, but they're not scripture", "Hattie", "gaz_author"),
    ("Field trip to Brandt Family Dairy on Friday, wear boots", "Brandt", "business_after"),
    # a children's musician on the class playlist, a picture-book author
    ("Dance party playlist: Raffi, Ella Jenkins and a little Laurie Berkner", "Ella", "gaz_public"),
    ("Journey by Aaron Becker has no words and my 4s narrate it for 20 minutes", "Aaron", "gaz_author"),
    ("Book study: Shifting the Balance by Jan Burkins and Kari Yates, chapters 1-2", "Kari", "gaz_author"),
])
def test_context_marks_someone_other_than_a_student(nlp, lex, text, word, key):
    assert key in feats(nlp, lex, text, word)


@pytest.mark.parametrize("text,word", [
    ("So proud of Maya in my 3rd period today", "Maya"),
    ("Tony scored twice in the JV game", "Tony"),
    ("Ana finished her reading log early", "Ana"),
])
def test_a_plain_student_mention_has_none_of_them(nlp, lex, text, word):
    f = feats(nlp, lex, text, word)
    assert not {"place_after", "business_after", "pet_near", "foreign_word", "class_of_alumni", "past_year_near",
                "adult_age_near", "adult_life_near", "tenure_near"} & set(f)
    assert not any(k.startswith("foreign_context") for k in f)


@pytest.mark.parametrize("text,word,child,adult", [
    ("Maya, Class of 2027, signed with Marist today", "Maya", "grade_near", "class_of_alumni"),
    ("Maya turned 7 today and brought cupcakes", "Maya", "age_near", "adult_age_near"),
    ("Maya, 16 years old, just broke the school record", "Maya", "age_near", "tenure_near"),
])
def test_a_students_year_or_age_is_not_an_adults(nlp, lex, text, word, child, adult):
    f = feats(nlp, lex, text, word)
    assert child in f and adult not in f and "past_year_near" not in f


@pytest.mark.parametrize("text,word", [("Nonna's Sunday gravy. No, I won't share the recipe", "Nonna"),
                                       ("Babcia's pierogi recipe, 140 of them", "Babcia"),
                                       ("Ok who left soup in the staff fridge since Monday", "Ok"),
                                       ("Btw the copier on 2 is fixed", "Btw"),
                                       ("good place-value visuals anyone? Pinterest has failed me", "Pinterest")])
def test_an_elders_title_or_a_chat_word_is_no_candidate(nlp, lex, text, word):
    assert word not in {text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)}


@pytest.mark.parametrize("text", ["My grandmother Maya turns 100 today", "Maya, age 102, still bowls on Tuesdays",
                                  "Maya is 101 years old and still drives"])
def test_a_three_digit_age_is_an_elders(nlp, lex, text):
    f = feats(nlp, lex, text, "Maya")
    assert "adult_age_near" in f and "age_near" not in f


def test_a_number_inside_a_larger_one_is_no_age(nlp, lex):
    assert not {"age_near", "adult_age_near"} & set(feats(nlp, lex, "Maya read about rocks 1,000 years old", "Maya"))


@pytest.mark.parametrize("digits,year", [("87", 1987), ("03", 2003), ("50", 2050), ("2027", 2027), ("1943", 1943)])
def test_class_year_reads_two_digit_years(digits, year):
    assert class_year(digits) == year


def test_foreign_words_leave_out_english_function_words(lex):
    assert {"pero", "nie", "kaya"} <= lex.foreign
    assert not {"the", "and", "me", "a"} & lex.foreign


@pytest.mark.parametrize("name,stem", [
    ("Hudson Valley Central School District", "hudson valley"),
    ("Maple Ridge Middle School", "maple ridge"),
    ("Roosevelt Elementary", "roosevelt"),
    ("Hudson Valley HS", "hudson valley"),
    ("Hudson Valley school board", "hudson valley"),
    ("High School", ""),
])
def test_institution_stem_drops_the_generic_tail(name, stem):
    assert institution_stem(name) == stem


def test_the_districts_own_names_are_never_candidates(nlp):
    names = ["Hudson Valley Central School District", "Maple Ridge Middle School"]
    lex = Lexicons(load_config().names, first_names=frozenset({"hudson"}), institutions=names)
    text = "Hudson Valley CSD is hiring! Ask Maple Ridge, or Hudson Vale, our new aide"
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert "Hudson Valley" not in got and "Maple Ridge" not in got
    assert "Hudson Vale" in got  # a look-alike is still a candidate


def test_the_districts_own_name_in_a_hashtag_is_no_candidate(nlp):
    names = ["Hudson Valley Central School District"]
    lex = Lexicons(load_config().names, first_names=frozenset({"hudson", "maya"}), institutions=names)
    text = "sunrise laps #PEteacher #HudsonValley, then #HudsonStrong for our 2nd grader and #MayaPark"
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert got.count("Hudson") == 1 and "Maya" in got  # the boy's tag and the girl's are still names


def test_a_job_word_at_the_start_of_an_entity_is_context_not_name(lex):
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    text = "Custodian Ogooluwa got the heat back on by 7:15"
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # NER's span takes the job word in
    (c,) = [c for c in candidates(doc, text, None, lex) if "ner" in c.sources]
    assert text[c.start:c.end] == "Ogooluwa"
    assert features(c, doc, text, lex).get("role_before") == 1.0


@pytest.mark.parametrize("text,word,expected", [
    ("my lola called during my prep", "lola", False),  # a grandmother in Tagalog
    ("una mamá necesita inscribir a sus hijos", "mamá", False),
    ("Lola Reyes made the honor roll", "Lola", True),  # capitalised, a kinship word may be a name
])
def test_a_lower_case_kinship_word_is_the_relation_not_a_name(nlp, text, word, expected):
    lex = Lexicons(load_config().names, first_names=frozenset({"lola"}))
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert any(g.split()[0] == word for g in got) is expected


def test_only_a_hash_or_at_sign_makes_a_tag(nlp, lex):
    # The post's first token has no character before it, which once counted as a tag prefix.
    text = "maya forgot her lunch"
    assert all(not c.tag and "tag" not in c.sources for c in candidates(nlp(text), text, None, lex))
    text = "go #MayaStrong"
    assert [c.tag for c in candidates(nlp(text), text, None, lex) if "tag" in c.sources] == ["#"]


@pytest.mark.parametrize("text,name", [
    ("benching maya_ruiz tonight, she knows why", "maya"),
    ("tony38 if this is u in my comments, do ur homework", "tony"),
    ("room204 and bus12 are swapped today", None),  # not a known name in front
    ("guest wifi is Maya2025! this weekend", None),  # capitalised with digits: a password
])
def test_a_bare_user_name_proposes_the_name_in_front(nlp, lex, text, name):
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex) if "tag" in c.sources]
    assert got == ([name] if name else [])


@pytest.mark.parametrize("text, name", [
    ("Maya Holloway-Brandt got a detention today.", "Maya Holloway-Brandt"),
    ("Shoutout to Ye-jin for the poster.", "Ye-jin"),
    ("Widlet Saint-Fleur left early.", "Saint-Fleur"),
])
def test_a_hyphenated_name_is_one_candidate(nlp, lex, text, name):
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert name in got and not any(g != name and (g in name) for g in got)


def test_spaced_dashes_and_numbers_do_not_join(nlp, lex):
    text = "Jordan - Maple Ridge won 3-2 and Covid-19 rules are gone."
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert not any("-" in g for g in got)


@pytest.mark.parametrize("text,word,key", [
    ("My co-worker Tony covered my recess duty", "Tony", "kin_adult_before"),
    ("Son-in-law Tony got his first bear this weekend", "Tony", "kin_adult_before"),
])
def test_a_hyphenated_context_word_is_read_whole(nlp, lex, text, word, key):
    assert key in feats(nlp, lex, text, word)


def test_a_hyphenated_word_is_one_context_word(nlp, lex):
    f = feats(nlp, lex, "our yearbook editor-in-chief Maya Ortiz finished the layout", "Maya")
    assert f["p1=editor-in-chief"] == 1.0 and f["p2=yearbook"] == 1.0
    assert "title_before" not in f and "kin_child_before" not in f  # "chief" is a title, "in" nothing
    f = feats(nlp, lex, "Maya Ortiz-Reyes's poster won", "Maya")
    assert f["n1='s"] == 1.0 and "possessive" in f


@pytest.mark.parametrize("text,word", [
    ("Seven kids walked across that stage tonight", "Seven"),
    ("Group for grieving students starts Weds, room A8", "Weds"),
])
def test_number_words_and_day_abbreviations_are_not_candidates(nlp, lex, text, word):
    assert word not in [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]



def test_a_chat_word_is_not_part_of_the_name(lex):
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    text = "thx Sam for hauling the boxes"
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [text[c.start:c.end] for c in candidates(doc, text, None, lex) if "ner" in c.sources] == ["Sam"]


def test_a_sentences_first_word_is_context_unless_it_could_be_a_name(nlp, lex):
    assert "w=finished" in feats(nlp, lex, "Finished David McCullough's 1776 on the porch", "David")
    f = feats(nlp, lex, "So proud today. Maya and Ana won the spelling bee", "Ana")
    assert "w=maya" not in f


@pytest.mark.parametrize("text,name", [("birthday list for Feb: Ivy October 22nd, Leo May 2", "Ivy"),
                                       ("Sorting birthday bags: Kai Dec 15, both in my class", "Kai")])
def test_a_month_before_a_day_is_no_surname(nlp, lex, text, name):
    lex = Lexicons(load_config().names, first_names=frozenset({"ivy", "kai", "leo"}))
    got = [text[c.start:c.end] for c in candidates(nlp(text), text, None, lex)]
    assert name in got and not any(g.startswith(name + " ") for g in got)
