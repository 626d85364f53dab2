"""Generate corpora/src/seasons.jsonl: the school year's calendar, told by the people who run it.

Voices: classroom teachers from kindergarten to 12th grade, bus drivers and the transportation
dispatcher, school nurses, counselors, building secretaries, coaches, custodians, principals and
assistant principals, district office staff (payroll, HR, communications, the testing coordinator),
and the official school and district accounts. The posts follow the year from the August setup
week through back-to-school, open house, picture day, the Halloween parade, conferences and report
cards, snow days and delays, flu season, the winter concert, state-testing weeks, spring break,
prom, the budget vote, field day, graduation and the last day, to summer school and the June
retirements. Mostly Facebook and X, some Instagram; official posts are announcements and
celebrations; posts of unknown kind are reposts, parent groups and community pages.

Each moment of the year comes in four shapes, and the slice tests the lines between them:
logistics and announcements (no view), celebrations and shout-outs (no view), feelings about the
moment ("I am so tired", no view), and judgements of how the district runs it ("the 5:58am delay
call was a joke", "three weeks of testing in April is insane", "best open house ever, admin nailed
it"), which are views about the job and need a disclaimer on a personal post. Views about
something else (the snow itself, the Bills, the poster's own kid's dance recital) are not.

Leaks in season: a named student's report-card grades, a student sent home from picture day with
lice, a suspension right before prom, a colleague's medical leave mentioned at the winter concert,
the snow-day phone tree's home numbers, the staff portal login for report cards. Hard negatives
sit next to them: the district's public numbers, bus and room numbers, dates and times, adults
named in full (the superintendent, parent volunteers, the retiring custodian, the plow contractor
whose company carries his name, the guest brass quintet), general statements ("flu season is
brutal this year", "report cards are due Friday").

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child at another school)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.el2} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t3} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (colleagues, parents, the superintendent, contractors), {room} {bus} {time}
      {date} {money} {score} {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail}
      {yrs} (years of service) {temp} (a wind chill)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import mk

OUT = Path(__file__).resolve().parent / "seasons.jsonl"
SEED = 20261222

LOCALES = ["en_US", "es_MX", "es_ES", "pl_PL", "it_IT", "fr_FR", "de_DE", "pt_BR", "en_NG", "vi_VN",
           "zh_CN", "en_IN", "fil_PH", "en_IE", "nl_NL", "sv_SE", "cs_CZ", "en_GB"]
# Locales whose Faker names are not in Latin script, or that Faker lacks, come from these romanized
# lists (male firsts, female firsts, surnames), the way staff type them.
ROMAN = {
    "ar": (["Karim", "Tarek", "Omar", "Yousef", "Bilal", "Amir", "Khalil", "Hamza", "Idris"],
           ["Layla", "Yasmin", "Mariam", "Salma", "Amira", "Rania", "Huda", "Farah", "Zeina"],
           ["Mansour", "Saleh", "Hamdan", "Aziz", "Farouk", "Khalil", "Najjar", "Darwish", "Qasim"]),
    "uk": (["Taras", "Bohdan", "Mykola", "Andriy", "Ostap", "Roman", "Danylo"],
           ["Oksana", "Solomiya", "Khrystyna", "Mariia", "Zoriana", "Yeva", "Iryna"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Hnatiuk", "Savchuk"]),
    "ko": (["Ji-hoon", "Seung-woo", "Hyun-jun", "Do-yoon", "Yeon-woo", "Si-woo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Chae-won", "Min-seo", "Ye-jin"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Baek"]),
    "ht": (["Jean-Baptiste", "Wesner", "Dieuvel", "Stanley", "Kervens", "Ricardo", "Fritz"],
           ["Nadège", "Widline", "Fabiola", "Roseline", "Mirlande", "Darlene", "Guerline"],
           ["Pierre", "Joseph", "Jean-Louis", "Charles", "Louissaint", "Désir", "Etienne", "Augustin"]),
    "so": (["Abdirahman", "Mohamed", "Hassan", "Abdi", "Farah", "Liban", "Yusuf"],
           ["Hodan", "Ayaan", "Faadumo", "Sagal", "Hibo", "Nimco", "Ifrah"],
           ["Warsame", "Abdullahi", "Osman", "Jama", "Hirsi", "Ali", "Egal"]),
    "el": (["Giorgos", "Nikos", "Dimitris", "Kostas", "Yannis", "Stavros"],
           ["Eleni", "Katerina", "Despina", "Sofia", "Athena", "Vasiliki"],
           ["Papadopoulos", "Georgiou", "Kostopoulos", "Nikolaidis", "Antonopoulos", "Vlachos"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_ES": 2, "pl_PL": 3, "it_IT": 4, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 3, "fil_PH": 2, "en_IE": 3,
                "nl_NL": 1, "sv_SE": 1, "cs_CZ": 1, "en_GB": 2,
                "ar": 3, "uk": 2, "ko": 2, "ht": 2, "so": 1, "el": 1}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Marisol", "Mari", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Jonathan", "Jonny", "m"), ("Elizabeth", "Lizzie", "f"),
         ("Francesco", "Frankie", "m"), ("Alexandra", "Lexi", "f"), ("Fernando", "Nando", "m"),
         ("Gabriella", "Gabby", "f"), ("Christopher", "Topher", "m"), ("Thanh Huong", "Hannah", "f"),
         ("Maximilian", "Max", "m"), ("María José", "Majo", "f"), ("Nathaniel", "Nate", "m"),
         ("Evangeline", "Evie", "f"), ("Theodore", "Teddy", "m"), ("Valentina", "Vale", "f"),
         ("Francisco", "Paco", "m"), ("Katherine", "Kat", "f"), ("Abdulrahman", "Abdi", "m"),
         ("Rosalind", "Roz", "f"), ("Sebastian", "Bash", "m"), ("Jacqueline", "Jackie", "f")]

STREET_BASES = ["Overlook", "Sunset Ridge", "Schoolhouse", "Fox Hollow", "Cedar Knoll", "Route 52",
                "Hopewell", "Clove Valley", "Briggs Hill", "Orchard", "Sleight Plass", "Moores Mill",
                "Noxon", "Titusville", "Hidden Hollow", "Ketcham", "Fishkill Creek", "Red Oaks Mill"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "Blvd", "rd", "ln"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", a bio that jokes about disclaimers) sit
# among the plain ones.
BIOS = [
    ("elem", "kindergarten @ Roosevelt 🍎 | glitter survivor | opinions mine, not HVCSD's", True),
    ("elem", "maestra de 2º grado | Hillside | mis opiniones son personales, no del distrito", True),
    ("elem", "3rd grade at Hillside | finally got my own classroom with a window ☀️", False),
    ("elem", "teacher 🍎 | mom of 3 | views are not my own, they belong to my cat", False),
    ("elem", "Roosevelt 1st grade | bulletin board enthusiast | Mets fan", False),
    ("hs", "HVHS English 📚 | all views expressed are my own and not those of my district", True),
    ("hs", "6th grade science, Maple Ridge 🔬 | personal acct, I do not speak for the school district", True),
    ("hs", "HVHS math | coffee, calculus, and countdowns ⏳", False),
    ("hs", "Maple Ridge ELA | 7th grade | reader, runner, recovering yearbook adviser", False),
    ("hs", "HVHS social studies 🌎 | debate coach | my views on the Yankees are not up for debate", False),
    ("bus", "HVCSD school bus driver | my posts are my own opinions, not the district's or the garage's", True),
    ("bus", "bus driver 🚌 21 yrs | grandpa | Go Giants", False),
    ("bus", "Transportation dispatcher | up at 4:30 so you don't have to", False),
    ("nurse", "School nurse, RN 🩺 | posting as myself, not for HVCSD", True),
    ("nurse", "RN | Hillside health office | wash your hands 🧼", False),
    ("nurse", "school nurse | disclaimer: I am not your kid's doctor lol", False),
    ("couns", "School counselor | HVHS | these are my personal views and do not represent my employer", True),
    ("couns", "middle school counselor 💛 | mental health matters | tea > coffee", False),
    ("sec", "Main office @ Maple Ridge | personal page, not an official school account", True),
    ("sec", "school secretary 📎 | I know where the good stapler is", False),
    ("sec", "attendance clerk | the phone is always ringing ☎️", False),
    ("coach", "Falcons track & field | HVHS PE | thoughts are mine alone, not Falcons Athletics'", True),
    ("coach", "Coach | HVHS girls soccer ⚽ | faith, family, fitness", False),
    ("coach", "JV basketball coach | 8th grade health | Knicks till I die", False),
    ("cust", "head custodian Hillside | posts are mine, not the district's", True),
    ("cust", "custodian 🧹 | night shift | fishing when I can", False),
    ("admin", "Principal, Roosevelt Elementary | tweets are my own", True),
    ("admin", "Assistant Principal @ HVHS | personal account — views mine, not HVCSD's", True),
    ("admin", "principal 🦅 | dad | runner | proud of my own school every single day", False),
    ("dist", "HVCSD district office | payroll + benefits | speaking for myself only", True),
    ("dist", "district testing coordinator | spreadsheets are my love language", False),
    ("dist", "district communications office | newsletters, robocalls, and way too many flyers 📣", False),
    ("music", "HVHS choir + orchestra 🎶 | opinions are my own", True),
    ("music", "elementary music teacher 🎵 | recorder karaoke survivor", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "off_hill": "Hillside Elementary School | official account of the school | Go Falcons!",
    "off_rves": "Roosevelt Elementary School, 25 Academy St | official account",
    "off_mrms": "Maple Ridge Middle School | official page | main office 8am-4pm",
    "off_hvhs": "Hudson Valley High School 🦅 | official | 100 School Rd | (845) 555-0110",
    "off_bus": "HVCSD Transportation Department (official) | route updates & closings",
    "off_health": "HVCSD Health Services | official | not for medical emergencies, call 911",
    "off_athl": "Official account of HVHS Falcons Athletics 🦅",
    "off_dist": "Hudson Valley Central School District | official | (845) 555-0100",
    "off_music": "HVCSD Music Department | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "917", "518", "646", "201", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "optonline.net", "hotmail.com", "icloud.com",
                     "outlook.com", "verizon.net", "aol.com"]
    HOSTS = ["sis.hvcsd.local", "reportcards.hvcsd.local", "alertcall-admin.hvcsd.internal",
             "gradebook01.hvcsd.local", "transport-gps.hvcsd.lan", "healthoffice-db.hvcsd.local",
             "testing-lab2.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|nephew)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|niece)\b")
    DOB_YEARS = {"el": (2016, 2019), "el2": (2016, 2019), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 12 or len(got[1]) > 16):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}",
                f"{f}_{r.choice(['mom', 'dad', 'fam', 'home'])}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Snowday', 'Falcons', 'Winter', 'Spring', 'Report'])}{r.randint(2019, 2026)}{r.choice('!#$*')}",
                         f"{r.choice(['Grades', 'Term', 'Prom', 'Testing'])}#{r.randint(10, 99)}",
                         f"hvcsd{r.choice(['staff', 'rc', 'sub', 'temp'])}{r.randint(100, 999)}",
                         f"{r.choice(['pumpkin', 'maple', 'blizzard', 'gradday'])}{r.choice(['Falcon', 'Bus', 'Bell'])}{r.randint(1, 99)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(7, 30)}", f"{f}{r.choice(['.dances', '_ball', '.sings', 'zz'])}",
                         f"its.{f}{r.randint(1, 9)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 22, 35, 50, 110])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 4)}{r.randint(1, 9)}", f"B{r.randint(10, 32)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(3, 52)),
            "time": lambda: r.choice(["7:10", "7:45am", "8:20", "9am", "10:15", "11:30", "1pm", "2:45",
                                      "3:10", "5:30", "6pm", "6:30", "7pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.choice([9, 10, 11, 12, 1, 2, 3, 4, 5, 6])}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([5, 8, 10, 12, 15, 20, 25, 40, 65, 85])}",
            "score": lambda: r.choice([f"{r.randint(14, 35)}-{r.randint(3, 13)}", f"{r.randint(48, 71)}-{r.randint(40, 47)}",
                                       f"{r.randint(2, 6)}-{r.randint(0, 1)}"]),
            "yrs": lambda: str(r.randint(19, 38)),
            "temp": lambda: f"-{r.randint(2, 14)}",
        }


SK = genlib.Skeletons("seasons", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.22, 0.68), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.18), other=(0.36, 0.09))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- August: setup week and back-to-school -------------------------------------------------------
V("kindergarten teacher, Roosevelt, Instagram", "elem")
P("Meet the Teacher is Thursday {time}! Bring your supplies, your questions and your brave little kindergartner 💛")
P("Why does the district make us wait until 4 days before school to get our class lists? You can't plan for kids you haven't met. Every year.", flags="R")
P("My new class has three kids named {s1} and I already love every one of them 😭 (first initials on the cubbies, we'll figure it out)")
P("one of my new friends has a severe peanut allergy, EpiPen in the nurse's office and one in my go-bag. {s1.full}, we've got you 💛", "HEALTH")
P("Shoutout to Mr. {t1} the custodian who moved my 400-pound kidney table THREE times without one complaint. Roosevelt's best.")

V("high school English teacher, X", "hs")
P("The new bell schedule gives us 41-minute periods. Try teaching a Socratic seminar in 41 minutes. Whoever designed this has never taught a seminar.", flags="R")
P("Superintendent {a1.full}'s convocation speech was actually good this year?? short, funny, zero slides. more of that.", flags="R")
P("my 4th period roster says {s1.full} but she goes by {s1.nick}, please update the SIS before picture day so her ID isn't wrong AGAIN", g="s1=f")
P("ok honestly the best part of this job is the first week. everybody's hopeful. even me.", flags="R")

V("6th grade science teacher, Maple Ridge, Facebook", "hs")
P("Every year the 6th graders get lost on day one and every year I find at least one in the 8th grade wing looking terrified. Room {room}, kids, the one with the skeleton 💀")
P("Spent $340 of my own money on classroom supplies this summer. The district's $75 allotment covers about a week. That's not sustainable.", flags="R")

V("bus driver, 20 years, Facebook", "bus")
P("dry run on route {bus} this morning. new development off Route 52 added 14 stops. see y'all at 6:42 🚌")
P("They cut two routes and doubled up the rest. Now my middle schoolers ride 70 minutes each way. Who thought that was OK?", flags="R")
P("Note to parents on my route: I can't wait at the stop if your kid isn't out there. I have 50 other kids and the routes are timed way too tight to wait. Love you all tho", flags="R")
P("the new little guy on my bus told me his name is {s1} and he's \"almost a grownup\" 😂 he's 5")

V("transportation dispatcher, X", "bus")
P("Bus routes are posted in the parent portal. If your address is wrong, call transportation, not the school. We can't fix it from the front desk.")
P("new driver, 1st week, got her route {bus} map and the route sheet has every kid's home address + pickup time. please don't photograph it for your fb like the last guy did lol. stop 4 is {addr}, stop 5... see, that's the problem")

V("school nurse, Hillside, Facebook", "nurse")
P("Day 3 and I have the EpiPens, inhalers, and one very fancy glucose monitor all labeled and filed. {s1}'s mom dropped off her pump supplies, thank you!!", "HEALTH", g="s1=f")
P("One nurse for 700 kids is not a health office, it's triage. Hillside needs a second nurse.", flags="R")

V("HVHS counselor, X", "couns")
P("Schedule change window closes Friday at 3. After that, please don't email me about moving lunch periods to sit with your friends 😅")
P("Did 212 schedule changes in 4 days. The new scheduling software is a disaster and I'm saying it out loud.", flags="R")
P("{s1.full} is moving from AP Chem to regular chem after failing the summer assignment and the placement test. i'll call home today.", "ACADEMIC")

V("middle school secretary, Facebook", "sec")
P("Registration line was out the door today. 31 new families. If you're still missing proof of residency, we need it by Friday. One registrar for the whole district in August is not enough.", flags="R")
P("New family just registered who is staying at the shelter on Main, two kids, 4th and 7th. {s1.full} and her brother. Please be gentle with them 💛", "FAMILY", g="s1=f")
P("To whoever keeps calling the front desk asking for the bus schedule: transportation is {pubphone.dist}, ext 2. I love you but I can't help you")
P("The district put registration online \"to make it easier.\" I've now helped 19 parents do it over the phone. Easier for who?", flags="R")

V("head custodian, Hillside, Facebook", "cust")
P("Summer crew went from 8 to 4. We still got every floor done. Imagine what we could do with a full crew. Just saying.", flags="R")

V("principal, Roosevelt, X", "admin")
P("Welcome to our 7 new staff members! Mrs. {t1} (2nd), Mr. {t2} (5th), and Ms. {t3} (music) joining the Roosevelt family 🎉")
P("Big thanks to PTA president {a1.full} and her crew of volunteers who stuffed 400 welcome folders in one afternoon. You're amazing.", g="a1=f")

V("district office, HR, Facebook", "dist")
P("the district should pay new teachers for orientation week. we ask them to come in for free and then wonder why they leave.", flags="R")
P("If you're a new hire and your badge doesn't work yet: it takes 48 hours. Please stop telling security I said it would work today lol")

V("Hudson Valley Central School District official account", "off_dist")
P("Welcome back, Falcons! 🦅 The first day of school is Wednesday, Sept 3. Bus routes are posted in the parent portal. Questions? Call {pubphone.dist}.", flags="O")
P("Reminder: school starts at 7:40 at HVHS, 8:05 at Maple Ridge, 8:50 at Roosevelt and Hillside. Please plan your mornings!", flags="O")
P("Superintendent {a1.full} will visit every building on opening day. Say hi if you see her! 👋", flags="O", g="a1=f")

V("Maple Ridge Middle School official account", "off_mrms")
P("6th grade orientation is Tuesday at {time}. Students will walk their schedules, practice lockers, and meet their teachers! 🔒", flags="O")
P("Welcome to our newest Falcons, {s1.full} and {s2.full}, who won the summer reading challenge with 41 books between them! 📚", flags="O")

V("unknown account", "elem")
P("does anyone know if Hillside still does the meet the teacher on Thursday or did they change it? my kid is going into 2nd", flags="N")
P("Hudson Valley moms: the district changed the start times AGAIN without asking anyone. Who do we call?", flags="N")
P("First day pic!! {s1} starting kindergarten at Roosevelt with Mrs. {t1} 🎒😭", flags="N")
# ---- September: open house ---------------------------------------------------------------------
V("4th grade teacher, Hillside, Facebook", "elem")
P("Open house tonight 6-7:30! Room {room}. Come see the self-portraits, they are... abstract 🎨")
P("Best open house we've ever had. Admin moved it to 5:30 so working parents could come AND fed the staff. That's how you do it.", flags="R")
P("Open house in the same week as curriculum night AND back to school night is too much. Pick one. Families are exhausted and so are we.", flags="R")
P("Shoutout to {s1} who gave her parents a full tour of our classroom including the fish, the pencil sharpener, and \"where Mrs. {t1} keeps the candy\" 🍬", g="s1=f")
P("At open house a grandma asked me if {s1.full} is behind in reading. Told her we'd set up a meeting, he's reading at a K level and she knows it. Rough.", "ACADEMIC", g="s1=m")

V("HVHS math teacher, X", "hs")
P("Parents, the open house is not the time to ask me about your kid's grade on the last quiz in front of 30 other parents. Email me, I promise I answer.", flags="R")
P("a parent at open house told me her son {s1.full} \"just isn't a math person.\" no such thing. he's got a 93 right now.", "ACADEMIC", g="s1=m")
P("hot take: open house should be in October. in week 2 I barely know the kids' names, what am I supposed to tell their parents", flags="R")
P("{s1.init} in 4th period brought her grandma to open house and grandma took notes the whole time 📝 iconic")

V("middle school principal, Facebook", "admin")
P("Thank you to the 600+ families who came to Maple Ridge open house! Special thanks to PTO volunteers {a1.full} and {a2.full} for running the welcome table all night 🙏")
P("Our new open house format (student-led tours instead of teacher talks) was a hit. 8th graders giving tours were SO proud. Keeping it.", flags="R")

V("school secretary, HVHS, X", "sec")
P("someone left a Coach bag in room {room} at open house. it's at the main office, call {pubphone.hs} to claim it 👜")

V("HVHS official account", "off_hvhs")
P("HVHS Open House is Thursday at 6:30pm. Follow your student's schedule, 10 minutes per class. Parking in the front lot and the stadium lot. 🦅", flags="O")
P("Thank you, Falcon families, for a packed open house! Slides from every department are posted on the HVHS website.", flags="O")

V("unknown account", "elem")
P("went to open house at hillside and the 4th grade teacher already knew everything about my daughter after 2 weeks. wow.", flags="N")
P("Why was open house on a Tuesday at 5pm?? some of us work. Ridiculous.", flags="N")

# ---- October: picture day ----------------------------------------------------------------------
V("2nd grade teacher, Roosevelt, Instagram", "elem")
P("PICTURE DAY 📸 my whole class in button-downs and bows and {s1} in a full dinosaur costume. He was told \"your best outfit.\" He made a choice 🦖")
P("my son {kid} (3rd grade in Beacon, not my school) had picture day too. came home with the photographer's comb in his pocket. he's keeping it 😂", g="kid=m")
P("picture day at 9:15 and lice check at 9:30. guess who got sent home before the camera 😬 poor {s1}, we'll get her on retake day", "HEALTH", g="s1=f")
P("{s1.full} had a fever of 101.4 and went home before photos 😞 retakes are {date}, buddy", "HEALTH", g="s1=m")
P("why do they schedule picture day on a Monday after a long weekend? half my kids are missing teeth or had haircuts from their uncles 😂", flags="R")

V("school nurse, Maple Ridge, Facebook", "nurse")
P("picture day lice check found 3 cases in one homeroom. Parents, please check your kids tonight, letters are going home. Nothing to be embarrassed about!")
P("Sent {s1.full} home on picture day with pink eye, both eyes. She was devastated about the photo. Retake day, promise 💕", "HEALTH", g="s1=f")
P("Reminder: a kid with a 100+ fever can't stay for picture day no matter how cute the outfit is. I'm sorry. I have to.")

V("high school yearbook adviser, X", "hs")
P("senior portraits due {date}. If you miss it, your yearbook photo is your junior ID. You've been warned 📸")
P("Every year the yearbook company sends the proofs with half the names wrong. {s1.full} is listed as {s2.full}. Fixing 60 of these tonight.")
P("We need to get rid of the yearbook company the district signed with. $65 for a yearbook, mistakes every year, no customer service.", flags="R")

V("picture-day volunteer coordinator (PTA), Facebook", "elem")
P("Huge thanks to our picture day volunteers {a1.full}, {a2.full} and {a3.full} for combing 400 heads of hair today 💇 You are saints.", flags="N")

V("Roosevelt Elementary official account", "off_rves")
P("Picture Day is Tuesday, Oct 7! 📸 Order forms went home in folders. Retake day is Nov 12.", flags="O")
P("Picture day retakes are today! If your child was absent, they'll be called down by class. Smile! 😁", flags="O")

# ---- October: the Halloween parade --------------------------------------------------------------
V("1st grade teacher, Hillside, Instagram", "elem")
P("Took the class through the Halloween parade route and a dad in a full Shrek costume gave every kid a high five. Mr. {a1.last}, icon.", g="a1=m")
P("Banning Halloween costumes \"for equity\" and then doing a fall harvest day where everyone wears orange is not the win the district thinks it is.", flags="R")
P("The Halloween parade is the best hour of the school year and I will fight anyone on this", flags="R")
P("{s1.up} CAME AS A CRAYON. I can't. 🖍️ best costume in the building")
P("one of my kiddos couldn't be in the parade because his mom's religion doesn't do Halloween. We made him line leader for the library trip instead 💛")

V("head custodian, Roosevelt, Facebook", "cust")
P("Swept up approximately 4,000 pieces of candy corn after the Halloween parade. I hate candy corn. Happy Halloween 🎃")

V("school nurse, Roosevelt, Instagram", "nurse")
P("Halloween parade reminder from the nurse: no face masks that cover the eyes, no real weapons, and PLEASE no food dye on kids with sensitive skin 🎃")
P("{s1} had a reaction to the face paint during the parade, mom came to get her, she's ok. Benadryl and a hug.", "HEALTH", g="s1=f")

V("Hillside Elementary official account", "off_hill")
P("Our Halloween parade steps off at 1:30 on Friday! Route: around the bus loop and back through the front doors. Families welcome on the sidewalk 🎃", flags="O")
P("Thank you, families, for coming to the Halloween parade! Check out the highlights on our page 👻🦇", flags="O")

V("unknown account", "elem")
P("Hillside halloween parade pics from today 🎃 the teachers dressed as the crayons from that book and it was everything", flags="N")
P("my son {s1} won best costume at the Maple Ridge Halloween dance!!! 🏆 he was a traffic cone", flags="N", g="s1=m")
# ---- November: parent-teacher conferences ----------------------------------------------------------
V("3rd grade teacher, Hillside, Facebook", "elem")
P("conference night thoughts: every single parent asked the same question. \"Are they nice to the other kids?\" That's the whole job isn't it", flags="R")
P("Fifteen-minute conferences are an insult to families. You can't talk about a whole child in 15 minutes. We need 30.", flags="R")
P("thank you @{a1.low} for the 6 dozen donuts on conference night 🍩 the 3rd grade team is forever in your debt")
P("Told {s1.full}'s parents tonight that he's reading at a 1st grade level and we're referring him for a reading evaluation. Dad took it hard.", "ACADEMIC SPECIAL_EDUCATION", g="s1=m")
P("I'm so proud of {s1} — her mom came to conferences with a list of questions in English she practiced all week. We did it with the interpreter and laughed the whole time 💛", g="s1=f")
P("had a dad tell me at conferences that he and his ex can't be in the same room, so I did {s1}'s conference twice. custody stuff is brutal on these kids", "FAMILY")

V("HVHS social studies teacher, X", "hs")
P("no parent who needs to come to conferences comes to conferences. we should be doing home visits or phone calls instead. change my mind", flags="R")
P("Conference with {s1.full}'s mom: 48 average, missing 11 assignments, and she had no idea because he changed the parent portal email. Yikes.", "ACADEMIC", g="s1=m")

V("middle school counselor, Facebook", "couns")
P("After conferences a mom told me {s1.full} hasn't been eating since the divorce. We're setting up weekly check-ins. Please keep our kids in your hearts.", "HEALTH FAMILY", g="s1=f")
P("We give counselors 400 students each and then ask why we didn't \"catch it sooner.\" The ratio is the problem.", flags="R")

V("elementary principal, X", "admin")
P("98% conference attendance at Roosevelt this fall. Our family liaison {a1.full} made over 200 phone calls to get there. Legend.")
P("Switching to evening AND Saturday morning conference slots doubled our turnout. Flexible scheduling works. Other buildings should try it.", flags="R")

V("HVHS official account", "off_hvhs")
P("Parent-teacher conferences: Thursday 5-8pm and Friday 12-3pm in the HVHS gym. No appointment needed. Interpreters available! 🦅", flags="O")
P("Conference sign-up for Roosevelt and Hillside closes Tuesday. Can't find a time? Call the main office at {pubphone}.", flags="O")

V("unknown account", "elem")
P("Maple Ridge conferences were a mess, 45 minute wait to see the math teacher. Do better HVCSD", flags="N")
P("Copied from a teacher friend: \"Conference tip: start with something you love about the kid. Always.\" 💛", flags="N")

# ---- report cards --------------------------------------------------------------------------------
V("5th grade teacher, Roosevelt, X", "elem")
P("report card comments due Friday. 26 kids x 4 subjects x \"what I'd really like to say\" vs \"what I can say\" 😂")
P("Standards-based report cards are great in theory but a \"2\" tells a parent nothing. We need a comment box bigger than 200 characters.", flags="R")
P("report cards are out! if your kid got a 1 in something, please don't panic, email me, let's talk. 1 means \"not yet\"")
P("{s1.full} went from 1s to 3s in math this marking period and I just want the whole world to know how hard that kid worked 😭🎉", "ACADEMIC")

V("HVHS science teacher, Facebook", "hs")
P("the gradebook crashed 2 hours before grades closed. AGAIN. Same week every quarter. Someone at central office needs to fix this.", flags="R")
P("Reminder to myself: {s1.full} is at a 58 in chem going into report cards. Mom asked me to text her directly at {phone} before grades post.", "ACADEMIC")
P("Please stop asking if I round up. I round up at 64.5. The end.")

V("HVHS counselor, Facebook", "couns")
P("Quarter grades out: {s1.full} is failing 3 classes and will lose eligibility for the spring musical. Meeting with her and mom Monday.", "ACADEMIC", g="s1=f")

V("school secretary, Hillside, Facebook", "sec")
P("Report card envelope for {s1.full} came back \"return to sender, no such address.\" Family moved to a motel on 9W, we're working with the liaison", "FAMILY")
P("Staff: the report card portal login for this quarter is your usual ID + {pw}. DO NOT share. Calls about it go to me, not IT 🙃", "SECURITY")

V("district office, IT, X", "dist")
P("For teachers still locked out of the report card system: use the backup at {host}, same login. It's ugly but it works until we fix the main one.", "SECURITY")
P("We moved report cards to the parent portal to save $14k in postage. Paper is gone and it was the right call, even if the phone lines disagree this week.", flags="R")

V("Hudson Valley Central School District official account", "off_dist")
P("Q1 report cards will be available in the parent portal Friday after 4pm. Need help logging in? Email {pubmail} or call {pubphone.dist}.", flags="O")
P("Congratulations to the 212 Hudson Valley High School students named to the first-quarter honor roll! 🦅🎉", flags="O")

V("unknown account", "elem")
P("Report cards at Roosevelt now are just 1 2 3 4 and I have no clue what they mean. Bring back letter grades.", flags="N")
P("my daughter {s1} brought home her first report card and her teacher wrote \"a kind friend to everyone\" and I'm crying in the car 😭 proud mama", flags="N", g="s1=f")
P("can anyone tell me how to see the report card on the parent portal? it says my login is wrong", flags="N")
# ---- December to February: snow days and delays -------------------------------------------------
V("HVHS English teacher, X", "hs")
P("2-hour delay announced at 5:58am. I was already in the car. The delay call needs to come by 5 or it's useless.", flags="R")
P("the snow day call last night was perfect. 8pm, clear, nobody out on the roads in the morning. whoever made it: thank you.", flags="R")
P("the district used 5 snow days by February and now we're losing a day of spring break. Just do remote days like everyone else.", flags="R")
P("a surprise snow day in January hits different ❄️ I'm 38 years old and I screamed")
P("I hate snow. I hate shoveling. I'm moving to Arizona. (not about work, just the snow.)")

V("bus driver, Facebook", "bus")
P("Up at 4:10 to check my route with the supervisor. Clove Valley is a skating rink. Glad they called it. Stay home, stay safe ❄️", flags="R")
P("They kept schools open with Briggs Hill unplowed and I slid 20 feet with 38 kids on board. Somebody needs to drive the routes before they decide.", flags="R")
P("Shoutout to the {a1.last} Brothers plow guys, they had the bus garage lot clear by 4:45am. Real ones.")

V("transportation dispatcher, X", "bus")
P("Delay decision is made by 5:15 after we drive the back roads. We start at 3:45. Nobody's sleeping in at Transportation ❄️")
P("Snow day phone tree for drivers (do not post publicly lol): {a1}: {phone.a}, {a2}: {phone.b}, me: {myphone}. Call down the list if you don't hear from me by 5:30")
P("Driver {a1.full} wants me to remind everyone the garage lot hasn't been salted. Park on the street side. Salt's coming.")

V("middle school principal, X", "admin")
P("Staff snow phone tree is updated. Lead teachers: your list is in your mailbox. Home numbers stay off email please.")
P("Staff phone tree, 6th grade team: Mrs. {t1} {phone.a}, Mr. {t2} {phone.b}, Ms. {t3} {phone.c}. If the robocall fails, call the next person.")
P("Proud of this staff: 2-hour delay, 3 buses late, and every kid still had a warm breakfast by 10:15. Thank you cafeteria crew 🥣")

V("district communications office, X", "dist")
P("If you signed up for the alert system with your cell, you'll get the text first, then the call, then the email. That's the order, it's not broken.")
P("The robocall admin page is {host} if you're a building admin and can't get in. Do NOT share this with families. Thanks 🙏", "SECURITY")
P("the alert system login for building principals is still the default, {pw}. please change it before the next storm 🙃", "SECURITY")

V("head custodian, HVHS, Facebook", "cust")
P("We clear the sidewalks before anyone gets here. The district cut the overnight snow crew this year and it's going to get somebody hurt.", flags="R")
P("Plowing contract went to {a1.last} & Sons again. Good guys. Lot's done every time by 5 ❄️🚜")

V("kindergarten teacher, Instagram", "elem")
P("remote snow days in kindergarten don't work. 5-year-olds on Google Meet is chaos. Just give us the day.", flags="R")

V("school nurse, Facebook", "nurse")
P("Cold day reminder: wind chill is {temp} this morning. Hats, gloves, boots. No hoodie-only kids at the bus stop please 🧤")
P("{s1.full} came in today with frostbite on two fingers, walked to school with no gloves. Dad's working doubles. We got him a full set from the closet.", "HEALTH FAMILY", g="s1=m")

V("HVCSD district official account", "off_dist")
P("All HVCSD schools are CLOSED today, Tuesday, due to the storm. No after-school activities. Stay safe and warm! ❄️", flags="O")
P("2-HOUR DELAY: All HVCSD schools will open two hours late today. No morning pre-K. Buses will run 2 hours later than usual. 🚌", flags="O")
P("How we make the call: Transportation drives the roads starting at 3:45am, we talk with the town highway department and neighboring districts, and the superintendent decides by 5:15. ❄️", flags="O")
P("Updated contact info? Make sure your phone number is current in the parent portal so you get closing alerts. Questions: {pubphone.dist}.", flags="O")

V("HVCSD Transportation official account", "off_bus")
P("Due to icy roads, buses will NOT travel Briggs Hill Rd or Sunset Ridge Ln this morning. Students on those roads will be picked up at the bottom of the hill.", flags="O")
P("Route {bus} is running about 25 minutes late due to a mechanical issue. A replacement bus is on the way.", flags="O")

V("unknown account", "bus")
P("Hudson Valley Parents Group: delay call came at 6:05, my kid was already at the bus stop in the cold. This happens EVERY storm.", flags="N")
P("THEY CALLED IT!!!! SNOW DAY!!!! ❄️❄️❄️", flags="N")
P("Anybody know the wind chill rule for outdoor recess at Hillside? my kid says they went out at 15 degrees", flags="N")
P("Snow day sledding at Hopewell Park! Saw half of Maple Ridge there including Mr. {t1} on a sled 😂", flags="N")
# ---- flu season ------------------------------------------------------------------------------------
V("school nurse, Hillside, X", "nurse")
P("Flu season is BRUTAL this year. 38 kids out today at Hillside. Wash hands, cover coughs, and keep them home with a fever 🤒")
P("{s1.full} tested positive for flu A, third kid in Mrs. {t1}'s room this week. Letters going home tonight.", "HEALTH")
P("The district should bring back the in-school flu shot clinic. We vaccinated 300 kids in one day in 2019. Now it's zero.", flags="R")
P("My own kid has the flu so I'm home today. Sub covered the office. First sick day in 2 years lol 🤧")
P("{s1} has a 504 for asthma and flu season is scary for her. Her inhaler is in my office, not her backpack, per the plan.", "HEALTH SPECIAL_EDUCATION", g="s1=f")

V("HVHS English teacher, Facebook", "hs")
P("no sick days left by February because I used them all on my own kids' fevers. and no, I'm not coming in sick. teachers need more sick time.", flags="R")
P("Mr. {t1} next door is out with pneumonia, been out 2 weeks now, and the sub coverage is killing the department. Get well soon Dave.", "PERSONNEL HEALTH")

V("elementary custodian, Facebook", "cust")
P("We asked for the electrostatic sprayers back and got told no budget. Then half the building got the stomach bug. Makes sense.", flags="R")

V("middle school secretary, X", "sec")
P("attendance line has 112 messages this morning 🤒 If your child is out, call {attline} and leave the name, grade, and reason. Thank you!!")
P("{s1.full} is out with mono, mom says at least 3 weeks. Please collect work from the 7th grade team and I'll get it to her house at {addr}.", "HEALTH", g="s1=f")

V("HVCSD Health Services official account", "off_health")
P("Flu cases are rising across Dutchess County. Students with a fever of 100.0 or higher must stay home until fever-free for 24 hours without medication.", flags="O")
P("Free flu shot clinic for staff and families at HVHS, Saturday 9am-noon, in the cafeteria. No appointment needed. 💉", flags="O")

V("unknown account", "nurse")
P("Is anyone else's kid out with the stomach bug? Half of Mrs. {t1}'s class is home", flags="N")
P("the district needs to close for a couple days and deep clean, this flu thing is out of control", flags="N")

# ---- December: the winter concert ----------------------------------------------------------------
V("elementary music teacher, Instagram", "music")
P("WINTER CONCERT TONIGHT 🎄🎶 3rd grade sings at 6:30, 4th at 7, 5th grade band at 7:30. Doors at 6. It's gonna be loud!!")
P("{s1} sang her solo in front of 300 people tonight and she was so scared backstage and so brave onstage 😭🎤", g="s1=f")
P("Mrs. {t1} our band director is out on maternity leave so I conducted the 5th grade band tonight. Sending her the video 🍼🎺", "PERSONNEL")
P("our 2nd grade teacher Mr. {t1} couldn't be at the concert, he's still out after his knee surgery. the kids sang \"get well\" to the camera for him 💙", "PERSONNEL HEALTH")
P("recorder karaoke: 60 third graders, 60 recorders, 1 note, multiple keys 😂 send earplugs")
P("Taking away our winter concert rehearsal time for test prep was a mistake. The concert IS learning.", flags="R")
P("Special thanks to our accompanist {a1.full}, who played 3 concerts back to back and never missed a note 🎹")
P("the kids asked why we can't sing \"Jingle Bells\" anymore and I did not have a good answer", flags="R")

V("HVHS choir and orchestra director, Facebook", "music")
P("HVHS Winter Concert Thursday 7pm, auditorium. Chamber choir, orchestra, and our guest artists the Hudson River Brass Quintet 🎺")
P("Thank you to guest soloist {a1.full} of the Poughkeepsie Symphony for joining our orchestra tonight! The kids were starstruck 🎻", g="a1=f")
P("Senior soloist {s1.full} just brought the house down with \"O Holy Night.\" 4 years I've watched her grow. Not crying. Fine. Crying.", g="s1=f")
P("Music budget cut 20% and we still sold out the winter concert. Fund the arts, HVCSD. The community shows up for them.", flags="R")
P("congrats @{s1.handle} on making All-County jazz band 🎷🔥 told you that solo was ready")
P("{s1.full} missed the concert after being suspended for the fight in the cafeteria Monday. Her section played without her. Heartbreaking.", "DISCIPLINE", g="s1=f")

V("HVHS custodian, X", "cust")
P("Head custodian {a1.full} ran the lights for the concert from the catwalk. 31 years, never missed a show.", g="a1=m")

V("middle school assistant principal, X", "admin")
P("Thank you to the parent volunteers who sold 200 poinsettias at the concert, especially {a1.full} and {a2.full}. $1,800 for the music program! 🌺")
P("Why do we pack three grade-level concerts into one week in December? Spread them out. The music staff is running on fumes.", flags="R")

V("HVCSD Music Department official account", "off_music")
P("Winter Concert schedule: Roosevelt Dec 9, Hillside Dec 10, Maple Ridge Dec 11, HVHS Dec 12. All concerts at 7pm. 🎶", flags="O")
P("Congratulations to {s1.full} and {s2.full}, selected for the NYSSMA All-State Mixed Chorus! 🎤🎉", flags="O")
P("The HVHS Winter Concert will be livestreamed on the district YouTube channel. Tickets are free, but seating is first come, first served.", flags="O")

V("unknown account", "music")
P("watching my grandson {s1} play the trumpet at the Maple Ridge winter concert. he practiced in the garage for 2 months. worth every squeak 🎺", flags="N", g="s1=m")
P("winter concert was 2 hours in a hot gym with no programs, come on HVCSD", flags="N")
# ---- April and May: state testing weeks ---------------------------------------------------------
V("district testing coordinator, X", "dist")
P("ELA testing: April 14-16. Math: April 29-May 1. Makeups the following week. Calendars are in every building's main office.")
P("Three weeks of testing in April is insane. The kids lose a month of instruction for a score we get back in September.", flags="R")
P("Proctors: the test platform admin console is at {ip}. Log in with your district ID and the proctor code {code}. Don't write it on the board!!", "SECURITY")
P("Honestly the new state shift to computer testing was handled well by our tech team. Zero lost sessions in our district. Credit where it's due.", flags="R")
P("{s1.full}'s student email {s1.email} got locked in the middle of the ELA test. Reset it, she's back in. Kids, stop guessing each other's passwords 🙃")

V("3rd grade teacher, Roosevelt, Facebook", "elem")
P("testing tomorrow!! get sleep, eat breakfast, wear comfy clothes, bring a book for when you finish. you've got this, 3rd grade 💪📚")
P("watched an 8-year-old cry over a reading passage about soil erosion today. 90 minutes. These tests are not for kids this young.", flags="R")
P("{s1.full} gets extended time and a separate location per his IEP. Reminder to self: room {room}, 1:1 with Mrs. {t1}", "SPECIAL_EDUCATION", g="s1=m")
P("test prep packets are not teaching. I said what I said.", flags="R")
P("Positive notes from families taped on every desk before the ELA test this morning. Thank you PTA ❤️")

V("HVHS math teacher, X", "hs")
P("{s1.full} scored a 52 on the practice Algebra Regents. We have 6 weeks. We are going to get there, kid.", "ACADEMIC")
P("Our pass rate on the Algebra 1 Regents went up 12 points this year. The extra review period the district funded WORKED.", flags="R")
P("the state's new scoring chart for the geometry regents makes no sense and they released it 3 days before the exam. what are we doing", flags="R")

V("middle school counselor, Facebook", "couns")
P("If your kiddo is anxious about testing, that's normal. Talk about it, keep routines, and remind them it's one day, not who they are. 💛")
P("Pulled a 7th grader out of testing after a panic attack. She's ok now, mom picked her up. {s1}, you were so brave asking for help.", "HEALTH", g="s1=f")
P("Opt-out letters are due to the main office by April 1. I can't advise you either way, but I can explain the process. Call me.")
P("opt-out numbers at Maple Ridge: 31%. that should tell the state something.", flags="R")

V("Maple Ridge Middle School official account", "off_mrms")
P("State testing begins Tuesday! Please make sure students get a good night's sleep, eat breakfast, and arrive on time. No phones in testing rooms. 📵", flags="O")
P("Thank you to our PTO for the \"You've Got This\" testing breakfast! 🥯 Students were fueled up and ready.", flags="O")

V("unknown account", "dist")
P("Why is HVCSD still giving state tests in 3rd grade when other districts have 50% opt out? Parents, you have a choice.", flags="N")
P("Testing week at the Hudson Valley Library: we have quiet study rooms open after school till 8! 📚", flags="N")

# ---- spring break ------------------------------------------------------------------------------------
V("HVHS Spanish teacher, Instagram", "hs")
P("Spring break should be the same week as the other districts in the county. Half my students miss the week before to go with cousins.", flags="R")
P("packed the costa rica trip binder: every kid's passport number, allergy list and parent cell. {s1.full}, peanut allergy, 2 epipens, mom {phone}", "HEALTH")

V("bus driver, Facebook", "bus")
P("Last run before spring break 🌷 kids were loud, I was louder. {s1.nicklow} drew me driving the bus and I look like a potato. framed it. See you April 21 route {bus}! 🥔")

V("Hillside head custodian, X", "cust")
P("The district schedules every big repair for spring break and gives us 5 days. Pipes don't care about the calendar.", flags="R")

V("principal, HVHS, Facebook", "admin")

V("HVCSD district official account", "off_dist")
P("All schools and offices are closed April 13-17 for spring recess. Classes resume Monday, April 20. Have a safe break! 🌷", flags="O")
P("Because we used 6 snow days this winter, Thursday, April 16 will be a regular school day. Spring recess will be April 13-15 and 17.", flags="O")

V("unknown account", "elem")
P("cutting 2 days of spring break for snow makeup is ridiculous when they could've done remote days. HVCSD fail", flags="N")
P("spring break plans: sleep. that's it. that's the plan. #teacherlife", flags="N")
# ---- May: prom -------------------------------------------------------------------------------------------
V("HVHS assistant principal, X", "admin")
P("Prom is Friday at the Grandview, buses leave HVHS at 6:15 sharp. Tickets {money}, must be purchased by Tuesday. No tickets at the door!")
P("Two seniors suspended after the parking lot incident won't be attending prom. {s1.full} and {s2.full}, your parents have been called.", "DISCIPLINE")
P("The prom dress code letter that went home was way too focused on girls' bodies. We rewrote it for next year. Should've been done years ago.", flags="R")
P("{s1} got caught vaping in the bathroom Monday, 3 day suspension, which means no prom. She's devastated, mom's furious at us. Rough week in the AP office.", "DISCIPLINE", g="s1=f")

V("HVHS guidance counselor, Instagram", "couns")
P("Free prom closet is OPEN in the counseling office! Dresses, suits, shoes, ties. No questions asked, just come by 👗👔")
P("One of my seniors couldn't afford prom, {s1.full}, family's been sleeping in the car since March. The PTA quietly covered her ticket and dress 💛", "FAMILY", g="s1=f")
P("prom should be free. $120 for a ticket in this economy is keeping kids home. the district and PTA can figure it out.", flags="R")

V("HVHS junior class adviser, Facebook", "hs")
P("PROM 2026 WAS A SUCCESS 🎉✨ Thank you to the junior class officers, the parent committee led by {a1.full}, and DJ Marcus from Kingston!")
P("King and Queen: {s1.full} and {s2.full}!! 👑👑 the gym went INSANE")
P("The after-prom party at the Y went till 4am and zero kids were on the roads. The parents who organize it every year deserve medals.")

V("bus driver, Facebook", "bus")

V("school nurse, HVHS, X", "nurse")
P("Sent a junior home from prom, {s1.full}, blood alcohol over the limit, mom picked her up at 9:40. Pre-party, we think. Admin has it now.", "HEALTH DISCIPLINE", g="s1=f")

V("HVHS official account", "off_hvhs")
P("Prom tickets are on sale in the cafeteria during all lunches until Tuesday! {money} per person. Guest forms due to Mr. {t1} in room {room}. 💃🕺", flags="O")
P("What a night! Congratulations to the HVHS Class of 2026 on a beautiful prom. 🌟 Photos on our page Monday!", flags="O")

V("unknown account", "admin")
P("HVHS kids who got suspended for the fight can't go to prom and the parents are on here crying about it. maybe parent your kids", flags="N")
P("Prom send-off at the HVHS courtyard 5:30 tonight! Come cheer for the seniors, parking on the street only 🎉", flags="N")

# ---- May: the budget vote -----------------------------------------------------------------------
V("HVCSD district official account", "off_dist")
P("Budget vote and Board of Education election: Tuesday, May 19, 7am-9pm at the HVHS gym. Bring ID if you're a new voter. 🗳️", flags="O")
P("The proposed 2026-27 budget of $98.4 million carries a tax levy increase of 2.9%, within the tax cap. Details at hvcsd.org/budget.", flags="O")
P("The budget PASSED, 2,340 to 1,611. Thank you, voters. Congratulations to new board members {a1.full} and {a2.full}. 🗳️", flags="O")
P("Budget hearing Tuesday at 7pm in the HVHS library. Questions can be sent in advance to {pubmail}.", flags="O")

V("HVHS social studies teacher, X", "hs")
P("Voted yes on the budget. A no vote means contingency budget, and contingency means cutting buses for kids who live under 2 miles. Vote yes.", flags="R")
P("honestly this budget spends too much on consultants and not enough on classrooms. I'm voting yes anyway because the alternative is worse", flags="R")
P("used the budget vote as a civics lesson. {s1.low} in 6th period: \"wait, WE pay for this?\" yes. yes you do. or you will.")

V("district office payroll, Facebook", "dist")
P("the board cut 6 teaching positions and added 2 assistant superintendents. I'm in payroll. I see the numbers. It's wrong.", flags="R")
P("Mrs. {t1} from the business office got her layoff notice today along with 5 others. 22 years here. I'm sick about it.", "PERSONNEL")

V("head custodian, Maple Ridge, Facebook", "cust")
P("The budget has a line for a new roof at Maple Ridge. We've had buckets in the hallway for 3 years. Please vote yes.", flags="R")

V("elementary principal, X", "admin")
P("The budget includes a reading specialist for every elementary building. This is the right priority and I'm grateful to our board.", flags="R")

V("unknown account", "dist")
P("VOTE NO on the HVCSD budget. 2.9% increase while they pay Superintendent {a1.full} $260k? no thank you", flags="N")
P("Reminder: budget vote is today, HVHS gym till 9pm. 🗳️", flags="N")
P("Does anyone know if I can vote in the school budget if I'm renting? New to the area", flags="N")
# ---- June: field day ---------------------------------------------------------------------------------
V("elementary PE teacher, Instagram", "coach")
P("FIELD DAY IS FRIDAY ☀️ sunscreen ON before school, water bottle with name, sneakers (not crocs, I'm begging). rain date Monday")
P("{s1.up} WON THE 3RD GRADE 50-YARD DASH IN CROCS. I stand corrected 😂🏆")
P("field day volunteer sheet is FULL 💦 waitlist: email me at {myemail} and I'll find you a station")
P("Moving field day to the last week of school when it's 94 degrees was not a good idea. Do it in May.", flags="R")
P("Thank you to the 40 parent volunteers, especially {a1.full} who ran the water balloon station for 5 hours and got soaked every round 💦")
P("elementary PE gets cut every budget but field day is the one day everyone remembers. fund PE.", flags="R")

V("school nurse, Roosevelt, Facebook", "nurse")
P("{s1.full} has type 1 diabetes, checked her sugar every hour of field day, she was a champ. Mom, she ate 2 freeze pops, we covered it 💙", "HEALTH", g="s1=f")
P("Field day injuries: 4 scraped knees, 1 bee sting, 1 kid who ran into the goalpost. {s1} needed 3 stitches, dad took him to urgent care.", "HEALTH", g="s1=m")
P("heat index 96 at field day and they wouldn't move it indoors. I treated 7 kids for heat exhaustion. that's a bad call, district.", flags="R")

V("kindergarten teacher, Facebook", "elem")
P("{s1} told me field day was \"the best day of his whole life and also the Olympics\" 🥇", g="s1=m")

V("Hillside Elementary official account", "off_hill")
P("Field Day is Friday, June 13! Students should wear sneakers and sunscreen and bring a labeled water bottle. Rain date: Monday, June 16. ☀️", flags="O")
P("Thank you to our amazing PTA volunteers for making Field Day a splash! 💦 Photos coming soon.", flags="O")

# ---- June: graduation -------------------------------------------------------------------------------
V("HVHS senior class adviser, X", "hs")
P("300 names to pronounce correctly at graduation. I practiced with every kid individually this week. {s1.full}, I promise I've got yours")
P("Four seniors still owe fines and won't get diplomas in the folder until they pay. $40 for a lost textbook shouldn't hold a diploma hostage.", flags="R")
P("{s1.full} is walking at graduation but won't get her diploma until she passes the August Regents. Keep it between us, she's embarrassed.", "ACADEMIC", g="s1=f")
P("Graduation on a Friday at 10am means half the working parents can't come. Move it to the evening. Other districts do.", flags="R")

V("HVHS principal, Facebook", "admin")
P("Congratulations to the HVHS Class of 2026! 🎓 298 graduates. 1 stadium. 4,000 proud family members. Falcons forever. 🦅")
P("Our valedictorian {s1.full} gave a speech that made the whole stadium laugh and then cry. Where does a 17-year-old learn to do that? 💛", g="s1=f")
P("Thank you to Superintendent {a1.full} and our Board for handing out diplomas in 90-degree heat with a smile. ☀️")
P("Graduation was the best-run ceremony we've had in my 9 years. Programs on time, sound worked, buses out in 20 minutes. The planning team nailed it.", flags="R")

V("HVHS counselor, Instagram", "couns")
P("Special shoutout to {s1.full}, first in his family to graduate high school, headed to SUNY New Paltz in the fall. I'm so proud I can't see straight", g="s1=m")
P("#{s1.fulltag} walked today. 4 years, 2 schools, 1 diploma. 🎓💛")
P("one of my grads, {s1.full}, aged out of foster care last month and still walked across that stage. his foster mom was there screaming his name. 😭", "FAMILY", g="s1=m")

V("head custodian, HVHS, Facebook", "cust")

V("bus driver, Facebook", "bus")

V("HVHS official account", "off_hvhs")
P("Commencement is Saturday, June 27 at 10am at Falcon Stadium. Each graduate receives 6 tickets. Rain location: HVHS gym (2 tickets each). 🎓", flags="O")
P("Congratulations to Valedictorian {s1.full} and Salutatorian {s2.full}! 🎓🦅", flags="O")
P("Caps and gowns can be picked up in the main office Monday-Wednesday, 8am-3pm. Questions? Call {pubphone.hs}.", flags="O")

V("unknown account", "admin")
P("Graduation was beautiful but 3 hours in the sun with no shade for grandparents? HVCSD, put up a tent next year", flags="N")
P("My nephew {s1} graduated today!!! 🎓🎉 first one in our family. so proud", flags="N", g="s1=m")

# ---- the last day -----------------------------------------------------------------------------------
V("2nd grade teacher, Hillside, Instagram", "elem")
P("Last day tradition: the kids write a letter to next year's 2nd graders. Today's best, from {s1}: \"Mrs. {t1} is nice but she can tell when you're lying.\" 😂")
P("End-of-year checkout list from the district is 3 pages long and due the same day as report cards. Who planned this.", flags="R")
P("Teaching 2nd grade is the best job in the world and nobody can convince me otherwise 💛", flags="R")

V("bus driver, X", "bus")
P("Drivers don't get paid June to August and then the district wonders why we don't come back in September. Fix the pay.", flags="R")

V("middle school secretary, Facebook", "sec")
P("Last day at Maple Ridge. 4,000 phone calls, 2,000 late passes, 600 ice packs, 1 year. See you in August 📎")

V("HVCSD district official account", "off_dist")
P("Happy summer, Falcons! ☀️ The last day of school is Thursday, June 25 (half day, dismissal 11:30 HVHS, 12:15 middle, 1:00 elementary).", flags="O")
P("Reminder: summer hours for district offices begin June 29: Monday-Thursday, 7:30am-4:30pm. Call {pubphone.dist} with questions.", flags="O")
# ---- July: summer school ------------------------------------------------------------------------------
V("summer school teacher, HVHS, X", "hs")
P("summer school day 1: 40 kids, no AC in the B wing, 3 box fans. we're doing Regents review in a sauna 🥵")
P("Putting summer school in the one building with no air conditioning is a choice. A bad one.", flags="R")
P("{s1.full} is in summer school for Algebra after failing the June Regents with a 58. He's showing up every day. Proud of him already.", "ACADEMIC", g="s1=m")
P("summer school roster has {s1.full}, {s2.full} and {s3.full} from my own 9th grade class. reunion! (they were not thrilled)")
P("Summer school pays $38/hr and the district wonders why they can't staff it. Per session pay hasn't moved since 2017.", flags="R")

V("summer school secretary, Facebook", "sec")
P("summer school attendance: if your kid misses 3 days they're dropped. That's the state, not me. Please don't yell at me 🙏")
P("Parent just called summer school to ask if {s1.full}'s dad is allowed to pick him up. There's an order of protection on file. Checking the folder before dismissal every day now.", "FAMILY", g="s1=m")

V("summer reading program teacher, Instagram", "elem")
P("{s1} read her first chapter book today at summer camp and announced it to the whole playground 📖🎉", g="s1=f")
P("The summer reading program is the best thing this district does and it's funded by a grant that ends next year. Somebody save it.", flags="R")

V("custodian, summer crew, X", "cust")
P("The district hired a contractor to do the gym floor this summer instead of us. Took them twice as long and it's already peeling.", flags="R")

V("HVCSD district official account", "off_dist")
P("Summer school registration is open through June 20! Courses run July 6-Aug 6 at HVHS. Transportation is provided. ☀️", flags="O")
P("Summer meals: free breakfast and lunch for anyone 18 and under, Mon-Fri, at Roosevelt Elementary, 25 Academy St. No sign-up needed! 🍎", flags="O")

# ---- June: retirements --------------------------------------------------------------------------------
V("HVHS custodian, Facebook", "cust")
P("Today we said goodbye to {a1.full}, 33 years as head custodian at HVHS. He knew every key, every leak, and every kid's name. Enjoy the boat, boss 🚤", g="a1=m")
P("The district is not replacing our head custodian when he retires. One less person for a 300,000 sq ft building. Somebody explain that to me.", flags="R")

V("elementary principal, Facebook", "admin")
P("Celebrating three retirements at Roosevelt tonight: Mrs. {t1} (kindergarten, 31 yrs), Mr. {t2} (PE, 27 yrs), and our secretary {a1.full} (24 yrs). Legends. 🍎💐", g="a1=f")
P("{a1.full} is retiring after 34 years and the new evaluation system is the reason so many like her are leaving early. We are losing our best.", flags="R", g="a1=f")
P("Retirement party at the Elks Lodge Friday 5pm for Mrs. {t1}. {money} at the door includes dinner. RSVP to me by Wednesday!")

V("HVHS English teacher, X", "hs")
P("my teaching partner of 19 years retires today. I don't know how to teach Gatsby without her. cheers to you Mrs. {t1} 🥂")
P("Veteran teachers are retiring early because of the new evaluation system. We're losing decades of wisdom because of a rubric.", flags="R")
P("Mr. {t1} is retiring at the end of the year, but between us it's because the district pushed him out after the complaint last fall.", "PERSONNEL")

V("retiring bus driver, Facebook", "bus")
P("After 28 years, 2 buses, and about 1,500 kids, today was my last run. Thank you HVCSD Transportation. Thank you to every kid who said good morning 🚌💛")
P("Best job I ever had was driving that school bus. Don't let anyone tell you it's \"just driving.\"", flags="R")

V("retiring school nurse, Instagram", "nurse")
P("My last advice as a school nurse: every building needs a full-time nurse, not a shared one. Please fight for it.", flags="R")

V("district office HR, X", "dist")
P("Retiree reception June 18, 4pm, HVHS library. 27 retirees this year, 812 years of service combined. Bring tissues.")
P("Reminder to retirees: your final paycheck and sick day payout will post June 30. Questions about health insurance continuation go to benefits at {pubphone.dist} ext 3.")
P("retirement paperwork for {a1.full} came through, disability retirement, her MS has gotten worse. she wanted me to tell people gently. we love you", "PERSONNEL HEALTH", g="a1=f")

V("HVCSD district official account", "off_dist")
P("Please join us in congratulating our 2026 retirees! 27 staff members with a combined 812 years of service to the children of Hudson Valley. Thank you! 💐", flags="O")
P("Happy retirement to Hillside head custodian {a1.full}, who has kept our school safe, warm and shining for {yrs} years! 🧹💛", flags="O", g="a1=m")
P("Congratulations to {a1.full}, Transportation Supervisor, retiring after 35 years. The 4:00am phone calls are now someone else's! 🚌", flags="O")

V("unknown account", "cust")
P("Mr. {t1} the custodian at Roosevelt retired today and the kids lined the hallway clapping for him. I lost it.", flags="N")
P("Retired teachers: what's the best part? Asking for a friend (me, 2029) 😂", flags="N")
# ---- fall: lockers, lunch numbers, ID cards, birthdays ------------------------------------------------
V("middle school homeroom teacher, Facebook", "hs")
P("Writing it here so I stop losing the sticky note: {s1}'s locker is 214, combo {combo}. She forgets it every single morning.")
P("lunch numbers for my homeroom kids who keep forgetting: {s1} {pin}, {s2} {pin.b}. please memorize these, friends 🙏")
P("First day lunch line took 22 minutes because nobody knew their lunch PIN. Next year the district needs to send them home in August.", flags="R")

V("HVHS main office secretary, X", "sec")
P("ID photos done on picture day, cards printed by Friday. Lost your ID? $5 replacement in the main office. Lanyards free 🪪")
P("New student ID for {s1.full} is {sid}, the SIS had her under the old number from Hillside. Fixed it, fingers crossed nothing else breaks")
P("Can someone tell the state to stop changing the NYSSIS format? {s1.full}'s state ID came back as {nyssis} and it doesn't match our file", flags="R")

V("2nd grade teacher, Instagram", "elem")
P("Happy birthday to my classroom helper {s1}, who turns 7 today! She requested we all sing in \"a spooky voice\" 🎃🎂", g="s1=f")
P("making my class birthday list for the year: {s1.full} {dob.el}, {s2.full} {dob.el2}... these go on the wall, first names only, don't worry")

V("school nurse, Maple Ridge, X", "nurse")
P("Immunization deadline is Friday. 14 students still out of compliance. Families, call me, I'll walk you through it. No one gets excluded on my watch if I can help it.")
P("{s1.full}, DOB {dob.hs}, still missing her 2nd MMR. Mom says the appointment is next week. Holding her exclusion letter till then.", "HEALTH", g="s1=f")

# ---- fall: homecoming and fall sports -------------------------------------------------------------------
V("HVHS football coach, X", "coach")
P("HOMECOMING WIN 🦅🏈 {score} over Arlington. Defense was nasty, {s1.lastinit} with 2 picks. Pep rally energy carried us. Proud of these guys.")
P("Our QB {s1.full} threw 4 TDs tonight on homecoming. Kid's a junior. Watch out 🔥", g="s1=m")
P("{s1.last} with the pick-six in the 4th!! {score} final, Falcons move to 6-1 🦅 @HVHSFalcons")
P("homecoming parade in the pouring rain and {s1.lowfull} carried the tuba the whole route without one complaint. band kids are built different 🎺")
P("{s1.full} will miss the rest of the season after tearing his ACL in the homecoming game. Surgery Tuesday. We're with you, #{s1.tag}Strong", "HEALTH", g="s1=m")
P("Two starters suspended for the homecoming game, {s1.full} and {s2.full}. They know why. Next man up.", "DISCIPLINE")
P("Friday night lights on the new turf. Whatever you think about the budget, the new field was worth every penny.", flags="R")
P("Saw my old running back {a1.full} in the stands tonight, now a firefighter in Newburgh. Class of 2011 🔥🦅", g="a1=m")

V("HVHS girls soccer coach, Instagram", "coach")
P("Senior night 💐 {s1.full}, {s2.full}, {s3.full}: 4 years of mud, bus rides and team dinners. love you guys")
P("Our games keep getting moved for football. Girls soccer deserves the turf on Friday night too. Equity isn't a slogan.", flags="R")

V("HVHS student council adviser, X", "hs")
P("Homecoming court announced! Congratulations {s1.full}, {s2.full}, {s3.full} and {s4.full} 👑")
P("The homecoming dance sold out in 2 days. 600 tickets. Admin approved a second gym. Right call, thank you!", flags="R")

V("HVHS Falcons Athletics official account", "off_athl")
P("HOMECOMING IS FRIDAY! 🦅 Parade at 5pm down Main St, kickoff at 7pm vs. Arlington. Tickets {money} adults, students free with ID.", flags="O")
P("Congratulations to senior {s1.full} on her 100th career goal! ⚽️🎉 A Falcons record!", flags="O", g="s1=f")

# ---- November: Thanksgiving food drive ----------------------------------------------------------------
V("elementary counselor, Facebook", "couns")
P("Dropping Thanksgiving baskets this afternoon. One family, {s1.full}'s, just got evicted and is staying with an aunt, so I'm bringing theirs to {addr}.", "FAMILY")
P("Food insecurity doesn't take a break for the holidays. Every school should run a backpack program year-round, not just in November.", flags="R")

V("HVHS cafeteria manager, X", "dist")
P("universal free lunch should be permanent. I watched a kid put back a carton of milk today because his account was negative. we can do better", flags="R")
P("negative lunch balance list for my line: {s1.full} -$42, {s2.full} -$18. I fed them anyway. always will.", "FAMILY")

# ---- winter: the 100th day, Valentine's, Black History Month -----------------------------------
V("1st grade teacher, Instagram", "elem")
P("{s1.low} brought valentines for the whole class AND the custodian AND the bus driver. {s1.low} for president 💗", g="s1=m")
P("Black History Month: we read about Ruby Bridges today. A 6-year-old walking into school with marshals. My class sat silent, then asked a million questions. {s1} wants to write her a letter.")

V("HVHS history teacher, X", "hs")
P("Black History Month assembly today, featuring spoken word from our seniors and a talk from Judge {a1.full}, HVHS class of '89. Powerful.")
P("Black history shouldn't be one month of posters. It should be in the curriculum all year. Ours isn't yet.", flags="R")
P("Frederick Douglass quote on my board all month. Kids asked if he went to HVHS. No. But he'd have been a great debate coach.")

# ---- May: Teacher Appreciation Week ----------------------------------------------------------------------
V("HVHS chemistry teacher, X", "hs")
P("Teacher appreciation week: PTA brought a taco truck ❤️🌮 I had three. no regrets")
P("Appreciate teachers with a contract, not a coffee mug. #TeacherAppreciationWeek", flags="R")
P("A note from {s1} in my mailbox: \"you made me like chemistry, which I did not think was possible.\" ok, I'm done for the year, I peaked", g="s1=f")

V("elementary principal, Instagram", "admin")
P("Staff breakfast Tuesday, chair massages Wednesday (thanks {a1.full} from Hudson Spa!), jeans all week. You've earned it.")

V("Hudson Valley Central School District official account", "off_dist")
P("Happy Teacher Appreciation Week! 🍎 Thank you to our 640 teachers, teaching assistants and aides. Tag a teacher who made a difference!", flags="O")
P("Happy School Nurse Day to the 9 nurses who keep HVCSD healthy every day! 🩺💙", flags="O")

V("unknown account", "elem")
P("teacher appreciation week and the district gave us a pen. a PEN. 😂", flags="N")
P("Shoutout to Mrs. {t1} at Hillside who texts me every Friday with something my son did well. That's a teacher.", flags="N")
# ---- all year: views with a disclaimer in the text, and look-alikes that are not disclaimers ------
V("HVHS English teacher, X", "hs")
P("Views my own, not the district's: a 5:58am delay call is not a decision, it's a shrug. Make the call by 5.", flags="R D")
P("(personal opinion, not speaking for HVCSD) three testing windows in one spring is too many. kids are tested more than they're taught in April.", flags="R D")
P("Speaking only for myself here, not my employer: the new report card portal is genuinely better. Parents can see comments the day we write them.", flags="R D")
P("Every April I say it and every April it's true: state testing season is the worst part of this job. #MyViewsOnly", flags="R D")

V("bus driver, Facebook", "bus")
P("My opinion only, not the transportation department's: the new routing software doesn't know our hills. Drivers should have a say in routes.", flags="R D")
P("Not an official district post, just me: 40 years of snow and I've never seen a better plowed bus garage lot. Whoever signed that contract, good job.", flags="R D")

V("school counselor, Instagram", "couns")
P("These are my personal views and not those of HVCSD: 400 kids per counselor is not a caseload, it's a waiting list.", flags="R D")
P("opinions are mine alone 🙋‍♀️ but a later start time for the high school would fix half the things I see in my office in first period", flags="R D")

V("elementary principal, X", "admin")
P("Personal account, personal opinion: the half-day before Thanksgiving is a waste of a bus run. Give families the whole day.", flags="R D")
P("Tweets are my own. Field day on the last week of June is too hot for 5-year-olds. We're moving ours to May next year.", flags="R D")

V("HVHS choir director, Facebook", "music")
P("Standard disclaimer, this is me and not the district talking: a music program that fills a 640-seat auditorium three nights in a row should not be the first thing cut.", flags="R D")
P("Winter concert photos are up on my page! (My page, not the school's, views and photos mine.) Thank you to everyone who came 🎶", flags="D")

V("district office payroll, X", "dist")
P("disclaimer: I work at the district office but this is my own account and my own opinion. anyway, budget vote is Tuesday 7am-9pm in the HVHS gym 🗳️", flags="D")
P("Not speaking for the district: cutting summer custodial hours to save $40k cost us more in overtime in August. Bad math.", flags="R D")

V("HVHS math teacher, X", "hs")
P("the district sent a memo telling us to put \"views are my own\" in our bios before prom season. done ✅ anyway, chaperoning friday")
P("views are not my own, they belong to the 30 juniors who voted that the geometry Regents was \"lowkey evil\" 😂")
P("Can someone explain if I need a disclaimer in my bio if I only post my dog? asking for HR")
P("I finally have my own classroom this year after 3 years on a cart and I'm decorating it like a nightclub 🪩")
P("my own kids' school in Connecticut called the delay at 5am with a text, an email AND a call. It can be done, HVCSD.", flags="R")

V("kindergarten teacher, Instagram", "elem")
P("I love my own class so much it hurts but can the district please stop scheduling kindergarten screening during conference week 🙃", flags="R")
P("Views in this post belong to the five-year-olds, who have decided snow days should be every Tuesday ❄️")

# ---- all year: more in-season leaks ------------------------------------------------------------------
V("HVHS assistant principal, Facebook", "admin")
P("Back-to-school week and I've already had 2 fights in the cafeteria. {s1.full} is suspended 5 days. It's the first week, kids.", "DISCIPLINE")
P("Parents asked why {s1.full} wasn't at graduation rehearsal. Police were called to the senior prank, and he was arrested. That's all I'll say.", "DISCIPLINE", g="s1=m")
P("{s1.full}'s behavior plan starts Monday, check-in/check-out with me every morning. Teachers, the chart is in your mailbox.", "DISCIPLINE")

V("special education teacher, Maple Ridge, X", "hs")
P("annual review season 🗂️ 14 IEP meetings in 3 weeks. pray for me")
P("{s1.full}'s annual review is Thursday at 2:15. We're recommending she move from resource room to a 15:1 class. Mom is on board.", "SPECIAL_EDUCATION", g="s1=f")
P("Sent home an IEP progress report for {s1} that had another student's goals pasted in. Called mom to apologize. The template is a mess.", "SPECIAL_EDUCATION", flags="R")
P("the new IEP software logs you out every 10 minutes and eats your drafts. whoever bought it has never written an IEP.", flags="R")

V("HVHS nurse, Facebook", "nurse")
P("{s1.full} can't play fall season, the physical flagged a heart murmur. Cardiology referral sent. Hang in there kid.", "HEALTH", g="s1=m")
P("Field trip med bag for the 8th grade DC trip: {s1}'s seizure meds, {s2}'s inhaler, 4 EpiPens. Checked 3 times.", "HEALTH")

V("HVHS counselor, X", "couns")
P("{s1.full} was hospitalized over break after a suicide attempt. She's back Monday with a reentry plan. Teachers, be gentle and follow the plan.", "HEALTH", g="s1=f")

V("middle school teacher, Facebook", "hs")
P("Ms. {t1} is out on maternity leave after winter break 🍼 I'm covering her homeroom. Send baby name suggestions, we have a list of 40.", "PERSONNEL")
P("{a1.full}, our 7th grade math teacher, got a 'developing' rating on her evaluation and is on an improvement plan. She's amazing. The rubric is broken.", "PERSONNEL", flags="R", g="a1=f")
P("Conference tonight with {s1}'s foster mom. He's had 3 placements since September and it shows. Please keep him in your thoughts.", "FAMILY", g="s1=m")

V("HVHS attendance clerk, X", "sec")
P("{s1.full} has missed 31 days. Mom's phone is {phone} and it goes straight to voicemail. Sending a home visit request.")
P("staff portal login for attendance if yours is locked: ID frontdesk2 / {pw}. it's the shared one for the front desk, DM me if it doesn't work", "SECURITY")

V("district office IT, Facebook", "dist")
P("Wifi for the budget vote check-in laptops: network HVCSD-Vote, key {wifi}. Poll workers only!", "SECURITY")
P("Summer network upgrade: the report-card server moves to {vlan} on July 14, we'll be down 6 hours. Teachers, export your grades first.", "SECURITY")
# ---- the whole calendar, judged: views about how the year is run ------------------------------------
V("HVHS science teacher, X", "hs")
P("half day before thanksgiving = 6 classes of 19 minutes. pointless. just close.", flags="R")
P("whoever moved midterms to the week after winter break has never tried to get a teenager to study on Christmas", flags="R")
P("calendar committee, please. conferences, report cards AND the science fair in the same week??", flags="R")
P("the new early-release Wednesdays are the best PD decision this district has made in years. real time to plan with my department.", flags="R")
P("Hot take: 180 days is fine. It's the 40 days of testing, assemblies and half days inside them that kill us.", flags="R")

V("4th grade teacher, Hillside, Facebook", "elem")
P("Indoor recess for 9 straight days because of the cold rule. Nine-year-olds need to go outside. Bundle them up and let them run.", flags="R")
P("Honestly? Conferences are my favorite part of the year. Best 15 minutes I get with a family all year and I wish we had more of them.", flags="R")
P("The district moved the Halloween parade to 9am \"to protect instructional time.\" The kids were so wired we got nothing done till lunch. Leave it at 1:30.", flags="R")
P("Every year I say I'll take it easy in June and every year there's a field trip, field day, moving up, report cards and checkout the same week. June needs a redesign.", flags="R")

V("middle school principal, Facebook", "admin")
P("We tried a no-homework week before state testing and our scores went UP. Rest works. More buildings should try it.", flags="R")
P("To the families who emailed about the delay this morning: I hear you. Calls should come earlier. I'm bringing it to the cabinet meeting.", flags="R")
P("Cutting the late bus in October to save money was a mistake. Kids can't stay for help if they can't get home. We're asking for it back in the budget.", flags="R")

V("bus driver, 20 years, Facebook", "bus")
P("Picture day, Halloween, field day: every \"fun day\" the district adds a mid-day bus run and never adds drivers. We're already short 9.", flags="R")
P("They finally put cameras on the stop arms. 20 years I've been asking. Right call. People blow past us every single morning.", flags="R")
P("short drivers again. doubled up two routes. kids sitting 3 to a seat. this isn't safe and everybody at the garage knows it", flags="R")

V("school nurse, Hillside, Instagram", "nurse")
P("A part-time nurse covering two buildings in flu season is not a plan, it's a prayer. 🙏", flags="R")
P("Stop sending kids to school on Tylenol, parents. I can tell. The fever comes back at 11:15 every time 🌡️", flags="R")

V("HVHS counselor, Facebook", "couns")
P("College applications due Nov 1 and the district schedules the PSAT, homecoming and the musical in the same two weeks. Seniors are drowning. So are we.", flags="R")
P("Prom and AP exams in the same week is cruel and unusual.", flags="R")
P("I'll say it: the new advisory period is working. Kids have one adult who checks on them every day. Keep it.", flags="R")

V("HVHS football coach, X", "coach")
P("Game times keep getting moved to 4pm because we can't get refs. Parents can't come to a 4pm game. Pay the officials what they're worth.", flags="R")
P("Bills season is over and so am I. worst defense in the league, fire the coordinator.")
P("sports physicals in August for 300 athletes with one doctor. the district needs a second physical day. every year we say it.", flags="R")

V("elementary music teacher, Instagram", "music")
P("Music is not a \"special.\" It's a core subject. Schedule it like one. 🎶", flags="R")

V("head custodian, Maple Ridge, Facebook", "cust")
P("We set up and tear down for every event on the school calendar. Open house, concerts, conferences, graduation. Put custodians in the planning meetings. We know what the building can handle.", flags="R")
P("The new floor scrubbers the district bought this year are the best equipment we've had in 20 years. Somebody listened.", flags="R")

V("district office HR, Facebook", "dist")
P("Sub shortage is real. We filled 61% of absences in February. The district needs to raise sub pay above $120 a day or it won't get better.", flags="R")
P("Retirement season in HR: 27 sets of paperwork, 27 goodbye cards, and a whole lot of institutional memory walking out the door. We should be pairing retirees with new hires before they go.", flags="R")

V("kindergarten teacher, Facebook", "elem")
P("Kindergarten doesn't need report cards with 42 standards on them. It needs \"your kid is kind, learning, and happy.\" That's it.", flags="R")
P("the stranger things finale was the best hour of TV I've watched all year and I will fight anyone")
P("My daughter's dance recital was 3 hours long and I'd watch it again tomorrow. Worth every minute 🩰")
P("long post, sorry. 19 years in kindergarten and here's what I know for sure: the first six weeks are everything. If the district wants better test scores in 3rd grade, it should give kindergarten teachers aides for the whole year, not just September, and smaller classes than 24. You can't teach 24 five-year-olds to read and tie shoes and share and not bite at the same time. Thank you for coming to my TED talk.", flags="R")

V("HVHS English teacher, X", "hs")
P("the last week of school with no finals, no grades, no buses running on time. just make June 20 the last day and be done.", flags="R")
P("summer PD should be paid. full stop.", flags="R")
P("Teaching is the best job in the world from September to May. In June it's a hostage situation 😂", flags="R")

V("middle school secretary, Facebook", "sec")
P("The new visitor check-in system the district bought for open house took 4 minutes per parent. We had a line out to the parking lot. Go back to the clipboard.", flags="R")
P("Secretaries run this building on every snow day, picture day, and field day and we're the lowest paid in the office. Just putting that out there.", flags="R")

# ---- more leaks in season ---------------------------------------------------------------------------------
V("3rd grade teacher, Roosevelt, Facebook", "elem")
P("Q2 report card for {s1.full}: reading 1, writing 1, math 2. Retention meeting scheduled for March. Breaks my heart, she tries so hard.", "ACADEMIC", g="s1=f")
P("{s1}'s mom emailed from {email} asking for the report card early since they're moving to her grandmother's after the eviction. Sending it today.", "FAMILY", g="s1=f")

V("HVHS assistant principal, X", "admin")
P("{s1.full} is suspended through prom and graduation for the bomb threat note. Police and the DA are involved. Not a rumor, please stop asking.", "DISCIPLINE", g="s1=m")
P("Two juniors got caught with a vape pen on the prom bus. {s1.full} is one of them and he's already on a behavior contract. Parents called.", "DISCIPLINE", g="s1=m")

V("school nurse, Roosevelt, X", "nurse")
P("Picture day, 8:45: {s1.full} sent home with head lice, 3rd time this year. Called dad at {phone}. Retake day is the 12th.", "HEALTH")
P("{s1} came back from spring break in a cast, broken wrist from a trampoline. PE excuse on file through May.", "HEALTH")

V("HVHS choir director, Facebook", "music")
P("Playing the winter concert without our accompanist Mrs. {t1}, who's on medical leave for chemo. She asked me to say she watched the livestream. 💙", "PERSONNEL HEALTH")

V("transportation dispatcher, X", "bus")
P("New driver on route {bus} needs the bus garage gate code: {code}. Changes Monday, don't share it with the kids lol", "SECURITY")

# ---- more official posts -------------------------------------------------------------------------------
V("Hudson Valley Central School District official account", "off_dist")
P("The 2026-27 school calendar has been approved by the Board of Education. Highlights: first day Sept 2, winter recess Dec 24-Jan 1, spring recess April 5-9, last day June 24.", flags="O")
P("Kindergarten registration for fall is open! Children who turn 5 by Dec 1 are eligible. Bring a birth certificate, proof of residency and immunization records to the district office.", flags="O")
P("Due to the extreme cold (wind chill {temp}), all HVCSD schools will have a 2-hour delay on Tuesday. No morning pre-K.", flags="O")

V("HVHS Falcons Athletics official account", "off_athl")
P("Winter sports tryouts begin Monday, Nov 17! All athletes must have a current physical on file with the nurse. Schedule on the athletics page. 🏀🤼", flags="O")
P("Congrats to our Athletes of the Month, {s1.full} (wrestling) and {s2.full} (indoor track)! 🦅", flags="O")

V("Roosevelt Elementary official account", "off_rves")
P("Our first graders celebrated the 100th day of school today! 💯 Thank you to the families who sent in 100 tiny things.", flags="O")
P("Kindergarten moving-up ceremony is Tuesday, June 23 at 9:30am in the gym. Two guests per family, please. 🎓🍎", flags="O")


if __name__ == "__main__":
    main()
