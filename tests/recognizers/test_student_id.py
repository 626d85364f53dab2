"""STUDENT_ID: local 6-digit IDs (with ID context), lunch PINs, NY NYSSIS 10-digit state IDs, the
district's HV-123456 badge numbers (rules/district.yaml) and locker combinations (rules/recognizers.yaml)."""
import pytest

from conftest import found, spans_of

LABEL = "STUDENT_ID"

POSITIVES = [
    # local six-digit IDs, with ID context
    ("Can someone in the office fix student ID 204518? PowerSchool shows the wrong schedule.", LABEL, "204518"),
    ("Kiddo forgot his ID again, it's 331907 if anyone at the front desk can help", LABEL, "331907"),
    ("ID#418230 — new kid in 3rd period, schedule still missing", LABEL, "418230"),
    ("ID # 418230 still isn't showing up on my attendance list", LABEL, "418230"),
    ("Reminder to self: student number 502117 needs the bus form", LABEL, "502117"),
    ("Her student # is 120034, please add her to my roster", LABEL, "120034"),
    ("student id 118822 for the new transfer, 7th grade", LABEL, "118822"),
    ("Just entered ID 663201 into Infinite Campus, finally", LABEL, "663201"),
    # a title's full stop does not end the sentence that names the IDs
    ("ID numbers for Mr. Okafor's roster: Fang 544606, Yeva 544611", LABEL, "544611"),
    # lunch PINs / numbers
    ("Lunch PIN 4417 for the little guy who always forgets", LABEL, "4417"),
    ("her lunch number is 55123, cafeteria says it isn't working", LABEL, "55123"),
    ("If anyone sees him at lunch, his lunch pin is 8802", LABEL, "8802"),
    # NY NYSSIS (10 digits)
    ("NYSSIS 1234567890 still wrong in the state upload", LABEL, "1234567890"),
    ("His state ID is 9876543210 per the registrar", LABEL, "9876543210"),
    ("Her NYSSIS # 1029384756 was entered twice", LABEL, "1029384756"),
    ("Student ID: 2345678901 flagged in the state report", LABEL, "2345678901"),
    # district badge pattern (rules/district.yaml: hvcsd_badge_id)
    ("ID badges are in! Hers says HV-204518, so cute", LABEL, "HV-204518"),
    ("Lost badge HV-339012 turned in at the main office", LABEL, "HV-339012"),
    # locker combinations tied to a student (rules/recognizers.yaml: locker_combination)
    ("his locker 214 combo is 12-34-08, he keeps forgetting", LABEL, "12-34-08"),
    ("her locker combination: 5-22-41", LABEL, "5-22-41"),
    ("Anthony Gray (457914) was withdrawn today", "STUDENT_ID", "457914"),
    ("Homero León 596457 — hold his schedule change", "STUDENT_ID", "596457"),
    # named by the words right before it, in any district's length
    ("Student 417714 was caught with a knife in his bag", LABEL, "417714"),
    ("Jayden's student ID is 4471203, can someone fix it?", LABEL, "4471203"),
    # a student's login name is usually the student number: a test ticket, a Chromebook sign-in
    ("Test ticket for my 4th period kid: username 235797, password river46", LABEL, "235797"),
    ("her user name is 604418 and she keeps typing it with a space", LABEL, "604418"),
    ("his OSIS is 209345678 on the form", LABEL, "209345678"),
    ("her SASID: 1002345678", LABEL, "1002345678"),
    # one heading over a list
    ("ID numbers for the tournament roster: Peace 359061, Micaela 359062. sending now", LABEL, "359062"),
    ("lunch numbers for my homeroom kids who keep forgetting: Maria 1617, Annamaria 14410", LABEL, "14410"),
    # library accounts: patron barcodes and card numbers
    ("overdue list for the sub: Marcus — barcode 581204, 2 books", LABEL, "581204"),
    ("Patron barcodes for the new kids: Lena P430912, Omar 2 9187 55310 4421", LABEL, "P430912"),
    ("Patron barcodes for the new kids: Lena P430912, Omar 2 9187 55310 4421", LABEL, "2 9187 55310 4421"),
    ("checkout cards for the K station: Ruby 29187553104421, Theo 29187553104438", LABEL, "29187553104438"),
    ("Found a library card by the gym, card number 602233, it's at the front desk", LABEL, "602233"),
    ("great job! ID 204518 is Maya's, the office has it", LABEL, "204518"),
    # a roster pasted one student per line, the header a line above
    ("roster for the sub since the printer died:\nAdriana Casillas 639115\nYolanda Vela 554346", LABEL, "639115"),
    ("roster for the sub since the printer died:\nAdriana Casillas 639115\nYolanda Vela 554346", LABEL, "554346"),
    # a number that points back to the sentence that named it
    ("Sub secretary: the lunch PIN list is in the top drawer. Leon's is 34209, he forgets it daily", LABEL, "34209"),
    ("We need everyone's NYSSIS numbers for the states roster. Ji-ho's is 1248803715, still missing two",
     LABEL, "1248803715"),
    ("she forgot her lunch number again so it's on her hand. Luz, your number is 30418, don't wash it off",
     LABEL, "30418"),
    # a locker combination further along the sentence that names the locker
    ("he forgot his band locker combo for the third time so here it is for both of us: 7-7-37", LABEL, "7-7-37"),
]

NEGATIVES = [
    "We won 98-72 in double overtime!",
    "Room 214 needs a new projector, third time this month",
    "Bus 1127 will be 10 minutes late this morning",
    "Jersey #23 had a great night, 4 goals!",
    "Read pages 112-140 for Friday",
    "Class of 2024, we are so proud of you",
    "Practice moved to 3:45 today",
    "Fundraiser brought in $125000 for the library",
    "Our zip code is 12601 if you're mailing donations",
    "Order #204518 for the classroom library shipped",
    "Students collected 150000 pennies this year!",
    "The ISBN is 9780143039433",
    "Grade 7 averaged 85.5 on the unit test",
    "Case 204518 at the county is closed",
    "lunch starts at 1130 on half days",
    "HV-2045 is the room code",
    "Chapter 12, problem 204",
    "Call Room 204518? kidding, it's ext 2045",
    "the 3-2-1 countdown to summer is on",
    "Hudson Valley drew 125000 fans, a record",
    "the Maple Ridge (est. 1962) reunion",
    "Student Council raised 12000 dollars for the food pantry",
    "we have 120 students and 2023 was a good year",
    "student teacher cohort 2024 starts Monday",
    "Zoom passcode 448812 for tonight's parent night",
    "Model P430912 printers are jammed again",
    "Flight AA123456 lands at 4, the band is on it",
    "Call 29187553104421 items? no, 14 digits is a barcode only at the library",
    "Now hiring paraprofessionals at Roosevelt, Job ID 416677. Apply by Friday!",
    "Posting #416677: teaching assistant, Hillside. Apply by Friday!",
    "match ID 503697 got flagged for a disconnect, I filed the ticket with the league",
    # a number after a possessive with nothing about IDs before it; a team's record by the locker room
    "Great raffle. Maria's is 20194 and she's hoping for the bike",
    "Locker room was loud after we went 12-3-1 this season",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_student_ids(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_student_ids(screener, text):
    assert spans_of(screener, text, LABEL) == []


def test_student_id_in_multiline_post_keeps_offsets(screener):
    text = "Subs, heads up 🙏\nNew student today.\nStudent ID 204518, lunch PIN 4417."
    got = spans_of(screener, text, LABEL)
    assert got == ["204518", "4417"]
