"""Generate corpora/src/offduty.jsonl: school staff posting about their life OFF the job.

Voices: a PE teacher who runs marathons, a math teacher into board games and anime, a school
secretary who bakes, a bus driver who fishes, a principal who restores old cars, a school nurse who
fosters dogs, a band director who gigs on weekends, plus an English teacher on Goodreads, an art
teacher on Letterboxd and a 2nd-grade teacher who travels; Instagram, Facebook, TikTok, Strava,
Reddit hobby forums, Goodreads and Letterboxd. A few official accounts (staff wellness, athletics,
music department, an elementary school, transportation, the district, health services) and posts of
unknown kind (reposts, screenshots, hobby-forum threads with no account context).

The job appears mostly INCIDENTALLY ("back to grading tomorrow", "sub plans done, off to
Nashville") and strong opinions about the hobby, the team, the movie or the recipe are not about
the job, so most posts are clean. A minority slip into a real view of the job or the district
(disclaimer required), and some leak: a student seen at the race named, a colleague's medical leave,
the staff wifi key in a caption, a home address on a jam-session invite. Many adults by full name
(running buddies, bandmates, athletes, authors, actors, chefs, characters, pets with human names)
are hard negatives.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / grandchild / niece)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.hs} {dob.el} {dob.word}
      {sid} {pw} {wifi} {code} {ip} {host}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {jersey} {score} {money} {num} {miles} {pace} {race}
      {half} {lbs} {pubphone.dist} {pubphone.hs} {attline}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE

OUT = Path(__file__).resolve().parent / "offduty.jsonl"
SEED = 20261213

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "en_IN", "fil_PH", "ga_IE", "es_CO", "en_GB", "nl_NL", "sv_SE", "tr_TR"]
# Names as US staff would type them: locales whose Faker names are not in Latin script are replaced
# by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Mahmoud", "Faris", "Nabil", "Walid", "Anas", "Sami", "Jamal", "Ziad", "Hassan", "Adel"],
           ["Rasha", "Lina", "Hala", "Reem", "Nadia", "Jana", "Ghada", "Sana", "Maya", "Dina"],
           ["Abdallah", "Shami", "Yassin", "Barakat", "Hijazi", "Zoabi", "Issa", "Sabbagh", "Kanaan", "Tamimi"]),
    "ko": (["Tae-yang", "Sung-min", "Woo-jin", "Dong-hyun", "Yong-ho", "Jin"],
           ["Ye-jin", "Su-bin", "Na-yeon", "Hye-won", "Da-eun", "Bora"],
           ["Kim", "Lee", "Park", "Oh", "Seo", "Kwon", "Hwang", "Song", "Im"]),
    "hi": (["Aditya", "Karan", "Siddharth", "Nikhil", "Varun", "Yash", "Pranav"],
           ["Aditi", "Pooja", "Sneha", "Tanvi", "Nisha", "Isha", "Anika"],
           ["Verma", "Agarwal", "Kulkarni", "Pillai", "Desai", "Mehta", "Rao", "Banerjee", "Khanna"]),
    "ja": (["Sota", "Ren", "Yuto", "Kaito", "Riku", "Hinata"],
           ["Yui", "Aoi", "Mio", "Sakura", "Hana", "Rin"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"]),
    "uk": (["Serhii", "Yurii", "Roman", "Pavlo", "Ihor", "Danylo"],
           ["Kateryna", "Nataliia", "Halyna", "Mariia", "Liliia", "Tetiana"],
           ["Hrytsenko", "Moroz", "Polishchuk", "Rudenko", "Karpenko", "Kovalchuk", "Lytvyn"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "vi_VN": 4, "zh_CN": 3, "pl_PL": 4, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 4, "en_NG": 5, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "ga_IE": 3, "es_CO": 4,
                "en_GB": 3, "nl_NL": 2, "sv_SE": 1, "tr_TR": 2,
                "ar": 3, "ko": 2, "hi": 2, "ja": 2, "uk": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

STREET_BASES = ["Fox Hollow", "Beaver Dam", "Tinker", "Quaker Hill", "Ferncliff", "Wiltsie", "Sleepy Hollow",
                "Netherwood", "Creamery", "Bullis", "Salt Point", "Van Wagner", "Rock Cut", "Spackenkill",
                "Hosner Mountain", "Cedar Hill", "Mill Pond", "Teller", "Shenandoah", "Dogwood Knoll"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Tpke", "Road", "Lane", "Trail", "rd", "ave"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own recipes", "views of the river", "opinions welcome") sit among the plain ones.
BIOS = [
    ("pe", "PE teacher 🏃‍♂️ | 14x marathoner | BQ chaser | views mine, not my district's", True),
    ("pe", "runner, coach, dad | personal account, I don't speak for my school", True),
    ("pe", "gym teacher by day, ultrarunner by weekend 🏔️ | Strava: 6am club", False),
    ("pe", "PE 🏀⚽🏃 | HV Half x5 | my own PRs, my own problems", False),
    ("pe", "running on coffee & Gu | Hudson Valley | she/her", False),
    ("math", "math teacher | board games | anime | opinions are mine and mine alone", True),
    ("math", "HS math 📐 | Gloomhaven addict | posts don't represent my employer", True),
    ("math", "teacher 📏 | BGG: 412 plays logged | one piece is real", False),
    ("math", "π enthusiast | Catan sore loser | opinions welcome, spoilers are not", False),
    ("math", "calc teacher | mini painter 🖌️ | Crunchyroll premium, no regrets", False),
    ("sec", "school secretary 🍞 | sourdough mom | my opinions, not the school's", True),
    ("sec", "front office ☎️ + baker 🧁 | personal page, nothing here is official", True),
    ("sec", "grandma, baker, secretary 27 yrs | my own recipes, please share 💛", False),
    ("sec", "I bake when I'm stressed so I bake a lot 🥐", False),
    ("sec", "office mom @ a Hudson Valley school | cake orders by DM", False),
    ("bus", "bus driver 🚌 | fisherman 🎣 | views are my own, not my employer's", True),
    ("bus", "CDL | 22 yrs driving | bass, stripers, walleye", False),
    ("bus", "drive the bus, catch the fish, repeat 🐟", False),
    ("bus", "retired Marine, school bus driver, best views of the river every morning 🌅", False),
    ("prin", "elementary principal | '67 Mustang | tweets are my own, not HVCSD's", True),
    ("prin", "principal, husband, grease monkey 🔧 | speaking only for myself", True),
    ("prin", "Chevy guy | car shows every Sunday | father of 3", False),
    ("prin", "educator 30 yrs | restoring a 1957 Bel Air one bolt at a time", False),
    ("nurse", "school RN 🩺 | foster mom to 40+ dogs 🐾 | my views, not my district's", True),
    ("nurse", "nurse | dog fosterer | opiniones personales, no del distrito", True),
    ("nurse", "RN | rescue dogs | Adopt don't shop 🐶", False),
    ("nurse", "school nurse 🩹 | 3 dogs, 1 foster, 0 free time", False),
    ("band", "band director 🎺 | keys in The Late Bus | my own opinions, not my school's", True),
    ("band", "music ed | gigging trumpet | ces opinions n'engagent que moi", True),
    ("band", "band dir 🎷 | weddings, bars, funerals, bar mitzvahs | booking by DM", False),
    ("band", "music teacher | jazz nerd | my own arrangements on Bandcamp", False),
    ("eng", "HS English 📚 | 80 books a year | reviews are my own, not my school's", True),
    ("eng", "English teacher | Goodreads: 2,104 ratings | DNF without guilt", False),
    ("eng", "reader, teacher, cat person | currently reading: everything", False),
    ("art", "art teacher 🎨 | Letterboxd addict | 4 stars is a compliment", False),
    ("art", "painter, teacher, film nerd | posts are mine, not my employer's", True),
    ("trav", "2nd grade 🍎 | 31 countries | passport > purse", False),
    ("trav", "teacher | traveler ✈️ | personal account, views mine", True),
    ("cust", "head custodian HVHS | tomatoes, peppers, Yankees 🍅", False),
    ("cust", "custodian & gardener 🌱 | my views, nobody else's", True),
    ("cafe", "school food service 🍝 | feeding 1,100 a day | Nonna's recipes", False),
    ("cafe", "cook 👩‍🍳 | cafeteria manager | personal page, not the district's", True),
    ("hist", "history teacher | battlefield tourist | Knicks", False),
    ("hist", "social studies 🇺🇸 | Civil War nerd | views my own, not HVCSD's", True),
    ("bird", "science teacher 🔬 | birder 🐦 | 312 species and counting", False),
    ("bird", "MS science | eBird hotspot regular | opinions are strictly personal", True),
    ("knit", "guidance office 💛 | knitter 🧶 | grandma of 6", False),
    ("knit", "knitter, secretary, church choir | my posts, my opinions, not the school's", True),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "pe": "Official account of HVCSD Staff Wellness & HVHS Falcons Athletics 🦅",
    "math": "Hudson Valley High School (official)",
    "sec": "Roosevelt Elementary School | official account | 25 Academy St",
    "bus": "HVCSD Transportation Department (official)",
    "prin": "Hudson Valley Central School District | official",
    "nurse": "HVCSD Health Services | official page",
    "band": "HVHS Music Department (official) 🎶",
    "teach": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "347", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com",
                     "optonline.net", "hvc.rr.com"]
    HOSTS = ["fit-kiosk01.hvcsd.local", "wellness-app.hvcsd.internal", "hvhs-gym-pc.hvcsd.lan",
             "music-srv.hvcsd.local", "buslot-gate.hvcsd.local"]
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|buddy|bro)\b", r"\b(she|her|hers|she's|shes|herself)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(HOST_POOLS.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(60, 99)}", f"{l}.{f[0]}",
                f"{f}runs{r.randint(1, 26)}", f"{f}_{l[:4]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Tuba', 'Sousa', 'Bassoon', 'Snare'])}{r.randint(100, 999)}!",
                         f"hvcsd{r.choice(['staff', 'guest', 'fit', 'music'])}{r.randint(2021, 2026)}",
                         f"{r.choice(['sourdough', 'striper', 'mustang', 'gojo'])}{r.choice(['Rise', 'Run', 'Fast', 'Sama'])}{r.randint(1, 99)}",
                         f"Gym{r.choice(['Rat', 'Class', 'Floor'])}#{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 9)}", f"{f}_runs", f"{f}{l[:2]}_{r.randint(10, 30)}",
                         f"{f}{r.choice(['.fishes', '_plays', '.bakes', '_tuba'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"C{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(3, 58)),
            "time": lambda: r.choice(["5:10", "5:45", "6:05", "6:30", "7:15", "3:20", "4:10", "4:45", "7:30", "8:00"]),
            "jersey": lambda: str(r.randint(0, 99)),
            "score": lambda: r.choice([f"{r.randint(48, 81)}-{r.randint(40, 70)}", f"{r.randint(1, 6)}-{r.randint(0, 3)}",
                                       f"{r.randint(17, 45)}-{r.randint(3, 30)}"]),
            "money": lambda: f"${r.randint(4, 60)}",
            "num": lambda: str(r.randint(3, 19)),
            "miles": lambda: str(r.randint(5, 22)),
            "pace": lambda: f"{r.randint(7, 11)}:{r.randint(0, 59):02d}/mi",
            "race": lambda: f"3:{r.randint(2, 58):02d}:{r.randint(0, 59):02d}",
            "half": lambda: f"1:{r.randint(28, 59):02d}:{r.randint(0, 59):02d}",
            "lbs": lambda: str(r.randint(4, 36)),
            "temp": lambda: str(r.randint(88, 97)),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
        }


HOST_POOLS = {"gym": ["fit-kiosk01.hvcsd.local", "hvhs-gym-pc.hvcsd.lan", "wellness-app.hvcsd.internal",
                      "https://10.14.2.31:8443/admin"]}

SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.15 else 2 if x < 0.6 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.1 else 2 if x < 0.55 else 1
    if "O" in sk["flags"]:
        return 2 if x < 0.6 else 1
    return 2 if x < 0.35 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.35, 0.14) if "R" in sk["flags"] else (0.42, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.09, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Most are about the hobby; the job shows up in passing.
# Categories only when the detail is tied to a named student, a colleague, or someone unique from
# context; R only for personal posts whose text takes a position about the district / a school /
# education / colleagues / the job. Opinions about shoes, teams, films, flour, lures: never R.
# ---------------------------------------------------------------------------------------------

# ---- the PE teacher who runs marathons ---------------------------------------------------------
V("PE teacher and marathoner, 30s, Strava / Instagram", "pe")
P("20 miles in the rain this morning 🌧️ legs are cement. back to teaching dodgeball tomorrow lol #marathontraining")
P("Long run w/ {a1.full} and {a2.full}, {miles} mi @ {pace}. {a1} talked about The Bear the entire time and I let her 🏃‍♀️ #strava", g="a1=f")
P("NYC Marathon bib pickup DONE 🗽 sub plans written, gradebook closed, see u on the Verrazzano")
P("Kipchoge ran 26.2 in under 2 hours and I can't run 2 miles without stopping for a Gu. respect to the GOAT 🐐")
P("spotted {s1.full} from my 4th period gym class at mile 11 of the half, handing out water with her mom. she screamed my name and I almost cried 🥹")
P("{s1} passed me at the Turkey Trot. a 7th grader. in JEANS. retiring from running effective immediately 😂")
P("BOSTON QUALIFIER!!! {race} ✅ 11 years of trying. I don't even know what to write. thank you {a1.full} for every 5am track workout 🦄", g="a1=m")
P("Hot take: the Hoka Clifton is overrated and I will die on this hill. Brooks Ghost or nothing")
P("summer break day 3: ran, napped, ate an entire watermelon, napped again. no whistle. no cones. bliss ☀️")
P("if your school still makes kids run the mile for a GRADE, stop. it teaches 30 kids to hate running and 2 to love it. signed, a PE teacher who runs marathons", flags="R")
P("We cut elementary PE to twice a week and then wonder why the kids can't sit still in math. I ran {miles} today to calm down about it.", flags="R")
P("Honestly coaching the K-2 fun run is the best part of this job. 200 kids in neon shirts sprinting the wrong way 💚", flags="R")
P("{a1.full} from the HVHS science dept is out on medical leave after her knee surgery so I'm leading the Saturday group alone for a while. heal up!! 🦵", "PERSONNEL HEALTH", g="a1=f")
P("running club: 6am Sat at the Walkway lot. all paces. {a1} brings donuts, which defeats the purpose, but we love her 🍩", g="a1=f")
P("Strava title: 'easy 6'. Strava reality: 6 miles, 3 loose dogs, 1 goose attack 🪿")
P("my running coach charges {money}0 a month for a Google Sheet and makes more per hour than I do. not mad. just doing math about teacher pay 🙃", flags="R")
P("HALF MARATHON PR {half}!!! my 5th graders made me a sign that says RUN LIKE IT'S RECESS 😭🏅")
P("my 2nd graders would LOVE this obstacle course 😂 stealing it for field day")
P("treadmill pic from the staff fitness room 💪 (ignore the sticky note on the wall, that's the staff wifi: HVCSD-Staff / {wifi})", "SECURITY")
P("ran past {s1.full}'s house on my loop and her dad was out mowing, yelled that she's still suspended for the fight and he's making her do yard work all week 💀", "DISCIPLINE", g="s1=f")
P("shoutout to Coach {t1} for pacing me through the last 10k. the man is a machine 🤖")
P("Marathon #{num} in the books, {race}. my husband {a1} carried the poster, the snacks AND me to the car. MVP", g="a1=m")
P("unpopular opinion: the FitnessGram pacer test should be retired. nobody learns anything except how to fake a cramp at level 12", flags="R")
P("treadmill intervals watching Jalen Brunson highlights. if I can be 10% as clutch as that man in the last mile")
P("trail race recap: fell twice, lost a shoe, found the shoe, finished. 10/10 would bleed again 🩸")
P("anyone know a good PT in the Poughkeepsie area for plantar fasciitis? asking for me. it's me.")
P("{s1.full} won her age group at the Rhinebeck 5K!!! she's in my 6th grade gym class and has never once walked the mile 🏃‍♀️🥇")
P("the district should pay for staff gym memberships instead of sending us another wellness webinar. just saying. (opinions mine, not my employer's)", flags="R D")
P("Our principal ran the 5k in a full Falcon costume and beat me by 40 seconds. filing a formal complaint 😂")
P("5K this Saturday 9am at the HVHS track for {s1.full}'s family after the house fire. they lost everything. Venmo link in comments 💛", "FAMILY")
P("Race entry for {s1.full} (she's 14, needed an adult to sign): DOB {dob.hs}, emergency contact {phone}. posting so I remember to mail it tonight")
P("first week of summer and my resting heart rate dropped 8 bpm. coincidence? I think not. this job 😅", flags="R")
P("Why do we schedule field day the same week as state testing. Genuinely. Who does this.", flags="R")
P("taking away recess from a kid who can't sit still is like taking away my long run because I'm restless. think about it", flags="R")
P("ran with {a1.full} this morning, she's our new health teacher and she told me she got a 'developing' on her first observation 😬 she'll be fine, she's tough", "PERSONNEL", g="a1=f")
P("my own PR, my own medal, my own sore legs. nobody can take it from me 🏅")
P("{s1.full} and {s2.full} ran the Color Run with me and we all look like smurfs now 💙💚")
P("shoutout to {s1.up} who ran his first 5k today in 31:40 and immediately asked for a burger 🍔")
P("if the Strava sync from the gym computer fails it's because it's on {host.gym} and that thing blocks everything lol", "SECURITY")
P("Mets in 7. (personal account, obviously not speaking for anybody's school 😂)", flags="D")
P("teachers' lounge today: 40 minutes on the new attendance software. I'd rather run Heartbreak Hill twice", flags="R")
P("congrats to the district on FINALLY redoing the HVHS track. took 6 years but she's gorgeous. ran {miles} laps at lunch 🏃", flags="R")
P("my take, not my employer's: Des Linden is the most underrated American runner ever. Boston 2018 in the rain, legend", flags="D")
P("speaking for myself here, not my district: every kid deserves daily PE. every single day. not twice a week.", flags="R D")

# ---- the math teacher into board games and anime -----------------------------------------------
V("HS math teacher, board games and anime, 20s, Reddit / X", "math")
P("Gloomhaven campaign session 31. our party is down to a Brute with 2 HP and my husband's ego. send help")
P("finished Frieren and I'm not ok. Himmel deserved better. that's the post")
P("r/boardgames: good 2-player game for someone whose brain is fried from grading 140 quizzes? already have Patchwork and Jaipur")
P("Uwe Rosenberg has never designed a bad game. Agricola, Caverna, Patchwork. fight me")
P("hot take: the One Piece filler is part of the journey. Luffy would never skip the filler")
P("game night: {a1.full}, {a2.full} and me vs Pandemic Legacy. we lost Tokyo in January. it's only January 🦠")
P("Spirit Island teaches more probability than our entire pacing guide. if the state let me teach with board games I'd be unstoppable", flags="R")
P("my students found out I watch Jujutsu Kaisen and now every quiz needs a Gojo reference or they riot")
P("{s1.lowfull} beat me at chess club in 14 moves and then asked if I was 'even trying.' I was 😭")
P("the curriculum we adopted last year has more cartoon kids than actual problems. Catan has better math in it. no I will not elaborate", flags="R")
P("Hayao Miyazaki has retired like 4 times. this man is the Brett Favre of anime and I love him")
P("painting minis for Frosthaven while the kids are at their grandma's. 4 hours, 1 mini. worth it 🖌️")
P("r/DnD: anyone else play with former students who are adults now? {a1.full} graduated in 2014 and now DMs for my group lol", g="a1=m")
P("Mr. {t1} and I are starting a staff board game club. Thursdays, room {room}, 3:15. Wingspan this week 🐦 all welcome")
P("board games > professional development. change my mind. yesterday's PD was 3 hours on a platform we're dropping in June.", flags="R")
P("AP Calc scores are out and {s1.full} got a 5 after FAILING my class first quarter. going to go cry into my Azul tiles", "ACADEMIC")
P("went to Anime NYC in a homemade Nanami cosplay and a kid from my 3rd period recognized me. I will never recover")
P("Tabletop Simulator room for tonight's Twilight Imperium: password is {pw}. last time a random joined and betrayed us all")
P("grading tonight so game night is postponed 😭 {a1}, the Ark Nova rematch is ON for Saturday")
P("the student anime club voted Spy x Family for next week. Anya is their spirit animal")
P("{s1.last} (the one who always finds the flaw in my word problems) beat the entire staff at Codenames at the fundraiser. the staff deserved it", g="s1=m")
P("is it weird that I'd rather write a clean proof than watch the Knicks? asking my wife {a1}, who says yes", g="a1=f")
P("every school should have a board game library. kids who can't sit through a worksheet will play Ticket to Ride for an hour. #opinion #notspeakingformydistrict", flags="R D")
P("summer watchlist: Vinland Saga s2, Mushishi, Mob Psycho rewatch. no emails, no Google Classroom, just vibes")
P("{a1.full} ({a1.low}_plays on BGG) sold me his Kickstarter Kingdom Death for $350. I owe this man my firstborn", g="a1=m")
P("{s1} (10th) is on a new med that makes her sleepy in 1st period. found out today she's also in my Saturday D&D group at the library. small town", "HEALTH", g="s1=f")
P("{s1.full} failed the Algebra Regents again but crushed me at Ticket to Ride at the library. not everything gets measured in June", "ACADEMIC")
P("{a1.full}, who co-runs our anime club, isn't being renewed. she found out Friday. we watched Your Name after and both cried", "PERSONNEL", g="a1=f")
P("staff Magic: The Gathering league starts next week. Commander only. DM me or email {myemail}")
P("just realized my gradebook login is STILL the default one, {pw}. changing it now before someone on r/Teachers sees this", "SECURITY")
P("every time I see a 'teachers, bring the JOY back to math!' poster I want to flip a Catan board. give us time and smaller classes, the joy comes free", flags="R")
P("hot take: calculators in 3rd grade are fine and the panic about them is 30 years out of date. anyway here's my Gundam build 🤖", flags="R")
P("new Catan expansion review below, opinions welcome 👇 (spoiler: it rules)")
P("@{s1.handle} just took the high score on the math wing Tetris machine. I'm not ok. I'm never going to be ok")
P("new Gundam kit arrived and it has 412 pieces. I have 180 quizzes. guess which I'm doing tonight")
P("PD day tip: bring a deck of Love Letter. you'll need something to do during the third 'turn and talk' 🃏", flags="R")
P("Frieren has better pacing than our unit plans, and I didn't write the unit plans, I want that on the record", flags="R")
P("opinions mine, not my school's: Catan is a gateway drug and I'm not sorry 🐑", flags="D")

# ---- the school secretary who bakes ------------------------------------------------------------
V("school secretary who bakes, 50s, Facebook / Instagram", "sec")
P("Sourdough starter turns 3 today 🎂 her name is Doughlene and she has outlived two principals")
P("Paul Hollywood handshake energy on this focaccia 🤝 500g flour, 400g water, 10g salt, 5g yeast, patience")
P("brought lemon bars to the front office and they were gone by 8:40. teachers are locusts, I say with love 🍋")
P("Great British Bake Off ruined my life. I now own 4 kinds of flour and a proofing basket named Prue")
P("for the record, our front office has run on ONE secretary since March. somebody upstairs needs to post that second position. I'm baking my stress", flags="R")
P("cinnamon rolls from my mother {a1.full}'s handwritten card, 1961 💛 people keep asking so recipe in the comments", g="a1=f")
P("Teacher appreciation cookies: 240 sugar cookies, 18 hours, 1 sore back. worth every second 🍪")
P("Happy 7th birthday to my grandson {kid}!! 🎂 dinosaur cake, 3 layers, green buttercream, he SCREAMED", g="kid=m")
P("reminder: attendance line is {attline} if you're calling out tomorrow, NOT my cell. I'm baking 🥖")
P("made Ina Garten's engagement chicken and my husband proposed again. 42 years married. kidding. mostly.")
P("posted my banana bread in the staff fb group and someone asked for the recipe AND the wifi password in the same comment 😂 recipe yes, password no")
P("made a tray of cookies for {s1.full}'s mom, they've been sleeping in the car since the eviction. dropped them off with a gift card. please keep it quiet", "FAMILY")
P("Bake sale for the 8th grade DC trip is Friday! I made 6 dozen snickerdoodles. cash or venmo the PTA 💵")
P("the new visitor system makes me scan the license of the UPS guy I've known for 15 years. progress I guess 🙄 anyway here's my pie", flags="R")
P("If you bring a cake into the office you ALSO bring a knife. This is the hill. 🔪🎂", flags="R")
P("{a1.full} (retired from the Hillside office last year!) is teaching a pie crust class at the library Tuesday. she taught me everything 🥧", g="a1=f")
P("ok who here knows how to fix a cracked cheesecake?? asking before the staff potluck 😬")
P("my sourdough crackers took 2nd at the Dutchess County Fair!!! blue ribbon went to a 12 year old named {s1} from Maple Ridge and honestly? deserved 🎀")
P("3 days off in a row in February on the new calendar and I plan to bake through all of them. best thing the board did all year 😂", flags="R")
P("the whole office baked for {s1.full}'s family this week, her mom went into hospice Saturday. she's in 3rd grade, please be gentle with her", "HEALTH", g="s1=f")
P("my sister does ALL the Roosevelt birthday cakes, her number is {phone}, tell her the office sent you 🎂")
P("Monday: coffee, 47 voicemails, a kid who threw up in the car loop, and my sourdough waiting at home. balance 🍞")
P("office bake-off Friday 3pm in the library! judges are Principal {t1} and the custodian who eats everything")
P("honestly the secretaries run every school in America and the pay has never once reflected it. ok back to my brioche", flags="R")
P("we got 2% and somebody upstairs got a car allowance. anyway here's my pavlova 🍓", flags="R")
P("the district's new 'no food in the main office' rule is the saddest thing I've read all year. my scones and I are in mourning", flags="R")
P("the lady who orders my apple pies every Thanksgiving is {a1.full}, cell {phone}, she wants 4 this year. me to me: do NOT lose this", g="a1=f")
P("new hire welcome party tomorrow! almost taped the staff wifi slip ({wifi}) to the cake box 😂 oops", "SECURITY")
P("my own recipe, don't steal it 😂 (steal it) #myownrecipe #brownbutter")
P("{s1} brought me one single chocolate chip cookie 'for the baker' and I may have it framed 🍪")
P("{s1.full} in 4th just tested at a kindergarten reading level. her mom came in crying. I gave her a loaf and we sat in the conference room for an hour", "ACADEMIC", g="s1=f")
P("Opiniones mías, no del distrito: el mejor pan de muerto es el de mi abuela y punto 🍞💀", flags="D")
P("snow day = 3 loaves, 2 pies, 1 very confused husband. the phones at work can ring themselves ❄️")
P("loving the new summer hours for the office. finally have time to laminate my own croissants. good call whoever pushed for it 🥐", flags="R")
P("the kids who show up at the front office hungry at 10am tell you everything about why universal breakfast matters. baking extra muffins on Mondays now", flags="R")
P("(personal account, not affiliated with my job) brown butter makes EVERYTHING better. that's it that's the post 🧈", flags="D")

# ---- the bus driver who fishes -----------------------------------------------------------------
V("school bus driver who fishes, 60s, Facebook", "bus")
P("{lbs} lb striper off the Beacon pier before my route 🎣 best start to a Monday ever")
P("Route {bus} done, rods in the truck, headed for the Rondout. don't call unless you're the dispatcher")
P("smallmouth on the Hudson at {time} am, fog like soup. this is why I get up at 4")
P("Bill Dance falling out of a boat is still the funniest thing on YouTube. 40 years and I laugh every time")
P("{s1.full} from my afternoon run caught his first bass at the Little Stony Point derby and showed me the picture at his stop 😁 kid's a natural")
P("they took the monitor off my run and now I'm supposed to drive 60 kids AND watch them. nobody in transportation has sat in this seat", flags="R")
P("DEC says striper season is open 🐟 see you at Croton Point. I'm the guy with the orange bucket and the bad jokes")
P("if you're stuck behind me on 9W at 6:40, yes I'm slow. there are 40 kids in here. patience please 🙏")
P("Yankees lost again. Aaron Boone should be fired into the sun. fishing helps.")
P("my buddy {a1.full} at the garage is out on workers comp, shoulder surgery from the wheelchair lift. fishing trip's off till he's healed. get well brother", "PERSONNEL HEALTH", g="a1=m")
P("kid on my bus asked if fish sleep. 20 minute discussion. best route conversation all year")
P("driver shortage is not a mystery. $19 an hour, split shift, no benefits for subs. Pay us and we'll come. now excuse me, the bluefish are running", flags="R")
P("tip: fluorocarbon leader on the clear water days. mono is fine otherwise. don't let the YouTube guys sell you a $90 spool")
P("gate code at the bus lot changed AGAIN, it's {code} now. writing it here for the sub drivers who ask me every single morning", "SECURITY")
P("grandson {kid} and me on the ice at Sylvan Lake. 3 perch, 1 frozen nose, 100 hot cocoas ❄️", g="kid=m")
P("Last day of school 🎉 parked the bus, waved to the kids, boat's already hitched. see you in September, Route {bus}")
P("honest opinion after 22 years: the new GPS tablets are a step backwards. paper route sheets never froze on me at a railroad crossing", flags="R")
P("any fishing guys know a good charter out of Montauk for Father's Day? my son {a1} is paying so cheap is good 😂", g="a1=m")
P("the camera on bus 27 caught a bald eagle grabbing a fish off the reservoir. best dashcam footage in district history 🦅")
P("{s1.full} on my route told me her mom got deported last week, she's living with her aunt now. I don't know what to do with that. went fishing to think", "FAMILY", g="s1=f")
P("tackle box inventory: 47 lures, 3 I actually use, 1 that I'm pretty sure is a bus key")
P("Phillies fans on this fishing forum stay mad. your bullpen belongs in the river")
P("{s1.lowfull} got kicked off my bus for 10 days after the fight at the Stewart's stop. miss the kid honestly, we talk bass lures every morning", "DISCIPLINE")
P("new kid on route {bus}: {s1.full}, ID {sid}, stop at {addr}. writing it here cause the tablet is down and I'll forget")
P("nobody from the district has asked a driver about the new routes. 22 years. not once. ok going fishing", flags="R")
P("you want to keep drivers? a break room with a chair that isn't broken. that's it. that's the whole list.", flags="R")
P("password reset day at work. new one is a secret obviously, but it has a fish pun in it 🎣")
P("#{s1.tag}Fishes 🎣 this kid pulled a pike longer than his arm at the derby Saturday. I've been trying for 30 years")
P("lockdown drill this morning, everybody safe, bus parked, then 2 hours on the river. good day")
P("tight lines to {a1.full}, 84 years old, still out-fishing me every Saturday at the Esopus 🎣", g="a1=m")
P("my opinion and nobody else's: Penn reels > Shimano. my fishing buddies can write their own posts 😂", flags="D")
P("new afternoon schedule has me leaving Hillside at 3:40 and due at Maple Ridge at 3:38. somebody explain that math. I'll wait. at the river", flags="R")
P("best job I ever had, driving this bus. {num} years in and I'd sign up again tomorrow 🚌", flags="R")

# ---- the principal who restores old cars -------------------------------------------------------
V("elementary principal who restores old cars, 50s, Instagram / Facebook", "prin")
P("1967 Mustang fastback update: floor pans are IN. 3 years of Saturdays. my wife {a1} calls it the other woman 🚗", g="a1=f")
P("Carroll Shelby would weep at my welding but it holds. mostly. 🔥")
P("Rhinebeck car show Sunday! look for the red '57 Bel Air. I'll be the guy with the folding chair and no sunscreen")
P("summer break day 5: carb rebuild, 2 skinned knuckles, zero emails answered. growth.")
P("the board moving us to a 4-day summer week is the smartest thing they've done in years. the staff are rested and I got the Chevelle's transmission back in 😎", flags="R")
P("Teachers: 'my door is always open' still applies this summer, unless I'm on a creeper under a '68 Camaro. then text.")
P("parts run to the Carlisle swap meet. anyone with a rust-free 1970 Chevelle SS hood, I will trade you a parking spot")
P("being a principal is the best job in education and I'll argue with anyone. also the '64 Impala RUNS!!!", flags="R")
P("Mr. {t1}, our 4th grade teacher, helped me pull the engine Saturday. 3 hours, 2 pizzas, zero injuries. a true colleague 🔧")
P("our AP {a1.full} is out on maternity leave as of Monday, so if you see me at a car show this spring, no you didn't 👶", "PERSONNEL", g="a1=f")
P("restoration tip: photograph EVERYTHING before you take it apart, bag and tag every bolt. same goes for moving offices, ask me how I know")
P("anybody have torque specs for a 327 small block? manual got water damaged in my garage at {addr}")
P("hot rod night at the Red Rooster: 40 cars, 1 soft serve, my '57 won 'best effort' which I choose to read as a compliment")
P("{s1.full} (5th grade) asked about the Mustang in the staff lot and now she wants to be a mechanic. ordered her a Haynes manual. future's bright 🔧")
P("the state keeps adding testing days and taking away shop class. then everyone wonders why nobody can change a tire. it's a mistake", flags="R")
P("one of our 5th graders, {s1}, broke his wrist at recess and I drove him to urgent care in the Impala because the nurse's car was blocked in. he said best day ever", "HEALTH", g="s1=m")
P("drove the '65 Galaxie in for Car Day and the kids lost it. 'WHERE ARE THE SEATBELTS' exactly, that's why it stays parked")
P("I'll say it: the new evaluation rubric has 22 indicators. nobody can see 22 things in a 30 minute visit. rebuilding a carburetor is easier", flags="R")
P("{s1.full} and {s2.full} were the two who keyed the cars in the staff lot Friday. both suspended, it's all on camera. my Mustang was two spots over 😬", "DISCIPLINE")
P("{s1.full}'s family has been in a motel on Route 9 since the eviction. dropped off a stack of my old Hot Rod magazines for him, he loves Mustangs too", "FAMILY", g="s1=m")
P("car club meets in the HVHS cafeteria now. door code after 6 is {code}, don't tell facilities 🤫", "SECURITY")
P("teacher burnout is real and no pizza party fixes it. time does. give people their time back. ok, off to the garage 🚗", flags="R")
P("principals should teach one class a year. keeps you honest. I'm teaching a car-care elective this spring and loving every minute", flags="R")
P("do I need 'views my own' in my bio if all I post is carburetors? asking for a principal")
P("took the Bel Air up the Taconic at sunrise. no phone, no radio, just the 283 and the trees 🍂")
P("{s1.low} helped me polish the Mustang for Car Day and now he wants a cut of the trophy lol")
P("wife says the garage is 'for cars' not 'for a 4th car project.' compromise: the 4th project lives at my brother {a1}'s", g="a1=m")
P("Ford vs Chevy is the only debate I'll have on this page and the answer is Chevy")
P("our custodians are the most underpaid people in the building. I'd hand them the Mustang keys before I'd hand the board another consultant contract", flags="R")
P("a good teacher is like a good mechanic: you don't notice until they're gone. and we keep losing ours to districts paying $10k more", flags="R")
P("My views, not HVCSD's: the '69 Camaro is the best looking car ever built. Respectfully.", flags="D")
P("Personal views only, not speaking for the district: kids need more recess, not less. they're not carburetors, you can't just tune them", flags="R D")

# ---- the nurse who fosters dogs ----------------------------------------------------------------
V("school nurse who fosters dogs, 40s, Instagram / TikTok", "nurse")
P("Foster #{num} ADOPTED!!! Biscuit went home with a family of 5 and a trampoline 🐶💛 #fosteringsaveslives")
P("new foster: Pickles, 3yo pit mix, scared of brooms, loves cheese. taking applications 🐾")
P("current dogs: Luna, Bear, Mr. Darcy (foster) and a chihuahua named Beyoncé. ask me about Beyoncé")
P("school nurse by day, poop scooper by night 💩 living the dream")
P("one nurse for 900 kids across two buildings. I run between them like my fosters run to the treat jar. it's not safe and everyone knows it", flags="R")
P("{s1.full} in 2nd grade carries an EpiPen now after the peanut thing at lunch, and she told me she wants a dog just like my foster Milo 🥹", "HEALTH", g="s1=f")
P("adoption event Saturday at Tractor Supply in Kingston, 10-2. bring treats, leave with a best friend 🐕")
P("HOT TAKE: anyone who buys a puppy from a pet store should volunteer at a shelter for a month first")
P("skills from the health office that work on shy fosters: sit low, talk soft, never reach over the head. same as kindergartners honestly")
P("fostering tip: two-week shutdown. no visitors, no dog park, just routine. they need to decompress")
P("flu is going around at the elementary AND the shelter has kennel cough. my whole life is wiping things down 🧴")
P("{a1.full}, our sub nurse, is out for the rest of the year with pregnancy complications. covering both buildings. pray for me and my dogs", "PERSONNEL HEALTH", g="a1=f")
P("foster mama life: 4 puppies, 3am bottles, work at 7:30. somehow every kid in the health office knows their names")
P("504 meetings are DONE for the year and I celebrated by taking Pickles to the beach 🌊")
P("any vets in here? foster pup, {num} weeks, diarrhea for 2 days, rice and pumpkin not helping. my cell is {myphone} if easier")
P("took my foster Rosie to reading buddies at the library and a little guy named {s1} read her all of Go, Dog. Go! 🥹", g="s1=m")
P("shelters are full, adoptions are down, and I just said yes to another one. my husband {a1} is pretending not to notice 🙈", g="a1=m")
P("honestly the best part of being a school nurse is that kids tell you everything. the best part of fostering is that dogs tell you nothing. balance", flags="R")
P("shoutout to the HVHS custodial crew who built a ramp for my senior foster Gus out of spare lumber. you guys are the BEST 🪵🐶")
P("parents, stop sending kids in with a fever and a Tylenol. we can tell. we can ALWAYS tell. ok back to the puppies", flags="R")
P("my fosters' meds are organized better than the health office cabinet and that's saying something")
P("TikTok: dogs react to the school nurse coming home smelling like 400 children 🐶👃")
P("{s1}'s OT evaluation came back today, she qualifies!! celebrated with a long walk with all 4 dogs 🐾", "SPECIAL_EDUCATION", g="s1=f")
P("fostering a retired service dog and introducing him to {s1.full} next week. she's autistic and her 504 team said yes to a trial 🐕", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("{s1.full}'s dad asked if I can foster their dog while they move apartments. his cell is {phone}, putting it here so my husband can call about pickup")
P("school nurses should be in every building, full time, no exceptions. ok that's my soapbox, here's a puppy 🐶", flags="R")
P("the vape detectors in the HVHS bathrooms actually work. best money the district has spent in years. ok back to bottle-feeding puppies", flags="R")
P("opinions on raw food diets for dogs? I'm skeptical but open")
P("Mr. Darcy has been returned twice. he is a perfect gentleman. I will find you your person, sir")
P("{s1.full} named my new foster pup!! welcome home, Waffles 🧇🐶")
P("ER nurse for 12 years, school nurse for 6, foster mom for 4. the dogs are the least dramatic patients by far")
P("recess outside in the cold is GOOD for kids. stop keeping them in at 38 degrees. my fosters go out in worse", flags="R")
P("hot take from a school nurse: the ice pack isn't medicine but it IS a love language. every school needs a bottomless freezer 🧊", flags="R")
P("speaking only for me and not my workplace: pit bulls are the sweetest dogs alive 🐶💛", flags="D")

# ---- the band director who gigs on weekends ----------------------------------------------------
V("band director who gigs on weekends, 30s, Instagram / TikTok", "band")
P("gig tonight at The Falcon in Marlboro w/ the {a1.last} Brothers, 9pm. I'm on keys. no I will not play Free Bird", g="a1=m")
P("played a wedding in Saugerties: 4 hrs, 3 Bruno Mars songs, 1 Electric Slide. back to marching band Monday 🎺")
P("Wynton Marsalis says jazz is about listening. my 7th graders say it's about who's loudest. we're working on it")
P("Music in schools is not extra. It is not a frill. Cut it and you'll find out what you lost. (my views, not my district's)", flags="R D")
P("new sax in the quartet: {a1.full}. absolute monster. catch us at the Bean Runner Saturday", g="a1=f")
P("band trip to Disney in the spring!! 62 kids, 4 chaperones, 2 buses, 1 of me 🙏🏼")
P("Taylor Swift's Eras setlist is a masterclass in pacing. say what you want about her, she knows how to build a show")
P("jam session at my place Saturday, bring your own amp. {addr}, park on the lawn 🎸")
P("{s1.full} made ALL-STATE on tuba!!! first one from HVHS in 9 years 🎺🏆")
P("marching band budget cut 30% and they want the same halftime show. sure. we'll march in silence. avant-garde", flags="R")
P("the way {a1.full} played 'Round Midnight at the Bop Shop last night... I'm giving up the trumpet", g="a1=m")
P("my wife {a1} says one more guitar, max. I bought a bass. technicality 🎸", g="a1=f")
P("unpopular opinion: Steely Dan is the greatest band of all time and Aja is their masterpiece. my bandmates disagree. they're wrong")
P("{s1}, my 1st chair clarinet, has been missing rehearsals because of her seizures and her mom asked me to keep an eye on her. be kind to her", "HEALTH", g="s1=f")
P("sub plans for pit rehearsal: run the overture twice, then they can play the Mario Kart medley. off to Nashville 🎸")
P("practice room wifi is HVCSD-Music / {wifi} for anybody in jazz combo using the tuner app. delete after lol", "SECURITY")
P("honestly teaching band is the greatest job on earth. a 6th grader finding their first B flat is worth every 7am rehearsal", flags="R")
P("gig got snowed out so I'm home watching Whiplash again. J.K. Simmons is every band director's intrusive thoughts")
P("one wedding gig pays more than a month of after-school rehearsal stipends. just noting it. ok bye", flags="R")
P("jazz band's Ellington tribute is Friday 7pm in the HVHS auditorium, {money} at the door. come hear the kids swing 🎷")
P("shoutout to the music boosters for the new sousaphones!! the old ones were older than me 🎺")
P("new bassist {a1.full}, {phone}, if anyone needs a sub for wedding gigs. he reads, he's on time, he owns a suit", g="a1=m")
P("{s1}, my best trumpet, gets a 1:1 aide next year through her IEP and can FINALLY do marching band 🎺😭", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.full} is in foster care now, new family out in Wappingers, and the foster mom asked if he can keep coming to Saturday rehearsals. YES. always yes", "FAMILY", g="s1=m")
P("the board kept the middle school jazz band after all!! whoever argued for it at that meeting, thank you. it was the right call 🎷", flags="R")
P("parents, please stop booking vacations over the spring concert. we rehearse for MONTHS. ok I'm off to my gig", flags="R")
P("views are not my own. they belong to Herbie Hancock. #jazz #headhunters")
P("half my trumpet section sounds like they have a cold today. they do. it's February")
P("{s1.full} sat in with my wedding band for one song (mom said yes) and DESTROYED the sax solo on Careless Whisper 🎷")
P("wish our admin came to one concert a year. just one. the kids notice who shows up", flags="R")
P("subs deserve hazard pay on band days. came back to {num} broken reeds and a note that just says 'sorry'", flags="R")
P("Mi opinión personal, no la del distrito: Los Tigres del Norte > todos. 🎺🇲🇽", flags="D")

# ---- the English teacher on Goodreads -----------------------------------------------------------
V("HS English teacher, 40s, Goodreads / Instagram", "eng")
P("Finished Project Hail Mary in one sitting. Rocky is the best fictional friend ever written. Andy Weir owes me sleep ⭐⭐⭐⭐⭐")
P("Goodreads challenge: 62/75. spring break is going to be a bloodbath. Brandon Sanderson, don't fail me now")
P("Colleen Hoover is not my thing and that's okay. Emily Henry though? sign me up")
P("rereading Gatsby because I teach it next week. Nick Carraway is an unreliable narrator AND a bad friend. fight me")
P("I will not be assigning a single book from the new approved list. It's 80% dead white guys. Our kids deserve better than that.", flags="R")
P("book club ({a1.full}, {a2.full} and two people from my old job) picked Fourth Wing. I am 44 years old and I belong to Xaden now")
P("Reading logs kill the joy of reading and I'll say it till I retire. Let them read comics. Let them read cereal boxes. #views_mine_alone", flags="R D")
P("DNF at page 140. sorry, Jonathan Franzen.")
P("my 11th grader {s1.lastinit} recommended Piranesi and I've now read it twice. kids have TASTE")
P("{s1} lent me her copy of Six of Crows with every annotation in pink gel pen and honestly it's the definitive edition", g="s1=f")
P("read 4 books over break, graded zero essays. no regrets. ok some regrets. back to it tomorrow 😭")
P("Beloved, fourth read. still finding new things. Toni Morrison, what a gift")
P("our middle school library is unstaffed two days a week and the kids know it. our librarian deserves a full-time position, not half of one", flags="R")
P("{s1.full} checked out Perks of Being a Wallflower and told me it's 'about her.' she's been seeing the counselor for depression since fall. glad she has the book", "HEALTH", g="s1=f")
P("every English teacher should get to pick one book a year. no list. no committee. trust us", flags="R")
P("the district reading challenge this year is genuinely great. kids in my room are reading more than ever. credit where it's due", flags="R")
P("my own classroom library got a new shelf! 200 books sorted by color because I'm chaotic 🌈")
P("Ces opinions n'engagent que moi : Les Misérables est le meilleur roman jamais écrit. Victor Hugo, merci 📖", flags="D")
P("if you liked The Hunger Games, try Scythe by Neal Shusterman. if you liked Scythe, you're my people")
P("pulling books from school libraries never works. kids read them anyway, just without a teacher to talk it through. rereading Maus tonight. (views my own)", flags="R D")

# ---- the art teacher on Letterboxd --------------------------------------------------------------
V("middle school art teacher, 30s, Letterboxd", "art")
P("Dune: Part Two ★★★★★ Denis Villeneuve could film sand for 3 hours and I'd watch. oh wait he did")
P("Barbie ★★★★ Ryan Gosling carried. my art kids have been drawing Kens all week")
P("rewatched Dead Poets Society. every teacher movie is standing on desks. real teaching is 40 emails and a stapler that doesn't work", flags="R")
P("2024 stats: 212 films, 38 of them over summer break. top director Wes Anderson. shocking no one")
P("art budget this year is $3 per kid. THREE DOLLARS. Spider-Verse spent more on one frame", flags="R")
P("The Holdovers ★★★★★ Paul Giamatti as a miserable boarding school teacher? too real. laughed, cried, graded")
P("watched The Shining with my husband {a1} and now I can't walk down C hall alone. thanks Kubrick", g="a1=m")
P("Studio Ghibli marathon with my niece {kid}: Totoro, Kiki, Ponyo. she says Ponyo is 'a fish who wants ham' and she's right", g="kid=f")
P("hot take: Godfather Part II > Part I. Pacino > Brando. my dad is furious")
P("{s1.full} in my 7th period made a stop-motion short that beats half of what I logged on Letterboxd this year 🎬")
P("Mr. Holland's Opus should be required viewing for every school board member before they touch the arts budget", flags="R")
P("Stand and Deliver ★★★★ Jaime Escalante deserved a lot more support from his own school, and so do the real ones", flags="R")
P("Past Lives ★★★★★ Greta Lee, Teo Yoo, and a bar in the East Village. I'm not ok")
P("half our art rooms still run on 1998 kilns. Bob Ross would have words. so would OSHA", flags="R")

# ---- the 2nd grade teacher who travels ---------------------------------------------------------
V("2nd grade teacher who travels, 20s, TikTok / Instagram", "trav")
P("sub plans done ✅ bags packed ✅ off to Nashville 🤠 my 2nd graders think I'm going to 'the country music planet'")
P("Iceland recap: 6 days, 2 volcanoes, 1 very cold teacher. my class is getting a full slideshow Monday 🌋")
P("spring break in Puerto Rico and a kid from my class was at my GATE. {s1} waved at me the entire boarding process 😂 small world")
P("traveling on a teacher salary means hostels at 34. someone tell Albany teachers deserve a raise. ok back to the Alps 🏔️", flags="R")
P("my class's Flat Stanley came to Mexico City!! Flat Stanley at the pyramids, Flat Stanley eating al pastor 🌮")
P("packing tip from a teacher: packing cubes are just classroom bins for your suitcase. label everything")
P("{s1} asked me to bring back a koala from Australia. working on it 🐨")
P("Disney with my son {kid} and my husband {a1}. 26,000 steps a day. Space Mountain broke down twice. best week ever", g="kid=m a1=m")
P("$400 flight to Lisbon booked!!! {a1.full} from my teacher bestie group chat is coming too ✈️🇵🇹", g="a1=f")
P("summer break day 12: on a ferry in Greece. have not thought about data walls once 🇬🇷")
P("took one personal day for my sister's wedding and wrote 3 days of sub plans for it. the math isn't mathing", flags="R")
P("teachers shouldn't have to pay peak prices because we can only travel in July. give us a week in October. ok bye I'm in Rome 🇮🇹", flags="R")
P("Anthony Bourdain said travel changes you. he didn't mention the jet lag on the first day of school")
P("so glad the district finally lets us use personal days next to breaks. that one change is the only reason I'm in Japan right now 🇯🇵🙏", flags="R")

# ---- more off-duty voices ----------------------------------------------------------------------
V("HS custodian who gardens, 50s, Facebook", "cust")
P("first tomato of the season 🍅 Cherokee Purple, 1.2 lbs. my wife {a1} wants it in a sandwich, I want it framed", g="a1=f")
P("garlic's in the ground before the first frost. see you in July, babies 🧄")
P("the new floor cleaner the district switched to smells like a pool and works half as well. whoever picked it never mopped a cafeteria", flags="R")
P("built raised beds from the old bleacher boards they tossed. the district's trash is my zucchini's treasure")
P("honestly the best part of this job is the night shift quiet. nobody bothers you and you can listen to the Yankees the whole time", flags="R")

V("cafeteria manager who cooks, 40s, Instagram", "cafe")
P("Sunday sauce 🍝 my nonna's recipe: San Marzanos, a parm rind, 6 hours. no sugar. we don't do that here")
P("Carbonara has no cream. This is a personal account and these views are mine alone 🍝", flags="D")
P("we feed 1,100 kids a day on $2.41 a tray and people wonder why it's chicken nuggets. come run my kitchen for a week", flags="R")
P("made 300 empanadas for my cousin's quinceañera. hands are cramped. heart is full 💛")
P("universal free lunch is the best thing New York has done for kids in my lifetime. 22 years in school kitchens, fight me", flags="R")

V("HS social studies teacher, history buff, 50s, Facebook", "hist")
P("Gettysburg for the 6th time. stood on Little Round Top where Joshua Chamberlain held the line. goosebumps every time")
P("Hamilton tickets for the anniversary!!! Lin-Manuel better be there. he won't be. still going")
P("teaching history without field trips is reading about Gettysburg instead of standing on it. bring the trips back. #MyViewsOnly", flags="R D")
P("op-ed energy incoming: the Knicks need a real backup center. views mine, not my employer's", flags="D")

V("middle school science teacher, birder, 30s, Instagram", "bird")
P("LIFER: cerulean warbler at Bashakill this morning 🐦 I screamed. a man named {a1.full} nodded at me like a veteran", g="a1=m")
P("{s1.low} sent me a blurry photo of a 'bald eagle' that is definitely a turkey vulture. we're working on it 🦅")
P("David Sibley's field guide is the only book I've ever worn out. two copies. three now")
P("science without outdoor time is just worksheets about outside. we need an outdoor classroom and I'll say it at every meeting", flags="R")
P("took the bird club kids to the marsh and {s1.full} spotted the bittern before I did. 6th grader. eagle eyes 🦅")

V("HS guidance secretary who knits, 60s, Facebook", "knit")
P("sweater #11 done 🧶 the pattern's by Andrea Mowry and I messed up the yoke twice. wearing it anyway")
P("knitting at the HVHS boys basketball game. Falcons won {score}. I finished a sock. everyone wins")
P("honestly the counseling office couldn't function without its secretary and they know it. a raise would be nice though 🧶", flags="R")
P("yarn store haul, don't tell my husband {a1}. (he reads these. hi {a1}.)", g="a1=m")
P("the counselors are doing 3 people's jobs since the cuts. I knit them all hats. a hat is not a staffing plan 🧶", flags="R")

# ---- official accounts -------------------------------------------------------------------------
V("HVCSD staff wellness account (official)", "pe")
P("Staff Step Challenge is ON! 🏃‍♀️ Teams of 5, Oct 1-31. Sign up with your building rep. Winners get a duty-free week 😉", flags="O")
P("Congratulations to Ms. {t1} (HVHS PE) for finishing her 10th marathon in Philadelphia! 🏅 #HVCSDWellness", flags="O")
P("Staff yoga moves to the Maple Ridge library on Thursdays at 3:30. Bring a mat and leave your grading in the car 🧘", flags="O")
P("Reminder: the HVHS staff fitness room is open 6-7:30am. Waivers at the main office, {pubphone.hs}.", flags="O")
P("Wellness Wednesday: 3 stretches you can do during hall duty 🙆 video by Coach {t1}", flags="O")
P("The staff running club raised $2,150 for the Falcon Food Pantry at the Turkey Trot! Thank you to everyone who ran, walked or cheered 🦃", flags="O")
P("Staff recipe swap! Send your favorite to info@hvcsd.org with 'recipe' in the subject and we'll share a cookbook in June 🍲", flags="O")
P("Turkey Trot results are in! Top student finisher: {s1.full} (7th grade, Maple Ridge) in 21:14 🦃👏", flags="O")
P("Join the staff Strava club! The challenge dashboard is at {host.gym} when you're on the district network.", "SECURITY", flags="O")

V("HVHS Falcons athletics account (official)", "pe")
P("Falcons alum {a1.full} ('09) just qualified for the Olympic Marathon Trials!!! 🏃‍♂️🦅 Proud doesn't cover it", flags="O", g="a1=m")
P("FINAL: Falcons {score} Beacon. Great crowd, great night. Go Falcons! 🦅", flags="O")
P("Big congrats to {s1.full}, Section 9 cross country champion! 🏆 #FalconsFamily", flags="O")
P("Teachers vs Seniors basketball Friday 7pm! $5 at the door, proceeds to Project Graduation. Mr. {t1} says he's 'never lost.' We'll see 🏀", flags="O")
P("Please keep #{jersey} {s1.full} and her family in your thoughts as she recovers from the concussion she suffered Friday night 💙", "HEALTH", flags="O", g="s1=f")
P("Fan reminder: no outside food, clear bags only, and please respect the officials. See you at Dietz Stadium 🦅", flags="O")

V("HVHS music department account (official)", "band")
P("Winter Concert Thursday 7pm, HVHS auditorium, 100 School Rd. Free admission, donations to the music boosters welcome 🎶", flags="O")
P("Congratulations to Mr. {t1}, whose jazz quintet just released their first album on Bandcamp! 🎷 link in bio", flags="O")
P("Congrats to our All-County musicians {s1.full}, {s2.full} and {s3.full}! 🎺🎻🥁", flags="O")
P("Lost: black trumpet case, left in the gym after the pep rally. Please call the main office at {pubphone.hs}.", flags="O")
P("The Marching Falcons took 2nd at the Pride of the Hudson competition! 🥈 Thank you to every parent who drove, fed and cheered", flags="O")

V("Roosevelt Elementary official account", "sec")
P("Meet our staff! Mrs. {t1} in the main office bakes a mean sourdough and has run our front desk for 19 years 🍞💛", flags="O")
P("Bake sale TOMORROW 8am in the lobby! All proceeds go to the 5th grade trip. Cash only please 🧁", flags="O")
P("Happy retirement to bus driver {a1.full}, 31 years behind the wheel of Route {bus}. He's trading the bus for a bass boat 🎣", flags="O", g="a1=m")
P("Reminder: photos of students from school events may only be posted by families who signed the media release. Thank you!", flags="O")
P("Reading challenge winners: {s1.full} and {s2.full} read 100 books each this year!! 📚🏆", flags="O")
P("Congrats to 4th grader {s1.full}, whose sourdough won a blue ribbon in the Dutchess County Fair youth division! 🍞🎀", flags="O")
P("Our office is closed for the holiday. To report an absence, call the attendance line at {attline}.", flags="O")

V("HVCSD Transportation official account", "bus")
P("Welcome back, drivers! Route sheets are in your mailboxes and tablets update over the weekend 🚌", flags="O")
P("Congrats to driver {a1.full}, who landed a 42-inch striped bass in the Hudson derby this weekend! 🎣 We're all jealous", flags="O", g="a1=f")
P("Families: buses may run 10-15 minutes late the first week. Questions: {pubphone.dist}", flags="O")
P("Drivers: the bus lot gate code for the summer is {code}. Please don't share it outside the department.", "SECURITY", flags="O")

V("HVCSD district account", "prin")
P("Our administrators' car show raised $4,800 for the Falcon Food Pantry! 🚗 Thank you to Principal {t1} and his 1967 Mustang", flags="O")
P("Summer hours: the district office is open Mon-Thu 7:30-4. Call {pubphone.dist} or email info@hvcsd.org.", flags="O")
P("HVCSD welcomes 42 new teachers this fall! New staff orientation is Aug 26 at HVHS.", flags="O")
P("A reminder to staff: personal social media accounts should make clear that views expressed are your own. Policy 6410 is on our website.", flags="O")
P("Board of Education meeting Tuesday at 7pm in the HVHS library. Agenda posted at hvcsd.org.", flags="O")
P("Congratulations to Principal {t1} of Hillside, whose 1957 Bel Air took Best in Show at Rhinebeck! 🏆", flags="O")
P("Staff spotlight: bus driver {a1.full} has fished every Hudson River derby since 1989 🎣 #HVCSDPeople", flags="O", g="a1=m")
P("Maple Ridge staff vs students chess tournament Friday in the library, 3pm. Mr. {t1} is the reigning champ ♟️", flags="O")
P("The HVHS jazz band opens the Saugerties Jazz Festival this summer! 🎷 Details at hvcsd.org/music", flags="O")

V("HVCSD health services official account", "nurse")
P("Nurse {t1} and her foster pup Biscuit visited every 2nd grade class today for Dog Safety Week 🐶", flags="O")
P("Flu season is here. Wash hands, cover coughs, and keep kids home with a fever 🤒", flags="O")
P("Families: medication forms for next year are due Aug 15. Forms are at hvcsd.org/health.", flags="O")
P("Pet adoption day at Hillside this Saturday with Hudson Valley Animal Rescue, 10am-1pm 🐶 Bring the whole family!", flags="O")
P("Get-well wishes to Nurse {t1}, recovering from back surgery this month. Hillside misses you! 💙", "PERSONNEL HEALTH", flags="O")

# ---- unknown kind (reposts, screenshots, hobby forums with no account context) -------------------
V("unknown account", "teach")
P("r/running: ran my first marathon at 41. I'm a school secretary and trained at 5am for 18 weeks. the kids made me a banner 😭", flags="N")
P("anyone selling a 1969 Camaro project? local to Hudson Valley, cash", flags="N")
P("best bakery in Beacon. go.", flags="N")
P("The Jets have broken me. I'm becoming a Giants fan. no I'm not. yes I am.", flags="N")
P("teachers get summers off and they STILL complain. try working retail", flags="N")
P("saw a teacher from HVHS at the Rhinebeck show with a '57 Bel Air. that thing is CLEAN 🔥", flags="N")
P("{s1.full} from Maple Ridge won the kids' fishing derby at Tivoli Bays with a 4 lb bass 🎣", flags="N")
P("LOST DOG!! brown lab, answers to Ziggy, last seen near Hillside Elementary. please call {phone}", flags="N")
P("whoever runs the Falcons staff running club Strava, your route map starts at your house, {addr}. maybe fix your privacy zone", flags="N")
P("HVCSD should give teachers the 4-day summer week the office gets. just saying", flags="N")
P("Goodreads: ★★ the teacher in this book would be fired in a week. realism matters", flags="N")
P("the band teacher at Maple Ridge plays the Falcon every other Friday and he's SO good. go see him", flags="N")
P("Letterboxd: Whiplash ★★★★★ every music teacher I ever had, in one man", flags="N")
P("{a1.full}, the Maple Ridge gym teacher, hasn't been in school for 3 weeks. heard she got suspended?? anyone know", "PERSONNEL", flags="N", g="a1=f")
P("saw {s1.full} at the ER Saturday with a cast up to the shoulder. isn't he the Falcons QB? season's over 😬", "HEALTH", flags="N")
P("does anyone have the recipe for the Roosevelt cafeteria rolls? went there in the 90s and I still dream about them", flags="N")
P("r/boardgames: teacher here, my students are obsessed with Exploding Kittens. what should they try next?", flags="N")
P("anime club at the Poughkeepsie library Thursdays 4pm, ages 12-18, free!", flags="N")
P("school bus drivers deserve a raise. they carry our kids. pay them.", flags="N")
P("staff wifi at the HVHS fitness center is {wifi}, found it on a sticky note by the treadmills lol", "SECURITY", flags="N")
P("that 5k on the Walkway was brutal. {temp} degrees. who plans a race in July", flags="N")
P("who's the principal with the red Mustang at Car Day? my son won't stop talking about it", flags="N")
P("Reminder: Hudson Valley Marathon road closures Sunday 7am-1pm on Route 9 and Main St.", flags="N")
P("our neighbor drives a school bus and fishes every morning before her route. 70 years old. goals 🎣", flags="N")
P("Ms. {t1}'s banana bread at the bake sale >>> any bakery in town. I don't make the rules", flags="N")
P("homemade pierogi from my Babcia's recipe, 200 of them, hands destroyed 🥟", flags="N")
P("foster dogs available this weekend at Tractor Supply Kingston 🐶 volunteers needed!", flags="N")
P("{s1.low} and {s2.low} from HVHS got caught drag racing on 9W Friday, cops came. lucky nobody died", "DISCIPLINE", flags="N")
P("nobody:\nteachers in July: 'I'm going to read 30 books and learn pottery' 😂", flags="N")
P("Mets fans, how are we doing. (we're not.)", flags="N")
P("is the jazz night at the Bop Shop every Friday? the sax player was unreal", flags="N")
P("schools cut band and then wonder why the kids are on their phones. bring back music.", flags="N")
P("Opinions are my own. Unless you agree with me, then they're also yours 😎", flags="N D")
P("the secretary at Roosevelt bakes for the whole building every Friday. protect her at all costs", flags="N")
P("r/fishing: bus driver here, what's the best cheap kayak for the Hudson? under $600 ideally", flags="N")
P("the Hillside principal's Bel Air is the nicest car in the county, I said what I said", flags="N")
P("teachers who run marathons are built different. ours ran Boston and still handed back our tests on time", flags="N")
P("anyone know the school nurse who fosters dogs? I NEED to adopt Pickles", flags="N")
P("Letterboxd: Dead Poets Society ★★★★★ O Captain my Captain 😭", flags="N")
P("{s1.full} (HVHS senior) signed to run D1 cross country at Marist!! 🏃‍♂️💚", flags="N")
P("Maple Ridge teachers deserve better than this contract. pack the board meeting Tuesday.", flags="N")


if __name__ == "__main__":
    main()
