"""DATE_OF_BIRTH: a person's birth date in any common written form, with or without the year;
not other dates (games, due dates, holidays)."""
from datetime import date

import pytest

from conftest import found, spans_of

LABEL = "DATE_OF_BIRTH"

POSITIVES = [
    # in Spanish, Portuguese and French
    ("Mateo cumple 12 hoy!! Nació el 14 de febrero de 2013 💘", "DATE_OF_BIRTH", "14 de febrero de 2013"),
    ("a Bia nasceu em 3 de março de 2014, hoje é festa", "DATE_OF_BIRTH", "3 de março de 2014"),
    ("Léa est née le 2 avril 2013", "DATE_OF_BIRTH", "2 avril 2013"),
    ("She was born 3/14/2012 so she's the youngest in class", LABEL, "3/14/2012"),
    ("Kiddo's bday is June 2nd, cupcakes in homeroom!", LABEL, "June 2nd"),
    ("DOB: 2011-06-02 on the permission slip", LABEL, "2011-06-02"),
    ("His birthday is March 3 and he wants a pizza party", LABEL, "March 3"),
    ("Date of birth 04/22/2013 — please fix it in the system", LABEL, "04/22/2013"),
    ("born on 12.01.2010, so he's old enough for JV", LABEL, "12.01.2010"),
    ("Her birthday's on the 5th of May", LABEL, "5th of May"),
    ("Happy birthday to my student who turns 12 on Oct. 9!", LABEL, "Oct. 9"),
    ("D.O.B. 7-4-2012 on the sports physical", LABEL, "7-4-2012"),
    ("b-day: Sept 30", LABEL, "Sept 30"),
    ("birthdate: January 15, 2012", LABEL, "January 15, 2012"),
    ("Birthday girl! born February 29th 2012", LABEL, "February 29th 2012"),
    ("Her DOB is 06/02/11 per the nurse", LABEL, "06/02/11"),
    ("his bday is 11/3, let's surprise him", LABEL, "11/3"),
    ("Twins in my class, birthday Aug 14", LABEL, "Aug 14"),
    ("Her birthday is May 5 and she turns 9", LABEL, "May 5"),
    ("jay cumple años el February 1st y quiere pastel", "DATE_OF_BIRTH", "February 1st"),
    # one heading over a list of names and dates, however long the list
    ("making my class birthday list for the year: Thomas Sheppard 7/2/2017, Arturo Alba 12/3/2019",
     LABEL, "12/3/2019"),
    ("Birthday list for our class calendar: Heather (July 9th), Óscar (6 December 2017) and Jeff",
     LABEL, "6 December 2017"),
    # in Vietnamese, Haitian Creole, German and Polish
    ("Cháu Linh sinh ngày 05/04/2015, hôm nay tròn 10 tuổi 🎂", LABEL, "05/04/2015"),
    ("pitit fi m Nadège fèt 4/12/2012, li gen 13 an jodi a", LABEL, "4/12/2012"),
    ("Lena ist am 12.05.2013 geboren und heute ist ihr Tag", LABEL, "12.05.2013"),
    ("Zosia urodziła się 14.02.2014, sto lat!", LABEL, "14.02.2014"),
    ("Auguri Sofia! 17 anni oggi, nata il 9 aprile 2009 a Bologna", LABEL, "9 aprile 2009"),
    ("Alles Gute zum 16., Mia! (geb. 12.01.2010 in Leipzig)", LABEL, "12.01.2010"),
    ("Kuba urodził się 3 maja 2013 i dziś ma tort", LABEL, "3 maja 2013"),
    ("Hotel needs DOBs for the rooming list?? Madison Thomas, 2008-02-17. Everyone else, bring IDs", LABEL,
     "2008-02-17"),
    # a list after a name, its heading a sentence before
    ("tournament roster needs birthdays. Michael Forbes 04/03/19, Monica Serrano 05/11/19. sent it", LABEL,
     "05/11/19"),
    # a birth year a sentence or two after the birthday
    ("Happy birthday to my sous chef in 3rd period, Marisol!! March 9, 2008. Eighteen and unstoppable",
     LABEL, "March 9, 2008"),
    ("bday shoutout to the loudest kid on the bus. Look out world. 7/19/2011 never forget", LABEL, "7/19/2011"),
    # an age reached on the date
    ("Rosa Bolin turns 16 on June 18!!! happy early birthday", LABEL, "June 18"),
    ("she's turning 6 on the actual day, October 1st, so we're celebrating early", LABEL, "October 1st"),
]

NEGATIVES = [
    "The game is on 3/14 at home",
    "Essays due June 2nd",
    "Field trip 4/22/2024, permission slips due Friday",
    "Next game: Oct. 9 vs Arlington",
    "Spring break starts March 3",
    "Report cards go home 12/01",
    "The school was built in 1952 as a one-room schoolhouse",
    "Our 3/14 Pi Day celebration was a hit",
    "Scored 12-4 on 6/2",
    "Teacher birthday celebration in the lounge, games on 3/14 and 3/21",
    "Turn in permission slips by 5/12",
    "Birthday party RSVPs due by 3/14",
    "It turned cold on Oct. 9 and the heat is still off",
    "The weather turns nice by May 5th hopefully",
    "Regents exams start 6/17; schedule is posted",
    "Our class turned in the science fair boards on Feb 2",
    "It turns out the field trip is on May 5",
    "Birthday cards for Ms. Lee are due 5/12",
    "Birthday breakfast for the staff, then the band concert is Thursday at 7 and the fair on May 5",
    "Sofia's birthday party is Saturday 2-4pm at the park",
    "turned 40 on Saturday and the staff surprised me",
    # a founding date, and this year's dates, a sentence after a birthday
    "Happy 100th birthday to Roosevelt Elementary! Founded Sept 5, 1925 and still standing",
    f"Birthday week for me 🎉 Meanwhile we beat Arlington on Oct 3, {date.today().year} and I lost my voice",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_birth_dates(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_birth_dates(screener, text):
    assert spans_of(screener, text, LABEL) == []
