"""Roster matching: every variant of a student's name, opt-outs, IDs anywhere, and confidentiality."""
import pytest

from screener import InputError, Screener
from screener.roster import Roster

ROSTER = """first_name,last_name,preferred_name,student_id,grade,media_opt_out
Jaylen,Brooks,,204518,10,false
Roberto,Chen,Bobby,311207,7,false
Emma,Kowalczyk,,322004,4,true
Miles,Morales,,410553,11,false
"""


@pytest.fixture(scope="module")
def screener(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    path.write_text(ROSTER)
    return Screener(roster=str(path))


def names(screener, text):
    return [text[f.start:f.end] for f in screener.screen(text).findings if f.label == "STUDENT_NAME"]


@pytest.mark.parametrize("text,expected", [
    ("So proud of Jaylen Brooks tonight, 24 points!", "Jaylen Brooks"),
    ("shoutout to jaylen brooks for the assist", "jaylen brooks"),
    ("JAYLEN BROOKS WITH THE DUNK!!!", "JAYLEN BROOKS"),
    ("Bobby Chen finished his science fair board early", "Bobby Chen"),
    ("Miles M. in 4th period asked the best question today", "Miles M."),
    ("Jaylen's mom dropped off his cleats", "Jaylen"),
    ("Kowalczyk won the spelling bee for the third year running", "Kowalczyk"),
])
def test_roster_variants_are_found(screener, text, expected):
    assert expected in names(screener, text)


def test_media_opt_out_student_blocks(screener):
    report = screener.screen("Congrats to Emma Kowalczyk, our student of the month!", kind="official")
    assert report.verdict == "block"
    assert any(f.opt_out for f in report.findings)
    assert any("opted out" in r for r in report.reasons)


def test_named_student_without_sensitive_context_is_review(screener):
    assert screener.screen("Congrats to Jaylen Brooks on making all-county!", kind="official").verdict == "review"


def test_roster_ids_are_student_ids_anywhere(screener):
    text = "who left 311207 on the whiteboard?"
    found = [(f.label, text[f.start:f.end]) for f in screener.screen(text).findings]
    assert ("STUDENT_ID", "311207") in found


def test_roster_is_never_shown(screener):
    assert "Jaylen" not in repr(screener.roster) and "204518" not in repr(screener.roster)


def test_bad_roster_names_file_and_line(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("first_name,last_name\nAna,Lopez\n,Missing\n")
    with pytest.raises(InputError) as exc:
        Roster.from_csv(path)
    assert f"{path}:3" in str(exc.value)
    path.write_text("given,family\nAna,Lopez\n")
    with pytest.raises(InputError, match="first_name"):
        Roster.from_csv(path)


def test_fifty_thousand_students(tmp_path):
    """A district-sized roster builds and matches (the benchmark times it; this checks it works)."""
    import random

    rnd = random.Random(5)
    firsts = ["Ava", "Liam", "Noah", "Mia", "Zoe", "Omar", "Priya", "Kenji", "Lucia", "Tariq"]
    lasts = [f"Name{i}" for i in range(5000)]
    rows = ["first_name,last_name,student_id"] + [
        f"{rnd.choice(firsts)},{rnd.choice(lasts)},{700000 + i}" for i in range(50_000)]
    rows.append("Quintessa,Zebrowski,799999")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n")
    roster = Roster.from_csv(path)
    assert len(roster) == 50_001
    assert roster.lookup("quintessa zebrowski")[0] == "full"
    s = Screener(roster=roster)
    text = "Quintessa Zebrowski aced the chem quiz, ID 799999"
    found = {(f.label, text[f.start:f.end]) for f in s.screen(text).findings}
    assert ("STUDENT_NAME", "Quintessa Zebrowski") in found and ("STUDENT_ID", "799999") in found
