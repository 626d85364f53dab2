"""EMAIL_ADDRESS: personal and student addresses; the district's published office addresses
(rules/district.yaml public_emails, school emails) are not findings."""
import pytest

from conftest import found, spans_of

LABEL = "EMAIL_ADDRESS"

POSITIVES = [
    ("Email me at jen.morales82@gmail.com with questions about the trip", LABEL, "jen.morales82@gmail.com"),
    ("Her mom's email is kwalsh1979@yahoo.com, reach out before Friday", LABEL, "kwalsh1979@yahoo.com"),
    ("Student email: 26jdoe@students.hvcsd.org — can someone reset it?", LABEL, "26jdoe@students.hvcsd.org"),
    ("send the signed form to tpatel@hvcsd.org", LABEL, "tpatel@hvcsd.org"),
    ("my personal email is coach.rivera+team@outlook.com", LABEL, "coach.rivera+team@outlook.com"),
    ("Contact dmiller_77@hotmail.com for carpools", LABEL, "dmiller_77@hotmail.com"),
    ("Parents, I'm at Ms.Lopez.Teaches@icloud.com over the summer", LABEL, "Ms.Lopez.Teaches@icloud.com"),
    ("(email: sam.k@protonmail.com)", LABEL, "sam.k@protonmail.com"),
    ("Questions? mrsgreen.4thgrade@gmail.com.", LABEL, "mrsgreen.4thgrade@gmail.com"),
    ("Tag your pics and email them to falconsfan2009@aol.com!", LABEL, "falconsfan2009@aol.com"),
    ("his student account jwilliams28@students.hvcsd.org is locked", LABEL, "jwilliams28@students.hvcsd.org"),
    ("Reply to booster.club.mom@comcast.net, not me", LABEL, "booster.club.mom@comcast.net"),
    ("EMAIL ME: COACHB@GMAIL.COM", LABEL, "COACHB@GMAIL.COM"),
    ("Two ways: a.chen@yahoo.com or a.chen@gmail.com", LABEL, "a.chen@gmail.com"),
    ("Venmo or e-mail k.ortiz@me.com for tickets", LABEL, "k.ortiz@me.com"),
]

NEGATIVES = [
    "Email info@hvcsd.org for district questions",
    "Send absences to attendance@hvcsd.org before 9 am",
    "Tickets for Friday's game via athletics@hvcsd.org",
    "Press inquiries: communications@hvcsd.org.",
    # any organisation's role mailbox
    "Email info@lincolnusd.org for tickets!",
    "questions to front.office@westside.k12.ny.us",
    "Sign up: pta2025@lakelandpta.org",
    "Email INFO@HVCSD.ORG with questions",
    "Follow us @HVCSD for updates",
    "Go Falcons! @HVHSFalcons",
    "Check out hvcsd.org for the calendar",
    "We met at 5 @ the gym",
    "Loving this @ home learning week",
    "Check https://www.hvcsd.org/contact for office emails",
    "Score: 98-72 @ Arlington",
    "Email me with any questions!",
    "Who do I email about the field trip?",
    "Shoutout to @ms_lopez_teaches for the idea",
    "Alumni transcript requests: email transcripts@hvcsd.org. Please allow 5 business days.",
    "Late pickup fee assistance: contact communityed@hvcsd.org confidentially",
    # fediverse handles (Mastodon mentions) look like addresses after their leading @
    "boosting my colleague's fundraiser! @msr_reads@mastodon.social",
    "cc @coach_b@mastodon.education and @HVCSD",
    "Need an interpreter? welcomecenter@hvcsd.org or interpreters@hvcsd.org, 48 hours notice",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_personal_emails(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_personal_emails(screener, text):
    assert spans_of(screener, text, LABEL) == []
