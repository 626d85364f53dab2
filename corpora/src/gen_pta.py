"""Generate corpora/pending/pta.jsonl: staff who also run or work with the PTA/PTO, the booster
clubs, the education foundation and every fundraiser in between.

Voices: a 2nd grade teacher who is Hillside PTA vice president, a teaching assistant who is the PTA
treasurer, a music teacher chairing the fall festival, a kindergarten teacher who coordinates the
room parents, the Roosevelt librarian running the book fair, the PE teacher behind the fun run, the
Hillside office secretary running the school-supply drive, the HVHS social worker with the coat and
food closet, a football coach who is the booster club liaison, a band director with band boosters,
a chemistry teacher on the education foundation board, the Maple Ridge assistant principal during
teacher-appreciation week, a cafeteria manager at the bake-sale table, a Spanish teacher who runs
the bilingual parent night and a para who posts too much. Mostly Facebook (sign-ups, thank-yous,
long grateful paragraphs), some Instagram and X; official accounts (Roosevelt and Hillside
Elementary, the HVCSD Education Foundation, Falcons Athletics, the district) and posts of unknown
kind (the PTA Facebook group, reposts, the town moms' page).

The slice leans on one boundary above all: the adults around a fundraiser (parents, grandparents,
the PTA treasurer, sponsors, raffle winners, business owners, the pastor who lends the parking
lot) are named in full and are NOT marked; the children (top sellers, top lappers, the kid at the
book fair with no money, the class allergy list) are. Businesses named after people (Sal's Pizza,
Rosa's Bakery), authors and characters at the book fair, staff by title, the PTA's and boosters'
published mailboxes and voicemail lines, raffle ticket, order, booth, room, bus and jersey numbers
are all left unmarked. Categories only when the detail is tied to an identifiable person (a named
child's family who can't pay, free lunch, a custody order at pick-up, the allergy list, a parent's
surgery on a meal train, a colleague's leave) or, for SECURITY, to district systems (the school's
door code or Wi-Fi for festival volunteers); the PTA's own Gmail login is a CREDENTIAL span but not
SECURITY (not a district system).

Disclaimer rule used here (GUIDE.md's two questions): the PTA, boosters, foundation and the
fundraisers of HVCSD schools count as "a school", so a judgement of how they are run, of
fundraising pressure on families, of teacher gifts, of the budget or of rich vs poor PTAs is R.
Thank-yous and shout-outs to volunteers (however effusive: "legend", "you're the best"),
totals, sign-ups, reminders, raffle results, feelings ("I'm crying") and questions are not views.
A judgement about something that is not the job (Sal's garlic knots, the Mets, the poster's own
kids' selling skills) is not R; the same pizza inside the school cafeteria is.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input. The slice is kept in corpora/pending/ until it has been scored; genlib is found
in corpora/src/ from either folder, and the output is written next to this file.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child at another school)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.word}
      {sid} {pin} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t3} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low}
      {a1.last} adult names (parents, grandparents, sponsors, volunteers), {biz} {biz2} a local
      business named after a person, {total} {total2} a fundraising total, {money} {money2} a small
      amount, {ticket} {ticket2} raffle tickets, {order} an order number, {booth} {booth2} booth
      numbers, {room} {bus} {jersey} {jersey2} {num} {num2} {pct} {time} {date} {pubphone}
      {pubphone.dist} {pubphone.hs} {attline} {orgmail} {orgmail.boost} {orgmail.found} {ptaline}

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

OUT = Path(__file__).resolve().parent / "pta.jsonl"
SEED = 20261403

LOCALES = ["en_US", "es_MX", "es_ES", "pt_BR", "it_IT", "pl_PL", "de_DE", "fr_FR", "en_NG", "en_IN",
           "vi_VN", "zh_CN", "fil_PH", "ga_IE", "en_GB", "es_CO", "nl_NL", "tr_TR"]
# Names as PTA sign-up sheets spell them: locales whose Faker names are not in Latin script are
# replaced by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Karim", "Omar", "Tarek", "Bilal", "Youssef", "Hamza", "Adnan", "Samir"],
           ["Layla", "Rania", "Mariam", "Salma", "Yasmin", "Huda", "Noor", "Amira"],
           ["Mansour", "Haddad", "Shalhoub", "Qasim", "Darwish", "Saleh", "Hamdan", "Azar"]),
    "ko": (["Min-jun", "Seo-jun", "Ji-ho", "Hyun-woo", "Do-yoon", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Yoon-ah", "Chae-won"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "hi": (["Arjun", "Rohan", "Vikram", "Ishaan", "Dev", "Kabir", "Aarav"],
           ["Priya", "Ananya", "Meera", "Kavya", "Riya", "Diya", "Sneha"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Joshi", "Nair", "Chopra", "Malhotra", "Bose"]),
    "ru": (["Alexei", "Mikhail", "Ivan", "Nikolai", "Artem", "Boris"],
           ["Olga", "Tatiana", "Anya", "Marina", "Vera", "Ksenia"],
           ["Sokolov", "Volkov", "Popov", "Lebedev", "Kozlov", "Orlov", "Belov"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "es_ES": 2, "pt_BR": 3, "it_IT": 4, "pl_PL": 3, "de_DE": 2,
                "fr_FR": 2, "en_NG": 4, "en_IN": 2, "vi_VN": 3, "zh_CN": 3, "fil_PH": 2, "ga_IE": 3,
                "en_GB": 2, "es_CO": 3, "nl_NL": 2, "tr_TR": 1,
                "ar": 3, "ko": 2, "hi": 3, "ru": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Gabriela", "Gabi", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Benjamin", "Benji", "m"), ("Elizabeth", "Lizzie", "f"),
         ("Francesco", "Frankie", "m"), ("Margaret", "Maggie", "f"), ("Francisco", "Paco", "m"),
         ("Katherine", "Kit", "f"), ("Theodore", "Teddy", "m"), ("Nguyet Anh", "Nina", "f"),
         ("Maximilian", "Max", "m"), ("María José", "Majo", "f"), ("Christopher", "Topher", "m"),
         ("Eleanor", "Nell", "f"), ("Jonathan", "Jonny", "m"), ("Valentina", "Vale", "f"),
         ("Rafael", "Rafa", "m"), ("Abigail", "Abby", "f"), ("Sebastian", "Bash", "m"),
         ("Priyanka", "Pri", "f"), ("Obinna", "Obi", "m"), ("Rosalind", "Roz", "f")]

STREET_BASES = ["Cedar Hill", "Robin", "Overlook", "Stonegate", "Hickory", "Brookside", "Meadowview",
                "Sycamore", "Red Oak", "Orchard", "Fox Run", "Partridge", "Willow Bend", "Hudson View",
                "Spring Valley", "Kingfisher", "Laurel", "Harvest"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "St", "Ave", "Dr", "Ct", "Circle", "Way", "Pl", "dr", "ln"]

BUSINESSES = ["Sal's Pizza", "Rosa's Bakery", "Tony's Auto Body", "Mario's Pizzeria", "Grace's Nail Spa",
              "Dolly's Diner", "Frank's Hardware", "Abuela Carmen's Kitchen", "Kim's Taekwondo",
              "Jenny's Dance Studio", "Murphy's Pub", "Dr. Okafor Family Dentistry", "Lou's Bagels",
              "Nonna Pia's Deli", "Pham's Pho House", "Big Mike's Car Wash", "Stella's Flowers",
              "Hank's Ice Cream Shack", "Priya's Sweets", "Kowalski Farms"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("pta", "2nd grade @ Hillside 🍎 | PTA VP | views my own, not HVCSD's", True),
    ("pta", "teacher + PTA mom | I speak for me, not for the school or the district", True),
    ("pta", "Hillside PTA treasurer 🧾 | TA | personal page — nothing here is official PTA or district business", True),
    ("pta", "teacher 🍎 | PTA board | fall festival survivor 🎃", False),
    ("pta", "2nd grade | PTA VP | my own classroom is my happy place", False),
    ("pta", "TA | treasurer | spreadsheets & iced coffee | opinions welcome, cash donations more welcome", False),
    ("room", "kindergarten teacher 🌈 | room parent wrangler | posts are mine alone, not my employer's", True),
    ("room", "K teacher | glitter everywhere | mom of 2", False),
    ("room", "kinder teacher | room parent coordinator | views are not my own, they belong to 22 five-year-olds", False),
    ("fair", "Roosevelt librarian 📚 | book fair queen | opinions mine, not the district's", True),
    ("fair", "school librarian | book fair season is my cardio 📚", False),
    ("fair", "librarian 📖 | Dog Man dealer | Mets fan", False),
    ("pe", "PE @ Roosevelt 🏃 | fun run hype man | my posts, my views — not HVCSD's", True),
    ("pe", "PE teacher | whistle collector | fun run MC 📣", False),
    ("office", "Hillside main office | 24 yrs | ask me where the good stapler is", False),
    ("office", "school secretary 💛 | supply drive | personal account, not speaking for the school", True),
    ("sw", "school social worker | coat closet & food pantry | views expressed are my own", True),
    ("sw", "HVHS social worker 💙 | she/her | coffee first", False),
    ("boost", "Falcons football 🏈 | booster liaison | tweets are my own, not Falcons Athletics or HVCSD", True),
    ("boost", "coach | HVHS | faith, family, film study", False),
    ("band", "band director 🎺 | band boosters | marching season = no sleep", False),
    ("band", "HVHS music 🎶 | Falcon Marching Band | my opinions, not the district's", True),
    ("band", "music ed | brass nerd | pit crew captain", False),
    ("found", "HVHS chemistry ⚗️ | HVCSD Education Foundation board | opinions are mine, not the foundation's or the district's", True),
    ("found", "chemistry teacher | foundation grants committee | 🧪📈", False),
    ("admin", "Asst. Principal, Maple Ridge | my own views, not an official district account", True),
    ("admin", "AP @ Maple Ridge | servant leadership | coffee + hallway duty", False),
    ("caf", "cafeteria manager 🍕 | bake sale veteran | abuela energy", False),
    ("caf", "food service | Hillside | personal page, I don't speak for HVCSD", True),
    ("para", "para 💕 | Roosevelt | mom life | lol", False),
    ("para", "paraprofessional | PTO volunteer | these are my opinions, not the district's", True),
    ("teach", "3rd grade 🍎 | Roosevelt | reader, runner, raffle-basket builder", False),
    ("teach", "HVHS English | senior class advisor | the opinions here are mine and only mine, not HVCSD's", True),
    ("teach", "5th grade teacher | moving-up committee | dog mom 🐶", False),
    ("teach", "special ed teacher 🧡 | personal account — I don't speak for my district", True),
    ("teach", "teacher | bought this classroom rug with my own money lol", False),
    ("nurse", "school nurse RN 🩺 | Hillside | personal posts, not district statements", True),
    ("nurse", "RN | school nurse | band-aids & ice packs", False),
    ("tech", "HVCSD tech 💻 | have you tried turning it off and on | my takes, not my employer's", True),
    ("tech", "IT guy | gala volunteer | cheese table regular", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "pta": "Hillside Elementary School | official account | Hudson Valley CSD",
    "room": "Roosevelt Elementary School (official) | 25 Academy St",
    "fair": "Roosevelt Elementary School | official | 25 Academy St",
    "pe": "Roosevelt Elementary School (official) 🦅",
    "office": "Hillside Elementary | official school account",
    "sw": "Hudson Valley Central School District | official",
    "boost": "Official: HVHS Falcons Athletics 🦅",
    "band": "Hudson Valley High School Music (official) 🎺",
    "found": "HVCSD Education Foundation | official page | foundation@hvcsdfoundation.org",
    "admin": "Maple Ridge Middle School | official account",
    "caf": "HVCSD Food Service | official",
    "para": "Roosevelt Elementary School | official",
    "teach": "Hudson Valley High School | official account | 100 School Rd",
    "nurse": "Hillside Elementary | official school account",
    "tech": "HVCSD Technology Department (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "646", "917", "201", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "optonline.net", "icloud.com", "hotmail.com",
                     "outlook.com", "aol.com"]
    HOSTS = ["pos-fair01.hvcsd.local", "hill-office-pc3.hvcsd.local", "rves-print02.hvcsd.internal",
             "cafe-pos.hvcsd.lan", "hvhs-gym-kiosk.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|brother|boy)\b",
                r"\b(she|her|hers|she's|herself|daughter|sister|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2012, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # sign-up sheets are typed in Latin letters
        if got and (len(got[0]) > 12 or len(got[1]) > 16):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}.{l[0]}{r.randint(70, 99)}",
                f"{l}family{r.randint(1, 9)}", f"mama{f}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Hillside', 'Roosevelt', 'Falcon'])}PTA{r.randint(2019, 2026)}{r.choice('!#$')}",
                         f"FunRun{r.choice(['#', '!', '_'])}{r.randint(10, 99)}",
                         f"bookfair{r.randint(100, 999)}",
                         f"{r.choice(['pumpkin', 'cider', 'raffle', 'cakewalk'])}{r.choice(['Spice', 'Queen', 'Time'])}{r.randint(1, 99)}",
                         f"Boost3rs{r.choice(['!', '@'])}{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{r.choice(['runs', 'reads', 'dances', 'draws'])}",
                         f"{f}{l[:2]}{r.randint(10, 19)}", f"lil.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng

        def total() -> str:
            return r.choice([f"${r.randint(2, 31)},{r.randint(0, 999):03d}", f"${r.randint(3, 18)}k",
                             f"${r.randint(2, 9)},{r.randint(0, 9)}{r.randint(0, 9)}0"])

        def small() -> str:
            return f"${r.choice([2, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75])}"

        def ticket() -> str:
            return r.choice([f"#{r.randint(100, 999)}", f"#0{r.randint(1000, 4999)}", f"{r.randint(1000, 9999)}"])

        def booth() -> str:
            return str(r.randint(1, 36))

        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 38, 50, 110])}", "NETWORK_INFO"),
            "biz": lambda: r.choice(BUSINESSES),
            "biz2": lambda: r.choice(BUSINESSES),
            "total": total, "total2": total,
            "money": small, "money2": small,
            "ticket": ticket, "ticket2": ticket,
            "order": lambda: r.choice([f"#{r.randint(40000, 99999)}", f"SBF-{r.randint(100000, 999999)}",
                                       f"{r.randint(1000000, 9999999)}"]),
            "booth": booth, "booth2": booth, "booth3": booth,
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 2)}{r.randint(1, 9)}", f"{r.randint(3, 30)}",
                                      f"B{r.randint(10, 19)}"]),
            "bus": lambda: str(r.randint(3, 44)),
            "jersey": lambda: str(r.randint(1, 79)),
            "jersey2": lambda: str(r.randint(1, 79)),
            "num": lambda: str(r.randint(3, 60)),
            "num2": lambda: str(r.randint(61, 140)),
            "pct": lambda: f"{r.randint(18, 74)}%",
            "time": lambda: r.choice(["8am", "9:30", "10am", "noon", "2:30", "3:15", "5pm", "6", "6:30pm", "7pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(3, 11)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "ptaline": lambda: r.choice(["the PTA voicemail line, (845) 555-0187", "PTA line 845-555-0187",
                                         "the PTO hotline at 845-555-0193"]),
            "orgmail": lambda: (r.choice(["boosters@hvcsd.org", "falconboosters@gmail.com"]) if var == "boost" else
                                r.choice(["foundation@hvcsdfoundation.org", "grants@hvcsdfoundation.org"])
                                if var == "found" else
                                r.choice(["pta@hillsidepta.org", "rooseveltpto@gmail.com", "bookfair@hvcsd.org",
                                          "info@hvcsd.org"])),
        }


SK = genlib.Skeletons("pta", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.15, 0.5), named=0.18)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.2), other=(0.4, 0.07))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.12, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the PTA vice president (2nd grade teacher at Hillside) -----------------------------------
V("2nd grade teacher and Hillside PTA vice president, Facebook", "pta")
P("Fall Festival volunteer sign-up is LIVE 🍂🎃 We need 40 grown-ups for 2-hour shifts: face painting, cake walk, and the dunk tank (Mr. {t1} has agreed to sit in it, you're welcome). Link in comments!")
P("HUGE thank you to {a1.full} and {a2.full}, who stayed until 10pm stuffing 600 festival flyers into Friday folders. You two are machines 💛")
P("PTA meeting tonight 7pm in the Hillside library. Agenda: fun run totals, the playground fund, and whether the holiday shop comes back (it shouldn't, and I'll say so). Babysitting in room {room} 👶", flags="R")
P("Reminder: PTA membership is {money} and it has nothing to do with whether your kid gets invited to stuff. Ever. Please stop asking me at pick-up 😅")
P("Unpopular opinion: the holiday shop needs to go. The kids whose parents can't send $20 stand in the hallway and watch everyone else shop. We can do better than that.", flags="R")
P("Can we talk about how the PTA now pays for classroom printers, field trip buses AND library books?? That's the district's job. We're a parent group, not a line item in the budget.", flags="R")
P("Quietly covered the field trip fee for {s1} because her family is between paychecks this month. If anyone wants to chip into the PTA hardship fund, DM me 💛", "FAMILY", g="s1=f")
P("The board election was decided in a group chat before the meeting even started. If we want new parents to join, we have to stop running this PTA like a country club.", flags="R")
P("Speaking for myself, not the PTA and definitely not the district: a 'suggested donation' of $75 per child is too much when some families have three kids at Hillside. #MyViewsOnly", flags="R D")
P("raffle results!! 🎟️ Basket {num} (Sal's Pizza + family movie night) goes to {a1.full}, ticket {ticket}. The spa basket goes to {a2.full}, ticket {ticket2}. Pick up at the main office tmrw!")
P("47 PTA meetings in and I have never once seen one start on time ⏰😂", flags="N")
P("Does anyone know if the PTA can reimburse laminating pouches, or does that have to go through the office? asking for me, the laminating addict")

# ---- the PTA treasurer (teaching assistant) -----------------------------------------------------
V("teaching assistant and Hillside PTA treasurer, Facebook", "pta")
P("Fun run final count: {total} raised!!! 🏃‍♀️💨 New Hillside record. Deposit's made, receipts are in the binder, your treasurer can finally sleep.")
P("If you paid for spirit wear by Venmo it should say Hillside PTA, not my name. If it went to my personal Venmo by mistake I'll send it back, just message me 🙃")
P("Board members only: PTA Google login is hillsidepta@gmail.com, password {pw}. I'll change it after the audit, PLEASE don't share")
P("Treasurer's report: {total} in, {total2} out, biggest expense the 5th grade field trip buses. Full report Tuesday. Questions → {orgmail}")
P("Three families still owe for the spring trip. {a1.full} told me straight up they're behind on rent, so {s1}'s fee is coming out of the hardship fund. Please don't bring it up with her.", "FAMILY", g="a1=f")
P("Every dollar our PTA raises is a dollar the PTA across town can't. Our fun run made {total}. Theirs made $900. Funding schools by bake sale is broken.", flags="R")
P("cash box for the festival is in the PTA closet, code on the padlock is {code}, key to the closet is with Mrs. {t1}")
P("To the grandpa who paid for his granddaughter's spirit shirt entirely in quarters: I respect you, {a1.full}. I will be counting until Thursday.", g="a1=m")
P("The PTA should not be paying the district's electric bill for the fall festival lights. We got invoiced. An invoice! For our own school!", flags="R")

# ---- the fall festival chair (music teacher) ----------------------------------------------------
V("music teacher and fall festival chair, Facebook", "pta")
P("Fall Festival map is final! 🗺️ Booth {booth}: face painting. Booth {booth2}: cake walk. Booth {booth3}: {biz} with cider donuts 🍩 Bounce house is by the bus loop.")
P("Cake walk donations go to the cafeteria door at 25 Academy St, Friday after 2. Label anything with nuts PLEASE 🥜")
P("To everyone who called the festival 'too commercial': fair. We need sponsors because the district gives us $0 for family events. Come to a meeting and help fix it.", flags="R")
P("Festival volunteers: the school wifi for the card readers is HillsideGuest, password {wifi}. Please don't give it to the teenagers at the dunk tank", "SECURITY")
P("Festival cleanup crew: you are the real MVPs. {a1.full}, {a2.full}, {a3.full}, and {a4.full} with the leaf blower at 9pm 🍂🫡")
P("My feet. MY FEET. 11 hours at the fall festival. {s1.low} from my class asked if I was 'broken.' yes bud. yes I am 🥴")
P("Honestly the fall festival is the best night of the year at this school and it only works because teachers volunteer for free. Pay the teachers who run the booths.", flags="R")
P("{s1.full} won the pumpkin carving contest with a pumpkin that looks exactly like Principal {t1}. I'm choosing to call that a tribute 🎃", g="s1=m")

# ---- the room-parent coordinator (kindergarten teacher) -----------------------------------------
V("kindergarten teacher and room-parent coordinator, Facebook", "room")
P("Room parents: the class list with allergies lives in the sealed folder, NOT the group chat. Someone posted one on Facebook a few years back and I still have nightmares.")
P("Halloween party reminder for room {room}: NO nuts, NO dairy. {s1} has an EpiPen for peanuts, {s2} is dairy-free, and {s3.full} can't have red dye. Thank you!!", "HEALTH")
P("For our room parent group: {a1.full} ({s1}'s mom) is collecting for the teacher gift, her cell is {phone}, text her!", g="a1=f")
P("Teacher gift opinion nobody asked for: please don't do a class collection. Some families feel they HAVE to give and they can't. A card from your kid is plenty.", flags="R")
P("Got a card from {s1} today that says 'you are my best teacher and my second best mom.' not crying. you're crying 😭", g="s1=f")
P("Afternoon duty: {s1.full} goes home ONLY with mom. Dad is not allowed on campus, the order of protection is in the office file. If he shows up call the office.", "FAMILY", g="s1=m")
P("Room parent sign-ups are full for every class except room {room}, where the parents work days. Room parent culture assumes somebody is home at 2pm. We need evening and weekend ways to help.", flags="R")
P("Meal train for {a1.full}, who is home recovering from back surgery 💛 {s1} is in my class and says mommy can't lift anything. Drop-offs at {addr} after 5, sign-up in comments", "HEALTH", g="a1=f s1=f")
P("Class birthday calendar, so room parents can plan: {s1.full} {dob.word}, {s2.full} {dob.el}. More coming", flags="bp")
P("room parents are the backbone of this classroom. that's it that's the post 🫶")
P("Kindergarten room parents should not be expected to buy supplies for the whole class. If the district wants Clorox wipes, the district can buy Clorox wipes.", flags="R")
P("My own classroom got a rug donated by a room parent's grandma and the kids won't stop petting it. Thank you Ms. {a1.full} 🌈", g="a1=f", flags="bp")
P("Our class list for the Valentine cards is just first names. Please don't ask me for last names or addresses, I can't give those out 💌")

# ---- the book fair (Roosevelt librarian) --------------------------------------------------------
V("Roosevelt Elementary librarian running the book fair, Instagram", "fair")
P("BOOK FAIR WEEK 📚📚📚 the Dav Pilkey wall is restocked and Dog Man is going FAST. Open 8-3:30 + family night Thursday till 7!")
P("{s1} (age 5) just tried to pay for Pete the Cat with a Chuck E. Cheese token. I almost let it work 🪙😂")
P("Book fair total: {total} in sales = {money} in free books for every classroom ✨ Thank you {a1.full}, {a2.full} and Grandpa {a3} who ran the register all week!", g="a3=m")
P("Book fairs are like 40% erasers, slime and squishy pens now. We should be selling BOOKS. Fight me.", flags="R")
P("Kids with no money at the book fair is the worst part of my job. Every school should have a fund so no kid walks out empty-handed.", flags="R")
P("{s1} came to the fair with no money again so I let him pick from the wishlist bin. His mom told me they're on SNAP and it's tight this month. Breaks my heart", "FAMILY", g="s1=m")
P("Order {order} for Mrs. {t1}'s classroom wishlist is packed and waiting in the library 📦")
P("my daughter {kid} (she's at a school in Poughkeepsie) made me buy 4 graphic novels at HER book fair. librarian-mom guilt is real 📚💸", g="kid=f")
P("Author news! Kwame Alexander's publisher is sending signed copies of The Crossover. Not him though, I asked 😭")
P("The register laptop for the fair is on the office network at {ip}, if it drops again just restart it and call me, don't call IT, they're on a ticket backlog", "SECURITY")
P("{s1.full} spent 45 minutes choosing between Junie B. Jones and Captain Underpants and then bought a Harry Potter bookmark. Iconic.", g="s1=f")
P("The book fair shouldn't be run on the backs of the library budget. The 'free books' we earn are the only new books my library gets all year. Fund school libraries.", flags="R")
P("{s1.full}, I love you, but Greg Heffley is NOT going to sign your copy. He is a cartoon 😂")
P("{s1.nick} bought a book for her little brother with her own birthday money. That's the whole post. I need a minute.", g="s1=f")
P("The publisher's 'teacher wishlist' model basically asks parents to buy classroom books the district should be buying. I'll say it: it's a guilt machine.", flags="R")
P("opinions mine, not the district's: scholastic catalogs with toy pages shouldn't come home in backpacks. Send the book list, skip the slime.", flags="R D")

# ---- the fun run (Roosevelt PE teacher) ---------------------------------------------------------
V("Roosevelt PE teacher running the fun run, Instagram", "pe")
P("FUN RUN TOMORROW 🏃‍♂️🏃‍♀️ wear sneakers, bring water, and parents: pledges close at MIDNIGHT 🎉")
P("Top lappers this year: {s1.full} (42 laps!!) and {s2.full} (39). Absolute legends 🏆 #RooseveltFunRun")
P("Principal {t1} got slimed at 2:15 as promised and {s1.full} got to pour the bucket. {total} raised. The kids SCREAMED 🟢")
P("Fun runs shouldn't be about whose family pledged the most. We stopped announcing pledge totals by name this year and it was the right call.", flags="R")
P("{s1} sat out today because of an asthma flare, ran 3 laps with the inhaler in his hand before the nurse pulled him. Kid's got heart 💙", "HEALTH", g="s1=m")
P("Bus {bus} is running late so the 4th grade heat starts at 10:40 instead of 10:15. stretch it out!")
P("{s1} told the entire 3rd grade that Usain Bolt was coming to the fun run and now I have to manage expectations 😂⚡")
P("shoutout to {biz} for the free popsicles at the finish line. 400 popsicles. {s1.low} ate four. our hallway is sticky forever 🍭")
P("THE {s1.up} SHOW!!! 50 laps in kindergarten. FIFTY. #{s1.tag}Strong", g="s1=m")
P("The company that runs our fun run keeps 40% of every pledge. Forty. We can run our own laps for free. Time to cut the middleman.", flags="R")
P("Fun run pledge sheet: please don't write your credit card on it and send it in the folder. (Yes this happened. Twice.) Honestly paper pledge sheets need to die.", flags="R")
P("{s1.full} can't run Friday, she's got a cast on her arm from the trampoline park. She'll be our official lap counter 📋", "HEALTH", g="s1=f")
P("Hot take from the gym teacher: more recess would do more for kids than any fun run ever will. 20 minutes a day is not enough.", flags="R")
P("{a1.full} (grandma of two Roosevelt runners) ran the last lap with the 2nd graders at 74 years old. In jeans. I want to be her 👟", g="a1=f")

# ---- the school-supply drive (Hillside office secretary) ----------------------------------------
V("Hillside main office secretary running the school-supply drive, Facebook", "office")
P("School supply drive drop-off is at the Hillside main office through Aug 29. Questions? Call the office at (845) 555-0140, not my cell please 😂")
P("We filled 212 backpacks!!! 🎒 Thank you {biz}, the Rotary, St. Mary's, and {a1.full}, who dropped off 50 boxes of crayons from the back of her Prius 🖍️", g="a1=f")
P("Note for the lunch line: {s1.full} is on free lunch as of today, form came through. Stop charging her account please!", "FAMILY", g="s1=f")
P("Backpacks for {s1.full} (student #{sid}) and her little brother are in the closet behind my desk. Mom asked for them because money is tight, she's picking up after 3", "FAMILY", g="s1=f")
P("We run a supply drive every August because the supply list is three pages long. Maybe the fix is a shorter list, not a bigger drive.", flags="R")
P("The glue stick count this year is 1,140. I counted. The supply list asks every family for 8 glue sticks. Nobody needs 8 glue sticks. Cut the list.", flags="R")
P("Thank you to Pastor {a1.full} and Grace Community Church for the 80 pairs of sneakers 👟🙏 Families can pick up in the office, no questions asked.", g="a1=m")
P("If your family needs supplies, just email hillsideoffice@hvcsd.org or stop by. You don't have to explain anything to anybody.")
P("Calling {s1}'s family: the jacket that says 'MOM' in sharpie is in the office 🧥")
P("The district spends money on a new logo and our teachers are buying their own dry erase markers. Priorities are upside down.", flags="R")
P("For the new sub in the office: door code for the supply room is {code}, don't write it on a sticky note like the last one did 🙃", "SECURITY")

# ---- the coat closet and food pantry (HVHS social worker) ---------------------------------------
V("HVHS social worker running the coat closet and food pantry, Facebook", "sw")
P("Coat closet is stocked for winter 🧥 Any HVHS student can come by room {room}, no sign-in, no questions. Tell your friends.")
P("{s1.full} and her mom have been living in their car since October. I got them into the shelter on Route 9 last night. Food pantry bag is packed for her tomorrow.", "FAMILY", g="s1=f")
P("Reminder that the food pantry is for any family, no paperwork. Donations: canned protein, cereal, and PLEASE toothpaste. A high school shouldn't need a food pantry. It does. So here we are.", flags="R")
P("If the district really cared about kids, the food pantry wouldn't be run out of my supply closet on donations. Fund wraparound services.", flags="R")
P("A senior asked me today if she could take a coat for her little brother too. Took two. Took hats. Took a moment in my office after she left.")
P("{s1} asked if the pantry had anything without pork because his family is new here and his dad lost his job last week. We found him a bag. The Halal market on Main donated more 🙏", "FAMILY", g="s1=m")
P("Personal opinion, not the district's: every school should have a social worker in the building full time. Ours covers 900 kids. #viewsmyown", flags="R D")
P("The meal train for {s1.full}'s family is full through Friday — dad's still in the ICU after the accident. Address is in the sign-up, not here. Thank you all 💙", "HEALTH", g="s1=m")

# ---- booster club (HVHS football coach, X) -------------------------------------------------------
V("HVHS football coach and booster club liaison, X", "boost")
P("Booster BBQ Saturday before kickoff 🍔🔥 $10 a plate, grill master {a1.full} is back by popular demand. Proceeds go to new helmets.", g="a1=m")
P("Shoutout {biz} for sponsoring the scoreboard banner again. Go eat there. Tell them the Falcons sent you 🦅")
P("Our boosters buy the helmets because the district budget doesn't. Safety equipment should not depend on how many hoagies we sell.", flags="R")
P("Senior night: jerseys #{jersey} and #{jersey2} get walked out at 6:45 👏 bring tissues")
P("{s1.full} won't play Friday. His dad called, he's in a walking boot after the MRI. Boosters, we need a new face for the poster", "HEALTH", g="s1=m")
P("Parents: booster dues are NOT required to play. Nobody sits the bench over dues. If anyone tells you different, send them to me.")
P("Booster meeting moved to the HVHS cafeteria, 100 School Rd, Tuesday at 7. Bring ideas for the spring gala.")
P("Thank you {a1.full} (@{a1.low}plumbing) for fixing the concession stand sink for FREE. Legend 🔧", g="a1=m")
P("Booster president {a1.full} and I don't agree on much but we agree on this: the turf fundraiser is raising money that should come from the capital budget.", flags="R")
P("Great win tonight 28-14 🦅 {s1.last} with 2 picks, {s2} with the fumble recovery. Boosters, the pizza is on me.", g="s1=m s2=m")
P("Concession stand wifi is FalconsBooster / {wifi} for the card reader. Volunteers only. Don't stream the Jets game on it.", "SECURITY")
P("Jets lost again. I coach high school ball for free on Saturdays and I could call a better 3rd and 2 than that 🙄")
P("Why do we need a 40-page booster bylaw to buy a popcorn machine? 🙃 Some rules just exist to make volunteers quit.", flags="R")
P("50/50 raffle tonight: {total} pot, winning ticket {ticket}. Winner was {a1.full}, who donated half back to the team. Class act 👏")
P("{s1.full} is off the team for the rest of the season after the bus incident. Boosters, please take his name off the banner order.", "DISCIPLINE", g="s1=m")
P("boosters@ email is {orgmail.boost} — send the sponsorship form there, not to my school email please")

# ---- band boosters (band director, Instagram) ---------------------------------------------------
V("HVHS band director with the band boosters, Instagram", "band")
P("Band boosters' mattress sale is Saturday in the HVHS gym 🛏️ yes really. A school band should not need to sell mattresses to get to a competition, but here we are. Come lie down, it's fun", flags="R")
P("{s1.full} can't go on the Disney trip. Her parents can't cover the {money} deposit and she asked me not to tell anyone. Boosters, can the scholarship fund cover it?", "FAMILY", g="s1=f")
P("Instrument rentals shouldn't cost families $60 a month. If music is part of the curriculum, the district should own the instruments.", flags="R")
P("Pit crew needed Friday! Moving the timpani is a 4-dad job. Booth {booth} at the competition is ours, come say hi 🥁")
P("Trip money: checks to HVHS Band Boosters, drop them in the lock box outside room {room}. Order numbers are on your receipts, keep them!")
P("{s1.nick}'s first solo tonight and she NAILED IT 🎷🔥", g="s1=f")
P("The marching band raised {total} this year. The football team got new lights from the capital budget. Not bitter. Very bitter.", flags="R")
P("Boosters meeting recap: uniforms ordered (order {order}), bus deposit paid, and {a1.full} is our new treasurer. Welcome!! 🎉")

# ---- the education foundation (HVHS chemistry teacher on the board) ------------------------------
V("HVHS chemistry teacher and education foundation board member, LinkedIn", "found")
P("Proud to share this year's HVCSD Education Foundation mini-grants: 22 teachers, {total}, projects from hydroponics to a podcast studio. Congratulations to Ms. {t1} and Mr. {t2}!")
P("Grant tip for colleagues: stop leading with the gadget. Lead with what kids will DO. The flashy proposals never win.", flags="R")
P("Foundation gala is sold out 🥂 Table sponsors: {biz}, {a1.full} Realty, and the Rotary. The silent auction includes a lake-house week donated by {a2.full}.")
P("It's wonderful that the foundation funds robotics kits. It's also an admission that the budget doesn't. Both things are true.", flags="R")
P("I sit on the foundation board, so to be clear: this is my opinion, not the foundation's or HVCSD's. Grants should go first to schools without a big PTA behind them.", flags="R D")
P("The foundation's emergency fund bought a winter coat and boots for {s1.full} at Roosevelt. The family's in the motel on Route 9 right now. This is why we do this 💙", "FAMILY")
P("Applications for spring grants close {date}. Questions to {orgmail.found}. Please don't DM me the whole proposal 😅")
P("Grant reviewers met for 4 hours. I have read 71 proposals. 71 proposals for 22 grants means teachers are begging for basics, and that's on the budget, not on us.", flags="R")
P("Foundation money should not be replacing the science budget. We're buying beakers with gala money. Beakers!", flags="R")
P("The foundation's Google Drive login for the reviewers is grants.hvcsdf@gmail.com / {pw}. Read the rubric before you score!!")

# ---- teacher appreciation week (Maple Ridge assistant principal, X) ------------------------------
V("Maple Ridge assistant principal, X", "admin")
P("Teacher Appreciation Week at Maple Ridge! Mon: PTA breakfast 🥯 Tue: taco truck courtesy of {biz} 🌮 Wed: a real, uninterrupted lunch (I'm covering duties). Thu: chair massages!!")
P("A week of bagels is lovely. Fifty-one weeks of competitive pay would be lovelier. Appreciate teachers in the budget, not just in May.", flags="R")
P("Ms. {t1} won't make the appreciation luncheon, she's out on maternity leave till March. We're saving her a plate 🍼", "PERSONNEL")
P("The staff raffle winners: Mr. {t1} (the massage chair), Ms. {t2} (the {biz} gift card) and Coach {t3} (a parking spot by the door for a month, the real prize) 🏆")
P("Parents: skip the gift cards. The handwritten notes are what teachers keep. They get taped inside desk drawers and reread in February.", flags="R")
P("Mr. {t1} got written up after the fundraiser money went missing from his room. Not my story to tell, but please stop asking the front office about it.", "PERSONNEL")
P("Teacher appreciation should not be a PTA job. The district should fund it. Parents are already stretched thin.", flags="R")
P("Wednesday's lunch was donated by Abuela Carmen's Kitchen. The staff lounge smelled like heaven. Gracias, {a1.full}! 🫔", g="a1=f")
P("Real talk: the best part of this job is watching a parent volunteer realize how hard teaching is. Took {a1} 20 minutes in the 7th grade hallway 😂", flags="R", g="a1=m")

# ---- the bake sale (Hillside cafeteria manager, Facebook) ---------------------------------------
V("Hillside cafeteria manager at the PTA bake sale, Facebook", "caf")
P("Bake sale Friday after dismissal! 🍪🧁 Everything $1-3. Nut-free table by the register because {s1.full} and {s2.full} both have peanut allergies with EpiPens. Label your stuff, I'm begging", "HEALTH")
P("Sal's has the best garlic knots in Dutchess County and I will die on this hill 🧄")
P("Honestly, the cafeteria should just serve Sal's pizza on Fridays. The kids would eat, we'd throw out less. The district menu is not it.", flags="R")
P("{s1}'s lunch account is at -$42 and his dad asked me to just let it ride until payday. Covered it myself, don't tell him.", "FAMILY", g="s1=m")
P("Lunch debt should not exist. No kid should know what their account balance is. Universal free meals, NY, please.", flags="R")
P("Kids can use their lunch number at the bake sale this year. Tell them to remember it, we can't look it up for them at the table!")
P("For the volunteer running the cashbox: {s1.full} can use lunch PIN {pin}, mom already put money on it, she's shy so help her out 💕", g="s1=f")
P("Happy birthday to our lunch lady legend {a1.full}!! 30 years at Hillside, never once let a kid go hungry 🎂💛", g="a1=f")

# ---- bilingual parent night (Spanish teacher, Facebook) -----------------------------------------
V("Maple Ridge Spanish teacher who runs bilingual PTA nights, Facebook", "pta")
P("¡Noche de familias este jueves! PTA meeting in Spanish AND English, 6:30 in the cafeteria. Habrá pizza y cuidado de niños 🍕")
P("Gracias a {a1.full} por traducir toda la reunión. You were amazing. Our Spanish-speaking families finally asked questions out loud 💚", g="a1=f")
P("If the PTA only meets at 2pm on a Tuesday in English, it's not a PTA for every family. Night meetings + interpreters should be the rule, not a favor.", flags="R")
P("La mamá de {s1} me pidió que no dijera nada, pero no tienen papeles y tiene miedo de venir a la escuela. Let's make the next meeting feel safe for everyone.", "FAMILY")
P("mis opiniones, no las del distrito: the school website should be in Spanish too. It's 2025. Somos el 40% de las familias.", flags="R D")
P("Noche de lotería for the PTA fundraiser raised {total}!! La ganadora del premio grande: {a1.full}, ticket {ticket} 🎉", g="a1=f")
P("My mom texted me 'why are you at the school at 9pm, they don't pay you enough for that.' She's not wrong lol", flags="R")

# ---- a para who posts too much (Roosevelt, Facebook) -------------------------------------------
V("Roosevelt paraprofessional and PTO volunteer, Facebook", "para")
P("ok who else is on the PTO group chat at 11pm arguing about tablecloths 😂 just me? cool cool")
P("{s1}'s 1:1 aide (hi, it's me) will be on the field trip, so room {room} needs one less chaperone!! 🚌", "SPECIAL_EDUCATION")
P("the fundraising emails are out of control. 4 this week. families are tired. we're tired. one ask a month, max.", flags="R")
P("Cookie dough orders came in!! 📦 if your order number starts with 7 it's in the gym, everything else in the cafeteria")
P("{s1.low} told me the PTO is 'the people who sell the cookies' and honestly? accurate 🍪", g="s1=m")
P("{s1.full} got suspended for taking $20 out of the PTO cash box at the carnival, so he's not allowed at family night. Just so the volunteers know 😬", "DISCIPLINE", g="s1=m")
P("my own two kids are in the sale this year too so if you get a call from a 6 year old asking if you want wrapping paper. it's the family business 🎁", flags="bp")
P("views are not my own, they belong to my coffee. anyway the carnival is Saturday 🎡", flags="bp")
P("The PTO is sending home a 'pledge expectation' of $50 per kid. Half the families in my room can't. Pressure like that is not fundraising, it's shaming.", flags="R")

# ---- official accounts -------------------------------------------------------------------------
V("Roosevelt Elementary official account", "fair")
P("Thank you, Roosevelt families! Our fun run raised {total} for new playground equipment 🛝 Special thanks to our sponsors {biz} and {biz2}.", flags="O")
P("Book Fair Family Night is Thursday, 4-7pm, in the library. Enter at 25 Academy St. Questions? Call {pubphone.dist}.", flags="O")
P("Congratulations to our Fun Run top fundraising classroom: Mrs. {t1}'s 3rd grade! Pizza party from {biz} is on its way 🍕", flags="O")
P("Meet our Reflections art contest winners: {s1.full}, {s2.full} and {s3.full}! Their work will be on display at the district office all month 🎨", flags="O")
P("A reminder that class lists, allergy information and family contact details are never shared by the school for fundraising or party planning. Please contact the main office with questions.", flags="O")
P("Get well soon to our 2nd grader {s1.full}, who is recovering from surgery at Westchester Medical. The whole school signed a card! 💙", "HEALTH", flags="O", g="s1=f")

V("Hillside Elementary official account", "pta")
P("The Hillside PTA will hold its monthly meeting Tuesday at 7pm in the library. All families are welcome. Agenda and minutes: {orgmail}", flags="O")
P("Fall Festival is Saturday, 11-3, rain or shine! 🎃 Food trucks, games, the dunk tank, and booth {booth} hosted by our 5th grade. See you there!", flags="O")
P("Thank you to {a1.full}, Hillside PTA president 2022-2025, for three years of service to our school community. We'll miss you! 💐", flags="O", g="a1=f")
P("Free and reduced-price meal applications are confidential. Families can apply online at any time or call the district office at {pubphone.dist}.", flags="O")
P("School supply drive results: 212 backpacks filled! Thank you to every family, business and church who donated 🎒", flags="O")
P("Please welcome our new PTA officers: President {a1.full}, Vice President {a2.full}, Treasurer {a3.full} and Secretary {a4.full}. 🎉", flags="O")

V("HVCSD Education Foundation official account", "found")
P("Congratulations to the 2025 mini-grant recipients! 22 HVCSD teachers received a combined {total} for classroom innovation. Full list on our website.", flags="O")
P("Our annual gala raised {total} for HVCSD classrooms. Thank you to presenting sponsor {biz} and to auctioneer {a1.full}! 🥂", flags="O")
P("Spring grant applications are open until {date}. Questions may be sent to {orgmail.found}.", flags="O")
P("This year's Foundation scholarship goes to HVHS senior {s1.full}, who will study engineering at RPI. Congratulations! 🎓", flags="O", g="s1=m")

V("HVHS Falcons Athletics official account", "boost")
P("Thank you to the Falcons Booster Club for funding new bleacher cushions and a scoreboard upgrade! 🦅 Sponsorship info: {orgmail.boost}", flags="O")
P("Senior Night is Friday at 6:45! Please join us in honoring our 18 senior athletes and their families 🏈", flags="O")
P("Congratulations to {a1.full}, winner of the Booster Club 50/50 raffle ({total})! Ticket {ticket}. Thank you for supporting Falcons athletics 🦅", flags="O")
P("Injury update: junior quarterback {s1.full} is out for the season with a torn ACL. The Falcons family is with you! 🦅💙", "HEALTH", flags="O", g="s1=m")

V("HVCSD district official account", "sw")
P("HVCSD thanks the 14 PTAs, PTOs and booster clubs across our schools for raising more than $300,000 for students this year! 💙", flags="O")
P("Teacher Appreciation Week is May 5-9! Thank you to every HVCSD educator 🍎", flags="O")
P("Reminder: PTA and booster funds are managed by independent parent organizations. For questions about district purchasing, contact the business office at {pubphone.dist}.", flags="O")

# ---- unknown kind (the PTA Facebook group, reposts, town pages) -------------------------------
V("unknown account", "pta")
P("PTA elections are a popularity contest and everybody knows it.", flags="N")
P("{s1.full}'s family lost everything in the fire on Fox Run Rd. GoFundMe in comments. They have 3 kids at Hillside. 💔", "FAMILY", flags="N")
P("Anyone know if Sal's still does the 20% back for school fundraisers on Tuesdays?", flags="N")
P("Is it just me or is the fall festival getting more expensive every year? $5 for a bounce house wristband 😳", flags="N")
P("Room parents of Hillside: the teacher gift collection for Mrs. {t1} closes Friday. Venmo {a1.full} (@{a1.low}-{num}) or send cash in an envelope!", flags="N")
P("Congrats to {s1.full} and {s2.full} for selling the most cookie dough in the whole school!! 🍪🏆", flags="N")
P("The PTA treasurer's cell is {phone} if you need a receipt for taxes, she said it's fine to share", flags="N")
P("Whoever won the Yankees tickets in the raffle, it was ticket {ticket}, call the PTA line!", flags="N")
P("Meal train for {a1.full} and her husband after baby #3 arrived 👶 drop-offs at {addr}, no nuts, they're sleeping 4 hours a night lol", flags="N", g="a1=f")
P("That PTA meeting could have been an email. Three hours. THREE.", flags="N")
P("Anybody have the PTA Google password? it's not {pw} anymore and I need the volunteer sheet", flags="N")
P("Rich schools have rich PTAs. That's the whole story of public education in this county.", flags="N")
P("Big thank you to Tony from Tony's Auto Body, who towed the festival generator for free 🚚", flags="N")

# ---- the senior class advisor (HVHS English teacher, Instagram) --------------------------------
V("HVHS English teacher and senior class advisor, Instagram", "teach")
P("SENIOR CAR WASH SATURDAY 🚗🧽 Big Mike's Car Wash on Route 52 is letting us use the back lot, 10-2, $10 a car. Questions text me {myphone} 🫧")
P("Prom tickets shouldn't cost $120. Half my seniors work after school just to afford the ticket and the dress. Make prom cheaper, period.", flags="R")
P("{s1.full} can't pay senior dues this year, his mom got laid off in September. Can the class fund cover him quietly? 🙏", "FAMILY", g="s1=m")
P("senior spaghetti dinner is at the Elks Lodge, 14 Church St, Friday 5-8, {money} a plate. kids under 10 eat free 🍝")
P("{s1.full} is class president and also the reason the car wash made money: she stood on Route 52 in a chicken suit for four hours 🐔👑", g="s1=f")
P("The senior class shouldn't have to fundraise for its own graduation gowns. Every other district in the county covers them.", flags="R")

# ---- the school nurse at field day and the fun run (Hillside nurse, Facebook) -------------------
V("Hillside school nurse helping with field day and the fun run, Facebook", "nurse")
P("Nurse here 👋 Please do NOT post or send allergy lists for class parties over Facebook or group chats. Send questions to me or the office. Thank you!!")
P("Field day bags packed: {s1.full}'s EpiPen is in the blue bag (tree nuts, anaphylactic), {s2}'s inhaler is in the red one. Room parents, the blue bag stays with her group.", "HEALTH", g="s1=f")
P("One nurse for 520 kids at field day is not safe staffing. The district needs a second nurse at every elementary building. #nurseopinion", flags="R")
P("PSA: the nurse's office line is (845) 555-0145 on field day, not my cell. I will not answer my cell. I will be under a tent.")

# ---- special education teacher (sensory-friendly hour, Facebook) --------------------------------
V("special education teacher who organizes the sensory-friendly festival hour, Facebook", "teach")
P("Sensory-friendly hour at the fall festival: 10-11, no music, lights low, quiet room in the library 🧡 Everyone welcome, no explanation needed.")
P("{s1} and {s2} from my 12:1:1 class did the WHOLE festival this year with their headphones on. First time ever. I had to go cry by the dunk tank.", "SPECIAL_EDUCATION")
P("Every school event should have a sensory-friendly option. It costs nothing. It's just planning. Make it the default, PTAs.", flags="R")
P("{s1.full}'s IEP says she can't be in crowds over 50 without her aide, so she's on the 10am slot with me. Room parents, please save her a spot in the craft line.", "SPECIAL_EDUCATION", g="s1=f")

# ---- IT support at the gala and the festival (district tech, X) ---------------------------------
V("HVCSD computer technician volunteering at the foundation gala, X", "tech")
P("Auction tablets are on {host} for tonight, {vlan}. If one drops off the network, do NOT factory reset it, come find me by the cheese table 🧀", "SECURITY")
P("Gala checkout printer is at {ip}. If it jams, it's not you, it's the printer. It's always the printer.", "SECURITY")
P("Word of advice: the password for the raffle laptop should not be written on a sticky note ON the raffle laptop. Changed it. You're welcome.", flags="R")

# ---- 3rd grade teacher, short posts (X) ----------------------------------------------------------
V("3rd grade teacher at Roosevelt, X", "teach")
P("book fair eve 📚✨")
P("PTA meeting. again. 😩", flags="N")
P("fun run day!!! 🏃‍♀️🏃‍♂️🏃")
P("the PTA bought us new document cameras and i would die for them 🫶")
P("'teacher gift' season is here, reminder that the best gift is a kid who reads at home. or Starbucks. both are good.", flags="R")
P("{s1.low} asked me if the PTA is 'like the government but with cookies.' ...yes?", g="s1=f")
P("Our school's PTA raises more for field trips than the whole district budgets. That should embarrass somebody.", flags="R")
P("Hudson Valley Renegades game for PTA family night! Section 104, $12 tickets, kids run the bases after ⚾")

# ---- a 5th grade teacher and moving-up committee (Facebook) -------------------------------------
V("5th grade teacher on the moving-up committee, Facebook", "teach")
P("5th grade moving-up committee: we need 3 more parents for the slideshow and 2 for decorations. Email me at {myemail} so it doesn't get lost in Facebook 📧")
P("Yearbook ad prices: {money} for a shout-out line, $75 for a quarter page. Forms due {date}. Checks to Roosevelt PTO, or drop them in my mailbox at home, {addr}.")
P("The 'buy a brick' campaign to fund the playground is cute but the playground is a district facility. Why are parents paying for it?", flags="R")
P("Moving-up ceremony is June 18 at 10am in the Roosevelt gym. Two tickets per family is not enough and everyone knows it. This district needs a real auditorium.", flags="R")
P("Please stop asking the PTO to hold {s1.full}'s slideshow photo, she's not in the slideshow because mom opted out of photos this year. That's all I can say.", g="s1=f")
P("{s1.full} and {s2.full} designed the moving-up t-shirts and they're amazing 👕🎨 order link goes out Friday!")

# ---- the Hillside principal's personal account (Facebook) ---------------------------------------
V("Hillside principal, personal Facebook", "admin")
P("Slimed, dunked and pied in one school year. Promised the kids if they hit the fun run goal. They hit it. I regret nothing 🥧🟢")
P("Personal account, personal opinion, not an official district statement: our PTA is the best thing about leading this school. They show up for every kid, every time.", flags="R D")
P("Assemblywoman {a1.full} stopped by the PTA pancake breakfast and flipped pancakes for an hour. Nonpartisan syrup only 🥞", g="a1=f")
P("PTA politics are real and they are exhausting. Principals shouldn't have to referee parent group elections. That's not in any job description.", flags="R")
P("Thank you to Congressman Pat Ryan's office for the flag that flew over the Capitol, now hanging in our gym 🇺🇸")

# ---- the PTA co-president who teaches at another HVCSD school (long Facebook posts) -------------
V("Maple Ridge math teacher and Roosevelt PTO co-president, Facebook", "pta")
P("Long post, sorry. Our PTO raised {total} this year. Across town, the Hillside PTA raised three times that, and the PTA at the new school on the hill raised more than both of us put together. Same district. Same taxes. Different zip codes. Their kids get a science night, an author visit and new Chromebook carts; ours get a bake sale and a lot of love. Love is great. Love doesn't buy a smartboard. The district should pool PTA money or match it for schools that can't raise it. Fight me in the comments.", flags="R")
P("Long thank-you post incoming 🫶 To {a1.full} who ran the raffle, {a2.full} who did every single flyer in Spanish and Vietnamese, {a3.full} who picked up 400 pounds of donated pumpkins from Kowalski Farms in her minivan, and {a4.full} who counted cash at 11pm with me and a bag of pretzels: thank you. We did it. The carnival made money, nobody got lost, and only one bounce house deflated. I'm going to sleep for a week.")
P("Ok I have to vent and then I'll delete this. At tonight's PTO meeting, {a1.full} stood up and said, in front of everyone, that {s1.full}'s family 'never pays for anything' and that her kids still eat the pizza. {s1}'s dad has been out of work since the plant closed. Everyone in the room knew it. I wanted to crawl under the table. We are supposed to be the good guys.", "FAMILY", g="a1=f")
P("These thoughts are my own and not my employer's: asking every family to 'just donate $100 so we don't have to fundraise' is not the equitable choice people think it is. Some can't. They shouldn't feel it.", flags="R D")
P("The district talks about equity at every board meeting. Meanwhile the schools with the richest PTAs get the most extras. Start there.", flags="R")
P("My kids are the WORST salespeople on earth. My son told our neighbor 'you don't have to buy anything, it's overpriced.' He gets that from his father 😂")
P("Carnival ticket booth {booth}: if you bought a wristband with order {order} and didn't get it, come find me, I have an envelope of them")
P("Just found out that our PTO's bank account still had my old cell, {myphone}, as the contact. Anyone who has been texting me about raffle baskets at 6am: that's why.")

# ---- disclaimers, look-alikes and talking about disclaimers -------------------------------------
V("2nd grade teacher and Hillside PTA vice president, Facebook", "pta")
P("PTA volunteer training tonight, 6:30, library. Bring a pen. (Personal account, not speaking for the district, just the person who makes the coffee.)", flags="D")
P("The PTA asked everyone on the board to put 'views my own' in their bios. Mine now says PTA VP, teacher, and tired. Close enough.", flags="bp")
P("disclaimer: I am not a baker. the lumpy cupcakes at table 3 are mine. buy them anyway 🧁", flags="bp")
V("Roosevelt paraprofessional and PTO volunteer, Facebook", "para")
P("my views, not my school district's 🙃: wrapping paper fundraisers in 2025 should be illegal. nobody wants the wrapping paper. nobody.", flags="R D")
P("Opinions welcome!! what should the next PTO family night theme be? glow party or bingo? 🎲", flags="bp")
V("HVHS football coach and booster club liaison, X", "boost")
P("Tweets are my own, not Falcons Athletics'. Boosters paying for bus transportation to away games is backwards. That's a district cost.", flags="R D")
P("Reminder for the booster social media volunteers: the district's training says to add a disclaimer if you post opinions. Most of you don't post opinions, you post pictures of hot dogs.", flags="bp")
V("Roosevelt Elementary librarian running the book fair, Instagram", "fair")
P("Speaking as a parent here, not for Roosevelt or HVCSD: the book fair should be cashless AND should have a free table. Nobody should know who paid.", flags="R D")
P("This is me, not my employer: the Yankees are done for the year. I will not be taking questions. ⚾", flags="D")

# ---- more everyday hard negatives and leaks -----------------------------------------------------
V("teaching assistant and Hillside PTA treasurer, Facebook", "pta")
P("Raffle numbers for the Yankees basket were #{num} through #{num2}. Yes, I know, {a1.full} bought 60 of them. No, it wasn't rigged. Yes, she won. 🙄⚾", g="a1=f")
P("Derek Jeter did NOT sign that ball in the silent auction. {a1.full} did. His name is also Derek. We apologize for the confusion.", g="a1=m")
P("PTA reimbursement forms go in the red folder in the office with your receipts stapled. Not taped. Not paper-clipped. STAPLED. 📎")
P("Please Venmo the bake sale money to the PTA, not to {a1.full}'s personal account, she does not want your $3 for brownies. Her email is {email} if you already did and need it back", g="a1=f")
V("kindergarten teacher and room-parent coordinator, Facebook", "room")
P("Room parent group: I know you want to make the class contact list. Please just share your own numbers in the chat, don't forward anyone else's. Thank you 💛")
P("Dismissal change for the PTA movie night: {s1} goes home with grandma, not on bus {bus}, per the custody paperwork. Grandma is the only pick-up allowed.", "FAMILY")
V("HVHS band director with the band boosters, Instagram", "band")
P("Mr. {t1} is out for the rest of the fall after his heart surgery, so I'll be running the band boosters' fundraiser alone. Please be patient with me 🙏", "PERSONNEL HEALTH")
P("Booster texts come from my cell {myphone} on trip days. Save it, don't share it please 🎺")


# ---- views on the job, with and without disclaimers (every voice) -------------------------------
V("2nd grade teacher and Hillside PTA vice president, Facebook", "pta")
P("PTA fundraising should not decide which classrooms get smartboards. Right now it does. Ask me how I know.", flags="R")
P("Honestly the best part of this job is the night events. Bingo night with 300 families packed in the cafeteria is why I teach 🎱", flags="R")
P("Parent contact for the face-painting booth: {a1.full}, {phone}, {email}. She's expecting your call!", g="a1=f")
V("teaching assistant and Hillside PTA treasurer, Facebook", "pta")
P("I'll say it: schools should not let PTAs pay for staff positions. When the money dries up, the aide goes with it, and the kids pay.", flags="R")
P("Being PTA treasurer while working as a TA is a second unpaid job. Nobody tells you that when they hand you the binder. Everyone on staff who complains about the PTA should do one year of it.", flags="R")
P("Venmo requests for the trip go to our room parent {a1.full}, {phone}. I didn't ask her first but she won't mind lol", g="a1=f")
V("kindergarten teacher and room-parent coordinator, Facebook", "room")
P("Class parties do not need goody bags. Parents, please end the arms race. Stickers are fine. Stickers are GREAT.", flags="R")
P("Teachers should never be the ones collecting money. Cash in backpacks + a five-year-old = chaos. Let the PTA do it online.", flags="R")
P("Holiday party list, room parents ONLY, please don't forward: {s1.full} is celiac (no gluten at all), {s2.full} peanut + tree nut, EpiPen in the nurse's office.", "HEALTH")
V("Roosevelt Elementary librarian running the book fair, Instagram", "fair")
P("If we can afford a new scoreboard at the high school, we can afford a full-time librarian at every elementary. Just saying.", flags="R")
P("mine, not the district's: pulling titles from the book fair because one parent complained is still banning books.", flags="R D")
P("The book fair register on {host} wants the office admin login again. It's {pw}, volunteers, just type it in and don't tell the kids 🤫", "SECURITY")
V("Roosevelt PE teacher running the fun run, Instagram", "pe")
P("Field day should be free. Every single part of it. No $5 wristbands at a school event.", flags="R")
P("(my take, not HVCSD's) fun runs are PE, not a fundraiser. Let kids run because running is fun.", flags="R D")
P("Fun run volunteers: the side gate code is {code}, park behind the gym and come in that way 🏃", "SECURITY")
V("Hillside main office secretary running the school-supply drive, Facebook", "office")
P("Parents asking the office to 'just tell them' which families got free backpacks: no. Privacy isn't optional and it shouldn't be up for debate.", flags="R")
P("Sign-out sheet update: {s1.full} can only be released to grandma, {a1.full}. Mom lost custody at the hearing last week.", "FAMILY", g="a1=f")
V("HVHS social worker running the coat closet and food pantry, Facebook", "sw")
P("Food insecurity isn't a bake sale problem. It's a policy problem. Universal free meals should be permanent, not a pilot.", flags="R")
P("Thanksgiving baskets: {s1.full}'s family at {addr} gets one, dad asked for delivery since they don't have a car right now.", "FAMILY")
P("Ending the coat drive at Thanksgiving is a mistake. Kids need boots in March too. Run it all winter.", flags="R")
V("HVHS football coach and booster club liaison, X", "boost")
P("Pay-to-play is creeping in through the booster 'suggested donation.' If the school offers a sport, it should be free. Full stop.", flags="R")
P("Best booster club in Section 9 and I'll argue with anybody. Ours outworks every district budget I've ever seen.", flags="R")
P("{s1.full} is academically ineligible for Friday, failing 2 classes. Boosters, he won't be at the car wash either, take him off the schedule.", "ACADEMIC", g="s1=m")
V("HVHS band director with the band boosters, Instagram", "band")
P("Music shouldn't be the first thing on the chopping block every budget season. Every. Single. Year. 🎺", flags="R")
P("The new district rule that boosters can't sell food at concerts is killing our biggest fundraiser. Reverse it.", flags="R")
P("{s1.full} is moving in with his aunt after CPS got involved, so he'll miss the trip. Boosters, refund the deposit to the aunt, not dad.", "FAMILY", g="s1=m")
V("HVHS chemistry teacher and education foundation board member, LinkedIn", "found")
P("Foundations like ours are a band-aid. Albany's funding formula is the wound.", flags="R")
P("{s1.handle} made the gala video this year. Follow him, he's going places 🎬", g="s1=m")
V("Maple Ridge assistant principal, X", "admin")
P("Teacher Appreciation Week is nice. Fixing the sub shortage so teachers can actually take a sick day would be nicer.", flags="R")
P("Views are mine alone: PTA gift cards for staff are lovely, but what teachers really want is a staff bathroom that works.", flags="R D")
P("Mrs. {t1} is out on medical leave after her surgery, so she won't be running the PTA teacher lunch this year. Send her good thoughts 💐", "PERSONNEL HEALTH")
V("Hillside cafeteria manager at the PTA bake sale, Facebook", "caf")
P("The PTA shouldn't be paying off kids' lunch debt out of bake sale money. The state should erase it.", flags="R")
P("The cupcake ban at class parties was the right call. Kids can celebrate without 22 cupcakes at 10am.", flags="R")
P("{s1.full} ({sid}) is on reduced lunch now and the PTA paid off her balance, can the office update the account before Monday", "FAMILY", g="s1=f")
P("Rosa's tres leches is better than any wedding cake I have ever eaten. Including my own. Sorry, Eddie 🍰")
V("Maple Ridge Spanish teacher who runs bilingual PTA nights, Facebook", "pta")
P("Every flyer that goes home should be translated. It's not extra. It's the job.", flags="R")
P("La familia de {s1} necesita ayuda con la renta este mes, el papá está en el hospital. Si quieren ayudar, mándenme mensaje 🙏", "FAMILY HEALTH")
P("Mi alumna {s1.full} tradujo el flyer del PTA al español. Thirteen years old. Legend 💚", g="s1=f")
V("Roosevelt paraprofessional and PTO volunteer, Facebook", "para")
P("paras make $17 an hour and run half the PTO events. make it make sense 🙃", flags="R")
P("{s1}'s behavior plan says no big crowds, so he's skipping the carnival and helping me count tickets in the office instead 🎟️", "DISCIPLINE", g="s1=m")
V("3rd grade teacher at Roosevelt, X", "teach")
P("six fundraising flyers in the backpacks this week. I counted. stop sending them home through teachers, we're not the mail room", flags="R")
P("{s1} sold 38 rolls of wrapping paper and now wants to start 'a business.' we've created a monster 🎁", g="s1=m")
P("The Mets bullpen needs a fundraiser more than we do 😭⚾")
V("5th grade teacher on the moving-up committee, Facebook", "teach")
P("Moving-up for 5th graders is sweet but $40 t-shirts and a DJ? We've lost the plot. Keep it simple so every family can come.", flags="R")
P("{s1.full}'s date of birth is {dob.el} for the trip form, mom said to just put it on the sheet since she can't get in before Friday", g="s1=f")
V("HVHS English teacher and senior class advisor, Instagram", "teach")
P("Senior dues should be waived automatically for any kid on free lunch. No forms, no asking, no awkward conversations.", flags="R")
V("Hillside school nurse helping with field day and the fun run, Facebook", "nurse")
P("School nurses should not be approving PTA party snacks for 500 kids. Give us a district policy and be done with it.", flags="R")
P("{s1.full} in 2nd grade is diabetic and needs her snack at 10:30 during field day. Room parent for room {room}, please remind her!", "HEALTH", g="s1=f")
V("special education teacher who organizes the sensory-friendly festival hour, Facebook", "teach")
P("If your fundraiser has a 'top seller' prize, you're rewarding family income, not effort. Drop it.", flags="R")
V("HVCSD computer technician volunteering at the foundation gala, X", "tech")
P("The PTA should not be buying Chromebooks for the district. Tech is a district expense. There's a budget line for this, use it.", flags="R")
V("Hillside principal, personal Facebook", "admin")
P("Principals should never see the list of which families donated. I refuse to look. It changes how people get treated.", flags="R")
V("Maple Ridge math teacher and Roosevelt PTO co-president, Facebook", "pta")
P("The district now wants a facilities fee from the PTO to use our own gym for family night. Our own gym. Absurd.", flags="R")

V("Roosevelt Elementary librarian running the book fair, Instagram", "fair")
P("Book fair recap, because I promised 📚 Five days, 611 shoppers, 2 broken pens, 1 lost tooth (found). Dog Man and Wings of Fire sold out by Wednesday, the Mo Willems bin by Thursday. Order {order} for the restock should land Monday. Our volunteers were unreal: {a1.full} at the register every single morning, {a2.full} wrapping books like gifts, and Pastor {a3.full} from Grace Community, who stopped by 'for five minutes' and stayed four hours. The teacher wishlist bins are empty, which means every classroom got something. Now I'm going to lie on the library carpet and not move. 🫠")
V("music teacher and fall festival chair, Facebook", "pta")
P("Long one, sorry, festival planning brain dump for the committee so nobody has to ask me twelve times. Setup starts at 8 at the bus loop. Booth {booth} is the cake walk, booth {booth2} is face painting, and the {biz} truck parks by the gym doors. Nut-free zone is the tent by the playground because {s1.full} in 2nd grade had a reaction at last year's festival and ended up in the ER, and her mom asked us to keep her EpiPen at the first-aid table. {a1.full} runs first aid again. Cleanup at 4. Bring gloves. Love you all.", "HEALTH", g="s1=f")

# ---- more official accounts --------------------------------------------------------------------
V("Roosevelt Elementary official account", "fair")
P("Pajama Day is Friday! $1 to wear your PJs to school, and every dollar goes to the Hudson Valley Food Bank 🧸", flags="O")
P("Congratulations to our top fun run fundraisers, {s1.full} and {s2.full}! Both win lunch with Principal {t1} 🍕", flags="O")
V("Hillside Elementary official account", "pta")
P("Thank you to {a1.full} of {biz} for donating 300 hot dogs to Family Fun Night! 🌭", flags="O")
P("Our PTA Reflections winners {s1.full} (literature) and {s2.full} (photography) advance to the county round! 🏅", flags="O")
P("Hillside families: {s1.full}'s family lost their home in Tuesday's fire. Clothing donations (boys' size 8) can be dropped at the main office.", "FAMILY", flags="O")
V("HVCSD Education Foundation official account", "found")
P("Foundation Trivia Night is {date} at Murphy's Pub, 7pm. $25 per person, teams of 6. All proceeds fund classroom grants 🧠", flags="O")
P("Congratulations to HVHS junior {s1.full}, whose foundation-funded research took 1st place at the regional science fair! 🔬", flags="O")
V("HVHS Falcons Athletics official account", "boost")
P("Booster Club team photos are Tuesday. Players, see Coach {t1} for your order form 📸", flags="O")
P("Welcome back to the court, {s1.full}! Tonight is her first game after six weeks recovering from a concussion 🏐💪", "HEALTH", flags="O", g="s1=f")
V("HVCSD district official account", "sw")
P("HVCSD is grateful to the HVCSD Education Foundation for {total} in teacher grants this year. Thank you, donors!", flags="O")
V("Maple Ridge Middle School official account", "admin")
P("The Maple Ridge PTA Teacher Appreciation Luncheon is Thursday! Thank you, PTA, for spoiling our staff 💛", flags="O")
P("Congrats to 7th grader {s1.full} for designing this year's Teacher Appreciation poster! 🎨", flags="O")
P("Order pickup for the PTA plant sale is Saturday 9-12 at the bus loop. Bring your order number (starts with PS-) 🌷", flags="O")


if __name__ == "__main__":
    main()
