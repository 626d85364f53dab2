"""Generate corpora/src/contract.jsonl: staff posting about their working conditions.

Voices: classroom teachers, paraprofessionals and teaching assistants, bus drivers, custodians,
school nurses, building subs and union building reps, on X, Facebook, Reddit-style threads and
Threads, plus a few official district / school / department accounts and posts of unknown kind
(screenshots, reposts, no account context).

Topics: pay, steps and retro pay, contract talks and ratification votes, evaluations and
observations, schedules, duty rotations, coverage of other classes, staffing and vacancies, class
sizes, sick days, personal days and leave. Most posts take a view about the job (sarcasm,
rhetorical questions, weary jokes, praise of a decision, complaints, calls to action); set against
them are logistics ("observation at 10:15 tomorrow", "payday moved to Thursday"), feelings about
a moment, questions asking for information, shout-outs, and strong opinions about things that are
not school (sports, TV, food, the poster's own family). Category leaks are mostly PERSONNEL: a
named or context-identifiable colleague's evaluation rating, write-up, leave, salary step or
firing, against general statements ("half the building is out with the flu"). Span leaks are staff
cell numbers, personal emails, a colleague's home address, payroll / timeclock / absence-system
logins and copier or door codes, and a few internal hosts. Hard negatives: colleagues by first name,
union officers and board members by full name, room / bus / route / grievance / work-order numbers,
salary figures, the district's public numbers, the word "password" with no secret.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.init} {s1.lastinit} {s1.tag} ({s2} ... likewise)
  other marked: {phone} (someone else's cell) {myphone} {myemail} {addr} {sid} {pw} {code} {host}
      {host.time} (Filler also fills genlib's other marked keys)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a2} adult names,
      {room} {bus} {route} {time} {date} {num} {money} {pct} {rate} {step} {grv} (grievance number)
      {wo} (work order) {pubphone.dist} {pubphone.hs} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib

OUT = Path(__file__).resolve().parent / "contract.jsonl"
SEED = 20261216

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "en_IN", "fil_PH", "ga_IE", "es_CO", "en_GB", "nl_NL", "el_GR", "tr_TR", "en_AU"]
# Names as US staff type them: locales whose Faker names are not in Latin script (or that Faker
# lacks) come from these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Mahmoud", "Walid", "Faisal", "Nabil", "Ziad", "Hisham", "Anas", "Majed", "Adnan", "Sami"],
           ["Rasha", "Dina", "Lina", "Hala", "Reem", "Nadia", "Jana", "Rawan", "Lubna", "Sawsan"],
           ["Haddad", "Odeh", "Shaheen", "Yassin", "Barakat", "Nassar", "Khoury", "Jaber", "Sabbagh", "Awad"]),
    "ko": (["Seung-ho", "Dong-hyun", "Tae-yang", "Woo-jin", "Sung-min", "Jin-woo"],
           ["Hye-jin", "So-yeon", "Da-eun", "Ye-jin", "Bo-ra", "Mi-rae"],
           ["Kim", "Lee", "Park", "Oh", "Seo", "Hwang", "Lim", "Kwon", "Song"]),
    "hi": (["Pranav", "Siddharth", "Nikhil", "Aditya", "Varun", "Karthik", "Manish"],
           ["Pooja", "Shreya", "Nandini", "Aditi", "Lakshmi", "Sneha", "Tanvi"],
           ["Desai", "Kulkarni", "Pillai", "Agarwal", "Rao", "Banerjee", "Mehta", "Trivedi", "Kapoor"]),
    "ht": (["Jean-Baptiste", "Wisly", "Frantz", "Reginald", "Ricardo", "Lovens"],
           ["Nadège", "Mirlande", "Fabiola", "Guerline", "Roseline", "Widlyne"],
           ["Pierre", "Joseph", "Jean-Louis", "Charles", "Desir", "Etienne", "Toussaint", "Celestin"]),
    "ru": (["Dmitri", "Sergei", "Pavel", "Anton", "Yegor"],
           ["Tatiana", "Yulia", "Svetlana", "Daria", "Inna"],
           ["Morozov", "Pavlov", "Fedorov", "Zaitsev", "Egorov", "Vasiliev"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "es_ES": 2, "vi_VN": 3, "zh_CN": 3, "pl_PL": 4, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 3, "en_NG": 4, "it_IT": 5, "en_IN": 3, "fil_PH": 3, "ga_IE": 3,
                "es_CO": 3, "en_GB": 3, "nl_NL": 1, "el_GR": 1, "tr_TR": 1, "en_AU": 2,
                "ar": 3, "ko": 2, "hi": 2, "ht": 3, "ru": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "el_GR"}

STREET_BASES = ["Pine Bush", "Quaker Hill", "Wappinger", "Fishkill", "Beekman", "Titusville", "Birchwood",
                "Spackenkill", "Van Wyck", "Maloney", "Lake Walton", "Sprout Creek", "Stormville",
                "Juniper", "Cedar Hill", "Rombout", "Myers Corners", "Clinton Corners", "Robin", "Apple Blossom"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "St", "Ave", "Dr", "Ct", "Terrace", "Way", "Pl", "rd", "ave"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views from the bus window", "personal days", "opinions
# welcome", "disclaimer: ...") sit among the plain ones.
BIOS = [
    ("teach", "7th grade ELA | HVCSD | posts are mine, not my employer's", True),
    ("teach", "HS chem 🧪 | opinions are my own and not the district's", True),
    ("teach", "maestra bilingüe 🌎 | opiniones personales, no del distrito", True),
    ("teach", "teacher, 19 yrs | I speak only for myself on here, never for HVCSD", True),
    ("teach", "kindergarten 🍎 | personal account — not affiliated with or speaking for my school district", True),
    ("teach", "teacher | my own classroom library is at 1,400 books and counting", False),
    ("teach", "3rd grade | personal days are for naps 😴", False),
    ("teach", "HS history | Yankees | sourdough that never rises", False),
    ("teach", "math teacher | opinions welcome, bring data 📊", False),
    ("teach", "5th grade | tired | r/Teachers lurker since 2019", False),
    ("teach", "music teacher 🎺 | views from the back of the band room", False),
    ("para", "paraprofessional | CSEA | views expressed are mine alone", True),
    ("para", "1:1 para 💙 | my thoughts, not HVCSD's", True),
    ("para", "para @ Hillside | snack negotiator | mom of 2", False),
    ("para", "teaching assistant 📚 | night classes for my cert | dog mom", False),
    ("para", "classroom aide | 14 yrs | crossword champion of the staff room", False),
    ("bus", "school bus driver 🚌 | 22 yrs | my opinions, not the transportation dept's", True),
    ("bus", "bus driver | views from the bus window 🌄", False),
    ("bus", "route 9 🚌 | grandpa x3 | Giants til I die", False),
    ("bus", "CDL-B | school routes + summer camp runs | coffee black", False),
    ("cust", "head custodian, 30 yrs | what I post is my own opinion, not my employer's", True),
    ("cust", "custodian 🧹 | night shift | bowling league tuesdays", False),
    ("cust", "buildings & grounds HVHS | the zamboni of the hallways", False),
    ("nurse", "RN | school nurse | posts reflect my views only, not HVCSD's", True),
    ("nurse", "school nurse 🩺 | ice packs & band-aids | boy mom", False),
    ("nurse", "RN, 15 yrs peds | disclaimer: I will post about my dog", False),
    ("union", "union rep. my posts are my own", True),
    ("union", "HVTA building rep | 6th grade science | tweets = me, not the union, not the district", True),
    ("union", "union steward 💪 | bus garage | solidarity forever", False),
    ("union", "teacher + union building rep | contract nerd | ask me about article 14", False),
    ("sub", "sub teacher | retired after 31 yrs | views mine only", True),
    ("sub", "building sub 🏫 | will cover your class | grad student", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Hudson Valley High School (official) | 100 School Rd | Go Falcons 🦅",
    "para": "HVCSD Human Resources | official account",
    "bus": "HVCSD Transportation Department (official page)",
    "cust": "HVCSD Facilities & Operations — official",
    "nurse": "HVCSD Health Services | official",
    "union": "Hudson Valley Central School District | official account",
    "sub": "HVCSD Human Resources | official account",
    "school": "Roosevelt Elementary School | official account | 25 Academy St",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "845", "914", "914", "518", "646", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "{a}/{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                     "optonline.net", "verizon.net", "proton.me"]
    HOSTS = ["payroll-app01.hvcsd.local", "hr-portal.hvcsd.internal", "kronos-tc2.hvcsd.lan",
             "absence01.hvcsd.local", "hvhs-copy-mfp3.hvcsd.local"]
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|buddy|dude)\b", r"\b(she|her|hers|she's|shes|herself)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as staff type names
        if got and (len(got[0]) > 13 or " " in got[1]):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(HOST_POOLS.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{r.randint(60, 99)}",
                f"{f}_{l}_{r.choice(['teach', 'rn', 'bus', 'home'])}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.choice(['Fly', 'Nest', 'Up'])}{r.randint(10, 99)}{r.choice('!$?')}",
                         f"Payday{r.randint(2024, 2026)}{r.choice('!#')}",
                         f"{r.choice(['Summer', 'Snowday', 'Recess', 'Tenure', 'StepNine'])}{r.randint(1, 999)}{r.choice(['', '!', '*'])}",
                         f"hvcsd{r.choice(['Staff', 'Temp', 'welcome'])}{r.randint(10, 99)}",
                         f"{r.choice(['coffee', 'bluebird', 'lasagna', 'maple'])}{r.choice(['Run', 'Tues', 'Cat'])}{r.randint(2, 9)}{r.randint(0, 9)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 9)}", f"{f}_{l}", f"{f}{r.randint(10, 30)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 40)}",
                                      f"{r.randint(4, 38)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "route": lambda: r.choice([str(r.randint(1, 40)), f"{r.randint(1, 40)}{r.choice('AB')}"]),
            "time": lambda: r.choice(["6:10", "6:45", "7:20", "7:55", "8:30", "9:05", "9:40", "10:15", "11:20",
                                      "12:05", "1:10", "1:45", "2:30", "3:10", "3:30", "4:15", "5:00", "6:30"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "year": lambda: str(r.randint(2026, 2029)),
            "num": lambda: str(r.randint(4, 19)),
            "money": lambda: f"${r.randint(12, 95)}",
            "pct": lambda: r.choice(["1.5", "2", "2.25", "2.5", "3", "3.1", "1.75"]),
            "rate": lambda: f"${r.randint(15, 19)}.{r.choice(['00', '10', '25', '40', '50', '75', '85'])}",
            "step": lambda: str(r.randint(2, 14)),
            "grv": lambda: f"{r.randint(24, 26)}-{r.randint(1, 60):03d}",
            "wo": lambda: str(r.randint(100000, 699999)),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "score": lambda: r.choice([f"{r.randint(2, 9)}-{r.randint(0, 5)}", f"{r.randint(88, 121)}-{r.randint(80, 110)}",
                                       f"{r.randint(17, 38)}-{r.randint(3, 27)}"]),
            "temp": lambda: str(r.randint(84, 97)),
        }


HOST_POOLS = {"time": ["kronos-tc1.hvcsd.local", "timeclock.hvcsd.internal", "tc-hvhs.hvcsd.lan"]}

SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.15, 0.75), named=0.2)


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.34, 0.13) if "R" in sk["flags"] else (0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.04, keep_personal=(), tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# colleague or student, or one unique from context ("our only night custodian at Roosevelt");
# "half the building is out" stays clean. R only for personal posts whose text takes a position
# about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- pay: teachers ---------------------------------------------------------------------------
V("HS English teacher, 30s, X", "teach")
P("Step {step} with a master's and my kids qualify for the free summer lunch program. let that sink in.", flags="R")
P("payday moved to Thursday this week bc of the holiday. plan your grocery run accordingly 🛒")
P("Starting salary here is $48,200. The Target on Route 9 is hiring shift leads at $24/hr. I did the math on my lunch break and then I stopped doing the math.", flags="R")
P("anyone else's direct deposit not hit yet?? it's 7:40am and my account says $3.12 😐", flags="N")
P("Retro pay finally landed!! $211.40 after taxes for 14 months of waiting. don't spend it all in one place, me.", flags="R")
P("W-2 question for the HVCSD folks: does the TRS contribution show in box 14 or box 12? asking before I call my tax guy")

V("middle school science teacher, Threads", "teach")
P("the district found $1.2 million for new turf in one meeting but a raise for paras is 'not sustainable.' ok. sure.", flags="R")
P("Reminder that a teacher's salary is public record. Mine is on SeeThroughNY. Go ahead and look, then tell me I'm overpaid 😂", flags="R")
P("just spent {money} at Staples on glue sticks again. the supply budget was gone by October. it's not a budget, it's a suggestion", flags="R")
P("Spent {money} at Staples on glue sticks. My cart also had a 4-pack of Sharpies and a rotisserie chicken. It was a big night.")
P("Can someone explain longevity pay to me like I'm a 7th grader? The contract says 'after 15 years of service' and I am at year 14 and a half.")

V("veteran elementary teacher, 50s, Facebook", "teach")
P("28 years in. Top step. I make less, adjusted for inflation, than I did in 2009. And I'm one of the lucky ones.", flags="R")
P("Happy payday to everyone who already spent it 💸", flags="N")
P("The board voted to give the superintendent a 6% raise the same night they told us 2% was 'all the budget allows.' Funny how that works.", flags="R")
P("Teaching is the best job I've ever had and the worst paid one too. Both true. Every day.", flags="R")

# ---- pay: paras, bus, custodians, nurses ---------------------------------------------------
V("paraprofessional, 30s, Facebook", "para")
P("{rate} an hour to keep a kid safe through a meltdown, lunch and toileting. and they wonder why we have 9 para vacancies.", flags="R")
P("Para pay here is so low that three of us at Hillside also work at the same Dunkin. We call it the second staff room ☕", flags="R")
P("got my paycheck. they took out union dues twice on this one. who do I call, payroll or the union?")
P("love my kids, love my team, love my room. do NOT love that I qualify for SNAP. both things are true.", flags="R")
P("the new contract finally puts paras on a step schedule. it's about time somebody in that room remembered we exist 🙏", flags="R")

V("school bus driver, 60s, Facebook", "bus")
P("split shift means I work 5:45 to 9 and 1:50 to 4:30 and get paid for neither gap. my truck is my break room.", flags="R")
P("Payroll says the field trip hours from {date} go on the next check, not this one. Just so the other drivers know.")
P("Drivers start at {rate} here. Amazon warehouse up the road starts at $21 with no 40 screaming kids behind you. I stay for the kids. But come on.", flags="R")
P("Quick one for the garage: did anybody get the CDL renewal reimbursement yet or is it still processing?", flags="N")

V("head custodian, 50s, Facebook", "cust")
P("We cleaned, waxed and stripped 3 buildings over the summer with 6 people. Nobody says thank you. Just 'why is the gym door sticky.' Custodians deserve better.", flags="R")
P("Night shift differential is 50 cents an hour. Fifty cents. For 3pm to 11:30pm. I'll let that speak for itself.", flags="R")
P("Work order #{wo} for the leak in room {room} is closed. Turned out to be the AC line, not the roof 👍")
P("Shoutout to {a1} on the night crew, she got the cafeteria floor done in half the time with the new machine 💪", g="a1=f")

V("school nurse, 40s, X", "nurse")
P("School nurse pay in this county is about 60% of what the hospital pays me per diem. I stay because I love it, but wow.", flags="R")
P("bought the good ice packs for the office with my own money. the kids deserve the good ice packs", flags="R")
P("One nurse. 740 kids. 23 with daily meds. 6 with diabetes. No sub when I'm out. Please tell me more about how nurses are 'fully staffed.'", flags="R")

# ---- contract talks ---------------------------------------------------------------------------
V("union building rep, HS math, X", "union")
P("Contract expired June 30. It's now {date}. Still working under the old one. cool cool cool cool", flags="R")
P("Negotiations session #{num} tonight at the district office, 5pm. Wear blue if you're coming 💙")
P("Tentative agreement reached at 11:40pm. Details at the general membership meeting Tuesday. I need a nap.")
P("VOTE YES on the TA. It's not perfect but the step freeze is gone and paras finally get a real raise.", flags="R")
P("vote NO. a {pct}% raise with 4% inflation is a pay cut with a bow on it. we can do better and they know it.", flags="R")
P("Union president {a1.full} said at tonight's meeting that the district's last offer was 1.5%. Passing it along, that's all I know.")
P("Board president {a1.full} said on the record that the district 'values our paraprofessionals.' Great. Prove it.", flags="R")
P("shoutout to our bargaining team. 19 sessions, 3 in August, all unpaid. y'all are legends 🙏")
P("Filed grievance #{grv} today on the prep-period coverage thing. Step 1 meeting is next week.")
P("Rally before Thursday's board meeting, 6pm, HVHS front lawn, 100 School Rd. Bring a sign and a friend.")
P("If you're not in the union, you're getting the raise we fought for anyway. You're welcome. Now sign the card.", flags="R")

V("teacher, Reddit-style thread", "teach")
P("Throwaway because my admin is on here.\n\nNY public school, 12 years in. Our district just offered 1.75% for three years and called it 'generous.' Our health premium share is going from 15% to 20% in the same offer. So it's a raise that's actually a cut.\n\nAm I wrong to be this angry? Is this normal in other districts?", flags="R")
P("Q for NY teachers: is a 'zipper clause' standard in contracts? ours has one and nobody at the meeting could explain it", flags="N")
P("Update on the contract thing from last week: TA passed. Not great, not terrible. Thanks to everyone who explained the zipper clause to me 😂", flags="R")
P("Honest answer to the 'should I go into teaching' thread: yes, if you can live on the salary for 10 years before it gets okay. Go in with your eyes open.", flags="R")
P("EDIT: to everyone asking, my district is in the Hudson Valley and no I won't say which one. but you can probably guess from the turf.")

V("paraprofessional, 50s, Threads", "para")
P("The district's 'final offer' to paras was 35 cents an hour. Thirty five. I've found more than that in the couch.", flags="R")
P("our local president {a1.full} was on the news tonight 📺 she did so good!! so proud of her", g="a1=f")
P("Are paras allowed to speak during public comment at the board meeting or only residents? Genuinely asking before I sign up.", flags="N")

V("bus driver, 40s, X", "bus")
P("Transportation contract is finally signed. Guaranteed 4 hours a day for every driver. FINALLY someone in that room listened. Right call.", flags="R")
P("we got a $1,500 signing bonus for new drivers and nothing for the ones who stayed thru covid. make it make sense", flags="R")
P("Meeting at the garage 2pm Friday re: the new contract. Steward {a1.full} will go through it line by line.")

V("custodian, 30s, Facebook", "cust")
P("contract says custodians get a 30 min lunch. I have not had 30 minutes in a row since August.", flags="R")
P("Whoever negotiated the new uniform allowance: thank you. $300 a year for boots is the right call, my last pair was held together with duct tape.", flags="R")

# ---- evaluations and observations -------------------------------------------------------------
V("HS social studies teacher, 40s, X", "teach")
P("observation at 10:15 tomorrow. ironing the good cardigan tonight")
P("got 'developing' on questioning techniques because I didn't ask a question in the 4 minutes he was in my room. the kids were taking a TEST.", flags="R")
P("Post-ob went great, my AP actually had useful feedback on wait time. Trying it Monday. Credit where it's due.", flags="R")
P("Unannounced walkthrough DURING the fire drill. He wrote 'students not engaged.' They were on the football field.", flags="R")
P("Evaluations were rough across the building this year. Lot of quiet people in the lounge today.", flags="N")
P("Pro tip for new teachers: the pre-ob has to be scheduled 48 hours ahead, it's in article 14 of our contract.")
P("Observations should be done by someone who has taught the subject. Period. I don't want a former gym teacher scoring my calculus lesson.", flags="N")

V("first-year teacher, 20s, Threads", "teach")
P("my mentor told me to put the objective on the board in three places 'so they see it.' they saw it. I got effective. the system works, I guess 🙃", flags="R")
P("pre-ob with the principal at {time}. what do I bring? lesson plan, data, anything else? help")
P("the mentoring program here is the best thing the district does for new teachers. I'd have quit in October without it.", flags="R")

V("elementary teacher, 40s, Facebook", "teach")
P("{a1.full} got rated ineffective on her APPR after 22 years at Hillside and nobody in that building believes it for a second", "PERSONNEL", flags="R", g="a1=f")
P("my mentor {a1} got highly effective across the board this year and she's pretending she doesn't care. she cares. so proud 🥹", "PERSONNEL", g="a1=f")
P("Mr. {t1} next door got 'developing' overall and now he's on a TIP. 26 years. The kids adore him. Something is very wrong.", "PERSONNEL", flags="R")
P("Ms. {t1} in 2nd grade got put on an improvement plan and she told me she's thinking of quitting. we can't lose her", "PERSONNEL")
P("APPR scores are due to the state by {date}. our building is fine. deep breaths everyone")
P("Can we talk about how a teacher's 'student growth' score comes from kids she never taught? Because that's how it works in art and PE here.", flags="R")

V("HS science teacher, 50s, Threads", "teach")
P("Observations with a checklist and a tablet, no conversation after. That's not feedback. That's a receipt.", flags="R")
P("Our new AP observes like she used to teach: stays the whole period, takes notes on the kids, not the walls. Huge difference. More of this please.", flags="R")
P("they brought back peer observations and I'm honestly excited?? I get to watch {a1} teach chem. I've wanted to steal her lab setup for years", flags="R", g="a1=f")

V("union building rep, elementary, Facebook", "union")
P("Reminder: you have the right to a rebuttal on any observation. 10 school days. Put it in writing. Send it to me if you want a second set of eyes.")
P("Three people came to me this week about observation reports that quote things they never said. Three. Admin, please record what actually happened.", flags="R")
P("helped {a1.full} write her rebuttal to the 'developing' on her observation tonight. she had the lesson plan, the data, everything. we'll see", "PERSONNEL", g="a1=f")
P("The new evaluation plan was negotiated with teachers at the table. It's fairer than the last one. Not perfect, but fairer.", flags="R")

V("paraprofessional, 40s, X", "para")
P("paras get evaluated by the teacher we work with, who gets evaluated by the AP, who gets evaluated by the principal, and the para is the only one who doesn't get a copy", flags="R")

# ---- schedules, duties, coverage --------------------------------------------------------------
V("middle school ELA teacher, 30s, X", "teach")
P("coverage again during my prep. that's 4 this week. at some point 'prep period' is just a rumor", flags="R")
P("duty rotation for Q3 is posted outside the main office. I got bus loop, {time}, Tues/Thurs 🚌")
P("who do I email to swap a duty? {a1} wants my Friday cafeteria for her Monday hallway", g="a1=f")
P("Thanks {a1} for taking my lunch duty today so I could make my kid's concert 💛")
P("Block schedule is the best thing this district has done in a decade. 84 minutes and I can actually finish a lab.", flags="R")
P("New bell schedule starts Monday. 1st period 7:25am. Zero period is dead. RIP", flags="N")
P("7:25 start for teenagers. Who decided this, and have they ever met a teenager?", flags="R")
P("I got a 'coverage request' email at 6:52am for 2nd period. I teach 2nd period. Somebody's spreadsheet needs a nap.", flags="R")

V("HS Spanish teacher, Threads", "teach")
P("Me pusieron otra cobertura en mi hora libre. Cuarta vez esta semana. Prep is a myth in this building.", flags="R")
P("covered a gym class today. taught 40 sophomores the Spanish words for 'dodgeball' and 'please stop.' {s1.up} NOW SAYS 'POR FAVOR' TO THE BALL. great day actually")
P("getting paid $28 for a coverage when a sub would get $130 for the whole day. why would they ever hire subs? we're cheaper", flags="R")
P("Covering for {a1} tomorrow 1st and 2nd, she's at a conference in Albany. If you see her kids in the hall, they're mine 😂", g="a1=f")

V("elementary teacher, 30s, Facebook", "teach")
P("Specials schedule changed AGAIN. My prep is now 2:40-3:20 on Tuesdays, which is dismissal. Beautiful. Perfect.", flags="R")

V("bus driver, 30s, X", "bus")
P("Bus {bus} running about 20 late this afternoon, flat tire on Route 9. Kids are fine, they're singing the whole Encanto soundtrack")
P("we're 9 drivers short and I ran 3 routes today. pay drivers like the job matters and you'll get drivers. fix the buses.", flags="R")
P("route {route} bid came out. I kept my morning run!! {s1} at the Cedar Hill stop would've staged a protest")
P("They cut a route and added 14 stops to mine. 52 minutes one way for a kindergartner. Whoever designed this should ride it once.", flags="R")
P("Best part of this job is still the kindergartners who say good morning like they MEAN it. Nothing else comes close.", flags="R")

V("custodian, 40s, Facebook", "cust")
P("Assigned to 2 buildings now. Roosevelt till 7, then Hillside till midnight. They call it 'flexible coverage.' I call it two jobs for one check.", flags="R")
P("Night crew ordered pizza for {a1}'s last day. 33 years. The building won't be the same 🍕")

V("school nurse, 30s, Threads", "nurse")
P("I've been 'covering' two buildings since October. That's not coverage, it's a nurse on the highway between buildings.", flags="R")
P("Flu is going around, 31 visits to my office today alone. Wash your hands, friends 🧼", flags="N")

# ---- staffing and class sizes ----------------------------------------------------------------
V("HS chemistry teacher, 40s, X", "teach")
P("34 in AP Chem. 24 lab stations. You do the math, because the district won't.", flags="R")
P("Class lists are posted. 27 kindergartners in room {room}. Wish me luck 🍎")
P("Hillside is down 3 paras, 2 bus drivers, a nurse and a custodian. 'Staffing shortage' is a choice when you pay {rate}/hr.", flags="R")
P("Half our building is out with the flu. If you're a sub and want work this week, Roosevelt is calling 🤒", flags="N")
P("The sub shortage isn't a shortage. $110 a day with no benefits is the shortage.", flags="N")
P("Class size cap in our contract is 28. My smallest section is 31. Grievance filed. We'll see.", flags="R")
P("They hired two new math teachers over the summer and I already love them both. Welcome, {a1} and {a2}! 🍎")

V("middle school special ed teacher, Threads", "teach")
P("Caseload of 19 with 2 co-taught sections and a self-contained block. Someone at the district office should try that for a week.", flags="R")
P("IEP season is brutal. That's the whole post.")
P("Our district's para vacancies are at 23. Twenty-three. Every one of those is a kid whose IEP isn't being followed.", flags="R")
P("{s1} asked me where Ms. {t1} went. I didn't have a good answer. She quit in October and we still don't have a replacement.", flags="R")

V("HS teacher, 60s, Facebook", "teach")
P("Three teachers retired from my department in June and only one position got posted. That's how a budget cut looks from the inside.", flags="R")
P("Retirement party for the class of '26 retirees is June 12 at the Elks on Maple Ave. $40, cash or Venmo to {a1}")

V("teaching assistant, 20s, X", "para")
P("if your district is hiring TAs, apply. great way into teaching, summers off, kids are awesome. just also get a second job lol", flags="R")

# ---- sick days, personal days, leave -----------------------------------------------------------
V("HS English teacher, 20s, Threads", "teach")
P("Took a sick day. Spent 2 hours writing sub plans and 1 hour answering emails. Feeling very rested, thanks", flags="R")
P("Personal days shouldn't need a reason. They're called PERSONAL.", flags="N")
P("Reminder: sick bank donations are due to HR by Friday. Form's on the staff portal.", flags="N")

V("bus driver, 50s, Facebook", "bus")
P("called out sick for the first time in 6 years. the dispatcher asked if I was 'really' sick. I was. I am. good night.")
P("Drivers don't get sick days the first 90 days. So new drivers drive sick. Around kids. Think about that for a second.", flags="R")

V("paraprofessional, 40s, Facebook", "para")
P("paras lose a day's pay if we're out more than 8 days, even with a doctor's note. teachers don't. explain that one.", flags="R")
P("out tomorrow for a family thing. {a1}, thank you for covering my lunch group 💙")

V("elementary teacher, 30s, Facebook", "teach")
P("The district's new paid parental leave policy is a real step forward. 12 weeks, full pay. I wish it had existed for my first kid.", flags="R")
P("they want a doctor's note for a single sick day now. I'm a grown adult with a mortgage.", flags="R")

# ---- personnel leaks, named or identifiable ---------------------------------------------------
V("HS teacher, 40s, X", "teach")
P("{a1.full} from the English dept is out on medical leave until spring. knee replacement. we're sending a card, sign it in the mailroom", "PERSONNEL HEALTH", g="a1=f")
P("Mr. {t1} just got written up for leaving his class unattended for 5 minutes to help a kid in the hallway. 5 minutes. for helping a kid.", "PERSONNEL", flags="R")
P("our chemistry teacher (the only one at Maple Ridge) is on leave for the rest of the year and the district won't say why. kids have had 4 subs", "PERSONNEL")
P("{a1} is on step {step} after 9 years because she came from a charter and they wouldn't count her years. she makes less than the new hires. unreal", "PERSONNEL", flags="R", g="a1=f")
P("Mr. {t1} got non-renewed. Third year. Best rapport with kids I've ever seen. Admin didn't like that he spoke at the board meeting.", "PERSONNEL", flags="R")
P("three teachers in our building are on leave right now and the subs are amazing. shoutout to the sub pool 🙌", flags="N")
P("Ms. {t1} is on maternity leave till February. the long term sub is great, don't email her about Ms. {t1}'s grades though lol", "PERSONNEL")

V("paraprofessional, 30s, Facebook", "para")
P("they moved {a1} from Hillside to the middle school with one day's notice after the complaint from that parent. 15 years in that classroom", "PERSONNEL", flags="R", g="a1=f")
P("{a1.full} got suspended 3 days without pay for using her phone during lunch. her MOM was in the hospital. paras get treated like kids.", "PERSONNEL", flags="R", g="a1=f")
P("Whoever decided paras need to clock in on a tablet by the front door: we all saw what happened to our checks when the tablet froze. Fix it.", flags="R")

V("bus driver, 60s, X", "bus")
P("{a1.full} from route {route} is out on workers comp. back injury from the wheelchair lift. I'm covering his run all week. get well brother", "PERSONNEL HEALTH", g="a1=m")
P("they fired {a1} from the garage today. 17 years. one late pickup with a sub aide on board. I'm sick about it.", "PERSONNEL", flags="R", g="a1=m")
P("the new dispatcher has a drug test pending after the thing on Tuesday. nobody is supposed to know. everybody knows.", "PERSONNEL")
P("lot of drivers out this week, some flu thing. if you see a sub driver be patient with them 🙏", flags="N")

V("custodian, 50s, Facebook", "cust")
P("our night supervisor at HVHS (the one with the Harley) got demoted back to custodian after the audit. 22 years.", "PERSONNEL")
P("{a1} in the kitchen is on FMLA for her dad. if you see her at ShopRite give her a hug, don't ask questions", "PERSONNEL", g="a1=f")
P("the head custodian at Roosevelt just got a formal reprimand for the boiler thing. it wasn't his fault, the part was on backorder since August.", "PERSONNEL", flags="R")

V("school nurse, 50s, Facebook", "nurse")
P("Nurse {t1} at Maple Ridge is out on medical leave for 6 weeks (surgery). Her building is sharing me. Pray for my mileage.", "PERSONNEL HEALTH")
P("a lot of nurses in this district got dinged on 'availability' in their evals this year. we're ONE nurse for two buildings. of course we're not available.", flags="R")
P("{a1.full}, the LPN at Hillside, got a written warning for giving an ice pack without a parent call. an ICE PACK.", "PERSONNEL", flags="R", g="a1=f")

V("union rep, HS, Facebook", "union")
P("Sat in on {a1.full}'s disciplinary meeting today as her rep. Can't say more. Long day.", "PERSONNEL", g="a1=f")
P("{a1.full} won her grievance!!! the district has to restore her 3 sick days and take the letter out of her file 🎉", "PERSONNEL", g="a1=f")
P("Mr. {t1}'s 3020-a hearing is scheduled for {date}. Please don't speculate in the comments.", "PERSONNEL")
P("Grievance #{grv} is resolved at step 2. Can't share details. Good outcome. That's all 🤐")

V("elementary teacher, 50s, Threads", "teach")
P("{a1} across the hall is retiring in June. 31 years. the new evaluation plan pushed her out a year early and I won't pretend otherwise.", flags="R", g="a1=f")
P("Congratulations to {a1.full} on 25 years at Roosevelt! 🍎 She still has the puppet from her first year.", g="a1=f")

V("HS secretary, Facebook", "para")
P("the new attendance clerk is already on a performance improvement plan after 30 days. she was set up to fail and everyone in the office knows it", "PERSONNEL", flags="R")
P("our AP has been on administrative leave since the thing at the board meeting. we were told not to talk about it, so I'm not. but it's been 6 weeks", "PERSONNEL")

# ---- students, from the job (categories tied to a named / identifiable student) ---------------
V("1:1 para, 30s, Facebook", "para")
P("{s1} bit me again today. third time. I'm his 1:1 and I've had zero training for this and nobody will listen to me", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("{s1.low} used his AAC to say 'good morning Miss' today. 7 months of work. I'm a wreck 😭💙", "SPECIAL_EDUCATION", g="s1=m")
P("my 1:1 kid's IEP says I should be with him all day but I got pulled to cover the cafeteria. {s1} was alone in art. the plan exists for a reason.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1} asked if I'm coming back next year. I said I hope so. the pay says maybe not.", flags="R")
P("the whole class learned the para's name today (mine) and chanted it at dismissal. {s1} started it. legend")

V("bus driver, 40s, Facebook", "bus")
P("{s1.full} got 10 days off bus {bus} for the fight. Now mom drives him and yells at ME at the stop every morning. I didn't write the rules.", "DISCIPLINE", g="s1=m")
P("{s1} moved to the motel on Route 9 with her mom, so new stop at 6:10. McKinney-Vento says we keep her at her school. She's so tired every morning.", "FAMILY", g="s1=f")
P("{s1.low} on my route has a seizure plan taped to my visor now. we practiced what to do. glad we have it", "HEALTH")
P("{s1.full} on bus {bus} told me his teacher says I'm 'the best driver in HVCSD.' I'm putting that on my resume.")
P("bus {bus} rider ID for {s1.full} is {sid}, need it for the new scanner, office said to post it to the driver group. is that right??")

V("school nurse, 30s, X", "nurse")
P("{s1}'s insulin pump alarmed 6 times during my lunch today. I am one nurse for 700 kids. Something has to give.", "HEALTH", flags="R")
P("{s1.full} has a peanut allergy and the sub in room {room} didn't get the memo. EpiPen is in the blue pouch on the door, sub folder updated. Please read your sub folders.", "HEALTH", flags="R")
P("{s1} came in today just to tell me his cat had kittens. 6 kittens. I have never been happier to be a nurse.")
P("{s1} came in with a stomach ache for the 9th day in a row. it's always right before math. called the counselor, she's on it.", "HEALTH")

V("HS teacher, 30s, X", "teach")
P("{s1.full} is failing 3 classes and I have 33 other kids in that room. I can't give him what he needs. Nobody could with 34.", "ACADEMIC", flags="R", g="s1=m")
P("{s1} went from a 58 to an 81 this quarter after we got her a real tutor. THIS is what smaller classes would do for every kid.", "ACADEMIC", flags="R", g="s1=f")
P("{s1.full} got suspended 5 days for the group chat thing and I'm expected to send 5 days of work by 8am. during my coverage period.", "DISCIPLINE", flags="R")
P("so proud of {s1.full}, she got into the nursing program at Dutchess CC!!! 🩺 first in her family", g="s1=f")

V("custodian, 60s, Facebook", "cust")
P("kid I've known since kindergarten graduated today. {s1} used to help me push the mop bucket every morning. cried behind the bleachers")
P("{s1.lastinit} in 8th spray painted the dugout again, I spent my whole Saturday on it. 2nd time this year. not mad. ok a little mad", "DISCIPLINE")

# ---- leaks: credentials, phones, emails, addresses --------------------------------------------
V("HS teacher, 40s, Facebook", "teach")
P("sub plans for tomorrow: payroll portal login is taped inside the blue binder if you need to enter your hours, user {t1.low}, pw {pw}", "SECURITY")
P("Copier code for the HVHS workroom is {code}. Please don't use mine for your 300-page packet again, {a1}. I SEE the count.", "SECURITY")
P("the copier code is your employee number, it's in your welcome email. I can't post it here 😅")
P("copier in the English office jammed on page 1 of 140. took it as a sign. going home.", flags="N")
P("we have to change our payroll portal password every 60 days now and it can't match any of the last 12. I have run out of pets.", flags="R")

V("paraprofessional, 20s, X", "para")
P("for the new paras: the timeclock PIN is the last 4 of your employee ID unless you changed it. mine is {code} lol don't steal my hours", "SECURITY")
P("absence system kept rejecting me so I just used {a1}'s login, {pw}. she said it's fine 🤷‍♀️", "SECURITY")
P("the new absence system logs me out every 3 minutes. I put in for a sick day and it took 25 minutes. this system is garbage", flags="R")

V("bus driver, 50s, Facebook", "bus")
P("drivers group: garage door code changed to {code} as of Monday. night guys, don't get locked out again", "SECURITY")
P("GPS tablets for the buses update overnight from {host} so leave them plugged in at the garage. if yours is stuck, tell dispatch", "SECURITY")
P("anybody need a sub for route {route} on Friday? text me {myphone}")
P("if your timecard is wrong call payroll directly, not the garage. district office is {pubphone.dist}, ask for payroll")

V("custodian, 40s, Facebook", "cust")
P("night crew, alarm code for Hillside changed to {code}. arm it when you leave or we'll all get a call at 2am", "SECURITY")
P("if the HVAC alarm goes off at Roosevelt again call me, not the office. {myphone}. day or night.")
P("kronos at HVHS is down again. IT says the clock talks to {host.time} and it's not answering. write your hours on paper.", "SECURITY")

V("union rep, 40s, Facebook", "union")
P("If you're having issues with your pay stub call me before you call HR. {myphone}. Or email {myemail}, not my district email.")
P("HR's public line is {pubphone.dist}, option 3. They're actually pretty good about step questions. Call them first.", flags="R")
P("For the membership meeting potluck: {a1.full} is hosting at {addr}, 6pm Friday, bring a side. Park on the street please!")
P("{a1.full} had her surgery, meal train is up 💛 drop-offs at her house, {addr}, after 4. Text her husband at {phone} first.", "HEALTH", g="a1=f")

V("nurse, 50s, Threads", "nurse")
P("to the sub nurse covering Hillside Thursday: the med cabinet is keyed, but the keypad on the door is {code}. text me if stuck, {myphone}", "SECURITY")
P("HR sent the password reset link to my personal email {myemail} and now I get district spam at home. great.", flags="R")

V("teacher, 30s, X", "teach")
P("DM me for the sub sign-up link, don't post your personal number in the comments please 🙏")
P("new teachers: set your payroll portal password to something you'll remember. you'll need it at 11pm in March checking if your step went through.")
P("our building's staff wifi password is on a sticky note on the copier. it has been for 4 years. security theater.", flags="R")

# ---- disclaimers in the text, and look-alikes -------------------------------------------------
V("HS teacher, 40s, X", "teach")
P("The district should stop calling coverages 'opportunities.' They're unpaid labor. (Views my own, not HVCSD's.)", flags="R D")
P("The new contract is a good deal and I'll say it: right call by both teams. *my opinion only, not speaking for the district*", flags="R D")
P("Opinions welcome: what's the best lunch you can eat in 22 minutes? I have a sandwich problem.", flags="N")
P("I have my own classroom for the first time in 4 years!!! no more cart!! 🥹")
P("HR says we're supposed to put a disclaimer in our bios if we post about work. Does anyone know what it has to say exactly?")
P("Half my views are not my own, they're my students' and they are VERY loud about the school lunch pizza.")

V("paraprofessional, 40s, Facebook", "para")
P("Paras are the backbone of every classroom in this district and we're paid like an afterthought. Speaking for myself, not for HVCSD.", flags="R D")
P("Las paraprofesionales merecen un salario digno. Y punto. (opinión personal, no del distrito)", flags="R D")
P("Yes I'm taking a personal day for my birthday. Yes I'm going to the spa. No I'm not sorry 💅")

V("bus driver, 60s, Facebook", "bus")
P("Views from the bus window this morning 🌄 fog on the river, deer at the Quaker Hill stop, 38 kids singing happy birthday to nobody in particular")
P("The new routes are a mess and whoever made them never drove a bus. That's me talking, not the transportation dept.", flags="R D")

V("custodian, 30s, X", "cust")
P("my own opinion, not my employer's: custodians should get the same snow day pay as everyone else. we're the ones plowing.", flags="R D")
P("views are not my own, they belong to my 3yo who says the grocery store is 'too big and too loud.' she's not wrong")

V("nurse, 40s, Threads", "nurse")
P("Every school should have a full-time nurse. Not shared, not part-time. #MyViewsOnly #SchoolNurse", flags="R D")
P("disclaimer: this post is about my dog, not my job. he ate a whole tray of brownies and he's fine. I'm not.")

V("teacher, 30s, Threads", "teach")
P("Avis personnel, pas celui de mon employeur : 32 élèves par classe, c'est trop. Point.", flags="R D")
P("Seven years in, I can say the best part of teaching is the kid who comes back to visit. Just me talking here, not my school.", flags="R D")
P("Not an official district statement (obviously) but honestly, Dutchess Stadium hot dogs are the best in the state 🌭", flags="D")
P("Personal account, I speak for nobody but me: the new block schedule is working and I hope it stays.", flags="R D")

V("union building rep, 30s, X", "union")
P("Personal take, not the union's and not the district's: ratify the TA. Then we fight for more next time.", flags="R D")
P("Everything I post here is my own opinion. Today's opinion: the HVHS staff lot should have been plowed before 6am. It wasn't.", flags="R D")

# ---- not school: strong opinions about other things (not required) ----------------------------
V("HS math teacher, 30s, X", "teach")
P("The Jets are a cry for help. I say this as a season ticket holder since 2011. Sell the team.")
P("Hot take: the Severance finale was the best hour of TV this year and I won't be taking questions.")
P("Pineapple belongs on pizza and I'm tired of pretending it doesn't.", flags="N")
P("My husband thinks 62 degrees is 'warm enough' for the house. It is NOT. Marriage is a negotiation. 🥶")

V("bus driver, 50s, Facebook", "bus")
P("the Mets bullpen is gonna give me a heart attack before the bus ever does ⚾")
P("Stewart's coffee is better than Dunkin and I'll fight anybody about it at the 6am stop", flags="N")
P("The Thruway is a parking lot every Friday and the state should be ashamed. 45 min from Newburgh to New Paltz. 🚗")

V("custodian, 50s, Facebook", "cust")
P("Yankees need a real third baseman. Been saying it since April.", flags="N")

V("nurse, 30s, Threads", "nurse")

V("paraprofessional, 20s, X", "para")

# ---- more views about the job, many registers -------------------------------------------------
V("5th grade teacher, 40s, Facebook", "teach")
P("Faculty meeting to discuss how we can have fewer meetings. I'm not making this up.", flags="R")
P("New initiative! Same budget! Same hours! Different acronym! 🎉", flags="R")
P("We had a PD day on 'self-care' and it ran 20 minutes into our lunch. The irony was not lost on anyone.", flags="R")
P("What if, hear me out, we paid teachers for the 10 hours a week they work from home? Wild idea.", flags="R")

V("kindergarten teacher, 30s, Threads", "teach")
P("5 year olds should not be doing benchmark testing in September. They're still learning where the bathroom is.", flags="R")
P("{s1} (kindergarten) asked me if I sleep at school. I said sometimes it feels like it. She patted my arm.")
P("Kindergarten is the hardest grade to teach and the easiest to underestimate. Come spend a Monday with us.", flags="R")
P("hired a new aide for my room and she's incredible. the district got this one right.", flags="R")

V("HS history teacher, 60s, X", "teach")
P("Taught the Triangle Shirtwaist fire today. Frances Perkins watched it happen and went on to write the labor laws we still use. Kids were quiet for a long time.")
P("Best advice I got as a new teacher: eat lunch with the custodians. They know everything. Still true in 2026.", flags="R")
P("Young teachers: join the union in your first week, not your fifth year. You'll need it before you think you will.", flags="R")

V("middle school teacher, 30s, X", "teach")
P("'we're a family here' is a phrase employers use right before they ask you to work for free", flags="R")
P("if one more PD presenter tells me to 'build relationships' with 142 students in 42-minute periods I'm going to build a relationship with the exit", flags="R")
P("laminator's fixed!!! 🙌 shoutout {a1} in the main office")
P("So tired. Parent conferences 3pm to 8pm. Home now. Cereal for dinner.", flags="N")
P("nobody: \nabsolutely nobody: \nthe district at 9pm on a sunday: 'updated calendar attached' 🙃", flags="R")

V("HS art teacher, 40s, Instagram", "teach")
P("art budget this year: {money} for 180 students. that's the post. #arted", flags="R")
P("Art is not a 'special.' It's a subject. Schedule it like one.", flags="R")

V("music teacher, 50s, Facebook", "teach")
P("The board restored 4th grade strings tonight. Right call. Thank you to every family who spoke at public comment 🎻", flags="R")

V("PE teacher, 40s, X", "teach")
P("52 kids in one gym class. Two sections combined because there's no sub. That's not PE, that's crowd control.", flags="R")
P("Nobody asked but Aaron Judge is the best Yankee of my lifetime. Jeter fans can fight me.")

V("school counselor, 40s, Threads", "teach")
P("Counselor ratio in our building is 1:470. The recommended ratio is 1:250. I'll let the numbers talk.", flags="R")
P("The district adding a second social worker at the middle school is the best staffing decision I've seen in years. Thank you.", flags="R")

V("paraprofessional, 50s, Facebook", "para")
P("{s1} told me today I'm his favorite teacher. I'm not a teacher. I didn't correct him. 💙")
P("Paras should get planning time. We write the visual schedules, prep the materials, track the data. On our lunch.", flags="R")
P("Potluck for the para appreciation lunch is Friday in the Hillside library! Sign-up sheet's in the staff room 🥗")

V("bus driver, 30s, Threads", "bus")
P("Every bus should have a monitor. Driving 40 kids and managing 40 kids are two different jobs.", flags="N")
P("{s1.low} gave me a rock today. just a rock. it's on my dashboard now. his name is Rocky")
P("Dispatch switched my afternoon run at 1:15 with no notice. Again. Some of us have our own kids to pick up.", flags="R")

V("custodian, 40s, X", "cust")
P("Nobody ever thanks the night crew. Tonight {a1} got a card from a whole 2nd grade class. He taped it to the mop closet.", g="a1=m")
P("we get blamed for the building being cold. the boiler is from 1962. we asked for a new one in 2017. no further questions", flags="R")
P("snow day = 4am plow shift for us. enjoy the pancakes teachers 😂❄️", flags="N")
P("Shout-out to the district for finally buying ride-on scrubbers. Saved my knees. Best purchase they've made in years.", flags="R")

V("school nurse, 50s, Facebook", "nurse")
P("{s1} in 1st grade brought me a band-aid from home 'in case you run out.' I'm keeping it forever.")
P("The district's decision to put AEDs on every bus is the right one. Took years of asking. Thank you.", flags="R")
P("Nurses shouldn't be doing lunch duty. If a kid chokes in the gym while I'm in the cafeteria, who goes?", flags="R")

# ---- subs -----------------------------------------------------------------------------------
V("building sub, 20s, X", "sub")
P("Subs here make $120/day with no sick days, no benefits, no parking pass. And the building can't run without us.", flags="R")
P("Does anyone know if long-term subs get paid for the days over break? HR hasn't emailed back", flags="N")

V("retired teacher turned sub, 60s, Facebook", "sub")
P("Best part of subbing after retirement: no faculty meetings. Worst part: the copier code changes every month and nobody tells the subs.", flags="R")

# ---- more personnel and student-tied, varied -------------------------------------------------
V("middle school teacher, 40s, X", "teach")
P("Ms. {t1} got moved to 6th grade after the complaint and the kid who filed it is in my class now. Not how I wanted to spend my year.", "PERSONNEL")
P("{a1.full} is getting married in June!!! the whole 3rd floor is invited apparently. HAPPY FOR HER 💍", g="a1=f")
P("Mr. {t1} is out on paternity leave for 6 weeks starting Monday. His sub is {a1.full}. Please welcome her!", "PERSONNEL", g="a1=f")
P("our department chair got a 'highly effective' and I found out because she left the printout in the copier. she earned it though. quietly thrilled", "PERSONNEL")

V("HS teacher, 50s, Facebook", "teach")
P("Coach {t1} is out on medical leave after the heart thing. If you want to send something, the athletic office is collecting cards.", "PERSONNEL HEALTH")
P("{a1.full} told me she's on step {step} and still has to work summers at the pool. She has 11 years in. This contract has to change.", "PERSONNEL", flags="R", g="a1=f")

V("special ed teacher, 30s, Facebook", "teach")
P("{s1.full}'s annual review was moved to {date} because we don't have a psych who can come. 3 buildings, 1 psych. The IEP clock doesn't care.", "SPECIAL_EDUCATION", flags="R")
P("{s1} read 40 words a minute in September and 72 today. my para {a1} did that. I just made the charts 😭", "ACADEMIC")
P("Caseload meeting moved to Thursday 3:15 room {room}. bring your progress reports")
P("Special ed teachers leave because of the paperwork, not the kids. Every single time.", flags="R")

V("bus driver, 60s, Threads", "bus")
P("{s1.full} gets off at the Rombout Rd stop but grandma's not picking her up anymore, custody changed. dad's the only one allowed now. please update your sheets drivers", "FAMILY", g="s1=f")
P("They say 'safety first' and then put 71 kids on a 72-passenger bus with no monitor. OK.", flags="R")

# ---- official accounts ------------------------------------------------------------------------
V("HVCSD human resources account", "para")
P("Reminder: Payday this week is Thursday {date} due to the holiday. Direct deposit stubs are available in the payroll portal.", flags="O")
P("Open enrollment for health benefits runs through {date}. Questions? Call HR at {pubphone.dist}, option 3.", flags="O")
P("We're hiring paraprofessionals, bus drivers and custodians! Starting pay and benefits at hvcsd.org/jobs. Call {pubphone.dist} with questions.", flags="O")
P("Congratulations to {a1.full}, retiring after 34 years as a teaching assistant at Roosevelt! Thank you for everything. 💙", flags="O")
P("Sick bank enrollment is open. Forms are due to Human Resources by {date}. Contact info@hvcsd.org with questions.", flags="O")
P("Please welcome {a1.full}, long-term substitute for Ms. {t1}, who is on maternity leave through March. 🍼", "PERSONNEL", flags="O")
P("W-2s will be available in the payroll portal by Jan 31. Paper copies mailed to the address on file. We cannot email W-2s.", flags="O")
P("Substitute teacher daily rate is now $135. Apply at hvcsd.org/jobs — and thank you to every sub who keeps our schools running!", flags="O")

V("HVCSD district account", "union")
P("The Board of Education and the Hudson Valley Teachers Association have reached a tentative agreement. Details will be shared after ratification.", flags="O")
P("The Board of Education will hold a public hearing on the 2026-27 budget on {date}, 7pm, HVHS auditorium. All are welcome.", flags="O")
P("HVCSD and CSEA have ratified a new 3-year contract for support staff. Thank you to both bargaining teams. 🤝", flags="O")
P("Congratulations to our Teacher of the Year, Ms. {t1} of Maple Ridge, and our Support Staff Member of the Year, {a1.full}! 🍎🏆", flags="O")
P("Staff reminder: the district's social media guidelines ask personal accounts to note that views are their own. Full policy at hvcsd.org/policy.", flags="O")
P("Superintendent's conference day {date}: no school for students. Staff report at 8am to your home building.", flags="O")

V("HVCSD transportation department account", "bus")
P("Bus {bus} will be running about 25 minutes late this afternoon due to a mechanical issue. A replacement bus is on the way.", flags="O")
P("We're short drivers this week. Some routes will be combined. Check hvcsd.org/transportation or call {pubphone.dist}.", flags="O")
P("Congratulations to driver {a1.full}: 30 years and zero preventable accidents! 🚌🎉", flags="O")
P("Paid CDL training starts {date}. Start at {rate}/hour with benefits. Join Team Yellow! 🚌", flags="O")

V("HVCSD facilities account", "cust")
P("HVHS gym will be closed through {date} for floor refinishing. Thank you to our custodial staff! ✨", flags="O")
P("Thanks to the night crew at Roosevelt for 400 hours of summer cleaning. The building has never looked better.", flags="O")
P("Work order #{wo}: heat restored in the Maple Ridge east wing. Thank you for your patience.", flags="O")

V("HVCSD health services account", "nurse")
P("Flu clinic for staff: {date}, 3-6pm, HVHS nurse's office. Free with district insurance. 💉", flags="O")
P("We are looking for per diem substitute nurses! RN or LPN, flexible days. Call {pubphone.dist}.", flags="O")
P("Reminder: all staff must complete bloodborne pathogens training by {date}. Link in your email.", flags="O")

V("Hudson Valley High School account", "teach")
P("HVHS staff: faculty meeting moved to Wednesday 2:45 in the library. Snacks from the PTA! 🍪", flags="O")
P("Welcome to our new staff members for 2026-27! We're so glad you're here. 🦅", flags="O")
P("Our main office number has changed to {pubphone.hs}. Please update your contacts.", flags="O")
P("Shout-out to our paraprofessionals this week. 41 of them keep HVHS running every day. Thank you! 💙", flags="O")
P("Staff: the workroom copier code was reset over break. New code is {code}. Please do not share it with students.", "SECURITY", flags="O")
P("Thank you to Student Council president {s1.full} and the officers for the staff appreciation breakfast this morning! 🥞☕", flags="O")
P("Congratulations to Mr. {t1}, named Section 9 Coach of the Year, and to Ms. {t2}, our newest National Board Certified Teacher! 🦅", flags="O")
P("Observation and evaluation schedules for 2026-27 are posted in the staff portal. Questions go to your building principal.", flags="O")
P("HVHS is hiring a full-time lab technician for the science wing. Posting at hvcsd.org/jobs.", flags="O")

V("Roosevelt Elementary account", "school")
P("Happy Paraprofessional Appreciation Day to our amazing Roosevelt paras! Our 3rd graders made cards, led by {s1} and {s2} 💙", flags="O")
P("Early dismissal Friday at 12:30 for staff development. Buses run 3 hours early. Questions: {pubphone.dist}", flags="O")
P("Welcome back, Mrs. {t1}! Our kindergarten teacher returns from maternity leave Monday and the class is SO excited 🍼🍎", "PERSONNEL", flags="O")
P("Our front office is staffed 7:45-4:00. For attendance, call {attline} or email {pubmail}.", flags="O")

V("HVCSD district account", "union")
P("The 2026-27 salary schedules for all bargaining units are public and posted at hvcsd.org/hr, as required by law.", flags="O")
P("Reminder: the Board of Education meets {date} at 7pm. Public comment sign-up closes at 6:45. The agenda includes the support staff contract.", flags="O")
P("HVCSD will close at noon today due to the storm. All after-school activities are canceled. Stay safe! ❄️", flags="O")
P("We are proud to share that HVCSD's paraprofessional starting rate rises to $19.25/hour under the new agreement. Thank you to everyone at the table.", flags="O")
P("Correction: the staff professional development day is {date}, not the date printed in the calendar. Students do not attend.", flags="O")

# ---- unknown kind (screenshots, reposts, no account context) ----------------------------------
V("unknown account", "teach")
P("Teachers in this district are overworked and underpaid. The board needs to settle the contract NOW.", flags="N")
P("Bus {bus} was 40 min late AGAIN. three times this week. somebody at transportation fix this", flags="N")
P("Why is the superintendent getting a raise when the paras are getting 35 cents? Explain it to me like I'm 5.", flags="N")
P("screenshot from the staff group chat: 'copier code in the main office is {code}, don't tell the kids'", "SECURITY", flags="N")
P("Mr. {t1} at Maple Ridge is on leave because of a complaint. Heard it from my son. Anyone know more?", "PERSONNEL", flags="N")
P("Anyone know if the contract vote passed? Haven't seen anything from the union yet.", flags="N")
P("Shoutout to whoever plowed the HVHS lot at 4am. You're a hero.", flags="N")
P("HVHS main office is {pubphone.hs}. They were super helpful with my daughter's transcript.", flags="N")
P("Reposting: Rally for fair pay Thursday 6pm at the HVHS front lawn. Wear blue.", flags="N")
P("{a1.full} got fired from the bus garage. 20 years. Anybody know why?", "PERSONNEL", flags="N")
P("Substitute teachers needed. $135 a day. Apply at hvcsd.org/jobs.", flags="N")
P("Best teacher my kid ever had was at Hillside. The district should be paying her double.", flags="N")
P("leaked from the payroll portal: login {t1.low}, password {pw}. lol who left this on the copier", "SECURITY", flags="N")
P("the night custodian at Roosevelt (there's only one) got suspended. my cousin works there.", "PERSONNEL", flags="N")
P("class sizes at Maple Ridge are over 30 now. something has to give", flags="N")
P("Anyone have the number for district HR? found it: {pubphone.dist}", flags="N")
P("'Effective' is the new 'fine.' Nobody knows what the ratings mean anymore.", flags="N")
P("Teacher's aide at Hillside posted her own cell in the parent group: {phone}. pretty sure she shouldn't have", flags="N")
P("PSA: staff wifi password changed over break. New one's in your email, don't ask in the group chat.", flags="N")
P("The copier in the Maple Ridge workroom is broken again. Day 9.", flags="N")
P("Personal days for the whole district on Friday? Looks like half the staff is out. Fun.", flags="N")
P("{s1.full} on bus {bus} got suspended from riding again. third time. mom is furious.", "DISCIPLINE", flags="N")
P("HVCSD staff: payroll portal is down until 6pm. Don't panic about your stub.", flags="N")
P("From the union newsletter: 'Steward {a1.full} will hold office hours Tuesdays 3-4 in room {room}.'", flags="N")
P("Whoever decided 7:25am start for high schoolers has never met a teenager.", flags="N")
P("No nurse at Hillside again today, so the secretary is handing out meds. That's not ok.", flags="N")

# ---- more personal: shorter, rawer -----------------------------------------------------------
V("7th grade math teacher, 20s, X", "teach")
P("3 coverages, 1 observation, 0 lunch. tuesday")
P("teacher burnout isn't a personal failing. it's a staffing plan.", flags="R")
P("cried in the supply closet at 10am. fine now. fine.")
P("this job is breaking me and I still love it. both.", flags="R")
P("I LOVE MY JOB I LOVE MY JOB I LOVE MY JOB (it's report card week)", flags="R")
P("admin just emailed 'a quick reminder' that's 14 paragraphs long", flags="R")
P("7am meeting. on a friday. about morale.", flags="R")
P("jeans friday. that's it. that's the compensation package.", flags="R")

V("bus driver, 40s, X", "bus")
P("6 hour days, 'part time,' no benefits. bus driver math.", flags="R")
P("14 years on route {route}. still get a hug from {s1.low} and {s2.low} every friday")
P("the transportation office answered my call on the first ring today. mark the calendar.", flags="R")

V("custodian, 50s, X", "cust")
P("they cut night crew from 5 to 3 and want the same buildings done. can't be done. won't be done.", flags="R")
P("budget cut the custodial overtime so nobody's cleaning after the weekend events now. parents will notice monday.", flags="R")

V("school nurse, 40s, X", "nurse")
P("nurses aren't 'extra staff.' we're the reason the kid with diabetes can be in school at all.", flags="N")

V("paraprofessional, 30s, X", "para")
P("paras are not substitutes. stop using us as substitutes.", flags="N")
P("got a 'thank you' email from the principal today, addressed to the whole para team by name. that's how you do it 💙", flags="R")
P("lunch duty, recess duty, bus duty. all in one day. my feet have filed a grievance")
P("my teacher {a1} surprised me with a coffee and a card for para appreciation day 🥹 I don't deserve her", g="a1=f")

V("HS English teacher, 50s, Facebook", "teach")
P("Graded 140 essays this weekend. The contract says I work 7 hours a day. The contract and I need to talk.", flags="R")
P("Read The Grapes of Wrath with my juniors and we talked about Steinbeck and the migrant camps. One kid said 'so, like, the gig economy.' Yes. Exactly.")
P("The most important thing a school can do for its teachers is protect their time. Everything else is details.", flags="R")
P("Retiring at the end of this year. 32 years. Ask me anything except how my pension works, I still don't know.")

V("elementary teacher, 20s, Threads", "teach")
P("anyone else's pay stub have a random $12 deduction called 'ADJ'? what is that", flags="N")
P("The MA column bump is $2,900. The degree was $38,000. Somebody do the math for me because I won't.", flags="R")
P("day one of the new reading curriculum. I have 4 binders, 2 logins, and a headache. we'll see")
P("they adopted a new reading curriculum and didn't train us until November. you can't build a plane mid-flight and call it professional development.", flags="R")

V("HS teacher, 40s, Reddit-style thread", "teach")
P("Throwaway. Teacher in NY, 15 yrs.\n\nMy principal just told me I'm being moved to a different building next year 'for staffing reasons.' I've been at this school since I started. No reason given, no conversation.\n\nIs that allowed? Contract says involuntary transfers need 'good cause.' Any union people here know how this works?")
P("Update: talked to my building rep. Involuntary transfer has to be by reverse seniority unless it's a disciplinary thing, and it's not. So we're filing. Thanks all.")
P("For anyone asking what it's like to teach in a high-cost area: I live 40 minutes from my school because I can't afford the town I teach in. Half my colleagues do the same.", flags="R")
P("Serious question: how do you all handle parent emails at 10pm? I've started answering only during contract hours and I feel guilty about it")
P("PSA for new teachers: you don't have to answer emails at night. Your contract has hours. Use them.", flags="R")

V("paraprofessional, 20s, Threads", "para")
P("week 6 as a para: the pay is a joke and the kids are the best. welcome to education I guess", flags="R")
P("{s1.low} in 2nd grade asked if I'm rich because I 'work at a school.' told her I'm rich in glue sticks")

V("HS science teacher, 30s, Threads", "teach")
P("Whoever scheduled lab safety training on the day of the chemistry Regents: 👀", flags="R")
P("Regents proctoring 8 to 11, then grading till 6. Regents week is a marathon.", flags="N")
P("the district hiring a full-time lab tech for the science wing is the best thing that's happened to us in a decade. thank you, whoever fought for that.", flags="R")
P("Grievance #{grv} (lab prep time) went to arbitration. No idea when we'll hear. I'm just the messenger.")

V("bus driver, 60s, Facebook", "bus")
P("retiring from driving after 26 years. route {route}, every single morning. gonna miss these kids something awful 💛")
P("If you think driving a school bus is easy, try backing a 40-footer down a dirt road at 6am with 30 kids watching. Pay us.", flags="R")

V("custodian, 30s, Facebook", "cust")
P("They tell us to 'prioritize' when we're short. Prioritize what? The bathrooms or the classrooms? Pick one, kids.", flags="R")

V("nurse, 30s, Facebook", "nurse")
P("every school nurse I know is burnt out and every one of them is staying for the kids. that's not a retention plan.", flags="R")

# ---- more leaks: a few more span leaks in the working-conditions voice ------------------------
V("HS teacher, 30s, Facebook", "teach")
P("for the sub tomorrow: my cell is {myphone} if anything comes up. attendance goes through the main office, not me")
P("if anyone wants to carpool from Newburgh I'm at {addr}, leaving at 6:50. Venmo gas money 😂")
P("Emailing the union from my personal address from now on, {myemail}, since apparently district email is 'monitored.' Cool, great.", flags="R")

V("paraprofessional, 40s, Facebook", "para")
P("{a1.full} is out for her chemo, her address is {addr} if you want to send a card. she'd love mail 💌", "PERSONNEL HEALTH", g="a1=f")
P("the para group chat is {a1}'s cell, {phone}, text her to get added. no admin allowed lol", g="a1=f")

V("bus driver, 30s, X", "bus")
P("dispatch, I know you're reading this. my number is {myphone}, not the old one. stop calling my ex about route changes 😂")
P("new rider on bus {bus}: student # {sid}, mom says she gets off at the Quaker Hill stop")

# ---- more: leave, write-ups, steps, caseloads tied to one colleague or student ----------------
V("HS teacher, 40s, Facebook", "teach")
P("Ms. {t1} is out on bereavement leave this week, her mom passed. Coverage sheet is on her door, grab a period if you can 💙", "PERSONNEL")
P("Mr. {t1}'s salary step got frozen because his master's transcript 'wasn't received.' He mailed it twice. He's losing $3,100 this year over a lost envelope.", "PERSONNEL", flags="R")
P("Throwaway. My teammate (8th grade science, 14 years, the best teacher on our hall) just got her APPR back: developing. The only formal observation was the day after the fire alarm went off three times. Kids were wired, she said so in the pre-ob, the AP wrote it down anyway. She's applying to other districts now.\n\nWe're going to lose the best teacher in the building over one bad day and a rubric. How is that a system?", "PERSONNEL", flags="R")
P("{a1.full} just got tenure!!! 4 years, 2 principals, 1 pandemic, and approved by the board tonight. SO proud of you 🎉", g="a1=f")
P("{s1.full} is reading at a 2nd grade level in 6th and I have 31 kids and no reading specialist since the cut. Tell me again how we're 'protecting instruction.'", "ACADEMIC", flags="R")
P("{s1}'s behavior plan says I get a para for 5th period. There hasn't been a para in 5th period since Halloween. 29 kids and a BIP, alone.", "DISCIPLINE", flags="R")

V("paraprofessional, 40s, Facebook", "para")
P("{a1.full} got a counseling memo for being 4 minutes late 3 times. She takes two buses to get here. The district could try a little grace.", "PERSONNEL", flags="R", g="a1=f")
P("{a1} told me she's pregnant and scared to tell the principal before her contract's renewed. not my news but I'm worried for her", "PERSONNEL HEALTH", g="a1=f")
P("{s1}'s 504 says a movement break every 20 min with an adult. I'm the adult. For 3 kids in 3 rooms. You do the math.", "SPECIAL_EDUCATION", flags="R")
P("the para who does lunch at Hillside (you know, the one with the purple hair) got moved to nights after the thing with the parent. she didn't do anything wrong", "PERSONNEL", flags="R")

V("bus driver, 50s, Facebook", "bus")
P("driver on route {route} (the one with the Yankees seat cover) got pulled off the road after his DOT physical. blood pressure. back in a month hopefully", "PERSONNEL HEALTH")
P("{s1.low} and {s2.low} got written up on my bus again, 3rd time this month. The monitor job's been empty since fall. Can't drive and referee.", "DISCIPLINE", flags="R")
P("{a1.full} got 3 days off without pay for the mirror thing. it was a branch. a BRANCH. the garage needs new leadership", "PERSONNEL", flags="R", g="a1=m")

V("custodian, 50s, X", "cust")
P("{a1.full} is on a last chance agreement after the alarm thing. one more and he's done. 19 years. I hate this", "PERSONNEL", g="a1=m")
P("family at the Roosevelt clothing closet this morning, {s1}'s mom, they've been sleeping in the car since the fire. I gave them the good coats. don't tell my supervisor", "FAMILY")

V("school nurse, 40s, Threads", "nurse")
P("the LPN at Roosevelt (the only one they have) is out on stress leave since the lockdown. I'm covering both buildings. she deserves the time.", "PERSONNEL HEALTH")
P("{s1.full} needs her seizure med at 11:30 and I'm the only one trained to give it. Which means I don't get lunch. Ever. Nobody else has been trained in 2 years.", "HEALTH", flags="R", g="s1=f")

V("union rep, 40s, X", "union")
P("{a1.full}'s 3-day suspension got reversed at arbitration today. back pay and all 💪", "PERSONNEL")
P("Contract vote Thursday, 3:30.")
P("Pay paras more. Period.", flags="R")

V("teacher, 30s, X", "teach")
P("Prep period? Never heard of her.", flags="R")
P("observation went fine. phew.")
P("payday. rent. gone. again.")
P("Class of 34. No aide. Cool.", flags="R")

V("HS teacher, 30s, X", "teach")
P("locked out of the payroll portal AGAIN so I reset it to {pw} and wrote it on a post-it. future me, you're welcome", "SECURITY")
V("paraprofessional, 20s, Facebook", "para")
P("new para at Maple Ridge 👋 my cell is {myphone}, text me if your room needs an extra set of hands at lunch 💙")
V("custodian, 40s, Facebook", "cust")
P("for whoever's covering my nights at HVHS: boiler room keypad is {code}, alarm panel is by the loading dock. call me at {myphone} if it trips", "SECURITY")


if __name__ == "__main__":
    main()
