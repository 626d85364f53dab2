"""STREET_ADDRESS: home addresses (number + street + suffix, optional unit); the district's and
schools' public addresses (rules/district.yaml) are not findings."""
import pytest

from conftest import found, spans_of

LABEL = "STREET_ADDRESS"

POSITIVES = [
    ("He lives at 42 Birch Ln, can someone drop off his books?", LABEL, "42 Birch Ln"),
    ("Dropping off the packet at 17 Maple Street after school", LABEL, "17 Maple Street"),
    ("Her new address is 218 N. Spruce Ave, Apt 3B", LABEL, "218 N. Spruce Ave, Apt 3B"),
    ("The family moved to 9 Old Post Road last month", LABEL, "9 Old Post Road"),
    ("Pick up is at 1450 Kings Hwy", LABEL, "1450 Kings Hwy"),
    ("Staying with grandma at 33 Oak Hill Dr for now", LABEL, "33 Oak Hill Dr"),
    ("Carpool meets at 5 Cedar Ct", LABEL, "5 Cedar Ct"),
    ("Send it to 77 Washington Blvd Unit 12", LABEL, "77 Washington Blvd Unit 12"),
    ("lives at 8 River Rd #2 with her aunt", LABEL, "8 River Rd #2"),
    ("The party is at 401 East Main St", LABEL, "401 East Main St"),
    ("His house is 12 Sunset Terrace, the blue one", LABEL, "12 Sunset Terrace"),
    ("Drop the forms at 56 Willow Way, Apt. 4", LABEL, "56 Willow Way, Apt. 4"),
    ("Mail it to 9 Elm St., Apt. 4B please, he lives there now", LABEL, "9 Elm St., Apt. 4B"),
    ("Her new place: 300 Main St, Ste. 210", LABEL, "300 Main St, Ste. 210"),
    ("home visit today: 140 W 23rd St", LABEL, "140 W 23rd St"),
    ("Bus stop moved, she's at 3 Orchard Pl now", LABEL, "3 Orchard Pl"),
    ("Her grandma's at 1021 Route 32 Ext? no — 1021 Quarry Ridge Rd", LABEL, "1021 Quarry Ridge Rd"),
    ("The game is at Lakeland HS, 1200 Pine Rd; carpool meets at my house, 14 Elm St", LABEL, "14 Elm St"),
    ("the new address you gave the office 96 Storm King Dr doesn't match", LABEL, "96 Storm King Dr"),
]

NEGATIVES = [
    # a business's or a hall's address
    "Collision tour at Rinaldi's Collision, 1180 Route 9W, Wednesday 3:15. Closed-toe shoes.",
    "Retirement party at the Polish Falcons hall, 445 Main St, Friday 6pm, all welcome",
    "can't make it? their branch at 137 Boardman Rd does free tax appointments",
    # a time in Spanish before a school named with a street word
    "estoy en el breakfast room de 7 a 8 en Maple Ridge, ayudo con gusto",
    # a count of things along, near or past a street
    "Our 5th graders planted 200 tulip bulbs along Lincoln Ave with the garden club",
    "we put 40 cones out past Birch Lane for the 5K",
    # the district's and schools' public addresses, as listed and spelled out
    "Meet at 100 School Rd for the game",
    "Roosevelt is at 25 Academy St",
    "Board meeting at 1 District Way tonight",
    "Hillside Elementary, 310 Hillside Ave",
    "Maple Ridge is at 75 Ridge Rd",
    "Roosevelt Elementary is located at 25 Academy Street",
    "Meet at 100 School Road for the game",
    "Come to 310 Hillside Avenue for the book fair",
    "Pick up at 75 Ridge Road after the game",
    # venues the district file does not list, named beside the address
    "Kindergarten registration is at Lincoln Elementary, 450 Oak Street, Tuesday 3-6 pm",
    "Graduation is at the Civic Center, 200 Main Street, June 22",
    "The game is at Lakeland HS, 1200 Pine Rd; carpool meets at my house",
    "Coat drive: drop off at Grace Methodist, 14 Church St, any Sunday",
    # numbers + words that are not addresses
    "We scored 3 points in the 4th quarter",
    "Room 214 down the hall",
    "Read 20 pages for Monday",
    "Bus 12 leaves at 3 pm",
    "I have 5 kids in period 3",
    "We ran 3 laps around the track",
    "Turn to page 42 in the workbook",
    "It's 2 miles up the road",
    "Won 3 straight games on the road",
    "Take Route 9 to exit 18",
    # a count before a school's own name (Maple Ridge Middle School), a college campus
    "Congrats to all 12 Maple Ridge mathletes headed to regionals!",
    "Regionals are at SUNY Albany, 1400 Washington Ave this year",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_home_addresses(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_home_addresses(screener, text):
    assert spans_of(screener, text, LABEL) == []
