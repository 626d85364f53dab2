"""ContactOwner: whether the words around a number or address make it an organisation's (published)
or a person's (confidential), read from the bundled rules' public_contacts."""
import pytest

from screener import load_config
from screener.recognizers.ownership import ContactOwner


@pytest.fixture(scope="module")
def owner():
    return ContactOwner(load_config().recognizers.public_contacts)


def decide(owner, text, target):
    start = text.index(target)
    return owner.organisations(text, start, start + len(target))


@pytest.mark.parametrize("text,target,org", [
    ("Call the main office at 555-0123", "555-0123", True),
    ("District office: 555-0110", "555-0110", True),
    ("555-0110 (front desk)", "555-0110", True),
    ("555-0110 (my cell)", "555-0110", False),
    # the nearest cue decides
    ("the office gave me her number 555-0143", "555-0143", False),
    ("Game moved to Saturday at Lakeland HS, 1200 Pine Rd", "1200 Pine Rd", True),
    # owned or negated organisation words are a person's
    ("call my office line 555-0143", "555-0143", False),
    ("Call me, not the office: 555-0143", "555-0143", False),
    # "cell" and "address" win wherever they stand in the clause
    ("Gloria's cell for the hotel block is 555-0182", "555-0182", False),
    # another number, a clause or a sentence ends what describes the match
    ("the office is 555-0100, Ava is 555-0190", "555-0190", False),
    ("Her mom's cell is 555-0143, the office number is 555-0100", "555-0100", True),
    ("We met at the library. 555-0143", "555-0143", False),
    # what a published line is for
    ("Route 27 will be 15 minutes late. Questions: (845) 555-0135.", "(845) 555-0135", True),
    ("HOMECOMING DANCE Saturday 7-10, HVHS gym. Tickets $15. Info: 845-555-0189", "845-555-0189", True),
    ("Questions? text me, 845-555-0147", "845-555-0147", False),
    # no cue: not the owner's call
    ("Ava 555-0190", "555-0190", False),
])
def test_nearest_cue_decides(owner, text, target, org):
    assert decide(owner, text, target) is org


def test_toll_free_numbers_and_role_mailboxes(owner):
    assert owner.toll_free_number("18003423720") and owner.toll_free_number("8885550100")
    assert not owner.toll_free_number("8455550100")
    assert owner.role_mailbox("Front.Office@lakeland.org") and owner.role_mailbox("pta2025@x.org")
    assert not owner.role_mailbox("booster.club.mom@comcast.net")


def test_without_rules_nothing_is_an_organisations():
    empty = ContactOwner()
    assert not empty.organisations("Call the main office at 555-0123", 24, 32)
    assert not empty.toll_free_number("18003423720") and not empty.role_mailbox("info@x.org")
