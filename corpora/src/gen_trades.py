"""Generate corpora/src/trades.jsonl: posts by high-school career-and-technical and upper-grade staff.

Voices: auto shop, welding, carpentry, culinary, cosmetology and agriculture/FFA teachers, health-careers
and nursing-assistant instructors, JROTC instructors, AP / IB / dual-enrollment teachers and department
chairs, work-based-learning and internship coordinators, senior guidance counselors (college apps,
FAFSA, military recruiting) and BOCES career-center staff, on LinkedIn, Facebook, X and Instagram
captions, plus official CTE / counseling / JROTC / BOCES accounts and posts of unknown kind.

Content: student projects and certifications (ASE, NOCTI, ServSafe, OSHA-10, CNA, AWS), internships and
co-op placements at local businesses (businesses named for people are NOT student names: "Miller Auto
Body"), shop safety incidents, FAFSA and family-finance details, seniors' grades and acceptances,
enlistment, and opinions about CTE funding, testing, "college for all", the trades shortage, the bell
schedule and the district's priorities. Hard negatives: adults by full name (employers, mentors,
parents, recruiters), authors, historical figures, athletes, musicians, streets and businesses named
for people, staff by title, shop / booth / bay / room / bus / work-order numbers, scores of games,
money, the district's public numbers and mailboxes, the word "password" with no secret.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is genlib.py's;
every skeleton, bio and voice below is new and written for this slice. Deterministic: fixed seed, no
clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child at another school)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.word}
      {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {biz} {biz2} local businesses named for people, {room} {bay} {bus} {time} {jersey}
      {year} {date} {wo} {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail} {money}
      {wage} {num} {hrs} {score} {pct}

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

OUT = Path(__file__).resolve().parent / "trades.jsonl"
SEED = 20261202

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "en_IN", "fil_PH", "ga_IE", "es_CO", "en_GB", "nl_NL", "cs_CZ", "el_GR"]
# Names as US staff type them: locales whose Faker names are not in Latin script, or that this slice
# wants spelled a particular way, come from these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Mustafa", "Anas", "Jad", "Ziad", "Walid", "Nabil", "Fares", "Adnan", "Hadi", "Mazen"],
           ["Rawan", "Dina", "Hala", "Joud", "Lama", "Sara", "Ghada", "Reem", "Nour", "Lubna"],
           ["Khoury", "Hijazi", "Sabbagh", "Jaber", "Obeid", "Harb", "Zahran", "Shami", "Mansoor", "Yassin"]),
    "ko": (["Tae-yang", "Woo-jin", "Sung-min", "Dong-hyun", "Ji-hoon", "Eun-woo"],
           ["Ye-jin", "Chae-won", "So-yeon", "Hye-rin", "Da-eun", "Min-ji"],
           ["Kim", "Oh", "Seo", "Bae", "Hwang", "Lim", "Ryu", "Moon"]),
    "hi": (["Advait", "Reyansh", "Pranav", "Siddharth", "Yash", "Karthik", "Nikhil"],
           ["Aditi", "Tanvi", "Shreya", "Pooja", "Nandini", "Avni", "Lakshmi"],
           ["Agarwal", "Pillai", "Desai", "Kulkarni", "Rao", "Mehta", "Banerjee", "Sinha", "Trivedi"]),
    "uk": (["Danylo", "Roman", "Yurii", "Pavlo", "Stepan", "Ihor"],
           ["Mariia", "Anna", "Kateryna", "Uliana", "Tetiana", "Yevheniia"],
           ["Hrytsenko", "Moroz", "Rudenko", "Tkachuk", "Pavlenko", "Zinchenko", "Kovalchuk"]),
    "ht": (["Jean-Baptiste", "Wesley", "Frantz", "Ricardo", "Stanley", "Emmanuel"],
           ["Darlene", "Nadège", "Fabiola", "Mirlande", "Widline", "Stephanie"],
           ["Pierre", "Joseph", "Jean-Louis", "Dorsainvil", "Toussaint", "Celestin", "Baptiste"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "es_ES": 2, "vi_VN": 3, "zh_CN": 3, "pl_PL": 4, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 3, "en_NG": 4, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "ga_IE": 3,
                "es_CO": 3, "en_GB": 2, "nl_NL": 2, "cs_CZ": 1, "el_GR": 1,
                "ar": 3, "ko": 2, "hi": 2, "uk": 2, "ht": 3}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Dominic", "Dom", "m"), ("Isabella", "Izzy", "f"), ("Ezekiel", "Zeke", "m"), ("Josefina", "Fina", "f"),
         ("Bartholomew", "Bart", "m"), ("Anh Thu", "Annie", "f"), ("Rodrigo", "Rigo", "m"), ("Samantha", "Sam", "f"),
         ("Emmanuel", "Manny", "m"), ("Abigail", "Abby", "f"), ("Oluwatobi", "Tobi", "m"), ("Małgorzata", "Gosia", "f"),
         ("Zachary", "Zach", "m"), ("Guadalupe", "Lupe", "f"), ("Frederick", "Freddie", "m"), ("Alexandra", "Lexi", "f"),
         ("Tadeusz", "Tadek", "m"), ("Cassandra", "Cassie", "f"), ("Jeremiah", "Jay", "m"), ("Mackenzie", "Kenzie", "f"),
         ("Salvatore", "Sal", "m"), ("Wilhelmina", "Billie", "f"), ("Augustine", "Gus", "m"), ("Penelope", "Penny", "f")]

STREET_BASES = ["Quarry", "Route 32", "Millbrook", "Fishkill", "Turkey Hill", "Bullville", "Hardscrabble",
                "Pine Bush", "Wallkill", "Shawangunk", "Coldenham", "Orange Tpke", "Blooming Grove", "Rock Cut",
                "Goshen", "Creamery", "Beaver Dam", "Tin Shop", "Sawmill", "Cedar Ridge"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Trl", "Pl", "rd", "lane", "Hwy"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own shop", "opinions welcome", "views are not my own") sit among the plain ones.
BIOS = [
    ("cte", "Automotive Tech instructor @ HVHS 🔧 ASE Master | posts are mine, not the district's", True),
    ("cte", "welding + fab teacher | 22 yrs in the trade before the classroom | opiniones mías, no del distrito", True),
    ("cte", "Culinary Arts chef-instructor 🔪 | all views personal, not HVCSD", True),
    ("cte", "Carpentry & Construction Trades | Hudson Valley | speaking for me, not my employer", True),
    ("cte", "Ag teacher & FFA advisor 🌽🐄 | personal page — nothing here is official HVCSD anything", True),
    ("cte", "auto tech teacher | '69 Chevelle in pieces in my own garage", False),
    ("cte", "Cosmetology instructor 💇‍♀️ licensed since '04 | opinions welcome in the comments", False),
    ("cte", "Welding 🔥 | Local 17 alum | dad | fishing", False),
    ("cte", "Chef. Teacher. Tired. 🍳", False),
    ("cte", "FFA advisor | goats, tractors, teenagers — in that order", False),
    ("cte", "carpentry teacher | my own shop is a mess, the school one is spotless", False),
    ("hc", "Health Careers / CNA instructor, RN | views expressed are my own", True),
    ("hc", "RN, BSN | teaching the next generation of nurses 🩺 | mes avis sont personnels, pas ceux du district", True),
    ("hc", "nursing assistant program @ BOCES 🩺 | 30 yrs bedside", False),
    ("hc", "Health Science teacher | EMT | coffee", False),
    ("rotc", "SAI, HVHS Falcon Battalion JROTC | retired USA | personal account, not official DoD or HVCSD", True),
    ("rotc", "Army Instructor | JROTC | views not endorsed by the Army or my school district", True),
    ("rotc", "JROTC | 24 yrs Army | views are not my own, they're my First Sergeant's 😂", False),
    ("rotc", "Marine vet | JROTC instructor | Semper Fi", False),
    ("ap", "AP Bio & dual-enrollment | HVHS | opinions mine alone", True),
    ("ap", "Social Studies chair • IB History • my tweets ≠ my district's", True),
    ("ap", "AP Lang teacher 📚 | Tweets are my own.", True),
    ("ap", "math dept chair | calculus, coffee, cross-country", False),
    ("ap", "AP Chem 🧪 | my own kids call me the mole lady", False),
    ("ap", "IB coordinator | Hudson Valley | Springsteen on repeat", False),
    ("wbl", "Work-Based Learning Coordinator | connecting students to careers | views my own", True),
    ("wbl", "internship coordinator @ HVHS | LinkedIn is personal, not an official district channel", True),
    ("wbl", "Work-Based Learning | CTE | building bridges between classrooms and careers 🌉", False),
    ("wbl", "Co-op coordinator | formerly HR @ a local manufacturer | open to connect", False),
    ("couns", "school counselor, HVHS Class of 2026 | I speak only for myself here", True),
    ("couns", "College & Career Counselor | FAFSA whisperer | consejos personales, no oficiales", True),
    ("couns", "HS counselor 🎓 | senior year survivor x14", False),
    ("couns", "counselor | own two teens, own two dogs, own zero free time", False),
    ("boces", "BOCES Career & Tech Center | Heavy Equipment instructor | my views, not BOCES's", True),
    ("boces", "BOCES program coordinator | all posts personal", True),
    ("boces", "BOCES Cosmetology + Barbering | licensed educator", False),
    ("boces", "BOCES New Visions Health | mom of 3 | runner", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "cte": "HVHS Career & Technical Education (official page) 🔧🍳💇",
    "hc": "HVHS Health Careers Academy | official",
    "rotc": "Official page of the HVHS Falcon Battalion, Army JROTC 🦅",
    "ap": "Hudson Valley High School Academics (official) | 100 School Rd",
    "wbl": "HVCSD Work-Based Learning & Internships (official account)",
    "couns": "HVHS School Counseling Office (official) | (845) 555-0110",
    "boces": "Mid-Hudson BOCES Career & Technical Center | official account",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "845", "914", "914", "518", "973", "347", "646"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                     "optonline.net", "frontiernet.net", "hvc.rr.com"]
    HOSTS = ["cte-cnc01.hvcsd.local", "hvhs-shopcam02.hvcsd.lan", "naviance-sync.hvcsd.internal",
             "hvhs-kitchen-pos.hvcsd.local", "weld-fumex-ctl.hvcsd.lan", "hvhs-ps03.hvcsd.local"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo|bro|son)\b", r"\b(she|her|hers|she's|shes|herself|mija|girl)\b")
    DOB_YEARS = {"hs": (2007, 2010)}
    DOB_DEFAULT = (2007, 2011)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as staff type names
        if got and (len(got[0]) > 13 or " " in got[1] and len(got[1]) > 16):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f[:1]}", f"{f}{r.randint(2004, 2011)}",
                f"{l}{r.randint(10, 99)}{f[:1]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Torque', 'Weld', 'Piston', 'Brisket', 'Tractor', 'Cadet'])}{r.randint(10, 99)}{r.choice('!#$@')}",
                         f"Falcon{r.choice(['Shop', 'CTE', 'Bn'])}{r.randint(2021, 2026)}",
                         f"hvcte{r.randint(100, 999)}",
                         f"{r.choice(['socket', 'roux', 'rebar', 'heifer'])}{r.choice(['Wrench', 'Sauce', 'Tie', 'Show'])}{r.randint(1, 9)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{r.choice(['welds', 'fab', 'cuts', 'bakes', 'ffa', 'revs'])}",
                         f"{f}{l[:1]}{r.randint(6, 29)}", f"{l}.{f[:1]}", f"its_{f}{r.choice(['', '_', 'x'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        biz_kinds = ["Auto Body", "Collision", "Plumbing & Heating", "Electric", "Diner", "Family Farm",
                     "Salon & Spa", "Construction", "HVAC", "Chevrolet", "Tire & Auto", "Bakery",
                     "Excavating", "Welding & Fab", "Dairy", "Landscaping", "Marine", "Funeral Home"]
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 27, 44, 61, 120, 215])}", "NETWORK_INFO"),
            "biz": lambda: f"{self.surname()} {r.choice(biz_kinds)}",
            "biz2": lambda: f"{self.surname()}'s {r.choice(['Garage', 'Bakery', 'Salon', 'Farm Supply', 'Hardware'])}",
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}",
                                      f"Shop {r.randint(1, 6)}"]),
            "bay": lambda: str(r.randint(1, 12)),
            "bus": lambda: str(r.randint(3, 58)),
            "time": lambda: r.choice(["6:45", "7:10", "7:35", "8:05", "9:20", "10:40", "11:55", "12:30", "1:45",
                                      "2:10", "2:50", "3:15", "5:30", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(1, 99)),
            "year": lambda: str(r.randint(2026, 2029)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "wo": lambda: r.choice([f"WO-{r.randint(10000, 99999)}", f"#{r.randint(4000, 9999)}", f"ticket {r.randint(200, 999)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: r.choice([f"${r.randint(2, 95)},{r.choice(['000', '500'])}", f"${r.randint(40, 900)}"]),
            "wage": lambda: f"${r.randint(15, 24)}.{r.choice(['00', '25', '50', '75'])}",
            "num": lambda: str(r.randint(3, 19)),
            "hrs": lambda: str(r.choice([60, 90, 120, 150, 200, 240])),
            "score": lambda: r.choice([f"{r.randint(14, 42)}-{r.randint(0, 28)}", f"{r.randint(52, 80)}-{r.randint(41, 70)}",
                                       f"{r.randint(2, 7)}-{r.randint(0, 4)}"]),
            "pct": lambda: str(r.randint(31, 88)),
        }


SK = genlib.Skeletons("CTE staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.45 else 2 if x < 0.9 else 1
    if sk["cats"]:
        return 3 if x < 0.3 else 2 if x < 0.8 else 1
    if "R" in sk["flags"]:
        return 2 if x < 0.5 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.2 else 1
    return 2 if x < 0.1 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.8,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.3, 0.17) if "R" in sk["flags"] else (0.4, 0.11))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student, a colleague, or someone unique from context ("the only girl in Welding II", "my one
# senior going to basic in July"); "a kid in 3rd period" stays clean. R only for personal posts
# whose text takes a position about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- auto shop -----------------------------------------------------------------------------------
V("automotive technology teacher, 40s, Facebook", "cte")
P("Bay {bay} has a '09 Silverado with a blown head gasket and 4 juniors who think they can fix it by Friday. I believe in them. mostly 🔧")
P("{s1.full} passed his ASE Entry-Level Brakes cert today!! first one in the class. kid lives under that lift 🔧🏁")
P("ASE entry-level results came back. 11 of 14 certified. proud of this crew. best program in the building and it's not close", flags="R")
P("We turn away 40 kids a year from auto tech because we have one teacher and eight bays. Then everybody wonders where the mechanics went.", flags="R")
P("{s1} caught his sleeve in the bench grinder 3rd period. Only a scrape and a ripped hoodie but his mom was NOT happy with me. Safety glasses AND tight sleeves, people", "HEALTH")
P("somebody left a jack stand under the lift in bay {bay} overnight. that's how people get hurt. put your stuff away.")
P("Parents: if your kid comes home smelling like brake cleaner, that's called learning. it washes out. probably.")
P("Our shop still runs a scan tool from 2011 that can't read half the cars on the road. 'Career ready' my foot.", flags="R")
P("{biz} donated two engines for teardown. {a1.full} drove them over himself in the flatbed. the kids lost their minds 🙌", g="a1=m")
P("Parent night: {s1.full}'s dad asked me if his kid could do his brakes. Told him to book it through the shop like everybody else 😂 $40 labor, parts at cost")
P("Best job in the building is the one where a 16 y/o hears an engine turn over that he rebuilt himself. Fight me.", flags="R")

V("auto shop teacher, 50s, X", "cte")
P("NOCTI written scores are back. {s1.lastinit} got a 38 on the written and missed the cut by 4. he can diagnose a misfire by ear. test measures the wrong thing", "ACADEMIC", flags="R", g="s1=m")
P("Guy at the parts counter asked if I 'still teach shop' like it's 1975. Yeah Dave, we have an EV trainer now.")
P("An electric-vehicle trainer costs $38k. The district spent more than that on a consultant to tell us to 'reimagine pathways.' Reimagine a bay door that closes.", flags="R")
P("the shop laptop login for the alldata subscription is taped to the monitor: user hvauto, pass {pw}. whoever keeps changing the wallpaper to a Lambo, I see you", "SECURITY")
P("Jets found a new way to lose. Truly an innovator's mindset over there 🙄")
P("Every kid who takes auto tech learns to change a tire. Every kid who doesn't, calls AAA. Make it required.", flags="R")
P("Dual credit w/ SUNY Delhi approved for Auto Tech II!! Kids can earn 6 credits before graduation. Smartest thing this district has done in years", flags="R")
P("The trades shortage isn't a mystery. We told every 8th grader for 20 years that shop was for the kids who couldn't hack it.", flags="R")

# ---- welding -------------------------------------------------------------------------------------
V("welding instructor, 30s, Instagram", "cte")
P("{s1.full} passed her AWS D1.1 plate bend test!!! first girl from our program to do it 🔥🔥 #WomenInWelding", g="s1=f")
P("the only girl in Welding II got a flash burn on her forearm today. Shes fine. sleeves down ALWAYS, ladies and gents", "HEALTH")
P("Fume extractor in booth {bay} is on its third work order ({wo}). Three. Kids are welding galvanized next week. Somebody please care about their lungs.", flags="R")
P("Got a text from a grad: $34/hr pipeline helper, no debt, 19 years old. Tell me again this program is 'an alternative' to something.", flags="R")
P("{s1.low} built a trailer. an entire trailer. street legal. he's a sophomore. I'm just here for moral support 🛻")
P("Shoutout to {biz} for donating a pallet of 1/4\" plate. That's three months of practice coupons 🙏")
P("Booth {bay} fire blanket was out this morning. Spark landed on a rag, {s2} put it out before I even turned around. That's training. Proud AND shook.")

V("welding and fab teacher, 50s, Facebook", "cte")
P("{s1.full}'s family lost their apartment in the fire on {a1.last} St. He's staying with his uncle and still showed up for the cert test. If you can help, DM me", "FAMILY", g="s1=m")
P("hot take: every HS in the state should have a welding program before it has another esports room", flags="R")
P("Love to get a district email about 'innovation' sent from a superintendent who has never once walked down the CTE hallway. Door's open, sir.", flags="R")
P("Seniors: the Local 17 apprenticeship test is {date}. Sign up sheet on my door. Bring ID and a #2 pencil, yes really")
P("Still can't believe the board voted to keep the shop open after the budget scare. Right call, and thank you to the parents who showed up and spoke.", flags="R")

# ---- culinary ------------------------------------------------------------------------------------
V("culinary arts chef-instructor, 40s, Instagram", "cte")
P("{s1.full} got his ServSafe Manager cert at 17. Chefs I worked with at 30 didn't have that. Hire this young man {biz}, I'm begging 🙏", g="s1=m")
P("Kid in 2nd period sliced his thumb on the mandoline. 2 stitches, he's fine, and yes we are doing a cut-glove refresher tomorrow.")
P("{s1} had an allergic reaction tasting the pesto in lab, pine nuts. used her epi, ambulance came, she's ok. I checked the allergy list twice and it wasn't on there. I'm shaking", "HEALTH", g="s1=f")
P("Our café serves 80 staff lunches a week, run by teenagers, and turns a profit. The district wants to close it to 'free up the space.' Wrong move.", flags="R")
P("Gordon Ramsay would've cried at today's beef Wellington. In a good way. Mostly.")
P("Teaching knife skills to 15 year olds is the most terrifying and best job there is. 10/10 would bleed again.", flags="R")
P("Staff café open Thurs 11-1 in room {room}: chicken marsala, caesar, tiramisu. $7. Cash or Venmo to the program account.")
P("@{s1.handle} plated a dessert today that looked like it came out of a Michelin kitchen. 16 years old. I'm retiring.")
P("Why does the culinary program have to fundraise for FOOD. We're a cooking class. The football team doesn't sell candy bars to buy footballs. Oh wait.", flags="R")
P("My grandmother's sauce > every jarred sauce in existence. Not up for debate. 🍅")

V("culinary teacher, 30s, Facebook", "cte")
P("{s1.full} (sophomore, culinary 1) has been taking food home from lab every day. Found out today her family's SNAP got cut off. Talked to the social worker. Packing extra tomorrow.", "FAMILY", g="s1=f")
P("Catered the retirement dinner for Mrs. {t1} tonight. 120 plates, 14 students, zero disasters. OK one small disaster. The cake survived.")
P("Walk-in cooler has been at 47°F for 3 days. Facilities says they're 'aware.' Aware doesn't keep chicken safe. We're tossing $600 of product.", flags="R")
P("SkillsUSA regionals Saturday! Culinary team leaves from the bus loop at {time}. Chef coats ironed, knives rolled, let's go 🏆")
P("The Food Network is 90% screaming and 10% cooking and I will watch every second of it")
P("staff: the café POS is on {ip} now, if it freezes just power-cycle the grey box under the register, don't call IT again lol", "SECURITY")

# ---- cosmetology ---------------------------------------------------------------------------------
V("cosmetology instructor, 40s, Instagram", "cte")
P("{s1.full} passed the NY state practical on the first try!!! 1000 hours, done. licensed cosmetologist at 18 ✂️💖", g="s1=f")
P("People still call cosmetology 'the easy elective.' 1,000 clock hours, chemistry, anatomy, a state board exam. Try it.", flags="R")
P("Student salon open Fri 9-11 for staff! $5 blowouts, $10 trims. Book with the sign up sheet in room {room} 💅")
P("{s1} is short 212 hours for the state board because she missed 6 weeks after the baby. We're building a make-up schedule. She's not quitting and neither am I.", "HEALTH", g="s1=f")
P("Our shears are from 2014. Our dryers trip the breaker if three run at once. But sure, let's buy more smart panels.", flags="R")
P("Taylor Swift's Eras hair is going to be every prom request this year, I can feel it 🫶")

V("BOCES barbering instructor, 30s, X", "boces")
P("{s1.up} with the cleanest taper I've ever seen from a first-year. he's going to own a shop by 25 watch 💈", g="s1=m")
P("state dropped barbering hours requirements and nobody asked the people teaching it. guess who's cleaning up that mess", flags="R")
P("Clippers donated by {biz2}. thank you!! the kids were using mine and mine are tired 💈")

# ---- carpentry -----------------------------------------------------------------------------------
V("carpentry and construction trades teacher, 50s, Facebook", "cte")
P("{s1.full} just got offered a pre-apprenticeship spot with the carpenters union. he was the kid nobody expected to finish 9th grade. 🔨💪", g="s1=m")
P("A junior put a framing nailer through the side of his boot this morning. Missed the toe by half an inch. He's ok. I'm not.")
P("{s1} caught the table saw kickback square in the ribs. Cracked rib, out 2 weeks. Blade guard was on, push stick was in the bin. We're re-doing every saw checkoff tomorrow.", "HEALTH")
P("Quit telling every 13 year old that college is the only way. My grads are framing houses and out-earning their friends with degrees.", flags="R")
P("Lumber for the house project went up another $4k. The budget line hasn't moved since 2019. Do the math.", flags="R")
P("Thanks to {a1.full} from {biz} for coming in to talk about estimating. The kids asked 40 questions about his truck and 2 about estimating. Close enough.", g="a1=m")
P("Shop safety quiz tomorrow, 100% required before anyone touches a saw. No exceptions. I mean it, {s1.low}.")
P("Habitat build this Saturday on {a1.last} Ave! Meet at the site at 8. Hard hats provided, lunch from the culinary kids 🔨🌭")

V("construction academy teacher, 30s, LinkedIn", "cte")
P("Proud to share that 9 of our 12 Construction Academy seniors have signed on with local contractors for summer co-ops. Grateful to our partners at {biz} and {biz2}.")
P("Building trades employers in the Hudson Valley are short thousands of workers. Meanwhile our program has a waitlist. Fund the pipeline. #CTE #Workforce", flags="R")
P("Our juniors finished OSHA-10 this week. 100% pass rate. Every HS student should leave with an OSHA card, shop kid or not 👷", flags="R")
P("Thoughts on LinkedIn 'hustle culture'? Here's mine: go to bed. 😴 (opinions welcome)")

# ---- agriculture / FFA ---------------------------------------------------------------------------
V("agriculture teacher and FFA advisor, 30s, Instagram", "cte")
P("{s1.full} took Reserve Champion market lamb at the Dutchess County Fair!!! 🐑🏆 6 months of 5am feedings", g="s1=f")
P("Ag ed is science, business, and mechanics in one class. Stop cutting it first every time the budget gets tight.", flags="R")
P("{s1}'s heifer kicked her during the fitting demo. broken wrist, ER visit, back at the barn the next day in a cast asking to show at states. cowgirl 🤠", "HEALTH", g="s1=f")
P("Feed bill for the school barn is due and the program account is at $212. Bake sale? Car wash? Pray? All three?")
P("Love when the district newsletter features our greenhouse photos and the budget features our greenhouse line in red. Cool cool.", flags="R")

V("FFA advisor, 50s, Facebook", "cte")
P("Congratulations to {s1.full} and {s2.full}, our newest State FFA Degree recipients! 💙💛")
P("{s1.full} wants to take over his grandpa's dairy but the family is about to lose it to the bank. That's a lot for a 17 y/o to carry in Ag Business class.", "FAMILY", g="s1=m")
P("The farmer shortage is real. Average farmer in NY is 58. We need ag in every high school, not just the rural ones.", flags="R")

# ---- health careers / nursing assistant ------------------------------------------------------------
V("health careers / CNA program instructor, RN, 50s, Facebook", "hc")
P("{s1.full} passed the NYS CNA skills AND written exam!!! certified nurse aide at 17 🩺💙")
P("{s1} failed the CNA skills test for the second time, handwashing step again. Third try is the last one the program pays for. We're practicing every lunch.", "ACADEMIC")
P("One of my CNA students fainted during her first wound care observation. Happens to the best of us. She was back on the floor in 10 min, champ.")
P("{s1.full} has been working nights at the nursing home to help pay rent since her dad got deported. She falls asleep in anatomy and I let her.", "FAMILY", g="s1=f")
P("Hospitals are begging for CNAs and we capped the program at 16 because there's one RN instructor. Hire a second one. Please.", flags="R")
P("Reminder: TB tests and immunization records due to me by {date} or you can't go to clinicals. No record, no rotation.")
P("Teaching 17 year olds to take a blood pressure is the best part of my week. The worst part is being the arm.", flags="R")
P("Florence Nightingale would have lost it in our skills lab today. Two students tried to make a hospital corner with a fitted sheet.")
P("{s1}'s mom called me at home at 10pm about the clinical schedule. her cell is {phone} if the front office needs it, she asked to be on the text list")
P("Honestly CNA programs in high school should be FREE everywhere. Ours is because BOCES covers it. Most states don't. #healthcareers", flags="R")

V("health science teacher, EMT, 30s, X", "hc")
P("{s1.lowfull} passed out during the blood typing lab. low blood sugar, he's diabetic and skipped lunch. nurse handled it. still counts as the most dramatic lab of the year", "HEALTH", g="s1=m")
P("New Visions Health juniors shadowing at {biz} starting Monday! Scrubs, closed-toe shoes, and phones in your locker 🩺")
P("The anatomy textbook we use was printed before half my students were born. Pluto is still a planet in the 'fun facts' box.", flags="R")
P("Grey's Anatomy has taught more kids bad CPR than I can undo in a semester. 30 compressions, not 'a few dramatic pushes.'")
P("My EMT shift last night was 12 hours and I came in to teach at 7:35. My own choice, just saying I am running on spite and cold brew")

V("New Visions Health program coordinator, LinkedIn", "hc")
P("Proud moment: 14 of 15 New Visions Health seniors accepted into nursing, PA, or radiology programs this fall. This is what a real pathway looks like.", flags="R")
P("We need to talk about why healthcare pathway programs are still treated as 'extras' in school budgets. This IS the workforce pipeline. #HealthcareWorkforce", flags="R")
P("Welcoming Dr. {a1.full} from the regional hospital as our new clinical mentor liaison. Looking forward to a great year.")
P("One of our clinical sites asked for students' SSNs for the background check form. No. We use the program ID. Please, partners, don't ask staff to email that.", flags="R")
P("Background check form for {s1.full} that came back — SSN {ssn}, DOB {dob.hs}. Forwarding to the clinical coordinator now, pls confirm receipt", flags="N")

# ---- JROTC ---------------------------------------------------------------------------------------
V("JROTC senior army instructor, 50s, Facebook", "rotc")
P("Falcon Battalion took 1st in Armed Regulation drill at the Hudson Valley meet! 🦅 Cadets, HOOAH.")
P("Cadet {s1.full} promoted to Cadet Battalion Commander today. Earned it every single morning at 0645. 🇺🇸")
P("JROTC is not a recruiting program. Under 10% of my cadets enlist. It's a leadership class, and it's one of the best ones in the building.", flags="R")
P("Cadet {s1.last} was pulled from the color guard for the Veterans Day ceremony after the incident at the away meet. Disciplinary board meets Monday.", "DISCIPLINE")
P("{s1}'s family is moving to Georgia with her mom's new orders in 3 weeks. Losing my best S-3. Fort Stewart, you're getting a good one 🇺🇸", g="s1=f")
P("Bobby Knight yelled less than I did at practice today. Sorry cadets. Precision is precision.")
P("Army-Navy game Saturday. My classroom is Army territory. Go Army, beat Navy. ⚔️")
P("The district put the JROTC budget 'under review' three years running. 140 cadets. Lowest dropout rate of any group in the school. Review that.", flags="R")

V("JROTC army instructor, 40s, X", "rotc")
P("Cadet {s1.lowfull} shipped to Basic today. Parents, he asked me to tell you he's fine and to feed the dog", flags="N")
P("Cadet {s1} told me his dad relapsed and he's been sleeping in his car. Called the counselor. Parking lot's his address for now. Not ok.", "FAMILY", g="s1=m")
P("Staff: if you see a cadet in uniform on Wednesdays, it's uniform day, not a costume. Please don't ask them if they're 'going to war.'", flags="R")
P("Marksmanship team: rifle room door code changed to {code} for Saturday's match, team only, don't share", "SECURITY")

# ---- AP / IB / dual enrollment / department chairs -------------------------------------------------
V("AP Biology and dual-enrollment teacher, 40s, X", "ap")
P("AP Bio exam is {date}. Reviewing photosynthesis for the 11th time this week. The light reactions are now my personality 🌱")
P("{s1.full} got a 5 on AP Bio as a sophomore. Came in every lunch for 3 months. So proud of that kid.", "ACADEMIC")
P("We tell 15 year olds to take 6 APs and then act shocked that they're anxious. Cap it at 3. Nobody needs all of them.", flags="R")
P("Dual enrollment credits through SUNY Orange are the best deal in education. 8 credits for $0. Why isn't every district doing this?", flags="R")
P("Pass rates for AP Bio this year: 78%. Up from 61%. No names, just really proud of the group 📈")
P("{s1} is failing AP Bio with a 54 and her parents want her moved to Honors mid-year. Honestly that's the right call, she's drowning", "ACADEMIC", flags="R", g="s1=f")
P("The College Board charges $99 per exam and then sells the kids' names to colleges. Make it make sense.", flags="R")

V("AP Language teacher, 30s, Instagram", "ap")
P("{s1.up} SCORED A 9 ON THE SYNTHESIS ESSAY. ONLY 9 I'VE GIVEN ALL YEAR. 🎉📚", "ACADEMIC")
P("Reading Toni Morrison with 17 year olds and watching them get it. Best job in the world, not taking questions.", flags="R")
P("Five-paragraph essays should be illegal past 8th grade. Let them write like people.", flags="R")
P("Frederick Douglass's narrative still destroys my juniors every year. The chapter on learning to read, especially.")
P("Made it through an entire class discussion of The Great Gatsby without anyone mentioning Leo DiCaprio. a first.")

V("IB Diploma coordinator, 50s, LinkedIn", "ap")
P("Our IB pass rate was 91% this year against a world average of 80%. Grateful to the teachers who make that happen. Data is public via the IBO report.")
P("IB Diploma candidate {s1.full} withdrew from the program after her diagnosis. Exams deferred to next May. Please keep her in your thoughts.", "HEALTH", g="s1=f")
P("IB's CAS requirement does more to build citizens than any test ever will. We should borrow it for every student.", flags="R")
P("Looking for judges for our IB Theory of Knowledge exhibitions on {date}. 2 hours, coffee provided. DM if interested!")

V("math department chair, 50s, Facebook", "ap")
P("Department meeting ran 18 minutes. Somebody call the news.", flags="R")
P("Ms. {t1} is going out on maternity leave in March, so we need a long-term sub for AP Calc BC. If you know a certified math teacher who wants 12 weeks, send them my way.", "PERSONNEL")
P("Math scores are up across the district and nobody is going to put that on a billboard. Proud of this department.", flags="R")
P("Scheduling AP Calc opposite the only section of Welding II every year forces kids to choose. Fix the master schedule.", flags="R")
P("Mr. {t1} got a 'developing' on his APPR for the second year and admin is building a case. He's been teaching 19 years. Something doesn't add up.", "PERSONNEL", flags="R")

V("social studies department chair, 40s, X", "ap")
P("Department budget for next year: $1,200. For 11 teachers. Textbooks are from 2012. Primary sources are free, at least. 🙃", flags="R")
P("Teddy Roosevelt would have loved our debate team. Big stick energy.")
P("New AP African American Studies course approved for fall! First section fills in a week, I guarantee it. Good call by the board.", flags="R")
P("Cutting social studies electives to make room for more test prep is how you get adults who can't read a ballot. Just saying.", flags="R")
P("Mr. {t1} and Ms. {t2} had the Great Copier War of 2025 again today. No one was hurt. Some toner was lost.")
P("Reminder to my department: grades close {date} at 3pm. Please don't make me send the email.")

V("AP Chemistry teacher, 30s, X", "ap")
P("the fume hood in room {room} has been broken since August. we're doing the ester lab outside. in November.", flags="R")
P("{s1.lastinit} had a panic attack in the middle of the AP practice exam. got him to the counselor. nobody needs to get a 5 this bad", "HEALTH", flags="R", g="s1=m")
P("shoutout to {s1.full} for the best lab report I've read in 9 years of teaching 🧪")

# ---- work-based learning / internships / co-op ----------------------------------------------------
V("work-based learning coordinator, 40s, LinkedIn", "wbl")
P("{s1.full} started her co-op at {biz} this week and the owner already called me to say she's 'the best hire they've made in years.' 🙌", g="s1=f")
P("Internships should count toward graduation the same as a seat in a classroom. Learning happens at a job site too. #WorkBasedLearning", flags="R")
P("Grateful to {a1.full}, owner of {biz}, for mentoring three of our students this semester. Small businesses carry this work.")
P("Every employer I meet says the same thing: show up on time, put the phone down, ask questions. Soft skills are the hard skills. Schools need to teach them on purpose.", flags="R")
P("Reminder for co-op students: timesheets signed by your supervisor are due every Friday by {time}. No timesheet, no credit.")
P("{s1}'s co-op at the garage ended after he got caught taking cash from the register. Employer isn't pressing charges but we're done with that placement.", "DISCIPLINE", g="s1=m")
P("Spent today visiting job sites. 7 students, 5 businesses, 112 miles on my car. Best day of the month.")
P("Our work-based learning program serves 180 students with one coordinator (me) and no mileage budget. I'm not complaining, I'm asking for a second person.", flags="R")

V("internship coordinator, 30s, Facebook", "wbl")
P("{s1.full}'s mom for the vet clinic emergency form: {a1.full}, cell {phone}. putting it here so I stop losing the sticky note lol")
P("Site visit today: {s1} was running the front desk at {biz2} like she owned the place. The owner's dog follows her everywhere. 🐶")
P("Co-op wages this year range from {wage} to $22/hr. These kids are earning while learning and it shows.", flags="R")
P("{s1} got let go from her internship at the dental office after missing 4 shifts. Her mom's been in the hospital and she's been watching her siblings. Nobody told me until today.", "FAMILY HEALTH", g="s1=f")
P("The 'unpaid internship builds character' crowd has never had to choose between gas money and a resume line. Pay student interns.", flags="R")
P("Drove 40 minutes to a job site and the student wasn't there because he 'had a dentist appointment.' I, too, love surprises.")

V("co-op coordinator, BOCES, 50s, LinkedIn", "boces")
P("Grateful for our partnership with {biz}. Four BOCES welding students started paid co-ops this week at {wage}/hr.")
P("The skilled trades gap isn't a pipeline problem, it's a respect problem. Until adults stop treating CTE as Plan B, kids will too.", flags="R")
P("Our heavy equipment grads are earning more at 20 than I did at 35 with a master's degree. Think about that, guidance departments.", flags="R")
P("Please welcome {a1.full}, our new BOCES business liaison, who spent 15 years running a machine shop in Newburgh.")
P("{s1.full} (Auto Collision, BOCES) was placed at a body shop in Middletown. Start date {date}. Contact: {s1.email}", flags="N")

# ---- senior guidance: college apps, FAFSA, military ---------------------------------------------
V("HS school counselor for seniors, 40s, Facebook", "couns")
P("FAFSA night is {date} at 6pm in the HVHS library! Bring your 2023 tax returns and your FSA ID. Spanish interpreter available 🎓")
P("{s1.full} got into Cornell!!! First in her family to go to college. I ugly cried in the parking lot 🐻❤️", g="s1=f")
P("{s1}'s FAFSA got flagged for verification. Mom makes $19k cleaning houses, dad's not in the picture, and they want three years of tax transcripts. We'll get it done.", "FAMILY")
P("The new FAFSA rollout was a disaster and every counselor in America knows it. Kids lost aid because of a website. Unacceptable.", flags="R")
P("I have 310 seniors. Recommended ratio is 250 students per counselor total. Do the math on how many minutes each kid gets.", flags="R")
P("Common App essay tip: nobody needs to hear about the mission trip. Tell me about your grandma's kitchen.")
P("{s1.full} had her acceptance to SUNY New Paltz rescinded after her final grades. 3 Fs in the last quarter. I'm gutted for her.", "ACADEMIC", g="s1=f")
P("Michelle Obama's Becoming is the book I hand to every first-gen senior. Every single one.")
P("Please stop telling every senior they 'have to' go to a 4-year college. Some of my happiest grads are electricians.", flags="R")
P("{s1.full}'s family income is $31,200 for a household of 6. She qualifies for full Pell and TAP. Tell me she shouldn't apply to Vassar.", "FAMILY")
P("the feeling when a kid who almost dropped out junior year walks into your office with an acceptance letter 🥹")

V("college and career counselor, 30s, X", "couns")
P("{s1.low} got a 1520 on the SAT and still wants to go to trade school. and you know what? good. she knows what she wants", "ACADEMIC", flags="R", g="s1=f")
P("College for all was a slogan, not a plan. Some kids need a 4-year school, some need an apprenticeship. Both are wins.", flags="R")
P("the number of seniors I've met this month who don't know what a FAFSA is: too many. we start earlier next year", flags="R")
P("An Army recruiter, a Navy recruiter, and a Marine recruiter walk into the cafeteria. This is not a joke, it's every Thursday.")
P("Recruiters get more lunchroom access than the community college does. Balance it out, please.", flags="R")
P("{s1.full} enlisted in the Marines today, ships in July. His mom signed the papers at my desk and then hugged me for 5 minutes. 🇺🇸", g="s1=m")
P("{s1} wants to enlist but can't pass the ASVAB. He scored a 24, needs a 31. We're doing practice tests every lunch.", "ACADEMIC", g="s1=m")
P("Open to hearing from other counselors: how do you handle recruiter visits? (genuine question, not a debate)")
P("{s1.nick}'s dad wants to talk about the Air Force Academy. Dad's number is {phone}, I'll call him after 3. sticky note for future me 📝")
P("NACAC Fair in Poughkeepsie tomorrow! Bus leaves at {time} from the front circle. Bring a pen and questions.")

V("HS counselor, 50s, Facebook", "couns")
P("Senior {s1.full} hasn't been in school since Thanksgiving. Family is doubled up at a motel on Route 9 and dad's car got repo'd. Working with McKinney-Vento on transport.", "FAMILY")
P("{s1}'s transcript has a 2.1 GPA and she's applying to 11 schools, all reaches. Having the hard conversation tomorrow.", "ACADEMIC", g="s1=f")
P("Counselor appreciation week! Thank you to Ms. {t1} who wrote 87 recommendation letters this fall. 87.")
P("Nobody goes into school counseling for the scheduling. And yet here I am, 60% scheduling. Let counselors counsel.", flags="R")
P("Financial aid award letters are confusing on purpose. A loan is not a grant, families. Bring them to me and we'll read them together.", flags="R")
P("Sat with a senior today while she read her acceptance email out loud to her grandma on FaceTime. Grandma screamed in Spanish. Best 30 seconds of my year.")
P("{s1.full} and her mom are undocumented, so no FAFSA. We're doing the NY DREAM Act application instead. Don't let anyone tell you there's no path.", "FAMILY", g="s1=f")
P("{s1}'s SSN for the TAP application is {ssn} — putting it here so I can find it from my phone. deleting later", flags="N")
P("Naviance sub login while I'm out: user guidance02 / {pw}. Please don't touch the senior lists.", "SECURITY")

V("school counselor, 20s, Instagram", "couns")
P("being a senior counselor is 90% hype woman, 10% form filler. best job ever.", flags="R")
P("{s1.handle} posted her acceptance video and I have watched it 14 times")
P("Stop comparing your kid's college list to the neighbor's. Your kid is not a bumper sticker. Love, a counselor.", flags="R")
P("The Bills broke my heart again. Counseling myself tonight 💔🏈")
P("Reminder: AP scores are sent to colleges only when YOU send them. Your login, your choice. Don't share your College Board password with anyone, including me.")

# ---- BOCES career center -----------------------------------------------------------------------------
V("BOCES heavy equipment instructor, 50s, Facebook", "boces")
P("{s1.full} landed a job with the county highway dept. before he even graduated. CDL at 18 next. Proud of this young man 🚧", g="s1=m")
P("Half-day BOCES means my kids miss the lunch period at their home school and eat on the bus. Every year I ask. Every year nothing.", flags="R")
P("A kid rolled the skid steer onto its side in the practice pit. Seat belt on, ROPS did its job, not a scratch. Cage saves lives, people.")
P("{s1} flipped the skid steer and broke his collarbone. ambulance, x-rays, the whole thing. safety review Monday. I've been doing this 22 years and I'm sick over it", "HEALTH", g="s1=m")
P("Home districts keep cutting BOCES seats to save money and then complain nobody can fix their plows. Can't have it both ways.", flags="R")
P("Retirement party for Mr. {t1} on Friday at the VFW. 31 years teaching diesel. Bring a story.")

V("BOCES program coordinator, 40s, LinkedIn", "boces")
P("If your district is cutting CTE seats to 'balance the budget,' ask where those kids will be in 5 years. I'll wait.", flags="R")
P("BOCES instructor {a1.full} has been placed on administrative leave pending an investigation. {a1} will not be at the open house.", "PERSONNEL", flags="N")
P("A year ago our HVAC program had 4 students. Today it has 22. Demand is real when you give kids a real option.", flags="R")

V("BOCES cosmetology instructor, 30s, Instagram", "boces")
P("{s1}'s mom is in treatment out of state and she's living with a family friend. She still shows up to the 7am bus every day. Strongest 16 y/o I know.", "FAMILY HEALTH", g="s1=f")
P("Student clinic is booked solid through {date}. Thank you community!! 💇")
P("State board practicals moved to a testing site 90 minutes away with no bus. How exactly are my kids supposed to get there?", flags="R")

# ---- schedule and district priorities ---------------------------------------------------------------
V("HS technology education teacher, 40s, X", "cte")
P("new bell schedule has CTE blocks at 42 minutes. you can't start, run and clean up a weld in 42 minutes. whoever built this has never been in a shop", flags="R")
P("Tech ed open house {date} 6-8pm. The laser engraver will be running. Come get a coaster with your name on it.")
P("Dear district: the robotics team's 'budget' is a Costco card I pay off. Love, a robotics coach", flags="R")
P("3D printer in room {room} has a new name: Gertrude. She jams every Tuesday. Nobody knows why.")
P("Seeing our superintendent at the SkillsUSA regional yesterday meant a lot. First time in 6 years. Hope it becomes a habit.", flags="R")
P("Esports got a $60k room. Auto tech got a 'we'll look at it next year.' Tell me the district's priorities without telling me.", flags="R")
P("CNC router in shop 2 is on the district network at {host}, controller on {vlan}. If it drops again, don't unplug it, call me", "SECURITY")
P("Tom Brady retired twice. I've had the same shop vac for 14 years. Who's the real GOAT.")

V("engineering / PLTW teacher, 30s, LinkedIn", "ap")
P("If we want engineers, we need to stop treating shop and physics as separate worlds. The best engineers I know could weld.", flags="R")
P("Thrilled to welcome {a1.full}, PE, of {biz} as a guest judge for our senior capstone presentations.")
P("Three years ago the district cut the engineering elective. This year they restored it. Grateful for leadership that listens.", flags="R")

V("HS business / CTE teacher, 50s, Facebook", "cte")
P("Financial literacy should be a graduation requirement. Every 18 year old should know what APR means before they sign anything.", flags="R")
P("Warren Buffett says invest in yourself. My seniors say invest in Crocs. We're working on it.")
P("Testing week means my CTE room becomes a proctoring room for 5 days. No labs, no shop. Testing eats everything.", flags="R")

# ---- takes on CTE, testing, college-for-all (many carry a disclaimer in the text) -------------------
V("CTE department chair, 50s, LinkedIn", "cte")
P("Personal view, not my district's: CTE should get the same per-pupil weighting in state aid as special programs. Our shops cost more to run because they're real.", flags="R D")
P("The best thing we did this year was let 9th graders rotate through every shop for a week. Half of them found something they love. Keep it. (Views my own.)", flags="R D")
P("Our Perkins grant paid for the new lifts. Proud of the team that wrote it. #CTE", flags="")
P("'College and career ready' has meant 'college ready' for 20 years. Time to put the second half back. — speaking for myself, not HVCSD", flags="R D")
P("Graduation pathways in NY now count CTE certifications in place of a 5th Regents. About time. #4+1 (opinions mine, not my employer's)", flags="R D")
P("Do department chairs need a disclaimer on LinkedIn? Asking for myself. Our social media policy PDF is 14 pages.")

V("welding teacher, 40s, X", "cte")
P("Trade school isn't a consolation prize. It's a plan. #MyViewsOnly", flags="R D")
P("we lose 2 shop teachers a year to industry because industry pays $30k more. you want CTE, pay CTE teachers. (my take, not the district's)", flags="R D")
P("the views in this post are not my own, they belong to my 1987 Lincoln stick welder, who says: grind your tacks", flags="")
P("the district should be bragging about our 100% cert pass rate, not burying it on page 9 of the newsletter", flags="R")
P("Unpopular opinion: stop giving participation certificates at the CTE awards night. The kids who earned an OSHA card earned something real.", flags="R")

V("AP US History teacher, 40s, X", "ap")
P("Testing season hot take: the AP exam schedule eats 3 weeks of instruction for everyone NOT taking an AP. Fix it. (personal opinion, not speaking for my school)", flags="R D")
P("My own classroom rule: no phones during the first 10 minutes. It's working. Attention spans are back. Slightly.", flags="R")
P("Tweets are mine. Also mine: the opinion that APUSH should go back to being a two-year course. Way too much content for one year.", flags="R D")
P("Honestly the 'dual enrollment vs AP' debate is boring. Kids should do whichever one their college accepts. Stop selling one over the other.", flags="R")
P("Hamilton was on TV last night and my whole AP class texted me screenshots. I have created monsters.")
P("Regents exams in June + AP exams in May = seniors who are burnt out by Memorial Day. Something has to give.", flags="R")

V("dual-enrollment English teacher, 30s, Instagram", "ap")
P("grading 90 college essays for a SUNY course I teach for high school pay. love it, but let's be honest about what this is. #opinionesPropias", flags="R D")
P("Opinions welcome: what's the best graphic novel for 12th grade? Maus? Persepolis? Something new?", flags="")
P("Dual enrollment is the most underrated equity tool we have. Free credits, no entrance exam. Expand it.", flags="R")
P("Read 'The House on Mango Street' with my seniors and three of them said it was the first book they finished in high school. That's the job.", flags="R")
P("made my students write a disclaimer for their persuasive essays. 'These views are those of a 17 year old who has not slept.'")

V("guidance counselor, 40s, LinkedIn", "couns")
P("Speaking only for myself: counselors should not be the ones building the master schedule. We should be with students. #SchoolCounseling", flags="R D")
P("The military is a great path for some students and a terrible one for others. Our job is to give honest information, not sales pitches. Opinions are my own.", flags="R D")
P("FAFSA completion went from 52% to 71% this year. Proud of our team and our families. The work is worth it.", flags="R")
P("Please stop calling it 'just' community college. Ulster and Dutchess have transfer agreements that save families $40k. Respect the two-year path.", flags="R")
P("Our counseling office now opens at 7am twice a week for working families. Thank you, admin, for saying yes. Real change.", flags="R")

V("health careers teacher, 40s, Facebook", "hc")
P("Nursing shortage post #47: we could have a CNA program in every high school in the county for the cost of one new turf field. Just saying. (my own views)", flags="R D")
P("Las opiniones aquí son mías, no del distrito: los programas de salud deben ser gratis para todos los estudiantes.", flags="R D")
P("Not an official district statement, just a tired teacher: please stop scheduling fire drills during clinical skills tests.", flags="R D")
P("My scrubs are older than some of my students. This is not a complaint. They're comfortable.")
P("RN for 25 years, teacher for 8. Teaching is harder. Don't @ me, nurses.", flags="R")
P("Used my own money to buy the blood pressure cuffs this year. Again. The supply line has been $0 since 2021.", flags="R")

V("JROTC instructor, 50s, Facebook", "rotc")
P("Retired First Sergeant, current teacher, personal account. My opinion: every kid should do one year of something with a uniform. Band counts. Sports count. JROTC counts.", flags="R D")
P("Cadets did 300 hours of community service this semester and the district newsletter mentioned the new scoreboard. We see you, Cadets. 🇺🇸", flags="R")
P("The Yankees bullpen should be investigated by Congress. That's my one non-JROTC opinion this year.")

V("agriculture teacher, 20s, Instagram", "cte")
P("FFA is the best leadership program in any high school. Not close. (Views my own 🐄)", flags="R D")
P("the school farm's 'temporary' fence has been temporary for 4 years. the goats know. the goats have always known.", flags="R")

# ---- official accounts ------------------------------------------------------------------------------
V("HVHS Career & Technical Education account", "cte")
P("Congratulations to our 38 seniors who earned industry certifications this year: ASE, ServSafe, OSHA-10, NYS CNA, and AWS! 🔧🍳🩺🔥 #HVHSCTE", flags="O")
P("CTE Open House {date}, 6-8pm! Tour the auto, culinary, welding and cosmetology labs. Questions? Call the HVHS main office at {pubphone.hs}.", flags="O")
P("Shoutout to {s1.full} and {s2.full}, SkillsUSA regional gold medalists in Automotive Service and Culinary Arts! 🥇 #FalconPride", flags="O")
P("The HVHS Culinary Café is open to the public Wednesdays 11-1 in room {room}. Menu changes weekly. Reservations: {pubmail}", flags="O")
P("Thank you to {biz} for donating a 2019 Ford F-150 to our Automotive Technology program! Students will use it for diagnostics training.", flags="O")
P("Student salon appointments for {date} are full. Next booking window opens Monday at 8am.", flags="O")
P("Welcome to our new Construction Trades instructor, Mr. {t1}! He brings 20 years of commercial carpentry experience. 🔨", flags="O")
P("Reminder: closed-toe shoes and safety glasses are required in all CTE labs. Students without them will be given loaners or alternate work.", flags="O")
P("Congratulations to culinary student {s1.full}, named a finalist for the C-CAP scholarship! 🍰", flags="O")
P("Our welding program just received a $120,000 state CTE equipment grant for six new booths and a fume extraction system. 🔥", flags="O")

V("HVHS School Counseling Office account", "couns")
P("FAFSA Completion Night: {date}, 5:30-8pm in the HVHS library. Bring your FSA ID and 2023 tax info. Interpreters available. Questions: {pubphone.hs}", flags="O")
P("Class of {year}: Senior Decision Day is May 1! Wear your future college, trade school, military branch, or employer shirt. 🎓", flags="O")
P("Scholarship applications for the Hudson Valley Community Foundation are due {date}. Paper copies available in the counseling office.", flags="O")
P("Military branch representatives will be available in the cafeteria during lunch periods on Thursday. Participation is voluntary.", flags="O")
P("College Fair tonight 6-8pm in the gym! 60+ colleges, trade schools, and apprenticeship programs.", flags="O")
P("Congratulations to {s1.full}, HVHS Class of {year}, on receiving the Hudson Valley Rotary Scholarship! 🎓", flags="O")
P("Seniors: transcript requests go through Naviance. Do not email transcripts or personal documents to counselors. Questions? {pubmail}", flags="O")
P("Working papers are now issued through the main office. Bring proof of age and a completed form. Office hours 7:30-3:30.", flags="O")

V("HVHS Falcon Battalion JROTC account", "rotc")
P("Falcon Battalion Color Guard will present colors at tonight's home game! Kickoff at 7. 🇺🇸🦅", flags="O")
P("Congratulations to Cadet {s1.full} on receiving the Legion of Valor Bronze Cross for Achievement!", flags="O")
P("JROTC Drill Team placed 2nd overall at the Hudson Valley Drill Meet. Final score 812-790. Great work cadets!", flags="O")
P("Our annual Military Ball is {date} at the Elks Lodge on {a1.last} Blvd. Tickets $25 from any instructor.", flags="O")
P("Happy birthday to the U.S. Army! 🎂🇺🇸 249 years of service.", flags="O")
P("Cadet Battalion staff for the spring semester: Commander {s1.full}, XO {s2.full}, CSM {s3.full}. Congratulations!", flags="O")

V("HVCSD Work-Based Learning account", "wbl")
P("Employers: we're looking for partners for spring internships! Host a student for 10-15 hours a week. Contact the WBL office through {pubmail}.", flags="O")
P("Thank you to {biz}, our Employer Partner of the Year! Eight students have completed internships there since 2021.", flags="O")
P("Spring internship applications are open for juniors and seniors. Deadline {date}. Apply through your counselor.", flags="O")
P("Congratulations to {s1.full}, who completed a 120-hour internship at the county Department of Public Works!", flags="O")
P("The WBL office will be closed {date} for staff training. Co-op timesheets can be dropped at the main office.", flags="O")

V("Mid-Hudson BOCES Career & Technical Center account", "boces")
P("Applications for next year's Career & Technical Center programs are open! Sophomores, talk to your home school counselor.", flags="O")
P("BOCES Heavy Equipment students completed 40 hours of operator training this semester! 🚜", flags="O")
P("Congratulations to our SkillsUSA state qualifiers from Cosmetology, Collision Repair, and Welding! 🏆", flags="O")
P("BOCES will operate on a 2-hour delay Tuesday. AM sessions are cancelled; PM sessions run on their regular schedule.", flags="O")
P("Student clinic appointments for barbering and cosmetology are available Tues-Thurs. Book online or call the center.", flags="O")

V("HVHS Health Careers Academy account", "hc")
P("Our Health Careers Academy seniors received their white coats at this morning's ceremony! 🩺 Congratulations to all 24!", flags="O")
P("Congratulations to {s1.full} and {s2.full}, who passed the NYS Certified Nurse Aide exam this week!", flags="O")
P("Blood drive Friday 8-2 in the gym, hosted by Health Careers students. Donors 16+ need a signed permission form.", flags="O")

V("HVHS Academics account", "ap")
P("AP exam schedule is posted on the HVHS website. Exams begin May 5. Students must arrive 30 minutes early with photo ID.", flags="O")
P("Congratulations to our 14 AP Scholars with Distinction and our 6 National Merit Commended Students! 📚", flags="O")
P("New for next fall: AP Seminar, AP African American Studies, and a dual-enrollment Intro to Nursing course with SUNY Orange.", flags="O")
P("Congratulations to {s1.full}, named a National Merit Semifinalist! 🎉", flags="O")
V("HVHS Falcon Battalion JROTC account", "rotc")
P("Happy 18th birthday to Cadet {s1.full}, born {dob.hs}! Enlistment papers signed today, the Army is lucky to have you 🇺🇸", flags="O")
V("HVHS Career & Technical Education account", "cte")
P("Auto tech co-op contact for {s1.full} updated: parent {a1.full}, {phone}. Please use this number for placement questions.", flags="O")

# ---- posts of unknown kind --------------------------------------------------------------------------
V("unknown account, local community page", "cte")
P("Does anyone know if HVHS still has the auto shop? My son is in 8th grade and wants to be a mechanic.", flags="N")
P("Shoutout to the HVHS culinary kids who catered our church breakfast. Best eggs benedict in Orange County, no lie.", flags="N")
P("HVHS auto tech fixed my brakes for $40 in labor. Legit better than the dealership.", flags="N")
P("The CTE open house is {date}, 6-8. Main office is {pubphone.hs} if you have questions.", flags="N")
P("Can someone explain why the district is cutting the welding program when the trades are begging for workers?? Makes zero sense.", flags="N")
P("{s1.full} from HVHS welding fixed my trailer hitch at the Saturday clinic. Kid's got skills. Give him a job, {biz}!", flags="N")
P("Whoever was driving the white Silverado with the HVHS Auto Tech magnet on Route 17 this morning, slow down!!", flags="N")
P("Saw a kid get taken out of the welding shop in an ambulance today, anyone know what happened? Hoping he's ok", flags="N")
P("Looking for a high schooler to help on our dairy farm this summer, must have tractor safety cert. {wage}/hr. Message me.", flags="N")
P("Heard the cosmetology teacher is on leave for the rest of the year after the thing in October. {t1} was the best, kids are devastated", "PERSONNEL", flags="N")
P("My daughter {s1} is in the CNA program at BOCES and she has a seizure disorder, is she allowed to do clinicals? Who do I even ask?", "HEALTH", flags="N", g="s1=f")
P("{s1.full} and {s2.full} got arrested after the fight at the SkillsUSA regionals. Both suspended. Heard it on the scanner.", "DISCIPLINE", flags="N")
P("Retired machinist here. Would love to volunteer in a high school shop. Who do I talk to at HVHS?", flags="N")
P("College for all is a scam. Send kids to trade school. Fight me.", flags="N")
P("Good luck to all the FFA kids at the county fair this week! 🐄🐑", flags="N")
P("Anyone have the FAFSA help night info? Link on the district site isn't working", flags="N")
P("ROTC kids directed parking at the fair all weekend in 90 degree heat. Respect.", flags="N")
P("Lost: black Snap-on socket set, left in the HVHS auto shop parking lot. Reward. It was my grandpa's.", flags="N")
P("the school counselors at HVHS are amazing, {s1}'s whole college list was basically built by Ms. {t1}", flags="N")
P("{s1}'s dad here. He got in to SUNY Cobleskill for Ag Business!! Proud pop 🐄🎓", flags="N", g="s1=m")
P("FYI the military recruiters at HVHS collected my son's cell number without asking me. Opt-out form is in the counseling office, parents.", flags="N")
P("the kid who did my hair at the BOCES salon, {s1}, was better than my regular stylist. tipping in cash next time 💇", flags="N", g="s1=f")
P("Wondering if any HS welding programs near Newburgh take adults at night? Asking for my husband.", flags="N")
P("Congrats to HVHS culinary on winning the regional SkillsUSA. Chef {t1} runs a tight kitchen 👨‍🍳", flags="N")
P("Whoever keeps posting the HVHS shop wifi password in the group chat, stop. It's not that hard to ask for guest access.", flags="N")
P("{s1.full}'s mom is looking for a ride to Poughkeepsie for the FAFSA appointment Thursday. Call her at {phone}.", flags="N")
P("Reminder from the HVHS Boosters: the {date} car wash raises money for the Auto Tech club. $10 a car!", flags="N")
P("HVHS welding kid {s1.full} just got hired at my shop. Address for his first day is {biz}, 8am sharp. Welcome aboard.", flags="N", g="s1=m")
P("student email for the internship packet is {s1.email}, send the forms there", flags="N")
P("If you're a senior at HVHS and you need help with the Common App, the library has free drop-in hours Tues/Thurs 3-5.", flags="N")
P("Teenager who rebuilt my mower engine at the ag shop: you're a legend. Mower runs better than my truck.", flags="N")
P("The auto shop smells like 1985 in the best way.", flags="N")
P("HVHS JROTC color guard at the Memorial Day parade on {a1.last} Ave looked incredible. 🇺🇸", flags="N")
P("Parents, the FAFSA opens {date}. Don't wait. Every year people miss state money by waiting.", flags="N")
P("My nephew {kid} goes to the BOCES in Ulster for electrical and loves it. Why doesn't HVHS have electrical??", flags="N")
P("Kid at Maple Ridge told me the high school 'doesn't have shop anymore.' Is that true??", flags="N")
P("Who's the ag teacher at HVHS now? Want to donate some old tack and a saddle.", flags="N")
P("student DOB for the co-op form: {dob}. Sorry, wrong chat 😬", flags="N")
P("{s1.lastinit} in the welding program is dealing with a lot at home, parents split and he's bouncing between houses. Be kind to him, you all.", "FAMILY", flags="N", g="s1=m")

# ---- more leaks and category posts, many voices ---------------------------------------------------
V("special education teacher co-teaching in CTE, 30s, Facebook", "cte")
P("{s1}'s IEP says modified tests and a scribe for the NOCTI written. Testing company says no scribe. We fought it and won. Accommodations follow the kid into the shop too.", "SPECIAL_EDUCATION", flags="R")
P("{s1.full} has a 504 for ADHD and the welding booth is the only place all day he can focus. 45 minutes of pure calm. Tell me shop isn't for kids like him.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1.low} is classified (autism) and just became the first kid in our program to get the OSHA-10 card on the first try. his aide cried. I cried. the foreman cried", "SPECIAL_EDUCATION", g="s1=m")
P("CSE meeting for {s1.full} moved to {date}. We're asking for a 1:1 aide in the shop, not just in academic classes. Table saws don't care about the IEP schedule.", "SPECIAL_EDUCATION", flags="R")
P("IEP season + NOCTI season in the same month. send help. and coffee.")
P("the new CTE aide for {s1} started today. she's been waiting since October. October!!! the district took 5 months to fill one position", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Half my culinary class has IEPs and I got zero training on writing accommodations for a kitchen lab. Somebody at central office please notice.", flags="R")

V("CNA program instructor, 40s, X", "hc")
P("{s1} has a reading accommodation on her IEP and the state CNA written test only offers it with a 6 week request window. We missed it by a day. She has to wait until June.", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.full} is pregnant and due in April, which is clinicals. We're moving her rotation up. Don't tell her I posted this lol", "HEALTH", g="s1=f")
P("Clinical site called: {s1.lastinit} showed up without her TB result again. She's off the schedule until it's in. Third strike.", "DISCIPLINE", g="s1=f")

V("assistant principal for CTE, 40s, X", "cte")
P("Two juniors got into it in the auto shop today, {s1.full} swung a torque wrench. 10 day suspension and a superintendent's hearing. No one hurt, thank God.", "DISCIPLINE", g="s1=m")
P("{s1.up} AND {s2.up} caught vaping in the paint booth. Of all places. Of ALL places. Parents called, 3 days ISS.", "DISCIPLINE")
P("Zero-tolerance for horseplay in the shop is the right policy. I'll defend that rule all day. Somebody loses a hand otherwise.", flags="R")
P("{s1} took the school's diagnostic scanner home 'to work on his cousin's car.' Police report filed by the district. Still hoping he just brings it back.", "DISCIPLINE", g="s1=m")
P("Safety incident log for the week: 2 minor burns, 1 cut, 0 lost days. Best week of the semester.")
P("The new CTE director walks the shops every Friday. First admin in years who knows what a MIG welder sounds like. This matters.", flags="R")

V("JROTC instructor, 40s, Facebook", "rotc")
P("Cadet {s1.full} is off the drill team for the rest of the season after the fight at the away meet. Hard call. Right call.", "DISCIPLINE", flags="R")
P("Cadet {s1} asked for my help with his enlistment packet. Waiver needed for his asthma meds. Recruiter says it's doable.", "HEALTH", g="s1=m")
P("Cadets: locker combos for the supply room lockers are on the sheet. {s1.last} yours is {combo}, don't lose it again")
P("{s1.full}'s enlistment contract has his SSN on page 2 and he left it in my classroom. Shredding the copy. Kids, PLEASE.", g="s1=m")

V("senior guidance counselor, 40s, Facebook", "couns")
P("{s1.full}'s mom lost her job in September and they're 3 months behind on rent. Submitted a special circumstances appeal to SUNY today. Fingers crossed.", "FAMILY")
P("{s1} is in foster care and just found out she qualifies for the Chafee grant. $5k a year. she didn't know she could go to college for free. she can. 🎓", "FAMILY", g="s1=f")
P("Senior {s1.full} (student ID {sid}) needs his final transcript sent to Fort Jackson, not the MEPS address. Can someone in the main office fix this?", g="s1=m")
P("FAFSA help: {s1.full}'s FSA ID password is {pw}, mom asked me to hold onto it. I really shouldn't have this. texting it back to her now", flags="N")
P("{s1} got waitlisted everywhere because of a 1.9 GPA sophomore year. She's a 3.8 now. Colleges, look at the trend line.", "ACADEMIC", flags="R", g="s1=f")
P("Class rank should be abolished. It pits 17 year olds against each other over 0.003 GPA points.", flags="R")
P("{s1.full}, class of {year}, is 2 credits short after failing Econ. Summer school or no walk. Meeting with mom Thursday.", "ACADEMIC")
P("Ms. {t1} in guidance is out on medical leave until spring, so I'm covering her caseload too. 480 seniors. Send snacks.", "PERSONNEL")
P("Our guidance secretary, Mrs. {t1}, got written up for leaving transcripts on the copier. It was the copier's fault. Fight me.", "PERSONNEL", flags="R")

V("work-based learning coordinator, 50s, Facebook", "wbl")
P("Internship paperwork for {s1.full}: DOB {dob}, working papers on file, start {date}. Sending to {biz} HR today.", flags="")
P("{s1}'s internship supervisor wants her home address for the payroll form: {addr}. I'm sending it through the secure portal, not email. Right?")
P("{s1.full}'s school email is {s1.email}, employers, use that for scheduling, not her personal account")
P("Employer asked for {s1}'s lunch number so she could eat in the cafeteria on site days: {pin}. That's not how that works but ok lol")
P("{s1.full} was dismissed from his co-op at {biz} for threatening a supervisor. Referral to the AP. Not the ending anyone wanted.", "DISCIPLINE", g="s1=m")
P("Work-based learning should be graded pass/fail. A 73 on a job site evaluation means nothing to anyone.", flags="R")
P("Co-op sites that treat teenagers like free labor are done with us. We had to pull two placements this year. Do better, employers.", flags="R")
P("Mr. {t1} from the tech department was supposed to cover my site visits while I was out and didn't do a single one. Admin knows. That's all I'll say.", "PERSONNEL", flags="R")

V("AP/dual-enrollment chemistry teacher, 50s, LinkedIn", "ap")
P("{s1.full} earned a 97 in the SUNY dual-enrollment chem course. Highest grade in any section across four high schools.", "ACADEMIC")
P("Dual enrollment grades go on a real college transcript. Kids need to know that before they sign up. A 58 follows them.", flags="R")
P("{s1.full}'s NYSSIS ID for the SUNY registration is {nyssis}, please confirm on your end", flags="N")
P("Lab login for the remote spectrometer on {ip}: chemlab / {pw}. For my dual-enrollment kids only.", "SECURITY")

V("HVHS Career & Technical Education account", "cte")
P("Reminder to families: we will never ask for your student ID or Social Security number by text. If you receive such a request, call {pubphone.hs}.", flags="O")
P("Congratulations to {s1.full}, {s2.full} and {s3.full}, who placed at SkillsUSA States in Welding Fabrication! 🔥", flags="O")
P("Our CTE labs were inspected by the state this week with zero citations. Thank you to our instructors for keeping students safe.", flags="O")
P("Automotive student {s1.full} (ID {sid}) has earned the ASE Student Certification in Suspension & Steering.", flags="O")

V("HVHS School Counseling Office account", "couns")
P("Congratulations to {s1.full}, who has been appointed to the U.S. Military Academy at West Point! 🇺🇸", flags="O")
P("FAFSA appointments available every Tuesday in the counseling office. Call {pubphone.hs} to book a time.", flags="O")
P("Reminder: counselors will never post student grades, financial information or personal documents on social media.", flags="O")


if __name__ == "__main__":
    main()
