"""Generate corpora/src/arts.jsonl: posts by the arts, library and student-media staff.

Voices: band, orchestra, choir and general-music teachers, art teachers, drama and theatre
directors, school librarians and library media specialists, dance and film teachers, yearbook and
newspaper advisers, writing on Instagram, Facebook, X and TikTok, plus the marching-band booster
page, official department / school / district accounts and posts of unknown kind.

What the slice is about: concert programs, cast lists and all-state results (student names, which an
official account may print as directory information but which still need consent), rehearsals,
costumes, broken instruments, kilns, book fairs, book challenges and the board's votes on them,
library budgets and overdue fines, trip fees a family cannot pay, a student's accommodations on
stage, colleagues' evaluations and leave. The hard name cases are everywhere: composers,
playwrights, authors, painters, characters (Elphaba, Jean Valjean, Atticus Finch), shows whose
titles are names ("Annie", "Mary Poppins", "Hamilton"), singers and bands, guest artists and
accompanists (adults, never marked), instrument brands (Yamaha, Steinway), prizes named for people
(the Sousa Award) and halls and galleries named for people.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton, bio and voice below is new and written for this slice.
Deterministic: fixed seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / grandchild elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (guest artists, accompanists, parents, colleagues), {room} {bus} {time} {year}
      {date} {pubphone.dist} {pubphone.hs} {attline} {pubmail} {money} {num} {score} {seat}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null
(screenshots, reposts, the booster-club page), O = kind official, b0 / bp / bd = force bio none /
plain / with a disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "arts.jsonl"
SEED = 20261207

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "ja_JP",
           "it_IT", "tr_TR", "en_IN", "fil_PH", "es_AR", "nl_NL", "sv_SE", "en_IE", "cs_CZ", "yo_NG"]
# Locales whose Faker names are not in Latin script (or that Faker lacks) come from these
# romanized lists, as a US music teacher would type them: (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Adam", "Faris", "Ziad", "Majid", "Nabil", "Hassan", "Anas", "Yazan", "Kareem", "Wael"],
           ["Jana", "Lama", "Nour", "Rima", "Hala", "Sara", "Malak", "Joud", "Tala", "Razan"],
           ["Haidar", "Shaheen", "Barakat", "Khoury", "Jaber", "Halabi", "Sabbagh", "Awad", "Tahan", "Nassar"]),
    "ko": (["Tae-yang", "Woo-jin", "Sung-min", "Ji-hoon", "Dong-hyun", "Eun-woo", "Jun-seo"],
           ["Hye-jin", "Da-eun", "Seo-hyun", "Chae-won", "Ye-jin", "Su-bin", "Na-yeon"],
           ["Kim", "Lim", "Seo", "Oh", "Hwang", "Ahn", "Song", "Baek", "Moon", "Ryu"]),
    "hi": (["Aditya", "Siddharth", "Pranav", "Yash", "Neel", "Tanmay", "Kunal", "Ved"],
           ["Aditi", "Tara", "Nisha", "Shreya", "Pooja", "Anika", "Myra", "Avni"],
           ["Kulkarni", "Deshpande", "Mehta", "Rao", "Pillai", "Banerjee", "Trivedi", "Kapoor", "Sinha"]),
    "uk": (["Roman", "Ihor", "Petro", "Artem", "Danylo", "Yurii", "Serhii"],
           ["Mariia", "Anna", "Liliia", "Kateryna", "Veronika", "Uliana", "Tetiana"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Zinchenko", "Romaniuk", "Ostapchuk", "Tkachuk", "Kovalchuk"]),
    "el": (["Nikos", "Giorgos", "Dimitris", "Kostas", "Thanos", "Stavros", "Yannis"],
           ["Eleni", "Katerina", "Sofia", "Despina", "Ioanna", "Christina", "Zoe"],
           ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Antoniou", "Demetriou"]),
    "fa": (["Arash", "Dariush", "Kian", "Reza", "Babak", "Navid", "Soroush"],
           ["Shirin", "Parisa", "Niloufar", "Laleh", "Roya", "Setareh", "Mina"],
           ["Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Tehrani", "Sadeghi", "Farahani"]),
    "am": (["Dawit", "Yonas", "Abel", "Henok", "Biniam", "Kaleb", "Natnael"],
           ["Selam", "Hana", "Meron", "Bethlehem", "Liya", "Saron", "Ruth"],
           ["Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Mekonnen", "Tadesse", "Wolde"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "vi_VN": 4, "zh_CN": 4, "pl_PL": 3, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 4, "ja_JP": 2, "it_IT": 4, "tr_TR": 2, "en_IN": 3, "fil_PH": 3,
                "es_AR": 3, "nl_NL": 2, "sv_SE": 1, "en_IE": 3, "cs_CZ": 1, "yo_NG": 2,
                "ar": 3, "ko": 3, "hi": 2, "uk": 2, "el": 2, "fa": 2, "am": 2}
NON_GENDERED = {"zh_CN", "ja_JP", "fil_PH", "yo_NG", "en_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alexandra", "Sasha", "f"), ("Bartholomew", "Bart", "m"), ("Oluwatobi", "Tobi", "m"),
         ("Nguyen Anh", "Annie", "f"), ("Wojciech", "Wojtek", "m"), ("Guadalupe", "Lupita", "f"),
         ("Frederick", "Freddie", "m"), ("Yekaterina", "Katya", "f"), ("Ignacio", "Nacho", "m"),
         ("Josephine", "Josie", "f"), ("Ryunosuke", "Ryu", "m"), ("Anjali", "Anju", "f"),
         ("Rodrigo", "Rigo", "m"), ("Penelope", "Nell", "f"), ("Mohammed", "Mo", "m"),
         ("Sebastian", "Bash", "m"), ("Magdalena", "Magda", "f"), ("Joaquin", "Quino", "m"),
         ("Clementine", "Clem", "f"), ("Chidubem", "Dubem", "m"), ("Evangeline", "Evie", "f"),
         ("Zachariah", "Zach", "m"), ("Meiling", "May", "f"), ("Leopold", "Leo", "m"),
         ("Genevieve", "Vivi", "f"), ("Nicholas", "Nico", "m"), ("Esperanza", "Espe", "f"),
         ("Siddhartha", "Sid", "m"), ("Wilhelmina", "Billie", "f"), ("Mateo", "Teo", "m")]

STREET_BASES = ["Fiddlers Green", "Cantata", "Quarry View", "Wappinger", "Spook Rock", "Juniper Hill",
                "Lattintown", "Pleasant Valley", "Mill Pond", "Bellefield", "Crum Elbow", "Violet",
                "Hollow Oak", "Sycamore Knoll", "Stone Church", "Fishkill Hook", "Sky Top", "Noxon",
                "Beekman", "Little Rest"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Road", "Lane", "Hwy", "rd", "ave"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views from the back of the risers", "views are not my own, they belong to my cat",
# "opinions welcome in my DMs", "my own studio") sit among the plain ones.
BIOS = [
    ("music", "HS band director 🎺 | Falcons Marching Band | opinions mine, not HVCSD's", True),
    ("music", "choir nerd 🎶 alto for life | personal account, I don't speak for my district", True),
    ("music", "orchestra teacher 🎻 | Maple Ridge | Meinungen sind meine eigenen, nicht die des Schulbezirks", True),
    ("music", "band director | drum corps alum | dad x2 | tuba enthusiast", False),
    ("music", "elementary music 🎵 recorder survivor, Orff level II", False),
    ("music", "choir director | views from the back of the risers 🎶", False),
    ("music", "strings teacher 🎻 cellist | my own arrangements at the link", False),
    ("art", "art teacher 🎨 painter | all opinions here are my own, not my employer's", True),
    ("art", "HS ceramics + AP Studio | personal page, not affiliated with HVCSD", True),
    ("art", "elementary art 🖍️ glitter is a lifestyle", False),
    ("art", "art teacher & printmaker | my own studio in Beacon | commissions open", False),
    ("art", "painter. teacher. views of the Hudson in oil 🌊", False),
    ("drama", "theatre director 🎭 HVHS Drama | thoughts mine, not the district's", True),
    ("drama", "drama teacher, stage manager at heart 🎭 | opiniones propias, no del distrito", True),
    ("drama", "theatre teacher 🎭 | Sondheim stan | tech week survivor", False),
    ("drama", "director, teacher, cold brew | opinions welcome in my DMs", False),
    ("lib", "school librarian 📚 | intellectual freedom | posts are mine alone and not HVCSD's", True),
    ("lib", "library media specialist @ Hillside | personal account, views not endorsed by my employer", True),
    ("lib", "HS librarian 📚 reading everything | banned books are my favorite books", False),
    ("lib", "librarian | cardigan collector | Dewey decimal dreams", False),
    ("lib", "school librarian | my own book reviews at the link 📖", False),
    ("dance", "dance teacher 💃 choreographer | my opinions ≠ my district's", True),
    ("dance", "dance educator 🩰 HVHS | 5,6,7,8", False),
    ("dance", "dance teacher | views are not my own, they belong to my cat 🐈", False),
    ("media", "yearbook + journalism adviser 📰 | personal account; nothing here is an official school statement", True),
    ("media", "film teacher 🎬 | I speak for myself, not HVCSD", True),
    ("media", "yearbook adviser 📸 deadline survivor", False),
    ("media", "newspaper adviser | ex-reporter | AP style or bust", False),
    ("media", "film/media teacher | Criterion Closet lottery winner (in my dreams)", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "music": "Official account of the HVHS Music Department 🎶",
    "art": "Maple Ridge Middle School Art Department (official)",
    "drama": "HVHS Drama Club | official page | tickets at hvhstheatre.org",
    "lib": "HVCSD Library Media Services | official account",
    "dance": "HVHS Dance Program (official)",
    "media": "The Falcon Flyer, student newspaper of Hudson Valley High School | official adviser account",
}

HOST_POOLS = {"": ["aud-lx-console.hvcsd.local", "libcat01.hvcsd.internal", "mrms-kilncam.hvcsd.lan",
                   "hvhs-ybprint.hvcsd.local", "av-stream02.hvcsd.local"]}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "347", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "optonline.net",
                     "verizon.net", "me.com"]
    HOSTS = HOST_POOLS[""]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo)\b", r"\b(she|her|hers|she's|shes|herself|mija)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script only, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Mary", "Annie")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(HOST_POOLS.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f[:1]}", f"the{l}s", f"{f}{r.choice(['music', 'mom', 'dad'])}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Fortissimo{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Encore', 'Curtain', 'Tuba', 'Kiln', 'Dewey'])}{r.randint(100, 999)}{r.choice('!?*')}",
                         f"hvhs{r.choice(['drama', 'band', 'library', 'yb'])}{r.randint(2021, 2026)}",
                         f"{r.choice(['ghostlight', 'downbeat', 'overdue', 'sforzando'])}{r.randint(1, 99)}",
                         f"Falc0n{r.choice(['Band', 'Stage', 'Books'])}{r.randint(1, 9)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_draws", f"{f}{l[:1]}.{r.randint(10, 99)}", f"{f}.sings",
                         f"{l}{f[:1]}_{r.choice(['art', 'films', 'tuba', 'dance'])}", f"{f}__{l[:3]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 31, 45, 60, 112, 207])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 4)}{r.randint(0, 9)}", f"C{r.randint(10, 40)}",
                                      f"{r.randint(5, 60)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["5:45", "6:15", "7:00", "7:30", "2:40", "3:05", "3:15", "4:00", "5:30",
                                      "6:30", "7:15"]),
            "year": lambda: str(r.randint(2025, 2028)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([35, 40, 45, 60, 75, 85, 120, 150, 240, 310, 425])}",
            "num": lambda: str(r.randint(5, 41)),
            "score": lambda: r.choice([f"{r.randint(88, 99)}.{r.randint(1, 9)}", f"{r.randint(24, 28)}/28"]),
            "seat": lambda: r.choice(["1st chair", "2nd chair", "3rd chair", "principal", "section leader"]),
        }


SK = genlib.Skeletons("arts staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.22 else 2 if x < 0.75 else 1
    if "R" in sk["flags"]:
        return 3 if x < 0.3 else 2 if x < 0.85 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.25 else 1
    return 2 if x < 0.2 else 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.4, 0.12), other=(0.45, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.16, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student, a colleague, or someone unique from context ("our only bassoonist", "the kid who played
# Annie"); "a kid in 4th period" stays clean. R only for personal posts whose text takes a position
# about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- HS band ----------------------------------------------------------------------------------
V("HS band director, 40s, X", "music")
P("three of our four sousaphones leak. the 'new' one is older than me. when does the instrument line in the budget stop being a rounding error", flags="R")
P("{s1.full} made All-State Wind Ensemble on bass clarinet!!! first Falcon in that section in 9 yrs 🦅🎶")
P("Marching band is a sport. Four hours in August heat, 300 drill sets, conditioning. Give these kids a varsity letter like every other team gets.", flags="R")
P("This year's John Philip Sousa Award goes to {s1.full}. four years, never missed a rehearsal, carried the low brass on her back 🏆", g="s1=f")
P("Our Yamaha rep came through with a loaner euphonium after ours met the equipment trailer (long story, nobody hurt, except the euphonium) 🙏")
P("{s1} dropped her flute off the top of the bleachers at homecoming. the flute survived. {s1} did not, emotionally")
P("Band kids have better attendance than any other group in the building. Cutting the 5th grade start would be the single dumbest thing this board could do.", flags="R")
P("the Orlando trip is $1,180 a kid and {s1.full}'s dad told me after rehearsal there's no way this year, he got laid off in November. quietly raising it for him, DM me", "FAMILY", g="s1=m")
P("a kid in my 4th period broke his wrist at the skatepark so now I have a one-handed trumpet player. he's still coming to rehearsal. respect")
P("bus {bus} to Syracuse leaves 5:45am SHARP. uniforms on hangers, shakos in boxes, plumes in the plume case. forget your gauntlets and you're marching in oven mitts")
P("band room was built for 60. we have 112 in marching band this fall. fire code is more of a vibe apparently", flags="R")
P("{s1.last} on snare tonight... different animal. drumline, you heard it 🥁🔥")
P("band staff: practice room door code changed over break, it's {code} now. please don't write it on the whiteboard again", "SECURITY")
P("the Mets bullpen is more out of tune than my 8th grade trombones and I have heard my 8th grade trombones")
P("Springsteen at MetLife last night. 75 years old, 3 hrs 20 min, no break. I need a chair after a 40 min rehearsal")
P("{s1.full} forgot his band locker combo for the third time so here it is for both of us: {combo}. memorize it my friend", g="s1=m")
P("Not gonna lie, the new rehearsal schedule that gives us the gym on Tuesdays is the best call admin has made all year. thank you 🙌", flags="R")
P("{s1.full} got a 14 out of 28 on his NYSSMA solo and won't come out of the practice room. he failed band 1st quarter too and it's going to cost him the trip", "ACADEMIC", g="s1=m")
P("We do a halftime show every home game and the band can't use the field to rehearse because football has it until 6. Band practices in the parking lot. In the dark.", flags="R")

V("MS orchestra director, 30s, Facebook", "music")
P("Cello rentals are $38 a month and some families are paying that for three kids. The district owns 40 instruments sitting in a closet. Lend them out.", flags="R")
P("{s1} has a 504 that lets her sit front row so she can read my hands, and she's the reason the whole viola section is finally together 💜", "SPECIAL_EDUCATION", g="s1=f")
P("snapped my A string 2 minutes before the concert and {s1.low} handed me her spare like a tiny roadie. future stage manager 🙌", g="s1=f")
P("Our accompanist {a1.full} has played every one of our concerts for 11 years and never once charged for the extra rehearsals. Somebody give this woman a plaque", g="a1=f")
P("Twinkle variations for the 400th time this week and honestly? the best part of this job is the first day they hear themselves in tune", flags="R")
P("Moving orchestra to every other day 'to make room for intervention' means my 5th graders get 18 minutes with me a week. Nobody learns vibrato in 18 minutes.", flags="R")
P("{s1.full}'s mom: I found the violin in the lost and found and left it in the office. my cell is {myphone} if it's easier to meet after 4")
P("Mahler 1 with the Albany Symphony on Sunday. third movement, Frère Jacques in a minor key. my 7th graders would riot (affectionately)")
P("The HVCSD music department is the best-run department in the district and it's not close. Our chair deserves a raise and a nap.", flags="R")
P("{s1} (7th, cello) has missed 14 days since January, her mom says the migraines are back. she's sinking in every class, not just mine", "HEALTH ACADEMIC", g="s1=f")
P("String quartet from the Hudson Valley Philharmonic visited today and played Dvořák's American Quartet in my room. the silence afterwards. 🥹")

V("HS choir director, 30s, Instagram", "music")
P("Choir is the only class where 90 teenagers have to breathe at the same time. There is no data dashboard for that. Fund it like it matters.", flags="R")
P("{s1.full} sang the Mozart Alleluia at the pops concert and a grandpa in row F stood up before the last note. I'm fine. Totally fine.")
P("Area All-State results!! {s1.full} (Soprano I), {s2.full} (Tenor II), {s3.full} (Bass I). three. THREE. 🎶")
P("tonsillitis took out half my altos the week of the concert so if you hear a weird harmony Thursday, that's a choice now")
P("{s1} is on total voice rest until June with vocal nodules. no spring concert for her. she's still at every rehearsal turning pages 🥹", "HEALTH", g="s1=f")
P("Unpopular opinion: competitive show choir did more damage to choral music ed than any budget cut. Sequins are not vocal technique.", flags="R")
P("The new rule that choir can't rehearse at lunch 'for supervision reasons' has honestly saved my sanity. thank you admin, sincerely 🙏", flags="R")
P("Jacob Collier on the drive in and now I want to reharmonize everything. sorry in advance, tenors")
P("Robe fittings Tuesday after school. Ms. {t1} from the FACS room is hemming for us again, she's a gift 🧵")
P("{s1.full}, {s2.full} and {s3.full} aren't paying the $45 robe fee this year, I'm covering it. their families are having a rough year and nobody needs to know that but me. (and now you, oops)", "FAMILY")
P("Aretha singing Nessun Dorma at the Grammys with 20 minutes' notice is still the greatest live vocal ever recorded. Not taking questions.")
P("if you've never heard 90 high schoolers sing Lux Aurumque in a dark auditorium I genuinely feel sorry for you")

V("elementary general music teacher, 20s, TikTok", "music")
P("elementary music isn't a 'special,' it's THE special. only room in the building where everybody wins if everybody listens. fight me #musedtok", flags="R")
P("{s1.low} asked if Beethoven is 'dead dead or just retired' and I have not stopped thinking about it")
P("music on a cart this year bc my room is a 3rd grade classroom now. 3 schools, one cart, zero xylophones. thriving. 🛒 #teachertok", flags="R")
P("the Encanto unit is back by demand. We Don't Talk About Bruno has 6 parts and my 4th graders know every single one")
P("{s1} in 2nd grade got new hearing aids with sparkle stickers and let me use the FM mic for the first time today. she heard the whole song. 'it's so CLEAR' 😭", "HEALTH", g="s1=f")
P("they cut music from the kindergarten schedule for 'instructional minutes.' singing IS instruction. five year olds learn language by singing it", flags="R")
P("if one more admin calls my class 'their prep time' I'm teaching them all the kazoo. every single one.", flags="R")
P("my niece {kid} had her first piano recital in Albany today and played Für Elise with zero mistakes. the family musician era begins 🎹")

# ---- art rooms ----------------------------------------------------------------------------------
V("HS art teacher, 40s, Instagram", "art")
P("My own work is up at the Barrett Art Center this month, 'Hudson in February.' Opening Friday 6-8 if you want cheap wine and expensive feelings 🎨")
P("{s1.full} won a Gold Key in Scholastic Art & Writing for her charcoal self-portrait!!! 🔑 regional show opens in March", g="s1=f")
P("There's a two-year waitlist for ceramics at HVHS. Two art teachers for 1,400 kids. Seniors are graduating without ever touching clay and that's a choice somebody made.", flags="R")
P("Frida, Basquiat, Kusama, Hokusai: the sub slideshow for next week. if the sub calls Basquiat 'the crown guy,' honestly fine")
P("{s1} used my entire personal Prismacolor set on one drawing. worth it. it's incredible.")
P("we spend more replacing the football turf every 8 years than the art department gets in 40. just doing math. it's an art room, we own rulers", flags="R")
P("{s1.full} has been in my room every lunch since he moved in with his aunt. the custody thing is still in court. he's drawing a lot. I let him.", "FAMILY", g="s1=m")
P("Shoutout to Ms. {t1} in the science wing for lending us 14 microscopes for the cell-pattern printmaking unit 🔬🎨")
P("Starry Night in person: the paint is SO thick. had to sit on the bench at MoMA for a minute")
P("The MoMA trip is $62 with the bus and lunch. If that's hard for your family right now, email me. No kid stays home and no one will ever know.")
P("@{s1.handle} posted a sketchbook tour and tagged me and it has 40k views. that's MY student 🥹", g="s1=f")
P("custodians: the kiln controller lives at {ip} now, please don't unplug the little switch behind it again, it takes IT a day to bring it back", "SECURITY")
P("{s1.full} and {s2.full} carved their initials into the brand new drafting tables. detention all week with me. sanding. poetic justice 🪚", "DISCIPLINE")
P("Saying it once: the district art show should not be in a gym under basketball nets. Our kids' work deserves a real wall and real light.", flags="R")
P("Rothko chapel documentary on a Sunday night and I'm emotionally unavailable until Tuesday")
P("the AP Art History exam got moved to the same morning as the Regents make-up. whoever builds that calendar has never met a teenager", flags="R")

V("elementary art teacher, 50s, Facebook", "art")
P("Dot Day went off beautifully. 400 dots on the hallway wall. Peter H. Reynolds, you did it to me again")
P("Art goes from 45 minutes to 30 in September. 30 minutes. By the time the smocks are on, it's cleanup.", flags="R")
P("{s1} uses the adaptive scissors and slant board from her IEP and she made the best coil pot in 2nd grade. accommodations WORK, people", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("600 kids a week and a supply budget that works out to $1.40 a kid for the year. I buy the glue sticks. We all buy the glue sticks.", flags="R")
P("Mrs. {t1}, who ran the Roosevelt art room until 2019, visited today and the kids called her 'the OG.' She didn't know what it meant. She loved it.")
P("my grandson {kid} took first place in his school's art contest out in Ohio!!! artist in the family 🎨")
P("Monet week. 2nd graders painting water lilies with q-tips. my floor is purple now")
P("The 3rd grader whose family just came from Ukraine (the only new student in 3rd this year) drew her house in Kharkiv today. with the roof missing. I had to step into the hall.", "FAMILY")
P("Andy Warhol soup can prints with 1st grade! Campbell's should sponsor us honestly 🥫")

V("MS art teacher, 30s, X", "art")
P("a 7th grader asked if Picasso was 'the one with the ear' and I said that's Van Gogh and he said 'they're both guys who were sad in France.' can't argue")
P("Teaching art to middle schoolers is the best job in education. They're weird, they're honest, they'll try anything. That's the whole post.", flags="R")
P("{s1.full} got caught tagging the stairwell with a Sharpie, 2 days out of school. The tag was honestly good. We're going to talk about murals.", "DISCIPLINE")
P("Kiln cam for the curious: it's on {host} and the login is the same as the shared drive, {pw}. students don't need it. staff only pls", "SECURITY")
P("The new 'no open-toed shoes in the art room' rule came from a parent complaint about a dropped brayer, not from safety data. cool.", flags="R")
P("Ai Weiwei at the Guggenheim this weekend. The sunflower seeds piece still gets me.")
P("{s1} has a 1:1 aide in art now and for the first time all year she finished a whole project. Sunflowers. Gave them to the aide.", "SPECIAL_EDUCATION", g="s1=f")

# ---- theatre -------------------------------------------------------------------------------------
V("HS theatre director, 40s, X", "drama")
P("Les Mis cast: {s1.full} as Jean Valjean, {s2.full} as Javert, {s3.full} as Fantine. Do you hear the people sing?? 🇫🇷")
P("Elphaba is green. {s1} is not. We have 11 days to solve the makeup. Ulta, I'm coming for you", g="s1=f")
P("Schools fund football at 10x what they give theater and then ask the theater kids to paint the homecoming banners. Every. Year.", flags="R")
P("{s1.full} (our Annie) rolled her ankle at dance call. She's in a boot. The understudy is ready. I am not.", "HEALTH", g="s1=f")
P("Hamilton tickets for the cast trip are booked!!! Richard Rodgers Theatre, 45 kids, 6 chaperones and one of me losing my mind 🎭")
P("The board cut the fall play stipend. The fall play is still happening. I'm just doing it for free now. Great message, HVCSD.", flags="R")
P("Our accompanist {a1.full} sight-read the entire Into the Woods score at auditions without blinking. Hire this man for everything.", g="a1=m")
P("{s1.full} threatened another cast member in the greenroom Friday and now it's a whole thing with the dean. She's out of the show. I'm gutted.", "DISCIPLINE", g="s1=f")
P("Theater kids are the kindest, most overcommitted, most exhausted humans in any school. Protect them. Feed them. Let them go home before 10.", flags="R")
P("rehearsal report: ran Act 2 twice, lost a shoe during Master of the House, found the shoe, lost Thénardier")
P("student crew: the light board password is {pw}. do not change it, do not share it, do not write it on the greenroom whiteboard AGAIN", "SECURITY")
P("{s1}'s IEP gives her the script two weeks early and a quiet room between scenes, and she just NAILED Mrs. Lovett. Accommodations aren't a shortcut, they're the door.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("whoever borrowed the Tevye beard from costume storage: bring it back, no questions asked")
P("Now every script has to be approved by the district office 60 days before auditions. Who is reading these? With what training? This will kill spring musicals.", flags="R")
P("Hadestown for the third time. Eva Noblezada owns that stage. I'll be insufferable at rehearsal tomorrow")
P("{s1.full} is our stage manager. Runs 60 light cues from a headset at 16 and does calc homework during Act 1. 🎧")
P("Is anyone else's auditorium still booked by the district for 'community events' the week of your show? Genuinely asking how you handle it")
P("our auditorium rigging hasn't been inspected since 2016. I've asked in writing three times. Someone will get hurt and then everyone will be very sad and surprised.", flags="R")
P("{s1.lowfull}'s family can't cover the $150 costume fee and mom asked if he should drop out of the show. absolutely not. it's covered. done.", "FAMILY", g="s1=m")

V("MS drama teacher, 20s, TikTok", "drama")
P("my 7th graders are doing Shrek the Musical and Lord Farquaad is 4'10 and taking it VERY seriously #theatretok")
P("costume budget for Seussical: $0. costume budget from my personal Target card: $212. 🐘 love that for me", flags="R")
P("{s1.low} wrote a 12-page play about a haunted cafeteria and it's better than half of what I read in grad school. we're staging it in May")
P("Because of {s1.low}'s seizure plan there's no strobe in the spring show. The lighting kids made a thunderstorm without one anyway ⚡", "HEALTH")
P("unpopular opinion: every middle schooler should have to take one semester of drama. stage fright cured (mostly) #edutok", flags="R")
P("Annie auditions: 14 Annies, 1 Daddy Warbucks. The Daddy Warbucks is a girl. She's incredible.")
P("there is no curtain in the Maple Ridge cafetorium. we have a shower curtain on a tension rod. 10 years of asking. #theatretok", flags="R")
P("pov: you're the drama teacher and a 6th grader asks if Shakespeare 'knew he was famous' 💀")
P("{s1.up} GOT INTO THE NYC SUMMER THEATRE INTENSIVE. SCHOLARSHIP. FULL. SCREAMING IN THE BLACK BOX 🎭🎭")

V("theatre tech director, 50s, Facebook", "drama")
P("The Steinway in the auditorium hasn't been tuned since the spring. The piano tech's invoice has been 'in processing' since October.", flags="R")
P("{s1.full} ran the fly rail for the entire run at 15 and didn't miss a cue. kid's going to work Broadway. mark it", g="s1=m")
P("Our only freshman on the lighting crew fell off the platform ladder Tuesday, broke his collarbone. He's ok. New rule: two on every ladder.", "HEALTH")
P("The auditorium sound board is on {vlan} with the projector, so if the booth kids can't get audio, it's the network, not the board", "SECURITY")
P("Schools should treat tech theatre as CTE. Carpentry, electrics, rigging, CAD. These kids walk into IATSE apprenticeships. Fund it that way.", flags="R")
P("{a1.full}, parent, retired electrician, rewired the whole cyc by himself over break. No charge. Some people are just like that ⚡", g="a1=m")
P("Stole the 'Welcome to Grover's Corners' sign from our 2004 Our Town for my garage. It's mine now. Thornton Wilder would want it that way.")

# ---- libraries -------------------------------------------------------------------------------------
V("HS librarian, 50s, X", "lib")
P("Board voted 5-2 last night to keep Gender Queer and The Bluest Eye on the shelves. I'll take it. Thank you to every student who stood up and spoke.", flags="R")
P("Banned Books Week display is up: Maus, Beloved, The Hate U Give, To Kill a Mockingbird, Speak. Each one was challenged in a US school in the last three years.")
P("No one has ever been harmed by a book they chose. Plenty of kids have been harmed by never finding the one that was about them.", flags="R")
P("Atticus Finch would have had a few words for last night's board meeting. I'll leave it there.", flags="R")
P("{s1.full} has read 61 books since September. SIXTY ONE. She's working through every Octavia Butler we own 📚", g="s1=f")
P("Library budget: $18,000 three years ago, $4,200 now. About one new book per four kids. Anyway, happy National Library Week 🙃", flags="R")
P("Overdue fines are gone at HVHS starting this year. Lost-book fees still apply. Bring stuff back, no judgment 📚")
P("Dropping overdue fines was the best decision this district made all year. Circulation's up 30%, and the kids who owed $12 finally came back.", flags="R")
P("{s1}, if you see this: your library ID is {sid}. you do not need to keep writing it on your hand 😂")
P("guest wifi for Thursday's author visit is {wifi}. parents only please, do not give it to the entire senior class", "SECURITY")
P("Melvil Dewey would be horrified. A freshman reorganized the 900s by color this week. It's gorgeous. It's chaos. It's staying until Friday.")
P("A parent filed a formal challenge on Eleanor & Park today. The committee has 30 days. I've read it four times. It stays on the shelf.", flags="R")
P("Mr. {t1}, who ran this library until 2021, came back to read to 9th grade seminar. The kids were silent. Silent! Legend.")
P("The circ desk computer runs Windows 7 and I'm afraid of it. Every morning I say a small prayer before I scan the first barcode.", flags="R")
P("{s1.full} found out in the library that she got into Bard's early college program. we screamed. we were shushed. by me.", g="s1=f")
P("reading Percy Jackson to my nephew over FaceTime every Sunday. Annabeth is his favorite. mine too")
P("The catalog server ({host}) has been down since Tuesday so I'm checking out books on paper cards like it's 1987", "SECURITY")
P("Our 'library' at Maple Ridge has been a testing center for 31 school days this year. That's six weeks with no books for 700 kids.", flags="R")
P("Who's got a good graphic novel for a reluctant 10th grade reader who loves cars? Not Drive, already tried it")
P("A school library without a certified librarian is a room with books in it. Every HVCSD building deserves one. Full time. (My opinion, not the district's.)", flags="R D")
P("{s1.full} owes $340 in lost books from freshman year and the diploma hold is real. his mom works two jobs. I'm talking to the principal about a waiver", "FAMILY", g="s1=m")

V("elementary library media specialist, 30s, Facebook", "lib")
P("Pete the Cat made an appearance at story time. Groovy buttons were lost. All buttons have been recovered.")
P("the Scholastic book fair is mostly a toy store with a book section now. gel pens, slime, squishmallows. we're running our own fair next year", flags="R")
P("{s1} checked out Dog Man for the 22nd time this year. I'm not stopping him. It's his book.", g="s1=m")
P("Library skills got cut from the K-5 schedule, so I'm 'flex coverage' now. A certified librarian covering lunch duty. cool cool cool.", flags="R")
P("A 2nd grader asked if Mo Willems is my husband. I said no. She said 'you should ask him.'")
P("Elementary kids need a media specialist teaching them to spot fake videos. Full time, in every building, not split three ways.", flags="R")
P("{s1.full}'s mom emailed: the library book is at dad's and they aren't speaking right now, could we waive it. Waived. Always. 💛", "FAMILY")
P("{s1} is reading two levels below grade and won't let anyone see her books, so we made a cover that says TOP SECRET. She's read three this week.", "ACADEMIC", g="s1=f")
P("Timing kids' reading with a minutes log turns a library into a test center. Let them read. Let them quit a book. Let them reread.", flags="R")
P("Our new library aide {a1} has been with us a week and already knows every kindergartner's favorite shark fact 🦈", g="a1=f")
P("Someone donated 40 copies of Charlotte's Web in perfect condition. No note. Just a box on the steps. Whoever you are: Some Pig. 🕷️")
P("Dr. Seuss Day is over and I've said 'oh the places you'll go' 900 times. I need a dark room.")
P("pls stop asking the librarian for the printer password lol. there isn't one. it's just broken")
P("{s1} (3rd grade) is in foster care now, new address, new bus. If anyone sends anything to the old house please send it to the office instead. Let's keep her world small and steady this month.", "FAMILY", g="s1=f")

V("middle school librarian, 40s, Instagram", "lib")
P("Shelf of the week: books where the dog lives 🐶 (you're welcome, Where the Red Fern Grown survivors)")
P("Graphic novels ARE reading. If your kid reads New Kid three times, they read a novel three times. Stop making them 'pick a real book.'", flags="R")
P("{s1.full} and {s2.full} were banned from the library makerspace for two weeks after the 3D printer 'incident.' it was a shiv. a plastic shiv.", "DISCIPLINE")
P("Author visit with Jason Reynolds next month!!!! I'm going to be so normal about it. So normal.")
P("The board's new rule that parents can opt a kid out of specific library books is... workable, honestly. It's better than pulling books for everyone.", flags="R")
P("The library laptops are on the kiosk login, user mrms-lib, pw {pw}, for the sub tomorrow. don't give it to the kids", "SECURITY")
P("Book club picked The Outsiders. Stay gold, 8th graders. Stay gold.")
P("{s1}'s mom asked me to flag anything with self-harm in it after the hospital stay last month. I will. quietly. she's doing better", "HEALTH", g="s1=f")

# ---- dance ------------------------------------------------------------------------------------------
V("HS dance teacher, 30s, TikTok", "dance")
P("dance counts as PE credit in other states. not here. my kids dance 4 days a week and still have to run the mile in gym. explain it to me slowly", flags="R")
P("{s1.full} got into the Alvin Ailey summer intensive!!! NYC here she comes 💃🗽", g="s1=f")
P("our studio floor is tile over concrete. three shin splints this month. we've needed a sprung floor since 2014 and I've asked every single year.", flags="R")
P("{s1} got cleared by her cardiologist to dance again after the November surgery. first full run today and she did not stop smiling 🩰", "HEALTH", g="s1=f")
P("Beyoncé's Renaissance film is the best thing I've seen all year and I'm not accepting other opinions")
P("Dance is not an extra. It's an art form with 5,000 years of history and its own state standards. Schedule it like one.", flags="R")
P("{s1.low} and {s2.low} both got concussed on the lift in the contemporary piece. lift is cut. nobody dances it until both are cleared", "HEALTH")
P("Is the Nutcracker overrated? yes. will I watch it three times in December? also yes")
P("{s1.full} has an eating disorder and her doctor pulled her from the spring concert. she asked me to tell the group she 'has a conflict.' I did.", "HEALTH", g="s1=f")

V("MS dance and movement teacher, 40s, Instagram", "dance")
P("Movement class is the only 40 minutes some of my kids aren't sitting. That should tell this district something about the other 6 hours.", flags="R")
P("{s1} uses a wheelchair and choreographed the entire 8th grade closing number around it. The whole grade in chairs for the last 16 counts. Chills.", "HEALTH")
P("Alvin Ailey's Revelations at City Center this weekend. I cried at 'Wade in the Water' for the 9th year straight")
P("Why do we hold the dance showcase in the cafeteria when the auditorium sits empty that night? Ask the facilities calendar. I did. No answer.", flags="R")

# ---- film and media ---------------------------------------------------------------------------------
V("HS film teacher, 30s, X", "media")
P("Film I is watching Rear Window this week. Hitchcock, Jimmy Stewart, a broken leg and binoculars. 90% had never seen a black & white movie")
P("Our student short 'Bus 19' got into the Woodstock Film Festival youth showcase 🎬 screening Oct 3")
P("We teach film on 8-year-old DSLRs and one laptop that overheats on Premiere. The kids make magic anyway. Imagine what they'd do with real gear.", flags="R")
P("{s1.full} directed, shot AND edited the morning announcements all year. USC film in the fall. we're all just living in his credits now 🎥", g="s1=m")
P("the ISS room camera feed is {ip} on the AV network and a kid in my class figured that out from a screenshot. IT has been called.", "SECURITY")
P("Dune Part Two in 70mm IMAX is the correct way to see a movie. Villeneuve forever.")
P("Hot take: English departments should teach film as text. Parasite says more about class than half the canon we assign.", flags="R")
P("{s1.low} filmed the B-wing bathroom fight and now it's all over TikTok. he's suspended, so are both kids in the video. as the film teacher I don't know how to feel", "DISCIPLINE", g="s1=m")
P("Kurosawa week. Seven Samurai is 3.5 hours and my seniors have a 47-minute period. We are watching it across 5 days and they are HOOKED.")
P("A district that wants 'career-ready' grads and buys zero post-production licenses for the media lab is kidding itself.", flags="R")

V("yearbook adviser, 40s, Instagram", "media")
P("Final yearbook deadline hit at 11:52pm. 304 pages. Every senior has a photo. The staff is asleep on the floor of room {room} 📸")
P("{s1.full}'s family asked us to leave her out of the yearbook completely this year. custody situation. we did. she still designed the cover.", "FAMILY", g="s1=f")
P("yearbook staff, the platform login is user hvhsyb / {pw}. in the binder, NOT on the group chat", "SECURITY")
P("we cut yearbook from a class to an after-school club. advising a 300-page book for a $900 stipend. it's fine. everything's fine 🙂", flags="R")
P("The Jostens rep {a1.full} is coming Tuesday at {time}. Bring your spread drafts, yearbook people.")
P("{s1.full} was removed from yearbook staff after photoshopping a teacher into a Shrek scene and posting it. the teacher is filing a complaint. honestly the edit was seamless", "DISCIPLINE")
P("Being a yearbook adviser means being the only adult in the building who knows every kid's name. Best job I've ever had, worst hours.", flags="R")

V("student newspaper adviser, 50s, X", "media")
P("Student journalists have the right to report on their own school. Prior review is censorship wearing a lanyard.", flags="R")
P("Admin pulled our story on the bathroom vape sensors. Two sources, a records request, a comment from the district. Pulled anyway.", flags="R")
P("{s1.full} won 1st place in news writing at the Empire State School Press Association conference 📰🏆")
P("teaching 10th graders to file a FOIL request is the most radical thing I do all year, and it shouldn't be", flags="R")
P("editor-in-chief {s1} hasn't slept since Tuesday. she found a typo in the headline after the paper went to print: 'PUBIC HEARING.' we're reprinting", g="s1=f")
P("{s1.full} is on a behavior contract after the photo of the sub. off the paper till March.", "DISCIPLINE", g="s1=m")
P("Nellie Bly went undercover in an asylum in 1887. My kids are scared to email the athletic director. We're working on it.")
P("the paper's faculty adviser position has had 3 people in 4 years because it pays less than JV girls' bowling. just putting that out there", flags="R")

# ---- colleagues: evaluations, leave, complaints -------------------------------------------------------
V("HS band director, 50s, Facebook", "music")
P("Our new assistant band director got rated 'developing' by an administrator who has never once come to a rehearsal. She runs the best jazz band in the county. Ridiculous.", "PERSONNEL", flags="R")
P("Mr. {t1} isn't being renewed. 2nd-year band teacher, kids adore him. Rumor is it's the chaperone thing on the Boston trip. That's all I'll say.", "PERSONNEL")
P("The choir director at Maple Ridge has been on admin leave for two weeks 'pending an investigation.' The spring concert is in three weeks and nobody's told the kids anything.", "PERSONNEL")
P("Retirement party for Mr. {t1} Friday at the Elks. 34 years of marching band. Bring a story, bring a kazoo.")
P("{a1.full} (the orchestra teacher at Hillside) is out on medical leave through April. Her sub is a Juilliard grad, the kids are thrilled, she's recovering at home 💐", "PERSONNEL HEALTH", g="a1=f")

V("art department chair, 50s, X", "art")
P("Ms. {t1} across the hall is on maternity leave till February. Her LTS is a sculptor and the 9th graders are obsessed.", "PERSONNEL")
P("Our ceramics teacher is out for the semester with back surgery. Sub plans through June. Hug your colleagues.", "PERSONNEL HEALTH")
P("Observation feedback for my newest art teacher: 'classroom too noisy.' It was a printmaking lab with 28 kids and a press. That's what art sounds like.", "PERSONNEL", flags="R")
P("Congratulations to Ms. {t1} on 25 years in the art room! The mosaic in the front hall is hers, and so are about 4,000 former students 🎨")

V("HS librarian, 60s, Facebook", "lib")
P("Mrs. {t1} got a written reprimand for a Pride display in June. Twenty-six years in the building. A reprimand.", "PERSONNEL", flags="R")
P("A parent filed a complaint against our librarian over the graphic novel shelf. She's been called to the district office Monday. We're all going with her.", "PERSONNEL")
P("Our district's only full-time elementary librarian is retiring in June. After that it's one person for three buildings. I'll let you do the math.", flags="R")

V("HS English teacher and newspaper co-adviser, 40s, X", "media")
P("My co-adviser got 'developing' on her APPR because her regents scores dipped two points. She's the best writer in the building. The rubric is broken.", "PERSONNEL", flags="R")
P("{a1.full}, parent volunteer in costume shop, filed a complaint against Mr. {t1} after dress rehearsal. He's been pulled from the spring show pending review.", "PERSONNEL")

V("dance teacher, 30s, Instagram", "dance")
P("our dance accompanist got cut from the budget, so I play Spotify from my phone for a technique class. Ballet with Bluetooth. That's where we are.", flags="R")

# ---- disclaimers in the text, and look-alikes that are not ---------------------------------------
V("HS theatre director, 40s, Instagram", "drama")
P("My own opinion, not my district's: every high school should produce one play a year where the kids pick the script.", flags="R D")
P("My own classroom, my own rules: phones in the shoe organizer during rehearsal. Even mine. Especially mine.")
P("The Tony Awards are the Super Bowl of my house. Opinions welcome in the comments, but Sutton Foster is correct.")
P("Personal account, nothing official: I think cutting the fall play stipend was a mistake and I said so at the board meeting.", flags="R D")

V("choir director, 40s, Facebook", "music")
P("Los coros escolares necesitan más fondos, no menos. Opiniones mías, no del distrito. 🎶", flags="R D")
P("every November someone tells me to put a disclaimer in my bio. I'm not going to. it's a choir page, Karen from the alumni group", flags="bp")
P("Posting as a private citizen, not for HVCSD: the music budget should be voted on separately so taxpayers can see it.", flags="R D")
P("The views from the top of the risers on concert night are not my own, they belong to the sopranos. I'm just lucky to stand there.")

V("HS librarian, 40s, X", "lib")
P("Speaking only for myself here, not my employer: book challenges should require the challenger to have read the whole book.", flags="R D")
P("My personal take, not an official HVCSD position: every school library should be open before first bell.", flags="R D")
P("Wrote a blog post about how library disclaimers on Goodreads reviews are kind of silly. link in bio 📚")
P("Reading list for spring break: Tomorrow and Tomorrow and Tomorrow, James by Percival Everett, a Lee Child for the plane. #mypicks")

V("art teacher, 30s, Instagram", "art")
P("Meine Meinung, nicht die meines Arbeitgebers: Kunstunterricht gehört jeden Tag auf den Stundenplan. 🎨", flags="R D")
P("My own work, my own studio, my own terrible lighting. New series coming Friday 🎨")
P("Art teachers get one prep a day and clean 150 palettes. Give us the second prep. (these opinions are mine, not my school's)", flags="R D")

V("film teacher, 40s, Threads", "media")
P("Opinião pessoal, não do distrito: the phone ban is hurting my film class. They shoot on phones. That's the whole medium now.", flags="R D")
P("Everything here is my own take and not the school district's, obviously. Anyway here's my Oscar ballot 🏆", flags="D")
P("I keep seeing 'views are not my own' as a joke on teacher profiles and it makes me laugh every time")

V("yearbook adviser, 30s, Facebook", "media")
P("This is me talking, not the district: yearbook should be a credit-bearing class again. It's journalism, design and business in one room.", flags="R D")
P("Shoutout to our seniors for the best senior issue in years. (nothing I post is an official school statement, just a proud adviser)", flags="D")

V("band director, 30s, X", "music")
P("tweets = mine, not HVCSD's. that said: the pep band should get paid bus money for away playoff games like the cheer team does", flags="R D")
P("views from the press box tonight: gorgeous sunset, loud band, cold hands 🎺🌅")


# ---- positions: praise, sarcasm, rhetorical questions, the job itself ---------------------------------
V("MS band director, 40s, X", "music")
P("Stop programming grade 5 pieces for grade 3 bands to win a plaque at festival. Kids need music they can actually play and enjoy.", flags="R")
P("honestly kudos to whoever put the winter concert on a Tuesday instead of the night before break. first year I've had a full band 👏", flags="R")
P("{s1.full} is failing three classes and can't go on the band trip under the new eligibility rule. The rule is right. I still hate telling her.", "ACADEMIC", flags="R", g="s1=f")
P("NYSSMA scores should not count in a kid's band grade. One bad Saturday morning in a cold practice room shouldn't be a quarter grade.", flags="R")
P("{s1}'s IEP says preferential seating. In a marching band. On a football field. Somebody at the CSE has never seen a halftime show 😂", "SPECIAL_EDUCATION", flags="R")
P("Why is the orchestra the only ensemble in this district that has to fundraise for its own buses? Genuinely. Why.", flags="R")
P("Band parents as a group are the best volunteers in the district. The trailer, the uniforms, the 5am buses. Unreal humans.", flags="R")
P("I'm sorry, a 'fine arts participation fee' of {money} per kid at a PUBLIC school? Since when?", flags="R")
P("Loving the new block schedule for ensembles. 80 minutes means we actually rehearse instead of just setting up chairs. Credit to the scheduling committee.", flags="R")
P("Concert dress codes shouldn't require $60 black dress shoes. Black sneakers are fine. I changed ours this year and other directors should too.", flags="R")
P("Three years without a district music supervisor and every director paid for it in hours. Glad the board finally posted the job.", flags="R")
P("{s1} got pulled from orchestra into AIS math because of one test score. 7th grade. Playing since 4th. She cried, I cried. There has to be a better way.", "ACADEMIC", flags="R", g="s1=f")
P("Reminder to every admin: the spring concert is not a 'nice event.' It's the final exam. Please stop scheduling fire drills during dress rehearsal.", flags="R")

V("HS art teacher, 30s, Threads", "art")
P("Oh good, another 'arts integration' PD led by someone who has never held a brush. Can't wait 🙃", flags="R")
P("Why does every art room in this district have a sink that doesn't drain? Is it a design choice? Is it performance art?", flags="R")
P("AI image generators in the art room? Hard no from me. Kids have to learn to see before they learn to prompt.", flags="R")
P("Can we talk about how the art supply order opens in February and the money runs out in February", flags="R")
P("The new portfolio pathway for the arts diploma seal is the best thing NYSED has done in years. My seniors finally get credit for four years of work.", flags="R")
P("teaching high school art is the most fun you can have while smelling like turpentine. best job there is", flags="R")
P("The custodial crew at HVHS are the unsung heroes of every art show and this district does not thank them nearly enough.", flags="R")

V("HS theatre director, 50s, Facebook", "drama")
P("If your school still charges kids a fee just to audition for the musical: stop. Just stop.", flags="R")
P("Ticket prices went to $18 because the district now bills us for custodial overtime. These kids did not build a set to price out their own grandparents.", flags="R")
P("Praise where it's due: the new superintendent came to all three nights of the musical AND the art show. First time in my 16 years.", flags="R")
P("Musical director stipend: less than the JV volleyball stipend, for twice the hours. Just saying it out loud.", flags="R")
P("the district keeps using the auditorium as storage for old desks. we open in 3 weeks and I'm climbing over furniture to get to the light booth", flags="R")
P("The musical made $11k and the money goes to the general fund. The kids can't buy one new mic. Explain that one.", flags="R")
P("I love this job. I do. But 14-hour tech days with no comp time isn't love, it's free labor.", flags="R")
P("A middle school without a drama teacher is a school that thinks kids don't need to practice being brave. Hire one.", flags="R")
P("Cutting the late bus means my crew kids who don't drive can't do crew anymore. That's exactly who this cut hurts.", flags="R")

V("school librarian, 40s, Instagram", "lib")
P("Libraries aren't nice-to-haves. Every cut to a school library budget shows up in reading scores three years later.", flags="R")
P("Our district spends about $90k a year on a reading app the kids hate and $4k on actual books. Read that again slowly.", flags="R")
P("{s1.full} read at a 2nd grade level in September and she's at 5th now. This is what a full-time librarian plus a reading specialist does. Fund both.", "ACADEMIC", flags="R", g="s1=f")
P("A library aide is not a librarian. Swapping one for the other isn't a savings, it's a downgrade.", flags="R")
P("Most underrated part of being a school librarian: the kids who come in every lunch just to be somewhere quiet. Best part of the job, hands down.", flags="R")
P("tiny rant: stop scheduling CSE meetings during the one period I have the library to myself. 600 kids, one free period.", flags="R")
P("Every kid deserves a librarian who knows what they like to read. That's the whole job, and it's the best one in the building.", flags="R")

V("choir director, 50s, X", "music")
P("Our choir room has no windows and no ventilation and 70 kids singing in it. After 2020 you'd think someone would have fixed the air.", flags="R")
P("Sight-reading should be taught in every general music class from 3rd grade on. We treat it like a magic trick. It's a skill.", flags="R")
P("Teaching music in a district that still calls it 'enrichment' is exhausting. We are the curriculum.", flags="R")

V("yearbook adviser, 50s, X", "media")
P("Yearbook is the only class where kids learn deadlines that actually matter. Employers should just hire my editors.", flags="R")
P("The new policy requiring admin approval of every yearbook page is going to blow our deadline and nobody asked the adviser. Typical.", flags="R")

# ---- contact details and numbers, shared where they shouldn't be ---------------------------------
V("band director, 40s, Facebook", "music")
P("All-County carpool: {s1.full}'s mom is driving from {addr}, pickup at 6:15am. text her at {phone} if your kid needs a seat")
P("{s1.full} turns 16 on {dob.word}!!! happy early birthday from the entire trombone section 🎂🎺")
P("All-State registration needs DOB + NYSSIS. {s1.full}: {dob.hs}, {nyssis}. sending it tonight (ignore this, wrong window 😬)")
P("if your kid needs the audition tracks email me at {myemail}, my school inbox is full again")
P("dropping the loaner tuba at the {s1.last} house after school, {addr}. porch is fine, I'll text")
P("Our guest clinician {a1.full} needs a ride from the Poughkeepsie train at 9. I'll be there in the blue Subaru but her cell is {phone} if anyone's closer", g="a1=f")

V("art teacher, 40s, Instagram", "art")
P("{s1.full}'s portfolio link bounced, the school account is {s1.email} if the Pratt rep wants to try again")
P("Parents of the mural crew: {s1.full}'s dad ({a1.full}, {phone}) has the ladders. Coordinate with him directly 🪜", g="a1=m")

# ---- official accounts ------------------------------------------------------------------------------
V("HVHS Music Department account", "music")
P("HVHS Winter Concert: Wednesday, December 11, 7pm, HVHS Auditorium, 100 School Rd. Free admission, canned food donations welcome 🎄🎶", flags="O")
P("Congratulations to our 2025 NYSSMA All-State selections: {s1.full} (violin), {s2.full} (alto saxophone) and {s3.full} (soprano)! 🎉", flags="O")
P("Sousa Award: {s1.full}. Louis Armstrong Jazz Award: {s2.full}. National School Choral Award: {s3.full}. Congratulations to all three! 🏆", flags="O")
P("Please welcome guest conductor {a1.full} of the Hudson Valley Philharmonic, who will work with the Symphonic Band this Friday 🎼", flags="O")
P("Students who need help with the trip fee should contact the music office confidentially. No student will miss the trip for financial reasons.", flags="O")
P("Update: {s1.full}, who was injured during Saturday's parade, is recovering at home. The whole band family is sending love 💙", "HEALTH", flags="O")
P("Questions about the Orlando trip? Call the HVHS main office at {pubphone.hs} or email {pubmail}.", flags="O")
P("Marching band camp begins August {num}. Schedule and medical forms at hvcsd.org/music.", flags="O")
P("The Jazz Ensemble performs at the Bardavon Opera House on {date} as part of the Young Artists series. Tickets through the Bardavon box office 🎷", flags="O")
P("Instrument rental night: Thursday 6-8pm, Maple Ridge cafetorium. Music & Arts reps on site for 4th grade families.", flags="O")
P("Congratulations to {s1.full}, selected for the NAfME All-Eastern Honor Orchestra on cello! 🎻", flags="O")
P("All-County rehearsal for {s1.full}, {s2.full} and {s3.full} has moved to Saturday due to weather. Families have been emailed.", flags="O")
P("Note to the family of {s1.full}: the testing accommodations in {s1}'s IEP have been sent to the NYSSMA festival chair. Good luck Saturday!", "SPECIAL_EDUCATION", flags="O")

V("HVHS Drama Club account", "drama")
P("Our spring musical, Annie, runs March 20-22 in the HVHS Auditorium. Tickets at the door or hvhstheatre.org 🎭", flags="O")
P("The cast list for Mary Poppins is posted! Mary: {s1.full}. Bert: {s2.full}. Jane and Michael Banks: {s3.full} and {s4.full}. Rehearsals begin Monday 🌂", flags="O")
P("Congratulations to {s1.full}, nominated for Best Actress at the Hudson Valley High School Musical Theatre Awards for her Eliza Doolittle! 🌹", flags="O")
P("Tonight's performance of Guys and Dolls will feature understudy {s1.full} as Sarah Brown. Break a leg! 🎲", flags="O")
P("Thank you to the Falcons Theatre Boosters and Steinway Piano Gallery for the loan of our concert grand this weekend 🎹", flags="O")
P("Auditorium closed Tuesday through Thursday for rigging inspection. Rehearsals will be held in the black box.", flags="O")
P("Accessible seating for every performance is in row K. Call {pubphone.hs} to reserve.", flags="O")

V("HVCSD Library Media Services account", "lib")
P("The HVCSD Board of Education voted 5-2 to retain 'The Bluest Eye' following the reconsideration committee's recommendation. Minutes at hvcsd.org.", flags="O")
P("Library Media Center hours extended until 5pm on Tuesdays and Thursdays during exam season 📚", flags="O")
P("Overdue notice for {s1.full}: 3 items overdue. Student ID {sid}. Please return them to the Maple Ridge library by Friday.", flags="O")
P("Starting this year, HVCSD libraries no longer charge overdue fines. Fees for lost or damaged items still apply.", flags="O")
P("Book Fair at Roosevelt Elementary, 25 Academy St, Monday-Friday 8:30-3:30, with family night Wednesday until 7! 📚", flags="O")
P("Congratulations to 5th grader {s1.full}, who read 150 books this year and is our Hillside Reading Champion! 📖", flags="O")
P("Families: Sora gives every student free ebooks with their school login. Questions? Email {pubmail}.", flags="O")
P("A reconsideration request for 'Eleanor & Park' has been received. Under board policy the book stays available while the committee reviews it.", flags="O")
P("Family literacy night wifi: network HVCSD-Guest, password {wifi}. Welcome to the Hillside library! 📚", "SECURITY", flags="O")

V("Maple Ridge art department account", "art")
P("Maple Ridge Arts Night: grades 6-8 artwork in the gym, Thursday 6-8pm, with the jazz band and a live mural 🎨🎷", flags="O")
P("Congratulations to senior {s1.full}, whose painting 'Kingston Ferry' will hang in the Capitol for the Congressional Art Competition! 🇺🇸", flags="O")
P("The kiln room is closed for repairs through Friday. Ceramics classes meet in room {room}.", flags="O")
P("Scholastic Art Award winners from Maple Ridge: Gold Key {s1.full}, Silver Keys {s2.full} and {s3.full}, Honorable Mention {s4.full} 🔑", flags="O")
P("Art supply drive through Dec 15! New glue sticks, crayons and watercolor sets can go to any school office 🖍️", flags="O")
P("{s1.full}'s artwork has been removed from the hallway display at the family's request because of a custody matter. Please do not share photos of the display.", "FAMILY", flags="O")

V("HVHS dance and media accounts", "dance")
P("HVHS Dance Concert 'In Motion': Friday and Saturday 7pm, HVHS Auditorium. $10 adults, $5 students 💃", flags="O")
P("Dance team results from the Empire Dance Classic: 1st place Pom, 2nd place Jazz! 🏆", flags="O")
P("Yearbook orders close January 31. Order online or call the HVHS main office, {pubphone.hs}.", flags="O")
P("Congratulations to The Falcon Flyer staff: First Place with Special Merit from the American Scholastic Press Association! 📰", flags="O")
P("Student film festival: 14 shorts from Film I and II, Friday 6:30pm in the auditorium. Free, popcorn $1 🎬", flags="O")

V("HVCSD district account", "music")
P("The Board of Education will discuss the proposed elementary instrumental music schedule at its {date} meeting. Public comment begins at 7pm.", flags="O")
P("Update on the HVHS auditorium: the rigging inspection found no safety issues. The spring musical will go on as scheduled.", flags="O")
P("Reminder to staff: please do not share auditorium or practice room door codes on social media. Contact Facilities to request access.", flags="O")
P("HVCSD will have a certified library media specialist in every school building next year. 📚", flags="O")

# ---- booster page and posts of unknown kind ----------------------------------------------------------
V("Falcons Marching Band Boosters page", "music")
P("Citrus sale orders due 11/15! Navels, grapefruit, tangelos. Pickup 12/6 in the HVHS bus loop 🍊", flags="N")
P("Boosters meeting Tuesday 7pm in the band room. Agenda: Orlando balance, uniform cleaning, the trailer hitch situation", flags="N")
P("Huge thanks to the pit crew dads who rebuilt the front ensemble carts in one Saturday. {a1.full}, your welding is art 🔧", flags="N", g="a1=m")
P("Trip payment #3 ($340) is due Friday. Payment plans available, message our treasurer {a1.full} privately.", flags="N")
P("Booster scholarship winners: {s1.full} and {s2.full}, $500 each toward college! 🎓🎺", flags="N")
P("Need 6 drivers to haul props to Pageant of Bands Saturday. Text our president at {phone}", flags="N")
P("Uniform fitting for new members Saturday 10am. {s1.full}, {s2.full}: your jackets are still at the dry cleaner, sorry!", flags="N")
P("Please don't post about the Orlando fee on this page. If you need help, the scholarship form is confidential.", flags="N")
P("Our own {s1.full}'s family lost their house in the Route 52 fire. We're collecting gift cards at citrus pickup 🧡", "FAMILY", flags="N")
P("Steak dinner fundraiser at the Elks, Feb 8. $25, takeout available, proceeds go to new sousaphones 🥩🎺", flags="N")

V("unknown account", "music")
P("Congrats to {s1.full} on being named to the NAfME All-Eastern Honor Choir! 🎶", flags="N")
P("The board should be ashamed of pulling Maus from the 8th grade list. Spiegelman's parents survived Auschwitz. Think about that.", flags="N")
P("Spring musical tickets: $12 adults, $8 students and seniors. Friday 7pm, Saturday 2 and 7. Box office opens at 6.", flags="N")
P("{s1.full} has missed band for weeks since her dad's immigration hearing. please keep this family in your prayers", "FAMILY", flags="N", g="s1=f")
P("Does anyone know if the HVHS library is open to the public in the summer?", flags="N")
P("HVHS main office: {pubphone.hs}. Ask for the music office if it's about the band trip.", flags="N")
P("screenshot from the band group chat: 'band room door code is {code} dont tell mr {t1.low}'", "SECURITY", flags="N")
P("whoever posted the cast list before it went up: not cool. kids found out they didn't get a part from Instagram.", flags="N")
P("The art teacher at Hillside is the reason my daughter loves school. Give that woman a raise.", flags="N")
P("{s1.full} from the HVHS jazz band is playing Quinn's on Sunday with her dad's trio. Go support! 🎷", flags="N", g="s1=f")
P("is it true they're cutting 4th grade strings? heard it at pickup", flags="N")
P("Ms. {t1} the drama teacher got suspended over the trip thing, right? my son said they had a sub all week", "PERSONNEL", flags="N")
P("{s1.full} (the girl who played Dorothy last spring) is in the hospital after the crash on 9W. Drama parents are organizing meals.", "HEALTH", flags="N")
P("The library at Maple Ridge is the best room in that building. Go see the mural if you ever get the chance.", flags="N")
P("Lost: black Yamaha clarinet case at the HVHS stadium Friday night. Name tag says {s1.full}. Please call {phone}.", flags="N")
P("Banned Books Week read-out at the Beacon library, Saturday 2pm. Teens reading from challenged books.", flags="N")
P("{s1.lowfull} got a 98 on the music theory final and a perfect ear training score. AP Music Theory who??", "ACADEMIC", flags="N")
P("Repost from a parent: the middle school musical rehearsal ran until 9:40 tonight. 9:40. On a school night.", flags="N")
P("Who designed the program cover for Into the Woods? It's beautiful. {s1.full}?? Talent!!", flags="N")
P("{s1.full}'s grandmother here. Thank you to the HVHS choir for singing at her grandfather's funeral. You gave us something beautiful.", flags="N")
P("From last night's board meeting: library media specialist positions will go from 5 to 3. Full budget at hvcsd.org.", flags="N")
P("the guy who runs the lights for the HVHS musical is a real Broadway electrician, {a1.full}. volunteers every year.", flags="N", g="a1=m")
P("{s1.full} DOB {dob.hs} student ID {sid}, accidentally pasted from the All-State form, delete pls", flags="N")


# ---- more positions (some with numbers) ------------------------------------------------------------
V("HS band director, 40s, X", "music")
P("Band room thermostat has read {num} degrees warmer than the hallway since October. Work order still 'open.' My clarinets are literally cracking.", flags="R")
P("If the budget fails and 4th grade strings gets cut again, that's {num} kids who never pick up a violin. Vote yes on {date}. (my opinion, nobody else's)", flags="R D")
P("{money} out of my own pocket on oboe reeds this month. Nobody in central office has ever bought an oboe reed, clearly.", flags="R")
P("Truly the best decision this year: moving NYSSMA prep into the school day. The kids who work after school finally get a shot.", flags="R")
P("{s1.full} can't pay the {money} All-County fee and the district won't waive it because she's not on free lunch 'on paper.' Her family lost everything in the flood. The rule is wrong.", "FAMILY", flags="R", g="s1=f")

V("HS choir director, 30s, Instagram", "music")
P("Room {room} is 'the choir room' but it's also ISS 3rd period and a testing room all of May. Sing where, exactly?", flags="R")
P("Is it just me or is 'performance-based assessment' just what music teachers have done forever, now with a PowerPoint?", flags="R")
P("{s1.full} has a 504 for anxiety and still auditioned for the solo. Someone wanted to 'excuse' her from the concert instead. No. Accommodate, don't exclude.", "SPECIAL_EDUCATION HEALTH", flags="R", g="s1=f")
P("the superintendent calling the arts 'our crown jewel' at the same meeting they cut a music position is peak education leadership", flags="R")
P("Schools that make kids choose between band and AP Bio because of the master schedule are failing the exact kids they brag about.", flags="R")

V("MS art teacher, 30s, X", "art")
P("Art teachers in this district see {num} sections a week and get zero shared planning time. Give us one PLC a month. One.", flags="R")
P("Props to the board for adding a second elementary art position. Hillside kids get art every week again. Right call.", flags="R")
P("Nothing says 'we value the arts' like holding the art show in the hallway that's also the bus line. Thanks, facilities 🙃", flags="R")

V("theatre director, 40s, Threads", "drama")
P("Our show needs {num} wireless mics and the budget covers 8. The rest are on my credit card until ticket money comes in.", flags="R")
P("Drama club has {num} kids and one adult. Every other club that size gets two advisers. Just asking questions.", flags="R")
P("Every new teacher should sit through one full musical tech week before they complain about their workload. Kidding. Mostly.", flags="R")

V("school librarian, 50s, Facebook", "lib")
P("Being a school librarian in {year} means being a teacher, a tech desk, a counselor and a lawyer for book challenges. For one salary.", flags="R")
P("Reading aloud to high schoolers isn't babyish. Best 10 minutes of my day and theirs. More English teachers should do it.", flags="R")

V("yearbook adviser, 40s, Instagram", "media")
P("the yearbook budget got cut by {money} and we're expected to keep the same page count. that is not how printing works", flags="R")

V("HVHS Music Department account", "music")
P("Congratulations to the new Tri-M Music Honor Society inductees: {s1.full}, {s2.full}, {s3.full} and {s4.full}! 🎶", flags="O")
P("Hillside 4th graders: instrument selection night is {date} at 6pm in the gym. Try a trumpet, a violin, a clarinet! 🎺🎻", flags="O")

V("HVHS dance and media accounts", "media")
P("Congratulations to {s1.full} and {s2.full}, next year's Falcon Flyer editors-in-chief! 📰", flags="O")
P("The HVHS library will be closed {date} for inventory. Books can be returned to the main office, 100 School Rd.", flags="O")

V("HVHS Drama Club account", "drama")
P("Costume donations for Mary Poppins accepted through Friday at the HVHS main office. Long skirts, bowler hats, chimney brushes 🎩", flags="O")


# ---- a few more leaks and disclaimers --------------------------------------------------------------
V("HS band director, 30s, Facebook", "music")
P("{s1.full}'s NYSSMA registration bounced, the system wants her student # ({sid}) not the NYSSMA number. fixing it tonight", g="s1=f")
P("sub for the band room tomorrow: SmartMusic teacher login is hvhsband / {pw}. attendance sheet in the blue binder 🎺", "SECURITY")
P("{s1.full} was born {dob.hs} and is the youngest kid EVER in the All-County jazz band lol. baby trumpet 🎺")
P("{s1.full} is repeating 9th grade and still showed up to every single marching rehearsal. I believe in this kid more than any report card.", "ACADEMIC", g="s1=m")
P("{s1.full} and {s2.full} are off the Orlando trip after the vape thing at the competition. Parents are furious. It was in the contract they signed.", "DISCIPLINE")

V("costume and theatre teacher, 40s, Facebook", "drama")
P("Costume shop: {s1}'s mom can drop the dress at {addr} after 5, or text her at {phone}. thank you for hemming 40 aprons 🧵", g="s1=f")
P("lighting kids: console lives at {ip}, the board-op laptop joins the booth network on {vlan}. do not 'fix' anything", "SECURITY")
P("{s1.low} got approved for a 1:1 aide at musical rehearsals. first time his IEP has covered after-school anything. he's our Cowardly Lion 🦁", "SPECIAL_EDUCATION", g="s1=m")
P("Dear board, keep the late bus. Signed, a drama teacher speaking entirely for herself and not for HVCSD.", flags="R D")

V("HS art teacher, 50s, X", "art")
P("The art teacher who replaced me at Roosevelt got 'highly effective' two years running and the principal still won't recommend her for tenure. Three years of work, gone.", "PERSONNEL", flags="R")
P("(Personal opinion, not representing my employer.) A 7-period day with band as the only 'elective' squeezes out every other art. Go to 8 periods.", flags="R D")

V("school librarian, 30s, Instagram", "lib")
P("Nota: estas son mis opiniones personales, no las del distrito. Dicho eso, la biblioteca de Roosevelt necesita más libros en español. 📚", flags="R D")


V("Maple Ridge art department account", "art")
P("Jazz Night at Maple Ridge: 7th and 8th grade jazz bands, Friday 7pm, with guest trumpeter {a1.full} 🎺", flags="O")
P("Congratulations to {s1.full}, winner of the Hudson Valley Youth Poetry Slam, and to her coach, librarian Ms. {t1}! 🎤", flags="O", g="s1=f")
P("Reminder: permission slips for the Met Museum trip are due to the main office by {date}. 🖼️", flags="O")


if __name__ == "__main__":
    main()
