"""Generate afterschool.jsonl (next to this file): the district's after-school program and summer camp.

Voices: the director of Falcon Club (HVCSD's after-school program at Roosevelt, Hillside and Maple
Ridge), two group leaders (a SUNY New Paltz elementary-ed student on Instagram and TikTok, and a
Hillside group leader in her 30s, a mom of two, on Facebook and X), a Camp Falcon counselor (the
district's summer day camp, 19, TikTok), the 21st Century Community Learning Centers grant
coordinator (LinkedIn, X), a homework-club volunteer at Maple Ridge (a retired bookkeeper,
Facebook), the official HVCSD Community Education account (with the official Falcon Club and Camp
Falcon pages), and a parent who runs the Roosevelt pickup line in the parents' Facebook group.
Platforms: Instagram captions, Facebook posts and groups, X, TikTok captions, LinkedIn, and
Remind-style messages pasted into posts.

What the slice tests. Span labels: kids named at pickup and in the group (first names, nicknames
and preferred names, lowercase, ALL CAPS, initials, full names, names in hashtags); a parent's or
grandparent's cell on a pickup list or an emergency sheet (PHONE_NUMBER), a home address for a
drop-off (STREET_ADDRESS), a student ID or NYSSIS number in grant attendance reporting
(STUDENT_ID), a birthday with its date (DATE_OF_BIRTH); the sign-in tablet PIN, the program's
Wi-Fi key in the school building, the camp office door code, the grant data portal password
(CREDENTIAL, with SECURITY: they guard district systems), the evaluation dashboard's internal
host (NETWORK_INFO, SECURITY). Categories: who may NOT pick a child up because of custody or an
order of protection, a family in the shelter, a deported parent, fee waivers for a named family's
finances (FAMILY); allergies with an EpiPen, inhalers, ADHD and seizure medication at snack, a
bee sting, a seizure (HEALTH); biting, fights, being sent home or suspended from program
(DISCIPLINE); homework-club test scores and benchmark levels (ACADEMIC); an IEP aide who follows a
child into program (SPECIAL_EDUCATION); a colleague's leave (PERSONNEL).

Hard negatives (unmarked, no category): pickup times, fees and late fees, rooms and gyms (Gym B,
the cafetorium, Room 112), camp cabins named for trees, birds and historical figures (Cabin
Heron, Cabin Earhart, Cabin Tubman), bus and route numbers, the program's public line (the
district office number with its Community Ed extension) and the district's published numbers and
mailboxes (communityed@hvcsd.org, info@hvcsd.org), school addresses, guest performers and local
business owners named without a job word (the reptile lady, the pizzeria owner), businesses named
like people (Sal's Pizza, Rossi's Deli), characters from kids' shows (Bluey, Bingo, Skye, Chase,
Elsa, Gabby, Marinette, Daniel Tiger), authors (Dav Pilkey, Mo Willems), pro athletes, the words
"PIN", "code" and "password" with no secret, general statements about allergies, behaviour and
homework that name no one ("some of our kids have life-threatening allergies", "a kid in my group
threw a chair" in a group of 15).

Disclaimer boundary: R only for personal posts whose text takes a position on the district, the
program, education, colleagues or the job: group leaders' and counselors' pay, program funding and
fees, the grant and its funding cycle, the late buses, homework policy, staffing ratios, "best job
in the district", "parents, stop parking in the bus lane". Logistics, thank-yous, shout-outs,
stories from pickup and feelings are not R; neither are opinions about a movie, a recipe, a kids'
show, a sports team or the poster's own children. Disclaimers in text and bio take many wordings;
look-alikes that are NOT disclaimers ("views from the pickup loop", "my own two kids", "not
affiliated with Bluey", "views are not my own, they're my 2nd graders'") sit in texts and bios.

Judgement calls where the guide is silent, taken in its spirit:
- The pickup-line parent is a parent, not staff: her posts (and pasted Remind messages, reposts)
  are kind null, so the disclaimer is never required for them, even when she complains about the
  buses. The homework-club volunteer is a cleared district volunteer who works inside the program,
  so her account is treated like staff ("personal") and her views on homework policy are R.
- Who picks a child up is FAMILY only when it carries custody, a court order, or a family's
  situation ("dad is not allowed", "grandma has guardianship now"); a plain "grandma picks up on
  Tuesdays" is logistics (the name still makes it review; a parent's cell makes it block).
- A family's pickup code word (the secret an adult must say at the door) is a CREDENTIAL but not
  SECURITY: it is the family's secret, not a district system's. Same for a field-trip venue's
  Wi-Fi. The sign-in tablet PIN, the program's Wi-Fi key in a school and the camp office door code
  are district systems: CREDENTIAL plus SECURITY.
- "The only kindergartner in the Maple Ridge group", "both twins in the 4th grade group" are
  identifiable, so their seizure or suspension carries the category; "a kid in my group" does not.
- The poster's own grandchild or child at a school outside HVCSD is a STUDENT_NAME with no roster
  row ({kid}).

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (a grandchild or own child outside the district)
  other marked: {phone} {addr} {dob.word} {dob.el} {sid} {nyssis} {pw} {wifi} {code}
      {host} {venuewifi} (a venue's Wi-Fi key: CREDENTIAL, no SECURITY) {famcode} (a family's
      pickup code word: CREDENTIAL, no SECURITY)
  unmarked: {t1} staff surnames after a title, {a1} {a1.full} {a1.last} adult names
      (parents, grandparents, guests, business owners), {char} a kids'-show character, {movie},
      {biz} a local business, {venue} a field-trip venue, {cabin} a camp cabin, {room}, {site},
      {close} pickup closing time, {time}, {fee}, {money}, {bus}, {num}, {mark} a test score,
      {snack}, {game} a gym game, {cephone} the Community Ed line, {pubphone} the district office,
      {pubmail} a district role mailbox, {date}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "afterschool.jsonl"
SEED = 20261806

LOCALES = ["en_US", "es_MX", "es_CO", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR",
           "de_DE", "it_IT", "en_GB", "ga_IE", "tr_TR", "fil_PH", "uk_UA", "en_PH"]
# Names as the program's sign-in sheets spell them: locales whose Faker names are not in Latin
# script get these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ko": (["Do-yun", "Si-woo", "Ha-joon", "Eun-ho", "Yu-jun", "Min-jae"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Su-bin", "Yu-na", "Da-eun"],
           ["Park", "Lee", "Han", "Shin", "Kwon", "Oh", "Lim", "Hwang"]),
    "ar": (["Omar", "Yusuf", "Karim", "Zayd", "Hamza", "Bilal", "Ayman"],
           ["Layla", "Noor", "Yasmin", "Salma", "Amira", "Dalia", "Hana"],
           ["Haddad", "Mansour", "Qasim", "Darwish", "Khoury", "Sabbagh", "Hijazi", "Farah"]),
    "hi": (["Arjun", "Vihaan", "Reyansh", "Kabir", "Aarav", "Ishaan", "Dev"],
           ["Ananya", "Saanvi", "Aditi", "Pooja", "Tara", "Nisha", "Ira"],
           ["Patel", "Sharma", "Kulkarni", "Desai", "Gupta", "Pillai", "Rao", "Verma"]),
    "ht": (["Jean-Luc", "Widlerson", "Stanley", "Ricardo", "Wisly", "Fritz"],
           ["Nadège", "Roseline", "Fabienne", "Sherlie", "Mirlande", "Tania"],
           ["Pierre", "Joseph", "Jean-Baptiste", "Charles", "Louis", "Dorvil", "Etienne"]),
}
NAME_WEIGHTS = {"en_US": 28, "es_MX": 10, "es_CO": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 2, "pl_PL": 3,
                "pt_BR": 3, "en_NG": 4, "fr_FR": 2, "de_DE": 2, "it_IT": 3, "en_GB": 2, "ga_IE": 2,
                "tr_TR": 1, "fil_PH": 2, "uk_UA": 2, "en_PH": 2,
                "ko": 3, "ar": 3, "hi": 3, "ht": 3}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "en_PH"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Isabella", "Izzy", "f"), ("Santiago", "Santi", "m"), ("Oluwadamilare", "Dami", "m"),
         ("Katherine", "Kat", "f"), ("Zachary", "Zach", "m"), ("Mackenzie", "Kenzie", "f"),
         ("Guadalupe", "Lupita", "f"), ("Dominic", "Dom", "m"), ("Xiomara", "Xio", "f"),
         ("Jonathan", "Jojo", "m"), ("Elizabeth", "Libby", "f"), ("Tobias", "Toby", "m"),
         ("Wilhelmina", "Mina", "f"), ("Rafael", "Rafa", "m"), ("Penelope", "Poppy", "f"),
         ("Abdulrahman", "Abood", "m"), ("Anastasiya", "Nastya", "f"), ("Theodore", "Teddy", "m"),
         ("Margaret", "Maggie", "f"), ("Nguyen Bao", "Bao", "m"), ("Francesca", "Frankie", "f"),
         ("Alexander", "Sasha", "m")]

STREET_BASES = ["Violet", "Old Post", "Van Wagner", "Hooker", "Rombout", "Smith", "Beechwood",
                "Creek", "Losee", "Maloney", "Degarmo", "Partners Trace", "Cherry Hill", "Widmer",
                "Sprout Creek", "Hunter"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Blvd", "rd", "ave"]

CHARS = ["Bluey", "Bingo", "Peppa", "Elsa", "Moana", "Skye", "Chase", "Marshall", "Rubble", "Gabby",
         "Pandy Paws", "Daniel Tiger", "SpongeBob", "Miles Morales", "Spidey", "Marinette", "Cat Noir",
         "Mirabel", "Stitch", "Doc McStuffins", "Sonic", "Tails", "Ryder", "Arthur", "Kipo", "Luz",
         "Wednesday", "Dog Man", "Pikachu", "Ash"]
MOVIES = ["Moana 2", "Inside Out 2", "Wicked", "the new Sonic movie", "Despicable Me 4", "Wild Robot",
          "Kung Fu Panda 4", "the Minecraft movie", "Lilo & Stitch (the live-action one)", "Elio"]
BIZ = ["Twin Ponds Pizza", "Sal's Pizza", "Rossi's Deli", "Sweet Sue's Bakery", "Stewart's on Route 82",
       "Hudson Valley Ice Cream Co.", "Mama Rosa's", "Bonura's Nursery", "Adams Fairacre Farms",
       "Krause's Chocolates", "Gino's Bagels", "the Dunkin on Route 9", "Arlington Hardware"]
VENUES = ["Bowl-O-Rama", "the Mid-Hudson Children's Museum", "Splash Down Beach", "Sky Zone",
          "the Trevor Zoo", "Locust Grove", "the Walkway Over the Hudson",
          "Sam's Point", "the Bardavon", "Hudson River Maritime Museum"]
CABINS = ["Cabin Heron", "Cabin Birch", "Cabin Otter", "Cabin Kestrel", "Cabin Earhart", "Cabin Tubman",
          "Cabin Hemlock", "Cabin Sacagawea", "Cabin Red Fox", "Cabin Curie"]
ROOMS = ["Gym B", "the cafetorium", "Room 112", "the LMC", "the multipurpose room", "Art Room 4",
         "the small gym", "Room 7", "the music room", "the blacktop"]
SNACKS = ["goldfish", "apple slices", "cheese sticks", "clementines", "pretzels", "SunButter crackers",
          "yogurt tubes", "popcorn", "Teddy Grahams", "baby carrots"]
GAMES = ["gaga ball", "sharks and minnows", "four square", "capture the flag", "dodgeball", "Uno",
         "Connect 4", "freeze tag", "kickball", "Just Dance"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views from the pickup loop", "my own kids", "not affiliated with Bluey") sit among
# the plain ones.
BIOS = [
    ("dir", "Director, Falcon Club after-school (HVCSD) | runner, coffee, clipboards | personal page, opinions mine not the district's", True),
    ("dir", "after-school director 🦅 | 3 sites, 240 kids, 1 coffee maker | speaking for myself only, never for HVCSD", True),
    ("dir", "Falcon Club director | Roosevelt • Hillside • Maple Ridge | professional kid wrangler", False),
    ("dir", "youth development nerd | 18 yrs in after-school | my own kids are grown so I borrow 240 of them", False),
    ("gl1", "SUNY New Paltz '27 🎓 elem ed | after-school group leader | opinions = mine, not my job's", True),
    ("gl1", "college kid + part-time kid wrangler 🦖 | views my own", True),
    ("gl1", "elem ed @ New Paltz | group leader | matcha > coffee", False),
    ("gl1", "just a girl with a lanyard and a whistle | not affiliated with Bluey (sadly)", False),
    ("gl1", "22 | future 2nd grade teacher | gaga ball champion (undefeated vs 7 yr olds)", False),
    ("gl2", "mom of 2 | group leader, Hillside after-school | posts are my own and don't reflect HVCSD", True),
    ("gl2", "group leader 💚 | boy mom | all views expressed here are personal", True),
    ("gl2", "Hillside after-school | boy mom x2 | Bills fan in Giants country", False),
    ("gl2", "views from the pickup loop 🚗 | after-school group leader | coffee first", False),
    ("camp", "camp counselor ☀️ Camp Falcon | cabin heron forever | my takes, not the district's", True),
    ("camp", "19 | counselor | lifeguard certified 🏊 | 🏕️", False),
    ("camp", "camp falcon '24 '25 '26 | friendship bracelet factory | dm for bracelet orders", False),
    ("grant", "21st CCLC grant coordinator, HVCSD | out-of-school time advocate | Views are my own and not those of my employer.", True),
    ("grant", "Grant coordinator | program evaluation | spreadsheets | Posts reflect my personal views only, not HVCSD's.", True),
    ("grant", "21st Century Community Learning Centers | Hudson Valley CSD | data + kids", False),
    ("grant", "grant writer by trade, optimist by necessity | my own consulting LLC on weekends", False),
    ("hw", "Retired bookkeeper | homework club volunteer Tues/Thurs | grandma of 5 | my opinions only, I don't speak for the school", True),
    ("hw", "retired, volunteering, gardening 🌷 | Maple Ridge homework club", False),
    ("hw", "grandma x5 | long division enthusiast | views are not my own, they're my grandkids'", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "ce": "HVCSD Community Education | after-school, summer camp, adult ed | (845) 555-0100 ext. 4",
    "dir": "Falcon Club After School Program | Hudson Valley Central School District | official page",
    "gl1": "Falcon Club After School Program | Hudson Valley Central School District | official page",
    "gl2": "Falcon Club After School Program | Hudson Valley Central School District | official page",
    "camp": "Camp Falcon ☀️ HVCSD summer day camp | official account",
    "grant": "HVCSD 21st Century Community Learning Centers | official program page",
    "hw": "Maple Ridge Middle School | official",
    "pickup": "HVCSD Community Education | after-school, summer camp, adult ed | (845) 555-0100 ext. 4",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "917", "646", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "optonline.net", "hotmail.com", "aol.com"]
    HOSTS = ["cclc-eval.hvcsd.local", "afterschool-db.hvcsd.internal", "ce-signin01.hvcsd.local",
             "kidcheck-sync.hvcsd.lan", "ce-files.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|bud|buddy|dude)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|ma'am)\b")
    DOB_YEARS = {"el": (2015, 2020), "ms": (2012, 2015)}
    DOB_DEFAULT = (2014, 2020)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # sign-in sheets are typed in Latin script
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}{f[0]}{r.randint(70, 99)}",
                f"{f}_{l}"]

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}", f"{f}_{r.randint(10, 19)}", f"its{f}"])

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"FalconClub{r.randint(2024, 2027)}{r.choice('!#$')}",
                         f"HVafterschool{r.randint(10, 99)}",
                         f"{r.choice(['Snacktime', 'Recess', 'Kickball', 'Gagaball'])}{r.randint(100, 999)}!",
                         f"CampFalcon{r.choice(['Sun', 'Lake', 'Heron'])}{r.randint(1, 99)}",
                         f"{r.choice(['roosevelt', 'hillside', 'mapleridge'])}-ce-{r.randint(1000, 9999)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "venuewifi": lambda: mk(f"{r.choice(['Guest', 'Visitor', 'Bowl', 'Jump', 'Splash'])}{r.randint(100, 9999)}",
                                    "CREDENTIAL"),
            "famcode": lambda: mk(r.choice(["pineapple", "blue giraffe", "tacotuesday", "Grandpa Joe",
                                            "purple moose", "SNOWCONE", "butterfly42"]), "CREDENTIAL"),
            "char": lambda: r.choice(CHARS),
            "movie": lambda: r.choice(MOVIES),
            "biz": lambda: r.choice(BIZ),
            "venue": lambda: r.choice(VENUES),
            "cabin": lambda: r.choice(CABINS),
            "room": lambda: r.choice(ROOMS),
            "site": lambda: r.choice(["Roosevelt", "Hillside", "Maple Ridge"]),
            "close": lambda: r.choice(["6:00", "6pm", "5:45", "6:15", "6"]),
            "time": lambda: r.choice(["3:10", "3:15", "3:30", "4pm", "4:15", "5:30", "8:45", "9am", "12:30"]),
            "fee": lambda: r.choice(["$45/week", "$150 a month", "$9 a day", "$38 a week (sliding scale)",
                                     "$165/week", "$60 a week"]),
            "money": lambda: f"${r.choice([5, 12, 20, 25, 45, 60, 150, 300, 1500, 4000])}",
            "bus": lambda: str(r.randint(2, 46)),
            "num": lambda: str(r.randint(6, 31)),
            "mark": lambda: r.choice(["52", "38", "a 61", "a D-", "41%", "3 out of 20",
                                      "a 47", "an F", "a 55"]),
            "snack": lambda: r.choice(SNACKS),
            "game": lambda: r.choice(GAMES),
            "cephone": lambda: r.choice(["(845) 555-0100 ext. 4", "845-555-0100 x4", "(845) 555-0100, option 4"]),
            "pubphone": lambda: r.choice(["(845) 555-0100", "845-555-0100", "(845) 555-0110"]),
            "pubmail": lambda: r.choice(["communityed@hvcsd.org", "info@hvcsd.org", "communityed@hvcsd.org"]),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(3, 6)}/{r.randint(2, 28)}"]),
        }


SK = genlib.Skeletons("afterschool", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.1, 0.38), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.22), other=(0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the Falcon Club director ------------------------------------------------------------------
V("HVCSD after-school program director (Falcon Club, three sites), 40s, Facebook", "dir")
P("Falcon Club spring registration opens Monday at 9am. {fee}, sliding scale available, no kid turned away. Link is on the HVCSD site under Community Ed.")
P("Day 1 of spring session ✅ 112 kids, 9 group leaders, 0 lost backpacks. (so far.)")
P("pickup closes at {close}. after that the late fee kicks in per the handbook. I don't make the rules.\n\n(I did make the rules.)")
P("We pay group leaders $15.50 an hour to keep 15 six-year-olds safe, fed and off the climbing wall. The Target on Route 9 starts at $18. Make it make sense.", flags="R")
P("Late buses leave at 5:15. Half our families work until 6. The district needs a 6:15 late bus, period.", flags="R")
P("Hot take: after-school should be free for every kid in this district. We found money for new bleachers. Find it for this.", flags="R")
P("Personal page, not speaking for HVCSD: the grant cliff is coming and nobody is talking about it. If the 21st Century money ends in June, 80 kids lose their afternoons.", flags="R D")
P("{s1.full}'s mom dropped off a copy of the order of protection today. Dad is NOT on his pickup list. If he shows up: stall, call me, call the office.", "FAMILY", g="s1=m")
P("{s1} (2nd grade, Hillside group) has a tree nut allergy, EpiPen is in the blue pouch in the office. Leaders, READ the allergy binder before snack.", "HEALTH")
P("{s1.full} was sent home today for biting a group leader. Mom picked up at 4:10. Behavior plan meeting Thursday.", "DISCIPLINE")
P("new sign-in tablet PIN for Roosevelt is {code}. please do not write it on the whiteboard again 🙃", "SECURITY")
P("leaders: staff wifi in the cafetorium is FalconClub-Staff, key {wifi}. do NOT give it to the kids. they will download Roblox.", "SECURITY")
P("{s1} walked in today and announced she is 'basically a teenager now.' She is seven.")
P("Huge thank you to {a1.full} and the whole crew at {biz} for feeding 90 kids on Friday 🍕")
P("If you need us during the school day, Community Ed is at {cephone}. The after-school phone is only on from 2:45 to {close}.")
P("18 years in after-school and I still cry at the spring showcase. Every. Year.")
P("Honestly? Best job in the district. I get the kids at their silliest and nobody grades me on it.", flags="R")
P("Our group leaders are the most underpaid and overqualified people in the building, and I will die on this hill.", flags="R")
P("Board votes on the Community Ed budget tonight. If you think after-school matters, be at the HVHS auditorium, 100 School Rd, 7pm, and say so.", flags="R")
P("Parents: please stop parking in the bus lane at pickup. I know it's faster. It's also where the buses go.", flags="R")
P("Pickup list update: {s1.full} can go home with grandma {a1.full} now, her cell is {phone}. Mom called it in this morning.", g="a1=f")
P("emergency contacts for Tuesday group, leaders only, do not forward:\n{s1.full} - mom {a1} {phone}\n{s2.full} - dad {a2} {phone.b}", g="a1=f a2=m")
P("{s1.full}'s family lost their apartment last month and they're at the shelter on Main St. His fees are waived. Please don't ask him about it.", "FAMILY", g="s1=m")
P("a kid in the 3rd grade group threw a chair today. nobody hurt, everybody fine, me included (mostly). long day.")
P("We don't allow nuts at snack at any site. Some of our kids have life-threatening allergies and this is how we keep them safe.")
P("Staff meeting {time} Thursday, {room}. Bring clipboards and patience.")
P("Roosevelt families: the after-school door is now the side door by the gym at 25 Academy St. The front office closes at 4.")
P("{s1.low} told me my car 'smells like a grandma' and honestly? fair.")
P("the sign-in tablet froze so we did sign-out on paper today like it's 1994 📋 kids thought it was a game")
P("Leaders: the tablet PIN changes on the 1st of every month. I'll text it to you. It never goes in the group chat, never on paper.")
P("Our only kindergartner in the Maple Ridge group had a seizure at snack. Ambulance came, she's ok, mom is with her at Vassar. Thank you to the leaders who stayed calm.", "HEALTH")
P("Both twins in the 4th grade Hillside group are out of program through Friday after the fight at pickup. Parents were very understanding.", "DISCIPLINE")
P("{s1.full} ({s1.nick}) is back from two weeks in Puerto Rico! Her leaders made her a banner 🎉")
P("Missing: one purple Stanley cup with a Bluey sticker. Last seen in {room}. Reward: my eternal gratitude.")
P("{s1.nick} and {s2.nick} made me a 'World's Okayest Director' card and I'm framing it.")
P("Ms. {t1} from the Hillside group is out on maternity leave until April. {s1}'s mom asked, so: yes, she's doing great, and no, we don't know the name yet 💕", "PERSONNEL")
P("Thank you to the HVHS Key Club kids who helped at family night. 38 volunteer hours in one evening 🙌")

# ---- the college-student group leader -------------------------------------------------------------
V("after-school group leader, SUNY New Paltz elementary-ed student, 21, Instagram / TikTok", "gl1")
P("pov: ur 21 and 14 second graders call you 'miss' and ask if you have a husband 💀 #afterschool #groupleader")
P("{s1.low} asked if I'm 'old enough to drive' and then if I'm 'older than the dinosaurs.' ma'am pick one")
P("$15.50 an hour to get sneezed on by 15 kids and then go write a 10 page paper. this job is breaking me ✨", flags="R")
P("college kids: after-school jobs are the most underrated gig out there. flexible hours, you get snacks, kids think you're famous. do it.", flags="R")
P("movie review nobody asked for: {movie} was mid. the kids in my group disagree LOUDLY.")
P("snack today was {snack} and {s1} traded hers for a pokemon card. capitalism starts at 7")
P("{s1.nick} wouldn't eat snack because 'the goldfish are looking at me' 😭")
P("taught my group the cupid shuffle today 🕺 (faces not shown bc rules, but trust me it was iconic)")
P("story time 📚 read them Dog Man and {s1} laughed so hard milk came out of his nose")
P("{s1.full} takes her ADHD med at 3:30 with snack and I'm the one who gives it now so pls don't let me forget lmao", "HEALTH")
P("pls pray for me I have to get {s1} to use his inhaler before gym and he hides under the lunch table every day 😭", "HEALTH")
P("{s1} got sent home today for hitting and I had to write the incident report and then go to my 7pm lecture. cool cool", "DISCIPLINE")
P("homework time update: {s1.low} got {mark} on her spelling test and asked me not to tell her mom 😬", "ACADEMIC")
P("the wifi in the Hillside gym is {wifi} for any leaders who need it for the speaker. the kids CANNOT know 🤫", "SECURITY")
P("the district should pay us for the 20 min after close when parents are late. we're not volunteers.", flags="R")
P("new paltz homework tonight + 3 hrs of {game} = I'm so tired but they were so funny today")
P("{char} is the only thing my whole group agrees on. I now know more about {char} than my gen ed classes")
P("HOT TAKE: {char} is the best kids' show character ever made and I'll fight any 2nd grader who disagrees")
P("{s1.up} WON THE SPELLING BEE AT PROGRAM 🐝🐝 I'm screaming")
P("my group's current obsession: asking me if I know {char} personally. I do not. they don't believe me.")
P("got a bracelet from {s1.low} that says 'MISS COOL' and I will wear it till it falls off")
P("the after-school staff ratio is 1:15 on paper. it's 1:22 most days because we're short. somebody upstairs needs to hire.", flags="R")
P("a 2nd grader asked me what college is and I said 'school for grown-ups' and she said 'so you're STILL in school? at your AGE?' 💀")
P("{s1} told the whole group I'm 'like 40' and now I have to go lie down")
P("fyi to my new paltz people: Falcon Club is hiring for fall. $15.50/hr, 2:45 to 6, no weekends. dm me")
P("Elementary ed majors: work in after-school before you student teach. You'll learn more about behavior in one week than in a semester of theory.", flags="R")
P("lowkey obsessed with how {s1.nicklow} narrates everything she does like a nature documentary 🎙️")
P("{s1.full} is staying with her foster family now so the pickup list changed, only {a1.full} and her caseworker can sign her out", "FAMILY")
P("not me crying in my car because {s1} said 'I wish you were my real teacher' 🥲")
P("the late bus was 35 min late today and 6 kids sat in the lobby with me. again. transportation needs to get it together.", flags="R")
P("Views are my own and not my employer's: every group leader should get paid planning time. We write lessons on our phones on the bus.", flags="R D")
P("Bingo is my favorite Bluey character and I will hear no arguments")

# ---- the Hillside group leader, mom of two ---------------------------------------------------------
V("after-school group leader at Hillside, 30s, mom of two, Facebook / X", "gl2")
P("Group leaders at Hillside haven't had a raise in 3 years. We love these kids, but love doesn't pay my gas bill.", flags="R")
P("The late bus was 40 minutes late AGAIN. Dispatch needs to fix this before a kid gets left somewhere.", flags="R")
P("My own two boys (8 and 11) think my job is 'playing all day.' Come do pickup with me, gentlemen.")
P("New dinner rotation: sheet pan gnocchi. Best recipe on the internet, fight me 🍝")
P("Ran into {s1}'s dad at ShopRite and he thanked me for teaching her to tie her shoes 🥹")
P("pickup list correction: {s1.full} goes with {a1.full} on Tuesdays, cell {phone}. NOT the aunt.")
P("{s1} and {s2} built a blanket fort with a 'NO GROWNUPS' sign on it. I was not allowed in. 🏰")
P("{s1.full} started a new seizure medication this week and may be sleepy at program. Leaders, keep an eye 👀", "HEALTH")
P("{s1} came in bragging about a 98 on spelling. then I found the math test he hid in his folder: {mark} 🫠", "ACADEMIC")
P("a kid in my group said 'I'm bored' 47 times today. I counted. #groupleaderlife")
P("Anyone in the Hillside area have a kid's bike to donate? Program is starting a bike club in April 🚲")
P("Today's guest was {a1.full} the Reptile Lady and now every kid wants a bearded dragon. Thanks a lot, {a1} 🦎")
P("Best decision I ever made was leaving retail for after-school. Worst pay, best days.", flags="R")
P("Bills lost again. My 2nd graders were more upset than me. We had a moment of silence at snack.")
P("Ratio today was 1 to 19 because two leaders called out and there were no subs. That's not safe and admin knows it.", flags="R")
P("{s1}'s grandma has guardianship now, so mom is off the pickup list. Leaders, check ID every single time.", "FAMILY")
P("{s1.full} has an aide from her IEP who comes to program with her Mon/Wed. Please introduce yourselves to Ms. {t1}.", "SPECIAL_EDUCATION")
P("{s1.low} gave me a drawing of 'you and your boyfriend' and it's me and the mop bucket. accurate tbh")
P("Dear whoever decided we should do homework time AFTER recess instead of before: please come try it with 18 sugar-high 3rd graders.", flags="R")
P("{s1} rated today's snack ({snack}) a 2 out of 10. The crowd goes mild.")
P("Opinions mine, not HVCSD's: after-school fees went up $10 a week and our Hillside numbers dropped by a dozen kids. That's not a coincidence. Roll it back.", flags="R D")
P("{s1}'s mom texted me from {phone} to say thank you for the birthday card. Saved her number for pickup stuff 💛")
P("{s1} turns 8 on {dob.word}!! cupcakes at program that day, nut free please 🧁")
P("Watched {movie} with my own kids this weekend. 10/10, cried twice, no notes.")
P("{s1.full} was suspended from program for 2 weeks after the thing with the scissors. Mom's not happy with us, but it had to happen.", "DISCIPLINE")
P("{s1.low} named our group's fish Sir Swims-a-Lot and he has outlived three tanks. Legend. 🐟")
P("PSA to all the after-school parents: pack a water bottle. Every day. The fountains at Hillside are off.", flags="R")

# ---- the Camp Falcon counselor -------------------------------------------------------------------
V("Camp Falcon counselor (HVCSD summer day camp), 19, TikTok / Instagram", "camp")
P("Camp Falcon week 3 recap: 2 thunderstorms, 1 lost shoe, 400 friendship bracelets. {cabin} won color war 🏆")
P("camper of the week goes to {s1.low} from {cabin} for finding my sunglasses in the lake 😎")
P("{s1} in my cabin told me she's allergic to 'broccoli and bedtime.' checked the med sheet. she's not. nice try kid")
P("{s1.full} from {cabin} got stung and we used her EpiPen. she's ok, mom picked her up. scariest 10 min of my summer", "HEALTH")
P("{s1} got sent home from camp today after his 3rd fight this week. sad but it had to happen", "DISCIPLINE")
P("camp counselors make $14.20/hr in a heat wave and the district wonders why nobody signs up 🙃", flags="R")
P("camp should start at 8 not 7:30. counselors are teenagers too, some of us need sleep 😭", flags="R")
P("wifi at the bowling alley is {venuewifi} for any counselors who need it during free time lol", flags="bp")
P("camp office door code is {code}, counselors only. do NOT tell the CITs 🤐", "SECURITY")
P("lunch for {cabin}: 14 pb&js, 1 sunbutter for the allergy table. we got this.")
P("{s1.nick} cried at closing circle and so did I. see you next summer bud 💛")
P("movie day was {movie} and honestly the first one was better. I said what I said.")
P("heat index 102. water every 20. sunscreen every hour. inside for arts & crafts after 1. #campfalcon")
P("guest today: {a1.full} from {biz} brought ice cream for the whole camp 🍦 legend")
P("bus {bus} was 45 min late to pick us up from the field trip. the district needs more drivers, it's not the drivers' fault", flags="R")
P("CAMP FALCON DAY 1 LETS GOOOOO ☀️🦅")
P("{s1.low} {s2.low} and {s3.low} are the funniest kids in {cabin} and they know it")
P("counselor tip: the quiet kid at the edge of the group is usually the one who needs you most. go sit with them.", flags="R")
P("{s1.full} in {cabin} had a panic attack at the pool and we had to call her mom. she's ok now. I'm not 😵‍💫", "HEALTH")
P("the pool lifeguard chair wifi is not a thing. stop asking me for the password. I don't have one.")
P("friendship bracelet count this summer: 61. {s1} made 14 of them. my wrist is heavy. my heart is full.")
P("{s1}'s camp medical form says no swimming per his doctor, he sits with me at free swim. we're building a sandcastle empire 🏰", "HEALTH")
P("color war this year: Cabin Heron vs Cabin Otter. trash talk has begun. it's 2nd graders so the trash talk is 'your team smells like feet'")
P("this is your sign to be a camp counselor. best job you'll ever have.", flags="R")
P("#{s1.tag}Strong 💪 first time putting her face in the water today!! #camplife", g="s1=f")
P("talent show winner: {s1.full}, who did a 4 minute interpretive dance to the Bluey theme song. deserved.")
P("camp ends at 3:30 and late pickup is $1 a minute. parents pls come on time, the counselors have second jobs 😭", flags="R")
P("{s1}'s dad is picking him up early every Friday for a custody visit, so he misses campfire. counselors please save him a s'more", "FAMILY")

# ---- the 21st Century grant coordinator -----------------------------------------------------------
V("21st Century Community Learning Centers grant coordinator, HVCSD, LinkedIn / X", "grant")
P("Excited to share that HVCSD's 21st Century Community Learning Centers program served 312 students this year across three sites. Grateful to our partners at the Poughkeepsie Public Library District and Mill Street Loft. #OST #afterschool")
P("Out-of-school time is not a luxury. It's infrastructure. Fund it like infrastructure.", flags="R")
P("The 21st CCLC model makes programs rebid every five years. Continuity is what moves outcomes for kids. The funding cycle should reflect that.", flags="R")
P("#MyViewsOnly: states that cut afterschool to balance budgets always end up paying for it later.", flags="R D")
P("grant attendance export for the state, Hillside: {s1.full}, ID {sid}, 94 days; {s2.full}, ID {sid.b}, 61 days", flags="b0")
P("Pulling APR data and {s1.full} (NYSSIS {nyssis}) went from a 1 to a 3 on the ELA benchmark this year. That's the whole point of this work.", "ACADEMIC")
P("Reminder to site leads: the evaluation portal password does not go in the shared drive. Send it to me directly, or better, don't send it at all.")
P("data portal login for the site leads until IT fixes single sign-on: cclc-hvcsd / {pw}", "SECURITY")
P("the eval dashboard moved to {host}. VPN first or it won't load.", "SECURITY")
P("Our site coordinators do the work of three people. Every 21st CCLC budget should fund a full-time coordinator per site. Ours doesn't.", flags="R")
P("Just finished Hidden Figures by Margot Lee Shetterly for our summer STEM book club. Highly recommend, the kids loved the Katherine Johnson chapters.")
P("Thank you to {a1.full} at the Dutchess County Youth Bureau for six years of partnership. Retiring Friday. We will miss you.")
P("I've been writing grants for 14 years and here's the thing nobody says out loud: the kids who need after-school most are in the districts least able to write a 60-page application. Competitive funding rewards capacity, not need. If we mean 'equity,' the formula has to change. (Posted as me, not as HVCSD.)", flags="R D")
P("Site visit from the state today. They loved the garden club. {s1} gave them a tour and told them the tomatoes 'have feelings.'")
P("Lights On Afterschool is October 23. Our three sites will be open to families 4-6pm. Come see what your kids do all afternoon 💡")
P("Federal 21st CCLC funding has been flat for years while costs went up 30%. That's a cut, whatever they call it.", flags="R")
P("The {s1.last} family applied for the fee waiver: 4 kids, one income, dad's hours got cut. Approved. Please process before Monday.", "FAMILY")
P("Grant writing tip: your logic model is not a decoration. Reviewers read it first.", flags="R")
P("Conference recap: great session from the Afterschool Alliance on summer learning loss. Slides in comments.")
P("Our evaluator's report is in: homework completion up 22% for regular attendees. Proud of this team.")
P("Site rosters for the state monitor: {s1.full} DOB {dob.el}, {s2.full} DOB {dob.el}. Do not forward.", flags="b0")
P("Whoever designed the state's APR upload template has never met an after-school site coordinator at 9pm.", flags="R")
P("New website is up: afterschool page now lists all three sites, hours and {pubmail}. Thanks to our web team.")

# ---- the homework-club volunteer -------------------------------------------------------------------
V("homework-club volunteer at Maple Ridge, retired bookkeeper, 60s, Facebook", "hw")
P("Homework club tonight: long division, a volcano diorama, and a spirited debate about whether Pluto is a planet.")
P("{s1} finally got long division tonight. The look on her face! This is why I come on Tuesdays.")
P("{s1.full} failed his math test again, {mark}. His teacher wants him in homework club four days a week.", "ACADEMIC")
P("Homework club should run every day, not two. The kids who need it most have nobody at home who can help.", flags="R")
P("Too much homework for 3rd graders. There, I said it. Forty minutes of worksheets isn't learning, it's a chore chart.", flags="R")
P("{s1} told me she can't do her homework at home since her dad was deported in March. Broke my heart. I sat with her an extra half hour tonight.", "FAMILY")
P("My grandson {kid}'s science fair project took 2nd place at his school in Connecticut! Volcano, of course 🌋", g="kid=m")
P("Made my lemon bars for the volunteer potluck. Best recipe I've ever found, and I've been baking for 50 years 🍋")
P("Learned what an 'area model' is tonight from a 10-year-old. Retired bookkeeper, humbled. 📐")
P("{s1.lastinit} and {s2.lastinit} finished every problem tonight and then helped the 6th graders. Proud grandma moment, even though they're not mine.")
P("Reading {s1}'s report card with her tonight because her mom asked me to: {mark} in ELA. We made a plan. We'll get there.", "ACADEMIC")
P("Homework club is Tuesdays and Thursdays 3:15 to 4:30 in the LMC. Volunteers must be cleared through the district office, {pubphone}.")
P("Would anyone be willing to donate a few graphing calculators? The 8th graders share two.")
P("{s1.nick}'s mom gave me her cell, {phone}, so I can text if he doesn't finish his reading log. Sweet family.")
P("Schools should bring back cursive. I don't care what anyone says.", flags="R")
P("Volunteering at homework club is the best thing I've done since retiring. I'd tell every retiree to try it.", flags="R")
P("{s1} was out two weeks with pneumonia and came back tonight with a mountain of makeup work. We got through all of it!", "HEALTH")
P("Mo Willems' pigeon books are still the funniest thing in the LMC, and the 6th graders pretend they're too old for them.")
P("My opinion only, not the school's: calculators in 4th grade math are a mistake. Learn your times tables first.", flags="R D")
P("{s1.full} was in a fight on the bus and isn't allowed at homework club for the rest of the month. I'll miss our Tuesday fractions.", "DISCIPLINE")

# ---- the pickup-line parent (parents' Facebook group: kind unknown) ------------------------------
V("parent who runs the Roosevelt pickup line, parents' Facebook group", "pickup")
P("PICKUP LINE RULES 🚗 pull ALL the way up, stay in your car, hold up your kid's name card, we bring them to you. it goes SO much faster. thank you!!", flags="N")
P("pickup list for Tuesday (leaders asked me to post it here 🙄): {s1.full} - {a1.full} {phone}\n{s2.full} - {a2.full} {phone.b}", flags="N")
P("reminder: {a1}'s ex is NOT allowed to pick up {s1} anymore. she has full custody now. don't let him sweet-talk you at the door.", "FAMILY", flags="N", g="a1=f")
P("whoever's kid is {s1.low} with the dino backpack, he left his water bottle in my car lol", flags="N")
P("the late bus situation is a joke. 3 weeks in a row. @HVCSD do better", flags="N")
P("staff said the sign-in tablet code for parents this week is {code}, if it's not working find Ms. {t1}", "SECURITY", flags="N")
P("{s1.lowfull} and {s2.lowfull} are coming home with me today, I already texted the director 👍", flags="N")
P("SHOUTOUT to the after-school leaders who stood in the rain for 45 min at pickup today ☔ you guys are saints", flags="N")
P("lost: a pink Skye backpack from Paw Patrol, name written inside. if you grabbed it by mistake pls message me", flags="N")
P("{s1}'s family pickup code word is {famcode}, if you're covering the line tomorrow you'll need it. delete after reading", flags="N")
P("{s1} got sent home for the fight at program today and the whole pickup line was talking about it. can we please not gossip about 7 year olds in the parking lot", "DISCIPLINE", flags="N")
P("PSA it's 6:00 pickup not 6:15. the leaders have lives. love you all", flags="N")
P("does anyone's kid have a peanut allergy in the Tuesday group? {s1}'s mom asked me to find out for the birthday snacks", flags="N")
P("{s1}'s grandma {a1.full} ({phone}) is doing pickup all week while mom's in the hospital, she doesn't drive the big van so look for a red Honda", "HEALTH", flags="N", g="a1=f")
P("Friday food truck at pickup!! the Mama Rosa's truck will be in the lot from 5-6:30. cash or venmo 🌮", flags="N")
P("can we talk about how great {s1.low} was as the line leader today. little man held the door for 30 kids 🚪👑", flags="N")
P("if you are late to pickup please call the program line {cephone}, do NOT call the group leaders' personal cells", flags="N")
P("the after school director is amazing and whoever is in charge of the district should give her a raise", flags="N")
P("pickup line this week: {a1} Mon/Wed, {a2} Tue/Thu, me Friday. thanks ladies 🙏", flags="N", g="a1=f a2=f")
P("update: {s1}'s dad is allowed again per the new court paperwork, his name is back on the list", "FAMILY", flags="N")
P("address for the pickup line potluck is {addr}, bring a dish and a chair", flags="N")

# ---- official accounts ------------------------------------------------------------------------------
V("HVCSD Community Education official account", "ce")
P("Falcon Club After School registration is open! K–5 at Roosevelt and Hillside, 6–8 at Maple Ridge. {fee}. Questions? {cephone} or communityed@hvcsd.org", flags="O")
P("Camp Falcon 2026 ☀️ 7 weeks, ages 5–12, $165/week, early bird pricing through March 1. Register at hvcsd.org/communityed", flags="O")
P("Congratulations to our Lights On Afterschool poster contest winners, {s1.full} and {s2.full}! 🎨💡", flags="O")
P("Thank you to {a1.full} of {biz} for donating 40 backpacks to Falcon Club families!", flags="O")
P("Reminder: for your child's safety, only adults listed on the pickup authorization form may sign out a child. Photo ID required at every site.", flags="O")
P("Staff and volunteers never post pickup codes, tablet PINs or student information online. If you see something, call {cephone}.", flags="O")
P("Pickup change for the Hillside Tuesday group: {s1.full} will be picked up by {a1.full} ({phone}) through Friday.", flags="O")
P("Adult ed spring catalog is out! Pottery, conversational Spanish, QuickBooks and pickleball 🏓 All classes at HVHS, 100 School Rd.", flags="O")
P("Inclement weather: if school closes early, after-school and homework club are cancelled. Watch for the district call from {pubphone}.", flags="O")
P("We're hiring after-school group leaders for fall! $15.50/hr, Mon–Fri 2:45–6. Apply at hvcsd.org/jobs.", flags="O")
P("Camp Falcon Week 4 highlights: a visit from the Trevor Zoo, the great water balloon war, and {cabin} taking the spirit stick 🦅", flags="O")
P("Falcon Club snack menu this week: {snack}, string cheese, and fresh fruit from Adams Fairacre Farms. All sites are nut-free.", flags="O")
P("Congrats to Falcon Club's Lego robotics team on 2nd place at the county expo! Shoutout to {s1.full}, {s2.full} and {s3.full}. 🤖", flags="O")
P("Late pickup fees are $12 per 15 minutes after {close}. Fee assistance is available; contact communityed@hvcsd.org confidentially.", flags="O")
P("The Falcon Club Wi-Fi password will not be shared with families. Families can use HVCSD-Guest, no password needed, in the lobby.", flags="O")
P("Happy birthday to our camper {s1}, who turned 7 today at Camp Falcon! 🎂", flags="O")
P("Thank you to our guest performer {a1.full}, who brought juggling, unicycles and a lot of laughs to all three sites this week 🤹", flags="O")
P("Falcon Club families: Remind messages come from our program number only. We will never text you asking for a password or payment info.", flags="O")

V("Falcon Club After School official Instagram (run by the director)", "dir")
P("Falcon Club Hillside made slime today. {s1.full} is now our resident slime scientist. Please do not ask how much glue. 🟢", flags="O")
P("Student artist of the month: {s1.full}, 3rd grade, for this very serious portrait of Bluey as a lawyer 🖍️", flags="O")
P("Spring showcase is Friday at 5:30 in the Roosevelt cafetorium. Free, all families welcome!", flags="O")
P("Spirit week at Falcon Club: Monday pajamas, Tuesday crazy hair, Wednesday dress as your favorite character (yes, Elsa counts).", flags="O")
P("Our 5th graders planted 200 tulip bulbs along Lincoln Ave with Roosevelt's garden club 🌷", flags="O")
P("Wednesday group shoutout: {s1.nick} and {s2.nick} ran the whole indoor Olympics scoreboard 🥇", flags="O")

V("Camp Falcon official account", "camp")
P("Camp Falcon is officially a wrap for 2025! 311 campers, 42 counselors, 0 days without sunscreen. See you next summer ☀️", flags="O")
P("Cabin assignments are posted in the parent portal. Questions about medical forms go to the camp nurse at {cephone}.", flags="O")
P("Camper spotlight ⭐ {s1.full} from {cabin} swam the full lake loop today!", flags="O")

V("HVCSD 21st Century Community Learning Centers official page", "grant")
P("HVCSD's 21st CCLC program has been renewed for five more years! Thank you to NYSED and all our community partners.", flags="O")
P("Family literacy night: Thursday 5–7 at Maple Ridge LMC. Dinner provided, childcare on site, interpreters in Spanish and Haitian Creole.", flags="O")

# ---- pasted Remind messages and reposts (kind unknown) ----------------------------------------------
V("unknown account", "pickup")
P("[Remind] Falcon Club Roosevelt: early release Wednesday. Program starts at 12:30 instead of 3:10, lunch provided. Questions: {cephone}", flags="N")
P("[Remind] Falcon Club Hillside: {s1.full} was picked up at 4:45 by an adult on the list. Thank you!", flags="N")
P("[Remind] Camp Falcon: {s1}'s EpiPen expired last week, please send a new one tomorrow or she can't attend the field trip.", "HEALTH", flags="N")
P("[Remind] Falcon Club: reminder that the tablet sign-in PIN is {code}. Please don't share it.", "SECURITY", flags="N")
P("[screenshot of Remind] 'Your child {s1.full} was involved in a physical altercation at program today and must be picked up immediately.' 😳 anyone know what happened?", "DISCIPLINE", flags="N")
P("reposting from the Hillside parents group: anyone carpooling to Camp Falcon from the Route 376 side? {a1.full}, {phone}", flags="N")
P("does Falcon Club take kids who aren't potty trained? asking for my 4 year old, starting K in fall", flags="N")
P("after school at Roosevelt is honestly the best thing about this district. my kids beg to stay late", flags="N")
P("who else's kid came home singing the Daniel Tiger potty song at age 9 because of after-school 😂", flags="N")
P("[Remind] Maple Ridge homework club: {s1} did not attend today. If this is a mistake please call {cephone}.", flags="N")
P("someone posted the after-school wifi password on the 5th grade group chat and now every kid's on TikTok in the bathroom 🙃", flags="N")
P("[Remind] Camp Falcon: field trip to {venue} Friday. Bus {bus} leaves at 9am, back by 2:30. Pack a lunch!", flags="N")
P("[Remind] Falcon Club Hillside: {s1.full} has lice, please check your child tonight. 🪲", "HEALTH", flags="N")
P("{s1.full} is my nephew and he's in the after-school program at Roosevelt, he says the counselors are the best!!", flags="N")


# ---- more from the director ------------------------------------------------------------------------
V("HVCSD after-school program director (Falcon Club, three sites), 40s, Facebook", "dir")
P("Payroll cleared, snacks ordered, 3 background checks back. Tuesday wins 🏆")
P("{s1.full} has a new 504 that covers extra time and a quiet corner at homework hour. Leaders, it's in the binder, please read it.", "SPECIAL_EDUCATION")
P("the Hillside site's new door code is {code}. leaders only. please memorize it and throw the sticky note away.", "SECURITY")
P("Parent cell for {s1}'s pickup changed, new number is {phone}. Update your clipboards.")
P("Our after-school kids raised {money} for the animal shelter selling lemonade. Entrepreneurs, every one 🍋")
P("Nobody told me the after-school director job comes with being a part-time plumber. Toilet in Room 7 is fixed. You're welcome.")
P("There's a real shortage of after-school staff everywhere, and it's because the pay hasn't moved since 2019. The fix isn't a mystery.", flags="R")
P("The district's new background check vendor takes 6 weeks. Six. We lost three hires waiting. Switch vendors.", flags="R")
P("{s1} fell off the monkey bars and broke his wrist. Mom met us at urgent care. He's already asking if he can have a purple cast.", "HEALTH")
P("{s1.full} has been sent home three times this month for throwing things. We're meeting with his parents and the school psych Monday.", "DISCIPLINE")
P("FYI leaders: the program's Wi-Fi password is changing Friday. I'll give you the new one in person.")
P("guest today: {a1.full}, who runs a pottery studio on Main Street, taught 40 kids to make pinch pots 🏺 thank you!")
P("In my personal opinion (not an official district statement): after-school staff should be part of building safety drills. We're here until 6 and nobody trains us.", flags="R D")
P("{s1.nick} asked me if I'm the 'boss of the school.' I said no. He said 'then who feeds us snack?' Checkmate.")
P("{s1.full}, {s2.full} and {s3.full} were all out today with the stomach bug. Wash hands, everyone. 🧼", "HEALTH")
P("{s1}'s dad lost his job and they asked to switch to the reduced fee. Approved, obviously.", "FAMILY")
P("Late pickup tally this month: 31. Late fees collected: $0, because I can't bring myself to charge a nurse coming off a 12.")

# ---- more from the college group leader ------------------------------------------------------------
V("after-school group leader, SUNY New Paltz elementary-ed student, 21, Instagram / TikTok", "gl1")
P("day in the life of an after school group leader 🎒✨ 2:45 clock in, 3:10 dismissal chaos, 3:30 snack, 4 homework, 5 gym, 6 collapse")
P("{s1} called me 'mom' by accident and then pretended it didn't happen for the rest of the day 😭")
P("{s1.nicklow} told me her dad is in jail and that's why her grandma picks her up now. I didn't know what to say so I just gave her extra goldfish", "FAMILY")
P("not the after school wifi password being {wifi} and the kids figuring it out in 2 days 💀", "SECURITY")
P("{s1.full}'s mom asked me to text her directly when she's picked up, her number's {phone}. is that allowed? asking for me.")
P("update: the kids have decided {char} is 'cringe' now and I have never felt so old at 21")
P("best part of my week is when the kindergarteners run at me at dismissal like I'm a celebrity 🥹")
P("It's wild that group leaders get zero training on allergies and then we're the ones with the EpiPen. Train us.", flags="R")
P("lowkey the best professors I've had never worked with real kids. after-school taught me more than my methods class 👀", flags="R")
P("{s1.up} AND {s2.up} FINALLY STOPPED ARGUING ABOUT WHO'S LINE LEADER 🙏🙏🙏")
P("my whole group is wearing Spidey band-aids today. not one of them is injured.")
P("{s1.low}'s dad: 'is she behaving?' me: 'define behaving.'")
P("he's 6 and he just explained the entire plot of {movie} to me in 14 minutes without breathing")

# ---- more from the Hillside group leader -----------------------------------------------------------
V("after-school group leader at Hillside, 30s, mom of two, Facebook / X", "gl2")
P("Three years in and the only raise we've seen is the late fee. Something's backwards.", flags="R")
P("I'm posting this as a mom and a group leader, my opinion only: the district's late bus cuts hurt working families the most.", flags="R D")
P("{s1.full}'s mom is in the hospital, so her aunt {a1.full} is picking up this week. Aunt is on the list. Be gentle with her, she's scared.", "HEALTH", g="a1=f")
P("Kids who got their homework done today got 10 extra minutes of {game}. Behold: the power of bribery.")
P("{s1} wanted everyone to know that his cat is named Beyoncé.")
P("The new snack vendor sends us sugar bombs. Kids need protein after a 7-hour day. Bring back the cheese sticks.", flags="R")
P("Giants won, the Bills won, my kids ate their vegetables. Best Sunday of the year 🏈")
P("Please stop sending kids to program with 'just a little cough.' Three leaders out sick this week.", flags="R")
P("{s1.full}'s ADHD meds are in the office fridge now, not the lockbox. Leaders giving 3:30 meds, take note.", "HEALTH")
P("{s1.low} asked why I'm 'always here' and I said 'because I love you guys' and she said 'weird' and walked off 😂")
P("If you see a kid at Hillside in a Cat Noir costume, that's just Wednesday. Every Wednesday.")
P("Leaders: I left the new pickup list on the clipboard. {s1.full}: mom {a1} ({phone}), stepdad {a2} ({phone.b}), nobody else.", g="a1=f a2=m")

# ---- more from the camp counselor ------------------------------------------------------------------
V("Camp Falcon counselor (HVCSD summer day camp), 19, TikTok / Instagram", "camp")
P("cabin Heron check-in: all 12 campers present, 11 sunburned, 1 still asleep on the bus")
P("{s1.full} lost 2 teeth at camp today and put them both in my pocket for 'safekeeping' 🦷🦷")
P("{s1} is the first camper ever to beat me at tetherball and he will not let me forget it")
P("camp counselors should get paid training, not a 3 hour powerpoint on day 0. some of us are 17.", flags="R")
P("{s1.nicklow} kept saying her stomach hurt and turns out she hadn't eaten since yesterday bc there's no food at home. called the director.", "FAMILY")
P("shoutout to Mr. {t1} the bus driver who played the Frozen soundtrack the whole way back from the zoo 🚌❄️")
P("the wifi in the camp office is still the password from 2019 and it's {wifi}. someone pls change it", "SECURITY")
P("cabin Tubman won the cleanup contest and they did not let anyone forget it 🧹🏆")
P("{s1.up} THE CAMP LEGEND 🏆 ate 9 hotdogs at the cookout (allowed! it was a contest!)")

# ---- more from the grant coordinator ---------------------------------------------------------------
V("21st Century Community Learning Centers grant coordinator, HVCSD, LinkedIn / X", "grant")
P("Attendance data pull: {s1.full} (student #{sid}) has attended 112 of 120 days. 🎯 Incredible.")
P("If you lead a program, give your site coordinators a day off for the APR. It's not optional work, stop treating it as extra.", flags="R")
P("Three things I learned from 10 years of program evaluation:\n1. Attendance isn't engagement\n2. Families will tell you everything if you ask in their language\n3. Snack matters more than you think")
P("Met Fatima Haddad, who owns the bakery on Academy St, at our partner breakfast. She's donating bread for family night 🥖")
P("Federal budget proposals zeroing out afterschool are short-sighted and wrong. Call your representative.", flags="R")

# ---- more from the homework-club volunteer ---------------------------------------------------------
V("homework-club volunteer at Maple Ridge, retired bookkeeper, 60s, Facebook", "hw")
P("{s1.nick} brought me a drawing of a fraction pizza. It's on my fridge.")
P("Middle schoolers should have less homework and more sleep. Simple as that.", flags="R")
P("{s1.full}'s grades came up from a 58 to an 84 in science this quarter. I nearly cried in the LMC.", "ACADEMIC")
P("Grandma life: picked up {kid} from his school in Rhinebeck, then homework club, then a nap.", g="kid=m")
P("A boy at homework club asked me if I knew 'the guy from the money,' meaning Benjamin Franklin. I do not, personally.")

# ---- a second round from the regular voices -------------------------------------------------------
V("HVCSD after-school program director (Falcon Club, three sites), 40s, Facebook", "dir")
P("{s1.full}'s mom asked that we never post her photo, there's a custody case pending and a safety issue with dad. Leaders: no pictures of her, not even from behind.", "FAMILY", g="s1=f")
P("{s1.full} and {s2.full} are both on free lunch, so their program fees are covered by the grant. Please don't send them the invoice reminder.", "FAMILY")
P("Leaders covering Maple Ridge: the program laptop login is ce-mapleridge / {pw}. Log out when you leave.", "SECURITY")
P("Shoutout to {s1.full}, who organized a clean-up of the Roosevelt playground all by herself. 4th grade. Leader material.")
P("the kids asked me if Aaron Judge is my cousin. he is not. I wish. ⚾")

V("after-school group leader, SUNY New Paltz elementary-ed student, 21, Instagram / TikTok", "gl1")
P("sign-in tablet PIN today is {code} if anyone from Maple Ridge is covering at Roosevelt 🙏", "SECURITY")
P("{s1}'s birthday is {dob.el}, she made me write it on my hand so I don't forget lol 🎂")
P("#{s1.tag}TheGreat finally beat me at Connect 4 and made me promise not to tell anyone. oops")
P("a kid in my group dressed as Chase from Paw Patrol for spirit day and would only answer to 'Chase' all afternoon 🐶")

V("after-school group leader at Hillside, 30s, mom of two, Facebook / X", "gl2")
P("{s1}'s peanut allergy is so bad that even the smell sets her off. Auvi-Q is in the front pocket of her backpack. Subs, please know this.", "HEALTH")
P("Field trip carpool: I'm getting {s1} from {addr} at 8:15, then {s2} on the way. Leaving Hillside at 8:40.")
P("{s1.full} threw a chair at {s2} today and got sent home. Not a great Tuesday at Hillside.", "DISCIPLINE")
P("{s1.lowfull} asked me to marry her uncle. no thank you ma'am")

V("Camp Falcon counselor (HVCSD summer day camp), 19, TikTok / Instagram", "camp")
P("{s1.nick} wet the bed on the overnight and a couple kids saw. he's 10. counselors, keep it quiet, his mom says it's a medical thing", "HEALTH")
P("counselors: only {s1.full}'s mom can pick up. dad has supervised visits only. it's in red on the clipboard", "FAMILY")
P("{s1} fainted during the relay. camp nurse says her blood sugar was low, she's diabetic. she's ok, juice box hero 🧃", "HEALTH")
P("{s1.init} in {cabin} caught a frog with his bare hands and named it Kevin 🐸")

V("21st Century Community Learning Centers grant coordinator, HVCSD, LinkedIn / X", "grant")
P("APR cleanup: {s1.full} is in the system twice, once as {sid} and once as {sid.b}. Hillside, can you merge before Friday?", flags="b0")
P("Need help: {s1.full}'s NYSSIS for the state upload, I have {nyssis} but the portal rejects it. Site leads?")
P("Our youth advisory board presented to the Board of Education tonight. {s1.full} and {s2.full} crushed it.")

V("homework-club volunteer at Maple Ridge, retired bookkeeper, 60s, Facebook", "hw")
P("{s1.full} has an IEP for reading, and his resource room teacher asked us to do 20 minutes of decodable books with him at homework club.", "SPECIAL_EDUCATION")
P("{s1.lastinit} told me Pythagoras 'sounds like a dinosaur.' She isn't wrong. 🦕")

V("parent who runs the Roosevelt pickup line, parents' Facebook group", "pickup")
P("whoever's on pickup Thursday, can you call {s1}'s mom at {phone}? she's running late and can't get through to the office", flags="N")
P("{s1.up}!!!! your mom says you forgot your lunchbox AGAIN 😂", flags="N")

V("unknown account", "pickup")
P("[Remind] Falcon Club Roosevelt: {s1.full} was sent home today following a behavior incident. A staff member will call you tonight.", "DISCIPLINE", flags="N")

V("HVCSD Community Education official account", "ce")
P("Falcon Club Maple Ridge welcomes {s1.full} as our first 6th grade junior counselor! 🦅", flags="O")


# ---- very short and long posts ------------------------------------------------------------------
V("after-school group leader, SUNY New Paltz elementary-ed student, 21, Instagram / TikTok", "gl1")
P("gaga ball. 🥲")
P("{s1} 😭😭😭")
P("pay group leaders more.", flags="R")

V("HVCSD after-school program director (Falcon Club, three sites), 40s, Facebook", "dir")
P("Rain. Indoor recess. Pray.")
P("Long one, sorry. Twelve years ago I took this job thinking I'd stay a year. What kept me: the kid who came to program every day because home wasn't safe, and who now runs a youth center in Kingston. The group leader who started at 17 and is now a 4th grade teacher at Hillside. The families who paid what they could, even when it was $5. After-school gets talked about like babysitting. It isn't. It's the part of the school day where kids get to be whole people. We should stop treating it as an add-on and start funding it like it matters, because it does.", flags="R")
P("LONG POST, LEADERS READ ALL OF IT 📌\n- sign-in tablet is in the office, PIN is texted to you monthly, never written down\n- allergy binder is on the shelf above the sink, read it before your first snack\n- pickup: check ID every time, even for parents you know\n- late parents: call Community Ed at {cephone}, not your own cell\n- if a kid isn't picked up by 6:15, call me\nThanks, team 🦅")

V("Camp Falcon counselor (HVCSD summer day camp), 19, TikTok / Instagram", "camp")
P("last day of camp. not okay.")
P("so here's the thing about being a camp counselor at 19: you're basically a kid yourself, and for 7 weeks 12 little humans think you hung the moon. {s1} wrote me a letter today that said 'you are my favrit persin at camp.' I have a lot of feelings about a lot of things and this one wins.")

V("21st Century Community Learning Centers grant coordinator, HVCSD, LinkedIn / X", "grant")
P("Renewed. 🎉")
P("A thread on why I think after-school should be in every district's base budget, not a grant line. (Personal views; I'm not speaking for HVCSD here.) 1/ Grants end. Kids don't stop needing somewhere to go at 3pm. 2/ When grants end, programs close, and they close in the neighborhoods that can least absorb it. 3/ Districts that fund after-school from the general fund keep their staff, their partners and their families' trust. 4/ Yes, it's expensive. So is the alternative.", flags="R D")

V("parent who runs the Roosevelt pickup line, parents' Facebook group", "pickup")
P("ok I need to vent. pickup line today was 45 minutes because 3 people didn't read the rules, parked in the bus lane, AND one dad tried to argue with a 20 year old group leader about the ID check. the ID check is the WHOLE POINT. the group leaders are doing their jobs. please, please, please just follow the system. it works when we all do it. ok that's all. love you, see you tomorrow 🚗", flags="N")


if __name__ == "__main__":
    main()
