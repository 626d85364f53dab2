"""Generate corpora/src/hometown.jsonl: small-town and rural district staff posting among neighbours.

Voices: a bus driver who milks cows before his route, the Hillside cafeteria manager, the ag teacher
and FFA advisor, a K-2 teacher, the elementary school secretary, a custodian who is also a volunteer
firefighter, the superintendent (on his own page and on the district's), the school nurse, a teacher
aide who rides the late bus, a PE teacher who coaches Little League, a retired teacher who subs and
plays the organ at church, the librarian who leads a 4-H club, the bus garage, the counselor, plus
the school's official pages, the PTO page (kind unknown) and staff chiming in on town Facebook groups
and Nextdoor (kind unknown). Church suppers, 4-H and the county fair, the fire company, the diner,
hunting season, weddings, funerals and obituaries, town board and budget votes, Little League, the
feed store, plowing, grandkids.

The slice leans on two boundaries. First, names: in a town where everybody knows everybody, ADULTS
are named in full all the time (neighbours, the pastor, the fire chief, the diner owner, a retired
teacher in an obituary, a former student who is now an EMT or runs the family dairy, parents, the
town supervisor) and are never marked, while any school-age child (a current student, the poster's
grandchild or niece at any school) is. Many skeletons come in NEAR-PAIRS (marked ``# pair``): the same
kind of sentence once about an adult with life context ({a1.full}, class of {cls}, the dairy, the
ambulance) and once about a child with school context ({s1.full}, 2nd grade, the FFA steer).
Second, the disclaimer line: views on the town, a ball team, the church, the fire company or
politics unrelated to schools are not views about the job; views on the school budget vote, the
consolidation plan (closing Hillside), busing on dirt roads, "they never should have cut ag" are.
Categories only when the detail is tied to an identifiable person (in a small town a surname, a road
and a house fire identify a family) or, for SECURITY, to district systems; a fire-hall Wi-Fi key is
a CREDENTIAL span but not SECURITY.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a grandchild / niece at another school)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (neighbours, parents, the pastor, retirees, grown former students), {cls} an old
      class year ('94), {curcls} a current class year, {yrs} years, {road} a back road with no house
      number, {church} {firehall} {diner} {store} public places, {bus} {route} {room} {jersey}
      {score} {money} {time} {date} {num} {lbs} {inches} {pubphone} {pubphone.dist} {pubphone.hs}
      {attline} {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import mk

OUT = Path(__file__).resolve().parent / "hometown.jsonl"
SEED = 20261223

LOCALES = ["en_US", "de_DE", "nl_NL", "pl_PL", "it_IT", "ga_IE", "es_MX", "es_CO", "en_GB", "fr_FR",
           "pt_BR", "vi_VN", "en_NG", "fil_PH", "cs_CZ", "sk_SK"]
# Locales whose Faker names are not in Latin script are replaced by romanized lists as neighbours
# type them (male firsts, female firsts, surnames).
ROMAN = {
    "uk": (["Taras", "Bohdan", "Oleksiy", "Mykola", "Andriy", "Ostap", "Yaroslav"],
           ["Oksana", "Halyna", "Solomiya", "Iryna", "Khrystyna", "Mariyka", "Lesya"],
           ["Kovalenko", "Shevchuk", "Bondar", "Tkachenko", "Hnatyuk", "Melnyk", "Savchuk", "Lysenko"]),
    "hi": (["Arjun", "Dev", "Rohan", "Vikram", "Sahil", "Manish", "Harsh"],
           ["Priya", "Kavya", "Meera", "Ritu", "Sneha", "Divya", "Isha"],
           ["Patel", "Shah", "Iyer", "Reddy", "Chopra", "Joshi", "Nair", "Bhatt"]),
    "ar": (["Omar", "Karim", "Tarek", "Youssef", "Bilal", "Nasser"],
           ["Layla", "Rania", "Mariam", "Salma", "Yasmin", "Huda"],
           ["Saleh", "Mansour", "Hamdan", "Qasim", "Darwish", "Aziz", "Farah"]),
    "ko": (["Min-jun", "Seo-jun", "Hyun-woo", "Ji-hoon"],
           ["Ji-woo", "Seo-yeon", "Ha-eun", "Yu-na"],
           ["Choi", "Jung", "Kang", "Yoon", "Han"]),
}
NAME_WEIGHTS = {"en_US": 40, "de_DE": 4, "nl_NL": 4, "pl_PL": 4, "it_IT": 3, "ga_IE": 3, "es_MX": 9,
                "es_CO": 2, "en_GB": 2, "fr_FR": 2, "pt_BR": 2, "vi_VN": 1, "en_NG": 1, "fil_PH": 1,
                "cs_CZ": 1, "sk_SK": 1, "uk": 2, "hi": 1, "ar": 1, "ko": 1}
NON_GENDERED = {"fil_PH", "ga_IE", "vi_VN"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("William", "Will", "m"), ("Katherine", "Katie", "f"), ("Elizabeth", "Libby", "f"),
         ("Theodore", "Teddy", "m"), ("Abigail", "Abby", "f"), ("Nathaniel", "Nate", "m"),
         ("Margaret", "Maggie", "f"), ("Augustus", "Gus", "m"), ("Josefina", "Josie", "f"),
         ("Francisco", "Paco", "m"), ("Jakub", "Kuba", "m"), ("Henrietta", "Hattie", "f"),
         ("Eleanor", "Nell", "f"), ("Timothy", "Timmy", "m"), ("Clementine", "Clemmie", "f"),
         ("Jedediah", "Jed", "m"), ("Wilhelmina", "Mina", "f"), ("Bartholomew", "Bart", "m"),
         ("Guadalupe", "Lupe", "f"), ("Maximilian", "Max", "m"), ("Rosalind", "Roz", "f"),
         ("Cornelius", "Neil", "m")]

STREET_BASES = ["Turkey Hill", "Schoolhouse", "Slate Quarry", "Mink Hollow", "Bangall", "Sheephouse",
                "Creamery", "Mill Pond", "Cold Spring", "Ferris Hill", "Hollow", "Jackson Corners",
                "Bulls Head", "Stissing", "Pumpkin", "Cream", "Silver Mountain", "Ridge"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "Tpke", "Hwy", "Ext", "rd", "St", "Hill Rd"]
ROADS = ["Quarry Hill Rd", "Schoolhouse Rd", "Turkey Hill Rd", "Mink Hollow Rd", "Bangall Rd",
         "Sheephouse Rd", "Cream Street", "Slate Quarry Rd", "Ferris Hill Rd", "Cold Spring Rd",
         "the Hollow Rd", "Jackson Corners Rd", "upper Creamery Rd", "the back end of Stissing Rd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("bus", "drive bus 14 mornings, milk 60 head the rest of the time 🐄🚌 | my posts are my own, not the school's", True),
    ("bus", "Hillside bus driver 22 yrs | Lazy J Dairy | Proud Grandpa x5", False),
    ("bus", "farmer. bus driver. deer hunter. in that order depending on the season 🦌", False),
    ("bus", "School bus driver | Clove Valley FD | Jesus, family, farm", False),
    ("caf", "Hillside kitchen manager 🍽️ | church supper queen | personal page, I don't speak for HVCSD", True),
    ("caf", "I feed 300 kids a day and my husband complains about leftovers 😂 | pie lady", False),
    ("caf", "school food service 18 yrs | 4-H mom | grandma", False),
    ("ag", "Ag teacher & FFA advisor | HVHS | opinions here are mine alone, not my district's 🌽", True),
    ("ag", "FFA advisor 🌱 | beef cattle | my own classroom is a barn", False),
    ("ag", "Ag Ed | 4-H leader | Dutchess County Fair superintendent, youth dairy", False),
    ("k2", "1st grade at Hillside 🍎 | farm wife | views my own", True),
    ("k2", "K teacher 🍎 | 4 kids, 3 dogs, 40 chickens | Hillside Hawks forever", False),
    ("k2", "2nd grade | small school, big heart | coffee first", False),
    ("k2", "kindergarten teacher | church choir alto | views are not my own, they're my 5 year olds' 😂", False),
    ("sec", "Hillside front office | been here longer than the copier | speaking only for myself here, not the school", True),
    ("sec", "school secretary | grandma to 7 | Methodist Women | Mets", False),
    ("sec", "front desk, Roosevelt Elem | notary | pie judge at the fair", False),
    ("cust", "Head custodian HVCSD | Clove Valley Fire Co. Lt. | views expressed are mine, not the district's or the FD's", True),
    ("cust", "custodian by day 🧹 firefighter by pager 🚒 | hunting | Go Bills", False),
    ("cust", "HVCSD buildings & grounds | Clove Valley FD interior | fishing", False),
    ("supt", "Husband, grandpa, Little League coach. Superintendent by day. This page is personal and doesn't speak for the district; district news is at @HVCSD.", True),
    ("supt", "Superintendent, Hudson Valley CSD | former ag teacher | Rotary", False),
    ("supt", "Dad, Papa, lifelong Hudson Valley kid | superintendent | opinions welcome at the diner", False),
    ("nurse", "school nurse RN | Clove Valley Rescue Squad | personal account — not speaking for HVCSD", True),
    ("nurse", "RN | school nurse | Clove Valley Rescue | goats 🐐", False),
    ("aide", "teacher aide & bus monitor 🚌 | grandma | church nursery volunteer", False),
    ("aide", "TA at Hillside | my opinions are my own and not my employer's", True),
    ("coach", "PE teacher | Little League coach | town rec committee | these are my views, not the school's", True),
    ("coach", "PE @ Maple Ridge | Clove Valley Little League ⚾ | dad x3", False),
    ("ret", "retired 3rd grade teacher, subbing when they call | organist, St. John's Lutheran", False),
    ("ret", "40 yrs teaching, now I sub and bake | my posts are my own two cents, nobody else's, not the district's", True),
    ("lib", "Hillside librarian 📚 | 4-H Cloverbuds leader | #MyViewsOnly", True),
    ("lib", "school librarian | 4-H sewing club | reading on the porch", False),
    ("misc", "Hudson Valley born and raised | HVCSD staff | hunting, fishing, Jesus", False),
    ("misc", "HVCSD teacher | town board member | I don't speak for the school or the town here", True),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "bus": "HVCSD Transportation | official page | delays posted here by 6:15am",
    "caf": "HVCSD Food Service (official) | menus, meal program news",
    "ag": "Hudson Valley FFA Chapter | official page of the HVHS agriculture program",
    "k2": "Hillside Elementary School | official page | Home of the Hawks",
    "sec": "Hillside Elementary School (official)",
    "cust": "HVCSD Buildings & Grounds | official",
    "supt": "Hudson Valley Central School District | official page | (845) 555-0100",
    "nurse": "HVCSD Health Services | official",
    "aide": "Hillside Elementary | official account",
    "coach": "HVCSD Athletics | official 🦅",
    "ret": "Hudson Valley Central School District (official)",
    "lib": "Hillside Elementary Library | official page",
    "misc": "Hudson Valley High School | official | 100 School Rd",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "518", "518", "914", "607", "413", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{e}-{s}",
                     "{a}{e}{s}", "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hughes.net", "frontiernet.net", "hotmail.com",
                     "taconic.net", "icloud.com", "outlook.com"]
    HOSTS = ["hillside-dc01.hvcsd.local", "busgarage-nvr.hvcsd.local", "kitchen-pos01.hvcsd.lan",
             "alarm-panel-hs.hvcsd.internal", "agbarn-cam.hvcsd.local", "hillside-print.hvcsd.local",
             "boiler-bms.hvcsd.lan"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|grandson|nephew|son|boy|buddy)\b",
                r"\b(she|her|hers|she's|herself|granddaughter|niece|daughter|girl)\b")
    DOB_YEARS = {"el": (2017, 2021), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # neighbours type names in Latin letters
        if got and (len(got[0]) > 12 or " " in got[1]):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(60, 99)}", f"{f[0]}{l}", f"{l}farm{r.randint(1, 9)}",
                f"{f}{l[0]}{r.choice(['', '_', '.'])}{r.randint(1, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Tractor', 'Haybale', 'Holstein', 'Silo', 'Hawks'])}{r.randint(10, 2026)}{r.choice('!#$')}",
                         f"Hillside{r.choice(['Hawks', 'PTO', 'Kitchen', 'Office'])}{r.randint(1, 99)}",
                         f"{r.choice(['green', 'red', 'gold'])}{r.choice(['barn', 'tractor', 'clover'])}{r.randint(10, 99)}",
                         f"Engine{r.randint(1, 9)}{r.choice(['CVFD', 'rescue', 'Pumper'])}{r.choice(['', '!', '#1'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{r.choice(['ffa', 'showsteers', 'farmlife', 'hunts'])}",
                         f"{f}{l[:1]}{r.randint(8, 11)}", f"{l}.{f}.{r.choice(['4h', 'ag', 'x'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 50, 77, 110])}", "NETWORK_INFO"),
            "road": lambda: r.choice(ROADS),
            "church": lambda: r.choice(["St. John's Lutheran", "the Methodist church", "Grace Reformed",
                                        "St. Anthony's", "Bethel Baptist", "the Clove Valley Community Church"]),
            "firehall": lambda: r.choice(["the Clove Valley firehouse", "the fire hall on Route 82",
                                          "Station 2", "the Grange hall", "the Legion hall"]),
            "diner": lambda: r.choice(["the Route 9 diner", "the Country Corner", "Millie's", "the Clove Valley Diner",
                                       "the Silo Cafe"]),
            "store": lambda: r.choice(["the feed store", "Agway", "Tractor Supply", "Stissing Feed & Seed",
                                       "the hardware store", "Hannaford"]),
            "cls": lambda: f"'{r.choice([71, 76, 79, 83, 86, 88, 91, 94, 97, 99, 2, 5, 8, 11, 14]):02d}",
            "curcls": lambda: str(r.randint(2026, 2031)),
            "yrs": lambda: str(r.randint(18, 41)),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 2)}{r.randint(1, 9)}", f"{r.randint(2, 24)}"]),
            "bus": lambda: str(r.randint(2, 31)),
            "route": lambda: r.choice([str(r.randint(2, 24)), f"{r.randint(2, 24)}{r.choice('AB')}"]),
            "time": lambda: r.choice(["6am", "6:30", "7am", "11:30", "noon", "4pm", "4:30", "5", "6pm", "7pm", "7:30"]),
            "jersey": lambda: str(r.randint(1, 44)),
            "date": lambda: r.choice([f"{r.choice(['April', 'May', 'June', 'Aug', 'Sept', 'Oct'])} {r.randint(2, 28)}",
                                      f"{r.randint(4, 10)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([5, 8, 10, 12, 15, 20, 25, 40])}",
            "num": lambda: str(r.randint(12, 160)),
            "lbs": lambda: str(r.randint(1180, 1420)),
            "inches": lambda: str(r.randint(6, 22)),
            "score": lambda: r.choice([f"{r.randint(5, 14)}-{r.randint(0, 4)}", f"{r.randint(2, 9)}-{r.randint(0, 1)}",
                                       f"{r.randint(44, 70)}-{r.randint(30, 43)}"]),
        }


SK = genlib.Skeletons("hometown", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.6), named=0.3)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.28, 0.2), other=(0.38, 0.07))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the bus driver who farms ---------------------------------------------------------------------
V("school bus driver and dairy farmer, 50s, Facebook", "bus")
P("Up at 4 to milk, on the bus by 6:10, back in the barn by 9:30. Some mornings I can't tell the heifers from the 7th graders. Both stare at me the same 🐄🚌")
P("Route {route} running about 15 min behind, {road} is glare ice past the church. Take your time getting the little ones out to the road, I'll wait.")
P("The district has got to quit sending a 72-passenger bus down {road}. It doesn't fit. Lost two mirrors this year. Get us a small bus for the hill routes.", flags="R")
P("Town grader came down {road} this morning. Thank you {a1.full}! Smooth as a baby's backside for once 🙌", g="a1=m")
P("Drove the pickup to {store} and lost a hubcap on {road}. Town board, we pay taxes out here too. Fix the dang road.")
# pair: news at the end of the driveway
P("{s1}'s mom flagged me down at the end of the driveway, he's got strep and won't be riding all week. Feel better buddy 🚌", "HEALTH")
P("{a1.full} flagged me down at the mailbox to tell me his Holstein had twins last night. Biggest news on Route {route} all week 🐄🐄", g="a1=m")
P("{s1.full} is riding in seat 1 right behind me till Christmas after the fight on the Route {route} run. Principal's orders. He's not thrilled.", "DISCIPLINE")
P("Garage wants us in at 5:45 for pre-trip now instead of 6. Fifteen unpaid minutes every morning adds up to a lot of milking time. Not right.", flags="R")
P("Pre-trip done. 6°F. Heater on bus {bus} only works on the right side so the left side kids get the horse blankets 🥶 Third work order since October. Maybe somebody from central office should ride bus {bus} in January.", flags="R")
P("Best part of this job is the little ones waving from the porch every morning. Twenty years and I'd still do it for free. (Don't tell the district.)", flags="R")
P("Grandson {kid} got his first turkey this spring with my old 20 gauge down in Pennsylvania. He's 12 and already a better shot than his grandpa 🦃", g="kid=m")
P("Son-in-law {a1.full} got his first bear up in the Adirondacks. 310 dressed. Don't tell my daughter I'm jealous 🐻", g="a1=m")
P("For the new sub drivers: gate code at the bus garage is {code}. Don't give it out and don't park in Earl's spot, he'll cry.", "SECURITY")
P("They cut ag at the middle school and now the only kids who know where milk comes from are the ones who ride my bus past the barn. Bring it back.", flags="R")
P("Had to stop the bus for {a1.full}'s cows on {road} again. 11 kids cheering like it was the Super Bowl. {a1}, fix your fence 😂", g="a1=m")
P("{s1} asked me today if I've ever 'met a real cow.' Buddy. BUDDY. I smell like one right now.")
P("the {s1.last} twins are moving to their grandma's on {road} while their dad's in rehab, so they're on my route now starting Monday. be nice to them", "FAMILY")
P("Just make opening day a school holiday like the districts up north. Half my high schoolers are 'sick' anyway. Half the teachers too 😂 #opendayisaholiday", flags="R")
P("Pay is $17.40 an hour to drive 48 kids on ice over a mountain. And they wonder why there's a driver shortage.", flags="R")
P("Drove past Hillside on a Saturday and the flag was still at half staff for {a1.full}. Good man. Drove bus here 31 years before me.", g="a1=m")
P("{s1.full} and {s2.full} were the last two on the bus today and asked if they could see the calves. Their moms said ok. We're a full-service route 🐄", g="s1=f s2=m")

# ---- the cafeteria manager ------------------------------------------------------------------------
V("cafeteria manager at Hillside Elementary, 50s, Facebook", "caf")
P("Chicken & biscuits today and the kids went NUTS. 240 biscuits from scratch since 5am. My arms are noodles 💪🍗 THIS is what school lunch should be. Not boxed nuggets from a truck.", flags="R")
# pair: fire
P("{s1.full}'s family lost everything in the fire on {road} Sunday. She's on free lunch as of today, I'll do the paperwork later. If anybody has girls size 10 clothes message me.", "FAMILY", g="s1=f")
P("{a1.full}'s barn went up Sunday night on {road}. All the animals got out. Benefit supper at {firehall} Friday to help them rebuild, I'm doing the mac & cheese.", g="a1=m")
P("Lunch balances can be paid at any school office. Questions, the district office is {pubphone.dist}. Please don't message my personal page, I can't look anything up from home!")
P("USDA says a 1st grader needs half a cup of vegetables on the tray. Nobody at USDA has watched a 6 year old look at beets. Let us cook real food.", flags="R")
P("Kid came through my line and said 'this is better than my grandma's,' then 'don't tell my grandma.' Your secret's safe, {s1} 🤐")
P("Pin pad's down again so I'm keying lunch numbers by hand. {s1}, yours is {pin}, and you can stop yelling it at the whole line 😂")
P("Church supper Saturday at {church}, 4:30-7. Ham, scalloped potatoes, pie. Takeouts at the side door. I made 11 pies so somebody better eat them 🥧")
P("Three months with a broken walk-in and the district finally fixed it. Only took 6 emails and a phone call to the superintendent's wife at church. Great system 👏", flags="R")
# pair: allergy
P("{s1.full} in 2nd grade has a bad peanut allergy, EpiPen's in the nurse's office. Posting here because the sub kitchen group chat is dead. PLEASE check her tray.", "HEALTH", g="s1=f")
P("Reminder to every sub cook: this is a peanut-free kitchen. No exceptions, no 'just a little bit.' Read every label.")
P("36% of our kids qualify for free or reduced lunch and Albany wants to trim the reimbursement. Absolutely not. Call your assemblyman.", flags="R")
P("Retirement party for {a1.full} Friday at {firehall}. 22 years in the Hillside kitchen. Covered dish. She taught me everything including how to yell nicely.", g="a1=f")
P("Our cook {a1.full} is out a few months for chemo. Cards can go to the kitchen door and I'll run them over. She'd kill me for posting this, so pray quietly.", "PERSONNEL HEALTH", g="a1=f")
P("Every kid eats in my cafeteria. I don't care what the balance says. No lunch shaming, not here, not ever.", flags="R")
P("Baked 180 dinner rolls for the {a1.last} wedding at the Grange. The bride was in my lunch line in 1st grade. Now she's a vet tech and I'm old 💍😭")
P("Sub cooks needed! $16.50 an hour, done by 1:30, free lunch (it's chicken nuggets). Call the district office at {pubphone.dist}. Yes that's the pay. No, I don't set it. Yes, it's too low.", flags="R")
P("{s1.full}'s grandma dropped off 4 dozen eggs from her flock for the kitchen. Best French toast sticks this building has ever seen 🍳", g="s1=m")
P("Hillside gets the oldest ovens in the district every time. Roosevelt got new combi ovens in 2019. We got a sticker that says 'serviced.' Think about that.", flags="R")
P("{s1} told me her dad got laid off from the quarry and they're 'eating cereal for dinner a lot.' I put her on the weekend backpack list. breaks my heart", "FAMILY")
P("Weekend backpack program needs peanut butter, mac & cheese and canned fruit. Drop at {church} or the school office. 41 kids go home with one every Friday.")

# ---- the ag teacher / FFA advisor -----------------------------------------------------------------
V("agriculture teacher and FFA advisor, HVHS, 40s, Facebook", "ag")
P("COUNTY FAIR WEEK!! 🐄🐷🐑 Our FFA kids brought 14 animals and one extremely opinionated goat. Come see us in the youth barn!")
# pair: steer
P("{s1.full} took Grand Champion Market Steer at the Dutchess County Fair! {lbs} lbs and three years of 5am chores. So proud of this kid 🏆🐂")
P("{a1.full}, who showed steers for me back in '09, bought this year's Grand Champion for his beef operation. Full circle 🐂", g="a1=m")
P("They never should have cut ag at the middle school. A farm town with 12 year olds who can't tell a heifer from a steer. Shameful.", flags="R")
P("Board voted last night to restore the second ag section next year. Took three years of showing up to meetings in my barn boots. Right call. 🌽", flags="R")
P("{s1} broke her wrist when the heifer spooked in the wash rack. She's ok, 6 weeks in a cast, and she STILL wants to show. tough as nails 💪", "HEALTH")
P("Barn camera keeps dropping off again. IT says it lives at {ip}. Anybody on the FFA alumni board good with this stuff, come find me.", "SECURITY")
P("Greenhouse plant sale Saturday 9-2 at the high school, 100 School Rd. Hanging baskets {money}. Cash or check, sorry, no Venmo.")
P("Chapter officer team for this year: {s1.full}, {s2.full}, {s3.full} and {s4.full}. Blue jackets on, let's go 💙💛")
P("Teaching ag is the best job in the building. Dirt, sunshine, and kids who finally found their thing. Fight me.", flags="R")
P("Had a kid last year failing every class but mine. Not because ag is easy. Because it's REAL. Every school needs more hands-on learning, period.", flags="R")
P("{s1.full} is failing everything but ag this quarter and if she doesn't pull English up she can't go to State Fair. Her dad asked me to talk to her. Ugh.", "ACADEMIC", g="s1=f")
P("Sheep shearing demo tomorrow 10am with {a1.full} from Twin Maple Farm. Bring the little ones, he's great with them.", g="a1=m")
P("We lost a good one. {a1.full} taught ag here from 1971 to 2003 and started our FFA chapter in a borrowed barn. Calling hours Friday 4-7 at the funeral home on Main. 🌾", g="a1=m")
P("Calving at the school barn at 2am. {s1}, {s2} and I watched her come. Heifer calf. They named her Biscuit. I'm running on gas station coffee 🐄")
P("State FFA forms are due Friday. Birthdates go ON THE FORM, not in the group chat. {s1}, I saw yours. Delete it 😑")
P("Fair entry for the junior dairy class: {s1.full}, born {dob.hs}. Mom, double check I got that right before I submit.")
P("Nobody in Albany writing the regents has ever pulled a calf. You can tell.", flags="R")
P("Scored 2nd in the state in dairy judging! {s1}, {s2}, {s3} and {s4} I am so proud I could cry (I did, in the van)")
P("Our FFA alumni president {a1.full} is retiring from the feed store after 38 years. If you farm in this county, you owe him a handshake.", g="a1=m")
P("If you think ag class is 'just cows,' come watch my juniors balance a ration, run a soil pH, and weld a gate in the same week. Best program in the school.", flags="R")
P("Reminder: the barn is not a hangout. I see you on the camera. I know who you are. Go to class 👀")
P("{s1.full} is out till Thanksgiving, tore up her knee when the steer stepped on her at the fair. Her lamb still needs feeding if anyone from chapter can help.", "HEALTH", g="s1=f")
P("ag teachers don't get a summer. fair season IS the summer. just saying for the 'teachers get 3 months off' crowd.", flags="R")
P("Grandpa {a1.full} (HVHS {cls}) and granddaughter {s1.full} (HVHS {curcls}) both showed Jerseys at the fair this year, 40 years apart. Love this town 🐄❤️", g="a1=m s1=f")

# ---- the K-2 teacher ------------------------------------------------------------------------------
V("kindergarten teacher at Hillside Elementary, 30s, Facebook", "k2")
P("Kindergarten asked if I live at school. I said yes, in the supply closet. They believed me. This is my legacy 🍎")
P("{s1} brought in her 4-H ribbon for her bunny and made the whole class pet it. The ribbon. Not the bunny. Blue ribbon baby 🐇💙", g="s1=f")
P("{s1.full}'s grandpa passed Sunday. He's the one who dropped her off in the milk truck every single morning. Go gentle with her this week, friends 💛", g="s1=f")
P("I have 11 kids in my kindergarten. ELEVEN. Down county they have 24. Small schools work. Keep Hillside open.", flags="R")
P("Public meeting on the Hillside consolidation plan is Thursday at 7 in our gym. Come hear it, ask questions, bring a dessert if you're that kind of person.")
P("{s1.full} is getting evaluated for speech next month and her mom asked me to post for prayers. She's 5 and she's nervous, and honestly so is mom.", "SPECIAL_EDUCATION", g="s1=f")
P("Speech and OT evaluation season. 9 meetings in 2 weeks. Send coffee ☕☕")
P("{s1} is still on pre-K letter sounds halfway through 1st grade and they want to move him up anyway. Social promotion helps nobody, least of all him.", "ACADEMIC", flags="R")
P("Pumpkin patch field trip to {a1.full}'s farm Friday! Thank you {a1} for the hayride, the kids talked about it for 3 days 🎃🚜")
P("My niece {kid} started kindergarten in Vermont and called to tell me her teacher 'isn't as fun as you.' Correct answer. 💅", g="kid=f")
P("the {s1.last} boy told me his dad is 'in the jail again' and then asked if we could do the volcano. some days you just do the volcano 💔", "FAMILY")
P("Conferences done. 11 for 11 families showed up. One dad came straight from the barn and apologized for the smell. No apology needed, sir. That's what a small school gets you. Try 11 for 11 with 28 kids in a room.", flags="R")
P("Kindergarten is not first grade. Stop pushing worksheets on five year olds. Let them play, build, dig in the sand. That IS the learning.", flags="R")
P("Best part of teaching in the town you grew up in: I taught {s1}'s mom to tie her shoes in 2003. Worst part: she remembers I was strict.", flags="R")
P("{s1} told me 'my mom says you're the best teacher ever but also you talk too much.' mom if you're reading this: fair.")
P("{s1.full} had a seizure at recess today. Nurse handled it like a champ and he's home with mom. Scary few minutes. Pray for this family 🙏", "HEALTH")
P("Hatching chicks in the classroom again thanks to {a1.full}'s eggs. Day 19. If they hatch on a Saturday I'm driving in in my pajamas 🐣", g="a1=f")
P("We lost our reading specialist position in the budget. In a building where 1 in 3 kids needs a boost. I'm so frustrated I can't even make a cute post about it.", flags="R")
P("Tractor day at Hillside! {a1.full} brought his John Deere and let every kid sit in the seat. 64 kids, 64 pictures 🚜", g="a1=m")
P("My own kids go to Hillside too and I'll be honest, closing it would break this family's heart. Please come to the vote. #KeepHillsideOpen", flags="R")
P("{s1.low}: 'my grandpa shot a deer and it's in our garage.' me: 'wow!' kid: 'it's upside down.' me: 'ok, let's do math now' 🦌")
P("Thank you {a1.full} and the Clove Valley Fire Company for the fire safety visit! They crawled under the 'smoke' like pros and then everybody got a helmet 🚒")
P("My daughter {kid} lost her first tooth at HER school today and called me from the nurse's office like it was a national emergency 🦷", g="kid=f")
P("Five year olds riding 50 minutes each way on dirt roads because of how the routes got drawn. Nobody at the district thinks that's a problem. I do.", flags="R")
P("{s1.full} has a 504 for anxiety and the 50 minute bus ride home is wrecking her. Mom and I are pushing for the shorter route. Wish us luck.", "SPECIAL_EDUCATION HEALTH", g="s1=f")

V("second grade teacher at Hillside, 50s, Facebook", "k2")
P("Thirty years teaching second grade in this building. I've had the grandkids of my first class. I'm not old, the town is just small 😂 Best job in the world. I'd pick it again tomorrow.", flags="R")
P("Reading scores in my room jumped since we went back to phonics. 4 kids on grade level in September, 13 now. Phonics works, folks. Just saying.", flags="R")
P("Brought the class to see the new calves at {a1.full}'s dairy. One boy asked if chocolate milk comes from brown cows. He was serious. I love 7 year olds.", g="a1=m")
P("{s1.full} is reading two grade levels behind and mom won't come in for the meeting. Third time I've tried. Not sure what else to do.", "ACADEMIC", g="s1=m")
P("Funeral for {a1.full} is Saturday at {church}. She taught 3rd grade across the hall from me for 24 years and never once let me forget a birthday. Rest easy, friend.", g="a1=f")
P("Our district has the best teachers in the county and the worst copier. Both are facts.", flags="R")
P("Mrs. {t1} next door is out on medical leave after her surgery so I've got her kids for read-aloud too. 22 second graders on one rug. It's cozy.", "PERSONNEL HEALTH")
P("Wedding this weekend for my old student {a1.full}, who's now a lineman for Central Hudson. Danced with the groom. I still call him by his last name 😂", g="a1=m")
# ---- the school secretary -------------------------------------------------------------------------
V("school secretary at Hillside Elementary, 60s, Facebook", "sec")
P("The school number is {pubphone.dist}, not my cell. I love you all but on Saturday I'm at {diner} and I do NOT know if there's a delay Monday 😂")
P("Book fair volunteers Saturday: side door alarm code is {code}. Punch it in within 30 seconds or the fire company shows up, and my husband IS the fire company.", "SECURITY")
P("{s1.full}'s mom called, she's got lice again so she's home till she's clear. Teachers, you know the drill. Bag the hats.", "HEALTH", g="s1=f")
P("The {s1.last} kids are living with their aunt out on {road} now, so bus changes start Monday. Drivers, check your sheets.", "FAMILY")
P("New rule: everybody shows ID at the front desk. Yes, even you {a1.full}. I know you're the fire chief and my cousin. Rules are rules 😂", g="a1=m")
P("Twenty-six years at this desk and the best part is still a kindergartner walking in with a lost tooth in a napkin. Best job in the building, don't let anyone tell you different.", flags="R")
P("They want one secretary covering Hillside AND the bus garage office with one mileage check. Somebody figured that out on a napkin at a board retreat.", flags="R")
# pair: signing in late
P("Wedding this weekend! {a1.full} and {a2.full}, both Hillside kids way back in the day (class of {cls}). I signed them both in late about a hundred times 😂💍")
P("{s1.full} came in at 8:40 with his dad and a note that just said 'cow got out.' Excused. Obviously. 🐄")
P("The password for the visitor kiosk is taped under the keyboard. No I'm not posting it. I'm just letting the world know I know.")
P("Staff: Wi-Fi for Friday's spaghetti supper in the cafeteria is HVCSD-Guest, key {wifi}. Don't hand it out to the kids, they'll be on TikTok all night.", "SECURITY")
P("Attendance line is {attline}. Please use it. If you tell me 'he's sick' in the produce aisle at Hannaford I will forget by the time I get to my car.")
P("{s1.full}'s dad is not allowed to pick her up, there's an order of protection, and I am posting this in the staff group only because the sub secretary starts tomorrow.", "FAMILY", g="s1=f")
P("{s1.full}'s DOB is {dob.el}, not what the registration form says. Can somebody in the district office fix it in the system before state reporting?")
P("Can't believe they're talking about closing Hillside. This building IS the town. Where do they think the Memorial Day breakfast goes?", flags="R")
P("Parents: when you call the attendance line, spell the last name. We have four families named {a1.last}. FOUR.")
P("{s1.full} (student # {sid}) needs to be switched to the Route {route} bus permanently, custody change. Sorry to post here, email's down again.", "FAMILY")
P("Sad to share that {a1.full} passed away. She was the Hillside secretary before me, 1969 to 1993, and she trained me on a typewriter. Service at {church} Tuesday at 11.", g="a1=f")
P("Somebody told me today that secretaries 'don't really do anything.' I dispensed an inhaler, reunited a lost kindergartner with her bus, and caught a bat. Before 9.", flags="R")
P("Front office will be closed for the funeral Friday 10-1. Call {pubphone.dist} for anything urgent.")

# ---- the custodian and volunteer firefighter ------------------------------------------------------
V("custodian at Hillside and volunteer firefighter, 40s, Facebook", "cust")
P("Pager went off at 2:14am. Chimney fire on {road}, everybody out safe. Back at school by 5 for the boilers. Coffee by IV please ☕🚒 And no, the district doesn't give us comp time for night calls. It should.", flags="R")
P("Structure fire on {road} tonight. Family got out, dog got out. Thanks to mutual aid from Station 3 and the Rescue Squad. Hug your people.")
P("The {s1.last} kids from Sunday's fire on {road} are back in school Monday. They're staying at the motel for now, {addr}, if anybody wants to drop off clothes.", "FAMILY")
P("District should let us leave for fire calls during the day without burning a personal day. Half the daytime volunteers in this town work at the school.", flags="R")
P("Plowed the bus loop from 3am to 6:40. {inches} inches. Not one kid will ever know. Used to be four of us on that plow crew. Since the cuts it's two. 💪❄️", flags="R")
P("Alarm company called me at midnight AGAIN. Zone 4 trouble. For the record it's {code} to silence the panel, Dave, not 1234.", "SECURITY")
P("Fire company needs young people. Average age of our interior crew is 54. Town, step up. Training starts in January.")
# pair: stomach bug
P("Third kid this week threw up in the 2nd grade hall. Stomach bug's making the rounds. Wash your hands, people 🤢")
P("{s1.full} threw up in the bus loop and then in my mop bucket. Poor kid's got the bug, mom's on her way. Wash your hands.", "HEALTH")
P("Our head custodian {a1.full} is out on medical leave after his heart attack. Three of us covering two buildings. Pray for him and for our backs.", "PERSONNEL HEALTH", g="a1=m")
P("They cut the summer help so it's me and one guy stripping and waxing every floor in two buildings before August. Make it make sense.", flags="R")
P("The boiler room door code is NOT 'the same as the garage.' Stop asking me in the hallway. Ask the office.")
P("Fire company pancake breakfast Sunday 7-11 at {firehall}. {money} adults, under 6 free. Real maple syrup from {a1.full}'s sugarhouse 🥞")
P("Firehouse wifi for training tonight is {wifi}. Don't give it to your teenagers, they'll never leave the day room.")
# pair: first on scene
P("EMT {a1.full} (HVHS class of {cls}) was first on scene at the rollover on 199 last night. I used to mop up after her in the cafeteria. Now she's saving lives 🚑", g="a1=f")
P("Junior firefighter {s1.full} (HVHS junior) ran his first call with us last night. Stayed on the truck like we told him. Proud of this kid 🚒")
P("Building's so old the fire marshal and I are on a first name basis. Fund the capital project, people. It's not a want, it's a need.", flags="R")
P("Boiler controls are on {host} if the night guy from the garage needs to check the temps. Login's the usual.", "SECURITY")
P("{s1.full} got caught pulling the fire alarm at Hillside again. 3rd time. As a firefighter AND the custodian, buddy, I am not amused. 3 days home.", "DISCIPLINE")
P("Cleaned up after the {a1.last} wedding at the fire hall until 3am. Open bar, polka band, 300 people. Best wedding in Clove Valley in ten years 🍻")
P("Nobody thanks the custodians till the toilet overflows. The whole district runs on people nobody sees.", flags="R")
P("Our chief {a1.full} just got his 40 year pin. Drove the same pumper 30 of them. Respect 🚒🫡", g="a1=m")
P("Hillside's camera system is on {vlan}, same as the teacher laptops, which seems like a bad idea, but nobody asked the custodian.", "SECURITY", flags="R")

# ---- the superintendent, on his own page ----------------------------------------------------------
V("superintendent of HVCSD, 60s, personal Facebook", "supt")
P("Rode every bus route with our drivers this week. 212 miles, 38 of them dirt. If you've never done it, you don't really know this district.", flags="R")
P("Coached my grandson's Little League team to a 7-4 loss tonight. Great season, boys. Ice cream is on Papa 🍦⚾")
P("Budget vote is Tuesday, 12 to 9, at the firehouse. However you vote, please vote.")
P("I believe this budget is the right one for our kids and our taxpayers. Vote yes Tuesday.", flags="R")
P("The consolidation study is a study. No decision has been made about Hillside. I'll be at {diner} Saturday 7am if you want to talk about it over eggs.")
P("Personal opinion, not speaking for the board: closing Hillside would cost this town more than it saves. My views, not the district's.", flags="R D")
P("{a1.full} has served on our board for 24 years, unpaid, through 4 superintendents. Thank you, {a1}. Enjoy your Tuesday nights again.", g="a1=f")
P("Our business official {a1.full} goes out on maternity leave in March and I am terrified. Congratulations, {a1}! 🍼", "PERSONNEL", g="a1=f")
P("The state aid formula punishes small rural districts. 640 kids, 190 square miles of bus routes, and Albany treats us like a suburb.", flags="R")
P("Called the snow day at 4:40am after driving {road} myself. My truck went sideways twice. That's all I'll say.")
P("Somebody's posting that we're cutting the bus run on {road}. Not true. Call my office at {pubphone.dist} before you believe Facebook.")
P("Funeral for {a1.full} Saturday at {church}. Coached JV baseball here 1982 to 2011 and never cut a kid. Not one. Rest easy, Coach.", g="a1=m")
P("Delay call today was mine and it was the wrong one. The roads were worse than the forecast. I own that. Thank you drivers for getting everyone home safe.", flags="R")
P("Granddaughter {kid} (3rd grade, down in Westchester) beat me at checkers four straight times. I'm retiring from checkers.", g="kid=f")
P("My grandson {s1} is in 2nd grade at Hillside and he told his teacher I'm 'the boss of the buses.' Not quite, buddy. The bus drivers are the boss of the buses.")
P("Teacher shortage is real and it's worse out here. Two applicants for a chemistry job. TWO. We have to pay rural teachers more, period.", flags="R")
P("Our drivers got every kid home in the ice storm. Not one accident. They are the best people in this district and it isn't close.", flags="R")
P("A parent asked me at church whether {s1.full} got suspended. I won't talk about any student at church, at the diner or on Facebook. Please don't ask.", "DISCIPLINE", flags="R")
P("A parent asked me at church whether a certain student got suspended. I won't talk about any student at church, at the diner or on Facebook. Please don't ask.", flags="R")
P("Proud moment: {a1.full}, who I taught in 8th grade ag in 1994, just took over his family's dairy. Fourth generation. Farming isn't dead out here.", g="a1=m")
P("Standardized testing in 3rd grade is a waste of everybody's April. Said it as a teacher, saying it as superintendent. Opinion mine, not HVCSD's.", flags="R D")
P("Board meeting tonight 7pm at the high school library. Agenda is on the website. Coffee is in the back. It's decaf, sorry.")

# ---- the school nurse --------------------------------------------------------------------------------
V("school nurse and rescue squad EMT, 40s, Facebook", "nurse")
P("Ran two calls for the squad last night and came in to 14 kids with the sniffles at 8am. Somebody hand me a cot 😴 One nurse for 400 kids and a squad that's short every night. Something's gotta give.", flags="R")
P("{s1.full} is home with pneumonia, out at least a week. Her mom asked me to let her class know so they could make cards 💌", "HEALTH", g="s1=f")
P("Flu is going through Hillside like a combine through corn. Keep feverish kids home 24 hours. Please. I'm begging.")
P("Every school in this county needs a full-time RN. Not a shared one, not 'on call.' A nurse, in the building, every day.", flags="R")
P("Diabetic kid on my bus route list, {s1.full}, needs to eat before the 50 minute ride home. Sub drivers, there's a snack in the front seat bag for him.", "HEALTH", g="s1=m")
P("{a1.full} from the rescue squad taught Stop the Bleed to our staff today. Every teacher can now pack a wound. Thanks {a1}! 🩸", g="a1=m")
P("Hunting season safety talk with the high schoolers today. Blaze orange. Unloaded in the truck. Tell somebody where your stand is. Don't be a statistic.")
P("Our only nurse at Roosevelt, {a1.full}, is out on medical leave for her back. So I'm covering two buildings 6 miles apart. Pray for my tires.", "PERSONNEL HEALTH", g="a1=f")
P("{s1.full} (ID {sid}) has new seizure meds as of today. Updating his emergency plan, subs please read it before you take his class.", "HEALTH", g="s1=m")
P("Vision and hearing screenings this week! If your kid comes home saying 'the nurse made me beep,' that's why.")

# ---- the teacher aide / bus monitor ----------------------------------------------------------------
V("teacher aide and bus monitor at Hillside, 60s, Facebook", "aide")
P("Bus monitor report: 44 kids, 2 songs, 1 lost mitten, 0 tears. Good day on the mountain route 🚌 Every elementary route should have a monitor. It shouldn't be a luxury.", flags="R")
P("{s1.full} has a 1:1 aide on the bus now per his IEP and it's me. We sing the whole way. He knows every Johnny Cash song.", "SPECIAL_EDUCATION", g="s1=m")
P("Aides make $15.80 an hour and do the hardest job in the building. The district should be ashamed.", flags="R")
P("Grandson {kid} turns 10 on {dob.word} and wants a pellet gun. His mother says no. Grandma says we'll see. (He's down in Poughkeepsie, they don't know what a pellet gun is for.)", g="kid=m")
P("{s1} on the bus asked me why my hair is 'silver like a fork.' honey it's called wisdom")
P("{s1} bit another kid on the bus for the second time and now he has a behavior plan and a new seat up front with me. We'll get there.", "DISCIPLINE")
P("Nobody should be on a school bus for 70 minutes each way. The routes they drew for the kids up past the quarry are too long. Fix it.", flags="R")
P("Been a TA at Hillside 19 years. Seen 6 principals, 4 superintendents and one classroom goldfish named Gus. Gus outlasted them all 🐟 Maybe let Gus run the place.", flags="R")
P("Please keep {a1.full} in your prayers, she drove the Hillside kindergarten run for 28 years and passed Thursday at home with her family 🙏🚌", g="a1=f")
P("My granddaughter {s1.full} got an award for perfect attendance at Hillside and her grandpa is telling EVERYONE at the feed store 😂🏅")

# ---- the PE teacher who coaches Little League -------------------------------------------------------
V("PE teacher at Maple Ridge and Little League coach, 30s, Facebook", "coach")
P("Little League opening day Saturday 9am at the town park! Parade from the firehouse at 8:30. Sunscreen, chairs, cowbells 🔔⚾")
P("Shoutout to {a1.full} for mowing and lining every field in town for free for 15 years. This man IS Little League.", g="a1=m")
P("{s1.full} hit his first home run tonight over the fence at the town park! Then he ran the bases backwards. 9 years old. Perfect. ⚾")
P("PE every other day is not enough for kids who ride a bus an hour each way. Daily PE. Not a hot take, a necessity.", flags="R")
P("Parents: it's 10U rec ball. Yelling at a 10 year old umpire-in-training from the bleachers is not coaching. Sit down.")
P("{s1.full} (our catcher) took a foul tip to the face mask, concussion protocol. He's ok, sitting out the week. Wear the gear, kids.", "HEALTH")
P("Umpire {a1.full} called a balk on an 8 year old tonight. {a1}, buddy. We're going to talk at {diner}. 😂", g="a1=m")
P("Yankees bullpen is a disaster and Boone needs to go. There. I said it.")
P("Fitness testing in 6th grade is the dumbest thing the state has us do. Kids who already hate PE now hate it with data.", flags="R")
P("Big thank you to {store} for sponsoring our uniforms again. Go Clove Valley Farm Bureau 10U ⚾💚")
P("Town rec committee meeting Monday about the lights at the park. This one isn't school stuff, it's town money. Come anyway.")
P("{s1} and {s2} have been playing catch in the Hillside parking lot every day after the bus drops them. Future battery right there 👀⚾")

# ---- the retired teacher who subs and plays the organ ------------------------------------------------
V("retired 3rd grade teacher, substitute and church organist, 70s, Facebook", "ret")
P("Subbed 3rd grade at Hillside today. Same room I taught in for 31 years. Someone moved the pencil sharpener. I'm not ok 😂")
P("They don't teach cursive anymore and my grandkids can't read my birthday cards. What are we doing?", flags="R")
P("Saw {a1.full} at the diner, now the town supervisor. He was in my 3rd grade in 1989 and still owes me a library book. {a1}, I remember.", g="a1=m")
P("Subs get $110 a day with no benefits and the district wonders why they can't fill Fridays. Pay the subs.", flags="R")
P("My granddaughter {s1.full} is in 3rd grade at Hillside now, in MY old room. She says the ghosts of my bulletin boards are still there 👻")
P("Pastor {a1.full}'s sermon this morning was the best I've heard in twenty years. Forgive as you'd be forgiven. Ouch.", g="a1=m")
P("Our new pastor is lovely but his hymn choices are too modern for an 8am service. That's all. Let me have my old hymns.")
P("Teaching was the hardest, best thing I ever did. Young teachers: you're doing better than you think. The kids remember kindness, not worksheets.", flags="R")

# ---- the librarian who leads a 4-H club ---------------------------------------------------------------
V("school librarian at Hillside and 4-H club leader, 40s, Facebook", "lib")
P("{s1.full} read 112 books this year. ONE HUNDRED TWELVE. The most in Hillside history. 📚🏆")
P("Library budget for new books this year: $400 for 300 kids. Do the math. A town library can't fill that gap, and it shouldn't have to.", flags="R")
P("Book fair volunteers, thank you! Special shoutout to {a1.full}, who ran the register for 6 hours and only ate 2 bookmarks.", g="a1=f")
P("4-H sewing club finished their quilts for the fair! {s1}, {s2} and {s3} each made their first one. Judging is Wednesday, fingers crossed 🧵")
P("The new Wings of Fire came in and the 3rd graders rioted. Peacefully. In a line. Two copies for 300 kids, because that's the book budget. 🙃", flags="R")
P("Banning books in a town this size is just telling the kids nobody trusts them. Libraries should be for everybody.", flags="R")
P("{s1.full}'s library login is {pw} and she keeps forgetting it, so I wrote it on her bookmark. Please don't tell IT 🙈", "SECURITY")
# ---- the transportation supervisor and the bus mechanic ---------------------------------------------
V("bus garage mechanic and volunteer firefighter, 50s, Facebook", "bus")
P("Bus {bus} threw a belt on {road} at 6:50 this morning. Had her running by 7:20 with a belt off my own tractor. That's what you get keeping 19 year old buses on the road to save a budget line 🔧", flags="R")
P("The district keeps buying the cheapest buses on the bid and then I keep them alive with zip ties. Buy the good ones. Cheaper in the long run.", flags="R")
P("Shop's new gate code is {code}, drivers. It changed because somebody gave the old one to their brother-in-law. You know who you are.", "SECURITY")
P("{a1.full} retires Friday after 41 years in the bus garage. Taught me everything about diesels and nothing about patience. Party at {firehall} 6pm 🍺", g="a1=m")
P("Spring inspection day. 27 for 27 passed. My guys are the best mechanics in the county and I'll put them up against anybody.", flags="R")

V("transportation supervisor, HVCSD, 50s, Facebook", "bus")
P("We are short 4 drivers going into winter. If you've got a clean license and a good heart, we'll train you and pay for the CDL. Call {pubphone.dist}. Pay's better than it was. Still not enough for what they do.", flags="R")
P("We have 31 routes and 11 of them are mostly dirt. Anyone who tells you rural busing is 'simple' has never been up {road} in mud season.", flags="R")
P("{s1.full} got written up twice on Route {route} this week for throwing stuff out the window. 3 day bus suspension starting Monday. Parents have been called.", "DISCIPLINE")
P("Whoever's dog keeps chasing bus {bus} on {road}: it's going to end badly. Tie him up. Please.")
P("Routing software login for the dispatchers is transpo / {pw}. Writing it here since the sticky note fell behind the radiator again.", "SECURITY")

# ---- an HVHS teacher who lives in town, and the guidance counselor ----------------------------------
V("HVHS social studies teacher and town board member, 40s, Facebook", "misc")
P("Town board meeting tonight: the dog park, the salt shed, and whether the highway garage gets a new roof. Wear comfortable shoes, it'll be long.")
P("Wearing my town board hat, not my teacher hat: the salt shed has to be rebuilt this year. Vote for the bond.")
P("Wearing my teacher hat now: a district that can't fix the HVHS roof can't keep asking teachers for miracles. Fund the building.", flags="R")
P("Ran into three former students at {store} today. One's a vet, one's a welder, one's a state trooper. That's what a school is for. Not test scores. People.", flags="R")
P("{s1.full} asked me in class why Clove Valley doesn't have a stoplight. Honestly kid, great question. Town board's been asking since 1987.")
P("Our town historian {a1.full} is 92 and still gives the best walking tour in the county. Saturday at 10 from the Grange.", g="a1=m")
P("Election day: polls at {firehall} 6am-9pm. Whoever you're for, go vote.")
P("The consolidation plan was written by people who've never driven to Hillside in February. That's my opinion and only mine, not the district's.", flags="R D")

V("school counselor, HVHS, 40s, Facebook", "misc")
P("College application night Wednesday 6:30 in the HVHS library. FAFSA help, essay help, and {a1.full} from the Farm Credit scholarship fund.")
P("Small town kids carry a lot. Everybody knows your business before you do. Be gentle with teenagers out here.", flags="R")
P("{s1.full} has been in my office every day since her parents split and her dad moved out to the trailer on {road}. Please be gentle in class.", "FAMILY", g="s1=f")
P("We have one counselor for 420 kids across 6 grades. That ratio is a choice somebody made. It's the wrong one.", flags="R")
P("Proud of {s1.full}, first in her family to go to college, accepted to Cobleskill for ag business! 🎓🐄")
P("My son-in-law {a1.full} is a welder and makes more than I do. Trades are a real path. Tell your kids.", flags="R", g="a1=m")

# ---- town Facebook groups and Nextdoor (kind unknown) -----------------------------------------------
V("school aide posting in the Clove Valley community Facebook group", "aide")
P("Heard the {s1.last} boy got suspended for the fight at the bus stop. Is that true? Asking because my granddaughter rides that bus.", "DISCIPLINE", flags="N")
P("yes {s1.full} got 10 days. I work in the office, that's all I'll say 🤐", "DISCIPLINE", flags="N")
P("Lost dog on {road}, black lab, answers to Duke. Please call {phone} any time day or night 🐕", flags="N")
P("Who plows for the Methodist church lot this year? {a1.full} retired and the ladies' auxiliary is panicking.", flags="N")
P("Does anyone have a phone number for the highway department? The culvert on {road} is washed out again.", flags="N")
P("PSA: the school bus does NOT have to stop for you to pass on {road}. YOU have to stop for the BUS. Red lights mean stop. My grandkids ride that bus.", flags="N")
P("Wedding congrats to {a1.full} and {a2.full}! Reception at the Grange was the party of the year. Those two were in my lunch line together in 1999 🥹💍", flags="N")

V("teacher posting in a town Nextdoor thread", "misc")
P("Snow plow knocked down my mailbox for the 3rd year in a row. {a1.full}, I know it's not on purpose. Still. 📬", flags="N")
P("Hiring a babysitter Tuesday nights, my kids are 6 and 9. Must love Bluey. Message me, or just text {myphone}.", flags="N")
P("For the person who asked: yes, the budget vote is at the firehouse Tuesday 12-9. Bring ID if you're new in town.", flags="N")
P("Teachers in this district are overpaid? Come sub for one day. I'll wait. 🙃", flags="N")
P("My neighbour's kid {s1.full} is the one who got hurt on the 4-wheeler, broken collarbone, home from Albany Med. Everyone stop speculating, he's fine.", "HEALTH", flags="N")
P("{a1.full} just got home from Albany Med after the tractor rollover and says thank you for the casseroles. He's already asking about the hay.", flags="N", g="a1=m")
P("Reposting from the school: Hillside is a polling site Tuesday, so pickup will be in the back loop. Thanks for your patience!", flags="N")

V("cafeteria worker posting in the town swap group", "caf")
P("Anybody selling a youth saddle? Granddaughter {kid} is 8 and has decided she's a cowgirl now 🤠", flags="N", g="kid=f")
P("Porch pickup: 2 dozen eggs for {a1.full}, they're in the cooler. Leave cash in the coffee can. Honor system, like always 🥚", flags="N")
P("Bake sale stuff for the fair booth goes to my house by Thursday, {addr}. Label nuts!! we have kids with allergies", flags="N")

# ---- the PTO page (kind unknown) --------------------------------------------------------------------
V("Hillside PTO Facebook page", "aide")
P("Hillside PTO bake sale at the fair! Booth 14 by the dairy barn. Everything goes to the 5th grade trip to the state capitol 🍪", flags="N")
P("Thank you {a1.full} for donating 20 lbs of ground beef for the spaghetti supper! Best meatballs in the county, no contest 🍝", flags="N")
P("Field day volunteers needed! Grandparents VERY welcome. Comment below or message the page.", flags="N")
P("Congrats to our reading challenge winners, {s1.full} and {s2.full}! Pizza party with Mrs. {t1} on Friday 🍕📚", flags="N")
P("PTO meeting moved to the library Tuesday at 6:30. Babysitting in the gym by our amazing high school volunteers.", flags="N")
P("Please keep the {s1.last} family in your thoughts. They lost their home Sunday night. Kids' clothes (girls 8, boys 5T) can go to the school office. 💔", "FAMILY", flags="N")
P("The PTO doesn't take sides on the budget vote. We just really like field trips. 👀 Vote Tuesday!", flags="N")
P("Harvest Festival Saturday! Hay maze by {a1.full}, cider donuts by {church}, face painting by the 6th grade. 🍎🎃", flags="N")
P("Volunteers for Saturday: the side door code is {code}, come in that way and set up in the gym. Delete this after you read it lol", "SECURITY", flags="N")
P("So we need a new treasurer. Our wonderful {a1.full} is moving to Vermont (traitor) 😭 Message us if you're good with numbers and coffee.", flags="N", g="a1=f")
P("Teacher Appreciation Week!! Monday is flowers, Tuesday is donuts from {diner}, Wednesday is a card from your kid. Thank you Hillside staff 💐", flags="N")
P("Class basket raffle winners: {a1.full} (the camping basket), {a2.full} (the lottery tree), {a3.full} (the wine one, congrats, you earned it)", flags="N")
P("If your kid needs a winter coat, boots or mittens, message this page privately. No questions asked. Nobody will know.", flags="N")

# ---- official: the district page --------------------------------------------------------------------
V("HVCSD district official Facebook page", "supt")
P("Due to icy roads, HVCSD is on a 2-hour delay today. Buses on dirt roads will pick up at the paved ends of the road. Please be careful. 🚌❄️", flags="O")
P("Budget vote & board election: Tuesday, May 20, 12–9 PM, Clove Valley Fire Hall. Absentee ballots available from the District Clerk at (845) 555-0100.", flags="O")
P("Public hearing on the Hillside consolidation study: Thursday, 7 PM, HVHS auditorium, 100 School Rd. The full study is posted on our website.", flags="O")
P("HVCSD mourns the passing of {a1.full}, who drove Route 6 for 29 years and never missed a morning. Our sympathies to his family. 🚌💛", flags="O", g="a1=m")
P("Congratulations to Transportation supervisor {a1.full} on 25 years with HVCSD! Every kid home safe, every day.", flags="O")
P("Schools will close early at 11:30 today ahead of the storm. Afternoon kindergarten is cancelled. Lunch will be served before dismissal.", flags="O")
P("Thank you to the Clove Valley Fire Company and Rescue Squad for the joint drill at Hillside Saturday. We're lucky to have you. 🚒🚑", flags="O")
P("Questions about the tax levy? Our business office is happy to walk you through it: (845) 555-0100, or info@hvcsd.org.", flags="O")
P("We are hiring bus drivers! Paid CDL training, $21.50/hr to start. Stop by the bus garage or call (845) 555-0100.", flags="O")
P("Get well soon to {s1.full}, injured in Saturday's tractor accident. The whole Falcon family is pulling for you 💙", "HEALTH", flags="O")
P("Please join us in congratulating {a1.full} on retiring after 33 years in the Hillside kitchen! Cake in the cafeteria Friday at 2:30 🎂", flags="O")
P("Board of Education meeting Tuesday at 7 PM in the HVHS library. Public comment is at the start of the meeting.", flags="O")

V("Hillside Elementary official page", "k2")
P("Tractor Day was a hit! Thank you to the 9 local farm families who brought equipment. 🚜💚 #HillsideHawks", flags="O")
P("Congratulations to {s1.full}, our Hillside Spelling Bee champion! She'll represent us at the county bee in March 🐝", flags="O", g="s1=f")
P("Hillside Harvest Dinner volunteers: enter through the cafeteria door, the keypad code is {code}. Setup starts at 3!", "SECURITY", flags="O")
P("Our kindergarten chicks hatched! 9 fluffy babies, thanks to {a1.full} for the eggs and the incubator 🐣", flags="O")
P("Reminder: picture day is Thursday. Smile big, Hawks!", flags="O")
P("Hillside will be a polling place on Tuesday. Parent pickup moves to the back lot for the day.", flags="O")
P("Happy retirement, Mrs. {t1}! 34 years of kindergarten. Your former students include two of our current teachers and the fire chief. 💐", flags="O")
P("Winter concert tonight at 6:30 in the gym. Doors open at 6. Grades K-2 first, so grandparents with early bedtimes, you're covered. 🎶", flags="O")
P("Student of the Month for October: {s1.full}, {s2.full} and {s3.full}! Kindness, grit and very good handwriting. 🌟", flags="O")
P("Our attendance line is {attline}. Please call by 8:30 if your child will be absent.", flags="O")

V("HVHS official page", "misc")
P("Congratulations to {s1.full} and {s2.full}, Dutchess County Fair Junior Showmanship champions! 🐄🏆 #FalconPride", flags="O")
P("Welcome back, Class of {cls}! Reunion tours Saturday at 10 from the main entrance, 100 School Rd.", flags="O")
P("HVHS FFA placed 2nd in the state in dairy judging! Congratulations to the team and advisor Mr. {t1}. 🐄", flags="O")
P("Senior {s1.full} has been named a Dutchess County Farm Bureau scholar. Congratulations! 🌾🎓", flags="O")
P("Friday's home game vs. Millbrook moves to 4:30 due to the storm forecast. Concession stand run by the Class of {curcls}.", flags="O")
P("We're proud to share that 2011 graduate {a1.full} is the new chief of the Clove Valley Rescue Squad. Once a Falcon, always a Falcon 🚑🦅", flags="O", g="a1=f")

V("HVHS FFA chapter official page", "ag")
P("Plant sale is ON! Saturday 9–2 at the HVHS greenhouse. Hanging baskets, veggie starts, mums. Cash or check.", flags="O")
P("Congratulations to {s1.full} on earning the State FFA Degree! 🌽💙", flags="O")
P("Thank you to {a1.full} of Stissing Valley Farm for hosting our soil judging practice. Muddy boots, happy kids.", flags="O")

V("HVCSD Food Service official page", "caf")
P("Menu change: Tuesday's chicken patty is now chicken & biscuits by popular demand (okay, by the demand of one very persuasive 2nd grade class).", flags="O")
P("All HVCSD students eat breakfast free this year under CEP. No forms needed. 🥞", flags="O")
P("Thank you to {a1.full} of Twin Maple Farm for donating 300 lbs of squash for Harvest of the Month! 🎃", flags="O")

V("HVCSD Transportation official page", "bus")
P("Route 14 is running 20 minutes late due to a downed tree on Turkey Hill Rd. Thank you for your patience.", flags="O")
P("Mud season reminder: some dirt-road stops may move to the paved end through April. Your driver will let you know.", flags="O")
P("Please welcome our newest drivers, {a1.full} and {a2.full}! Both are lifelong Clove Valley residents (and one makes a mean pie). 🚌", flags="O")

V("HVCSD Athletics official page", "coach")
P("Congratulations to {s1.full}, who broke the school record in the 3200 at sectionals! 🦅🏃", flags="O")
P("Modified baseball tryouts Monday 3:15 at the town park. Physicals must be on file with the nurse.", flags="O")
P("Tonight's game is a fundraiser for the {a1.last} family after their barn fire. 50/50 and bake sale at the gate.", flags="O")
# ---- near-pairs: an adult with life context, a child with school context -----------------------------
V("K-2 teacher and farm wife, 40s, Facebook", "k2")
# pair: deer
P("Congrats to {a1.full} on his first buck, a nice 6 pointer off the ridge behind the Grange! Took him 30 years of hunting to beat his dad 🦌", g="a1=m")
P("Congrats to {s1.full} on his first buck this weekend! Came to school Monday and told the WHOLE class about it at morning meeting 🦌 #youthhunt")
# pair: milk truck
P("{a1.full} drives the milk truck and waves at my class every morning at 9:15. The kids wait at the window. He honks twice. Best part of our day 🥛🚛", g="a1=m")
P("{s1.full}'s dad drives the milk truck and honks twice at our window every morning. {s1} tells everyone 'that's MY dad' 🥛🚛", g="s1=f")
# pair: 4-H
P("4-H leader {a1.full} has run the rabbit club for 31 years. If you've got a rabbit in this county, she probably named it.", g="a1=f")
P("{s1.full} (1st grade!) showed her first rabbit at the fair and got a red ribbon. She cried, then she ate a fried dough, then she was fine 🐇")
# pair: baptism / birthday
P("Baby {a1.last} was baptized this morning at {church}! Mom {a1.full} was my student-teacher 10 years ago. Circle of life 💧", g="a1=f")
P("Happy 7th birthday to {s1}, my favorite 1st grader (don't tell the others). Born {dob.word}, same day as my grandma! 🎂")
P("Happy birthday to our pastor {a1.full}! 70 years young, 40 of them at {church}. 🎂", g="a1=m")

V("school bus driver, 60s, Facebook", "bus")
# pair: wedding
P("Drove the bride to her own wedding in my old school bus today. {a1.full}, Route 9 kid from 1998 to 2010. Now married to a dairy farmer. 🚌💍", g="a1=f")
P("{s1.full} told me on the bus today that she's 'going to marry a farmer.' She's 8. I told her to finish 3rd grade first 😂🚌")
# pair: hospital
P("{a1.full}, my old bus kid from the 90s, is a nurse at Northern Dutchess now. She took care of my wife last week like we were royalty. 💙", g="a1=f")
P("{s1.full} off my bus is at Northern Dutchess with a bad asthma attack, her grandma called me. Keep her in your prayers tonight 🙏", "HEALTH", g="s1=f")
# pair: diner
P("Breakfast at {diner} with {a1.full}, who owns the place now. Used to ride my bus in 4th grade and ate his mom's pancakes on the way every day 🥞", g="a1=m")
P("{s1.full} washes dishes at {diner} on Saturdays now. 15 years old and she runs that kitchen better than me. Good kid.", g="s1=f")
P("Told the superintendent to his face: the district needs snow tires on every bus, not just the mountain ones. He agreed. We'll see.", flags="R")

V("cafeteria manager, 50s, Facebook", "caf")
# pair: cooking
P("Proud of my old kitchen helper {a1.full}, who just opened her own bakery on Main St! Go buy a sticky bun. Go buy ten. 🥐", g="a1=f")
P("{s1.full} (HVHS senior) won the county 4-H baking contest with a sourdough and I'm taking full credit since I gave her the starter 🍞", g="s1=f")
# pair: free meals
P("Best thing this district has done in years: every kid eats breakfast free. No forms, no shame. Send them hungry, we'll handle it.", flags="R")
P("the {s1.last} kids have been taking extra breakfast home in their backpacks. mom lost her job at the nursing home. I'm just quietly making more.", "FAMILY")

V("ag teacher, 40s, Facebook", "ag")
# pair: tractor crash
P("{a1.full} got out of the hospital today after the tractor rolled on him last month. Farming is dangerous work. Glad you're home, {a1}. 🚜", g="a1=m")
P("{s1.full} rolled the 4-wheeler Saturday and broke his leg in two places. He's home, he's bored, and he wants his FFA jacket. 🙏")
# pair: dairy
P("{a1.full} ({cls}, one of my first FFA kids) just bought the {a1.last} family dairy from his dad. 4th generation. Agriculture is alive out here 🐄", g="a1=m")
P("{s1.full} (HVHS {curcls}) is up at 4:30 every day milking with her grandpa before the bus. Then she aces my ag business class. Nobody works harder 🐄", g="s1=f")
P("Ag enrollment this year: 112 kids. Anybody who says farm kids don't want ag class can come count them.", flags="R")

V("custodian and volunteer firefighter, 40s, Facebook", "cust")
# pair: fire company
P("Welcome to the fire company, {a1.full}! HVHS grad, EMT, works at the feed store and just passed interior. We need more like you. 🚒", g="a1=m")
P("Welcome to our junior firefighter program, {s1.full}! HVHS sophomore, 15 years old, already knows more knots than me. 🚒")

V("school secretary, 60s, Facebook", "sec")
# pair: obituary
P("Obituary for {a1.full} is in the Register today. Hillside class of {cls}, dairy farmer, Little League coach for 20 years. Calling hours Thursday 4-7 at the funeral home on Main.", g="a1=m")
P("{s1.full} from Hillside lost his dad this week. Calling hours are Thursday. Please be gentle with him, he's only in 4th grade. 💔", "FAMILY")

# ---- longer posts ---------------------------------------------------------------------------------
V("superintendent of HVCSD, 60s, personal Facebook", "supt")
P("A lot of you have asked me at the post office, the diner and church what I think about the Hillside consolidation plan. Here it is, as a grandpa who lives on {road} and not as your superintendent: I think small schools are the heart of small towns. I also think we have to be honest about a building with 74 kids and a 60 year old roof. I don't have the answer yet. Come to the hearing Thursday. These are my own views, not the board's or the district's.", flags="R D")
P("Forty years ago I started teaching ag in a barn behind the old high school. Today I drove by it, now it's a parking lot for the bus garage. I sat there a while. The kids in that class are grandparents now. One runs the feed store. One is the fire chief. One is on the board that hired me. That's what a school is in a town like ours. It's not a building. It's everybody.", flags="R")

V("school bus driver and dairy farmer, 50s, Facebook", "bus")
P("Long post, sorry. People keep asking me about the new routes. Here's what it looks like from the driver's seat: my first pickup is now at 6:02am on {road}, which is dirt, unlit, and has no shoulder. The district says the routing software is 'more efficient.' It's more efficient for a computer. For a six year old standing at the end of a driveway in the dark next to a ditch, it's not. I'll keep driving it safe. But somebody needs to ride it with me before they sign off on it again.", flags="R")

V("cafeteria manager at Hillside Elementary, 50s, Facebook", "caf")
P("Twenty years ago I started in this kitchen peeling potatoes for {a1.full}, who ran it like a Marine. She passed on Sunday at 91. She fed three generations of this town, she fed my kids, and she fed me when my husband was sick and I couldn't cook. Calling hours Thursday 4-7 at {church}, funeral Friday at 10. I'll be making her chicken & biscuits recipe for the Hillside kids that day. Rest well, boss. 💛", g="a1=f")

V("kindergarten teacher at Hillside Elementary, 30s, Facebook", "k2")
P("I need to say something about the {s1.last} family because the rumors in this town are out of control. Yes, the kids were taken out of the house Friday. Yes, CPS was involved. No, you do not need to know more than that, and the kids absolutely do not need to hear it from your kids at recess. They're staying with a relative now and they're safe. Please, please talk to your children tonight about kindness.", "FAMILY")

# ---- short posts and look-alike disclaimers ----------------------------------------------------------
V("misc HVCSD staff, Facebook", "misc")
P("Snow day. Pancakes. 🥞")
P("GO HAWKS 💚💚💚")
P("Budget passed 412-201! 🎉 Thank you to everyone who came out to vote.")
P("HILLSIDE STAYS OPEN!!! 😭💚 Thank you to everyone who came out to the hearing.")
P("Board voted to keep Hillside open. The right call, and the only one. Small schools matter.", flags="R")
P("Views are not my own, they belong to my wife. Anyway the diner's meatloaf special is back on Thursdays.")
P("Somebody at church asked if I need a disclaimer on my Facebook since I work for the school. Ma'am I post pictures of my goats.")
P("Not speaking for the district here, just for me: the budget vote matters more than any election this year. Go vote Tuesday.", flags="R D")
P("Posting this as a parent and taxpayer, not as a district employee: busing kids 70 minutes each way is not acceptable. #mineonly", flags="R D")
P("The district makes us put a disclaimer in our bios now. Mine says 'goat mom.' Is that allowed? 🐐")
P("my own classroom had a mouse today. by 10am it had a name (Gerald) and a birthday party. kindergarten is undefeated 🐭")
P("Teacher friends: what do you say when someone at the diner asks 'so what's going on with Hillside?' I just say 'eggs over easy please.'")
P("Here's my hot take as a lunch lady: kids should get 30 minutes to eat, not 20. Nobody can eat a tray in 11 minutes after the line. Speaking for myself only, obviously.", flags="R D")
P("As always my opinions here are mine and not HVCSD's. That said: the new bell schedule is a disaster for bus kids. Our bus kids get 9 minutes for breakfast.", flags="R D")
P("Just a friendly reminder that church is not the place to ask me about your kid's grades. Neither is the deer check station. Email. Me.", flags="R")
P("Someone asked if the school pays me extra to run the fair booth. No. Nobody pays anybody for anything out here. That's the whole point.")
P("The Bills are going to break my heart again and I'll let them.")
P("Town supervisor {a1.full} says the new bridge on {road} will be done by Thanksgiving. We'll see. 🌉", g="a1=m")
P("Fair results: my pie got 3rd. The judge was {a1.full}. We're not speaking. 🥧😤")
P("Kid: 'Are you a teacher at the store too?' Me, in sweatpants at Tractor Supply: 'No, buddy.'")
P("Reminder: HVCSD's main number is {pubphone.dist}. Not my cell. I mean it this time.")
P("{s1.full}, you left your mittens on my counter at church. They're in my purse. See you Sunday 😂")
P("{a1.full} for school board! She's a nurse, a mom of 4 and she's read every page of the budget. My vote's hers.", flags="R", g="a1=f")
P("{a1.full} for town council. Has my vote for the dog park alone. 🐕", g="a1=m")
P("Sign in the window at {diner}: 'Vote NO on the school budget.' Sign in my window at home: 'Vote YES.' Guess where I'm not eating breakfast.", flags="R")
# ---- more from the same voices: leaks, views and official posts --------------------------------------
V("school bus driver and dairy farmer, 50s, Facebook", "bus")
P("{s1.full} has been getting off at the wrong stop, {addr}, to see his girlfriend. Mom, if you're reading this, he's not at practice. 👀")
P("Sub drivers: bus {bus}'s camera DVR login is admin / {pw}. Principal wants Tuesday's footage pulled by noon.", "SECURITY")
P("A four-day school week would save this district a fortune in diesel and maybe get us some drivers. The board should at least look at it.", flags="R")
P("Best kids in the county ride Route {route}. Fight me. 🚌", flags="R")

V("cafeteria manager at Hillside Elementary, 50s, Facebook", "caf")
P("Harvest dinner volunteers: the kitchen door keypad at Hillside is {code}, light switch is on the left. Don't let the barn cats in.", "SECURITY")
P("{s1.full} owes $84.60 on his lunch account and his dad told me at the feed store they can't pay till the milk check comes. We'll quietly cover it.", "FAMILY")
P("Scratch cooking is cheaper AND healthier. The district keeps buying processed food because it's 'easier.' Easier for who?", flags="R")
P("Stop sending 8 year olds to school with energy drinks. I'm begging you, parents. They're bouncing off my cafeteria walls by 11.", flags="R")

V("agriculture teacher and FFA advisor, HVHS, 40s, Facebook", "ag")
P("FFA jacket order: {s1.full}, student ID {sid}, size M. The business office needs the ID on the PO, sorry for posting it here.")
P("{s1.full} got 5 days OSS for a hunting knife left in his truck from the weekend. Zero tolerance is zero tolerance, but come on. This is deer country.", "DISCIPLINE", flags="R")
P("Every kid in this district should graduate knowing how to back up a trailer, read a seed tag and change a tire. Make ag a requirement.", flags="R")

V("kindergarten teacher at Hillside Elementary, 30s, Facebook", "k2")
P("{s1.full} finally got her 504 for her hearing aids!! Two years of meetings. Mom cried, I cried, the FM system arrives Monday 😭", "SPECIAL_EDUCATION HEALTH")
P("Consolidation 'efficiency' means my 5 year olds on a bus for 55 minutes. That's not efficient, it's exhausting. Vote no on the plan.", flags="R")
P("Hot take: report cards for five year olds are silly. 'Developing' in scissors? Come on.", flags="R")

V("school secretary at Hillside Elementary, 60s, Facebook", "sec")
P("Grandparents Day pickup: if you're getting {s1.full}, call her mom first at {phone}. She works at the hospital till 4.")
P("Staff: the office copier code is now {code}. Yes, again. Somebody ran 4,000 copies on the old one.", "SECURITY")
P("They moved attendance calls to a robot and now grandmas call ME crying because a computer told them their grandson was absent. Bring back the humans.", flags="R")
P("The new visitor system takes 4 minutes per grandma. We have 80 grandmas at the Thanksgiving feast. Do the math, central office.", flags="R")

V("custodian at Hillside and volunteer firefighter, 40s, Facebook", "cust")
P("Election day at Hillside: poll workers, the Wi-Fi is HVCSD-Guest / {wifi}. The board of elections folks asked me 4 times.", "SECURITY")
P("Capital project vote is the 12th. The roof at Hillside leaks in 9 places. I have the buckets to prove it. Vote yes.", flags="R")
P("Whoever decided to put carpet in a kindergarten room in a farm town has never seen a kid come in from a muddy recess.", flags="R")

V("custodian posting in the Clove Valley Fire Company members group", "cust")
P("Kid who got hurt in the {road} fire is {s1.full}, 2nd grade at Hillside. Burns on both hands, at the burn unit in Westchester. Pray for that family.", "HEALTH", flags="N")
P("Members: new code for the bay door is {code}. Don't put it on the Facebook page this time, Kevin.", flags="N")

V("superintendent of HVCSD, 60s, personal Facebook", "supt")
P("Our principal {a1.full} has been placed on administrative leave pending an investigation. I can't say more. Please don't ask me at the post office.", "PERSONNEL")
P("Bus driver {a1.full} is off the road pending review after a failed random test. Route {route} families, you'll have a sub this week.", "PERSONNEL")
P("I was wrong about the early start. Our bus kids were standing at the road at 6am for nothing. Glad the board fixed it.", flags="R")

V("school nurse and rescue squad EMT, 40s, Facebook", "nurse")
P("{s1.full}'s mom, please call me at {myphone}. I need the new insulin dose before the fair field trip Thursday.", "HEALTH")
P("Vaping in the bathrooms is the biggest health problem at HVHS and nobody wants to talk about it. We need detectors, not another assembly.", flags="R")

V("teacher aide and bus monitor at Hillside, 60s, Facebook", "aide")
P("Aides should get paid for bus duty. It's a whole extra job on top of the classroom. Union, are you listening?", flags="R")

V("school aide posting in the Clove Valley community Facebook group", "aide")
P("Saw the {s1.last} girl crying at the bus stop again, mom's boyfriend screaming in the driveway. Somebody should call CPS. I already did.", "FAMILY", flags="N")

V("PE teacher at Maple Ridge and Little League coach, 30s, Facebook", "coach")
P("League question: {s1.full} has no birth certificate on file, mom wrote DOB {dob.el} on the form. Can we accept that for the age cutoff?")
P("Cutting modified sports to save $40k is penny wise and pound foolish. These kids have nothing else to do out here after 3.", flags="R")

V("retired 3rd grade teacher, substitute and church organist, 70s, Facebook", "ret")
P("Half-day kindergarten worked for 60 years and it would work now. Let them be little. (Yes, I know, old lady opinion.)", flags="R")

V("school librarian at Hillside and 4-H club leader, 40s, Facebook", "lib")
P("4-H enrollment: I need {s1.full}'s email for the county portal, I have {s1.email} — parents, please double check the spelling.")
P("For some of these kids the school library is the only library for 20 miles. Cut it and you've cut their only books.", flags="R")

V("school counselor, HVHS, 40s, Facebook", "misc")
P("Our kids shouldn't have to leave town to take an AP class. Online AP is not the same thing. Hire the teachers.", flags="R")

V("HVCSD district official Facebook page", "supt")
P("The Board of Education has voted to keep Hillside Elementary open for the 2027–28 school year. The resolution is posted on our website.", flags="O")
P("Please keep 2nd grader {s1.full} and family in your thoughts after Sunday's house fire. Donations of clothing and gift cards for the family can be dropped at the Hillside office.", "FAMILY", flags="O")
P("HVCSD Transportation is saddened by the sudden passing of driver {a1.full}. Counselors will be available at Hillside tomorrow for students on Route {route}.", flags="O")
P("Reminder: buses cannot travel seasonal-use roads after November 15. Affected families have received a letter with their new stop.", flags="O")
P("Kindergarten registration for 2027–28 is open! Call the district office at (845) 555-0100 or email info@hvcsd.org.", flags="O")
P("Our first Farm-to-School Dinner raised $4,200 for the ag program. Thank you, Clove Valley! 🌽", flags="O")

V("Hillside Elementary official page", "k2")
P("Welcome to our new secretary, {a1.full}! Many of you know her from {diner}, where she poured your coffee for 20 years ☕", flags="O", g="a1=f")
P("Spirit Week! Monday is Farm Day: flannel, boots and your best cow impression. 🐄", flags="O")
P("Congratulations to Hillside 5th grader {s1.full}, Dutchess County Farm Bureau Young Farmer essay winner! 🌽✍️", flags="O")
P("Parents of {s1.full}: please call the nurse's office about his medication before Thursday's trip to the fair.", "HEALTH", flags="O")

V("HVHS FFA chapter official page", "ag")
P("Congratulations to our new officer team: {s1.full}, {s2.full} and {s3.full}! 💙💛", flags="O")
P("Congrats to {s1.full}, who showed the Reserve Champion Holstein heifer at the Great New York State Fair! 🐄🏆", flags="O")

# ---- views near the line, a few with their own disclaimer -------------------------------------------
V("school bus driver, 60s, Facebook", "bus")
P("Bus drivers should be allowed to carry Narcan. Out here we're the first adult on scene half the time. Just my two cents, not the district's.", flags="R D")
P("The no-phones rule on the bus is the best thing the district's done for us drivers in years. Kids actually talk to each other now.", flags="R")
P("The {s1.last} boy who got picked up for the mailbox bashing on {road} is one of my bus kids. Suspended too, I heard. Small town.", "DISCIPLINE", flags="N")

V("cafeteria manager, 50s, Facebook", "caf")
P("Kitchen staff should be at the table when they plan the menu, not consultants from downstate. (personal opinion, not speaking for HVCSD)", flags="R D")
P("Hot take: chocolate milk is fine. Let the kids have the chocolate milk. 🥛", flags="R")

V("ag teacher, 40s, Facebook", "ag")
P("Regents science should count ag science labs. A kid who runs a mastitis test on a heifer's milk learned biology. #opinionsmyown #notHVCSD", flags="R D")
P("State Fair youth form needs {s1.full}'s NYSSIS number, it's {nyssis}. Chapter kids, check yours against the office list.")

V("K-2 teacher and farm wife, 40s, Facebook", "k2")
P("First graders need recess twice a day. Not one 20-minute recess after lunch. Twice. Sit still for 6 hours at 6 years old? You try it.", flags="R")
P("Hillside parents are the best parents in this district. Every single one showed up at that hearing.", flags="R")
P("{s1.full}'s birthday is {dob.word} and mom's having the party at the Grange, whole class invited! 🎈")

V("school secretary at Hillside Elementary, 60s, Facebook", "sec")
P("Secretaries know everything in the building and get paid like we know nothing. That's all. Back to the phones ☎️", flags="R")
P("We lost the late bus by 9 votes last year. NINE. You can't complain about the budget if you don't show up. Go vote Tuesday.", flags="R")
P("Sub secretary: the lunch PIN list is in the top drawer. {s1}'s is {pin}, he forgets it every single day.")

V("custodian at Hillside and volunteer firefighter, 40s, Facebook", "cust")
P("The district should hire local contractors for the capital project. Keep the money in Clove Valley.", flags="R")
P("Hillside's alarm panel is on {ip} if the alarm company needs to dial in again. I'm at a call.", "SECURITY")

V("superintendent of HVCSD, 60s, personal Facebook", "supt")
P("Rural schools aren't a problem to be solved. They're the best thing this country still has. Come visit Hillside if you don't believe me.", flags="R")
P("Our 2nd grade teacher {a1.full} is out the rest of the year on medical leave. The sub is retired Hillside teacher {a2.full}. Families have been notified.", "PERSONNEL", g="a1=f a2=f")

V("school nurse and rescue squad EMT, 40s, Facebook", "nurse")
P("Every bus driver in this district should have EpiPen training. Every one. Some of our routes are 40 minutes from an ambulance.", flags="R")
P("{s1.full} (Hillside 1st grade) has lice, pinkeye AND a field trip tomorrow. Mom, call me 😩", "HEALTH")

V("teacher aide and bus monitor at Hillside, 60s, Facebook", "aide")
P("Teacher aides should have a seat at the table at IEP meetings. We're with the kid all day. We know things.", flags="R")

V("PE teacher at Maple Ridge and Little League coach, 30s, Facebook", "coach")
P("The Little League board needs to stop scheduling games on Sunday morning. This is a church town. Move them to the afternoon.")
P("Town board should put a light at Route 82 and Main already. Three crashes this year.")

V("retired 3rd grade teacher, substitute and church organist, 70s, Facebook", "ret")
P("Today's teachers work twice as hard as we did and get half the respect. Pay them. Thank them.", flags="R")
P("Pastor says the church roof fund is at $14,000 of $60,000. Give if you can. 🙏")

V("school librarian at Hillside and 4-H club leader, 40s, Facebook", "lib")
P("The school library should be open in the summer. For half these kids it's that or nothing till September. Somebody fund it.", flags="R")

V("HVHS social studies teacher and town board member, 40s, Facebook", "misc")
P("As a teacher I'll say it: the school tax bill is high and it's worth every penny. Vote yes. (Speaking for me, not for HVCSD.)", flags="R D")

V("K-2 teacher and farm wife, 40s, Facebook", "k2")
P("Closing Hillside to save money is like selling the cows to save on feed. Sure, it's cheaper. Then what?", flags="R")
P("{s1} brought a jar of honey from her family's hives for every kid in class. 14 jars. The whole room smells like a bee farm 🐝🍯")

V("school bus driver, 60s, Facebook", "bus")
P("Routes drawn by a computer in an office don't know which driveways flood in April. Ask the drivers before you sign off on a route. We know.", flags="R")
P("{s1.full} helped me scrape the windshield at his stop this morning before anybody asked. 7 years old. His grandpa raised him right. 🚌❄️")

V("ag teacher, 40s, Facebook", "ag")
P("Dear Albany: a CTE pathway that requires a kid to take a 3rd year of Spanish AND give up the barn isn't a pathway. It's a wall.", flags="R")

V("cafeteria manager, 50s, Facebook", "caf")
P("20 minutes for lunch is not enough. Kids are throwing away half their trays. Give them 30 and watch the waste drop.", flags="R")
P("{s1.full} and {s2.full} asked for my biscuit recipe for their 4-H demonstration. I've never been so flattered in my life. 🥹")

V("custodian at Hillside and volunteer firefighter, 40s, Facebook", "cust")
P("Two custodians for a building with 40 classrooms is not a staffing plan, it's a prayer.", flags="R")

V("superintendent of HVCSD, 60s, personal Facebook", "supt")
P("Rural teachers should get loan forgiveness the same as the city. They do the same job with half the resources and three times the driving.", flags="R")


if __name__ == "__main__":
    main()
