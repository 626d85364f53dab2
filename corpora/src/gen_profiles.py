"""Generate profiles.jsonl (next to this file): staff posts whose accounts carry real bios.

Voices: classroom teachers (7th grade science, 1st grade, HS English, HS math, a bilingual 3rd grade
teacher, an elementary art teacher, a music teacher), coaches (girls' soccer, JV basketball and PE,
track and cross country), counselors and social workers, principals and assistant principals,
teaching assistants and 1:1 aides, coordinators (instructional technology, ENL, data, athletics),
on X, Instagram, Threads, Facebook, LinkedIn, TikTok, Bluesky and Mastodon; official school,
district and team accounts; and accounts of unknown kind (a fan page, a repost account, an
anonymous "HV teacher" account).

The slice is about the bio. EVERY post carries an ``account.bio``, and the bio decides
``disclaimer.present`` as often as the text does: bios that ARE disclaimers, in many wordings,
languages and positions ("7th gr sci | opinions = mine", "Todo lo que digo es mío, no del
distrito", "RT ≠ endorsement · views my own"), and bios that only LOOK like them ("personal trainer
on weekends", "opinions on pizza: many", "views from the Hudson 🌄", "my own boss in July", "views
are not my own, they're my cat's", "all views are the district's — official account"). Posts range
over the whole job: positions on the job (R), neutral logistics, shout-outs, anecdotes and feelings
(no R), views about things that are not the job (a show, a team, the poster's own family), and the
usual leaks (names with categories, IDs, contacts, credentials, internal hosts). Many skeletons
force the bio (``bd`` a disclaimer bio, ``bl`` a look-alike, ``bp`` a plain one) so the same kind
of post meets both sides of the line.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input. The generator imports genlib from ``corpora/src`` whether it sits in
``corpora/pending`` or in ``corpora/src``, and writes its output next to itself.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (colleagues, parents, authors, neighbours), {room} {bus} {jersey} {score}
      {money} {time} {date} {num} {yrs} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail} {venue} (a public venue)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, bd / bl / bp = force a bio with a disclaimer / a look-alike bio (no disclaimer) /
a plain bio (no disclaimer).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "profiles.jsonl"
SEED = 20261402

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "en_IN", "fil_PH", "es_CO", "en_GB", "ga_IE", "tr_TR", "es_ES", "nl_NL"]
# Names as staff type them: locales whose Faker names are not in Latin script are replaced by these
# romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Karim", "Tarek", "Omar", "Bilal", "Samir", "Yazan", "Khalil", "Rami", "Munir"],
           ["Layla", "Rania", "Dalia", "Salma", "Yasmin", "Amira", "Huda", "Mariam", "Noor"],
           ["Khalil", "Mansour", "Hamdan", "Saleh", "Darwish", "Qasim", "Najjar", "Rahal", "Atallah"]),
    "ko": (["Ji-ho", "Seung-woo", "Hyun-jun", "Do-yun", "Min-jae", "Eun-woo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Yu-na", "Da-in"],
           ["Kim", "Lee", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "ht": (["Jean-Baptiste", "Wesly", "Stanley", "Peterson", "Widlet", "Kervens", "Daniel"],
           ["Roseline", "Nadège", "Fabienne", "Guerline", "Mirlande", "Wislande", "Esther"],
           ["Pierre", "Joseph", "Jean-Louis", "Célestin", "Dorvil", "Etienne", "Saint-Fleur", "Toussaint"]),
    "uk": (["Oleksandr", "Bohdan", "Mykola", "Taras", "Andriy", "Maksym"],
           ["Oksana", "Solomiia", "Kateryna", "Iryna", "Zoriana", "Yulia"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Lysenko"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 3, "it_IT": 3, "en_IN": 3, "fil_PH": 2, "es_CO": 3, "en_GB": 2,
                "ga_IE": 3, "tr_TR": 1, "es_ES": 1, "nl_NL": 1,
                "ar": 3, "ko": 2, "ht": 3, "uk": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Gabriela", "Gabi", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Christopher", "Topher", "m"), ("Elizabeth", "Libby", "f"),
         ("Francisco", "Paco", "m"), ("Alexandra", "Sasha", "f"), ("Thanh Hai", "Henry", "m"),
         ("Jacqueline", "Jackie", "f"), ("Benjamin", "Benji", "m"), ("Maria Jose", "Majo", "f"),
         ("Theodore", "Teddy", "m"), ("Rosalind", "Roz", "f"), ("Maximilian", "Max", "m"),
         ("Valentina", "Vale", "f"), ("Jonathan", "Jonny", "m"), ("Kimberly", "Kimmy", "f")]

STREET_BASES = ["Sheafe", "Cedar Hill", "Myers Corners", "Overlook", "Hopewell", "Rockdale", "Osborne Hill",
                "Ketcham", "Widmer", "Robinson", "Middlebush", "Smithtown", "Red Oaks Mill", "Noxon",
                "Maloney", "All Angels Hill", "Diddell", "Route 376"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Cir", "Lane", "rd", "st"]

# Bios of personal accounts, one set per writer (the key V() gives each voice): (key, text, carries a
# disclaimer). Every writer has at least one bio with a disclaimer, one look-alike (in LOOKALIKE
# below: reads like a disclaimer, is not one) and one plain bio; the draw picks among them on purpose.
BIOS = [
    ("sci", "7th gr sci | opinions = mine", True),
    ("sci", "MRMS science 🔬 | tweets are personal and do not represent HVCSD", True),
    ("sci", "7th gr sci | views from the Hudson 🌄", False),
    ("sci", "7th grade science @ Maple Ridge | tardigrade enthusiast 🐻 | Mets", False),
    ("first", "views expressed here are mine alone and do not reflect Hudson Valley CSD | 1st grade 🍎", True),
    ("first", "1st grade teacher | my own boss in July ☀️", False),
    ("first", "had my own classroom since 2011 🍎 | Roosevelt | mom of 2", False),
    ("first", "first grade 🍎 Roosevelt | phonics + glitter | classroom wishlist ⬇️", False),
    ("eng", "HVHS English 📚 | posts personal, not HVCSD's", True),
    ("eng", "English teacher | (these opinions are mine, not my school's)", True),
    ("eng", "HVHS English | views are not my own, they're my cat's 🐈", False),
    ("eng", "HS English | Swiftie | grammar snob", False),
    ("math", "math teacher, runner, bad guitarist | RT ≠ endorsement · views my own", True),
    ("math", "HS math | opinions on pizza: many 🍕", False),
    ("math", "HVHS math | Desmos nerd | Knicks 🏀", False),
    ("bil", "Maestra bilingüe, 3er grado 🌻 | Todo lo que digo es mío, no del distrito", True),
    ("bil", "Maestra 🌻 | mis propias reglas en mi cocina", False),
    ("bil", "3rd grade @ Hillside | maestra | cafecito ☕", False),
    ("art", "art teacher 🎨 clay under my nails | not speaking for my employer 🙃", True),
    ("art", "art teacher | disclaimer: I will post my dog. a lot. 🐕", False),
    ("art", "elementary art 🎨 | kiln whisperer | glitter is forever", False),
    ("music", "(opinions mine, not the district's) ... also I teach band + chorus 🎶", True),
    ("music", "MS band director | personal soundtrack: 90% Sousa 🎺", False),
    ("music", "music teacher | trumpet | Maple Ridge Jazz Band director", False),
    ("ss", "HS social studies | toots are my own, not my employer's | history nerd", True),
    ("ss", "prof d'histoire | opinions personnelles, pas celles de mon employeur", True),
    ("ss", "history teacher | views from the cheap seats at Gettysburg 🏛️", False),
    ("ss", "HVHS social studies | mock trial coach ⚖️", False),
    ("k", "Kindergarten teacher 🍎 | personal page; I don't speak for Hillside or HVCSD", True),
    ("k", "K teacher | my own kids: 2, my class kids: 22 💕", False),
    ("k", "Kindergarten @ Hillside 🖍️ | wife | crafter", False),
    ("sped", "special ed teacher 💜 | everything here is me, not my district", True),
    ("sped", "sped teacher | personal motto: presume competence 💜", False),
    ("sped", "special education, Maple Ridge | IEP wrangler | coffee", False),
    ("lib", "school librarian 📚 | posts = my own views, not MRMS/HVCSD", True),
    ("lib", "librarian | views: mostly of the stacks 📖", False),
    ("lib", "MRMS library media specialist | book fair survivor | she/her", False),
    ("soccer", "Girls Varsity Soccer HC | HVHS | Tweets personal, not HVCSD's ⚽", True),
    ("soccer", "Girls Varsity Soccer HC | personal opinions on VAR: unprintable", False),
    ("soccer", "Girls Varsity Soccer HC | HVHS | Go Falcons 🦅", False),
    ("jv", "PE + JV hoops | posts are mine, not HVCSD Athletics'", True),
    ("jv", "JV hoops coach | not my district's biggest fan lol | dad x3", False),
    ("jv", "PE teacher | personal trainer on weekends 💪", False),
    ("jv", "PE @ HVHS | JV 🏀 | hoop dad", False),
    ("track", "XC/Track coach 🏃 | I speak for me, not for the school or the district", True),
    ("track", "XC/Track | personal best: 3:12 marathon 🏃", False),
    ("track", "HVHS XC & Track | Bowdoin Park is my office", False),
    ("hsc", "School Counselor, HVHS | Opinions expressed are my own and not those of my employer.", True),
    ("hsc", "School Counselor | all opinions welcome in my office 🛋️", False),
    ("hsc", "Counselor | personal growth junkie 🌱 | podcast: Own Your Story", False),
    ("hsc", "School Counselor at Hudson Valley High School | M.S.Ed. | College & career readiness", False),
    ("sw", "LCSW | Maple Ridge social worker | my thoughts, not my school's 💙", True),
    ("sw", "trabajadora social | mis opiniones son personales y no representan al distrito", True),
    ("sw", "social worker | I don't take sides, I take snacks 🍪", False),
    ("sw", "MRMS social worker | coat drive queen 🧥 | mom", False),
    ("prin", "Principal, Roosevelt Elementary 🍎 | Posts = personal. The district has its own account (@HVCSD).", True),
    ("prin", "Proud principal | i don't speak for hvcsd and it doesn't speak for me 😅", True),
    ("prin", "Principal | my own worst critic | marathoner", False),
    ("prin", "Principal, Roosevelt Elementary 🍎 | lead learner | #RooseveltRocks", False),
    ("ap", "Assistant Principal, HVHS | views ≠ employer's", True),
    ("ap", "AP @ HVHS | Nothing here is official. For that, follow @HVCSD.", True),
    ("ap", "Assistant Principal, HVHS | speaking for the Lorax since 1989 🌳", False),
    ("ap", "Assistant Principal, Hudson Valley High School | EdD candidate | dad | coffee", False),
    ("ta", "TA at Hillside 💛 | mom | my opinions, not my job's", True),
    ("ta", "assistente de professora 💛 | opiniões minhas, não da escola", True),
    ("ta", "TA | Hillside | my own business on Etsy (link!) 🧶", False),
    ("ta", "TA | Hillside | 20 yrs in the same hallway", False),
    ("aide", "1:1 aide | todo lo que posteo es personal, no de la escuela", True),
    ("aide", "para 🌈 | just me talking here, not the school", True),
    ("aide", "1:1 aide | personal hype woman for one (1) second grader 📣", False),
    ("aide", "para | no opinions before coffee ☕", False),
    ("aide", "1:1 aide | storytime on here | she/her", False),
    ("tech", "Instructional Tech Coordinator | toots are my own, not HVCSD's", True),
    ("tech", "Instructional Tech Coordinator | Linux | own views on tabs vs spaces", False),
    ("tech", "K-12 ed tech @ HVCSD | #k12it | sourdough 🍞", False),
    ("enl", "ENL Coordinator, HVCSD | Views my own. Multilingual learners are assets.", True),
    ("enl", "ENL Coordinator | 개인 의견이며 교육청 입장과 무관합니다 · personal views only", True),
    ("enl", "ENL Coordinator | 🇺🇸🇲🇽🇭🇹 | views from the 3rd floor of central office", False),
    ("enl", "ENL Coordinator | NYSABE member | she/her", False),
    ("data", "Data & Assessment Coordinator | Personal account — not affiliated with or endorsed by HVCSD", True),
    ("data", "Data Coordinator | spreadsheets are my love language 📊 | personal record: 40k rows", False),
    ("data", "Data & Assessment, HVCSD | Excel | pivot tables", False),
    ("ath", "Athletics & Activities Coordinator | ⚠️ opinions = mine, mistakes = also mine", True),
    ("ath", "Athletics Coordinator | scheduling 40 teams | my own Uber on weekends", False),
    ("ath", "HVCSD Athletics & Activities | Falcons 🦅 | grill master", False),
]
# Bios that only look like disclaimers (flag bl forces one).
LOOKALIKE = {
    "7th gr sci | views from the Hudson 🌄", "1st grade teacher | my own boss in July ☀️",
    "had my own classroom since 2011 🍎 | Roosevelt | mom of 2", "HVHS English | views are not my own, they're my cat's 🐈",
    "HS math | opinions on pizza: many 🍕", "Maestra 🌻 | mis propias reglas en mi cocina",
    "art teacher | disclaimer: I will post my dog. a lot. 🐕", "MS band director | personal soundtrack: 90% Sousa 🎺",
    "history teacher | views from the cheap seats at Gettysburg 🏛️", "K teacher | my own kids: 2, my class kids: 22 💕",
    "sped teacher | personal motto: presume competence 💜", "librarian | views: mostly of the stacks 📖",
    "Girls Varsity Soccer HC | personal opinions on VAR: unprintable",
    "JV hoops coach | not my district's biggest fan lol | dad x3", "PE teacher | personal trainer on weekends 💪",
    "XC/Track | personal best: 3:12 marathon 🏃", "School Counselor | all opinions welcome in my office 🛋️",
    "Counselor | personal growth junkie 🌱 | podcast: Own Your Story", "social worker | I don't take sides, I take snacks 🍪",
    "Principal | my own worst critic | marathoner", "Assistant Principal, HVHS | speaking for the Lorax since 1989 🌳",
    "TA | Hillside | my own business on Etsy (link!) 🧶", "1:1 aide | personal hype woman for one (1) second grader 📣",
    "para | no opinions before coffee ☕", "Instructional Tech Coordinator | Linux | own views on tabs vs spaces",
    "ENL Coordinator | 🇺🇸🇲🇽🇭🇹 | views from the 3rd floor of central office",
    "Data Coordinator | spreadsheets are my love language 📊 | personal record: 40k rows",
    "Athletics Coordinator | scheduling 40 teams | my own Uber on weekends",
}
# Bios of accounts of unknown kind, by writer (key "any": a staff post whose kind is unknown):
# (text, carries a disclaimer).
UNKNOWN_BIOS = {
    "anon": [("HV teacher (anon) | saying what we all think | views mine, not any district's", True),
             ("teacher somewhere in the Hudson Valley | tired", False)],
    "fan": [("Falcons fan page 🦅 | not affiliated with HVHS or HVCSD, just fans", True),
            ("Falcons Nation 🦅 | scores, pics, hype", False)],
    "repost": [("reposts from around the district 🔁 | RT ≠ endorsement", False)],
    "community": [("just a neighbor in the Hudson Valley · posts are mine, not my employer's", True),
                  ("parent, sub, soccer ref | has opinions on everything 🗣️", False),
                  ("Hudson Valley 📍 | coffee | snow day truther ❄️", False)],
    "any": [("teacher, neighbor, human · posts are mine, not my employer's", True),
            ("Hudson Valley 📍 | coffee | snow day truther ❄️", False),
            ("teacher somewhere in the Hudson Valley | tired", False),
            ("Maple Ridge memories 📸 | class of '09", False)],
}
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]} | {t for pool in UNKNOWN_BIOS.values() for t, d in pool if d}

# Official accounts: none of these is a disclaimer (an official account speaks for the school).
OFFICIAL_BIOS = {
    "o_hvhs": ["Hudson Valley High School 🦅 | official account | 100 School Rd | (845) 555-0110",
               "Official account of Hudson Valley High School. Go Falcons!"],
    "o_roos": ["Roosevelt Elementary (official) | 25 Academy St | Home of the Falcon Chicks 🐣"],
    "o_ath": ["Official: HVHS Falcons Athletics | RT ≠ endorsement", "HVHS Athletics 🦅 | official | schedules + scores"],
    "o_couns": ["HVHS School Counseling Office (official) | appointments: (845) 555-0110"],
    "o_dist": ["Hudson Valley Central School District | all views are the district's — official account",
               "HVCSD official | (845) 555-0100 | info@hvcsd.org"],
    "o_hill": ["Hillside Elementary | official school page 💛"],
    "o_tech": ["HVCSD Technology Department (official) | helpdesk hours 7-4"],
    "o_mrms": ["Maple Ridge Middle School | official | monitored during school hours"],
}

class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "347", "646", "201", "973", "787"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "optonline.net", "outlook.com",
                     "aol.com", "protonmail.com"]
    HOSTS = ["print-mrms2.hvcsd.local", "hvhs-dc01.hvcsd.local", "nurse-files.hvcsd.internal",
             "sis-app02.hvcsd.lan", "rooseveltcam-nvr.hvcsd.local", "powerschool-test.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|brother)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|sister)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and (len(got[0]) > 14 or " " in got[1]):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(70, 99)}",
                f"{f}_{r.choice(['mom', 'dad', 'fam', 'home'])}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2027)}{r.choice('!#$')}",
                         f"{r.choice(['Welcome', 'Spring', 'Hudson', 'Maple'])}#{r.randint(10, 99)}{r.choice(['hv', 'HV', 'mr'])}",
                         f"{r.choice(['chromebook', 'library', 'stage', 'kiln'])}{r.randint(100, 999)}",
                         f"{r.choice(['Gold', 'River', 'Talon'])}{r.choice(['Bird', 'Wing', 'Nest'])}{r.randint(1, 99)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:3]}{r.randint(8, 19)}", f"{f}{r.choice(['.kicks', '_draws', '.runs', 'x'])}",
                         f"its.{f}{l[:1]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 22, 35, 40, 101, 210])}", "NETWORK_INFO"),
            "yrs": lambda: str(r.randint(18, 38)),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(3, 52)),
            "time": lambda: r.choice({"am": ["7:40", "7:45", "8:00", "8:05", "8:10"],
                                      "day": ["10:30", "11am", "12:15", "1:15", "2:10", "2:45"],
                                      "pm": ["5pm", "5:30", "6pm", "6:30", "7pm", "7:30"]}.get(
                                      var or "", ["7:15", "8am", "noon", "2:45", "3:30", "6pm", "7pm"])),
            "jersey": lambda: str(r.randint(1, 44)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice({'small': [2, 3, 5, 8, 10, 12], 'big': [150, 200, 250, 300, 400]}.get(var or '', [40, 60, 85, 120, 212, 340]))}",
            "num": lambda: str(r.randint(12, 90)),
            "score": lambda: r.choice([f"{r.randint(2, 6)}-{r.randint(0, 1)}", f"{r.randint(48, 71)}-{r.randint(30, 47)}",
                                       f"{r.randint(21, 42)}-{r.randint(3, 20)}"]),
            "venue": lambda: r.choice(["the Bardavon, 35 Market St", "Bowdoin Park", "the Elks Lodge on Route 9",
                                       "the Barrett Art Center", "Dutchess Stadium", "the Adriance Library",
                                       "St. Martin de Porres parish hall", "the Mid-Hudson Civic Center"]),
        }


def pick(key: str, want: str, rng: random.Random) -> str:
    """A personal bio of the writer: want = 'd' disclaimer, 'l' look-alike, 'p' plain (neither)."""
    def fits(b: tuple[str, str, bool]) -> bool:
        return b[2] if want == "d" else (not b[2] and (b[1] in LOOKALIKE) == (want == "l"))
    return rng.choice([b[1] for b in BIOS if b[0] == key and fits(b)])


def bio(sk: dict, kind, rng: random.Random) -> str:
    """Every post has a bio: an official account its own official bio, an account of unknown kind one
    of its pool (a staff post made kind null: the "any" pool), a personal account one of the writer's
    (forced by bd / bl / bp, else drawn: a disclaimer, a look-alike or a plain bio)."""
    key = ROLE_OF_VOICE[sk["voice"]]
    fl = sk["flags"]
    if kind == "official":
        return rng.choice(OFFICIAL_BIOS[key])
    if kind is None:
        pool = UNKNOWN_BIOS.get(key, UNKNOWN_BIOS["any"])
        disc = rng.random() < 0.2
        return rng.choice([t for t, d in pool if d == disc] or [t for t, _ in pool])
    for f, want in (("bd", "d"), ("bl", "l"), ("bp", "p")):
        if f in fl:
            return pick(key, want, rng)
    x = rng.random()
    p_disc, p_look = (0.2, 0.3) if "R" in fl else (0.07, 0.3)
    return pick(key, "d" if x < p_disc else "l" if x < p_disc + p_look else "p", rng)


SK = genlib.Skeletons("profiles", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.12, 0.5), named=0.15)


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- 7th grade science, Maple Ridge, X ------------------------------------------------------------
V("7th grade science teacher, Maple Ridge, X", "sci")
P("lab day. 27 goggles, 31 kids. you do the math 🥽", flags="R")
P("Eclipse glasses are IN 🌒 7th grade will be on the back field {date} at {time.day}. Permission slips due Friday, no slip no sun.")
P("Hot take: the science fair should be optional. Half the trifolds are built by dads at 11pm and we all know it.", flags="R")
P("Can we talk about how the new unit 3 has ZERO hands-on labs? Whoever wrote it has never met a 12 year old.", flags="R bl")
P("Whoever wrote the new unit 3 clearly never met a twelve year old. Zero labs. Zero. (my views, nobody else's)", flags="R D")
P("{s1.full} built a working seismograph out of a shoebox and a Sharpie. I'm keeping it. I'm framing it. 🏆")
P("{s1} had a seizure during the density lab today. she's ok, mom picked her up. my hands are still shaking", "HEALTH", g="s1=f")
P("My wife says I talk about tardigrades too much at dinner. My wife is wrong. 🐻")
P("The Mets bullpen is a crime scene. Somebody call Steve Cohen and tell him to spend more.")
P("Sub plans for tomorrow are in the red folder on my desk in {room}. Video + worksheet. Side door code is {code} if you're early. Be kind to my 4th period 🙏", "SECURITY")

# ---- 1st grade, Roosevelt, Instagram ----------------------------------------------------------------
V("1st grade teacher, Roosevelt, Instagram", "first")
P("Teachers should not be buying their own glue sticks in 2025. Say it louder for the budget office 📣", flags="R")
P("Classroom wishlist link is in my bio 💛 we are down to our LAST glue stick, friends", flags="bp")
P("our little {s1} lost her first tooth during read aloud and bled on Pete the Cat 😭🦷")
P("{s1.full}'s mom asked me to make sure everyone knows his inhaler is in the BLUE bag not the red one. ok. now all of Instagram knows lol", "HEALTH", g="s1=m")
P("Honestly watching them go from 'I can't read' in September to chapter books in May is the best part of this job. Nothing beats it.", flags="R")
P("Three duties in one day and zero planning time. This schedule is not it. 🙃", flags="R bd")
P("Bus duty in the rain today ☔ my umbrella did not survive. RIP little guy.")
P("{s1.full} is moving to her dad's in Florida after the custody hearing. Last day Friday. I'm going to be a mess.", "FAMILY", g="s1=f")

# ---- HS English, HVHS, Threads ------------------------------------------------------------------------
V("HS English teacher, HVHS, Threads", "eng")
P("reading Gatsby with juniors and {s1.low} said Gatsby 'needs therapy, not a party.' correct. 10/10. no notes.")
P("Stop assigning five-paragraph essays. Nobody on earth writes like that outside of school. Nobody.", flags="R")
P("AP Lit scores came in and I have feelings. good ones. mostly. 🫠")
P("{s1.full} got a 2 on the AP Lang exam and signed up to take it again. proud of her for not quitting.", "ACADEMIC", g="s1=f")
P("Toni Morrison AND Zora Neale Hurston on the junior syllabus this year. I'm giddy. 📚")
P("The new phone pouches are the best thing to happen to my 4th period in years. They TALK to each other now.", flags="R")
P("Read a Freida McFadden in one night. Ms. {t1} warned me. Send coffee. ☕")
P("Our department chair Ms. {t1} is out on maternity leave through March. Sub plans are on the shared drive, folks.", "PERSONNEL")
P("112 essays this weekend. pray for me 🙏")
P("Grading 112 essays every other weekend with no extra time is why English teachers quit. Lower the caps or hire people.", flags="R bl")
P("Taylor Swift's new album is her weakest since Reputation and I will die on this hill.", flags="bd")
P("Parent emailed at 10:48pm asking why {s1.lastinit} got a 64 on the Macbeth essay. Answered at 7am like a professional. 🧘", "ACADEMIC")

# ---- HS math, HVHS, Bluesky ---------------------------------------------------------------------------
V("HS math teacher, HVHS, Bluesky", "math")
P("Calculators allowed on the Regents but not on our unit tests? Pick a lane, curriculum office.", flags="R")
P("pi day pie sale in room {room}, {money.small} a slice, proceeds to math club 🥧 come early, the pecan goes first")
P("Homework should count for 10% at most. Practice is not performance.", flags="R")
P("{s1.lowfull} went from a 48 to an 81 on the quadratics retest and did a cartwheel in the hallway. i'm not crying you're crying", "ACADEMIC")
P("Our new evaluation rubric has 22 indicators for a 42-minute lesson. Sure. Totally normal. Totally doable.", flags="R")
P("New observation rubric: 22 indicators, 42 minutes. Not a fan. (opinions mine, not my employer's)", flags="R D")
P("Mr. {t1} and I are co-teaching Algebra 1 this year and he brings donuts on Fridays. Best co-teacher. 🍩")
P("Knicks in 6. I have done the math. I am a math teacher. It's science.")

# ---- bilingual 3rd grade, Hillside, Facebook ---------------------------------------------------------
V("bilingual 3rd grade teacher, Hillside, Facebook", "bil")
P("Los padres me preguntan por qué no hay intérprete en las conferencias. Buena pregunta. El distrito tiene que contratar más intérpretes, punto.", flags="R")
P("Family Literacy Night es el {date} a las {time.pm} en la cafetería de Hillside. Habrá pizza y traducción al español 🍕📖")
P("{s1} llegó en septiembre sin una palabra de inglés y hoy me dijo 'good morning, teacher, you look tired.' 😂 honest kid")
P("{s1.full} and her family are staying at the shelter on Route 9 since the fire. If anyone has kids' size 8 clothes, message me 🙏", "FAMILY", g="s1=f")
P("Bilingual teachers get paid the same as everyone else and translate every parent email for free. No es justo.", flags="R")
P("Mi abuela's arroz con gandules recipe stays undefeated. Don't @ me. 🇵🇷")
P("Conferencias this week: 18 families, 11 in Spanish, 2 in Haitian Creole. Gracias a Mr. {t1} for helping with Kreyòl 🙌")
P("{s1.full}'s mamá asked me for my number so she can text me about pickup. It's {myphone}, I'm putting it here because the paper got lost 🤦‍♀️")
P("Recordatorio: para los cumpleaños solo snacks de la lista aprobada (está en la carpeta azul). Hay alergias severas en el salón 🍬❌")

# ---- elementary art, TikTok ------------------------------------------------------------------------------
V("elementary art teacher, TikTok", "art")
P("Art is not a 'special.' It's a core subject. Staff it like one and schedule it like one.", flags="R")
P("Kiln is FIXED!! shoutout to {a1.full} from facilities who came in on a Saturday 🔥🙏", g="a1=m")
P("{s1.full}'s self-portrait got into the county youth art show!!! 🎨 opening at {venue} next week")
P("art room budget this year: {money.big}. for 600 kids. for the whole year. 🙂", flags="R")
P("Frida Kahlo unit this week. {s1} (4th grade) asked if she's 'the lady with the eyebrows and the monkeys.' yes. yes she is.")
P("Cart art next year because they're taking my room for a 3rd kindergarten. Art on a cart is a punishment, not a plan.", flags="R bl")

# ---- middle school music, Instagram ------------------------------------------------------------------
V("middle school music teacher, Maple Ridge, Instagram", "music")
P("Winter concert tonight 7pm in the MRMS auditorium 🎶 doors at 6:30. Wear black, bring tissues.")
P("Cutting 5th grade instrumental lessons would be a disaster for every music program in this district. Show up to the board meeting.", flags="R")
P("{s1.full} played the Hallelujah trumpet solo and the whole gym stood up 🎺 goosebumps")
P("Chorus is the one place some of these kids feel like they belong. Fund it like it matters.", flags="R bd")
P("Shoutout to Mr. {t1}, our custodian, who set up 240 chairs in 40 minutes and then stayed to listen 🙏")

# ---- girls' varsity soccer coach, X ----------------------------------------------------------------
V("girls varsity soccer coach, HVHS, X", "soccer")
P("FINAL: Falcons {score} over Arlington 🦅⚽ Senior night was everything. Thank you families!")
P("{s1.full} with the brace tonight!! 2 goals, 1 assist, 1 very loud celebration #FalconsFC", g="s1=f")
P("Man City's midfield is cooked. Pep needs a full rebuild and I'm tired of pretending otherwise.", flags="bl")
P("Turf field has been unplayable after every rain for 3 years and we keep asking for drainage. Fix the field, HVCSD.", flags="R")
P("Bus {bus} leaves at {time.day} for Saugerties. In the lot 15 early, black kits, bring your own water.")
P("{s1.full} tore her ACL in the second half. Surgery next week. Whole team is wrecked 💔", "HEALTH", g="s1=f")
P("Coaching stipend works out to about $2.40 an hour if you count the Saturdays. I do it for the kids. Still. Come on.", flags="R")
P("Coaching stipends need a raise. Period. I'd say more but my bio already says whose opinions these are 😉", flags="R bd")
P("Honestly best group I've coached in 14 years. Not the most talented. The best. 💛")

# ---- JV basketball coach and PE teacher, Instagram ------------------------------------------------
V("JV basketball coach and PE teacher, Instagram", "jv")
P("PE should be every day, not twice a week. These kids are literally vibrating in their seats by 10am.", flags="R")
P("JV 🏀 schedule is up on the athletics site. First home game {date}, {time.pm}, HVHS main gym. Pull up!")
P("{s1.full} is off the team for the rest of the season after what happened at the Kingston game. Choices have consequences.", "DISCIPLINE", g="s1=m")
P("My son {kid} (4th grade, Kingston rec league) hit his first three and I lost my MIND in the bleachers 🏀😭", g="kid=m")
P("LeBron at 40 is still better than my entire JV roster combined. I love them anyway.")
P("Our gym floor hasn't been refinished since 2009 and kids are slipping every practice. Somebody upstairs needs to care before a kid gets hurt.", flags="R bl")
P("{s1.lowfull} rolled his ankle at practice, trainer says sprain, 2 weeks. Next man up 💪", "HEALTH", g="s1=m")

# ---- track and cross country coach, X -----------------------------------------------------------
V("track and cross country coach, HVHS, X", "track")
P("PR city at the Bowdoin Park invite 🏃‍♀️🏃 {num} season bests and {s1.full} dropped 40 seconds!! So proud of these kids.")
P("Our track needs lights. We practice in the dark from November on. Someone is going to get hurt.", flags="R")
P("{s1.full} ran 4:38 in the 1600 tonight, NEW SCHOOL RECORD 🦅🔥", g="s1=m")
P("{s1.lastinit} is out with a stress fracture, 6 weeks in a boot. Pool running starts Monday.", "HEALTH")
P("Sectionals are at Bowdoin Park, 85 Sheafe Rd, Wappingers Falls. Parking is {money.small} cash. Bring layers!")
P("Kipchoge says 'no human is limited.' My 9th graders heard 'no homework is required.' Close enough.")
P("Teaching kids to run slow to get fast is the most important thing I do as a coach and the hardest sell. Patience is a skill.", flags="R")
P("team pasta party at my house Thursday! address is {addr}, parents please drop off by 6 🍝")

# ---- HS counselor, LinkedIn --------------------------------------------------------------------------
V("HS school counselor, LinkedIn", "hsc")
P("College application season is here. Grateful to walk alongside our seniors through it. #SchoolCounseling #ClassOf2026")
P("A 400:1 counselor ratio is not a caseload, it's a crowd. ASCA recommends 250:1. We need to fund this.", flags="R")
P("I'm excited to share that I've completed my certification in trauma-informed practice! Thank you to my mentor, {a1.full}.")
P("FAFSA Night is {date} at {time.pm} in the HVHS library. Bring your tax documents. Spanish interpreters available.")
P("Proud of {s1.full}, first in her family to go to college, who committed to SUNY New Paltz today 🎓", g="s1=f")
P("{s1.full} is in the hospital after an overdose this weekend. I've been with the family. Please keep them in your thoughts.", "HEALTH")
P("Unpopular opinion: class rank does more harm than good. Drop it.", flags="R bl")
P("Met with a senior today whose dad is being deported on Friday. I have no words.")
P("Reading 'The Anxious Generation' by Jonathan Haidt. Thoughts from other counselors? Curious what resonated.")
P("School counselors are not test coordinators. Every hour I spend proctoring is an hour a kid doesn't get. Let us do our jobs.", flags="R bd")
P("Agree? Relationships before rigor. Always. #EdLeadership #Counseling", flags="R")

# ---- MS social worker, Facebook --------------------------------------------------------------------
V("middle school social worker, Maple Ridge, Facebook", "sw")
P("Kids can't learn when they're hungry. Universal free lunch should be permanent, full stop.", flags="R")
P("The 7th grader I've been meeting with all year smiled at me in the hallway today. That's it. That's the post.")
P("{s1.full} and her brothers went into foster care on Tuesday. Teachers, please be gentle with her this week.", "FAMILY", g="s1=f")
P("Our only 6th grader who came from Ukraine this year finally has a winter coat and a sponsor family 🇺🇦💙", "FAMILY")
P("Social workers: leave at contract time. The work will still be there tomorrow and your burnout helps nobody.", flags="R")
P("Nobody tells you that this job is 40% paperwork, 40% crisis and 20% the reason you stay.", flags="R bl")
P("{s1}'s mom called again, the power's been shut off since Monday. Connected them with the county. Please don't mention it to her in class.", "FAMILY", g="s1=f")

# ---- elementary principal, X ---------------------------------------------------------------------
V("elementary principal, Roosevelt, X", "prin")
P("Welcome back, Roosevelt families! 🍎 Doors open at {time.am}. Drop-off loop is on Academy St, enter from the north side please.")
P("Best part of being a principal: morning arrival high-fives. Worst part: everything after 8:15 😂", flags="R")
P("Our 3rd graders raised {money} for the Dutchess SPCA with a lemonade stand run by {s1.full} and {s2.full}. I am so proud of this school 🐶🍋")
P("State test results don't measure what matters. We will keep teaching the whole child at Roosevelt.", flags="R")
P("Mrs. {t1} is retiring after {yrs} years in our kindergarten 💐 Party is {date} at {venue}, all alumni families welcome!")
P("Snow day questions go to the district office, {pubphone.dist}, not my cell 😅❄️")
P("Had to call police at dismissal. {s1}'s dad showed up despite the order of protection. {s1} is safe and with grandma tonight.", "FAMILY")
P("Ms. {t1} got 'highly effective' on her observation again this year. Obviously. Best teacher I've ever hired.", "PERSONNEL")
P("Principals, protect your teachers' planning time like it's sacred. It is.", flags="R bd")
P("Read 'Wonder' by R.J. Palacio to the 4th grade today. Choose kind. 💛")
P("Our newest Roosevelt family, {a1.full} and her twins, moved here from Oaxaca this week. Welcome to Falcon country!", g="a1=f")
P("Cut recess for test prep and you'll get worse scores AND sadder kids. Ask me how I know.", flags="R")

# ---- HS assistant principal, LinkedIn ---------------------------------------------------------------
V("HS assistant principal, LinkedIn", "ap")
P("Restorative practices are not 'soft.' They work, when they're staffed. Ours is not.", flags="R")
P("Thrilled to share that I've accepted the position of Assistant Principal at Hudson Valley High School! Grateful to {a1.full} and {a2.full} for their mentorship. 🦅")
P("Suspended {s1.full} today for vaping in the bathroom, 3rd offense. I hate this part of the job.", "DISCIPLINE", flags="R", g="s1=m")
P("Leadership lesson #12: listen more than you talk. Especially in a building with 1,400 teenagers.", flags="R")
P("Our new hall pass app logged 4,000 passes in week one. The data is fascinating. 📊")
P("After 6 weeks of investigation, Mr. {t1} has been placed on administrative leave. I can't say more. It's been a hard month for our staff.", "PERSONNEL")
P("Senior Awards Night is {date}, 6pm, HVHS auditorium. Congratulations to all our honorees!")
P("Hot take for my fellow administrators: if you haven't covered a lunch duty this month, you've lost touch.", flags="R bl")
P("The student who pulled the fire alarm during the AP Chem exam, our only junior in the robotics club, will face a superintendent's hearing.", "DISCIPLINE")
P("Opinions are my own, as always: cell phone bans are overdue and the data backs it up. Curious what others are seeing. #EdLeadership", flags="R D")

# ---- teaching assistant, Hillside, Facebook ---------------------------------------------------------
V("teaching assistant, Hillside, Facebook", "ta")
P("TAs make $17 an hour and run the whole room when the teacher is out. Think about that for a minute.", flags="R")
P("Field day was a BLAST 🥵☀️ {s1} got me with 3 water balloons to the face, 0 regrets")
P("{s1} (my little buddy in 2nd) finally got his speech services 3x a week after the eval. He said his R today!! 🎉", "SPECIAL_EDUCATION", g="s1=m")
P("Knee surgery Thursday, out for 2 weeks. See y'all on the other side 🙏🦿")
P("Hillside staff potluck Friday! I'm bringing my famous pernil 🐖 sign-up sheet is in the lounge")
P("20 years in this building and I still love it. Best job I ever had, even on the hard days.", flags="R")
P("Don't post pictures of kids from the classroom on your personal page, people. Not your kids, not your call.", flags="R bd")
P("Congrats to my daughter {a1}, who passed her nursing boards today!!! 👩‍⚕️ RN!!", g="a1=f")
P("{s1.full}'s grandma asked me to share her cell for the carpool group, it's {phone}. call after 4 pls", g="s1=f")

# ---- 1:1 aide, TikTok -------------------------------------------------------------------------------
V("1:1 aide, TikTok", "aide")
P("being a 1:1 aide is the most underrated job in the school and I will not be taking questions", flags="R")
P("the kid I work with told me I'm his 'best friend at school' 😭 i'm fine. it's fine. everything's fine.")
P("{s1.full} has a 1:1 on his IEP and the sub didn't know. I had to explain it in front of the whole class. that was not ok.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("POV: you're a para and they pull you to cover lunch, recess AND a class with no sub plans 🫠", flags="R")
P("lol my bio says my opinions are mine but honestly half of them are my mom's 😂", flags="bd")
P("{s1.nick} has a seizure plan now and i'm trained on the rescue med. scary but we're ready.", "HEALTH")

# ---- instructional technology coordinator, Mastodon ----------------------------------------------
V("instructional technology coordinator, Mastodon", "tech")
P("PSA: nobody from IT will ever ask for your password by email. Got one? Forward it to the helpdesk and delete it. 🎣")
P("Chromebook cart in the MRMS library: login is mrmslib / {pw}. Don't post this anywhere. (…oops.)", "SECURITY")
P("2nd floor printers moved to {host} over the weekend. Re-add it if you can't print. #k12it", "SECURITY")
P("1:1 devices for kindergarten is a mistake. Crayons first. Screens later. Much later.", flags="R")
P("fediverse ed-tech folks: best free tool for accessible PDF forms? Adobe's quote was more than my car.")
P("ed-tech hot take: if a tool needs a 3-hour PD to use, it's not a good tool.", flags="R bl")
P("Guest wifi at the board meeting is HVCSD-Guest, no password. Staff wifi is on {vlan}, please don't ask me for the key at the podium.", "SECURITY")
P("Reset 41 passwords today. It's only Tuesday. 🫠")
P("New password rule is 16 characters, a symbol, and the blood of a firstborn. Security theater at its finest.", flags="R")
P("Whoever wrote the firewall rule that blocks Wikipedia but not Roblox: I just want to talk. 🙃", flags="R")
P("the camera NVR for Roosevelt is at {ip}, admin pw {pw}, I'm putting it here so I stop losing it lol", "SECURITY")

# ---- ENL coordinator, LinkedIn --------------------------------------------------------------------
V("ENL coordinator, LinkedIn", "enl")
P("Multilingual learners are an asset, not a deficit. Schools that treat them otherwise are failing them.", flags="R")
P("Our ENL enrollment grew 38% in five years. ENL staffing grew 0%. That's the whole post.", flags="R")
P("{s1.full}, 11th grade, tested out of ENL on the NYSESLAT this spring. Commanding level. 🎉", "ACADEMIC")
P("{s1.full} arrived last month with her mom, no papers, and is sleeping on a cousin's couch. The school is the only stable thing she has right now.", "FAMILY", g="s1=f")
P("Translation apps are not interpreters. Please stop using Google Translate for IEP meetings. Families deserve better.", flags="R bd")

# ---- data and assessment coordinator, X -------------------------------------------------------
V("data and assessment coordinator, X", "data")
P("State test window opens {date}. Proctor trainings are Tuesday and Wednesday after school in the HVHS library.")
P("We test too much. I say that as the person who schedules the tests.", flags="R")
P("Spreadsheet with every 3rd grader's ELA score and student ID is on the shared drive, ex: {s1.full} {sid}. Please don't download it to personal devices.")
P("Data should start a conversation about a kid, not end one.", flags="R bl")
P("Congrats to our 8th graders: Regents Algebra passing rate up 11 points this year! 📈 Hard work pays off.")

# ---- athletics and activities coordinator, Facebook ------------------------------------------------
V("athletics and activities coordinator, Facebook", "ath")
P("We have 40 teams and 2 certified trainers. Our athletes deserve better than that and the budget needs to show it.", flags="R")
P("Physicals must be on file before the first practice. No physical, no practice. No exceptions, even for seniors.")
P("{s1.full} is academically ineligible for playoffs, 2 failing grades. Coach knows. Please stop asking me on here.", "ACADEMIC")

# ---- HS social studies teacher, Mastodon ----------------------------------------------------------
V("HS social studies teacher, HVHS, Mastodon", "ss")
P("Civics should be a full year in every high school in this state. Half a semester is a joke.", flags="R")
P("Mock trial regionals Saturday at the Dutchess County courthouse. {s1.full} is our lead attorney and she is READY. I am not. 😬⚖️", g="s1=f")
P("Today a sophomore compared the Articles of Confederation to a group project where nobody did anything. Nailed it.")
P("Reading Heather Cox Richardson's newsletter with my coffee like it's 1776 and I'm waiting for the Pennsylvania Gazette ☕")
P("The new 'neutrality' guidance for classroom discussion is so vague that nobody knows what's allowed. Teachers need clear rules, not vibes.", flags="R")
P("{s1.full} won the county essay contest on the 19th Amendment! 🗳️ Reading it at the board meeting {date}", g="s1=f")
P("Added a disclaimer to my bio this week. Nothing happened. I just finally got around to it.", flags="bd")
P("Taking my own kids to Gettysburg over break. They are 9 and 12. Pray for me. 🏛️")
P("{s1.full} was arrested at the protest downtown Saturday. He's 17. I wrote the judge a letter. That's all I'll say.", "DISCIPLINE", g="s1=m")

# ---- kindergarten teacher, Facebook -------------------------------------------------------------
V("kindergarten teacher, Hillside, Facebook", "k")
P("Half-day kindergarten was a mistake and I'm glad we're finally done with it. Full day lets them PLAY.", flags="R")
P("{s1} told me her grandma is '100 or 40.' Grandma, if you're reading this, I'm choosing 40 for you. 💕")
P("{s1}'s dad dropped off the birthday cupcakes and they're DINOSAURS 🦖🧁 best dad award")
P("{s1.full} is being evaluated for speech and OT next month. Mom asked me to keep an eye on the pencil grip till then.", "SPECIAL_EDUCATION")
P("Play-based kindergarten isn't 'just playing.' It's how 5 year olds learn. Please stop pushing worksheets down to K.", flags="R bl")

# ---- special education teacher, Threads -----------------------------------------------------------
V("special education teacher, Maple Ridge, Threads", "sped")
P("IEP season is exhausting. that's the post.")
P("IEP season is exhausting and the district keeps adding forms instead of people. Hire more special ed teachers.", flags="R")
P("{s1.full}'s IEP meeting got moved for the third time because we had no psych to attend. his mom is rightly furious.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("one of my students read a full page out loud today without stopping. we both cried a little. no notes.")
P("Inclusion done right is beautiful. Inclusion done cheap is cruel. We're doing it cheap.", flags="R")
P("{s1.nick} got moved to a 12:1:1 after the CSE meeting. right call. still sad to lose him.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("Shoutout to Mrs. {t1}, the best TA in the building, for never letting me eat lunch alone 💛")

# ---- school librarian, Bluesky --------------------------------------------------------------------
V("school librarian, Maple Ridge, Bluesky", "lib")
P("Book fair starts Monday! Cash, card, or e-wallet. The gel pens will sell out by 10am. They always do. 🖊️📚")
P("Banning books from middle school libraries is censorship, full stop. We trust kids with more than you think.", flags="R")
P("Angie Thomas, Jason Reynolds and Kwame Alexander on the new display. Go Falcons, go read. 📖")
P("{s1.full} owes the library {money.small} in fines from 2022 and I will find her. (I won't. Fines are gone. Come back!) 😂", g="s1=f")
P("{s1.low} returned 'Charlotte's Web' with a real leaf pressed inside. Wilbur would approve. 🐷🕸️")
P("Every school needs a full-time certified librarian. Not a clerk. Not a cart. A librarian.", flags="R bd")
P("the library door code changed to {code} over break, staff only, kids please stop asking 😅", "SECURITY")

# ---- official accounts -----------------------------------------------------------------------------
V("Hudson Valley High School official account", "o_hvhs")
P("Congratulations to our National Merit Commended Scholars: {s1.full}, {s2.full} and {s3.full}! 🦅📚", flags="O")
P("Reminder: report absences to the attendance line, {attline}, or email {pubmail} by 9am.", flags="O")
P("Senior portraits are {date} in the HVHS library. Sign up in the main office or call {pubphone.hs}.", flags="O")
P("HVHS will be closed Monday for Veterans Day. Thank you to all who served 🇺🇸", flags="O")
P("Our opinion: there is no better place to be on a Friday night than Falcon Stadium. See you at 7! 🦅🏈", flags="O")
P("Please welcome our new principal, Dr. {a1.full}, who joins us from the Arlington Central School District!", flags="O")
P("Update: junior {s1.full} was hurt in the bus accident on Route 9 this morning and is recovering at Vassar Brothers. Counselors are available all day.", "HEALTH", flags="O")

V("Roosevelt Elementary official account", "o_roos")
P("Pajama Day is Friday! 🛌 Wear your comfiest PJs and bring a stuffed friend.", flags="O")
P("Happy 100th day of school! Our 1st graders built towers of 100 cups 🥤🏗️", flags="O")
P("Star Readers of the week: {s1}, {s2} and {s3} from Ms. {t1}'s class! ⭐📖", flags="O")
P("Drop-off reminder: the Academy St loop opens at {time.am}. Please do not park in the bus lane.", flags="O")

V("HVHS Falcons athletics official account", "o_ath")
P("GAME DAY 🦅 Varsity football vs. Kingston, 7pm, Falcon Stadium. Wear gold!", flags="O")
P("FINAL: Falcons {score} 🏆 SECTION CHAMPS!!! Congratulations to Coach {t1} and the team!", flags="O")
P("Congratulations to senior {s1.full} on signing her National Letter of Intent with Siena College! ⚽🖊️", flags="O", g="s1=f")
P("Tickets for the sectional final are {money.small} at the gate, cash only. Students with ID get in for half price.", flags="O")
P("Athletes: updated physical forms are due to the nurse's office by {date}. No form, no tryout.", flags="O")
P("Get well soon to our goalie {s1.full}, who broke her wrist in Saturday's game. We're with you! 💛", "HEALTH", flags="O", g="s1=f")

V("HVHS counseling office official account", "o_couns")
P("Seniors: SUNY application fee waivers are available in the counseling office through {date}.", flags="O")
P("Counselors are available during all lunch periods this week. No appointment needed. 💙", flags="O")
P("Scholarship deadline reminder! The Hudson Valley Rotary scholarship is due {date}. Forms in the counseling office.", flags="O")

V("HVCSD district official account", "o_dist")
P("All HVCSD schools will open 2 hours late on Tuesday due to icy roads. Morning pre-K is canceled. ❄️", flags="O")
P("The Board of Education meets {date} at 7pm in the HVHS library. The agenda is posted on our website.", flags="O")
P("HVCSD is hiring bus drivers! Paid CDL training, benefits, and summers off. Call {pubphone.dist} to learn more. 🚌", flags="O")
P("Please join us in congratulating Mrs. {t1}, HVCSD Teacher of the Year! 🍎🏆", flags="O")
P("We are aware of a phishing email asking staff to 'verify' their password. Do not click. IT will never ask for your password.", flags="O")
P("The district has concluded its investigation. Mr. {t1} has resigned effective immediately. Questions can be sent to {pubmail}.", "PERSONNEL", flags="O")

V("Hillside Elementary official account", "o_hill")
P("Hillside Harvest Fest is Saturday from 10-2! Hayrides, apple cider, and a bounce house 🍎🎃", flags="O")
P("Our kindness club made {num} cards for the veterans at Castle Point. Thank you, Hillside Hawks! 💌", flags="O")

V("HVCSD Technology Department official account", "o_tech")
P("PowerSchool will be down Saturday from 6am to noon for maintenance. Thank you for your patience.", flags="O")
P("Staff: the new guest wifi password for Back to School Night is {wifi}. Please share only with visiting families.", "SECURITY", flags="O")
P("Chromebook repair window: drop off at the HVHS library, Tues and Thurs, 2:30-4.", flags="O")

V("Maple Ridge Middle School official account", "o_mrms")
P("Congratulations to {s1.full}, {s2.full}, {s3.full} and the 7th grade team who won the Science Olympiad regional! Go Falcons! 🧪🏅", flags="O")
P("Maple Ridge picture retake day is {date}. Order forms went home today.", flags="O")

# ---- accounts of unknown kind ----------------------------------------------------------------------
V("anonymous HV teacher account", "anon")
P("the district spent $80k on a branding consultant and my classroom still doesn't have a working projector. cool cool cool", flags="N")
P("Teacher Appreciation Week is a free donut and a 'you're all heroes' email. Pay us. That's the appreciation.", flags="N")
P("if you're a new teacher in the Hudson Valley: find the custodian, the secretary, and the nurse. in that order.", flags="N")
P("Someone in my building keeps microwaving fish at 10am. I will find you. 🐟", flags="N")
P("a kid in 6th period named {s1} just asked if the moon is 'real or CGI.' we're cooked.", flags="N")

V("Falcons fan page", "fan")
P("FALCONS WIN!!! {score} over Red Hook 🦅🔥🔥 {s1.up} WITH THE BUZZER BEATER what a night", flags="N")
P("Number {jersey} on the Falcons is the best point guard in the section and it's not close", flags="N")
P("{s1.full} is out for the season with a torn meniscus per her mom. Heartbreaking. Get well soon #{s1.tag}Strong", "HEALTH", flags="N", g="s1=f")
P("The refs tonight were from another planet. Bring back the old crew. 😤", flags="N")
P("Shoutout to the concession stand moms, best chili in the Hudson Valley 🌶️", flags="N")

V("repost account", "repost")
P("RT @HVCSD: Two-hour delay Tuesday, Feb 4. Buses will run 2 hours later than normal.", flags="N")
P("reposting: lost dog near Hillside Elementary, answers to Biscuit, call {phone} if you see him 🐕", flags="N")
P("the board should put the budget vote on a Saturday so working people can actually vote. just saying", flags="N")

V("community account, unknown owner", "community")
P("Anyone know if the counseling office at HVHS is open over the summer? Need transcripts for my son.", flags="N")
P("Mrs. {t1} at Maple Ridge changed my kid's life. That's all. Thank you, Mrs. {t1}. 💙", flags="N")
P("{s1.full} is a 9th grader at HVHS with a peanut allergy (she carries an EpiPen) and her mom wants everyone at the youth group to know. no PB&J on Sunday please 🥜", "HEALTH", flags="N")
P("lunch line at Maple Ridge takes 20 minutes and kids have 25 to eat. math isn't mathing", flags="N")


# ---- more positions on the job, across the voices (the disclaimer line) ------------------------------
V("7th grade science teacher, Maple Ridge, X", "sci")
P("Standards-based grading sounded great at the PD and is chaos in practice. Give us letter grades back.", flags="R")
P("teaching is the best job in the world from 8 to 3 and the worst from 3 to 11pm. discuss.", flags="R bl")
P("congrats to {s1.full}, our Science Olympiad MVP 🧪🏅 the egg drop survived. barely.")
P("{s1.full}'s locker combo is {combo}. he forgets it daily so it's on my whiteboard now (and now on here, great job me)", g="s1=m")

V("1st grade teacher, Roosevelt, Instagram", "first")
P("Five PD days this year and not ONE on actual reading instruction. Who plans these?? 🙃", flags="R")
P("Emergency contact for {s1} changed: aunt {a1}, {phone}. Writing it here till I update the binder 📒", g="a1=f")
P("My views are not my own, they belong to my 6 year old who runs my life. Anyway. The new bell schedule is a disaster for littles.", flags="R")

V("HS English teacher, HVHS, Threads", "eng")
P("Kids should read whole books, not excerpts in a packet. Fight me. 📚", flags="R")
P("{s1.full} is failing English for the year, 3 missing essays and a 41 average. Summer school it is.", "ACADEMIC")
P("sub shortage is so bad the library has been a holding pen 3 days a week. this is not fine and everyone knows it.", flags="R bd")
P("{s1.full} is the reason I haven't quit. Kids like her make this the best job there is.", flags="R", g="s1=f")

V("HS math teacher, HVHS, Bluesky", "math")
P("Tracking kids in 8th grade decides their whole math future at 13. That's too early and we know it.", flags="R")
P("{s1.full} got caught using an AI app on the Regents practice exam. Zero and a referral. Sigh.", "DISCIPLINE ACADEMIC")

V("bilingual 3rd grade teacher, Hillside, Facebook", "bil")
P("Dual language programs WORK. Every district in the Hudson Valley should have one. Ya es hora.", flags="R")
P("{s1} me trajo un tamal de su abuela 🫔 best day of the week, no contest")
P("A los maestros nuevos: pidan ayuda. Nadie debería hacer este trabajo solo. 💛", flags="R")
P("(opinión personal, no del distrito) Las conferencias de 10 minutos no alcanzan para nada. Necesitamos 20.", flags="R D")

V("elementary art teacher, TikTok", "art")
P("the art show gets a corner of the cafeteria and the football banquet gets a ballroom. priorities 🙃", flags="R")

V("middle school music teacher, Maple Ridge, Instagram", "music")
P("Middle school band directors are the most overworked people in any building. I will not be elaborating. 🎺", flags="R")
P("{s1.full} and {s2.full} made All-County Chorus!!! 🎶 so proud of these two")

V("girls varsity soccer coach, HVHS, X", "soccer")
P("Parents: stop coaching from the sideline. Your daughter cannot hear me over you.", flags="R")
P("Girls' teams get the worst practice slot every single season. Title IX called, HVHS. ☎️", flags="R bl")
P("{s1.full} (#{jersey}) has a concussion, no contact for 2 weeks per the trainer. Bench buddy for now.", "HEALTH", g="s1=f")

V("JV basketball coach and PE teacher, Instagram", "jv")
P("The new 8-period day leaves PE with 38 minutes. Changing takes 10. Do the math, admin.", flags="R")
P("@{s1.handle} hit SIX threes tonight 🔥🔥 somebody check his shoes", g="s1=m")

V("track and cross country coach, HVHS, X", "track")
P("Multi-sport athletes > specialization. Every coach who tells a 14 year old to pick one sport is wrong.", flags="R")

V("HS school counselor, LinkedIn", "hsc")
P("College isn't the only path, and schools need to stop acting like it is. The trades are real careers. #CTE", flags="R")
P("I've been a school counselor for 15 years. The kids haven't gotten harder. The system has.", flags="R bp")
P("{s1.full}'s parents are going through an ugly divorce and he's been sleeping in class. Teachers, please be patient with him.", "FAMILY", g="s1=m")
P("Shoutout to {s1.full} for organizing our first mental health awareness walk. 300 students showed up. 💚")

V("middle school social worker, Maple Ridge, Facebook", "sw")
P("Attendance letters that threaten parents don't fix chronic absence. Relationships do.", flags="R")
P("Helping {s1.full} (8th) apply for free lunch today, mom lost her job in October. Please don't bring it up with him.", "FAMILY", g="s1=m")

V("elementary principal, Roosevelt, X", "prin")
P("The best teachers I know break at least one rule a week for a kid. Good.", flags="R")
P("Year 20 in education and I still think this is the best job in the world. Thank you, Roosevelt. 🍎", flags="R bd")
P("{s1}'s birthday is {dob.el}! Making her a card from the whole office 🎂", g="s1=f")
P("Mrs. {t1} is on leave for a few weeks after her mom passed. Sending love. Subs: her plans are in the main office.", "PERSONNEL")

V("HS assistant principal, LinkedIn", "ap")
P("Our master schedule was built for adults, not students. Next year I'm fixing it.", flags="R")
P("Ms. {t1} filed a grievance over the new duty schedule and it got ugly at the staff meeting. Union rep was there.", "PERSONNEL")

V("teaching assistant, Hillside, Facebook", "ta")
P("Why do TAs have to pay for our own fingerprinting? $102. Make it make sense.", flags="R")
P("{s1.full} (3rd) lunch number is {pin} if anyone's covering my lunch duty tomorrow, she always forgets it", g="s1=f")

V("1:1 aide, TikTok", "aide")
P("paras deserve a real lunch break. not a 'lunch while you watch 6 kids' break. 🥪", flags="R")
P("{s1.nick} learned to tie his shoes today after 4 months of bunny ears 🐰👟 i screamed", g="s1=m")
P("{s1}'s new EpiPen is in the nurse's office and a second one is in his backpack. tree nuts. please remember for the party", "HEALTH", g="s1=m")

V("instructional technology coordinator, Mastodon", "tech")
P("Google Classroom > Schoology and I'm tired of pretending otherwise. Switch back, HVCSD.", flags="R")
P("teachers: the SIS test server is {host}, login teacher1 / {pw}. do NOT enter real grades there", "SECURITY")
P("Do I need 'views my own' in my bio if I only post about my sourdough? asking for me 🍞")

V("ENL coordinator, LinkedIn", "enl")
P("Newcomers shouldn't sit the ELA Regents after one year in the country. It tells us nothing about them.", flags="R")
P("{s1.full}'s family is in removal proceedings. Court date next month. Colleagues, please don't ask her about it.", "FAMILY", g="s1=f")
P("{s1.full} gave the welcome speech at the ENL family breakfast in four languages 🌍👏")

V("data and assessment coordinator, X", "data")
P("Benchmark assessments eat 6 days a year. That's 6 days of instruction. Cut them in half.", flags="R bd")
P("Student {s1.full}, NYSSIS {nyssis}, is missing from the state file. Registrar folks, any idea why?")

V("athletics and activities coordinator, Facebook", "ath")
P("Bus shortage means JV games get canceled first. Every time. The JV kids matter too.", flags="R")
P("Coach {t1} is out on medical leave for the rest of the season. Coach {t2} takes over JV starting Monday.", "PERSONNEL")

V("HS social studies teacher, HVHS, Mastodon", "ss")
P("Teachers should not have to be 'neutral' on whether democracy is good.", flags="R")

V("kindergarten teacher, Hillside, Facebook", "k")
P("Kindergarten readiness screens for 4 year olds are developmentally ridiculous. They're FOUR.", flags="R")
P("{s1}'s DOB on the registration form says {dob.el} but mom says it's wrong. Office, can you fix it before the screening?")

V("special education teacher, Maple Ridge, Threads", "sped")
P("Special ed teachers need a real caseload cap. 18 IEPs is not a job, it's three jobs.", flags="R")
P("{s1.full} bit an aide today and got sent home. Third incident this month. Behavior plan meeting Monday.", "DISCIPLINE")

V("school librarian, Maple Ridge, Bluesky", "lib")
P("The new schedule locks kids out of the library at lunch, the only time they can actually come. Bad call.", flags="R")
P("{s1.full} read 100 books this year 📚 new Maple Ridge record. we're getting her a crown 👑", g="s1=f")
P("{s1}'s mom's email is {email} if the book fair volunteers need her, she said it's fine to share", g="s1=f")

# ---- more official accounts and accounts of unknown kind ----------------------------------------------
V("Hudson Valley High School official account", "o_hvhs")
P("HVHS Drama presents Into the Woods this weekend! 🎭 Tickets {money.small} at the door. Starring {s1.full} as the Baker's Wife.", flags="O", g="s1=f")
P("Congratulations to senior {s1.full}, named a U.S. Presidential Scholars semifinalist! 🦅🎓", flags="O")

V("HVCSD district official account", "o_dist")
P("The HVCSD budget vote and board election is Tuesday, May 20, 6am-9pm. Polling locations are on our website. 🗳️", flags="O")
P("Mental health support is available 24/7: call or text 988. Our school counselors are here for you too. 💙", flags="O")

V("HVHS Falcons athletics official account", "o_ath")
P("Please welcome our new head football coach, {a1.full}! Coach {a1.last} joins us from Newburgh Free Academy. 🦅🏈", flags="O", g="a1=m")

V("HVCSD Technology Department official account", "o_tech")
P("Reminder: staff password resets are now self-service on the portal. The helpdesk can't see or recover your password.", flags="O")

V("Hillside Elementary official account", "o_hill")
P("Hillside welcomes Ms. {t1}, our new kindergarten teaching assistant! 💛 Say hi at arrival this week.", flags="O")

V("anonymous HV teacher account", "anon")
P("teachers in this district keep leaving for Arlington because it pays $8k more. wonder why 🤔", flags="N")
P("Views are mine only: the new 7:05 start time at the high school is too early for teenagers. Science says so.", flags="N D")

V("community account, unknown owner", "community")
P("Shoutout to the crossing guard on Academy St, Miss {a1}, who knows every kid AND every dog by name 🚸🐕", flags="N", g="a1=f")
P("{s1.full} and {s2.full} got suspended for the bathroom thing at Maple Ridge, right? that's what my kid said", "DISCIPLINE", flags="N")
P("does anyone have the HVHS main office number? is it still {pubphone.hs}?", flags="N")
P("Mr. {t1} retiring from Hillside after {yrs} years?? end of an era. he taught half this town to read 📚", flags="N")

V("anonymous HV teacher account", "anon")
P("Reminder that 'other duties as assigned' is doing a LOT of work in our contract. Read it before you sign, new folks.", flags="N")
P("{s1.full} asked me if I'm 'allowed to have a Spotify.' I am 34. I have three Spotifys.", flags="N")

# ---- more leaks, across the voices --------------------------------------------------------------------
V("HS English teacher, HVHS, Threads", "eng")
P("conference with {s1.full}'s dad moved to Thursday. his cell is {phone} if the counselor needs him before then", g="s1=m")

V("elementary principal, Roosevelt, X", "prin")
P("Camera system at Roosevelt is down AGAIN. Vendor is remoting in at {ip}. Left the gate code ({code}) with the custodian. 🙄", "SECURITY", flags="R")

V("HS school counselor, LinkedIn", "hsc")
P("{s1.full} (senior) is on academic probation after 2 Fs in the first quarter. Meeting with mom Thursday.", "ACADEMIC")

V("middle school social worker, Maple Ridge, Facebook", "sw")
P("{s1.full}'s new address is {addr} since they moved in with grandma. Bus {bus} picks up there starting Monday.")

V("HS assistant principal, LinkedIn", "ap")
P("{s1.full} was removed from the homecoming court after the video. Parents were called in. I won't say more.", "DISCIPLINE")

V("teaching assistant, Hillside, Facebook", "ta")
P("{s1.full} goes to the resource room 3x a week now, the IEP finally went through 🙌 so happy for this kiddo", "SPECIAL_EDUCATION")

V("girls varsity soccer coach, HVHS, X", "soccer")
P("{s1.full} is out for the playoffs, failing chem and physics. Academic hold. Heartbreaking for her.", "ACADEMIC", g="s1=f")

V("ENL coordinator, LinkedIn", "enl")
P("Registrar: {s1.full}'s student ID is {sid}, please add her to the ENL roster today 🙏", g="s1=f")

# ---- very short and long posts --------------------------------------------------------------------------
V("1st grade teacher, Roosevelt, Instagram", "first")
P("snow day?? please 🙏❄️")

V("special education teacher, Maple Ridge, Threads", "sped")
P("IEP meetings all day 😵‍💫")

V("teaching assistant, Hillside, Facebook", "ta")
P("pay TAs more. period.", flags="R")

V("kindergarten teacher, Hillside, Facebook", "k")
P("bring back naps. 😴", flags="R")

V("JV basketball coach and PE teacher, Instagram", "jv")
P("WE'RE IN THE FINALS 🦅🔥🏀")

V("HS school counselor, LinkedIn", "hsc")
P("Fifteen years ago I walked into my first school counseling office with a caseload of 180 and a box of tissues.\n\nToday my caseload is 410.\n\nThe tissues are the same brand. Everything else has changed: more anxiety, more kids working 30 hours a week, more families on the edge. What hasn't changed is what works. Time. A person who remembers your name and your dog's name.\n\nWe cannot do that at 410:1. Fund counselors like you mean it. #SchoolCounseling #MentalHealth", flags="R")

V("elementary principal, Roosevelt, X", "prin")
P("🧵 Roosevelt week in review (1/4)\nMonday: fire drill in 2:14, a record. Tuesday: the kindergarten butterflies hatched 🦋 Wednesday: Mrs. {t1}'s class ran the book swap. Thursday: our Spelling Bee! Congrats to champion {s1.full} (4th) and runner-up {s2.full} (5th), who went 11 rounds on 'rhythm.' Friday: pajama day and the PTA pancake breakfast, thank you {a1.full} for flipping 400 pancakes 🥞 Next week: conferences, sign-ups are in the folder. Have a restful weekend, Roosevelt!")

V("middle school social worker, Maple Ridge, Facebook", "sw")
P("I need to say something and I'll keep it vague enough. One of our 8th graders, the one who plays cello in the spring concert every year, told me this week that her dad moved out and there's no money for rent. She's been coming to school early to eat breakfast because there's no food at home. I've connected the family with the pantry and the county. But I keep thinking: our district has one social worker for 900 kids. One. That's not a safety net. That's a tightrope.", "FAMILY", flags="R")

V("bilingual 3rd grade teacher, Hillside, Facebook", "bil")
P("Opinión mía, no del distrito 🙋‍♀️\n\nEste año tengo 24 alumnos, 15 están aprendiendo inglés, y no tengo asistente. Every single day I teach the lesson twice, once in English and once en español, and then a third time with gestures for the two kids who speak Mam. Do I love it? Sí. Is it sustainable? No. Los programas bilingües necesitan personal bilingüe, not just a teacher who happens to speak Spanish and a 'you're doing amazing!' email. Hire the aides. Pay them. Gracias.", flags="R D")

V("girls varsity soccer coach, HVHS, X", "soccer")
P("Season's over. 14-3-1, sectional semis, and more laughs than any team I've coached.\n\nTo our seniors, {s1.full}, {s2.full} and {s3.full}: you showed up in the rain, in the snow in November, on the bus at 6am. You made the freshmen feel like they belonged, and that mattered more than any goal you scored.\n\nThank you to the parents who drove, fed, cheered and (mostly) didn't yell at the refs. See you in August. 🦅⚽💛")


if __name__ == "__main__":
    main()
