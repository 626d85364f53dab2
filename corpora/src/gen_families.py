"""Generate corpora/src/families.jsonl: school staff who are also parents, grandparents, spouses and
neighbours in the same town.

Voices: a custodian whose kids attend the district, a teacher married to a coach, a bus driver who is
a grandmother, a cafeteria worker who runs the church fundraiser, an alumna who came back to teach,
secretaries, aides, nurses, coaches and groundskeepers who live down the street from their students,
on Facebook above all, Instagram, Nextdoor and a neighbourhood group, plus a few official school /
PTA-liaison / district accounts and posts of unknown kind (screenshots, shares).

Content: their own family life mixed with school life: relatives, in-laws, grown children and their
friends, alumni reunions (adults now, by full name), retirements, obituaries, weddings, volunteers,
PTA parents (adults), church and youth-league events, local businesses named for families, streets
and parks named for people; students, and the poster's own child who attends the district (a
student: STUDENT_NAME with a roster row); opinions on taxes, the budget vote, bus routes, closures,
start times and the district's choices.

Names, as labelled in this slice:
  - the poster's child, grandchild, niece or neighbour's kid who attends an HVCSD school: {s1}...,
    STUDENT_NAME with a roster row;
  - a school-age child who is not on this district's roster (a grandson in Ohio, a niece at Catholic
    school, a step-kid in another district): {kid}, STUDENT_NAME without a roster row;
  - grown children, in-laws, spouses, alumni (adults now), PTA parents, volunteers, retirees, the
    deceased: {a1}... unmarked, as are staff by title {t1} and businesses / streets / parks named for
    people.
  Sensitive details of a student (including the poster's own child in the district) carry the
  category; the poster's own or adult relatives' health, money and family news carry none.

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
      {pubphone.hs} {attline} {pubmail} {money} {num} {score} {pct} {tax} {age} {grad}

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

OUT = Path(__file__).resolve().parent / "families.jsonl"
SEED = 20261208

LOCALES = ["en_US", "es_MX", "it_IT", "pl_PL", "en_IE", "pt_BR", "vi_VN", "en_NG", "de_DE", "fr_FR",
           "es_CO", "en_IN", "fil_PH", "nl_NL", "zh_CN", "en_GB", "tr_TR", "es_ES"]
# Romanized names for locales whose Faker names are not in Latin script (male firsts, female
# firsts, surnames), typed the way a neighbour would type them.
ROMAN = {
    "ar": (["Mahmoud", "Adnan", "Fadi", "Walid", "Nabil", "Sami", "Jamal", "Hassan", "Ziad", "Anwar"],
           ["Rasha", "Hiba", "Lina", "Nadia", "Reem", "Sana", "Mona", "Jana", "Lamia", "Zeina"],
           ["Haddad", "Saab", "Barakat", "Shami", "Odeh", "Najjar", "Hijazi", "Sabbagh", "Khoury", "Jaber"]),
    "el": (["Dimitrios", "Nikos", "Giorgos", "Kostas", "Stavros", "Yannis", "Christos", "Petros"],
           ["Eleni", "Katerina", "Sofia", "Despina", "Georgia", "Maria", "Ioanna", "Athena"],
           ["Papadopoulos", "Karras", "Stavrou", "Nikolaidis", "Georgiou", "Vlahos", "Pappas", "Demos"]),
    "ko": (["Jun-seo", "Woo-jin", "Sung-min", "Tae-yang", "Min-ho", "Dong-hyun"],
           ["Ji-yeon", "Soo-bin", "Hye-jin", "Da-eun", "Ye-jin", "Na-rae"],
           ["Kim", "Lee", "Park", "Oh", "Song", "Hwang", "Baek", "Jang"]),
    "hi": (["Aditya", "Rahul", "Siddharth", "Varun", "Nikhil", "Pranav", "Yash"],
           ["Pooja", "Neha", "Shreya", "Aditi", "Tanvi", "Nisha", "Ira"],
           ["Desai", "Kulkarni", "Mehta", "Pillai", "Rao", "Singh", "Verma", "Shah", "Agarwal"]),
    "uk": (["Roman", "Ivan", "Petro", "Serhiy", "Yurii", "Volodymyr"],
           ["Halyna", "Natalia", "Mariia", "Tetiana", "Larysa", "Anna"],
           ["Hrytsenko", "Moroz", "Kovalchuk", "Sydorenko", "Romaniuk", "Danylenko", "Fedoruk"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "it_IT": 6, "pl_PL": 5, "en_IE": 4, "pt_BR": 3, "vi_VN": 3,
                "en_NG": 4, "de_DE": 3, "fr_FR": 2, "es_CO": 3, "en_IN": 3, "fil_PH": 2, "nl_NL": 2,
                "zh_CN": 3, "en_GB": 3, "tr_TR": 1, "es_ES": 2, "ar": 3, "el": 3, "ko": 2, "hi": 2, "uk": 2}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Giuseppe", "Joey", "m"), ("Bernadette", "Bernie", "f"), ("Kazimierz", "Kaz", "m"),
         ("Anneliese", "Annie", "f"), ("Salvatore", "Sal", "m"), ("Concepción", "Connie", "f"),
         ("Patrick", "Paddy", "m"), ("Wilhelmina", "Mina", "f"), ("Dominic", "Dom", "m"),
         ("Evangelina", "Eva", "f"), ("Ignacio", "Nacho", "m"), ("Josephine", "Josie", "f"),
         ("Emmanuel", "Manny", "m"), ("Francesca", "Frankie", "f"), ("Nguyen Minh", "Mickey", "m"),
         ("Magdalena", "Magda", "f"), ("Thaddeus", "Tad", "m"), ("Oluwadamilola", "Dami", "f"),
         ("Anthony", "Tony", "m"), ("Rebecca", "Becca", "f"), ("Bartholomew", "Bart", "m"),
         ("Guadalupe", "Lupita", "f"), ("Cornelius", "Neil", "m"), ("Caroline", "Carly", "f"),
         ("Fitzgerald", "Fitz", "m"), ("Soo-ah", "Sue", "f"), ("Rodrigo", "Rigo", "m"),
         ("Theresa", "Tess", "f")]

STREET_BASES = ["Wappinger", "Quaker Hill", "Sprout Creek", "Fishkill Hook", "Van Wyck", "Brookside",
                "Church", "Mill Pond", "Apple Blossom", "Sunset Ridge", "Chelsea Cove", "Beekman",
                "Pine Hollow", "Cedar Knoll", "Lake Walton", "Robin", "Horseshoe", "Storm King",
                "Old Hopewell", "Schenck"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Terrace", "road", "lane", "Pl", "Blvd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views are not my own" joke, "opinions welcome", "my own kitchen") sit among the plain.
BIOS = [
    ("teach", "wife of a coach, mom of 3 Falcons, 5th grade teacher | all opinions mine, not HVCSD's", True),
    ("teach", "HVHS class of '04, back teaching English at HVHS 🦅 | posts are personal, not the district's", True),
    ("teach", "Maestra 🍎 | mamá de dos | mis opiniones son mías, no del distrito", True),
    ("teach", "teacher • soccer mom • Hudson Valley born & raised 🌄", False),
    ("teach", "2nd grade at Hillside | married to the JV coach so weekends = bleachers", False),
    ("teach", "retired-ish • subbing • grandma x6 • opinions welcome at the kitchen table ☕", False),
    ("cust", "HVHS night custodian | dad of 4 | these posts are me talking, not my employer", True),
    ("cust", "custodian @ Maple Ridge 🧹 | Little League coach | Yankees", False),
    ("cust", "head custodian • fixer of everything • Knights of Columbus", False),
    ("bus", "Grandma driving the big yellow bus 🚌💛 | my opinions, not HVCSD Transportation's", True),
    ("bus", "bus driver 20+ yrs | Nana to 7 | church choir 🎶", False),
    ("bus", "🚌 route 22 | views are not my own, they belong to my grandkids lol", False),
    ("cafe", "cafeteria crew 🍕 | St. Mary's fundraiser queen | personal page, I don't speak for the school", True),
    ("cafe", "lunch lady & proud 🍎 | pierogi sale every Lent | my own kitchen, my own rules", False),
    ("cafe", "food service @ Roosevelt | 3 kids 2 dogs 1 husband", False),
    ("staff", "school secretary & PTA mom | views expressed are my own and not those of HVCSD", True),
    ("staff", "TA • neighbour • casserole deliverer • Opiniones propias 🙋‍♀️", True),
    ("staff", "school nurse, grandmother, gardener 🌷", False),
    ("staff", "aide at Roosevelt | Falcon mom x2 | Nextdoor lurker", False),
    ("staff", "groundskeeper HVCSD | deer hunting | grandpa", False),
    ("coach", "Coach | husband of a 3rd grade teacher | dad | speaking only for myself 🏈", True),
    ("coach", "Falcons softball | youth league board | my wife is the boss", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Hillside Elementary (official) | 🦅 Go Falcons",
    "cust": "HVCSD Facilities & Operations (official account)",
    "bus": "HVCSD Transportation (official)",
    "cafe": "HVCSD Food Service | official page | menus at hvcsd.org",
    "staff": "Hudson Valley Central School District | official | (845) 555-0100",
    "coach": "HVHS Falcons Athletics (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "845", "914", "518", "607", "973", "203", "646"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{e}-{s}",
                     "{a}{e}{s}", "+1 {a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "optonline.net", "icloud.com",
                     "verizon.net", "outlook.com"]
    HOSTS = ["hvhs-cafe-pos.hvcsd.local", "roos-nvr01.hvcsd.lan", "mrms-hvac.hvcsd.internal",
             "transpo-radio.hvcsd.local", "hill-door01.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|son|grandson|nephew|boy|mijo)\b",
                r"\b(she|her|hers|she's|shes|herself|daughter|granddaughter|niece|girl|mija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}{l}", f"{f}.{l}{r.randint(1, 99)}", f"{l}{r.choice(['clan', 'crew', 'house', 'fam'])}",
                f"{f[0]}{l}{r.randint(60, 99)}", f"grandma{l}", f"{f}_{l[:4]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(1, 99)}{r.choice('!$#')}",
                         f"{r.choice(['Lunch', 'Tray', 'Mop', 'Boiler', 'Route'])}{r.randint(10, 999)}{r.choice(['!', '', '*'])}",
                         f"hvcsd{r.choice(['cafe', 'custod', 'transpo', 'guest'])}{r.randint(21, 26)}",
                         f"{r.choice(['Nana', 'Pierogi', 'Bingo', 'Church'])}{r.choice(['Love', 'Night', 'Time'])}{r.randint(1, 9)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}_{l}", f"{f}.{l[:1]}{r.randint(2, 19)}", f"{f}{r.choice(['.ball', '_dance', '.art', 'x', '_fish'])}",
                         f"lil{f}{r.randint(1, 9)}", f"{f}{l[:3]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 60, 115, 220])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(2, 24)}",
                                      f"{r.randint(3, 36)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:10", "6:45", "7:05", "7:40", "8:15", "9:00", "11:00", "12:30",
                                      "1:00", "2:20", "3:10", "4:00", "5:30", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(1, 99)),
            "year": lambda: str(r.randint(2025, 2028)),
            "grad": lambda: r.choice(["'88", "'91", "'95", "'99", "'03", "'06", "'10", "1984", "1997", "2001"]),
            "age": lambda: str(r.randint(62, 97)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(4, 75)}",
            "num": lambda: str(r.randint(3, 28)),
            "score": lambda: r.choice([f"{r.randint(2, 12)}-{r.randint(0, 9)}", f"{r.randint(35, 70)}-{r.randint(30, 64)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 28)}"]),
            "pct": lambda: r.choice(["2.9", "3.4", "4.1", "1.8", "5.6", "3.9"]),
            "tax": lambda: f"${r.randint(90, 640)}",
        }


SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3). Leaks, category posts and opinion
    posts with placeholders get more fills than clean family news, so the slice stays near a third
    clean."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.45 else 2
    if sk["cats"]:
        return 3 if x < 0.5 else 2
    if "R" in sk["flags"]:
        return 3 if x < 0.7 else 2
    if kind_of(sk) != "personal":
        return 2 if x < 0.3 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.2 else 1
    return 1


def kind_of(sk: dict) -> str:
    return "official" if "O" in sk["flags"] else "unknown" if "N" in sk["flags"] else "personal"


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.35, 0.2), other=(0.4, 0.15))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.02, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when a sensitive detail is tied to a
# named student (the poster's own child in the district included), a colleague, or someone unique
# from context. R only for personal posts whose text takes a position about the district / a school
# / education / colleagues / the job; views about family, church, teams, food or weather are not R.
# ---------------------------------------------------------------------------------------------
# ---- the night custodian whose four kids go to HVCSD -------------------------------------------
V("HVHS night custodian, dad of 4 in the district, Facebook", "cust")
P("Proud dad moment 🥹 my boy {s1} made JV baseball and I got to watch tryouts from the supply closet window on my break lol", g="s1=m", flags="N")
P("working nights means I miss dinner but I get to wax the floor my daughter {s1} walks on every morning. she has no idea. thats love 🧹💛", g="s1=f")
P("Been custodian at HVHS 14 yrs and they still can't get us a floor machine that doesn't die every 20 min. Ordered one in August. It's March.", flags="R")
P("Night shift and the budget vote is Tuesday. I'm voting yes. These buildings are falling apart and I'm the one holding them together with duct tape.", flags="R")
P("Friday night plans: buffing the cafeteria, then pizza w my wife at Santoro's at 11 when she gets off. romance isn't dead 🍕")
P("my son {s1} came home crying bc he got a 52 on the algebra regents, summer school now. he's a good kid, he just hates math like his old man", "ACADEMIC", g="s1=m")
P("{s1.full} (my middle one) got an in-school suspension for the hallway thing Tuesday. we talked. he knows. that's all I'm saying", "DISCIPLINE", g="s1=m")
P("Whoever's been leaving the side door on Pine St propped open after games, the alarm code is {code} and I'm not typing it at 2am again for you. just shut it", "SECURITY")
P("Reminder to my fellow night crew: time cards due Thursday not Friday bc of the holiday 👍")
P("My oldest {a1} graduated HVHS in 2019, now she's an RN at St. Luke's. I mopped her graduation stage the next morning and cried the whole time", g="a1=f")

# ---- a 3rd grade teacher married to the varsity football coach ---------------------------------
V("3rd grade teacher married to the varsity football coach, Facebook", "teach")
P("Being married to the football coach means I know the roster better than my own grocery list. Also means I hear EVERY opinion at Stop & Shop. Pls let the man buy his milk.")
P("My husband gives everything to those boys and the district pays him a $3,900 stipend for 4 months of 70-hour weeks. Math doesn't math.", flags="R")
P("Honestly the best thing about teaching in the town you live in is seeing your former 3rd graders pump your gas and tell you they still remember the class hamster.", flags="R")
P("Coach asked me to remind the team parents: pasta dinner Thursday at our house, {addr}, 6pm, bring a side 🍝", "")
P("one of the linemen, {s1.full}, tore his ACL Friday. hubby is wrecked. surgery next week at Vassar. prayers for that sweet kid 🙏", "HEALTH", g="s1=m")
P("Hot take from a coach's wife: Friday night lights should start at 6 not 7. Half the band is 12 yrs old and falling asleep in their plumes.", flags="R")
P("We're hosting the end of season banquet at the VFW this year. Tickets {money} at the door. Coach will cry. He always cries.")
P("Shoutout to the JV moms who run the concession stand. You are the reason anyone eats on Friday nights 🌭")

# ---- grandmother who drives bus 22 --------------------------------------------------------------
V("bus driver and grandmother, 60s, Facebook", "bus")
P("Nana life: I drive my own granddaughter {s1} to school every morning on bus {bus} and she pretends she doesn't know me 😂 Monday she waved. progress", g="s1=f")
P("They cut my route from 2 runs to 1 and added 14 stops. Kids on the end of the line are getting home at 4:40. Somebody at the transportation office needs to ride it once.", flags="R")
P("Happy 50th anniversary to my husband {a1}. 50 yrs, 4 kids, 11 grandkids, and he still can't back a trailer. Love you old man 💕", g="a1=m")
P("new granddaughter arrived 7lb 2oz, born 3:12am at Vassar Brothers 💗 name TBA, her mama wants to announce it herself")
P("{s1}'s mom asked me to keep an eye on him bc of the custody thing, dad isn't allowed to pick up. I got you, he's safe on my bus", "FAMILY", g="s1=m")
P("my granddaughter {s1.full} has been getting bullied on the OTHER bus and the school still hasn't done anything. I've driven 22 yrs. I know what's allowed and this isn't it", "DISCIPLINE", flags="R", g="s1=f")
P("Driving a school bus is the best job there is. I said what I said. 🚌💛", flags="R")
P("Church ladies!! Funeral lunch for Dolores Schenk is Saturday after the 10am mass. I'm doing ziti. Someone please take salad.", flags="N")
P("It's not my place to say but 6:10am pickups for high schoolers is cruel. Study after study. Flip the start times already.", flags="R")

# ---- cafeteria worker who runs the church fundraiser -------------------------------------------
V("cafeteria worker and church fundraiser organizer, 50s, Facebook", "cafe")
P("Made 1,400 pierogi with 9 church ladies this weekend and then served 600 chicken nuggets Monday. my hands are tired but my heart is full")
P("Can we talk about the lunch line? 22 minutes for lunch and 8 of them are in line. Give these kids more time to EAT. I see it every single day.", flags="R")
P("little {s1} in 2nd grade owes {money} on her lunch account and her mom is between jobs. I paid it. don't tell anybody. oops I just told Facebook", "FAMILY", g="s1=f")
P("{s1.full} has a peanut allergy with an EpiPen in the nurse's office, if you're a new sub in the Roosevelt cafe please please check table 4", "HEALTH")
P("the new menu from the district is all whole grain everything and the kids are throwing half of it away. I'm not a nutritionist but I am a grandmother. Bring back the real rolls.", flags="R")
P("Shoutout to my cafeteria crew, Linda, Marisol and Big Rich. Fed 900 kids in 3 lunches today with one oven down. Legends 🍕", flags="N")
P("Our pastor is retiring after 29 yrs at St. Mary's. Farewell potluck in the parish hall Sunday after the 11. Bring a dish to pass!")
P("Honestly? Feeding kids is the most important job in that building. Nobody learns hungry.", flags="R")

# ---- alumna who came back to teach at HVHS -----------------------------------------------------
V("HVHS alumna, now HVHS English teacher, 30s, Instagram", "teach")
P("Class of 2008 → teaching in my old homeroom. Mr. {t1} still works here and still calls me by my maiden name 😭")
P("Walking the same halls I walked in 2006 and they STILL haven't fixed the B-wing leak. I'm not mad, I'm nostalgic. Okay I'm a little mad.", flags="R")
P("my high school English teacher Mrs. {t1} retired this year and I got to give her speech at the party. full circle 🥹📚")
P("Coming back to teach where you graduated is weird and wonderful and I'd recommend it to anyone who loved their school. Hometown kids need hometown teachers.", flags="R")
P("my niece {s1} is in my sophomore English class this year. she calls me Ms. {t1} in class and Auntie at Thanksgiving. the code switching is elite", g="s1=f")
P("Fun fact: my mom was the lunch lady here when I was a student. Now she packs MY lunch and drops it off at the main office 🥪💕", flags="N")
P("Just realized the student who sat in my seat in room {room} is the daughter of the boy who sat behind me in 2005. Hudson Valley is a small town in a trench coat", flags="N")

# ---- a school secretary who is everyone's neighbour --------------------------------------------
V("Hillside school secretary, neighbourhood group member, 50s", "staff")
P("Anyone know a good plumber? Basement flooded again. Yes I work at the school, no I can't ask the custodians lol")
P("{s1.full}'s dad, if you're reading this, the new address you gave the office {addr} doesn't match the custody papers so we can't update it yet. call me.", "FAMILY")
P("The new parking rule at Hillside pick-up is a mess. Two lanes merging into one by the flagpole. Whoever drew this up has never done pickup in the rain.", flags="R")
P("Wedding bells 🔔 our own {a1.full} from the Hillside front office married her high school sweetheart Saturday at Locust Grove. Gorgeous day.", g="a1=f")
P("Lost: grey tabby, answers to Mr. Whiskers, last seen on Roosevelt Rd near the park. Please message me 🐈")
# ---- a teaching assistant whose kids are in the district, Nextdoor -----------------------------
V("teaching assistant and mom of two, Nextdoor", "staff")
P("Nextdoor friends — the budget vote is May 20 at the HVHS gym, 7am-9pm. Bring ID if you're new to the district. That's it, that's the post.")
P("Neighbours asking me how to vote on the budget: speaking as a resident, not as district staff, I'm voting YES. The {pct}% levy increase is about {tax} a year on an average house and it keeps the pre-K.", flags="R D")
P("Someone on here said teachers 'get summers off and complain.' I'm a TA. I make $19.40 an hour and work a summer job at the pool. Try again.", flags="R")
P("My son {s1} has his first speech therapy session at Roosevelt tomorrow. I work down the hall and I'm more nervous than he is", "SPECIAL_EDUCATION", g="s1=m")
P("Anyone else's kid on the Maple Ridge bus that's been 25 min late all week? Just trying to figure out if it's the route or the driver", flags="N")
P("Recommendations for a pediatric dentist that takes Fidelis? asking for a friend (me, I'm the friend)")
P("The school is closing Hillside? After 70 years? On a 5-2 vote with no real public input. My kids went there. I went there. Shameful.", flags="R")

# ---- school nurse, grandmother of a middle schooler ---------------------------------------------
V("school nurse and grandmother, 60s, Facebook", "staff")
P("My grandson {s1} (Maple Ridge, 7th) was diagnosed with type 1 diabetes last week. He's learning his pump like a champ. I'm learning to breathe.", "HEALTH", g="s1=m")
P("Flu is going around like crazy. Wash your hands, stay home with a fever, and please don't send your kid in on Motrin. Love, every school nurse", flags="R")
P("{s1.full} in kindergarten needs her inhaler before recess, her new aide doesn't know yet, I'm putting it here bc the email isn't going through", "HEALTH", g="s1=f")
P("My husband {a1} had his hip replaced Tuesday. He's already complaining about the hospital jello so he's fine 😂", g="a1=m")
P("Reminder for families: physicals for fall sports are due to the nurse's office by Aug 15. Forms on hvcsd.org/athletics")
P("They want one nurse covering two buildings next year to 'save money.' Two buildings, 1,100 kids, 38 on insulin or seizure plans. No.", flags="R")

# ---- varsity football coach, husband of the 3rd grade teacher ----------------------------------
V("varsity football coach, husband of an elementary teacher, Facebook", "coach")
P("My wife teaches 3rd grade and I coach football. Combined we have graded 600 papers and broken down 40 hours of film this week. We are ordering pizza.")
P("Proud of my guys. 7-2, sectional bound, and 3.1 team GPA. Go Falcons 🦅🏈")
P("Turf field has been 'next year' for 9 years. Our kids practice on a field with a drainage ditch at the 30. One bad ankle and somebody will care.", flags="R")
P("{s1.full} is academically ineligible this week. I told him if he gets his chem grade up he starts against Arlington. He's in the library right now. 📚", "ACADEMIC", g="s1=m")
P("Nothing better than a Sunday at the Giants game with my dad and my son. Even when they lose. Especially when they lose, apparently 🙃")
P("Giants need a new GM yesterday. I don't want to hear it.")
P("Coaching is the best job in the world and the worst paid. I'd do it for free. Don't tell the district.", flags="R")
P("Welcome to the world, baby Rosalie! Our assistant coach {a1.full} and his wife had a daughter last night ⚽🎀", g="a1=m")

# ---- Maple Ridge custodian and neighbourhood group regular --------------------------------------
V("Maple Ridge custodian, neighbourhood group, 40s", "cust")
P("If anybody lost a gold bracelet at the Maple Ridge concert last night it's in the main office. Call the school at {pubphone} not me 😂", flags="N")
P("Lil reminder: the Maple Ridge track is open to the public after 6pm but please pick up after your dogs. I'm the one who finds it. at 6am.")
P("They want us to clean a 110,000 sq ft building with 4 people now instead of 6. You'll see it in the bathrooms first. Just saying.", flags="R")
P("The boiler at Maple Ridge is 61 years old. I've got it running on prayer and a part I made in my garage. Pass the capital project, folks.", flags="R")
P("Happy birthday to my twin brother {a1}! 44 years of you stealing my fries 🎂", g="a1=m")
P("new hire on the day crew asked for the building alarm code over the group text. buddy. no. come see me. (for the record it's not {code} anymore lol)", "SECURITY")

# ---- youth league board member who is also a 5th grade teacher ---------------------------------
V("5th grade teacher and youth soccer board member, Instagram", "teach")
P("Youth soccer coaches: if a kid is crying about playing time at age 8, the problem is us, not them.")
P("Shoutout to {s1} for scoring her first goal today and then running the wrong way to celebrate 😂💛", g="s1=f")
P("Fifth grade is the best grade to teach. They're old enough to get the joke and young enough to still laugh at it.", flags="R")
P("The district cut 5th grade band lessons to once every two weeks. You can't learn the clarinet twice a month. Put it back.", flags="R")
P("My son's team beat Wappingers {score} in the rain and I have never been prouder of a bunch of muddy 9 year olds", flags="N")
# ---- elementary aide, mom of a kid with an IEP, Facebook --------------------------------------
V("elementary aide and parent of a student with an IEP, Facebook", "staff")
P("Annual review for my son {s1}'s IEP today. I sit on the OTHER side of that table every week. Way harder from this chair. They're keeping his 1:1 🙏", "SPECIAL_EDUCATION", g="s1=m")
P("IEP season is brutal on both sides of the table. Be kind to your case managers and your parents this month 💙")
P("my daughter {s1.full} finally got classified (OHI) after 2 years of asking. resource room starting Monday. I could cry. I did cry.", "SPECIAL_EDUCATION", g="s1=f")
P("The district should not make parents fight for two years to get an evaluation. I work here and it still took two years. Imagine if you don't.", flags="R")
P("the little guy I'm 1:1 with, {s1.low}, said 'good morning' to the bus driver today on his own. 6 months of practice. his mom and I hugged in the lobby", "SPECIAL_EDUCATION", g="s1=m")
P("paras in this district haven't had a raise that beat inflation since 2019. we wipe noses, we de-escalate, we get bit. pay us.", flags="R")
P("Family game night tip: Uno No Mercy will end friendships. Proceed with caution 🃏", flags="N")

# ---- groundskeeper, grandfather, Nextdoor ------------------------------------------------------
V("district groundskeeper and grandfather, 60s, Nextdoor", "staff")
P("Grandson {s1} is pitching for Maple Ridge Saturday 10am at Veterans Memorial Park. Grandpa will be the loud one 🧢", g="s1=m")
P("The town named the new dog park after Bill Ostrander. Bill was a Korean War vet and coached Little League for 40 years. Fitting 🐕🇺🇸")
P("The district outsourced the grounds crew at Hillside to a private company. They charge twice what we cost and don't know where the sprinkler heads are. Good luck.", flags="R")
P("my gate code at the district garage changed to {code} and I told my wife so I'd remember and now I'm telling Nextdoor. I'm a mess. Ignore this.", "SECURITY")

# ---- PTA president who works as a Hillside office clerk -----------------------------------------
V("Hillside office clerk and PTA president, Facebook", "staff")
P("Huge thank you to our PTA volunteers {a1.full}, {a2.full} and {a3.full} for running the book fair in 4 days flat 📚💛")
P("Carnival volunteers, text me to sign up: {myphone}. Please not during school hours, I'm at the front desk 😅")
P("Teacher Appreciation lunch sign-up is on the PTA page. Lasagnas, salads, desserts. Last year we had 11 desserts and 1 salad. Let's do better lol")
P("To the parent who left a nasty comment about our carnival being 'run by the same 5 moms': come help. We have plenty of tables.", flags="N")
P("Volunteer clearances: {a1.full}, your background check came back but I need your license copy. Email me at {myemail} and not the school mailbox please", "")
P("Hot take as a PTA president: bake sales are not a funding model for public schools. We raised $4,200 for a smartboard. The district should buy smartboards.", flags="R")

# ---- cafeteria manager, lives across from Roosevelt ---------------------------------------------
V("cafeteria manager who lives across the street from Roosevelt, Facebook", "cafe")
P("Living across from the school means I hear the morning bell on my days off. Pavlov's lunch lady 🔔")
P("the free breakfast program at Roosevelt is the best thing the district has done in a decade. Fed kids learn. Period.", flags="R")
P("{s1.full} and her little brother have been coming in without breakfast every day and mom told me they're staying at the shelter on Main. Please nobody make a thing of it, just feed them", "FAMILY", g="s1=f")
P("Lunch PIN for my own kid {s1} is {pin} bc he keeps forgetting it and I'm at work lol. buddy it's literally your birthday backwards", g="s1=m")
P("Nobody asked but: the new point-of-sale system the district bought takes 3x longer per kid than the old one. We timed it.", flags="R")
P("Happy retirement to Dolores, 34 yrs in the Roosevelt kitchen. She trained me. She trained half this town. 💐")

# ---- HS math teacher whose daughter is a senior in his school -----------------------------------
V("HVHS math teacher, dad of a senior, Instagram", "teach")
P("Teaching in the same building your kid attends: you learn everything. You pretend you know nothing. It's an Oscar-worthy performance.")
P("my daughter {s1.full} missed 9 days this quarter bc of her anxiety and honestly we're just trying to get her to June. if you're her teacher, thank you", "HEALTH", g="s1=f")
P("Senior year advice from a dad who is also a teacher: FAFSA early, apply broad, and don't let anybody make you feel bad about community college.", flags="R")
P("Dutchess Community College is the best deal in higher ed and I'll fight anyone about it. Two years, zero debt, transfer anywhere.", flags="R")
P("Baked ziti for 40 for the senior class car wash. My wife says never again. She said that last year.")
P("Her student ID is {sid} if anyone at the guidance office sees this, the transcript request keeps bouncing, she's {s1.full}", g="s1=f")

# ---- teacher who is also a town board member's spouse -------------------------------------------
V("middle school teacher, spouse of a town council member, Facebook", "teach")
P("Date night = town council meeting. He gets the microphone, I get the folding chair 💕", flags="N")
P("Middle schoolers are the funniest people alive. Anyone who says they're the hardest grade to teach is not listening to them.", flags="R")
P("Reminder that the school board and the town board are two different things. Please stop yelling at my husband about bus routes. Call {pubphone.dist}.")
# ---- HVHS class of '94 reunion organizer, now a Hillside teacher -------------------------------
V("Hillside teacher organizing her 30th HVHS reunion, Facebook", "teach")
P("HVHS CLASS OF '94 — 30 YEAR REUNION 🎉 Sat Oct 12, Falcon's Nest, 7pm. $45 a head. Tag everybody. Yes even {a1.full}, we forgive you for the senior prank.", flags="N")
P("{a1.full} flew in from Seattle for the reunion and brought her kids to see the school. Her son asked why the lockers are so small. Honey, we were small.", g="a1=f")
P("Walked the reunion crowd through HVHS and {a1.full} cried in front of the trophy case where his 1994 state title ball still sits. 30 years! 🏀", g="a1=m")
P("In memory of our classmates we've lost: {a1.full}, {a2.full}, and Coach {t1}. We'll light candles at the reunion 🕯️")
P("Fun to be back at HVHS as a teacher and see how much has changed. The library is amazing now. The parking lot is somehow worse.", flags="R")

# ---- bus mechanic at the district garage, dad, Nextdoor ---------------------------------------
V("district bus mechanic, dad of three, Nextdoor", "staff")
P("For everybody asking why bus 31 was late Tuesday: blown air brake line, I fixed it in the lot, kids got to school safe. That's the job 🔧")
P("We are running 11 buses that are over 15 yrs old. I keep them safe. But I can't keep them forever. The bus bond is on the ballot. Read it.", flags="R")
P("bus GPS was glitching so we rebooted the server, it's {host} if the day guy needs it, don't DM me on a Saturday", "SECURITY")
P("Met Jimmy Fallon at the Shell station on 9D once. Nicest guy. Not school related, I just think about it a lot.")

# ---- Spanish-speaking teaching assistant, abuela, WhatsApp screenshots -> Facebook --------------
V("bilingual teaching assistant and abuela, Facebook", "staff")
P("¡Mi nieta {s1} ganó el concurso de deletreo en Roosevelt! 🐝 La abuela está llorando en la cocina 💛", g="s1=f", flags="N")
P("Familias: la reunión de padres es el jueves a las 6pm en la biblioteca de Hillside. Habrá intérprete. ¡Los esperamos!")
P("Necesitamos más asistentes bilingües en este distrito. Una sola para 40 familias que no hablan inglés no es suficiente. Lo digo yo, no el distrito.", flags="R D")
P("{s1.full} y su mamá están sin papeles y tienen miedo de venir a la escuela. Si alguien puede acompañarlos a la cita del jueves, avísenme", "FAMILY")
P("Cumpleaños de mi hija {a1} hoy! 30 años y sigue llamándome para la receta del arroz 🎂", g="a1=f")

# ---- retiring 2nd grade teacher, grandmother ---------------------------------------------------
V("2nd grade teacher retiring after 35 years, Facebook", "teach")
P("Retirement party Friday at the Elks Lodge 🍰 35 years, 3 schools, 2 superintendents I liked and 4 I won't mention 😇", flags="R")
P("Taught {a1.full} in 1992. Today I taught his daughter. Tomorrow I retire. Full circle ✨", g="a1=m")
P("35 years and my advice is: fight for recess. Fight for naps in K. Fight for play. They're 7.", flags="R")
P("My grandson {kid} drove up from Jersey with his mom for my last day. He's 6 and asked if I get a gold star for retiring. Yes baby, I do ⭐", g="kid=m")
P("Cleaning out room {room}. Found a note from 1998: 'Dear Mrs. {t1} you are nice but your shoes are loud.' Kept it.")

# ---- youth pastor who is also a HVHS social studies teacher -----------------------------------
V("HVHS social studies teacher and youth pastor, Instagram", "teach")
P("Civics shouldn't be a half-year elective. Kids graduate not knowing what the county legislature does. Make it a full year.", flags="R")
P("The Yankees bullpen is a war crime and Boone should be fired tonight. Pray for me.")
P("Shoutout to {a1.full} and {a2.full}, former students, now in their 20s and youth group leaders, running our food drive. 1,200 cans. Proud teacher AND pastor")

# ---- kindergarten teacher, newlywed ------------------------------------------------------------
V("kindergarten teacher, newlywed, Instagram", "teach")
P("I'm officially Mrs. {a1.last}!!! 💍 My kindergartners have been practicing my new name all week and have landed on 'Mrs. Spaghetti'")
P("Honeymoon in Aruba and I still woke up at 6:02 like the bell was ringing. Teacher brain is forever 🏝️")
P("my husband {a1} is a first-year teacher at Maple Ridge and he has never been more tired. welcome to the club babe 💕", g="a1=m")
P("the district should give new teachers a real mentor, not a binder. my husband got a binder.", flags="R")
# ---- official accounts ---------------------------------------------------------------------------
V("Hillside Elementary official page", "teach")
P("Grandparents & Special Friends Day is Friday, Nov 22! 👵👴 Doors open at 9:00. Please sign in at the main office with photo ID.", flags="O")
P("Thank you to the {a1.last} family for donating 30 pumpkins to our fall festival! 🎃", flags="O")
P("Congratulations to our Hillside Reading Challenge winners {s1.full} and {s2.full}, who read 100 books each this year! 📚", flags="O")
P("Our beloved crossing guard Mr. Eddie retires this Friday after 26 years at the corner of Hillside Ave and Spruce St. Come wave goodbye at 3:05! 🚸", flags="O")
P("Family Math Night: Thursday 6-7:30pm in the gym. Pizza provided by Sal's of Hudson Valley 🍕➗", flags="O")
P("Reminder: picture retake day is Tuesday. Forms were sent home in folders. Questions? Call the office at (845) 555-0100.", flags="O")
P("We are sad to share that {a1.full}, longtime Hillside PTA volunteer and grandmother of three Hillside alumni, passed away this week. Our thoughts are with her family. 💙", flags="O")

V("HVCSD district official account", "staff")
P("The 2026-27 budget vote and board election are Tuesday, May 19, 7am-9pm at the HVHS gym, 100 School Rd. Absentee ballot info: hvcsd.org/vote", flags="O")
P("Proposed budget: $148.2M, a {pct}% tax levy increase, within the tax cap. For the average home that's about {tax} a year. Full details at the public hearing May 12.", flags="O")
P("The Board of Education voted 5-2 Tuesday to consolidate Hillside Elementary into Roosevelt beginning Sept 2027. Community forums will follow. Full resolution at hvcsd.org.", flags="O")
P("Start-time survey results are in: 2,140 families responded. 61% support a later high school start. Board discussion Dec 9.", flags="O")
P("New bus routes for 2026-27 will be posted on the parent portal Aug 20. Questions: Transportation, (845) 555-0100 ext. 4.", flags="O")
P("HVCSD is hiring! Bus drivers (we train & pay for your CDL), cafeteria staff, custodians. Join the Falcon family 🦅 hvcsd.org/careers", flags="O")
P("Congratulations to {a1.full}, HVHS Class of 1998 and Olympic rowing silver medalist, our 2026 Distinguished Alumni Award honoree! 🚣", flags="O")
P("Please be aware: a post circulating on a neighborhood page included personal details about a student. It has been removed. Please do not share it further.", flags="O")
P("Thank you, Hudson Valley voters. The budget passed 1,842 to 1,206 and the bus proposition passed 1,901 to 1,150. 💙", flags="O")

V("HVCSD Transportation official page", "bus")
P("Driver spotlight: {a1.full} has driven route {bus} for 31 years — and now drives her own granddaughter. Thank you, {a1}! 🚌💛", g="a1=f", flags="O")
P("Due to road work on Van Wyck Lake Rd, buses {bus} and 14 will use Route 52 detour this week. Expect 10-minute delays.", flags="O")
P("Bus stop change for {s1.full}: new stop is in front of {addr} effective Monday. Please contact Transportation with questions.", flags="O")

V("HVHS Falcons Athletics official account", "coach")
P("FINAL: Falcons {score} over Arlington! Sectional semis Saturday at home 🦅🏈", flags="O")
P("Alumni night Friday: all former Falcons football players welcome on the field at halftime. Class of 1976 state champs will be honored 🏆", flags="O")
P("Congratulations to {s1.full}, Section 9 Scholar-Athlete, and to her dad, our own custodian {a1}, who hasn't missed a game in 4 years 🦅", flags="O", g="s1=f")
P("Injury update: {s1.full} underwent knee surgery this morning and is recovering well. The family thanks everyone for the cards. 🙏", "HEALTH", flags="O")

V("HVCSD Food Service official page", "cafe")
P("This week's menu: Monday chicken tacos, Tuesday baked ziti, Wednesday breakfast for lunch 🥞 Full menus at hvcsd.org/food", flags="O")
P("Free and reduced lunch applications for 2026-27 are open. All information is confidential. Apply online or call (845) 555-0100.", flags="O")
P("A warm welcome to our new Roosevelt kitchen manager, {a1.full}, who joins us after 12 years at St. Mary's parish kitchen! 🍎", flags="O")
P("Lunch balance notice for {s1.full}: account is at -$46.50. Please add funds or apply for free/reduced meals.", "FAMILY", flags="O")

V("Roosevelt Elementary official page", "staff")
P("Doughnuts with Grown-Ups Friday 7:45-8:20 in the cafeteria 🍩 Moms, dads, grandparents, aunts, uncles — all welcome!", flags="O")
P("Kindergarten registration for Sept 2026 opens March 2. Bring birth certificate, proof of residency and immunization records to 25 Academy St.", flags="O")
P("Happy 7th birthday to our star reader {s1}! 🎂 Born {dob.word}, and already on chapter books!", flags="O")
P("Roosevelt staff, family members and neighbors raised $6,400 for the {a1.last} family after the house fire on Elm St. Thank you, Roosevelt 💙", flags="O")
P("Morning drop-off reminder: please use the Academy St loop, not the church lot. St. Paul's needs it for the 8am funeral Thursday.", flags="O")

V("HVCSD Facilities official page", "cust")
P("Custodial staff appreciation day! 🧹 Thank you to our 48 custodians who keep 6 buildings safe and clean. Special shout-out to {a1.full}, retiring after 37 years.", flags="O")
P("The Maple Ridge boiler replacement is complete. Thank you to voters for approving the 2025 capital project!", flags="O")
P("Maintenance staff: the new door access panel at Hillside is {host}, default admin pw {pw}, change it on first login.", "SECURITY", flags="O")

V("HVHS alumni association official page", "teach")
P("Save the date: HVHS All-Class Reunion, July 12 at Bowdoin Park pavilion! Classes of 1960-2020 welcome 🦅", flags="O")
P("Congratulations to {a1.full} (class of {grad}), new owner of {a2.last}'s Diner on Main St! Alumni get 10% off Tuesdays 🍳", flags="O")
# ---- unknown kind: shares, screenshots, neighbourhood-group reposts -------------------------------
V("neighbourhood group post, unknown account", "staff")
P("Anyone know if the Hillside closing vote is final?? My kids have 2 more years there 😟", flags="N")
P("Closing Hillside is the dumbest decision this board has made and that is saying something. Vote them out in May.", flags="N")
P("Budget vote tomorrow! Polls open 7am at the HVHS gym. Whatever way you vote, just vote.", flags="N")
P("My taxes went up {tax} this year and the district wants more. Vote NO. Enough.", flags="N")
P("6:10 bus pickup for a 15 year old is insane. The later start time is LONG overdue.", flags="N")
P("Found a little boy's backpack on Maple Ave with a name tag, {s1.full}, Roosevelt. Is this your kid? Message me.", flags="N", g="s1=m")
P("RIP {a1.full}, HVHS class of '71, Marine, volunteer firefighter, and the best Santa this town ever had. 🎅🇺🇸", flags="N")
P("Congrats to {a1.full} and {a2.full} on their wedding at Locust Grove! Both HVHS '12, high school sweethearts 💍", flags="N")
P("Whose kid is {s1.full}? Caught him and two friends throwing rocks at cars on Hackensack Rd. Called the police. Parents, do better.", "DISCIPLINE", flags="N", g="s1=m")
P("Lost dog!! Black lab, answers to Bruno, near Sprout Creek Rd. Call {phone} any time 🐕", flags="N")
P("Kowalski's Deli is closing after 58 years 😭 end of an era. Last day Saturday, get your kielbasa while you can", flags="N")
P("Does anyone have the number for the HVHS main office? Trying to get a work permit signed.\n↳ it's {pubphone.hs}", flags="N")
P("Shoutout to the lunch lady at Roosevelt who paid my son's negative balance. I don't know your name but I know your heart ❤️", flags="N")
P("The bus driver on route {bus} waited 3 extra min for my daughter in the rain. Thank you ma'am!! 🚌", flags="N")
P("[screenshot] 'HVCSD will begin a 2-hour delay schedule pilot for HVHS in Sept' — wait is this real?", flags="N")
P("Who is teaching 3rd grade at Hillside next year? My daughter is SO nervous. Any info appreciated!", flags="N")
P("Why does the district have 4 assistant superintendents and one nurse per building? Asking for real.", flags="N")
P("Heads up: {s1.full}'s mom is looking for a carpool to Maple Ridge from Fishkill Hook Rd, she can be reached at {phone}", flags="N")
P("Happy 100th birthday to Helen Gorski, HVHS class of 1943, still sharp as a tack and still beats everyone at pinochle 🎂", flags="N")
P("Kids are out of control on bus {bus}. There's a 5th grader named {s1} who spits on people. Driver does nothing.", "DISCIPLINE", flags="N")
P("Carpool group for the St. Mary's CCD classes on Wednesdays? DM me", flags="N")
P("PSA: there's a scam call going around pretending to be the district asking for your kid's student ID. HVCSD will never call and ask. Real number is {pubphone.dist}.", flags="N")
P("Thank you to every teacher who came to my mom's wake last night. 31 years at Roosevelt and the line went around the block. 💐", flags="N")
P("{s1.full} (Hillside 4th grade) is missing her glasses, purple frames, left at the park on Saturday. Please DM!", flags="N", g="s1=f")
P("Ok who else saw the Falcons lose to Newburgh {score}. Refs were blind. That's all.", flags="N")
P("Sad news from the Maple Ridge family — a 6th grader's dad passed suddenly this weekend. Meal train link in comments.", flags="N")
P("The new playground at Lincoln Park is finally open! Named for Councilwoman Ruth Delaney who pushed for it for 10 years 🛝", flags="N")
P("Anyone have a teenager that wants to rake leaves? $20/hr, Quaker Hill area. Reply here.", flags="N")
P("Parents of the {s1.last} twins: your boys left their bikes at my house on Cedar Knoll. Come get em lol", flags="N")
P("my neighbour's kid {s1} has a 504 for ADHD and the teacher keeps taking her recess. is that even allowed??", "SPECIAL_EDUCATION", flags="N", g="s1=f")
P("Did the fall play get cancelled? Heard something about the auditorium roof.", flags="N")
P("Teachers in this district are underpaid and overworked. I married one. I know.", flags="N")
P("Fundraiser for the {a1.last} family at the Elks Saturday. Their daughter {s1.full} (HVHS sophomore) starts chemo next week. Spaghetti dinner $15.", "HEALTH", flags="N", g="s1=f")
P("Shoutout to {a1.full} at Vanderburgh's Hardware for cutting a key for my mom at closing time. Small town stuff 🔑", flags="N")
P("PTA moms are the backbone of this district and nobody says it enough.", flags="N")
P("Garage sale Sat 8-1, {addr}. Kids' bikes, Falcons gear, a treadmill my husband promised to use 😂", flags="N")
P("Who remembers Mr. Delgado's driver's ed car? The brake on the passenger side saved my life twice 🚗", flags="N")
P("Someone posted a pic of kids at Maple Ridge recess in the town group without asking. Please take it down, it has my son in it.", flags="N")
P("Snow day tomorrow? District page says nothing yet ❄️❄️", flags="N")
P("hey is this {s1}'s mom? he left his Switch on my son's bus, I'm the driver's daughter, msg me", flags="N", g="s1=m")
P("RIP to the Pizza Hut on Route 9 where every HVHS team celebrated since 1989. 🍕🕯️", flags="N")
P("Congratulations to Coach {t1} on her 300th win!! Falcons softball forever 🥎", flags="N")
P("The new Roosevelt principal is doing a great job. Visible, friendly, answers emails. Finally.", flags="N")
P("Our church youth group is collecting coats for HVCSD families. Drop off at Grace Methodist, 14 Church St, any Sunday.", flags="N")
P("{s1.full} from HVHS got into MIT!!! Local kid! Her grandma told the whole ShopRite 😂🎓", flags="N", g="s1=f")
P("Speed bumps on Academy St NOW please, before a kid gets hit at pickup.", flags="N")
P("Reunion pics from the HVHS class of 1985 40th are up on the alumni page. Look at {a1.full}, still the same haircut 😂", flags="N")
P("who's the kid that plays trumpet on Birch Hill every night at 9pm? genuinely, he's getting good 🎺", flags="N")
# ---- colleagues who are also neighbours and in-laws ---------------------------------------------
V("Maple Ridge teacher whose sister-in-law works in the same building, Facebook", "teach")
P("My sister-in-law Mrs. {t1} is out on maternity leave till February and the long-term sub is already calling me 'the other {t1}' lol 👶", "PERSONNEL HEALTH")
P("Ms. {t1} down the hall (also my neighbour, also my kids' godmother) got rated 'developing' by the new AP after 19 yrs. She's the best teacher in the building. This eval system is a joke.", "PERSONNEL", flags="R")
P("Mr. {t1} is out on medical leave after his heart surgery, he's my husband's fishing buddy and he's doing ok. Cards can go to the main office 💌", "PERSONNEL HEALTH")
P("heard at Thanksgiving that my cousin's husband, who teaches at HVHS, is being non-renewed. small town, big mouths. I'm sorry {a1}", "PERSONNEL", g="a1=m")
P("Our building sub caller {a1} got written up for giving the sub list to her own daughter first. Nepotism or efficiency? You decide 🙃", "PERSONNEL", flags="R", g="a1=f")
P("the new AP at Maple Ridge came from Newburgh and already knows every kid's name. I was skeptical. I'm not anymore. Good hire.", flags="R")
P("Staff meeting ran 40 minutes over to tell us meetings should be shorter. I have a kid at home with strep, people.", flags="R")
P("My son {s1} has strep so I'm home today. Sub plans are on my desk, room {room}, thank you Ms. {t1} 💛", "HEALTH", g="s1=m")

V("HVHS guidance secretary, mom of a junior, Facebook", "staff")
P("{s1.full} is failing 3 classes and her mom asked me in the ShopRite parking lot to 'fix it.' Ma'am, I answer phones. Call the counselor.", "ACADEMIC", g="s1=f")
P("Transcripts for the class of '96 reunion slideshow? No. I cannot send {a1.full}'s transcript to the reunion committee. That's a no from me, dawg.")
P("Counselors at HVHS have 340 kids each. That's why your kid's college letter took 3 weeks. It's not laziness, it's math.", flags="R")
P("The new scheduling software put {num} seniors in two lunch periods and zero English. Whoever picked it owes us all a drink.", flags="R")
P("Logged into the SIS from home to check my OWN kid's attendance and it wanted me to reset my password. Which I did. Nothing to see here.")

V("HVHS custodian who coaches Little League, Facebook", "cust")
P("Kid on my LL team, {s1}, has a concussion from the collision at 2nd. Out 2 weeks min. Parents please stop asking me for updates, ask his mom.", "HEALTH", g="s1=m")
P("{s1.full}'s parents are in a custody fight and dad's not allowed at games anymore per the order. so if he shows up, coaches, call the mom. ugh.", "FAMILY")
P("Mom asked me for the locker combo for {s1} bc he forgot it again: it's {combo}. Don't tell the main office I posted this lol", g="s1=m")
P("Played catch with my son {s1} on the HVHS field after my shift. He says the grass is better than the Yankees'. I said I mowed it.", g="s1=m")
P("The Mets are going to break my heart again. I know it. I'll watch every game anyway.")

V("Roosevelt 1st grade teacher and foster mom, Facebook", "teach")
P("We welcomed a new foster placement last night. She's 7. She's at my school. I can't say more. Send good vibes 🏡💛", "FAMILY")
P("Foster care isn't for everyone but if you've ever thought about it, the county is having an info night Tuesday at the library.", flags="N")
P("our foster son {s1} moved to his aunt's today. we cried. he's happy. that's what we wanted 💙", "FAMILY", g="s1=m")
P("Schools need a trauma-informed counselor in every building, not a PD slideshow once a year. I see it at school AND at home.", flags="R")

V("HVHS art teacher, daughter of a retired HVHS teacher, Instagram", "teach")
P("Art is not an extra. Art is where half my kids find out they're good at something. Stop cutting it first.", flags="R")
P("Student art show at the Howland Library opening Friday! Pieces by {s1.full}, {s2.full} and 20 others. Wine and cheese for grownups 🍷")
P("{s1.full} hasn't turned in a project since October and just got put on academic probation for athletics. She's so talented. I'm heartbroken", "ACADEMIC", g="s1=f")

V("school bus aide and grandmother of twins, Nextdoor", "bus")
P("Nextdoor neighbours: I'm the aide on the special needs bus {bus}, if you see us stopped on Beekman Rd with the lights on please DON'T pass us. Our kids take time to load.")
P("{s1.full} on my bus has autism and gets overwhelmed when it's loud, if your kid rides 17 pls remind them to use inside voices 💙", "HEALTH")
P("Bus aides make $16 an hour to keep 20 medically fragile kids safe. The district just hired a PR firm. That's all I'll say.", flags="R")
P("Twins' birthday party Sat at the Quaker Hill firehouse. Born {dob.el}, same as their mom's anniversary lol. RSVP to their mom {phone}")

V("HVCSD payroll clerk, Facebook", "staff")
P("Payroll reminder for my HVCSD friends: W-2s are in the portal now. Don't call me on a Sunday asking where it is 😂")
P("Every year I see the raises go out and every year the admin raises are bigger. I do the payroll. I know.", flags="R")
P("{a1.full} from the transportation office is on unpaid leave and the rumor mill has it wrong, so stop. It's a family thing. Leave her alone.", "PERSONNEL", g="a1=f")
P("Somebody asked on here for my work login to 'check their deductions.' No. Not even if you're my cousin. Especially if you're my cousin.")
P("My brother-in-law asked why school taxes went up. I sent him the budget PDF. He has not replied in 3 days.", flags="N")

V("Hillside teacher, sister of an HVHS vice principal, Instagram", "teach")
P("My brother is the VP at HVHS so I get all the Thanksgiving complaints about the phone policy. Speaking for myself here, not the district or him: the phone ban is working.", flags="R D")
P("Big sis pride: my brother {a1} got his doctorate today. Dr. {a1.last}!!! The family group chat is unbearable now 🎓", g="a1=m")
P("Honest question: why do we do fire drills at 9am when every real fire alarm I've ever had was at lunch?", flags="R")

V("cafeteria worker, tia, church choir, Facebook", "cafe")
P("my nephew {kid} is at Our Lady of Lourdes and just got suspended for the vape thing. family group chat is on FIRE. keep him in your prayers", "DISCIPLINE", g="kid=m")
P("Choir practice moved to Thursday bc of the budget vote in the church basement Tuesday. God bless democracy 🙏🎶", flags="N")
P("Our kids deserve fresh food, not reheated trays from a central kitchen 20 miles away. The new contract is a mistake.", flags="R")
P("Cafeteria ladies got a $0.40 raise this year. Forty cents. I bought a coffee with it. Once.", flags="R")

V("teacher whose husband is the HVHS athletic director, Facebook", "teach")
P("I am not the athletic director. I am MARRIED to the athletic director. Please stop asking me about the modified soccer schedule at the nail salon 💅")
P("My husband hasn't seen a Saturday since 2019. The district needs an assistant AD. Yes I'm biased. Still right.", flags="R")
P("{s1.full} got hurt at the modified game tonight, ambulance took her to St. Luke's for the ankle. AD (my husband) is at the ER with her parents", "HEALTH", g="s1=f")

V("Roosevelt music teacher and church organist, Facebook", "teach")
P("Elementary music once a week for 30 minutes isn't music education. It's a sampler platter. We can do better, HVCSD.", flags="R")
P("Winter concert: 4th & 5th grade, Thursday 7pm, HVHS auditorium. Yes the recorders. Bring earplugs (kidding) (not kidding) 🎶")
P("Church wifi for the choir livestream is StColumba_Guest pw {wifi}, choir members only please. don't let Father Dan see this")
P("To the church folks: yes, I know your grandson is in my music class. No, I can't make him a soloist. Love you tho", flags="N")
# ---- more neighbours with opinions (the budget, buses, start times, closures) --------------------
V("Roosevelt custodian, lifelong resident, Nextdoor", "cust")
P("My school taxes went up {tax} this year. I also work for the district. I'm still voting yes because I see what the money fixes. Roofs don't patch themselves.", flags="R")
P("Bus {bus} goes past my house twice, empty, because the routing software doesn't know Old Hopewell Rd got a new bridge. Two years. Somebody update the map.", flags="R")
P("Closing Hillside to save {money} million is penny-wise. Where do 300 little kids go, a trailer behind Roosevelt? I clean those trailers. They leak.", flags="R")
P("My dad {a1} was HVHS head custodian for 30 yrs. He'd be horrified at how few of us they have now. 4 people for a whole building, Dad. Four.", flags="R", g="a1=m")
P("neighbour asked me if the district 'wastes money.' I told him come see the 1962 windows at Roosevelt and tell me where the waste is", flags="R")

V("Maple Ridge teacher, mom of three, Facebook", "teach")
P("Later start times for teens: YES. My own 16 year old is a zombie at 6:40am and so are my {num} first period kids. Do it, board.", flags="R")
P("Homework in elementary school is mostly homework for the parents. I say this as a teacher AND as the mom doing a diorama at 11pm.", flags="R")
P("The new 'no zeros' grading policy sounds nice and has taught my 8th graders that deadlines are a suggestion. Rethink it.", flags="R")
P("Mrs. {t1} at Hillside is the reason my twins learned to read. Every district should clone her. Best teacher in Dutchess County.", flags="R")
P("Standardized testing in 3rd grade does nothing but make 8 year olds cry. I've watched it from both sides, as their teacher and as a mom.", flags="R")
P("Our superintendent answered my email in 20 minutes on a Sunday. Whatever else you think, that's a leader.", flags="R")
P("Shoutout to the board for finally putting a nurse in every building. Took long enough, but credit where it's due 👏", flags="R")
P("Snow day called at 5:12am. Could we maybe... decide the night before? Asking for every working parent in the county 🙃❄️", flags="R")
P("New cell phone pouch policy started Monday. Day 3 and my kids are... talking to each other? At lunch? Huh. Color me surprised. It works.", flags="R")

V("HVHS bus driver, grandfather, Facebook", "bus")
P("Route {bus} got 9 new stops and the same 52 minutes. The people who plan these have never driven Route 52 in the snow.", flags="R")
P("District wants drivers to do their own pre-trip AND bus monitoring AND radio check in 15 min unpaid. No sir.", flags="R")
P("Been driving {num} years and I'll tell you the best part of this job: the kid who says 'thank you' every single day. Keeps me going.", flags="R")
P("the new bus cameras are great, the new seats are great, now give us heat that works past row 6 🥶", flags="R")
P("They want us to write up kids for eating on the bus now. Lady, half of them didn't have breakfast. I'm not doing that.", flags="R")

V("teaching assistant, church deacon's wife, Facebook", "staff")
P("Our board meetings should be at 7pm, not 4:30. Working people can't come at 4:30. That's the whole point, isn't it?", flags="R")
P("The budget vote shouldn't be in the gym on a Tuesday in May. Put it at the library on a Saturday. More people would vote.", flags="R")
P("Praying for our district leaders this week. And also praying they read the union's proposal, because wow. 🙏", flags="R")
P("Parents, please stop dropping kids off at 7:20 when the doors open at 8. There's no supervision. Not our rules, just the facts, and it's not safe.", flags="R")
P("Today's lesson: teaching assistants are teachers. We just get paid like we aren't.", flags="R")
P("Opinions are my own, not my employer's: moving 5th grade to the middle school is the best decision this district has made in a decade.", flags="R D")
P("#MyViewsOnly — consolidating the two elementary schools is going to hurt the kids on the north end the most. Longest rides in the county.", flags="R D")
P("Just a mom and resident here, not speaking for HVCSD: the capital project is overdue. Vote yes on Prop 2.", flags="R D")
P("(This is my personal page, not a district account.) We lost {num} teachers to Arlington this year over pay. Match the offers or keep losing them.", flags="R D")

# ---- more family posts with sensitive details about students -------------------------------------
V("HVHS cafeteria worker, mom of a freshman, Facebook", "cafe")
P("my son {s1} (HVHS freshman) got jumped in the locker room and the other kid only got 2 days OSS. he has a black eye. I serve that kid lunch every day 😡", "DISCIPLINE", g="s1=m")
P("{s1.full} (my oldest) is repeating 9th grade. We made peace with it. Second time's the charm. Love you kiddo 💛", "ACADEMIC", g="s1=m")
P("Our family qualified for free lunch this year after my husband's layoff. Swallowing my pride because my kids {s1} and {s2} deserve to eat.", "FAMILY")
P("My daughter {s1} starts at the BOCES program Monday for her IEP, new bus, new building, new everything. pray for mama", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.full} was at the hospital all weekend, seizures again. Teachers, please go easy on her this week. Her mom (my cousin) is exhausted.", "HEALTH", g="s1=f")
P("Found out my niece {s1.full} at Maple Ridge has been seeing the school counselor for depression since fall. Nobody told the family. Grateful and scared.", "HEALTH", g="s1=f")
P("Family friend's son {s1.full} got arrested outside the HVHS game Friday. Charged, suspended, the works. He's 16. I taught him to ride a bike.", "DISCIPLINE", g="s1=m")
P("my nephew {s1} is living with us now since his mom lost the apartment. Hillside, if you're reading, his address changed to {addr}", "FAMILY", g="s1=m")

V("Roosevelt aide, grandmother raising a grandson, Facebook", "staff")
P("I got custody of my grandson {s1} in court today. 3 years of fighting. He's 8 and he's home for good 🏡💙", "FAMILY", g="s1=m")
P("Grandma raising a grandson is a whole new world. His CSE meeting is Tuesday and they want to classify him. I've sat in 100 of these as an aide. Never as family.", "SPECIAL_EDUCATION")
P("Granddaughter {s1.full} has her 504 meeting tomorrow for her ADHD. Bringing my notebook and my reading glasses and my patience.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("{s1}'s dad is deployed and her mom works nights, so Grandma's got her. Born {dob.el}, a Leap Year baby almost, and she never lets me forget it 🎂", "FAMILY", g="s1=f")

V("HVHS secretary, neighbours with students, Facebook", "staff")
P("Neighbour's son {s1.full}, student ID {sid}, asked me to check if his transcript went out. Bud, I'll look Monday. Stop knocking 😂", g="s1=m")
P("If anyone from the sophomore class needs the class advisor, her cell is {phone}, she said it's ok to share (she's my sister lol)")
P("Picking up the PTA raffle prizes from {a1.full}'s house at {addr} tomorrow, anybody want to come help carry?")
P("Can somebody tell the new sub her badge PIN is {code}? She's locked out of the copy room at Hillside and I'm home sick", "SECURITY")
P("the camera over the Roosevelt side door has been pointing at the sky since the storm. maintenance ticket in 3 wks ago. anyone with a ladder could walk in", "SECURITY", flags="R")
P("{a1.full}, our new Hillside principal, is on a 30-day improvement plan from central office already? After 4 months? That's not fair to her or the building.", "PERSONNEL", flags="R", g="a1=f")
P("The HVHS band director is getting let go and the kids found out from a parent's Facebook post. How is this the way it gets handled.", "PERSONNEL", flags="R")
P("My brother-in-law Coach {t1} got suspended 3 games for the sideline thing. He was wrong. Everybody at Sunday dinner agreed. Except him.", "PERSONNEL")
P("Our head custodian is out on workers comp with a back injury, 4th week. We miss you Vinnie, the building misses you", "PERSONNEL HEALTH")
# ---- still more opinions, with names of adults and numbers ---------------------------------------
V("Hillside teacher and Nextdoor regular, 40s", "teach")
P("Mr. {t1} has been our principal for 9 years and this closing plan was decided over his head. Treating a whole staff like furniture. Shameful.", flags="R")
P("Fun fact: the district paid a consultant {money}K to tell us our buses are late. My neighbour {a1} could've told them for a coffee.", flags="R")
P("Sure, let's close the school with the best reading scores in the county. Great plan. Really thought through. 👏👏", flags="R")
P("If your kid's bus comes at {time}, that's not a bus schedule, that's a cry for help. The board has to fix the tiers.", flags="R")
P("Ms. {t1} retiring and the district replacing her with a part-timer tells you everything about how they value veteran teachers.", flags="R")
P("Teaching is the only job where you buy your own supplies and get lectured about the budget. {money} at Target this week alone.", flags="R")
P("Hudson Valley parents, please read the budget before you vote. It's {num} pages and yes, it's worth it. A yes vote keeps K class sizes under 20.", flags="R")

V("HVHS coach and youth league commissioner, Facebook", "coach")
P("Modified sports cut again while the admin building gets new carpet. Our 7th graders have nowhere to go after school. Wrong priorities, HVCSD.", flags="R")
P("Coach {t1} built this program from nothing and the district let him walk over a {money}00 stipend difference. Unreal.", flags="R")
P("Eligibility rules are good. Enforcing them in week 8 instead of week 2 is not. Set these kids up to win, folks.", flags="R")
P("Parents, the ref is a 17 year old kid making {money} a game. Yelling at him in front of your 9 year old is teaching them something. Just not soccer.")
P("Our athletic trainer covers 26 teams by herself. That's not a staffing model, that's a lawsuit waiting to happen.", flags="R")

V("Maple Ridge secretary, grandmother, Facebook", "staff")
P("Best part of being the middle school secretary? Every single day a 12 year old tells me something I didn't need to know. I wouldn't trade it. 😂", flags="R")
P("Front office staff deserve a raise. We're nurse, counselor, mom and bouncer before 8:15. Tell your board member on {date}.", flags="R")
P("{a1.full} from the district office picked a new phone system without asking a single secretary. Now the intercom doesn't reach the gym. Cool.", flags="R")
P("Bring back the 3:00 dismissal. Getting my grandkids at {time} messes up the whole family's day and I'm not the only one.", flags="R")
P("New visitor sign-in kiosks at every building. Honestly? Good call. I'll miss the clipboard but the kids are safer.", flags="R")

V("bus driver, mother of a kindergartner, Facebook", "bus")
P("Kindergartners shouldn't ride the same bus as seniors. Separate tiers or bus monitors. Pick one, transportation office.", flags="R")
P("Driver shortage? Pay {money} an hour more and watch it disappear. Every district around us figured this out.", flags="R")
P("Route {bus} this morning: 14 stops, 2 deer, 1 lost mitten, 0 complaints. Best job ever, I don't care what anyone says 🚌", flags="R")

# ---- more official ---------------------------------------------------------------------------
V("HVCSD district official account", "staff")
P("Congratulations to the {a1.last} family: four generations of HVHS graduates, honored at tonight's board meeting! 🦅🎓", flags="O")
P("Welcome to our new Board of Education members, {a1.full} and {a2.full}, sworn in tonight. Meeting video on our YouTube channel.", flags="O")
P("Reminder: the Hillside consolidation forum is Thursday at {time} in the Hillside gym. Spanish interpretation and childcare available.", flags="O")
P("Retirement celebration for {a1.full}, 32 years as HVHS head custodian, Friday 3:30 in the HVHS cafeteria. All are welcome!", flags="O")

V("HVHS Falcons Athletics official account", "coach")
P("Senior night recognition: {s1.full}, {s2.full} and {s3.full} with their families before tonight's game. Thank you for 4 great years! 🦅", flags="O")
P("Falcons Youth Football Camp July 14-18 at HVHS. $60, ages 8-13. Register at hvcsd.org/athletics", flags="O")


if __name__ == "__main__":
    main()
