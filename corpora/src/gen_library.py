"""Generate corpora/pending/library.jsonl: posts from the district's libraries and reading rooms.

Voices: the Hudson Valley High School library media specialist (X), a Maple Ridge librarian who
runs a bookstagram, a Roosevelt Elementary librarian of thirty years (Facebook), library aides and
clerks (a Hillside clerk in her 60s, a 23-year-old HVHS aide on TikTok, a bilingual aide at Roosevelt
who code-switches), reading specialists and interventionists (Hillside K-3, Maple Ridge 6-8), a high
school book club advisor, the district's coordinator of library services (personal account), a few
official accounts (HVCSD Library Services, the HVHS library, Roosevelt, Hillside, the literacy
office, the Maple Ridge library) and posts of unknown kind (the PTA book-fair page, the Friends of
the Free Library, reposts and parents in community groups).

What the slice is about: book fairs, reading challenges, author visits, book clubs, weeding and
inventory, overdue and lost books, e-book apps, the challenged-book debates and the board meetings
about them. The leaks are the ones a library sees: a named student's lost-book bill next to the
patron barcode or library card number that identifies them (STUDENT_ID), the password of the
district's database or e-book account (CREDENTIAL, SECURITY), the circulation server or kiosk
address (NETWORK_INFO), a student's reading level (ACADEMIC) or dyslexia evaluation and read-aloud
accommodation (SPECIAL_EDUCATION), a kid who spends every afternoon in the library because of
trouble at home (FAMILY), a colleague's leave (PERSONNEL). Next to them, the hard negatives a library
is full of: authors and illustrators, characters ("Ramona", "Greg Heffley", "Stanley Yelnats"),
titles with names in them ("Because of Winn-Dixie", "Esperanza Rising"), historical figures (Sojourner
Truth, Melvil Dewey), app names that look like names (Libby, Destiny, Sora), a printer or a shelving
cart with a pet name, public-library staff in full, call numbers, ISBNs, Dewey numbers, PO numbers,
room and shelf numbers, and the Free Library's public phone number and street address.

The boundary the slice leans on is the disclaimer one. R only for a personal post whose text takes a
position about the district, a school, education, colleagues or the job ("graphic novels ARE real
books", "the board handled the challenge well", "this job doesn't pay enough for the glitter"). Not
R: logistics (book fair hours, board-meeting time), news (the grant came through), shout-outs and
thanks, anecdotes, feelings ("shelved 612 books, knees say retire"), questions, and views about
something that is not the job (a book's ending, a movie adaptation, the Yankees, the poster's own
kid's taste in manga). Disclaimer look-alikes sit among the plain texts and bios: "Disclaimer: this
review contains spoilers", "views are not my own", "my own classroom library", posts only talking
about disclaimers.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (a niece, a child in another district)
  other marked: {phone} {email} {addr} {dob.word} {sid} {pin} {pw} {wifi} {code} {ip} {vlan}
      {host.print} {host.srv} (a library printer, the catalog server)
      {card} (a library card number / patron barcode tied to a student: STUDENT_ID)
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} adults (authors, illustrators,
      public-library staff, parents, presenters), {isbn} {call} (call number) {order} (PO number)
      {room} {bus} {num} {money} {date} {pubphone.dist} {pubphone.hs} {libphone} {libaddr} (the
      Hudson Valley Free Library's public number and address)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "library.jsonl"
SEED = 20261302

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR",
           "de_DE", "it_IT", "fil_PH", "tr_TR", "en_GB", "es_CO", "nl_NL", "ga_IE"]
# Names as library staff type them into a catalog: locales whose Faker names are not in Latin script
# are replaced by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Yusuf", "Karim", "Tariq", "Bilal", "Hamza", "Omar", "Idris", "Samir", "Anas"],
           ["Layla", "Amira", "Yasmin", "Salma", "Farah", "Mariam", "Rania", "Huda", "Aya"],
           ["Mansour", "Saleh", "Hamdan", "Darwish", "Qasim", "Yousef", "Shami", "Issa", "Najjar"]),
    "ko": (["Ji-ho", "Seo-jun", "Min-jun", "Do-yun", "Ha-jun", "Eun-woo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Soo-ah", "Ye-jin", "Chae-won"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Baek"]),
    "uk": (["Bohdan", "Taras", "Mykola", "Ostap", "Andriy", "Danylo"],
           ["Oksana", "Solomiya", "Zlata", "Yaryna", "Mariya", "Khrystyna"],
           ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk", "Melnyk", "Kravets", "Savchuk"]),
    "ht": (["Jean-Baptiste", "Wesley", "Stanley", "Rodney", "Ricardo", "Kervens"],
           ["Widelene", "Nadège", "Fabienne", "Esther", "Daphnée", "Roseline"],
           ["Pierre", "Jean-Louis", "Toussaint", "Célestin", "Désir", "Augustin", "Joseph"]),
    "bn": (["Arif", "Tanvir", "Rafiq", "Sabbir", "Imran", "Nafis"],
           ["Nusrat", "Tasnim", "Sadia", "Farzana", "Mim", "Ishrat"],
           ["Rahman", "Hossain", "Chowdhury", "Islam", "Akter", "Uddin", "Sarker"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_ES": 2, "vi_VN": 3, "zh_CN": 3, "en_IN": 3, "pl_PL": 3,
                "pt_BR": 3, "en_NG": 3, "fr_FR": 2, "de_DE": 2, "it_IT": 3, "fil_PH": 2, "tr_TR": 1,
                "en_GB": 2, "es_CO": 3, "nl_NL": 1, "ga_IE": 2,
                "ar": 3, "ko": 2, "uk": 2, "ht": 2, "bn": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Gabriela", "Gabi", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Anthony", "Ant", "m"), ("Elizabeth", "Lizzie", "f"),
         ("Francisco", "Paco", "m"), ("Margarita", "Rita", "f"), ("Theodore", "Teddy", "m"),
         ("Josefina", "Pepa", "f"), ("Abdullahi", "Abdi", "m"), ("Christopher", "Kit", "m"),
         ("Valentina", "Vale", "f"), ("Nikolai", "Kolya", "m"), ("Eleanor", "Nell", "f"),
         ("Jonathan", "Jonny", "m"), ("Precious", "Presh", "f"), ("Rafael", "Rafa", "m"),
         ("Yevgenia", "Zhenya", "f"), ("Sebastian", "Bash", "m"), ("Wilhelmina", "Mina", "f"),
         ("Catalina", "Cata", "f"), ("Maximilian", "Max", "m"), ("Anh Thu", "Thu", "f")]

STREET_BASES = ["Sleepy Hollow", "Clearwater", "Overlook", "Orchard Hill", "Kingfisher", "Saw Mill",
                "Bluestone", "Esopus", "Rondout", "Shawangunk", "Catskill View", "Red Oaks Mill",
                "Van Kleeck", "Cedar Hill", "Hackensack", "Teller", "Dutchess", "Sylvan Lake"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "Lane", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("Disclaimer: I will recommend too many books", "views are not my own", "my own little
# library") sit among the plain ones.
BIOS = [
    ("hs", "HS library media specialist 📚 | MLS | views are mine, not HVCSD's", True),
    ("hs", "librarian at a public school; this is a personal account and does not speak for the district", True),
    ("hs", "MLIS '09 | HVHS library | Falcons 🦅 | Dewey decimal enjoyer", False),
    ("hs", "book club advisor & English 10 | reading way past bedtime", False),
    ("hs", "librarian | cat person | shushing is a myth", False),
    ("ms", "school librarian • bookstagram • opinions my own and not my employer's", True),
    ("ms", "📚 middle school librarian | ARCs & iced coffee | disclaimer: I will recommend too many books", False),
    ("ms", "MRMS library 📚 | graphic novel pusher | she/her", False),
    ("el", "K-5 librarian 🐛📖 | everything here is me talking, not Roosevelt or HVCSD", True),
    ("el", "K-5 librarian | Caldecott predictor (wrong every year) | my own little library lives in my car trunk", False),
    ("el", "elementary librarian, 26 yrs | Strega Nona superfan | grandma of 2", False),
    ("aide", "library aide @ Hillside | grandma x4 | these are my own thoughts, not the school's", True),
    ("aide", "ayudante de biblioteca | mamá de 3 | mis opiniones son mías, no de la escuela", True),
    ("aide", "Hillside library clerk since 2008 | Mets | church choir alto", False),
    ("aide", "bilingual library aide 🇲🇽🇺🇸 | cuentos y café", False),
    ("hsaide", "library clerk 📚 | shelving is cardio | personal page, not affiliated with the district", True),
    ("hsaide", "HVHS library | 23 | booktok lurker | iced latte dependent", False),
    ("hsaide", "library aide | reader | views are not my own, they belong to my cat", False),
    ("read", "reading specialist K-3 | science of reading | posts reflect my personal views only", True),
    ("read", "literacy interventionist • tweets are my own, not my district's • #EveryChildAReader", True),
    ("read", "reading specialist | Orton-Gillingham trained | opinions welcome in the replies", False),
    ("read", "reading teacher | phonics nerd | half-marathoner 🏃‍♀️", False),
    ("read", "Title I reading | Maple Ridge | twin mom", False),
    ("coord", "K-12 library services, HVCSD | personal account: my views, not the district's", True),
    ("coord", "school library leader | NYLA | speaking for myself only", True),
    ("coord", "library services coordinator | ALA member | intellectual freedom 📚", False),
    ("coord", "Coordinator of Library Media | grant writer by necessity | dad of 3", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "hs": "Hudson Valley High School Library Media Center | official account | Mon-Fri 7:15-3:30",
    "ms": "Maple Ridge Middle School Library | official HVCSD account",
    "el": "Roosevelt Elementary School | official account | 25 Academy St",
    "aide": "Hillside Elementary School Library (official account of HVCSD)",
    "hsaide": "Hudson Valley High School Library Media Center | official account",
    "read": "HVCSD Literacy & Reading Services | official",
    "coord": "HVCSD Library Services | official district account | info@hvcsd.org",
}

# Call numbers as spine labels show them (unmarked: shelf locations, not people).
CALLS = ["FIC RIO", "E WIL", "GN PIL", "741.5 TEL", "973.7 LIN", "599.75 BAR", "B TUB", "FIC WOO",
         "E KEA", "292.13 RIO", "GN CRA", "808.81 ALE", "FIC KEL", "B TRU", "398.2 DEP"]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "347", "201", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "optonline.net",
                     "outlook.com", "aol.com"]
    HOSTS = ["destiny.hvcsd.local", "lib-circ01.hvcsd.local", "mrms-lib-kiosk.hvcsd.lan",
             "hs-makerspace-3d.hvcsd.local", "rooseveltlib-pc2.hvcsd.lan"]
    # {host.print} a library printer, {host.srv} the catalog / sync server
    HOSTS_BY_KIND = {"print": ["hvhs-libprint.hvcsd.internal", "lib-color01.hvcsd.local", "mrms-libprint.hvcsd.lan"],
                     "srv": ["follett-sync01.hvcsd.local", "destiny.hvcsd.local", "lib-circ01.hvcsd.local"]}
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|nephew|grandson|boy|buddy|little guy)\b",
                r"\b(she|her|hers|she's|herself|daughter|niece|granddaughter|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # library systems hold names in Latin script
        if got and (len(got[0]) > 12 or got[0] in ("John", "Mary", "Dewey", "Libby")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(self.HOSTS_BY_KIND.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}{r.randint(1, 9)}",
                f"{l}.family", f"mama{f}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Falcon', 'Dewey', 'Shelf', 'Bookworm', 'Reads'])}{r.randint(2019, 2026)}{r.choice('!#$')}",
                         f"hvlib{r.randint(100, 999)}",
                         f"{r.choice(['blue', 'gold', 'quiet', 'paper'])}{r.choice(['Owl', 'Falcon', 'Stack', 'Spine'])}{r.randint(1, 99)}",
                         f"Read2Succeed{r.randint(1, 9)}",
                         f"hvcsd{r.choice(['books', 'library', 'ebooks'])}{r.randint(10, 99)}{r.choice(['', '!', '*'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.reads", f"{f}_{l[:2]}{r.randint(10, 29)}", f"{f}{l}.books",
                         f"bookworm.{f}", f"{f}_{r.choice(['draws', 'writes', 'xo'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "card": lambda: mk(r.choice([f"{r.randint(200000, 699999)}", f"P{r.randint(100000, 999999)}",
                                         f"2 9187 {r.randint(10000, 99999)} {r.randint(1000, 9999)}",
                                         f"HV{r.randint(10000, 99999)}"]), "STUDENT_ID"),
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 31, 48, 110, 205])}", "NETWORK_INFO"),
            "isbn": lambda: r.choice([f"978-0-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}",
                                      f"978{r.randint(1000000000, 1999999999)}"]),
            "call": lambda: r.choice(CALLS),
            "order": lambda: r.choice([f"PO {r.randint(24, 26)}-{r.randint(1000, 9999)}", f"#{r.randint(40000, 49999)}"]),
            "room": lambda: r.choice(["L1", "L-2", f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", "114", "B12"]),
            "bus": lambda: str(r.randint(3, 44)),
            "num": lambda: str(r.randint(2140, 9980)),
            "money": lambda: r.choice(["$4.50", "$7.99", "$12", "$16.95", "$18", "$22.99", "$35", "$41.50"]),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.choice([1, 2, 3, 4, 5, 10, 11, 12])}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"])),
            "libphone": lambda: r.choice(["(845) 555-0188", "845-555-0188", "845.555.0188"]),
            "libaddr": lambda: r.choice(["36 Main St", "36 Main Street"]),
        }


SK = genlib.Skeletons("library", ROLE_OF_VOICE)
V, P = SK.V, SK.P

# A library card number or patron barcode counts as sensitive too (it is a STUDENT_ID).
CARD = re.compile(r"\{card(\.\w+)?\}")
_reps = genlib.reps_odds(sensitive=(0.12, 0.45), named=0.12)


def reps_for(sk: dict, rng: random.Random) -> int:
    if CARD.search(sk["text"]) and not sk["cats"] and not genlib.SENSITIVE.search(sk["text"]):
        x = rng.random()
        return 3 if x < 0.12 else 2 if x < 0.45 else 1
    return _reps(sk, rng)


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.15), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the high school library media specialist ---------------------------------------------------
V("HVHS library media specialist, 40s, X", "hs")
P("Every high school needs a certified librarian. Not a clerk, not a 'media para.' A librarian. Fight me.", flags="R")
P("Library hours next week: 7:15–4:00 Mon–Thu, closed Friday for inventory. Plan accordingly, seniors.")
P("Inventory day 2 of 4. Found so far: 3 calculators, a retainer, a Nintendo Switch and a 1997 copy of 'The Great Gatsby' with 'hi Mr. {t1}' written inside.")
P("the library is also the testing center, the detention overflow, the PD room and where the PTA keeps its folding tables. so versatile 🙃", flags="R")
P("{s1.full} asked me for 'a book that will wreck me.' handed her 'The Book Thief.' she came back at lunch furious and crying. 10/10 readers' advisory", g="s1=f")
P("Shoutout to Mr. {t1} in the English dept for bringing all five of his 10th grade sections in for a book tasting. 140 checkouts in one day 📚🔥")
P("{s1.full} owes {money} for a water-damaged copy of 'Six of Crows.' It was the bathtub. He confessed. Respect for the honesty.", g="s1=m")
P("Seniors with library materials out can't pick up caps and gowns. The list is posted outside room {room}, by ID number, not by name.")
P("overdue report for tomorrow's sub:\n{s1.full} — barcode {card}, 3 items\n{s2.full} — barcode {card.b}, 1 item\ndon't chase them, just hand them the slip")
P("Destiny is down. kids are checking out on a clipboard like it's 1994. honestly kind of charming")
P("library sub tomorrow: circ desk login is hvhslib / {pw}. please don't let students use the desk computer, they WILL change the wallpaper", "SECURITY")
P("Gale, EBSCO and JSTOR all work from home now. Login info is on the library Schoology page, NOT on here, nice try 😄")
P("Banned Books Week display is up. Every title on it was challenged somewhere in the US in the last two years. The oldest one on the list was published in 1952.")
P("Hot take: audiobooks are reading. If your ears did it, it counts.", flags="R")
P("Hot take #2, not a work one: Nick Carraway is the least reliable narrator in American lit and Gatsby deserved better.")
P("{s1} and {s2} have spent three weeks building a scale model of the library out of old due-date cards. I am not stopping them.")
P("The library aide position got cut to 3 days. So the library is closed at lunch 2 days a week. The kids who eat in here have nowhere else to go. Think about that, board.", flags="R")
P("a sophomore came in during 4th, sat in the back corner and finally told me he can't go home because his dad's girlfriend 'throws stuff.' called the social worker. {s1}, you can hide in here anytime.", "FAMILY", g="s1=m")
P("{s1.full}, the junior whose house burned in March, does her homework at the back table every day till 5. She's staying with an aunt across the river. I stay late too.", "FAMILY", g="s1=f")
P("Ms. {t1}, our library clerk, is out on medical leave until after break. If your hold shelf looks messy, that's why. Be nice to the sub.", "PERSONNEL")
P("circ desk computer is at {ip} if the help desk wants to remote in. 4 tickets. four.", "SECURITY")
P("A sophomore asked me if Shakespeare was 'a real guy or like a brand.' Honestly? Both.")
P("Pro tip for new school librarians: weed the 600s first. Nobody needs a 1989 guide to WordPerfect. #weeding", flags="R")
P("{s1.full} got 3 days OSS for the fight by the graphic novels Tuesday. I spent my prep picking up the whole 741.5 shelf. Sad all around.", "DISCIPLINE")

# ---- the middle school librarian (bookstagram) -----------------------------------------------------
V("Maple Ridge librarian, 30s, Instagram", "ms")
P("📚 NEW SHELF ALERT 📚 graphic novels finally got their own section and the 7th graders SCREAMED. Amulet, Wings of Fire GN, Dog Man, all of it #mglit #schoollibrary")
P("Graphic novels ARE real books and I will die on this hill. #booktok #librarylife", flags="R")
P("Unpopular opinion: a Lexile number should never decide what a 12-year-old is allowed to check out.", flags="R")
P("{s1.nick} has read every Warriors book we own and is now asking for the ones we don't. budget says no. my Amazon cart says maybe", g="s1=f")
P("caught {s1.low} and {s2.low} reading Percy Jackson under the makerspace table during the robotics demo. never been prouder of a rule being broken")
P("Book tasting for 6th grade: checkered tablecloths, menus, little bells. Ms. {t1} lent me her espresso cups. Café Dewey is OPEN ☕📖")
P("MRMS library wifi for the author visit volunteers: LIB-EVENT / {wifi}. it changes Monday so don't get attached", "SECURITY")
P("{s1.full} in 8th has a 504 that gives her audiobooks for everything and Sora just ate all her loans. fixing it at lunch, don't worry kiddo", "SPECIAL_EDUCATION", g="s1=f")
P("Would love recs for a graphic memoir for 8th grade, something like El Deafo but older. Go! 👇")
P("taking the 7th grade library block away for more test prep is exactly backwards and everybody in that meeting knew it", flags="R")
P("BOOK FAIR MADE $4,212!!! that's a LOT of new books for Maple Ridge. thank you families 🙏📚")
P("me: it's called Libby, it's an app\n7th grader: who's Libby\nme: ...she's a friend")
P("{s1.full} hides in the library at lunch because the cafeteria is 'too loud.' We made her an official shelf helper badge. She takes it very seriously.", g="s1=f")
P("Our 7th grader who just came to Maple Ridge from the family shelter on Route 9 checked out 11 books today. 11. I did not say one word about the limit.", "FAMILY")
P("Hottest book in the building right now: 'Hello, Universe.' Virgil and Kaori have a fan club. The waitlist is 23 deep.")
P("Mrs. {t1} runs a lunch book club every Thursday in 214 and the 6th graders treat it like a concert. Thank you, friend 💛")
P("Lost book bill for {s1.full}: {money}, 'Amulet Book 3,' last seen on bus {bus}. Families, check under the seats 🙏")
P("My own kid's middle school (not in HVCSD) just cut their librarian and I found out from a flyer in her backpack. Who decided kids don't need a library? I'm furious.", flags="R")
P("The new Percy Jackson show is better than the movies, which is a low bar. Annabeth casting is perfect though.")
P("My own son refuses to read anything but manga and honestly? good for him. He's happy and he's reading in bed at 11pm like his mother.")
P("Me explaining to a 6th grader that 'Melvil Dewey' is not a Pokémon. He was actually kind of a terrible guy, but the numbers stuck. We read about him together.")
P("{s1.full} (6th) was just evaluated and started speech services this month. Today he asked me for 'a book about tongues.' I found one. 👅", "SPECIAL_EDUCATION", g="s1=m")

# ---- the elementary librarian ---------------------------------------------------------------------
V("Roosevelt Elementary librarian, 50s, Facebook", "el")
P("Kindergarten library orientation today. One little guy asked if he could check out 'the librarian.' I told him I'm reference only. 😂")
P("Happy Caldecott Day!!! 🏅 We called 'Big' by Vashti Harrison last year. This year my 2nd graders are split between two titles and nobody is speaking to each other.")
P("{s1}'s grandma came in to pay for the lost 'Pete the Cat' book in quarters. 48 of them. I said not to worry about it. She told me to hush and count.")
P("Fines in elementary school are ridiculous. A 6-year-old does not control where the book ends up. We went fine-free in 2019 and circulation went UP.", flags="R")
P("{s1.full}, 1st grade, is still at a level B in March and his teacher and I are trying everything. Mo Willems is our secret weapon 🐘🐷", "ACADEMIC", g="s1=m")
P("Our library has 14,000 books and exactly one librarian, who also covers lunch duty and bus duty. Do the math, district.", flags="R")
P("ISBN {isbn}, 'The Snowy Day' by Ezra Jack Keats: our third copy fell apart from love. Ordering two more, {order}.")
P("Author visit THIS FRIDAY with illustrator {a1.full}! Every K-2 class gets 30 minutes. Pre-order signed books by Wednesday, {money} each.")
P("A 3rd grader asked if Harriet Tubman and Harriet the Spy were 'the same Harriet.' We had a long talk. She checked out both.")
P("Please send {s1.full}'s library book back, Mom 😅 it's been in her backpack since October and I'm pretty sure it has been to Disney World.", g="s1=f")
P("{s1} told the whole class his dad is 'in jail til Christmas' and then asked me for a book about sharks. I found him the best shark book we have.", "FAMILY", g="s1=m")
P("Our library budget is the same number it was in 2011. Books cost twice as much. That's not a budget, that's a wish.", flags="R")
P("Strega Nona has a permanent spot on my desk. Tomie dePaola, we still miss you. 💛")
P("Teaching kids to find a book by its call number is the most underrated skill in elementary school.", flags="R")
P("Spotted on the E WIL shelf: a very loved copy of 'Knuffle Bunny' with a crayon bunny drawn inside the cover. Whoever you are, you're an artist.")
P("Please keep {s1.full} in your prayers. Our 1st grader has heart surgery at Westchester Medical on Tuesday. The whole library is making her cards. 💌", "HEALTH", g="s1=f")
P("A parent asked me to pull 'And Tango Makes Three.' There's a form for that. I handed her the form. That's the process, and it works.", flags="R")
P("Picture books about all kinds of families belong in an elementary library. Every kid should find their own family on a shelf.", flags="R")
P("Someone asked me at Target if I'm 'the librarian with the penguin book.' Ma'am, I'm the librarian with 14,000 books.")
P("{s1.full} asked for every book we have about divorce and then sat in the beanbag for an hour. Her teacher says mom and dad just split. Making her a stack.", "FAMILY", g="s1=f")
P("Our only 2nd grader with a cochlear implant is the best listener at story time. Don't tell the others.", "HEALTH")
P("{s1} (K) gets pulled for OT during library every week, so I moved her class to a different slot so she stops missing it. Small win.", "SPECIAL_EDUCATION", g="s1=f")
P("Sojourner Truth was born about 30 miles from here in Ulster County. My 4th graders did NOT believe me. Field trip?")
P("Today a kindergartner asked if Clifford is real. I said he's real in our hearts. She said 'that is not what I asked.'")
P("My library sounds like a food court most days and that's exactly how an elementary library should sound.", flags="R")
P("It's D.E.A.R. day, Beverly Cleary's birthday! Drop Everything And Read 📚 Ramona would want cake.")
P("{s1.full}, the 3rd grader who uses a wheelchair, couldn't reach the top two shelves of graphic novels. Moved the whole section down tonight. Done.", "HEALTH", g="s1=m")

# ---- library aides and clerks ---------------------------------------------------------------------
V("Hillside library clerk, 60s, Facebook", "aide")
P("Shelved 612 books today. My Fitbit says 14,000 steps. My knees say retire.")
P("This job doesn't pay enough for the glitter I vacuum out of the picture book bins.", flags="R")
P("Mrs. {t1} has been out 3 weeks with her back, so I've been running the Hillside library alone. Doing my best, kids!", "PERSONNEL HEALTH")
P("{s1.full}'s library card number is {card}, writing it here because she forgot it AGAIN and her teacher keeps asking me 😅", g="s1=f")
P("checkout sheet for the 2nd grade station: {s1} {card}, {s2} {card.b}, {s3} {card.c}. laminate it please, Brenda")
P("Book swap Saturday at the Free Library, {libaddr}, 10 to 1. Bring 5, take 5. Questions, call them at {libphone}.")
P("kids who are scared to go home end up at my desk at dismissal more than you'd think. not naming anyone. it just stays with you.")
P("{s1.full} (2nd grade) waits in the library until 5:15 every day because nobody has picked her up on time since her mom moved out. I keep granola bars in my drawer now.", "FAMILY", g="s1=f")
P("Hillside staff: the laminator room door code is {code}. Stop propping it open with the dictionary!!", "SECURITY")
P("Back from my knee replacement! Hillside library clerk life resumes Monday. Slowly. With a cart to lean on.")
P("Mrs. {t1} (Roosevelt library aide) retires in June after 31 years. She says that is enough shelving for one lifetime. Party in the library June 12 🎉")
P("honestly the best part of being a library aide is the kid who comes back every single day to tell you what happened in chapter 4", flags="R")
P("Library helpers of the week: {s1}, {s2} and {s3}, who relabeled 400 spines with the new genre stickers. Pizza Friday 🍕")

V("HVHS library aide, 20s, TikTok", "hsaide")
P("the library at my old high school had a librarian, two aides and a tech person. here it's me and vibes. who thought that was enough?", flags="R")
P("@{s1.handle} tagged the library in her booktok and now we have a waitlist of 31 for 'Fourth Wing.' influencer behavior 👑", g="s1=f")
P("$15.25 an hour to run the circ desk, the printers, the chromebook loaner cart AND the lunch crowd. love it here 🙂", flags="R")
P("the library printer shows up as {host.print} and the seniors named it Charles. long live Charles 🖨️ (IT pls fix Charles)", "SECURITY")
P("chromebook loaners still out: {s1.full} ID {sid}, {s2.full} ID {sid.b}. if you see these kids tell them the library misses them")
P("Library helper {s1} had a seizure during 5th period today. EMTs came, she's okay, mom picked her up. I'm still shaking. 💙", "HEALTH", g="s1=f")
P("library aide tip: the kids who 'just need to charge their phone' every day at lunch usually need something else. a table. a quiet. a person.", flags="R")
P("the AC in the library has been broken for 9 days and the district's answer is a box fan. one box fan. for a room with 90 kids in it", flags="R")
P("{s1.up} RETURNED THE BOOK. 14 MONTHS. WE ARE SO BACK 🎉", g="s1=m")

V("bilingual library aide at Roosevelt, 40s, Facebook", "aide")
P("Hoy tuvimos story time bilingüe en la biblioteca de Roosevelt 📚 'Alma and How She Got Her Name' en español y en inglés. Los niños ESTABAN ENCANTADOS")
P("La mamá de {s1} me pidió libros en español para leer en casa and honestly we need SO many more. Our Spanish collection is tiny and it's not fair to these families.", flags="R", g="s1=@es_MX")
P("Si su hijo perdió un libro, no se preocupe, hable conmigo. Nobody gets in trouble for a lost book at Roosevelt. 💛")
P("{s1.full} y su familia llegaron de Honduras hace un mes, sin papeles, y ya sacó 3 libros. Qué orgullo 💛", "FAMILY", g="s1=f@es_MX")
P("Translating the library newsletter into Spanish for free, again, on my own time. If the district wants bilingual families to show up, pay for translation.", flags="R")
P("Pregunta: ¿alguien sabe si la biblioteca pública tiene cuentos en portugués? Tenemos 2 familias nuevas de Brasil.")
P("Le dije a {s1} que 'Esperanza Rising' es de una autora mexicana, Pam Muñoz Ryan, and she said 'like me!!' 🥹", g="s1=f@es_MX")
P("Emailing {s1}'s mamá that the lost book fee is waived. Her email is {email} if the office needs it too.", g="s1=@es_MX")

# ---- reading specialists -------------------------------------------------------------------------
V("Hillside reading specialist, 30s, X", "read")
P("Three-cueing needs to go. 'Look at the picture and guess' is not reading.", flags="R")
P("{s1.full} (2nd) went from a DRA 4 in September to a DRA 16 today. I'm unwell. In the good way.", "ACADEMIC")
P("running records for my tier 3 group, for the sub:\n{s1} — level C\n{s2} — level B\n{s3} — level D\nmove {s2} to double dose tomorrow pls", "ACADEMIC")
P("Phonics is not a fad. It's how the brain learns to read. The research is decades old. Catch up, publishers.", flags="R")
P("Meeting with {s1.full}'s parents tomorrow to go over her dyslexia screening results. Bringing tissues and a plan.", "SPECIAL_EDUCATION", g="s1=f")
P("{s1}'s 504 finally lists text-to-speech and extra time on reading assessments. It took 4 months. Kids should not have to wait 4 months.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Hillside families: reading intervention letters go home Friday. If your child gets extra help, the letter explains the schedule.")
P("Science of reading PD today was actually good?? usable-tomorrow good. Whoever picked the presenter made the right call.", flags="R")
P("Mrs. {t1} has her 1st graders doing sound drills like a drumline. Stealing it. Immediately.")
P("3rd grader read 'photosynthesis' out loud today, first try, and looked at me like he'd just dunked. {s1}, you're a legend.", g="s1=m")
P("Our K screener flagged 22% of kids for phonological awareness this fall. That's a general number, it's not panic time, it's planning time.")
P("IEP season and benchmark season landing in the same three weeks should be illegal.", flags="R")
P("the reading specialist job is 40% reading and 60% finding a quiet room to do it in. Tuesday I was in a closet with a mop.", flags="R")
P("Sub note: {s1.full} gets her reading tests read aloud per her IEP. Please don't skip it Thursday.", "SPECIAL_EDUCATION", g="s1=f")
P("Reading group pizza run for the sub (lunch PINs so the cafeteria can ring them up): {s1} {pin}, {s2} {pin.b}")
P("Anyone have a decodable series with characters who aren't all named Sam and Pam? Asking for 14 first graders.")

V("Maple Ridge reading interventionist, 40s, Facebook", "read")
P("{s1.full} in 8th is reading at a 3rd grade level and nobody caught it in 8 years. How does that happen??", "ACADEMIC", flags="R", g="s1=m")
P("{s1.lastinit} told me reading is 'for smart kids.' We're working on that. Today he read a whole page of 'Hatchet' out loud.", g="s1=m")
P("Title I reading got 2 new laptops and a box of highlighters this year. That's the whole upgrade. Cool. Cool cool.", flags="R")
P("Our only 8th grade newcomer from Ukraine scored proficient on the NYSESLAT after 7 months here. Seven. Months.", "ACADEMIC")
P("{s1} asked if he could eat lunch in my room instead of the cafeteria because 'it's quiet here.' Yes, buddy. Always.", g="s1=m")
P("Stop asking reading teachers to 'fix' kids in 30 minutes a day with 8 of them in a closet. That's not intervention, that's triage.", flags="R")
P("{s1.full} (7th) is failing ELA and social studies and spends every free period drawing in the library. Not fighting it. Buying more graphic novels.", "ACADEMIC", g="s1=m")
P("{s1.full} scored a 1 on the ELA state test and a 4 on science. Tests tell you something, never everything.", "ACADEMIC", flags="R")
P("Finished 'The First State of Being' by Erin Entrada Kelly on my lunch and now I need to sit in my car for a minute.")
P("Pulled {s1.full}'s checkout history for the counselor because every book {s1} has taken this month is about depression and self-harm. I hate that I had to.", "HEALTH", g="s1=f")

# ---- the district library coordinator (personal) --------------------------------------------------
V("HVCSD coordinator of library services, 50s, X", "coord")
P("Presented to the board tonight on library staffing. 4 buildings, 2 certified librarians. I said what I came to say and drove home.")
P("4 buildings, 2 certified librarians. Every kid in this district deserves a full-time librarian in their building. That's the ask.", flags="R")
P("NYLA recap: {a1.full}'s session on intellectual freedom was my favorite hour of the conference. Slides in the replies.")
P("We renewed Sora for all four buildings for 3 more years. Usage is up 40%. Good day in library land 📱📚")
P("New York should require a certified school librarian in every building, not just the secondary schools.", flags="R")
P("Sora staff test account for the new collection: hvcsd-staff / {pw}. Delete this from your notes after, librarians.", "SECURITY")
P("The Follett sync server is {host.srv}. If your building's catalog shows last week's holds, that's why, we're rebuilding it tonight.", "SECURITY")
P("Grant came through!! $18,000 for picture books across our elementary libraries. Thank you, {a1.full} and the Rotary.")
P("Reminder to my librarians: the reconsideration form is on the shared drive. If a parent asks you to pull a book, you hand them the form.")
P("Book challenges nationally are up several hundred percent in five years. That number should scare anyone who cares about kids reading.", flags="R")
P("Our reconsideration policy is 14 pages long, dates to 2009 and had been used twice. Twice this month, I mean.")
P("Mr. {t1} from the tech office moved the library kiosks to {vlan} and they still can't see the printer. Ticket #{num}.", "SECURITY")
P("Sora has been the best money this district spent on reading in years. The usage numbers don't lie.", flags="R")
P("The ELA curriculum committee had zero librarians on it. Zero. We're just the people who know every book in the building.", flags="R")
P("Our Hillside librarian {a1.full} is being non-renewed after 2 years. Nobody will tell me why. The kids adored her.", "PERSONNEL", flags="R", g="a1=f")

# ---- the book club advisor -----------------------------------------------------------------------
V("HVHS English teacher and book club advisor, 30s, Instagram", "hs")
P("Book clubs shouldn't run on a $0 budget and one teacher's Costco card. 14 kids show up every Thursday. Fund it.", flags="R")
P("{s1.full} led the whole book club discussion today and said something about Starr Carter that I'm going to be thinking about for a week.")
P("Reading 'Long Way Down' with 10th grade and {s1} yelled 'Will don't get in the elevator' like it was a horror movie. Peak engagement.")
P("English departments should pick their own novels. The 'approved list' hasn't changed since 2014.", flags="R")
P("Two sophomores got into it over the last copy of 'Red Queen.' Nobody hurt, nobody in trouble, book survived. Library drama hits different.")
P("{s1.full} has a peanut allergy with an EpiPen in the nurse's office, so no nut snacks at book club for her table please! thank you!!", "HEALTH", g="s1=f")
P("The book club voted {s1.full} president and her first act was banning the word 'mid.' Democracy works.", g="s1=f")
P("Disclaimer: this review contains spoilers for 'The Inheritance Games.' Avery deserved better. That's all.")
P("Our junior {s1} is retaking English 11 online in the library every morning. She says it's the only quiet place she has.", "ACADEMIC", g="s1=f")
P("Wicked was better than the book and I will say it with my whole English teacher chest.")

# ---- challenged books and board meetings ------------------------------------------------------------
V("HVHS library media specialist, 40s, X", "hs")
P("Board meeting tonight on the book reconsideration committee. 7pm, HVHS auditorium, 100 School Rd. Public comment sign-up closes at 6:45.")
P("The board voted 5-2 to keep 'The Bluest Eye' in the HVHS library. Toni Morrison stays. The process worked. I'm going to sleep for 11 hours.", flags="R")
P("Removing a book because one parent complained is censorship. Call it what it is.", flags="R")
P("Spoke at public comment tonight. 3 minutes. Shaking the whole time. Said my piece and sat down.")
P("A parent at the board meeting read a page from a book into the mic and asked why we have it. We don't. We never did. It's not in any HVCSD catalog.")
P("To everyone at last night's meeting who called librarians 'groomers': 22 years. I put books in kids' hands. That's the job, and I'm good at it. Come visit.", flags="R")
P("Reconsideration committee met today. I can't say anything about the title until the board gets the report. Please stop DMing me.")
P("Hot take: parents should absolutely have a say in what THEIR kid reads. Not in what everyone else's kid reads.", flags="R")
P("New board policy: every library purchase gets posted on the website 30 days before it hits the shelf. Guess I'm a publicist now 🙃", flags="R")
P("Honestly? The board handled the challenge to 'Speak' well. Transparent, on time, and the committee actually read the book. That's how it should go.", flags="R")
P("Admin asked me to 'weed for content' before the board meeting. That's not weeding. I said no.", flags="R")
P("The library aide at Maple Ridge, Mrs. {t1}, got written up for letting kids eat lunch in the library. I've done it for 12 years. Come get me too.", "PERSONNEL", flags="R")

V("Roosevelt Elementary librarian, 50s, Facebook", "el")
P("School library budgets shouldn't depend on book fair profits. It's a school, not a bake sale.", flags="R")
P("Stop making kids 'earn' library time with good behavior. The library is not a reward.", flags="R")
P("Every kid should leave elementary school knowing how to use a public library card. Every. Kid.", flags="R")
P("Today's challenged-book meeting was about a picture book with two dads who bake a cake. Two dads. A cake. I'll just leave that there.", flags="R")

# ---- disclaimers in the text, and look-alikes ----------------------------------------------------
V("Maple Ridge librarian, 30s, Instagram", "ms")
P("My views, not HVCSD's: cutting middle school library time to every other week is a mistake we'll pay for in 5 years.", flags="R D")
P("Opinions mine, not the school's: graphic novels count for the reading challenge. I will not be taking questions.", flags="R D")
P("views are not my own, they belong to the 7th graders who voted on the library's new paint color. it's orange. we live with it now.")
P("Somebody told me to put 'views my own' in my bio. My views are mostly about which Warriors cat is the worst. Doing it anyway.")
P("#MyOwnViews the new schedule that gives every 6th grader a weekly library period is the best change this building has made in years.", flags="R D")

V("Roosevelt Elementary librarian, 50s, Facebook", "el")
P("(Personal opinion, not an official district anything.) Our library aides are the most underpaid people in the building.", flags="R D")
P("Views expressed are my own and not my employer's. With that out of the way: WE GOT THE GRANT 🎉📚", flags="D")
P("Speaking for myself here: I love this job. Twenty-six years in and the kids still surprise me every day.", flags="R D")
P("My own classroom library had 900 books when I taught 2nd grade. I bought about 600 of them. Hm.", flags="R")
P("Read our social media policy today and now I'm paranoid about disclaimers. Anyway. 'Wonder' still rules.")

V("bilingual library aide at Roosevelt, 40s, Facebook", "aide")
P("Solo hablo por mí, no por el distrito: las bibliotecas escolares necesitan muchos más libros en español. Punto.", flags="R D")
P("not speaking for the district, just a tired library aide: please return your books before break 🙏", flags="D")

V("HVCSD coordinator of library services, 50s, X", "coord")
P("I'll say this as a private citizen, not as the library coordinator: the challenges this year have been organized, not organic. Views my own.", flags="R D")
P("These opinions are mine and not the district's. School librarians are teachers. We have the certification to prove it.", flags="R D")

V("Hillside reading specialist, 30s, X", "read")
P("my opinion, not my district's 🙋‍♀️ decodable books are boring and that's fine, they're not forever. sorry, balanced literacy people", flags="R D")
P("Tweets are my own. Anyway, I ate a whole sleeve of Thin Mints during progress monitoring.", flags="D")

# ---- more from the high school library ----------------------------------------------------------
V("HVHS library media specialist, 40s, X", "hs")
P("Summer reading lists with 40 required titles do more harm than good. Give kids a library card and get out of the way.", flags="R")
P("Librarians are teachers. We have the lesson plans, the certification and the bus duty to prove it.", flags="R")
P("If your school's library is locked for 'testing' three weeks a year, your school has its priorities wrong.", flags="R")
P("Staff: the library's back door alarm code changed to {code}. Please stop setting it off at 6:45am 🙏", "SECURITY")
P("for the makerspace volunteers, the 3D printer dashboard is at {ip}, user admin, password {pw}. please do not print another Baby Yoda", "SECURITY")
P("{s1.full} won't be back after Friday's incident. Superintendent's hearing is next week. His library books are still on my desk.", "DISCIPLINE", g="s1=m")
P("A kid vaped in the library bathroom and set off the sensor. {s1.full} and {s2.full} are both out for 3 days. The smell is still here though.", "DISCIPLINE")
P("@{s1.handle} your hold on 'Heartstopper Vol. 5' is in. come get it before the 3 people behind you on the waitlist riot")
P("{s1.full} asked me if Judy Blume is 'still alive or like a historical figure.' She's alive, {s1}. She has a bookstore.")
P("The tall sophomore who waits outside the library before first bell every day is sleeping in a car with his older brother. Not naming him. Called the social worker.", "FAMILY")
P("Lunch duty in the library 5 days a week, no duty-free lunch, and people wonder why school librarians burn out.", flags="R")
P("Call number for the new Dav Pilkey: GN PIL. It will be checked out in 4 seconds.")
P("Room 114 is the library annex this year. Go there for the chromebook cart and the good beanbags.")
P("Tonight at the Free Library: {a1.full}, the teen librarian there, is running a D&D night for high schoolers. Free pizza. Go, Falcons.")
P("Patron record for {s1.full} shows {money} in lost books from 3 schools. Mom said they've moved 4 times this year and are in a motel now. Waived it all.", "FAMILY")
P("Staff color printer for the library is {host.print}. Add it manually if it doesn't show up in your list.", "SECURITY")
P("Some days this is the best job in the district and some days I'm a glorified printer technician. Today was a printer day.", flags="R")
P("The district's one-Chromebook-per-kid program is great. Don't tell me it replaces the library. It doesn't.", flags="R")

# ---- more from the middle school library -----------------------------------------------------------
V("Maple Ridge librarian, 30s, Instagram", "ms")
P("{s1.up} FINISHED ALL 15 WINGS OF FIRE BOOKS 🐉🐉🐉 WHO DOES THAT", g="s1=f")
P("Shelving cart has a squeaky wheel and the 8th graders named it Gregory. Gregory squeaks. Gregory lives.")
P("{s1.lowfull} is the only 6th grader who has ever asked me for a book about tax law. respect.")
P("#{s1.tag}Reads is trending in the 6th grade hallway. (It's a poster. I made the poster.)")
P("{s1.full}'s parents are in a custody fight and her dad asked me which books mom checks out for her. I said no, that's a patron record. Librarian code, baby.", "FAMILY", g="s1=f")
P("{s1.full} tore pages out of library books again. That's his third referral this month and admin is involved now.", "DISCIPLINE", g="s1=m")
P("The kids voted and the library goldfish is named Dewey. He is thriving.")
P("ok {s1.nicklow} just recommended a book TO ME and it was better than anything I've picked all year. the student has become the master", g="s1=f")
P("Ordered 6 copies of 'New Kid' by Jerry Craft, {order}. ETA 2 weeks. The waitlist is 18 kids long.")
P("Graphic novels outcirculate everything else 3 to 1 in this library. If you still say they're 'not real reading,' you haven't been in a library lately.", flags="R")
P("{s1.full} asked why we don't have books in Arabic. Great question, kid. I've been asking the same one for 3 years.", flags="R", g="s1=@ar")
P("Our only student in foster care at Maple Ridge asked me to hold 'Pax' for her because she doesn't know whose house she'll be at next week. I'm holding it forever.", "FAMILY")

# ---- more from the elementary library ------------------------------------------------------------
V("Roosevelt Elementary librarian, 50s, Facebook", "el")
P("Our principal protects library time every single week, even during testing. That's rare, and it's the right call.", flags="R")
P("The library is the only room at Roosevelt with AC, so every class ends up in here in June. AC in every classroom should not be a luxury in 2026.", flags="R")
P("Ten years in this library and I would still pick it over any classroom in the building. Best job in the district, don't @ me.", flags="R")
P("Every elementary school should run a summer bookmobile. Kids who don't read all summer lose months. Ours costs less than one new copier.", flags="R")
P("{s1.full} corrected my pronunciation of 'Hermione' in front of the entire 4th grade. I've been a librarian for 26 years. Humbled.")
P("Book fair cashier of the day: {s1}, age 10, who upsold three parents on bookmarks. Hire this child.", g="s1=f")
P("Sent {s1} back to class with 'Ada Twist, Scientist' and 'Rosie Revere, Engineer.' She's going to run NASA someday.", g="s1=f")
P("{s1.last} brought back 'Hatchet' with a handwritten sequel in the back. 4 pages. Brian survives again.")
P("{s1.init} in my Wednesday class drew Amelia Bedelia as a zombie and it's going on my wall.")
P("Thank you to the parents who came to help with inventory, and to {s1} and {s2}, who came with them and alphabetized the entire F section.")
P("{s1.full} and his dad built us a Little Free Library for the front walk. It's shaped like a falcon. 🦅", g="s1=m")
P("Lunar New Year display is up in the front case. The red envelopes are decorations, there is no money in them, {s1}.", g="s1=m")
P("Our Battle of the Books team practiced until 5 and then argued about whether Wilbur or Charlotte is the main character. (Charlotte.)")
P("Fun fact: the Dewey number for ghosts is 133.1. Please stop asking me to move them to fiction.")
P("Amazing Grace by Mary Hoffman. Read it to 2nd grade today. Still the best picture book about being told you can't.")
P("Summer reading log winners get pizza in the library, and {s1.full}'s birthday is {dob.word}, so we're doing both. 🎂🍕", g="s1=m")
P("If you find a blue backpack with 4 library books in it, it's {s1.full}'s. Grandpa's cell is {phone}, call him directly.", g="s1=m")
P("Dropping off book boxes for {s1.full}'s family at {addr} after school. They lost everything in the flood.", "FAMILY")
P("Please stop asking me to sort picture books by 'level.' A 5-year-old picks a book with their heart.", flags="R")

# ---- more aides and clerks -----------------------------------------------------------------------
V("Hillside library clerk, 60s, Facebook", "aide")
P("3rd grade only gets library checkout twice a week now because of the new specials rotation. A kid who finishes a book on Wednesday should not have to wait until Tuesday.", flags="R")
P("TumbleBooks login for home is user hillside / pw {pw}. Teachers, put it in your newsletters! (maybe not on Facebook... oops)", "SECURITY")
P("The library's guest network key is {wifi} for the PTA book fair cashiers. Please don't tape it to the cash box again.", "SECURITY")
P("Ms. {t1} is on maternity leave until April, so the Hillside library is running with a sub 3 days a week. Be patient with holds 💕", "PERSONNEL")
P("Shelf 4, bottom row, behind 'The BFG.' That's where the good chocolate is. Roald Dahl guards it.")
P("Our library helper {s1} sorted the returns cart by color instead of call number. It's beautiful. It's wrong. I'm keeping it for a day.")
P("My niece {kid} in Vermont just got her first library card and sent me a selfie with it. Third-generation library nerd 💳", g="kid=f")
P("The district cut library aide hours again and then asked us to 'do more with less.' We already do everything with nothing.", flags="R")

V("HVHS library aide, 20s, TikTok", "hsaide")
P("hiring aides at $15 an hour and then acting surprised nobody applies. the library aide posting has been up since August", flags="R")
P("honestly the library is the only place in this building open to every kid. no schedule, no grade, no tryout. it should be the last thing they cut, not the first", flags="R")
P("rainy day lunch in the library: 90 kids, 1 aide. whoever decided the library is the rainy-day overflow room has never been in it at 11:40", flags="R")
P("1,200 pages of college essays this week on the library's ONE printer. for 1,400 students. the budget math is not mathing", flags="R")
P("Yankees bullpen is a work of fiction and as a library employee I'm qualified to say so")
P("spring break TBR: 6 books, 1 beach chair, 0 emails")
P("can someone explain why the library closes at 2:30 on early release but the late buses still leave at 4:20? where do those kids go?", flags="R")
P("{s1.full} and {s2.full} have been at the back table doing the same jigsaw puzzle since October. they're 80% done. nobody touch it.")

# ---- more reading specialists ---------------------------------------------------------------------
V("Hillside reading specialist, 30s, X", "read")
P("Kids should be allowed to check out books above AND below their 'level.' Rereading a picture book at 10 is still reading.", flags="R")
P("Parents: please stop quizzing your 2nd grader on every page at bedtime. Let them just enjoy the story with you.", flags="R")
P("I don't care what the vendor says, a 6-minute reading game on an iPad is not reading instruction.", flags="R")
P("Reading specialists should be in the room when the district picks the core curriculum. We're the ones cleaning up after it.", flags="R")
P("Reading for fun should be the whole point of elementary reading. Everything else is scaffolding.", flags="R")
P("{s1.full}'s 1st grade teacher and I are pushing for a full evaluation. She still can't blend CVC words in March. Referral goes in Monday.", "SPECIAL_EDUCATION", g="s1=f")
P("{s1} wrote me a note: 'I red a hole book.' Yes you did, friend. Yes. You. Did.")
P("Kids' Epic class code for the Hillside tier 2 group is {pw}. Parents, it's also on the paper that came home today.", "SECURITY")

V("Maple Ridge reading interventionist, 40s, Facebook", "read")
P("The new program's 'leveled library' is a box of books nobody wants to read, and we spent $60k on it.", flags="R")
P("AR quizzes turned my own kids off reading for years. I will never use points in my intervention room. Ever.", flags="R")
P("We need more reading teachers who look like our kids. They notice who's teaching them to read.", flags="R")
P("{s1.full} told me he 'doesn't read.' Gave him 'Ghost' by Jason Reynolds. He has now read it twice. He still says he doesn't read.", g="s1=m")
P("Our 6th grade team is doing a whole-grade read of 'Front Desk' and the kids are writing letters to Mia Tang. Some of them are very bossy letters.")
P("Title I parent night is Thursday at 6 in the Maple Ridge library. Dinner provided, Spanish and Haitian Creole interpreters on site.")
P("The best part of this job is the moment a 13-year-old who 'hates reading' asks what the next book in the series is.", flags="R")

# ---- more from the coordinator ----------------------------------------------------------------------
V("HVCSD coordinator of library services, 50s, X", "coord")
P("Makerspaces are great. Not when they replace half the fiction section. Books first.", flags="R")
P("Library Services budget request is in. I asked for exactly what we had in 2019, adjusted for inflation. That shouldn't feel like a big ask. Here we are.", flags="R")
P("Spent the day at the Free Library, {libaddr}, planning summer reading with their youth services team. Their number is {libphone} if your family wants in.")
P("Patron barcodes for the 3 new 9th graders at HVHS so the clerk can load them: {s1.full} {card}, {s2.full} {card.b}, {s3.full} {card.c}.")
P("We are proud of our librarians. Anyone who spoke at that board meeting about them 'indoctrinating' kids has never watched one of them teach a 1st grader how to find a dinosaur book.", flags="R")

# ---- official accounts -----------------------------------------------------------------------------
V("HVCSD Library Services official account", "coord")
P("HVCSD libraries are fine-free! Replacement fees still apply to lost or damaged items. Questions: info@hvcsd.org 📚", flags="O")
P("Students can use Sora, World Book and Gale from home with their district Google login. Step-by-step guide on the Library Services page.", flags="O")
P("At-home database access for families 📚 World Book: username hvcsd, password {pw}. EBSCO: sign in with your school email.", "SECURITY", flags="O")
P("Congratulations to our Battle of the Books teams! Maple Ridge took 2nd in the county 🏆 Team: {s1.full}, {s2.full}, {s3.full} and {s4.full}.", flags="O")
P("Summer Reading Challenge kicks off June 20 with the Hudson Valley Free Library! Sign up at any school library or call the Free Library at {libphone}.", flags="O")
P("The Board of Education will consider the reconsideration committee's report on two library titles at its {date} meeting, 7pm, HVHS auditorium.", flags="O")
P("We're hiring: Library Media Specialist, Hillside Elementary (1.0 FTE). NYS certification required. Apply on the district website.", flags="O")
P("Please welcome author {a1.full}, who is visiting all four HVCSD schools this week! 📚✍️", flags="O")
P("The library catalog will be offline Saturday 6am–noon for maintenance. Destiny Discover comes back with a new look!", flags="O")
P("National Library Week! 📚 Thank you to our librarians, library aides and clerks in every building. 💙", flags="O")

V("Hudson Valley High School Library official account", "hs")
P("Senior library fines? None. Senior lost books? Check your lockers. Caps and gowns need a clear record. 🎓", flags="O")
P("Welcome back, Falcons! 🦅 The library opens at 7:15. Ten free printed pages a day with your ID.", flags="O")
P("Library Student Aide of the Month: {s1.full}! Shelved 900 books and fixed the printer twice 👑", flags="O")
P("Tonight: Poetry Slam in the HVHS library, 6pm, featuring {s1.full}, {s2.full} and the 'Teachers Who Rhyme' faculty team 🎤", flags="O")
P("Found in the 500s: a lanyard with {s1.full}'s student ID card, #{sid}. Claim it at the circulation desk!", flags="O")
P("The library is closed periods 1–4 Tuesday for PSAT testing. Sorry, Falcons!", flags="O")
P("New this month: 42 manga volumes, 18 audiobooks and a 3D printer that works (for now). 📚🖨️", flags="O")
P("Our self-checkout kiosk is live! Staff: the admin page is {ip}, bookmark it for the sub folder.", "SECURITY", flags="O")

V("Roosevelt Elementary School official account", "el")
P("Roosevelt Book Fair is next week! 📚 Mon–Thu 8–3:30 in the library, Family Night Wednesday 5–7. eWallet or cash.", flags="O")
P("Happy Read Across America Day! Our 3rd graders read to their kindergarten buddies. Thank you, Mrs. {t1} and Mr. {t2}! 🎩", flags="O")
P("Our 100 Books Club welcomes {s1.full} and {s2.full}! 🎉 Way to go, readers!", flags="O")
P("Please welcome Ms. {t1}, our long-term library sub while Mrs. {t2} is out on medical leave.", "PERSONNEL", flags="O")
P("Reminder: Roosevelt Elementary, 25 Academy St, will host the bookmobile every Tuesday this summer at 10am.", flags="O")

V("Hillside Elementary Library official account", "aide")
P("Library Lovers' Month at Hillside! 💘 Every student who returns a book this week gets a bookmark.", flags="O")
P("Library volunteer orientation Thursday at 9am. Volunteers need a current background check on file. Questions: district office, {pubphone.dist}.", flags="O")
P("Meet our new Reading Buddies: {s1} and {s2}! 🐛📖", flags="O")
P("Our library will be closed for inventory June 9–13. Last day to check out books is June 6!", flags="O")

V("HVCSD Literacy & Reading Services official account", "read")
P("Family Literacy Night 📖 Thursday, 6pm, Hillside cafeteria. Free books, pizza and a reading specialist at every table!", flags="O")
P("The K-3 reading screener window opens next week. Families will receive results by mail in October.", flags="O")
P("Our reading intervention team is hiring 2 part-time tutors. Must love phonics. Apply on the district website 🔤", flags="O")
P("Congratulations to {s1.full}, Maple Ridge's Reader of the Year, who logged 212 books! 📚", flags="O")
P("October is Dyslexia Awareness Month. Here's what families should know about screening and support in HVCSD 🧵", flags="O")
P("Hillside's Most Improved Reader award goes to {s1.full}, who jumped from a level E to a level L this year! 🎉", "ACADEMIC", flags="O")

V("Maple Ridge Middle School Library official account", "ms")
P("The MRMS makerspace is open Tuesdays and Thursdays after school until 4:15. Late bus at 4:20! 🚌", flags="O")
P("Book Club Brunch Friday 📚🥐 We're reading 'The Last Cuentista' by Donna Barba Higuera, the 2022 Newbery winner!", flags="O")
P("Sora tip: your login is your district Google account. Forgot your password? See Mrs. {t1} in the library, not the front office.", flags="O")
P("Lost & found in the library: 3 water bottles, 1 hoodie, 1 trombone. Yes, a trombone.", flags="O")

# ---- unknown kind ------------------------------------------------------------------------------------
V("unknown account", "aide")
P("Hudson Valley Free Library's used book sale is THIS weekend, {libaddr}. Hardcovers $2, paperbacks $1. Proceeds go to the children's room.", flags="N")
P("Does anyone know who the librarian at Roosevelt is? My daughter {s1} says she's 'the nicest lady in the world' and I want to send a thank-you.", flags="N", g="s1=f")
P("PTA Book Fair volunteers needed Tues & Wed 8–11am. Sign up on the PTA page or email pta@hvcsd.org 📚", flags="N")
P("My son {s1} came home with 'Captain Underpants' and a note saying he read it to the librarian. He's 6. I'm so proud.", flags="N", g="s1=m")
P("Found: 'Wings of Fire #3' with a Roosevelt barcode sticker, at the playground on Academy St. Dropping it at the office tomorrow.", flags="N")
P("The school library should not have books with sexual content. Period. Email the board.", flags="N")
P("BOOK BANS ARE UN-AMERICAN. See you at the board meeting Tuesday.", flags="N")
P("Retired school librarian here. The card catalog is gone but the kids are exactly the same. I miss it every day.", flags="N")
P("{s1.full} and {s2.full} (Hillside 4th graders) won the Free Library's summer reading raffle! Picture in the paper Sunday.", flags="N")
P("Lost library card, belongs to {s1.full}, number {card}. Found outside Stop & Shop. Message me.", flags="N")
P("The new study rooms in the HVHS library look AMAZING. Tax dollars well spent.", flags="N")
P("Why are the school libraries closed all of June for 'inventory'? My kids have nowhere to go.", flags="N")
P("Parents have a RIGHT to know what is in the school library. Read the books before you defend them.", flags="N")
P("Sora password for Mrs. {t1}'s 4th grade class account is {pw}. Someone posted a photo of the smartboard with it on there.", "SECURITY", flags="N")
P("Heard the Roosevelt librarian is out on leave again. Anyone know who's covering? My kid hasn't had library in 3 weeks.", "PERSONNEL", flags="N")
P("Shout out to the Hillside library clerk who found my son's lost glasses inside a Magic Tree House book 🙏", flags="N")
P("Book fair question: do they still take checks? Asking for a grandma.", flags="N")
P("Just saw the HVHS library on the news for their banned books display. Proud of our town.", flags="N")
P("Posting for a neighbor: her son {s1.full} lost his school library card somewhere near the rec center, number {card}. If found, drop it at Hillside.", flags="N", g="s1=m")
P("Whoever left the library laptop sign-out sheet on the book fair table: it has full names and student ID numbers on it, like {s1.full} {sid}. Somebody grab that.", flags="N")
P("Maple Ridge library kiosk login is taped to the monitor, admin / {pw}. Saw it at parent night. Maybe fix that?", "SECURITY", flags="N")
P("Prayers for Mrs. {t1}, the Roosevelt librarian, who has surgery Thursday. She read to all three of my kids. 🙏", "HEALTH", flags="N")
P("Story time at the Free Library is back on Saturdays, 10:30, ages 2-6. 🧸", flags="N")


if __name__ == "__main__":
    main()
