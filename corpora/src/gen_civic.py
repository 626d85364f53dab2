"""Generate corpora/src/civic.jsonl: school staff as citizens in public life.

Voices: the teachers' union building rep, a teacher who speaks at school-board meetings, a custodian
running for town council, a librarian on book challenges, a parent-and-teacher posting about the
levy / bond vote, a history teacher who posts about national politics, a veteran teacher two years
from retirement, plus a few others (a coach on the stadium vote, a para at public comment), on
Facebook, X, Bluesky, Threads, Nextdoor and in letters to the editor reposted to their own pages.
Official district / board / library accounts and posts of unknown kind (Nextdoor neighbours,
screenshots, reposts) fill out the mix.

Content: board meetings, contract negotiations, state tests and state education policy, national
education news, book challenges, school funding, the levy and the bond, AND heated opinions on things
that are not education or the job (the Route 9 widening, national elections, the stadium, zoning,
gas prices, the Mets). Education policy anywhere (state, national) is "touching education" and so
R when a position is taken; the highway is not. Many skeletons come as near-pairs across the R line
(marked ``# pair``): same topic with and without a position, or education vs. not.

Public adults appear by full name (board members, the superintendent, legislators, candidates, union
officers, authors of challenged books) and stay unmarked; students appear sometimes (a student who
spoke at the meeting, a discipline case somebody aired at public comment).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low}
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff / official surnames after a title, {a1} {a1.full} {a1.last} adults,
      {room} {bus} {time} {year} {date} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail} {money} {num} {pct} {votes} {mill} {wo} {rt} {jersey} {score} {gas} {ward}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "civic.jsonl"
SEED = 20261211

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "en_IN", "fil_PH", "ga_IE", "es_CO", "en_GB", "nl_NL", "el_GR", "tr_TR"]
# Romanized name lists for locales whose Faker names are not in Latin script, as US staff would
# type them: (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Ahmad", "Mahmoud", "Faisal", "Nabil", "Jamal", "Walid", "Hassan", "Ziad", "Munir", "Adnan"],
           ["Rana", "Hiba", "Lina", "Nadia", "Samira", "Reem", "Dina", "Jana", "Zainab", "Ghada"],
           ["Sabbagh", "Haddad", "Touma", "Barakat", "Jaber", "Khoury", "Habib", "Shami", "Odeh", "Nassar"]),
    "ko": (["Sung-min", "Tae-yang", "Woo-jin", "Dong-hyun", "Jin-ho", "Kyung-soo"],
           ["Hye-jin", "So-yeon", "Da-eun", "Ye-jin", "Chae-won", "Na-rae"],
           ["Hwang", "Seo", "Oh", "Bae", "Ryu", "Kwon", "Moon", "Jang"]),
    "hi": (["Aditya", "Siddharth", "Pranav", "Nikhil", "Varun", "Karan", "Rahul"],
           ["Pooja", "Sneha", "Aditi", "Tanvi", "Nisha", "Shreya", "Lakshmi"],
           ["Agarwal", "Deshpande", "Kulkarni", "Pillai", "Banerjee", "Srinivasan", "Malhotra", "Rao"]),
    "uk": (["Yurii", "Petro", "Serhii", "Roman", "Ihor", "Volodymyr"],
           ["Halyna", "Nataliia", "Mariia", "Tetiana", "Liudmyla", "Anna"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Rudenko", "Klymenko", "Zinchenko"]),
    "am": (["Dawit", "Yonas", "Abel", "Tesfaye", "Bereket"],
           ["Selam", "Hanna", "Meron", "Tigist", "Bethlehem"],
           ["Tadesse", "Bekele", "Haile", "Girma", "Alemu", "Desta"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 9, "es_ES": 2, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 3, "en_NG": 4, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "ga_IE": 3,
                "es_CO": 3, "en_GB": 3, "nl_NL": 2, "el_GR": 1, "tr_TR": 2,
                "ar": 3, "ko": 2, "hi": 2, "uk": 2, "am": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "el_GR"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alexandra", "Sasha", "f"), ("Mohammed", "Mo", "m"), ("Josephine", "Josie", "f"),
         ("Nicholas", "Nico", "m"), ("Wilhelmina", "Billie", "f"), ("Rafael", "Rafa", "m"),
         ("Anh Thu", "Annie", "f"), ("Tobiasz", "Tobi", "m"), ("Guadalupe", "Lupe", "f"),
         ("Olumide", "Mide", "m"), ("Penelope", "Nell", "f"), ("Frederick", "Fritz", "m"),
         ("Catalina", "Cata", "f"), ("Zhiwei", "Will", "m"), ("Isabella", "Izzy", "f"),
         ("Ignacio", "Nacho", "m"), ("Henrietta", "Etta", "f"), ("Bartholomew", "Bart", "m")]

STREET_BASES = ["Quaker Hill", "Fishkill Creek", "Old Post", "Spook Rock", "Beekman", "Wappinger",
                "Chestnut Ridge", "Mill Pond", "Fox Hollow", "Osborne", "Winding Brook", "Stormville",
                "Clinton Corners", "Sylvan Lake", "Cedar Knoll", "Hunter's Run", "Bog Hollow", "Creamery"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Road", "Street", "Trl", "rd", "ln"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views of the river", "my own classroom", "opinions welcome") sit among the plain ones.
BIOS = [
    ("union", "HS math | HVTA building rep | posting as me, not as HVCSD", True),
    ("union", "union rep ✊ teacher ✊ grill guy | my takes, not my employer's", True),
    ("union", "HVTA building rep, HVHS | solidarity forever | Mets suffering since '86", False),
    ("union", "math teacher | contract nerd | opinions welcome, bring receipts", False),
    ("board", "MS science teacher & public-comment regular | I speak for me, never for the district", True),
    ("board", "teacher, mom, resident of Ward 3 | personal page — nothing here is official HVCSD", True),
    ("board", "7th grade science 🔬 | I go to the board meetings so you don't have to", False),
    ("board", "teacher • taxpayer • 3 min at the mic every 2nd Tuesday", False),
    ("cust", "Head custodian, Maple Ridge MS | Candidate, Town Council Ward 2 | views are mine, not HVCSD's", True),
    ("cust", "Dad. Custodian 22 yrs. Running for Town Council. Fix the roads. 🚧", False),
    ("cust", "custodian @ Maple Ridge | Ward 2 | bowling league captain 🎳", False),
    ("lib", "school librarian 📚 | Bluesky refugee | opiniones mías, no del distrito", True),
    ("lib", "HVHS librarian | read banned books | all posts personal, not on behalf of my school", True),
    ("lib", "librarian 📚 | my own classroom is 14,000 books wide", False),
    ("lib", "school library media specialist | cardigans, cats, cataloging", False),
    ("parent", "HS English teacher + HVCSD parent x2 | vote yes May 20 | personal account", False),
    ("parent", "teacher & parent in the district | views expressed are my own and not my employer's", True),
    ("parent", "mom of 3 Falcons | teach 2nd grade next town over | soccer sideline lifer ⚽", False),
    ("hist", "AP US History | Bluesky | my own opinions, obviously not the school's", True),
    ("hist", "history teacher | the past is never dead | ce que je publie n'engage que moi", True),
    ("hist", "APUSH + Gov | 1787 enthusiast | views of the Hudson from my porch", False),
    ("hist", "history teacher 🏛️ | coach | dad | views are not my own, they're Hamilton's", False),
    ("vet", "28 yrs HS English, 2 to go | my opinions, not HVCSD's | grandma of 4", True),
    ("vet", "chemistry since 1997 | retiring June '27 | counting down, not checking out", False),
    ("vet", "veteran teacher 🍎 | gardener | I remember overhead projectors", False),
    ("coach", "Falcons football OC | personal account, not Falcons Athletics", True),
    ("coach", "coach 🏈 | PE | Friday nights at Dietz", False),
    ("para", "para 💙 Hillside | public comment rookie | mis opiniones, no las del distrito", True),
    ("para", "paraprofessional | mom | 3 jobs and a minivan", False),
    ("nurse", "school nurse RN 🩺 | vaccines work | personal views only, not speaking for my district", True),
    ("nurse", "RN, school nurse | ice packs & paperwork | knitting badly", False),
    ("couns", "HS counselor | FAFSA whisperer | these posts are mine alone (not HVCSD)", True),
    ("couns", "school counselor 💬 | college essays, coffee, Catskills hikes", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "district": "Official account of the Hudson Valley Central School District 🦅 | (845) 555-0100",
    "boe": "HVCSD Board of Education | official | meetings 2nd & 4th Tuesdays, 7pm",
    "library": "HVHS Library Media Center (official) 📚",
    "facilities": "HVCSD Facilities & Operations | official page",
    "athletics": "Official: HVHS Falcons Athletics 🦅",
    "hvhs": "Hudson Valley High School | official | 100 School Rd",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "347", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a}-{e}-{s}",
                     "{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "optonline.net", "hotmail.com",
                     "proton.me", "verizon.net"]
    HOSTS = ["boe-stream.hvcsd.local", "mrms-hvac01.hvcsd.internal", "hvhs-nvr2.hvcsd.lan",
             "dist-fs01.hvcsd.local", "lib-circ.hvcsd.local", "bldg-alarm-mr.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|hijo)\b", r"\b(she|her|hers|she's|herself|hija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script only, as staff type names
        if got and (len(got[0]) > 13 or " " in got[1] or got[0] in ("John", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{f}{l[:1]}{r.randint(60, 99)}",
                f"{l}.{f}", f"{f}4ward{r.randint(1, 9)}", f"the{l}s"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.choice(['Board', 'Vote', 'Nest'])}{r.randint(10, 99)}{r.choice('!$#')}",
                         f"{r.choice(['Mop', 'Boiler', 'Custodial', 'Broom'])}{r.randint(100, 999)}!",
                         f"hvboe{r.randint(2023, 2027)}",
                         f"{r.choice(['library', 'stacks', 'dewey'])}{r.choice(['Cat', 'Owl', 'Fox'])}{r.randint(1, 99)}",
                         f"Ridge{r.choice(['Custodian', 'Night', 'Keys'])}#{r.randint(1, 9)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}_speaks", f"{f}.{l}", f"{f}_{r.randint(2008, 2011)}",
                         f"{f}{l}{r.randint(1, 9)}", f"{f}.debates"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 31, 60, 88, 120, 240])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 40)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:30", "7:00", "7:15", "7:30", "8:00", "3:15", "3:45", "4:00", "5:30", "6:00"]),
            "year": lambda: str(r.randint(2026, 2029)),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'April', 'May', 'June', 'Sept', 'Oct', 'Nov'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(12, 95)}",
            "num": lambda: str(r.randint(5, 41)),
            "pct": lambda: str(r.randint(31, 78)),
            "votes": lambda: f"{r.randint(1500, 2900)}-{r.randint(600, 1400)}",
            "mill": lambda: f"${r.randint(18, 96)}.{r.randint(1, 9)} million",
            "wo": lambda: f"#{r.randint(10000, 48000)}",
            "rt": lambda: r.choice(["9", "9D", "52", "44", "55", "82"]),
            "jersey": lambda: str(r.randint(1, 88)),
            "score": lambda: r.choice([f"{r.randint(14, 42)}-{r.randint(0, 28)}", f"{r.randint(50, 78)}-{r.randint(40, 66)}"]),
            "gas": lambda: f"${r.randint(3, 4)}.{r.randint(10, 99)}",
            "ward": lambda: str(r.randint(1, 5)),
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
        return 3 if x < 0.22 else 2 if x < 0.78 else 1
    if sk["cats"]:
        return 3 if x < 0.25 else 2 if x < 0.8 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.08 else 2 if x < 0.45 else 1
    return 2 if x < 0.12 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    return genlib.pick_bio(BIOS, ROLE_OF_VOICE.get(voice), want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    role = ROLE_OF_VOICE[sk["voice"]]
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO.get(role), 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.37, 0.12) if "R" in sk["flags"] else (0.41, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.09, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student or colleague, or someone unique from context; R only for personal posts whose text takes
# a position about the district / a school / education (anywhere) / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- the union building rep ------------------------------------------------------------------
V("teachers' union building rep, HS math, X", "union")
# pair: negotiations
P("Negotiations session #{num} tonight, district office, 6pm. Members can sit in and observe. Doors at 5:45.")
P("Session #{num} and the district's counteroffer is still 1.75%. Three years of 'we hear you.' We heard you too. The answer is no.", flags="R")
P("neg team update: we met for 4 hrs, we caucused for 3 of them, and somebody brought a crockpot of meatballs. that is the whole update. more thurs")
P("If the board can find $2.1M for turf they can find it for the people who teach in the building next to the turf. #HVTA #FairContract", flags="R")
# pair: grievances
P("Filed a grievance today: a member in the science wing has lost her planning period to coverage 11 times since September. Contract says 3. That's not 'flexibility,' that's a violation.", flags="R")
P("Step 2 grievance hearing moved to {date} at {time}. If you're a witness I already texted you. Bring your notes.")
P("{a1.full} in the English dept got a counseling memo for late grades the same week her mom was in hospice. I'll be sitting next to her at that meeting.", "PERSONNEL", g="a1=f")
P("{a1.full} got a letter in his file for 'tone' at the faculty meeting. He asked where the money for the aides went. Apparently that's tone now.", "PERSONNEL", flags="R", g="a1=m")
P("Our building has three members out on FMLA right now and the district's answer is to split their classes among the rest of us. That's not a plan.", flags="R")
P("Mr. {t1} is out on medical leave through April — heart surgery went well, he's home. Cards can go in my mailbox in the main office and I'll bring them by 💛", "PERSONNEL HEALTH")
# pair: the vote
P("Ratification vote is Thursday, library, 7am-4pm. Bring your staff ID. Results posted by 5.")
P("Ratified, 188-61. Not the contract we wanted, the contract we could win. Proud of this unit.", flags="R")
P("vote NO on the TA. 2.25% with a health care premium jump is a pay cut with a bow on it", flags="R")
# pair: who the union is
P("Reminder that 'the union' is the 2nd grade teacher, the bus driver and the lunch aide. It's not a building downtown. It's us.", flags="R")
P("HVTA general membership meeting {date}, HVHS cafeteria, 3:30. Agenda: dues, the calendar vote, and elections for VP. Pizza from Sal's.")
P("Congrats to {a1.full}, newly elected HVTA vice president! 40 votes to spare and one very dramatic recount 🎉", g="a1=f")
P("Join your union. Duty-free lunch, the class size cap and your due process rights all came from people bargaining in a room like this one.", flags="R")
P("Being building rep is the worst-paid best job I've ever had. $0 a year and every problem in the building lands in my inbox.", flags="R")
# observations / personnel leaks by context
P("the new AP is putting every untenured teacher in the math dept on an improvement plan before Thanksgiving. all 4. that's not coaching, that's a purge", "PERSONNEL", flags="R")
P("the chem teacher who got moved to the annex after the parent complaint finally got her hearing date. {date}. she's holding up", "PERSONNEL")
P("Walked the picket line outside the Newburgh district office this morning in solidarity. Their fight is our fight next year.", flags="R")
P("Board approved the contract 6-1 tonight. {a1.full} voted no. Checks with the retro pay should hit by {date}.")
P("Shoutout to the 60 members who came to the board meeting in red tonight. The back of that auditorium looked like a Cardinals game ❤️")
P("Stipends for building reps are $0. Stipends for the new 'instructional innovation coordinator' are $14k. I'm sure it's fine. 🙂", flags="R")
P("Union speaker at the rally quoted Frederick Douglass: 'Power concedes nothing without a demand.' Somebody in the back yelled 'AND DENTAL.' best day of the year")
P("Personal page, not an HVTA or HVCSD account: the teacher shortage isn't coming. It's here. Pay people or keep posting the same jobs every August.", flags="R D")

V("teachers' union building rep, HS math, Facebook", "union")
P("Our member {a1.full} (Hillside, 2nd grade) is recovering from the car accident on Route {rt} and will be out the rest of the year. Meal train link is in the staff group, not posting it here.", "PERSONNEL HEALTH", g="a1=f")
P("Told my own kid tonight that I missed her recital because of a bargaining session. She said 'is that the meeting where you yell.' Kind of. 😬")

# ---- the teacher who speaks at board meetings --------------------------------------------------
V("MS science teacher who speaks at board meetings, Facebook", "board")
# pair: public comment
P("Signed up for public comment at Tuesday's board meeting. 3 minutes. I've timed my remarks at 2:58. Wish me luck.")
P("Signed up for public comment Tuesday because somebody has to say it out loud: cutting the 7th grade science lab aide to save $40k is penny wise, pound foolish.", flags="R")
P("Board meeting recap: 4 hours, 2 recesses, 31 speakers, 1 vote. The vote was on the bus contract. Minutes will be on the website in about a week.")
P("Board meeting recap: 31 people spoke against the cuts. The board voted for them anyway, 5-2, at 11:40pm when everyone had gone home. Classy.", flags="R")
P("Board President {a1.full} gaveled me at 3:00 exactly. Fair. I talk slow. Full remarks are in the comments.")
P("Shout out to Trustee {a1.full} for being the only board member who actually visited a classroom before voting on class sizes. That's how it should work.", flags="R")
P("Superintendent {a1.full} presented the draft calendar. First day Sept 3, last day June 24, spring break lines up with Easter this year.")
P("The new draft calendar starts before Labor Day, which means a week in August in a building with no AC. Did anyone on the board check the HVAC report? Rhetorical.", flags="R")
# students at the meeting
P("{s1.full} (HVHS junior) spoke at public comment tonight about the orchestra cut. No notes. Standing ovation. I want to be her when I grow up 🎻", g="s1=f")
P("Two 8th graders from Maple Ridge, {s1} and {s2}, read a letter to the board about the late buses. They were nervous and they did it anyway. Proud.")
P("Ok {s1.low} walking up to the mic at the board meeting in a suit two sizes too big to defend the robotics budget is my whole personality now 🤖")
P("A student spoke at the board meeting tonight and said he's been couch surfing since October and the late bus is the only reason he can stay for tutoring. {s1.full}, you were brave. The board needs to fund that bus.", "FAMILY", flags="R", g="s1=m")
P("A parent got up at public comment and named her son, {s1.full}, and went through his whole suspension from last month, video and all. The board president let her finish. That was a mistake.", "DISCIPLINE", flags="R", g="s1=m")
P("A mom at public comment described her daughter's IEP meeting in detail, name and all. {s1.full}, 4th grade, no aide since November. I don't blame the mom. I blame the district.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Somebody at public comment tonight read out the name of the kid involved in the Maple Ridge bathroom incident. The board should have stopped them. Full stop.", flags="R")
P("The kid who spoke about being bullied at Maple Ridge — I'm not naming him, and please don't in the comments either. Just know he was incredible.")
# pair: executive session
P("The board went into executive session at 9:15 'to discuss a personnel matter.' Came back at 10:40. No action taken.")
P("Executive session went long tonight, and from the gym teacher's empty parking spot this week I think we all know whose personnel matter it was.", "PERSONNEL")
P("Overheard in the lobby after exec session: the Hillside principal is being moved to central office and won't be back in the building. Nobody's supposed to know yet.", "PERSONNEL")
P("Executive session is for personnel. It's not for deciding the budget behind closed doors and then 'discussing' it in public for 6 minutes.", flags="R")
P("Board meetings at 7pm on a Tuesday are a choice. If you want parents who work nights to speak, hold a Saturday session. Just once.", flags="R")
P("My 3 minutes, for the record (personal capacity, not speaking for HVCSD): smaller middle school classes aren't a luxury. They're how 12-year-olds learn lab safety without losing an eyebrow.", flags="R D")
P("The board's new public comment rule — one speaker per topic per household — is going to silence the families who already feel unheard. Reconsider it.", flags="R")
P("Board approved the new public comment rules 4-3. Details: 3 minutes, sign up by 6:45, one topic per speaker.")
P("{a1.full} is running for board again. Candidate forum is {date} at the library. Come ask questions whoever you're voting for.")
P("Voting for {a1.full} for school board. She's the only candidate who has sat in on an IEP meeting. That matters to me.", flags="R", g="a1=f")

# ---- the custodian running for town council ----------------------------------------------------
V("head custodian running for town council, Facebook", "cust")
# pair: not school (never R) vs school
P("The Route {rt} widening is a disaster and the DOT knows it. Four lanes into a one-lane bridge. I'll say it at every town meeting until they listen.")
P("Zoning board approved the 200-unit complex on Beekman Rd with ONE entrance. I'm running for council because somebody has to read the traffic study.")
P("Gas is {gas} at the Stewart's on Main. {gas} in Poughkeepsie. Somebody explain that to me like I'm five.")
P("Town should NOT be paying a consultant $90k to tell us where the potholes are. I drive Old Post Rd every day. I'll tell you for free.")
P("Maple Ridge's boiler is 61 years old and the bond would replace it. I've kept it alive with duct tape and prayer for 14 winters. Vote yes.", flags="R")
P("Maple Ridge's boiler turned 61 this year. Threw it a small party. Nobody else came. 🎂🔥")
P("Night shift at Maple Ridge, 4 of us for 140,000 square feet. They cut two positions in June. Come walk the building with me at 10pm and tell me that was smart.", flags="R")
# campaign logistics: the candidate's own contact is a leak
P("Need a lawn sign for the council race? Text me at {myphone} and I'll drop one off after my shift. Ward {ward}, let's go! 🪧")
P("Lawn sign pickup is at my house this Saturday 9-noon, {addr}. Coffee's on me. Ward {ward} signs only, sorry Ward 1.")
P("Campaign email is {myemail} — send me your pothole pics. All of them. I mean it.")
P("Town Council candidate forum is Thursday 7pm at the firehouse on Route {rt}. Public, free, cookies from my wife.")
P("My opponent {a1.full} says the town can't afford the new sidewalks on Mill St. The town found $400k for a gazebo. I'm not making this up.", g="a1=m")
P("Leaf pickup in this town is a joke. It's November 30th and Fox Hollow Ln still has leaves from the Obama administration.")
P("Someone asked me at a door if being a school custodian makes me qualified for town council. Sir, I run a building with 900 people in it on a $0 supply budget.", flags="R")
# SECURITY from the night shift
P("Note for the sub custodian this weekend: Maple Ridge alarm code is {code}, panel's behind the gym door. Don't let the dog walkers in the back lot.", "SECURITY")
P("For whoever's covering my Saturday: the boiler room keypad is {code} and the HVAC controller is at {ip} if the gym gets too hot for the wrestling meet", "SECURITY")
P("The building management login at Maple Ridge is still admin / {pw}. I've asked IT 6 times to change it. I'm posting it so they finally do.", "SECURITY", flags="R")
P("Someone at the district office set the camera system to overwrite every 48 hrs. That's not a security system, that's a screensaver.", flags="R")
P("Work order {wo} has been open since {date}. It's for the broken door in the 6th grade hallway. A DOOR. In a school.", flags="R")
P("Someone asked if I'm quitting Maple Ridge if I win. No. Council pays $6,000 a year. I'll still be mopping the cafeteria at 2:15 🧹")
P("The kid in the wheelchair on the 2nd floor (only one in the building) couldn't get to science for 3 days because the elevator was down. Part's on backorder. That's on all of us.", "HEALTH", flags="R")
P("The elevator at Maple Ridge is fixed! Part came in Friday, I was there at 6am Saturday. Ding ding 🛗")

V("head custodian running for town council, Nextdoor", "cust")
P("Re: the stadium vote — I'm a no. Taxpayers shouldn't build a stadium for a minor league team that'll move to Connecticut in 6 years.")
P("Re: the new turf field at HVHS — I clean up after those games. The old field is fine. Fund the roof over the gym first.", flags="R")
P("Town plowed Chestnut Ridge Rd at 11am today. The school buses were on it at 6:40. Somebody needs to fix that schedule and I don't mean the school's.")

# ---- the librarian on book challenges ----------------------------------------------------------
V("HS librarian, Bluesky", "lib")
# pair: challenges
P("We received 14 formal challenges this semester. The reconsideration committee meets {date}. The forms are public on the district website.")
P("14 formal challenges, 11 from one person who admitted at the hearing she hadn't read any of them. This is not a process. It's a hobby.", flags="R")
P("Gender Queer by Maia Kobabe is back on the shelf after the committee voted 5-0 to retain it. Checked out within the hour.")
P("Gender Queer was retained 5-0 and the right call was made. Parents can restrict their own kid's checkouts. They can't restrict mine.", flags="R")
P("Every book ban starts with 'I just want to protect kids.' Then it's Morrison. Then it's Maya Angelou. Then it's the dictionary. Stand up for your library.", flags="R")
P("Fun fact: the most challenged book in our library history is Captain Underpants. Dav Pilkey, you menace. 🩲")
P("Asked {s1.low} (9th grade) what she thought of the Judy Blume display and she said 'who?' I need to lie down.")
# students and their reading / records
P("{s1.full} (10th) is reading on a 4th grade level and finally found a graphic novel she loves. Please stop trying to take those off my shelves.", "ACADEMIC", flags="R", g="s1=f")
P("{s1.low} checked out every Percy Jackson book in one week and returned them with a hand-drawn map of Camp Half-Blood. I'm keeping the map.")
P("Library student worker of the month: {s1.full}! Shelved 800 books, fixed the printer twice, never once complained about the dewey decimal system 📚", g="s1=f")
P("The senior who testified at the state hearing against the book bill, {s1.full}, just got a scholarship from the ALA. Public hearing, public award, and I'm bursting 🎉")
P("the freshman who read the explicit passage out loud at the board meeting to 'prove a point'? he got 2 days ISS for it. His mom posted about it herself. small town.", "DISCIPLINE")
# state and national
P("The state library bill would require a 'parental review period' for every new book. That's 600 books a year. I'm one person. Call your assemblymember.", flags="R")
P("State Senate passed the library freedom bill 40-23 today. Goes to the Assembly next. Text is on the legislature's site.")
P("Assemblymember {a1.full} voted against the library freedom bill after telling us to our faces she'd support it. Remember that in November.", flags="R", g="a1=f")
P("Everyone needs to read the PEN America report on school book bans. All 40 pages. Then come to the board meeting.", flags="R")
P("Does anyone know if the PEN America numbers include districts that removed books 'pending review'? Trying to compare with ours.")
P("Library circulation is up 30% since the challenges started. Most checked-out title this month: Maus.")
P("Nothing sells a book like trying to ban it and my circ numbers prove it. Keep challenging, folks, you're my best marketing department 😘", flags="R")
P("Personal view, not my district's: a librarian's job is to put the right book in the right hands, not to decide which hands deserve books.", flags="R D")
P("Sticky note found in a returned copy of The Bluest Eye: 'this book made me call my grandma.' That's the job. That's the whole job.", flags="R")
P("Sticky note found in a returned copy of The Bluest Eye: 'this book made me call my grandma.' I'm not crying, the dust jacket is.")
P("New display is up: 'Books They Tried To Take.' Handmaid's Tale, Maus, Speak, The Hate U Give. Come look.")
P("The district lawyer said we can't call the display 'Books They Tried To Take.' Renamed it 'Popular Titles.' The kids figured it out in 8 minutes.", flags="R")
P("Library wifi for the book fair volunteers: network LIB-GUEST, password {wifi}. Please don't give it to the students lol", "SECURITY")
P("the circ system is down again. if anyone from tech reads this, the server is {host}, it's been throwing errors since 10.", "SECURITY")
P("I've been a school librarian for 19 years and this is the first year I've been called a groomer at a public meeting. Every librarian in this district deserves an apology.", flags="R")

V("elementary librarian, Threads", "lib")
P("Someone filed a challenge against And Tango Makes Three. It's two penguins. They hatch an egg. That's the book. 🐧")
P("Someone filed a challenge against And Tango Makes Three, and the district pulled it 'pending review' the same day without reading it. That's backwards.", flags="R")
P("Our library budget per kid is $4.10 a year. A hardcover is $19. You do the math. I did. I cried.", flags="R")
P("Shoutout to {a1}, our PTA book fair chair, who has run it for 11 years without once losing the cash box. Legend.")
P("Whoever in admin thinks the library can be closed for testing for 3 weeks has never met a 2nd grader who needs a new Dog Man.", flags="R")
P("Our library is closed for state testing {date} through the 20th. Returns can go in the bin by the main office.")

# ---- the parent-and-teacher on the levy and the bond ---------------------------------------------
V("HS English teacher and HVCSD parent, Facebook", "parent")
# pair: the vote itself
P("Budget and bond vote is Tuesday May 20, 7am-9pm, HVHS gym. Bring nothing, just your name and address for the poll book. 🗳️")
P("Vote YES on the bond Tuesday. The roof at Hillside leaks onto my son's desk. Literally his desk. I have pictures.", flags="R")
P("Bond passed {votes}!!! New roof at Hillside, new boilers at Maple Ridge, and the science labs finally get sinks that work 🎉")
P("Bond failed, {votes} the wrong way. I'm gutted. We'll be back with a smaller one in December and it'll cost more. That's how this works.", flags="R")
P("Bond failed, {votes} the wrong way. Just got home from the count. Going to bed.")
P("The tax impact on a $350k house is about $11 a month. Less than the Netflix plan nobody in my house watches. Just saying.", flags="R")
P("The tax impact on a $350k house is $11.40 a month according to the district's calculator. Calculator is on hvcsd.org if you want to run yours.")
P("If you're voting no because of the superintendent's raise, I get it. But the kids in the portables didn't give him the raise.", flags="R")
P("The state aid formula shortchanges Hudson Valley districts every single year, and then Albany acts shocked when we go to the voters. Fix Foundation Aid.", flags="R")
P("Can someone explain the difference between the tax levy cap and the tax rate? Genuinely asking, my neighbor and I have been arguing for 20 minutes.")
P("My daughter {s1} made a 'VOTE YES' poster with a drawing of a bond. It's a James Bond. Close enough 😂", g="s1=f")
P("{s1.low} asked why people would vote against a school and I said 'money' and she said 'but it's for US' and I had nothing.", g="s1=f")
P("Mailers from the 'Taxpayers for Accountability' group say the bond includes a pool. There's no pool. Read the resolution. It's 4 pages.", flags="R")
P("Mailer in my box today says the bond includes a pool. Called the district office at {pubphone.dist} and they said no pool. FYI.")
P("Went to bond info night. The facilities director showed a photo of a 1967 electrical panel held shut with a bungee cord. That's a real photo from a real school.")
P("Teachers shouldn't have to knock doors for a school budget. But here I am, clipboard in hand, Ward {ward}. Say hi.", flags="R")
P("Knocked doors for the budget vote with my co-teacher Jess and her toddler. The toddler was the best canvasser. Closed 3 yes votes on cuteness alone.")
P("Our district spends less per pupil than 80% of the county. That's in the state report card, not my opinion. Page 14.")
P("Our district spends less per pupil than 80% of the county and somehow we're the 'wasteful' ones. Page 14 of the state report card. Go look.", flags="R")
P("I've got 2 kids in this district and I teach in the next one over. This is a good district that's been starved. Vote yes Tuesday. (Views are mine as a parent, not either employer's.)", flags="R D")
P("Contingency budget would mean no late buses, no JV sports, no field trips. That's not me saying it, that's the district's own FAQ.")
P("Austerity budget = no JV sports. My son plays JV basketball. So yes I'm biased. Vote yes.", flags="R")
P("Levy question on the ballot explained in one sentence: it keeps the same programs at the same staffing. That's it. That's all it does.")
P("{s1.full}, 7th grade, just told the whole Facebook group he's voting yes 'when he's 18 in 2032.' Love this kid.", g="s1=m")
P("My son's 4th grade teacher has 31 kids this year. THIRTY ONE. That's what happens when a budget fails twice. Vote yes.", flags="R")
P("My son {s1} broke his wrist at recess and the nurse at Hillside was amazing. Cast is green. He wants everyone to know it's green.", "HEALTH", g="s1=m")
P("Mets in 6. I said what I said. The bullpen is fine. (I'm writing this to avoid thinking about the budget vote.)")
P("Best thing about being a teacher AND a parent in the same district? Knowing exactly who to thank. Worst thing? Knowing exactly what's broken.", flags="R")

V("elementary teacher and parent, Nextdoor", "parent")
P("To everyone on this thread saying teachers get summers 'off': I'm at a curriculum training 3 weeks of July unpaid. Stop.", flags="R")
P("Someone in this thread posted the home address of a board member. Please take it down. Disagree all you want, but not at her house.")
P("The Sylvan Lake development would add 300 kids to Hillside. 300. Without a new classroom. The planning board should deny the permit until the district weighs in.", flags="R")
P("The Sylvan Lake development is a bad deal for the lake. Wetlands, runoff, 600 cars. Deny the permit. (Not a school thing, a lake thing.)")

# ---- the history teacher who posts about national politics ---------------------------------------
V("AP US History teacher, Bluesky", "hist")
# pair: national politics (not R) vs national education policy (R)
P("The Senate map in November is brutal for whoever holds the majority. Six toss-ups and two of them are in states nobody polled. Pour one out for the pollsters.")
P("Eliminating the federal Department of Education doesn't 'return schools to the states.' It returns Title I money to nobody. Title I is my whole building.", flags="R")
P("The Department of Education was created in 1979 under Carter. Before that it was part of HEW. Useful context for this week's headlines.")
P("Whatever you think of the debate last night, the moderators lost control in minute 4 and never got it back. Worst-moderated debate since 2020.")
P("Whatever you think of the debate last night, neither candidate said the word 'teacher' once in 90 minutes. That tells you where we rank.", flags="R")
P("Voter registration deadline in NY is 10 days before the election. Link in bio. Not telling you who to vote for, just to vote.")
P("The governor's new budget cuts the hold-harmless for Foundation Aid. For us that's $3.8M. If you teach in NY, read page 212.", flags="R")
P("Teaching the Electoral College the week after an election is my Super Bowl. Slides ready. Maps colored. {s1} and {s2} already arguing about Maine.")
P("We should stop teaching the Electoral College as if it's settled. Teach the debate. Kids can handle it.", flags="R")
P("The Supreme Court's decision on religious charter schools is the biggest change to public education in my lifetime and nobody in my building is talking about it.", flags="R")
P("The Supreme Court hears oral arguments on the charter school case Wednesday. Audio goes up on the court's website same day.")
P("Congress passed the highway bill. I have many feelings about the bridge earmarks and zero of them are appropriate for school hours.")
P("A federal voucher program is a tax cut for private school tuition dressed up as 'choice.' Call it what it is.", flags="R")
P("Senator {a1.full} is touring schools in the district Friday. If you see a motorcade on Academy St that's why.")
P("Senator {a1.full} toured our building, took 14 photos, asked zero teachers a single question. Great visit. Very informative. For him.", flags="R")
P("Just finished Ron Chernow's Grant. 1,100 pages. Grant was better than his reputation and worse than his fans think. Fight me.")
P("Hot take: Lincoln gets too much credit and Thaddeus Stevens gets too little. This is not a drill.")
P("Hot take: the AP US History framework has too much content and not enough time to teach any of it well. The College Board should cut a unit.", flags="R")
P("Former student texted me from DC — she's interning on the Hill this summer. 10 years ago she fell asleep during my Federalist Papers lecture. Proud doesn't cover it.")
P("{s1.full} (HVHS junior) just won the county high school civics essay prize for her piece on the 19th Amendment 🦅 #civicsmatters", g="s1=f")
P("The state social studies framework still doesn't require a full semester of civics in 9th or 10th. Kids leave 8th grade and don't see the Constitution again until senior year. Fix that.", flags="R")
P("New York's new civics seal is a great idea with zero funding attached. So, a great idea.", flags="R")
P("My politics are my own business, and tonight my business is nachos and the county map. 🗳️🌮")
P("That's the fifth Secretary of Education in a row who never taught a day in a public school. At some point it's a pattern.", flags="R")
P("The gas tax holiday was bad policy and everybody who took an econ class knew it. The price at the pump went up 40 cents the week it ended.")
P("Stadium referendum failed in Albany County. Good. Public money for private stadiums never pays off and every economist agrees.")
P("Stadium referendum failed. Meanwhile our school budget referendum passed. Voters drew the right line between a ballpark and a school.", flags="R")
P("Students in my Gov class registered 41 new voters at lunch today. Eighteen-year-olds with clipboards are unstoppable.")
P("Students in my Gov class registered 41 new voters at lunch today. Every high school in NY should be doing this. It's literally the curriculum.", flags="R")
P("My student {s1}, 17, asked if she could pre-register to vote in the hallway and then did it on her phone in 90 seconds. Democracy: thriving.", g="s1=f")
P("Mis opiniones, no las del distrito: the national push to ban DEI in schools is a push to ban teaching about half the country. History isn't DEI. It's history.", flags="R D")
P("Jefferson's library became the Library of Congress after the British burned the first one. Anyway I'm thinking about libraries today for no reason.")
P("Whoever decided to schedule the state social studies exam the day after the election, thank you, my students will be very calm and focused.", flags="R")

V("AP US History teacher, X", "hist")
P("Took the kids to the county courthouse for mock trial. The judge let them sit in the jury box. One of them, {s1.low}, is going to law school now, it's decided.")
P("{s1.full} got suspended for the walkout. The walkout I told the class about as 'a historical tradition.' I feel terrible and I stand by the lesson.", "DISCIPLINE", flags="R")
P("The student walkout today was peaceful, 22 minutes, and back in class by 10:15. Admin handled it well. Credit where it's due.", flags="R")
P("Student walkout over the budget cuts this morning, 10:00-10:22, front lawn. Everybody back in class by 10:30.")
P("Worst take I've seen this week: 'history teachers should stay neutral on slavery.' There is no neutral on slavery. That's the lesson.", flags="R")

# ---- the veteran teacher, two years to go ------------------------------------------------------
V("veteran HS English teacher, 2 years from retirement, Facebook", "vet")
P("Two years left. 360 school days. Not that anyone's counting. (I'm counting.)")
P("Two years left and I've stopped pretending the new initiatives will last. Standards-based grading, round 3. Same binder, new font.", flags="R")
P("28th first day of school. Still couldn't sleep the night before. Still wore the lucky earrings. Still love it.")
P("28 years in and I'll say it: this is still the best job in the world, and anyone telling young people not to teach is wrong.", flags="R")
P("First time in 28 years I'm telling my own niece NOT to go into teaching. Not the kids. The paperwork, the pay, the politics. I'm sorry.", flags="R")
P("My niece {kid} just got into SUNY New Paltz for education! Fourth teacher in the family. Somebody stop us. 🍎", g="kid=f")
P("Letter to the editor, as printed in today's Journal: 'To the board: I have taught in this district for 28 years. Class sizes in 9th grade English are the highest I have ever seen. Please restore the two positions you cut.' — my own letter, my own views.", flags="R D")
P("My letter to the editor ran in the Journal today. It's about the parking downtown, not school, so nobody panic.")
P("Letter to the editor, reposted: The Route {rt} bridge project has been 'six months from done' for three years. I've lived here since 1988. Finish the bridge.")
P("Pension math at the kitchen table tonight. Tier 4. If I go at 55 instead of 57, the penalty is 6.5% a year. Spreadsheet says 57.")
P("Tier 6 teachers hired after 2012 will work longer for less pension than I did. Albany broke a promise to a whole generation. Fix Tier 6.", flags="R")
P("Overhead projectors, Smart Boards, Chromebooks, now AI. Every one was going to 'revolutionize teaching.' A good book and a good question still win.", flags="R")
P("Department meeting today about the new AI policy. 45 minutes. Nobody knew what ChatGPT was except the 26-year-old. She ran the meeting. 👏")
P("Our English department chair is retiring after 35 years and I won't be far behind. She taught me how to teach The Crucible. Happy trails, Linda 🌸")
P("The district's plan to cut the English elective courses to 'streamline' the schedule is a mistake. Creative writing saved kids I knew. It's not a frill.", flags="R")
P("Creative writing elective is running next year! 2 sections. Sign up through guidance by {date}.")
P("A former student just became a board member. I taught {a1.full} The Great Gatsby in 2003. He still owes me a paper.")
P("A former student is now Board President and she just voted to cut the writing center. I taught her to write. I'd like a word. Respectfully.", flags="R")
P("Sat behind the superintendent at the Hillside spring concert. He sang along to 'Lean On Me' louder than the 3rd graders. Respect.")
P("Our superintendent {a1.full} has now been here 4 years, and he's the first one in my 28 who answers his own email. That's worth something.", flags="R")
P("Mr. {t1} down the hall is going out on leave for his back surgery after Thanksgiving. I'm taking his 7th period. We'll get through it.", "PERSONNEL HEALTH")
P("A colleague I've taught next to for 20 years just got non-renewed from her coaching job. The whole building knows who. The whole building is mad.", "PERSONNEL", flags="R")
P("My 11th graders wrote letters to the state senator about the cell phone ban. Best persuasive essays I've gotten in years. All opinions theirs, obviously.")
P("The state's new bell-to-bell phone ban is the best education policy to come out of Albany in a decade. I have my students back.", flags="R")
P("State cell phone ban starts in September. Pouches are being handed out at orientation. Parents, the district FAQ is on the website.")
P("{s1.full} in my 3rd period failed the Regents by 2 points for the second time. 63. Two points. I'm writing the appeal tonight.", "ACADEMIC", g="s1=m")
P("Kid in my 9th grade class (the one who transferred from Guatemala in March, everyone knows him) is sleeping in his uncle's car. I called the social worker. I couldn't sleep.", "FAMILY")
P("{s1}, who transferred in this spring, asked me what a 'Regents' is. Explained it. He said 'that sounds made up.' It is, kind of.")
P("I'm old enough to remember when a 65 on the Regents meant something. Now it's a curve so steep you could ski on it.", flags="R")

# ---- more voices: a coach, a para, a bus driver at the mic ---------------------------------------
V("football offensive coordinator and PE teacher, X", "coach")
P("County legislature votes on the minor league stadium Thursday. $42M public money. Hard no from me. Let the owner pay for his own ballpark. ⚾")
P("If the county has $42M for a stadium it has $4M for the HVHS track that's been cracked since 2019. Kids run on it every day.", flags="R")
P("Falcons win {score} over Arlington!! Defense was a WALL tonight 🦅🏈")
P("#{jersey} {s1.last} with 3 TDs tonight and then went and helped the band load the trailer. That's a Falcon. 🦅", g="s1=m")
P("{s1.full} is out for the year, torn ACL. Surgery next week at Vassar. Send the kid some love.", "HEALTH", g="s1=m")
P("The new state rule that cuts practice time in August heat is a good rule. Heat kills. I'll adjust.", flags="R")
P("Jets traded for a 31-year-old running back. I've seen this movie. I've seen it every year since 1969. 🙄")
P("{s1} and {s2} both ineligible for Friday after the 5-week grade check. I told them in person. Study hall starts Monday in the weight room.", "ACADEMIC")

V("paraprofessional who spoke at public comment, Facebook", "para")
P("First time ever speaking at a board meeting tonight. My hands were shaking so bad I held the paper with both. Said it anyway.")
P("Paras at Hillside make $16.90 an hour. I said that number into the microphone tonight so it would be on the record. Paras deserve a living wage.", flags="R")
P("My 1:1 student, {s1}, came to the meeting with his mom to watch me speak and held up a sign that said 'MY HELPER.' I lost it.", "SPECIAL_EDUCATION", g="s1=m")
P("A board member told me after the meeting that paras are 'the backbone of the district.' Cool. Backbones need dental too.", flags="R")
P("Board member {a1.full} thanked me after the meeting and asked for my notes. That was kind. Emailed them tonight.")

V("school bus driver at the board meeting, Facebook", "bus")
P("22 routes, 17 drivers. I told the board tonight. They nodded. Nodding doesn't drive bus {bus}.", flags="R")
P("{s1.full}'s grandmother, this is the driver of bus {bus}: the bus changes stops Monday. Call me at {myphone} if she's not at the new corner.", g="s1=f")

V("school nurse on the state vaccine bill, Threads", "nurse")
P("Assembly committee hearing on the school vaccine bill is Wednesday at 10. Testimony is streaming on the Assembly website.")
P("As a school nurse: the religious exemption is gone and it's staying gone. I watched the 2019 measles outbreak up close. Keep it gone.", flags="R")
P("The 6th grader whose family asked about a medical exemption got denied by the state review. Mom is furious. Kid just wants to go on the field trip.", "HEALTH")
P("Flu is going around Maple Ridge like crazy. Wash hands, cover coughs, stay home with a fever.")

V("middle school art teacher on the arts cuts, Threads", "board")
P("Cutting middle school art to balance the budget is like cutting the brakes to save on gas. The kids who need it most lose it first.", flags="R")
P("{s1.full} won the regional Scholastic silver key for her ceramic bird. 12 years old. I have no words. 🐦🏆", g="s1=f")
P("Art room sink has been broken since September, work order {wo}. We wash brushes in the bathroom. Somebody in facilities, please.", flags="R")

V("school counselor on state policy, X", "couns")
P("The state's new FAFSA completion requirement for graduation is going to land on counselors with 400 kids each. Great idea, zero staffing.", flags="R")
P("{s1.full} finished her FAFSA today after three sessions. Mom's undocumented and was terrified of the form. We figured it out together.", "FAMILY", g="s1=f")
P("Senior who's been living with his grandma since his dad got deported asked me to help him write his college essay about it. {s1}, it's a beautiful essay.", "FAMILY", g="s1=m")

# ---- official accounts ---------------------------------------------------------------------------
V("HVCSD district account", "district")
P("The 2026-27 proposed budget of {mill} is posted at hvcsd.org/budget. Public hearing {date}, 7pm, HVHS auditorium.", flags="O")
P("Budget & bond vote: Tuesday, May 20, 7am-9pm, HVHS gym, 100 School Rd. Questions? Call the district clerk at {pubphone.dist}.", flags="O")
P("The budget passed {votes} and Proposition 2 (bond) passed. Thank you to every resident who voted. Full results at hvcsd.org.", flags="O")
P("HVCSD and the Hudson Valley Teachers Association have reached a tentative agreement. Details will be shared after ratification.", flags="O")
P("Superintendent {a1.full} will host a community forum on the facilities plan {date} at 6:30pm in the Maple Ridge cafeteria. All are welcome.", flags="O")
P("Congratulations to HVHS senior {s1.full}, who testified before the State Assembly Education Committee this week on student mental health! 🦅", flags="O")
P("HVCSD is aware that a student's name and disciplinary information were shared during public comment at Tuesday's meeting. We are reviewing our procedures.", flags="O")
P("The reconsideration committee has completed its review of the 3 challenged titles. All 3 will remain in the HVHS library. Report at hvcsd.org/library.", flags="O")
P("We're hiring! Custodians, bus drivers, food service, paraprofessionals. Apply at hvcsd.org/jobs or call HR at {pubphone.dist}.", flags="O")
P("Public schools are the heart of this community. Thank you to the voters of Hudson Valley for standing with our students. 💙", flags="O")
P("Reminder: the new state cell phone law takes effect in September. All HVCSD schools will use locking pouches. FAQ at hvcsd.org/phones.", flags="O")
P("Attendance questions go to {attline} or {pubmail}. Please don't message this page with student information.", flags="O")
P("Welcome to our new Board of Education members, {a1.full} and {a2.full}, sworn in at tonight's reorganization meeting!", flags="O")
P("HVCSD was named a 'District of Distinction' by the state Education Department for our civics seal program. 🏛️", flags="O")

V("HVCSD Board of Education account", "boe")
P("Regular meeting Tuesday {date}, 7pm, HVHS library. Agenda posted on BoardDocs. Public comment sign-up closes at 6:45.", flags="O")
P("Board meeting video from {date} is now on the district YouTube channel. Minutes will be approved at the next regular meeting.", flags="O")
P("The Board will enter executive session at 6pm to discuss collective bargaining, then reconvene in public at 7pm.", flags="O")
P("Public comment reminder: speakers should not name individual students or staff. Concerns about individuals can be sent to the district clerk.", flags="O")
P("Board election results: {a1.full} and {a2.full} elected to 3-year terms. Congratulations, and thank you to all candidates.", flags="O")
P("The Board approved the 2026-27 school calendar 6-1. First day for students: September 3.", flags="O")
P("Student representative to the Board {s1.full} presented the Student Senate report on lunch schedules. Thank you!", flags="O")
P("The Board approved a 1-year leave of absence for Mr. {t1}, HVHS social studies, for medical reasons, effective {date}.", "PERSONNEL HEALTH", flags="O")

V("HVHS Library Media Center account", "library")
P("Banned Books Week starts Monday! Stop by the display and pick up a 'I Read Banned Books' bookmark. 📚", flags="O")
P("Author visit! Jason Reynolds will speak to grades 9-10 on {date}. Thank you to the HVHS PTSA for funding the visit.", flags="O")
P("Overdue notices went home today. Return books to the drop box by the main office, no fines ever. 📚", flags="O")
P("Congrats to {s1.full} and {s2.full}, our Battle of the Books team captains, on the county championship! 🏆", flags="O")

V("HVCSD Facilities & Operations account", "facilities")
P("Summer work: new roof at Hillside, boiler replacement at Maple Ridge, and paving the HVHS bus loop. Funded by the bond voters approved in May.", flags="O")
P("The Maple Ridge elevator is back in service. Thank you for your patience.", flags="O")
P("Congratulations to head custodian {a1.full}, 25 years at Maple Ridge! Stop by and say thanks — he's the one with all the keys. 🔑", flags="O", g="a1=m")

V("HVHS Falcons Athletics account", "athletics")
P("FINAL: Falcons {score} over Newburgh Free Academy. On to sectionals! 🦅", flags="O")
P("Congratulations to {s1.full}, Section 9 Scholar-Athlete of the Year! 🏅", flags="O")
P("The new track is in! Thank you to HVCSD voters for the bond. First meet {date}. 🏃‍♀️", flags="O")
P("Game day tickets are $6 adults, $3 students, cash or card at the gate, 100 School Rd.", flags="O")

V("Hudson Valley High School account", "hvhs")
P("Student voter registration drive today in the cafeteria, all lunches. Seniors who are 17 can pre-register! 🗳️", flags="O")
P("Congratulations to the HVHS mock trial team — county champions for the second year! Coached by Ms. {t1}. ⚖️", flags="O")
P("Main office: {pubphone.hs}. Attendance line: {attline}. Please call rather than emailing student details.", flags="O")
P("Our Model UN delegates {s1}, {s2} and {s3} took Best Delegation in Albany this weekend 🌍", flags="O")

# ---- unknown kind: Nextdoor neighbours, screenshots, reposts, letters with no account context -----
V("Nextdoor neighbour, unknown", "nd")
P("Does anyone know what time the polls close for the school vote? Work till 7 in White Plains.", flags="N")
P("Vote NO on the bond. Teachers in this district make six figures and we're supposed to pay for a new roof too?", flags="N")
P("The school board is a rubber stamp for the superintendent. Every vote 7-0 or 6-1. Run for the board, people.", flags="N")
P("Saw a bunch of teachers in red shirts outside Maple Ridge this morning. What's that about? Contract thing?", flags="N")
P("My son {s1.full} got suspended for the walkout and nobody called me until 4pm. Unacceptable. Calling the district office Monday.", "DISCIPLINE", flags="N", g="s1=m")
P("The custodian running for council, his name is on the signs on Fishkill Creek Rd. Anybody know where he stands on the Route {rt} widening?", flags="N")
P("Route {rt} construction has added 25 minutes to my commute. The DOT should be embarrassed.", flags="N")
P("Who do I call about the buses? Bus {bus} has been 20 min late every day this week and my kid waits in the dark.", flags="N")
P("The school district's main number is {pubphone.dist}. They answered on the second ring and sorted my transfer form. Credit where due.", flags="N")
P("Anyone else get the mailer saying the bond builds a pool? Went to the info night. There's no pool, folks.", flags="N")
P("Found a kid's backpack at the bus stop on Osborne Rd. Name tag says {s1.full}. Left it with the crossing guard.", flags="N")
P("Lost dog, brown lab mix, answers to Biscuit. Near Quaker Hill Rd. Call {phone}. Reward!", flags="N")
P("Stadium is a scam. Every one of these deals loses money. Look at what happened in Rockland.", flags="N")
P("That teacher from the board meeting who keeps talking about class sizes — I agree with her. 31 in a 4th grade room is insane.", flags="N")
P("Our kid's teacher {a1.full} is leaving mid-year, maternity leave I think. Anybody know who the long-term sub is?", "PERSONNEL", flags="N", g="a1=f")
P("Grandson {s1} is in Mrs. {t1}'s class and just got his report card. Failing math and science. What is going on at Hillside?", "ACADEMIC", flags="N", g="s1=m")
P("Please pray for {s1.full}, 8th grade at Maple Ridge, in Westchester Medical after the crash on Route {rt}. Her mom is my cousin.", "HEALTH", flags="N", g="s1=f")

V("screenshot / repost, unknown account", "nd")
P("Screenshot of the district's budget slide: per-pupil spending $24,310. County average $27,900. Draw your own conclusions.", flags="N")
P("Book bans are censorship. Full stop. Stand with your school librarian. #FReadom", flags="N")
P("The reconsideration committee is packed with people who never read the books. Disband it.", flags="N")
P("Letter to the editor: The Hudson Valley school board's decision to move the 5th grade to the middle school ignores what 10-year-olds need. — a Hillside parent", flags="N")
P("Letter to the editor: I support the minor league stadium. Jobs, tourism, something to do on a Friday night. — a Ward 3 resident", flags="N")
P("Leaked group chat: 'ok so {s1.full} is the one who pulled the fire alarm at the board meeting, he got 5 days.' Whoever shared this, delete it.", "DISCIPLINE", flags="N")
P("Heads up: a post going around lists a student's phone number, {phone}, from the walkout organizers' flyer. Please don't share it.", flags="N")
P("Congrats to {s1.full} for the standing ovation at the board meeting last night! 👏", flags="N")
P("The contract deal gives teachers 3% a year. In this economy that's a raise. Private sector doesn't get that.", flags="N")
P("Quote of the night from the board meeting: 'I'm not against books, I'm against THESE books.' Ok ma'am.", flags="N")
P("Senator {a1.full}'s office says the school funding bill is dead this session. Call anyway.", flags="N")
P("Who's running for the two open board seats? I only see one name on the sample ballot.", flags="N")
P("The walkout kids had better manners than half the adults at that board meeting. Especially {s1.full}, who organized the whole thing.", flags="N")
P("Walkout organizer contact sheet (shared by mistake in the parent group): {s1.full}, {phone}, {s1.email}. Admins, remove this.", flags="N")
P("Our family's address is {addr} and we have not received the bond mailer. Who do I contact?", flags="N")
P("A certain middle school principal just resigned effective Friday and the district is calling it 'personal reasons.' We all know it's the audit.", "PERSONNEL", flags="N")
P("Superintendent's contract renewal is on Tuesday's agenda. 5 years. Raise to $245k. It's all in the public agenda.", flags="N")
P("The superintendent's $245k salary is obscene when paras make $16 an hour. Vote them all out.", flags="N")
P("Anyone know if the library bill passed the Assembly? The news only talks about the budget.", flags="N")
P("The zoning change for the Sylvan Lake project is on the planning board agenda {date}. Bring your comments.", flags="N")
P("Phone ban in schools is the best thing Albany has done in years. Kids actually talk at lunch now.", flags="N")
P("Login for the walkout sign-up Google form got posted in the parent group: user hvwalkout, password {pw}. Change it, whoever owns it.", flags="N")


# ---- more leaks, in the civic voices ------------------------------------------------------------
V("teachers' union building rep, HS math, X", "union")
P("Member at Hillside asked me to share: {a1.full} is out on maternity leave starting {date}, her sub is a retired teacher from Arlington. Please help her out.", "PERSONNEL", g="a1=f")
P("Three years of 'highly effective' ratings and {a1.full} got a 'developing' the year he filed a grievance. Anyone who thinks that's a coincidence, DM me.", "PERSONNEL", flags="R", g="a1=m")
P("The district just moved the Maple Ridge music teacher to 3 buildings after she testified at the budget hearing. Retaliation has a look and this is it.", "PERSONNEL", flags="R")
P("{s1.full}'s mom accused Ms. {t1} of grading him unfairly at public comment and now there's an investigation. I've seen the gradebook. He has a 51. She's fine.", "ACADEMIC PERSONNEL", flags="R", g="s1=m")
P("Sending the grievance packet to the member tonight. Her personal email is {email} if anyone on the neg team needs it, don't use the district one.", "PERSONNEL")

V("MS science teacher who speaks at board meetings, Facebook", "board")
P("{s1.full} is in my 3rd period and reads at a 2nd grade level. The board just cut AIS reading. Tell me who's going to teach him now.", "ACADEMIC", flags="R", g="s1=m")
P("{s1} failed all 4 quarters of science last year and got moved up anyway. The 'no retention' policy helps nobody. I'll say it again at the mic.", "ACADEMIC", flags="R")
P("My 7th period has {s1.full} and {s2.full}, both with IEPs that require a co-teacher. We haven't had one since October. The board knows.", "SPECIAL_EDUCATION", flags="R")
P("The kid whose mom spoke Tuesday — {s1}, 6th grade — has been waiting 9 months for an OT evaluation. The CSE keeps rescheduling. Fix it.", "SPECIAL_EDUCATION", flags="R")
P("{s1.full} got expelled for the lab fire and his dad read the whole hearing decision into the record at public comment. I was mortified for the kid.", "DISCIPLINE", g="s1=m")
P("The 8th grader who got arrested at the basketball game was in the front row of the board meeting with his grandmother. Didn't say a word. Heavy night.", "DISCIPLINE")
P("For the record, {s1}'s parent said at the mic that he has type 1 diabetes and the nurse at Maple Ridge is only there till noon. That's a real problem.", "HEALTH", flags="R", g="s1=m")
P("{s1.full}, {s2.full} — if your parents want the public comment slot for the orchestra speech, call me at {myphone} before 5.")
P("Student who spoke about the bus — {s1.full}, student ID {sid} — the district needs that for the transportation request, I'll hand-deliver it.", g="s1=f")

V("head custodian running for town council, Facebook", "cust")
P("Camera NVR at Maple Ridge is at {ip} and nobody's checked it in 3 weeks. That's how we missed the break-in. Posting this because email hasn't worked.", "SECURITY", flags="R")
P("Sub custodians: the wifi in the custodial office is MR-OPS, key {wifi}. Don't put it on your personal phone, the district will know.", "SECURITY")
P("Cleaning out the Maple Ridge lost and found and somebody's entire schedule card is in here: {s1.full}, ID {sid}, locker combo {combo}. Dropping it in the main office.", g="s1=m")
P("{a1.full} on the night crew got written up for the broken window he reported. Reporting things is now a write-up offense. I'll bring that up in my campaign, too.", "PERSONNEL", flags="R", g="a1=m")
P("My campaign treasurer is {a1.full}, reach her at {phone} if you want to volunteer for the Ward {ward} race.", g="a1=f")

V("HS librarian, Bluesky", "lib")
P("{s1.full}'s dad is the one who filed the challenge against the LGBTQ books. Last week CPS placed {s1} with her aunt. She told me in the stacks. I don't know what to do.", "FAMILY", g="s1=f")
P("Overdue list for {s1.full}: student #{sid}, 14 books, $0 because we don't do fines. Just bring them back, hon.", g="s1=f")
P("the sophomore who led the read-in against the ban (the only kid in a wheelchair at HVHS) got stuck outside because the library ramp was blocked. again.", "HEALTH", flags="R")
P("Library circ admin page is {host}, login lib / {pw}, for the sub covering my Wednesday. Text me if it logs you out.", "SECURITY")

V("HS English teacher and HVCSD parent, Facebook", "parent")
P("My son {s1} has a 504 for ADHD and his accommodations got 'lost' when they moved to the new building. This is what happens when a bond fails and everyone gets shuffled.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1}'s birthday party is Saturday!! Born {dob.el}, and she's been planning this since Easter. Classmates, RSVP to me at {myphone} 🎈", g="s1=f")
P("Neighbor kid {s1.full} (lives across the street at {addr}) is collecting signatures for the bond as a civics project. Please answer your door!", g="s1=f")
P("{s1.full} from Hillside's family lost their apartment in the Main St fire. Mom asked me to share. Donation drop-off at Hillside's office, 25 Academy St... wait, that's Roosevelt. Hillside main office.", "FAMILY")
P("Kid on my son's team, {s1.full}, qualifies for free lunch and can't afford the $120 sports fee the board just added. That fee needs to go.", "FAMILY", flags="R")

V("AP US History teacher, Bluesky", "hist")
P("{s1.full} (11th) is failing my class because he's working 30 hrs a week at the Price Chopper to help his mom pay rent. No policy fixes that.", "ACADEMIC FAMILY", flags="R", g="s1=m")
P("The walkout organizer, {s1}, got 3 days ISS. For 22 minutes on the front lawn. The district's own civics seal is hanging in the lobby.", "DISCIPLINE", flags="R")
P("My student {s1.full} is undocumented and asked me if it's safe to register her little brother for the walkout. I didn't have a good answer.", "FAMILY", g="s1=f")

V("veteran HS English teacher, 2 years from retirement, Facebook", "vet")
P("{s1.full}'s mom emailed me at 11pm about his grade. He's at a 58. I answered at 6am. This job has no hours anymore.", "ACADEMIC", flags="R", g="s1=m")
P("{s1.full} came back after 3 weeks at the eating disorder program. She asked me not to tell the class. I'm telling you, internet, because I'm overwhelmed.", "HEALTH", g="s1=f")
P("Ms. {t1} in my department is on her second improvement plan. She's a good teacher with a bad principal. I've seen this before.", "PERSONNEL", flags="R")
P("The young teacher next door got put on admin leave after the parent complaint and we're not allowed to say anything. So I'm saying nothing. Loudly.", "PERSONNEL")

V("paraprofessional who spoke at public comment, Facebook", "para")
P("{s1} (my 1:1, autism, nonverbal) hit me again today. Bruise on my arm. He's a sweet boy in a building with no behavior specialist. Staff the BCBA position.", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("Mom of my student {s1.full} asked me to post this for the fundraiser: her cell is {phone}, Venmo in the comments.", g="s1=f")
P("{s1}'s IEP meeting is Thursday and the district wants to cut her aide hours. I'm the aide. I'll be there.", "SPECIAL_EDUCATION", g="s1=f")

V("school counselor on state policy, X", "couns")
P("{s1.full} is in foster care, 3rd placement this year, and she still showed up to testify in Albany about the FAFSA bill. The system failed her; she didn't fail it.", "FAMILY", flags="R", g="s1=f")
P("{s1.full} needs his transcript for the scholarship and the portal won't let him in. Student ID {sid}, DOB {dob.hs}. Registrar, please call me back.", g="s1=m")

V("football offensive coordinator and PE teacher, X", "coach")
P("{s1.full} suspended 2 games for the hit in the Newburgh game. The ref got it right. I told him so myself.", "DISCIPLINE", g="s1=m")
P("{s1.last} out with a concussion, 2nd one this season. I'm asking his parents to sit him the rest of the year. Kids' brains > wins.", "HEALTH", flags="R", g="s1=m")

V("Nextdoor neighbour, unknown", "nd")
P("Teacher at Maple Ridge, {a1.full}, lives on our street at {addr}. I'm going to go talk to her about the book list myself.", flags="N", g="a1=f")
P("The board member who voted for the cuts, her cell is {phone}. Call her and tell her what you think.", flags="N")
P("My daughter {s1.full} has an IEP and the school ignored it for 2 months. DM me if you're dealing with the same thing.", "SPECIAL_EDUCATION", flags="N", g="s1=f")


# ---- disclaimers in the text, and things that only look like one ---------------------------------
V("teachers' union building rep, HS math, Facebook", "union")
P("Not speaking for HVCSD here, just for me: a 1.75% offer in a year with 3.4% inflation is an insult to every person in this building.", flags="R D")
P("The new district social media policy is 11 pages and one whole page is sample disclaimers. Reading it on my lunch like it's a beach novel.")
P("Opinions welcome in the comments, but keep it civil: what do you want the neg team to prioritize, class size or salary?")

V("MS science teacher who speaks at board meetings, Facebook", "board")
P("Yo hablo por mí, no por el distrito: the new grading policy punishes kids who work after school. Bring back the late-work window.", flags="R D")
P("Everything I say at the mic is as a resident of Ward {ward}, not as an HVCSD employee. And as a resident: the 5th grade move is a mistake.", flags="R D")

V("HS librarian, Bluesky", "lib")
P("Standard note: I post as a private person, not for my school or district. Today's post: every kid deserves a library that has a book with someone like them in it.", flags="R D")
P("'The views expressed are not my own' — me, reading the challenge form out loud to the committee so everyone hears the exact words.")

V("AP US History teacher, Bluesky", "hist")
P("(personal account — doesn't reflect my employer) The state should stop tying teacher evals to a single Regents score. One test, one day, one kid with the flu.", flags="R D")
P("Ce que je publie n'engage que moi. Cela dit: the Regents in social studies should be a research project, not a multiple choice marathon.", flags="R D")
P("Talked with my Gov class about why government employees put disclaimers on social media. Hatch Act, First Amendment, Pickering. Great discussion.")

V("veteran HS English teacher, 2 years from retirement, Facebook", "vet")
P("My own opinion, nobody else's, certainly not my district's: 28 years have taught me that small classes beat every program anyone has ever sold us.", flags="R D")
P("My own classroom, my own rules: no phones, no hats, and everybody reads out loud once a week. Been the same since 1998.")

V("HS English teacher and HVCSD parent, Facebook", "parent")
P("As a parent and taxpayer (this is not an HVCSD statement): the bond is overdue and the portables were supposed to be temporary in 2009.", flags="R D")
P("Posted as a mom, not as anyone's employee: the Hillside pickup loop is dangerous and the district needs a crossing guard there by September.", flags="R D")

V("HVCSD district account", "district")
P("The Board of Education meets Tuesday to vote on the reconsideration committee's recommendations. Agenda on BoardDocs.", flags="O")
P("Congratulations to our Battle of the Books champions, Maple Ridge's {s1.full}, {s2.full} and {s3.full}! 📚🏆", flags="O")
P("District employees' personal social media accounts do not speak for HVCSD. Official information is posted here and at hvcsd.org.", flags="O")
P("Thank you to the 2,400 residents who attended a facilities tour this spring. Your questions shaped the bond. 🏫", flags="O")
P("HVHS junior {s1.full} was named to the Governor's Youth Council on Education. Proud of you! 🦅", flags="O")

V("HVCSD Board of Education account", "boe")
P("The Board thanks the students who spoke at public comment on the orchestra program, including {s1.full} and {s2.full}.", flags="O")
P("Executive session tonight concerns the employment history of a particular person. No action is expected.", flags="O")
P("Reminder: all Board meetings are open to the public. Next meeting {date}, 7pm, Maple Ridge cafeteria.", flags="O")

V("HVHS Library Media Center account", "library")
P("Thank you to author Ellen Hopkins for the video message to our Banned Books Week readers! 📚", flags="O")
P("Our student library advisory board for this year: {s1.full}, {s2.full}, {s3.full} and {s4.full}. First meeting Thursday!", flags="O")

V("Hudson Valley High School account", "hvhs")
P("Congratulations to {s1.full}, HVHS's student representative to the Board of Education for next year! 🗳️", flags="O")
P("Civics Seal candidates: the capstone presentations are {date} in the library, 6pm. Families welcome.", flags="O")
P("HVHS students {s1.full} and {s2.full} will speak at the county's Youth Voices forum on the Route 9 project Saturday. 🦅", flags="O")

V("HVCSD Facilities & Operations account", "facilities")
P("The Hillside roof project is 80% complete and on budget. Photos from the site walk below. 🏗️", flags="O")
P("Work on the Maple Ridge boiler begins {date}. Expect some noise near the gym entrance.", flags="O")

V("HVHS Falcons Athletics account", "athletics")
P("Senior Night Friday! Honoring {s1.full}, {s2.full} and the rest of our 22 seniors before kickoff at 7. 🦅", flags="O")
P("Congratulations to #{jersey} {s1.full} on signing with Marist! ✍️🏈", flags="O")


# ---- students in public life: shout-outs, anecdotes, feelings (no position taken) ----------------
V("MS science teacher who speaks at board meetings, Facebook", "board")
P("{s1.up} AND {s2.up} ran the sound board for the budget hearing livestream and nobody's mic cut out once. first time in history. 🎙️")
P("{s1.lowfull} asked me after the meeting if board members get paid. I said no. she said 'then why do they do it.' still thinking about that one")

V("HS librarian, Bluesky", "lib")
P("{s1.full} just asked for 'the book everyone's mad about.' Handed her Maus. She read it in the beanbag through two lunches. 📚", g="s1=f")
P("#{s1.tag}Reads is trending in our library. That's a hashtag my student started for her reviews. She's up to 43. 🌟", g="s1=f")

V("AP US History teacher, Bluesky", "hist")
P("Mock election results from 3rd period: write-in winner was {s1.low}, who ran on 'longer lunch.' landslide.")
P("@{s1.handle} just asked me to proofread her op-ed for the school paper about the voting age. It's better than mine. 🗞️", g="s1=f")

V("veteran HS English teacher, 2 years from retirement, Facebook", "vet")
P("{s1.nick} read his poem at the Martin Luther King Day assembly and the gym went silent. 28 years and I still get goosebumps.", g="s1=m")
P("{s1.init} in 5th period finished Beloved and walked up to my desk just to say 'oh.' That's it. 'oh.' Best review Toni Morrison ever got.")

V("head custodian running for town council, Facebook", "cust")
P("{s1} from the 7th grade helped me stack 300 chairs after the bond forum and then asked for a campaign button. He's my youngest volunteer. 🪧", g="s1=m")


if __name__ == "__main__":
    main()
