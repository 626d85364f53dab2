"""Generate corpora/src/linkedin.jsonl: professional-network posts by school and district staff.

Voices: principals and assistant principals, instructional coaches, district curriculum and ed-tech
specialists, HR recruiters for the district, a special-education coordinator, a school
psychologist, a CTE teacher with industry partners, a teacher who speaks at conferences. Platform:
LinkedIn above all (long posts, line breaks, "I'm thrilled to share", "Agree?", hashtags like
#EdLeadership, @-tags of colleagues), a few on X and Medium, plus official district / school
accounts and posts of unknown kind (reposts, screenshots).

Content: conference recaps, thought-leadership reflections (mostly a position on education),
job postings and hiring events (no position), congratulations to colleagues by full name (adults,
hard negatives), book recommendations with author names, certifications, "a student told me..."
stories, data brags (general, no category), and case studies that say too much (a student who can
be identified from context). Many near-pairs across the disclaimer `required` line (marked
``# pair``).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {year} {date} {pubphone} {pubphone.dist} {pubphone.hs}
      {attline} {pubmail} {jersey} {money} {num} {pct} {pts} {salary} {conf} {req}

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

OUT = Path(__file__).resolve().parent / "linkedin.jsonl"
SEED = 20261212

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "en_IN", "fil_PH", "es_ES", "en_GB", "ga_IE", "tr_TR", "es_CO", "nl_NL", "sv_SE"]
# Names as US staff type them: locales whose Faker names are not in Latin script are replaced by
# these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Yousef", "Adnan", "Majid", "Nabil", "Faris", "Ziad", "Anas", "Hassan", "Mahmoud", "Jamal"],
           ["Hala", "Reem", "Lina", "Nadia", "Sara", "Jana", "Ghada", "Maysa", "Lubna", "Widad"],
           ["Haddad", "Saadeh", "Barakat", "Tamimi", "Jaber", "Masri", "Shami", "Awad", "Zaher", "Hijazi"]),
    "ko": (["Jun-ho", "Min-ho", "Tae-yang", "Woo-jin", "Sung-min", "Dong-hyun", "Ji-hoon"],
           ["Ye-jin", "Su-bin", "Hye-won", "Da-eun", "Chae-won", "Seo-hyun", "Na-yeon"],
           ["Kim", "Lee", "Park", "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Jeon"]),
    "hi": (["Aditya", "Nikhil", "Varun", "Siddharth", "Pranav", "Rahul", "Aryan"],
           ["Tanvi", "Pooja", "Nandini", "Aditi", "Shreya", "Radhika", "Isha"],
           ["Agarwal", "Kulkarni", "Pillai", "Desai", "Verma", "Banerjee", "Rao", "Mishra", "Shah"]),
    "uk": (["Denys", "Roman", "Ihor", "Yurii", "Serhii", "Artem"],
           ["Mariia", "Anna", "Kateryna", "Veronika", "Uliana", "Yulia"],
           ["Hrytsenko", "Zhuk", "Moroz", "Pavlenko", "Rudenko", "Levchenko", "Tkachuk"]),
    "ja": (["Ren", "Sota", "Yuto", "Kaito", "Riku", "Hinata"],
           ["Yui", "Aoi", "Mio", "Sakura", "Hana", "Rin"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "vi_VN": 4, "zh_CN": 4, "pl_PL": 3, "fr_FR": 3, "de_DE": 2,
                "pt_BR": 3, "en_NG": 5, "it_IT": 3, "en_IN": 4, "fil_PH": 3, "es_ES": 2, "en_GB": 3,
                "ga_IE": 2, "tr_TR": 2, "es_CO": 3, "nl_NL": 2, "sv_SE": 1,
                "ar": 3, "ko": 2, "hi": 3, "uk": 2, "ja": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Alexander", "Xander", "m"), ("Gabriela", "Gabi", "f"), ("Olufemi", "Femi", "m"),
         ("Minh Anh", "Annie", "f"), ("Bartholomew", "Bart", "m"), ("Josefina", "Josie", "f"),
         ("Frederick", "Freddie", "m"), ("Evangeline", "Evie", "f"), ("Rodrigo", "Rigo", "m"),
         ("Penelope", "Penny", "f"), ("Jianhong", "Jay", "m"), ("Oluwadamilare", "Dami", "m"),
         ("Samantha", "Sam", "f"), ("Eduardo", "Lalo", "m"), ("Wilhelmina", "Mina", "f"),
         ("Kenneth", "Kenny", "m"), ("Beatriz", "Bia", "f"), ("Nicholas", "Nico", "m"),
         ("Adaeze", "Ada", "f"), ("Zbigniew", "Zbyszek", "m"), ("Dorothea", "Thea", "f"),
         ("Ignacio", "Nacho", "m"), ("Victoria", "Tori", "f"), ("Mohammed", "Mo", "m")]

STREET_BASES = ["Quarry", "Sunset Ridge", "Wappinger", "Fishkill Hook", "Birchwood", "Pondview",
                "Van Wyck", "Spook Rock", "Cedar Knoll", "Highview", "Millbrook", "Taconic View",
                "Blue Heron", "Rockledge", "Stormville", "Hollow", "Beekman", "Lakeside"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Way", "Road", "Lane", "Place", "dr"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("Views on leadership, coaching, and coffee") sit among the plain ones.
BIOS = [
    ("prin", "Principal, Roosevelt Elementary | Instructional leader | Views my own", True),
    ("prin", "Proud Principal @ Hillside Elementary 🦅 | Opinions expressed are mine, not my employer's", True),
    ("prin", "Assistant Principal, HVHS | Ed.D. candidate | Posts reflect my personal views, not HVCSD's", True),
    ("prin", "Principal | Servant leader | Views on leadership, coaching, and coffee ☕", False),
    ("prin", "Assistant Principal | Maple Ridge MS | Building a culture where every kid is known", False),
    ("prin", "K-5 Principal | husband, dad, marathoner | #EdLeadership", False),
    ("coach", "Instructional Coach | K-8 Literacy | Thoughts here are my own, not the district's", True),
    ("coach", "Math coach 📐 | I speak for myself, not for any school system", True),
    ("coach", "Instructional Coach | Helping teachers grow | Views from the balcony, not the dance floor", False),
    ("coach", "Literacy Coach | Science of Reading | my own classroom for 14 years before this", False),
    ("dist", "K-12 ELA Curriculum Coordinator | HVCSD | Personal account; opinions are my own", True),
    ("dist", "Director of Instructional Technology | Google Certified Innovator | all posts = personal opinions", True),
    ("dist", "Ed-tech specialist | Chromebooks, coffee, and change management", False),
    ("dist", "Curriculum & Instruction | HVCSD | Opinions welcome in the comments!", False),
    ("dist", "Digital Learning Specialist | #ISTE | Ideas shared here are open to debate", False),
    ("hr", "Talent Acquisition @ HVCSD | We're hiring! | Views are my own", True),
    ("hr", "HR Recruiter | K-12 | DM me about openings | Personal profile, not an official district page", True),
    ("hr", "Recruiting great educators for the Hudson Valley 🍎 | #K12Jobs", False),
    ("hr", "Human Resources | Hudson Valley CSD | Connecting people with purpose", False),
    ("sped", "Special Education Coordinator | CSE Chair | Opinions mine, not HVCSD's", True),
    ("sped", "Coordinadora de Educación Especial | mis opiniones son personales | Views my own", True),
    ("sped", "Special Ed Coordinator | Inclusion advocate | Mom of 2", False),
    ("psych", "School Psychologist, NCSP | Posts are personal and do not represent my district", True),
    ("psych", "School Psych 🧠 | assessment nerd | my own views on MTSS, tea, and dogs", True),
    ("psych", "School Psychologist | NCSP | Data, dogs, and decaf", False),
    ("cte", "CTE Teacher | Automotive & Diesel Tech | HVHS | Views expressed are my own", True),
    ("cte", "Career & Technical Ed | Welding + Manufacturing | Industry partnerships 🔧", False),
    ("cte", "CTE Instructor | 15 yrs in the trades before the classroom | Views of the shop floor", False),
    ("speak", "Teacher | Speaker | Author | Keynotes on student voice | My views, not my district's", True),
    ("speak", "HS Social Studies teacher & conference speaker 🎤 | Meinungen sind meine eigenen / views my own", True),
    ("speak", "Teacher • Keynote speaker • Podcast host | Booking: link below", False),
    ("speak", "Classroom teacher, 17 yrs | TEDx speaker | 'Views are not my own, they're my students''", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "prin": "Hudson Valley Central School District | Official LinkedIn page",
    "coach": "HVCSD Office of Curriculum & Instruction (official)",
    "dist": "HVCSD Office of Curriculum, Instruction & Technology | official account",
    "hr": "HVCSD Human Resources | Official page | Careers: hvcsd.org/jobs",
    "sped": "HVCSD Office of Special Education (official)",
    "psych": "HVCSD Pupil Personnel Services | official",
    "cte": "Hudson Valley High School CTE Programs | Official",
    "speak": "Hudson Valley High School | official account | 100 School Rd",
}

CONFS = ["ISTELive", "ASCD Annual", "NYSCATE", "Learning Forward", "the NASSP conference", "ACTE VISION",
         "SXSW EDU", "the NYS Reading Association conference", "NASP", "the CEC convention", "FETC",
         "the Lower Hudson Regional Ed Summit"]
JOB_REQS = ["HV-2611", "HV-2624", "HV-2702", "HV-2718", "HV-2733", "HV-2740", "HV-2759"]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "347", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a}-{e}-{s}",
                     "+1 ({a}) {e}-{s}", "{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "me.com",
                     "optonline.net", "verizon.net"]
    HOSTS = ["sis-prod01.hvcsd.local", "oneroster-sync.hvcsd.internal", "mdm-jamf.hvcsd.lan",
             "canvas-lti.hvcsd.internal", "rptsrv02.hvcsd.local", "hvhs-cte-cnc.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|young man)\b", r"\b(she|her|hers|she's|shes|herself|young woman)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(10, 99)}", f"{l}.{f}", f"{f[0]}{l}", f"the{l}s",
                f"{f}_{l}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Hudson{r.choice(['Valley', 'HV', 'River'])}{r.randint(10, 99)}{r.choice('!@#')}",
                         f"{r.choice(['Spring', 'Winter', 'Summer', 'Fall'])}{r.randint(2025, 2027)}!",
                         f"Falc0n{r.choice(['Lead', 'Coach', 'Data'])}{r.randint(1, 9)}",
                         f"{r.choice(['cte', 'sped', 'pd', 'hr'])}{r.choice(['Shop', 'Team', 'Room'])}{r.randint(100, 999)}",
                         f"Welcome{r.randint(1, 99)}{r.choice(['$', '!'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l}", f"{f}.{l}.{r.randint(24, 31)}", f"{f}_builds", f"{f}{l[:1]}_codes",
                         f"{l}{f[:1]}{r.randint(1, 99)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 64, 120, 205, 410])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}",
                                      f"{r.randint(5, 36)}"]),
            "bus": lambda: str(r.randint(4, 58)),
            "jersey": lambda: str(r.randint(0, 99)),
            "year": lambda: str(r.randint(2026, 2028)),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'April', 'May', 'June', 'Oct', 'Nov'])} {r.randint(3, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(3, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(5, 75)}",
            "num": lambda: str(r.randint(5, 31)),
            "pct": lambda: str(r.randint(41, 78)),
            "pts": lambda: str(r.randint(4, 15)),
            "salary": lambda: f"${r.randint(58, 71)},{r.choice(['000', '250', '500', '812'])}",
            "conf": lambda: r.choice(CONFS),
            "req": lambda: r.choice(JOB_REQS),
        }


SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.2 else 2 if x < 0.75 else 1
    if sk["cats"]:
        return 3 if x < 0.15 else 2 if x < 0.6 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.15 else 1
    return 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # LinkedIn profiles nearly always have a headline; X / Medium posts less often
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.8,
                           lambda disc: pick_bio(sk["voice"], disc, rng), (0.3, 0.14))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.05, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student, a colleague, or someone unique from context ("the only student at Hillside who uses a
# wheelchair"); "one of my 10th graders" stays clean. R only for personal posts whose text takes a
# position about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- elementary principal, LinkedIn -----------------------------------------------------------
V("elementary principal, 40s, LinkedIn", "prin")
# pair: reading data
P("I'm thrilled to share that our 3rd-grade reading proficiency rose {pts} points this year. 📈\n\nThank you to every teacher, interventionist and TA who showed up for it.\n\n#EdLeadership #Literacy")
P("Our 3rd-grade reading proficiency rose {pts} points this year.\n\nNo new program. No shiny app. We cut the worksheets and gave teachers 45 protected minutes of small-group time.\n\nStructure beats stuff. Every time.\n\nAgree?\n\n#EdLeadership #ScienceOfReading", flags="R")
# pair: morning arrival
P("The most important 10 minutes of a principal's day is morning arrival. Not the inbox. Not the meeting. The door.\n\nIf you're a new leader: be at the door.", flags="R")
# pair: teacher appreciation
P("Huge congratulations to {a1.full}, Roosevelt's 2nd-grade teacher and our Teacher of the Year nominee! 🍎 Twenty-two years of making 7-year-olds feel like scientists.\n\n#ProudPrincipal", g="a1=f")
P("Teacher appreciation week is nice. Teacher appreciation in the budget is better. I will keep saying it. 🍎", flags="R")
P("A 5th grader told me today that {s1} was 'the nicest person in the whole building' because he sat with the new kid at lunch. Told {s1} at dismissal. He turned the color of a fire truck. 🚒", g="s1=m")
P("Proud moment: {s1.full} read her original poem at this morning's assembly in front of 400 people. Her voice shook. She finished anyway. 💙 #{s1.tag}Speaks", g="s1=f")
# pair: recess
P("Hot take from a principal: recess is instruction. Kids who move learn better. We added a 2nd recess in grades K-2 and office referrals dropped by a third.\n\nStop cutting it for test prep. #WholeChild", flags="R")
# case-study leak
P("Leadership lesson from this week:\n\nOne of our 4th graders, {s1.full}, has been chronically absent since his dad was deported in October. He's staying with an aunt in Beacon and she can't always drive him.\n\nWe rebuilt the bus route. He's been here 9 days straight.\n\nRelationships first. #EdLeadership", "FAMILY", flags="R", g="s1=m")
P("A story I'll carry: a 3rd grader came to my office with an ice pack and said, 'I'm not hurt, I just needed to see a friendly face.'\n\nThat's the job. Be the friendly face.", flags="R")
# pair: family engagement
P("Family Literacy Night is Thursday 6-7:30pm at Roosevelt, 25 Academy St. Pizza, books, and a very brave principal reading in three voices. 📚🍕")
P("Family engagement isn't a flyer in a backpack. It's a phone call home with good news. We aim for 3 positive calls for every 1 concern. It works.", flags="R")
P("Our PTA raised {money}K for the new library. I got to watch {s1.low} and {s2.low} be the first kids to sit on the reading steps. They read Dog Man. Of course they did. 🐶")
# behaviour leak
P("Hard day. {s1.full} (2nd grade) was restrained twice this week, and I've asked the CSE to look at his behavior plan again. Leading through days like this is lonely.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("Sharing because it matters: {s1.full}'s mom called me in tears. She's been sleeping in her car with the kids since the eviction. We got them into the McKinney-Vento process within the hour. Proud of my team.", "FAMILY")
P("Just finished Brené Brown's Dare to Lead for the third time. Page 47 lives on a sticky note on my monitor now.")
P("Every principal should read Dare to Lead by Brené Brown before they ever run a faculty meeting. Clear is kind. Unclear is unkind. Most of our meetings are unkind.", flags="R")
P("One year into the principalship. Things I got wrong:\n1. I said yes to everything.\n2. I hid in my office on hard days.\n3. I thought culture was a poster.\n\nThings I'm keeping: the door, the lunch table, the walk-throughs. (views my own, as always)", flags="R D")

# ---- assistant principal, HS, LinkedIn / X -----------------------------------------------------
V("HS assistant principal, 30s, LinkedIn", "prin")
# pair: attendance
P("Chronic absenteeism at HVHS dropped from 24% to 15% this semester. Numbers are public in our board presentation. Proud of this team.")
P("Chronic absenteeism didn't drop because we sent more letters. It dropped because adults called kids by name in the hallway.\n\nAttendance is a relationship problem wearing a data costume.\n\n#EdLeadership #Attendance", flags="R")
P("Walked the halls during 3rd period and {s1.full} stopped me to show me her acceptance email from SUNY New Paltz. We both screamed. Security came running. Worth it. 🎓")
# discipline framing
P("I've written {num} referrals this year. I've had 200 hallway conversations. Guess which ones changed behavior.\n\nRestorative practices aren't soft. They're harder. And they work. Agree? 👇", flags="R")
P("Not my proudest AP moment: had to suspend {s1.full} for 5 days after the fight by the field house. He's a good kid in a terrible week. We'll rebuild when he's back.", "DISCIPLINE", g="s1=m")
P("Case study from my Ed.D. program, anonymized-ish: our only junior who transferred from Puerto Rico after the hurricane, goalie on girls' soccer, failing 3 classes because of language access. We added ENL push-in and she passed them all.", "ACADEMIC")
P("A student told me today, 'You're the first AP who knew my name before I got in trouble.'\n\nThat one's going in the reflection journal.")
P("Phones-away policy, week 6 report from HVHS:\n- Tardies down\n- Lunch is LOUD again (good loud)\n- Zero fights in the cafeteria\n\nBest decision this district has made in years. Happy to share our rollout plan. #EdLeadership", flags="R")
P("Phones-away policy, week 6. Pouches are holding up, the 9th graders have stopped checking empty pockets, and I've confiscated exactly one Nintendo Switch. 📵")
P("Congrats to my fellow AP {a1.full} on being named principal of Maple Ridge Middle School! Maple Ridge is getting one of the sharpest instructional leaders I know. 🎉")
P("A parent asked me today if I 'miss teaching.' Every day. Being an AP is teaching adults, scheduling buses, and counting lunch trays. I wouldn't trade it, but I'd love one more 3rd period.", flags="R")
P("Cheered myself hoarse at the Falcons game tonight. Final 42-38. {s1} with the steal at the buzzer. I have no voice for tomorrow's faculty meeting and I regret nothing 🏀", g="s1=m")
P("When {s1.full}'s mom emailed me from {email} asking for a meeting about the 'incident on the bus,' I didn't expect her to end the email thanking the driver. Good people everywhere.")
P("Grading practices conversation at the leadership table today. My position: a zero on a 100-point scale isn't a grade, it's a sentence. Minimum 50s. Fight me in the comments.", flags="R")
P("Our graduation rate is 91%. That number includes kids who took 5 years and kids who came back after dropping out.\n\nThat's not a failure. Five years is a valid path. Stop treating it like a stain.", flags="R")

V("middle school principal, 50s, X", "prin")
P("Middle school is the most underrated level in education. Everyone wants elementary or HS. The magic is in 7th grade chaos. Change my mind.", flags="R")
P("Lost my voice at the MS talent show. {s1.full} did a standup set about cafeteria pizza and the faculty lost it.")
P("Teachers at Maple Ridge have been asked to cover {num} classes each this month because we can't hire subs. Pay subs $180 a day or keep burning out the staff you have. Your call, NY.", flags="R")
P("Just finished my 27th year in education and my 9th as principal. I still don't know everything. I know lunch duty is where you learn the most.", flags="R")
P("Mets lost 8-1 and I watched the whole thing. No lessons here. Just pain. ⚾")
P("Superintendent's Conference Day was the best PD we've had in a decade. Teachers chose their sessions. Imagine that. More of this, HVCSD.", flags="R")

# ---- instructional coach, LinkedIn --------------------------------------------------------------
V("K-8 instructional coach, 30s, LinkedIn", "coach")
# pair: coaching cycles
P("Unpopular opinion: if your instructional coach is covering classes, subbing, and running lunch duty, you don't have a coach. You have an expensive floater.\n\nProtect coaching time. #InstructionalCoaching", flags="R")
P("Hot take: coaching should never, ever be tied to evaluation. The minute it is, teachers stop taking risks in front of you.", flags="R")
P("I'm thrilled to share that I've completed my Jim Knight Impact Cycle certification! Grateful to {a1.full} and the whole cohort for three months of thinking hard together. 🙏")
P("Completed the Impact Cycle certification this week. Honestly? Every coach in New York should be required to do it before year one. It would save so many awkward debriefs.", flags="R")
P("Modeled a lesson in 4th grade today and {s1} corrected my fraction on the board. Out loud. With a smile. He's right, it was 3/8. Humbling profession. 😂", g="s1=m")
P("What I learned from 40 classroom visits this fall:\n\n→ The best lessons had the least teacher talk\n→ Exit tickets beat every fancy dashboard\n→ Kids know when the task is busywork\n\nWe need fewer initiatives and more practice time. Agree?", flags="R")
P("Observed {a1.full}'s 6th-grade science lab today and I'm still thinking about how she used silence. 11 seconds of wait time. Every kid had an answer. Masterclass. 🔬", g="a1=f")
P("A teacher I coach asked to be taken off my caseload after her mid-year rating came back 'developing.' Mrs. {t1} in 3rd grade, if you read this, the door's always open.", "PERSONNEL")
P("Reading list for new coaches 📚\n• The Art of Coaching - Elena Aguilar\n• The Impact Cycle - Jim Knight\n• Culturally Responsive Teaching and the Brain - Zaretta Hammond\n\nWhat would you add?")
P("Zaretta Hammond's book should be required reading in every teacher prep program in this state. Full stop. #CulturallyResponsive", flags="R")
P("Teacher asked me today, 'Is it ok if I just try it and it flops?' YES. That's the whole job. Flopping in front of 24 ten-year-olds is how we get better.", flags="R")
P("Sitting in on the 5th grade PLC and {s1.full}'s reading scores came up — Fountas & Pinnell level J in 5th grade. Team is building a plan. Grateful for teachers who don't give up.", "ACADEMIC")
P("Coaching myth: 'good teachers don't need coaches.' Serena Williams had a coach. Tom Brady had a coach. Good teachers deserve coaching MOST.", flags="R")
P("Big shoutout to @{a1.full} and @{a2.full}, the 3rd grade team who let me film their math talk for our district PD library. Brave and brilliant. 🎥")

V("math coach, 40s, X", "coach")
P("Timed multiplication tests should be retired. We're teaching anxiety, not fluency. 🧮 #MathEd", flags="R")
P("Number talk in 3rd grade today: 'how many ways can you make 24?' {s1.low} found 11. The class gave him a standing ovation. I'm fine. 🥲", g="s1=m")
P("Grade 6 math assessment data is in. District-wide, {pct}% met the benchmark, up from last fall. Data's in the public board deck if you like charts as much as I do 📊", flags="N")
P("We keep buying math programs and never training teachers on them. $90K for a curriculum and 2 hours of PD. That's not a plan.", flags="R")
P("{s1.full} in 7th grade failed every unit test this year and nobody flagged it until May. How. How does that happen in a building with 4 data meetings a month.", "ACADEMIC", flags="R")

V("literacy coach, 50s, Medium", "coach")
P("I taught reading the 'three-cueing' way for 19 years. I was wrong. Here's what I learned when I finally read Emily Hanford and the research behind Sold a Story. (Personal essay — these are my own views, not my district's.)", flags="R D")
P("Balanced literacy wasn't a conspiracy. It was a comfortable idea that didn't survive contact with evidence. We owe kids better, and we owe teachers an apology for the PD we sold them.", flags="R")
P("A dyslexic 2nd grader in one of my buildings — the boy whose twin sister is in the same class — read his first full page today. His twin cheered louder than the teacher.", "SPECIAL_EDUCATION")

# ---- district curriculum coordinator ------------------------------------------------------------
V("district ELA curriculum coordinator, LinkedIn", "dist")
# pair: curriculum adoption
P("After 14 months, 3 pilots and 62 teacher reviewers, HVCSD's new K-5 ELA curriculum goes to the board for adoption on {date}. Presentation is public. 📚")
P("Curriculum adoption shouldn't take 14 months and 3 pilots. It should take longer. Teachers need to live with materials before we ask kids to. Slow down, NY.", flags="R")
P("Friendly reminder that curriculum is a floor, not a ceiling. The best teachers I know follow the scope and sequence and then make it sing. 🎶", flags="R")
P("Reading S.E. Hinton's The Outsiders again for our 8th grade unit. Ponyboy still breaks my heart. Stay gold. 🌅")
P("Knowledge-building curricula aren't a fad. Kids who know more about the world read better. Natalie Wexler made this case years ago and we're finally listening.", flags="R")
P("Proud data moment: 8th grade ELA proficiency up {pts} points district-wide. Sharing the board slides in the comments.")
P("Proud data moment: 8th grade ELA proficiency up {pts} points district-wide. This is what happens when you stop buying programs and start trusting teachers with good texts. #CurriculumMatters", flags="R")
P("Visited a 4th grade class piloting the new ELA units. {s1.full} explained photosynthesis to me using a paragraph she wrote. Knowledge building in action. 🌱", g="s1=f")
P("Anyone else's district still using a 2011 science framework? Asking for the 7th graders who think Pluto is a planet. 🪐", flags="R")

V("district science & STEM coordinator, LinkedIn", "dist")
P("Every 5th grader in the district should get a real field science day, not a worksheet about one. We need buses and budget lines for that, not another licence.", flags="R")
P("Congratulations to {s1.full} from HVHS, a Regeneron Science Talent Search scholar for her research on microplastics in the Hudson River. 🌊🔬", g="s1=f")
P("Teaching climate science without teaching hope is malpractice. Show kids the solutions too. #ScienceEd", flags="R")

# ---- ed-tech specialist ------------------------------------------------------------------------
V("district ed-tech specialist, 30s, LinkedIn", "dist")
# pair: AI
P("Ran a 2-hour AI literacy workshop for {num} HVHS teachers today. Most-asked question: 'can it grade essays?' Answer: not the way you'd want it to. 🤖\n\n#EdTech #AIinEducation")
P("Banning AI in schools is like banning calculators in 1985. It didn't work then either. Teach kids to use it well, or someone else will teach them to use it badly.\n\nAgree? #AIinEducation", flags="R")
P("Every ed-tech purchase should have to answer one question first: what does this replace? If the answer is 'nothing,' don't buy it. #EdTech", flags="R")
P("Earned my Google Certified Trainer badge today! 🎉 Three exams, one skills review, and a lot of Sunday mornings. Next up: Innovator.")
P("Earned my Google Certified Trainer badge today. Honest reflection: the certificate taught me the tools, the teachers taught me when NOT to use them. That second part matters more.", flags="R")
P("PSA for HVCSD staff: the new SSO portal goes live Monday. Your password does NOT change. If it asks you to reset it, call the help desk, don't click the email. 🔐", flags="N")
P("For the ed-tech folks who asked at the workshop: our test rostering sync runs on {host}, nightly at 2am. Happy to walk anyone through the setup.", "SECURITY")
P("Training notes from today's session, posting so attendees have them: the demo account is hvcsd-demo / {pw}, the sandbox lives at {ip}. Please don't share outside the cohort 🙏", "SECURITY")
P("Screenshot from our data dashboard for my case study slide deck (names blurred... mostly): {s1.full}, student ID {sid}, flagged at-risk by the early-warning model. Super promising tool!", "ACADEMIC", flags="R")
P("Student data privacy isn't a checkbox. If a free app can't tell you where kids' data lives, your answer is no. Every time.", flags="R")
P("Fun moment in 5th grade: {s1.low} built a Scratch game where a falcon dodges homework. 10/10 would play. 🦅💻", g="s1=m")
P("Congratulations to {a1.full} on being named an Apple Distinguished Educator! Nobody makes a 2nd grader's stop-motion volcano look cooler. 🌋🍎")
P("Our district help desk closed {num}00 tickets this quarter with 2 technicians. Those two deserve statues. Or at least a raise. Preferably a raise.", flags="R")
P("If your PD session starts with 'let me just share my screen' and then 9 minutes of fiddling... I see you. I am you. 😅")
P("Quick network note for the tech team covering me this week: printers at Hillside are on {vlan}, the switch in the library closet is {ip}. Back Monday!", "SECURITY")
P("Screen time isn't the enemy. Passive screen time is. A kid coding a game and a kid scrolling TikTok are not doing the same thing. Nuance, please.", flags="R")
P("Reading 'The Anxious Generation' by Jonathan Haidt on the train. Halfway. Lots of underlining. Reserving judgment until the end.")
P("Jonathan Haidt is right about phones and wrong about schools. Schools aren't the problem. Schools are where kids get a 7-hour break from the problem.", flags="R")

V("director of instructional technology, 50s, LinkedIn", "dist")
P("Proud to share that HVCSD completed the NIST cybersecurity framework assessment this spring. Public summary is on our website. Grateful to our IT team. 🔒", flags="N")
P("Schools are the #1 ransomware target in the public sector and most districts have one security person, if any. That should scare every board member reading this.", flags="R")
P("Incident retro for the vendor call: the breach path was through the old SIS admin console at {ip}, service account svc_sis with password {pw}. Rotated now. Lessons learned thread below 👇", "SECURITY")
P("Thrilled to welcome {a1.full} to our team as HVCSD's new Network Administrator! 15 years at IBM, now keeping 14 buildings online. Welcome aboard 🙌")
P("MFA for all staff starts Oct 1. I know, I know. Your phone will buzz. It beats explaining to families why their kid's data is for sale.", flags="R")
P("Our student devices are managed through {host}. Posting for the regional CIO group since three of you asked what we use 😊", "SECURITY")

# ---- HR recruiter --------------------------------------------------------------------------------
V("district HR recruiter, 20s, LinkedIn", "hr")
# pair: hiring
P("📣 WE'RE HIRING 📣\n\nHudson Valley CSD is looking for:\n• Elementary teachers (K-5)\n• Special education teachers\n• Bus drivers (paid CDL training!)\n• Teaching assistants\n\nApply: hvcsd.org/jobs\n\n#K12Jobs #TeachInNY")
P("📣 WE'RE HIRING 📣 and honestly, if you want a district where the superintendent knows your name and the coffee in the HR office is actually good, this is the place. Best district in the valley, and I'm not biased at all. 😄 hvcsd.org/jobs", flags="R")
P("Teacher Job Fair 🍎\nSaturday, {date} | 10am-1pm\nHudson Valley High School, 100 School Rd\nOn-the-spot interviews for certified candidates. Bring your resume and your certification number!", flags="N")
P("Reminder: starting teacher salary in HVCSD is {salary} (public salary schedule on our website). Plus tuition reimbursement. DM me with questions!")
P("Starting teacher salary in NY is {salary} and we wonder why nobody's applying. The shortage is a pay problem. I recruit for a living. Trust me.", flags="R")
P("Recruiter moment: got a cover letter today addressed to 'Hudson Valley Central School Distinct.' We hired them anyway. They were great. 😅")
P("Unpopular opinion from HR: the teacher shortage isn't a pipeline problem. It's a retention problem. We lose them in year 3, not in college.", flags="R")
P("Internal note I shouldn't be posting but whatever: the HVHS chem position is open because {a1.full} resigned mid-year after the investigation. We need someone ASAP.", "PERSONNEL")
P("Congrats to {a1.full} on being hired as our new Director of Special Education! Fantastic interview, incredible references, and she brought her own whiteboard marker. 😄", g="a1=f")
P("Candidates, for the sub application you'll need: copy of your license, 3 references, and fingerprint clearance. Questions? Call HR at {pubphone.dist}, not my cell please 😅")
P("{a1.full}, the candidate we interviewed for the math job, failed the background check. Posting role again tomorrow. Frustrating week.", "PERSONNEL")
P("Hiring managers: stop asking candidates to teach a demo lesson to 4 adults pretending to be 3rd graders. It tells you nothing. Go watch them with real kids.", flags="R")

V("HR generalist, 40s, LinkedIn", "hr")
P("HR tip: sub pay in HVCSD went up to $165/day this year. Yes really. Apply at hvcsd.org/jobs. 🍎", flags="N")
P("Benefits enrollment closes Friday! HVCSD employees, log into the portal. If you need help, email the HR office through the district site. Do NOT email me your SSN. I'm serious. 🙃", flags="N")
P("Happy work anniversary to our payroll supervisor {a1.full}, 25 years with HVCSD! She has never once been wrong about a pay date. 🎉", g="a1=f")
P("Our custodial and food service staff are the most underpaid people in any school building. HR sees the numbers. It's not right.", flags="R")
P("Paperwork for the new hire in transportation, sending via LinkedIn DM since email's down: {a1.full}, SSN {ssn}, DOB ⟦04/17/1988|DATE_OF_BIRTH⟧. Thanks!")
P("New hire {a1.full} starts in Food Service Monday. She just moved up from Florida, so if anyone knows a good apartment near Beacon, her cell is {phone}. 🏡", g="a1=f")
P("I'm a district recruiter and a sports dad. Tonight's priority: my daughter's travel soccer final. The Yankees can wait. ⚽")
P("Nothing beats calling someone to tell them they got the job. Nothing. 10 years in HR and I still get chills. 📞", flags="R")

# ---- special-education coordinator ---------------------------------------------------------------
V("special education coordinator / CSE chair, 40s, LinkedIn", "sped")
# pair: IEP season
P("IEP season is here. {num} annual reviews on my calendar before spring break. Coffee order: large. 📋")
P("IEP season is brutal, and it's brutal by design: one CSE chair for 600 classified students. We need a caseload cap for chairs, not just teachers. #SpecialEducation", flags="R")
P("Inclusion isn't a placement. It's a practice. If a kid is in the gen ed room but nobody planned for him, that's just proximity.\n\n#Inclusion #SpecialEducation", flags="R")
P("Case study for my regional presentation:\n\nStudent A, 3rd grade at Hillside, the only student in the building who uses a power wheelchair, classified OHI, receives PT 2x and OT 3x weekly, 1:1 aide. We redesigned the playground so she could get to the swings.\n\nAccessibility is a leadership decision.", "SPECIAL_EDUCATION HEALTH", flags="R")
P("Case study for my regional presentation: a 3rd grader with a physical disability whose team redesigned recess so she could play with friends. Accessibility is a leadership decision.", flags="R")
P("Shoutout to paraprofessional {a1.full}, who has worked with the same student from K through 5th. Six years. Tomorrow he moves up to Maple Ridge and she's coming to the ceremony. 💙")
P("Huge congrats to {s1.full}, who graduated today with a Regents diploma after years of reading intervention and an IEP we rewrote 4 times. Nobody worked harder. 🎓", "SPECIAL_EDUCATION")
P("Proud moment: {s1.full} (8th grade, autism, nonspeaking) presented his science project with his AAC device at the district fair. Standing ovation.", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("Hot take for #SpedTwitter: 'least restrictive environment' has become 'least expensive environment' in too many districts. Say it louder.", flags="R")
P("Today at a CSE meeting a 5th grader gave his own IEP presentation. Slides and everything. 'My strengths: Minecraft. My goals: multiplication.' I'm keeping that slide forever.")
P("Reminder to our HVCSD families: annual review letters go out 10 days ahead. Questions go to the Special Ed office, {pubphone.dist}. 📋", flags="N")
P("{s1.full}'s mom called my cell again ({phone}) to ask why the district denied the out-of-district placement. I'm not allowed to say what I think. So I'll say it here: she's right.", "SPECIAL_EDUCATION", flags="R")
P("Finished Ross Greene's 'Lost at School' for the 3rd time. If you work with kids with behavior challenges and haven't read it, stop scrolling and order it.", flags="R")
P("Currently on my nightstand: 'Lost at School' by Ross Greene and a mystery novel by Louise Penny. One for work, one for me. 📚")
P("When a teacher tells me 'he can't be in my room,' I hear 'I don't have the support I need.' Give teachers the support and the sentence changes.", flags="R")
P("Congratulations to {a1.full} on 30 years as a speech-language pathologist at Roosevelt! Generations of Hudson Valley kids learned to say their R's because of her. 🎉", g="a1=f")
P("Mis estudiantes me enseñan algo nuevo cada día. Hoy {s1}, de 2º grado, me explicó su horario de terapia del habla mejor que yo. 😄", "SPECIAL_EDUCATION", g="s1=m")
P("Nuestro sistema de educación especial necesita más personal bilingüe. Familias que hablan español merecen reuniones en su idioma, no un intérprete por teléfono. (Opinión personal, no del distrito.)", flags="R D")

V("special education coordinator, X", "sped")
P("Eval timelines are 60 days. Psych caseloads are 1:1400. Do the math, NYSED. #SpedTwitter", flags="R")
P("The kid with the service dog in 6th grade at Maple Ridge, Biscuit's boy, had his 504 amended today for seizure protocols. Team was amazing.", "SPECIAL_EDUCATION HEALTH")

# ---- school psychologist -------------------------------------------------------------------------
V("school psychologist, 30s, LinkedIn", "psych")
# pair: caseload
P("The recommended ratio is 1 school psychologist per 500 students. I serve 1,400. I'm not asking for a parade. I'm asking for a colleague.\n\n#SchoolPsychology #NASP", flags="R")
P("Case study for our grad students, de-identified as much as I could: {s1.full}, 10th grade, WISC FSIQ 78, processing speed 68, eligible under Learning Disability. Great example of a discrepancy profile!", "SPECIAL_EDUCATION ACADEMIC")
P("We don't need more screeners. We need more people to follow up on the screeners. Every universal screener without a counselor behind it is a list of kids we know are drowning.", flags="R")
P("A 7th grader told me today that 'talking to you is like taking off a heavy backpack.' I'm going to be fine. Eventually. 🎒")
P("Suicide risk assessment today for {s1.full} at Maple Ridge. Parents picked up, safety plan in place, crisis team followed up. Long day. Hug your people.", "HEALTH")
P("Trauma-informed isn't a training. It's a schedule, a discipline policy, a staffing model. If your district did a 1-hour PD and called it trauma-informed, it isn't.", flags="R")
P("New article on Medium: 'Why I stopped using the word behavior in reports.' It's about language, dignity and one very patient 4th grader. (My own views, not my employer's.)", flags="R D")
P("Reading 'The Body Keeps the Score' by Bessel van der Kolk with my PLC. Heavy. Important. Taking it one chapter a week.")
P("One of my students, {s1}, just started at a partial hospitalization program after a really hard month. Sending every good thought. He'll be back. 💙", "HEALTH", g="s1=m")
P("Hot take: ADHD is under-identified in girls because they daydream quietly instead of throwing chairs. Look at the quiet ones. #SchoolPsych", flags="R")
P("Congratulations to my intern {a1.full} on passing the Praxis! She's going to be an incredible school psychologist. So proud. 🎓", g="a1=f")
P("A mom told me today her son has been calling me 'the puzzle lady.' I'm updating my LinkedIn headline. 🧩")
P("Mental health days for students should count as excused absences in every state. NY, catch up. #StudentWellbeing", flags="R")
P("Dear teachers: when I ask for your rating scales, it's not paperwork for paperwork's sake. Your view of the kid matters. Please fill them out. 🙏", flags="R")
P("My daughter {kid} just got into the gifted program at her school in Connecticut and I'm prouder than at any eval I've ever written. 🥹", g="kid=f")

V("school psychologist, 50s, X", "psych")
P("25 years as a school psych and the biggest change isn't the tests. It's that kids talk about anxiety out loud now. That's progress.", flags="R")
P("Reevaluation for {s1.full} came back: no longer meets criteria for ED classification. Declassifying in June. 4 years of hard work from that young man. 🥲", "SPECIAL_EDUCATION", g="s1=m")
P("Yankees in 6. I am a trained professional in predicting behavior. Trust me. ⚾")
P("The phone ban is good for kids but let's not pretend it's a mental health plan. It's a start.", flags="R")
P("Threat assessment team met today about the 9th grader who posted the video from the parking lot. Police involved, he's out pending the hearing. Everyone's safe.", "DISCIPLINE")

# ---- CTE teacher with industry partners --------------------------------------------------------
V("CTE automotive/welding teacher, 40s, LinkedIn", "cte")
# pair: trades
P("Huge thanks to our industry partners at Central Hudson and Hudson Valley Welding Supply for donating 6 MIG welders to the HVHS CTE shop! 🔥 Our juniors start certification in January.\n\n#CTE #SkilledTrades")
P("Not every kid needs a 4-year degree. Some need a welding cert, a union card and a truck by 20. We should stop treating CTE like plan B.\n\nAgree? #CTE #SkilledTrades", flags="R")
P("I'm thrilled to share that 14 of my seniors passed their AWS D1.1 welding certification this week! 🔥🎓 Every one of them has a job offer lined up. {s1.up} finished with a perfect bend test. 🔥")
P("Special shoutout to {s1.full}, who earned the highest bend-test score in the class and was hired on the spot by {a1.full} at Precision Fab. From shop class to paycheck. 💪", g="s1=m")
P("Had {s1.full} in my shop for 3 years and he's been suspended twice for fighting. Today he welded his first certified joint and teared up. Second chances work.", "DISCIPLINE", flags="R", g="s1=m")
P("Had a kid in my shop for 3 years who everyone had written off. Today he welded his first certified joint and teared up. That's why I do this. 🔥")
P("Every CTE teacher should do a summer externship. You cannot teach an industry you haven't stood inside in 10 years.", flags="R")
P("Our district cut the CTE equipment budget by 30% while buying 2,000 new iPads. Kids can't weld on an iPad. 🙃", flags="R")
P("Co-op student update for our partners: {s1.full} will be at your shop M/W/F starting {date}. Her cell is {phone} and her mom's is {phone.b} if anything comes up. Thanks again!", g="s1=f")
P("Girls in trades: 6 of my 18 welding students this year are young women. {s1.full} took 2nd at the SkillsUSA regional in SMAW. Representation matters. 🔥 #{s1.fulltag}", g="s1=f")
P("Bring back shop class in every middle school. Kids need to build things with their hands before they decide who they are.", flags="R")
P("Car talk, totally not school: the Ford Maverick hybrid is the best truck value on the market right now and I will not be taking questions. 🛻")
P("Student {s1.full}, ID {sid}, is registered for the NIMS exam on {date}. Posting here since the portal's down for our partner at Hudson Precision. 🙏", g="s1=m")
P("Our robotics team is headed to the FIRST regional! {s1}, {s2} and {s3} spent 300 hours on this robot. Go Falcons! 🤖🦅")
P("Lost {s1} to an apprenticeship mid-year. Best kind of loss. He's making $24/hr at 17 and sending me photos of his work. 🔧")
P("Medium post up: 'What a plumbing apprentice knows that a valedictorian doesn't.' Short read about respect for work and why every high school should give CTE equal billing. Link below.", flags="R")

# ---- teacher who speaks at conferences ------------------------------------------------------------
V("HS social studies teacher and conference speaker, 30s, LinkedIn", "speak")
# pair: keynote
P("I'm thrilled to share I'll be keynoting {conf} this spring! 🎤 The topic: 'Student Voice Isn't a Survey.' If you're going, come say hi.")
P("Conference recap from {conf} 🧵\n\n1. Everyone is talking about AI. Nobody is talking about reading.\n2. The best session was run by a 2nd-year teacher.\n3. Vendor halls are getting bigger. Classrooms aren't getting smaller.\n\nWe have our priorities upside down. #EdChat", flags="R")
P("Conference recap from {conf}:\n\n✅ 4 sessions\n✅ 2 workshops\n✅ 1 very long line for coffee\n✅ 0 free tote bags left by the time I got there\n\nSlides from my session are in the comments! #EdChat")
P("The best PD I ever got wasn't at a conference. It was a 10-minute hallway chat with a veteran teacher in 2012. We overvalue keynotes. Including mine.", flags="R")
P("Shared a story in my keynote about a student I'll call 'J.' — a junior who ran away from his foster home twice and still turned in every history essay. A teacher from my district came up after and said 'oh, that's {s1}!' Lesson learned about anonymizing. 😬", "FAMILY", g="s1=m")
P("Student story I share in every talk: a 10th grader once told me, 'You're the first teacher who asked what I thought instead of what the textbook thought.' That's the whole talk.")
P("Student voice isn't letting kids pick the color of the hallway. It's letting them co-write the rubric. Stop calling a suggestion box 'student voice.'", flags="R")
P("Book rec: 'Street Data' by Shane Safir and Jamila Dugan. Changed how I think about evidence. Read it with your team. 📚", flags="R")
P("Currently reading 'Street Data' by Shane Safir and Jamila Dugan. Chapter 3. Highlighter is running dry. 📚")
P("Met Pasi Sahlberg at {conf} and he was as kind as his books. Fangirled a little. A lot. 🇫🇮")
P("Finland isn't magic. They just pay teachers, trust teachers and test less. We could do that. We choose not to.", flags="R")
P("Congratulations to my co-presenter {a1.full} on winning the NCSS Outstanding Teacher award! Best partner a presenter could ask for. 🏆")
P("Speaking fees for teachers should be paid like speaking fees for consultants. If you want our expertise, pay for it. #PayTeachers", flags="R")
P("Hot take from someone who speaks at conferences: most keynotes are TED talks with a sponsor logo. Give teachers the stage for 45 minutes instead.", flags="R")
P("Someone at my session asked how I get 9th graders to debate civilly. The answer: I don't. They get there. I just shut up. 😂")
P("Wrote a Medium piece on why I stopped teaching the Civil War as a list of battles. Spoiler: Frederick Douglass wrote better than any textbook. Link below. (Views my own, of course.)", flags="R D")
P("My students debated whether Abraham Lincoln or Frederick Douglass had more influence on emancipation. Nobody won. Everybody learned. Best 47 minutes of my week.")
P("To every teacher who thinks their idea isn't 'conference-worthy': it is. Submit the proposal. The field needs classroom voices, not more consultants.", flags="R")
P("Shoutout to {s1.full} and {s2.full}, my students who co-presented with me at {conf} about our civic action project! Two 17-year-olds, 300 adults, zero nerves. 🎤")
P("On my flight home from {conf} and the guy next to me asked what I do. I said 'teacher.' He said 'so summers off?' I said 'so I'm at a conference in July.' 🙃", flags="R")

V("HS English teacher and speaker, 40s, X", "speak")
P("Grammar worksheets don't work. 100 years of research. Teach grammar in writing or don't bother. #NCTE #EdChat", flags="R")
P("Toni Morrison's Beloved is the greatest American novel and I'll keynote on it any day of the week. 📖")
P("Book bans are censorship, full stop. Every district that pulls Toni Morrison from shelves is telling kids their history doesn't count. #FReadom", flags="R")
P("A student of mine, {s1}, wrote a poem about her grandmother's hands that made me cry in front of 3rd period. With her permission I'm sharing it at #NCTE. 🥹", g="s1=f")

# ---- official accounts ---------------------------------------------------------------------------
V("HVCSD district LinkedIn page", "prin")
P("Hudson Valley CSD is proud to announce that 3rd-grade reading proficiency rose {pts} points district-wide this year. Full results in the public board presentation at hvcsd.org. 📈", flags="O")
P("Please join us in welcoming {a1.full} as the new Principal of Hillside Elementary, effective July 1. {a1} brings 18 years of experience in elementary education. 🎉", flags="O")
P("Congratulations to the 2026 HVCSD Teacher of the Year, {a1.full}, Maple Ridge Middle School science teacher! 🍎🏆", flags="O")
P("HVCSD believes every child deserves a safe, welcoming, rigorous school. That's why we're investing in literacy coaches in all four buildings next year. #HVCSD", flags="O")
P("The 2026-27 proposed budget is available for public review. Budget hearing: May 12, 7pm, HVHS auditorium. Vote: May 19. hvcsd.org/budget", flags="O")
P("Join us in congratulating the HVHS Class of 2026! 🎓 312 graduates, $4.1M in scholarships, and one unforgettable ceremony. #FalconsFly", flags="O")
P("HVCSD has been recognized by the NYS Education Department as a Recognition District for the 3rd consecutive year. Thank you to our staff, students and families. 💙", flags="O")
P("Questions about registration? Call {pubphone.dist} or email {pubmail}. Our office hours are 8am-4pm, Monday through Friday.", flags="O")
P("Congratulations to {s1.full}, HVHS senior, named a National Merit Finalist! 🎉 #HVCSDProud", flags="O")
P("HVCSD is aware of a post on a professional networking site that included confidential student information. It has been removed. Protecting student privacy is a responsibility we all share.", flags="O")

V("HVCSD Human Resources page", "hr")
P("HVCSD is hiring! Current openings (req {req}): Special Education Teacher (K-5), School Psychologist, Bus Driver, Teaching Assistant. Apply: hvcsd.org/jobs. EOE.", flags="O")
P("Teacher Recruitment Fair 📍 Hudson Valley High School, 100 School Rd | Saturday {date}, 10am-1pm. Same-day interviews for certified candidates. #K12Jobs", flags="O")
P("Now hiring substitute teachers! $165/day, flexible schedule, make a difference. Apply at hvcsd.org/jobs or call HR at {pubphone.dist}.", flags="O")
P("Please welcome our newest team members! 42 teachers, 18 TAs, 9 bus drivers and 6 custodians joined HVCSD this August. 💙 #NewHireOrientation", flags="O")
P("Reminder to staff: open enrollment for benefits ends Friday. Log in to the employee portal; do not send personal information by email. Questions: HR office, {pubphone.dist}.", flags="O")
P("Congratulations to our retirees! 🎉 Together, the Class of 2026 retirees served HVCSD for 612 years. Thank you for everything.", flags="O")
P("Employee spotlight: Meet {a1.full}, HVHS head custodian since 1998. Ask him anything about the boiler. He knows. 🔧", flags="O", g="a1=m")
P("Internal posting for HVCSD staff: Instructional Coach (K-5), req {req}. Applications close {date}. Stipend schedule in the CBA.", flags="O")

V("HVCSD curriculum & technology office page", "dist")
P("HVCSD's K-5 ELA curriculum adoption goes to the Board on {date}. 62 teacher reviewers. 3 pilots. One shared goal: every child reading. 📚", flags="O")
P("Families: Chromebook pickup for incoming 6th graders is August 21-22 at Maple Ridge, 9am-3pm. Bring the signed device agreement. 💻", flags="O")
P("Cybersecurity reminder from HVCSD IT: we will NEVER ask for your password by email or text. Report suspicious messages to the help desk. 🔒", flags="O")
P("Congratulations to {a1.full}, HVCSD's Director of Instructional Technology, on being named a 2026 CoSN Emerging Leader! 🏆", flags="O")
P("Summer curriculum writing opportunities are posted! Teachers, check your district email for the interest form. Stipend per contract. ☀️", flags="O")
P("Please note: the staff portal will be down for maintenance Saturday 6am-noon. Password resets are unavailable during that window.", flags="O")

V("HVCSD special education office page", "sped")
P("SEPTA Parent Workshop: 'Understanding Your Child's IEP.' Wednesday 6:30pm, HVHS library. Childcare and Spanish interpretation provided. 💙", flags="O")
P("Congratulations to CSE Chair {a1.full} on receiving the NYS CEC Outstanding Administrator Award! 🏆", flags="O")
P("HVCSD is committed to inclusive education. This year, 78% of students with IEPs spent most of their day in general education classrooms. #Inclusion", flags="O")
P("Meeting notice for the family of {s1.full}: the CSE annual review has been rescheduled to {date} at 1pm in the district office. Questions: {pubphone.dist}.", "SPECIAL_EDUCATION", flags="O")

V("HVHS CTE program page", "cte")
P("HVHS CTE students earned {num} industry certifications this year, from AWS welding to ServSafe! 🔥 Thank you to our industry partners. #CTEMonth", flags="O")
P("Congratulations to {s1.full}, HVHS welding student, gold medalist at the SkillsUSA NY State Championships! 🥇🔥", flags="O")
P("Partner with HVHS CTE! We're looking for local businesses to host co-op students this spring. Contact the main office at {pubphone.hs}. 🤝", flags="O")
P("CTE Open House: Thursday 6-8pm at HVHS, 100 School Rd. Tour the auto, welding, culinary and health sciences labs. Families welcome! 🚗🔧", flags="O")

V("HVCSD Pupil Personnel Services page", "psych")
P("It's School Psychology Awareness Week! Thank you to our school psychologists for everything they do for HVCSD students. 🧠💙", flags="O")
P("Mental health resources for families are available 24/7: call or text 988. Families can also reach our counseling offices through {pubphone.hs}. 💚", flags="O")
P("PPS update for the team supporting {s1.full}: the threat assessment hearing is Thursday. Student remains on home instruction until then.", "DISCIPLINE", flags="O")

V("HVHS principal's office account", "speak")
P("Proud of our HVHS students who presented their civic action projects at {conf}! 🎤 Student voice in action. #FalconsFly", flags="O")
P("HVHS main office: {pubphone.hs}. Attendance line: {attline}. Please call the attendance line for absences, not the main office. Thank you!", flags="O")
P("Congratulations to social studies teacher {a1.full}, who was named NCSS Outstanding Secondary Teacher of the Year! 🏆 #HVHSProud", flags="O")

# ---- unknown kind: reposts, screenshots, quote-posts without account context ----------------------
V("unknown account", "prin")
P("Our 3rd-grade reading proficiency rose {pts} points this year. Proud of everyone who made this possible. #EdLeadership", flags="N")
P("Recess is instruction. Stop cutting it for test prep. #WholeChild", flags="N")
P("Hot take: instructional coaches should never be used as subs. Protect coaching time.", flags="N")
P("📣 Now hiring: Special Education Teachers, K-5, Hudson Valley CSD. Apply at hvcsd.org/jobs. #K12Jobs", flags="N")
P("Congratulations to {a1.full} on her new role as Assistant Principal at Hudson Valley High School! 🎉", flags="N", g="a1=f")
P("So proud of {s1.full} for earning her AWS welding certification at 17! 🔥", flags="N", g="s1=f")
P("Case study: Student B, 9th grade, the only Ukrainian refugee at Maple Ridge, arrived with interrupted schooling and PTSD. Here's how our team built a plan. 🧵", "HEALTH FAMILY", flags="N")
P("{s1.full} was suspended for 10 days after the incident at the HVHS homecoming game. Parents are furious with the district.", "DISCIPLINE", flags="N")
P("Teacher shortage is a retention problem, not a pipeline problem. Change my mind. 👇", flags="N")
P("Is it true the district is cutting the CTE equipment budget? Anyone have the board slides?", flags="N")
P("Just finished 'Dare to Lead' by Brené Brown. Clear is kind. 📚", flags="N")
P("Sharing slides from today's PD session. Login for the demo site is trainer1 / {pw} if anyone needs it.", "SECURITY", flags="N")
P("AI in education: threat or tool? Panel discussion Tuesday at 7pm on the Hudson Valley Educators Network. Register via link.", flags="N")
P("Every teacher should read 'Lost at School' by Ross Greene. Every. Single. One.", flags="N")
P("{s1.full}'s IEP meeting is next week and mom still hasn't gotten the draft. Can anyone at the district office help?", "SPECIAL_EDUCATION", flags="N")
P("Please welcome our newest network admin to HVCSD! 🙌", flags="N")
P("The best part of this job is the kids. Always has been. #TeacherLife", flags="N")
P("Congrats to {s1.full} and the HVHS robotics team on their regional win! 🤖🏆", flags="N")
P("Contact info for the co-op student at the machine shop: {s1.full}, {phone}, {s1.email}.", flags="N")
P("The HVCSD superintendent just announced a 4-day week pilot for 2027?? Is that real? Source?", flags="N")
P("Starting salary for teachers in HVCSD: {salary}. Public record. Do with that what you will.", flags="N")
P("Spotted: the HVHS principal doing the cupid shuffle at the homecoming dance. Leadership. 💃", flags="N")
P("Mental health days should count as excused absences. Agree?", flags="N")
P("Brené Brown, Adam Grant, Simon Sinek: every leadership book I own is about the same 3 ideas. 📚", flags="N")
P("the new Maple Ridge AP is on leave pending an investigation. nobody's saying anything officially.", "PERSONNEL", flags="N")
P("Our district's graduation rate rose to 91%. Lots of people worked for this. 🎓", flags="N")
P("Anyone know who's presenting from HVCSD at {conf} this year?", flags="N")
P("A student told me today that history is 'just stuff that happened.' Challenge accepted. 📜", flags="N")
P("{s1.full}, 7th grade, lives at {addr}, hasn't been to school in 3 weeks. Does anyone know the family?", "FAMILY", flags="N")
P("Nothing like a Friday PD day on 'synergy.' 🙃", flags="N")
P("Who won the Yankees game? Been at a conference all day. ⚾", flags="N")
P("Job posting: CTE Automotive Technology Instructor, HVHS. Req {req}. Industry experience valued. hvcsd.org/jobs", flags="N")
P("If anyone needs the HVHS attendance line, it's {attline}. Front office is {pubphone.hs}.", flags="N")
P("School psychologist ratio in NY is 1:1,400 in some districts. NASP recommends 1:500. Numbers speak.", flags="N")
P("Thrilled to see so many HVCSD teachers earning National Board certification this year! 🎉", flags="N")
P("Rest easy, {a1.full}. 34 years at Roosevelt Elementary. Generations of kids learned to read in your room. 💙", flags="N")
P("Phones away for the day policy starts Monday at HVHS. Pouches at the door.", flags="N")
P("Every district should publish its ed-tech contracts. Taxpayers deserve to know. #Transparency", flags="N")
P("New Medium post: 'The Quiet Kids.' Link below.", flags="N")
P("wifi for the conference room at the district office is HVCSD-Guest, pw {wifi}", "SECURITY", flags="N")
P("Reading levels for the Hillside 2nd grade intervention group: {s1} (E), {s2} (D), {s3} (F). Plan in the shared drive.", "ACADEMIC", flags="N")
P("Great turnout at the HVCSD Job Fair today. 🍎", flags="N")
P("Book rec: 'The Art of Coaching' by Elena Aguilar. 📚", flags="N")
P("Flu is going around every building. Wash your hands, friends. 🤧", flags="N")

# ---- more leadership voices: disclaimers, look-alikes, short takes ------------------------------
V("HS principal, 50s, LinkedIn", "prin")
# pair: schedule
P("Our new block schedule starts in September. 4x4, 85-minute periods. Family info session {date}, 6pm, HVHS auditorium.")
P("Block scheduling is the best thing we've done for HVHS in my 9 years here. Deeper labs, fewer transitions, calmer halls. I'd never go back. (These thoughts are my own and don't represent the district.)", flags="R D")
P("Block scheduling, one year in: fewer transitions, longer labs, and my step count dropped by 3,000 a day. Still evaluating the rest. #EdLeadership")
P("Standardized tests measure zip codes better than they measure learning. I've been a principal for 11 years and I'll say it in any room. #ViewsMyOwn", flags="R D")
P("Our state test participation rate was {pct}% this spring. Data is on the NYSED public site.", flags="N")
P("Graduation day. 312 names. I practiced every one of them for two weeks. Got them all right. That's the only stat I care about today. 🎓")
P("Reminder that principals are not 'administration' in the abstract. We're people who also eat lunch at 2:40 standing up.", flags="R")
P("Principals, the faculty meeting should never be something you could have emailed. If it's information, send it. If it's learning, meet.", flags="R")
P("A note on disclaimers: my profile says my views are my own. I wish we didn't have to say it. But we do, so there it is. Onward.", flags="R b0")
P("Views are not my own today: this whole post is quotes from our senior exit surveys. 'Mr. {t1} made chemistry make sense.' 'The library was my safe place.' 💙")

V("elementary assistant principal, 30s, X", "prin")
P("Elementary APs do the job nobody sees: lost teeth, lost coats, lost parents in the car line. Best job in education. I mean it.", flags="R")
P("Opinions welcome: what's the best way to run a student-led morning announcement in K-5? Ours is... chaotic. 🎙️")
P("District wants us to cut 20 minutes of recess for intervention blocks. Kids who need intervention most need recess most. Wrong call, HVCSD.", flags="R")
P("Reading 'Hidden Potential' by Adam Grant on the treadmill. Nearly fell off at the part about scaffolding. 📚🏃")
P("Adam Grant's 'Hidden Potential' should be required for every teacher evaluator. We rate the wrong things.", flags="R")
P("Dad life note: my son {kid} lost his first tooth at dinner and the Tooth Fairy is currently out of cash. Venmo accepted. 🦷", g="kid=m")
P("{s1.up} FINISHED HIS READING LOG. ALL 30 DAYS. FIRST TIME EVER. I'M SCREAMING 📣", g="s1=m")
P("Reading logs kill the love of reading, and I've been pushing my teachers to drop them. Kids should read because it's fun, not because mom has to sign a box.", flags="R")
P("Leadership book club this month: 'Switch' by Chip and Dan Heath. Opinions welcome below, especially from folks who hated it. 📚")

V("instructional coach, 30s, LinkedIn", "coach")
P("Coaching cycle reflection (personal post, my own take, not speaking for my district): teachers don't resist change. They resist change without time. Give them time.", flags="R D")
P("My classroom, my rules was my motto for 12 years. Now I'm a coach and my motto is 'your classroom, your goals.' Big shift.")
P("PD that isn't differentiated for teachers is the same sin we ask teachers not to commit with kids. Practice what we preach, districts.", flags="R")
P("Unpopular opinion: the Knicks should trade for a real center. I coach teachers, not basketball, but I'm right. 🏀")
P("Mes opinions n'engagent que moi : le coaching pédagogique, ce n'est pas de l'évaluation déguisée. Coaching is not evaluation in disguise. 🇫🇷", flags="R D")

V("district curriculum specialist, 40s, LinkedIn", "dist")
P("Reposting my team's slides from {conf}. Reposts ≠ endorsements, views mine alone. Our big idea: cut the curriculum in half and teach it twice as deep.", flags="R D")
P("Cursive is back in the NY standards and I have feelings. Mostly positive. Some chaotic. ✍️", flags="R")
P("If your curriculum map is a PDF nobody has opened since 2019, it's not a map. It's wallpaper.", flags="R")
P("Las opiniones son mías: a los estudiantes bilingües los tratamos como un problema en vez de un recurso. Eso tiene que cambiar.", flags="R D")

V("school psychologist, 40s, LinkedIn", "psych")
P("Posted my first long read on Medium about burnout in school psychology. (Usual disclaimer: personal views, not my district's.) Short version: 60-day timelines and 1,400 kids can't coexist.", flags="R D")
P("Burnout check-in for my fellow school psychs: how many evals have you written this month? I'm at {num}. Not a complaint. Just a number. Okay, a little bit of a complaint.", flags="R")

V("special education coordinator, 50s, LinkedIn", "sped")
P("Announcing our new Transition Fair for students with IEPs, ages 14-21, on {date}! Colleges, job coaches, ACCES-VR, and local employers. 🎓💼", flags="N")
P("Transition planning should start at 12, not 15. By 15 we've already lost years of exploration. #SpecialEducation", flags="R")
P("Congratulations to {a1.full}, our new Assistant Director of Special Education! 20 years as a special ed teacher and the calmest person in any CSE meeting. 🙌")

V("HR recruiter, 30s, X", "hr")
P("recruiter tip: we can see when you apply for all 47 openings at once. we don't mind. just make sure your cert matches the job 😅")
P("k-12 HR is understaffed, underfunded and underappreciated. also we don't control your step placement, the contract does. please stop yelling at me 🙃", flags="R")

# ---- case studies and stories that say too much ------------------------------------------------
V("elementary principal, 40s, LinkedIn", "prin")
P("Leadership is noticing. {s1.full} in 1st grade came to school in the same clothes 4 days running. Turns out the family lost their apartment in the fire on Main St. We had a clothing closet ready within the hour. 💙", "FAMILY")
P("Proud of our team's response when {s1.full} had a severe allergic reaction at lunch. EpiPen, 911, mom on the phone in 3 minutes. She's home and fine. Drills matter.", "HEALTH", g="s1=f")
P("Tough one. Our beloved 4th-grade teacher {a1.full} is out on medical leave for the rest of the year. The kids made 300 cards. We miss her every day.", "PERSONNEL HEALTH", g="a1=f")
P("When {s1.full}'s parents split custody this fall, he stopped reading. His teacher started lunch book club for one. He's back on grade level. Small moves, big outcomes. #EdLeadership", "FAMILY ACADEMIC", flags="R", g="s1=m")
P("A 2nd grader told me his dad 'lives at the jail now.' {s1}, I see you. We'll keep showing up. 💙", "FAMILY", g="s1=m")
P("Sharing this win with permission from mom: {s1.full} was retained in K last year, and today she tested out of reading intervention entirely. Retention is controversial. For her, it worked.", "ACADEMIC", g="s1=f")
P("Thank you to the officer who helped us today when {s1.full}'s non-custodial father showed up at dismissal. Our lockdown-lite procedures worked. Everyone safe.", "FAMILY")

V("HS assistant principal, 30s, LinkedIn", "prin")
P("Restorative circle today with {s1.full} and {s2.full} after last week's fight in the cafeteria. Both kids apologized. Both cried. Both ate lunch together today. This is why we don't just suspend.", "DISCIPLINE", flags="R")
P("Our star point guard {s1.full} is academically ineligible for the rest of the season (two Fs). Hardest conversation I've had this year. He's getting a tutor, not a pass.", "ACADEMIC", g="s1=m")
P("Vaping incident in the B-wing bathroom today. {s1.full} and {s2.full} on 3-day suspension. Parents were great. Nicotine is the real enemy here.", "DISCIPLINE")
P("Hard week: {s1.full}, junior, pregnant and due in March, asked if she can still walk at graduation. Absolutely yes. We're building her a plan.", "HEALTH", g="s1=f")
P("Our social studies teacher Mr. {t1} has been put on administrative leave while the district investigates a parent complaint. Please don't speculate in the comments.", "PERSONNEL")
P("The varsity goalie (you know who you are, #{jersey}) was arrested Saturday night. He's a good kid. The process will play out. Asking our community for grace.", "DISCIPLINE")
P("Case study for my leadership cohort: our only Mandarin-speaking newcomer in 10th grade, arrived in October, failing ELA and US History. Translanguaging + a bilingual peer mentor = 2 passing grades by January.", "ACADEMIC")
P("Expulsion hearing today for {s1.full}. I hate these. The system gives us two choices and neither is good. We need alternatives to exclusion, not more hearings.", "DISCIPLINE", flags="R")

V("K-8 instructional coach, 30s, LinkedIn", "coach")
P("My coaching partner this year, {a1.full}, just got her first 'Highly Effective' rating after 2 years of 'Developing.' I cried in the parking lot. So proud. 🥹", "PERSONNEL", g="a1=f")
P("Working with a 3rd grade teacher whose class includes {s1.full}, reading at a kindergarten level (F&P level C). We mapped a 6-week phonics sprint. Updates soon!", "ACADEMIC")
P("Tough coaching moment: a teacher I work with got a 'counseling memo' from her principal after a walk-through. Mrs. {t1}, you're a great teacher and one walk-through doesn't define you.", "PERSONNEL", flags="R")

V("district ELA curriculum coordinator, LinkedIn", "dist")
P("Pilot data from Hillside: {s1.full} went from a 1 to a 3 on the state ELA in one year. Her teacher used every single knowledge-building lesson. Curriculum works.", "ACADEMIC", flags="R", g="s1=f")
P("So sorry to hear our math coordinator {a1.full} is stepping back on FMLA for cancer treatment. Fight hard, friend. We've got the PD calendar covered. 💗", "PERSONNEL HEALTH")

V("district ed-tech specialist, 30s, LinkedIn", "dist")
P("Student privacy PSA I learned the hard way: a teacher screen-shared the early-warning dashboard at {conf} and {s1.full}'s attendance and discipline flags were on the slide. Blur your screens, people.", "DISCIPLINE", flags="R")
P("Our 8th grader {s1.full} (the one who found the SQL bug in our cafeteria payment system) just got a summer internship at IBM. We gave him a bug bounty. Also detention. 😂", "DISCIPLINE", g="s1=m")
P("Sharing our door-access rollout for the regional CIO group: badge readers on {vlan}, controller console at {ip}, audit logs kept 90 days. Questions welcome!", "SECURITY")
P("Camera coverage at Maple Ridge has a blind spot behind the gym, cameras 14-17 on {host} don't reach it. Budgeted for next year. Posting for the safety committee.", "SECURITY")

V("special education coordinator / CSE chair, 40s, LinkedIn", "sped")
P("A win I can share: {s1.full} (5th grade, Down syndrome) was fully included in general ed this year for the first time. Her classmates made her class president. 💙", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("Eval request came in for {s1.full} at Maple Ridge, suspected dyslexia, speech-language screening pending. Timeline starts today. Let's go team.", "SPECIAL_EDUCATION")
P("{s1.full}'s parents are suing the district over the placement decision. I can't say more. I'll just say: when families feel unheard, this is where we end up.", "SPECIAL_EDUCATION", flags="R")
P("Our CSE approved a 1:1 aide for {s1.full}, who has Type 1 diabetes and an insulin pump. Nurse training for the aide starts Monday. 💉", "SPECIAL_EDUCATION HEALTH")
P("Data I'm proud of: 38 students declassified this year across HVCSD. One of them, {s1.full}, wrote me a thank-you note in cursive. 🥹", "SPECIAL_EDUCATION")

V("school psychologist, 30s, LinkedIn", "psych")
P("Hardest part of my week: telling {s1.full}'s mom that the eval indicates an intellectual disability. She asked if he'd ever drive a car. We talked for an hour.", "SPECIAL_EDUCATION", g="s1=m")
P("{s1.full}, the 9th grader I've been seeing for selective mutism, said 'good morning' to her English teacher today. Out loud. First time in two years. 🥹", "HEALTH", g="s1=f")
P("Started a grief group at Maple Ridge after we lost {s1.full}'s older brother in the car accident. 6 kids came. {s1} came. That's enough.", "HEALTH FAMILY")
P("Tip for new school psychs: don't let the caseload become the kids. It's a list. The kids are people. Protect that distinction.", flags="R")
P("Anxiety referrals are up 40% since fall. Not one kid. A building. We need more than a calm-down corner.", flags="R")
P("The 6th grader at Hillside who's been in and out of foster care since September (the one with the twin brother in Mrs. {t1}'s class) is finally in a stable placement. Exhale.", "FAMILY")

V("CTE automotive/welding teacher, 40s, LinkedIn", "cte")
P("Sending good thoughts to {s1.full}, who got burned in the shop last Thursday despite doing everything right. Second-degree, healing well, back next week. We reviewed PPE with every class.", "HEALTH", g="s1=m")
P("{s1.full} had to drop out of the co-op because his family got evicted and he's working nights to cover rent. 17 years old. Please, if you're hiring, DM me.", "FAMILY", g="s1=m")
P("One of my co-op students, {s1.full}, has an IEP that gives him extended time on the NIMS written test. Partners: please honor it. It matters.", "SPECIAL_EDUCATION", g="s1=m")

V("HS social studies teacher and conference speaker, 30s, LinkedIn", "speak")
P("A student told me last year she was undocumented and scared to do the civics project in public. {s1}, you were brave. I'll keep telling this story without your last name.", "FAMILY", g="s1=f")
P("From my keynote: 'The kid failing my class wasn't lazy. He was working 30 hours a week at ShopRite to keep the lights on.' That kid is {s1.full} and he's now a paramedic. ❤️", "ACADEMIC FAMILY", g="s1=m")

V("HR generalist, 40s, LinkedIn", "hr")
P("Saying goodbye to {a1.full} after 11 years at HVCSD. She didn't choose to leave, and that's all I'll say. Wishing her the best next chapter.", "PERSONNEL", g="a1=f")
P("Our transportation supervisor {a1.full} is returning from maternity leave Monday! Welcome back, we missed you. 👶", "PERSONNEL")
P("Reference check call today: the candidate's previous principal said she 'needed improvement' in classroom management. Passing on her. {a1.full}, if you see this, it's not personal.", "PERSONNEL")

V("HVCSD district LinkedIn page", "prin")
P("Congratulations to {s1.full}, HVHS junior, who received the Hudson Valley Youth Leadership Award for founding the district's first student-run food pantry! 🥫", flags="O")
P("Welcome {a1.full}, HVCSD's new Assistant Superintendent for Human Resources! {a1} joins us from Newburgh Enlarged City School District. 🎉", flags="O")
P("HVHS student-athletes: physicals must be on file before tryouts. Forms are available in the HVHS main office, {pubphone.hs}.", flags="O")
P("Congratulations to {s1.full} and {s2.full}, HVHS seniors, on being named Presidential Scholars candidates! 🎓", flags="O")
P("The HVCSD board has approved a 2.9% raise for all support staff, effective July 1. Thank you to our CSEA partners. 💙", flags="O")
P("Family notice: {s1.full}, please contact the HVHS counseling office about your schedule change by Friday. Call {pubphone.hs}.", flags="O")

V("HVHS CTE program page", "cte")
P("Congratulations to {s1.full} and {s2.full}, HVHS culinary students, on placing 3rd in the ProStart Invitational! 👩‍🍳", flags="O")
P("HVHS CTE co-op roster for partner employers: {s1.full} (welding) and {s2.full} (auto). Emergency contacts are on file in the main office.", flags="O")

# ---- short takes across the R line ---------------------------------------------------------------
V("middle school principal, 50s, X", "prin")
P("Homework in elementary school should be reading and nothing else. 30 years in. I've seen the research and I've seen the tears.", flags="R")
P("Our new attendance app sends 14 notifications a day to families. Families have stopped reading them. Shocking, truly. 🙃", flags="R")
P("Sub coverage today: me, the AP, and the school psych. Educator shortage? What educator shortage. 🙂", flags="R")
P("If the state wants smaller classes, the state can pay for the classrooms. Unfunded mandates are just wishes with deadlines.", flags="R")
P("Dress code debates every September. Can we just agree shorts are not a threat to learning? Asking for 400 7th graders.", flags="R")
P("Happy to report the board approved our request for a full-time social worker at Maple Ridge. Right call. Long overdue. 💙", flags="R")
P("Board approved a full-time social worker at Maple Ridge. Posting goes up next week; I'll share it here.")

V("HS assistant principal, 30s, LinkedIn", "prin")
P("Hallway sweeps don't fix tardies. Teachers at the door do. Every building that's tried both knows it.", flags="R")
P("Grades should measure learning, not compliance. Late work penalties measure compliance. Agree? 👇", flags="R")
P("The 4-day school week is coming to New York whether we like it or not. We'd better start planning how to do it well.", flags="R")

V("instructional coach, 30s, LinkedIn", "coach")
P("Observation rubrics with 22 indicators aren't feedback. They're a scavenger hunt. Pick two things and go deep.", flags="R")
P("Every new teacher deserves a mentor with a lighter load, not a mentor squeezing you in between 5 classes. Fund mentoring properly.", flags="R")
P("Best part of being an instructional coach: the moment a teacher says 'wait, can I try that again tomorrow?' Chills every time.", flags="R")
P("Reflection after 5 years as a coach: the job is 20% strategy, 80% trust. Most districts hire for the 20%.", flags="R")

V("district ed-tech specialist, 30s, LinkedIn", "dist")
P("The 'personalized learning' platform we piloted was personalized in the way a vending machine is personalized. Not renewing. (My opinion, not an official district statement.)", flags="R D")
P("Chromebooks at 7 years old are not 'still working.' They're still turning on. There's a difference. Refresh cycles matter.", flags="R")

V("district HR recruiter, 20s, LinkedIn", "hr")
P("Paraprofessionals should be paid like the professionals they are. I write their offer letters. I know the number. It's not enough.", flags="R")
P("Hiring a teacher in March is easy. Hiring one in August is a miracle. Districts: post early, decide fast, stop losing people to the district next door.", flags="R")

V("school psychologist, 50s, X", "psych")
P("IQ scores are a snapshot, not a life sentence. Any psych who writes reports like they're prophecies should retire. #SchoolPsych", flags="R")
P("Universal screening is great until it finds 200 kids and you have one person to help them. Screen what you can serve.", flags="R")

V("CTE automotive/welding teacher, 40s, LinkedIn", "cte")
P("Career fairs that only invite colleges are half a career fair. Bring the unions. Bring the shops. Bring the apprenticeships.", flags="R")
P("State wants 'work-based learning hours' documented in a portal that crashes every other day. I'll document it on a napkin if I have to. 🙃", flags="R")

V("HS social studies teacher and conference speaker, 30s, LinkedIn", "speak")
P("Civics education is not optional in a democracy. If your district cut it to a half-year elective, that says something.", flags="R")
P("Teaching is the best job in the world and the hardest one to stay in. Both things are true. #TeacherVoice", flags="R")
P("My students are reading Frederick Douglass's 'What to the Slave Is the Fourth of July?' this week. Quietest 3rd period all year.")

V("unknown account", "prin")
P("Sub coverage today: the principal, the AP and the school psych. Educator shortage? Never heard of it. 🙂", flags="N")
P("Congratulations to {s1.full}, HVHS senior, on her full scholarship to RPI! 🎓", flags="N", g="s1=f")
P("Posting for a friend: HVCSD teacher job fair is Saturday 10-1 at HVHS.", flags="N")
P("Instructional coaching works. Period. Fund it.", flags="N")
P("Our AP, Mr. {t1}, got suspended without pay for something at the football game. Anyone know what happened?", "PERSONNEL", flags="N")
P("The kid on the HVHS wrestling team who got hurt at sectionals — {s1.full} — is out for the season with a torn ACL. Prayers up. 🙏", "HEALTH", flags="N", g="s1=m")
P("Student login for the science fair portal: {s1.handle} / {pw}. Sharing so the judges can access the project.", "SECURITY", flags="N")
P("Friday's PD was on 'AI-enhanced differentiation.' Anyone have the slides?", flags="N")
P("HVCSD board meeting tonight at 7, HVHS auditorium. Budget vote on the agenda.", flags="N")
P("3rd grade reading scores went up across the state this year. Good news for once. 📈", flags="N")

# ---- very short ones ----------------------------------------------------------------------------
V("elementary principal, 40s, LinkedIn", "prin")
P("Recess is instruction. Period.", flags="R")
P("Day one as principal. 🥹")
V("district HR recruiter, 20s, LinkedIn", "hr")
P("We're hiring! hvcsd.org/jobs 🍎")

# ---- contact details and secrets that slip into professional posts --------------------------------
V("CTE automotive/welding teacher, 40s, LinkedIn", "cte")
P("Partners hiring for summer: my best senior welder is {s1.full}, reach him directly at {phone} or {s1.email}. He's ready. 🔥", g="s1=m")
P("Industry folks asking how to reach me outside school hours: my cell is {myphone}. Happy to talk apprenticeships any time. 🔧")
P("Shop laptop for the CNC is on the shop network at {ip}, login cncadmin / {pw}. Posting for our partner tech who's coming Tuesday.", "SECURITY")

V("district HR recruiter, 20s, LinkedIn", "hr")
P("Candidates: if the portal gives you trouble, text me at {myphone} and I'll walk you through it. Don't let a website cost you a job. 📱")
P("Sending this to the new hire who asked: your temporary login for the onboarding portal is your employee ID + {pw}. Change it on day one!", "SECURITY")
P("Background check follow-up for {a1.full}: we still need the form with your SSN ({ssn}) and home address ({addr}). Please send by Friday!")

V("elementary principal, 40s, LinkedIn", "prin")
P("Thank you to {s1.full}'s family for hosting our staff holiday party at their home, {addr}! Best lasagna in the Hudson Valley. 🎄")
P("Any families interested in the Roosevelt garden club can reach our volunteer coordinator (a parent, {a1.full}) at {email} or {phone}. 🌱")
P("Birthday shoutout to our kindergarten superstar {s1}, born {dob.el} and already running the class store like a CEO. 🎂", g="s1=f")

V("special education coordinator / CSE chair, 40s, LinkedIn", "sped")
P("For the CSE team: student {s1.full}, NYSSIS {nyssis}, DOB {dob}. Draft IEP is in the shared drive. Meeting Thursday.", "SPECIAL_EDUCATION")
P("Parents, if you need me outside office hours during IEP season, my personal email is {myemail}. Please don't wait to ask. 💙")

V("school psychologist, 30s, LinkedIn", "psych")
P("Testing schedule posted to the psych team: {s1.full} (ID {sid}) Tuesday 9am, room C-{room}. Bring the WISC kit. 🧩")
P("Quick favor for the psych network: the report writing server is {host}, and it keeps timing out. Anyone seen this with their vendor?", "SECURITY")

V("HS assistant principal, 30s, LinkedIn", "prin")
P("Locker assignments for the new transfer student: {s1.full}, locker B-{num}, combo {combo}. Mom, DM me if it sticks. 🔒")
P("Emergency contact for the HVHS Model UN trip: chaperone cell {myphone}. Buses leave 100 School Rd at 6am sharp. 🌎")

V("district ed-tech specialist, 30s, LinkedIn", "dist")
P("Shoutout to {s1.full}, who found a bug in our student portal. Reached out to her personally at {s1.email} to say thanks. Future security engineer! 🛡️", g="s1=f")

# ---- long-form thought leadership ------------------------------------------------------------------
V("HS assistant principal, 30s, LinkedIn", "prin")
P("I've been an assistant principal for six years and I want to talk about discipline data.\n\nEvery year we publish suspension numbers. Every year they go down a little. Every year we celebrate.\n\nBut here's what the numbers don't show: the kid who wasn't suspended but was sent to the hallway 40 times. The kid who was 'encouraged' to transfer. The kid who just stopped coming.\n\nLower suspensions are not the same as belonging. We should measure belonging.\n\nAgree?\n\n#EdLeadership #RestorativePractices", flags="R")
V("HS social studies teacher and conference speaker, 30s, LinkedIn", "speak")
P("Unpopular opinion after 12 years and 30 conference talks:\n\nThe most powerful education reform isn't AI, isn't a new curriculum, isn't a new schedule.\n\nIt's time.\n\nTime for teachers to plan together. Time for kids to finish a thought. Time for a principal to sit in a classroom without a clipboard.\n\nWe keep adding. We never subtract. Every new initiative should come with a list of things we stop doing.\n\nWhat would you stop doing?\n\n#TeacherVoice #EdChat", flags="R")
V("district ELA curriculum coordinator, LinkedIn", "dist")
P("A reflection, posted in a personal capacity (not on behalf of HVCSD):\n\nWhen I was a 7th grade teacher, I was handed a curriculum in a binder and told to 'make it my own.' I didn't have time to make it my own. I barely had time to read it.\n\nNow I write curriculum for a district, and I think about that binder every day.\n\nGood curriculum respects teachers' time. It's coherent, it's usable on a Tuesday night, and it doesn't need a 3-day PD to decode.\n\nThat's the bar.", flags="R D")
V("special education coordinator / CSE chair, 40s, LinkedIn", "sped")
P("A long one, sorry.\n\nThis year I chaired 212 CSE meetings. I want to share what parents told me, because it isn't what you'd expect.\n\nThey didn't ask for more services first. They asked to be listened to. They asked for the draft IEP before the meeting. They asked for someone to explain the acronyms.\n\nWe can do all of that tomorrow for free.\n\nSpecial education has a paperwork problem, yes. It also has a dignity problem. Start with dignity.\n\n#SpecialEducation #Inclusion", flags="R")

# ---- more official posts ------------------------------------------------------------------------
V("HVCSD Human Resources page", "hr")
P("Hudson Valley CSD is hiring a School Psychologist (K-5), req {req}. NYS certification required. Salary per contract. Apply by {date}: hvcsd.org/jobs", flags="O")
P("Support Staff Job Fair: bus drivers, monitors, food service, custodians. Tuesday {date}, 3-7pm, district office. Paid training available! 🚌", flags="O")
P("Congratulations to {a1.full}, Roosevelt Elementary, on 35 years of service to HVCSD. A true Falcon. 🦅", flags="O")
V("HVCSD district LinkedIn page", "prin")
P("Hudson Valley CSD was named to the AP District Honor Roll for increasing access to Advanced Placement while maintaining scores. 🎓 #HVCSD", flags="O")
P("Kindergarten registration for 2026-27 is open! Call the district office at {pubphone.dist} or email {pubmail} with questions.", flags="O")
P("Thank you to our 40 industry partners who hosted HVHS CTE co-op students this year. Workforce development starts in high school. 🔧", flags="O")
P("Congratulations to HVHS senior {s1.full} on being accepted to the U.S. Military Academy at West Point! 🇺🇸", flags="O")
V("HVCSD curriculum & technology office page", "dist")
P("HVCSD's Instructional Technology team earned the CoSN Trusted Learning Environment Seal for student data privacy. 🔒 Proud of this work.", flags="O")


if __name__ == "__main__":
    main()
