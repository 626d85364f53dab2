"""Generate corpora/src/pairs.jsonl: posts written to teach the disclaimer `required` boundary.

Voices: teachers, teaching assistants and 1:1 aides, coaches, counselors and social workers, school
nurses, secretaries and attendance clerks, bus drivers, of every age, on X, Threads, Instagram,
Facebook and TikTok captions, plus a few official school / team / department accounts and posts of
unknown kind.

About half of the skeletons come in loose CONTRAST PAIRS on one topic (marked ``# pair`` below): one
post takes a position about the district, a school, education, colleagues or the job (sarcasm,
complaint, praise of a decision, hot take, "best part of this job", advice to parents as a group,
a call to action) and one does not (fact, announcement, celebration, shout-out, anecdote, feeling
about a moment, question). Some pairs set a position about something that is NOT school (a pro
team, a TV show, the poster's own family or hobby) against one that is. The rest keep the usual
mix: category leaks tied to a named or context-identifiable student or colleague, span leaks
(IDs, phones, addresses, dates of birth, codes, network details), and hard negatives (general
statements, the poster's own health, public achievements, fictional / historical people, pro
athletes, staff by title, room / bus / jersey numbers, the district's public numbers).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {jersey} {year} {date} {pubphone} {pubphone.dist}
      {pubphone.hs} {attline} {pubmail} {neg} (negative lunch balance) {money} {num} {score}
      {pct} {temp}

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

OUT = Path(__file__).resolve().parent / "pairs.jsonl"
SEED = 20260731

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "ja_JP",
           "it_IT", "tr_TR", "en_IN", "fil_PH", "ga_IE", "es_CO", "yo_NG", "en_GB"]
# Names as US staff would type them: locales whose Faker names are not in Latin script are replaced
# by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yusuf", "Karim", "Hamza", "Bilal", "Tariq", "Khalid", "Amir", "Zayd", "Idris", "Samir", "Rami"],
           ["Layla", "Noor", "Amira", "Yasmin", "Mariam", "Huda", "Salma", "Rania", "Leen", "Dalia", "Aya", "Farah"],
           ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Darwish", "Aziz", "Hamdan", "Qasim", "Farouk",
            "El-Amin", "Abboud"]),
    "uk": (["Oleksandr", "Mykola", "Taras", "Andriy", "Bohdan", "Yaroslav", "Dmytro", "Maksym", "Ostap", "Vasyl"],
           ["Oksana", "Iryna", "Sofiia", "Yana", "Daryna", "Khrystyna", "Viktoriia", "Solomiia", "Olena", "Zlata"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatyuk", "Lysenko",
            "Savchuk", "Marchenko", "Boyko", "Petrenko"]),
    "he": (["Noam", "Eitan", "Ariel", "Yonatan", "Itai", "Omer", "Lior", "Amit"],
           ["Noa", "Tamar", "Shira", "Yael", "Liat", "Talia", "Adi", "Michal"],
           ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David", "Katz", "Shapiro"]),
    "ko": (["Min-jun", "Ji-ho", "Seo-jun", "Do-hyun", "Jae-won", "Hyun-woo", "Joon"],
           ["Seo-yeon", "Ji-woo", "Ha-eun", "Soo-ah", "Min-seo", "Yuna", "Eun-ji"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Han", "Shin"]),
    "ru": (["Artyom", "Nikita", "Ilya", "Kirill", "Timur", "Mikhail", "Lev"],
           ["Anastasia", "Polina", "Varvara", "Alina", "Ksenia", "Milana", "Vera"],
           ["Volkov", "Orlov", "Belov", "Kuznetsov", "Popov", "Smirnov", "Sokolov", "Lebedev"]),
    "hi": (["Aarav", "Vihaan", "Ishaan", "Rohan", "Kabir", "Arjun", "Dev"],
           ["Ananya", "Diya", "Saanvi", "Ishita", "Meera", "Kavya", "Riya"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Chaudhary", "Menon", "Bose", "Joshi"]),
}
NAME_WEIGHTS = {"en_US": 24, "es_MX": 11, "vi_VN": 4, "zh_CN": 4, "pl_PL": 4, "fr_FR": 3, "de_DE": 2,
                "pt_BR": 4, "en_NG": 5, "ja_JP": 2, "it_IT": 4, "tr_TR": 2, "en_IN": 4, "fil_PH": 3,
                "ga_IE": 2, "es_CO": 4, "yo_NG": 2, "en_GB": 3,
                "ar": 3, "uk": 3, "he": 2, "ko": 2, "ru": 1, "hi": 2}
NON_GENDERED = {"zh_CN", "ja_JP", "fil_PH", "yo_NG", "ga_IE"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Valentina", "Vale", "f"), ("Oluwaseun", "Seun", "m"),
         ("Thanh Huong", "Holly", "f"), ("Krzysztof", "Krzys", "m"), ("Mariana", "Nana", "f"),
         ("Jonathan", "Jonny", "m"), ("Anastasiia", "Nastia", "f"), ("Guillermo", "Memo", "m"),
         ("Elizabeth", "Libby", "f"), ("Haruto", "Haru", "m"), ("Priyanka", "Pri", "f"),
         ("Francisco", "Paco", "m"), ("Margaret", "Maggie", "f"), ("Abdulrahman", "Abdul", "m"),
         ("Christopher", "Topher", "m"), ("Dominika", "Domi", "f"), ("Santiago", "Santi", "m"),
         ("Katherine", "Kit", "f"), ("Chukwuemeka", "Emeka", "m"), ("Eleonora", "Nora", "f"),
         ("Theodore", "Teddy", "m"), ("Xiaoling", "Lily", "f"), ("Maximilian", "Max", "m"),
         ("Rosalind", "Roz", "f"), ("Benjamin", "Benji", "m"), ("Ximena", "Mena", "f"),
         ("Vikramaditya", "Vik", "m"), ("Gwendolyn", "Gwen", "f"), ("Alejandro", "Alex", "m")]

STREET_BASES = ["Orchard Hill", "Mapleview", "Stony Creek", "Dutchess", "Hickory", "Larkspur", "Old Mill",
                "Sawyer", "Cherry Hill", "Ridgecrest", "Kettle Pond", "Meadowbrook", "Overlook", "Tamarack",
                "Brinckerhoff", "Red Oaks", "Schoolhouse", "Glenwood", "Hollow Brook", "Clove Valley"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Circle", "Road", "Lane", "Pkwy", "ln", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views from the bench") sit among the plain ones.
BIOS = [
    ("teach", "HS English | Hudson Valley | tweets are mine, not my district's 📚", True),
    ("teach", "4th grade 🍎 coffee-powered | views my own", True),
    ("teach", "teacher, union member, mom of 3 | personal account, I don't speak for HVCSD", True),
    ("teach", "8th grade math 📐 | opinions = mine alone, not my employer's", True),
    ("teach", "social studies nerd | Maple Ridge | posts don't reflect the views of my school district", True),
    ("teach", "teacher 📚 | my own classroom, my own rules, my own bad puns", False),
    ("teach", "HVHS English dept | Mets, marathons, mystery novels", False),
    ("teach", "2nd grade 🌈 | glitter survivor | dog mom", False),
    ("teach", "science teacher 🔬 | lab goggles are a personality", False),
    ("teach", "teaching since '98 | grandma to 4 | tomatoes 🍅", False),
    ("teach", "art teacher 🎨 | my own work at the link", False),
    ("aide", "paraprofessional 💙 | special ed is my heart | my opinions, not the district's", True),
    ("aide", "TA @ Roosevelt | views expressed here are only my own", True),
    ("aide", "1:1 aide | sensory bins & snack negotiations", False),
    ("aide", "teacher's aide 🍎 | gen z | iced coffee in january", False),
    ("aide", "lunch + recess aide | 3 grandkids | Jesus, coffee, crosswords", False),
    ("coach", "Head Coach, HVHS Girls Soccer ⚽ | personal page, not official Falcons Athletics", True),
    ("coach", "coach | PE | dad x2 | tweets are my own, not HVCSD's", True),
    ("coach", "Falcons hoops 🏀 | views from the bench", False),
    ("coach", "XC + track 🏃 | 3 marathons, 0 regrets", False),
    ("coach", "wrestling coach 🤼 | Go Falcons 🦅", False),
    ("couns", "school counselor 💬 | HVHS | all opinions are my own", True),
    ("couns", "school social worker, LMSW | speaking for myself, not my employer", True),
    ("couns", "counselor 🧠 | college app season survivor", False),
    ("couns", "school psych | tea, data, dogs 🐕", False),
    ("nurse", "school nurse, RN 🩺 | personal account, views are not HVCSD's", True),
    ("nurse", "RN BSN | school nurse 🩹 | my thoughts, not my district's", True),
    ("nurse", "school nurse 🩺 | ice pack dealer", False),
    ("nurse", "RN | 18 yrs ER, 6 yrs school nurse", False),
    ("sec", "school secretary ☎️ | Roosevelt | posts are my own, not the school's", True),
    ("sec", "attendance clerk @ HVHS | views mine", True),
    ("sec", "the front office lady 💁‍♀️ | I know where the stapler is", False),
    ("sec", "school secretary 23 yrs | knitter | grandma of 5", False),
    ("bus", "school bus driver 🚌 | HVCSD Transportation | my own views, not my employer's", True),
    ("bus", "driving the big yellow 🚌 | views are my own", True),
    ("bus", "bus driver 🚌 | 28 yrs | Jets fan, sorry", False),
    ("bus", "🚌 route 14 | grandpa | bass fishing", False),
    ("bus", "school bus driver | CDL | views of the Hudson from my route every morning 🌄", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Official account of Maple Ridge Middle School 🦅",
    "aide": "HVCSD Office of Special Education (official)",
    "coach": "Official: HVHS Falcons Athletics",
    "couns": "HVHS School Counseling Office (official page)",
    "nurse": "HVCSD Health Services | official",
    "sec": "Roosevelt Elementary School | official account | 25 Academy St",
    "bus": "HVCSD Transportation Department (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "518", "917", "347", "201", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 ({a}) {e}-{s}", "1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                     "optonline.net", "protonmail.com"]
    HOSTS = ["mrms-nvr.hvcsd.local", "sis-app02.hvcsd.internal", "roos-door-ctl.hvcsd.lan",
             "pos-cafe1.hvcsd.local", "hvhs-ps01.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo|el niño)\b", r"\b(she|her|hers|she's|shes|herself|mija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 14 or got[0] in ("John", "Jane")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(HOST_POOLS.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(70, 99)}", f"{l}family",
                f"{f}_{l[:3]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon{r.choice(['s', 'Pride', 'Nest'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Copier', 'Chalk', 'Recess', 'Yellow', 'Bus'])}{r.randint(100, 999)}!",
                         f"hvcsd{r.choice(['staff', 'guest', 'sub'])}{r.randint(2020, 2026)}",
                         f"{r.choice(['pumpkin', 'snowday', 'taco'])}{r.choice(['Spice', 'Tuesday', 'Bell'])}{r.randint(1, 9)}",
                         f"Roos{r.choice(['evelt', 'ie'])}#{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 9)}", f"{f}_{l}", f"its{f}", f"{f}{l[:2]}_{r.randint(10, 30)}",
                         f"{f}{r.choice(['.hoops', '_art', '.sings', '_sk8', 'gaming'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 38, 50, 104, 310])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(3, 61)),
            "time": lambda: r.choice(["6:05", "6:40", "7:15", "7:50", "8:25", "9:10", "10:45", "11:30", "12:20",
                                      "1:15", "2:35", "3:05", "3:40", "4:30", "6:00", "7:00"]),
            "jersey": lambda: str(r.randint(0, 99)),
            "year": lambda: str(r.randint(2025, 2028)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 27)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 27)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "neg": lambda: f"-${r.randint(11, 140)}.{r.choice(['00', '25', '50', '75', '60'])}",
            "money": lambda: f"${r.randint(3, 60)}",
            "num": lambda: str(r.randint(4, 23)),
            "score": lambda: r.choice([f"{r.randint(48, 81)}-{r.randint(40, 70)}", f"{r.randint(1, 6)}-{r.randint(0, 3)}",
                                       f"{r.randint(17, 45)}-{r.randint(3, 30)}"]),
            "pct": lambda: str(r.randint(38, 72)),
            "temp": lambda: str(r.randint(86, 96)),
        }


HOST_POOLS = {"bus": ["busgps01.hvcsd.local", "transpo-gps.hvcsd.internal", "avl-srv2.hvcsd.lan"]}

SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.4 else 2 if x < 0.85 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.15 else 2 if x < 0.7 else 1
    return 2 if x < 0.35 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # opinion posts mostly lack a disclaimer; a minority carry one in the bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.75,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.35, 0.2) if "R" in sk["flags"] else (0.4, 0.2))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.08, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student, a colleague, or someone unique from context ("our only freshman on varsity", "the twins
# in room 12"); "a kid in 3rd period" stays clean. R only for personal posts whose text takes a
# position about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- tech, copiers, passwords ------------------------------------------------------------------
V("HS English teacher, 30s, X", "teach")
# pair: copier
P("copier jammed, running late to 2nd period 🏃‍♀️ if u see a woman sprinting down B hall hugging warm worksheets, no you didn't")
P("copier jammed for the 4th time this week. the repair ticket I opened in October still says 'pending.' love that for us", flags="R")
# pair: smartboards
P("The new smartboards are IN. Room {room} got the first one and my sophomores found the draw-on-anything pen in 4 seconds. chaos. joy.")
P("We got smartboards in every room and I still buy my own dry erase markers. Priorities, HVCSD 🙃", flags="R")
P("sub plans for tomorrow 📝 attendance is in the blue binder, gradebook login taped inside the cover: user {t1.low}, pw {pw}. pls don't lose it lol", "SECURITY")
P("Subs: staff wifi is HVCSD-Staff, key is {wifi}. the student network blocks half my slides so use ours", "SECURITY")

V("middle school science teacher, Threads", "teach")
# pair: devices
P("Chromebook cart 4 is back from repair, all 30 charging. room {room}, we are SO back 💻")
P("1:1 devices and zero techs at Maple Ridge since June. A cracked screen takes three weeks to fix. That's not a tech plan, that's a wish.", flags="R")
# pair: passwords (no secret in either)
P("Maple Ridge people: password resets are due Friday. Do it Thursday so you're not locked out Monday morning.")
P("IT wants a new password every 45 days now. I am out of dog names and birthdays. who exactly is this protecting us from", flags="R")
P("Kid asked me if the internet is stored in the cloud like rain. I said yes. I am a science teacher.")
P("whoever keeps unplugging the projector in {room}: it sits on the AV network, {vlan}, and re-pairing it takes an IT ticket. STOP 😭", "SECURITY", flags="R")
P("The web filter blocks the CDC's page on vaping but not one single game site. Outstanding work by whoever configured it.", flags="R")

V("elementary computer lab teacher, Facebook", "teach")
# pair: typing
P("Kindergarten typing lesson: 19 of 22 found the space bar. 3 found the power button. Progress!")
P("Kids can swipe before they can hold a pencil and we still don't teach keyboarding until 4th grade. That needs to change.", flags="R")
P("For the sub tomorrow: the lab door keypad is {code}, the printer is {ip} if it drops off again. thank you!!", "SECURITY")

# ---- pay and the union --------------------------------------------------------------------------
V("teaching assistant, 20s, Instagram", "aide")
# pair: paycheck
P("first paycheck as a TA hit today!!! took my mom to Olive Garden and she cried into the breadsticks 🥹")
P("TAs here start at $17.10 an hour. The Target on Route 9 starts at $19. Anyway I love my kids, see you Monday 🫠", flags="R")
P("I work two jobs. TA by day, DoorDash by night. Not complaining, just tired. If you see a Honda with a Falcons sticker at 10pm, that's me 🍔")

V("veteran social studies teacher, 50s, Facebook", "teach")
# pair: contract
P("Step freeze, year two. We're 'a family' right up until the contract is on the table.", flags="R")
P("Reminder to HVHS staff: direct deposit hits on the 14th this month because of the holiday. Stubs are in the portal.")
# pair: retirement
P("Retiring in June after 31 years. No speeches. Just thank you to every kid who ever sat in room {room}. 🍎")
P("31 years in, my parting advice to the new folks: close your door, teach the kids, ignore the initiative of the month. It'll be gone by spring.", flags="R")
P("My husband says I should write a book about 31 years of teaching. I say nobody would believe the chapter about the goat.")

V("union building rep, HS math, X", "teach")
# pair: union meeting
P("Union meeting Thurs 3:30 in the HVHS library. Tentative agreement summary will be handed out. There will be cookies 🍪")
P("The TA is 2.5% a year. Inflation ate more than that. I'm voting no on ratification and I think you should too.", flags="R")
P("Collective bargaining is the only reason we have a duty-free lunch and a class size cap. Join your union. (personal account, not speaking for HVCSD)", flags="R D")
P("Filed a grievance for {a1} today. Admin docked her a personal day for a funeral. HER DAD'S funeral. See you at step 2.", "PERSONNEL", flags="R", g="a1=f")
# pair: ratification (with the bargaining post above)
P("Ratification vote passed 212-48. Contract runs through {year}. Ballots are being shredded as we speak.")
P("Shoutout to Ms. {t1} for 20 years as our union secretary. Minutes so detailed they include who brought the good donuts 🍩 #viewsmyown", flags="D")

# ---- buses ---------------------------------------------------------------------------------------
V("school bus driver, 60s, Facebook", "bus")
# pair: late bus
P("Bus {bus} running about 15 late this afternoon, flat on Route 9. Kids are fine, they are singing the entire Moana soundtrack.")
P("We're 9 drivers short and I ran 3 routes today. Pay drivers like the job matters and you'll get drivers. FIX THE BUSES.", flags="R")
# pair: kindergarten
P("Kindergartner asked if I live on the bus. I said yes. She said 'that's so sad' and handed me a Goldfish cracker. 🐟")
P("Best part of driving the little ones? They say good morning like they MEAN it. Every day. Best job in the district, not close.", flags="R")
# pair: parents at the stop
P("Parents, be AT the stop. I'm not early, you're late, and 40 more kids are waiting down the road.", flags="R")
P("New stop added at the corner of Sawyer and Glenwood starting Monday. 7:12am. Please be there a couple minutes early!")
# pair: delays
P("Roads are glass on Hill Rd. Two hour delay just got called. Second coffee, then we roll ❄️")
P("Calling the delay at 6:40 when half of us are already out on black ice is not a plan. Make the call by 5 or don't make it.", flags="R")
# pair: not-school opinion
P("The Giants need to bench him. Been saying it since week 2 and I will keep saying it from the driver's seat 🏈")
P("Bus {bus} radio is out AGAIN. Third time since Halloween. If something happens on my route I'm using smoke signals.", flags="R")
P("little guy at the Cedar St stop with the dinosaur backpack, mom told me this morning they're moving in with grandma bc dad got picked up by ICE. he didn't say one word the whole ride", "FAMILY")
P("{s1} from my afternoon run: 3rd write-up for standing while the bus is moving. 5 day bus suspension starts Monday. gonna miss her knock knock jokes tbh", "DISCIPLINE", g="s1=f")
P("{s1.full}'s grandma, if you see this: he left his trumpet on bus {bus}. call me at {myphone} and I'll drop it by after my route", g="s1=m")
P("new stop for the {s1.last} kids is right in front of their house, {addr}. 7:20 sharp. no more walking along 9G in the dark 🙏")

V("young bus driver, TikTok", "bus")
# pair: driving as a job
P("POV: you're 24, you drive a school bus, and the 5th graders think you're 'literally ancient' 💀 #busdrivertok #schoolbus")
P("honestly driving a school bus is the best job i've ever had. hilarious kids, summers off, pension. y'all are sleeping on it #busdriverlife", flags="R")
P("day in the life: 5:30 pre-trip, 3 routes, 1 lost lunchbox, {num} 'hi miss' 🚌💛 #busdrivertok")
P("kid on my route (the tall one who sits right behind me, his mom drives the tow truck with flames painted on it) had a seizure on the bus today. did everything by the book, he's ok. I'm still shaking", "HEALTH")
P("bus cam caught {s1.low} and {s2.low} throwing hands in the back seat over a Pokémon card. both off the bus til Monday. the card was a Charizard so honestly I get it", "DISCIPLINE")
P("a 6th grader asked me if i was 'allowed' to play music on the bus. i said no. he said 'that's tough.' that's tough indeed, king")

V("HVCSD transportation department account", "bus")
P("Tuesday: 2-hour delay for all HVCSD schools due to ice. Buses run 2 hours later than usual. Updates at hvcsd.org or {pubphone.dist}.", flags="O")
P("Congratulations to driver {a1.full}: 25 years behind the wheel and zero accidents! 🚌🎉 Thank you for getting our kids home safe.", flags="O")
P("We're hiring school bus drivers! Paid CDL training, benefits, summers off. Call {pubphone.dist} or apply at hvcsd.org/jobs.", flags="O")

# ---- lunch ---------------------------------------------------------------------------------------
V("4th grade teacher on cafeteria duty, Instagram", "teach")
# pair: lunch
P("Taco Tuesday had the lunch line wrapped around the gym 🌮 never heard 4th graders that quiet")
P("Universal free lunch should be law in every state. Hungry kids cannot learn fractions. That's it, that's the post.", flags="R")
P("the pantry shelves at Roosevelt were empty by Wednesday. lot of families stretched thin this winter. canned goods + diapers to the main office thru Friday 🥫")
P("{s1}'s lunch account is at {neg} and the grandma who's raising him hasn't called back in a month. Paid it myself. He doesn't need to know.", "FAMILY", g="s1=m")
P("Lunch duty confession: I traded my apple for a 4th grader's Fruit Roll-Up and I would do it again")

V("school secretary, 40s, Facebook", "sec")
P("finally got {s1.full}'s free lunch form approved!!! mom lost her 2nd job in Nov and was too embarrassed to fill it out. one less thing 🙏", "FAMILY")
P("{s1}, if your mom shows you this: your lunch number is {pin}. WRITE IT DOWN this time 😂")
P("The Roosevelt kitchen made 600 grilled cheeses for pajama day lunch. Six hundred. Shout out Ms. {t1} and her crew 🧀")
# pair: lunch balance letters
P("Lunch balance letters went home in backpacks today. Questions? Call the cafeteria office, not the main office please!")
P("Sending lunch debt letters home in a 6 year old's backpack is humiliating for everyone involved. There's a better way and we know it.", flags="R")

# ---- testing -------------------------------------------------------------------------------------
V("8th grade math teacher, X", "teach")
# pair: state tests
P("State math test Tues-Thurs. Sleep, breakfast, charged Chromebook. That's all I ask 🙏")
P("3 days of bubbles to tell me what I knew in October. State testing is a very expensive thermometer.", flags="R")
P("{s1.full} got a 1 on the state math again. she works SO hard. summer school letter went home today and she wouldn't look at me", "ACADEMIC", g="s1=f")
P("Our district's 3rd grade ELA proficiency went from 41% to 52% this year 📈 the report is public on the state site if you want to nerd out")
# pair: regents timing
P("Regents scores are in the portal as of 3pm. Seniors, breathe.")
P("June Regents, June graduation, and the scores come back AFTER the grad list is due. Whoever built this calendar never taught seniors.", flags="R")
P("our valedictorian-to-be just got a 72 on the physics regents. first grade under 95 in four years. she's taking it really hard", "ACADEMIC")
P("Hot take: Regents exams should be optional. Most states dropped exit exams years ago. #EduTwitter #MyOwnViews", flags="R D")
P("{s1.lastinit}, 4th period: 43 on the algebra regents, 3rd attempt. he needs a 65 to graduate and he's already talking about dropping out. I'm not letting him", "ACADEMIC", g="s1=m")

# ---- special education ---------------------------------------------------------------------------
V("special education teacher, Threads", "teach")
# pair: IEP season
P("14 annual reviews before Dec 1. send snacks. send coffee. send a clone of me")
P("IEP season is brutal and nobody outside special ed sees the paperwork. We need a caseload cap, period.", flags="R")
P("{s1}'s 504 finally includes extended time AND a separate location!!! took since September but WE GOT IT 🙌", "SPECIAL_EDUCATION")
P("the twins in room {room} got classified this week. speech 3x, OT 2x. mom cried in the meeting, the good kind of tears", "SPECIAL_EDUCATION")
P("{s1}'s IEP says 1:1 aide. He's had one for 11 days this year. The district keeps 'posting the position.' It's a legal document, not a wish list.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
# pair: resource room
P("Resource room reading corner is DONE thanks to our PTA 📚💛 beanbags, fairy lights, the works")
P("Inclusion without enough aides is just a bigger room with more kids in it. Staff the classrooms or stop calling it inclusion.", flags="R")
P("ok so {s1.low} read a whole decodable book OUT LOUD to the principal today and then bowed. a full bow. i'm unwell 😭")
P("eval came back for {s1.full}: dyslexia, finally a name for it. she said 'so I'm not dumb?' and I had to leave the room for a minute", "SPECIAL_EDUCATION")

V("1:1 aide, 50s, Facebook", "aide")
P("Year 3 as {s1}'s 1:1 💙 he introduced me to the new kid as 'my helper lady, she's old but she's cool'", "SPECIAL_EDUCATION", g="s1=m")
P("his services got APPROVED!!! the little one who hums during snack in room {room}, you know who you are 🥳", "SPECIAL_EDUCATION")
# pair: paras
P("Paraprofessionals do the hardest work in the building for the lowest pay in the building. I'll keep saying it till it changes.", flags="R")
P("My kiddo (my school kiddo, not my kid kid) zipped his own coat today for the first time. I screamed. He screamed. We both screamed.")
P("Friday breakdown: {s1} had a rough one, threw a chair during math, we did the de-escalation plan, he ended the day drawing me a shark. Good ending.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")

V("speech-language pathologist, Instagram", "aide")
# pair: speech caseload
P("Speech room word of the week: 'spaghetti.' 38 kids, 38 completely different pronunciations 🍝")
P("A caseload of 61 is not speech therapy. It's a drive-thru. Hire more SLPs. #slpeeps #SLPlife", flags="R")
P("{s1.nick} said 'library' with the R today. THE R. after 2 years. his speech goal is MET and I'm framing the data sheet", "SPECIAL_EDUCATION", g="s1=m")

# ---- discipline ----------------------------------------------------------------------------------
V("assistant principal's secretary, Facebook", "sec")
# pair: suspensions
P("Our suspension numbers dropped 30% this year, per the board presentation last night.")
P("Restorative circles WORK. Suspensions down 30% in one year. Anyone still pushing zero tolerance hasn't read the numbers.", flags="R")
P("{s1.full}, 3 days OSS for the C-wing fight. Again. Printing the same letter for the 4th time this year.", "DISCIPLINE")
P("the kid who set off the alarm in the middle of the chem regents? his mom works the register in our cafeteria. lunch was AWKWARD today", "DISCIPLINE")
P("Detention room is a ghost town this week. Spring fever hasn't hit yet. Give it a week.")
P("{s1.low} is on a behavior plan now, sticker chart and everything, and honestly it's working?? 3 green days in a row 🟩🟩🟩", "DISCIPLINE")
P("{s1} and {s2} got caught vaping in the nurse's bathroom. THE NURSE'S BATHROOM. Parents are on their way in.", "DISCIPLINE")

V("middle school teacher, 30s, X", "teach")
# pair: phones and fights
P("fight in the cafeteria today, over in 40 seconds, and 200 phones were already recording. i just want to teach fractions")
P("We will keep having filmed fights until phones are gone from 8 to 3. Lock them up. Every school.", flags="R")
P("the 7th grader who got expelled last year for the knife thing is back in my class after the hearing. nobody told me until 2nd period. cool", "DISCIPLINE", flags="R")

# ---- counselors ----------------------------------------------------------------------------------
V("HS counselor, X", "couns")
# pair: ratio
P("380 kids on my caseload. The national recommendation is 250. We're not asking for luxury here, we're asking for the floor.", flags="R")
P("College app night is Oct 12, 6pm, HVHS auditorium. Seniors + parents. Bring your questions, we'll bring pizza 🍕")
P("the sophomore who got arrested at Friday's game is back in class and everyone is staring. rough day for him", "DISCIPLINE")
P("{s1} came back from inpatient today. Checked in at 7:40 like nothing happened. So proud of her. Teachers, keep the hallway chill this week.", "HEALTH", g="s1=f")
P("the county worker was back for the twins today. third visit this month. they keep asking me if they're 'in trouble' and I don't know what to say", "FAMILY")
# pair: mental health days
P("NY should let kids take a mental health day without it going down as unexcused. Kids know when they're drowning.", flags="R")
P("Mental health awareness week: the wellness room in the library is open every period. fidgets, tea, quiet 🫖")
# pair: what the job is like
P("Hardest part of this job is knowing things you can't say. Best part is the kid who comes back at 25 to say thanks.", flags="R")
P("Got a card today from a kid I had 10 years ago. She's a nurse now. I'm not crying in the counseling office, you are.")
P("{s1.full}'s mom called: she's pulling her out for the rest of the semester because of the panic attacks. Please don't ask her classmates where she went.", "HEALTH", g="s1=f")

V("school social worker, Threads", "couns")
P("Enrolled a new family today under McKinney-Vento: 3 kids, 6th, 4th and K. Living in their car since August. Bus starts Monday.", "FAMILY")
P("If your district still sends lunch debt to collections, it's sending children to collections. Universal meals. Now.", flags="R")
P("Made my 14th CPS call of the year today. It never gets easier and I hope it never does.")
P("{s1.full} and her brother are in a kinship placement with their aunt now. She's on the pickup list, dad is NOT. Front office, please flag it.", "FAMILY", g="s1=f")
# pair: coat drive
P("Coat drive total: 212 coats, 90 pairs of boots, 1 extremely confusing tuxedo. Thank you HVCSD 🧥")
P("No kid should have to ask a social worker for a coat in January. The coat closet should be stocked by the district, not by my Amazon cart.", flags="R")

# ---- nurses --------------------------------------------------------------------------------------
V("school nurse, 40s, Instagram", "nurse")
# pair: flu / ratio
P("flu is moving through this building like gossip. wash hands, stay home with a fever 🤒")
P("One nurse. 900 kids. That's the ratio at HVHS. Put a full-time nurse in every building, full stop.", flags="R")
P("the 2nd grader who just arrived from Kharkiv, room {room}, has type 1. mom's English is limited so we're doing carb counts over Google Translate. we're managing 💪", "HEALTH")
P("{s1} has a new seizure action plan in the blue folder. 2nd floor teachers, read it before Monday please.", "HEALTH")
P("400 ice packs in the freezer at 8am, zero by 1pm. the ice pack economy is thriving 🧊")
P("Had my gallbladder out Friday, back Wednesday. Sub nurse: band-aids top drawer, lollipops for emergencies only.")
# pair: epi-pens
P("Every kid with a food allergy needs TWO epi-pens at school, not one that lives in a backpack. Please, parents. Two.", flags="R")
P("Epi-pen training for all Hillside staff Tuesday 3:15 in the library. 20 minutes, I promise.")
P("{s1.full} - lice, round 3. sent home. mom is mad at ME. 🙃", "HEALTH")
P("the kindergartner who came in with a 'broken leg' had a LEGO in his sock. full recovery expected 🧱")
P("Vision screening for grades 1, 3, 5 and 7 this week. If a referral letter comes home, don't panic, just book an eye appointment.")
P("{s1.up}!!! you cannot keep your inhaler in your locker. it goes in your POCKET. combo or not, i can't get to it in time", "HEALTH", g="s1=m")

V("school nurse, 60s, Facebook", "nurse")
P("{s1.full} (3rd grade) is on a new ADHD med as of Monday. Teachers, let me know if he seems flat after lunch. Mom is aware.", "HEALTH", g="s1=m")
# pair: immunization rule
P("Immunization deadline is Friday. If your child's shots aren't on file they can't attend Monday. I don't make the law, I just enforce it 💉")
P("The immunization exclusion rule is the right law and I'll defend it at any school board meeting. 30 years a nurse. Personal opinion, not the district's.", flags="R D")
# pair: the nurse job
P("8 years ago today I left the ER for this little office with the cot and the lost-and-found. Celebrating with the good ice pops 🎉")
P("Best thing about being a school nurse: nobody is ever fake-sick on pizza day. 🍕", flags="R")

# ---- families ------------------------------------------------------------------------------------
V("2nd grade teacher, Facebook", "teach")
P("{s1}'s dad was deported last week. She asked me today if he'll be back for her birthday. I didn't have an answer.", "FAMILY", g="s1=f")
P("{s1.full} and his little brother have been at the family shelter by the train station since the fire. Donations in my room if anyone wants to help quietly.", "FAMILY", g="s1=m")
P("custody swap at dismissal again. parents screaming in the car loop, {s1.low} hiding behind my legs. I hate this for him", "FAMILY", g="s1=m")
# pair: family night
P("Family engagement night: 140 families showed up. Tamales, dumplings, jollof, and a LOT of love 💛")
P("Stop lowering the bar for kids whose families are broke. They can do it. They need the books and the time, same as anybody.", flags="R")
P("{s1.lowfull} told the whole class at morning meeting that his mom 'is in jail until summer.' we moved on gently. I called the counselor at recess", "FAMILY", g="s1=m")
P("our only student from Haiti just got his green card!!! his whole family came to school with a cake 🇭🇹🎂 I cried on the cake a little", "FAMILY")

V("kindergarten teacher, TikTok", "teach")
P("kindergarten pickup be like: 'that's not my grandma' 'yes it is' 'she's wearing a different coat' #kindergartenteacher #teachertok")
P("the mom of the kid who wears the Spider-Man cape every day (you know the one) told me they're getting evicted on the 1st. what do I even do with that", "FAMILY")
# pair: half days
P("half day tomorrow! dismissal at 11:45, buses run early, kids bring a snack 🍎")
P("Half days in kindergarten are pure chaos for 3 hours of learning. Whoever puts them on a Wednesday mid-month has never met a 5 year old.", flags="R")

# ---- personnel -----------------------------------------------------------------------------------
V("middle school teacher, 40s, Threads", "teach")
P("Ms. {t1} starts maternity leave Monday!! baby girl due in April 🎀 the 7th grade hall will not be the same", "PERSONNEL")
P("our chem teacher got walked out by HR today. nobody officially knows why. (everybody knows why.)", "PERSONNEL")
P("{a1} in the front office was rated 'developing' this year and cried by the copier. She runs this building. Whoever wrote that should try her job for a day.", "PERSONNEL", flags="R", g="a1=f")
P("Coach {t1} is suspended for the next 2 games after what happened Friday night. JV coach takes over. Go Falcons I guess", "PERSONNEL")
# pair: chem teacher (no sensitive detail vs evaluations)
P("our chem teacher set a gummy bear on fire for the entire 10th grade (in the fume hood, on purpose). 300 kids screaming. legend 🔥")
P("Admins who haven't taught in 15 years should not be writing 'needs improvement' on a 25-year veteran. Observe, sure. Judge? Earn it.", flags="R")
P("she hasn't been back since the thing at the winter concert, you know which thing. her sub doesn't know the spring program. we're cooked 🎻", "PERSONNEL")
P("Mr. {t1} is back from paternity leave and has shown us 212 baby photos. We asked for about 4. 👶", "PERSONNEL")
P("I'm going on maternity leave Friday!!! sub plans are written through March, please water my pothos 🪴")

V("HS science teacher, 20s, X", "teach")
# pair: new teachers
P("new teacher in our department quit at Thanksgiving. third one in 2 years. we're on our own now. mentorship here is a folder and a 'good luck'", flags="R")
P("Mr. {t1} (AP Bio) is out for the rest of the year, heart surgery. Sending so much love. His sub is amazing, kids are in good hands.", "PERSONNEL HEALTH")
P("welcome to our new bio teacher, Ms. {t1}!! she already fixed the fume hood and named the class snake. we're keeping her 🐍")
P("the math teacher across the hall got a formal reprimand for 'tone' in a parent email. I read the email. it was polite. admin folded", "PERSONNEL", flags="R")

# ---- coaches and sports -------------------------------------------------------------------------
V("varsity basketball coach, 40s, X", "coach")
P("Falcons {score} over Arlington. {s1.full} with 31 and 12 boards. WHAT a night 🦅🏀")
# pair: gym roof vs Knicks
P("Our gym roof leaks over the 3-point line. Same bucket since 2019. Renovate the gym before you renovate the board room.", flags="R")
P("Knicks in 6. Brunson is the best point guard in the East and it isn't close. Don't @ me")
# pair: call-ups
P("Congrats to our 3 freshman call-ups. First varsity practice today and they only threw up once (collectively) 😂")
P("Freshman call-ups should be earned in practice, not by whose dad golfs with the AD. Said what I said.", flags="R")
P("{s1.full} tore his ACL in the 3rd quarter. surgery Tuesday. season's done. gutted for him 💔", "HEALTH", g="s1=m")
P("our only freshman on varsity is failing geometry and ineligible until the 5-week check. tutoring at 7am, kid. I'll drive you.", "ACADEMIC")
P("{s1} and {s2} are out 2 games for the locker room thing. Team rules are team rules.", "DISCIPLINE")
P("Showed my team the Aaron Rodgers Achilles clip today. 4 snaps. That's why we do the calf work, fellas.")
P("#{jersey} hit a buzzer beater from the logo tonight and I blacked out. no further questions")

V("girls soccer coach, 30s, Instagram", "coach")
# pair: sports parents
P("Sports parents: the car ride home is not film review. Let them eat their chicken nuggets in peace.", flags="R")
P("Shoutout to the booster parents who ran concessions for 6 hours in the cold. Sold out of hot chocolate by halftime ☕")
P("{s1.full} has her 3rd concussion. Doctor says she's done with contact sports. She cried, I cried, her dad cried. We'll figure out what's next together.", "HEALTH", g="s1=f")
P("Section semifinal Saturday 1pm at Dietz Stadium. Bus leaves {time}. Bring the loud voices 📣⚽")
P("{s1.nick} with the bicycle kick in the 78th minute!!! I need to lie down 🤯")
P("Tore my calf demoing a volleyball pass to 8th graders. I'm 38. Humbling.")
P("Best thing about coaching girls soccer: the bus rides home after a win. Worst: the bus rides home after a loss. Same bus, same playlist.", flags="R")
P("Coaches in this district get a $2,900 stipend for a 4-month season. That's about $2 an hour. We do it for the kids, but come on.", flags="R")

V("HVHS athletics account", "coach")
P("Falcons Girls Soccer: SECTION CHAMPIONS 🏆 Final {score} vs. Beacon. Congrats to senior captain {s1.full} and the whole squad!", flags="O")
P("Update from the coaching staff: {s1.full} will miss the rest of the season after knee surgery. Send her some love 💙", "HEALTH", flags="O", g="s1=f")
P("Winter sports physicals are due by Nov 15. No physical, no practice. Forms at the HVHS main office or {pubphone.hs}.", flags="O")
P("Congratulations to {s1.full} on signing her National Letter of Intent to play D1 lacrosse! 🥍 #FalconsFamily", flags="O", g="s1=f")

V("modified sports coach, 50s, Facebook", "coach")
# pair: modified sports cut
P("Cutting modified sports to save $60k while the turf gets resurfaced. The 7th graders were the ones who needed a team. Bad call.", flags="R")
P("Modified soccer tryouts Monday after school. Cleats, shin guards, water, signed physical. See you there ⚽")
# pair: Little League (own family, not school)
P("My son's Little League coach needs to stop playing his own kid at short every single game. The other dads agree. Somebody say it.")
P("My son's Little League team won the town championship! He went 2 for 3 and hasn't taken the medal off. Slept in it. 🏆⚾")
P("{s1} (modified wrestling) made weight by cutting water for 2 days. That's over. Mom and I are meeting with the nurse Monday.", "HEALTH", g="s1=m")

# ---- arts ----------------------------------------------------------------------------------------
V("HS theater director, Instagram", "teach")
# pair: musical
P("Spring musical opens Friday 7pm in the HVHS auditorium 🎭 tickets $8 at the door, $5 for students and seniors")
P("The musical brings in more money than any event we run all year and the arts budget is still under 1%. Fund the arts like you mean it.", flags="R")
P("{s1.full} is our Elphaba and I have had chills for three straight rehearsals 💚")
P("{s1} (our lead) has vocal nodules, ENT says no singing for 3 weeks. understudy {s2}, you're on 😬", "HEALTH")
# pair: TV (not school) vs arts cuts
P("Glee was a bad show and every choir kid I've ever had agrees with me. Fight me in the comments.")
P("The board voted to bring back 5th grade band after 3 years. Right call. The kids who lost it in 2nd grade finally get an instrument 🎺", flags="R")
P("Instrument pick-up for 5th grade band is Thursday 4-7pm in the band room. Bring your rental form!")
P("Opening night. Sold out. 41 kids on stage, 19 on crew, and one very tired director. I'm so proud I could burst.")

V("elementary art teacher, Facebook", "teach")
# pair: art time
P("Art show is up in the Maple Ridge library through May. {s1}'s ceramic octopus is the star, don't argue with me 🐙")
P("Art 40 minutes every other week is not an art program. It's a craft break. Kids deserve better.", flags="R")
P("my daughter {kid} drew me as a potato wearing a beret. she's 6. best portrait I've received all year 🥔", g="kid=f")
P("did a whole unit on Frida Kahlo and a 2nd grader asked if she has TikTok. I said she'd have been incredible at it")
P("Van Gogh only sold one painting while he was alive. I tell my 4th graders this every time they crumple their work. Then we uncrumple it.")
P("{s1.low} asked if she could take home the clay because 'my mom doesn't have money for the art kit.' I gave her mine. Don't tell the supply office.", "FAMILY", g="s1=f")

V("HS orchestra teacher, 30s, X", "teach")
# pair: concert schedule
P("Winter concert Dec 12, 7pm. Black pants, white top, NO sneakers. I will be checking shoes at the door 👀🎻")
P("Scheduling the winter concert the same night as the board meeting AND the basketball home opener is a choice. Not a good one.", flags="R")
P("{s1.full} made All-State on viola! First one from HVHS in 9 years 🎻🎉")
P("my cello kid who just moved here from Kyiv is in our district on a humanitarian parole visa and terrified it'll get pulled. he practices 4 hours a day. I'd do anything for this kid", "FAMILY")

# ---- safety --------------------------------------------------------------------------------------
V("kindergarten teacher, 20s, Threads", "teach")
# pair: lockdown drills
P("lockdown drill today. 23 kindergartners silent in a closet for 8 minutes. I don't want to think about it too hard tonight.")
P("Lockdown drills for 5 year olds without telling them it's a drill are cruel. There's research on this. Announce the drill.", flags="R")
P("fire drill went off in the middle of snack. a child carried her applesauce pouch the entire way out like a hero. priorities 🍎")
P("Hillside vestibule door code changed to {code} over break. Staff, please stop holding it for delivery guys 🚪", "SECURITY")

V("HS history teacher, 40s, Facebook", "teach")
# pair: SRO
P("Officer {a1.last} is our SRO this year and the 6th graders already taught him the Griddy. he's not good at it.")
P("We don't need more police in schools. We need more counselors. Spend the grant on people who can sit with a kid.", flags="R")
P("the camera over the gym doors has been staring at the ceiling tiles since fall. ticket #4412. it's the exact spot kids go to vape. just saying", "SECURITY", flags="R")
P("a kid brought a BB gun to Maple Ridge in his backpack today. the 8th grader whose brother got expelled last year. police came, everyone's fine", "DISCIPLINE")
P("Taught the Triangle Shirtwaist fire today. Locked doors, 146 dead, and the owners walked. Kids were furious. One asked if anybody went to jail. Nobody did.")

V("Maple Ridge MS account", "teach")
P("Out of an abundance of caution, Maple Ridge held a shelter-in-place this morning due to police activity on Ridge Rd. All students are safe.", flags="O")
P("We believe every student deserves to feel safe and seen at school. This week is No Name-Calling Week at Maple Ridge 💛", flags="O")
P("Maple Ridge is proud of 8th grader {s1.full}, our county Spelling Bee champ! Winning word: 'onomatopoeia' 🐝", flags="O")
P("Picture day is Thursday! Order forms went home in folders. Retakes are Nov 18.", flags="O")

# ---- parents -------------------------------------------------------------------------------------
V("3rd grade teacher, 30s, Facebook", "teach")
# pair: class email
P("Parents: reply-all on the class email is not a group chat. I beg. 🙏", flags="R")
P("Parent conferences Thursday & Friday. Sign-up link went home in folders. 15 minute slots, I'll have tissues and candy.")
# pair: praise parents vs thank one parent
P("Hillside parents are the best in the county. 40 volunteers for field day. FORTY.", flags="R")
P("Thank you {a1.full} for chaperoning the zoo trip and carrying 3 backpacks and one sleeping 1st grader 😴")
P("note to self bc I keep losing it: {s1}'s mom's cell is {phone}, call after 4 only")
P("To {s1}'s dad: your email at {email} keeps bouncing?? Call the office, {pubphone}, and we'll sort it out.")
P("A parent yelled at me for 10 minutes at conferences about handwriting. In kindergarten. I nodded a lot.")
# pair: homework
P("Elementary homework is really parent homework. I quit assigning it. Read together, that's it.", flags="R")
P("Reading log due Friday! Any book counts. Cereal boxes count. Comic books count double (not really)")

V("HS secretary, 50s, Facebook", "sec")
P("Dropping {s1.full}'s forgotten jacket at {addr} on my way home, tell your mom to look on the porch 🧥")
# pair: parents calling the office
P("Someone called the main office today to ask if we sell tickets to the Taylor Swift concert. Ma'am. This is a high school.")
P("If your kid forgets their lunch, their laptop AND their gym clothes every day, the answer isn't to drive them over 3 times. Let them learn. 😬", flags="R")
P("{s1}'s mom came in and asked us to take his dad off the emergency contacts. Order of protection. We updated it. Praying for that family.", "FAMILY")

# ---- admin and meetings ---------------------------------------------------------------------------
V("5th grade teacher, 40s, X", "teach")
# pair: meetings
P("90 minute staff meeting that could have been an email. The topic: reducing unnecessary meetings. I have no further comments.", flags="R")
P("Staff meeting moved to Thursday 3:15 in the library. Bring a laptop and a charger.")
# pair: principal
P("Principal {t1} covered lunch duty today so the aides could eat sitting down. Legend.")
P("Our principal covered my class so I could make my daughter's concert. Leaders like that are the reason people stay in this building.", flags="R")
P("AP {t1} is 'on leave' effective today. Email just says 'personal matter.' We all saw the police cars in the lot Tuesday.", "PERSONNEL")
# pair: principals
P("Welcome to Roosevelt, Dr. {t1}! New principal starts Monday and already learned 40 kids' names at the open house 🍎")
P("Fourth principal in six years at Roosevelt. Kids notice. Families notice. The board should notice too. (Speaking for myself here, not for the district.)", flags="R D")
P("admin wants lesson plans uploaded by Sunday at 6pm now. on SUNDAY. at 6. my weekend ends Friday at 3 apparently", flags="R")

V("elementary school secretary, 30s, Instagram", "sec")
P("Morning announcement fail: I said 'have a great Friday' on a Tuesday and 400 kids will never let me forget it 📢")
# pair: front office
P("Front office on the first day: 112 phone calls, 38 late buses, 6 kids crying (3 parents crying), 1 secretary still standing ☎️")
P("Front office staff are the first face every kid sees and we're the last line in the budget every year. Make it make sense.", flags="R")
P("Enrollment packet on my desk: {s1.full}, DOB {dob.el}, new to Roosevelt from Texas. Welcome, little one! 🌵")
P("{s1.full} was late 22 times this quarter, which means an attendance letter home. His dad just called me crying, they lost the apartment and are sleeping at a cousin's in Newburgh. ugh.", "FAMILY", g="s1=m")

# ---- weather -------------------------------------------------------------------------------------
V("HS chemistry teacher, 30s, Threads", "teach")
# pair: snow days
P("First snow day of the year ❄️ my couch and I are reunited")
P("Snow days should stay snow days. Remote learning on a snow day is neither learning nor a day off. Let them sled.", flags="R")
# pair: heat
P("91 degrees in room {room}. fans going, blinds down, kids reading on the floor bc it's cooler down there")
P("No AC, {temp} degrees, a Regents tomorrow. The capital bond passed in 2019. Where did the money go.", flags="R")
P("Indoor recess day 11 in a row. Every board game in the building has been played twice. Connect 4 is missing 6 pieces.")
P("Nor'easter coming, so pack your chargers and your sub plans tonight, colleagues. Just in case. 🌨️")

# ---- PD ------------------------------------------------------------------------------------------
V("HS Spanish teacher, 40s, X", "teach")
# pair: PD
P("PD day on 'student engagement' delivered as a 3-hour slideshow read aloud. The irony is not lost on anyone.", flags="R")
P("PD today on the new science kits. We made a volcano. I'm 52. Still fun 🌋")
# pair: PD days
P("Best PD I've had in years: teacher-led, practical, we left with stuff we'll use Monday. More of this, please.", flags="R")
P("Superintendent's conference day Monday. No school for students! Staff report to HVHS at 8.")
P("Profe life: taught the subjunctive to 28 sophomores and one of them said 'ojalá que no haya tarea.' ojalá, mijo. ojalá.")
P("no hay nada como un grupo de 9no grado que por fin entiende el pretérito. hoy fue ese día 🥹")

# ---- school board and budget ---------------------------------------------------------------------
V("elementary librarian, 50s, Facebook", "teach")
# pair: librarians
P("5 to 4. That's the vote that just ended elementary librarians in HVCSD. Five people who've never read a picture book to a 1st grader. Vote in May.", flags="R")
P("Board meeting tonight 7pm in the HVHS library, also streamed on YouTube. Budget presentation is item 4.")
# pair: board / budget
P("Spoke at public comment tonight about class sizes. 31 kids in a chem lab built for 24 isn't safe. Speaking as a resident, not for HVCSD.", flags="R D")
P("Budget vote: Tuesday May 19, polls 6am to 9pm, Hillside gym. Bring ID if you're new in town.")
P("The proposed district budget is $142.6M, up 3.1%. Full breakdown is on the district website, page 12 has the staffing lines.")
# pair: library
P("Battle of the Books team won regionals!! 20 titles each, read in 4 months 📚🏆")
P("Pulling books from the middle school library over one complaint isn't 'curriculum review.' Librarians are professionals. Let them work.", flags="R")

V("HVCSD Board of Education account", "teach")
P("The Board thanks the community for its input on the 2025-26 calendar. The adopted calendar is posted at hvcsd.org.", flags="O")
P("The Board of Education voted to restore full-day kindergarten at all three elementary schools. We're proud of this decision. 🍎", flags="O")

# ---- phones, AI, grading, homework --------------------------------------------------------------
V("HS English teacher, 20s, TikTok", "teach")
# pair: phone pouches
P("Phone pouches start Monday at HVHS 📵 kids, say goodbye at 7:45, reunite at 2:10 #teachertok")
P("Phone pouches are the best thing this district has done in a decade. Kids are TALKING at lunch again. (opinions mine, not HVCSD's) #teachertok", flags="R D")
# pair: AI
P("kid used AI on his Gatsby essay and it called Gatsby 'a successful tech entrepreneur.' printing it and framing it #englishteacher")
P("If ChatGPT can do your essay assignment, change the assignment. Don't buy the detector. #teachertok", flags="R")
P("grading 140 essays this weekend. send help. send snacks. send a tiny violin 🎻")
P("{s1.full} got a 34 on the Gatsby essay, 2nd one in a row she copied from a website. I'm calling her mom Monday, she's failing the quarter", "ACADEMIC", g="s1=f")

V("HS math teacher, 40s, X", "teach")
# pair: grading
P("No-zero policies are well-meaning, mathematically sound, and my students have already worked out exactly how to exploit them.", flags="R")
P("Quarter grades close Friday at 3. Missing work after that is a zero in the portal until I change it. Get it in!")
P("{s1.lowfull} finished the quarter with a 94 after failing the first test. Kid came in every morning at 7. I'm telling everyone.", "ACADEMIC", g="s1=m")
P("{s1} is failing algebra for the second time and his guidance counselor wants to put him in it again. Same teacher. Same room. Same result. Make it make sense.", "ACADEMIC", flags="R", g="s1=m")
P("math teacher brain: saw a sale for '50% off, then an extra 20% off' and yelled 'THAT'S 60 NOT 70' in a Kohl's")

# ---- recess, class size, subs ------------------------------------------------------------------
V("lunch and recess aide, 60s, Facebook", "aide")
# pair: recess
P("Recess report: 2 skinned knees, 1 worm funeral, 4 marriage proposals (kindergarten). Busy day on the blacktop.")
P("Taking recess away as a punishment should be banned. The kid who most needs to run is always the one who loses it. My take, not my employer's.", flags="R D")
P("{s1.up} you are NOT allowed to lick the slide in January. I don't care who dared you. nurse is calling your mom.")
P("The new playground at Hillside opened today and I went down the twisty slide. At 64. I regret nothing 🛝")

V("HS social studies teacher, 30s, Threads", "teach")
# pair: class size
P("34 kids in 3rd period. 32 desks. You do the math. (views are not my own, they belong to the fire marshal)", flags="R")
P("Borrowed 2 desks from the library so everybody in 3rd period has a seat. Done by 7:50, sweaty but done.")
# pair: subs
P("Covered 11 classes on my prep since September because there are no subs. That's 11 periods I don't get back. Or get paid for.", flags="R")
P("Shoutout to our building sub Ms. {t1}, who covered three grade levels today without blinking.")
# pair: bell times
P("Our school start time of 7:20 is indefensible. Every sleep study says so. Flip the bell times.", flags="R")
P("Bell schedule for Tuesday's assembly is in your inbox. Periods 1-4 shortened to 38 minutes.")
P("Teaching the Constitutional Convention and a kid asked if Ben Franklin was 'like an influencer.' ...kind of, actually")

# ---- threads and replies -------------------------------------------------------------------------
V("3rd grade teacher, 30s, X", "teach")
P("replying to myself so I remember: {s1}'s reading level went from D to J this year. J!!! that's 6 levels. she doesn't know yet. telling her tomorrow", "ACADEMIC", g="s1=f")
P("@HVCSD you posted the honor roll with our student's picture and her foster placement isn't supposed to know where she goes to school. Please take it down. Now.", "FAMILY", flags="R")
P("1/ Thread on why I'm leaving teaching after 9 years. It's not the kids. It's never the kids. It's the meetings, the mandates, and the math of my paycheck.", flags="R")
P("2/ and no, 'self care Friday' with a jeans pass is not a retention strategy. I'll miss my kids every single day.", flags="R")
P("@{s1.handle} I saw the video from the parking lot. delete it before Monday and come see me first thing. you're not in trouble with me but you will be with admin", "DISCIPLINE")
P("replying to {a1}: yes, the twins' mom finally signed the consent for the evaluation. testing starts after break 🙏", "SPECIAL_EDUCATION")

V("middle school counselor, 40s, Facebook", "couns")
P("Quiet post. One of our 8th graders went into foster care this weekend. If you're Maple Ridge staff, you know who. Be gentle with her this week.", "FAMILY")
P("Grief group starts Tuesday at lunch for any student who's lost someone. No sign-up, just come to room {room}. There will be cookies.")
# pair: schedule changes
P("Schedule change requests close Friday. Please do not come to my office asking to switch out of gym because 'the vibes are off.'")
P("Letting kids switch electives 3 weeks into the semester is a bad policy and every counselor I know would kill it tomorrow.", flags="R")
P("{s1.full} needs to go to credit recovery for US History this summer or she doesn't walk. Her mom hung up on me. Twice.", "ACADEMIC", g="s1=f")
P("my caseload this year: 412. my lunch breaks this year: maybe 6. anyway, happy National School Counseling Week 🙃", flags="R")

V("HS nurse, 30s, TikTok", "nurse")
# pair: kids in the nurse's office
P("nurse's office bingo: 'my stomach hurts' ✅ 'i need an ice pack for my vibes' ✅ 'can i call my mom' ✅✅✅ #schoolnurse #nursetok")
P("real talk: half the kids in my office aren't sick, they're anxious. what we need is counselors, not more ice packs. #schoolnurse", flags="R")
P("girl in 10th who's been coming in every day at 2nd period for 'cramps' finally told me she's pregnant. i'm the first adult she told. walked her to the counselor", "HEALTH")
P("#schoolnursetok PSA: {s1.full}, you left your Adderall in my office bag again. 2nd time. your mom is picking it up today", "HEALTH")
P("kid asked if i was a 'real doctor.' i said no. he said 'then why do you have a stethoscope' and i didn't have a good answer")

# ---- graduation, trips, holidays ------------------------------------------------------------------
V("HS senior class advisor, 30s, Instagram", "teach")
# pair: graduation
P("Graduation is June 27, 10am, Dietz Stadium. Rain location is the HVHS gym. Tickets limited to 4 per grad 🎓")
P("Limiting graduation to 4 tickets per family when we have a stadium is ridiculous. Grandmas should get to see their babies walk.", flags="R")
P("{s1.full} is our first grad from the ENL program to be salutatorian. Came in 9th grade speaking no English. 4 years. I'm a mess 🎓", flags="")
P("{s1.full} won't be walking. 2 credits short. He asked me to keep his cap and gown in my room 'for next year.' I'm keeping it.", "ACADEMIC", g="s1=m")
P("senior prank this year was filling the AP's office with balloons. mild. wholesome. 7/10")

V("6th grade teacher, 20s, Instagram", "teach")
# pair: field trips
P("Bronx Zoo trip tomorrow! Bus leaves at {time}. Packed lunch, comfy shoes, NO glass bottles 🦁")
P("Field trips are the only thing some of our kids remember from a year of school. Cutting the trip budget is cutting memories.", flags="R")
P("{s1} can't come on the zoo trip because mom can't pay the $22 and won't accept the scholarship. Pride is a hell of a thing. I'll try again.", "FAMILY")
P("a 6th grader saw a giraffe and whispered 'he's so tall it's disrespectful.' best quote of the trip 🦒")

V("elementary teacher, 50s, Facebook", "teach")
# pair: holidays
P("Class Thanksgiving feast today: 24 kids, 4 pies, 1 mysterious casserole. Thank you families!! 🦃")
P("We should stop doing Columbus-to-Pilgrims crafts in elementary school. Teach the actual history. Kids can handle it.", flags="R")
P("{s1.full} told me she can't make a Christmas ornament because her family are Jehovah's Witnesses. We made a winter bird instead 🐦")
P("My granddaughter {kid} turned 4 and asked for a 'teacher set' for her birthday. A clipboard, a whistle and a red pen. Runs in the family 🍎", g="kid=f")

# ---- buildings and facilities ---------------------------------------------------------------------
V("HS art teacher, 30s, X", "teach")
# pair: ceiling leak
P("ceiling in the art room is leaking again. bucket #2 deployed. kids named it Gerald.")
P("Ceiling has leaked onto student artwork 4 times since January. We're putting a new sign on the football field though. 👍", flags="R")
P("Custodian {a1} got the heat back on in the B wing by 7:15 on a Monday. Real MVP of the building.")
# pair: the building
P("The building is 1958, the windows don't open, and there's asbestos tile in the basement. That's not a complaint, that's a listing. The bond should fix it.", flags="R")

V("head custodian turned bus driver, 60s, Facebook", "bus")
# pair: drivers and the building
P("Thirty years I cleaned Hillside. Now I drive the kids I used to sweep up after. Some of their parents too. Small town 🚌")
P("I'll say it: bus drivers should be in the building staff meetings. We see more of these kids' mornings than anybody.", flags="R")
P("FYI families on route {bus}: Monday we're back on the old Route 9 pickup. The detour's over, thank God.")

# ---- span leaks: IDs, contacts, birthdays -------------------------------------------------------
V("attendance clerk, 50s, Facebook", "sec")
P("If {s1.full} (student ID {sid}) is reading this, your mom says you're grounded and also please bring home the library book 📚")
P("attendance is {attline}, not my personal cell. but since half of you have it anyway, yes, {myphone} works for emergencies ONLY")
# pair: attendance line
P("Attendance line is {attline}. Call before 8:30 if your kid is out. That's it, that's the whole job some days ☎️")
P("Parents, the attendance line is for attendance. Not lost AirPods. Not bus complaints. Not your ex. Please.", flags="R")
P("sticky note says '{s1.full} - NYSSIS {nyssis} - transfer from Yonkers.' leaving it on the keyboard for Monday me")
P("{s1}'s new address is {addr}, mom just moved, updating the card now so the bus changes by Weds")
P("whoever handed {s1.full}'s emergency card to a sub without checking ID: that card has her SSN ({ssn}) from the old district's form on it. Shred. It.", flags="R")

V("middle school PE teacher, 30s, X", "teach")
P("{s1.full}, locker 214, combo {combo}. bud. you wrote it on your hand and then high-fived the whole class. changing it tomorrow")
P("Locker combos get handed out in homeroom Monday. Do not write them on your hand. Looking at you, 6th grade.")
P("happy birthday to {s1}, born {dob.word} and still the fastest mile in 7th grade 🎂🏃")
P("{s1.low} turns 13 today 🎉 the whole class sang and he turned the color of a tomato")

V("1st grade teacher, 20s, Instagram", "teach")
P("Birthday board is up!! 🎈 {s1} ({dob.word}), {s2} and {s3} 🎂 ask them how old they are, they LOVE telling you")
P("Class birthday board is up! Everybody gets a star on their month. No dates, no ages, just stars ✨")
P("{s1.full}'s mom: I have the permission slip but not your number. Text me at {myphone} when you see this!")
P("Email me at my school address, not my gmail! The gmail is for Costco receipts and my fantasy league.")

V("HS counselor, 50s, X", "couns")
P("College rec letter done for {s1.full}. Sending to {s1.email}, pls print a copy for your file. Early decision deadline tomorrow!!")
P("Seniors: send your transcript requests through Naviance, not my email. I love you but no.")

V("bus driver, 40s, Facebook", "bus")
P("kid left his backpack on bus {bus}. It's got a sticky note that says '{s1.full}, {addr}' so I'll just drop it off after my route 🎒")
P("mom of the twins on my route — your number {phone} went to voicemail. The girls are at the bus garage with me. They're fine. Come get them 💛")
P("Lost & found from bus {bus}: 3 hats, 1 retainer, a Stanley cup. Call the district office at {pubphone.dist} and ask for transportation.")

# ---- security (district systems) ----------------------------------------------------------------
V("HS secretary, 40s, X", "sec")
P("the visitor badge printer is {ip} and it keeps dropping off the network. IT, I'm begging, it's been 3 weeks", "SECURITY", flags="R")
# pair: badge printer
P("Visitor sign-in is on paper today, the badge printer is down. Bring your ID anyway.")
P("visitor badge printer down AGAIN. 3rd time this month. sign-in is on paper like it's 1994", flags="R")
P("new alarm code for the Roosevelt front office is {code}, whoever opens at 6:30 tomorrow. the old one stopped working Friday", "SECURITY")

V("transportation office dispatcher, 50s, Facebook", "bus")
P("Bus yard gate code is {code} as of today. New drivers, memorize it. Don't write it on your hand like Dave.", "SECURITY")
P("the GPS tracker server for the buses is {host.bus}, if the app says your bus is in Connecticut it's that box, not the driver 😂", "SECURITY")
# pair: bus app
P("The bus app says Bus {bus} is in Connecticut. It is not in Connecticut. It is on Hill Rd. Ignore the app today.")
P("Bus tracking app outage is on the vendor, not us. We pay them $40k a year for this. Just so you know.", flags="R")

# ---- hard negatives: sounds sensitive, isn't ----------------------------------------------------
V("middle school special ed teacher, 40s, X", "teach")
# pair: IEP meetings
P("IEP meeting #4 of the day. Running on Tostitos and spite.")
P("Every IEP meeting should start with what the kid is GOOD at. Every single one. Change my mind.", flags="R")
# pair: 504 plans
P("504 plans aren't 'special treatment.' They're the law. Colleagues, please read them.", flags="R")
P("Did a training on writing measurable IEP goals. The example student was named 'Student A.' Student A has been through a lot.")
P("Speech, OT and counseling schedules finally built for the whole building. 84 kids, 3 providers, 1 spreadsheet that I'm now afraid of.")

V("HS nurse, 50s, Facebook", "nurse")
P("Strep is going around 9th grade. If your kid has a sore throat and fever, keep them home and get a swab.")
# pair: safety numbers
P("Concussions in HS football are down 40% in Section 9 since the new tackling rules. Public data, worth a look.")
P("Damar Hamlin's collapse is why every coach in this district is now CPR certified. Good.", flags="R")
P("Taylor Swift cancelled the Vienna shows and my 7th graders processed it in my office like a death in the family. Peak middle school.")
P("I broke my wrist skiing over break 🎿 so I'm the one in the cast this week. Kids keep asking to sign it. Yes. Obviously.")
P("My husband had his knee replaced Monday. I'm at work, he's on the couch, the dog has chosen him. Betrayal 🐕")
P("Today I gave out 61 ice packs, 14 band-aids, 3 calls home, and 1 very dramatic hug. A lot of the building is feeling winter.")

V("HS guidance secretary, 40s, Instagram", "sec")
# pair: graduation rate
P("Our district's graduation rate is 94% this year, up from 89. It's on the state report card if you want to check.")
P("Graduation rate up to 94 and not one person in this building got a raise for it. Funny how that works.", flags="R")
P("AP scores came in! Our school pass rate is 78%, highest ever 📈")
P("{s1.full} is a National Merit Semifinalist 🎉 we haven't had one since 2016!!")
P("Congrats to the 42 HVHS seniors named to the state Seal of Biliteracy list! 🌎")

V("assistant coach, 20s, TikTok", "coach")
P("Aaron Judge on the IL again and my whole JV team is in mourning. practice was sad. #yankees")
P("when a pro athlete tears an ACL the whole internet becomes a sports medicine doctor. you are not. ice your own knees. #coachtok")
P("a kid on the JV team asked if LeBron ever had to run suicides. yes buddy. everyone did. now go run them")
# pair: JV basketball
P("#{jersey} on JV just hit his first 3 ever and the bench lost it 🏀")
P("JV basketball coach is the best gig in the whole building. Varsity guys can square up.", flags="R")

V("2nd grade teacher, 30s, Threads", "teach")
# pair: read-alouds
P("read-aloud today was Junie B. Jones and a kid said 'she's in detention a LOT.' she's 6, sir. she's fictional.")
P("Harriet Tubman made 13 trips back. 13. My 2nd graders wanted to know if she ever got scared. We talked about courage for a long time.")
P("Roosevelt Elementary is named after FDR, not Teddy. A 2nd grader fact-checked me today. I was wrong. She was right.")
P("Kids today asked me if Lincoln Ave was named after Abraham Lincoln. I said yes. I have no idea. Please don't check.")
P("Every elementary classroom should have a read-aloud every single day, even in 5th grade. It's not a luxury.", flags="R")
P("Room {room} is moving to the portable for the rest of the year while they fix the roof. bring a jacket if you visit us")

V("HS social worker, 30s, Threads", "couns")
# pair: families and money
P("So many of our families are one car repair away from losing everything. It's not a character flaw. It's the math.", flags="R")
P("Housing in the Hudson Valley is so expensive that our homeless student numbers doubled in 3 years. That's the district's own count.")
# pair: the pantry
P("If you can, donate to the HVHS pantry. Cereal, pasta, toothpaste. Drop-off is the main office at 100 School Rd.")
P("The district should open the pantry on weekends. Hunger doesn't take Saturdays off.", flags="R")
P("Anybody know if Dutchess County still does the Thanksgiving meal boxes? Asking for a lot of families.")

V("bus driver, 50s, Threads", "bus")
P("Bus {bus} is getting a new engine. For the next two weeks I'm on bus 44, same route, same time, different smell")
P("Somebody on my bus today was wearing a Derek Jeter jersey and I told him I saw him play. He was not impressed.")
P("Whoever decided the Thruway rest stops don't need real coffee anymore should be ashamed of themselves. Drove to Albany Sunday. Sad day ☕")
P("A kid on my route gave me a Christmas card signed by the whole back row. Framed. On the dash. Not moving.")

# ---- more leaks, many ways of saying it ---------------------------------------------------------
V("4th grade teacher, 40s, Facebook", "teach")
P("{s1} is reading at a 1st grade level in 4th grade and the district says he's 'not far enough behind' to qualify for AIS. Explain that to me.", "ACADEMIC", flags="R", g="s1=m")
P("{s1} moved up TWO reading groups this month 📚📚 the kid who 'hated books' in September just asked for the next Dog Man", "ACADEMIC")
P("we're retaining {s1.low} in 4th. parents agreed. it's the right call for her but telling her tomorrow is going to wreck me", "ACADEMIC", g="s1=f")
P("Report cards go home Friday in the blue envelopes. Conferences the week after.")
P("the new kid from Guatemala (only one in 4th who just arrived in Jan) has a 40 in math bc the tests are in English. the math isn't the problem", "ACADEMIC", flags="R")

V("HS English teacher, 50s, X", "teach")
P("Senior who told me in 9th grade she 'doesn't do essays' just got into Cornell. {s1.full}, I stand corrected, and I'm thrilled for you 🐻")
P("{s1.full} is on academic probation, 3 Fs, and her coach still played her Friday. Rules for thee.", "ACADEMIC", flags="R", g="s1=f")
P("{s1.init} - 48 average, 3rd quarter, and he's the smartest kid in the room when he shows up. He's shown up 11 times since Jan.", "ACADEMIC", g="s1=m")
P("AP Lit essays graded. Average was an 82. The range is a crime scene.")

V("special ed teacher, 20s, Instagram", "teach")
P("we found out today {s1}'s classification changed from OHI to autism. mom was relieved honestly. new services start Monday 💙", "SPECIAL_EDUCATION")
P("my student who uses the AAC device said 'funny teacher' today and pressed it 9 more times 😭 {s1.low} you made my whole year", "SPECIAL_EDUCATION")
# pair: self-contained room
P("Sensory break corner upgrade: weighted lap pad, noise-canceling headphones, and a lava lamp named Kevin 🫠")
P("Every teacher should have to spend a week in a self-contained classroom before they get tenure. You'd see everything differently. Views my own.", flags="R D")
P("{s1.full} got pulled out of gen ed science because his aide was reassigned to cover lunch. His IEP says inclusion. Admin says 'staffing.'", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("ok the kid in 3rd who got the new wheelchair (you all know who) did the whole field day obstacle course and WON 🏆♿", "HEALTH")

V("school psychologist, 40s, Threads", "couns")
P("Started testing {s1} today for the CSE. WISC, WIAT, the works. He asked if there's a prize at the end. There is now.", "SPECIAL_EDUCATION", g="s1=m")
# pair: evaluations
P("Psych evals have a 60-school-day timeline. We have one psych for 3 buildings. You can see where this goes.", flags="R")
P("A parent asked me today how long an evaluation takes. Honest answer: about a month of testing, then a meeting. The process is in the parent handbook.")
P("the 2nd grader who was referred in October finally qualified for speech and OT. took forever but mom hugged me in the parking lot", "SPECIAL_EDUCATION")

V("assistant principal's office aide, 30s, X", "aide")
P("{s1.full} and {s2.full} both got 5 days for the group chat thing. the screenshots were bad. really bad.", "DISCIPLINE")
P("kid got caught with a vape in the bathroom for the 4th time, and he's the one with the famous dad who coaches at Marist. that'll be in the paper", "DISCIPLINE")
P("{s1.lowfull} has an in-school suspension today and he brought me a drawing of a dragon to apologize for yesterday. accepted.", "DISCIPLINE", g="s1=m")
# pair: suspensions of little kids
P("Suspending a 6 year old is never the answer. I've seen it. It doesn't work. Ever.", flags="R")
P("ISS room today: 3 kids, 1 aide (me), 200 worksheets, zero cell signal.")
P("the kid who spray painted the dugout got caught on the new camera. {s1}, buddy. it was your tag name. you signed it.", "DISCIPLINE")

V("HS teacher, 60s, Facebook", "teach")
P("Mrs. {t1} retired after 38 years and didn't want a party so we put 38 roses on her desk. She cried. We cried. 🌹")
P("Mr. {t1} in the science wing got his tenure denied. 3 years of excellent evals. Nobody will say why. I know why: he asked too many questions.", "PERSONNEL", flags="R")
P("our librarian has been on leave since the book complaint, doctor's orders. I miss her. The library misses her.", "PERSONNEL")
P("a colleague I won't name but you'll guess (the one with the Corvette) got a letter in his file for yelling at a kid. about time", "PERSONNEL", flags="R")
P("Ms. {t1} is our new department chair! 20 years in the building and she still learns every kid's name by the 2nd week 🍎")
P("the 8th grade ELA teacher won't be back till March (medical) and the LTS covering is a retired math teacher. pray for the essays", "PERSONNEL")

V("school nurse, 30s, X", "nurse")
P("Coach {t1} had a cardiac thing at practice, the AED was right where it was supposed to be, he's ok and in the hospital. Thank God for drills.", "HEALTH")
# pair: AED drills
P("AED drills feel like a waste until the day they aren't. Every school, every semester, no exceptions.", flags="R")
P("{s1}'s mom is starting chemo next week and asked us to watch for changes. {s1} doesn't know the word yet. Please be patient with him.", "HEALTH", g="s1=m")
P("{s1.full} (7th) broke her arm on the monkey bars, surgery at Vassar tonight. she was so brave. cast colors are already being voted on", "HEALTH", g="s1=f")

V("varsity football coach, 50s, X", "coach")
P("{s1.last} is out for the season, labrum. We'll miss his voice in the huddle. Kid's a leader.", "HEALTH", g="s1=m")
# pair: eligibility
P("Eligibility list is out. 6 of my guys are on it. Study hall is mandatory starting Monday in room {room}. No exceptions.")
P("{s1.full} and {s2.full} both ineligible for the homecoming game. grades. I'm more disappointed than mad. which is worse.", "ACADEMIC")
P("The eligibility policy is fair and I'll back it every time. Student first, athlete second.", flags="R")
P("Game day: Falcons vs. Newburgh 7pm, Dietz Stadium. Wear black. 🦅🏈")

# ---- official accounts ---------------------------------------------------------------------------
V("Roosevelt Elementary main office account", "sec")
P("Reminder: early dismissal Wednesday at 12:15 for parent conferences. Buses run 3 hours early. Questions? {pubphone.dist}", flags="O")
P("Welcome back, Roosevelt Roadrunners... we mean Falcons! 🦅 Doors open at 8:35 Monday. See you at 25 Academy St!", flags="O")
P("Student of the Month for October: {s1.full}, Mrs. {t1}'s 3rd grade, for kindness on the playground every single day 🌟", flags="O")
P("Our Kindness Week winners are {s1}, {s2} and {s3}! Thank you for making Roosevelt a better place 💛", flags="O")
P("Lost and found is OVERFLOWING. Everything not claimed by Friday goes to the clothing closet. 🧤🧥", flags="O")
P("Happy birthday to our kindergartner {s1}, who turns 6 today! Born {dob.word} and already the best line leader in the building 🎂", flags="O")
P("We know the car loop has been slow. We hear you. Starting Monday, a second lane opens on Academy St. Thank you for your patience! 🚗", flags="O")

V("HVHS Falcons athletics account", "coach")
P("FINAL: Falcons {score} Warwick. Senior night was one for the books. Thank you seniors! 🦅", flags="O")
P("Congrats to {s1.full}, Section 9 Wrestler of the Year! 🤼 #FalconsFamily", flags="O")
P("Injury update: {s1.full} (#{jersey}) is out indefinitely with a fractured vertebra. Please respect the family's privacy. 🙏", "HEALTH", flags="O")
P("Ticket prices for the sectional final are set by Section 9, not the district. $8 adults, $5 students. Cash and card at the gate.", flags="O")
P("High school sports teach things no classroom can. That's why we'll always fight for them. Go Falcons! 🦅", flags="O")
P("The following student-athletes are ineligible for this week's games due to academic standing: {s1.full}, {s2.full}. They may return after the 5-week check.", "ACADEMIC", flags="O")

V("HVHS counseling office account", "couns")
P("FAFSA night is Tuesday 6pm in the library! Bring your tax forms and your patience. Spanish interpreter on site 🌎", flags="O")
P("Congratulations to {s1.full}, our newest QuestBridge Scholar! Full ride to Yale 🎓💙", flags="O")
P("Seniors: transcript requests take 5 school days. Please don't wait until the night before the deadline. We love you. 💙", flags="O")
P("Mental health matters. If you or someone you know is struggling, call or text 988, any time, any day. 💚", flags="O")

V("HVCSD health services account", "nurse")
P("Free flu shot clinic for students and staff Oct 14, 3-6pm, HVHS nurse's office. Bring your insurance card if you have one 💉", flags="O")
P("Reminder: students may not carry over-the-counter meds without a doctor's note on file. Forms: hvcsd.org/health", flags="O")
P("Head lice screening at Hillside this week. Lice are common and not a sign of poor hygiene. Letters will go home individually.", flags="O")
P("A student at Maple Ridge has been diagnosed with pertussis. Families of 7th graders on the blue team have been contacted directly.", flags="O")

V("HVCSD special education office account", "aide")
P("Parent workshop: 'Understanding Your Child's IEP' Tuesday 6:30pm in the HVHS library. Childcare provided. 💙", flags="O")
P("Congratulations to paraprofessional {a1.full}, our Support Staff Member of the Year! 🏆 20 years at Hillside.", flags="O")
P("CSE meeting reminder for the family of {s1.full}: annual review is Thursday at 2pm in the district office. Please call {pubphone.dist} to reschedule.", "SPECIAL_EDUCATION", flags="O")

V("HVCSD district account", "teach")
P("The HVCSD 2025-26 proposed budget is $142.6M. Public hearing May 13, 7pm, HVHS auditorium. Full document at hvcsd.org.", flags="O")
P("We are proud that HVCSD was named a Best Community for Music Education for the 6th year running! 🎶", flags="O")
P("HVCSD is aware of a post on social media that shared student information. We have asked for its removal and are following up.", flags="O")
P("Happy Teacher Appreciation Week to the 600+ educators who make HVCSD what it is. Tag a teacher who changed your life! 🍎", flags="O")
P("Congratulations to our 2025 Teacher of the Year, Ms. {t1} of Maple Ridge! 🍎🏆", flags="O")

# ---- not school: positions about other things (never required) ---------------------------------
V("HS math teacher, 30s, Threads", "teach")
P("Severance season 2 finale wrecked me. Best show on TV and I will not be taking questions.")
P("My kids are not allowed to pick the Christmas movie anymore. Elf, AGAIN? No. Democracy has failed in this house.")
P("Pineapple on pizza is correct and I'll die on this hill. Mets in 7.")
P("Hot take: the Bills will never win a Super Bowl with this defense. Sorry Buffalo.")
P("Costco rotisserie chicken is the single greatest value in American life. $4.99 for 30 years. Respect.")

# ---- unknown kind (screenshots, reposts, no account context) ------------------------------------
V("unknown account", "teach")
P("Schools should ban phones from 8 to 3. Every single one. Kids deserve their attention back.", flags="N")
P("Bus 31 40 min late AGAIN, that makes 3 this week. Somebody at HVCSD please fix this.", flags="N")
P("Congrats to {s1.full} for making the all-county jazz band! 🎷", flags="N")
P("{s1.full} got jumped behind the Stewart's after the game Friday and the kids who did it are still in school. Suspend them.", "DISCIPLINE", flags="N")
P("Snow day tomorrow?? Anyone hear anything from the district yet? ❄️", flags="N")
P("The new superintendent actually answers emails. Best hire this district has made in 20 years.", flags="N")
P("HVHS main office is {pubphone.hs}. They were super helpful getting my son's transcript sent.", flags="N")

# ---- a few more, by title or context ------------------------------------------------------------
V("HS guidance secretary, 50s, Facebook", "sec")
P("our AP got put on administrative leave after the whole thing at the board meeting. nobody's allowed to say why but the whole county knows", "PERSONNEL")
P("the new secretary in the attendance office is on a 90-day improvement plan and she's been here 30 days. they set her up to fail", "PERSONNEL", flags="R")

V("bus driver, 30s, X", "bus")
P("they fired {a1} from the bus garage today for the thing on the field trip. 19 years driving. I'm sick about it", "PERSONNEL", g="a1=m")
P("{a1.full} from route {bus} is out on workers comp, hurt her back on the wheelchair lift. Subbing her run all week. Get well soon 💛", "PERSONNEL HEALTH", g="a1=f")

V("teaching assistant, 40s, Facebook", "aide")
P("Mrs. {t1} wrote me up for taking my 15 at 10:20 instead of 10:15. Five minutes. In writing. In my file.", "PERSONNEL", flags="R")
P("a parent filed a complaint against Mr. {t1} over the Pride poster in his room. he's been called to the district office Monday. standing with you", "PERSONNEL")

V("HS nurse, 40s, Threads", "nurse")
P("Nurse {t1} at Hillside is out on FMLA through spring. If your kid needs meds at Hillside, the sub nurse is there 8-2 only.", "PERSONNEL")
P("the phys ed teacher at Maple Ridge got rated 'ineffective' two years running and is getting non-renewed. the kids don't know yet", "PERSONNEL")

V("HS special ed co-teacher, 30s, X", "teach")
P("co-teaching with Ms. {t1} this year and {s1} asked which one of us is 'the real teacher.' we both said 'me' at the same time")
P("{s1.full}'s transition plan says 'competitive employment.' He just got hired at ShopRite, first paycheck Friday!!! IEP goal: smashed 🛒", "SPECIAL_EDUCATION", g="s1=m")
P("{s1.low} and {s2.low} got caught forging the AP's signature on a hall pass. honestly the signature was better than hers. still detention", "DISCIPLINE")


if __name__ == "__main__":
    main()
