"""Generate corpora/src/littles.jsonl: posts by early-childhood and elementary staff.

Voices: pre-K and kindergarten teachers, K-2 and 3-5 classroom teachers, reading and math
interventionists, the art / music / PE / library "specials" teachers, lunch and recess aides, the
elementary nurse and the before / after-school program staff, on Instagram captions, Facebook,
TikTok captions and a class-parent group; plus a few official school / program accounts and posts
of unknown kind (screenshots, reposts).

Content: the cute and funny things small kids say and do, lost teeth, reading milestones, potty
accidents, head lice, allergies, custody pickups, birthday lists, behaviour charts, evaluations
for services, and opinions on kindergarten readiness, screen time, recess length, phonics
programs, class sizes and the district's choices; many clean posts about bulletin boards, crafts,
field trips and the poster's own life.

The hardest name cases of this slice: a little kid's first name in a sweet story IS a student name
({s1}); book characters, stuffed animals, the class pet, puppets, the class elf and cartoon
characters are NOT (they are typed into the skeleton text, never a placeholder). The poster's own
child at another school is {kid} (marked, no roster row); spouses, parents of students and staff
are adults and stay unmarked ({a1}, {t1}).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton, bio and voice below is new and written for this slice. Deterministic:
fixed seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child at another school)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.el} {dob.word} {sid} {pin}
      {nyssis} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} adult names,
      {room} {bus} {time} {num} {date} {money} {neg} {score} {pubphone} {pubphone.dist} {attline}
      {pubmail} {temp}

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

OUT = Path(__file__).resolve().parent / "littles.jsonl"
SEED = 20261204

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "tr_TR", "en_IN", "fil_PH", "es_CO", "en_GB", "nl_NL", "ga_IE"]
# Romanized lists for locales whose Faker names are not in Latin script (male firsts, female
# firsts, surnames), as an elementary roster would type them.
ROMAN = {
    "ar": (["Adam", "Ilyas", "Yahya", "Zain", "Musa", "Hadi", "Ayman", "Nabil", "Fadi", "Sami"],
           ["Maryam", "Zahra", "Jana", "Lina", "Hana", "Sara", "Malak", "Ranya", "Yara", "Nour"],
           ["Hassan", "Ibrahim", "Youssef", "Shaheen", "Najjar", "Barakat", "Awad", "Sabbagh", "Karam", "Tamimi"]),
    "ko": (["Seo-ho", "Ye-jun", "Si-woo", "Eun-woo", "Ha-joon", "Jun-seo"],
           ["Ha-yoon", "Seo-ah", "Ji-an", "Chae-won", "Da-in", "Ye-rin"],
           ["Kim", "Lee", "Park", "Oh", "Song", "Baek", "Moon", "Hwang", "Ryu"]),
    "hi": (["Advik", "Reyansh", "Atharv", "Shaurya", "Vivaan", "Ayaan", "Krish"],
           ["Aadhya", "Myra", "Anika", "Kiara", "Navya", "Pari", "Tara"],
           ["Agarwal", "Rao", "Pillai", "Desai", "Kulkarni", "Banerjee", "Malhotra", "Kapoor", "Verma"]),
    "uk": (["Danylo", "Matvii", "Ivan", "Marko", "Roman", "Severyn"],
           ["Mariia", "Anna", "Zlata", "Emiliia", "Veronika", "Yeva"],
           ["Hrytsenko", "Romaniuk", "Pavlenko", "Moroz", "Sydorenko", "Kovalchuk", "Honchar"]),
    "ht": (["Jean-Luc", "Woodly", "Stanley", "Peterson", "Mackenson", "Wilnet"],
           ["Nadège", "Fabiola", "Widline", "Roseline", "Esther", "Guerline"],
           ["Pierre", "Joseph", "Jean-Baptiste", "Louis", "Charles", "Toussaint", "Desir", "Exantus"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 12, "es_ES": 2, "vi_VN": 4, "zh_CN": 4, "pl_PL": 3, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 4, "en_NG": 4, "it_IT": 3, "tr_TR": 2, "en_IN": 3, "fil_PH": 3,
                "es_CO": 4, "en_GB": 3, "nl_NL": 1, "ga_IE": 1,
                "ar": 3, "ko": 2, "hi": 2, "uk": 2, "ht": 2}
NON_GENDERED = {"zh_CN", "fil_PH"}

# First names as parents name small kids now (5-10 year olds), drawn for most students; the rest
# come from the locales above.
KIDS_M = ["Liam", "Mateo", "Kai", "Ezra", "Theo", "Jaxon", "Santiago", "Milo", "Elijah", "Leo", "Bodhi",
          "Ayden", "Nico", "Rowan", "Omari", "Dante", "Hudson", "Jayden", "Luca", "Emiliano", "Caleb",
          "Kayden", "Brody", "Isaiah", "Xavier", "Ronan", "Julian", "Miles", "Ezekiel", "Declan", "Tadeo",
          "Amari", "Finn", "Gael", "Zion", "Arlo", "Yusuf", "Wyatt", "Dominic", "Enzo"]
KIDS_F = ["Ava", "Luna", "Mila", "Harper", "Aria", "Nova", "Camila", "Sofia", "Willow", "Zoe", "Ximena",
          "Isla", "Penelope", "Maeve", "Amara", "Hazel", "Valeria", "Kinsley", "Everly", "Nyla", "Genesis",
          "Paisley", "Ivy", "Josie", "Aaliyah", "Skylar", "Renata", "Naomi", "Ellie", "Adeline", "Zuri",
          "Emery", "Briella", "Noelle", "Mía", "Lucía", "Ruby", "Esmé", "Jade", "Talia"]
# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Alexander", "Xander", "m"), ("Josephine", "Josie", "f"), ("Nathaniel", "Nate", "m"),
         ("Guadalupe", "Lupita", "f"), ("William", "Billy", "m"), ("Penelope", "Penny", "f"),
         ("Maximiliano", "Maxi", "m"), ("Anastasia", "Ana", "f"), ("Thomas", "Tommy", "m"),
         ("Genevieve", "Evie", "f"), ("Ignacio", "Nacho", "m"), ("Magdalena", "Magda", "f"),
         ("Oluwatobi", "Tobi", "m"), ("Victoria", "Tori", "f"), ("Sebastian", "Bash", "m"),
         ("Charlotte", "Lottie", "f"), ("Jose Luis", "Pepe", "m"), ("Abigail", "Abby", "f"),
         ("Nguyen Bao", "Bobo", "m"), ("Adaeze", "Ada", "f"), ("Frederick", "Freddie", "m"),
         ("Kathleen", "Katie", "f"), ("Emmanuel", "Manny", "m"), ("Stefania", "Stef", "f")]

STREET_BASES = ["Bluebird", "Pudding Hill", "Fishkill Hook", "Van Wyck", "Beekman", "Hopewell", "Wicopee",
                "Sprout Creek", "Honeysuckle", "Apple Blossom", "Quaker Hill", "Partridge", "Millbrook",
                "Red Schoolhouse", "Chelsea Cove", "Foxhollow", "Brookside", "Cider Mill", "Juniper", "Rombout"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Terrace", "Road", "Lane", "Pl", "dr", "rd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("prek", "pre-K teacher 🧸 | glue sticks & big feelings | personal page, not affiliated with HVCSD", True),
    ("prek", "kinder teacher 🍎✏️ | what I post is my opinion only, not my school's", True),
    ("prek", "maestra de kínder 🌈 | opiniones personales, no del distrito", True),
    ("prek", "pre-K 🧃 | nap time is my cardio", False),
    ("prek", "kindergarten teacher | my own classroom, my own glitter rules ✨", False),
    ("prek", "K teacher 🍎 | views are not my own, they belong to 19 five-year-olds", False),
    ("k2", "1st grade 🐛 | mama of 2 | views here are mine and only mine", True),
    ("k2", "2nd grade teacher | this is my personal account; I don't speak for my district", True),
    ("k2", "1st grade ✏️ | boy mom | iced coffee > hot coffee", False),
    ("k2", "2nd grade 🌻 | Hudson Valley | teacher since 2009", False),
    ("k2", "first grade teacher 🍎 | opinions welcome in the comments!", False),
    ("g35", "4th grade 📚 | Roosevelt | my thoughts, not HVCSD's", True),
    ("g35", "5th grade teacher | enseignante | avis personnels uniquement", True),
    ("g35", "3rd grade 🦉 | dad jokes, multiplication, Yankees", False),
    ("g35", "4th grade | hiker | my own classroom library has 1,400 books and counting", False),
    ("interv", "reading specialist 📖 | science of reading nerd | personal views, not my employer's", True),
    ("interv", "math interventionist ➗ | posts reflect me, not my school district", True),
    ("interv", "reading interventionist 🔤 | decodables & dark chocolate", False),
    ("interv", "AIS math 🧮 | Hillside | cat lady", False),
    ("spec", "elementary art teacher 🎨 | my views, not my school's", True),
    ("spec", "music teacher 🎶 | recorder survivor | meine Meinung, nicht die meines Arbeitgebers", True),
    ("spec", "PE teacher 🏃 | parachute day enthusiast", False),
    ("spec", "school librarian 📚 | Roosevelt | book fair survivor", False),
    ("spec", "art teacher 🖍️ | my own work at the link below", False),
    ("aide", "lunch & recess aide 🍎 | grandma x5 | views my own", True),
    ("aide", "recess aide | whistle on, opinions off (this page is just me, not the school)", True),
    ("aide", "lunch lady & proud 🥪 | 14 years at Hillside", False),
    ("aide", "teacher aide 💛 | nursing student | tired", False),
    ("nurse", "elementary school nurse RN 🩹 | personal account, views not those of HVCSD", True),
    ("nurse", "school nurse 🩺 | ice packs & hugs", False),
    ("nurse", "RN | former peds | now the lady with the band-aids", False),
    ("asp", "after-school program staff 🎲 | opinions mine, not the program's or the district's", True),
    ("asp", "before & after care 🌅🌙 | college student | snack distributor", False),
    ("asp", "after-school counselor | legos, kickball, homework help", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "prek": "HVCSD Universal Pre-K Program (official)",
    "k2": "Roosevelt Elementary School | official page | 25 Academy St",
    "g35": "Hillside Elementary School (official account) 🦅",
    "interv": "HVCSD Elementary Literacy & Math (official)",
    "spec": "Roosevelt Elementary Library & Specials (official)",
    "aide": "HVCSD Food Service Department | official",
    "nurse": "HVCSD Health Services (official)",
    "asp": "HVCSD Before & After School Program | official page",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "845", "914", "518", "646", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "({a}){e}-{s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "optonline.net",
                     "aol.com", "me.com"]
    HOSTS = ["roos-seesaw-sync.hvcsd.local", "hill-ipad-mdm.hvcsd.internal", "roos-panel-b2.hvcsd.lan",
             "asp-checkin01.hvcsd.local", "hill-print-lib.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|buddy|little man|mijo|dude)\b",
                r"\b(she|her|hers|she's|shes|herself|mija|girlie|sweet girl)\b")
    DOB_YEARS = {"el": (2016, 2021), "hs": (2008, 2012)}
    DOB_DEFAULT = (2016, 2021)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        g = (gender or "").split("@")[0] or None
        if self.rng.random() < 0.55:
            g = g or self.rng.choice("mf")
            first = self.rng.choice(KIDS_M if g == "m" else KIDS_F)
            return first, self.person(latin=True)[1]
        return self.person(gender, latin)

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or " " in got[0].strip() and loc != "vi_VN"):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.family{r.randint(1, 9)}",
                f"{f}and{r.choice(['kids', 'co', 'crew'])}", f"mama{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Crayon', 'Rainbow', 'Recess', 'Apple', 'Kinder'])}{r.randint(10, 99)}{r.choice('!#$*')}",
                         f"hvcsd{r.choice(['asp', 'prek', 'guest'])}{r.randint(2021, 2026)}",
                         f"{r.choice(['Roosevelt', 'Hillside'])}{r.choice(['Falcons', 'Kids', 'Owls'])}{r.randint(1, 9)}",
                         f"{r.choice(['bluebird', 'sunshine', 'ladybug'])}{r.randint(100, 999)}",
                         f"PreK{r.choice(['@', '#', '_'])}{r.randint(2024, 2026)}"])

    def code(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1000, 9999)}", f"{r.randint(100000, 999999)}", f"{r.randint(1000, 9999)}#",
                         f"*{r.randint(1000, 9999)}", f"{r.randint(10000, 99999)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}.art", f"little{f}{r.randint(1, 9)}", f"{f}_{l[:1]}_reads", f"team{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 27, 33, 61, 120, 204])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"K{r.randint(1, 6)}",
                                      f"{r.randint(3, 36)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["7:05", "7:30", "7:45", "8:10", "8:40", "9:15", "10:30", "11:05", "11:40",
                                      "12:15", "1:20", "2:50", "3:10", "3:25", "5:30", "6:00"]),
            "num": lambda: str(r.randint(3, 24)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 27)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 27)}"]),
            "money": lambda: f"${r.randint(4, 45)}",
            "neg": lambda: f"-${r.randint(8, 95)}.{r.choice(['00', '25', '50', '40', '75'])}",
            "score": lambda: f"{r.randint(5, 14)}-{r.randint(2, 13)}",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0100", "845-555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "bday": lambda: mk(self.dob(True, "el"), "DATE_OF_BIRTH"),
            "temp": lambda: str(r.randint(99, 103)) + "." + str(r.randint(0, 9)),
        }


SK = genlib.Skeletons("elementary staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3): opinion posts and official / unknown
    posts with a name or a leak get a few fills; a personal non-opinion post mostly one."""
    text, fl = sk["text"], sk["flags"]
    if "{" not in text:
        return 1
    x = rng.random()
    leak = bool(SENSITIVE.search(text) or sk["cats"])
    named = bool(re.search(r"\{(s\d|kid)", text))
    if "R" in fl:
        return (3 if x < 0.3 else 2 if x < 0.8 else 1) if leak else 2 if x < 0.4 else 1
    if "O" in fl or "N" in fl:
        if leak:
            return 3 if x < 0.3 else 2 if x < 0.8 else 1
        return (3 if x < 0.15 else 2 if x < 0.6 else 1) if named else 2 if x < 0.4 else 1
    if leak:
        return 3 if x < 0.08 else 2 if x < 0.42 else 1
    return 2 if x < (0.12 if named else 0.1) else 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.35, 0.13), other=(0.42, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.03, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# child, a colleague, or someone unique from context ("the only kid in K with a cochlear
# implant"); "a friend in my class" stays clean. R only for personal posts whose text takes a
# position about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- pre-K -------------------------------------------------------------------------------------
V("pre-K teacher, 30s, Instagram", "prek")
P("circle time update: {s1} told the whole class her dad is 'a hundred' and her mom is 'also a hundred but a different hundred' 😂 #prekteacher #kidsquotes")
P("WE HATCHED CHICKS 🐣🐣 6 out of 8 so far. the kids named them Nugget, Beyoncé, Spider-Man, Chicken, Other Chicken and Gary")
P("{s1} hugged Sir Hops-a-Lot (class bunny 🐰) through the entire rest time and whispered 'you're safe now' and I need a minute")
P("Pre-K teacher hot take: four year olds need WAY more play and way fewer worksheets. Academic pre-K is not the flex people think it is.", flags="R")
P("rest time playlist: rain sounds, Raffi, and me whispering 'bodies still, eyes closed' four hundred times 😴")
P("{s1} has a peanut allergy and her EpiPen lives in the red bag that goes everywhere we go. subs PLEASE read the binder 🥜🚫", "HEALTH", g="s1=f")
P("our elf Captain Sprinkles showed up in the block bin this morning wearing a tiny hard hat. the kids lost their MINDS 🧝‍♂️🔨")
P("18 four-year-olds, one teacher, one aide. Please explain to me again how that's 'developmentally appropriate' 🙃", flags="R")
P("Universal pre-K was the best thing this board has done in the ten years I've been here. Full stop. Fund it forever.", flags="R")
P("{s1} to me at snack: 'are you a grandma?' me: no. {s1}: 'you could be.' thank you?? 💀", g="s1=m")
P("a friend had an accident on the reading rug during Brown Bear, Brown Bear and asked if the bear saw. the bear did not see, buddy 🐻")
P("prek parents: spare clothes in the cubby!! socks too!! it's mud season and I have exactly 1 pair of size 4T pants left 🥲")

V("pre-K teacher, 50s, Facebook", "prek")
P("27 years in pre-K and I still laugh every single day. Hardest job I've had and the best one. Don't let anyone tell you it's 'just babysitting.'", flags="R")
P("{s1.full} is being evaluated for speech services next week. mom asked me to share what I see in class so I'm writing it all up tonight", "SPECIAL_EDUCATION")
P("Our Gingerbread Man hunt went through the main office, the nurse, the gym and the boiler room. Mr. {t1} the custodian played along like a champ 🍪")
P("{s1}'s mom {a1} brought us homemade tamales for the holiday party and I think I'm in love with this whole family 🫔", g="a1=f")
P("Cut pre-K recess to fit in a 'literacy block'? These kids are FOUR. Their literacy block is the sandbox. #letthemplay", flags="R")
P("took my grandson to see Bluey live in Albany and I cried harder than he did. Bandit is the best TV dad ever made, no debate")
P("Pre-K screening days are Thursday and Friday, 9-2 in the Roosevelt gym. Bring the child's immunization record!", flags="O")

V("kindergarten teacher, 20s, TikTok", "prek")
P("things my kinders said today: 'my tooth is wiggly because I ate a rock' 'is lunch tomorrow or today' 'you look like a teacher' 🤔 #kindergartenteacher #teachertok")
P("{s1.up} LOST HER FIRST TOOTH AT THE WATER FOUNTAIN 🦷🦷 the scream. the pride. the blood. kindergarten is undefeated")
P("POV: you said 'criss cross applesauce' and one kid asked what applesauce is 🍎 #teachertok #kinder", flags="N")
P("kindergarten teachers are the most underpaid engineers on earth. we build humans from scratch for $48k. make it make sense", flags="R")
P("{s1} told me his cat is 'in jail' and I had to call home because I needed to know. the cat is at the vet. the cat is fine 🐈")
P("who decided kindergarten needs 45 minutes of screen time a day on the reading app?? they need to hold books. real books. with pages.", flags="R")
P("the way {s1.low} says 'spaghetti' as 'pasketti' and I refuse to correct it 🍝")
P("my first paycheck as a real teacher went entirely to laminating sheets and a rug with the alphabet on it. worth it?? yes. sustainable?? no", flags="R")

V("kindergarten teacher, 40s, Instagram", "prek")
P("Kindergarten readiness isn't knowing your letters. It's opening your own yogurt, asking for help, and waiting your turn. Please stop drilling flashcards at home. 💛", flags="R")
P("{s1} wrote her whole name by herself today, all the letters the right way 🥹 we had a parade. a literal parade around the room")
P("{s1.full} is on a behavior plan now, sticker chart every 30 minutes. today was 8 out of 10 stickers and he high-fived the principal 🌟", "DISCIPLINE", g="s1=m")
P("Our butterflies emerged overnight 🦋 Mr. Eric Carle would be so proud. Releasing them Friday in the garden.")
P("Our district's new K report card has 41 standards on it. For five year olds. Forty-one. I'm grading 'demonstrates one-to-one correspondence' until midnight.", flags="R")
P("Kinder moms: pajama day is Friday, please send SLIPPERS not fuzzy socks, our floor is basically an ice rink")
P("{s1} asked if Clifford is real and I said 'what do you think?' and he said 'I think you know and you're not telling me.' detective energy 🔍🐕")
P("spent my Saturday at Michaels buying pompoms. my husband {a1} asked if we were opening a store. we basically are 🎨", g="a1=m")
P("I sincerely believe half-day kindergarten was better for most kids. Full day with a 20 min recess is too long for five year olds. Not a popular opinion here.", flags="R")
P("{s1} came in with a note: 'lost tooth in the cereal, please help find the tooth fairy's address'. we wrote a letter together ✉️🦷")

V("kindergarten teacher, 30s, class parent group", "prek")
P("Hi families! Field trip to Barton Orchards is Thursday. Bus leaves at {time}. Send a bagged lunch with name on it 🍎🚌")
P("Reminder: {s1.full}'s dad is NOT on the pickup list, there's a court order on file. If he comes to the door please send him to the office.", "FAMILY", g="s1=f")
P("Friendly reminder: Room {room} is a nut-free classroom. Please check snack labels. Thank you for helping keep our friends safe 💛")
P("100th day of school is Monday! Please send 100 of something small in a ziploc (cheerios, pennies, buttons). No glitter. I'm begging. ✨🚫")
P("To whoever sent in the giant bag of Valentine's pencils: my hero. 🥰 — Mrs. {t1}")
P("Parents, {s1}'s mom asked me to share her number for playdates: {phone}. Text her if you want to set up a park day!")
P("Picture retakes are Oct 24. Your photo order form came home in the blue folder. If it's lost, the office has extras at {pubphone}.")
P("so sorry to say we have a case of head lice in our class. letters went home. please check heads tonight and don't panic, it's super common 🪮")

# ---- K-2 classroom teachers ----------------------------------------------------------------------
V("1st grade teacher, 30s, Instagram", "k2")
P("our 'Pete the Cat' bulletin board is DONE 👟🐱 took 4 hours and 3 glue gun burns. groovy buttons everywhere #firstgradeteacher #bulletinboard")
P("{s1} read 'Elephant and Piggie: We Are in a Book!' to the class with VOICES and got a standing ovation 🐘🐷 Mo Willems please hire this child")
P("{s1} is reading at a level C and we're in March. We added a third small group for her. She is trying SO hard.", "ACADEMIC", g="s1=f")
P("Phonics was the right call. Two years into the switch from guessing-at-pictures to actual decoding and my firsties are READING. Thank you HVCSD for listening. 📚", flags="R")
P("first grader asked me how old I am. I said 34. she said 'wow and you still have all your teeth?' 🦷", flags="N")
P("{s1} lost TWO teeth at lunch and put them in my coffee mug for safe keeping. the mug is retired now ☕🦷")
P("The new 'balanced literacy' kits are going straight to the storage closet. Three-cueing is not reading instruction, I don't care how cute the leveled books are.", flags="R")
P("weekend plans: grading 22 journals that all say 'I like my dog' and re-watching Gilmore Girls for the 9th time. Luke and Lorelai are the best couple in television, sorry")
P("{s1.full} and {s2.full} got into a shoving match over the line leader spot AGAIN, both lost recess, both sobbed. 1st grade drama is real", "DISCIPLINE")

V("1st grade teacher, 40s, Facebook", "k2")
P("Class sizes in 1st grade at Hillside this year: 27, 26 and 28. The district promised 22. Somebody should have to explain that to the six year olds.", flags="R")
P("Our hermit crab Shelly-Anne molted and a first grader announced to the whole hallway that 'she took off her skin'. Many questions from other classes.")
P("Sending love to {s1}'s family. Grandpa passed this weekend and she came to school anyway because 'Mrs. {t1} would miss me'. 💔 we'll be gentle today", g="s1=f")
P("{s1}'s parents are splitting and he's at dad's Mon-Wed, mom's Thurs-Sun. Homework folder keeps ending up at the wrong house. We'll figure it out.", "FAMILY", g="s1=m")
P("My own kids are 8 and 11 and they get exactly zero screen time on school nights. Not a school thing, just our house. They survive.")
P("Screen time in 1st grade should be capped at 20 min a day. We have kids who can swipe but can't hold a pencil. The 1:1 iPad plan for K-2 was a mistake.", flags="R")
P("Happy retirement to Mrs. {t1}, 33 years of teaching 6 year olds to read at Roosevelt. The hallway won't be the same 🍎💐")
P("Field trip to the Walkway Over the Hudson is on for Friday! 🌉 Rain date Monday.")
P("Recess went from 30 to 20 minutes this year. Nobody asked the people who watch the kids come back in at 12:40 ready to climb the walls. Bring it back.", flags="R")

V("2nd grade teacher, 20s, TikTok", "k2")
P("2nd graders explaining the plot of Minecraft to me for 25 minutes while I nod like I understand 🧱⛏️ #teachertok", flags="N")
P("{s1} wrote 'my teacher is nice but she is old (25)' in his journal and I'm framing it 🖼️ #secondgrade")
P("hot take: the spelling tests should go. memorize 10 words Friday, forget them Monday. teach patterns instead 🔤", flags="R")
P("{s1.low} is moving to Texas next week and gave me a rock she painted to 'remember her by' 🪨😭 I will remember you forever girlie")
P("caught a student eating a crayon and when i asked why she said 'it's the blue one, it's the good one' 🖍️ cant argue with that")
P("teacher salary in NY 2nd year: enough for rent OR a car payment, pick one 🙂 but sure, tell me again about summers off", flags="R")
P("Taylor Swift's Eras Tour movie on in my classroom for fun Friday. 2nd graders know every word to Shake It Off. Every. Word. 💃")
P("my para Dana just taught 22 second graders the cup song in 10 minutes. queen behavior 🥤👑")
P("{s1} told me the class elf 'Bartholomew' moved because he 'saw something he shouldn't have' and now I'm worried about Bartholomew 🧝")

V("2nd grade teacher, 50s, class parent group", "k2")
P("Good morning 2nd grade families! Our class elf Tinsel arrived today. He will visit until Dec 20. He does NOT report to Santa about homework. 🎄")
P("Reminder: Wednesday is early dismissal at 12:15. After-school program is still open. Questions: attendance line {attline}.")
P("Parents, please stop sending phones to school in 2nd grade backpacks. They do not need them and they are getting lost/broken every week.", flags="R")
P("{s1} will be out for two weeks after her tonsil surgery. Her classmates made get-well cards. Mom says she's eating lots of popsicles 🍭", "HEALTH", g="s1=f")
P("Reading logs are optional in my class this year. I'd rather they read for fun than fill out a chart. Just my approach, not a school rule.", flags="R")
P("{s1}'s mom: his glasses were left on the rug again 👓 they're in the office with his name taped on.")
P("Thank you to everyone who came to our Reader's Theater! 🎭 The Three Little Pigs has never been so dramatic. {s1} as the wolf: Oscar-worthy.")
P("The 2nd grade birthday list for Feb: {s1} {dob.word}, {s2} {bday}. We'll celebrate with a non-food treat 🎉")

V("K-2 teacher, 30s, X", "k2")
P("K-2 should have 45 minutes of recess, minimum. Finland does 15 minutes every hour. We do 20 minutes a day and wonder why they can't sit still.", flags="R")
P("6 year old: 'what did they have before phones' me: 'landlines' 6 year old: 'what's a land'", flags="N")
P("new phonics program training today. 6 hours. a consultant who has never taught 1st grade read slides to us. top tier use of a PD day 🙃", flags="R")
P("the only thing I'll say about the Mets bullpen is that I'd trust my 1st graders with it more")
P("{s1.init} in my K-2 resource group is being evaluated for dyslexia this month. The screener flagged him in Sept. Fingers crossed we get answers.", "SPECIAL_EDUCATION", g="s1=m")

# ---- grades 3-5 ----------------------------------------------------------------------------------
V("3rd grade teacher, 40s, Facebook", "g35")
P("3rd graders learning multiplication through 'Schoolhouse Rock' and I'm out here singing 'Three Is a Magic Number' in the hallway like it's 1977 🎶")
P("{s1} finally got his 7s facts down after 4 weeks of practice and did a cartwheel in the hallway. policy says no cartwheels. I looked away. 🤸", g="s1=m")
P("{s1.full} scored a 1 on the 3rd grade ELA state test and mom is asking about retention. She's 8. Let's talk about support, not holding her back.", "ACADEMIC", g="s1=f")
P("Third grade is the year they go from learning to read to reading to learn. If they're not there by now, that's on the system, not on them.", flags="R")
P("State test prep starts next week and honestly? Our 3rd graders will sit for 90 minutes, three days, bubbling. I think it's cruel at 8 years old.", flags="R")
P("We're reading Charlotte's Web and half the class is sobbing. E.B. White, sir, how dare you 🕷️🐷")
P("Roosevelt's new recess policy: no more taking recess away as a punishment. 100% agree. Kids who lose recess are the ones who need it most.", flags="R")
P("student told me her grandma makes the best dumplings in the world. I asked which restaurant. she said 'grandma's kitchen, it doesn't have a name.' 🥟")
P("{s1} has been on red on the behavior chart 4 days straight and I'm out of ideas. Meeting with mom Thursday.", "DISCIPLINE")
P("Saturday: watched the Knicks blow a 15 point lead. Sunday: watched the Giants blow a 10 point lead. Monday: teaching 22 kids about losing gracefully. Full circle 🏀🏈")

V("4th grade teacher, 30s, Instagram", "g35")
P("classroom library reorganized by genre 📚✨ graphic novels now have their own shelf because Dog Man is basically a 4th grade religion #classroomlibrary")
P("{s1.full} in my 4th grade class is in foster care and just moved placements again. 3rd school this year. Please don't ask me how she's 'doing.' She's surviving.", "FAMILY", g="s1=f")
P("Opinion: 4th graders should NOT be doing 2 hours of homework. They should be doing Legos, reading in a blanket fort, and sleeping. 🧱📚😴", flags="R")
P("The NY state history unit finally got rewritten and it's actually GOOD now. Harriet Tubman, Sojourner Truth, the Lenape. Kudos to whoever fought for it.", flags="R")
P("a 4th grader asked me if I get paid to be here and I said yes and she said 'how much' and I said 'not enough' and she said 'same' 😂", flags="R")
P("{s1} and {s2} have been best friends since pre-K and finally got put in the same class. The hug at the door this morning. ❤️")
P("Dear 4th grade parents: math homework is 10 problems, not 100. If it takes more than 20 minutes, stop and write me a note. I mean it!")
P("{s1}'s cochlear implant processor stopped working during the read-aloud and he handled it like a pro. Audiologist coming tomorrow.", "HEALTH", g="s1=m")
P("I'll say it: the district picked a math curriculum that makes kids write 3 paragraphs explaining 7x8. They're 9. Let them multiply.", flags="R")
P("Wax museum day! 🎭 We had two Abraham Lincolns, one Amelia Earhart, one Selena and one very confident Albert Einstein")

V("5th grade teacher, 50s, Facebook", "g35")
P("Last field trip with this group: the Bronx Zoo. {num} chaperones, 3 buses, 0 lost kids. Miracle 🦒")
P("{s1} got into a fight on the bus and the police came to the house. He's back Monday after a 3-day suspension. He's 10.", "DISCIPLINE", g="s1=m")
P("5th grade graduation practice. {s1} asked if we can play Olivia Rodrigo for the walk. The answer is no. The answer is always no. 🎓")
P("This is my 29th year. Teaching 5th grade is the best job in the world and also the most exhausting one. Both are true.", flags="R")
P("Losing our librarian to budget cuts is a disgrace. A school without a librarian is a building with books in it.", flags="R")
P("the 5th grade DARE graduation is Friday at 1pm in the gym. Officer {t1} will hand out the certificates.")
P("{s1.full} won the district spelling bee!!!! 🐝 'chrysanthemum' for the win. So proud of her!", g="s1=f")
P("5th grade teachers at Hillside were told our 'teaming' plan is being cut next year with no explanation. Great morale booster, thanks HVCSD.", flags="R")
P("My husband and I just booked a cruise for summer. Bahamas here I come 🌴 I'll be thinking about y'all at 2pm on a Tuesday (I won't)")
P("our student who just arrived from Ukraine in Feb (only new kid in 5th this year) is living with an aunt and has no winter coat. coat drive at the front desk", "FAMILY")

V("4th/5th grade teacher, 20s, TikTok", "g35")
P("the way 5th graders use 'skibidi' like punctuation... 🫠 please send help or a translator #teachertok", flags="N")
P("things 4th graders are scared of: spiders, the dark, and me saying 'we need to talk about the bathroom'", flags="N")
P("5th grade teacher pay at my district: $52k. 5th grade teacher pay in Westchester: $68k. I'm just saying. 🙃 #teachersoftiktok", flags="R")
P("{s1.low} asked me if I'm married and I said no and he said 'my uncle is available' 🤣")
P("POV: teaching long division to 4th graders on the Friday before break ❄️😵 #teacherlife", flags="N")
P("kids should be allowed to have recess inside when it's 18°F but they shouldn't be kept in because it's 'a bit chilly'. we have coats. go outside!", flags="R")
P("it's giving 'my student forgot their library book 5 weeks in a row' 📚😅", flags="N")

# ---- reading and math interventionists -----------------------------------------------------------
V("reading interventionist, 40s, Instagram", "interv")
P("{s1} read her first chapter book today. Frog and Toad, all by herself, start to finish. I cried in the supply closet 🐸📖", g="s1=f")
P("{s1.full} went from a DIBELS score of 12 to 47 this year. He's in 2nd grade and he's finally reading on grade level 🎉", "ACADEMIC", g="s1=m")
P("Science of reading is not a trend. It's how kids learn to read. Districts still buying three-cueing programs in 2026 should be embarrassed.", flags="R")
P("I have 47 kids on my intervention caseload across 2 buildings. Forty-seven. I see most of them 3x a week for 25 min. Math doesn't math.", flags="R")
P("my favorite sound in the world: a 1st grader sounding out 'c-a-t' and then yelling 'CAT!!!' like they discovered fire 🐱🔥")
P("{s1} got moved out of Tier 3 reading intervention today. She told me 'I'm not a little reader anymore.' No, you're not ❤️", "ACADEMIC", g="s1=f")
P("If your kid's teacher says 'just read with them 20 min a night' and they still can't sound out words by 2nd grade, ask for an evaluation. In writing. Parents have that right.", flags="R")

V("reading specialist, 50s, Facebook", "interv")
P("{s1}'s parents finally agreed to the CSE referral after two years of 'he'll grow out of it'. He won't. He needs help. Meeting is next week.", "SPECIAL_EDUCATION", g="s1=m")
P("The new universal screener is a good tool. I was skeptical but it flagged kids in K that we used to miss until 3rd grade. Credit where it's due.", flags="R")
P("Sorted 300 books for the Little Free Library on Hooker Ave this weekend 📚 Hooker Ave neighbors, help yourselves!")
P("25 years of teaching kids to read and the best feeling is still the moment it clicks. Nothing in this job beats it.", flags="R")
P("{s1.lastinit} (1st grade) is the only kid in our building getting Wilson 1:1 and he's making HUGE gains. Proud of this kiddo.", "SPECIAL_EDUCATION", g="s1=m")
P("Reading Recovery training from 2009 is in the dumpster where it belongs. Sorry not sorry.", flags="R")
P("anyone have a good decodable series for older kids? 4th graders who are still on CVC words need books that don't look babyish. thank you!!")

V("math interventionist, 30s, X", "interv")
P("AIS math: {s1} solved a 2-step word problem without me saying a word. I just stood there like a proud parent. 🧮")
P("Timed math facts tests in 2nd grade create anxiety, not fluency. Let's stop pretending otherwise.", flags="R")
P("{s1.full} failed the end of unit math assessment for the third time and has been recommended for summer school. She's trying her hardest.", "ACADEMIC", g="s1=f")
P("Number talks today: 'how many ways can you make 10?' a kid said '10 pennies, 10 fingers, 10 toes, or a dime.' FOUR ways, friend 🪙")
P("we cut AIS math to 2x a week because I'm covering lunch duty. The kids who need it most lose it first. Every time.", flags="R")
P("Anyone know when the district's math screener windows are this spring? The calendar on the website still shows last year's dates.")

V("ENL teacher, K-5, Instagram", "interv")
P("{s1} just arrived from Guatemala, speaks only K'iche', and today she said 'hello teacher' in English for the first time 🥹🇬🇹")
P("Newcomer students should get a full year before they take the state ELA. Testing a kid in a language they've known for 3 months tells us nothing.", flags="R")
P("{s1}'s family is undocumented and terrified after the news this week. He didn't want to go outside for recess.", "FAMILY", g="s1=m")
P("Our word wall is in 7 languages now: English, Spanish, Arabic, Haitian Creole, Vietnamese, Ukrainian and Urdu 🌍")
P("Trabajar con niños recién llegados es lo mejor de este trabajo. Cada día aprenden algo nuevo. 💛 (mis opiniones, no las del distrito)", flags="R D")

# ---- specials: art, music, PE, library -----------------------------------------------------------
V("elementary art teacher, 30s, Instagram", "spec")
P("kindergarten self portraits are DONE 🎨 some of them have 4 eyes. some of them have no mouths. all of them are masterpieces #elementaryart #artteacher")
P("{s1} painted a picture of me and gave me eyelashes down to my chin. I've never felt more seen 👁️🎨")
P("Art class gets 40 minutes a week. Forty. Then everyone wonders why kids can't focus. Art IS focus.", flags="R")
P("Van Gogh Starry Night unit with 3rd grade 🌌 one kid asked why he cut off his ear. we moved on quickly")
P("glitter ban in the art room starting Monday. not a district policy, just my sanity. ✨🚫")
P("{s1} ate a glue stick during art. Whole thing. Mom says he's fine. Poison control says he's fine. I am not fine.", g="s1=m")
P("Art budget this year: $2.10 per student. I bought the rest of the paint at Dollar Tree with my own money. Again.", flags="R")

V("elementary music teacher, 40s, Facebook", "spec")
P("Winter concert is Dec 12 at 6:30 in the Hillside gym! K-2 sing first, 3-5 after. Doors at 6. 🎄🎶", flags="O")
P("{s1} played 'Hot Cross Buns' on the recorder perfectly and then took a bow so deep she fell over 🎵")
P("Music education is NOT an 'extra.' It's math, language, history, and teamwork, all in 40 minutes. Stop cutting it.", flags="R")
P("The 4th grade chorus is singing 'Lean on Me' at the winter concert and Bill Withers deserves this tribute 🎤")
P("we got a grant for 12 new ukuleles!!! thank you to the PTA and to the Dutchess County Arts Council 🎸🙏")
P("{s1}'s parents asked that she not be photographed at the concert — custody thing, there's an order of protection. Please, no group shots on social media.", "FAMILY", g="s1=f")

V("elementary PE teacher, 40s, X", "spec")
P("parachute day 🪂 the happiest 45 minutes in any elementary school in America, I will not be taking questions")
P("Field Day is June 12! ☀️ Sunscreen on before school please. Rain date June 13. Red vs Blue, final score last year was {score}", flags="O")
P("Daily recess should be required by law in every state. 20 minutes a day isn't enough and we all know it.", flags="R")
P("{s1} broke her wrist on the monkey bars at recess. Surgery at Vassar Brothers tonight. She was so brave 💜", "HEALTH", g="s1=f")
P("Just watched a kindergartner do a cartwheel into a dodgeball game. Simone Biles energy. 🤸‍♀️", flags="N")
P("PE twice a week for 30 minutes is not enough for kids who sit all day. The research is clear. HVCSD should know better.", flags="R")
P("Yankees in 6, and I said what I said ⚾")
P("Jump Rope for Heart raised $3,412 this year!!! 🫀 thank you Hillside families")

V("school librarian, 50s, Instagram", "spec")
P("Book fair is OPEN 📚🎉 Mon-Thurs 8-4 in the Roosevelt library. Cash, card, or e-wallet. Yes the squishy erasers are back 😑")
P("{s1} checked out 'Diary of a Wimpy Kid' for the 11th time. I asked if he wanted something new. He said 'why would I' 📓")
P("Libraries should never be cut. A school without a librarian is like a kitchen without a cook. Call your board members.", flags="R")
P("Visiting author day! Dav Pilkey sent a video message to our kids and I'm screaming 🐶👮")
P("Library overdue fines are gone in HVCSD this year and I couldn't be happier. Books shouldn't cost kids money. 🙌 #viewsmyown", flags="R D")
P("a 2nd grader asked me if Dr. Seuss was a real doctor and I said no and he looked so disappointed 😂")
P("wifi in the library keeps dropping so kids can't use the catalog. IT says the access point is fine. IT has never been in my library at 10am.", flags="R")

# ---- lunch and recess aides ----------------------------------------------------------------------
V("lunch aide, 60s, Facebook", "aide")
P("{s1} told me today that his mom puts love notes in his lunchbox and that he saves them all in a shoebox. I am not crying, you are 🥲", g="s1=m")
P("{s1}'s lunch account is at {neg} again. Mom works 2 jobs. I paid it. Don't tell anyone.", "FAMILY")
P("The lunch period for K-2 is 20 minutes, including the walk and the line. Some of these babies get 8 minutes to eat. It's not enough. Period.", flags="R")
P("a little girl asked me if I'm the 'lunch grandma'. I said yes. I'm the lunch grandma now. 👵", flags="N")
P("Free lunch for every kid in NY should be permanent. No kid should be embarrassed in the lunch line. 🥪", flags="R")
P("Pizza Friday at Roosevelt 🍕 3 kids asked me if there's pizza in heaven. I said probably. one of them said 'then I'm going.'")
P("{s1.full} has a severe dairy allergy and someone's kid traded her a cheese stick today. EpiPen, 911, she's ok now. Parents PLEASE talk to your kids about trading food.", "HEALTH", g="s1=f")
P("Lunch ladies get paid $16.40 an hour to feed 500 kids and keep them alive through a nut allergy crisis every week. Just something to think about. 🙃", flags="R")

V("recess aide, 40s, TikTok", "aide")
P("recess duty in 19 degrees. wearing 4 layers, 2 pairs of gloves and a hat a 2nd grader crocheted for me 🧤 #recessaide")
P("kids arguing about whether Bluey or Peppa Pig would win in a fight. we've been at this for 3 recesses. Bluey is winning 🐶", flags="N")
P("a 1st grader handed me a rock and said 'this is for emergencies.' I asked what kind of emergencies. she said 'you'll know.' 🪨")
P("{s1} and {s2} got sent in from recess for fighting AGAIN. That's the 4th time this month. Principal called both homes.", "DISCIPLINE")
P("recess should never be taken away as a punishment. the kids who lose it are the ones who need it most. change my mind.", flags="R")
P("tag champion of the 3rd grade is {s1} and she is UNSTOPPABLE. 🏃‍♀️💨")
P("the 'no running on the blacktop' rule makes zero sense. it's recess. they're kids. let them run!!", flags="R")

V("lunch and recess aide, 20s, Instagram", "aide")
P("the amount of kids who say 'thank you lunch lady' every single day 🥹 I'm 24 but ok I'll take it", flags="N")
P("somebody's kid asked if I'm a teacher. I said no, I'm a recess aide. he said 'so you're the boss of outside.' yes. yes I am 😎")
P("{s1} has lice again and this time it's all over the 2nd grade table. nurse sent home 6 kids today 🪮", "HEALTH")
P("Paid $16/hr to watch 200 kids at recess alone, no radio, because the district 'didn't budget for more aides'. Cool cool cool.", flags="R")
P("taught a bunch of 3rd graders how to play four square the old school way. they had never heard of it 😭 now it's all they want to play")
P("My boyfriend asked what I do all day and I said 'referee.' He didn't believe me. He should come to lunch duty. 🙄")

# ---- school nurse ------------------------------------------------------------------------------------
V("elementary school nurse, 40s, Facebook", "nurse")
P("Flu is going around Hillside like wildfire 🤧 if your kid has a fever of 100 or more, keep them home 24 hours fever-free without meds. Thank you!")
P("{s1} came to the nurse's office with a 'tummy ache' that turned out to be a very loose tooth. Out it came. 🦷 Tooth fairy envelope on the way home.")
P("{s1.full} (2nd grade) had a seizure in class today. Rescue meds given, 911 called, she's stable at Vassar. Teacher did everything right 💙", "HEALTH", g="s1=f")
P("Lice check today in Ms. {t1}'s class. 2 positives. Letters home tonight. Remember, lice are NOT a sign of being dirty. They love clean hair. 🪮")
P("One nurse for 600 kids across a K-5 building. I gave 40 meds today, saw 63 kids, and never sat down. We need a second nurse in every elementary school.", flags="R")
P("{s1}'s mom dropped off his new inhaler and a spacer. Asthma plan updated. Please remind your kids to come to me BEFORE recess if they're wheezy.", "HEALTH", g="s1=m")
P("Reminder: we can't give Tylenol or Motrin without a doctor's order on file. Forms are on the district website. 💊", flags="O")
P("{s1}'s type 1 diabetes pump alarmed at lunch and she handled it all by herself, checked her numbers and called me. She's 7. Proud of this girl 💪", "HEALTH", g="s1=f")

V("school nurse, 50s, Instagram", "nurse")
P("Stocked up on band-aids 🩹: Paw Patrol, Frozen, Spiderman, plain. Guess which ones run out first. (It's Paw Patrol.)")
P("Kids shouldn't be sent back to class after throwing up just because the parent 'can't leave work'. I get it. But the rest of the class gets it too. 🤮", flags="R")
P("{s1} lost a tooth in the nurse's office and asked if I could 'send it to the tooth fairy's email'. I said she prefers pillows.")
P("Vision and hearing screenings for K, 1, 3 and 5 next week. Wear glasses if you have them! 👓", flags="O")
P("the number of kindergartners who don't know their parent's phone number is wild. 📞 teach your kids your number, pls.", flags="R")
P("Nurse life: 3 nosebleeds before 9am, a splinter, and a kid who 'forgot how to walk'. (He remembered after an ice pack.) 🧊", flags="N")
P("{s1.full}'s emergency contact is her aunt at {phone} because mom's phone is off. Writing it here so I remember, don't judge me.", g="s1=f")
P("Can we talk about how the district cut the nurse's aide position at Roosevelt? Who's covering when I'm in a meeting? The secretary? 🙃", flags="R")

# ---- before / after-school program ----------------------------------------------------------------
V("after-school program counselor, 20s, TikTok", "asp")
P("{s1} told me her mom said she can't come to after care anymore because it's too expensive now 😢 she's 7.", "FAMILY", g="s1=f")
P("kickball score today was {score} and the 3rd graders made it very clear the refs (me) were robbed 😂⚽")
P("After-school program costs went up 30% this year and half our families can't afford it. This district needs to subsidize it. Now.", flags="R")
P("pov: it's 5:58 and 2 kids still haven't been picked up and you have to be at your night class at 6:30 🫠", flags="N")
P("{s1.low}'s dad picked him up 2 hours late AGAIN and smelled like beer. We called it in. The office has it from here.", "FAMILY", g="s1=m")

V("before-care director, 40s, Facebook", "asp")
P("Before-care opens at 6:45 at Roosevelt and Hillside! Breakfast at 7. Drop off at the gym doors 🌅", flags="O")
P("{s1}'s mom asked me to write down her new cell. It's {phone}. Also her new address: {addr}. Please update the pickup list!")
P("Wifi for the after care tablets: network is HVCSD-ASP, password is {wifi}. Don't share it with the kids please lol", "SECURITY")
P("our gym door code changed to {code}. staff only!! tell your subs. do NOT post this anywhere. 🤦‍♀️", "SECURITY")
P("Our after school staff make $15.50 an hour. The district keeps asking why we can't hire. I'll let you do the math. 🙃", flags="R")
P("Shoutout to Ms. {t1} for running our chess club every Tuesday for free for 6 years ♟️ the kids adore her")

# ---- more personal posts: leaks, disclaimers and look-alikes -------------------------------------
V("kindergarten teacher, 30s, Facebook", "prek")
P("Sub plans are in the purple binder. iPad passcode for the listening center is {code}. Seesaw login is the class QR on the fridge 📋", "SECURITY")
P("{s1}'s lunch PIN is {pin} if anybody covering lunch needs it, he never remembers it 🙈", g="s1=m")
P("Birthday crowns ready for this week 👑 {s1} turns 6 Tuesday, born {dob.el}! Her mom is bringing fruit cups.")
P("Welcome to our class {s1}! 🍎 Student ID {sid} for the sub folder, she starts Monday.", g="s1=f")
P("HR sent an email saying we should add a disclaimer to our personal pages. Do y'all actually do that? What does yours say?")
P("My opinions are my own, my glue sticks are the district's, and my patience belongs to 21 kindergartners. Happy Monday! 🍎", flags="D")
P("Kindergarten should start at 6, not 5. Half my boys are just not ready to sit, and we punish them for it. (Personal page, I don't speak for HVCSD.)", flags="R D")
P("opinions welcome: Pete the Cat or Llama Llama for the first-day-of-school read aloud? 🐱🦙")

V("2nd grade teacher, 40s, Instagram", "k2")
P("New bulletin board: 'Our Hearts Are Full of Kindness' 💗 every kid wrote one nice thing about a friend. {s1} wrote 'he shares his goldfish'")
P("Seesaw class code for my new families is {pw} - please join tonight so you get the field trip form! 📲", "SECURITY")
P("{s1.full}'s mom email is {email} if anyone from the party committee needs her, she's doing the cupcakes 🧁")
P("The smartboard in room {room} dropped again. IT says to reconnect it to {ip}. Writing it here so I stop losing the sticky note.", "SECURITY")
P("district says we can't post kids' faces without the media release. honestly that's the right rule and I wish it had come sooner.", flags="R")
P("Just so everyone's clear: these views are not my own. They are my cat's. She thinks the 2nd grade spelling list is too long 🐈", flags="R")
P("Daily 5, CAFE, the Units of Study... every 5 years a new program, same 2nd graders. Pick one and give teachers time to learn it. My views, not my district's.", flags="R D")

V("3rd grade teacher, 30s, class parent group", "g35")
P("Hi all, {s1.full}'s NYSSIS number came up in the state test roster and the office needs it verified: {nyssis}. Mom, can you confirm?", g="s1=m")
P("Quick question for the group: does anyone know if the book fair takes Venmo this year?")
P("{s1}'s birthday is {dob.word}! She asked me to tell everyone she'd like Pokémon cards, not candy 😂")
P("Reminder: the pickup change form MUST be in writing. Texts to my personal phone don't count. The office number is {pubphone}.")

V("1st grade teacher, 20s, Instagram", "k2")
P("Dear future teachers: the best part of teaching 1st grade is watching reading click for a kid. It's worth every late night. 📚✨", flags="R")
P("{s1} wrote a whole book called 'The Dog Who Ate the Moon' and made me promise to read it at circle time. 9 pages. 2 illustrations. 11 typos. Perfect.")
P("My class goldfish Tiger died over the weekend and the kids held a funeral with a song and a drawing. Very moving. 🐟")
P("Today {s1} asked why the sky is blue, why I'm not married, and why her brother is 'like that.' Tuesday.")
P("I will defend the Elf on the Shelf in my classroom to anyone. He's harmless and the kids adore him. 🧝 (before you ask, no, he doesn't report to the district either)", flags="R")

V("K-5 reading teacher, 40s, Facebook", "interv")
P("Big announcement 🎉 I'm officially a certified dyslexia practitioner! 2 years of Saturdays. Thank you to my husband {a1} for all the take-out dinners.", g="a1=m")
P("Our new district literacy coach, Mrs. {t1}, is amazing. She actually teaches lessons instead of just observing. More of this please!", flags="R")
P("Mrs. {t1} is out on maternity leave until March. Her sub is lovely but the class misses her 💕", "PERSONNEL")
P("That 2nd grade teacher who got written up for reading a Pride book to her class? Still on administrative leave. Everyone knows who. Unreal.", "PERSONNEL", flags="R")
P("Our principal is leaving at the end of the year and nobody knows why. We'll miss her! 🌸")
P("Mr. {t1} in 4th grade got an 'ineffective' rating on his observation and was told he's not getting tenure. He's been crying in his car. 💔", "PERSONNEL")

# ---- official accounts -----------------------------------------------------------------------------
V("Roosevelt Elementary official account", "k2")
P("Kindergarten registration for fall is OPEN! 🍎 Children who turn 5 by Dec 1 are eligible. Forms at hvcsd.org or call {pubphone.dist}.", flags="O")
P("Roosevelt Reads! Our students read 48,000 minutes in February 📚 Pizza party for the whole school on Friday 🍕", flags="O")
P("Congratulations to {s1.full}, Roosevelt's Kindness Star of the Month! 🌟 Thank you for always helping your friends on the playground.", flags="O")
P("Picture day is Thursday! 📸 Order online with code RE2026 or send the envelope back with your child.", flags="O")
P("Drop-off reminder: the car loop opens at 8:25. Please do not park in the bus lane on Academy St. Thank you! 🚗", flags="O")
P("Happy birthday to {s1}, who turns 7 today! 🎂 Born {dob.word} and already our best line leader in 1st grade!", flags="O")
P("The Roosevelt Falcons Kindergarten Concert is May 8 at 6pm in the gym. All families welcome! 🎶", flags="O")
P("Please join us in welcoming our new principal, Dr. {t1}! She comes to us from 14 years in early childhood education. 🍎", flags="O")
P("We know the new arrival schedule has been tough. Thank you for your patience, families. Starting Monday we're adding a second drop-off lane. 💛", flags="O")

V("Hillside Elementary official account", "g35")
P("Hillside's 5th graders raised $2,140 for the Dutchess County SPCA at the bake sale! 🐶🐱 Amazing work, Falcons!", flags="O")
P("Congratulations to our 4th grade Battle of the Books team: {s1}, {s2}, {s3} and {s4}! 📚🏆", flags="O")
P("Reminder: Hillside is a nut-aware school. Please send nut-free snacks for classroom celebrations. Thank you for keeping everyone safe 🥜🚫", flags="O")
P("Field trip forms for the Walkway Over the Hudson are due Friday. Cost is $6 per student. Financial help is available, just ask! 🌉", flags="O")
P("Head lice have been reported in 2nd grade. Please check your child's hair tonight. Lice are common and not a sign of poor hygiene. 🪮", flags="O")
P("Our Hillside Owls chess team placed 2nd at the county tournament! ♟️ Way to go, Owls!", flags="O")
P("Student of the Week: {s1.full} from Mrs. {t1}'s 3rd grade class, for never giving up on tricky math problems! 🌟", flags="O")
P("Winter break starts Dec 23. Classes resume Jan 2. Enjoy your time with family! ❄️", flags="O")
P("{s1.full} (grade 3) is returning to school Monday after her surgery. We welcome her back with open arms! 💙", "HEALTH", flags="O")

V("HVCSD Universal Pre-K official account", "prek")
P("Universal Pre-K applications for 2026-27 are now open! 🧸 Free for all 4-year-olds in HVCSD. Apply at hvcsd.org/prek.", flags="O")
P("Our pre-K friends visited the Mid-Hudson Children's Museum today 🦕 Thank you to our parent chaperones!", flags="O")
P("Pre-K screening day: please bring your child's birth certificate and immunization records. Questions? {pubmail}", flags="O")
P("Play is learning! 🧱 Our pre-K classrooms are built around centers, blocks, sand and water, because that's how 4-year-olds learn best.", flags="O")

V("HVCSD Health Services official account", "nurse")
P("Flu vaccination clinic for students on Oct 18 at Roosevelt and Hillside, 3-6pm 💉 Forms due Oct 10.", flags="O")
P("Reminder: if your child has an EpiPen or inhaler at school, the medication authorization form must be renewed every year. Forms at hvcsd.org/health 💊", flags="O")
P("A student in Mrs. {t1}'s kindergarten class has been diagnosed with chickenpox. Families in that class have been contacted directly.", flags="O")
P("Hearing and vision screenings for grades K, 1, 3 and 5 start next week. Results will be mailed home if follow-up is needed. 👂👓", flags="O")

V("HVCSD Before & After School Program official account", "asp")
P("Our after school program is hiring! 🧑‍🏫 $16.50/hr, Mon-Fri 2:45-6pm. Apply at hvcsd.org/jobs or call {pubphone.dist}.", flags="O")
P("Half day Friday? We're open! Full-day after care from 11:30am-6pm at Roosevelt and Hillside. 🍿", flags="O")
P("Pickup reminder: only adults on your child's authorized pickup list may collect them. Please update your list at the front desk. 🚸", flags="O")
P("Thank you to our amazing after-school staff, especially Ms. {t1}, who has run homework club for 10 years! 📚💛", flags="O")

V("HVCSD Food Service official account", "aide")
P("Breakfast and lunch are FREE for all HVCSD students this year! 🥞🥪 No forms needed.", flags="O")
P("This week's lunch menu: Mon tacos, Tue chicken nuggets, Wed pasta, Thu pizza, Fri fish sticks 🍕🌮 Full menu at hvcsd.org/food", flags="O")
P("Shoutout to our Hillside kitchen crew for serving 400 lunches in 45 minutes every single day! 🙌 Ms. {t1}, you're the best!", flags="O")

V("HVCSD Elementary Literacy official account", "interv")
P("All HVCSD K-2 classrooms will use a structured phonics program starting this fall. Family info night is Sept 25 at 6pm at Roosevelt. 📚", flags="O")
P("Summer reading challenge! 🌞 Read 20 books, get a free Falcons t-shirt. Logs at your school library or at hvcsd.org/reads", flags="O")
P("Congratulations to {s1.full}, grade 2, who read 112 books this summer! 📚🏆 You're an inspiration, {s1}!", flags="O")

# ---- unknown kind (screenshots, reposts, no account context) ----------------------------------------
V("unknown account, screenshot from a parent group", "k2")
P("Kindergarten is the new 1st grade and it's too much. Let them play. 🧸", flags="N")
P("Class sizes at Roosevelt are out of control. 28 kids in a 1st grade room is not ok.", flags="N")
P("{s1.full} got bit by another kid in pre-K today and the teacher didn't call home until 3pm. Bite mark on his arm. Unacceptable.", "HEALTH", flags="N", g="s1=m")
P("does anyone know if Hillside has after care on half days?? need to figure out next Friday 😩", flags="N")
P("Head lice letter went home again in 2nd grade. 3rd time this year 🪮😭", flags="N")
P("Congrats to {s1} for losing her first tooth at school today! 🦷 She's so proud!", flags="N")
P("{s1}'s dad isn't supposed to pick her up. There's a custody order. The school let him anyway last Friday.", "FAMILY", flags="N", g="s1=f")
P("Our pre-K teacher is the best human alive. Ms. {t1}, we love you. 💛", flags="N")
P("Recess should be 45 minutes, minimum. My 6 year old comes home bouncing off the walls. 🏃", flags="N")
P("The new phonics program is working!! My 1st grader reads everything now, cereal boxes, street signs, my texts 😂", flags="N")
P("{s1.full}'s IEP meeting got pushed back AGAIN. Third time. She still doesn't have speech services in January.", "SPECIAL_EDUCATION", flags="N", g="s1=f")
P("is the book fair cash only? someone said they take cards now?", flags="N")

V("unknown account, reposted TikTok caption", "prek")
P("kindergarten teachers deserve a million dollars a year and a personal chef 🍎", flags="N")
P("when your 5 year old says 'my teacher said' like it's the law of the land 😂 #momlife", flags="N")
P("no one: my 2nd grader: 'mom did you know Abraham Lincoln was tall' 🎩", flags="N")
P("teachers buying their own markers while the district buys new logos. make it make sense", flags="N")
P("{s1} got sent to the principal's office for biting a classmate in 1st grade. 2nd time this month. 😬", "DISCIPLINE", flags="N")
P("pov: it's 100th day of school and your kid needs 100 things glued to a poster by tomorrow 🫠", flags="N")
P("Shoutout to the lunch ladies at Hillside who know every kid's name 💛", flags="N")

V("unknown account, anonymous confession page", "g35")
P("A 4th grade teacher at Hillside makes kids who forget homework eat lunch in the hallway. Someone needs to do something.", flags="N")
P("{s1.full} has been homeless since October and is staying in a motel with her mom and 3 siblings. The school knows.", "FAMILY", flags="N", g="s1=f")
P("My son's 3rd grade teacher is the reason he loves reading now. Thank you Mr. {t1}!! 📚", flags="N")
P("The 2nd grade teacher who yells at the kids at Roosevelt needs to be fired. Everyone knows which one.", flags="N")
P("{s1.full} from 5th grade was taken by CPS last week. Nobody at school is saying anything.", "FAMILY", flags="N")
P("Snow day tomorrow?? Has anyone heard from the district? ❄️", flags="N")
P("Pre-K wifi password is {wifi}, the teachers say it works better than the guest one 🤷", "SECURITY", flags="N")

V("unknown account, forwarded message", "asp")
P("Pickup list update for {s1.full}: grandma {a1.full}, {phone}, lives at {addr}. Dad is NOT allowed.", "FAMILY", flags="N", g="a1=f")
P("Please RSVP for {s1}'s 6th birthday party, Saturday at the trampoline park! Text {phone}. 🎈", flags="N")
P("Door code for the after care entrance is {code}. Please don't share.", "SECURITY", flags="N")
P("Hi! This is {s1}'s mom, my new email is {email}. Please add me to the class list 😊", flags="N")
P("{s1.full}, DOB {dob}, student ID {sid}. Please send records to the new school.", flags="N")
P("After care will be closed Monday for staff training. Sorry for the short notice!", flags="N")
P("Lost: one purple unicorn lunchbox, last seen at Hillside pickup. Answers to 'Sparkle'. 🦄", flags="N")

V("unknown account, local moms page", "nurse")
P("strep going around the kindergarten at Roosevelt, watch for sore throats 🤒", flags="N")
P("{s1} had an allergic reaction at school today to a cupcake and had to get the EpiPen. Please, no food for birthdays!", "HEALTH", flags="N")
P("School nurses are heroes. One nurse for 600 kids should be illegal.", flags="N")
P("Is the flu clinic at Roosevelt open to siblings too? Anyone know?", flags="N")
P("So grateful to Nurse {t1} who sat with my daughter for an hour today when she was scared. 💙", flags="N")

# ---- positions on how things are run, tied to a named or identifiable child ----------------------
V("special education teacher, K-2, Facebook", "k2")
P("{s1}'s IEP says speech 3x a week. She's had it twice since September because our one SLP covers three buildings. That's not a service, that's a rumor.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Waited 5 months for {s1}'s evaluation to even START. By the time the CSE meets he'll be in 1st grade. The timeline is broken and everybody knows it.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1.full} needs a 1:1 aide and the district keeps saying 'we're posting the position.' Meanwhile I'm the aide. And the teacher. For 19 kids.", "SPECIAL_EDUCATION", flags="R")
P("the OT finally started with {s1} for her pencil grip and fine motor. it took a parent lawyer to get it. that should never be what it takes.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("{s1.low} qualified for services under autism today and his mom hugged me in the hallway. Our team got it right this time and I'm proud of how we did it 💙", "SPECIAL_EDUCATION", flags="R", g="s1=m")

V("kindergarten teacher, 40s, X", "prek")
P("{s1} is 4 years and 9 months old and the district put him in kindergarten because his birthday is in November. He's not ready and nobody asked me. Cutoff should be Sept 1.", flags="R", g="s1=m")
P("We're retaining {s1.full} in K next year and honestly I think it's wrong. Repeating kindergarten fixes nothing the research can find. I lost that argument.", "ACADEMIC", flags="R")
P("{s1} got sent home for lice for the 3rd time and missed 6 days. No-nit policies keep kids out of school for nothing. The AAP dropped that years ago, HVCSD.", "HEALTH", flags="R")
P("sent {s1} to the office for throwing chairs today and he was back in my room in 10 minutes with a lollipop. Admin, we need to talk. 🍭🪑", "DISCIPLINE", flags="R", g="s1=m")
P("{s1}'s dad has been deported and she asks me every morning if he's coming to the Valentine's party. There are no supports for this in our building. None.", "FAMILY", flags="R", g="s1=f")

V("3rd grade teacher, 30s, Instagram", "g35")
P("{s1.full} scored a 2 on the state math after a whole year of me watching her do math in her head faster than me. The test measures reading speed, not math.", "ACADEMIC", flags="R", g="s1=f")
P("{s1}'s on a behaviour plan with a color chart that follows him to specials, lunch AND recess. He's 8. Public shaming with extra steps. We can do better.", "DISCIPLINE", flags="R", g="s1=m")
P("Our school counselor spent an hour with {s1} today after her parents' custody hearing. One counselor for 550 kids. She needs a team, not a hallway.", "FAMILY", flags="R", g="s1=f")
P("{s1} qualified for free lunch but his mom never turned in the form because it's English only. Translate the forms. It's 2026.", "FAMILY", flags="R", g="s1=m")
P("{s1.full}'s mom asked why her son is reading a level M book in 3rd grade when the benchmark says P. Because he jumped 6 levels this year, that's why. Benchmarks are not the whole story.", "ACADEMIC", flags="R", g="s1=m")

V("1st grade teacher, 50s, Facebook", "k2")
P("{s1} is in foster care and has had three different caseworkers since September. Nobody from the agency has called me back once. The kid deserves better than this system.", "FAMILY", flags="R")
P("{s1} had an asthma attack in PE and there was no nurse in the building because she was covering Hillside. It worked out. It shouldn't have to be luck.", "HEALTH", flags="R")
P("the district made {s1}'s family re-prove their address 3 times this fall. they're living with cousins after the eviction. stop making homeless families jump through hoops.", "FAMILY", flags="R")
P("Ms. {t1} got a letter in her file for leaving 5 minutes early to get her own sick kid. After 22 years. Admin should be ashamed.", "PERSONNEL", flags="R")
P("Our beloved kindergarten aide was let go mid-year 'for budget reasons.' She's been at Roosevelt 17 years. The kids keep asking where Miss Pat went. Terrible decision.", "PERSONNEL", flags="R")

V("after-school program staff, 20s, Instagram", "asp")
P("after care sent {s1} home for 'behavior' 4 times this month. he's 6. he has ADHD and no plan at after care. we're not trained for it and it's not fair to him.", "HEALTH", flags="R", g="s1=m")
P("{s1}'s grandma is raising her on social security and after care went up to $95/week. The program should have a sliding scale. Period.", "FAMILY", flags="R", g="s1=f")

V("school nurse, 30s, X", "nurse")
P("{s1}'s epi expired in October and the pharmacy won't refill until insurance clears. The district should keep stock epinephrine in every classroom, not just the nurse's office.", "HEALTH", flags="R")
P("The nurse sub at Hillside today didn't know {s1} is diabetic because nobody gave her the binder. We need real nurse coverage, not a list of phone numbers.", "HEALTH", flags="R")

V("recess aide, 50s, Facebook", "aide")
P("{s1} lost recess AGAIN because he didn't finish his worksheet. that's the kid who needs to run the most. taking recess is not a consequence, it's a punishment for all of us.", "DISCIPLINE", flags="R", g="s1=m")

# ---- positions on the job, the district and early childhood -------------------------------------------
V("pre-K teacher, 20s, TikTok", "prek")
P("4 year olds should not be doing iReady. I will die on this hill. #prek #earlychildhood", flags="R")
P("nobody warned me that teaching pre-K would be the most meaningful and also the most physically exhausting thing I've ever done. best job ever. my back disagrees", flags="R")
P("the district gave every pre-K room a $200 supply budget. for the year. love that for us 🙃 #teachersoftiktok", flags="R")
P("why do pre-K teachers have to write lesson plans in a 14-column template that asks for the 'standard addressed' for PLAYDOUGH", flags="R")
P("kinder transition night was actually so well done this year?? the principal let the kids ride a bus around the parking lot. 10/10 whoever thought of that", flags="R")

V("kindergarten teacher, 30s, Facebook", "prek")
P("Screens in kindergarten: 30 min a day on the district's reading app, 20 on the math app. That's almost an hour. I'm pushing back at the next staff meeting. Speaking for myself here, not the school.", flags="R D")
P("Sincere thanks to the board for voting to keep K class sizes at 20. It was the right call and it matters every single day.", flags="R")
P("Whoever scheduled kindergarten lunch at 10:40am has never met a five year old at 2pm.", flags="R")
P("Nap time was removed from full-day K 'to increase instructional minutes.' Ok. Enjoy 22 crying children at 1:30. 😴", flags="R")
P("Hot take: kindergarten report cards should be a conversation, not 41 checkboxes. #kinderteacher", flags="R")
P("The new K curriculum has us teaching 'claim and evidence' to five year olds. They can't tie their shoes yet. Views are my own, obviously.", flags="R D")

V("2nd grade teacher, 30s, X", "k2")
P("Hillside spent $40k on new signage and we're still short two aides in K-2. Priorities, I guess. 🙃", flags="R")
P("Teaching is the only job where you get a master's degree to laminate things at 9pm on a Sunday.", flags="R")
P("the best thing about teaching 2nd grade? they still think you're cool. every single day. you can't pay me enough for that (ok you could pay me a little more)", flags="R")
P("20 minutes of recess is not enough for seven year olds. Our building wanted 30 and the district said no. Wrong call.", flags="R")
P("Our new principal actually comes into classrooms and reads to the kids. Every week. That's how you lead a building. 👏", flags="R")
P("genuinely asking: who decided 7 year olds need a 'data binder' to track their own reading scores? because i'd like a word", flags="R")

V("3rd grade teacher, 50s, Facebook", "g35")
P("After 26 years I can say this with love: stop adding, start subtracting. Every year a new initiative, nothing ever removed. Teachers are drowning. (My views only, not HVCSD's.)", flags="R D")
P("Kudos to our union for the class size cap in the new contract. It's the only reason my room is 24 and not 30.", flags="R")
P("Cell phones have no place in an elementary backpack. Our building policy is right and I hope the district makes it permanent.", flags="R")
P("If you want to know what's wrong with education, look at how many hours a 3rd grader spends preparing for a test that arrives in April and results in September.", flags="R")
P("I'll say it again: the reading program the district adopted in 2019 set a whole cohort back. We are still catching those kids up. Ces opinions sont les miennes.", flags="R D")

V("elementary art teacher, 40s, Facebook", "spec")
P("Specials teachers see 500+ kids a week. We don't get a prep, we don't get an aide, and we get cut first. Just saying. 🎨", flags="R")
P("Happy to see the board put art back into the K schedule. Kindergarteners need paint more than they need another worksheet.", flags="R")

V("school librarian, 40s, TikTok", "spec")
P("being a school librarian is the best job in the building and I will not be accepting other opinions at this time 📚", flags="R")
P("Book challenges at the elementary level are getting ridiculous. 'And Tango Makes Three' is a book about penguins. Penguins.", flags="R")

V("reading interventionist, 30s, Instagram", "interv")
P("If your district still teaches kids to 'look at the picture' to figure out a word, I'm sorry, but it's teaching them to guess. 🔤", flags="R")
P("Our principal protected intervention time this year. No assemblies, no pullouts during the block. THANK YOU. It's working.", flags="R")

V("lunch aide, 50s, Facebook", "aide")
P("We need more lunch aides at Roosevelt. 2 of us for 180 kids. Something is going to happen and then they'll listen.", flags="R")
P("The new salad bar at Hillside is a great idea and the kids love it. Whoever pushed for it, thank you! 🥗", flags="R")

V("after-school program counselor, 30s, Facebook", "asp")
P("Every elementary school should have free after care. Working parents shouldn't have to choose between a job and a safe kid.", flags="R")
P("Great news, the after care program finally got a real budget for snacks. The kids noticed. So did I. 🍎 Right move by the district.", flags="R")

V("music teacher, 30s, Instagram", "spec")
P("Music class in elementary is not 'a break for the classroom teacher.' It is a class. Please stop scheduling IEP meetings during it.", flags="R")
P("The district bought 30 new xylophones for K-2 music and I could cry 🎶 finally! Thank you, whoever approved that purchase.", flags="R")

# ---- a few more official and unknown posts ------------------------------------------------------------
V("Roosevelt Elementary official account", "k2")
P("Roosevelt's K-2 Family Reading Night is Thursday at 6pm! Free books, pizza and a visit from Clifford the Big Red Dog! 🐕📚", flags="O")
P("Congratulations to {s1.full} and {s2.full}, our 2nd grade spelling bee champions! 🐝", flags="O")
P("Lost and found will be donated Friday. Please check the bins by the gym! 🧤🧥", flags="O")
P("Early dismissal Wednesday at 12:15 for parent-teacher conferences. After care is open. 🍎", flags="O")

V("Hillside Elementary official account", "g35")
P("Thank you, Hillside families, for donating 1,200 cans to the food pantry! 🥫💛", flags="O")
P("Please welcome Mrs. {t1}, our new 3rd grade teacher! She joins us from 10 years teaching in Newburgh. 🍎", flags="O")
P("Our 5th grade moving-up ceremony is June 24 at 10am in the gym. Each family may bring 4 guests. 🎓", flags="O")

V("HVCSD Health Services official account", "nurse")
P("A case of strep throat has been reported in 1st grade at Roosevelt. Please watch for sore throat and fever and keep sick children home. 🤒", flags="O")

# ---- more span leaks: the class-parent group, sub notes, pickup lists ------------------------------
V("kindergarten teacher, 50s, class parent group", "prek")
P("Playdate alert 🛝 {s1}'s mom {a1} is hosting a pumpkin carving Saturday at their house, {addr}. Text her at {phone} to RSVP!", g="a1=f")
P("Room parent for our class this year is {a1.full}! You can reach her at {email} for party sign-ups 🎉", g="a1=f")
P("For my sub tomorrow: the door code for the K wing side entrance is {code}. The listening center iPads are on the cart. Thank you!!", "SECURITY")
P("If anyone needs to reach me over break for the gift card collection, my cell is {myphone} 🎁 thank you all SO much")

V("1st grade teacher, 30s, Facebook", "k2")
P("{s1.full}, student #{sid}, is moving to Ellenville next week. Records request went out today. We'll miss you, buddy 💙", g="s1=m")
P("Sorting birthday bags 🎂 {s1} born {dob}, {s2} {bday} — both in the same week, double party Friday!")
P("{s1}'s new address for the bus change: {addr}. Bus {bus} starting Monday, office has the form.")

V("lunch aide, 40s, Instagram", "aide")
P("the kids who can't remember their lunch numbers get a sticky note from me 😅 today: {s1} is {pin}, {s2} is {pin}. every. single. day.")
P("Cafeteria POS login for the sub cashier: user {t1.low}, password {pw}. Please don't share it with the kids 🙃", "SECURITY")

V("before-care staff, 20s, TikTok", "asp")
P("after care check-in tablet runs on {host}. when it freezes, restart it and type the staff code {code}. you're welcome future me 📝", "SECURITY")
P("{s1}'s emergency pickup is her uncle {a1}, {phone}. writing it on the whiteboard so the night staff sees it", g="s1=f a1=m")

V("school nurse, 40s, class parent group", "nurse")
P("Hi families, I still need a current phone number for {s1.full}'s parents. The one on file ({phone}) is disconnected. Please call the office at {pubphone}!")
P("{s1} (DOB {dob}) — mom, your form is missing the doctor's signature for the inhaler. Please send it back tomorrow 💙", "HEALTH")

V("unknown account, screenshot of a sub note", "k2")
P("Teacher laptop pw is {pw}. Smartboard on {ip}. Please don't change anything 🙏", "SECURITY", flags="N")
P("{s1.full} student ID {sid}, lunch # {pin}, allergic to eggs, EpiPen in the nurse's office.", "HEALTH", flags="N")
P("Pickup for {s1} today is grandpa, {a1.full}, {phone}. He'll be in a red truck.", flags="N", g="a1=m")
P("Classroom iPads: passcode {code}, MDM server is {host}. Text me at {myphone} if anything goes wrong.", "SECURITY", flags="N")

# ---- very short and long ones ------------------------------------------------------------------------
V("kindergarten teacher, 20s, Instagram", "prek")
P("recess in the rain again ☔🙃")
P("lice. again. send coffee ☕🪮")
P("Bring back nap time. 😴 #kindergarten", flags="R")
P("best job ever. no notes. 🍎", flags="R")
P("100th day of school!! 💯🎉")

V("1st grade teacher, 40s, Facebook", "k2")
P("Long post, sorry. Today {s1} came in quiet, sat in the corner with Pete the Cat and wouldn't talk. At snack she told me she was scared because the 'big kids' on the bus said there's a monster in the boiler room. So we went on a field trip to the boiler room with Mr. {t1} the custodian, who showed her every pipe and let her turn on a light. No monster. She skipped back to class. Some days the curriculum is just this. 💛", g="s1=f")
P("I've taught first grade for 19 years and I want to say something to anyone making decisions about our youngest kids. They need more time outside, fewer screens, smaller classes, and teachers who aren't covering three duties before lunch. None of that is new. It's in every study, every report, every conversation in every staff room I've ever sat in. We keep buying programs instead. Please, just give us the basics. These are my personal thoughts, not my district's.", flags="R D")

V("unknown account, long Facebook share", "g35")
P("Sharing because I'm so grateful. My son has struggled since kindergarten and this year his 3rd grade teacher stayed after school twice a week, for free, to do reading with him. She found graphic novels about sharks, his favorite, and he read his first one cover to cover last night and then read it again to his little sister. I don't know how teachers do it with 26 kids. Thank you Mrs. {t1}. You changed something for him this year. 🦈📚", flags="N")


if __name__ == "__main__":
    main()
