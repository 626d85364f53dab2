"""US_SSN: social security numbers, dashed or spaced anywhere, bare nine digits with SSN context."""
import pytest

from conftest import found, spans_of

LABEL = "US_SSN"

POSITIVES = [
    ("Her SSN is 412-33-7788 for the Medicaid form", LABEL, "412-33-7788"),
    ("his social is 219-09-9999, can you fill it in", LABEL, "219-09-9999"),
    ("SSN: 078-05-1120", LABEL, "078-05-1120"),
    ("Social security number 536 22 8812 on the application", LABEL, "536 22 8812"),
    ("ss# 412-33-7788 for the free lunch form", LABEL, "412-33-7788"),
    ("mom gave me her social security # 321-54-9876", LABEL, "321-54-9876"),
    ("SSN 412337788 for the enrollment packet", LABEL, "412337788"),
    ("his social security number is 536228812", LABEL, "536228812"),
    ("ss# 412337788 on the form", LABEL, "412337788"),
    ("Need the SSN (219-09-9999) before Friday", LABEL, "219-09-9999"),
    ("Fixed the typo: SSN should be 536-22-8812.", LABEL, "536-22-8812"),
    ("For the work permit I need her soc sec: 432-11-0987", LABEL, "432-11-0987"),
    ("SS number 401-88-2213 was on the sheet left at the copier!!", LABEL, "401-88-2213"),
    ("my SSN is 123-45-6789 (joking, this is the example one)", LABEL, "123-45-6789"),
    ("The form says SSN 287 65 4321", LABEL, "287 65 4321"),
    ("ssn:523-71-0094", LABEL, "523-71-0094"),
]

NEGATIVES = [
    "Call 845-555-0143 after 3",
    "Student ID 123456789 in the old system",
    "Final score was 98-72 and 3-1",
    "The bill was $123,456,789",
    "Zip 12601-4455",
    "My SSN was stolen once, so protect yours!",
    "Room 000-12-3456",
    "Reference number 666-12-3456",
    "Form 900-12-3456 is the one you want",
    "ISBN 978-0-14-303943-3",
    "Field day is 2024-06-12",
    "the score was 412 to 33 in the 4th",
    "We raised 412337788 pennies? ok not really",
    "Never post your social security number online",
    "Regents scores: 85, 92, 78",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_ssns(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_ssns(screener, text):
    assert spans_of(screener, text, LABEL) == []
