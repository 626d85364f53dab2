"""Generate corpora/src/reviews.jsonl: school staff who review things online in their spare time.

Voices: a school librarian on Goodreads and Instagram, an HS English teacher's book blog, a middle
school music teacher reviewing albums and concerts, a science teacher reviewing podcasts and
documentaries, a paraprofessional who reviews board games and video games, a PE teacher reviewing
running shoes and races, a school counselor reviewing TV shows, and a cafeteria manager reviewing
restaurants; on Goodreads, Letterboxd, Instagram, Threads, X and personal blogs. Plus official
library / music / food-service / athletics / district accounts and posts of unknown kind (reposts,
screenshots, review-site excerpts with no account context).

The reviews are full of hard negatives: authors, characters, actors, musicians, athletes, game
designers and chefs (most of them invented), star ratings, page counts, race times, prices and
work-order numbers. Opinions about the book, album, show, shoe or restaurant itself are not views
about the job; opinions about what the district should teach, book challenges in the district, the
reading curriculum, screen-time rules at school, pay or staffing are (disclaimer required). Leaks:
a named student's reading level or IEP accommodation, a reading-app class code with the teacher's
password, lunch PINs, a parent's cell in a book-club post, allergies and behaviour plans tied to a
named kid.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / niece / nephew)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.word} {sid}
      {pin} {pw} {wifi} {code} {ccode} (reading-app class code) {ip} {host}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (authors, runners, chefs, friends), {room} {bus} {num} {money} {year} {stars}
      {pages} {pace} {wo} (work order) {pubphone.dist} {pubphone.hs} {attline} {pubmail}

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

OUT = Path(__file__).resolve().parent / "reviews.jsonl"
SEED = 20261215

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "en_IN", "fil_PH", "ga_IE", "es_CO", "en_GB", "nl_NL", "es_ES", "cs_CZ"]
# Names as US staff would type them: locales whose Faker names are not in Latin script are replaced
# by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Yazan", "Majd", "Fadi", "Osama", "Hisham", "Qais", "Munir", "Ayman", "Rayan", "Suhail"],
           ["Razan", "Lubna", "Maysa", "Ruba", "Nisreen", "Tala", "Bayan", "Hiba", "Sawsan", "Joud"],
           ["Khoury", "Said", "Jaber", "Ghanem", "Awad", "Masri", "Shehadeh", "Odeh", "Halabi", "Naji"]),
    "ko": (["Seung-hoon", "Min-ho", "Ji-hwan", "Kyung-soo", "Tae-min", "Hoon"],
           ["Chae-won", "Ye-rin", "So-yeon", "Ga-eun", "Hae-won", "Mina"],
           ["Kim", "Lee", "Park", "Bae", "Ryu", "Moon", "Jang", "Ahn", "Nam"]),
    "hi": (["Arnav", "Reyansh", "Dhruv", "Aniket", "Tanmay", "Shaurya", "Atharv"],
           ["Aadhya", "Myra", "Tanvi", "Pari", "Avni", "Nitya", "Sia"],
           ["Kulkarni", "Desai", "Pillai", "Banerjee", "Saxena", "Rao", "Mehta", "Trivedi", "Agarwal"]),
    "uk": (["Danylo", "Roman", "Yurii", "Serhii", "Matvii", "Petro"],
           ["Mariia", "Vira", "Liliia", "Anhelina", "Uliana", "Marta"],
           ["Hrytsenko", "Pavlenko", "Romaniuk", "Zinchenko", "Ostapchuk", "Didenko", "Moroz"]),
    "fa": (["Arash", "Kian", "Dariush", "Babak", "Navid", "Soroush"],
           ["Shirin", "Parisa", "Niloufar", "Roya", "Setareh", "Mahsa"],
           ["Rahimi", "Karimi", "Tehrani", "Jafari", "Mousavi", "Sadeghi", "Farahani"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 11, "vi_VN": 4, "zh_CN": 4, "pl_PL": 3, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 5, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "ga_IE": 2, "es_CO": 4,
                "en_GB": 3, "nl_NL": 2, "es_ES": 2, "cs_CZ": 1,
                "ar": 3, "ko": 2, "hi": 3, "uk": 2, "fa": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

STREET_BASES = ["Bluebird", "Crescent Hill", "Fox Hollow", "Wappinger", "Sycamore", "Pine Bluff", "Mill Pond",
                "Stoneleigh", "Quaker Hill", "Beekman", "Juniper", "Rockledge", "Vassar Farm", "Heron",
                "Chestnut Ridge", "Spackenkill", "Willow Bend", "Hawthorne", "Violet", "Lakeview"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Terrace", "Road", "Blvd", "Pl", "rd", "ln"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("reviews are my own taste", "opinions welcome", "views are not my own") sit among
# the plain ones.
BIOS = [
    ("lib", "school librarian 📚 | Goodreads reviews, bad puns | opinions here are mine, not HVCSD's", True),
    ("lib", "MLS | middle school library | personal account — I don't speak for my district", True),
    ("lib", "librarian by day, reviewer by night ⭐ | reviews are my own taste, argue in the comments", False),
    ("lib", "📚 shelving is cardio | cats | audiobooks at 1.5x", False),
    ("lib", "school library media specialist | my own classroom library has 2,000 books and counting", False),
    ("eng", "HS English | book blog | all views my own, not my school's", True),
    ("eng", "English teacher ✏️ | I review books so I don't have to grade them | opiniones personales, no del distrito", True),
    ("eng", "reader, writer, 10th grade English | opinions welcome 💬", False),
    ("eng", "book blog 📖 | classics & thrillers | annotates in pen", False),
    ("music", "music teacher 🎺 | album reviews | personal page, not affiliated with Hudson Valley CSD", True),
    ("music", "band director | vinyl | views are not my own, they belong to my trombone", False),
    ("music", "🎻 strings teacher | concert reviews | tuning is a lifestyle", False),
    ("sci", "science teacher 🔬 | podcast & doc reviews | Meinungen sind meine eigenen, nicht die meines Arbeitgebers", True),
    ("sci", "earth sci 🌋 | I review documentaries so you don't have to", False),
    ("sci", "biology teacher | tardigrade enthusiast | podcasts on 2x", False),
    ("para", "para 💙 | board games & video games | tweets = me, not my employer", True),
    ("para", "paraprofessional | meeples | Steam reviews | views mine alone", True),
    ("para", "1 part para, 2 parts board game nerd 🎲", False),
    ("para", "I review indie games | 🎮 | lvl 34 human", False),
    ("pe", "PE teacher 🏃 | shoe reviews & race recaps | personal account, not speaking for my school", True),
    ("pe", "phys ed | 11 marathons | Strava is my diary", False),
    ("pe", "PE 🏀 | running shoe nerd | my views on shoes are not my own, they're my podiatrist's", False),
    ("couns", "school counselor | TV reviews | les opinions sont les miennes, pas celles de mon employeur", True),
    ("couns", "counselor 💬 | binge-watcher | opinions are mine alone", True),
    ("couns", "counselor | prestige TV & reality trash | opinions welcome, spoilers not", False),
    ("cafe", "cafeteria manager 🍽️ | restaurant reviews | Yelp elite x3 | my own views, not HVCSD's", True),
    ("cafe", "feeding kids by day, reviewing diners by night 🍔", False),
    ("cafe", "food service 22 yrs | hot sauce collector | Hudson Valley eats", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "lib": "HVHS Library Media Center (official) 📚",
    "eng": "HVHS English Department | official page",
    "music": "HVCSD Music Department (official) 🎼",
    "sci": "Maple Ridge Middle School Science (official)",
    "para": "HVCSD Office of Special Education | official account",
    "pe": "Official: HVHS Falcons Athletics 🦅",
    "couns": "HVHS School Counseling (official)",
    "cafe": "HVCSD Food Services | official account | menus at hvcsd.org",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "917", "646", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                     "optonline.net", "proton.me"]
    HOSTS = ["lib-circ01.hvcsd.local", "destiny-app.hvcsd.internal", "mrms-lib-kiosk.hvcsd.lan",
             "pos-hillside.hvcsd.local", "music-nas.hvcsd.local"]
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|boy)\b", r"\b(she|her|hers|she's|shes|herself|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f[:1]}", f"{f}reads{r.randint(1, 9)}",
                f"{f}_{l}{r.randint(70, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Bookworm{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Shelf', 'Dewey', 'Falcon', 'Trumpet', 'Tofu'])}{r.randint(100, 999)}!",
                         f"hvlib{r.choice(['staff', 'sub', 'desk'])}{r.randint(2021, 2026)}",
                         f"{r.choice(['gatsby', 'matilda', 'hobbit', 'meeple'])}{r.choice(['Rocks', 'Club', 'Fan'])}{r.randint(1, 9)}",
                         f"Read{r.choice(['More', 'ing', 'Aloud'])}#{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.reads", f"{f}_{l[:3]}", f"{f}{r.randint(10, 99)}", f"bookish.{f}",
                         f"{f}{l[:1]}_{r.choice(['plays', 'runs', 'draws'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "ccode": lambda: mk(r.choice([f"{r.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}"
                                         f"{r.randint(1000, 9999)}",
                                         "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))]),
                                "CREDENTIAL"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 40)}",
                                      f"{r.randint(4, 48)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "num": lambda: str(r.randint(4, 31)),
            "money": lambda: f"${r.randint(8, 240)}",
            "year": lambda: str(r.randint(1961, 2019)),
            "stars": lambda: r.choice(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "4/5", "3.5/5", "4.5 stars", "2 stars",
                                       "⭐⭐⭐⭐", "⭐⭐⭐", "5/5", "★★★½"]),
            "pages": lambda: str(r.randint(180, 720)),
            "pace": lambda: f"{r.randint(6, 11)}:{r.randint(0, 59):02d}",
            "wo": lambda: f"{r.choice(['WO', '#', 'work order '])}{r.randint(10000, 99999)}",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or re.search(r"\{ccode", text) or sk["cats"]:
        return 3 if x < 0.3 else 2 if x < 0.8 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.1 else 2 if x < 0.6 else 1
    return 2 if x < 0.2 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    return genlib.pick_bio(BIOS, ROLE_OF_VOICE.get(voice), want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng), (0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.06, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. An opinion about a book, album, show, shoe or meal is
# not a view about the job; an opinion about what schools teach, book challenges, the reading
# curriculum, screen-time rules, pay, staffing or the job itself is (R). Categories only when the
# detail is tied to a named student / colleague or someone unique from context.
# ---------------------------------------------------------------------------------------------

# ---- the librarian: Goodreads and Instagram ---------------------------------------------------
V("middle school librarian, 40s, Goodreads", "lib")
P("{stars} for {a1.full}'s 'The Salt Orchard.' read the last 40 pages in my car in the parking lot like a gremlin. no notes.")
P("3 stars. The Lantern Keepers had a gorgeous first half and then the dragon became A Metaphor. I wanted a dragon. #goodreads")
P("2 stars. Rory Valdane writes kids like he has never met one. 'Golly, a cellphone!' said no 12 year old ever")
P("Review: The Quiet Fox by Imogen Sterlacci. ★★★★ gorgeous art, slightly too long for a 2nd grade read-aloud, ask me how I know 🦊")
P("Book challenges in this district are getting ridiculous. 14 titles 'under review' at Maple Ridge and not one complaint form shows the person read past the cover.", flags="R")
P("Every middle school deserves a full-time certified librarian. Not a clerk two days a week. A librarian.", flags="R")
P("the district cut the audiobook subscription to save 9k. the new scoreboard was 140k. cool cool cool 🙂", flags="R")
P("Honestly the best part of this job is the kid who comes back in June and says 'got anything like the last one?' 📚", flags="R")
P("Hot take for the teachers in my comments: stop banning graphic novels from independent reading. A kid reading Dog Man beats a kid fake-reading Dickens.", flags="R")
P("our 'approved supplemental list' was last updated in 2009 and still includes a book about the future of the fax machine. #viewsmyown", flags="R D")
P("Banned Books Week display is UP 🔥 Fahrenheit 451 inside a fake fire extinguisher case. I am very proud of myself")
P("Inventory week. 11,402 books scanned. 212 missing. 3 found behind the radiator in room {room}, one due back in 1994.")
P("{s1} returned 'Wings of Ember' with a sticky note on every page where she gasped. 31 sticky notes. best review I've read all year 🩷", g="s1=f")
P("{s1.low} asked if Percy Jackson is 'real history' and honestly I didn't have the heart")
P("{s1.full} was reading at a 2nd grade level in September and today checked out her first chapter book on her own. I had to go sit in the workroom 😭", "ACADEMIC", g="s1=f")
P("{s1}'s IEP says audiobooks for all independent reading and his ELA teacher still makes him use the paper copy. I've sent the Learning Ally login twice. twice.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("the kid who checks out the same shark book every week (Roosevelt people know him, the one with the cochlear implant) tried a NEW book today. a different shark book. growth 🦈", "HEALTH")
P("{s1}, your library PIN is {pin}. please stop asking me every Tuesday 😂")
P("Sora for subs covering the library: account mrmslibrary, password {pw}. circ desk computer is the one that hums.", "SECURITY")
P("A parent asked me for 'books with no sad parts' for her 5th grader. I handed her Frog and Toad. She said perfect. I did not mention the ending.")
P("ok who else cried at the end of 'Nine Lamps for Orla.' Margarethe Quill-Adebayo owes me a box of tissues")
P("Anyone have a YA audiobook where the narrator does a decent Scottish accent? long drive to Maine coming up")
P("Our library budget is $3.80 per kid. A hardcover is $19. You do the math, I did and I'm sad.", flags="R")
P("shoutout to Ms. {t1} for letting her 6th graders come to the library during lunch for Battle of the Books practice 🏆")

V("elementary librarian, 50s, Instagram", "lib")
P("Picture book of the month: 'Grandma Wore Galoshes' by Kemi Adeyinka-Ross. ★★★★★ read it to 4 classes, 4 classes asked for it again 🌧️")
P("my kindergartners rated today's read-aloud 'a hundred stars and a dog.' highest honor available")
P("Stop telling 1st graders a book is 'too easy' for them. Rereading builds fluency. Let them pick. (views mine, not Roosevelt's)", flags="R D")
P("{s1.full} in 3rd grade brought me a 'review' she wrote of Charlotte's Web. 4 stars. minus one 'because of the ending.' fair, {s1}.", g="s1=f")
P("Leveled libraries turn kids into letters. 'I'm a J' is not how a 7 year old should think about reading.", flags="R")
P("{s1.lowfull} is stuck at level D for the 3rd benchmark in a row and mom asked me to find 'anything with trucks.' found 11. we ride at dawn 🚚", "ACADEMIC")
P("Hillside library is 30 kids per class in a room built for 20. Somebody needs to walk in here at 10:15 on a Tuesday. views my own 🙃", flags="R D")

# ---- the English teacher's book blog --------------------------------------------------------
V("HS English teacher, 30s, book blog", "eng")
P("New on the blog: 'The Cartographer's Daughter' by Lucía Ferrandis-Holt. {stars}. The second half is a fever dream in the best way. link in bio")
P("This book is overrated. There, I said it. 600 pages of a man staring at a lighthouse. ★★")
P("This book should not be on our required 10th grade list. A fine novel for adults, a slog for fifteen-year-olds.", flags="R")
P("The new ELA curriculum swapped whole novels in 9th grade for 'excerpts and passages.' Kids can't fall in love with a book they only see 3 pages of.", flags="R")
P("Reading Of Mice and Men with my 11th graders and {s1} yelled 'NOT LENNIE' so loud the class next door knocked")
P("{s1.full} in 3rd period wrote a Gatsby essay better than half the criticism I read in grad school. not exaggerating.")
P("{s1.lastinit} failed the Hamlet unit test with a 41 and then quoted Act 3 at me in the hallway, word perfect. explain that", "ACADEMIC", g="s1=m")
P("Hot take: annotating every page ruins a first read. I tell my students read it once for fun, then go back. Fight me.", flags="R")
P("The department voted to add 'The Ninth Harbor' to the 10th grade list and honestly, good call. They'll actually finish it.", flags="R")
P("Mr. {t1} lent me his copy of Middlemarch in 2019. I am on page 212. Sorry Mr. {t1}.")
P("ENGLISH TEACHERS. stop assigning The Scarlet Letter to 16 year olds. I love it. They don't. Save it for college.", flags="R")
P("Personal blog, personal opinions, not my school's. With that out of the way: the new Kwabena Asante novel is a masterpiece. ★★★★★", flags="D")
P("AP Lit subs: CommonLit class code is {ccode}, my teacher login is {myemail} / {pw} if it kicks you out. screenshots are in the sub binder", "SECURITY")
P("Why do we still teach the five-paragraph essay like it's scripture? Nobody has ever written one outside of school. Ever.", flags="R")
P("{s1}'s mom emailed asking if he can read the graphic novel Macbeth instead because of his 504. Yes. Obviously yes.", "SPECIAL_EDUCATION", g="s1=m")
P("Letterboxd: Little Women (2019) ★★★★★. Watched it with my 9th graders after the book and they SCREAMED at the Laurie scene.")
P("Reading logs turn readers into accountants. I dropped them in 2021 and my kids read more now.", flags="R")
P("a student asked me if Shakespeare 'knew he was famous.' we spent 15 min on it. best lesson of the week and it wasn't in the plan")
P("Stop calling YA 'not real literature.' Half my seniors became readers because of one YA book. Respect it.", flags="R")
P("the school book room has 34 copies of a novel we haven't taught since 2011 and 9 copies of the one we teach now to 140 kids. love it here", flags="R")
P("Honestly 4.5 stars for 'Cold Harbor Letters.' Dorotea Vasquez-Lindgren writes grief like she's been taking notes on all of us.")

V("8th grade ELA teacher, 20s, Threads", "eng")
P("reading The Outsiders with my 8th graders and {s1.low} said 'Ponyboy is so real for that' and I felt 100 years old")
P("my student {s1} recommended 'Tidewater Kids' by Marcus Oduya and it was SO good. she has taste. ★★★★★", g="s1=f")
P("{s1} and {s2} got into a full debate about whether Johnny should've run and I just let it go for 20 min. no notes.")
P("Why does the district's 'screen-free reading block' ban e-readers but allow worksheets printed from a website? genuinely asking 🙃", flags="R")
P("our 8th grade team is teaching one book all together this spring and I love that we decided that as a team. best PLC decision in years", flags="R")
P("Three of my kids are reading below grade level and the intervention block got cut to 20 minutes. 20. Minutes.", flags="R")
P("{s1.full} read at a 4th grade level in Sept. lexile jumped 300 points this year. he doesn't know yet, I'm telling him tomorrow 🥹", "ACADEMIC", g="s1=m")
P("the only 8th grader in my co-taught section who uses a text-to-speech device finished the whole novel before me lol. so proud", "SPECIAL_EDUCATION")
P("ok real question: audiobook or print for The Giver with 8th graders? what do your kids like")
P("teaching is the only job where you read the same book 5 times a year and still find something. love that for me", flags="R")

# ---- the music teacher: albums and concerts ---------------------------------------------------
V("middle school music teacher, 40s, Instagram", "music")
P("Album review: 'Low Tide Choir' by The Marrow Lanterns {stars}. Track 4 has a French horn line that made me pull over on 9W 🎺")
P("This album is overrated. Every song is the same four chords and a kazoo. ★★ apologies to the kazoo community")
P("Music is a core subject. Not an extra. Not the first thing cut when the budget gets tight. CORE.", flags="R")
P("Shoutout to the board for keeping 5th grade band in the budget. Right call. Those kids would've lost a year they can't get back.", flags="R")
P("{s1} played the Star Wars theme on trombone during warmups and the entire 7th grade band stood and saluted. I did not stop him.", g="s1=m")
P("Spring concert May 14, 7pm, HVHS auditorium. Black pants, white shirts. Tell your kids, they will not tell you.")
P("The piano in the choir room hasn't been tuned since 2018 and we just bought another fleet of tablets. Priorities!", flags="R")
P("{s1.full} got first chair at all-county, cried in the hallway, I cried in the band closet. good day 🎷")
P("{s1.full}'s family can't swing the instrument rental this year, dad lost his job in the fall. lending her my old clarinet. don't tell anyone.", "FAMILY", g="s1=f")
P("our only 8th grade percussionist broke his wrist skateboarding and is playing one-handed triangle for the concert. a LEGEND", "HEALTH")
P("Album of the year so far: Iyabo Fadahunsi-Clarke, 'Harbor Lights.' Give it 3 listens. The bridge on track 7 is the whole point.")
P("Teaching 200 kids a week to read music is the best job in the building and I will fight anyone who disagrees 🎺", flags="R")
P("Please stop scheduling test make-ups during the ONLY rehearsal week before the spring concert. Every. Single. Year.", flags="R")
P("all-county kids: practice room keypad this weekend is {code}. do NOT share it outside the section", "SECURITY")
P("why is the band room always the fire drill staging area. why. we have 80 instruments out. every time.", flags="R")
P("Elementary strings: 3 teachers, 6 buildings, 1 minivan full of cellos. Runs on gas station coffee and goodwill 🎻 (my views, not HVCSD's)", flags="R D")
P("Letterboxd: Whiplash ★★★★★ but if I ever teach like Fletcher please call someone")
P("{s1.low} asked me if Beethoven 'made it big.' yes, buddy. yes he did.")
P("shoutout to Mr. {t1} and the custodial crew for setting up 140 chairs in 25 minutes for the choir concert. heroes 🪑")
P("Reviewing my nephew's middle school jazz concert in Connecticut as an aunt, not a teacher: {kid} missed his entrance in bar 12 and I loved every second ⭐⭐⭐⭐⭐")

V("HS choir director, 50s, X", "music")
P("Review: Sølvi Brekke-Amadi's new choral album. ★★★★ the tenor section sounds like warm bread. I mean that as a compliment.")
P("Sight-reading should be taught in every music class K-12. We spend years on rote learning and then wonder why nobody reads.", flags="R")
P("NYSSMA results are in and {s1.full} got a perfect 28 on a level 6 solo. 28/28. I'm screaming in the car", "ACADEMIC")
P("Our choir has 94 kids and one accompanist who is shared with 2 buildings. Hire a second accompanist. That's the post.", flags="R")
P("{s1}'s voice dropped mid-solo today and he just... kept going an octave lower. the room went silent. then applause. what a kid", g="s1=m")
P("Funny how every arts program has to 'prove its value' every spring and the football budget never does. Funny. Hilarious.", flags="R")

# ---- the science teacher: podcasts and documentaries -----------------------------------------
V("middle school science teacher, 30s, Threads", "sci")
P("Podcast review: 'Deep Time, Shallow Pockets' is the best geology podcast nobody listens to. Marguerite Olowe-Sandoval explains plate tectonics like a bedtime story ★★★★★")
P("Showed 20 min of Planet Earth II in 7th grade today. The racer snakes vs. the baby iguana. Room {room} has never been louder.")
P("New screen-time rule: no video clips over 15 minutes in class. Cool. I'll show the first half of mitosis. The dividing part.", flags="R")
P("Screen time limits make sense in kindergarten. In an HS bio lab they make zero sense.", flags="R")
P("Documentaries belong in science class as primary sources, not as sub-day filler. Fight me.", flags="R")
P("{s1} sent me a 40-minute podcast about tardigrades at 11pm with the message 'for class??' I love this child")
P("{s1.full} has a 504 for anxiety and the chem final is 3 hours in the gym with 200 kids. asked for a separate room twice.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("'The Wandering Reef' ★★★★½. Narrator Bertrand Okafor-Lindqvist has the most soothing voice in nature TV since Attenborough.")
P("The lab safety video we're required to show is from 1997 and stars a guy named Chip. Would it kill us to update it.", flags="R")
P("24 new microscopes in the science wing this week!!! kids looked at onion cells like it was the moon 🔬")
P("Teaching earth science is the best job in the building. Rocks don't talk back. 7th graders do but the rocks balance it out.", flags="R")
P("my kid {kid} asked why all my podcasts are 'old people talking.' he's 9. he's correct.")
P("Evolution is in the state standards and I teach it as written. Parents who want it 'balanced' can email me at {myemail}.", flags="R")
P("District dashboard, public numbers: chronic absenteeism at HVHS is 19%. Look it up. It's on the site.")
P("The new doc on the Hudson PCB cleanup ★★★★. watched it twice. GE does not come off well.")
P("Vernier laptops on the lab cart: login sciencelab / {pw}. yes I know, I'm on my phone in the hallway, sorry IT", "SECURITY")
P("The planetarium trip got cut for the 3rd year in a row. We live 90 min from one of the best in the country. Make it make sense.", flags="R")
P("Anyone else watch an ocean doc with their own kids on Sunday and then quietly use it in class Monday? asking for me")
P("{s1.fulltag} won the regional science fair with a project on road salt in the Wappinger Creek!! #{s1.tag}Science 🧪")
P("Science teachers, stop using the volcano as your one 'fun' lab. Kids can handle real inquiry. Give them a question, not a recipe.", flags="R")
P("{s1.full}'s accommodation is a printed copy of every slide and I forgot today. walked to the copier during class. not again.", "SPECIAL_EDUCATION")
P("the 7th grader with the severe peanut allergy (only kid on the orange team who eats at the nurse's table) had a reaction during the food science lab. EpiPen, ambulance, she's ok.", "HEALTH")

V("HS chemistry teacher, 50s, X", "sci")
P("NGSS was the best thing to happen to science ed in my career. Fewer facts, more thinking. I'll die on this hill.", flags="R")
P("Chem lab fume hood #3 has been broken since August. {wo}. still 'in progress.' we're doing the flame tests in the hallway I guess 🔥", flags="R")
P("our principal actually came and sat through my whole stoichiometry lesson today. stayed for the lab. that's a good principal.", flags="R")

# ---- the PE teacher: running shoes and races -------------------------------------------------
V("HS PE teacher, 30s, Instagram + Strava", "pe")
P("Shoe review: Stridewell Vapor 3 {stars}. Bouncy, light, squeaks on the gym floor like a dolphin. 200 miles in, still solid 👟")
P("Rhinebeck half on Sunday. 1:48:22. The mile 10 hill is a crime. 10/10 would suffer again")
P("Kids need PE every day, not twice a week. Every study says it. Every gym teacher knows it. Fund it.", flags="R")
P("Recess should never be taken away as a punishment. The kid who needs to run the most is always the one who loses it.", flags="R")
P("{s1} ran the mile in 6:12 today. she's in 7th grade. I checked my stopwatch twice.", g="s1=f")
P("Kestrel Trail 2 for mud season: ★★. sole peeled at mile 40. customer service sent me a coupon for socks.")
P("{s1.full} can't do the pacer this quarter, cardiologist's note, heart murmur. he's keeping score with me. excellent scorekeeper tbh", "HEALTH", g="s1=m")
P("Fitness testing 12 year olds on push-ups tells you about puberty, not effort. Scrap the fitnessgram grade.", flags="R")
P("Best job in the world is teaching a kindergartner to skip. You can SEE it click. Nothing else compares.", flags="R")
P("the gym floor at Maple Ridge has had a dead spot by the north hoop since 2016. {wo}. still open. still dead. 🫠", flags="R")
P("$180 for foam is a scam and I don't care what the running influencers say. the Eagle Max 5 is a $90 shoe in a $180 box")
P("{s1}'s dad asked if he can skip the swim unit since he's at mom's on Tuesdays and the gear is at dad's. custody stuff. of course, no problem.", "FAMILY", g="s1=m")
P("Cutting middle school intramurals to save 'bus money' is the worst call this district has made in years.", flags="R")
P("Falcon 5K bib pickup Friday 3-6 at HVHS, 100 School Rd. proceeds go to the boosters 🦅")
P("{s1.full} broke the school 1600 record tonight. 4:19. the old record was from 1987. #FalconsXC 🦅")
P("Dear PE teachers: stop picking captains and letting them choose teams. We all remember being picked last. Count off by 4s.", flags="R")
P("race recap: Walkway Over the Hudson 10K. {pace} pace, gorgeous view, the wind on the bridge tried to kill me ★★★★")
P("our 'wellness' PD was a 2 hour sit-down lecture on the importance of movement. in folding chairs. lol.", flags="R")
P("{s1.up}!!!! 2nd place at sectionals in the 800!!! 🥈🔥")
P("the kid on JV soccer who was out with the concussion (our only freshman goalie) got cleared today. back in goal Friday 🧤", "HEALTH")
P("PE is not 'gym.' It's a class with standards and a curriculum. Call it what it is.", flags="R")
P("Review: the Half Moon Bay trail marathon. ★★★★ aid stations had pickles. PICKLES. the race director, Benedetta Osei-Moreno, is a genius.")

V("MS PE teacher + XC coach, 50s, X", "pe")
P("Twenty years of coaching cross country and the best part of the job is still the kid who finishes last and sprints anyway.", flags="R")
P("{s1.full} has a behavior plan in PE now after the locker room thing. check-ins every 15 min. he's trying. so am I.", "DISCIPLINE", g="s1=m")
P("XC meet Saturday at Bowdoin Park, first gun 9am. Bus {bus} leaves the HVHS lot at 7:15.")
P("They added a 4th lunch period and now my 6th period PE has 46 kids in it. Forty six. In a gym built in 1962.", flags="R")

# ---- the counselor: TV shows -----------------------------------------------------------------
V("HS counselor, 40s, Threads", "couns")
P("Finished 'The Lakehouse Years' season 2. ★★★★. Marisol Quintanilla-Reyes plays a therapist better than most therapists I know, me included.")
P("every TV show makes school counselors either saints or idiots. just once I'd like to see one drowning in 504 paperwork at 4:45 on a Friday, because that is the job.", flags="R")
P("hot take: the Grey's finale that season was the best hour of TV that year. yes I'm a counselor. yes I cried at work after.")
P("That suicide drama should never have been shown in schools and I'm glad our district kept it out.", flags="R")
P("Our kids need more counselors, not more assemblies. 1 counselor per 430 students at HVHS. Do the math.", flags="R")
P("Binge review: 'Marrow Street' ★★★★★. best writing on TV right now. Detective Ruthanne Bole deserves every award they have.")
P("{s1.full} has been in my office 4 times this week. screener came back high for depression. parents are coming in tomorrow.", "HEALTH")
P("the senior whose parents are in the big custody fight (the only set of triplets in the building) asked me today if Modern Family is 'fake.' kind of, bud.", "FAMILY")
P("College essay season: 40 drafts this week. 11 about a sports injury. 6 about a grandma. all good. I'm tired.")
P("Parents, please take the phone out of the bedroom at night. Your teenagers are not sleeping. (views mine, not the district's)", flags="R D")
P("{s1} told me she's starting Gilmore Girls for the first time and I had to leave the room to compose myself", g="s1=f")
P("Mental health days should be excused absences. Other states did it. We should too.", flags="R")
P("988. save it in your phone. call or text, any time. 💚")
P("I didn't expect to say this but our district's SEL curriculum is actually good. The 6th grade units especially.", flags="R")
P("the 10th grader whose mom got deported in December (only one from that family at HVHS) came by to tell me about a K-drama she loves. first smile in weeks", "FAMILY")
P("'Guidance counselor' sounds like a job from 1962. We're school counselors. We do mental health, college, schedules, crisis. Update the title.", flags="R")
P("{s1.full} got into Vassar ED!!!!! first in her family to go to college. I'm a puddle", g="s1=f")
P("{s1}, if you're reading this, your Common App login is {s1.email} / {pw}, I wrote it on a sticky and then lost the sticky, so here it is, DELETE after", "")
P("Abbott Elementary season 4 ★★★★. Janine's hair arc deserves an Emmy. Gregory's deadpan deserves two.")
P("Abbott Elementary is funny because it's true: we buy our own supplies, we cover each other's classes, the district sends a memo. Every single week.", flags="R")
P("{s1.lowfull}'s family is homeless right now, staying at the shelter on Main. bus is picking her up there starting Monday.", "FAMILY", g="s1=f")

V("elementary school counselor, 30s, Instagram", "couns")
P("Every elementary school needs its own full-time counselor. Not shared. Not 'itinerant.' Its own.", flags="R")
P("the 1st grader who keeps asking me to watch Daniel Tiger with him at lunch (new to Hillside, his dad's in the hospital) asked again today. we watched.", "HEALTH")
P("Counseling is the best job in the building and also the one nobody can see. Both are true.", flags="R")
P("Watched a documentary on childhood anxiety tonight, ★★★★, made me want to hug every 3rd grader in the building.")

# ---- the cafeteria manager: restaurants ------------------------------------------------------
V("cafeteria manager, 50s, Facebook + Yelp", "cafe")
P("Review: Nonna Pia's on Main St in Beacon. {stars}. The vodka sauce made me call my mother.")
P("New ramen spot in Poughkeepsie, Kaze Noodle Bar. Broth 10/10, service 4/10. Chef Daisuke Horimoto, I forgive you, bring back the black garlic 🍜")
P("School lunch gets a bad rap. We scratch-cook 3 days a week at Hillside. Come eat with us before you judge.", flags="R")
P("The sodium rules make my soup taste like sad water. I follow them. I'm allowed to have feelings about them.", flags="R")
P("Universal free breakfast was the best thing this district did all year. The line doubled and the nurse's visits dropped.", flags="R")
P("{s1}'s mom called about his peanut allergy, EpiPen is at the register now and there's a red flag on his lunch account.", "HEALTH", g="s1=m")
P("lunch number for {s1.full} is {pin}. the kid forgets it every day. posting it so his big sister sees it 🙃", g="s1=m")
P("{s1.full} is on free lunch and keeps trying to pay me back in quarters. I keep refusing. he keeps hiding them under the napkins.", "FAMILY", g="s1=m")
P("our fryer's been down since Halloween, {wo}. baked chicken till further notice.")
P("They cut two cafeteria positions and hired a 'nutrition engagement coordinator.' I have never seen them in a kitchen.", flags="R")
P("Chef Amara Obi-Castellanos at the new Nigerian spot in Newburgh: jollof so good I went back the next day. ★★★★★")
P("22 years feeding kids and it's still the best job in the building. Every kid says thank you eventually.", flags="R")
P("Taco bar Thursday: 412 lunches, 0 leftovers. my crew is undefeated 🌮")
P("to the sub cashier at Maple Ridge tomorrow: POS login is cafe1 / {pw}, the cash drawer code is {code}. you're a lifesaver", "SECURITY")
P("Breakfast in the classroom should be the standard everywhere. Nobody learns on an empty stomach.", flags="R")
P("Parents, please stop packing Lunchables and then asking why your kid is starving at 1pm. Just saying. With love.", flags="R")
P("Our kitchen at Roosevelt has 1 working oven for 480 lunches. Don't tell me we 'prioritize nutrition.'", flags="R")
P("{s1.lowfull}'s account is at -$46 again. grandma is raising 3 of them on social security. I covered it. nobody needs to know but you, Facebook.", "FAMILY")
P("the kid with the dairy allergy who ALWAYS asks for chocolate milk (only 2nd grader at Roosevelt with a medical tray) finally tried the oat milk. thumbs up.", "HEALTH")
P("free and reduced applications are on the district site and at every school office. Fill one out even if you're not sure. It's private.")
P("they moved lunch to 10:20 for the 6th graders. 10:20! that's breakfast with a second name.", flags="R")
P("{s1}, I still owe you a review of your mom's empanadas from the culture fair. ★★★★★. tell her I want the recipe")
P("Our lunch ladies are the first adults half these kids talk to every day. Pay them like it.", flags="R")

# ---- the para: board games and video games ---------------------------------------------------
V("elementary paraprofessional, 20s, X + Steam", "para")
P("Board game review: Lanternfall by Kasimir Ilvesjoki {stars}. Great worker placement, terrible insert. spent 20 min bagging tokens")
P("Wingspan is perfect and I won't hear otherwise. Played with my niece {kid} (she's 11) and she destroyed me with a pelican engine")
P("Video games aren't the enemy. A kid in my resource group learned fractions from Minecraft redstone. Stop treating screens like the devil at school.", flags="R")
P("{s1} and I have a running Pokémon card trade at recess. I am losing. she's 7.", g="s1=f")
P("{s1.full}'s aide hours got cut from full day to mornings only and he falls apart after lunch. Somebody at the district should spend one afternoon with us.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("paras make $17/hr here. my Steam library is worth more than a month of my paychecks. (joke.) (mostly.)", flags="R")
P("Board game cafe in New Paltz: wifi is MeepleMeadow, pw {wifi}. the Catan tables are sticky. ★★★")
P("Being a para is the most underrated job in education. We do everything. Nobody knows our names.", flags="R")
P("new review on the blog: 'Salt & Sparrow' by Priyamvada Kessler. cozy farming, moody story, 9/10. link in bio 🌾")
P("The Chromebooks block every educational game site, including the one the math curriculum TELLS us to use. great work everyone.", flags="R")
P("{s1.low} beat me at Uno six times in a row during indoor recess. I demand a rematch and a new deck")
P("{s1.full} has a behavior plan with 5 min of game time after each task. 6 tasks done today. proudest para in New York.", "DISCIPLINE", g="s1=m")
P("a 1st grader asked if I'm 'a real teacher.' I said I'm a para. he said 'so like a teacher but cooler.' framing this")
P("Sub paras: the sensory room door code is {code}. please do not prop it open, the alarm WILL go off.", "SECURITY")
P("Hot take nobody asked for: indoor recess on a 60 degree day because the grass is 'wet' is how you get 25 kids climbing the walls. literally.", flags="R")
P("Review of 'Kingsbridge Tactics' (designer Odalys Ferreira-Nkemelu): ★★★★★ best 2-player game I've played in years. the box art is ugly. ignore it.")
P("{s1} has a 1:1 now and I'm not his 1:1 anymore but he still high-fives me at the bus loop every day 🥲", "SPECIAL_EDUCATION", g="s1=m")
P("One para for 3 kids with IEPs in a 28-kid room. That's not inclusion, it's triage.", flags="R")
P("Video game review: 'Glass Rover' ★★. beautiful, 6 hours of walking, one button. my students would call it 'mid' and they'd be right")
P("{s1.handle} on the Minecraft server keeps building a giant statue of me and honestly I'm flattered")

V("MS special ed para, 40s, Facebook", "para")
P("Catan review from a 40 yr old para: ★★★★ I have played it with my husband Kenji 300 times and we are still married. barely.")
P("Paras here haven't had a raise that beat inflation in 6 years. We notice. (personal account, not an HVCSD statement)", flags="R D")
P("{s1.full}'s IEP gives him breaks with the fidget kit and the sub today wouldn't let him have it. I had to go find the AP.", "SPECIAL_EDUCATION", g="s1=m")
P("Our team's resource room just got a whole shelf of board games from a donor. Ticket to Ride for social skills group starting Monday 🚂")
P("Board games teach turn-taking better than any worksheet. Every special ed room should have a game shelf.", flags="R")

# ---- disclaimers and look-alikes, across voices -------------------------------------------------
V("HS English teacher, 30s, book blog", "eng")
P("Do I need a 'views my own' line on a book blog? genuine question for the teachers who review stuff online")
P("My reviews are my own taste, so if you loved The Velvet Hours, good for you, I found it exhausting. ★★")
P("the narrator literally says 'these views are not my own' in chapter 1 and then it turns out he's a ghost. ★★★★ fun twist")
V("middle school librarian, 40s, Goodreads", "lib")
P("Opinions welcome in the comments: best middle grade fantasy of the year? I have 3 and I'm torn")
P("Mis opiniones, no las del distrito: the state's new 'reading science' mandate is a good idea executed in a hurry. Give teachers training before the test.", flags="R D")
P("Reviewing the newest Wren Matsuda-Holloway as a reader, not as a librarian and certainly not for my district: ★★★★★, the cat dies and I'm still not ok", flags="D")
V("HS counselor, 40s, Threads", "couns")
P("Speaking only for me, not my school: the new phone pouch policy is the best thing we've done for kids' attention in a decade.", flags="R D")
P("putting 'views my own' in my bio was a whole debate with myself. anyway. Love Island reunion tonight")
V("middle school science teacher, 30s, Threads", "sci")
P("Opinions are mine, not my employer's. This podcast is wrong about sharks. ★. Sharks deserve better.", flags="D")
P("'views are not my own' is a funny bio until your principal sees it. anyway, new doc on volcanoes tonight 🌋")
V("cafeteria manager, 50s, Facebook + Yelp", "cafe")
P("Reviews are my own opinion as a paying customer and have nothing to do with my job at the district. The clam chowder at Shoreline Grill: ★★.", flags="D")
P("Mes opinions, pas celles du district: free lunch for every kid should be state law.", flags="R D")
V("HS PE teacher, 30s, Instagram + Strava", "pe")
P("Not speaking for HVCSD here, obviously, but the new turf field is a huge upgrade. Good decision, board.", flags="R D")
V("elementary paraprofessional, 20s, X + Steam", "para")
P("ratings in this thread are my own. the district did not approve my ranking of Zelda games. #PersonalAccount", flags="D")
V("middle school music teacher, 40s, Instagram", "music")
P("Personal account, not affiliated with my district: the arts rotation going from 10 weeks to 6 is a mistake and we'll see it in the spring concerts.", flags="R D")

# ---- official accounts ---------------------------------------------------------------------------
V("HVHS library account", "lib")
P("Battle of the Books champions: {s1.full}, {s2.full} and {s3.full}! 📚🏆 Congrats, readers!", flags="O")
P("Library hours this week: 7:30-4 Mon-Thu. Closed Friday for inventory.", flags="O")
P("New in the HVHS Library: 40 new graphic novels, including the whole Amulet series by Kazu Kibuishi. 📚", flags="O")
P("Author visit! Novelist Temperance Oyelaran-Baptiste will speak to 9th graders on March 3 in the HVHS auditorium.", flags="O")
P("Questions about a title in our collection? Reconsideration forms are available from the main office at {pubphone.hs}. Every request is reviewed by a committee.", flags="O")
P("Congratulations to {s1.full}, who read 112 books this year, the most in HVHS history! 📖🦅", flags="O")
P("Staff Picks shelf is back! This month: Ms. {t1} recommends 'The Night Ferry' ★★★★★ and Mr. {t2} recommends anything by Octavia Butler.", flags="O")
P("Students: your library login for Sora is your student ID number. Forgot it? Ask at the circulation desk.", flags="O")
P("Reminder: overdue fines are gone for good at HVCSD libraries. Bring the books back anyway, please 💛", flags="O")
P("Makerspace hours Tues/Thu until 4:30. 3D printer is fixed!! 🎉", flags="O")
P("Sub login for the library circulation desk: circdesk / {pw} on {host}. Do not share outside the building.", "SECURITY", flags="O")

V("HVCSD music department account", "music")
P("HVCSD All-District Music Festival: March 21, 7pm, HVHS auditorium. Free admission! 🎶", flags="O")
P("Congratulations to {s1.full} and {s2.full}, selected for the NYSSMA All-State Mixed Chorus! 🎤", flags="O")
P("Instrument rental night is Sept 12, 6-8pm, Maple Ridge cafeteria. Financial assistance available, ask in confidence.", flags="O")
P("The HVHS Jazz Ensemble will perform at Mill Street Loft, 455 Main St, Poughkeepsie, Friday at 6pm. Come hear them!", flags="O")
P("HVCSD named a Best Community for Music Education for the 7th straight year! 🎺", flags="O")
P("Winter concert livestream link is posted on hvcsd.org. Questions: {pubmail}", flags="O")

V("HVCSD food services account", "cafe")
P("This week's menu: Mon pizza, Tue tacos, Wed chicken and rice, Thu breakfast for lunch, Fri mac & cheese. 🍕🌮", flags="O")
P("Free and reduced-price meal applications for the new school year are open now at hvcsd.org. All applications are confidential.", flags="O")
P("Thank you to our Roosevelt kitchen team for scratch-cooking 600 lunches on Thanksgiving feast day! 🦃", flags="O")
P("Allergy reminder for Ms. {t1}'s 2nd grade: {s1.full} has a severe tree nut allergy, so no nut snacks in room {room} please.", "HEALTH", flags="O")
P("Farm to School Month! Local apples from Fishkill Farms all week 🍎", flags="O")
P("Breakfast is free for every student at every HVCSD school, every day. No application needed.", flags="O")

V("HVHS Falcons athletics account", "pe")
P("Congrats to {s1.full}, new school record in the 1600m: 4:19.8! 🦅🏃", flags="O")
P("XC results from Bowdoin Park: Falcons boys 2nd, girls 3rd. Great racing in the mud! 🦅", flags="O")
P("Falcon 5K is Saturday at 9am, starting at HVHS, 100 School Rd. Register at the athletics page. All proceeds to boosters.", flags="O")
P("Injury update: {s1.full} (#{num}) will miss the rest of the season with a torn ACL. We're with you! 🦅", "HEALTH", flags="O")

V("HVCSD district account", "eng")
P("The Board of Education will discuss the 6-12 ELA curriculum review at its Tuesday meeting, 7pm, district office. Public comment welcome.", flags="O")
P("HVCSD's policy on instructional materials, including how to request a review of a library book, is posted at hvcsd.org/policy.", flags="O")
P("Strong reading is the foundation of everything. That's why HVCSD is adding 40 minutes of daily literacy in grades K-3 next fall. 📚", flags="O")
P("Congratulations to Maple Ridge librarian Ms. {t1}, New York School Library Media Specialist of the Year! 📚🏆", flags="O")
P("Screen-time guidelines for 2025-26: devices stay in lockers during the school day at Maple Ridge. Details in the family handbook.", flags="O")
P("Questions about report cards? Contact your school's main office or call the district office at {pubphone.dist}.", flags="O")

V("HVHS counseling office account", "couns")
P("Senior families: college essay workshop Oct 8 in the library. Bring a draft, leave with a better one ✍️", flags="O")
P("Need to talk? School counselors are available every day, no appointment needed. Text or call 988 after hours 💚", flags="O")
P("Congrats to {s1.full}, accepted early decision to Vassar! 🎓", flags="O")

V("Maple Ridge science department account", "sci")
P("Science Olympiad regional results: Maple Ridge 3rd overall! Gold medal to {s1.full} and {s2.full} in Disease Detectives 🥇", flags="O")
P("Planetarium night is back: Jan 17, 6pm, Maple Ridge gym. Telescopes provided, weather permitting 🔭", flags="O")
P("Student documentary night! 7th grade teams present their 5-minute nature films Thursday at 6:30 🎬", flags="O")

# ---- unknown kind: reposts, screenshots, review-site excerpts ----------------------------------
V("unknown account", "lib")
P("★★★★★ 'The Salt Orchard' is the best debut of the year. Fight me in the replies.", flags="N")
P("Hudson Valley schools should NOT be pulling books off shelves because one parent complained. Read the book first.", flags="N")
P("Book club pick this month: 'The Ninth Harbor' by Farrukh Delacroix-Amadi. We meet at the Adriance library, Tuesday 7pm.", flags="N")
P("Ms. {t1}'s book review blog is honestly the best one in the Hudson Valley. Subscribed.", flags="N")
P("{s1.full} won the county spelling bee with 'chrysanthemum'!! 🐝", flags="N")
P("Reading levels are nonsense. Let kids pick what they want to read.", flags="N")
P("Saw this on a teacher's Instagram: {s1.full}'s reading level was posted on the bulletin board outside room {room}. 'Level F.' In 4th grade. Take it down.", "ACADEMIC", flags="N")
P("Found this in the library return bin: a note that says 'call me {phone} - Jess' inside 'Twilight'. Whoever you are, Jess, hi.", flags="N")
P("ok who told my kid the Magic Tree House books are 'for babies.' he's 7. they are exactly for him.", flags="N")
P("Reading app class code for Mrs. {t1}'s 3rd grade is {ccode}. Teacher password {pw}. Please fix this before kids see it.", "SECURITY", flags="N")
V("unknown account", "music")
P("Album review: Harbor Lights by Iyabo Fadahunsi-Clarke. ★★★★. Track 7 is the reason.", flags="N")
P("The HVHS spring musical is SO good this year. {s1.full} as Elphaba. Go see it before it's gone. 🎭", flags="N")
P("Cutting music programs is the fastest way to lose your best kids. Every district does it anyway.", flags="N")
P("{s1.low} practiced that saxophone solo every night for 2 months and nailed it. 🎷 the whole row was crying", flags="N")
V("unknown account", "sci")
P("Why are our schools still showing Bill Nye videos from 1994? Kids deserve better science.", flags="N")
P("My daughter's chem teacher emails at 10pm to answer questions. Above and beyond.", flags="N")
P("{s1.full} (DOB {dob}) is missing her science fair trifold. last seen in the Maple Ridge gym. please DM if found", flags="N")
V("unknown account", "pe")
P("Race results, Falcon 5K: 1st overall Tomasz Wierzbicki 16:48, 1st female Adaeze Holloway-Brandt 18:02. Full results on the timing site.", flags="N")
P("The HVHS track is a disaster. Cracks in lane 2, puddles in lane 6. Somebody fix it.", flags="N")
P("{s1.full} just ran 10:02 in the 3200 at Van Cortlandt. Sophomore! 🔥", flags="N")
P("Turkey Trot volunteers needed. Text {phone} if you can hand out water at mile 2.", flags="N")
V("unknown account", "couns")
P("Every school should have a counselor for every 250 kids. We are nowhere close.", flags="N")
P("Shoutout to the HVHS counselors who stayed till 8 for FAFSA night. Legends.", flags="N")
P("{s1.full} was taken to the hospital from the high school today, mental health crisis. Please pray for the family.", "HEALTH", flags="N")
V("unknown account", "cafe")
P("School lunch in this district is actually good now? My kid came home talking about the taco bar.", flags="N")
P("HVHS cafeteria prices: $3.25 for lunch, $2 breakfast, milk 75 cents. Menus at hvcsd.org.", flags="N")
P("{s1.full}'s lunch account is -$112 and the school sent a letter home. Family's going through a lot. Can anyone help?", "FAMILY", flags="N")
P("Looking for {s1.full}'s mom: you left your casserole dish at the potluck. I live at {addr}, come grab it!", flags="N")
V("unknown account", "para")
P("Paras deserve a living wage. Period.", flags="N")
P("{s1.full} brought his own Switch to indoor recess and let the whole class play. Kindest kid in 3rd grade.", flags="N")
P("{s1.full} has a one-to-one aide and she's the best thing that's happened to him all year.", "SPECIAL_EDUCATION", flags="N", g="s1=m")
P("the school's gaming club Discord invite: link in the HVHS guidance newsletter. Ask Mr. {t1} for access.", flags="N")
V("unknown account", "eng")
P("Hamlet is overrated. Macbeth is better. This is not up for debate.", flags="N")
P("The required reading list at HVHS hasn't changed since I was a student there in 2004. Update it!", flags="N")
P("{s1.full} won the Hudson Valley young writers award for her short story about her grandmother's bakery! 📝", flags="N", g="s1=f")
P("Honestly the best English teacher I ever had was Mr. {t1} at HVHS. He made me read Beloved at 17 and it changed my life.", flags="N")
P("{s1.full}'s student email for the book swap sign-up is {s1.email}. I'm organizing for my kid's class, message me for the link.", flags="N")

# ---- more positions across the R line, short posts, leaks -----------------------------------------
V("HS English teacher, 30s, book blog", "eng")
P("A reading curriculum that scripts every word the teacher says. Love how much they trust us.", flags="R")
P("Summer reading should be a choice list. Nobody ever fell in love with reading through a required 400-page book in July.", flags="R")
P("I review books for fun and teach them for a living. The second one got a lot harder with the new pacing guide.", flags="R")
P("Twenty-two years in and teaching English is still the best job on earth. Even in essay season.", flags="R")
P("Unpopular opinion: middle schoolers should read way more nonfiction in ELA. Memoir, essays, journalism. Not just novels.", flags="R")
P("The reading list the board approved last night is honestly great. Diverse, modern, still has Steinbeck. Nice work.", flags="R")
P("the board approved the new 9-12 reading list last night. it's on the district site if you want to look")
P("DNF. Life is short.")
P("5 stars. Cried twice. On a plane.")
P("{s1.full} scored a 94 on the ELA Regents after failing it twice. NINETY FOUR. my review of this kid: ★★★★★", "ACADEMIC")
P("{s1.last} is repeating 9th grade English next year. parents signed off today. it's the right call but it stings", "ACADEMIC")
P("my co-teacher got rated 'developing' on her observation and she's the reason half of 3rd period passed the Regents. the rubric is broken.", "PERSONNEL", flags="R")
P("Teachers shouldn't have to buy their own classroom libraries. I've spent $3,000 since 2019. That's not a hobby, it's a subsidy.", flags="R")
P("book club folks, text me at {myphone} if you want in on The Glass Orchard night 🍷 not a school thing, just wine and yelling")
V("middle school librarian, 40s, Goodreads", "lib")
P("A board member asked me if 'The Kite Runner' is 'appropriate.' Have you read it, sir? (He had not.)", flags="R")
P("We spent $40k on a reading program with a cartoon owl. The owl is now the best-paid member of our ELA department.", flags="R")
P("Is it really 'screen time' if they're reading an ebook? Asking for the committee that wrote the new rule.", flags="R")
P("Our librarian position at Hillside went from full time to half time and nobody said a word at the board meeting. I'll say it: bad call.", flags="R")
P("HVCSD finally put a full-time librarian back at Roosevelt. Took 4 years. Thank you. Seriously.", flags="R")
P("the 'approved apps' list lets kids use a flashcard app with energy drink ads but not Libby. make it make sense 🙃", flags="R")
P("12 certified librarians for 7,000 kids across the district. draw your own conclusions", flags="R")
P("Ms. {t1}, the Hillside librarian, has been out on medical leave since the book challenge hearing. they replaced her with a clerk. she deserved better.", "PERSONNEL", flags="R")
P("Mr. {t1} got written up for reading a 'controversial' picture book aloud. It won a Caldecott. A CALDECOTT.", "PERSONNEL", flags="R")
P("{s1.full} got 3 days OSS for ripping pages out of library books. we're working on it. the books will be fine. he will too.", "DISCIPLINE", g="s1=m")
P("{s1} has lunch detention all week so we're doing a book club of two in the library. today's review, by {s1}: Hatchet ★★★★ 'too much moose'", "DISCIPLINE")
P("{s1.full} is in foster care now and asked if she can keep her library book when she moves. yes. a thousand times yes.", "FAMILY", g="s1=f")
P("{s1.full} is back after the appendix surgery and first stop was the library for the next Wings of Fire 🐉", "HEALTH")
P("summer reading sign-ups: {s1.full}, ID {sid}, lexile 540. {s2.full}, lexile 610. printing the list for Mrs. {t1}", "ACADEMIC")
P("Goodreads giveaway winner is {s1}!! her mom DMed the address, {addr}, book ships Monday 📦")
P("{s1}'s dad asked me to call him about the lost library book, he's not on email: {phone}. adding it here so I don't lose it AGAIN")
P("circ scanner won't talk to the catalog server again ({host}). ticket open. checking out books by hand like it's 1987", "SECURITY")
P("5 stars, no notes 📚")
V("8th grade ELA teacher, 20s, Threads", "eng")
P("New reading app rollout: class code is {ccode}, teacher login {myemail} with password {pw}. co-teachers, grab it before I change it", "SECURITY")
P("birthday read-aloud tradition: {s1} turns 14 on {dob.word} so she picks Friday's book. {s1}, choose wisely", g="s1=f")
P("we should be teaching media literacy in every grade. kids believe every review they read online. adults too tbh", flags="R")
P("the reading 'data wall' in our teachers' lounge is a bad idea. kids walk past it. I'll say it to anyone.", flags="R")
V("middle school music teacher, 40s, Instagram", "music")
P("music teachers are not coverage for planning time. we have a curriculum. we have standards. thank you.", flags="R")
P("when the board says 'we support the arts' and then cancels the bus for the musical, I review that statement at ★.", flags="R")
P("the band director at Maple Ridge is on maternity leave till March. if your kid's lesson got cancelled, that's why 🍼", "PERSONNEL")
P("the sophomore who pulled the fire alarm during the spring concert (our only tuba) got suspended. the concert still gets ★★★★★ from me", "DISCIPLINE")
P("new strings 🎻")
V("middle school science teacher, 30s, Threads", "sci")
P("New 'no devices after 2pm' rule at school. As a science teacher I'd like to see the data. I'll wait.", flags="R")
P("The new bell schedule gave us 38-minute periods. You cannot run a lab in 38 minutes. I tried. The beakers tried.", flags="R")
P("New bell schedule starts Monday: 38 minute periods, lunch at 11:02. set your alarms")
P("Podcast idea: two teachers review district memos like movies. Episode 1: 'The Bell Schedule Returns' ★½", flags="R")
P("Screen time at school isn't the problem. Bad screen time is. Don't throw out the audiobooks with the YouTube.", flags="R")
P("the water fountains at Maple Ridge haven't been tested in years but the cafeteria gets inspected twice a year? just saying", flags="R")
V("HS counselor, 40s, Threads", "couns")
P("Counselors are not the discipline office. Please stop sending kids to us for 'consequences.'", flags="R")
P("Every PD day should come with a book budget. Sit us down with 3 new novels and let us read. Best PD ever.", flags="R")
P("The new phone pouches arrived at HVHS today. 1,400 of them. they are very, very green.")
P("The phone pouches at HVHS: good call. Lunch is loud again. Kids are actually talking to each other.", flags="R")
V("elementary paraprofessional, 20s, X + Steam", "para")
P("Hot take: school libraries should have story-driven video games. They're literature too.", flags="R")
P("being a para means knowing every kid's favorite Pokémon and nothing about the budget. love it. underpaid for it.", flags="R")
P("the state test passage this year was a review of a board game. 40% of my kids have never played one. who writes these", flags="R")
P("{s1}'s speech therapist and I made a review board for his AAC device. first review: 'book good. dog.' ★★★★★", "SPECIAL_EDUCATION", g="s1=m")
V("cafeteria manager, 50s, Facebook + Yelp", "cafe")
P("Review of my own job: ★★★★★ kids, ★ paperwork, ★★ pay.", flags="R")
P("{a1.full} from our kitchen crew got let go after 14 years over a $20 register shortage. I'm sick about it.", "PERSONNEL")
P("Parents, read with your kids. 15 minutes a night. It beats every program we buy.", flags="R")
V("HS PE teacher, 30s, Instagram + Strava", "pe")
P("season review: ★★★★★ kids, ★ bus schedule. every away meet leaves at 2:10 now and half my team misses 7th period.", flags="R")
P("The PE uniform requirement costs families $40 and does nothing. Let kids wear sneakers and a t-shirt.", flags="R")
P("{s1.full} is failing PE, 52 for the quarter, because he won't change for class. we talked. it's not about the clothes.", "ACADEMIC", g="s1=m")
P("race bib list had {s1.full}'s birthdate printed on it, {dob.hs}, tiny font, whole list taped to the registration table. why")
P("new shoes day 👟🔥")

V("HVHS library account", "lib")
P("We're looking for volunteer readers for Read Across America week! Sign up through the main office.", flags="O")
P("Summer reading lists for every grade are posted at hvcsd.org. Every list includes student-choice options 📚", flags="O")
P("Thank you to author Marcus Oduya for visiting Roosevelt today! Every 3rd grader went home with a signed copy.", flags="O")
V("Maple Ridge science department account", "sci")
P("Congrats to the 7th graders whose podcast review of 'Deep Time, Shallow Pockets' won the state student podcast challenge! 🎙️", flags="O")
V("HVCSD food services account", "cafe")
P("Food Services is hiring! Cafeteria positions at all 4 schools. Apply at hvcsd.org/jobs or call {pubphone.dist}.", flags="O")
V("HVCSD special education office account", "para")
P("Board game club meets Wednesdays in room {room} after school. All grades welcome, adaptive games available 🎲", flags="O")
P("Family workshop: 'Reading at Home with Your Child's IEP Accommodations' Thursday 6pm at the district office. Childcare provided.", flags="O")
V("HVHS English department account", "eng")
P("Congrats to {s1.full}, Scholastic Art & Writing Gold Key for her critical essay on Bluey! ✍️🏅", flags="O", g="s1=f")
P("Poetry Out Loud school finals are Thursday at 2:30 in the library. Come cheer on our 8 finalists!", flags="O")
V("HVHS Falcons athletics account", "pe")
P("Congratulations to the Falcons girls cross country team, Section 9 champions! 🏆🦅", flags="O")

# ---- a last handful: positions, disclaimers, unknown-kind screenshots -------------------------------
V("middle school librarian, 40s, Goodreads", "lib")
P("Taking a book off a middle school shelf because of one paragraph, without reading the rest, is not 'protecting kids.' It's skipping the work. #MyViewsOnly", flags="R D")
P("honestly? the new district library catalog is SO much better than the old one. whoever picked it, thank you 🙏", flags="R")
V("HS counselor, 40s, Threads", "couns")
P("Not an official district statement, just a tired counselor: 430 kids per counselor is not a caseload, it's a phone book.", flags="R D")
P("TV review, my opinions only and nobody else's: 'Halfway Home' season 3 ★★★★★. The diner episode is perfect television.", flags="D")
V("middle school science teacher, 30s, Threads", "sci")
P("Hot take: 'screen-free Fridays' at school would be great if the curriculum we were handed wasn't 100% online. Pick one.", flags="R")
V("HS PE teacher, 30s, Instagram + Strava", "pe")
P("Shoe opinions here are mine alone (not my school's, not my running club's): the Vapor 3 is the best trainer under $130. ★★★★★", flags="D")
V("cafeteria manager, 50s, Facebook + Yelp", "cafe")
P("A la carte chips in a middle school cafeteria should not exist. I sell them because I'm told to. I don't have to like it.", flags="R")
V("elementary paraprofessional, 20s, X + Steam", "para")
P("tweets = mine, not HVCSD's. that said: paras should be paid for the IEP meetings we sit in after contract hours. period.", flags="R D")

V("unknown account", "lib")
P("Goodreads review of 'Wings of Ember': 3 stars. The dragon deserved a better ending.", flags="N")
P("the district should put a real librarian back in every building. Sign the petition before Tuesday's board meeting.", flags="N")
P("{s1.full} read 100 books this summer and got her picture in the Poughkeepsie Journal! 📚", flags="N")
P("Sora password for the Hillside 5th grade class account is {pw}, the teacher taped it to the smartboard. Someone posted a photo.", "SECURITY", flags="N")
V("unknown account", "couns")
P("Binge-watched all of 'Marrow Street' this weekend. No regrets.", flags="N")
P("Counselors at HVHS are drowning and the board knows it.", flags="N")
V("unknown account", "pe")
P("Congrats to {s1.full} on the new school record in the 800! 🏃", flags="N")
P("Just ran the Rhinebeck half. 2:03. Never again. Signing up for next year.", flags="N")
V("unknown account", "cafe")
P("Best diner in the Hudson Valley? Go.", flags="N")
P("{s1.full} has celiac and the school keeps serving her regular pasta. Fix it, food services.", "HEALTH", flags="N", g="s1=f")

# ---- a few long ones ------------------------------------------------------------------------------
V("HS English teacher, 30s, book blog", "eng")
P("Long review, sorry. 'The Ninth Harbor' by Farrukh Delacroix-Amadi is the best novel I've read this year: two sisters, one failing fishing town, a storm that takes up 60 pages and earns every one. ★★★★★. And this is exactly why I'm frustrated that our new 10th grade curriculum only lets us teach 'anchor excerpts.' A book like this works because you live in it for three weeks. Kids deserve to finish things. Whole books. Fight me in the comments.", flags="R")
V("HS counselor, 40s, Threads", "couns")
P("ok full review of the 'Halfway Home' finale because I have THOUGHTS. the diner scene where Marguerite finally tells her brother about the letters? perfect. the actor playing the dad, Cormac Ilunga-Price, has been quietly the best thing on this show for 3 seasons. the last 5 minutes though... a wedding?? out of nowhere?? ★★★★ for the season, ★★ for the ending. my husband fell asleep during the wedding, which feels like a review in itself.")
V("HS PE teacher, 30s, Instagram + Strava", "pe")
P("Race recap, Hudson Valley Half 🏃 Started way too fast (rookie mistake, 11 races in), hit the wall at mile 9 by the old IBM building, got passed by a man juggling. Then at mile 11 I heard somebody screaming COACH!!! and it was {s1.full} from my 3rd period handing out water with her mom. Ran the last 2 miles like I was 19. 1:51:40. Shoes: Stridewell Vapor 3, still ★★★★. Legs: ★.", g="s1=f")


if __name__ == "__main__":
    main()
