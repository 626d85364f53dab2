"""Generate corpora/src/sideline.jsonl: district staff who are also parents in the district, posting
as parents, from the sideline, the bleachers, the recital lobby and the PTA table.

Voices: a Hillside teacher whose kids attend Roosevelt Elementary, a bus driver at her son's
travel-ball game, a Roosevelt secretary who is on the PTA board, an HVHS coach whose daughter plays
for the rival Catholic school (Our Lady of Lourdes, so not on the district roster), a para at her
daughter's dance recital, a few other staff-parents; on Facebook, Instagram, X and parent group
chats reposted as screenshots; plus official school / team / transportation accounts and posts of
unknown kind (group-chat screenshots, shares).

Content: the poster's own children, other people's children at games and recitals, the poster's
spouse and friends (adults), PTA logistics, fundraisers, carpools, birthday parties, sports scores,
jersey numbers. The posters are staff, so their views as parents about the district, the schools,
teachers, bus routes, homework, the lunch menu or start times take a position on the district
(R); views about travel ball, another town's refs, the weather, TV, food or their own family do not.

Names, as labelled in this slice:
  - the poster's child, or a teammate / classmate / dancer who lives in town and attends an HVCSD
    school: {s1}..., STUDENT_NAME with a roster row;
  - a school-age child not on this district's roster (the coach's daughter at Lourdes, a kid on
    another town's travel team, a cousin in Jersey): {kid}, STUDENT_NAME without a roster row;
  - spouses, friends, teammates' parents, the dance teacher, the tournament director, the PTA
    president: {a1}... unmarked; staff by title {t1}; athletes, authors, characters, musicians,
    streets and schools named for people unmarked.
  Sensitive details of a child (allergy with an EpiPen, an IEP, an injury, a suspension), including
  the poster's own child, carry the category; the poster's own or a spouse's news carries none. A
  teammate's parent's cell is a PHONE_NUMBER; the PTA's payment-account password is a CREDENTIAL
  (no SECURITY category: the PTA's Venmo / Square / bank is not a district system); a building's
  door or alarm code is SECURITY.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is genlib.py's;
every skeleton below is new and written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low}
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {jersey} {year} {date} {pubphone} {pubphone.dist}
      {pubphone.hs} {attline} {pubmail} {money} {big} {small} {num} {score} {bscore} {rec} {age}
      {field} {day} {hrs} {kids} {cls} {car} {bus2}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "sideline.jsonl"
SEED = 20261217

LOCALES = ["en_US", "es_MX", "it_IT", "pl_PL", "pt_BR", "vi_VN", "en_NG", "fr_FR", "de_DE", "es_CO",
           "en_IN", "fil_PH", "en_IE", "zh_CN", "tr_TR", "es_ES", "nl_NL", "en_GB"]
# Romanized names for locales whose Faker names are not in Latin script (male firsts, female
# firsts, surnames), as a coach or a PTA mom would type them.
ROMAN = {
    "ar": (["Adam", "Yousef", "Ibrahim", "Malik", "Anas", "Zaid", "Hassan", "Nabil", "Fares", "Sami"],
           ["Sara", "Lina", "Jana", "Hana", "Malak", "Reem", "Zainab", "Nadia", "Dana", "Jude"],
           ["Haddad", "Awad", "Suleiman", "Kassab", "Nassar", "Jaber", "Barakat", "Hijazi", "Shami", "Odeh"]),
    "ko": (["Seo-jun", "Ha-jun", "Do-yun", "Eun-woo", "Si-woo", "Ji-hoon"],
           ["Ji-an", "Seo-ah", "Ha-yoon", "Da-eun", "Chae-won", "So-yul"],
           ["Kim", "Lee", "Park", "Jeon", "Kwon", "Oh", "Seo", "Hwang"]),
    "hi": (["Aditya", "Reyansh", "Vivaan", "Krish", "Atharv", "Aryan", "Shaurya"],
           ["Aadhya", "Myra", "Anika", "Navya", "Tara", "Pari", "Ira"],
           ["Agarwal", "Kulkarni", "Pillai", "Desai", "Mehta", "Rao", "Banerjee", "Singh"]),
    "uk": (["Danylo", "Matviy", "Artem", "Nazar", "Roman", "Ivan"],
           ["Mariia", "Anna", "Veronika", "Yeva", "Kateryna", "Uliana"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Romanyuk", "Kozak", "Levchenko", "Shevchuk"]),
    "ru": (["Matvey", "Gleb", "Yegor", "Savva"],
           ["Sofia", "Darya", "Eva", "Arina"],
           ["Morozov", "Novikov", "Fedorov", "Zaitsev"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "it_IT": 5, "pl_PL": 4, "pt_BR": 3, "vi_VN": 3, "en_NG": 4,
                "fr_FR": 2, "de_DE": 2, "es_CO": 3, "en_IN": 3, "fil_PH": 3, "en_IE": 4, "zh_CN": 3,
                "tr_TR": 2, "es_ES": 3, "nl_NL": 1, "en_GB": 2,
                "ar": 3, "ko": 2, "hi": 2, "uk": 2, "ru": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "en_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Samuel", "Sammy", "m"), ("Isabella", "Izzy", "f"), ("Mateo", "Teo", "m"),
         ("Josephine", "Josie", "f"), ("Nicholas", "Nico", "m"), ("Penelope", "Penny", "f"),
         ("Oluwatobi", "Tobi", "m"), ("Magdalena", "Magda", "f"), ("Jacob", "Jake", "m"),
         ("Genevieve", "Evie", "f"), ("Alessandro", "Sandro", "m"), ("Anh Thu", "Annie", "f"),
         ("Michael", "Mikey", "m"), ("Alexandra", "Lexi", "f"), ("Rafael", "Rafa", "m"),
         ("Caroline", "Carly", "f"), ("Zachary", "Zach", "m"), ("Guadalupe", "Lupita", "f"),
         ("William", "Billy", "m"), ("Abigail", "Abby", "f"), ("Eduardo", "Lalo", "m"),
         ("Victoria", "Tori", "f"), ("Joseph", "Joey", "m"), ("Madeline", "Maddie", "f")]

STREET_BASES = ["Spackenkill", "Overocker", "Beechwood", "Quaker Hill", "Fox Hollow", "Wildflower",
                "Sunset Ridge", "Tanglewood", "Pleasant Valley", "Creekside", "Mill Pond", "Vanderburgh",
                "Stone Fence", "Briar Patch", "Partridge", "Heritage", "Falls View", "Applewood"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Terrace", "Road", "Lane", "Blvd", "rd", "ln"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views are not my own, they're my kids'", "opinions welcome") sit among the plain ones.
BIOS = [
    ("teach", "3rd grade @ Hillside | Roosevelt mom x2 | posts are mine, not HVCSD's 🍎", True),
    ("teach", "teacher by day, snack bar mom by night | personal account, views my own", True),
    ("teach", "maestra y mamá 🌻 | mis opiniones son mías, no del distrito", True),
    ("teach", "mom of 2 Roosevelt Falcons | 3rd grade teacher | coffee & carpools", False),
    ("teach", "teacher 🍎 wife 💍 soccer mom ⚽ | opinions welcome in the comments", False),
    ("teach", "Hillside 3rd grade | my own kids think I'm boring", False),
    ("bus", "🚌 HVCSD driver | baseball mom ⚾ | my views, not my employer's", True),
    ("bus", "school bus driver & travel ball mom | speaking for myself only, not the district", True),
    ("bus", "bus driver 🚌 | ⚾ mom of #7 | Valley Thunder 12U", False),
    ("bus", "drive the big yellow bus | views are not my own, they belong to my 11yo 😂", False),
    ("bus", "⚾🚌☕ | ride or die for my boys", False),
    ("sec", "Roosevelt front office ☎️ | PTA VP | personal page, not an official school account", True),
    ("sec", "school secretary + PTA mom | what I post is my opinion, not Roosevelt's or HVCSD's", True),
    ("sec", "Roosevelt PTA 💛 | bake sale queen | 3 kids 1 husband 0 free time", False),
    ("sec", "front desk @ Roosevelt | I know every kid's name and their lunch order", False),
    ("sec", "PTA secretary | minutes taker | official cookie tester 🍪", False),
    ("coach", "HVHS Girls Hoops 🏀 | Lourdes dad 💚 (it's complicated) | tweets are my own", True),
    ("coach", "coach, dad, husband | opinions mine, not the Falcons' or the district's", True),
    ("coach", "Falcons basketball 🦅 | girl dad | house divided", False),
    ("coach", "coach | PE teacher | my daughter's #1 fan, even when she's beating us", False),
    ("para", "para @ Hillside 💙 | dance mom 🩰 | my thoughts, not the district's", True),
    ("para", "1:1 para | personal account | views expressed are only my own", True),
    ("para", "dance mom 🩰 | paraprofessional | bobby pin collector", False),
    ("para", "special ed para 💙 | mom of a dancer | glitter is a lifestyle", False),
    ("para", "hillside para | recital season survivor | not a morning person", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Roosevelt Elementary School | official account | 25 Academy St",
    "bus": "HVCSD Transportation Department (official)",
    "sec": "Official page of Roosevelt Elementary, Hudson Valley CSD",
    "coach": "Official: HVHS Falcons Athletics 🦅",
    "para": "HVCSD Fine & Performing Arts (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "845", "914", "518", "201", "973", "646"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "({a}){e}-{s}", "+1 {a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "optonline.net", "aol.com",
                     "outlook.com", "me.com"]
    HOSTS = ["roos-door01.hvcsd.local", "roos-nvr.hvcsd.lan", "hill-badge.hvcsd.internal",
             "hvhs-gym-ctl.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|my son|my boy|mijo|buddy)\b",
                r"\b(she|her|hers|she's|shes|herself|my daughter|my girl|mija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2012, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as parents type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"the{l}family", f"{f}mom{r.randint(1, 9)}",
                f"{l}.{f[0]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"RoosPTA{r.randint(10, 99)}{r.choice('!$#')}",
                         f"{r.choice(['Bake', 'Popcorn', 'Boxtops', 'Funrun', 'Bingo'])}{r.randint(100, 999)}{r.choice(['!', '', '*'])}",
                         f"{r.choice(['falcon', 'roadrunner', 'sunflower'])}{r.choice(['Mom', 'Pta', 'Cash'])}{r.randint(1, 99)}",
                         f"Hudson{r.randint(2020, 2026)}{r.choice('!?#')}",
                         f"{r.choice(['Glitter', 'Tutu', 'Dugout'])}#{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 12)}", f"{f}_{l}", f"{f}{r.choice(['.dance', '_ball', '.hoops', '_art'])}",
                         f"its.{f}", f"{f}{l[:3]}{r.randint(10, 20)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "phone2": lambda: mk(self.phone(), "PHONE_NUMBER"),
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 44, 120, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"{r.randint(3, 30)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "bus2": lambda: str(r.randint(59, 70)),
            "time": lambda: r.choice(["6:45", "7:10", "7:30", "8:15", "9:00", "9:30", "10:40", "11:15", "12:30",
                                      "1:00", "2:45", "3:15", "3:50", "4:30", "5:45", "6:30"]),
            "jersey": lambda: str(r.randint(0, 99)),
            "year": lambda: str(r.randint(2026, 2030)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(5, 95)}",
            "big": lambda: f"${r.randint(1, 9)},{r.randint(0, 999):03d}",
            "num": lambda: str(r.randint(3, 27)),
            "score": lambda: r.choice([f"{r.randint(5, 14)}-{r.randint(0, 6)}", f"{r.randint(2, 5)}-{r.randint(0, 2)}"]),
            "bscore": lambda: f"{r.randint(44, 78)}-{r.randint(30, 60)}",
            "age": lambda: str(r.randint(6, 12)),
            "field": lambda: str(r.randint(1, 9)),
            "day": lambda: r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
            "small": lambda: f"${r.randint(4, 12)}",
            "hrs": lambda: str(r.randint(3, 5)),
            "kids": lambda: str(r.randint(44, 72)),
            "car": lambda: r.choice(["Tahoe", "Suburban", "Odyssey", "Highlander", "F-150", "Pilot"]),
            "rec": lambda: r.choice(["15-5", "16-4", "14-6", "17-3"]),
            "cls": lambda: str(r.randint(25, 29)),
        }


SK = genlib.Skeletons("staff parent", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.2 else 2 if x < 0.6 else 1
    if "R" in sk["flags"]:
        return 3 if x < 0.3 else 2
    if {"N", "O"} & sk["flags"]:
        return 2 if x < 0.3 else 1
    return 2 if x < 0.05 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # parents' accounts: many without a bio, a minority with a disclaimer in it
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng), (0.4, 0.13))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.05, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# child or one identifiable from context ("the only girl on the 12U team"), never for "allergies
# in the class". R only for personal posts whose text takes a position about the district / a
# school / education / colleagues / the job: as a parent about Roosevelt's homework, the bus route,
# the lunch menu, start times IS R; about travel ball, another town's refs, TV, weather, food is not.
# ---------------------------------------------------------------------------------------------

# ---- the Hillside teacher whose two kids go to Roosevelt, Facebook --------------------------------
V("3rd grade teacher at Hillside, mom of two at Roosevelt, Facebook", "teach")
# pair: pickup line
P("Roosevelt pickup line wrapped all the way down Academy St today 🚗🚗🚗 bring snacks and a podcast")
P("Roosevelt pickup is one lane, 400 cars and no crossing guard after 3:10. somebody from the district should sit in it ONE time before the next budget vote", flags="R")
P("{s1} lost tooth #4 in the Roosevelt cafeteria and the lunch aide wrapped it in a napkin like a tiny present 🦷 my heart", g="s1=f")
P("my son {s1} asked why I 'only work at Hillside' when his teacher 'works at a real school.' buddy. same district. same paycheck. 🙃", g="s1=m")
# pair: homework
P("{s1}'s homework tonight: count the windows in our house. he counted 31. we have 14. he counted the microwave door. full credit from me", g="s1=m")
P("Homework in 1st grade is pointless and I say that as a teacher AND a mom. let them play outside til the streetlights come on", flags="R")
P("picked up the Roosevelt homework folder. 3 worksheets, a reading log, and a 'family diorama' due {day}. for a 6 year old. cool cool cool", flags="R")
# pair: reading logs
P("{s1}'s reading log says 20 minutes a night. tonight's 20 minutes was Dog Man, upside down, on the couch, with the dog. counts.", g="s1=f")
P("reading logs are how you make a 7 year old hate books. I don't assign them in my room and I sign {s1.low}'s without checking. fight me", flags="R")
# pair: lunch menu
P("lunch menu at Roosevelt this week: chicken dippers Mon, tacos Tue, pizza Wed. {s1} has already planned his entire emotional week around Wednesday 🍕", g="s1=m")
P("The Roosevelt lunch menu is 80% beige. {day}: dippers, tots, a roll. My kids deserve a vegetable that isn't a ketchup packet.", flags="R")
# pair: start times
P("Roosevelt starts at 9:05 and I start at Hillside at 7:55, so my kids do before-care at 7:15 like tiny commuters with juice boxes ☕🧃")
P("Elementary should start BEFORE the high school. Teenagers need sleep, 7 year olds are up at 5:45 anyway. Our bell schedule is backwards.", flags="R")
# pair: the Friday email
P("{s1}'s teacher Mrs. {t1} sends a Friday photo email and it's the best 3 minutes of my week 📸 thank you thank you")
P("Every teacher should copy what Mrs. {t1} does, a 5-photo Friday email. Parents would complain half as much. Take notes, HVCSD 📸", flags="R")
# pair: conferences
P("10 minute conferences are not enough. I say this from both sides of the little table. Give families 20.", flags="R")
# pair: allergy
P("Valentine's party at Roosevelt is nut-free this year, allergies in the class. sunflower butter heart cookies it is 🍪")
P("{s1.full} in my daughter's class has a peanut allergy, EpiPen in the nurse's office, so we're doing sunflower butter hearts for the party 🍪", "HEALTH")
P("field trip form found at the bottom of {s1}'s backpack, under a banana, 1 day before it was due. signed. laminated emotionally.", g="s1=m")
P("Field trip fee is {money} and the form says 'cash only, exact change.' In this economy. In this decade. Venmo exists, Roosevelt.", flags="R")
P("Kindergarten teachers deserve double pay. I've taught 3rd grade for 9 years and one morning volunteering in {s1}'s K room took me OUT.", flags="R")
P("{s1} got Student of the Month at Roosevelt!!! for 'helping friends' 🥹 mama is not ok", g="s1=f")
# pair: snow day
P("Calling a snow day at 5:12am when the roads were fine by 7. again. Working parents, including the ones who work for you, would love a call the night before.", flags="R")
P("19 degrees at the bus stop and {s1} refuses to wear a hat. this is not the district's fault, this is my own personal war 🥶", g="s1=m")
P("IEP meeting for {s1} Thursday. I've sat on the teacher side of that table 100 times. parent side is a whole different chair", "SPECIAL_EDUCATION", g="s1=m")
P("{s1} starts speech twice a week on Monday and she's so excited she told the mailman 🗣️💛", "SPECIAL_EDUCATION", g="s1=f")
P("IEP season at work + my own kid's annual review the same week. send coffee. send the good pens ☕")
P("The IEP process is built for parents who have a free {day} at 1pm and know the lingo. I know the lingo and I still needed a sub. Fix the scheduling.", flags="R")
P("shoutout to Mr. {t1}, the Roosevelt music teacher, who learned the ukulele chords to Bluey for the spring concert. legend 🎶")
P("the spring concert is 45 minutes of recorders and I have never been happier. {s1} was in the back row doing her own choreography")
P("Music and art should never be on the chopping block. Ever. The spring concert is why half these kids like school.", flags="R")
P("my husband {a1} volunteered for Roosevelt field day and came home sunburned, hoarse and with a tug-of-war blister. 10/10 would send again", g="a1=m")
P("{s1.full} from {s2}'s class came over for a playdate and they built a fort out of every couch cushion I own. 4 hours of silence. heaven")
P("Book fair at Roosevelt this week! {s1} came home with a $14 Mo Willems book and a pen shaped like a taco. priorities 📚🌮")
P("Book fair prices are out of control. {small} erasers. Schools shouldn't be a sales floor for 6 year olds.", flags="R")
P("Hillside teachers are the best in this district and I'm not just saying that because I'm one. ok I'm a little biased. but I'm right.", flags="R")
P("Teachers: stop buying your own classroom supplies. The district will keep letting you until we all stop. (speaking for myself, not the district)", flags="R D")
P("{s1.full} from our street gets on the Roosevelt bus with my kids every morning and has a different dinosaur fact every day. today: T. rex had feathers. maybe.")
P("{s1}'s class did a Harriet Tubman project and she made a lantern out of a mason jar. I helped. by 'helped' I mean I got glue in my hair 🏮", g="s1=f")
P("Roosevelt Elementary is named after FDR, my 2nd grader informed me. I thought Teddy. I've lived here 12 years.")
P("if you see a woman crying in the Roosevelt parking lot it's just me, first day of kindergarten for my youngest. carry on 🥲")
P("If your kid's teacher answers your 9pm email at 9:05, that's not dedication, that's a broken system. Let teachers log off.", flags="R")
P("{s1} has a 46 in math this quarter and the teacher called me, not the other way around. we're doing flashcards at dinner now, pray for us", "ACADEMIC", g="s1=m")
P("{s1}'s report card came home. all 3s and one 4 in 'kindness to peers.' that's the one I'm framing", g="s1=f")
P("Standards-based report cards for 2nd graders are unreadable. I'm a teacher and I had to google 'approaching proficiency.'", flags="R")
P("Roosevelt is the best elementary in the county. I've worked in three districts and picked this one for my own kids on purpose.", flags="R")

# ---- the bus driver at her son's travel-ball games, Facebook and X ------------------------------
V("school bus driver, travel-ball mom, Facebook", "bus")
P("travel ball doubleheader in Kingston, 2 dubs 🔥 {s1} went 3 for 4 and I screamed so loud the ump turned around", g="s1=m")
# pair: umps and refs (not school)
P("that ump behind the plate in Saugerties was BLIND. strike 3 was in the dirt. travel ball umps should have to pass an eye exam")
P("drove bus {bus} at 6:40, drove the minivan to Poughkeepsie at 3:30, drove to the ballfield at 5. professional driver in every sense 🚌🚐⚾")
# pair: split shifts
P("My split shift is 6:15-9 and 2-4:45. The hours in between I'm at the Stop & Shop or asleep in my car. That's the job.")
P("Split shifts with a {hrs} hour unpaid gap and they wonder why there's a driver shortage. Pay for the day or lose the drivers.", flags="R")
# pair: route changes
P("Bus {bus} route change starts Monday, first stop moves to Hackensack & Pine at {time}. tell your neighbors 🚌")
P("Bus {bus} route changed again with 2 days notice. parents got a robocall, the driver got a sticky note. communication 10/10 👏", flags="R")
P("{a1}, {s1}'s mom, has the snack schedule. text her at {phone} if you can't do your Saturday 🍊", g="a1=f")
P("Team parents: {s1.full}'s dad is driving the Cooperstown carpool, leaves 5am from the Stewart's on Route 9. his cell is {phone}, CALL don't text, he's old school")
P("Cooperstown week!!! {s1} is #{jersey} on the Valley Thunder 12U, I'll be posting every pitch, mute me now ⚾", g="s1=m")
P("shoutout to {s1.full} on our squad, walk-off double in the 7th 🙌 that kid has ice in his veins", g="s1=m")
P("kid pitching for Newburgh was throwing 70 at 12 years old. whatever they're feeding {kid} down there I want some for my son")
P("Travel ball is a racket. $2,800 a season, 3 tournaments in Jersey, and my kid played 2 innings in right. never again (see you in March)")
P("the little catcher from the Wappingers team, {kid}, took a foul tip off the mask and got a bloody nose. mom says he's fine and mad he came out 🙏", "HEALTH", g="kid=m")
P("{s1}'s teammate {s2} broke his wrist sliding into 2nd. surgery Tuesday. the team is signing a ball for him ⚾💙", "HEALTH", g="s1=m s2=m")
P("carpool for Thursday practice: I've got {s1}, {s2} and {s3}, pickup at the Roosevelt lot {time}. cleats OFF before they get in my car I am begging")
P("The district should let the town travel teams use the HVHS turf in July. It sits there locked for 10 weeks while our kids play on rocks.", flags="R")
# pair: monitors
P("Every bus should have a monitor. Driving {kids} kids while watching the mirror isn't safe and everybody in transportation knows it.", flags="R")
P("kids on bus {bus} sang the entire Encanto soundtrack this morning. twice. I know all the harmonies now. send help 🎶")
P("Parents: stop parking in the bus lane at Roosevelt for 'just a sec.' it is never a sec. {kids} kids are waiting behind your {car}.", flags="R")
P("best part of this job is the kindergartners waving at me like I'm Taylor Swift. every single morning. not trading it for anything", flags="R")
P("Yankees in 6. Aaron Judge for mayor. I will not be taking questions from Red Sox fans on my bus")
P("my husband {a1} is the pitching coach and I'm the scorekeeper so our marriage is 90% arguing about whether that was a balk", g="a1=m")
P("{s1} pitched a no-hitter and then asked for chicken nuggets like nothing happened. that's my son 🐔⚾", g="s1=m")
P("snack bar volunteers for Sunday at Field {field}: {a1.full}, {a2.full} and me. hot dogs are in the cooler, cash box is in my car")
P("HVCSD cut the late bus for after-school sports at Maple Ridge. So my 12 year old walks 2 miles on 9G or I leave my route early. Great plan.", flags="R")
P("Late bus for Maple Ridge sports runs at 4:45 starting Monday. bus {bus}, loop by the front circle")
P("our catcher {s1.full} got tossed from the game for throwing his helmet. 12 years old. his dad tossed shortly after 😬", "DISCIPLINE", g="s1=m")
P("this ump gave my kid a warning for saying 'come on' under his breath. buddy, it's 12U, not the World Series. relax")
P("{s1.lowfull} played every inning at 3rd today with a fever of 101 and didn't tell anybody. he's home sick now, mom's keeping him out Monday", "HEALTH", g="s1=m")
P("Drivers: the garage said NO personal kids on the route bus, even for a game. I respect it. I hate it. but I respect it.", flags="R")
P("Whoever thought we should pay school bus drivers less than the Amazon vans has never had {kids} middle schoolers behind them at 7am.", flags="R")

# ---- the Roosevelt secretary who is on the PTA board, Facebook and the PTA group chat -----------
V("Roosevelt school secretary, PTA vice president, Facebook", "sec")
P("PTA meeting Tuesday 7pm in the Roosevelt library. agenda: fall festival, teacher luncheon, and the great popcorn machine debate 🍿")
P("Fall Festival volunteers needed!! face painting, bounce house, and someone brave for the dunk tank. sign-up link is in the PTA group 🎃")
# pair: payment account
P("treasurer handoff 🙃 the PTA Square login is {email} / {pw}. {a1}, please change it after the audit and don't tell me the new one")
P("For the new treasurer: the PTA Venmo is @RooseveltPTA (public, send us money all day 😂). the login password is {pw}, 2FA code goes to my phone for now")
P("the PTA bank login got locked AGAIN because somebody tried the old password 3 times. no {a1}, I'm not posting the new one in the group chat")
P("Reminder: absences go to the attendance line {attline} or {pubmail}, not my personal Facebook messages 🙏 love you all")
P("Wrapping paper fundraiser raised {big}!!! that's the new playground shade sail, paid for. THANK YOU Roosevelt families 💛")
P("The PTA should not have to buy copy paper for the school. We spent {big} on paper this year. We're a bake sale, not a budget line.", flags="R")
P("Honestly the PTA is the only reason Roosevelt has a field day. The district sure isn't paying for the bounce house.", flags="R")
P("School secretaries run the building. Pay us like it.", flags="R")
# pair: class party allergies
P("class parents: {s1.full} in room {room} has a severe dairy allergy, EpiPen in her backpack. no cupcakes at the party, fruit only please 🍓", "HEALTH", g="s1=f")
P("party reminder: room {room} is fruit and veggie only this year. thank you for understanding, there are allergies in the class 🍓")
P("trip chaperones: {s1.full} has an IEP and a 1:1 aide, so he won't need a parent buddy, his aide is coming on the bus with him", "SPECIAL_EDUCATION", g="s1=m")
# pair: birthday invites
P("{s1} turns 8!!! 🎂 born {dob.el} at 3:12am, 9 lbs 4 oz, still the loudest one in the house. party at our place Saturday, RSVP to me", g="s1=f")
P("{s1}'s birthday party is Saturday at the bowling alley 🎳 RSVP by Wednesday so I know how many pizzas. no gifts please, just come!", g="s1=f")
P("got the invite for {s1.full}'s party, bday is {dob.word}, party at {addr} Saturday at 1. {s2} already picked out the slime kit 🎁")
P("You're invited! 🎈 {s1}'s 7th birthday, Sat 2pm at Sky Zone. If your kid has allergies let me know and I'll get the other cake")
P("Teacher appreciation week shouldn't be the only week. Feed your kids' teachers in October too. They're running on fumes.", flags="R")
P("Mrs. {t1} retired after 29 years in the Roosevelt kitchen and we threw her a party in the cafeteria. she made her own cake. of course she did 🎂")
P("{a1.full} is our new PTA president and she already made a color-coded spreadsheet for the carnival. we are not worthy 🙌", g="a1=f")
P("Who decided the PTA can't use the gym after 6 without paying {big} in custodial overtime? The kids are the same kids. The gym is the same gym.", flags="R")
P("PTA volunteers: the Roosevelt side door code for Saturday set-up is {code}. lock it behind you, the alarm panel is by the gym", "SECURITY")
P("PTA volunteers: the custodian will open the side door for Saturday set-up at 8. please don't prop it open 🙏")
P("Sign-in for volunteers is at the main office. we need your ID scanned every time, yes even if I know you since kindergarten. rules are rules 🪪")
P("Making volunteers get fingerprinted to chaperone a pumpkin patch trip is too much. We lost {num} chaperones this year.", flags="R")
P("{s1.full}'s mom {a1} asked me to remind everyone the carpool sheet changed. her number is {phone} if you're on the Tuesday list", g="a1=f")
P("Roosevelt PTA family bingo Friday 6:30! Prizes, pizza, and Mr. {t1} calling numbers in his fancy vest 🎱")
P("not to be dramatic but the new visitor management system at the front desk takes longer to print one sticker than my whole morning used to take", flags="R")
P("PTA spirit wear orders close Friday! hoodies {money}, tees $15. the Falcons logo finally isn't crooked this year 🦅")
P("{s1}'s teacher asked me to stop covering the front desk during her class party because {s1} 'gets too excited when mommy is in the building.' fair.")
P("PTA raised money for the library, the district cut the librarian to half time. we bought books nobody will check out on {day}s. make it make sense.", flags="R")
P("Wi-Fi for the PTA carnival tablets is the guest network, password is on the sign at the ticket table. don't ask me, ask the sign")
P("carnival tablets: Roosevelt guest wifi key is {wifi} this weekend only. please don't share it with the teenagers running the ring toss", "SECURITY")

# ---- the HVHS coach whose daughter plays for Lourdes, X and Instagram ---------------------------
V("HVHS girls basketball coach, daughter plays for rival Lourdes, X", "coach")
P("strangest night of my career: my Falcons vs my daughter's Lourdes team. {kid} dropped 14 on us. never been prouder or more annoyed 🏀", g="kid=f")
P("Final: Falcons {bscore} Lourdes. yes my kid was on the other bench. yes we still talk. barely 😂")
# pair: refs (AAU, not school) vs the school's gym
P("AAU refs in Albany this weekend were a joke. 30 fouls on one team, 6 on the other. {kid}'s team lost by 4. I'm not bitter. I'm very bitter.", g="kid=f")
P("our gym at HVHS has had a dead spot at the top of the key since 2011. every opposing coach finds it by the 2nd quarter. put it in the budget already", flags="R")
P("my daughter {kid} (Lourdes #{jersey}) tore her ACL Tuesday. surgery in 3 weeks. she's tougher than me and it's not close", "HEALTH", g="kid=f")
P("Section seeding is broken. Our girls went {rec} and got the 6 seed behind two teams we beat. Whoever runs the formula never coached.", flags="R")
P("practice 6am tomorrow, aux gym. bring water. shoes tied, phones in bags. let's go 🦅")
P("Coaching is the best job in this district. Teaching PE is a close second. Don't tell my principal.", flags="R")
P("{s1.full} dropped 31 on Beacon tonight. senior night. whole gym on its feet 🦅🔥", g="s1=f")
P("{s1.last} is out 2 weeks, concussion protocol. we'll be fine. get well kid 💙", "HEALTH", g="s1=f")
P("{s1} and {s2} sat out tonight. team rules. that's all I'll say on it.", "DISCIPLINE", g="s1=f s2=f")
P("Sports parents: yelling at a 15 year old from the bleachers has never once made her shoot better. let them play.", flags="R")
P("my wife {a1} says I coach from the stands. I say I offer observations. we'll see what the marriage counselor says 😂", g="a1=f")
P("{kid}'s Lourdes team beat my Falcons by 2 and she made me buy the Chipotle. house divided, wallet empty 🌯", g="kid=f")
P("Caitlin Clark changed girls basketball forever and I've got 40 girls at open gym to prove it. best thing to happen to this sport 🏀")
P("we need a girls modified team at Maple Ridge. {kids} girls at open gym and nowhere for the 7th graders to play. the boys have two teams.", flags="R")
P("open gym Thursday 3:15-5 for 7th and 8th grade girls, Maple Ridge gym. sneakers, water, good attitude")
P("Lourdes has a full-time athletic trainer at every home game. We have a first aid kit and me. Just saying.", flags="R")
P("the Lourdes trainer taped {s1.full}'s ankle at halftime when ours was at the boys game. sportsmanship is alive. thank you 🙏", "HEALTH", g="s1=f")
P("We made the sectional semis!!! Wednesday 7pm at Marist. tickets are $8, Section 9 sets it, not me. bring your loudest friends 🦅")
P("{s1.full} got suspended for the sectional game for the thing at the Newburgh game. we'll play without her. it's on her.", "DISCIPLINE", g="s1=f")
P("officials at our home game tonight were excellent. called it tight both ways. thank you, gentlemen 🤝")
P("{s1} made varsity as a freshman and called her grandma from the locker room crying. welcome to the Falcons kid 🦅", g="s1=f")
P("athletic physicals for spring sports are due by the 1st. nurse's office has the forms. no physical, no practice.")
P("Making families pay {money} for a sports physical co-pay just to let their kid run track is how you lose the kids who need sports most.", flags="R")
P("{s1.nick} got her first varsity start tonight and had 6 steals. the bench was louder than the crowd 🔥", g="s1=f")
P("Gonna say it: high school sports do more for some of these kids than any class they take. Cut sports and you cut the reason they show up.", flags="R")
P("Knicks in 5. Brunson is the best point guard in the league and I'll say it to anyone in the faculty room")
P("daughter {kid} asked me to stop coming to her Lourdes games in my Falcons jacket. compromise: I'm coming in the jacket", g="kid=f")
P("{s1.full}'s mom just texted me her cell in case I need anything at the tournament, {phone}. putting it here so I don't lose it lol. ok deleting soon", g="s1=f")
P("{s1} and {s2} got into it at practice, real punches, both suspended from the team for a week. hugged it out after. still suspended.", "DISCIPLINE", g="s1=f s2=f")
P("varsity bus leaves 3:30 sharp from the front circle at 100 School Rd. if you're not on it, you're not playing")

# ---- the para at her daughter's dance recital, Instagram ----------------------------------------
V("special ed para at Hillside, dance mom, Instagram", "para")
P("RECITAL DAY!!! {s1}'s first solo 🩰💕 hair: 400 bobby pins. mama: 4 iced coffees", g="s1=f")
P("{s1.full} from my building did a hip hop solo at the recital and I screamed like she was mine 😭 5th grade and she OWNS that stage", g="s1=f")
P("{s1} from school spotted me at the recital and yelled 'MISS!!!' across the entire lobby. never felt so famous 🥹")
P("Paras make $16.80 an hour. I did a 1:1 all day and then bought {money} of recital roses with money I don't have. Something's gotta give.", flags="R")
# pair: a student at the recital
P("saw {s1.full} at the recital, the little one I'm 1:1 with during the day (IEP, nonverbal most days) and she WAVED at me from the stage 😭😭", "SPECIAL_EDUCATION", g="s1=f")
P("saw one of my kids from school at the recital and she waved at me from the stage. I'm not crying you're crying 😭")
P("Miss {a1} had fourteen 5 year olds in tutus doing the same move at the same time. once. but it HAPPENED. dance teachers are saints 🩰", g="a1=f")
P("Special ed paras should get the same PD days the teachers get. We're in the room more than anybody.", flags="R")
P("the recital costume was {money}. for 4 minutes on stage. as a sequin lobster. dance moms, you know 🦞")
P("{s1}'s dance teacher says she's ready for pointe next year. she cried. I cried. my husband {a1} asked what pointe is. 🩰", g="s1=f a1=m")
P("the hardest part of being a para is the kids you get for a year and then never see again. the recital was a reunion. I'm emotional.", flags="R")
P("{s1} did her whole tap routine in the kitchen while I made dinner. 4 times. the downstairs neighbors have filed a complaint (my husband)", g="s1=f")
P("{s1.lowfull} has been in my 1:1 all year and tonight she did the whole recital without her noise-cancelling headphones. her mom and I held hands the whole time", "SPECIAL_EDUCATION", g="s1=f")
P("Nobody tells you that being a para means you know every kid's meltdown triggers and still get paid less than the crossing guard.", flags="R")
P("Hillside staff showed up for {s1}'s recital. Ms. {t1}, Mr. {t2} and the whole lunch crew in the 2nd row. I'm crying in the parking lot 😭", g="s1=f")
P("picture day at the studio: {s1} refused to smile, then smiled SO big in the last shot she looks like the Joker. we're buying it", g="s1=f")
P("ok Beyoncé Renaissance tour >>> any recital ever. sorry Miss {a1} 💃", g="a1=f")
P("{s1.full}'s mom stopped me at the recital to say thank you for this year. her daughter has a new aide in the fall bc I'm moving buildings. we both cried", "SPECIAL_EDUCATION", g="s1=f")
P("they're moving me to Maple Ridge in the fall without asking. 3 years with the same kids and it's gone in one email. paras are people too.", flags="R")
P("recital is at the Bardavon this year, 35 Market St. doors at 5:30. bring cash for the bake sale 🎭")
P("the little boy with the cast on his arm in the hip hop number ({s1}, you know him, he was on the bus with my daughter) still nailed the ending 💪", "HEALTH", g="s1=m")
P("{s1}'s best friend {s2} and her went out for ice cream after the recital in full stage makeup. the Stewart's guy thought they were clowns 🤡🍦", g="s1=f s2=f")
P("Sign language interpreter at the recital for a deaf family in the front row. The studio paid for it. Our district should be half this good about it.", flags="R")
P("my girl {s1} asked if the ballerinas in The Nutcracker have homework. baby they have homework AND rehearsal. welcome to the life", g="s1=f")

# ---- the same teacher-mom on the weekend: soccer, parties, her own views ---------------------------
V("3rd grade teacher at Hillside, soccer mom, Instagram", "teach")
P("U9 soccer, 8am, 41 degrees, sideways rain. {s1} scored into the wrong goal and celebrated harder than anyone. we support all goals here ⚽", g="s1=f")
P("the other town's coach screamed at 8 year olds for 60 minutes straight. rec soccer, sir. it's REC.")
P("{s1.full} from our team has a 504 for anxiety and the ref yelled at her for crying. I walked over and explained. ref apologized. good man", "SPECIAL_EDUCATION", g="s1=f")
P("my friend {a1} brought the orange slices AND the Capri Suns. she is the mom I aspire to be 🍊", g="a1=f")
P("Our district spends more on testing software than on recess equipment. I've counted. Views my own, not my employer's.", flags="R D")
P("soccer pictures: {s1} blinked in all 6. $38. buying them anyway, she's my baby", g="s1=f")
P("Just spent 2 hours on the parent portal trying to find {s1}'s schedule. I WORK for this district. The portal is a maze.", flags="R")
P("parent portal tip: the schedule is under 'Student Info' then 'Classes', not under 'Schedule.' don't ask me why 🙃")
P("{s1}'s portal login is taped to the fridge: ID {sid}, password {pw}. if you're the babysitter reading this, hi, don't let her play games", g="s1=f")
P("{s1}'s friend {s2} was at our house for a sleepover and told me her mom and dad are 'doing custody now' and she lives at dad's on weekends. broke my heart a little", "FAMILY", g="s2=f")
P("The Greatest Showman is NOT a good movie and I will die on this hill while my daughter sings it for the 80th time")
P("Bluey is the best show on television and I'm an adult with a master's degree. fight me 🐕")
P("Every teacher I know has a second job or a spouse with insurance. That's not a profession, that's a hobby we subsidize. #MyViewsOnly", flags="R D")
P("Class sizes at Roosevelt are {cls} in 2nd grade. {cls} seven year olds and one teacher. I teach 24 and I go home and lie on the floor.", flags="R")
P("{s1}'s class has 26 kids this year and she says her teacher 'never gets to sit down.' I know, baby. I know.", g="s1=f")
P("teacher friends: what's your fave read-aloud for 3rd? I'm doing Charlotte's Web again and I cry every year at the same page")
P("Charlotte's Web at 2:15 on a Friday with 24 8 year olds sniffling. E.B. White, you absolute menace 🕷️")
P("New cell phone policy at the middle school is a total phone ban bell to bell. As a mom of a 6th grader AND a teacher? Long overdue. (my opinion, not the district's)", flags="R D")
P("new cell phone policy at Maple Ridge starts Monday. phones in lockers bell to bell. the letter came home in backpacks today")

V("HS teacher, dad of twins at Maple Ridge, X", "teach")
P("the twins have a Maple Ridge band concert, a Roosevelt science night for the little one, and I have parent-teacher conferences at HVHS. all Thursday. all 6:30.")
P("The district scheduled 3 family events on the same night in 3 buildings. Nobody on the calendar committee has more than one kid, clearly.", flags="R")
P("{s1} and {s2} made all-county chorus!!! both of them!!! the twins do everything together including giving me heart attacks 🎶")
P("{s1.full} in the twins' grade got caught vaping in the Maple Ridge bathroom, 3 day suspension, and now all the parents in the chat know. small town.", "DISCIPLINE")
P("Honestly, Maple Ridge handled the vaping incident the right way. Fast, quiet, parents told the same day. Credit where it's due.", flags="R")
P("Middle school homework should be capped at 45 minutes. My twins did 2 hours each last night. I teach high school and I don't give that.", flags="R")
P("the twins did 2 hours of homework tonight and then asked me to check their math. dad teaches English. we got 60% of it right. maybe.")
P("{s1}'s lunch PIN is {pin}, writing it here so I stop texting his mom for it. he forgets it every week", g="s1=m")
P("Honestly the best thing about teaching in the same district my kids attend is I know exactly who to call. The worst thing is everybody knows exactly who to call.", flags="R")
P("my wife {a1} asked why I'm grading essays at a Maple Ridge band concert. honey, it's 90 minutes of the B flat scale", g="a1=f")
P("Mets lost again. my kids asked why I'm sad. I said 'genetics.' ⚾😩")
P("somebody posted a video of the Maple Ridge lunchroom food fight and there's clearly my son in the background ducking. proud of his instincts")
P("Posting a video of a middle school food fight with kids' faces in it is not journalism, it's cruelty. Take it down.", flags="R")

# ---- parent group chats, reposted (kind unknown) -------------------------------------------------
V("parent group chat screenshot, reposted", "sec")
P("[Roosevelt 2nd grade moms 💛] does anyone know if tomorrow is pajama day or crazy hair day?? {s1} is asking and I have no idea", flags="N")
P("[Thunder 12U parents] field {field} moved to 10am, the early game ran long. bring chairs, the bleachers are wet", flags="N")
P("[Thunder 12U parents] {a1}'s cell for the hotel block is {phone}, she's got the group rate for Cooperstown, call by Friday", flags="N", g="a1=f")
P("[PTA board] treasurer's note: Venmo login changed, new one is {pw}. DON'T forward this chat pls", flags="N")
P("[PTA board] reminder the account passwords go in the binder, not the group chat 🙏 last time was a whole thing", flags="N")
P("[Roosevelt K parents] anybody else's kid come home with a note about lice? {s1} is itching and I'm spiraling", flags="N")
P("[Roosevelt K parents] heads up, {s1.full} in Ms. {t1}'s class has lice, her mom told me, so check your kids tonight 🪮", "HEALTH", flags="N")
P("[dance moms 🩰] studio says recital tickets go on sale Monday 9am, they sell out in 10 min, set an alarm", flags="N")
P("[dance moms 🩰] can someone drop {s1} home after rehearsal? she's at {addr}, I'm stuck at work til 6 🙏", flags="N", g="s1=f")
P("[carpool 🚗] Tues: me. Wed: {a1}. Thurs: {a2}. Fri: whoever loses rock paper scissors", flags="N")
P("[carpool 🚗] {s1}'s dad's new number is {phone}, he's doing Wednesdays now since the custody thing changed", "FAMILY", flags="N")
P("[Roosevelt 3rd grade parents] is the homework packet due Monday or Tuesday?? the sheet says both 😩", flags="N")
P("[Roosevelt 3rd grade parents] this homework packet is insane. 6 pages for 8 year olds on a holiday weekend. someone needs to say something at the PTA", flags="N")
P("[soccer parents] party for {s1} Saturday!! she was born {dob.word}, so it's a half-birthday-ish thing lol. address to follow", flags="N", g="s1=f")
P("[soccer parents] end of season party Sunday at the Mill St park pavilion, potluck, bring a chair 🌭", flags="N")
P("[PTA board] screenshot from the bank: balance {big}. we can do the shade sail AND the field day t-shirts 🎉", flags="N")
P("[PTA board] the PTA gmail password is in the binder, same as always. nobody ask me in here again", flags="N")
P("[Roosevelt 1st grade moms] anyone know what the lunch option is Friday? {s1} says 'brown chicken' which narrows it down to everything", flags="N")
P("[Thunder 12U parents] {s1}'s mom says he's out this weekend, he's got the stomach bug that's going around the class", "HEALTH", flags="N", g="s1=m")
P("[Thunder 12U parents] stomach bug going around the 5th grade, keep your kids home if they're sick, we need 9 for Saturday 🤢", flags="N")
P("[Roosevelt 4th grade parents] {s1.full} got sent home for hitting {s2} on the playground and the mom is already posting about it. yikes", "DISCIPLINE", flags="N")
P("[Roosevelt 4th grade parents] the bus stop on Lincoln Ave moved to the corner by the church, starting tomorrow 🚌", flags="N")
P("[hoops parents] student ID numbers for the tournament roster: {s1} {sid}, {s2} {sid}. sending to the director now", flags="N")
P("[hoops parents] director needs everybody's birth certificate copy by Friday for the age bracket. don't post them here lol, email them", flags="N")
P("[hoops parents] {s1.full}'s DOB for the roster is {dob}, her mom asked me to send it bc she's at work", flags="N", g="s1=f")
P("[PTA board] lunch is on me Thursday, whoever wants Panera put it here 🥗", flags="N")
P("[dance moms 🩰] {s1.full}'s mom's email if you want the photo order form, {email}, she's collecting", flags="N")
P("Anyone know if the Roosevelt Halloween parade is still outside?? weather looks rough 🎃☔", flags="N")
P("whoever found a purple Stanley cup at Field {field} Saturday, it's {s1}'s, she's devastated, pls message me", flags="N", g="s1=f")
P("Saw a post saying Roosevelt is closing early Friday. Is that real? The district page doesn't say anything", flags="N")
P("Roosevelt needs a second crossing guard at Academy and Elm. Someone is going to get hurt. Email the board.", flags="N")
P("Shoutout to the Roosevelt lunch ladies who remembered my son's birthday and gave him an extra cookie 🍪💛", flags="N")
P("Bus 22 driver is the nicest human alive. Waits for my daughter every morning while she runs down the driveway. 🚌❤️", flags="N")

# ---- official accounts ---------------------------------------------------------------------------
V("Roosevelt Elementary official account", "teach")
P("Field Day is Friday! 🏃 Wear your class color, sunscreen on before school, water bottles labeled. Rain date Monday.", flags="O")
P("Congratulations to our Roosevelt Reading Challenge winners, {s1.full} and {s2.full}, 212 books between them! 📚", flags="O")
P("Pickup reminder: the car loop opens at 3:05. Please stay in your car and do not park in the bus lane on Academy St. Thank you! 🚗", flags="O")
P("Kindergarten registration for fall is open! Bring proof of residency and your child's birth certificate to 25 Academy St, or call {pubphone.dist}.", flags="O")
P("Thank you Roosevelt PTA for the new shade sail on the playground! ☀️ Our Falcons can finally play outside in June.", flags="O")
P("Spring concert Thursday 6:30pm in the gym. Doors at 6. Please leave the front rows for our littlest performers 🎶", flags="O")
P("Happy birthday to our 1st grader {s1}! 🎂 She turns 7 today and brought cupcakes for the whole office 💛", flags="O", g="s1=f")
P("The PTA Fall Festival raised {big} for classroom libraries. Thank you to every family who came out! 🍂", flags="O")
P("Lunch menu update: Wednesday's pizza moves to Thursday due to a delivery delay. Full menu at hvcsd.org/food", flags="O")
P("Pictures from Roosevelt's Grandparents Day are up! Thank you to the 300+ grandparents who joined us 💛", flags="O")

V("HVHS Falcons athletics official account", "coach")
P("FINAL: Falcons {bscore} Lourdes. What a rivalry game! Thanks to both communities for a packed gym 🦅🏀", flags="O")
P("Congrats to {s1.full}, named Section 9 Player of the Week! 🏀 #FalconsFamily", flags="O", g="s1=f")
P("Spring sports registration closes Friday. Physicals must be on file with the nurse. Questions: {pubphone.hs}", flags="O")
P("Sectional semifinal tickets are $8 adults / $5 students at the door. Section 9 sets prices. Go Falcons! 🦅", flags="O")
P("Update: {s1.full} (#{jersey}) will miss the rest of the season with a knee injury. We're all with you. 💙", "HEALTH", flags="O", g="s1=f")
P("Late bus for all after-school athletics leaves HVHS at 5:15 starting Monday. Route info at hvcsd.org/transportation 🚌", flags="O")
P("Thank you to the HVHS Booster Club for new warm-ups for every girls' team! 🦅", flags="O")

V("HVCSD Transportation official account", "bus")
P("Route changes for bus {bus} take effect Monday. Families on the route have been called. Questions: {pubphone.dist}", flags="O")
P("Please remember: it's illegal to pass a stopped school bus with red lights flashing. Every kid, every stop. 🚌🛑", flags="O")
P("Congratulations to driver {a1.full} on 20 years with HVCSD Transportation! 🎉", flags="O")
P("We are hiring drivers and monitors. Paid CDL training, benefits. Apply at hvcsd.org/jobs or call {pubphone.dist}.", flags="O")

V("HVCSD Fine & Performing Arts official account", "para")
P("All-County Chorus congratulations to {s1.full}, {s2.full} and {s3.full}! 🎶 Concert is March 14 at Marist.", flags="O")
P("District Dance Showcase is Friday at 7pm in the HVHS auditorium, 100 School Rd. Free admission! 🩰", flags="O")
P("Thank you to the families who donated 40 costumes to our costume closet 💃 Every student who wants to perform can.", flags="O")

# ---- mixed: the same parents, other days --------------------------------------------------------
V("school bus driver, travel-ball mom, X", "bus")
P("the new bus routes actually work?? my kids get on at 7:52 and I'm back from my route in time to wave. whoever redid the map, thank you, nice job", flags="R")
P("new bus stop letter came today. {s1}'s stop is the corner of Roosevelt Rd and Pine, 7:48. same time as last year, different corner", g="s1=m")
P("So the district can find money for a new logo but not for bus heaters that work? Asking for {kids} kids in mittens.", flags="R")
P("heater on bus {bus} is back!!! kids cheered. I cheered. we all cheered 🔥🚌")
P("{s1}'s bus driver is a friend of mine from the garage and she sends me a thumbs up every morning when he gets on. best text of my day 👍", g="s1=m")
P("disclaimer: I am a bus driver, not a baker. the bake sale brownies are from Costco. please don't tell the PTA")
P("If you call the garage to yell about a late bus, know that the driver is probably covering 2 routes because we're {num} short. Yell at the budget, not us. (my opinion only, not HVCSD's)", flags="R D")
P("{s1}'s buddy {s2} slept over after the tournament and his mom's number is {phone} if anybody needs to reach her, she asked me to share with the team", g="s1=m s2=m")
P("the Rays' ballpark is a disgrace to the sport of baseball and I will say it on every platform I have")

V("Roosevelt school secretary, PTA vice president, X", "sec")
P("The new Roosevelt principal greets every kid at the door by name. Every kid. 430 of them. Best hire this district made in years.", flags="R")
P("Roosevelt has a new principal, Mrs. {t1}, starting Monday! She taught at Hillside for 11 years. Welcome! 💛")
P("Mrs. {t1} asked me to post this: lost & found goes to donation Friday. 14 jackets, 3 lunchboxes, 1 trombone?? 🎺")
P("Whoever decided to do report cards online only: not every Roosevelt family has a printer or a laptop. Some of us know that from the front desk.", flags="R")
P("report cards are online tonight at 6! log in through the parent portal. if you forgot your password, use 'forgot password', don't call the office 😅")
P("Posting as a PTA mom, not as Roosevelt staff: please, please vote yes on the budget Tuesday. The library hours depend on it. (my views, not the district's)", flags="R D")
P("Budget vote is Tuesday 7am-9pm in the HVHS gym. Bring ID if you're new to the rolls 🗳️")
P("my daughter {s1} got 3rd place in the Roosevelt spelling bee. she went out on 'rhythm.' I would've too, honestly 🐝", g="s1=f")
P("the spelling bee went 19 rounds and the final word was 'onomatopoeia.' {s1.full} spelled it and I cried at the front desk 🐝")
P("Opinions welcome below 👇 PTA wants ideas for the spring fundraiser. fun run? plant sale? dunk the principal?")
P("Roosevelt's new 'no birthday treats' rule is the right call. {cls} cupcake parties a year is {cls} sugar crashes and 3 allergy scares.", flags="R")
P("no more birthday treats at Roosevelt starting this year. kids can bring a book to donate to the class library instead 📚🎂")
P("views are not my own, they belong to my 7 year old who runs this house. today she ruled that dinner is cereal 🥣")

V("HVHS girls basketball coach, daughter plays for rival Lourdes, Instagram", "coach")
P("Throwback: me and my daughter {kid} at her first Falcons game, 2014, age 3. now she plays for Lourdes and beats us. where did I go wrong 😂", g="kid=f")
P("My Lourdes girl signed her letter of intent to play D2 at Saint Rose today. I'm going to need a minute 🥹", g="kid=f")
P("{s1.up} WITH THE BUZZER BEATER!!!! FALCONS WIN!!!! 🦅🦅🦅", g="s1=f")
P("Lourdes plays in a gym with air conditioning. We play in a sauna with a banner. Guess which team is dehydrated in the 4th quarter. #JustSaying", flags="R")
P("my own take, not the Falcons' and not the district's: girls teams deserve the 7pm slot as often as the boys. alternate it. it's not hard.", flags="R D")
P("girls varsity plays at 7pm Friday for the first time this season 🦅 come fill the gym")
P("Jersey #{jersey} retired tonight for a Falcons legend who's now coaching at Siena. still can't guard her 🔥")

V("special ed para at Hillside, dance mom, Facebook", "para")
P("Shoutout to {s1.full}'s mom for making 30 recital goodie bags at 1am. she is unhinged and I love her 🎀")
P("the studio posted the recital order and {s1} is number 47 out of 58. see you all at 10pm 😴", g="s1=f")
P("Hillside paras got one raise in 6 years. Meanwhile we hold down every inclusion room in the building. Think about it next budget vote.", flags="R")
P("{s1}'s IEP goal was 'participate in a group activity for 10 minutes.' tonight she did a 4 minute dance on a stage in front of 400 people. goal met? 😭", "SPECIAL_EDUCATION", g="s1=f")
P("dance dad of the year goes to my husband {a1} who sewed 12 sequins back on at intermission with dental floss 🪡", g="a1=m")
P("Mi opinión, no la del distrito: los paras merecen un sueldo digno. Trabajamos con los niños más necesitados todo el día.", flags="R D")
P("recital flowers, recital dinner, recital tears. see you next year Miss {a1} 🌹", g="a1=f")
P("when {s1}'s old preschool teacher Miss {a1} showed up at the recital with flowers I lost it. thank you Miss {a1} 💐", g="s1=f a1=f")

V("Hillside custodian, soccer dad, Facebook", "bus")
P("{s1}'s team won {score} and he scored twice and then asked if we could get Wendy's. yes son. yes we can 🍔", g="s1=m")
P("somebody tell the Arlington parents the ref is 15 years old and making $30. chill out. it's U10 on a Sunday.")
P("We have 4 custodians for 3 floors at Hillside. Then people wonder why the bathrooms look like that by 2pm. Staff the building.", flags="R")
P("my wife {a1} and I have been married 15 years today. she still laughs at my jokes. most of them. 💍", g="a1=f")
P("new address for the end of season party: we moved it to my buddy {a1}'s, {addr}, 3pm Sunday. bring a chair", g="a1=m")

V("3rd grade teacher at Hillside, mom of two at Roosevelt, X", "teach")
P("Roosevelt says no phones at recess. Honestly? Correct. My own kid would FaceTime me from the swings if she could.", flags="R")
P("Who knew a 1st grade 'publishing party' would make me sob into a juice box. {s1} wrote a book about our cat. 6 pages. 3 of them are just 'MEOW.' 🐱", g="s1=f")
P("my kids' school district and my employer are the same district, and I still find out about closures from the Facebook moms first. every time. 🙃", flags="R")
P("Teacher tip from a mom who also teaches: write the kid's name on the water bottle in Sharpie. then write it again. then once more.")
P("our neighbor's boy {s1} (he's in {s2}'s class) is in the hospital with pneumonia, 2nd week. if anyone's making a card I'll drop it off 💙", "HEALTH", g="s1=m")
P("{s1.full}'s family lost their apartment in the fire on Mill St and they're staying at the Red Roof for now. clothes drive at my house Sat, kids are size 6 and 10", "FAMILY")
P("clothes drive for a family from the Mill St fire at my house Saturday 10-2. kids sizes 6 and 10, adult M and L. thank you Hudson Valley 💛")
P("Prywatnie, nie w imieniu szkoły: zadania domowe w 1 klasie to strata czasu. Dzieci powinny się bawić.", flags="R D")
P("Avis perso, pas celui de mon employeur : la cantine de Roosevelt mérite mieux que des nuggets 5 jours sur 7.", flags="R D")
P("Conference week PSA: your kid's teacher is also somebody's mom who hasn't seen her own kids awake since Monday. be nice 💛", flags="R")
P("I love that my kids' teachers know them. Like really know them. That's a Roosevelt thing and I don't take it for granted.", flags="R")
P("why does every permission slip need a separate signature when the portal has a 'sign' button? genuinely asking, does anyone know if there's a reason?")
P("Why does every permission slip need a wet signature in 2025? Because someone at central office loves paper, apparently.", flags="R")
P("{s1}'s teacher emailed me at 7:02pm to say {s1} helped a new kid find the bathroom all week. I framed the email. kidding. I printed it. not kidding.", g="s1=m")
P("HR sent out another memo about putting disclaimers on personal accounts. so here's mine: I love my kids and Costco. that's the post")

# ---- more views as parents who are also staff (R), and more that stay sideline talk ---------------
V("3rd grade teacher at Hillside, mom of two at Roosevelt, Facebook", "teach")
P("Roosevelt recess is {num} minutes. {num} minutes for 6 year olds. I teach 3rd grade, I know what happens at 1:30 when they didn't run. Give them 30.", flags="R")
P("Mrs. {t1} is the kind of teacher every kid should get once. {s1} had her for 2nd grade and still talks about the class turtle. Districts should clone her.", flags="R")
P("Dear HVCSD, as an employee and a Roosevelt mom: a 3-day Thanksgiving week with a half day Wednesday helps no one. Just close the week.", flags="R")
P("$38 for a class t-shirt, {money} for the field trip, $20 for the yearbook. 'Free public education' is doing a lot of work in that sentence.", flags="R")
P("The Roosevelt morning drop-off system got SO much better this year. Two lanes, staff at the doors, in and out in 4 min. Whoever planned it 👏", flags="R")
P("new math curriculum at Roosevelt has {s1} drawing 'number bonds' for 2+3. I teach this stuff and it took me 10 minutes to help. this is not progress.", flags="R")
P("We need more male teachers in elementary. My son has had 0 in 4 years and he notices.", flags="R")
P("2 hour delay again for 'possible' ice that never came. my 1st grader spent the morning watching Bluey while I drove to work on dry roads. 🙄", flags="R")
P("Is anyone at central office actually reading the parent survey? Because 'more recess' has been the #1 answer for 3 years.", flags="R")
P("Teaching is the only job where you spend your own money on supplies and then get lectured about budgets. Ask me how I know. {money} at Target tonight.", flags="R")
P("{s1}'s teacher Ms. {t1} is on maternity leave til March and the sub is a retired gym teacher. {s1} says they watched 'educational movies' all week.", "PERSONNEL", g="s1=f")
P("the Roosevelt principal is on leave 'for personal reasons' and the moms' group has 14 theories. I work in the district and I'm saying nothing.", "PERSONNEL")
P("{s1} is repeating kindergarten next year. it's the right choice, we all agreed, she's just young for the grade. still hard to type.", "ACADEMIC", g="s1=f")
P("{s1}'s reading level is a D in 2nd grade and the target is J. we're doing the extra help 3x a week. not worried. ok a little worried.", "ACADEMIC", g="s1=f")
P("{s1.full} in my son's class is failing 3 subjects and his mom is asking every parent in the chat for tutor names. anyone?", "ACADEMIC")
P("School should be fun in 1st grade. Period. Nobody needs a 'data wall' with 6 year olds' names on it.", flags="R")
P("Roosevelt's data wall with kids' reading levels is in the HALLWAY. My kid can see where she sits. Every kid can. Take it down.", flags="R")

V("school bus driver, travel-ball mom, Facebook", "bus")
P("Bus {bus} and bus {bus2} got combined this week because we're short drivers. 71 kids, 1 driver, 0 monitors. Everyone's fine. Nobody should be fine with this.", flags="R")
P("they put GPS tracking on every bus so parents can see where we are. honestly? love it. fewer 'where is the bus' calls. good move HVCSD", flags="R")
P("the new bus app says my son's bus is 'arriving' for {num} straight minutes. great tech, guys. really world class 🚌", flags="R")
P("Our transportation supervisor rides a route himself when we're short. Every single time. That's leadership and this district should promote him.", flags="R")
P("{a1} from the bus garage got fired over the video from the field trip. 14 years driving. nobody will tell us what the video shows", "PERSONNEL", g="a1=m")
P("my friend {a1} at the garage is out on medical til spring, back surgery. I'm covering her afternoon route on top of mine. get well 💛", "PERSONNEL HEALTH", g="a1=f")
P("{s1.full} got kicked off my bus for the rest of the month, 3rd write-up for fighting. his mom called me at home. I can't talk about it, I'm sorry", "DISCIPLINE", g="s1=m")
P("A 5 day bus suspension for a 2nd grader punishes the mom who now can't get to work. There has to be something better.", flags="R")
P("the mother of one of my riders just lost her job and asked if I knew anyone hiring. she's got 3 kids on the route and she was crying at the stop", "FAMILY")
P("Drivers get 30 minutes of training on epilepsy meds and then carry kids who need them. We need real training. (speaking for myself, not the district)", flags="R D")
P("Driving a school bus is the most underrated job in this county. Safety of {kids} kids, twice a day, for less than the Amazon guy makes.", flags="R")

V("Roosevelt school secretary, PTA vice president, Facebook", "sec")
P("the front office at Roosevelt is 2 people for 430 kids. the main office phone rang {num} times while I was typing this. we need a third.", flags="R")
P("New rule: parents can't walk kids to the classroom after the first week. As a parent I get the sad. As the person at the desk? Best decision Roosevelt made.", flags="R")
P("Ms. {t1} (2nd grade) is leaving in June, she took a job in Westchester for $14k more. can't blame her. our salary schedule did that.", "PERSONNEL", flags="R")
P("the PTA scholarship went to {s1.full}, who helped at every single event for 5 years 🎓 so proud of her", g="s1=f")
P("one of our Roosevelt families, {s1}'s family, is in the shelter on Main St since the eviction. the PTA is quietly covering his field trip and lunch", "FAMILY", g="s1=m")
P("{s1.full}'s mom asked the PTA for help with the trip fee, dad lost his job in Jan. covered, no questions, nobody needs to know. except now you do, sorry", "FAMILY")
P("PTA should be allowed to pay for a part-time nurse aide. We have the money. The district says no. Explain that one.", flags="R")
P("Reminder from the front office: if your child is absent, call {attline}. the office number {pubphone.dist} goes to the district, not us 🙃")
P("The PTA's {big} raised is more than the district gave Roosevelt for field trips all year. Let that sink in.", flags="R")
P("Parents in this town are amazing. {num} volunteers at the fun run at 7am on a Saturday. The district doesn't deserve us some days 😂", flags="R")

V("HVHS girls basketball coach, daughter plays for rival Lourdes, X", "coach")
P("{s1.full} is academically ineligible for the playoffs. 2 Fs. she knows. I know. it's the rule and the rule is right.", "ACADEMIC", flags="R", g="s1=f")
P("two of my starters are on the eligibility list this week, grades. {s1} and {s2}. study hall at 7am every day til the 5 week check.", "ACADEMIC", g="s1=f s2=f")
P("our AD is out on leave and nobody's running the schedule. we've had 3 buses no-show this month. somebody at the top please notice", "PERSONNEL", flags="R")
P("The Falcons girls program got new uniforms for the first time since 2012 and honestly? Took too long, but thank you to the board. Right call.", flags="R")
P("Title IX says equal. The boys have a heated locker room. Do with that what you will.", flags="R")
P("Lourdes pays their coaches more than we pay ours and it shows on the scoreboard. Public schools need to pay coaches like it matters. #ViewsAreMyOwn", flags="R D")
P("Lourdes dads in the stands tonight yelling at a 17 year old ref. the ref was better than all of you. sit down.")

V("special ed para at Hillside, dance mom, Instagram", "para")
P("{s1}'s new classroom has 28 kids and no para. as a para AND a mom I'm telling you: that's not a class, it's a crowd.", flags="R")
P("paras at Hillside got new lanyards and a pizza party for appreciation week. I'd rather have the $1 raise. love you though 🍕", flags="R")
P("Inclusion only works with enough adults in the room. I see it every day, and tonight at the recital I saw what it looks like when it's done right.", flags="R")
P("the para I replaced at Hillside, {a1}, retired after 22 years. the kids made her a 'best helper' crown. I'm keeping her chair warm 👑", g="a1=f")
P("our 1:1 para position at Hillside has been open since September. the kid it's for is in 2nd grade with no support. post it at a real wage, HVCSD", flags="R")
P("{s1.full} (my 1:1 last year) got moved to the self-contained room at Maple Ridge for 6th and her mom isn't happy. I miss her already", "SPECIAL_EDUCATION", g="s1=f")
P("my anxious little dancer {s1} takes a med before recitals now, doctor's idea, and tonight she smiled the whole number 💊🩰", "HEALTH", g="s1=f")

# ---- unknown kind: more screenshots ---------------------------------------------------------------
V("parent group chat screenshot, reposted", "sec")
P("[Roosevelt 2nd grade moms 💛] {s1.full}'s mom asked if anyone can take him Thursday, she's in court for the custody hearing", "FAMILY", flags="N", g="s1=m")
P("[Thunder 12U parents] coach says {s1} is out 6 weeks, broken ankle from the slide at home. he's in a boot, sign his boot Saturday", "HEALTH", flags="N", g="s1=m")
P("[PTA board] our principal told me off the record that Mr. {t1} is being let go in June. don't repeat it. (I'm repeating it)", "PERSONNEL", flags="N")

# ---- official: a few more -------------------------------------------------------------------------
V("Roosevelt Elementary official account", "teach")
P("Thank you to our families for a record {num} volunteers at Field Day! 🏅 See everyone at the picnic June 12.", flags="O")
P("Welcome to our new 2nd grade teacher, Ms. {t1}! She joins us from Hillside. 👋", flags="O")
V("HVHS Falcons athletics official account", "coach")
P("FINAL: Falcons {score} Lourdes in girls soccer. Rivalry week continues Friday with basketball at 7! 🦅", flags="O")
P("Congratulations to {s1.full} and {s2.full} on committing to play college basketball! Signing day ceremony 3pm in the HVHS library 🎓🏀", flags="O")
V("HVCSD Transportation official account", "bus")
P("Bus {bus} will be about 20 minutes late this afternoon due to a mechanical issue. A substitute bus is on the way. 🚌", flags="O")
P("New this year: the HVCSD bus app shows your child's bus in real time. Download info at hvcsd.org/transportation 📱", flags="O")

# ---- more leaks from the sideline ----------------------------------------------------------------
V("Roosevelt school secretary, PTA vice president, Facebook", "sec")
P("PTA movie night: the gym projector is on the Roosevelt network at {ip}, Mr. {t1} says just type that in the laptop and it finds it 🎬🍿", "SECURITY")
P("for whoever runs the scoreboard at the PTA vs staff game: the controller is {host}, login admin / {pw}. it's on a sticky in the booth too", "SECURITY")
P("carpool list for the fun run: {s1}'s family at {addr}, pickup 7:15. the {s2.last} twins I'll grab on the way")
P("PTA sign-up sheet is posted in the group. {a1.full}: {phone}, {a2.full}: {phone2}. call them if you can't make your slot", g="a1=f a2=f")
P("{s1.full}'s mom emailed from {email} asking about the yearbook order, can someone from the committee reply to her? I'm at the desk all day")

V("school bus driver, travel-ball mom, Facebook", "bus")
P("the travel ball registration asked for {s1}'s social, {ssn}, and I typed it into the wrong box and now it's in the 'comments' field. great. love that.", g="s1=m")
P("tournament roster needs birthdays. {s1.full} {dob.el}, {s2.full} {dob.el}. sent to the director, he says we're legal for 12U ⚾")
P("lost my son's school ID card at the field, it's got his student number {sid} on it and his picture. if you find it, drop it at Roosevelt please", g="s1=m")

V("3rd grade teacher at Hillside, mom of two at Roosevelt, Facebook", "teach")
P("party for {s1} at our house, {addr}, Saturday 1-4!! she's turning 6 on the actual day, {dob.word}, so we're celebrating early 🎈", g="s1=f")
P("babysitter notes on the fridge: {s1}'s inhaler is in the blue bag, my cell {myphone}, his dad's {phone}. bedtime 8. no screens after 7", "HEALTH", g="s1=m")
P("if anybody from soccer needs me this weekend, my cell is {myphone}, I'm at the tournament in Kingston all day Saturday ⚽")

# ---- official: a few more -------------------------------------------------------------------------
V("Roosevelt Elementary official account", "teach")
P("Picture Day is {day}! Order forms went home in folders. Retakes will be in November. 📸", flags="O")
P("Our Roosevelt Falcons collected {num}00 cans for the Hudson Valley food pantry! 🥫 Thank you, families!", flags="O")
V("HVHS Falcons athletics official account", "coach")
P("Tonight's girls basketball game vs. Lourdes is moved to {time} due to the weather. Tickets at the door 🦅", flags="O")

V("special ed para at Hillside, dance mom, Facebook", "para")
P("{s1}'s dance friend {s2} is in foster care now, new family since March. foster mom brought her to the recital and she beamed the whole time 💛", "FAMILY", g="s1=f s2=f")
P("{s1.full} from the studio is getting held back in 3rd, her mom told all of us in the lobby. she's taking it so hard, go easy on her at rehearsal", "ACADEMIC", g="s1=f")


if __name__ == "__main__":
    main()
