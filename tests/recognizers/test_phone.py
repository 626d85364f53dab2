"""PHONE_NUMBER: personal numbers in every common US format; the district's published numbers
(rules/district.yaml public_phones and school phones) are never findings, in any format."""
import pytest

from conftest import found, spans_of

LABEL = "PHONE_NUMBER"

POSITIVES = [
    ("Parents can text me at (845) 555-0143 with questions about the trip", LABEL, "(845) 555-0143"),
    ("My cell is 845.555.0143 if you need me this weekend", LABEL, "845.555.0143"),
    ("Call me at 845-555-0143 after 3", LABEL, "845-555-0143"),
    ("Reach me on WhatsApp: +1 845 555 0143", LABEL, "+1 845 555 0143"),
    ("text me 8455550143 if the bus is late", LABEL, "8455550143"),
    ("you can call or text 8455550177 about carpool", LABEL, "8455550177"),
    ("new number! 914-555-0199, save it", LABEL, "914-555-0199"),
    ("Her mom's cell is (914) 555-0178, call if she's absent again", LABEL, "(914) 555-0178"),
    ("1-845-555-0166 is my home line, call anytime", LABEL, "1-845-555-0166"),
    ("hmu 845 555 0122 for the sign-up sheet", LABEL, "845 555 0122"),
    ("Coach's cell: 845–555–0190", LABEL, "845–555–0190"),
    ("dad's phone (845)555-0188, he prefers calls", LABEL, "(845)555-0188"),
    ("my number is 555-0143, call me before practice", LABEL, "555-0143"),
    ("Team moms group chat, text +1 (914) 555-0111 to join", LABEL, "+1 (914) 555-0111"),
    ("Field trip chaperones: my cell 845.555.0102 (Ms. Ortiz)", LABEL, "845.555.0102"),
    # a person's number beside an office word: the nearest cue, or "cell", decides
    ("Call me, not the office: 914-555-0163", LABEL, "914-555-0163"),
    ("left it at the front office. my cell is 914-555-0101", LABEL, "914-555-0101"),
    ("Gloria's cell for the hotel block is 914 555 0182", LABEL, "914 555 0182"),
    ("text my office line 914-555-0177 after 3", LABEL, "914-555-0177"),
    ("Lakeland HS game moved. 914-555-0190 (my cell) if you need a ride", LABEL, "914-555-0190"),
    # a heading that names a parent; a website, but the number is mine
    ("Jaylen's mom: call 845-555-2231 if he misses the bus", LABEL, "845-555-2231"),
    ("my tutoring site is brightpathtutors.com, or text me at 845-555-7711", LABEL, "845-555-7711"),
    # "them" after a family
    ("Jaylen's grandparents pick him up today. Call them at 845-555-2231 if he is late", LABEL, "845-555-2231"),
    ("The Nguyens lost everything in the fire. Their number is 845-555-2291 if you can help", LABEL,
     "845-555-2291"),
]

NEGATIVES = [
    # the district's published numbers, as listed and in other common formats
    "Questions? Call the district office at 845-555-0120",
    "HVHS front desk: (845) 555-0110",
    "Roosevelt's office number is 845.555.0130",
    "Call Maple Ridge at 845-555-0150 to report an absence",
    "Hillside Elementary main office: 8455550140",
    "Call the main office at (845) 555-0100 for closings",
    "For attendance call (845) 555-0120 before 9",
    "Sports hotline: call +1 845 555 0100",
    # another organisation's published number, named by the words beside it
    "Questions about registration? Call the main office at (914) 555-0123.",
    "Lakeland's nurse's line: (914) 555-0166",
    "Tickets at the Bardavon box office, 845-555-0181",
    "Free screenings at Hudson Valley Pediatrics, (845) 555-0166, Saturday",
    "the rec center (front desk) 845.555.0197 will buzz you in",
    "Child abuse hotline: 1-800-342-3720",
    "Trevor Project 1-866-488-7386, save it",
    # a heading before "call", a website beside the number
    "Kindergarten screening appointments: call (914) 555-0135, Mon-Fri 9 to 3",
    "Free full-day pre-K. Learn more at hvcsd.org/prek or call (845) 555-0139.",
    # "them" after an organisation named just before
    "Kowalski Electric is hiring apprentices!! Call them at (845) 555-2231 and say HVHS sent you",
    "ask the credit union folks, their number is 845-555-2239",
    # numbers that are not phone numbers
    "Final score 98-72! What a game",
    "Order #8455550143 shipped today",
    "Practice from 3:30-5:15 today, bring water",
    "Call 911 in an emergency, then the office",
    "Read pages 555-600 over break",
    "We raised $5,550,143 for the new gym (ok, $5,550)",
    "Updated laptops to version 10.0.19045 today",
    "Class of 2024 graduation is 6/22 at 10 am",
    "Our zip code is 12601-4455",
    "Room 214, bus 12, jersey 23",
    "Confirmation 845-555-0143 for the bus company booking",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_personal_numbers(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_personal_numbers(screener, text):
    assert spans_of(screener, text, LABEL) == []


def test_ten_bare_digits_without_context_are_not_a_phone(screener):
    # With no calling context a bare 10-digit run may be anything (an ID, an order); not a phone.
    assert spans_of(screener, "Ref 8455550143 in the shared folder", LABEL) == []
