"""Everyday numbers and public contacts that staff post all the time: no structured finding at all.

Each line is checked against every structured label, so a number that one recognizer leaves alone
cannot be picked up by another (a score read as an SSN, a version number read as an IP)."""
import pytest

from conftest import found

STRUCTURED = {"STUDENT_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH",
              "US_SSN", "CREDENTIAL", "NETWORK_INFO"}

HARD_NEGATIVES = [
    # scores and stats
    "Falcons win 98-72! Great defense in the 4th quarter 🦅",
    "JV volleyball takes it in 3 sets: 25-18, 22-25, 25-20",
    "Cross country: 18:42 for the 5K, a new school record",
    "Final: HVHS 17, Goshen 10. Homecoming W!",
    # room / bus / jersey / page numbers
    "Room 214 is moving to Room 118 after break",
    "Bus 27 is running 15 minutes late this afternoon",
    "Congrats to #23 on her 1000th point!",
    "Homework: pages 112-140, problems 1-25 odd",
    # years, times, money, zip codes
    "Class of 2026 — senior portraits are Sept 12-14",
    "Doors open at 6:30, concert at 7:00 pm",
    "The book fair raised $1,245.50 for the library!",
    "Mail donations to PO Box 118, Hudson NY 12534",
    "Budget vote: $58,400,000, a 2.1% increase",
    # the district's public contacts
    "Questions? Call (845) 555-0100 or email info@hvcsd.org",
    "Hudson Valley High School, 100 School Rd — (845) 555-0110",
    "Roosevelt Elementary: 25 Academy St, (845) 555-0130",
    "Athletics office: athletics@hvcsd.org, 845-555-0120",
    # passwords with no secret, public URLs, version numbers
    "I reset my password today and already forgot it",
    "PSA: never share your password, not even with IT",
    "Snow day info is always at https://www.hvcsd.org/closings",
    "Read about our robotics team at hvcsd.org/news",
    "Chromebooks updated to 120.0.6099.0; Windows on 10.0.19045",
    "Python 3.11.4 is installed in the computer lab",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_no_structured_findings(screener, text):
    assert [(lab, t) for lab, t in found(screener, text) if lab in STRUCTURED] == []
