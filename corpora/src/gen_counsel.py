"""Generate corpora/src/counsel.jsonl: posts by the student-support staff.

Voices: school counselors (elementary, middle, high school), school psychologists, school social
workers, the attendance officer, the McKinney-Vento / homeless liaison, the 504 coordinator, the
college and career counselor and crisis-team members, on LinkedIn, X, Facebook, Instagram and a
professional counselors' forum, plus official counseling / college-and-career / student-services
accounts and posts of unknown kind (reposts, screenshots, forum quotes).

This is the densest sensitive content of the corpus: mental health, family situations (custody,
foster care, homelessness, immigration, CPS), 504 plans and evaluations, threat assessments and
suspensions, failing grades and credit deficits, tied to a named student or to one identifiable
from context ("the senior I've been seeing since September whose dad just got deported"). Students'
names are rarer than in teacher slices: initials, nicknames, last names. Many more posts only LOOK
sensitive and carry no category: mental-health advocacy, caseload ratios, statistics, suicide
prevention month resources with PUBLIC hotlines (988, 741741, the HVHS main office), FAFSA tips,
college-admissions news, scholarship announcements on official accounts (directory information),
conference talks, book recommendations (authors and researchers are adults, not students),
opinions on policy and staffing. Span leaks: student IDs, parents' cells, students' emails, home
addresses (a family's motel room, a foster placement), dates of birth, SIS / Naviance passwords,
internal hosts.

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
      adult names, {room} {num} {year} {date} {time} {pubphone} {pubphone.dist} {pubphone.hs}
      {attline} {pubmail} {pct} {money} {ratio} {days}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "counsel.jsonl"
SEED = 20261209

LOCALES = ["en_US", "es_MX", "es_CO", "vi_VN", "zh_CN", "pl_PL", "pt_BR", "en_NG", "fr_FR", "it_IT",
           "en_IN", "fil_PH", "de_DE", "en_GB", "tr_TR", "ga_IE", "nl_NL", "es_ES"]
# Names as US staff would type them, for locales whose Faker names are not in Latin script:
# (male firsts, female firsts, surnames).
ROMAN = {
    "ht": (["Jean-Claude", "Wesner", "Ricardo", "Stevenson", "Fritzner", "Jameson", "Kervens", "Dieuly"],
           ["Nadège", "Widline", "Fabiola", "Mirlande", "Roseline", "Sherlyne", "Darline", "Esther"],
           ["Pierre", "Jean-Baptiste", "Louis", "Desir", "Charles", "Joseph", "Etienne", "Augustin",
            "Toussaint", "Beauvais"]),
    "ar": (["Mahmoud", "Anas", "Faisal", "Yazan", "Ibrahim", "Mustafa", "Adnan", "Walid", "Kareem"],
           ["Hana", "Lina", "Ruqayya", "Sara", "Jana", "Zainab", "Malak", "Nour", "Reem"],
           ["Al-Sayed", "Haddad", "Mustafa", "Barakat", "Shami", "Jaber", "Awad", "Hijazi", "Karam"]),
    "uk": (["Danylo", "Roman", "Ivan", "Matviy", "Yurii", "Pavlo", "Serhii"],
           ["Mariia", "Anna", "Veronika", "Uliana", "Kateryna", "Yevheniia", "Alina"],
           ["Hrytsenko", "Moroz", "Ivanenko", "Kravets", "Polishchuk", "Rudenko", "Sydorenko"]),
    "ko": (["Tae-yang", "Jun-seo", "Min-ho", "Woo-jin", "Si-woo", "Ha-jun"],
           ["Chae-won", "Da-eun", "Seo-ah", "Ye-jin", "Hye-won", "Na-yeon"],
           ["Baek", "Seo", "Hwang", "Oh", "Ahn", "Song", "Jeon", "Lim"]),
    "hi": (["Aditya", "Siddharth", "Yash", "Pranav", "Nikhil", "Harsh", "Tanmay"],
           ["Aditi", "Pooja", "Sneha", "Tanvi", "Nisha", "Shreya", "Ira"],
           ["Kulkarni", "Deshpande", "Pillai", "Verma", "Agarwal", "Banerjee", "Rao", "Sinha"]),
    "am": (["Abel", "Dawit", "Yonas", "Henok", "Bereket", "Nahom"],
           ["Selam", "Hiwot", "Meron", "Bethlehem", "Tsion", "Liya"],
           ["Tesfaye", "Bekele", "Girma", "Haile", "Alemu", "Worku", "Mengistu"]),
}
NAME_WEIGHTS = {"en_US": 25, "es_MX": 12, "es_CO": 4, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "pt_BR": 3,
                "en_NG": 4, "fr_FR": 2, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "de_DE": 2, "en_GB": 2,
                "tr_TR": 2, "ga_IE": 3, "nl_NL": 1, "es_ES": 2,
                "ht": 4, "ar": 3, "uk": 3, "ko": 2, "hi": 2, "am": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "vi_VN"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Jacqueline", "Jax", "f"), ("Fernando", "Nando", "m"), ("Nguyen Minh", "Mikey", "m"),
         ("Wilhelmina", "Billie", "f"), ("Olusegun", "Segun", "m"), ("Isabella", "Izzy", "f"),
         ("Rafael", "Rafa", "m"), ("Stanisława", "Stasia", "f"), ("Jeremiah", "Jerry", "m"),
         ("Dolores", "Lola", "f"), ("Tobiah", "Toby", "m"), ("Anjali", "Anju", "f"),
         ("Leonardo", "Leo", "m"), ("Cassandra", "Cassie", "f"), ("Ezekiel", "Zeke", "m"),
         ("Mackenzie", "Kenzie", "f"), ("Joaquín", "Quino", "m"), ("Antoinette", "Toni", "f"),
         ("Bartholomew", "Bart", "m"), ("Guadalupe", "Lupe", "f"), ("Emmanuel", "Manny", "m"),
         ("Josefina", "Fina", "f"), ("Dmytro", "Dima", "m"), ("Samantha", "Sammie", "f")]

STREET_BASES = ["Fishkill", "Vassar", "Wappinger", "Sprout Creek", "Beekman", "Hopewell", "Salt Point",
                "Pleasant Valley", "Spackenkill", "Titusville", "Old Hopewell", "Cedar Hill", "Myers Corners",
                "Widmer", "Losee", "Innis", "Smith", "Academy Hill", "Violet", "Camelot"]
STREET_SUFFIX = ["Rd", "Ave", "St", "Ln", "Dr", "Ct", "Pl", "Terrace", "Blvd", "road", "ave", "Hwy"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers sit among the plain ones.
BIOS = [
    ("hsc", "HS school counselor 💚 | Hudson Valley | my views, not HVCSD's", True),
    ("hsc", "Professional School Counselor | M.S.Ed. | all posts personal, not on behalf of my district", True),
    ("hsc", "school counselor | 9-12 | opiniones propias 🌎", True),
    ("hsc", "school counselor, HVHS | runner | my own caseload of 400 and counting", False),
    ("hsc", "counselor 💬 | senior year survivor x14 | lattes", False),
    ("hsc", "school counselor 🌱 | tell me about your day | opinions welcome", False),
    ("esc", "elementary school counselor 🌈 | feelings charts & friendship groups | views are my own", True),
    ("esc", "K-5 counselor | Roosevelt | sel nerd | ideas here are mine, not the district's", True),
    ("esc", "elementary counselor 🧸 | puppets have feelings too", False),
    ("esc", "school counselor | mom of 2 | worry monsters & glitter jars ✨", False),
    ("psy", "School Psychologist, NCSP | personal account — not speaking for my employer", True),
    ("psy", "school psych 🧠 | testing kits and tea | my opinions only", True),
    ("psy", "school psychologist | assessment, consultation, bad puns", False),
    ("psy", "NCSP | 19 yrs | cognitive testing is my cardio", False),
    ("sw", "LCSW | school social worker | views expressed are my own and not those of HVCSD", True),
    ("sw", "school social worker 🏠 | home visits & hot coffee | speaking only for myself", True),
    ("sw", "school social worker | LMSW | knitting through the trauma", False),
    ("sw", "social worker 💛 | resource binder queen", False),
    ("att", "attendance officer, HVCSD | my posts, my views", True),
    ("att", "attendance / truancy | 26 yrs | Yankees & grandkids", False),
    ("att", "attendance guy | home visits | these views are not my own, they're my wife's 😂", False),
    ("mv", "McKinney-Vento liaison | every kid deserves a school home | personal views only", True),
    ("mv", "homeless liaison + foster care POC | coffee | views not the district's", True),
    ("mv", "McKinney-Vento liaison 🏠 | backpacks & bus passes", False),
    ("c504", "504 coordinator | accommodations nerd | tweets mine, not my employer's", True),
    ("c504", "504 coordinator / assistant principal | dog dad", False),
    ("ccc", "college & career counselor 🎓 | FAFSA whisperer | views my own", True),
    ("ccc", "College & Career Center @ HVHS | personal acct, not official", True),
    ("ccc", "college counselor 🎓 | 1,000 rec letters written | Common App survivor", False),
    ("ccc", "career counselor | trade schools are schools too 🔧", False),
    ("crisis", "crisis team | school counselor | LMHC | I speak only for myself here", True),
    ("crisis", "crisis response team member | PREPaRE trained | hiker", False),
    ("crisis", "school counselor on the crisis team 🫶 | take care of yourselves", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "hsc": "HVHS School Counseling Department (official) | 100 School Rd | (845) 555-0110",
    "esc": "Roosevelt Elementary School (official page) 🦅",
    "psy": "HVCSD Pupil Personnel Services | official",
    "sw": "HVCSD Student Support Services (official)",
    "att": "HVCSD Attendance Office | official | attendance@hvcsd.org",
    "mv": "HVCSD Student Support Services (official)",
    "c504": "HVCSD Pupil Personnel Services | official",
    "ccc": "HVHS College & Career Center | official account 🎓",
    "crisis": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "718", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com",
                     "optonline.net", "live.com"]
    HOSTS = ["guidance-fs01.hvcsd.local", "sis-db.hvcsd.internal", "naviance-sync.hvcsd.lan",
             "pps-share.hvcsd.local", "crisis-alerts.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo|son)\b", r"\b(she|her|hers|she's|shes|herself|mija|daughter)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(10, 99)}", f"{l}.{f}", f"the{l}s", f"{f}_{l}{r.randint(1, 9)}",
                f"{f[0]}{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Guidance{r.randint(10, 99)}{r.choice('!#@')}",
                         f"{r.choice(['Falcon', 'Hudson', 'Counsel', 'Senior'])}{r.choice(['Heart', 'Path', 'Care'])}{r.randint(1, 99)}!",
                         f"hvpps{r.randint(2021, 2026)}",
                         f"{r.choice(['calm', 'breathe', 'kindness'])}{r.choice(['Corner', 'Jar', 'Club'])}{r.randint(10, 99)}",
                         f"Navi{r.choice(['ance', 'Grad'])}{r.randint(100, 999)}$"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{r.randint(10, 99)}", f"{f}{l[:1]}.x", f"not{f}", f"{f}{l}{r.randint(1, 9)}",
                         f"{f}{r.choice(['.draws', '_fits', '.mp3', '_vibes'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 27, 41, 60, 112, 215])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}"]),
            "num": lambda: str(r.randint(5, 27)),
            "year": lambda: str(r.randint(2025, 2027)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "time": lambda: r.choice(["7:30", "8:05", "9:40", "10:15", "11:50", "12:35", "1:20", "2:10", "2:45", "3:15", "6:30"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "pct": lambda: str(r.randint(12, 48)),
            "money": lambda: r.choice([f"${r.randint(5, 40)},000", f"${r.randint(1, 9)},500", f"${r.randint(250, 999)}"]),
            "ratio": lambda: r.choice(["410:1", "388:1", "455:1", "372:1", "520:1", "431:1"]),
            "days": lambda: str(r.randint(19, 61)),
        }


SK = genlib.Skeletons("student support staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if {"O", "N"} & sk["flags"]:
        return 2 if x < 0.4 else 1
    if "R" in sk["flags"]:
        return 3 if x < 0.25 else 2 if x < 0.75 else 1
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.12 else 2 if x < 0.55 else 1
    return 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.4, 0.15), other=(0.45, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.08, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. A category only when the detail is tied to a named
# student, a colleague, or a student identifiable from context ("the senior whose dad was just
# deported", "our only 6th grader in foster care"); "a kid on my caseload" stays clean. R only for
# personal posts whose text takes a position about the district / a school / education /
# colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- high school counselors ----------------------------------------------------------------------
V("HS school counselor, 30s, X", "hsc")
P("The senior I've been seeing since September, the one whose dad got deported over Thanksgiving, just told me she's dropping to part-time to work. I don't have words tonight.", "FAMILY")
P("ASCA recommends 250:1. My caseload is {ratio}. Do the math on how many minutes each kid gets with me per year. Spoiler: not enough.", flags="R")
P("caseload check: 412 kids, 1 counselor, 0 lunch breaks this week 🥲")
P("{s1.full} told me today she hasn't slept more than 4 hrs a night since her parents split. we're starting weekly check-ins & I called mom", "HEALTH FAMILY", g="s1=f")
P("Schedule change requests close Friday at 3. After that it's a form AND a parent signature. I don't make the rules (I do enforce them)")
P("Every high school should have a full-time counselor just for mental health and a separate one for scheduling. Asking one person to do both is how kids fall through.", flags="R")
P("When a senior says 'I'm fine' in that voice you already know. Best and hardest job in the building.", flags="R")
P("{s1.lastinit} in 11th is 6 credits short and we just found out his transcript from Honduras never got evaluated. Fixing it this week.", "ACADEMIC", g="s1=m")
P("just had the 'you can still graduate on time' talk with a junior who really needed to hear it. I needed it too honestly")
P("Rejection letters are rolling in and my door is open. Bring tissues, leave with a plan. 💚")
P("if one more person calls us 'guidance' like it's 1987 I'm changing my title to Senior Feelings Logistics Manager", flags="R")
P("{s1} finally told me what's been going on at home. CPS report filed at 2:14pm. she's staying with an aunt tonight. please let this be the turning point", "FAMILY", g="s1=f")

V("HS counselor, 40s, Facebook", "hsc")
P("Senior awards night was tonight and I cried through the whole thing. Every one of those kids has a story. So proud. 🎓")
P("Counselors should not be proctoring AP exams for 2 weeks every May. That's 10 days nobody's door is open. Somebody please fix this.", flags="R")
P("my son {kid} made varsity soccer at his school today and I screamed in the Stop & Shop parking lot ⚽")
P("{s1.full}'s mom called me sobbing, they lost the apartment and are staying at the Red Roof on Route 9. I'm getting the MV paperwork started tomorrow.", "FAMILY")
P("Her mom's cell is {phone} if anyone on the team needs it for the {s1.last} meeting tomorrow, she said text don't call", g="s1=f")
P("Anyone know if the Dutchess County mobile crisis team still does school visits after 5pm? Asking for a protocol update, not a case.")
P("Wrote 38 rec letters this fall. Every single one of these kids deserves a school that sees them. Proud of all of them.")
P("Hot take: class rank does more harm than good. Most colleges don't even want it anymore. Drop it, HVHS.", flags="R")
P("our new counseling intern started today and she already remembers more names than I do. Welcome to the chaos Ms. {t1}!! 🎉")

V("HS counselor, 20s, Instagram", "hsc")
P("first year as a school counselor: done ✅ 412 kids, 38 college apps, 1 very dead desk plant 🪴 see y'all in August")
P("things my students said this week, a thread 🧵\n1. 'is FAFSA a person'\n2. 'can I major in napping'\n3. 'you're like a therapist but free'")
P("they really expect 1 counselor to run 504 meetings, master schedule, AP testing AND crisis response. respectfully, no 🙃", flags="R")
P("decorated my office with a calm corner: fairy lights, a fidget basket, a sign that says 'you're allowed to be here' 🌿")
P("{s1.low} came in today and said 'i did the breathing thing before my test and got a B.' the breathing thing works y'all 🫁")
P("{s1.nick} just got discharged from inpatient and comes back Monday. re-entry meeting at 8, pls be gentle with her teachers 💛", "HEALTH", g="s1=f")
P("the sophomore I've been working with since the overdose in October is back on the honor roll. I'm not crying at my desk, you are", "HEALTH")
P("a kid asked me today if I'm allowed to have feelings. I said yes and I'm having a lot of them right now about the mashed potato bar")

V("HS counselor, 50s, LinkedIn", "hsc")
P("After 22 years as a school counselor, here is what I know: relationships before programs. Every time. The best curriculum in the world means nothing if no adult in the building knows the kid's name.", flags="R")
P("Honored to present 'Re-entry After Hospitalization' at the NYSSCA conference in Saratoga this weekend. Slides on request. #SchoolCounseling")
P("Thrilled to share that I've accepted a new role as Director of School Counseling at Hudson Valley CSD. Grateful to my team at Hillside for 9 wonderful years.")
P("Unpopular opinion: the 'counselor as quasi-administrator' model is broken. Let counselors counsel. #SchoolCounseling #MyViewsOnly", flags="R D")
P("Proud of the work our team did this year on the 9th grade transition program. 94% of freshmen on track for credits by January.")
P("Mental health days for students are now excused in NY. Whatever your view, please read the actual law before commenting. Views my own, not my district's.", flags="D")
P("Congratulations to my colleague {a1.full} on earning her LMHC! Countless late nights, one very supportive golden retriever. 🎉", g="a1=f")

# ---- middle school counselors --------------------------------------------------------------------
V("middle school counselor, 30s, X", "hsc")
P("7th grade drama update: three friendship breakups, one reconciliation, and a kid who tried to mediate using a Mario Kart metaphor. solid Tuesday")
P("the 6th grader in the wheelchair (you know which one, there's only one) told me he's being left out at lunch again. working on it with the aides today", "HEALTH")
P("Phones are the #1 thing I deal with. Group chats, screenshots, 2am drama. Maple Ridge needs a bell-to-bell phone policy yesterday.", flags="R")
P("{s1.full} and {s2.full} are on a no-contact agreement after Friday. please keep them in separate lunch periods, seating charts attached in email", "DISCIPLINE")
P("Lunch bunch today was 6 kids and a 1000 piece puzzle of a cat. we got 4 pieces in. great session")
P("Middle school is the hardest age to counsel and the most fun. Not changing my mind.", flags="R")
P("{s1.up} IS BACK!!!! we missed you buddy 🙌", g="s1=m")
P("Cyberbullying assembly was great. The 8th graders laughed at all the wrong parts and then three of them came to my office after. That's how you know it landed.")
P("Kid told me Taylor Swift 'gets her' more than her parents. Honestly? Fair. Reputation era, we've all been there.")
P("{s1}'s mom says he's been cutting again. She's bringing him in at 8. Teachers on his team please check your email before 1st period.", "HEALTH", g="s1=m")

V("middle school counselor, 40s, Facebook", "hsc")
P("Wrapping up our 'Second Step' unit on empathy in 6th grade. The skit about the lost lunchbox got a standing ovation 👏")
P("Can we stop calling it 'drama'? When a 13-year-old is being excluded every day, it's bullying and adults should treat it like bullying.", flags="R")
P("My kids made a gratitude wall in the main hall of Maple Ridge. 400+ sticky notes. One says 'thank u mr {t1.low} for the pencil'.")
P("the twins in 7th who moved here from Kyiv in March are still sleeping on an air mattress at their uncle's. reached out to the MV liaison today", "FAMILY")
P("{s1.full} is on a behavior plan now after the thing in the locker room, 3rd incident. check-in/check-out starts tomorrow", "DISCIPLINE")

# ---- elementary counselors ------------------------------------------------------------------------
V("elementary school counselor, 30s, Instagram", "esc")
P("today's lesson: the worry monster eats your worries at night 👾 a kindergartner fed him 'my cat is sad.' respect.")
P("first graders learned 'I statements' today. one told me 'I feel ANGRY when you make us do I statements.' perfect execution 10/10")
P("{s1} (K) told her teacher her dad 'hurt mommy's face.' we made the call. she spent the afternoon drawing rainbows with me and I held it together till 3:30", "FAMILY", g="s1=f")
P("every elementary school needs its own full-time counselor. not shared, not 2 days a week. full-time. our littles need it.", flags="R")
P("feelings check-in chart got an upgrade 🌈 the 'frustrated' volcano is the most popular emoji by a mile")
P("Roosevelt friends: the calm corner in room {room} is open at recess for anyone who needs a minute. bring your breathing buddy 🧸")
P("{s1.low} has an anxiety diagnosis now & a 504 meeting next week. her teacher asked for ideas, dm me pls not in the comments", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("Mister Rogers said look for the helpers. Some days I'm the helper, some days I need one. Today the lunch ladies saved me 💛")
P("Grief group for 4th graders starts Thursday. Eight signed up. Quiet room, lots of drawing, no pressure to talk.")

V("elementary counselor, 50s, Facebook", "esc")
P("25 years in elementary counseling and the kids still teach me something new every day. Today: you CAN fit 11 crayons in a nostril. Please don't.")
P("SEL isn't 'soft.' Kids who can name their feelings learn to read faster. The research is there. Stop cutting it first in every budget.", flags="R")
P("{s1.full}, 3rd grade, foster placement changed again over the weekend. 4th home this year. new foster mom is lovely. he just wants his old bedroom", "FAMILY", g="s1=m")
P("{s1}'s grandma is raising her now, custody went through Monday. new emergency contact: grandma at {phone}. office has the papers", "FAMILY", g="s1=f")
P("Taught 'big problem vs little problem' to 1st grade. A kid asked if losing a Pokémon card is a big problem. We're still deliberating.")
P("Retirement countdown: 41 days. I'll miss the hugs. I will NOT miss the copier.")
P("Sometimes the whole job is sitting on a tiny chair next to a 6 year old who doesn't want to talk. And that's enough.", flags="R")

# ---- school psychologists -------------------------------------------------------------------------
V("school psychologist, 40s, X", "psy")
P("3 initial evals, 2 re-evals and a manifestation determination this week. I own one testing kit and it's missing the blocks.")
P("We have one psychologist for every 1,800 kids in this district. NASP says 500. 'Timeline compliance' is a fantasy at that ratio.", flags="R")
P("{s1.full}, 2nd grade: FSIQ 71, adaptive scores even lower. CSE Thursday. mom doesn't know yet and I'm dreading the call", "SPECIAL_EDUCATION", g="s1=f")
P("Stop asking psychologists to 'just test' every kid who's behind. Intervention first, evaluation second. MTSS exists for a reason.", flags="R")
P("A reminder that a diagnosis from an outside doctor does not automatically mean a classification. Different questions, different laws. Happy to explain to anyone who asks.")
P("eval for {s1.lastinit} came back: ADHD combined + a reading disorder. he hugged me and said 'so my brain's just built different.' yes buddy. yes.", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("Report writing weekend ☕📝 #schoolpsych #schoolpsychlife")
P("Finally read 'The Anxious Generation' by Jonathan Haidt. Some of it's overstated, but the sleep chapter is the one every parent needs.")
P("The student I evaluated in March (the one who only speaks Haitian Creole at home) was NOT LD, it was language acquisition. Glad we used an interpreter-assisted battery.", "SPECIAL_EDUCATION")
P("{s1.full} DOB {dob.el}, Student ID {sid}. CSE packet is on the shared drive, can someone at Hillside print it before 8", "SPECIAL_EDUCATION")

V("school psychologist, 30s, professional forum", "psy")
P("Q for the forum: does anyone have a good Spanish-normed phonological processing measure for grades 3-5? Our bilingual referrals are up.")
P("Quick vent: admin wants me to 'make the numbers work' so a kid doesn't qualify because we can't staff the program. I won't. Staff the program.", flags="R")
P("Re: the earlier thread on threat assessments — our team uses the CSTAG model. Happy to share our blank forms. Views mine, not my district's.", flags="D")
P("Has anyone had success getting their district to pay for a second testing kit? Asking what arguments worked.")
P("Our re-eval for a kid on my caseload (7th, selective mutism, only one at Maple Ridge) is Tuesday and the family wants to move him out of district. Thoughts on transition planning?", "SPECIAL_EDUCATION HEALTH")
P("Reminder to this forum: scrub identifying details before asking for case advice. Too many of these threads are one Google away from a real kid.", flags="R")
P("Sharing my slides from the NASP session on culturally responsive assessment. Credit to Dr. Samuel Ortiz, whose work the whole thing rests on.")
P("The 60-day timeline is a joke when the district posts the psych vacancy for 8 months. Kids wait. Families wait. We get blamed.", flags="R")

V("school psychologist, 50s, LinkedIn", "psy")
P("After 19 years as a school psychologist I'm convinced the most important test I give is the one where I shut up and listen.", flags="R")
P("Completed my NCSP renewal 🎉 75 CPD hours, most of them on trauma-informed practice.")
P("School psychologists are the most underused people in the building. We could be doing prevention, consultation, crisis work. Instead: paperwork.", flags="R")
P("Recommended: 'The Explosive Child' by Ross W. Greene. If you have one behavior book on your shelf, make it this one.")
P("Our new psychologist at Hillside, Dr. {t1}, is out on maternity leave until April. Hillside referrals are coming to me until then.", "PERSONNEL")

# ---- school social workers ------------------------------------------------------------------------
V("school social worker, 30s, Facebook", "sw")
P("Home visit today. The {s1.last} family has no heat, 4 kids in one room, landlord won't answer. Calling DSS emergency housing in the morning.", "FAMILY")
P("Donations needed for our Falcons Closet: winter coats (youth M-XL), boots, and new socks. Drop at the HVHS main office, 100 School Rd.")
P("Social workers in schools should not be funded off a grant that runs out every 2 years. If the work matters, put it in the budget.", flags="R")
P("{s1}'s dad is being released from Fishkill CF next month and has a no-contact order. Front office, please check the pick-up list every day.", "FAMILY DISCIPLINE", g="s1=m")
P("Tonight I'm grateful for the bus driver who noticed a kid wasn't getting off at his stop and called it in. Saw something, said something. 💛")
P("If you work with kids, learn the signs of food insecurity. Hoarding snacks, 'forgetting' lunch, Monday headaches. Say something.", flags="R")
P("{s1.full}'s family got their SNAP cut after the recertification mix-up. sent them to the pantry at St. Mary's and did a letter for the county", "FAMILY")
P("The mom of the 3rd grader I work with (the one whose brother died in August) texted me a picture of him smiling at the pumpkin patch. That's the post.", "HEALTH FAMILY")
P("new parent contact for {s1.full} since the custody change: dad's cell {phone}, email {email}. mom is NOT allowed to pick up.", "FAMILY")

V("school social worker, 20s, Instagram", "sw")
P("me: *has 3 crises before 10am*\nalso me at 10:01: 'so how's everyone's weekend?' 😅 #schoolsocialwork")
P("Intern year ✔️ LMSW ✔️ first official day as a school social worker ✔️ I'm so excited y'all 🥹")
P("grant-funded positions are how districts avoid committing to mental health. we're temporary on paper and permanent in the kids' lives", flags="R")
P("the best part of this job is when a kid who wouldn't make eye contact in September now barges into my office to tell me about his lizard", flags="R")
P("{s1.low}'s mom got detained by ICE at her check-in this morning. {s1.low} is with a neighbor. we are figuring out the rest. please pray", "FAMILY", g="s1=f")
P("social workers: what's your go-to icebreaker with teens? mine is 'rank these snacks' and it has never failed")

V("school social worker, 50s, LinkedIn", "sw")
P("Speaking this Friday at the NASW-NYS conference on family engagement with immigrant families. Our district's welcome center model is the heart of the talk.")
P("Thirty years in this field. The research hasn't changed: one caring adult at school is the strongest protective factor we know. Fund that adult.", flags="R")
P("Grateful to our attendance officer {a1.full} for 12 years of home visits in every kind of weather. Retiring Friday. We'll miss you, {a1}.", g="a1=m")
P("Congratulations to {a1.full} on her MSW from SUNY New Paltz! Proud to have been her field supervisor. 🎓", g="a1=f")
P("Trauma-informed is not a poster in the hallway. It's schedules, discipline policies and how adults talk in the main office. Most schools aren't there yet.", flags="R")

# ---- attendance officer ---------------------------------------------------------------------------
V("attendance officer, 60s, Facebook", "att")
P("28 home visits this week. Most common reason kids miss school? Not laziness. Siblings to watch, no clean clothes, no ride. Every time.", flags="R")
P("{s1.full} (10th) has missed {days} days this year. Did a home visit, mom works nights, nobody wakes him. Got him an alarm clock and a bus pass.", "FAMILY", g="s1=m")
P("Chronic absenteeism is a symptom, not a diagnosis. Fining families makes it worse. I've watched it for 20 years.", flags="R")
P("Report absences to the attendance line, {attline}, or attendance@hvcsd.org. NOT my personal phone please, folks 🙏")
P("The {s1.last} kids are living at {addr} now with the aunt. Updated in the system but the bus stop hasn't caught up. Somebody tell transportation.", "FAMILY")
P("Sunday dinner with the grandkids. The Yankees lost, the lasagna won. 🍝")
P("we send a letter home after 5 absences that reads like a court summons. no wonder families stop answering. we should rewrite it", flags="R")
P("PINS petition for {s1.full} filed today. 63 days absent. Family court in March. I don't feel good about it but we ran out of road.", "DISCIPLINE FAMILY")

V("attendance officer, 40s, X", "att")
P("Attendance Awareness Month starts Monday. Every day counts, every kid counts. Posters are in the main offices. 📆")
P("Absence numbers for the district are public in the board packet: 19% chronic absenteeism last year, down from 24%.")
P("The new auto-call at 9am tells parents their kid is absent even when the kid is late. 60 calls to my desk a day. Great system.", flags="R")
P("Home visit at 7am. Knocked. A dog answered. I left a note under the door addressed to the dog.")
P("{s1.full}, 8th grade, 3rd truancy referral. Caught at the Galleria at 11am. Mom says she can't make her go. Meeting Monday with the AP.", "DISCIPLINE", g="s1=f")
P("{s1}'s student ID is {sid}, plug it in when you mark the absence as excused (hospital). office keeps asking me", "HEALTH")

# ---- McKinney-Vento / homeless liaison ------------------------------------------------------------
V("McKinney-Vento liaison, 40s, Facebook", "mv")
P("Kids in shelters shouldn't have to change schools three times a year. McKinney-Vento says they don't have to, and districts should stop making it hard.", flags="R")
P("{s1.full} and her little brother are doubled up with a cousin at {addr}. Transportation from there to Hillside starts Monday.", "FAMILY", g="s1=f")
P("The family living in the car at the Walmart lot (the boy's in 5th at Roosevelt, the only one with the orange cast) finally got a shelter bed tonight. 🙏", "FAMILY HEALTH")
P("Backpack drive total: 212 backpacks, 90 winter coats, 1 very tired liaison. Thank you Hudson Valley 💙")
P("If your family lost housing, your kids can stay at their school and get a ride there. Call the district office at {pubphone.dist} and ask for the McKinney-Vento liaison.")
P("Got a text at 11pm from a mom I work with: 'we got the apartment.' Screaming into my pillow 😭🏠")
P("{s1}'s family is in room 114 at the Super 8 on Route 9. Bus is set up for 6:52am. Please don't put it in the group chat.", "FAMILY")
P("Unaccompanied youth can enroll without a parent. Read that again. If your front office turns them away, call me.", flags="R")
P("homeless liaisons are one person per district doing a job that needs five. we make it work because the kids can't wait", flags="R")

V("homeless liaison and foster care point of contact, 30s, X", "mv")
P("new foster placement for {s1.lowfull} tonight, 3rd grade, emergency. BID meeting tomorrow to decide if she stays at Roosevelt. she should.", "FAMILY", g="s1=f")
P("Foster care POC training today in Albany. Best takeaway: stability is the intervention.")
P("ESSA foster care provisions are 10 years old and half the districts in this county still don't have a transportation plan. Unacceptable.", flags="R")
P("the 9th grader who aged out of foster care last month (only one we had this year) is sleeping on friends' couches. working on an apartment through the youth program", "FAMILY")
P("{s1.full} DOB {dob.hs} needs her birth certificate replaced for the FAFSA independent student determination. anyone know the fastest route at the county?", "FAMILY")
P("Thanks to the Rotary Club for the $2,500 for gas cards. That's a month of rides to school for kids in shelters.")

# ---- 504 coordinator ------------------------------------------------------------------------------
V("504 coordinator, 40s, X", "c504")
P("86 504 plans at HVHS. Annual reviews done: 41. Days until June: not enough.")
P("A 504 is not a 'lite IEP.' It's civil rights law. Teachers who treat accommodations as optional need more training, not more slack.", flags="R")
P("{s1.full} (11th) got her 504 approved: T1D, pump checks in class, snacks anytime, retest if BG is out of range. mom cried happy tears", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("504 meeting for {s1.init} at 7:45 tomorrow in room {room}. He has a concussion + post-concussion syndrome, so dim lights & short days for now", "HEALTH SPECIAL_EDUCATION", g="s1=m")
P("Parents: if you want a 504 evaluation, put the request in writing. Email the building principal. That starts the clock.")
P("Teachers: extended time means extended time. Not 'if you finish early.' Not 'we'll see.' It's in the plan. It's the law.", flags="R")
P("food allergies and 504s, a thread 🧵 1/ an allergy alone doesn't guarantee a plan. 2/ but 'we have a nut-free table' isn't a plan either.", flags="R")
P("the kid with the peanut allergy who had the epi pen incident at the field trip (only 7th grader who went to the zoo without a nurse) has an updated 504 now", "HEALTH SPECIAL_EDUCATION")

V("504 coordinator and assistant principal, 50s, LinkedIn", "c504")
P("Presenting 'Section 504 in Secondary Schools: Beyond the Checklist' at the SAANYS fall conference. Thank you to Superintendent Gomez for supporting the work.")
P("Districts that treat 504 plans as a compliance task miss the point. Done right, they are the most flexible tool we have.", flags="R")
P("Reminder to all HVHS staff: 504 plans are visible in the SIS under the accommodations tab. Please review yours before the first test.")
P("The 504 login for sub teachers is user hvsub / pw {pw} until IT builds real accounts. Don't share outside the building.", "SECURITY")

# ---- college and career counselors ---------------------------------------------------------------
V("college and career counselor, 30s, X", "ccc")
P("FAFSA tip: the FSA ID has to be made by the STUDENT, with the student's own email. Not mom's. Not yours. Saves a week of headaches.")
P("Early Decision is a privilege for kids who don't need to compare aid offers. I'll say it. It's rigged.", flags="R")
P("{s1.full} GOT INTO CORNELL!!!!! first gen, walked in freshman year saying college 'wasn't for people like me.' I AM SCREAMING 🐻❤️")
P("The new FAFSA rollout was a disaster and the kids who needed aid most paid for it. Whoever signed off on that launch should answer for it.", flags="R")
P("Trade schools are not plan B. Electricians out-earn half my college friends. Stop treating kids who want a trade like they failed.", flags="R")
P("SAT Saturday at HVHS: doors 7:45, bring ID, admission ticket, pencils, approved calculator, a snack. Phones go in the bin.")
P("{s1.full}'s Common App login is {s1.email} / {pw}. she asked me to hit submit on the essay while she's at work. doing it now")
P("{s1}'s parents make too much for Pell on paper but dad's been out of work since August. filing a special circumstances appeal with SUNY", "FAMILY")
P("college essay hot tip: if your essay starts with a dictionary definition, I will find you")
P("Binghamton, Albany, New Paltz and Buffalo all waived the application fee this week. SUNY is free to apply. Go go go.")
P("{s1.full} is short two credits and won't walk in June unless she passes the Regents in August. she has no idea I know about the Marist acceptance", "ACADEMIC", g="s1=f")

V("college counselor, 40s, LinkedIn", "ccc")
P("Test-optional helped first-gen kids in my office more than any program I've run. Colleges walking it back are making a mistake.", flags="R")
P("Congratulations to our HVHS Class of {year} on 1,140 college acceptances and $8.2M in scholarships offered. Numbers from the Naviance report.")
P("Book rec for counselors and parents: 'Who Gets In and Why' by Jeffrey Selingo. Read it before the fall of junior year.")
P("My daughter {kid} picked Syracuse today. I have written 900 college rec letters and I cried harder at this than any of them 🍊")
P("Proud to share that our College & Career Center won the Dutchess County Business Partnership award. The credit goes to our employer partners.")
P("The college counselor ratio in public schools is close to 400:1. At private schools, 50:1. That's not an accident. That's the system.", flags="R")
P("Naviance admin account is still under my name since the switch: {myemail} / {pw}. If you need to push a transcript while I'm out, use that.", "SECURITY")

V("career counselor, 50s, Facebook", "ccc")
P("BOCES Career Day was a hit. 38 employers, 600 kids, and one very patient lineman who let every freshman try on his climbing gear ⚡")
P("Congrats to {s1.full} on his electrician apprenticeship with IBEW Local 363! Signed today, starts after graduation ⚡", g="s1=m")
P("Work permits for 14-17 year olds are done through the main office, {pubphone.hs}. Bring your working papers form signed by a doctor.")
P("Kids should be able to take a BOCES program without losing their Regents diploma track. The rules make them pick. Fix that, Albany.", flags="R")

# ---- crisis team ---------------------------------------------------------------------------------
V("crisis team member, HS counselor, 40s, X", "crisis")
P("Crisis team was activated at Maple Ridge this morning. I can't say more. Hug your people tonight.")
P("Suicide risk assessment #4 this week. All four kids are safe tonight. I am running on vending machine pretzels.")
P("{s1.full} was transported to Mid-Hudson Regional for an evaluation after what she wrote in her journal. Parents were with her. Teachers: no questions in class please.", "HEALTH", g="s1=f")
P("Every district needs a crisis plan that includes the crisis team's own debrief. We go straight back to our caseloads after the worst day of someone's life.", flags="R")
P("Threat assessment on the 10th grader who posted the thing on Snapchat Sunday night. Police were involved, he's home for now, re-entry meeting pending.", "DISCIPLINE")
P("PREPaRE training recertified ✅ 2 days, 1 role play where I played a very convincing angry parent")
P("{s1.lastinit} said she's been thinking about killing herself since the breakup. safety plan done, mom picked her up, outpatient intake Thursday", "HEALTH", g="s1=f")
P("we should not be finding out about student deaths from Facebook before the district calls us. the notification chain is broken and it needs to be fixed", flags="R")
P("988 is the Suicide & Crisis Lifeline. Call or text. 24/7. Save it in your phone right now, then share it.")

V("crisis team member, school psychologist, 50s, Facebook", "crisis")
P("Tonight's vigil for the HVHS junior we lost on Saturday was beautiful. The whole town showed up. Rest easy.")
P("Please don't post rumors about how he died. His family is reading every comment. Let them grieve.")
P("The way our admin handled last week's crisis was exactly right: honest, fast, kind. I've seen it done badly. This was not that.", flags="R")
P("{s1.full}'s sister is at Hillside, she was at the scene of the crash too. Please loop in her counselor, she hasn't talked to anyone yet.", "HEALTH FAMILY")
P("Sat in my car for 20 minutes before going into the house tonight. Long day. I'm ok.")
P("Postvention guidelines say no assemblies glorifying a death by suicide. Small groups, honest info, resources. Somebody please tell the booster club.", flags="R")
P("the student whose mom died in the Taconic crash last week (the girl in 8th who runs the 8th grade book club) is back tomorrow. please no questions, just be there", "FAMILY HEALTH")

# ---- advocacy, awareness months, statistics (look sensitive, no category) -----------------------
V("HS counselor, 30s, Instagram", "hsc")
P("September is Suicide Prevention Month 💛\n📞 988 call or text\n💬 text HOME to 741741\n🏳️‍🌈 Trevor Project 1-866-488-7386\nsave these. share these.")
P("1 in 5 teens will have a diagnosable mental health condition. That's 5 or 6 kids in every class. Talk about it like it's normal, because it is.")
P("Simone Biles pulling out in Tokyo did more for teen mental health conversations than 10 years of assemblies. My students still bring it up.", flags="R")
P("Mental Health Awareness Month: green ribbons are in the counseling office. Take one for your backpack 💚")
P("Flu is going around the building AND the anxiety is going around the building. Fill your cup, my friends.")
P("IEP season is brutal. 504 season is brutal. College rec season is brutal. Any other seasons I'm forgetting? Oh right, testing.", flags="R")
P("The CDC YRBS data is out. 40% of high schoolers reported persistent sadness. The full report is public.")
P("Teen mental health isn't a 'phone problem' or a 'parenting problem.' It's a lot of problems. Anyone who sells you one cause is selling something.", flags="R")
P("Anxiety is up. Depression is up. Counseling positions are flat. Pick one, boards of ed.", flags="R")
P("Self-care isn't a bubble bath. It's a caseload you can actually serve. #SchoolCounselorLife", flags="R")

V("school social worker, 40s, X", "sw")
P("Child Abuse Prevention Month. The NYS hotline is 1-800-342-3720. If you're a mandated reporter, you already know. If you're not, you can still call.")
P("Poverty is not neglect. Half the CPS reports I see could be fixed with a washing machine and a gas card.", flags="R")
P("New census data: 1 in 6 kids in Dutchess County lives below the poverty line. Read the full report, it's public.")
P("Mandated reporter training should be annual and in person, not a 40-minute video everyone clicks through. Kids deserve better.", flags="R")
P("Watched 'Inside Out 2' with my nephews and Anxiety got the best lines. Pixar hired a psychologist and it shows.")

# ---- not school: family, TV, food, sports (never required) --------------------------------------
V("HS counselor, 40s, Facebook", "hsc")
P("Our dog ate an entire loaf of banana bread off the counter. The vet says he'll be fine. He is not sorry.")
P("The Bear season 3 was a mess and I will be watching season 4 on day one. Both things are true.")
P("Made my grandmother's tamales for the first time. 3 dozen. Husband says they're 'almost as good.' We're getting a divorce. (kidding) (mostly)")
P("Hot take: Dunkin' iced coffee beats Starbucks. Every day. I'm not taking questions.")
P("{kid} lost her first tooth at dinner and then asked the tooth fairy for 'Robux.' Times have changed.")
P("It's 34 degrees and raining sideways in Poughkeepsie. Whoever called this spring owes me an apology.")
P("the Mets bullpen is a crime against the people of New York. someone should be arrested")
P("My husband {a1} built the kids a treehouse. It's nicer than my office. I'm moving in.", g="a1=m")

# ---- disclaimers in the text, and look-alikes ----------------------------------------------------
V("HS counselor, 30s, Threads", "hsc")
P("Counselors spend a third of their week on scheduling. That's a choice the system makes, not a law of nature. (posting as me, not as HVCSD)", flags="R D")
P("Las familias inmigrantes merecen consejeros que hablen su idioma. HVHS tiene 1. Necesitamos más. — opiniones mías, no del distrito", flags="R D")
P("Mental health literacy should be a graduation requirement. There. I said it. Personal account; nothing here is official district anything.", flags="R D")
P("I run my own caseload, my own groups, and my own tiny snack budget. Today the snack budget won. 🍪")
P("a colleague's bio says 'views are not my own' and honestly same, mine belong to my 4th period study hall")
P("PSA for counselor friends: put a disclaimer in your bio before you post about policy. Ask me how I know. 🙃")
P("Office hours today till 4, come by! Opinions welcome, venting welcome, snacks limited.")
P("Phone-free schools work. I've watched lunch go from silent scrolling to actual conversation in 3 weeks. #MyViewsOnly", flags="R D")
P("Counseling a kid through a breakup and a calc test in the same 20 minutes. Best job there is. (these are my opinions, not my employer's)", flags="R D")

V("school psychologist, 40s, LinkedIn", "psy")
P("Universal screening without the staff to follow up is just a list of kids we know we're failing. Opinions here are my own and do not represent my district.", flags="R D")
P("Excited to share our team's poster from NASP on reading fluency and anxiety. Standard disclaimer: views mine, not HVCSD's.", flags="D")
P("Les psychologues scolaires sont épuisés, et ça se voit. Il faut embaucher. (avis personnel, pas celui de mon employeur)", flags="R D")
P("Disclaimers matter. We had a staff PD today on the social media policy and half the room didn't know it existed.", flags="R")

V("school social worker, 30s, Facebook", "sw")
P("Our district finally hired a second bilingual social worker and it's the best decision the board has made in years. Speaking for myself only.", flags="R D")
P("My own family's Thanksgiving: 22 people, 3 turkeys, 1 fire alarm. Ideal.")
P("Free period product dispensers in every middle school bathroom. Should've happened ages ago. Views = mine.", flags="R D")

V("college counselor, 30s, X", "ccc")
P("Legacy admissions should be illegal everywhere, not just in a few states. Tweets are mine, not the district's. 🎓", flags="R D")
P("Reminder that my opinions on the FAFSA are opinions, and this account is not the HVHS counseling office. For official info call {pubphone.hs}.", flags="D")
P("Opinions welcome: best dorm-shopping list for a first-gen kid on a budget? Go 👇")

V("attendance officer, 50s, Facebook", "att")
P("Kids don't skip because they hate learning. They skip because something at school or home is hard. Start there. My own views, not HVCSD's.", flags="R D")
P("no comment on the new attendance policy. and by no comment I mean it's going to double my home visits and nobody asked me.", flags="R")

# ---- more leaks and identifiable-from-context posts ----------------------------------------------
V("HS counselor, 50s, X", "hsc")
P("{s1.full}, ID {sid}, needs a schedule change to drop AP Chem. His mom is on board, email her at {email}. Thanks!", g="s1=m")
P("the senior class president told me today she's pregnant. she's keeping it and she's still going to Albany in the fall. so proud of her honestly", "HEALTH")
P("{s1.full} is failing 4 classes this quarter after the move from grandma's. Starting a tutoring plan and an attendance contract.", "ACADEMIC FAMILY")
P("{s1.nick} got his first A in English since 7th grade and he ran into my office waving the paper like a flag 🏁", "ACADEMIC", g="s1=m")
P("Our valedictorian is {s1.full}! 101.4 GPA, 11 APs, and the nicest human in the building. Speech is going to be a banger.", "ACADEMIC")
P("The kid who got expelled from Arlington last year and transferred here in Jan is doing great. 3 quarters, no incidents. Second chances work.", "DISCIPLINE", flags="R")
P("Working on the {s1.last} case with CPS again. The caseworker's cell is {phone}, she asked us to call her directly. Team, use it.", "FAMILY")
P("If you see {s1.handle} posting from the bathroom during 3rd period again, let me know. We're on the 'phone in the office' plan now.", "DISCIPLINE")
P("{s1}'s new address after the eviction is {addr}. Updated SIS, emailed transportation.", "FAMILY")
P("can someone on the team grab the file for {s1.full}, DOB {dob.hs}? it's in the locked cabinet, code {code}", "SECURITY")
P("The shared counseling drive moved. New path is \\\\{host}\\counseling. Same login as the SIS. Don't email the path outside the district.", "SECURITY")
P("Counseling Google Drive has sensitive notes in it with link-sharing ON. I turned it off. Please stop doing that.", flags="R")

V("middle school social worker, 40s, Instagram", "sw")
P("{s1.full} has been wearing the same hoodie for 2 weeks. Washed it in the nurse's machine today while he ate lunch. Home visit tomorrow.", "FAMILY", g="s1=m")
P("the 8th grader who came out to his parents last week is sleeping at a friend's. they kicked him out. working with the Trevor Project and a host home", "FAMILY")
P("group for kids with incarcerated parents starts Thursday. we named it 'the Tuesday Crew.' it meets Thursday. don't ask.")
P("{s1.low}'s mom texted me from {myphone}?? new number I guess. saving it. anyway {s1.low} gets the coat from the closet tomorrow", "FAMILY")
P("Our 'Falcons Closet' has served 214 kids this year. Every single one of them walked out like they'd been shopping at the mall. 💛")

V("school counselor, 20s, X", "hsc")
P("lmao a freshman asked if I'm 'allowed to go outside' because 'you're always in your office.' bestie I am chained to this desk by 400 schedules", flags="R")
P("why does every PD on mental health end with 'and remember to take care of yourselves!' and then assign us 3 more duties 💀", flags="R")
P("{s1.lowfull} gets her braces off tomorrow and she's been counting down since october 🦷✨")
P("love when a kid I saw 2 yrs ago waves at me in Target like we're old war buddies 🫡")
P("admin cancelled our counseling dept meeting for the 5th time. clearly everything is going great, nothing to discuss 🙂", flags="R")
P("{s1.full} is on the fall play poster as lead and she was too shy to talk in my office last year. GROWTH 🎭")
P("junior came in asking for 'the FAFSA but for vibes.' I gave him a fruit snack and a brochure for the Navy")

# ---- official accounts ----------------------------------------------------------------------------
V("HVHS School Counseling Department account", "hsc")
P("Seniors: FAFSA Completion Night is Thursday 6-8pm in the HVHS library. Bring your FSA ID and 2023 tax info. Spanish and Haitian Creole interpreters available.", flags="O")
P("Congratulations to {s1.full}, winner of the Hudson Valley Rotary $5,000 Scholarship! 🎓💙", flags="O")
P("Congratulations to our Dutchess County Youth Leadership honorees: {s1.full}, {s2.full} and {s3.full}! 🌟", flags="O")
P("September is Suicide Prevention Month. If you or someone you know is struggling, call or text 988, or text HOME to 741741. You are not alone. 💛", flags="O")
P("Counseling office hours during exams: 7:30am-3:30pm. Walk-ins welcome. Main office: {pubphone.hs}.", flags="O")
P("Course selection for next year opens Monday in the student portal. Meet with your counselor before the Feb 14 deadline!", flags="O")
P("Junior parent night: 'The College Search Without the Panic' Tuesday 7pm, auditorium. Presented by our counseling team.", flags="O")
P("We're proud to welcome Ms. {t1} to the HVHS counseling team! She joins us from Newburgh Free Academy and will work with students A-F. 👋", flags="O")
P("Scholarship of the week: the Elks Most Valuable Student award, $1,000-$50,000. Application in Naviance, due Nov 15.", flags="O")
P("Congratulations to {s1.full} on her appointment to the U.S. Naval Academy! ⚓ Fair winds, Falcon.", flags="O", g="s1=f")
P("Reminder: transcript requests go through Naviance or to info@hvcsd.org. Please allow 5 school days.", flags="O")
P("Reminder for the family of {s1.full}: the 504 annual review is moved to Wednesday 2:30pm. Questions, call {pubphone.hs}.", "SPECIAL_EDUCATION", flags="O")

V("HVHS College & Career Center account", "ccc")
P("COLLEGE DECISION DAY 🎓 Seniors, wear your college shirt on May 1! Photo booth in the lobby all day.", flags="O")
P("Class of {year} by the numbers: 212 four-year, 71 two-year, 18 military, 24 trades and apprenticeships, 9 gap years. Proud of every path. 🦅", flags="O")
P("Congrats to {s1.full} (Marist), {s2.full} (SUNY Albany) and {s3.full} (Howard) on today's Signing Day for academic scholarships! ✍️", flags="O")
P("The CSS Profile is required by about 200 private colleges. It is NOT the FAFSA. Come to room {room} at lunch if you need help.", flags="O")
P("Career spotlight: ELECTRICAL LINEWORKER. Median NY salary $98k. Info session with Central Hudson on {date}.", flags="O")
P("Military recruiters will be in the cafeteria Tuesday during lunch. Students may opt out of directory info sharing; forms at the main office.", flags="O")

V("HVCSD Student Support Services account", "sw")
P("Families in temporary housing: your children have the right to stay in their school and get transportation. Call {pubphone.dist} and ask for our McKinney-Vento liaison.", flags="O")
P("The Falcons Closet is open every Wednesday 3-5pm at HVHS. Free clothes, shoes and hygiene items, no questions asked. 💛", flags="O")
P("HVCSD is hiring! School Social Worker (1.0 FTE) and School Psychologist (1.0 FTE). Apply at hvcsd.org/jobs by March 1.", flags="O")
P("This year HVCSD added 2 school counselors and 1 social worker. Our counselor ratio is now {ratio}. More work to do.", flags="O")
P("Parent workshop: Understanding Section 504. Tues 6:30pm, district office board room. Childcare and Spanish interpretation provided.", flags="O")
P("Food pantry update: thank you to everyone who donated! We served 160 families in November.", flags="O")
P("Attendance matters! Report absences by 9am to {attline} or attendance@hvcsd.org.", flags="O")
P("HVCSD is aware of a social media post that included confidential student information. It has been removed and we are following our privacy procedures.", flags="O")

V("Roosevelt Elementary account", "esc")
P("Our counselor Mrs. {t1} led Kindness Week assemblies all week! Thank you to every Roadrunner who wrote a kind note 💗", flags="O")
P("Friendship group sign-ups for grades 2-3 went home in Thursday folders. Return by Friday!", flags="O")
P("Happy National School Counseling Week to Mrs. {t1}, who knows every one of our 480 students by name! 💙", flags="O")
P("Student of the Month (Responsibility): {s1.full}, Mr. {t1}'s 4th grade. 🌟", flags="O")

V("HVCSD attendance office account", "att")
P("Attendance Awareness Month: every day counts! Families with transportation barriers, call {pubphone.dist}.", flags="O")
P("Congrats to the 312 Maple Ridge students with perfect attendance for first quarter! Pizza party Friday 🍕", flags="O")
P("Perfect attendance, first semester: {s1.full}, {s2.full}, {s3.full}, {s4.full}. Well done! 🎉", flags="O")

V("HVCSD district account", "crisis")
P("Our thoughts are with the HVHS family following the loss of a student. Counselors are available at every school this week. Call or text 988 anytime.", flags="O")
P("Reminder: HVCSD's crisis response team works with the Dutchess County Mobile Crisis Unit. If there is an emergency, call 911.", flags="O")
P("The Board of Education approved three new counseling positions for {year}. Thank you to everyone who spoke at public comment.", flags="O")
P("Lock-in drill at Maple Ridge this morning went well. Thank you students and staff. This was a planned drill, not an emergency.", flags="O")

# ---- unknown kind (forum quotes, screenshots, reposts, no account context) ------------------------
V("unknown account", "hsc")
P("Schools need more counselors and fewer assistant principals. Fight me.", flags="N")
P("988 works. I called it at 2am last spring and a real person answered. Share it.", flags="N")
P("Shoutout to the HVHS counseling office, they got my daughter's transcripts out in a day.", flags="N")
P("{s1.full} just got into Howard!!! so proud of this kid 💙", flags="N")
P("the HVHS junior who was in the hospital after the party (the lacrosse kid) is home. thank god", "HEALTH", flags="N")
P("{s1.full} is in a psych hold at Vassar since Tuesday. please stop asking her sister about it in school.", "HEALTH", flags="N")
P("Why does my son's counselor have 450 kids? Who decided that was ok?", flags="N")
P("Does anyone know who the McKinney-Vento person is for Hudson Valley CSD? My cousin's family got evicted.", flags="N")
P("FAFSA opened today. Do it early, the money runs out.", flags="N")
P("{s1.full} got suspended 10 days for the fight at the bus loop and the other kid got 2. Make it make sense.", "DISCIPLINE", flags="N")
P("the counselors at Maple Ridge are the only reason my kid made it through 7th grade. thank you all 🙏", flags="N")
P("Parent here: the 504 process at HVCSD took 4 months for us. Start early and put it in writing.", flags="N")
P("Screenshot from the team group chat: '{s1}'s mom said he's off his meds again, watch him in 5th.'", "HEALTH", flags="N", g="s1=m")
P("Mental health days being excused is the best thing NY has done for kids in years.", flags="N")
P("{s1.full}'s dad got picked up by ICE at the Home Depot on Route 9 this morning. Kids are at school. Someone tell the counselors.", "FAMILY", flags="N")
P("Repost: 'Your school counselor is not your therapist, but they can help you find one.'", flags="N")
P("Reminder: the HVHS main office number is {pubphone.hs}, the attendance line is {attline}.", flags="N")
P("counselor told my kid he's not 'college material' in 2009. he's a dentist now. just saying.", flags="N")
P("FOUND: a green Jansport outside Hillside with a binder that says {s1.full}. Dropped it at the main office.", flags="N")
P("{s1.full} and {s2.full} are fostering kittens for the animal shelter and they need names 🐈 drop suggestions", flags="N")
P("The new phone ban at HVHS is a disaster. Kids just hide them in their socks.", flags="N")
P("the kid who brought the knife to Maple Ridge on Friday is the same one from the bus video last year. expelled yet?", "DISCIPLINE", flags="N")
P("Does the district counseling office take walk-ins for parents or do I need to call {pubphone.dist} first?", flags="N")
P("My daughter's FAFSA got flagged for verification. Anyone been through this? What do they need?", flags="N")
P("Home address for {s1.full} for the graduation card list: {addr}. DM me if you need anyone else's.", flags="N")
P("Posting {s1.full}'s number so the study group can text her: {phone}", flags="N")
P("{s1.full} (Roosevelt, 2nd grade) birthday is {dob.word}! party at the trampoline park 🎈", flags="N")
P("From a parenting forum: 'Our school psych said our son's scores were average. Got a private eval and he's dyslexic.' Always get a second opinion.", flags="N")
P("Brené Brown at the conference today: 'Clear is kind. Unclear is unkind.' Writing it on every whiteboard.", flags="N")
P("SIS password for the counseling office is {pw}, login is guidance1. use it for the schedule changes", "SECURITY", flags="N")
P("Anyone else hear the counseling wing is getting cut next year? Budget vote is May 20.", flags="N")
P("Watching the Jets lose again. It's like therapy but in reverse.", flags="N")
P("Naomi Osaka and Michael Phelps talking about depression on TV made it ok for my son to tell me. That's all.", flags="N")
P("{s1.handle} posted a goodbye message on TikTok and deleted it. Somebody who knows her please check on her tonight.", "HEALTH", flags="N")
P("Student ID {sid} was charged twice for the SAT fee. Who do I call?", flags="N")
P("Graduation list is up for the Class of {year}! Ceremony June 27 at Dietz Stadium 🎓", flags="N")
P("Counselor at HVHS helped my son get into BOCES welding. He loves it. Best decision we made.", flags="N")
P("the girl in 11th whose family lives at the Budget Inn now (her mom works the front desk there) fell asleep in class again. teachers know why", "FAMILY", flags="N")
P("they cut the school social worker at Hillside in the budget. my kid's only safe adult. thanks a lot, board.", flags="N")
P("Psych eval for {s1.full} shows borderline intellectual functioning. who at the district do we send the private report to?", "SPECIAL_EDUCATION", flags="N")
P("crisis text line: text HOME to 741741. saving it here for anyone who needs it tonight 💚", flags="N")
P("Sharing: HVCSD Parent Guide to Counseling Services, pdf on hvcsd.org under Student Services.", flags="N")
P("Mrs. {t1} in the counseling office is out for the rest of the year on medical leave. Who's covering her kids?", "PERSONNEL", flags="N")
P("Class rank is gone at HVHS starting with the Class of {year}. Good riddance honestly.", flags="N")
P("Who else is watching 'Heartstopper' with their teen? The counselor scenes are weirdly accurate.", flags="N")
P("The wifi in the HVHS counseling center is HVHS-Guidance, pw {wifi}, if anyone's waiting for an appointment.", "SECURITY", flags="N")
P("{s1.full} 504 accommodations (screenshot): extended time 1.5x, preferential seating, breaks for panic attacks.", "SPECIAL_EDUCATION HEALTH", flags="N")
P("Best teacher I ever had was my high school counselor, Mr. Alvarez. RIP. He believed in me when nobody did.", flags="N")
P("Roosevelt counselor does a 'worry box' and my 6yo put 'the dark' and 'mom's job' in it. 😭", flags="N")
P("Hudson Valley High School, 100 School Rd. Counseling entrance is around back by the tennis courts.", flags="N")
P("The state says a counselor for every 250 kids. HVCSD isn't close. Come to the board meeting Tuesday.", flags="N")
P("Lost: {s1}'s retainer, blue case, somewhere near the Maple Ridge cafeteria. It's the 3rd one this year 😩", flags="N")
P("Forum quote: 'The student ID is {sid}, DOB {dob}, please run the transcript for the CSE.' Found this in a public thread. Yikes.", flags="N")
P("just saw a school counselor say on LinkedIn that 'kids these days are too soft.' wow. and you chose this job?", flags="N")

# ---- positions on the job, staffing, policy (subtle ones both ways) ------------------------------
V("HS counselor, 40s, X", "hsc")
P("{num} years in and the paperwork has tripled while the caseload stayed the same. Something has to give and right now it's the kids.", flags="R")
P("Our counselor ratio at HVHS is {ratio}. The board just approved a new turf field. I'm sure the field will listen to kids in crisis.", flags="R")
P("Love that the new master schedule has zero time for classroom lessons. Really shows the priorities 🙂", flags="R")
P("Props to the board for adding a counselor at Maple Ridge. Took three years of public comment but they got it right.", flags="R")
P("Honestly Mr. {t1} is the best AP I've worked under. He actually asks counselors before changing the discipline code.", flags="R")
P("Who decided counselors should run the lunch detention room? Genuinely asking who, so I can send them a fruit basket. 🍎", flags="R")
P("Counselors are not 'extra.' We're the ones who know which kid didn't eat this weekend.", flags="R")
P("Remember when PD was about counseling? Now it's {num} slides on the new attendance software.", flags="R")
P("school counseling is the most misunderstood job in education and I'd still pick it again tomorrow", flags="R")
P("Another 'wellness Wednesday' email from central office. Just give us a counselor for the freshman wing.", flags="R")
P("parents, please stop asking us to change your kid's teacher because the kid 'doesn't vibe.' we can't and we won't", flags="R")
P("the new graduation requirements are fine on paper. in practice seniors with jobs can't fit the extra semester. rethink it", flags="R")

V("HS counselor, 20s, Instagram", "hsc")
P("me writing my 40th rec letter of the week for the salary of a mid-tier barista 🙃 #schoolcounselor", flags="R")
P("why do teachers get a planning period and counselors get 'whenever you find time'?? asking for me", flags="R")
P("a kid told me 'you're the only adult here who listens' and I need you all to know that should NOT be true in a school of 1,600", flags="R")
P("can we normalize giving counselors an actual office instead of a converted supply closet with no window 🪟", flags="R")
P("shoutout to our principal for letting us close the office for 20 min to eat lunch this week. small win, real win", flags="R")
P("this job will break your heart twice before 10am and then a freshman brings you a Rice Krispie treat. still the best job", flags="R")

V("middle school counselor, 30s, Facebook", "hsc")
P("Phones should be locked up from first bell to last bell at Maple Ridge. Half my referrals start in a group chat.", flags="R")
P("Good call by the district on moving middle school start time to 8:15. Kids are measurably less wrecked in 1st period.", flags="R")
P("Advisory period is a nice idea that got handed to teachers with zero training. No wonder it's a study hall.", flags="R")
P("Every 6th grade team should have a counselor at their weekly meeting. We'd catch half the problems by October.", flags="R")
P("Maple Ridge has {num} kids on my caseload who need weekly check-ins and I see them monthly. That's not counseling, it's triage.", flags="R")
P("Watched the new bullying policy get written by people who have never done a lunch duty. And it shows.", flags="R")

V("elementary counselor, 40s, X", "esc")
P("Elementary counselors split between 2 buildings spend a full day a week in the car. Put us in one school. It's not complicated.", flags="R")
P("A kindergarten teacher who greets every kid by name at the door does more SEL than my whole curriculum. Be that teacher.", flags="R")
P("Recess is mental health care. Taking it away as a punishment is the opposite of what we should be doing.", flags="R")
P("Our district cut the 'feelings' lessons from 1st grade to add another reading block. Kids can't read if they're dysregulated. Just saying.", flags="R")
P("Wow, another survey asking counselors how we're doing. Filling it out on my lunch break, which is also my drive to Hillside.", flags="R")
P("The new K-2 SEL curriculum the district picked is actually good! Real stories, real kids. Whoever chose it, thank you.", flags="R")

V("school psychologist, 30s, X", "psy")
P("Districts keep buying new screeners. Screeners don't help kids. People do. Hire people.", flags="R")
P("If your admin measures a psychologist by the number of evals done, you're measuring the wrong thing.", flags="R")
P("IQ tests are one piece of a picture. Anyone building a placement around a single score needs to stop.", flags="R")
P("Shoutout to Hillside's CSE chair, Ms. {t1}. Runs the tightest, kindest meetings I've ever sat in. That's how it should be done.", flags="R")
P("If psychologists could spend 20% of our week on counseling instead of testing, half these referrals wouldn't exist.", flags="R")
P("nothing like writing {num} reports in a weekend to remind you this job was designed by someone who never did it", flags="R")

V("school social worker, 40s, LinkedIn", "sw")
P("Schools are the de facto mental health system for kids in this country. Fund them like it.", flags="R")
P("Home visits are the single most effective thing I do. They're also the first thing cut when budgets tighten. Wrong priority.", flags="R")
P("Zero-tolerance discipline sends the kids who most need school straight out of it. We know this. Stop.", flags="R")
P("Our district's new partnership with the county clinic for in-school therapy is the right move. Kids get seen in days instead of months.", flags="R")
P("School social workers earning {money} less than the same license in a hospital. Tell me again we value this work.", flags="R")
P("Restorative circles only work if admins actually show up to them. Ours don't.", flags="R")

V("attendance officer, 50s, X", "att")
P("Robocalls don't fix absenteeism. Relationships do. Put the money in people, not software.", flags="R")
P("Good on the district for letting attendance officers carry spare bus passes. Small change, huge difference.", flags="R")
P("Chronic absenteeism doubled after Covid and our attendance staff shrank. You see the problem.", flags="R")
P("Yes, I drive to kids' houses. No, it's not in my job description. Yes, it's the most important part.", flags="R")

V("McKinney-Vento liaison, 50s, LinkedIn", "mv")
P("Every district should fund its homeless liaison full-time. Ours is a 0.5 FTE covering {num} kids. Kids fall through that gap.", flags="R")
P("The federal ARP-HCY money is gone and the need isn't. Districts that built programs on it need a plan, not a shrug.", flags="R")
P("Front office staff are the first line for families in crisis. Train them like it. A wrong word at enrollment costs a kid a school.", flags="R")

V("504 coordinator, 30s, X", "c504")
P("504 coordinator should be its own job, not a line added to an assistant principal's 60-hour week.", flags="R")
P("Proud of our teachers this year. 504 complaints down {pct}% because people actually read the plans. That's culture.", flags="R")
P("Hot take: every teacher should sit through one 504 meeting as a parent before they're allowed to write 'student refuses accommodations.'", flags="R")

V("college and career counselor, 40s, X", "ccc")
P("Colleges asking 17-year-olds for 'demonstrated interest' is just a tax on kids who can't afford campus visits.", flags="R")
P("The SAT coming back as required at some schools is a step backward. Watch who gets hurt.", flags="R")
P("Naviance is clunky, overpriced, and every district keeps renewing it. Including mine.", flags="R")
P("Dual enrollment through DCC is the best deal in this district. {money} in credits for free. Why aren't more kids in it? Because nobody tells them.", flags="R")
P("College counseling in public schools shouldn't depend on which counselor you got assigned. Build a system.", flags="R")
P("Love that HVHS finally added a career day for trades. Took forever, but it's the right call and the kids loved it.", flags="R")

V("crisis team member, 30s, Facebook", "crisis")
P("Lockdown drills with 5 year olds need a counselor in the room. Every time. That's not optional in my book.", flags="R")
P("We debrief the kids after a crisis but never the adults. Next week I'm going to ask the district to change that.", flags="R")
P("Whoever wrote the new crisis protocol clearly has never stood in a hallway after a student death. Too many forms, too few people.", flags="R")
P("Our crisis team is 4 people for 6 buildings. We're good, but we're not magic. Hire.", flags="R")

V("school social worker, 20s, X", "sw")
P("'mental health first aid' training for staff is great. now give us the second, third and fourth aid too", flags="R")
P("every kid who gets suspended for a vape should get a counselor referral instead. nicotine is an addiction, not a personality flaw", flags="R")
P("teachers who keep granola bars in their desk for hungry kids: you are doing social work. thank you. also we should fund that.", flags="R")

# ---- a few more leaks and hard negatives ---------------------------------------------------------
V("HS counselor, 40s, Facebook", "hsc")
P("{s1.full} failed Algebra 2 for the second time. Summer school or the credit recovery lab. She picked summer school. Good for her.", "ACADEMIC", g="s1=f")
P("{s1}'s transcript: 2.1 GPA but every semester higher than the last. That's the essay, kid. That's the whole essay.", "ACADEMIC")
P("Our 9th grade teaming teacher, Ms. {t1}, got a formal reprimand for the field trip thing. She's devastated. I believe her side.", "PERSONNEL")
P("The other counselor in my office is out on medical leave for surgery till spring, so I have all 800 kids. Pray for me.", "PERSONNEL")
P("Wrote a rec letter for a kid whose parents named him after a boy wizard. First AND middle name. His mom has no regrets. Neither do I.")
P("Read 'The Boy Who Was Raised as a Dog' by Bruce Perry this summer. If you work with kids and trauma, start here.")
P("{s1.full}, grade 12, student # {sid}, cell {phone}. needs to see me about the Pell thing. whoever sees him first pls send him down", g="s1=m")
P("Dad's cell for the {s1.last} family: {phone}. Mom's is disconnected. Please update it in the SIS when you can.")

V("HVCSD Student Support Services account", "sw")
P("National School Counseling Week! Thank you to our 21 counselors, 9 social workers and 8 psychologists across HVCSD. 💙", flags="O")
P("Need a school supply kit? Families can pick one up at any main office, no form needed. 🎒", flags="O")
P("Scholarship alert: the Dutchess County Community Foundation awards open Jan 10. Counselors can help with essays!", flags="O")
P("Congratulations to our Falcons Closet volunteers {s1.full} and {s2.full}, Dutchess County Volunteers of the Year! 🏅", flags="O")
P("Student Support Services intake line: {pubphone.dist}, Mon-Fri 8-4. For emergencies after hours, call or text 988.", flags="O")
P("Our new Family Resource Center at Roosevelt, 25 Academy St, opens Monday. Food pantry, clothing, help with benefits forms.", flags="O")
P("HVCSD Board approves partnership with Astor Services for school-based mental health clinics at all four schools.", flags="O")

V("school social worker, 30s, X", "sw")
P("{s1.full}'s foster mom asked me to share her cell with his teachers: {phone}. Placement agency number is on file too.", "FAMILY", g="s1=m")
P("home visit list for tomorrow: the {s1.last} family at {addr}, then the shelter on Main. 2 hours blocked.", "FAMILY")
P("{s1.full} ({dob.hs}) needs a working papers signature from me by Friday, her mom's hours got cut and she's picking up shifts", "FAMILY", g="s1=f")
P("the freshman who came in from Port-au-Prince in January (only Creole speaker in 9th) is failing everything because nobody's translating. fixing it", "ACADEMIC")

V("attendance officer, 40s, Facebook", "att")
P("{s1.full}'s mom, if you're reading: text me at {myphone} not the office line, I'm out on visits all day. We'll get him back on track.", g="s1=m")
P("the {s1.last} twins haven't been in since the 3rd. Mom's email bounced, new one is {email}. trying that next", "FAMILY")

V("unknown account", "hsc")
P("Reposting for the family: {s1.full}, 14, missing since Sunday. Last seen near Maple Ridge. Call her mom at {phone} or 911.", "FAMILY", flags="N", g="s1=f")
P("Counseling portal staff login got posted in the sub folder: user guidance / {pw}. Somebody change it please.", "SECURITY", flags="N")
P("{s1.full} has been in and out of rehab since junior year and her counselor is the only one who hasn't given up on her.", "HEALTH", flags="N", g="s1=f")
P("Why is the 504 coordinator also the AP also the testing coordinator? One person can't do three jobs well.", flags="N")

V("HVHS School Counseling Department account", "hsc")
P("Congratulations to {s1.full}, HVHS's first Gates Scholar! 🎉 Full cost of attendance at the college of her choice.", flags="O", g="s1=f")
P("Mid-year reports are due to colleges Feb 15. Seniors, confirm your list in Naviance by Feb 1.", flags="O")
P("Scholarship winners from the HVHS Alumni Association: {s1.full}, {s2.full}. $2,000 each! 🎓", flags="O")


if __name__ == "__main__":
    main()
