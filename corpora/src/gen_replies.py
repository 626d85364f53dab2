"""Generate corpora/src/replies.jsonl: staff REPLYING and COMMENTING.

Voices: school staff of every role (teachers, aides, coaches, secretaries, bus drivers, custodians,
nurses, counselors, cafeteria staff, IT, subs and retirees still subbing) answering in someone else's
thread: comments under the local paper's Facebook story about the district, the chat of the board
meeting livestream, quote-posts of @HVCSD announcements, replies on the teachers' union page,
comments in a town Reddit thread, replies to a parent in a neighborhood group, answers to a friend's
"how's the new job?". Posts often start mid-conversation ("@HVCSD so...", "replying to...", "> the
article says..."), answer somebody, correct a fact, or just react.

The heart of the slice is the stance boundary: a reply that corrects a fact or gives logistics (no
disclaimer required) against one that judges the decision (required); a reply cheering a result
against one praising the program as the best thing the district does. Plus the usual mix: category
leaks tied to a named or context-identifiable student or colleague, span leaks (IDs, personal phones
and emails, home addresses, dates of birth, codes, network details), and hard negatives (adults by
name, reporters, trustees, parents, authors, athletes, streets named for people, staff by title, bus
and room numbers, scores, money, the district's public numbers and mailboxes).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is genlib.py's;
every skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock,
no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (parents, reporters, trustees, friends), {room} {bus} {time} {jersey} {date}
      {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail} {money} {num} {score} {pct}
      {wo} (work-order number) {pay} (hourly wage)

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "replies.jsonl"
SEED = 20261201

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "tr_TR", "en_IN", "fil_PH", "ga_IE", "es_AR", "en_GB", "nl_NL", "el_GR", "cs_CZ"]
# Romanized name lists for communities whose Faker names would not come out in Latin script:
# (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Mustafa", "Anas", "Waleed", "Faisal", "Ziad", "Nabil", "Adnan", "Hussein", "Majid", "Kareem"],
           ["Rawan", "Jana", "Hala", "Nadia", "Lina", "Sana", "Reem", "Dima", "Malak", "Zeina"],
           ["Barakat", "Jaber", "Suleiman", "Awad", "Shami", "Toukan", "Hijazi", "Masri", "Zoubi", "Kanaan"]),
    "am": (["Dawit", "Yonas", "Abel", "Henok", "Bereket", "Natnael", "Kaleb", "Surafel"],
           ["Selam", "Hanna", "Meron", "Betelhem", "Liya", "Saron", "Mahlet", "Ruth"],
           ["Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Mekonnen", "Worku", "Desta"]),
    "ko": (["Tae-yang", "Woo-jin", "Sung-min", "Jin-woo", "Dong-hyun", "Si-woo"],
           ["Chae-won", "Da-eun", "Ye-jin", "Hye-won", "Su-bin", "Na-yeon"],
           ["Bae", "Seo", "Hwang", "Ahn", "Lim", "Oh", "Jeon", "Song", "Yoo"]),
    "hi": (["Advait", "Reyansh", "Pranav", "Siddharth", "Yash", "Aditya", "Nikhil"],
           ["Aadhya", "Myra", "Tanvi", "Pooja", "Nisha", "Sneha", "Avni"],
           ["Kulkarni", "Desai", "Pillai", "Banerjee", "Mehta", "Rao", "Saxena", "Trivedi", "Kapoor"]),
    "uk": (["Roman", "Yurii", "Volodymyr", "Serhii", "Ihor", "Danylo"],
           ["Mariia", "Kateryna", "Halyna", "Ulyana", "Veronika", "Nataliia"],
           ["Horbunov", "Zinchenko", "Rudenko", "Moroz", "Klymenko", "Pavlenko", "Dovzhenko"]),
    "ht": (["Jean-Pierre", "Wilner", "Fritzner", "Jocelyn", "Ricardo", "Stanley"],
           ["Nadège", "Fabiola", "Guerline", "Rose-Marie", "Widline", "Stéphanie"],
           ["Joseph", "Pierre", "Jean-Baptiste", "Louis", "Dorvil", "Exantus", "Charles", "Toussaint"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "es_ES": 2, "vi_VN": 3, "zh_CN": 4, "pl_PL": 4, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 3, "en_NG": 4, "it_IT": 4, "tr_TR": 2, "en_IN": 3, "fil_PH": 3,
                "ga_IE": 3, "es_AR": 3, "en_GB": 2, "nl_NL": 1, "el_GR": 1, "cs_CZ": 1,
                "ar": 3, "am": 2, "ko": 2, "hi": 2, "uk": 2, "ht": 3}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "vi_VN"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alexander", "Sasha", "m"), ("Isabella", "Izzy", "f"), ("Nnamdi", "Dee", "m"),
         ("Ngoc Anh", "Annie", "f"), ("Bartholomew", "Bart", "m"), ("Guadalupe", "Lupita", "f"),
         ("Zachary", "Zach", "m"), ("Yekaterina", "Katya", "f"), ("Ignacio", "Nacho", "m"),
         ("Penelope", "Penny", "f"), ("Takumi", "Taku", "m"), ("Anjali", "Anj", "f"),
         ("Enrique", "Kike", "m"), ("Josephine", "Josie", "f"), ("Mohammed", "Mo", "m"),
         ("Frederick", "Freddie", "m"), ("Agnieszka", "Aga", "f"), ("Sebastián", "Seba", "m"),
         ("Cassandra", "Cassie", "f"), ("Olumide", "Mide", "m"), ("Gabriela", "Gabi", "f"),
         ("Cornelius", "Neil", "m"), ("Meiling", "May", "f"), ("Leopold", "Leo", "m"),
         ("Henrietta", "Etta", "f"), ("Jerome", "Romy", "m"), ("Esperanza", "Espe", "f"),
         ("Raghunath", "Raghu", "m"), ("Winifred", "Winnie", "f"), ("Rodrigo", "Rigo", "m")]

STREET_BASES = ["Wappinger", "Fishkill Hook", "Quaker Hill", "Spring Valley", "Beekman", "Foxhollow",
                "Route 52", "Pleasant Ridge", "Van Wyck", "Old Hopewell", "Sprout Creek", "Birchwood",
                "Chelsea Cove", "Hillcrest", "Lake Walton", "Stormville", "Knollwood", "Brookside",
                "Myers Corners", "Cedar Hill"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Road", "Lane", "Trl", "rd", "ave"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("teach", "HVHS social studies | arguing w/ teenagers since 2009 | comments here are mine, not the district's", True),
    ("teach", "3rd grade @ Hillside 🍂 | personal acct, I don't speak for my employer", True),
    ("teach", "ELA 7 | Maple Ridge | mis opiniones son mías, no del distrito", True),
    ("teach", "chem teacher ⚗️ | nothing I post is an official HVCSD position", True),
    ("teach", "teacher & union rep | speaking only for me here", True),
    ("teach", "kindergarten 🖍️ | running on goldfish crackers", False),
    ("teach", "HS math | my own classroom, my own playlist 🎧", False),
    ("teach", "music teacher 🎻 | opinions welcome, bad takes too", False),
    ("teach", "history teacher | Yankees | dad jokes on request", False),
    ("teach", "5th grade | plant mom 🌿 | Hudson Valley born & raised", False),
    ("teach", "ESL teacher 🌎 | habla, parle, speak", False),
    ("aide", "para @ Roosevelt 💛 | personal page, views are mine not HVCSD's", True),
    ("aide", "teacher aide | mom of 4 | what I say here is me talking, not my school", True),
    ("aide", "1:1 aide | professional snack negotiator", False),
    ("aide", "TA 🍎 | views are not my own, they belong to my cat", False),
    ("coach", "Coach | HVHS Baseball ⚾ | personal account, not Falcons Athletics", True),
    ("coach", "track & field coach 🏃‍♂️ | my takes, not my district's", True),
    ("coach", "JV hoops coach 🏀 | whistle, clipboard, coffee", False),
    ("coach", "softball coach 🥎 | Falcons forever", False),
    ("couns", "school counselor | HVCSD | opinions here are strictly personal", True),
    ("couns", "social worker 💬 | my page, my words, not my employer's", True),
    ("couns", "counselor @ Maple Ridge | 988 is always open 💚", False),
    ("couns", "school psychologist | testing season survivor", False),
    ("nurse", "school RN 🩺 | personal account · not affiliated with HVCSD's official pages", True),
    ("nurse", "school nurse | ice packs & band-aids 🩹", False),
    ("nurse", "RN | Hillside | knitting, hiking, hot sauce", False),
    ("sec", "main office @ Hillside ☎️ | posting as myself, not the school", True),
    ("sec", "school secretary | grandma x3 | Hudson Valley 🍎", False),
    ("sec", "attendance office | yes I know your kid was 'at the dentist'", False),
    ("bus", "HVCSD bus driver 🚌 | my opinions, nobody else's", True),
    ("bus", "bus driver | 17 yrs | Giants fan", False),
    ("bus", "🚌 route driver | fishing on weekends", False),
    ("cust", "head custodian 🧹 | what I post is personal, not district business", True),
    ("cust", "custodian | HVHS night crew | vinyl collector 🎶", False),
    ("cust", "building maintenance | Harley guy | grandpa", False),
    ("cafe", "cafeteria manager 🍕 | opiniones personales, no del distrito", True),
    ("cafe", "lunch lady & proud 🥪 | Roosevelt", False),
    ("cafe", "food service | bingo champ 2019", False),
    ("it", "K-12 IT tech 💻 | posts = personal, not HVCSD", True),
    ("it", "sysadmin | have you tried turning it off and on again", False),
    ("it", "ed tech | Linux, lattes, lawn care", False),
    ("sub", "retired teacher, still subbing 🍎 | my views only, not any district's", True),
    ("sub", "retired HVHS English, 34 yrs | subbing for fun?? | grandma", False),
    ("sub", "substitute teacher | professional name-learner", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Hudson Valley Central School District | official account | hvcsd.org",
    "aide": "HVCSD Pupil Personnel Services (official)",
    "coach": "Official page of HVHS Falcons Athletics 🦅",
    "couns": "Maple Ridge MS Counseling Center · official",
    "nurse": "HVCSD Health Office | official updates",
    "sec": "Hillside Elementary School (official) ☎️ (845) 555-0100",
    "bus": "HVCSD Transportation (official)",
    "cust": "HVCSD Facilities & Operations (official)",
    "cafe": "HVCSD Food Service | official menus & updates",
    "it": "HVCSD Technology Department (official)",
    "sub": "HVCSD Human Resources | official",
    "union": "Hudson Valley Teachers Association (official union page)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "718", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "optimum.net",
                     "aol.com", "me.com"]
    HOSTS = ["hill-nvr01.hvcsd.local", "ps-sched.hvcsd.internal", "hvhs-badge-srv.hvcsd.lan",
             "food-pos02.hvcsd.local", "mrms-wlc.hvcsd.local", "transpo-db.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|boy|son|mijo)\b", r"\b(she|her|hers|she's|shes|herself|girl|daughter|mija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as staff type names
        if got and (len(got[0]) > 14 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{f[0]}.{l}", f"the{l}s", f"{l}.{f}{r.randint(60, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Hvcsd{r.choice(['Staff', 'Sub', 'Print'])}{r.randint(10, 99)}{r.choice('!?#')}",
                         f"{r.choice(['Falcon', 'Roadrunner', 'Maple'])}{r.randint(1000, 9999)}",
                         f"{r.choice(['bluebus', 'lunchtray', 'mopbucket', 'gradebook'])}{r.randint(1, 99)}",
                         f"Welcome{r.randint(2024, 2026)}!",
                         f"{r.choice(['Snow', 'Leaf', 'Pumpkin'])}{r.choice(['Day', 'Fall', 'Pie'])}#{r.randint(1, 9)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}_{r.randint(2, 99)}", f"{f}.{l}", f"x{f}x", f"{f}_{r.choice(['bball', 'draws', 'szn', 'fit'])}",
                         f"real{f}{l[:2]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 44, 60, 120, 201])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(0, 9)}", f"C{r.randint(1, 28)}",
                                      f"{r.randint(3, 45)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["5:55", "6:30", "7:05", "7:40", "8:10", "8:45", "9:30", "11:15", "12:05",
                                      "1:40", "2:20", "2:50", "3:25", "4:00", "5:30", "6:45", "7:30"]),
            "jersey": lambda: str(r.randint(1, 99)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(4, 85)}",
            "num": lambda: str(r.randint(3, 27)),
            "score": lambda: r.choice([f"{r.randint(52, 84)}-{r.randint(41, 71)}", f"{r.randint(1, 5)}-{r.randint(0, 3)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 28)}", f"{r.randint(5, 12)}-{r.randint(1, 9)}"]),
            "pct": lambda: str(r.randint(12, 68)),
            "wo": lambda: f"{r.choice(['WO', 'WO#', 'ticket #', '#'])}{r.randint(10000, 99999)}",
            "pay": lambda: f"${r.randint(15, 21)}.{r.choice(['00', '25', '40', '50', '75'])}",
        }


SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.3 else 2 if x < 0.8 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.1 else 2 if x < 0.5 else 1
    return 2 if x < 0.2 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # replies are often made from accounts with no visible bio; a minority carry a disclaimer bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.44, 0.13) if "R" in sk["flags"] else (0.5, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student, a colleague, or someone unique from context ("the only girl on the wrestling team");
# "a kid on my route" stays clean. R only for personal posts whose text takes a position about
# the district / a school / education / colleagues / the job: correcting a fact, giving logistics,
# cheering a result or asking a question is not a position.
# ---------------------------------------------------------------------------------------------

# ==== comments under the local paper's Facebook story about the district =========================
V("HS social studies teacher, 40s, Facebook comment", "teach")
P("> the article says the budget 'cuts 14 teaching positions'\nit's 14 across the whole district and 9 are retirements that aren't being backfilled. just so the number is right")
P("14 positions 'through attrition' means 31 kids in a room built for 24. Attrition is still a cut, they just don't have to say the word layoff.", flags="R")
P("Correction for the Ledger: the budget vote is Tuesday May 20, not the 13th. Polls 6am-9pm in the HVHS gym.", flags="N")
P("lol at the comments saying teachers are done at 3. replying from the HVHS parking lot at 6:40pm with 90 essays in the passenger seat", flags="R")
P("the girl in the photo is {s1.full}, she's in my AP Gov class and she is going to run this county someday. SO proud 😭", g="s1=f")
P("Ledger spelled her last name wrong in the caption, it's {s1.last}!! congrats on the regional science fair kiddo 🔬", g="s1=f")
P("Anyone saying 'just cut the sports' has never watched a kid show up to 1st period because practice is at 3. Sports are the reason half my seniors graduate.", flags="R")
P("reporter {a1.full} was at the board meeting the whole 4 hours, give her some credit, the story is accurate", g="a1=f")
P("The article leaves out that state aid came in $1.2M under the January estimate. It's on page 3 of the budget book if anyone wants to check.")
P("Good article. The board got this one right, keeping K-2 classes at 20 is the single best thing they've done in years.", flags="R")

V("retired teacher still subbing, 60s, Facebook comment", "sub")
P("I taught in that building 31 years and the library roof has leaked since Clinton. Glad somebody finally put it in the paper.", flags="R")
P("Sub pay here is $125/day. The Target on Route 9 pays more per hour with no lesson plans. Then everyone acts shocked there are no subs 🤷‍♀️", flags="R")
P("Mr. {t1} in that picture was my student teacher in 1998!! Look at him with a department now 🥹")
P("I subbed for the 4th grade at Roosevelt all week, the kid they interviewed in the story, {s1}, read me the entire article at recess. twice.", g="s1=m")
P("Respectfully, Carol, the district doesn't set the tax cap. Albany does. Look it up before you post.", flags="N")
P("Retired 6 years and still subbing 3 days a week. Best decision I ever made was coming back. These kids keep me young.", flags="R")
P("I'm not going to argue with strangers on the Ledger page but I will say: nobody goes into teaching for the summers. Nobody.", flags="R")

V("HS cafeteria worker, 50s, Facebook comment", "cafe")
P("We make 1,100 lunches a day out of that kitchen with 6 people. The photo in the article is our walk-in. It's been broken since March.", flags="R")
P("Universal free lunch is the best thing this state has done for kids in my 22 years in the kitchen. Nobody hides in the bathroom at lunch anymore.", flags="R")

V("custodian, 40s, Facebook comment", "cust")
P("I'm one of the custodians at HVHS. The leak in the story is over the stage, not the gym. Bucket's been there since October.")
P("We asked for that roof in 2019, 2021 and 2023. Every year it's 'next budget.' Now it's in the paper. Funny how that works.", flags="R")
P("Night crew is 5 people for 240,000 sq ft. Do the math and then tell me the bathrooms are dirty.", flags="R")

V("school nurse, 30s, Facebook comment", "nurse")
P("To the commenter asking: the measles case in the story was NOT at our school. Hillside has had zero cases. Keep an eye on fevers + rash though.")
P("Please stop sharing the 'natural immunity' stuff under school stories. Vaccines keep my office from turning into an ER. Speaking as a nurse, for myself only, not the district.", flags="R D")
P("the kid who got hurt in the bus accident the article mentions is {s1.full}, she's my student. broken collarbone, she's home and bored and wants you all to stop calling 🙏", "HEALTH", g="s1=f")
P("Flu is going around Maple Ridge. Fever-free 24 hours before coming back, no Tylenol tricks.")

# ==== replies in the board-meeting livestream chat ==============================================
V("middle school teacher, 30s, livestream chat", "teach")
P("They just said 'we can't afford it' about the aide positions 10 minutes after approving the new scoreboard. ok. cool.", flags="R")
P("HER. SPEECH. 👏👏 everything she just said about class sizes is exactly right and the board knows it", flags="R")
P("7-2 to move HS start to 8:30. FINALLY. sleep science wins one 🙌", flags="R")
P("vote passed 7-2 on the start time. new bus routes come out in August per the super")
P("lmao the trustee asking what an IEP is. in 2025. on a budget vote.", flags="R")
P("Trustee {a1.last} asked a great question about the reading program data. first time I've felt heard at one of these.", flags="R")

V("HS English teacher, 50s, livestream chat", "teach")
P("The superintendent's slide says 'class sizes remain stable.' My 3rd period has 33. Stable at what.", flags="R")
P("Correction to slide 12: ELA regents pass rate was 81% last year, not 88. It's in the state report card.", flags="N")
P("this board votes on the budget after 11pm every single year so nobody's watching. it's on purpose", flags="R")
P("the student rep, {s1.full}, just out-prepared half the board. that kid is going places", flags="R", g="s1=f")
P("Student rep {s1} just said the bathrooms in the C wing have no soap since January and the room went silent. she's not wrong.", flags="R", g="s1=f")

V("teaching assistant, 40s, livestream chat", "aide")
P("Cutting 12 TA jobs and calling it 'restructuring support' is an insult to every para in that room. We ARE the support.", flags="R")
P("They gave us 2 minutes each at the mic. Two minutes to explain a job they've never done. Make it make sense.", flags="R")

V("bus driver, 50s, livestream chat", "bus")
P("transportation director just said we're 11 drivers short. that's the real number folks", flags="N")
P("11 drivers short and they want to add a late run?? with who. me? I'm already doing 3 routes", flags="R")

V("union vice president, 40s, livestream chat", "teach")
P("The board's own audit says admin costs grew 19% in 4 years. Classroom spending grew 3. Just putting that in the chat.", flags="R")

# ==== quote-posts of district announcements ====================================================
V("bus driver, 40s, X quote-post", "bus")
P("@HVCSD 'delays of up to 15 minutes' — route {bus} was 40 late this morning because we are 11 drivers short. Say the real number.", flags="R")
P("the district thanking 'our amazing drivers' in a tweet while we haven't had a raise in 3 years. thanks I guess 🙃", flags="R")

V("HS science teacher, 30s, X quote-post", "teach")
P("@HVCSD announcing the new phone policy: pouches at the door, 8 to 3, all buildings starting Jan 6.")
P("@HVCSD phone pouches starting January. This is the right call and it's about 3 years overdue. My students will hate it for a week and thank us by spring.", flags="R")
P("quoting the district's 'AI guidance' doc: 'teachers may use discretion.' translation: good luck, you're on your own", flags="R")
P("> HVCSD: 'Chromebook refresh for grades 6-8 begins Monday'\nfinally!!! half of my class has cracked screens held together with tape 🙏", flags="R")
P("> Chromebook refresh for grades 6-8 begins Monday\nheads up, old ones go back to the library, not to your homeroom teacher", flags="N")
P("Love that @HVCSD announced the new STEM wing. Love less that my room still has a chalkboard and one outlet.", flags="R")

V("elementary teacher, 20s, Instagram story reply", "teach")
P("The district's 'wellness week' post with a yoga stock photo while we haven't had a real lunch break since September. Wellness.", flags="R")
P("the new reading curriculum the district is bragging about is honestly great. I was skeptical. I was wrong. my kids are decoding like crazy", flags="R")
P("story reply: omg that's {s1} in the front row with the backwards hat 😂 my little guy", g="s1=m")

V("school secretary, 50s, Facebook share of district post", "sec")
P("sharing this, and adding: the attendance line is {attline}, NOT my cell, please and thank you 😅")
P("I'll share this but I'll also say: changing the dismissal time with 3 days notice is not fair to working parents. We've had 80 calls.", flags="R")

V("IT technician, 30s, X quote-post", "it")
P("@HVCSD 'brief system outage' = I was on the floor of the Maple Ridge closet until 9pm. it's back. you're welcome 🫡", flags="R")
P("The district bought 1,400 new devices and zero new techs. There are 3 of us. For 6,000 kids.", flags="R")

# ==== replies on the union's page =============================================================
V("HS math teacher, 40s, union Facebook group", "teach")
P("Voting no. 2.1% with a 9% jump in health premiums is a pay cut with extra steps.", flags="R")
P("Custodians deserve every cent they're asking for. Our buildings would be shut in a week without them. Solidarity 💪", flags="R")
P("The negotiating team worked 14 months on this. You can vote no, but don't call them sellouts in the comments, they're our colleagues.", flags="R")
P("Our union is the only reason my class has 24 kids and not 32. Pay your dues and show up.", flags="R")

V("teaching assistant, 30s, union Facebook group", "aide")
P("TAs make less than $23k a year here. I have a master's degree. I love these kids but I can't live on love.", flags="R")
P("Paras are the first cut every single year. Every year. And the first ones called when a kid melts down.", flags="R")

V("bus driver, 60s, union Facebook group", "bus")
P("Split shifts with a 4 hour unpaid gap in the middle is why nobody young wants this job. Fix the schedule, fix the shortage.", flags="R")

V("school counselor, 40s, union Facebook group", "couns")
P("450 kids on one counselor's caseload is not a contract issue, it's a safety issue. Put the cap in writing.", flags="R")

V("HVTA union page", "union")
P("Ratification vote results: 412 yes, 97 no. The contract is ratified. Thank you to every member who voted.", flags="O")
P("Reminder: general membership meeting Wednesday 4pm, HVHS library. Agenda posted in the members' portal.", flags="O")
P("We stand with our paraprofessionals. No cuts to support staff in the 2025-26 budget. See you at the board meeting Tuesday 7pm.", flags="O")
P("Congratulations to {a1.full}, retiring after 35 years at Roosevelt! Party at the Elks Lodge June 14. 🎉", flags="O")

# ==== comments in the town Reddit thread =======================================================
V("HS teacher, 30s, Reddit comment", "teach")
P("Teacher here. Your kid's bus is late because of the driver shortage, not 'lazy drivers.' Starting pay is {pay}/hr with split shifts. Would you take it?", flags="R")
P("re: 'is HVHS a good school?' — teacher there, 11 yrs. AP offerings are real, building is old, kids are great. Honestly the best-kept secret in the county.", flags="R")
P("Re snow days: district decides by 5:30am, goes out by robocall and text. The app is usually 10 min behind.", flags="N")
P("The 'failing school' headline is from a 2019 list. It came off the list in 2022. Check the state site.", flags="N")
P("Honest answer from inside: the middle school is where this district shines. The 6th grade team there is the best group of teachers I've ever worked with.", flags="R")
P("As a Hudson Valley native I will die on this hill: Pizza Pizza on Main St beats every place in Beacon. Fight me.", flags="N")

V("HS IT staff, 20s, Reddit comment", "it")
P("IT at the district here. The 'data breach' post is not true. It was a spoofed email, nothing got in. The district should have said that on day one though, the silence made it worse.", flags="R")
P("yes the guest wifi at the HS works during games, no there is no password, you just accept the terms page")
P("The web filter we pay for blocks the Smithsonian site but not half the game sites. Tell me again how procurement works here.", flags="R")

V("substitute teacher, 20s, Reddit comment", "sub")
P("subbing in HVCSD is fine honestly. you sign up on Frontline the night before, pick a school, done", flags="R")
P("Subbing pays $125 a day and you're expected to run a full lesson with no plans half the time. It's not 'fine,' it's exploitation with a lanyard.", flags="R")
P("Best school to sub at is Hillside. Front office ladies are angels and the kids are sweet.", flags="R")

V("school custodian, 50s, Reddit comment", "cust")
P("Posting from the boiler room. Yes we have heat. No it doesn't reach room {room}. Yes I've put in {wo}.", flags="R")
P("This district spends on turf and scoreboards while the boilers are from 1971. You want to know where the money goes, walk the basement with me.", flags="R")

V("cafeteria worker, 40s, Reddit comment", "cafe")
P("The salad bar they put in last year is the best change I've seen in 15 years of school food. Kids actually eat the cucumbers.", flags="R")

# ==== replies to a parent's post in a neighborhood group =======================================
V("school nurse, 40s, neighborhood Facebook group", "nurse")
P("the little boy you're all talking about is {s1}, he's fine, he had a nosebleed on the playground. it looked way worse than it was", "HEALTH", g="s1=m")
P("We need parents to stop sending sick kids with Motrin in them so they 'make it till lunch.' We know. We always know.", flags="R")

V("elementary teacher, 30s, neighborhood Facebook group", "teach")
P("{a1}, I'm the teacher in {s1}'s room, text me at {myphone} and I'll send the pics from the pumpkin patch trip 🎃", g="a1=f")
P("Replying to the mom asking about 2nd grade homework: it's 15 min of reading a night, the math packet is optional. That's it!")
P("Homework in 2nd grade does nothing. I give 15 minutes of reading and I'll defend that at any PTA meeting.", flags="R")
P("{a1.full}, your son is in my class and he is an absolute joy. The bus thing this morning was not his fault. Call me tonight: {myphone}", g="a1=f")

V("bus driver, 50s, neighborhood Facebook group", "bus")
P("{a1.full} if you're reading this, the kid you waved at every morning moved away, {s1} wanted me to tell you bye 💛")
P("Parents: if you want the bus to come on time, stop holding it for 5 minutes while your kid finds a shoe. Everyone after you waits too.", flags="R")

V("school secretary, 60s, neighborhood Facebook group", "sec")
P("The school doesn't need MORE forms, it needs ONE online form. I've typed the same allergy info 600 times this August.", flags="R")
P("Congrats to {s1.full} on the spelling bee!! She came to the office to show me the trophy and I may have teared up 🏆", g="s1=f")

V("special ed teaching assistant, 30s, neighborhood Facebook group", "aide")
P("I'm an aide at Roosevelt. Parents, please stop posting pictures of other people's kids from class parties without asking. Even the cute ones.", flags="R")
P("Inclusion isn't a buzzword, it's the reason my kids with autism have friends now. The district got it right when they closed the separate wing.", flags="R")

# ==== answers to a friend's question ("how's the new job?") ===================================
V("new HS teacher, 20s, Instagram comment", "teach")
P("@{a1.low} how's the new job? — honestly? kids are a blast, pay is a joke, copier hates me. 3 weeks in 😂", flags="R")
P("replying to my aunt: yes I started Monday!! my mentor is Ms. {t1} and she has saved my life about 9 times")
P("it's good!! tired. so tired. but good. ❤️", flags="R")
P("first year teaching is the hardest job I've ever had and nobody who hasn't done it believes me", flags="R")
P("they don't pay me enough for 8th graders but they pay me in stories 😂", flags="R")
P("To answer everyone: yes I love it, no I'm not doing summer school, yes I cried the first Friday", flags="R")

V("new cafeteria worker, 50s, Facebook comment", "cafe")
P("honestly best job I've had. home by 2:30, summers off, and the kids say thank you more than grown-ups ever did", flags="R")
P("Pay is {pay} an hour for lifting 40 lb boxes and feeding 600 kids in 90 minutes. I love it but somebody explain that number to me.", flags="R")

V("new IT tech, 30s, X reply", "it")
P("@{a1.low} new job update: IT for a school district. nobody yells at me except the printers. 10/10", flags="R")
P("going from a bank to a school district is wild. the bank had a budget. that's the tweet.", flags="R")

V("new bus driver, 40s, Facebook comment", "bus")
P("to everyone asking: yes I quit the warehouse. yes I drive a school bus now. no I don't regret it", flags="R")
P("driving a school bus is the most underrated job in this town. no boss over your shoulder, kids who wave at you. can't beat it", flags="R")

V("new school counselor, 20s, Instagram comment", "couns")
P("Good! Heavy, but good. Grad school did not prepare me for the paperwork lol", flags="R")

V("custodian, 30s, Facebook comment", "cust")
P("honestly the custodians at HVHS are the best crew I've ever worked with. we cover for each other, no drama", flags="R")

V("retired teacher, 70s, Facebook comment", "sub")
P("retired 3 yrs. still miss the kids. do not miss the state tests. at all.", flags="R")

# ==== replies that leak a category about a named / identifiable person ==========================
V("HS teacher, 40s, Facebook comment under the fight video story", "teach")
P("the boy in the video is {s1.full}, he's in my 4th period. he got 5 days OSS and his mom is fighting it", "DISCIPLINE", g="s1=m")
P("replying to the Ledger: the two kids were {s1.lowfull} and {s2.lowfull}, both suspended, and the police were called. please take the video down", "DISCIPLINE")
P("That video is 2 years old and from a different school. Please stop sharing it under our kids' story.", flags="N")
P("The district's suspension numbers are up this year across the board. That's in the public report, not a secret.")
P("{s1.up} IS NOT THE ONE WHO STARTED IT. I was on hall duty. he got jumped. the kid who swung first got 3 days and {s1} got 5. explain that", "DISCIPLINE", flags="R", g="s1=m")
P("the junior who brought the vape pen to the pep rally got expelled. his dad is on the board. that's why it was 'handled quietly'", "DISCIPLINE", flags="R")

V("middle school teacher, 30s, Reddit comment", "teach")
P("since people are asking, the 8th grader arrested at the Stewart's is {s1}, and yes he's back in school Monday with an escort", "DISCIPLINE", g="s1=m")
P("Behavior in middle school is worse than I've seen in 15 years and suspensions don't fix it. We need counselors, not more detention rooms.", flags="R")
P("{s1} (my homeroom) is on a behavior contract now. thumbs up sheet every period. 4 days in and it's working 👍", "DISCIPLINE")
P("replying to u/falconmom22: the kid who pulled the fire alarm was caught on camera, {s1.full}, suspended through Friday", "DISCIPLINE")

V("special ed teacher, 30s, neighborhood Facebook group", "teach")
P("replying to {a1}: {s1} is on my caseload, his IEP meeting got moved to the 14th, I'll send you the new invite tonight", "SPECIAL_EDUCATION", g="s1=m")
P("IEP season is brutal. 22 annual reviews in 5 weeks. send coffee ☕")
P("{s1.full} just got classified, speech + OT starting next month. mom, you were right to push for the eval 💙", "SPECIAL_EDUCATION")
P("Please stop calling the resource room 'the dumb room' in the comments. My kids read this page.", flags="R")
P("the boy in the article's photo at the science fair, {s1}, has a 1:1 aide and he did that whole project himself. I'm so proud I could burst", "SPECIAL_EDUCATION", g="s1=m")
P("our only nonverbal 3rd grader used his AAC device to say 'I love you' to his mom at pickup today. the whole car loop cried", "SPECIAL_EDUCATION")

V("teaching assistant, 40s, union Facebook group", "aide")
P("I'm the 1:1 for {s1.full} (3rd grade) and they're pulling me to cover lunch duty 3x a week. who's with her then? that's her IEP", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("{s1.low}'s 504 says extended time and he didn't get it on the state test. I was in the room. nobody listened", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("504s for anxiety have tripled since covid. that's a general thing, every district in NY is seeing it", flags="N")

V("HS math teacher, 50s, Facebook comment", "teach")
P("@{a1} your daughter {s1} is failing Algebra 1 right now, 52 average, she needs to come to extra help Tuesdays and Thursdays", "ACADEMIC", g="s1=f")
P("{s1.full} went from a 58 to an 89 on the Algebra regents retake. I screamed in the copy room 🎉📈", "ACADEMIC")
P("Average regents scores went up 6 points district-wide. that's a group stat, not any one kid. proud of all of them", flags="N")
P("the only senior in my AP Calc class who isn't going to pass is the one whose picture is in the paper for basketball. ineligible again next week", "ACADEMIC")
P("{s1} is repeating 9th grade. her mom asked me not to tell anyone but she's telling everyone at pickup", "ACADEMIC", g="s1=f")
P("Retaining a kid in 9th grade almost never helps. The research is clear and we do it anyway every June.", flags="R")

V("elementary reading teacher, 30s, Facebook comment", "teach")
P("replying to {a1}: {s1} is reading at a kindergarten level in 2nd grade, we should talk about the reading intervention, I'll call you", "ACADEMIC")
P("{s1.nick} moved up 3 reading levels since September!!! she read me Frog and Toad today with VOICES 🐸", "ACADEMIC", g="s1=f")
P("Reading levels are a terrible way to label 7 year olds. Let them read what they love.", flags="R")

V("school nurse, 50s, Reddit comment", "nurse")
P("I'm the nurse at that school. the 5th grader with the peanut reaction at the field trip is {s1}, she used her epi-pen, she's ok, home now", "HEALTH", g="s1=f")
P("{s1.full} has type 1 diabetes and the sub didn't know where his kit was. that's why he was in my office at 10am shaking", "HEALTH", flags="R", g="s1=m")
P("Strep is going around 3rd grade at Hillside, if your kid has a sore throat + fever, get a swab")
P("the girl who fainted at graduation practice was {s1.full}, dehydration, she's totally fine and wants to walk Saturday", "HEALTH", g="s1=f")
P("{s1}'s seizure meds changed last week, teachers please watch for drowsiness after lunch", "HEALTH")
P("Our only student with a trach just finished kindergarten. His nurse, Ms. {t1}, rode every field trip with him 💙", "HEALTH", g="")

V("school counselor, 30s, neighborhood Facebook group", "couns")
P("replying privately would be better but since you asked here: {s1} has been meeting with me weekly for anxiety, she's doing so much better", "HEALTH", g="s1=f")
P("Anxiety in middle schoolers is way up since 2020. If your kid is struggling, the counseling office is open to everyone.")
P("{s1.full}'s family lost their apartment in the Main St fire. they're at the motel on 9 for now. gift cards to the Maple Ridge office please", "FAMILY")
P("the twins in Mrs. {t1}'s 3rd grade are in foster care now, new placement since Tuesday. please don't ask them about it at the bus stop", "FAMILY")
P("McKinney-Vento covers any kid without a fixed address. If that's your family, call the district office at {pubphone.dist}, it's confidential.")
P("{s1} told me his dad got picked up by ICE at the job site. he came to school anyway. I don't know how", "FAMILY", g="s1=m")

V("cafeteria manager, 50s, Facebook comment", "cafe")
P("{s1.full} is on free lunch, don't let anyone at that table tell you different, I'm the one who rings her up", "FAMILY", g="s1=f")
P("replying to {a1}: your son's account is -$38, no worries, he still eats. call me at {myphone} and we'll set up a plan", "FAMILY", g="a1=f")
P("Nobody in my line has ever been denied a meal for a negative balance and nobody will as long as I'm standing there.", flags="R")
P("the little girl in the fire story, {s1}, eats breakfast with us every day. we're setting aside lunches for the whole family this week", "FAMILY", g="s1=f")

V("bus driver, 40s, Reddit comment", "bus")
P("the custody order says dad can't pick up {s1} and he tried to get on my bus at the Van Wyck stop. I called dispatch", "FAMILY", g="s1=f")
P("the only 2nd grader at my Quaker Hill stop, the one whose mom just got deported, is still showing up every morning. I give him the front seat", "FAMILY")
P("Kids in temporary housing often get picked up first on a lot of routes, it's a McKinney-Vento thing. Nobody needs to know why.", flags="N")

# ==== personnel talk in replies ===============================================================
V("HS teacher, 50s, Facebook comment under the 'teacher on leave' story", "teach")
P("Mr. {t1} is on administrative leave, not fired. Everyone in these comments acting like they know what happened needs to stop.", "PERSONNEL")
P("Ms. {t1} has been on medical leave since October, cancer, she asked us to tell people because she's tired of the rumors. send her love 💗", "PERSONNEL HEALTH")
P("Our principal got a 'developing' rating on her APPR and the board leaked it to the paper. Whatever you think of her, that's a disgusting way to treat a person.", "PERSONNEL", flags="R")
P("The assistant principal at Maple Ridge got non-renewed at the June meeting. 3 years in. Kids adored him. Nobody's saying why.", "PERSONNEL")
P("Congrats to Mr. {t1} on tenure!!! the board approved it tonight, 7-0 🎉")

V("bus driver, 60s, union Facebook group", "bus")
P("{a1.full} got written up for being 4 minutes late on a snow day. 26 years, never a complaint. This is how they treat us.", "PERSONNEL", flags="R", g="a1=m")
P("Prayers for {a1}, our dispatcher, she's out on leave after her surgery. The garage isn't the same 🙏", "PERSONNEL HEALTH", g="a1=f")
P("They fired the mechanic who flagged the brakes on bus {bus}. He was RIGHT. Look at the inspection report.", "PERSONNEL", flags="R")

V("custodian, 40s, Reddit comment", "cust")
P("the night custodian they walked out last week was my partner on the floor for 9 years. drug test. that's all I'll say", "PERSONNEL")
P("We're down 4 custodians district-wide because of retirements. It's public, it's in the budget.")

V("school secretary, 50s, Facebook comment", "sec")
P("the new attendance clerk got a formal complaint from a parent for 'tone.' I sat next to her. she was polite. admin should have backed her up.", "PERSONNEL", flags="R")
P("Mrs. {t1} is on maternity leave until February!!! baby boy, 8 lbs 2 oz 💙 her sub is lovely", "PERSONNEL")

V("HS coach, 40s, X reply", "coach")
P("replying to the Ledger: Coach {t1} is suspended 2 games for the sideline thing, JV coach has the team Friday", "PERSONNEL")
P("Coach {t1} got a letter in his file for benching a board member's kid. Say that sentence out loud. This district.", "PERSONNEL", flags="R")

# ==== security: credentials, network and alarm details in replies ==============================
V("IT technician, 30s, X reply", "it")
P("@{a1.low} for the sub login today use username sub.hillside and password {pw}, it resets Friday", "SECURITY")
P("replying to Dana: the printer at Maple Ridge is {ip}, add it manually if it doesn't show up", "SECURITY")
P("the camera server ({host}) has been down since Tuesday, that's why there's no footage of the parking lot thing", "SECURITY")
P("staff wifi password is on the sticky note in the lounge. no I'm not posting it here 😂 nice try")
P("@{a1} the new badge readers are on {vlan}, if your door isn't working it's the switch, not the card. ticket in", "SECURITY")
P("Every 'data breach' rumor in this town starts with somebody writing their password on a sticky note. The tech is fine, the habits aren't.", flags="R")

V("custodian, 50s, Facebook comment", "cust")
P("the alarm code for the gym side door is still {code}, they never changed it after the break-in. tell me that's not a problem", "SECURITY", flags="R")
P("replying to {a1}: the side door code is {code}, the key box is in the boiler room. see you Saturday for the wax", "SECURITY", g="a1=m")
P("the camera by the loading dock is fake. has been since 2021. everybody on night crew knows it", "SECURITY")

V("school secretary, 40s, Facebook message thread screenshot", "sec")
P("sub folder reminder: front door code is {code}, copier code is your employee number. don't share please!!", "SECURITY")
P("the copier code is your 4-digit employee number, it's in your welcome email. I can't give it out over Facebook 😅")

# ==== span leaks in replies: IDs, personal phones and emails, home addresses, birthdays ==========
V("attendance clerk, 40s, Facebook comment", "sec")
P("replying to {a1}: I found it, {s1.full}'s student ID is {sid}, use that on the portal and it'll let you in", g="a1=f")
P("@{a1.low} the portal wants the 6-digit student number, it's on the back of the report card, top right. I can't give it out here 🙂")
P("{a1}, your son's lunch PIN is {pin}, he keeps forgetting it so maybe write it in his lunchbox 😂", g="a1=f")
P("For the parent asking: call the attendance line {attline} or email {pubmail}. Don't DM me, I can't see your kid's record on my phone")
P("{s1}'s mom, if you see this, the office has been trying to reach you, please call me directly {myphone}", g="s1=f")

V("HS coach, 30s, team parents group reply", "coach")
P("replying to the team thread: {s1.full}'s dad, your number is {phone}? I have the carpool list and want to make sure", g="s1=m")
P("Carpool for Saturday: {s1} is riding with the {s2.last} family, their address is {addr}, leave by {time}")
P("@{a1} yes! send the physical form to my email {myemail} and I'll get it to the trainer")
P("Team dinner at the {s1.last} house Thursday 6pm, {addr}, bring a side dish 🍝 go Falcons!")
P("Bus leaves HVHS at {time}, we're playing at 100 School Rd Saturday, not away. Schedule on the Falcons page got it wrong")
P("#{jersey} {s1.lastinit} with the walk-off double!!! final {score} 🥎🔥 we're going to sectionals", g="s1=f")

V("elementary teacher, 30s, neighborhood group reply", "teach")
P("Happy birthday to my little buddy {s1}!!! born {dob.el}, 7 years old today and the best line leader in room {room} 🎂", g="s1=m")
P("@{a1.low} your daughter's birthday is coming up right? {s1} said {dob.word} and she wants a cake shaped like a dog lol", g="s1=f")
P("her birthday party is Saturday at the trampoline park!! {s1} invited the WHOLE class, I'm invited too apparently 🎉", g="s1=f")
P("replying to Jen: yes {s1} can bring cupcakes for his birthday Friday, store-bought only, no nuts 🧁", g="s1=m")
P("{a1}, for the class directory your email came through as {email}, is that the right one? the list goes home Friday", g="a1=f")

V("special ed aide, 20s, group chat screenshot posted to Facebook", "aide")
P("LOL I posted the wrong screenshot earlier, deleting. it had {s1.full}'s NYSSIS {nyssis} on it 😬 sorry everyone", g="s1=m")
P("{s1.full}, DOB {dob}, ID {sid} — that's what the sub sheet says. why is this on a sticky note on the Smartboard", flags="R")
P("for the new aides: locker combos for the PE kids are on the clipboard, {s1}'s is {combo} because he always forgets 😂", g="s1=m")

V("HS teacher, 40s, Reddit reply", "teach")
P("Student IDs are 6 digits and printed on the ID card. If your kid lost it, the library prints a new one for $5.")
P("Not posting her email but {s1.full} the valedictorian's speech is on YouTube, it's incredible, go watch it", g="s1=f")
P("replying to my old 3rd grader {s1.low}, a senior at HVHS now!!! of course I remember you. text me {myphone}, I want to hear about your college apps", g="s1=f")
P("the kid who found the phone in the parking lot is {s1.full}, he lives at {addr}, the owner should go thank him in person", g="s1=m")

V("retired teacher, 60s, Facebook comment", "sub")
P("my grandson {kid} (not in HVCSD, he's in Poughkeepsie) turned 9 today! born {dob.el} and already taller than me 🎂", g="kid=m")
P("{a1.full}! is that you?? I had you in 1989! call me at {myphone}, I'd love to catch up ☎️")
P("My old address for the retiree newsletter was wrong, it's {addr} now. We downsized!")

# ==== official accounts replying in threads ===================================================
V("HVCSD district account, replying to comments", "teach")
P("Thanks for flagging! The correct 2025-26 calendar is now linked. The budget vote is Tuesday, May 20, 6am-9pm, HVHS gym.", flags="O")
P("Hi Maria, the phone policy applies to grades 6-12 only. Elementary students already keep phones in backpacks. Details at hvcsd.org/phones.", flags="O")
P("We hear your concerns about bus delays. We are actively hiring drivers: starting pay {pay}/hr, paid CDL training. Call {pubphone.dist}.", flags="O")
P("Replying to several questions: no student data was accessed in last week's phishing incident. One staff account was secured within the hour.", flags="O")
P("Please direct questions about a specific student to your building principal rather than posting here, so we can protect your family's privacy. 💙", flags="O")
P("Correction: the board meeting is Wednesday at 7pm, not Tuesday. The livestream link will be posted at 6:45.", flags="O")
P("Congratulations to {s1.full}, HVHS Class of 2025, named a National Merit Finalist! 🎓 #FalconsFamily", flags="O")
P("Thank you to the 200+ community members who came out to last night's budget hearing. Public comment continues by email at {pubmail}.", flags="O")
P("We're proud of our transportation team, who drove 4,100 students home safely in yesterday's storm. 🚌❄️", flags="O")
P("Hi! Kindergarten registration forms are online or at the Roosevelt office, 25 Academy St. Questions: {pubphone.dist}.", flags="O")
P("The video circulating on Facebook is not from any HVCSD school. We have reported it. Please do not share it.", flags="O")
P("In response to questions about the start time change: new HS bus routes will be mailed home by August 15.", flags="O")
P("An incident at Maple Ridge this afternoon involving {s1.full} was handled by administration and the SRO. The student has been suspended pending a hearing.", "DISCIPLINE", flags="O", g="s1=m")
P("Congratulations to our retiring transportation supervisor, {a1.full}, after 33 years of service! 🚌", flags="O")

V("HVHS Falcons athletics account, replies", "coach")
P("FINAL from Dietz Stadium: Falcons {score} 🦅 Thank you to the fans who stayed through the rain!", flags="O")
P("Replying to questions: tickets for the sectional final are $8 adults / $5 students, cash or card at the gate.", flags="O")
P("Congrats to {s1.full} on committing to play D1 soccer at Marist! ⚽ #FalconsFamily", flags="O")
P("Game time moved to 5pm due to lightning in the forecast. Buses leave HVHS at {time}.", flags="O")
P("Injury update: {s1.full} (#{jersey}) suffered a concussion in Friday's game and is in the return-to-play protocol. Thank you for the kind messages.", "HEALTH", flags="O")
P("Reminder: all spring athletes need an updated physical on file by March 1. Forms at the HVHS main office, {pubphone.hs}.", flags="O")

V("Hillside Elementary main office account, replies", "sec")
P("Hi Jess! Picture retakes are October 22. Bring the envelope to the main office.", flags="O")
P("Yes, the Halloween parade is on for Friday at 2pm on the back blacktop. Families welcome!", flags="O")
P("Replying to a few messages: lost and found is on the table outside the gym through Friday. 🧤", flags="O")
P("Please call the attendance line at {attline} to report an absence. Messages on Facebook are not monitored for attendance.", flags="O")
P("Happy birthday to our kindergarten friend {s1}! 🎂 We sang to you in the cafeteria today!", flags="O")
P("Star Students of the week: {s1.full}, {s2.full} and {s3.full}! 🌟", flags="O")

V("HVCSD Food Service account, replies", "cafe")
P("Great question! All students eat breakfast and lunch at no cost this year under the Community Eligibility Provision. 🍎", flags="O")
P("The chicken patty recall does not affect any HVCSD kitchen. Our supplier confirmed this morning.", flags="O")
P("Menus for November are posted at hvcsd.org/food. Taco Tuesday is back by popular demand 🌮", flags="O")

V("HVCSD Transportation account, replies", "bus")
P("Route {bus} is running about 20 minutes late this morning due to a mechanical issue. A replacement bus is on the way.", flags="O")
P("Hi! Bus stop changes take 3-5 school days to process. Please email transportation through the district website.", flags="O")
P("Thank you for the shoutout! We'll pass it along to our driver on route {bus}. 🚌💛", flags="O")

V("HVCSD Technology account, replies", "it")
P("Parent portal is back up. If you still cannot log in, please use the 'forgot password' link on the login page.", flags="O")
P("We will never ask for your password by email or text. If you got a message like that, it's phishing. Delete it.", flags="O")

V("Maple Ridge counseling center account, replies", "couns")
P("Thank you for asking. Our counselors are available every day from 7:30 to 3:30. Any student can stop by, no appointment needed. 💚", flags="O")
P("Mental health resources for families are on our page. If it's an emergency, call or text 988, 24/7.", flags="O")

# ==== unknown kind: screenshots, reposts, replies from accounts with no context ==================
V("unknown account, reply", "teach")
P("> the district says the buses are 'mostly on time'\nmostly lol. route 14 hasn't been on time since Labor Day", flags="N")
P("Correction: the vote is on the 20th, not the 13th", flags="N")
P("@HVCSD when are the new bus routes coming out?", flags="N")
P("That budget is a disaster. 14 teachers cut and they gave the central office raises. Vote no.", flags="N")
P("Congrats {s1.full}!!! all-state choir 🎶 so proud", flags="N")
P("the kid in the fight video is {s1.full}, he got suspended. everyone knows", "DISCIPLINE", flags="N", g="s1=m")
P("Anyone know if Hillside has early release Wednesday?", flags="N")
P("Best district in the county and it's not close. My kids had the best teachers.", flags="N")
P("replying to the thread: the HVHS main office number is {pubphone.hs}, they answer after 7:30", flags="N")
P("Schools should not be closing for 2 inches of snow. We did fine in the 80s.", flags="N")
P("FALCONS WIN {score}!!!! 🦅🦅🦅", flags="N")
P("{s1.full} is failing three classes and still playing Friday. make it make sense", "ACADEMIC", flags="N")
P("Who do I call about a bus stop change? the website isn't clear", flags="N")
P("lol the board meeting stream cut out right when the vote started, of course", flags="N")
P("the teacher on leave is Mr. {t1} and it's about the trip to DC. you didn't hear it from me", "PERSONNEL", flags="N")
P("Give the bus drivers a raise. They're the first and last people my kid sees every day.", flags="N")
P("Snow day!!!! ❄️ called at 5:12am", flags="N")
P("{s1.full}'s mom here, thank you everyone for the cards, she's out of surgery and doing great 💗", "HEALTH", flags="N", g="s1=f")
P("the article got the score wrong, it was {score} not the other way around", flags="N")
P("This is why I homeschool. 🤷", flags="N")
P("does anybody have Coach {t1}'s number? I need to talk to him about tryouts", flags="N")
P("DM me about the lost dog on Spring Valley Rd, he's a brown lab, answers to Biscuit", flags="N")
P("@HVHSFalcons what time does the gate open Friday?", flags="N")
P("the lunch line at Maple Ridge takes 20 min and kids get 25 min for lunch. fix it.", flags="N")
P("Shoutout to the custodian at the high school who found my daughter's retainer in the dumpster 😭 hero", flags="N")
P("{s1} got into Cornell!!!!! I'm screaming 🎉", flags="N")
P("New superintendent answered my email in 2 hours. Never happened before. Impressed.", flags="N")
P("Lincoln Ave is closed between Birch and Elm, buses are detouring down Roosevelt Rd", flags="N")
P("the one with the IEP who keeps running out of class is {s1}, that's my neighbor's kid, the aide can't keep up", "SPECIAL_EDUCATION", flags="N", g="s1=m")
P("Read the whole article. Still don't understand why the pool is closing. Anyone?", flags="N")
P("Why does HVHS need a $2M turf field when the roof leaks? Genuinely.", flags="N")
P("Taylor Swift tickets are a scam and I'm tired of pretending otherwise", flags="N")
P("Go Falcons 🦅 beat Beacon", flags="N")
P("his new address is {addr} if anyone wants to send {s1} a card, he's moving to his grandma's", flags="N", g="s1=m")
P("Our district gets it right more than it gets it wrong. People only post when they're mad.", flags="N")
P("Is the HVHS library open to the public on Saturdays? asking for my dad lol", flags="N")
P("Whoever parked in the bus lane at Roosevelt this morning, you know who you are 😤", flags="N")
P("Congrats to Ms. {t1}, teacher of the year!! she had all 3 of my kids 🍎", flags="N")
P("replying to everyone asking: the wifi at the game is HVCSD-Guest, no password", flags="N")
P("so what's the login for the sub portal, anyone? user is your email and the pw is {pw} for first login i think", "SECURITY", flags="N")

# ==== positions about things that are NOT school (never required) ==============================
V("HS PE teacher, 40s, X reply", "coach")
P("replying to my brother: the Jets are a cursed franchise and I'm done pretending otherwise. Done. Until September.")
P("Aaron Judge is the best hitter alive and it isn't close. Don't reply with Ohtani stats, I've seen them.")
P("@{a1.low} no, the Knicks are NOT 'one piece away.' they're three pieces and a coach away")
P("Our JV beat Arlington {score} tonight, first win of the year!!! bus ride home was LOUD 🚌🎉")
P("Coach {t1}'s wrestling program is the single best thing this district does for kids. 30 years, zero kids left behind. Fund it like it.", flags="R")
P("congrats to the wrestling team on the section title, {num} kids on the podium 🤼🏆")

V("elementary teacher, 30s, Facebook comment on a friend's post", "teach")
P("replying to Steph: the Bake Off finale was ROBBED. The lemon tart was perfect. I will not be calm.")

V("bus driver, 50s, Facebook comment", "bus")
P("Route 9 potholes are a crime. The county should be ashamed. I drive it twice a day, my truck too.")
P("My daughter's travel soccer coach plays favorites. That's not a school thing, that's a Tuesday thing. Still mad.")

V("school nurse, 40s, Instagram comment", "nurse")

# ==== disclaimers in the text, and look-alikes that are not disclaimers ==========================
V("HS English teacher, 40s, Facebook comment", "teach")
P("Speaking for myself, not the district: the new grading policy rewards kids for doing nothing until the last week.", flags="R D")
P("My two cents (mine, not HVCSD's): the block schedule is the best change this high school has made in a decade.", flags="R D")
P("(personal opinion, not an official district statement) — the start time change is long overdue", flags="R D")
P("opinión personal, no hablo por el distrito: los maestros de ESL necesitamos más tiempo con cada estudiante", flags="R D")
P("Not speaking for my employer here, but whoever wrote this article should come sit in my 6th period before calling us lazy.", flags="R D")
P("Views mine, not the school's. Class sizes of 32 in 9th grade English are indefensible.", flags="R D")
P("Personal account, personal opinion, not the district's: reading logs should be banned.", flags="R D")
P("avis personnel, pas celui du district 🙂 — les cours de français au collège devraient commencer en 6e, pas en 8e.", flags="R D")
P("Just my own view, not HVCSD's: the board made the right call on the phone ban.", flags="R D")
P("Disclaimer: I speak only for myself here. Congrats to the boys' soccer team on the section title!! 🏆⚽", flags="D")
P("reminder that my posts are my own and not the district's. anyway here's my dog in a Falcons bandana 🐶🦅", flags="D")
P("my opinions here don't represent HVCSD. that said, I think the new lunch schedule is working and the kids are calmer.", flags="R D")

V("teaching assistant, 30s, union Facebook group", "aide")
P("Question for the group: are we supposed to put 'views are my own' in our bios? HR said something at orientation but I don't remember what")
P("views are not my own, they're my 1st graders'. today's view: the class hamster is a boy now and his name is Gerald 🐹")
P("Opinions welcome in the comments! What's the best read-aloud for 3rd grade? We're between Charlotte's Web and Wonder")
P("In my own classroom we do a 'quiet coyote' signal. Took me 9 years to find one the kids actually answer to 🐺")
P("Putting 'opinions are my own' in your bio doesn't make it okay to trash your coworkers by name. Just saying.", flags="R")

V("custodian, 50s, Facebook comment", "cust")
P("I don't speak for the district, just for the night crew: thank you to the teachers who put chairs up. It makes our night. 🙏", flags="D")
P("Not the district's opinion, mine: the old boilers at Hillside should've been replaced 10 years ago.", flags="R D")

V("school counselor, 40s, Reddit comment", "couns")
P("Posting as a private citizen, not for HVCSD: one counselor for 450 kids is not enough and everyone in the building knows it.", flags="R D")
P("Opinions are my own and not my employer's. But I will say: the new advisory period is the best thing we've done for 9th graders.", flags="R D")

V("cafeteria worker, 50s, Facebook comment", "cafe")
P("mi opinión, no la del distrito: the new salad bar is great but we need two more people to run it", flags="R D")
P("my own kitchen at home has a bigger fridge than our school kitchen. no joke.", flags="R")

# ==== more of the stance boundary: replies that judge (R) next to ones that only report ==========
V("HS band director, 40s, Facebook comment", "teach")
P("> the article calls the marching band 'an extracurricular'\nit's a graded class, 1 credit, 5 days a week. small thing but it matters for the budget math")
P("The marching band is the best thing this district does, period. 140 kids, every background, every grade. Cut it and see what happens to attendance.", flags="R")
P("Falcons band took 2nd at the Dutchess County competition!!! 🎺🥈 so proud of these kids")
P("Quick fix for the Ledger: the band trip is to Orlando in April, not Nashville, and it's fundraised, zero tax dollars.")

V("middle school teacher, 30s, X reply", "teach")
P("@HVCSD 'exciting changes to the report card' — we found out from this tweet. Same as the parents. Love that for us.", flags="R")
P("@HVCSD new report card format goes live in the parent portal Jan 27, for anyone asking in the replies")
P("replying to the board president: with respect, a survey with 3 answer choices isn't 'listening to staff.'", flags="R")
P("Honest question in the thread: does the new 6th grade schedule still have the 40 min lunch, or is it 30 now?")
P("Oh good, another PD day on 'teacher wellness' scheduled the day before report cards are due. Very well. Much wellness.", flags="R")
P("ok the new superintendent came to my room unannounced today and actually stayed for the whole lesson and asked the kids questions. I'm impressed.", flags="R")
P("the new superintendent came by my room today, stayed 10 min, the kids asked if she was a sub 😂")

V("HS coach, 50s, Reddit comment", "coach")
P("Falcons beat Newburgh {score} Friday. Defense pitched a shutout in the second half. Good night to be a Falcon 🦅")
P("Say what you want about the district but the athletic trainer program here is elite. Every game covered, every sprain checked. Other schools are jealous.", flags="R")
P("Saturday's game moved to 11am, field is the Maple Ridge turf, not Dietz. Parking in the back lot.")
P("Anyone who thinks modified sports are 'extra' should see what a 12 year old looks like after their first win. Keep them funded.", flags="R")
P("our AD is the reason half these programs still exist. He fights for every bus and every ref. Best admin we've had.", flags="R")

V("teaching assistant, 50s, Facebook comment", "aide")
P("Replying to the woman who said aides 'just babysit': I change diapers on 10 year olds, run speech drills and get hit. For $19 an hour. Babysit.", flags="R")
P("Replying to Kim: the aides' meeting is Tuesday after school in the Hillside library, not Wednesday")
P("the 'para appreciation day' donut is nice but a living wage would be nicer 🍩", flags="R")
P("somebody left a dozen donuts in the aide room with a note that said 'you're the glue.' I'm not crying, you are 🍩")

V("school secretary, 60s, Reddit comment", "sec")
P("The front office is not understaffed, it's un-staffed. It's me and a phone that never stops ringing.", flags="R")
P("Office hours are 7:30-3:30. After that the voicemail goes to the main office box and we check it first thing.")
P("Every year the new principal moves the copier. Every year it goes back. 19 years, 7 principals, 1 copier.", flags="R")

V("bus driver, 30s, X reply", "bus")
P("the new routing software put a 40-foot bus on a dead-end dirt road in Stormville. so that's going well", flags="R")
P("Route {bus} morning pickup moved to 7:05 starting Monday per the new routing. Same stops.")
P("If the district wants to fix the bus shortage it should pay for the CDL. Simple. Other districts do.", flags="R")

V("school nurse, 50s, Facebook comment", "nurse")
P("Every building in this district should have a full-time nurse. Not a shared one. Not a health aide. A nurse.", flags="R")
P("For the person asking: yes, Hillside has a nurse every day 8-3, it's me 🩺")
P("The new health office at Maple Ridge is honestly beautiful. Whoever fought for that in the budget, thank you. It matters.", flags="R")

V("IT technician, 40s, Reddit comment", "it")
P("Buying a new learning app every August and training nobody on it is a choice. It is this district's favorite choice.", flags="R")
P("The new app is called ClassLink, staff logins are your normal district account. Help desk tickets through the portal.")

V("cafeteria worker, 30s, Instagram comment", "cafe")
P("replying to the menu post: cutting the lunch period to 22 minutes means half my line doesn't get through before the bell. 22 minutes.", flags="R")
P("the lunch period at HVHS is 22 minutes starting Monday, fyi for anyone who packs")

V("custodian, 60s, Facebook comment", "cust")
P("they hired 2 more custodians for the new wing. finally something that makes sense around here", flags="R")
P("new wing opens Monday, we waxed it twice. kids, please don't ruin it the first day 🧹")

# ==== a few more categories, reply style =======================================================
V("HS teacher, 30s, group chat screenshot posted to Facebook", "teach")
P("replying to the team chat: {s1.full} is ineligible, 3 Fs on the 5-week report. he can't dress Friday", "ACADEMIC", g="s1=m")
P("{s1.low} got her IEP updated today, now with a scribe for regents. she cried happy tears in my room", "SPECIAL_EDUCATION", g="s1=f")
P("replying to {a1}: {s1} is out for 2 weeks, mono. I'll put the work on Google Classroom for her", "HEALTH", g="s1=f")
P("our only exchange student, the one from Brazil, had to go home early because his host family split up. he left this morning", "FAMILY")
P("{s1.full}'s mom posted in the parent group that he's in the hospital for an eating disorder. please, everyone, stop sharing it", "HEALTH", g="s1=m")
P("the AP at Maple Ridge is out on FMLA until spring. her sub is the retired principal from Hillside, so, good hands", "PERSONNEL")

# ==== more official replies ====================================================================
V("HVCSD district account, replying to comments", "teach")
P("Hi Tom, budget documents are at hvcsd.org/budget. The proposed levy increase is 2.4%, within the tax cap.", flags="O")
P("Thank you for your feedback on the report card change. Parent information sessions are Jan 14 and 16 at 6:30pm.", flags="O")
P("Replying to questions: schools will be closed Monday for Presidents' Day and Tuesday for a staff development day.", flags="O")
P("The board meeting has been moved to the HVHS auditorium to accommodate the crowd. Doors open at 6:30pm.", flags="O")
P("Congratulations to the HVHS Marching Falcons on 2nd place at the Dutchess County competition! 🎺", flags="O")
P("Please contact the Transportation office at {pubphone.dist} with route questions. We cannot resolve individual routes in comments.", flags="O")
P("We're hiring! Custodians, food service workers, bus drivers and substitute teachers. Apply at hvcsd.org/jobs.", flags="O")

V("Roosevelt Elementary account, replies", "sec")
P("Thanks for asking! Book fair runs Monday-Thursday in the library, 8:30-3:30, and during conferences Thursday night.", flags="O")
P("Welcome to our new kindergarten families! Orientation is Aug 28 at 25 Academy St. 🍎", flags="O")
P("Congratulations to {s1.full}, winner of our school spelling bee! 🐝 She moves on to the district bee in March.", flags="O", g="s1=f")

V("HVHS Falcons athletics account, replies", "coach")
P("Reminder: our fan code of conduct applies at every home and away game. Let's represent the Falcons well. 🦅", flags="O")
P("Saturday's game has moved to 11am at the Maple Ridge turf. Parking in the back lot.", flags="O")
P("Congratulations to Coach {t1}, Section 9 Coach of the Year! 🏆", flags="O")

# ==== more replies that take a position (subtle ones) ===========================================
V("HS science teacher, 40s, Facebook comment", "teach")
P("Replying to Mike: 'just teach the kids to read' — we do. in 22 minutes a day because the schedule says so. come see.", flags="R")
P("The new bell schedule gave every HS kid a real lunch and a real advisory. I was against it in June. I was wrong. Good call, admin.", flags="R")
P("Cute how the district's 'we value our educators' post went up the same week they cut our prep time. 🙂", flags="R")
P("Is 31 kids in a chem lab with 24 goggles a good idea? Asking for the 7 kids without goggles.", flags="R")

V("elementary teacher, 50s, neighborhood Facebook group", "teach")
P("Replying to the dad asking why recess got cut to 15 minutes: it did, and it shouldn't have. 6 year olds need to run. Email the board, not me 😅", flags="R")
P("Parents in this thread: the homework packets are optional for a reason. Let your kids play outside. Truly.", flags="R")
P("I've taught 2nd grade 28 years and this is the best group of young teachers I've ever worked with. The profession is in good hands.", flags="R")

V("bus driver, 60s, Reddit comment", "bus")
P("Real talk from a driver: the late bus at 5:15 is the best thing the district added this year. Half my riders are kids who stay for help.", flags="R")
P("They want us at the garage at 5:45 for a 6:30 route and pay us from 6:15. You do the math.", flags="R")

V("school counselor, 30s, X reply", "couns")
P("Every 'why are kids so anxious' thread and nobody mentions 4 hours of state testing for 9 year olds. Hmm.", flags="R")
P("Adding 3 social workers to the budget was the smartest thing this board has done in years. The waitlist was 6 weeks long.", flags="R")

V("custodian, 50s, Reddit comment", "cust")
P("Somebody tell me why the new wing has 14 motion-sensor faucets and the old wing still has one working water fountain.", flags="R")
P("Best crew, worst equipment. That's HVHS nights in one sentence.", flags="R")

V("cafeteria manager, 40s, Facebook comment", "cafe")
P("Replying to the 'school lunch is garbage' crowd: we cook from scratch 3 days a week with a budget of $1.80 a plate. Come taste it before you type.", flags="R")
P("Breakfast in the classroom is the best program we run. Tardies went down at Hillside the year we started it. Not a coincidence.", flags="R")

V("IT technician, 20s, X reply", "it")
P("a 1:40 staff to device ratio in IT is not 'lean.' it's a slow-motion outage", flags="R")
P("@HVCSD the new 'AI tutor pilot' has a privacy policy that says they can train on student data. cool. cool cool cool.", flags="R")

V("retired teacher still subbing, 70s, Facebook comment", "sub")
P("They cut cursive in 2012 and now none of my 8th graders can read the Declaration in the original. Bring it back.", flags="R")
P("The young teachers at Maple Ridge are doing a better job than we ever did. Smarter lessons, kinder rooms. I'm proud of this profession.", flags="R")

V("teaching assistant, 20s, Instagram comment", "aide")
P("replying to my cousin: yes it's my job to 'just sit with him.' it's also the hardest thing I've ever done and the most important. underpaid by a mile.", flags="R")

# ==== last few: categories and official replies ==================================================
V("middle school teacher, 40s, Reddit comment", "teach")
P("the 7th grader they're talking about in this thread is {s1.full}, and she's been out since the overdose scare. please stop guessing in the comments", "HEALTH", g="s1=f")
P("replying to u/hvdad: your son {s1} is in my class, he failed the first quarter but he's at an 80 now. talk to me at conferences", "ACADEMIC", g="s1=m")
P("{s1.lowfull} got moved to the alternative program after the third incident. the other kids are relieved, honestly", "DISCIPLINE")
P("our only student in a wheelchair at Maple Ridge is stuck on the 1st floor because the elevator's been broken 3 weeks. 3 weeks.", "SPECIAL_EDUCATION", flags="R")
P("{s1}'s parents are splitting, dad moved out. she's been sleeping through 1st period. go easy on her, team", "FAMILY", g="s1=f")
P("Ms. {t1} in the science wing resigned mid-year, the rumor is the investigation. her classes have a long-term sub starting Monday", "PERSONNEL")

V("HVCSD district account, replying to comments", "teach")
P("Thank you for your patience during today's water main break on Academy St. Roosevelt dismissed at 12:15 and all students are home safely.", flags="O")
P("Yes, the HVHS pool is open to residents Monday-Thursday 6-8pm with a community ID. Info at hvcsd.org/community.", flags="O")
P("We have updated the post: the correct date for the spring concert is May 8 at 7pm. Apologies for the error!", flags="O")


if __name__ == "__main__":
    main()
