"""Generate corpora/src/mixed.jsonl: staff posts that MIX their life and their job in one breath.

Voices: staff of every role on X, Threads, Bluesky, Facebook and Instagram: elementary, middle and
high school teachers, a special-ed aide and a lunch/recess aide, a varsity coach and a PE teacher, a
school nurse, two bus drivers, a night custodian, a counselor, the main-office secretary, an
assistant principal and a principal. A few official accounts (the high school, the district,
athletics, transportation, an elementary school) and posts of unknown kind (reposts, screenshots,
community-group threads, cross-posts with no account context).

The slice is built around the disclaimer boundary in posts that are half one thing and half the
other: a life post with one job sentence, a job post with one life sentence. Labels follow the
guide's two questions on the WHOLE post. A hot take about a show, a team, a recipe or town politics
next to a neutral job fact ("Knicks are frauds. anyway, conferences tonight 5-8") needs no
disclaimer; a chatty weekend post with one judgement of the job tucked in ("back to the building
where the heat still doesn't work, thanks admin 🙃") does. The same line is drawn for parenting the
poster's own kids (no) vs parents as a group seen from the job (yes); a feeling about the day (no)
vs a judgement of how the day was run (yes); sarcasm and rhetorical questions that carry a judgement
(yes) vs questions asking for information (no); a shout-out to a named colleague (no) vs praise of
a district decision (yes); a logistics tip (no) vs advice that argues how teaching should be done
(yes). Disclaimers come in many wordings and places (start, end, hashtag, bio) next to look-alikes
that are not disclaimers. Categories only when the detail is tied to an identifiable person (or, for
SECURITY, to district systems); the poster's own health, own leave and general statements are not
categories.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / niece / nephew at
      another school)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (colleagues, parents, neighbours, friends), {room} {bus} {route} {jersey} {score}
      {money} {time} {date} {num} {temp} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import mk

OUT = Path(__file__).resolve().parent / "mixed.jsonl"
SEED = 20261224

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "pl_PL", "ko_KR", "fr_FR", "de_DE", "pt_BR",
           "en_NG", "it_IT", "es_CO", "fil_PH", "en_GB", "ga_IE", "tr_TR", "nl_NL", "en_IN"]
# Names as US staff type them: locales whose Faker names are not in Latin script are replaced by
# these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Karim", "Omar", "Tarek", "Bilal", "Yousef", "Hamza", "Rami", "Khaled", "Fouad", "Samir"],
           ["Leila", "Yasmin", "Rania", "Noor", "Salma", "Amal", "Huda", "Mariam", "Farah", "Zeina"],
           ["Mansour", "Haddad", "Khalil", "Saleh", "Darwish", "Najjar", "Aziz", "Hamdan", "Farouk", "Qasim"]),
    "ko": (["Min-jun", "Seo-jun", "Do-yoon", "Ji-hoon", "Hyun-woo", "Jun-seo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Yu-na", "Chae-won"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han"]),
    "hi": (["Arjun", "Rohan", "Vikram", "Ishaan", "Dev", "Kabir", "Aarav"],
           ["Priya", "Ananya", "Kavya", "Diya", "Meera", "Riya", "Sanvi"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Chopra", "Joshi", "Gupta", "Bhat"]),
    "ru": (["Nikolai", "Alexei", "Ilya", "Maksim", "Artem", "Oleg"],
           ["Anya", "Katya", "Polina", "Vera", "Sofia", "Nadia"],
           ["Volkov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Orlov", "Belov"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 4, "it_IT": 4, "es_CO": 3, "fil_PH": 2, "en_GB": 3, "ga_IE": 3,
                "tr_TR": 1, "nl_NL": 1, "en_IN": 3, "ar": 3, "ko": 2, "hi": 3, "ru": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "vi_VN"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Jonathan", "Jonny", "m"), ("Valentina", "Vale", "f"), ("Oluwaseun", "Seun", "m"),
         ("Magdalena", "Magda", "f"), ("Christopher", "Topher", "m"), ("Elizabeth", "Libby", "f"),
         ("Francisco", "Paco", "m"), ("Gabriella", "Gabi", "f"), ("Nathaniel", "Nate", "m"),
         ("Thu Trang", "Tina", "f"), ("Benjamin", "Benji", "m"), ("Mercedes", "Mercy", "f"),
         ("Maximilian", "Max", "m"), ("Alessandra", "Sandy", "f"), ("Timothy", "Timmy", "m"),
         ("Rosalind", "Roz", "f"), ("Eduardo", "Lalo", "m"), ("Jacqueline", "Jackie", "f"),
         ("Abdulrahman", "Abdul", "m"), ("Natalia", "Tali", "f"), ("Theodore", "Teddy", "m"),
         ("Priyanka", "Pri", "f")]

STREET_BASES = ["Hackensack", "Overlook", "Sunset Ridge", "Orchard", "Cedar Hill", "Washington",
                "Fox Hollow", "Stone Wall", "Cherry Hill", "Mountain View", "Red Oaks Mill",
                "Balmville", "Kent", "Old Hopewell", "Frost Hill", "Willow Bend", "Briarcliff"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "Lane", "st", "rd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "views of the Hudson") sit among the plain.
BIOS = [
    ("teach", "2nd grade @ Roosevelt 🍎 | sourdough, true crime, too many plants | views my own", True),
    ("teach", "HVHS history | Mets suffering since birth | personal account — I don't speak for HVCSD", True),
    ("teach", "ELA @ Maple Ridge ✏️ | opinions are mine, not my employer's | she/her", True),
    ("teach", "math teacher | bluesky refugee from the bird app | #MyViewsOnly", True),
    ("teach", "kinder teacher, mom of 3, coffee 24/7 | lo que publico es mío, no del distrito", True),
    ("teach", "teacher 🍎 | finally got my own classroom after 4 years on a cart", False),
    ("teach", "HVHS social studies | dad | runner | views from the 5K finish line 🏃", False),
    ("teach", "Roosevelt 2nd grade | glitter is a lifestyle ✨", False),
    ("teach", "Maple Ridge ELA | reading Toni Morrison again | views are not my own, they belong to my cat", False),
    ("aide", "para @ Hillside | autism mom | all posts are my personal opinion only", True),
    ("aide", "teacher's aide & lunch lady extraordinaire 🥪 | speaking for me, not the school", True),
    ("aide", "paraprofessional 💙 | crafts | Jesus | Yankees", False),
    ("aide", "recess duty survivor | grandma of 5 | my own boss on weekends", False),
    ("coach", "Falcons hoops 🏀 | PE | tweets are my own, not HVHS Athletics'", True),
    ("coach", "coach | teacher | girl dad x3 | opinions = mine", True),
    ("coach", "Falcons soccer ⚽ | HVHS PE | Arsenal till I die", False),
    ("coach", "coach. husband. grill master. Go Falcons 🦅", False),
    ("nurse", "school nurse RN 🩺 | mom | nothing here is medical advice or district policy — just me", True),
    ("nurse", "RN | school health | gardener 🌻", False),
    ("nurse", "school nurse | band-aids and ice packs since 2009 | quilts", False),
    ("driver", "HVCSD bus driver 🚌 | fishing | my posts, my opinions, not the district's", True),
    ("driver", "bus 14 for 19 years | grandpa | Giants fan, pray for me", False),
    ("driver", "school bus driver | early riser | views of the Hudson every morning at 6am 🌅", False),
    ("cust", "night custodian | metalhead 🤘 | anything I say is on me, not HVCSD", True),
    ("cust", "custodian @ HVHS | dad | grill | fixing what you broke since 2011", False),
    ("couns", "school counselor 💬 | therapy dog mom | personal page, not affiliated with HVCSD", True),
    ("couns", "counselor | MSW | 🌈 | opinions shared here are mine alone", True),
    ("couns", "school counselor | reader | hiker | open door, open heart", False),
    ("sec", "main office @ HVHS ☎️ | nana | crossword queen | personal views only", True),
    ("sec", "school secretary 22 yrs | knows where the good stapler is | Bills Mafia", False),
    ("admin", "Asst. Principal | dad of 4 | views expressed are my own and not those of the district", True),
    ("admin", "Principal | learner | #MyOpinionsNotHVCSD", True),
    ("admin", "Principal at Hillside | proud Falcon | lover of disclaimers, hater of acronyms", False),
    ("admin", "AP @ Maple Ridge | ex-science teacher | cyclist 🚴", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Roosevelt Elementary School | official | 25 Academy St",
    "aide": "Hillside Elementary (official page)",
    "coach": "Official: HVHS Falcons Athletics 🦅",
    "nurse": "HVCSD Health Services | official account",
    "driver": "HVCSD Transportation | official | (845) 555-0100",
    "cust": "HVCSD Facilities & Operations (official)",
    "couns": "HVHS Counseling Center | official",
    "sec": "Hudson Valley High School | official account | 100 School Rd",
    "admin": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "917", "201", "973", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "optonline.net", "hotmail.com",
                     "aol.com", "protonmail.com"]
    HOSTS = ["hvhs-print01.hvcsd.local", "sis-app.hvcsd.internal", "rms-nvr02.hvcsd.local",
             "bus-gps.hvcsd.lan", "hillside-fs01.hvcsd.local", "nurse-emr.hvcsd.internal",
             "boiler-bms.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|nephew|son|boy)\b",
                r"\b(she|her|hers|she's|herself|niece|daughter|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 12 or got[0] in ("John", "Jane", "Will", "Faith", "Hope")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(1, 9)}",
                f"{f}_{r.choice(['mom', 'dad', 'fam'])}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}{r.choice('!#$*')}",
                         f"{r.choice(['Roosevelt', 'Hillside', 'MapleRidge', 'Hudson'])}{r.randint(10, 99)}!",
                         f"hv{r.choice(['staff', 'guest', 'sub', 'bus'])}{r.randint(100, 999)}",
                         f"{r.choice(['Pumpkin', 'Snowday', 'Recess', 'Bluebird'])}{r.randint(1, 99)}{r.choice('!@')}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(8, 19)}", f"{f}{r.choice(['.hoops', '_draws', '.runs', 'xx'])}",
                         f"its.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 22, 35, 48, 110])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 28)}",
                                      f"{r.randint(4, 36)}"]),
            "bus": lambda: str(r.randint(2, 52)),
            "route": lambda: f"{r.choice(['A', 'B', 'C', 'K'])}{r.randint(1, 19)}",
            "time": lambda: r.choice(["6:15", "7:05", "7:40", "2:50", "3:15", "3:30", "4pm", "5:30", "6pm", "7pm"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([3, 5, 8, 10, 12, 15, 20, 25, 40])}",
            "num": lambda: str(r.randint(14, 38)),
            "temp": lambda: str(r.randint(84, 96)),
            "score": lambda: r.choice([f"{r.randint(52, 81)}-{r.randint(40, 51)}", f"{r.randint(1, 5)}-{r.randint(0, 1)}",
                                       f"{r.randint(21, 42)}-{r.randint(3, 20)}"]),
        }


SK = genlib.Skeletons("mixed", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.6), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.12), other=(0.35, 0.06))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- elementary teachers -----------------------------------------------------------------------
V("kindergarten teacher, 30s, Instagram", "teach")
P("apple picking with my two this weekend 🍎🍏 came home with 40 lbs of Honeycrisp and zero regrets. class apple tasting is Thursday, send a bag if you have extra")
P("made my grandma's pozole for the first time and it tasted like her kitchen 🥹 anyway. 22 five-year-olds, one aide, no recess coverage. whoever built this schedule has never met a five-year-old", flags="R")
P("we don't do sugar at home, my kids get fruit for dessert and they're fine. my house, my rules 🍓 also PJ day is Friday!")
P("parents: a 5 year old does not need a phone in their backpack. it's not safety, it's a distraction, and I'm the one who hears it buzz during rest time 📵", flags="R")
P("{s1} tied her own shoes for the first time today and the whole carpet cheered 👟🎉 then I got home and my toddler screamed for 40 min because his banana broke. the range.", g="s1=f")
P("sunday reset: laundry, meal prep, 3 hours cutting laminated name tags. teaching is the only job where you laminate on the weekend for free. be so for real", flags="R")
P("is it just me or is Bluey better than 90% of grown-up TV? fight me. ok back to cutting out construction paper leaves 🍂")
P("{s1.full} threw up twice during centers, mom picked her up at 11, fingers crossed it's not the stomach bug. on the bright side my sister got engaged tonight!! 💍", "HEALTH", g="s1=f")
P("happy bday to my hubby 🎂 and happy 100th day to my kinders! we counted 100 cheerios and ate roughly 40 of them")
P("anyone have a slime recipe that doesn't use borax? need 22 batches by friday lol")
P("half-day kindergarten was better for kids and I will die on this hill. anyway tacos tonight 🌮", flags="R")
P("{s1.low} told me my hair looks like a pineapple today. she's not wrong. off to get a haircut 💇‍♀️", g="s1=f")
P("I finally have my own classroom!!! no more cart life 🥹 first thing I did was hang fairy lights")
P("kinder teacher confession: I cried at the Bluey episode with the grandma. twice. also {s1} lost his first tooth during snack and we have it in an envelope", g="s1=m")

V("1st grade teacher, 40s, Facebook", "teach")
P("Finished my 3rd half marathon this morning!!! 🏃‍♀️ legs are jelly. Back to 1st grade tomorrow where I sit in a tiny chair all day, perfect recovery plan")
P("Church potluck today and somebody brought the good mac and cheese. Meanwhile our school lunch Friday was a 'chicken patty' that bounced. The district can do better for these kids.", flags="R")
P("Don't usually post about work but I'll say it: the new reading program is the best thing to happen to my classroom in years. The phonics piece is finally there. Personal opinion, not speaking for the district, etc etc.", flags="R D")
P("My son {kid} made the travel soccer team!!! ⚽ So proud. He goes to St. Mary's so no Falcons jersey for him yet 😂", g="kid=m")
P("Prayers please for my student {s1.full}, whose family lost everything in the fire on {a1.last} Road last night. They're staying at a motel for now. PTA is collecting clothes, size 7 boys.", "FAMILY", g="s1=m")
P("Reading logs make kids hate reading. I said what I said. Also Dog Man is literature, fight me 🐶📚", flags="R")
P("Question for my teacher friends in other districts: does yours still pay for field trip buses? Ours asked us to fundraise for them this year.")
P("Mrs. {t1} down the hall covered my duty so I could make my daughter's recital. That's a real one 💕")
P("Whoever decided 1st graders need a 45 minute test on a chromebook has never watched a 6 year old try to use a trackpad.", flags="R")
P("Our superintendent visited my class today and read with the kids on the rug for twenty minutes. They talked about it all afternoon 💙 Then I went home and fell asleep on the couch at 7.")

V("3rd grade teacher, 20s, X", "teach")
P("taylor swift presale ruined my life today. also we start fractions tomorrow, pray for me")
P("the bachelor finale was a disgrace and i want my 3 hours back. grades close friday fyi")
P("went to a friend's wedding in the catskills, danced til 2am, came back to find out they moved our planning period to before the bell. cool cool cool 🙃", flags="R")
P("nothing says 'we value teachers' like buying my own expo markers. $47 at staples today. love this for me", flags="R")
P("{s1.lowfull} asked if i was 'like 50' 💀 i'm 26. going to bed.")
P("brunch with the girls, mimosas, gossip, the usual. also shoutout to the district for finally giving 3rd grade a full time math coach, that was the right call 🙌", flags="R")
P("new phone who dis. (actually new phone, old one went in the fish tank in room {room}. RIP)")
P("my niece {kid} got into the gifted program in Brooklyn!!! 🧠 auntie is so proud", g="kid=f")
P("{s1} is reading at a kindergarten level in 3rd grade and nobody flagged it until now. i'm furious. how does that happen. anyway leg day", "ACADEMIC", flags="R", g="s1=m")
P("{s1.full}'s mom asked me to post the carpool list here so: text her at {phone} if you can drive Saturday. I'm bringing the orange slices 🍊", g="s1=f")

V("4th grade teacher, 50s, Facebook", "teach")
P("Tomato harvest was ridiculous this year 🍅 Bringing a box to the faculty room Monday, help yourselves")
P("Twenty-six years in and I'll say it plainly: the kids haven't changed, the paperwork has. Let teachers teach.", flags="R")
P("{s1.full} and {s2.full} both scored a 4 on the state math test!!! My husband had to hear about it all through dinner 😂", "ACADEMIC")
P("My daughter is a senior at Arlington and I've decided I'm NOT writing her college essays for her. She'll be fine. I'm the one who won't be.")
P("To the new teachers: stop grading everything. Grade less, give feedback more. Your weekends belong to you and the kids learn more anyway.", flags="R")
P("Grandbaby #3 arrived Tuesday!! 💙 7 lbs 4 oz. Sub plans were typed at 3am in the hospital lobby 😂")
P("Book club picked Lessons in Chemistry and I'm the only one who hated it. Bonnie Garmus owes me 12 hours 😂 anyway, report cards go home Friday")
P("Covering for Mrs. {t1} while she's out on medical leave until spring, so if you see me in the 4th grade wing at 7am, that's why. Then home to the dogs 🐕", "PERSONNEL")

V("2nd grade teacher, 30s, Threads", "teach")
P("gilmore girls rewatch #7 and I'm finally team Jess. anyway picture day is tomorrow, send the good sweaters 📸")
P("sourdough starter is alive and thriving. so is the lice going around 2nd grade 🙃 check heads tonight friends")
P("took my kids to the pumpkin patch, ate too many cider donuts 🍩 and btw {s1.full} is out with lice again, third time this fall, no idea if anyone at home is treating it", "HEALTH")
P("the district moved PD days to the Fridays before long weekends and honestly? love that for us. more time to plan, fewer sub scrambles", flags="R")
P("what's everyone's go-to quick weeknight dinner? I get home at 5:30 with zero brain left")
P("my mother in law thinks teachers get summers 'off'. sis I was at a curriculum writing workshop in July. unpaid. in a room with no AC. tell me again how this job is a vacation", flags="R")
P("views of the Hudson from my classroom window this morning 🌫️🌅 coffee in hand, 20 minutes before the bell, bliss")

# ---- middle and high school teachers ---------------------------------------------------------
V("middle school science teacher, 30s, Bluesky", "teach")
P("spent saturday birding at Constitution Marsh, saw a bald eagle 🦅 and three guys in camo who definitely weren't there for birds. eclipse glasses for the 7th graders came in btw")
P("Knicks are frauds. anyway, conferences tonight 5-8, come say hi")
P("hot take: the new state science standards are good actually. fewer facts, more doing. kids remember the lab, not the worksheet", flags="R")
P("our whole grade team is going to the Sleater-Kinney show friday and I will be the one yelling. lab safety quiz is Monday, no retakes 🧪")
P("my 8 year old asked why the sky is blue and I gave a 15 min lecture with diagrams. she has asked me nothing since. parenting win? 🤷")
P("rhetorical question: why does the one building with a greenhouse have no budget for soil", flags="R")
P("{s1.full} asked if a tardigrade could survive a nuclear blast and then wrote 3 pages on it unprompted. 7th grade is undefeated. my dog is also undefeated, at eating socks", g="s1=m")
P("{s1.full}'s inhaler is STILL in my desk from the field trip, if his mom sees this please pick it up, he needs it before gym 🙏 anyway, who else is watching the new Doctor Who", "HEALTH", g="s1=m")
P("does anybody know if the Poughkeepsie Galleria still has the science store? need a bulk order of magnets")

V("middle school ELA teacher, 40s, Instagram", "teach")
P("finished Jason Reynolds' new one on the train this morning and sobbed next to a stranger 📚 my 8th graders start Long Way Down next week, they're not ready")
P("weekend: farmers market, long nap, zero emails. monday: 4 IEP meetings. balance, I guess 🫠")
P("hot take: annotating every page of a novel kills the book. let them read. let them just READ.", flags="R")
P("{s1} is on a 504 and I still got zero notice about her accommodations until week six. my fault for assuming the system works. anyway made banana bread 🍌", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("love my husband but he cannot load a dishwasher. also our poetry slam is Thursday at 6 in the library, come snap for the kids ✨")
P("grateful. that's the post. my kids wrote letters to their future selves today and I had to step into the hallway for a minute 🥲")
P("#MyViewsOnly but cutting the 8th grade writing elective to add a test prep block is how you get kids who can fill in bubbles and can't write a paragraph.", flags="R D")
P("does anyone have a copy of The Giver they can lend? we're 6 short and the book room is empty 📖")

V("HS history teacher, 50s, X", "teach")
P("Mets bullpen blew another one. I'm fine. Everything's fine. Unit 4 test moved to Thursday, study guide is on Classroom.")
P("The mayor's roundabout plan for Main St is the dumbest thing I've seen in 20 years living here. Anyway, AP review Saturday 9am, room {room}.")
P("Vote YES on the school budget Tuesday. Our kids deserve the library aides back. Views my own, obviously.", flags="R D")
P("Vote no on the county sales tax hike. Speaking as a homeowner, not as a teacher, and definitely not for the district.", flags="D")
P("Drove past Pete Seeger's old place in Beacon, felt like a pilgrimage. Also Mr. {t1} and I are co-teaching the labor movement unit and he's bringing the banjo.")
P("Dropping the Regents essay is a mistake. Kids need to write about history, not bubble it. Anyway, Ken Burns' baseball doc is on again, see you in 9 innings.", flags="R")
P("Question for the history nerds: best podcast on the Byzantine Empire? Long drive up to Albany this weekend.")
P("{s1.full} won the county History Day prize for her documentary on the Triangle fire 🏆 taking my wife to dinner to celebrate, because apparently this is my accomplishment now", g="s1=f")
P("Half my juniors are out with the flu and I'm on day 4 of a cold, teaching in a scarf like a Victorian ghost. Send soup 🍲")

V("HS math teacher, 30s, Threads", "teach")
P("new running PR 🏃 5k in 23:41. also my 4th period can finally factor a quadratic, so it's a two-PR day")
P("hot take: calculators in algebra 1 are fine and the people screaming about it haven't taught a kid who froze on 7x8 for years", flags="R")
P("my cat knocked my coffee onto my laptop at 6:10am so if your kid's grades aren't updated that's why. the cat has no regrets ☕🐈")
P("{s1.full} went from a 48 to an 86 on the unit test and I yelled in the hallway. then I went home and made my husband hear the whole story", "ACADEMIC", g="s1=m")
P("is anyone else's school still on Infinite Campus? asking because ours is finally switching and I need to know how bad the gradebook import is")
P("the pay scale for a teacher with a master's in this county is a joke and I say this as someone who has a Costco membership purely for the bulk ramen", flags="R")
P("Eagles fans are the worst fans in sports. this is not up for debate. quiz corrections are due Wednesday 📐")
P("stats class did a survey of lunch lines today. results: pizza line 2x longer than salad. shocking no one. the kids were thrilled to have actual data")

V("HS English teacher, 40s, Bluesky", "teach")
P("spent my whole weekend reading Percival Everett's James and I regret nothing. also spent the whole weekend NOT grading essays and I regret that slightly")
P("if you're a young teacher reading this: do not give your cell number to families. use the app. protect your evenings, they'll still respect you.", flags="R")
P("my son has 40 minutes of homework left and it's 8:45. bedtime is bedtime in our house, he can finish it at breakfast. I'm the mean mom and I'm fine with it")
P("teaching Gatsby for the 19th year and it still gets me. 'so we beat on' 🥲 also my lawn is a disgrace, neighbors please avert your eyes")
P("department chair meeting ran 90 minutes and decided nothing. that's the post.", flags="R")
P("rest in peace Toni Morrison, forever the reason I teach. Beloved starts in AP next week.")
P("{s1.full} wrote a college essay about her grandmother's dementia that made me put my pen down. asked her if I can share it with my class and she said yes 💛 then home to meal prep", "HEALTH", g="s1=f")
P("opinions mine, not HVCSD's: AI detectors are snake oil and we should stop using them on kids' essays.", flags="R D")

V("HS Spanish teacher, 30s, Facebook", "teach")
P("Domingo de tamales con mi mamá 🫔 fueron 6 docenas. Mañana empieza la unidad de comida con mis de Spanish 2, perfect timing")
P("No entiendo por qué cortaron el programa de intercambio. Ten years of kids going to Oaxaca and now nothing? Terrible decision.", flags="R")
P("Bad Bunny's new album is his best, no discussion. Also reminder: la tarea del capítulo 3 es para el jueves 🎶")
P("Felicidades a {s1.full} por ganar el concurso de poesía del condado!! 🏆 Su mamá lloró, yo lloré, todos lloramos", g="s1=f")
P("Mis hijos hablan español en casa, period. It's not a debate in our house. Abuela would never forgive me.")
P("heritage speakers need their own class, not Spanish 1 with kids who've never heard a word. it's a disservice. we keep asking. opiniones personales, no del distrito 🙏", flags="R D")

V("HS special education teacher, 40s, Instagram", "teach")
P("hiked Breakneck Ridge with my brother, knees are filing a formal complaint 🥾 ok now writing 3 annual reviews before bed")
P("caseload this year is 19 kids. that is not a caseload, that's a lottery for who gets my attention this week. something has to give.", flags="R")
P("{s1.full}'s IEP meeting got moved again because the psych is covering two buildings. she's been waiting since September. my kid plays his first hockey game Saturday tho 🏒", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("co-teaching done right is the best model we have for inclusion and I'll argue it with anyone. when it's a para dumped in a room with no planning time, that's not co-teaching.", flags="R")
P("IEP season is exhausting. that's it, that's the post. going to go lie face down on my yoga mat 🧘")
P("my teenager got her license today. I have aged 11 years. pray for every mailbox in Dutchess County 🚗")

# ---- aides and paras ---------------------------------------------------------------------------
V("special ed para, 40s, Facebook", "aide")
P("Son's wedding was PERFECT 💒 I danced with every grandkid. Back Monday to my sweet kiddos at Hillside, missed them")
P("Paras make $16.50 an hour in this district. Sixteen fifty. To lift, to toilet, to get bit, to be the calm in the room. Make it make sense.", flags="R")
P("My boy {s1} said 'good morning Miss' for the first time today, with words, out loud. 3 years of speech on his IEP and today it clicked. I'm crying in the Stop & Shop parking lot 😭", "SPECIAL_EDUCATION", g="s1=m")
P("Made 4 dozen pierogi with my mom for the church sale, come Saturday 9-1, St. Stanislaus. cash only 🥟")
P("Whoever scheduled the fire drill during the 1:1 kids' lunch period please come spend a day with us. Just one day.", flags="R")
P("{s1.full} had a seizure on the playground today, EMTs came, she's ok and home with mom. I held it together until my car. Then had pizza with my husband and watched Jeopardy like nothing happened", "HEALTH", g="s1=f")
P("shoutout to {a1.full}, the best para partner anyone could ask for. 9 years together in room {room} 💙", g="a1=f")
P("#MyViewsOnly — paras should be in the IEP meetings. We're with these kids 6 hours a day. Nobody asks us a thing.", flags="R D")
P("any paras out there know if the CSEA contract covers mileage for the summer program? trying to figure out if I should sign up")

V("lunch and recess aide, 60s, Facebook", "aide")
P("My tomatoes won 2nd at the Dutchess County Fair!!! 🍅🥈 Meanwhile at recess today we had 3 scraped knees and a kid who ate a worm on a dare. Just another Tuesday")
P("Who decided 20 minutes is enough for lunch? Half these kids are still in line at minute 12. They throw out full trays. It's a shame.", flags="R")
P("Grandson's first communion Sunday ✝️ so proud. Also, reminder: cafeteria is closed Monday for the holiday.")
P("{s1.full} has a peanut allergy and somebody keeps sending him PB&J anyway. I check his tray every day but the epi pen should NOT be plan A. Parents please read the letters", "HEALTH", g="s1=m")
P("That new lunch menu? Best change they've made in years. Actual vegetables, kids actually eating them. Whoever pushed for it, thank you 🥦", flags="R")
P("recess today: 4 square tournament, 1 lost mitten, 0 fights. I'll take it. Now home to my recliner and Wheel of Fortune")
P("does anybody know who makes the good sheet cake in town? the Walmart one tastes like sweet styrofoam. retiring coworker {a1.full} deserves better 🎂", g="a1=f")
P("Saw {s1.full} at the ShopRite with his grandma and he yelled LUNCH LADY across the whole store 😂 made my whole week", g="s1=m")

V("teaching assistant, 20s, Instagram", "aide")
P("passed my CST!!! 📚🎉 one step closer to my own classroom. celebrating with a whole pizza, no sharing")
P("gym, smoothie, 6 hours of 3rd grade small groups, gym again. we're so back 💪")
P("the district pays subs more per day than TAs. I do the same work with the same kids, plus I'm here every single day. explain it.", flags="R")
P("watched the Love Island finale and now I need to talk about it with literally anyone. also {s1} finally beat me at Connect 4 at indoor recess, I am humbled", g="s1=m")
P("reminder to myself that teaching is the best job I've ever had, even on the days I come home covered in marker 🖍️", flags="R")
P("my bf cooked dinner tonight and it was... edible. the class hamster Nugget is spending the weekend at my place, pray for my bf")

# ---- coaches and PE -------------------------------------------------------------------------------
V("varsity basketball coach, 40s, X", "coach")
P("Celtics in 6. Don't @ me. Practice tomorrow 3:15 sharp, varsity and JV, bring both jerseys")
P("Big W tonight {score} 🦅🏀 {s1.full} with 24 and 11 boards. Now going home to watch the Knicks lose. Balance.", g="s1=m")
P("{s1.full} rolled his ankle in the 3rd quarter, X-rays tomorrow, praying it's only a sprain. Anyway can somebody explain how the refs let that elbow go??", "HEALTH", g="s1=m")
P("Jalen Brunson is the best Knick since Ewing and it's not close. Film session moved to 2:50, gym B.")
P("Section IX needs to fix the playoff seeding. Three teams with better records than the 4 seed and they're on the road. It's a joke.", flags="R")
P("Parents, the ride to the game is a team ride. Not optional, not 'we'll drive him.' Team goes together, team comes home together.", flags="R")
P("Daughter's first dance recital today 🩰 she was a tree and she nailed it. Back in the gym at 6 for open run")
P("{s1} is academically ineligible until the next grade check so he's out Friday. Tough one. He'll be back. Meanwhile I'm smoking a brisket for 14 hours 🔥", "ACADEMIC", g="s1=m")
P("Coaches, stop running kids as punishment. Running should be fun. Make it a reward. Changed my whole program.", flags="R")

V("girls soccer coach and PE teacher, 30s, Instagram", "coach")
P("Arsenal top of the table and I'm a new woman ⚽ also reminder, physicals due before the first practice Aug 18, no exceptions")
P("Senior night tonight 💛 {s1.full}, {s2.full} and {s3.full}, four years of early mornings. Thank you for everything, ladies 🥹", g="s1=f s2=f s3=f")
P("honestly the best part of coaching isn't the wins, it's watching a shy freshman become a captain. best job in the building", flags="R")
P("PE hot take: dodgeball belongs in a museum. we have better games that don't end with a 6th grader in tears 🚫", flags="R")
P("{s1.full} tore her ACL in the semis, surgery next month. she's tougher than any of us. my heart is broken for her 💔", "HEALTH", g="s1=f")
P("spent the whole weekend at my nephew's travel tournament in Jersey 🏟️ and I'll say it, youth sports parents are wild. I love my nephew. that's all I'll say")
P("can someone please tell me where to buy cones in bulk that aren't garbage? asking for a PE department with 11 cones left")
P("The new turf field is a game changer. Best decision the board made in years, we practiced through three weeks of rain.", flags="R")

V("JV football coach and HS science teacher, 30s, X", "coach")
P("Bills Mafia 🦬 we are so back. Josh Allen for MVP. JV game moved to {time} Thursday because of the lights")
P("Film, lift, lab reports, bed. Repeat. Love this time of year")
P("We lost {score} and I'm proud of them. The kids competed for four quarters. Cooking chili for the team tomorrow 🌶️")
P("Honest question: how do other coaches handle kids who work after school? Half my roster has jobs. Genuinely asking, not trying to start anything.")
P("Concussion protocol exists for a reason and parents who push to skip it need to hear no. Every time.", flags="R")
P("{s1.full} is suspended for the game Friday after the fight in the hallway. Hate it. Kid's a good kid. Anyway, pray for my fantasy team", "DISCIPLINE", g="s1=m")

V("HS PE teacher, 50s, Facebook", "coach")
P("Retirement countdown: 412 days. Not that I'm counting. Bowling league Tuesday, anybody want to sub in?")
P("They cut middle school intramurals and then wonder why kids don't move. It was the cheapest program in the budget. Come on.", flags="R")
P("Went to see Springsteen at MetLife and he played 3 hours 20 min. The man is 75. I'm 56 and I need a nap after 6th period")
P("Shoutout to Coach {t1}, 30 years coaching wrestling at HVHS, retiring this spring. A legend in a singlet. 👏")
P("Kids today are fine. Stop saying kids today. The kids in my gym try harder than we ever did. Ask me how I know.", flags="R")

# ---- nurses --------------------------------------------------------------------------------------
V("elementary school nurse, 50s, Facebook", "nurse")
P("Quilt guild retreat this weekend 🧵 finished the binding on my granddaughter's quilt. Flu shot clinic for staff is Thursday 2:30-4 in the nurse's office")
P("One nurse for 640 kids. One. I love my job but that ratio is not safe and everybody in the building knows it.", flags="R")
P("{s1.full} came in with a 103 fever and a rash, called mom, she's on her way. Please keep your kids home when they're sick, I'm begging you. Ok making chicken soup for my own sick husband now", "HEALTH", flags="R", g="s1=f")
P("My daughter got into nursing school!!! 🩺 following in mom's footsteps. Proudest mom in Dutchess County")
P("Nothing here is medical advice or district policy, just me: lice is not a hygiene problem and kids shouldn't be sent home for nits. The research has been clear for years.", flags="R D")
P("Reminder from your friendly nurse: the 1-800 number on your insurance card does NOT replace the pediatrician 😂 anyway, garden update, my dahlias are 5 feet tall 🌸")
P("Stocked up on band-aids and ice packs for the year at BJ's. $212 out of my own pocket. The supply budget was used up in October. Cool system we have.", flags="R")
P("question for school nurses: anyone have a good template for the diabetic care plan? ours is from 2011")
P("{s1} was diagnosed with type 1 last week so I'm doing carb counts for her lunches now. She's handling it like a champ. Me: teared up in the supply closet 🥹", "HEALTH", g="s1=f")

V("HS school nurse, 40s, Instagram", "nurse")
P("ran the Walkway Over the Hudson at sunrise 🌅 then saw 41 kids before lunch. nurse life")
P("vaping in the bathrooms is a health crisis and we're treating it like a discipline problem. kids need cessation help, not just suspensions.", flags="R")
P("{s1.full} fainted in chem lab, low blood sugar, she's ok. I keep granola bars in my drawer for exactly this. now home to walk the dog and pretend I'm not on call", "HEALTH", g="s1=f")
P("Shoutout to our attendance secretary {a1.full} who somehow keeps track of every kid who leaves early. Queen. 👑", g="a1=f")
P("taking my kids to Disney in Feb and yes, during school break, not during school. my own rule for my own family 🐭")
P("hot take but period products should be free in every school bathroom, no nurse pass required. we fixed it here. fix it everywhere.", flags="R")
P("{s1.full}'s mom called the office asking for his meds log, please call me back directly at my cell {myphone}, the office line drops calls 🙏", "HEALTH", g="s1=m")
P("mental health days for students should be excused absences. full stop. NY got this one right.", flags="R")

# ---- bus drivers -------------------------------------------------------------------------------
V("bus driver, 60s, Facebook", "driver")
P("Caught a 6 lb bass at Sylvan Lake Saturday 🎣 Back on bus {bus} Monday at 6:15, same as always")
P("Route {route} had 11 kids today, 2 years ago it had 34. Don't know where everyone went but I miss the noise.")
P("Pay for drivers is why there's a shortage. Not the hours, not the kids. The pay. The district keeps saying they're 'working on it'. For 3 years.", flags="R")
P("{s1.full} got off at the wrong stop again, 3rd time this month, her mom wasn't home so she rode back to the garage with me. Somebody needs to check on that house.", "FAMILY", g="s1=f")
P("The Giants are a disgrace to the city of East Rutherford. Anyway, bus {bus} is back from the shop, brakes are new")
P("Grandkids are up this weekend. Grilling burgers, fishing, no alarm clock. I'll be back on the road Monday 6am sharp 🚌")
P("Best seat in the district is the driver's seat of bus {bus}. I've watched these kids grow up. 19 years. Best job I ever had.", flags="R")
P("To the parent in the silver SUV who passes my stop arm every morning on Route 9: I have your plate. It's going to the sheriff. Kids' lives.", flags="bp")
P("Does anyone know what time Tractor Supply opens on Sundays? need chick feed")

V("bus driver, 30s, Threads", "driver")
P("6:05am, coffee, heater on, bus {bus} warming up ❄️ podcast queued up. this is my peace before 48 kids get on")
P("why is the bus garage the only building in the district with no working heat. rhetorical. we know why. because it's us.", flags="R")
P("my daughter {kid} lost her first tooth at breakfast, I missed it because I was on route. she saved it for me in a ziploc 🥹", g="kid=f")
P("{s1.full} at stop 14 has been getting picked on every single morning by the older kids. I moved her up front. reported it, nobody called me back. anyway, drive safe y'all", "DISCIPLINE", flags="R", g="s1=f")
P("a kid on my route said my bus smells like 'grandma's car' and I have never been more complimented in my life")
P("the new routing software is honestly great, stops make sense for once. whoever picked it, nice job 👍", flags="R")
P("stop arm camera caught 9 people last week on Route {route}. slow down. that's it.")

# ---- custodians ------------------------------------------------------------------------------
V("night custodian, 40s, X", "cust")
P("Metallica in Jersey Saturday 🤘 ears still ringing. Back on nights Monday, gym floor gets waxed this week, stay off it")
P("nobody in this district has had a raise that beats inflation in 4 years and they want to know why they can't keep night custodians", flags="R")
P("found a $20 in the lost and found and the kid's name was on it. {s1.full}, your twenty is at the front desk my man 💵", g="s1=m")
P("cooked ribs for 12 hours, worth it. also whoever keeps putting pizza in the hallway recycling bin, I know it's the 8th grade team meeting 🍕")
P("the boiler at Maple Ridge is 61 years old. sixty one. it runs on prayers and me. fix it before it dies in January.", flags="R")
P("alarm code for the east doors is still {code}, new guys, don't forget it at 11pm like I did lol", "SECURITY")
P("my kid got student of the month at his school today 🏆 I got a stuck toilet in the girls' locker room. we both had big days")
P("shoutout to {a1.full} on day shift who left me a sandwich in the fridge with my name on it. real ones feed the night crew 🥪", g="a1=m")

V("head custodian, 50s, Facebook", "cust")
P("Deer hunting opener this weekend 🦌 took the day off Monday. If the boiler acts up call {a1.full}, he's got it", g="a1=m")
P("People see us mopping and think that's the job. It's the boilers, the roof, the snow at 4am, the puke, the kid who's locked out and scared. Respect custodians.", flags="R")
P("Summer cleaning done at Roosevelt: 34 rooms, every floor stripped and waxed. Proud of my crew. Tired. Going to Lake George for a week")
P("The district's new work order system is a mess. It took 3 weeks for someone to approve a $14 toilet flapper. Meanwhile that toilet ran for 3 weeks. Smart.", flags="R")
P("Wi-Fi password for the custodial office changed to {wifi}, it's taped on the inside of the cabinet, don't post it anywhere lol", "SECURITY")
P("Lost my mom last month. Coming back to work was the right call. These kids and this crew are family 💙")

# ---- counselors ------------------------------------------------------------------------------
V("HS counselor, 30s, Bluesky", "couns")
P("therapy dog Biscuit had her first day in the counseling office 🐶 she's a natural. I'm still working on my own boundaries lol")
P("482 students on my caseload. the recommended ratio is 250. we are not 'doing more with less', we're doing less with less.", flags="R")
P("{s1.full} got into Cornell early decision!!! first in her family to go to college 🎓 I screamed. my cat screamed. the neighbors probably screamed", g="s1=f")
P("watched the new season of The Bear in one night and honestly Carmy needs a counselor more than any of my kids. FAFSA night is Tuesday 6pm in the library")
P("{s1.full} has been out 3 weeks, family's in a shelter since the eviction, trying to get transportation set up through McKinney-Vento. then I got home and my toddler had painted the dog", "FAMILY", g="s1=m")
P("stop telling kids college is the only path. the trades kids I send to BOCES are doing great and some are out-earning me.", flags="R")
P("hiked Mt Beacon, 3 kids in tow, only one meltdown (mine). college rec letters due friday, I'm on letter 31 of 58")
P("college essay tip: write about something small. the best essay I read this year was about a kid's grandmother's dumplings. that's it, that's the tip")
P("personal account, views mine: every high school needs a full-time social worker, not one shared between three buildings.", flags="R D")

V("elementary counselor, 40s, Instagram", "couns")
P("my own kids are in therapy and I talk about it openly. normalize it at home. that's my family's rule anyway 💙")
P("teaching kindness lessons to 2nd graders and then coming home to my teenagers slamming doors. the irony is not lost on me 😂")
P("SEL isn't 'soft'. a kid who can name a feeling is a kid who can learn fractions. fund it.", flags="R")
P("{s1} is going through a lot at home with her dad's deployment and she drew a picture of him in a tank for me. I have it on my fridge. ok going to cry in the car", "FAMILY", g="s1=f")
P("zones of regulation poster printed, laminated, and already has a juice stain. welcome to 2nd week")
P("Shoutout to Principal {t1} for protecting counseling time from testing duties this year. Finally someone gets it.", flags="R")
P("quick q for elementary counselors, what are you using for lunch bunch groups? need fresh ideas")
P("{s1.full}'s mom asked me to share: their dog Pepper is missing near Hillside, black lab, red collar. call her at {phone} if you see him 🐕", g="s1=f")

V("MS counselor, 50s, Facebook", "couns")
P("Parents, please stop letting your 12 year olds have phones in their bedrooms overnight. I see the fallout every single morning in my office.", flags="R")
P("Went to my 30th high school reunion. Everyone looked amazing. Our 8th grade dance is Friday 6-8, chaperones still needed 🙏")
P("{s1.full} told me her parents are getting divorced and she's moving in with her aunt. Such a brave kid. Finished my cross stitch tonight, my therapy", "FAMILY", g="s1=f")
P("I won't pretend I don't love my job. 26 years and I still get excited on the first day. This is the best work in the world.", flags="R")
P("My husband thinks a 'quick trip to Target' is 15 minutes. It has never once been 15 minutes. Schedule change night is Thursday, see you there")

# ---- secretaries -------------------------------------------------------------------------------
V("HS main office secretary, 60s, Facebook", "sec")
P("Nana duty all weekend 👵 the twins are walking!! Back at the front desk Monday 7am, the main office number is still {pubphone.hs} if you need us")
P("Phones ring off the hook the first week. Please, please call the attendance line {attline} for absences, not my desk. Thank you and bless you")
P("22 years in this office and I have never seen a schedule rollout this bad. Whoever picked this software never had to use it. Views my own, nobody asked.", flags="R D")
P("Crossword done in 6 minutes today ✏️ personal best. Also {s1.full}'s dad, your kid's phone is at the front desk, come get it before he texts me from the office phone again", g="s1=m")
P("{s1.full} (student ID {sid}) has a dentist appointment pickup at 11, her mom's cell is {phone} in case she's late. Oops, wrong chat. Deleting.", g="s1=f")
P("Our principal bought the whole office lunch today for no reason. Tacos. She's the best. 🌮")
P("The front office is understaffed and everyone pretends it's fine. It's not fine. Two people cannot answer 400 calls a day.", flags="R")
P("Bills lost, my hip hurts, and it's raining. But picture day went perfect and no kid cried. Small wins 📸")

V("elementary school secretary, 40s, Instagram", "sec")
P("my weekend: soccer x3, laundry x5, one birthday party at a trampoline park. my monday: 14 early dismissals. send coffee ☕")
P("school secretaries are the glue of every building and get paid like the tape. that's the tweet.", flags="R")
P("Kindergarten registration is open! call {pubphone} or email {pubmail}. also my sourdough came out flat again, anybody? 🍞")
P("{s1.full} lives with her grandma now, so please update the emergency contact to {a1.full} at {phone}. Sorry, posting this from my personal, the SIS is down again", "FAMILY", g="s1=f a1=f")
P("can anyone recommend a good tax guy in Fishkill? asking for me, not the school lol")
P("honestly the new visitor check-in system is great. kiosk, badge, done. way safer and parents figured it out in a week 👏", flags="R")

# ---- administrators ----------------------------------------------------------------------------
V("assistant principal, 40s, X", "admin")
P("Dad of 4, AP of 900. Saturday: 3 soccer games, a birthday party, and a lawn mower that won't start. Sunday: board docs. Monday: cafeteria duty. Pray for me 😅")
P("Suspensions don't change behavior. Relationships do. It took me 10 years as an AP to admit it. Restorative practices, done right, work.", flags="R")
P("Yankees have no business being this bad with that payroll. Anyway, bus duty tomorrow, see you at 2:50")
P("{s1.full} and {s2.full} got into it in the cafeteria, both suspended 3 days. Rough week. Grilling steaks tonight, I earned it", "DISCIPLINE", g="s1=m s2=m")
P("Views expressed are my own and not those of the district: standardized testing in 3rd grade is developmentally inappropriate and I'd say it to anyone's face.", flags="R D")
P("Shoutout to our custodians {a1.full} and {a2.full} for staying til 11 to get the gym ready for graduation. Legends 🙏")
P("Does anyone know a good local spot for a team dinner for 30? Want to treat the staff before break")
P("the state cut our mental health grant and we're supposed to keep the same services. I'm out of ideas and out of patience.", flags="R")

V("elementary principal, 50s, Facebook", "admin")
P("First snow of the year and my dog lost his mind ❄️🐕 Remember, delays are announced by 6am on the district website and robocall")
P("Our teachers are the best in the county and I'll fight anyone who says otherwise. #MyOpinionsNotHVCSD", flags="R D")
P("Hillside Family Fun Run is Saturday, 9am! Proceeds go to the playground fund. Lunch after at my house for the PTA, bring a dish 🏃")
P("We need to stop treating recess as a reward. It's not. It's a need. I've banned taking it away at my school.", flags="R")
P("My granddaughter {kid} started kindergarten in Ohio today and I cried more than at my own first day as principal", g="kid=f")
P("Mrs. {t1} is retiring after 34 years teaching 1st grade and I can't imagine Hillside without her. 🍎")
P("Heard from a lot of families about the new pickup line. Honestly, it's slower and I know it. We're fixing it next week. My fault.", flags="R")
P("{s1.full} in 4th grade has been in my office 6 times this month, behavior plan isn't working. Parents coming in Thursday. I need a vacation. Cape Cod in July, counting down", "DISCIPLINE", g="s1=m")

V("HS principal, 50s, LinkedIn-style Threads", "admin")
P("Marathon #12 done in Philly 🏅 Sub-4 for the first time. Back in the building Monday with very sore calves")
P("The 4-period block schedule was the best decision we made in a decade. Teachers agree. Kids agree. The data agrees.", flags="R")
P("Learned today that {a1.full} from our English dept won the county Teacher of the Year. Proud principal moment 🏆")
P("{a1.full} from our science department is out on maternity leave until March, and the long-term sub starts Monday. Congrats to her! Also, Eagles are frauds.", "PERSONNEL", g="a1=f")
P("Reading on vacation: Atomic Habits for the 3rd time. Every time I learn something new. Graduation is June 26, 10am at the stadium")

# ---- official accounts -----------------------------------------------------------------------
V("Hudson Valley High School official account", "sec")
P("Happy Thanksgiving from HVHS! 🦃 Reminder: school is closed Wed-Fri. The main office reopens Monday at 7am, {pubphone.hs}.", flags="O")
P("Congratulations to {s1.full}, our Student of the Month for October! She organized the coat drive that collected 300 coats 🧥💛", flags="O", g="s1=f")
P("Picture retake day is {date}. Forms at the main office, 100 School Rd. Questions: {pubmail}", flags="O")
P("Congratulations to Ms. {t1}, HVHS Teacher of the Year! She's been teaching chemistry (and making things explode safely) for 18 years 🧪", flags="O")
P("Senior {s1.full} is recovering from a car accident this weekend and will be out for the rest of the semester. Please keep the family in your thoughts.", "HEALTH", flags="O")
P("The following students must serve Saturday detention on {date}: {s1.full}, {s2.full}. Report to room {room} at 8am.", "DISCIPLINE", flags="O")
P("Rain or shine, the Falcons Fall Fest is Saturday 11-3! Food trucks, pumpkin painting, and the marching band at noon 🎃🦅", flags="O")
P("Lost & found is overflowing 😅 everything unclaimed by Friday goes to the Goodwill on Route 9.", flags="O")

V("HVCSD district official account", "admin")
P("The Board of Education approved the 2025-26 budget, which restores library aides at every elementary school. Full presentation at hvcsd.org 📚", flags="O")
P("Snow day! ❄️ All HVCSD schools are closed today, {date}. Stay warm, stay safe, and build a snowman for us ⛄", flags="O")
P("HVCSD is hiring bus drivers! $24/hr, CDL training provided, full benefits. Call {pubphone.dist} or stop by the transportation office.", flags="O")
P("Congratulations to {a1.full}, HVCSD's new Director of Technology, who joins us from the Beacon City School District.", flags="O")
P("Reminder: staff Wi-Fi credentials changed this week. New password for HVCSD-Staff is {wifi}. Do not share with students.", "SECURITY", flags="O")
P("Budget vote and board election Tuesday, May 19, 7am-9pm at Roosevelt Elementary, 25 Academy St. Every vote counts!", flags="O")
P("Happy Lunar New Year from everyone at HVCSD! 🧧 Wishing our families health and luck in the Year of the Snake.", flags="O")

V("HVHS Falcons athletics official account", "coach")
P("FINAL: Falcons {score} over Arlington 🦅🏈 {s1.full} with 3 TDs. Next up: Saturday at {time} at home!", flags="O", g="s1=m")
P("Congrats to senior {s1.full} on signing her NLI with UConn women's soccer! ⚽🖊️", flags="O", g="s1=f")
P("Athletic physicals are due {date}. No physical, no practice. Forms at hvcsd.org/athletics", flags="O")
P("{s1.full} will miss the rest of the season with a broken collarbone. Get well soon #{jersey}! 💪🦅", "HEALTH", flags="O")
P("Game moved to {time} due to the weather. Tickets {money} at the gate, students free with ID 🎟️", flags="O")
P("Shoutout to the Booster Club for the new scoreboard! 🙌 Thank you {a1.full} and the whole crew for the fundraising.", flags="O")

V("HVCSD Transportation official account", "driver")
P("Bus {bus} (Route {route}) is running about 20 minutes late this morning due to a mechanical issue. We apologize for the delay.", flags="O")
P("Two-hour delay today. Buses will run two hours later than normal. Please do not call the garage; updates at {pubphone.dist}.", flags="O")
P("Happy Bus Driver Appreciation Day! 🚌💛 Thank you to our 62 drivers who get 4,000 kids to school every day.", flags="O")
P("Bus passes for {s1.full} and {s2.full}, stop at {addr}, are ready for pickup at the transportation office.", flags="O")

V("Roosevelt Elementary official account", "teach")
P("Our 2nd graders visited the Hudson River Museum today! 🐟 Thank you to our parent chaperones.", flags="O")
P("Happy retirement to Mrs. {t1} after 31 years of teaching kindergarten at Roosevelt 🍎🎉", flags="O")
P("Star readers of the week: {s1.full}, {s2.full} and {s3.full}! 📚⭐", flags="O")
P("Book fair is next week! Shop in person or online. Volunteers, sign up at the front office, 25 Academy St.", flags="O")
P("Roosevelt's Wi-Fi is down this morning. Guest network password for visitors is {wifi} until it's fixed.", "SECURITY", flags="O")

V("Maple Ridge Middle School official account", "admin")
P("Maple Ridge Mathcounts team placed 2nd at regionals! 🏆 Congrats to {s1.full}, {s2.full}, and Coach {t1}.", flags="O")
P("Spirit week starts Monday: pajama day, twin day, decade day, Falcon Friday! 🦅", flags="O")
P("Please keep our 7th grader {s1.full} and her family in your thoughts after the passing of her mother this week. 💙", "FAMILY", flags="O", g="s1=f")

# ---- unknown kind: reposts, screenshots, community groups, cross-posts --------------------------
V("community Facebook group post, account unknown", "sec")
P("Anyone else's kid on bus {bus} get home 40 min late again? Also does anyone know if the Dunkin on Route 52 reopened", flags="N")
P("Repost from a teacher friend: 'I spent $600 of my own money on my classroom this year.' This district should be ashamed. Pay teachers.", flags="N")
P("Found a backpack at the Hillside playground with a name tag, {s1.full}. Left it with the main office. Also whose golden retriever is loose on Academy St??", flags="N")
P("LOST: black Honda key fob at the HVHS football game. Also if {s1.full}'s parents see this, your son left his jersey in my car 😂", flags="N", g="s1=m")
P("Prayers for {s1.full}, the Maple Ridge 8th grader hit by a car on Route 9 last night. She's at Westchester Medical, stable.", "HEALTH", flags="N", g="s1=f")
P("Heard {s1.full} got expelled from HVHS for bringing a vape pen with weed. Crazy. His mom is my neighbor. Anyway, yard sale Saturday!", "DISCIPLINE", flags="N", g="s1=m")
P("Does anyone have the number for the attendance line? Trying to call my daughter out. Nvm found it, {attline}", flags="N")
P("Whoever runs the Hudson Valley Moms page, please stop letting people post kids' names and photos from the school fights. It's not ok.", flags="N")
P("Garage sale this weekend at {addr}! Kids' bikes, a crib, and a lot of Falcons gear. Cash or Venmo", flags="N")
P("{s1.full} is selling wreaths for the HVHS band trip 🎄 Text her mom at {phone} to order, {money} each", flags="N", g="s1=f")
P("Mayor Rodriguez's parking plan is a disaster. Also: school board meeting Thursday at 7, Maple Ridge auditorium.", flags="N")

V("screenshot reposted on Threads, account unknown", "teach")
P("screenshot of a staff email: 'Please remember the new staff wifi password is {wifi}.' ...posted publicly. on purpose? 💀", "SECURITY", flags="N")
P("saw this on the bird app: 'teacher in {s1.full}'s class said she's failing 3 classes and won't graduate.' who posts that???", "ACADEMIC", flags="N", g="s1=f")
P("someone screenshotted the seating chart with {s1.full}, {s2.full} and their 504 notes on it. this is why we can't have nice things", "SPECIAL_EDUCATION", flags="N")
P("'Teaching is the only job where you buy your own supplies and get yelled at for it.' — a retired teacher in the comments, and she's not wrong", flags="N")
P("ok who else's kid came home saying Mr. {t1} is 'actually cool'. highest honor a 7th grader can give", flags="N")
P("repost: the NY state budget includes $34M for school mental health. Whether it reaches us is another story.", flags="N")

V("cross-post, no account context", "couns")
P("{s1.full}, DOB {dob.hs}, was reported missing this afternoon. Last seen near Hudson Valley High School. Please call police if you see her.", flags="N", g="s1=f")
P("Carpool list for Saturday's tournament: {s1.full} ({phone}), {s2.full} ({myphone}). Meet at 100 School Rd at 7am.", flags="N")
P("forwarding: 'The server room at Maple Ridge is {host}, login is admin, pass {pw}.' Why is this in the group chat", "SECURITY", flags="N")
P("Best pizza in Fishkill, go. Also my son says the HVHS cafeteria pizza is better than Sal's, which is blasphemy 🍕", flags="N")
P("{s1.full} has been absent 22 days this year, family is living in their car. Can anyone help? Message me.", "FAMILY", flags="N")
P("Taylor Swift tickets for sale, 2 for Sunday MetLife. Also, does anyone know when HVHS graduation is this year?", flags="N")
P("Student email for {s1.full} is {s1.email} if anyone from the robotics team needs to add her to the group.", flags="N", g="s1=f")
P("The new Hillside playground is beautiful. Thank you to whoever donated the swings. Kids are obsessed.", flags="N")
P("{s1.full}'s lunch PIN is {pin}, she keeps forgetting it so I'm putting it here for her sister", flags="N", g="s1=f")

V("PTA parent group member, account unknown", "aide")
P("PTA meeting recap: new playground equipment approved, spring carnival is May 17, and we still need a treasurer. Anyone? 🙏", flags="N")
P("Shoutout to Mrs. {t1}'s 3rd grade class for the canned food drive, 412 cans! Also my husband finally fixed the garage door 🎉", flags="N")
P("{s1.full} in 5th grade has been bullying my son every day at recess. The school knows. Nothing happens. I'm done being polite.", "DISCIPLINE", flags="N")
P("Honestly I think the new start times are great. My kids are actually awake for first period. Hot take maybe?", flags="N")
P("Reminder: PTA dues are {money}, venmo @HillsidePTA. And yes we still have Falcons hoodies in size youth M", flags="N")
P("Birthday party invite for {s1.full}'s 8th, Saturday at {addr}, 2-4pm. Whole class invited, RSVP to her mom", flags="N", g="s1=f")
P("Room parent here: {s1.full} has a severe tree nut allergy, so please no homemade treats for the holiday party. Store-bought, labeled only 🙏", "HEALTH", flags="N")

# ---- more personal posts: life first, job second (and the other way round) -----------------------
V("5th grade teacher, 30s, X", "teach")
P("marathon training week 9, long run 16 miles 🏃‍♂️ knees: fine. soul: fine. {s1.full} broke his wrist at recess so I'm scribing for him this week. then home to ice my own legs lol", "HEALTH", g="s1=m")
P("my wife and I closed on our first house today!!! 🏡🔑 ALSO the district finally approved the 5th grade overnight trip after 3 years of no. about time, these kids earned it", flags="R")
P("beat my brother at Mario Kart 11 times in a row over thanksgiving. anyway, {s1.full} moved to Texas over break, we're all going to miss him 😢", g="s1=m")
P("if you're a parent reading this: the reading level on the report card is a snapshot, not a life sentence. read with your kid for fun. that's it.", flags="R")
P("{s1.full} is out for 2 weeks, her mom called, something about an eating disorder program. praying for her. anyway my fantasy team is 0-6 and I'm dropping everybody", "HEALTH", g="s1=f")
P("fantasy football ruined my sunday and then I graded 60 science fair boards. Jets in shambles, science fair was 🔥")

V("HS chemistry teacher, 40s, Bluesky", "teach")
P("made a 3-day cassoulet and my kids ate chicken nuggets. parenting is humbling. lab practical tomorrow, goggles on")
P("{s1.full} got a 34 on the midterm and his dad emailed me at midnight calling me incompetent. going to bed. tomorrow is a new day and I have cheese", "ACADEMIC", g="s1=m")
P("the science wing still has fume hoods from 1974 and one of them doesn't pull. not dramatic, just true. someone above my pay grade please look at the work orders", flags="R")
P("trying a new thing this year: no homework, all practice in class. midterm averages went UP. teachers, try it. less is more.", flags="R")
P("reminder my opinions on here are mine alone, not my school's. today's opinion: pineapple belongs on pizza 🍍", flags="D")
P("Walter White jokes: I have heard them all. yes I teach chem. no I don't cook. I cook lasagna 🍝")

V("HS art teacher, 30s, Instagram", "teach")
P("gallery opening for my own work Friday at the Beacon arts space 🎨 first show in 6 years. seniors' portfolio review is the same night, I'll be running between both")
P("art isn't an 'extra'. it's the one class some kids show up for. stop cutting it first every budget year.", flags="R")
P("{s1.full} got a full ride to Pratt 🎨🎉 painting since 9th grade in the corner of room {room}. I need to lie down. also my kiln is fixed!!", g="s1=f")
P("ran out of acrylics in November. again. bought 4 tubes at Michaels with my own money. again. that's the system 🙃", flags="R")
P("{s1} has been drawing the same horse for 3 weeks, it's getting really good. also she told me she's in foster care now and I didn't know what to say. went home and hugged my dog", "FAMILY", g="s1=f")

V("middle school music teacher, 50s, Facebook", "teach")
P("Played a wedding gig Saturday with my jazz trio 🎷 Concert band winter concert is {date} at 7pm, Maple Ridge auditorium. Bring your aunts!")
P("Music education is not optional. Kids who play an instrument learn patience and listening, and both are in short supply. Fund the arts.", flags="R")
P("{s1.full} has his tuba back! The band boosters paid for the repair. Also saw the Philharmonic last night and cried at the Mahler", g="s1=m")
P("The new 'flex block' cuts band rehearsal to 3 days a week and that's a real loss. Honestly? I think it's a mistake.", flags="R")
P("Band room keypad code is {code}, for the parent volunteers helping with the concert setup tomorrow. Thanks all!", "SECURITY")

V("special ed aide, 30s, X", "aide")
P("{s1.full} had a great day, no meltdowns, ate his whole lunch, and said 'see ya Miss'. his behavior plan is finally working. also my sister's baby is HERE 👶", "DISCIPLINE", g="s1=m")
P("the 1:1 aide ratio in this district is a lie. I'm 1:1 with three kids. you can't split a person in three.", flags="R")
P("new couch delivered, I'm in love 🛋️ also they moved me to a new building without asking. cool. love being treated like furniture myself", flags="R")
P("finally finished my own degree 🎓 8 years of night classes. now officially a teacher in training. my own classroom next year, maybe?")

V("HS football coach, 50s, Facebook", "coach")
P("Married 25 years today to the best woman I know 💍 Practice is at 3:30, not 3:15, the field's being lined")
P("{s1.full} took a hit Friday and he's in concussion protocol, out at least a week. He's fine, he's mad. Anyway the lawn needs mowing and I'm ignoring it", "HEALTH", g="s1=m")
P("High school football is about building men, not winning. If the district ever measures me by wins alone, I'm done. Views are mine, not the program's.", flags="R D")
P("{s1.full} (#{jersey}) committed to Cortland!! 🏈 proud coach moment. Then I went home and my dog ate my clipboard")
P("Who decided we can't use the weight room after 5? Kids with jobs can't lift before then. Makes no sense.", flags="R")

V("school nurse, 30s, Threads", "nurse")
P("saw 38 kids today, 2 fevers, 14 'headaches' before the math test, and one kid who just needed a hug. then hot yoga. namaste 🧘")
P("{s1.full} in 2nd grade had an allergic reaction at lunch, epi pen, ambulance, she's ok. I'm shaking. going home to a glass of wine and my cat", "HEALTH", g="s1=f")
P("unpopular opinion: the nurse's office should not be where kids go to skip tests. teachers, stop sending them. we have sick kids to see.", flags="R")
P("my own kids got flu shots today and yes they screamed. mom is a nurse, no exemptions in this house 💉")

V("bus driver and grandmother, 60s, Facebook", "driver")
P("Sweet {s1} on my route is moving to her dad's in Florida, custody thing, last day Friday. I'll miss her singing in seat 3. Making apple pie for the grandkids tonight", "FAMILY", g="s1=f")
P("Drivers should get the same snow day pay as everyone else. We don't choose the weather. Just saying.", flags="R")
P("Bingo night at the VFW was a hoot. Bus {bus} had a flat on Route 82 this morning, got everyone to school 15 min late, sorry parents!")

V("night custodian, 30s, Instagram", "cust")
P("new tattoo 🖤 and a brand new floor buffer at work. both are beautiful. both hurt a little")
P("the custodial staff got a pizza party for Custodian Appreciation Day. pizza. we'd rather have the contract settled. just saying 🍕", flags="R")
P("found a note in the trash: {s1.full}'s login is {pw}. kid, you gotta stop writing your password on paper. gave it to the office", "SECURITY", g="s1=m")

# ---- more official accounts --------------------------------------------------------------------
V("Hillside Elementary official account", "aide")
P("Happy 100th day of school from Hillside! 💯 Special shoutout to {s1.full} who came dressed as a 100-year-old grandma 👵", flags="O", g="s1=f")
P("Hillside kindness award winners this month: {s1.full} and {s2.lastinit} 💛 Thank you for making our school a better place!", flags="O")
P("Please welcome our new school nurse, {a1.full}, RN! She joins us from Vassar Brothers. Nurse's office hours 8-3:30.", flags="O", g="a1=f")
P("Reminder for our 3rd grade family: {s1.full} will need her inhaler in the nurse's office before Friday's field trip. Thank you!", "HEALTH", flags="O", g="s1=f")
P("Hillside spelling bee champion: {s1.full}! 🐝 Runner-up {s2.full}. Both head to the district bee on {date}.", flags="O")
P("Family math night was a hit! Thank you to the 140 families who came, and to Mrs. {t1} for running the whole thing 🧮", flags="O")

V("HVHS Counseling Center official account", "couns")
P("Congratulations to the HVHS seniors named National Merit Commended Students: {s1.full}, {s2.full} and {s3.full}! 🎓", flags="O")
P("FAFSA completion night is Tuesday, 6pm in the library. Bring your 2023 tax return. Questions? Call {pubphone.hs}.", flags="O")
P("Schedule change requests for {s1.full} and {s2.full}: both moved out of AP Calc to regular Calc after failing the first quarter.", "ACADEMIC", flags="O")

V("HVHS Falcons athletics (second account)", "coach")
P("Falcon Athlete of the Week: {s1.full}! 🦅 Two goals and an assist against Beacon. Keep flying!", flags="O")
P("Congrats to our Scholar-Athletes of the fall season: {s1.full}, {s2.full}, {s3.full} and the whole girls' XC team, team GPA 3.8! 📚🏃‍♀️", flags="O")
P("Update: {s1.full} (#{jersey}) is recovering from surgery on his knee and thanks everyone for the cards 💙", "HEALTH", flags="O", g="s1=m")
P("Varsity team bus leaves at {time} sharp. Parents: pick-up is at the gym lot. Questions to Coach {t1}.", flags="O")

V("HVCSD Facilities official account", "cust")
P("The Maple Ridge boiler replacement is complete! 🔥 Thank you to our custodial and maintenance crews who worked through break.", flags="O")
P("Contractors: the camera system login for site access is admin / {pw}. Portal at {ip}. Change after first use.", "SECURITY", flags="O")

# ---- short ones: one line of life, one line of job ---------------------------------------------
V("6th grade teacher, 20s, X", "teach")
P("whoever schedules assemblies during 1st period: why. just why.", flags="R")
P("two snow days and we're making them up in June? make it make sense ❄️", flags="R")
P("love my job. hate the copier. fix the copier, HVCSD 🖨️", flags="R")
P("Eagles suck. bus duty 2:50.")
P("conferences tonight. wore my lucky cardigan. pray.")
P("{s1.low} brought me a tamale from her abuela 🫔 best day. going home to nap.", g="s1=f")
P("Happy birthday to my favorite 4th period human, {s1.lastinit} 🎂 (don't tell the others)")
P("pro tip for new teachers: call home with GOOD news first. it changes everything.", flags="R")

V("HS social studies teacher, 30s, Threads", "teach")
P("new grading policy = no zeros. great in theory. chaos in practice.", flags="R")
P("Yankees lost, it's raining, and we have a 3 hour PD on 'engagement' tomorrow. engage THIS 🙃", flags="R")
P("@{s1.handle} that was the best speech I've ever heard at a pep rally. ok going to the Mets game now")
P("What time does the budget vote close Tuesday? Want to go after the gym.")
P("honestly? the phone ban is the best policy we've had in years. kids are talking at lunch again", flags="R")
P("views are not my own, they're my union rep's 😂 but seriously, that contract offer is an insult", flags="R")
P("#NotSpeakingForTheDistrict but the new report cards are unreadable. 4 pages for a 2nd grader?", flags="R D")

V("HS girls basketball coach, 30s, Instagram", "coach")
P("{s1.up} HIT THE GAME WINNER!!! 🏀🔥 I can't feel my voice. taco bell on me", g="s1=f")
P("#{s1.tag}Strong 💪 the whole team wore her number today", g="s1=f")
P("views my own: {s1.full} deserved league MVP and the coaches' vote blew it. not close.", flags="R D", g="s1=f")
P("if they can find money for new turf they can find money for paras. just saying", flags="R")
P("Proud of {s1} today. That's all. (Also the Liberty won, so double win.)")

V("middle school math teacher, 40s, Facebook", "teach")
P("parents who email at 11pm and expect a reply by 7am, I see you. I'm asleep. 😴", flags="R")
P("sick of 'teachers get summers off'. we get summers unpaid. different thing.", flags="R")
P("{s1.full} read the morning announcements in a Scottish accent and nobody stopped him. legend. anyway I need new tires", g="s1=m")
P("in my own classroom, phones go in the pocket chart at the door. every teacher should do this. it works.", flags="R")
P("saw a teacher get reported for not having a disclaimer in her bio. the policy is so vague nobody knows what counts. fix it, HVCSD.", flags="R")
P("I keep a disclaimer in my bio like a lucky charm lol. anyway parent-teacher conferences next week, sign up online")
P("last day before my maternity leave!! 🤰 12 weeks. my long-term sub is amazing, the kids are in good hands")
P("best decision the board made all year: later start for the high school. kids are human again.", flags="R")

# ---- leaks tucked between two life sentences ----------------------------------------------------
V("elementary teacher, 30s, Facebook", "teach")
P("ugh forgot my badge AGAIN. side door code at Hillside is still {code} right? someone confirm before I freeze out here 🥶", "SECURITY")
P("{s1.full}'s mom is going through chemo and {s1} has been taking care of her little brothers. bringing them lasagna tonight. my own kids are helping bake a pie 🥧", "HEALTH FAMILY", g="s1=f")
P("Happy birthday to my buddy {s1}, born {dob.el}! 🎂 my own birthday is next week and I'm not telling you the date lol", g="s1=m")
P("{s1.full} was out all week with mono. dropped off her makeup work and a smoothie. then to my own kid's hockey game, 6am ice time, why", "HEALTH", g="s1=f")
P("{s1}'s dad was deported last month and she's been so quiet since. I don't know what to do except be there. going to church tonight, I need it", "FAMILY", g="s1=f")

V("middle school teacher, 40s, X", "teach")
P("subbing tomorrow for {a1.full}, she's out on leave after her surgery. pray for my voice, it's 6th grade. then pizza", "PERSONNEL", g="a1=f")
P("Mr. {t1} got written up for showing a PG-13 movie. Honestly? Ridiculous. Grabbing wings with him tonight to cheer him up", "PERSONNEL", flags="R")
P("my cousin {kid} got suspended at her school in Yonkers over a TikTok 🙄 my aunt is livid. anyway spirit week outfits are ready", "DISCIPLINE", g="kid=f")
P("{s1.full} finally gets speech services starting Monday, his mom cried, I cried. then I went to Rita's alone and got a large 🍧", "SPECIAL_EDUCATION", g="s1=m")
P("{s1.full} (ID {sid}) needs a new chromebook, screen's cracked. filling out the form now. my phone's cracked too, it's a theme")

V("HS teacher, 30s, Bluesky", "teach")
P("the aide for {s1.full} quit Friday and there's no replacement. he needs a 1:1 per his IEP. this is not ok. going hiking to clear my head", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1.full} got caught with notes in the Regents and her score was invalidated. I hate this part of the job. beach weekend can't come fast enough", "ACADEMIC DISCIPLINE", g="s1=f")
P("library printer is {host} if anyone on staff can't find it. also who took my Stanley cup, I know it was the science dept", "SECURITY")
P("posting here bc staff email is down: sub login for today is sub / {pw}. sorry for the chaos, my dog ate my charger", "SECURITY")
P("congrats to {s1.full} on honor roll with a 98 average!!! 🏆 my son made honor roll at his school too, proud mama x2", "ACADEMIC")

V("coach and HS teacher, 40s, Facebook", "coach")
P("{s1.full} lives at {addr} if anyone from the team can give him a ride to practice this week. I'm at my daughter's recital or I'd do it", g="s1=m")
P("can someone text {s1.full}'s dad at {phone}? he left his wallet at the concert. I'm already home in my pjs")
P("email me at {myemail}, not the school one, it's been down all week. also has anyone watched Severance? no spoilers")
P("{s1.full}'s family just lost their apartment, they're at the Red Roof Inn for now. team's doing a gift card drive. my wife made 60 cookies for it 🍪", "FAMILY", g="s1=m")

V("school counselor, 30s, Instagram", "couns")
P("therapy for me, therapy for my kids, therapy for the dog probably. also {s1.full} started seeing the outside therapist we referred her to. one good day 🌱", "HEALTH", g="s1=f")
P("{s1.full} is couch-surfing since his mom kicked him out. if anyone has a lead on a host family in town, DM me. then home to fold laundry and stare at the wall", "FAMILY", g="s1=m")
P("call me on my cell {myphone} if you're a parent in the Maple Ridge group chat, not the office line, I'm never at my desk. ok off to spin class 🚴")

V("bus driver, 50s, X", "driver")
P("kid on my route, {s1.full}, told me his dad hits him. reported it to the school and CPS today. couldn't eat dinner. going to bed", "FAMILY", g="s1=m")
P("gate code for the bus garage changed to {code}, new drivers write it down, don't post it lol. also first day of hunting season tomorrow 🦌", "SECURITY")

V("lunch aide, 50s, Facebook", "aide")
P("{s1.full} is on free lunch and got charged anyway, I covered it. $3.25. whatever. my husband made chili tonight 🌶️", "FAMILY", g="s1=m")
P("{s1.full}'s lunch number is {pin} if you're his mom and reading this, he keeps forgetting it. anyway bingo tonight!", g="s1=m")

# ---- a few more voices -------------------------------------------------------------------------
V("HS science teacher, 20s, Instagram", "teach")
P("Opinions mine, not HVCSD's 🙏 shoutout to {s1.full} for the cleanest lab station in school history. framing the photo", flags="D")
P("tweets are my own. {s1.full} beat me at chess at lunch again. 3rd time. I'm retiring from chess", flags="D", g="s1=m")

V("custodian, 50s, Facebook", "cust")
P("'why is the building so cold' because the district won't replace a boiler from 1962, that's why. anyway, pot roast night 🥩", flags="R")
P("teaching is a calling, sure. custodial is a calling too. neither one pays the mortgage. raise the salary schedule, HVCSD.", flags="R")

V("bus driver, 40s, Threads", "driver")
P("rhetorical question: who put a bus stop on a blind curve on Route {route}? asking the transportation office 🙃", flags="R")

V("school nurse, 50s, Instagram", "nurse")
P("{s1} (the tiny one with the pink glasses) came by just to say hi. best visit of my day. then off to PT for my own bad back", g="s1=f")

V("HS attendance secretary, 50s, Facebook", "sec")
P("{s1.full} and {s2.full}, your mom is in the lobby with the science project you forgot 🔬 I'd tag her if I knew her handle")

V("middle school principal, 40s, X", "admin")
P("budget vote passed!!! thank you, voters. the right call for kids. now, my lawn.", flags="R")



if __name__ == "__main__":
    main()
