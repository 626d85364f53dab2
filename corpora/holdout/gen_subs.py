"""Generate subs.jsonl (next to this file): substitute teachers and the people around them.

Voices: a retired Hillside 4th grade teacher who subs three days a week (Facebook, the "HVCSD Subs"
group), a SUNY education major building-subbing between classes (TikTok, X, Reddit), a long-term sub
covering a maternity leave at Roosevelt (Instagram), a career-changer who left accounting to sub
(LinkedIn, Reddit r/SubstituteTeachers-style posts), the sub coordinator in the district office who
runs the Subs group, an HVHS English teacher and a Roosevelt 2nd grade teacher who write sub plans
(X, Instagram), a dad who subs at Hillside (Facebook, Nextdoor), a teaching assistant who gets
pulled to cover classes, and official accounts: the district's "we're hiring subs" page, HVHS and
Roosevelt. Posts of unknown kind: Reddit throwaways, screenshots of sub notes, Nextdoor reposts.

What the slice tests. Span labels: students named in sub notes, seating charts, "who sits where"
lists and end-of-day notes for the regular teacher (first, full, last, lower case, ALL CAPS,
initials, nicknames, a student's TikTok handle); a student's lunch PIN or ID in a sub plan
(STUDENT_ID); a parent's cell left for early pick-up (PHONE_NUMBER); the sub-caller PIN, the
classroom computer login, the copier code and the door code left in plans (CREDENTIAL, with
SECURITY: district systems); the smartboard PC's internal host / IP (NETWORK_INFO, SECURITY); a
sub's personal cell, email or home address posted by the coordinator (PHONE_NUMBER, EMAIL_ADDRESS,
STREET_ADDRESS). Not marked: adults named by first name with no job word ("{a1} in the front
office", the teacher whose class was covered, a neighbour, a race winner), staff by title, authors
and characters (Junie B. Jones, Amelia Bedelia, Miss Frizzle, Gary Paulsen), pro athletes, brands
named like people (Wendy's, Trader Joe's, Ben & Jerry's), schools and streets named after people,
room / period / bus / bell times / job numbers / a sub's employee number / the username half of a
login, money, the district's public numbers and mailboxes and the public sub line
(845) 555-0135 / subs@hvcsd.org, the word "password" or "PIN" with no secret.

Categories: a named student's behaviour incident written up for the regular teacher, a behaviour
plan or a referral (DISCIPLINE); meds at the nurse, an EpiPen, an inhaler, seizures, a concussion
(HEALTH); a 504, IEP, speech or resource room time, an aide (SPECIAL_EDUCATION); reading level or a
failing grade (ACADEMIC); custody / pick-up restrictions, free lunch (FAMILY); a named colleague's
maternity or medical leave, a teacher "written up", a sub let go (PERSONNEL); credentials and
network details of district systems (SECURITY).

Disclaimer boundary: R only for personal posts taking a position on sub pay and treatment, sub
plans as a practice, the district's staffing, the job itself ("subbing is the best job in the
building"), education in general. Feelings about a day, funny stories, thanks to "{a1} in the
office", logistics, questions to the group, and opinions about other things (the Mets, a TV show,
the orchard's cider donuts, retirement golf) are not R. Look-alikes that are not disclaimers
("views from my own classroom", "opinions: also retired", "these are not my own kids lol") sit in
texts and bios.

Where the guide is unclear, the calls made here (the guide's spirit):
- An unnamed student in a sub note ("the one with the 504 sits by the door", "a boy in 5th period
  has an EpiPen") is not identifiable to a reader, like the guide's "a kid in my 2nd period with a
  broken arm": no category. Named, by initials, or singled out ("the only 2nd grader who rides bus
  14") carries it.
- A colleague on leave is PERSONNEL when named ("Mrs. Ortiz's maternity leave", "{a1} is out on
  medical leave") or pinned to a single post; "a maternity leave" with no teacher, school or class,
  and the poster's own leave, carry none.
- Allergies in named sub notes always come with the treatment (EpiPen, Benadryl, the nurse) so the
  HEALTH call is clear; "three kids in here have nut allergies, no snacks" names nobody: none.
- The sub-caller PIN, the classroom PC password, copier and door codes are CREDENTIALs of district
  systems (SECURITY); a personal streaming password is a CREDENTIAL without SECURITY. A sub's
  employee number and a login's username half are not secrets and are not marked.
- The sub coordinator posts in the Subs group from her own account: kind personal. The district's
  recruiting page is official; its pay figures are facts, not views.
- A shout-out to a named colleague ("{a1} in the office saved me") is thanks, not a view.
- A practical sub tip ("always have a book", "the bell schedule goes in every plan") is logistics,
  not a view; a tip that judges how colleagues or the district do things ("don't tape passwords to
  monitors, people", "subs, write more than that") is R.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.init} {s1.lastinit} {s1.handle}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a grandchild, niece or own child elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.word} {sid} {pin} {pw} {code}
      {ip} {host} {subpin} (the sub-caller PIN: CREDENTIAL) {netflix} (a personal streaming
      password: CREDENTIAL, no SECURITY)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.last} {a1.low}
      adult names, {room} {per} {bell} {time} {bus} {money} {rate} {jobnum} {empid} {user} {book}
      {author} {char} {athlete} {brand} {show} {school} {grade} {subline} {submail}
      {pubphone.dist} {pubphone.hs} {attline} {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402
from genlib import fold, mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "subs.jsonl"
SEED = 20261801

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR", "de_DE",
           "it_IT", "es_ES", "en_GB", "ga_IE", "nl_NL", "cs_CZ", "uk_UA", "sv_SE", "tr_TR"]
# Locales whose Faker names are not in Latin script, replaced by romanized lists typed the way a sub
# would copy them off a seating chart: (male firsts, female firsts, surnames).
ROMAN = {
    "ko": (["Do-yun", "Si-woo", "Ha-joon", "Joon-young", "Min-jae", "Woo-jin"],
           ["Seo-yeon", "Ji-woo", "Su-bin", "Yu-na", "Da-eun", "Hye-won"],
           ["Park", "Lee", "Han", "Shin", "Oh", "Kang", "Yoon", "Lim"]),
    "ar": (["Omar", "Bilal", "Tariq", "Zaid", "Karim", "Hamza", "Adnan"],
           ["Noor", "Yasmin", "Salma", "Dalia", "Layla", "Hiba", "Amal"],
           ["Haddad", "Mansour", "Aziz", "Darwish", "Sabbagh", "Nasser", "Qasim", "Farouk"]),
    "hi": (["Vihaan", "Arjun", "Rohan", "Dev", "Ishaan", "Kabir", "Nikhil"],
           ["Ananya", "Aarohi", "Pooja", "Sneha", "Tara", "Nisha", "Shreya"],
           ["Patil", "Deshmukh", "Kulkarni", "Gupta", "Pillai", "Sharma", "Rao", "Verma"]),
    "ht": (["Jean-Marc", "Wesley", "Kervens", "Stanley", "Ricardo"],
           ["Fabiola", "Nadège", "Mirlande", "Sherlie", "Widline"],
           ["Pierre", "Joseph", "Jean-Baptiste", "Louis", "Charles", "Desir", "Etienne"]),
}
NAME_WEIGHTS = {"en_US": 28, "es_MX": 9, "vi_VN": 3, "zh_CN": 3, "en_IN": 2, "pl_PL": 3, "pt_BR": 2,
                "en_NG": 3, "fr_FR": 2, "de_DE": 2, "it_IT": 3, "es_ES": 2, "en_GB": 2, "ga_IE": 3,
                "nl_NL": 1, "cs_CZ": 1, "uk_UA": 2, "sv_SE": 1, "tr_TR": 1,
                "ko": 2, "ar": 2, "hi": 3, "ht": 2}
NON_GENDERED = {"zh_CN", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alexander", "Xander", "m"), ("Guadalupe", "Lupita", "f"), ("Anthony", "Tony", "m"),
         ("Katarzyna", "Kasia", "f"), ("William", "Liam", "m"), ("Elizabeth", "Libby", "f"),
         ("Jonathan", "Jonny", "m"), ("Isabella", "Izzy", "f"), ("Ignacio", "Nacho", "m"),
         ("Margaret", "Maisie", "f"), ("Olusegun", "Segun", "m"), ("Josefina", "Fina", "f"),
         ("Dominic", "Dom", "m"), ("Samantha", "Sami", "f"), ("Tiago", "Ti", "m"),
         ("Penelope", "Poppy", "f"), ("Zachary", "Zach", "m"), ("Anastasia", "Stasia", "f"),
         ("Roberto", "Beto", "m"), ("Wilhelmina", "Mina", "f")]

STREET_BASES = ["Sandpiper", "Old Post", "Quaker Hill", "Hook", "Van Wyck", "Beekman", "Creek",
                "Stormville", "Hilltop", "Clove Branch", "Brook Hollow", "Maloney", "Spring", "Dogwood",
                "Lake Walton", "Church"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "St", "Ave", "Dr", "Ct", "Ter", "Pl", "rd", "ln"]

ROOMS = ["114", "207", "B-12", "room 9", "rm 131", "the portable", "C-wing 203", "118", "Rm 22", "301",
         "the library annex", "212"]
PERIODS = ["1st period", "period 3", "P4", "5th period", "period 7", "block B", "2nd per", "8th period",
           "period 6", "A block"]
BELLS = ["7:40", "8:05", "9:47", "10:32", "11:12", "11:55", "12:40", "1:25", "2:10", "2:50"]
BOOKS = ["Hatchet", "Wonder", "Holes", "Of Mice and Men", "The Outsiders", "Charlotte's Web",
         "Frindle", "Esperanza Rising", "Because of Winn-Dixie", "The Giver", "Fish in a Tree",
         "Long Way Down", "Number the Stars", "Ghost"]
AUTHORS = ["Gary Paulsen", "R.J. Palacio", "Louis Sachar", "Kate DiCamillo", "Jason Reynolds",
           "Lois Lowry", "Pam Muñoz Ryan", "Andrew Clements", "Lynda Mullaly Hunt", "Kwame Alexander",
           "Mo Willems", "Judy Blume"]
CHARS = ["Junie B. Jones", "Amelia Bedelia", "Miss Frizzle", "Pete the Cat", "Fancy Nancy",
         "Captain Underpants", "Greg Heffley", "Ramona", "Mr. Popper", "Elephant and Piggie",
         "Frog and Toad", "Flat Stanley"]
ATHLETES = ["Aaron Judge", "Jalen Brunson", "Caitlin Clark", "Josh Allen", "Pete Alonso",
            "Sabrina Ionescu", "Aaron Rodgers", "Francisco Lindor", "Breanna Stewart", "Juan Soto"]
BRANDS = ["Wendy's", "Trader Joe's", "Ben & Jerry's", "Dunkin'", "Stewart's", "Jimmy John's",
          "Dr Pepper", "Mrs. Meyer's", "Aunt Annie's", "Stanley"]
SHOWS = ["Abbott Elementary", "The Bear", "Survivor", "Ted Lasso", "Jeopardy", "Bluey", "The Great British Bake Off",
         "Only Murders in the Building"]
SCHOOLS = ["Roosevelt", "Hillside", "Maple Ridge", "HVHS", "the high school", "Roosevelt Elementary",
           "Maple Ridge Middle"]
GRADES = ["2nd grade", "4th grade", "kindergarten", "7th grade ELA", "HS chem", "8th grade social studies",
          "3rd grade", "HS Spanish", "6th grade math", "self-contained K-2", "HS gym"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views from my own classroom", "opinions: also retired") sit among the plain ones.
BIOS = [
    ("ret", "Retired teacher (34 yrs, Hillside) 🍎 Now a sub, grandma of 5 | my opinions are mine, not the district's", True),
    ("ret", "Retired 4th grade teacher. Subbing 3 days a week. Garden, grandkids, Mets. Views are my own.", True),
    ("ret", "Retired from teaching, not from opinions 😉 | Hillside forever", False),
    ("ret", "teacher for 34 years, sub for 2, grandma for 9 🌷", False),
    ("col", "SUNY New Paltz '27 📚 future 5th grade teacher | building sub | my takes, not my district's", True),
    ("col", "ed major who subs | tiktok is personal, not affiliated w/ any school or district", True),
    ("col", "sub by day, dining hall by night 🍕 | she/her | #subtok", False),
    ("col", "21. childhood ed. coffee dependent. | views from my own classroom someday 🙏", False),
    ("lts", "Long-term sub 🍎 2nd grade | Instagram = personal, not an HVCSD account", True),
    ("lts", "LTS, teacher-in-waiting, plant mom 🌿 | all opinions mine alone", True),
    ("lts", "long-term sub 💛 classroom decor addict | cert. grades 1-6", False),
    ("lts", "teacher (kind of) 🍎 | coffee + crayons | these are not my own kids lol", False),
    ("cc", "CPA turned substitute teacher | Learning every day | Opinions expressed are my own and do not reflect my employer", True),
    ("cc", "15 yrs in audit → classroom. Speaking for myself only, not for any school district.", True),
    ("cc", "Recovering accountant. Substitute teacher. Dad. Runner.", False),
    ("cc", "Ex-Big Four | now: substitute teacher, Hudson Valley NY | open to connect", False),
    ("coord", "Sub coordinator @ HVCSD district office ☎️ | admin of HVCSD Subs | personal account, not an official district page", True),
    ("coord", "I find subs for a living 🙃 | posts here are my own, not HVCSD's", True),
    ("coord", "Sub coordinator | 20 yrs in the front office | mom of 3 | coffee", False),
    ("coord", "District office life 📋 | admin, HVCSD Subs (facebook group)", False),
    ("plans", "HVHS English 📚 | AP Lit | tweets are my own, not my employer's", True),
    ("plans", "Teacher. Writer of sub plans nobody reads. | personal opinions only, not the school's", True),
    ("plans", "HVHS English | AP Lit | Yankees | dog dad 🐶", False),
    ("rplans", "2nd grade @ Roosevelt 🍎 | Stanley cup collector | teach kind", False),
    ("rplans", "2nd grade teacher 🍎 | mama of 2 | this account is personal, not affiliated with my school", True),
    ("rplans", "primary teacher | sub tub queen 🧺 | Roosevelt Elementary", False),
    ("mplans", "7th grade math @ Maple Ridge ➗ | my posts, my views, not my district's", True),
    ("mplans", "math teacher | runner | I put the bell schedule in every sub plan", False),
    ("dad", "Stay-at-home dad, part-time sub at Hillside | opinions mine, not the school's", True),
    ("dad", "Dad of 3 | part-time sub | youth soccer coach | grill master", False),
    ("ta", "TA @ Maple Ridge 💜 | speaking only for myself", True),
    ("ta", "teaching assistant 💜 | sub in a pinch | dogs > people", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "ret": "Hudson Valley Central School District | official | Now hiring substitutes: hvcsd.org/careers",
    "col": "HVCSD Careers | official recruiting page of Hudson Valley Central School District",
    "lts": "Roosevelt Elementary School 🦅 | 25 Academy St | official account",
    "cc": "HVCSD Careers | official recruiting page of Hudson Valley Central School District",
    "coord": "HVCSD Substitute Office | official | sub line (845) 555-0135",
    "plans": "Hudson Valley High School | official account | 100 School Rd",
    "dad": "Hillside Elementary | official page",
    "rplans": "Roosevelt Elementary School 🦅 | 25 Academy St | official account",
    "mplans": "Maple Ridge Middle School | official",
    "ta": "Maple Ridge Middle School | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "917", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{e}-{s}",
                     "{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "optonline.net", "icloud.com"]
    HOSTS = ["rm207-smartbd.hvcsd.local", "hs-b12-smartbd.hvcsd.local", "rse-rm114-pc.hvcsd.lan",
             "mrms-rm301-board.hvcsd.local", "hvhs-tchr-pc118.hvcsd.internal", "hs-b12-teacher.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|boy|son)\b",
                r"\b(she|her|hers|she's|herself|girl|daughter)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011), "word": (2012, 2018)}
    DOB_DEFAULT = (2016, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # a sub copies names off the chart in Latin script
        if got and (len(got[0]) > 13 or " " in got[0]):
            return None
        return got

    def phone(self) -> str:
        """A personal number, never one of the district's published lines (00, 10, 20, 35)."""
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in (10, 20, 35)])
        return r.choice(self.PHONE_FORMATS).format(a=r.choice(self.AREAS), e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(55, 99)}", f"{f[0]}{l}", f"{l}{f[0]}.sub", f"mrs{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2024, 2027)}!", f"Sub{r.choice(['Plans', 'Day', 'Rm'])}{r.randint(10, 999)}",
                         f"{r.choice(['Welcome', 'Spring', 'Winter', 'Autumn'])}#{r.randint(10, 99)}",
                         f"rm{r.randint(100, 320)}{r.choice(['teach', 'sub', 'hvcsd'])}",
                         f"{r.choice(['Pumpkin', 'Maple', 'Eagle', 'Crayon'])}{r.randint(1, 9)}{r.choice('!$*')}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(9, 14)}", f"{f}_{l}", f"itz{f}", f"{f}xo{r.randint(1, 9)}",
                         f"{f}{l}.mp4", f"{f}_official{r.randint(2, 30)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "subpin": lambda: mk(f"{r.randint(1000, 999999):0{r.choice([4, 6])}d}", "CREDENTIAL"),
            "netflix": lambda: mk(f"{r.choice(['Buster', 'Meatball', 'Gardenia', 'Yankee'])}{r.randint(10, 99)}", "CREDENTIAL"),
            "room": lambda: r.choice(ROOMS),
            "per": lambda: r.choice(PERIODS),
            "bell": lambda: r.choice(BELLS),
            "time": lambda: r.choice(["5:40am", "6:15", "6:30am", "7:05", "3:15", "4pm", "6pm", "7pm"]),
            "bus": lambda: str(r.randint(2, 44)),
            "money": lambda: f"${r.choice([12, 18, 20, 35, 40, 60, 250, 500])}",
            "rate": lambda: r.choice(["$115", "$115/day", "$120 a day", "$110", "$125/day", "$118"]),
            "jobnum": lambda: f"{r.randint(10000000, 99999999)}",
            "empid": lambda: f"E{r.randint(10000, 99999)}",
            "user": lambda: r.choice(["hvsub", "sub.teacher", f"sub{r.randint(100, 320)}", "rm-guest",
                                      f"hvsub{r.randint(1, 40):02d}", "substitute"]),
            "book": lambda: r.choice(BOOKS),
            "author": lambda: r.choice(AUTHORS),
            "char": lambda: r.choice(CHARS),
            "athlete": lambda: r.choice(ATHLETES),
            "brand": lambda: r.choice(BRANDS),
            "show": lambda: r.choice(SHOWS),
            "school": lambda: r.choice(SCHOOLS),
            "grade": lambda: r.choice(GRADES),
            "subline": lambda: r.choice(["(845) 555-0135", "845-555-0135", "845.555.0135"]),
            "submail": lambda: "subs@hvcsd.org",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("subs", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.12, 0.45), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.25), other=(0.4, 0.12))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the retired Hillside teacher who subs three days a week ------------------------------------
V("retired Hillside 4th grade teacher, subs three days a week, 60s, Facebook", "ret")
P("Subbed in my old room at Hillside today. Somebody finally fixed the radiator in {room}. Only took 30 years 😂")
P("Retired in June, subbing by September. My husband says I failed retirement. I say I'm taking it three days at a time.")
P("{rate} for a certified teacher with 34 years in the classroom. I do it for the kids, but let's not pretend that number is respectful.", flags="R")
P("Subbing is the best part of retirement and honestly the best job in the building. All of the kids, none of the report cards.", flags="R")
P("{s1} asked me today if I knew her mother because I 'look like every teacher.' I TAUGHT her mother. In 1996. 😂", g="s1=f")
P("Had {s1.full} today and she is the spitting image of her dad, who sat in the same seat in my room in 2004. Time flies 💕", g="s1=f")
P("Ran into {a1.full} at ShopRite and we talked for an hour in the frozen aisle. Ice cream melted. Worth it.", g="a1=f")
P("Lunch duty at Roosevelt: 11:05 to 11:35, then recess til 11:55. My Fitbit says 9,000 steps before noon 🚶‍♀️")
P("Anybody else in the group get the 5:40am call for Maple Ridge today? I said yes before I was fully awake.")
P("{a1} in the front office at Hillside has saved me three times this month. That woman knows where every key in the building lives. 🙏", g="a1=f")
P("The sub folder in {room} had a seating chart, a bathroom pass and a sticky note that said 'good luck.' Teachers, we can do better for each other than that.", flags="R")
P("seating chart said {s1} front row, {s2} back row. They had switched. They always switch. 34 years and they always switch 😂")
P("Note I left for Mrs. {t1}: {s1.full} threw a chair in {per} and went down to the office with Mr. {t2}. Referral is in your mailbox.", "DISCIPLINE", g="s1=m")
P("For Mr. {t1}: {s1} and {s2} got into a shoving match at the pencil sharpener, both sent to the AP. Written up on the pink slip.", "DISCIPLINE")
P("My granddaughter {kid} lost her first tooth in Ohio today and FaceTimed me during my prep 🦷💕", g="kid=f")
P("Bring your own dry erase markers, ladies. Every room in this district is a desert and somebody should fix the supply budget.", flags="R")
P("The Mets bullpen is a crime scene. Somebody call the authorities. ⚾")
P("Best cider donuts in Dutchess County are at the orchard on Route 55 and I will not be taking questions 🍩")
P("Read Because of Winn-Dixie aloud to 4th grade today. Still cried at the end. 34 years and Kate DiCamillo still gets me every time.")
P("{s1.full} in {grade} asked me if I was 'a real teacher.' I said 34 years real, sweetheart.")
P("Had {s1.low} and {s2.low} today - the two sweetest boys in 3rd grade, helped me find the fire drill map 🧯", g="s1=m s2=m")
P("{s1.full} had a seizure in the hallway after lunch. Nurse came right away and mom picked him up. Shaking still, writing this from the car.", "HEALTH", g="s1=m")
P("Nobody told me {s1} gets her insulin at the nurse at {bell}. The nurse came looking for her. Please, PLEASE put meds in the sub plans.", "HEALTH", g="s1=f")
P("If your district is treating retired teachers like warm bodies instead of professionals, it's going to run out of us. Fast.", flags="R")
P("Subbing at the same school I taught at for 30 years is a gift. Nobody can tell me otherwise.", flags="R")
P("{a1.full} won her age group at the Turkey Trot and she's 74. Goals. 🦃🏃‍♀️", g="a1=f")
P("Anybody know if the sub lot at Hillside is still the one behind the gym on Lincoln Ave? Haven't been since the paving.")
P("New sub tip from an old sub: learn the custodian's name first. {a1} at Roosevelt will fix anything if you ask nicely.", g="a1=m")
P("Junie B. Jones is still the funniest character in children's literature and I stand by it. 📚")
P("OK which one of you gave the district my landline? 😂 The sub system called the house at 5:15am and woke Walter AND the dog.")
P("Subbing 2nd grade today with {s1.up} and {s2.up} who both told me they are 'the line leader.' Tie. I made them co-leaders. Diplomacy.")
P("I gave {s1} Benadryl from the nurse when her lip swelled at lunch. Allergy list was NOT in the sub folder. Mom's coming.", "HEALTH", g="s1=f")
P("Sub plans at Roosevelt are the best in the district. Whoever trained those teachers deserves a raise.", flags="R")
P("Got a thank-you card from {s1} today that said 'you are old but fun.' Framing it. 🖼️")
P("Retired teacher rate vs new sub rate is a $10 difference. Ten dollars for 34 years. Think about that, HVCSD.", flags="R")

# ---- the college student who building-subs ----------------------------------------------------
V("SUNY education major, building sub, 20, TikTok / X", "col")
P("POV: you're 20 and the 8th graders keep asking what grade you're in 💀 #subtok #substituteteacher")
P("sub pay is {rate} and my tuition is $8,400 a semester. make it make sense 🙃", flags="R")
P("teaching is the best job in the world and subbing is what proved it to me. not even close.", flags="R")
P("the sub login is on a sticky note on the monitor in like every room. I'm not posting it obviously lol just... why")
P("the login on the sticky note in {room}: {user} / {pw} 💀💀 who approved this", "SECURITY", flags="R")
P("first day as a building sub tomorrow at {school}!!! outfit check in the comments 👗✨")
P("{s1.full} in {per} told me I was 'lowkey the best sub' and I'm putting it on my resume", g="s1=f")
P("shoutout to {s1.low} for teaching me what 'gyatt' means. I did not need to know. I'm going back to class.")
P("{s1.handle} if you're watching this: go to bed it's a school night 😭")
P("three 7th graders were fighting in the hallway during passing and I just stood there with my lanyard like ???", flags="N")
P("{s1.full} and {s2.full} got into it in the cafeteria and {s2} has a bloody nose. SRO took both of them. I am SHAKING", "DISCIPLINE HEALTH", g="s1=m s2=m")
P("Sub tip: always have a book. {book} saved me during a 90 minute block when the smartboard died.")
P("the district should pay education majors to sub while we're in school. we're already here. we already want to teach.", flags="R")
P("subbing tip #4: the kids WILL tell you the teacher lets them use phones. the teacher does not let them use phones.")
P("real talk, the way some full-time teachers talk to subs in the copy room is wild. we're colleagues, not the help.", flags="R")
P("I love Abbott Elementary so much. Janine is literally me with the lanyard and the hope.")
P("Caitlin Clark >>> everyone. that's the tweet 🏀")
P("{s1}'s mom just emailed ME asking why he has detention?? I'm the sub. I gave the detention. it's in the note. 😬", "DISCIPLINE", g="s1=m")
P("reddit: building sub at a suburban district, 3 weeks in. Is it normal to get pulled from lunch to cover a class 4 days in a row? asking bc I need to eat", flags="N")
P("me explaining to {s1.low} that {athlete} is not in fact his cousin", g="s1=m")
P("Admin at {school}: you can't hand a sub a lunch duty, a bus duty, AND an extra period with no prep and call that a schedule.", flags="R")
P("{s1.up} 🗣️🗣️ you are the funniest kid in 5th period and you KNOW it")
P("attendance for {per}: {s1}, {s2}, {s3} absent. {s4} came in late w/ a pass from the library. sending to main office now", flags="bp")
P("the sub computer in {room} logged me in as the regular teacher because her password is literally {pw} and it's taped on the desk 😶", "SECURITY")
P("Reddit, I need help: the plans say to 'continue where we left off' and nobody knows where they left off. What do I do?", flags="N")
P("ok the gym teacher at {school} being out meant I taught dodgeball. I have never felt so powerful or so scared")
P("subbing is literally the only job where you get paid less than the kids' field trip budget. district priorities are upside down", flags="R")
P("if you're an ed major: SUB. it's the best teacher training there is and your practicum cannot compete", flags="R")
P("{s1} asked if I'm dating Mr. {t1}. I am NOT. I have met him once. at the copier.", g="s1=f")
P("hall pass log for {per}: {s1.lastinit} 10:14, {s2.lastinit} 10:22, {s3.lastinit} 10:31. leaving it on the desk for Ms. {t1}")
P("kid in period 2 told me the sub before me 'got fired.' rumors move faster than the bell schedule here")
P("heard the district let {a1.full} go after the thing in the gym. sad, she was the only sub who'd take middle school.", "PERSONNEL", g="a1=f")
P("my roommate's netflix password is {netflix} and she put it on the fridge like that's a secure location. I'm a sub, I notice these things.")
P("Starbucks > Dunkin', and it's not close. Sorry to my whole district. ☕")
P("when I have my own classroom I'm leaving DETAILED sub plans. teachers who leave a sub 'figure it out' should be ashamed", flags="R")

# ---- the long-term sub covering a maternity leave ------------------------------------------------
V("long-term sub covering a maternity leave, Roosevelt 2nd grade, 26, Instagram", "lts")
P("Starting a long-term sub position covering a maternity leave in February! 🍎✨ Shopping for classroom decor like it's my own.")
P("Week 1 as a long-term sub in Mrs. {t1}'s 2nd grade while she's on maternity leave 💛 Her room, her rules, my coffee.", "PERSONNEL")
P("Ms. {t1} is out on maternity leave till April so I've got her 22 little humans. Send snacks. 🍪", "PERSONNEL")
P("Got the sweetest text from the teacher I'm covering for: 'they're yours now, love them.' I will 🥹")
P("Long-term subs should be paid like teachers from day one, not day 21. Same lessons, same grading, same conferences.", flags="R")
P("{s1} read a whole chapter book by herself today!! {char} who?? 📚🎉", g="s1=f")
P("Morning meeting greeting today was chosen by {s1.nick} and it was a 'dinosaur roar.' 10/10.")
P("{s1.full} is reading at a level C in February and the reading specialist wants to start pulling her. Writing it up tonight.", "ACADEMIC SPECIAL_EDUCATION", g="s1=f")
P("Small group today: {s1}, {s2}, {s3} and {s4} on short vowels. Tomorrow: the reading corner reveal 👀")
P("{s1} goes to speech with Mrs. {t1} on Tuesdays at {bell} and OT Thursdays. Adding it to my own sub plans in case I'm out.", "SPECIAL_EDUCATION")
P("Birthday board update: {s1.full} turns 8 on {dob.word} 🎂 cupcakes are ok, no nuts!")
P("It is WILD how much a long-term sub does with none of the benefits. No health insurance, no PD, no vote in the building.", flags="R")
P("Classroom library refresh: {author}, {author.b}, and a stack of {char} 📚 thank you to everyone who sent books!")
P("The teacher I'm covering for texted a picture of the baby and I showed the class and 22 kids screamed. Best day.")
P("{s1.full} can only be picked up by grandma, NOT dad, there's an order of protection. It's in the blue folder. Please, subs, read the blue folder.", "FAMILY", g="s1=m")
P("{s1} has an EpiPen in the red backpack pocket AND one at the nurse. Peanut allergy. Check lunch labels.", "HEALTH")
P("Honestly the best part of being a long-term sub: I get to be a real teacher without waiting for a job posting. The worst part: the waiting for a job posting.", flags="R")
P("My sister's kid {kid} told me 'you're not a REAL teacher' and then asked me for help with her homework. Checkmate.", g="kid=f")
P("{s1.lowfull} made me a bracelet at indoor recess and I'm wearing it to my interview tomorrow 💛")
P("I didn't get the job. I'm fine. I am going to eat Ben & Jerry's and watch {show}.")
P("Our district should give long-term subs first interview for the positions they've been covering. We already know the kids.", flags="R")
P("My husband Daniel built me a reading loft for the classroom this weekend and I'm obsessed 🪵")
P("{s1} and {s2} were so sweet today, they made a 'welcome back' sign for when Mrs. {t1} comes back 🥹")
P("{s1.full} has been in the office twice this week for hitting. Behavior plan starts Monday, chart is on my clipboard.", "DISCIPLINE", g="s1=m")
P("Learning the names of 22 seven-year-olds in a week: {s1}, {s2}, {s3}... I made flashcards. I'm not ashamed.")
P("Rainy day indoor recess with Just Dance and {s1.up} was the dance captain. Nobody else stood a chance 💃")
P("Opinions my own, not my district's: 'long-term sub' is a teacher job with a sub paycheck and everybody knows it.", flags="R D")
P("Anyone have a good Pete the Cat read-aloud for a sub day? My own sub is coming Thursday and I want it easy for her.")
P("{s1} went home with a fever at {bell}. Nurse called mom. Feel better, sweet girl 🤒", "HEALTH", g="s1=f")

# ---- the career-changer sub (ex-accountant) --------------------------------------------------------
V("career-changer sub, former CPA, 40s, LinkedIn / Reddit", "cc")
P("After 15 years in public accounting, I spent my first week as a substitute teacher. The learning curve is steep. The work is meaningful.")
P("Hot take from a career changer: if we want professionals to move into teaching, the certification process has to stop treating 20 years of experience like zero.", flags="R")
P("Sub pay math, since I'm an accountant: {rate}, no benefits, ~185 school days if you work every one. That's below the county living wage. We can do better.", flags="R")
P("Grateful to {a1.full}, who I met at a networking event and who told me to try subbing. Best advice I got this year.")
P("r/SubstituteTeachers: career changer here, 6 weeks in. How do you handle a class where the plans are 'show the video' and there is no video?", flags="N")
P("Education needs more people from other industries. Not to 'fix' it. To learn from the people already doing it.", flags="R")
P("Teachers are the most underpaid professionals I've ever worked beside, and I worked beside auditors.", flags="R")
P("Reddit: the Frontline job number was {jobnum} and the system says I cancelled it. I didn't. Who do I call?", flags="N")
P("Frontline login for subs is your employee ID ({empid} for me) plus a PIN. The PIN is the part you don't share, obviously.")
P("Sub system wouldn't take my PIN so I reset it. New one is {subpin}, writing it here so I don't forget. (Kidding-ish. It's my private account.)", "SECURITY")
P("{s1.full} in my 7th grade math section asked for help with ratios and then taught ME a shortcut. Proud moment.")
P("Left a note for Mr. {t1}: {s1} and {s2} finished the packet early and helped the others. Stars.")
P("Left the note for {a1}: {s1.full} was escorted to the office after cursing at me in {per}. I was calm. He wasn't.", "DISCIPLINE", g="s1=m a1=f")
P("{s1.full} said she hasn't eaten since lunch yesterday because there's no food at home. Told the counselor immediately.", "FAMILY", g="s1=f")
P("The opinions here are my own and not my employer's: every school should have a paid sub mentor for the first month. Nobody should be thrown in alone.", flags="R D")
P("Ran the Dutchess County Classic 10K on Sunday. {a1.full} won it in 33 minutes. I finished. That's what matters.", g="a1=m")
P("Currently reading Jason Reynolds' Long Way Down with 8th grade. Not a sub plan. A gift.")
P("I have opinions about the Jets. None of them are printable. 🏈")
P("Substitute teaching is the hardest job I have ever had, and I was a Big Four auditor during busy season.", flags="R")
P("Anybody know if the HVCSD sub pay schedule is biweekly or monthly? HR email is the info@ one?")
P("The district posted it: sub line is {subline}, and {submail} for questions. Saving this for the new folks in the group.")
P("r/SubstituteTeachers: Is it appropriate to write up a kid for a behavior incident or just tell the teacher in the note? New sub, first real incident today.", flags="N")
P("Networking lunch with {a1.full} from the county IDA. Different world. Same coffee. ☕")
P("Districts that don't give subs a building Wi-Fi account are telling them their time doesn't matter. Give us access.", flags="R")

# ---- the sub coordinator in the district office --------------------------------------------------
V("HVCSD sub coordinator, district office, admin of the HVCSD Subs Facebook group, 50s", "coord")
P("Good morning subs! ☀️ 14 absences and 12 filled. Still need Roosevelt 2nd grade and HVHS Spanish. Call the sub line {subline} 🙏")
P("REMINDER: never give your sub system PIN to anyone, including me. I will NEVER ask for it. If someone does, it's a scam.")
P("{a1}, your PIN reset is {subpin}. Change it the first time you log in, hon!", "SECURITY", g="a1=f")
P("W-2s went out. {a1.full}, yours came back to us, we have {addr} on file. Is that still right?", g="a1=f")
P("If you can't get me at the office, text my cell {myphone}. Not during board meetings please 😅")
P("{a1} from Hillside is out on medical leave through March. Her long-term sub starts Monday, welcome {a2}!", "PERSONNEL", g="a1=f a2=f")
P("Sub orientation is Thursday at 4pm in the district office board room. Bring ID and your fingerprint receipt.")
P("Parking for subs at HVHS (100 School Rd) is the visitor lot by the tennis courts, NOT the staff lot. Don't shoot the messenger 😅")
P("We lose good subs to Arlington every year because they pay $30 more a day. The board needs to fix this. Period.", flags="R")
P("Sub pay went up $10 this year. It's a start. It's not enough.", flags="R")
P("Welcome to our newest subs: {a1.full}, {a2.full} and {a3.full}! 🎉 Say hi in the comments.")
P("Copier code for the subs at Maple Ridge is {code} — don't share it outside the group!", "SECURITY")
P("New classroom PC login for subs at Hillside this year: user {user}, password {pw}. It's on the card in the sub folder too.", "SECURITY")
P("Just so everyone knows: the sub Wi-Fi password is in your welcome packet. I'm not posting it here. Ask me in person!")
P("Attendance questions go to the attendance line, {attline}, not me! I love you but I can't mark your kids present 😂")
P("Thank you {a1} and {a2} for taking the 5:45am calls this week. You are the reason buildings opened. 💐", g="a1=f a2=m")
P("Found in the district office lost and found: one reading glasses case, one Stanley cup, one lanyard that says 'World's Okayest Sub.'")
P("Heads up: Mr. {t1} at HVHS got written up and is out for the week. Please don't ask me about it in the group.", "PERSONNEL")
P("Frontline is down this morning. Call the sub line {subline} or email {submail} and I'll place you manually.")
P("Half the calls I make at 5:30am would be unnecessary if teachers put their absences in the night before. Just saying.", flags="R")
P("The best part of this job is the sub who says 'sure, I'll take kindergarten' at 6am. You know who you are. 🥹", flags="R")
P("{a1.full}, your timesheet for last week is missing Tuesday. Can you email me at the office? 📋", g="a1=m")
P("Honestly the district needs a second sub coordinator. One person cannot fill 40 absences before 7am.", flags="R")
P("Note from Roosevelt: please sign IN and OUT at the main office, 25 Academy St entrance. The buzzer is at the red door.")
P("Personal rant, not speaking for the district: teachers who leave no plans and then complain the sub 'did nothing' need to look in a mirror.", flags="R D")
P("Got your email from {email} about the Maple Ridge job tomorrow, you're booked! 👍")
P("Alarm code for early-morning subs at HVHS is {code}, same as the custodians. Please be careful with it.", "SECURITY")
P("Linda in the front office at Roosevelt just brought me an iced coffee and I'd like to announce I'd die for her.")

# ---- the HVHS English teacher who writes sub plans -----------------------------------------------
V("HVHS English teacher who writes sub plans, 30s, X", "plans")
P("Writing sub plans for a sick day takes longer than just coming in sick. The system is broken.", flags="R")
P("For my sub tomorrow: {per} is reading {book} ch 7-8. They will tell you they finished it. They did not.")
P("Left in my sub plans: {s1} and {s2} can NOT sit together. You will understand by 9am.")
P("Sub note for tomorrow: {s1.full} leaves {per} at {bell} for the nurse — Adderall. Let him go, no pass needed.", "HEALTH", g="s1=m")
P("Sub plans: {s1.full} has extended time on tests (504). She can finish in the resource room with Mrs. {t1}.", "SPECIAL_EDUCATION", g="s1=f")
P("the one with the 504 sits by the door in 5th period. you'll see. just let him step out if he needs it.")
P("Came back from a sick day to a sub note that said '{s1} was a lot.' Thank you. Very specific. Love it.", flags="R")
P("My sub wrote up {s1.full} for swearing at her and now I get to do the whole referral. Welcome back, me.", "DISCIPLINE", g="s1=m")
P("The best sub notes tell me who helped, not just who misbehaved. {s1} and {s2} carried you through {per}, I know it.", flags="R")
P("Hot take: every teacher should have to sub for a week before writing their first sub plans.", flags="R")
P("The computer login for my room is in the binder, NOT on my desk. Don't tape passwords to monitors, people.", flags="R")
P("smartboard PC in my room is {host} if the sub has to remote in for the video. don't tell IT I posted this", "SECURITY")
P("Leaving sub plans with my login: {user} / {pw}. It's my throwaway, I'll change it Monday.", "SECURITY")
P("Out on parental leave starting Friday, baby #2 is coming! Sub plans for 8 weeks done. My long-term sub is amazing. See you in spring 💛")
P("AP Lit kids are doing Mary Oliver poems tomorrow with the sub. It will be fine. It will be fine. It will be fine.")
P("It's insane that we don't have enough subs to cover a single PD day. The district should stop scheduling PD until they fix the sub shortage.", flags="R")
P("Sub note from yesterday: '{s1.full} helped me find the remote, the attendance sheet and my will to live.' Legend.")
P("If you're a sub and {s1.up} tells you he's allowed to use his phone: he is not. Love him, but no.", g="s1=m")
P("Can we normalize not being emailed by admin while you're home sick writing sub plans? Thanks.", flags="R")
P("{s1.full} was suspended for the fight at lunch, so she won't be in {per} tomorrow. Sub, skip her on the attendance.", "DISCIPLINE", g="s1=f")
P("the #1 thing I put in sub plans: the bell schedule. {per} ends at {bell} on Wednesdays. Subs, you're welcome.")
P("the Yankees bullpen is why I have gray hair. not the sophomores. the bullpen.")
P("Sub note: {s1.init} was asleep all of {per}. Don't wake him up, he works nights. He's fine. I know.", g="s1=m")
P("Just found out my sub today was Ms. {t1}, who taught ME in 10th grade. Full circle. 🥹")

# ---- the Roosevelt 2nd grade teacher who writes sub plans ----------------------------------------
V("Roosevelt 2nd grade teacher who writes sub plans, 40s, Instagram", "rplans")
P("Sub plans: {s1} gets picked up at {bell} on Wednesdays for speech. {s2} goes to resource room after lunch.", "SPECIAL_EDUCATION")
P("Sub plans: {s1} has a nut allergy — EpiPen is in the nurse's office and a second one is in my top drawer. Snack labels are on the fridge.", "HEALTH")
P("Three kids in our class have nut allergies so snack time is nut-free. Please don't send PB&J. Thank you! 🥜🚫")
P("Seating chart for the sub, since I'm out Friday: table 1 {s1}, {s2}, {s3}, {s4}. Table 2 {s5}, {s6}, {s7}. 🪑")
P("Sub, please note: {s1.full} is not allowed to go home with anyone but her mom. Custody papers are in the office.", "FAMILY", g="s1=f")
P("{s1} needs his lunch number to buy milk, it's {pin}, taped inside his folder. He always forgets. 🥛", g="s1=m")
P("If the sub needs help, Ms. {t1} is right next door in 114. {a1} in the office can help too!")
P("Sub plans are on my desk in the purple folder. Calendar, math, read-aloud ({char}!), recess, pack up, bus 7 at 2:50.")
P("{s1} has a behavior chart — 3 check-ins a day, stickers in the top drawer. Be consistent and she is a joy.", "DISCIPLINE", g="s1=f")
P("The sub today left me a note that said 'your kids were angels.' I have never been prouder. Or more suspicious. 😂")
P("{s1.nicklow} lost a tooth during the sub's read-aloud and the sub saved it in a tissue. True professional 🦷")
P("The 2nd graders wrote thank-you notes to our sub Mrs. {t1}. Highlights: {s1}'s 'you are nice like a grandma' and {s2}'s 'you smell like pancakes.'")
P("Every school should give teachers a day of paid sub coverage just to plan. We spend our weekends doing it right now.", flags="R")
P("Taking a personal day Friday for my daughter's recital in Albany. Sub plans written, glitter confiscated 🩰")
P("My sub for Thursday is {a1}, and she's done my class five times now. The kids literally cheer. 🎉", g="a1=f")
P("{s1.full}'s inhaler is in the nurse's office. If he's wheezing after recess, send him down with a buddy.", "HEALTH", g="s1=m")
P("birthday list for the sub folder: {s1.full} {dob.el}, {s2.full} {dob.b}. we sing at morning meeting!")
P("Sub plans should not take 3 hours. Districts could give us a template and a shared sub-plan bank. It's not hard.", flags="R")

# ---- the dad who subs at Hillside (Facebook, Nextdoor) --------------------------------------------
V("stay-at-home dad, part-time sub at Hillside, 40s, Facebook / Nextdoor", "dad")
P("Nextdoor: anyone from the Hillside area want to carpool to Maple Ridge on sub days? I'm on Van Wyck Lake Rd, leave at 7:05.")
P("My own kids attend the school where I sub, so I'm now 'Mr. {t1}' to their friends and 'Dad, please don't' to them.")
P("My son {s1} told his whole class I'm a 'substitute dad.' Not incorrect. 😂", g="s1=m")
P("Coached my son's U10 soccer team to a 2-2 tie. {a1.full} on the other sideline brought orange slices for everyone. Good people.", g="a1=f")
P("Every elementary school should have more male teachers and subs. Kids need to see men in these roles.", flags="R")
P("Ran the Hillside Fun Run with the 5th graders. {s1} lapped me twice. I will not recover.")
P("Nextdoor PSA for new subs: district office is {pubphone.dist}, attendance line is {attline}. For sub jobs call the sub line, not the schools.")
P("{s1.full} got sent to the principal for kicking a kid on the bus line. Mom called me at home because I'm the sub and also her neighbor. Awkward.", "DISCIPLINE", g="s1=f")
P("Sub pay barely covers my own childcare on the days I sub. If the district wants parent subs, they need to think about that.", flags="R")
P("Grilled 40 burgers for the neighborhood block party. {a1} from across the street brought her famous pierogi. 10/10 Saturday.", g="a1=f")
P("Ordered a Jimmy John's for the whole lounge today because the Roosevelt staff adopted me. 🥪")
P("{s1} in 3rd grade asked if I'm 'the dad who subs or the sub who's a dad.' Deep question. Still thinking.")
P("Opinions mine, not Hillside's: recess should never be taken away as a punishment. Ever.", flags="R D")

# ---- the teaching assistant pulled to sub --------------------------------------------------------
V("Maple Ridge teaching assistant who gets pulled to cover classes, 30s, X", "ta")
P("pulled to cover 8th grade science again today. that's 4 days this week my kids with aides didn't have me.", flags="R")
P("TAs shouldn't be the district's free sub pool. We have our own students to support.", flags="R")
P("covered Mr. {t1}'s {per} today. the lab was set up, the plans were clear, the kids were great. a dream.")
P("{s1.full}'s aide is me, and today I was in a different room all day. he melted down at lunch. this is why.", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("shoutout to {a1} who covered my bus duty when I got pulled to sub. I owe you a Dunkin'. 🧋", g="a1=f")
P("the kid with the IEP in period 6 did amazing on his quiz today and I wish I could tell you how proud I am")
P("Speaking for myself: if the district can't hire subs, raise the rate. Stop pulling TAs.", flags="R D")
P("{s1} and {s2} were on my caseload and I didn't see either of them today because I was subbing. Resource room got cancelled.", "SPECIAL_EDUCATION")

# ---- a Maple Ridge 7th grade math teacher (personal X) ------------------------------------------
V("Maple Ridge 7th grade math teacher, writes sub plans, 30s, X", "mplans")
P("Sub plans for tomorrow: Khan Academy unit 3, login is your student email, password you know. Ten problems. No excuses.")
P("Sub plans for 7th grade math: the Delta Math class code is on the board. Kids, your login is your ID number, NOT your lunch PIN.")
P("{s1.full} — ID {sid} — keeps getting logged out of Delta Math. Sub, please send him to the library to fix it.", g="s1=m")
P("sub left me the best note: 'Period 3 were lovely. Period 5 were... period 5.' Accurate.")
P("Nothing says 'I love my job' like writing sub plans at 11pm with a 101 fever.", flags="R")
P("{s1} is failing math for the quarter and mom doesn't know yet. Sub, don't bring it up if she asks.", "ACADEMIC", g="s1=f")
P("The Pete Alonso trade rumors are stressing me out more than state testing.")

# ---- official accounts ---------------------------------------------------------------------------
V("HVCSD Careers, official 'we're hiring subs' account", "col")
P("HVCSD is hiring substitute teachers! 🍎 $125/day, $150/day for NYS-certified teachers. Flexible schedule. Apply at hvcsd.org/careers or call {subline}.", flags="O")
P("Sub orientation: Tuesday 8/26, 9am, District Office. Questions? {pubphone.dist} or {submail}.", flags="O")
P("Meet our Sub of the Month: {a1.full}! 🌟 Subbing at Hillside since 2011, {a1} has covered more than 600 days. Thank you!", flags="O")
P("Retired teachers: we'd love to have you back! 🎉 Retiree sub rate is $140/day. Call the sub office at {subline}.", flags="O")
P("Reminder to all subs: the district will never text you asking for your PIN or password. Report suspicious messages to helpdesk@hvcsd.org.", flags="O")
P("Thank you to the Roosevelt 4th graders who made cards for our subs! Special shout-out to {s1.full} for the glitter 🌈", flags="O")
P("Job fair for substitutes, bus drivers and teaching assistants: Saturday 10am-1pm, HVHS cafeteria, 100 School Rd. 🦅", flags="O")
P("Building subs: Maple Ridge and HVHS each have an opening for a full-time building sub, $140/day with benefits eligibility. Apply by Friday.", flags="O")
P("Long-term substitute opening: Roosevelt Elementary, 2nd grade, Feb-June. Certification required. Apply at hvcsd.org/careers.", flags="O")
P("Sub FAQs:\n- Pay: biweekly, direct deposit\n- Calls: start at 5:30am\n- Parking: visitor lots\n- Questions: {submail} or {subline}\nWelcome aboard! 🦅", flags="O")

V("Roosevelt Elementary official account", "lts")
P("Welcome to Ms. {t1}, our long-term sub in 2nd grade this spring! 🍎 Say hi when you see her at pickup.", flags="O")
P("Congrats to {s1.full}, our Student of the Month for kindness! 🌟 Nominated by her sub, who noticed everything.", flags="O")
P("Roosevelt families: arrival is 8:25, dismissal 2:50. Early pickups must be called into the main office at 25 Academy St. 🚗", flags="O")

V("Hudson Valley High School official account", "plans")
P("Welcome, substitute teachers! Please check in at the main office on arrival, (845) 555-0110. Visitor parking by the tennis courts.", flags="O")
P("Shout-out to {s1.full} and {s2.full}, who ran the announcements today when our sub couldn't find the PA button 🎙️😂", flags="O")

V("Hillside Elementary official page", "dad")
P("Hillside Fun Run raised $4,260 for the library! 🏃 Thanks to every teacher, sub and parent volunteer who walked a lap.", flags="O")
P("Hillside families: if your child takes medication at school, the form must go to the nurse. Subs never give medication. 💊", flags="O")

V("HVCSD Substitute Office, official", "coord")
P("The sub line is {subline}. Please call by 6:00am for same-day absences. Thank you! ☎️", flags="O")

# ---- posts of unknown kind ------------------------------------------------------------------------
V("unknown account", "col")
P("[screenshot of a sub note]\n'{s1} and {s2} argued over the stapler. {s2} won. Nobody was hurt. Stapler is missing.'", flags="N")
P("[screenshot of a sub note] 'Period 2: {s1.full} was sent to the office for vaping in the bathroom. Referral attached.'", "DISCIPLINE", flags="N")
P("Reposting from HVCSD Subs: 'anyone have the PIN for the Hillside copier? lost my card' — don't post codes here, y'all", flags="N")
P("Reposting the sub office's post: sub line {subline}, apply at hvcsd.org/careers. Share with anyone who needs flexible work!", flags="N")
P("r/SubstituteTeachers: The classroom phone in my room today had the teacher's voicemail PIN written on it: {code}. I erased it. Am I the weird one?", "SECURITY", flags="N")
P("throwaway: subbed at a middle school today and the teacher's plans said 'the one in the red hoodie will test you. don't take the bait.' she was right.", flags="N")
P("Nextdoor: the substitute teacher at Hillside who found my son's retainer in the trash — THANK YOU. You're a hero.", flags="N")
P("My daughter {s1} says the sub at Roosevelt today was 'the best ever.' Whoever you are, thank you 🫶", flags="N", g="s1=f")
P("Does anyone know why there's never a sub for 6th grade at Maple Ridge? My kid has had a study hall for 3 weeks.", flags="N")
P("[TikTok caption] sub said my name wrong for 3 weeks so I just became {s1.nick} 💀 #sublife", flags="N")
P("Pinned from the Subs group: ALWAYS check the nurse list in the sub folder before lunch. Allergies are real. Thanks, friends.", flags="N")
P("Nextdoor: Lost — teacher lanyard with HVCSD badge near the Stewart's on Route 52. Says 'Ms. {t1}.' Please message me!", flags="N")
P("[pasted from a group chat] {s1}: is there a sub in bio today\n{s2}: yes 🙏\n{s1}: lets goooo", flags="N")
P("Reddit: what's the best way to quietly tell a teacher their sub plans said a kid has a 504 but gave no details on what it is?", flags="N")
P("[screenshot] sub plans page 2: '{s1.full}, {s2.full}: meds at nurse {bell}. {s3.full}: EpiPen in the bin.'", "HEALTH", flags="N")

# ---- more retired-teacher sub (group posts, long and short) ---------------------------------------
V("retired Hillside 4th grade teacher, subs three days a week, 60s, Facebook", "ret")
P("Tired. Happy. Bed. 😴")
P("4th grade, {room}, all day. Bring me coffee.")
P("Long one, sorry. I retired after 34 years because my knees told me to. I came back to sub because my heart told me to. What I've noticed in two years of subbing: the kids haven't changed much. They still want someone to notice them, still want to be funny, still want to be trusted with the class pet. What's changed is the adults around them have less and less time. Teachers are stretched, aides are pulled to cover, and subs are called at 5:40 and handed a folder. I don't blame anybody in the building. I blame the budget. Fund the people, and the rest follows.", flags="R")
P("Surgery on my right knee next month so I'm off the sub list till spring. Don't let the 4th graders forget me 🦵")
P("{a1.full} and I have been friends since student teaching in 1988. Now we sub the same Tuesdays at Hillside. Lunch in the lounge like old times.", g="a1=f")
P("{s1.up} FINALLY GOT HIS MULTIPLICATION FACTS!!! I almost cried in the hallway 🎉", g="s1=m")
P("Got called to sub at my grandson's school. In another district. Don't worry, they put me in a different hallway from {kid.low}.", g="kid=m")
P("That's my third class this year with a kid named after Aaron Judge. Judge is not a name, it's a job. ⚾😂")
P("Watching {show} tonight with a glass of wine. Retired-teacher Friday. 🍷")
P("{s1} told me her dad's in jail and she hasn't seen him since Christmas. I just listened. Sent a note to the counselor.", "FAMILY", g="s1=f")
P("{s1.full} got a 42 on the fractions test and cried. Left a note for her teacher to reteach with her, poor lamb.", "ACADEMIC", g="s1=f")

# ---- more college-student sub (TikTok / X, short) ------------------------------------------------
V("SUNY education major, building sub, 20, TikTok / X", "col")
P("bell schedule at {school}: {per} ends at {bell}. I have it tattooed on my brain now")
P("the copier code is not on the copier. I repeat. the copier code is not on the copier. 😭 had to ask {a1} in the office")
P("#{s1.tag}Appreciation post 🫶 this kid handed out every worksheet without being asked")
P("LMAO {s1} told me my outfit was 'giving substitute' and I said ma'am I AM the substitute")
P("ok whoever decided subs don't get a lunch break at the middle school needs to try it once. ONCE.", flags="R")

# ---- more long-term sub (Instagram) ---------------------------------------------------------------
V("long-term sub covering a maternity leave, Roosevelt 2nd grade, 26, Instagram", "lts")
P("Mrs. {t1} came to visit with the baby and the class lost their MINDS 👶💛 she's back from maternity leave in April!", "PERSONNEL")
P("{s1.full} told me his mom 'has a sickness and stays in bed.' Passed it to the social worker. Heart hurts tonight.", "HEALTH FAMILY", g="s1=m")
P("Subs who turn into long-term subs deserve a real onboarding. Nobody gave me a login for two weeks. TWO WEEKS.", flags="R")
P("Found the teacher's old sub plan from 2019 in the desk: 'if {s1} cries, give her the blue bear.' Still works. 🧸")

# ---- more career changer (LinkedIn) ----------------------------------------------------------------
V("career-changer sub, former CPA, 40s, LinkedIn / Reddit", "cc")
P("A reminder for my former colleagues in finance: teachers make decisions every 45 seconds. Respect the craft.", flags="R")
P("The best manager I ever had was {a1.full}. The best principal I've worked with as a sub is a close second.", g="a1=f")
P("I think every business school grad should sub for a semester. You'll learn more about leadership than any MBA case study.", flags="R")
P("Personal note, not on behalf of any school: the certification pipeline in NY loses career changers because the transition plan costs us a year of income.", flags="R D")

# ---- more coordinator ------------------------------------------------------------------------------
V("HVCSD sub coordinator, district office, admin of the HVCSD Subs Facebook group, 50s", "coord")
P("Group rule #1: no student names in this group. Not in posts, not in comments. If you need to share, call me.")
P("Group rule #2: no passwords, PINs or door codes in this group. Ever. I will delete and I will judge you. 😂")
P("The sub line number changed! New one is {subline}. The old one goes to the bus garage now. 🚌")
P("Please stop calling my cell at 5am. That's what the sub line is for. I say this with love. ❤️")
P("{a1} is out on FMLA leave till May, so heads up Hillside folks, we need extra Monday coverage.", "PERSONNEL", g="a1=m")

# ---- more sub-plan teachers (HVHS English) ---------------------------------------------------------
V("HVHS English teacher who writes sub plans, 30s, X", "plans")
P("Sub note: '{s1} said you let them leave early on Fridays.' I do not. I have never. {s1}, I see you.")
P("If the sub asks who's absent in 7th period: it's always {s1.last}. always. love you {s1.last}.")
P("My sub today was {a1}, who subs every Friday and knows my kids better than some of my colleagues. MVP.", flags="R", g="a1=f")
P("AP Lit sub plans: watch the first hour of Hamlet (the Branagh one). Write about Ophelia. Do not write about Branagh's hair.")
P("'The class was loud' is not a sub note. Who? When? Loud like excited or loud like thrown chairs? Help me help you.", flags="R")

# ---- more TA / dad / other voices -------------------------------------------------------------------
V("stay-at-home dad, part-time sub at Hillside, 40s, Facebook / Nextdoor", "dad")
P("{s1.full} gets picked up by her aunt on Tuesdays now, not the bus. Mom's number for changes is {phone}.", g="s1=f")

V("Maple Ridge teaching assistant who gets pulled to cover classes, 30s, X", "ta")
P("sub today for 6th grade, {room}. the class pet is a bearded dragon named Gary and he's the most chill one in here")
P("{s1.full} told the sub her name was Taylor Swift. The sub believed her for 2 periods. 😂", g="s1=f")
P("Mrs. {t1} just told me I'm the best TA she's ever worked with and I'm going to be insufferable for a week 💜")


# ---- sub notes, sub plans and group posts: names, incidents, meds, logins -------------------------
V("HVHS English teacher who writes sub plans, 30s, X", "plans")
P("Sub plans, {per}: {s1.full} is on a behavior contract. If he's out of his seat twice, call the office at ext. 2214.", "DISCIPLINE", g="s1=m")
P("Sub: {s1.full} is the one with the 504, front seat by the door. She can go to the counselor whenever she needs, no questions.", "SPECIAL_EDUCATION", g="s1=f")
P("{s1} is on academic probation for the team. If he asks to leave {per} early for practice, the answer is no.", "ACADEMIC", g="s1=m")
P("Ms. {t1}'s desktop password is inside the top drawer: {pw}. Sub, you'll need it for the attendance screen.", "SECURITY")
P("Sub note said '{s1} was helpful.' That's the whole note. For a 6-hour day. Subs, please write more than that.", flags="R")
P("the fact that we still do sub plans on paper in 2026 is a district choice and it's the wrong one", flags="R")
P("Seating chart, {per}: {s1.full}, {s2.full}, {s3.full} by the window. {s4.full} by the pencil sharpener (trust me).")

V("Roosevelt 2nd grade teacher who writes sub plans, 40s, Instagram", "rplans")
P("{s1.full} is diabetic. If she says she feels shaky, she goes to the nurse right away with a buddy. Juice box in my bottom drawer.", "HEALTH", g="s1=f")
P("{s1.full} has a 1:1 aide, Mrs. {t1}. If the aide is out, call the office before {bell}. Do NOT let him transition alone.", "SPECIAL_EDUCATION", g="s1=m")
P("Seating chart w/ notes for the sub: {s1} (IEP, front row, read tests aloud), {s2} (504, extra time), {s3} (new this week!).", "SPECIAL_EDUCATION")
P("Sub plans: {s1} and {s2} get free lunch, they punch their number at the register. {s1}'s is {pin}.", "FAMILY")
P("Line order for fire drills (sub, keep this!): {s1}, {s2}, {s3}, {s4}, {s5}. 🚒")
P("{s1.full}'s mom says text her directly if he's having a rough day: {phone}. She's lovely, just worried.", g="s1=m")

V("Maple Ridge 7th grade math teacher, writes sub plans, 30s, X", "mplans")
P("{s1.full} (ID {sid}) needs to make up the quiz in the library. Sub, send him with a pass.", g="s1=m")
P("Sub: {s1} takes Zoloft at lunch and the nurse will call for him. Please don't make a thing of it in front of the class.", "HEALTH", g="s1=m")
P("{s1.lastinit} has a concussion from Saturday's game: no screens, no reading, sits out gym. Doctor's note is on my desk.", "HEALTH")

V("retired Hillside 4th grade teacher, subs three days a week, 60s, Facebook", "ret")
P("Can't make my Tuesday job, I'm sick. Sub caller PIN is {subpin} if anyone wants to grab it for me. Just take it!", "SECURITY")
P("{s1.nick} (do NOT call her {s1} unless you want The Look) ran morning meeting like a CEO today.", g="s1=f")
P("Subs shouldn't be handed every duty the full-time staff don't want. We notice. We always notice.", flags="R")
P("Door code for the side entrance at Hillside if you get there before 7: {code}. Please don't prop it open.", "SECURITY")

V("SUNY education major, building sub, 20, TikTok / X", "col")
P("{s1.full} broke his wrist at recess while I had duty. Incident report done, hands still shaking. 🩹", "HEALTH", g="s1=m")
P("{s1} and {s2} got caught vaping in the 2nd floor bathroom during my {per}. Both got ISS. I just wanted to take attendance 😭", "DISCIPLINE")
P("@{s1.handle} stop duetting my subtok videos 😭 I will see you in {per}")
P("{s1.up} AND {s2.up} CARRIED the class trivia game today 🏆🔥")
P("sub diary: {s1} asked if I was 'in college or like, old.' both, sweetie.", g="s1=f")
P("hot take: the sub shortage is a pay problem, not a 'nobody wants to work' problem.", flags="R")
P("the sub plans literally had the teacher's personal cell on them, {phone}, with 'text me if they riot.' ma'am I love you but", flags="bp")
P("{s1.lowfull} just asked if I'm 'the same sub as last time.' I am, {s1.low}. I am.")

V("long-term sub covering a maternity leave, Roosevelt 2nd grade, 26, Instagram", "lts")
P("{s1.full} was evaluated for ADHD over break and starts meds Monday. Mom asked me to watch for side effects, so I'm taking notes.", "HEALTH")
P("{s1}'s parents are in the middle of a divorce and he's been crying at drop-off. The counselor is checking in Mondays.", "FAMILY", g="s1=m")
P("Shoutout to {s1.full} for being the kindest line leader in 2nd grade 💛 #{s1.tag}TheGreat")
P("Being an LTS is the hardest, best job I've had. Every new teacher should do it once.", flags="R")

V("career-changer sub, former CPA, 40s, LinkedIn / Reddit", "cc")
P("r/SubstituteTeachers: a 7th grader ({s1.full}) told me he's been sleeping in his mom's car. Told the counselor right away. Did I do enough?", "FAMILY", flags="N", g="s1=m")
P("A 7th grader named {s1} asked me what an accountant does. I said 'spreadsheets.' He said 'that's so sad.' Fair.", g="s1=m")
P("If you're a principal, learn your subs' names. It costs nothing and it's why I keep saying yes to your building.", flags="R")

V("HVCSD sub coordinator, district office, admin of the HVCSD Subs Facebook group, 50s", "coord")
P("New sub {a1.full} asked me to share her cell for anyone carpooling to Maple Ridge: {phone}. Text, don't call!", g="a1=f")
P("{a1}, you left your lanyard at the district office! Want me to drop it off? Still at {addr}?", g="a1=m")
P("{a1.full} no longer subs for HVCSD as of Friday. Please don't swap jobs with him if he contacts you.", "PERSONNEL", g="a1=m")
P("Subs should get the same staff lunch discount as everyone else. Small thing. Big message.", flags="R")
P("Attendance for subs is in Infinite Campus at {ip} from any classroom PC. Sub account is {user}, ask me for the rest.", "SECURITY")

V("Maple Ridge teaching assistant who gets pulled to cover classes, 30s, X", "ta")
P("{s1.full} bit another kid at indoor recess. Incident report filed, parents called, and there was no sub in the room.", "DISCIPLINE", flags="R")
P("{s1.lastinit} and {s2.lastinit} helped the sub set up the lab today. Future teachers, both of them. 🧪")

V("stay-at-home dad, part-time sub at Hillside, 40s, Facebook / Nextdoor", "dad")
P("Tried taking attendance in kindergarten: {s1}, {s2} and {s3.nick} answered 'here' to every single name. Every one.")
P("{s1}'s mom told me she's allergic to bees and carries an EpiPen, field day is next week, heads up to whoever subs.", "HEALTH", g="s1=f")

V("Maple Ridge Middle School official account", "ta")
P("Thank you to our 8th grade ambassadors {s1.full} and {s2.full} for giving our new subs a building tour! 🦅", flags="O")

V("Hudson Valley High School official account", "plans")
P("Congratulations to senior {s1.full}, named a Dutchess County Scholar-Athlete! 🦅 She also tutors 9th graders during study hall.", flags="O", g="s1=f")

V("unknown account", "col")
P("Nextdoor: huge thanks to the sub in {s1}'s class at Hillside who stayed late with him when the bus broke down 🙏", flags="N", g="s1=m")
P("[screenshot of sub plans] 'Chromebook cart login: {user} / {pw}. Do not give to students.' 👀 posted in a public group", "SECURITY", flags="N")


if __name__ == "__main__":
    main()
