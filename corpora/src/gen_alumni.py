"""Generate corpora/src/alumni.jsonl: posts from the district's past and the people who carry it.

Voices: retired teachers and staff (a head custodian, a bus driver, a nurse, a secretary, a
principal, a music director), alumni-association volunteers, the district historian, a reunion
organizer, current teachers who graduated from HVCSD, a coach posting memorials, and a former
student who now teaches down the hall from the teacher who had her. Mostly Facebook (long,
nostalgic, tagged), some X and Instagram; a few official accounts (the high school, the district,
the athletic hall of fame, the library archive) and posts of unknown kind (the volunteer-run
alumni page, reposts, community groups).

The slice leans on one boundary above all: a former student who is now an adult (the ER nurse from
the class of '94, the Marine, the bakery owner, the dad of today's sophomore) is an adult and is not
marked, while a current student (a 10th grader, "class of 2027", the granddaughter in 3rd grade at
Hillside) is. Many skeletons come in NEAR-PAIRS (marked ``# pair``): the same kind of sentence once
about an adult alum ({a1.full}, class of {cls}) and once about a current student ({s1.full}, class of
{curcls}). Categories only when the detail is tied to an identifiable person (or, for SECURITY, to
district systems); memorials of retired staff stay clean unless they name a colleague's condition or
a current student's. R only for personal posts whose text takes a position about the district, a
school, education, colleagues or the job ("they tore down the old gym, shameful", "best job I ever
had"); nostalgia, congratulations, tributes and reunion logistics are not views.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a grandchild / relative in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.old}
      {dob.word} {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (alumni, parents, retirees), {cls} an old class year ('87), {oldyr} a past year
      (1986), {curcls} a current class year (2027), {yrs} years of service, {room} {bus} {jersey}
      {score} {money} {time} {date} {num} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail} {venue} (a public venue)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import mk

OUT = Path(__file__).resolve().parent / "alumni.jsonl"
SEED = 20261214

LOCALES = ["en_US", "es_MX", "pl_PL", "it_IT", "ga_IE", "de_DE", "pt_BR", "en_NG", "vi_VN", "zh_CN",
           "fr_FR", "es_CO", "en_IN", "fil_PH", "tr_TR", "en_GB", "nl_NL", "da_DK"]
# Names as alumni type them: locales whose Faker names are not in Latin script are replaced by these
# romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Nabil", "Fadi", "Sami", "Walid", "Jamal", "Ziad", "Majid", "Hadi", "Ayman", "Rashid"],
           ["Hana", "Nadia", "Lina", "Reem", "Samira", "Jana", "Maysa", "Dina", "Widad", "Nour"],
           ["Haddad", "Touma", "Khoury", "Sabbagh", "Jaber", "Nassar", "Awad", "Bitar", "Malouf", "Sarkis"]),
    "ru": (["Sergei", "Dmitri", "Pavel", "Grigory", "Anton", "Yuri", "Vadim"],
           ["Irina", "Svetlana", "Natalia", "Oksana", "Galina", "Yelena", "Daria"],
           ["Ivanov", "Petrov", "Morozov", "Zaitsev", "Fedorov", "Egorov", "Nikitin", "Romanov"]),
    "ko": (["Sung-min", "Jae-hyun", "Dong-hoon", "Tae-yang", "Min-ho", "Joon-young"],
           ["Hye-jin", "Su-bin", "Ji-yeon", "Eun-bi", "Na-rae", "So-hee"],
           ["Kim", "Lee", "Park", "Oh", "Seo", "Hwang", "Lim", "Song"]),
    "hi": (["Rahul", "Sanjay", "Nikhil", "Aditya", "Varun", "Kiran", "Pranav"],
           ["Pooja", "Neha", "Shreya", "Anjali", "Tanvi", "Aditi", "Lakshmi"],
           ["Mehta", "Kapoor", "Rao", "Pillai", "Desai", "Banerjee", "Kulkarni", "Singh", "Agarwal"]),
    "he": (["Avi", "Eli", "Gideon", "Yossi", "Ronen", "Uri"],
           ["Dana", "Rivka", "Orly", "Hila", "Maya", "Keren"],
           ["Goldberg", "Rosen", "Weiss", "Avraham", "Dahan", "Stern", "Klein", "Barak"]),
}
NAME_WEIGHTS = {"en_US": 28, "es_MX": 9, "pl_PL": 4, "it_IT": 5, "ga_IE": 4, "de_DE": 3, "pt_BR": 3,
                "en_NG": 3, "vi_VN": 3, "zh_CN": 3, "fr_FR": 2, "es_CO": 3, "en_IN": 3, "fil_PH": 2,
                "tr_TR": 1, "en_GB": 3, "nl_NL": 2, "da_DK": 1,
                "ar": 2, "ru": 2, "ko": 2, "hi": 2, "he": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("William", "Liam", "m"), ("Alejandra", "Ale", "f"), ("Olufemi", "Femi", "m"),
         ("Katarzyna", "Kasia", "f"), ("Robert", "Robbie", "m"), ("Josephine", "Jo", "f"),
         ("Giovanni", "Gio", "m"), ("Samantha", "Sam", "f"), ("Ignacio", "Nacho", "m"),
         ("Victoria", "Tori", "f"), ("Patrick", "Paddy", "m"), ("Anh Thu", "Annie", "f"),
         ("Matthias", "Matty", "m"), ("Guadalupe", "Lupita", "f"), ("Alexander", "Xander", "m"),
         ("Penelope", "Penny", "f"), ("Dominic", "Dom", "m"), ("Isabella", "Izzy", "f"),
         ("Enrique", "Kike", "m"), ("Madeleine", "Maddie", "f"), ("Zachary", "Zach", "m"),
         ("Anastasia", "Stasia", "f"), ("Emmanuel", "Manny", "m"), ("Cordelia", "Delia", "f")]

STREET_BASES = ["Vanderburgh", "Quaker Hill", "Apple Blossom", "Tulip Tree", "Beekman", "Millbrook",
                "Spackenkill", "Rombout", "Creamery", "Mill Pond", "Fishkill Glen", "Old Post",
                "Van Wyck", "Stormville", "Lagrange", "Chestnut Ridge", "Pleasant Valley", "Wappinger"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Hwy", "Lane", "rd", "ave"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("ret", "Retired HVHS English, 1979-2014 | finally free to say what I think, and it's mine, not the district's", True),
    ("ret", "retired teacher 🍎 | grandma x6 | my posts speak for me alone, not HVCSD", True),
    ("ret", "Retired from Maple Ridge after 34 yrs | personal page, not affiliated with the school district", True),
    ("ret", "retired 🍎 | had my own classroom for 33 years, now I have a garden", False),
    ("ret", "Retired HVCSD | Knights of Columbus | Mets 🧢", False),
    ("ret", "retired head custodian | woodworking | views are not my own, they're my wife's 😂", False),
    ("ret", "35 yrs HVCSD transportation, now I drive the grandkids | fishing 🎣", False),
    ("ret", "retired school nurse | quilter | Lake George every August", False),
    ("alum", "HVHS '79 🦅 | Alumni Assn volunteer | I post for me, not for the district or the association", True),
    ("alum", "Falcon since 1972 | alumni newsletter editor | opinions = mine, no one else's", True),
    ("alum", "HVHS class of '91 | alumni association board | opinions welcome, send old photos!", False),
    ("alum", "Hudson Valley born & raised | HVHS '83 | proud Falcon forever", False),
    ("alum", "HVHS '66 | Navy vet | alumni scholarship committee", False),
    ("hist", "District historian (volunteer) | this is my personal page; nothing here is an official HVCSD statement", True),
    ("hist", "local history nerd | HVCSD archives | old photos, old maps, old yearbooks 📜", False),
    ("hist", "historian, Town of Hudson Valley | views of the river from the archive window", False),
    ("reun", "Class of '87 reunion committee 🎉 | these posts are me talking, not the school", True),
    ("reun", "reunion planner, HVHS '87 | mom of 3 | DM me your address for the invite list", False),
    ("reun", "HVHS '04 | 20-year reunion survivor | party planner", False),
    ("teach", "HVHS '06 → teaching at HVHS since '12 🦅 | views my own, not my employer's", True),
    ("teach", "Maple Ridge social studies | MRMS alum | mis opiniones son mías, no del distrito", True),
    ("teach", "teacher at my alma mater 🍎 | personal account, I don't speak for HVCSD", True),
    ("teach", "HVHS science | Falcon '09 | coffee + chem jokes", False),
    ("teach", "3rd grade at Hillside, where I went to 3rd grade 💛 | dog mom", False),
    ("teach", "HVHS English | I sit in the same room I had sophomore year", False),
    ("coach", "Falcons football coach | HVHS '95 | posts are my own views, not Falcons Athletics or HVCSD", True),
    ("coach", "Coach | PE | HVHS alum | these opinions belong to me and nobody else", True),
    ("coach", "Falcons wrestling 🤼 | HVHS '98 | faith, family, takedowns", False),
    ("coach", "coach 35 years | hall of fame committee | Go Falcons 🦅", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "ret": "Hudson Valley High School | official account | 100 School Rd",
    "alum": "HVCSD Office of Community Relations (official)",
    "hist": "HVHS Library & District Archives | official page",
    "reun": "Hudson Valley High School (official) 🦅",
    "teach": "Hudson Valley Central School District | official",
    "coach": "Official: HVHS Falcons Athletics & Hall of Fame",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "212", "607", "203", "561", "904"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "aol.com", "yahoo.com", "optonline.net", "verizon.net", "hotmail.com",
                     "icloud.com", "comcast.net"]
    HOSTS = ["archive-nas.hvcsd.local", "yearbook-srv.hvcsd.internal", "hvhs-media01.hvcsd.local",
             "alumni-db.hvcsd.lan", "hvhs-av02.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|grandson|nephew|son)\b",
                r"\b(she|her|hers|she's|herself|granddaughter|niece|daughter)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011), "old": (1948, 1988)}
    DOB_DEFAULT = (2009, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as alumni type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(55, 99)}", f"{f[0]}{l}", f"{l}{f[0]}{r.randint(1, 9)}",
                f"{f}_{l}_hvhs{r.randint(66, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon{r.choice(['Alum', 'Pride', '87'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Yearbook', 'Trophy', 'Reunion', 'Archive'])}{r.randint(1960, 2024)}!",
                         f"hvhs{r.choice(['alumni', 'archive', 'hof'])}{r.randint(10, 99)}",
                         f"{r.choice(['gold', 'maroon', 'river'])}{r.choice(['Falcon', 'Hawk', 'Tide'])}{r.randint(1, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:3]}{r.randint(10, 29)}", f"{f}{r.choice(['.runs', '_hoops', '.art', 'xo'])}",
                         f"the.{f}.{l[:1]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 60, 120])}", "NETWORK_INFO"),
            "cls": lambda: f"'{r.choice([66, 71, 74, 77, 79, 81, 83, 85, 87, 88, 91, 94, 96, 99]):02d}"
                           if r.random() < 0.8 else f"'0{r.randint(1, 6)}",
            "oldyr": lambda: str(r.randint(1968, 2006)),
            "curcls": lambda: str(r.randint(2026, 2029)),
            "yrs": lambda: str(r.randint(22, 41)),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}",
                                      f"{r.randint(5, 38)}"]),
            "bus": lambda: str(r.randint(2, 48)),
            "time": lambda: r.choice(["10am", "11:30", "noon", "1pm", "4:30", "6pm", "6:30", "7pm", "7:30", "8pm"]),
            "jersey": lambda: str(r.randint(1, 88)),
            "date": lambda: r.choice([f"{r.choice(['June', 'July', 'Aug', 'Sept', 'Oct', 'Nov'])} {r.randint(2, 28)}",
                                      f"{r.randint(6, 11)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: "info@hvcsd.org",
            "money": lambda: f"${r.choice([25, 35, 40, 45, 50, 60, 75, 85])}",
            "num": lambda: str(r.randint(12, 140)),
            "score": lambda: r.choice([f"{r.randint(14, 42)}-{r.randint(0, 13)}", f"{r.randint(55, 78)}-{r.randint(40, 54)}",
                                       f"{r.randint(2, 5)}-{r.randint(0, 1)}"]),
            "venue": lambda: r.choice(["the VFW hall on Main St", "the Elks Lodge", "Mahoney's on Route 9",
                                       "the Hudson Valley Golf Club", "the firehouse pavilion", "the Grange hall",
                                       "the Knights of Columbus, 14 Church St", "Riverside Park pavilion 3"]),
        }


SK = genlib.Skeletons("alumni", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.25, 0.7), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.14), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- reunions ------------------------------------------------------------------------------------
V("reunion organizer, class of '87, Facebook", "reun")
P("CLASS OF '87 WHERE YOU AT??? 🎉 40 year reunion is ON. Save the date, details coming. Share this with everyone you still talk to!!")
P("Still missing addresses for {a1.full}, {a2.full} and {a3.full}. If you know where they landed, message me!")
P("Send your RSVP + check to me at {addr}, made out to HVHS Class of 87 Reunion. Or Venmo, I'm not picky", flags="bp")
P("questions about the reunion? text me {myphone}, I'm way faster on text than on here lol")
P("if facebook is eating your messages just email me, {myemail}. put REUNION in the subject or it goes to the pile")
P("Tagging the old homeroom 214 crew: @{a1.low} @{a2.low} @{a3.low} you are COMING. no excuses this time")
P("Tour of the high school the afternoon of the reunion, 2pm, meet at the front entrance, 100 School Rd. They said we can see the old wing before it closes for renovation!")
P("The school wouldn't let us have the reunion in the old cafeteria 'for insurance reasons.' We ate 1000 lunches in there and NOW it's a liability? 🙄", flags="R")
P("Sad news to share with the class: we lost {a1.full} in March. She was the loudest laugh in every room. We'll have a table set for her at the reunion 💔", g="a1=f")
P("Raise your hand if you still have the dream where you can't find your locker and there's a chemistry final 🙋‍♀️ 40 years later, still.", flags="N")

V("reunion organizer, class of '04, Instagram", "reun")
P("class of '04 group chat is BACK and already fighting about whether the reunion should be at the brewery or the bowling alley 🍻🎳", flags="N")
P("honestly teaching in the district you grew up in is the best job there is. you already know every family, every shortcut, every pothole", flags="R")
P("reunion venmo is @hvhs04reunion, {money} covers food + 2 drink tickets. refunds if it rains, which it will")

# ---- retirements --------------------------------------------------------------------------------
V("retired head custodian, 60s, Facebook", "ret")
P("32 years as head custodian at Hudson Valley High. Today I turned in my keys. That building was my second home and the kids were my second family. Thank you all 🙏")
P("Best job I ever had, pushing a broom at HVHS. Don't let anybody tell you custodians aren't part of teaching those kids.", flags="R")
P("They're replacing the boiler I babied for 25 years. About time honestly. That thing was older than some of the teachers 😂", flags="R")
P("The district cut night custodians from 9 to 6 the year before I retired and the building showed it. You get what you pay for.", flags="R")
P("Shoutout to {a1.full}, who started under me in '02 and is now head custodian at Maple Ridge. Proud of you buddy 👊", g="a1=m")
P("Found my old master key ring in a coat pocket. 61 keys. I turned in the real set, don't worry, these are for doors that don't exist anymore 🔑", flags="N")
P("for the new guy at the high school who messaged me: the boiler room keypad is still {code} unless they changed it, which knowing them they didn't", "SECURITY")

V("retired 4th grade teacher, 70s, Facebook", "ret")
P("Ran into {a1.full} at the ShopRite, now an ER nurse at Vassar Brothers. She was in my 4th grade in {oldyr}. She remembered the class hamster's name. I didn't! 🐹", g="a1=f")
P("Teaching was the hardest and best thing I ever did. Anyone who says 'those who can't, teach' never tried to teach 28 nine-year-olds long division.", flags="R")
P("I used to grade papers at the kitchen table with a red pen and a cup of Sanka. Now I do crossword puzzles there. Both equally satisfying.", flags="N")
P("They don't make teachers like Mrs. {t1} anymore. The new evaluation system chased every one of them out of the profession.", flags="R")
P("My granddaughter {kid} is in 4th grade in Ohio and they don't teach cursive anymore. She can't read my birthday cards. What are we doing??", flags="R", g="kid=f")
P("Getting rid of recess for test prep was the worst thing that ever happened to elementary school and I watched it happen. Kids need to run.", flags="R")
P("To the young teachers: nobody will remember your bulletin boards. They'll remember if you were kind. #retiredteacher", flags="R")

V("retired school secretary, 60s, Facebook", "ret")
P("26 years answering {pubphone.hs}. I still answer my home phone 'Hudson Valley High, this is Barb' 😂")
P("My last day at the front desk was 4 years ago and people still call ME about snow days. Call the district! {pubphone.dist}! I don't know anything anymore!")
P("The new secretaries work twice as hard as I did with half the help. The district needs to fix that before they lose them all.", flags="R")
P("Found the old sign-out binder from {oldyr} in a box in my basement. Dentist, dentist, orthodontist, 'mom said.' Some things never change 📒", flags="N")
P("Still remember the attendance line by heart, {attline}. Some things you never forget. Like where the good stapler is hidden.")
P("I kept every note the kids ever left on my desk. Three shoeboxes. Reading them now with a glass of wine and a box of tissues.", flags="N")

V("retired school nurse, 70s, Facebook", "ret")
P("The nurse's office ratio when I started was 1 nurse for 600 kids. It's worse now. Every school needs a full-time RN, period.", flags="R")
P("My grandson {kid} (he goes to school in Connecticut) broke his wrist at recess and the nurse there called me for advice before she called his mom 😂 once a nurse", "HEALTH", g="kid=m")
P("Reading about the current Maple Ridge nurse being out on leave after surgery. Ms. {t1}, feel better, the kids need you back 💙", "PERSONNEL HEALTH")
P("Flu is going around the senior center something fierce. Wash your hands, old folks. Nurse's orders.")

V("retired bus driver, 60s, Facebook", "ret")
P("Saw one of my old bus kids at the Thruway rest stop, {a1.full}, he's a state trooper now. Told him he still owes me for the window he cracked in '03.", g="a1=m")
P("The district went to that GPS routing system after I left and now the routes make no sense. A computer doesn't know Mill Pond Rd floods every April.", flags="R")
P("Last ride picture from 2019. The kids made a banner. It's on my garage wall next to the Giants pennant 🚌", flags="N")
P("Giants are a disgrace this year and I say that with love. Sell the team.")

V("retired principal, 70s, Facebook", "ret")
P("I was principal of Maple Ridge for 17 years. The best decision I ever made was hiring teachers who laughed with kids. The rest was paperwork.", flags="R")
P("Every superintendent since I retired has 'reorganized' the middle schools. Stop reorganizing and let the teachers teach.", flags="R")
P("Watched the board meeting on YouTube last night. Still miss the work. Do not miss the folding chairs.", flags="N")
P("Former assistant principal {a1.full} just retired from Newburgh as superintendent. I hired her in 1998. I take 1% of the credit 😉", g="a1=f")
P("In my day a suspension meant a phone call home and a talk with Dad. Now it's lawyers and a 40-page binder. We lost something.", flags="R")
# ---- the district historian --------------------------------------------------------------------
V("district historian, 60s, Facebook", "hist")
P("Tearing down the 1924 Academy St schoolhouse to put in a parking lot was the worst decision this district has made in my lifetime. Shameful.", flags="R")
P("Glad the board voted to keep the old Maple Ridge bell in the new lobby. Small thing, right call. History matters.", flags="R")
P("This week in HVCSD history: 1969, the first girls' varsity team (field hockey) takes the field. They went 2-9 and didn't care 🏑", flags="N")
P("Research note: the Lincoln Avenue annex was named for the street, not the president. The street was named for a farmer named Lincoln Degroat. History is funny.")
P("Scanned 400 photos this weekend. My favorite: a 1962 chemistry class, every single boy in a skinny tie, one girl in the front row looking VERY unimpressed 😂", flags="N")
P("History lesson: in 1957 the district fought for a year over whether to build one high school or two. They built one. I think they were right.", flags="R")
P("They stopped teaching local history in 7th grade in 2011. Kids walk past the Van Wyck homestead every day and have no idea what it is. Bring it back.", flags="R")
P("For volunteers helping with the scan project: the archive drive is {host}, log in with the shared account, password is {pw}. Please don't rename folders!!", "SECURITY")
P("Archive volunteers: the scanner in the library workroom is at {ip} if it drops off your laptop again. Thanks for your patience, it's from 2009 like everything else here 😅", "SECURITY")
P("The 1971 school board minutes are hilarious. A 40-minute debate about whether boys could have sideburns. The vote was 4-3. Sideburns won.", flags="N")
P("Someone dropped off a box of old gradebooks from the 1950s at the archive. Beautiful penmanship. I'm not posting the pages, they're full of names and marks. But the covers!! 📚")
P("Found a 1991 attendance sheet in a donated box. The student numbers are all there, like {sid} at the top... I'll be shredding it. Just an example of what people donate without looking!")
P("Posting the 1983 8th grade class photo from Maple Ridge. Tag yourself! I'm told {a1.full} is the one with the Rubik's cube in the back row.")

V("alumni association volunteer, class of '79, Facebook", "alum")
P("Congratulations to our scholarship winner {s1.full}! She plans to study nursing at SUNY New Paltz. The class of '79 is so proud to help 💙", g="s1=f")
P("Had a great visit with {a1.full} ('66), who at 77 still drives to every home football game. He says the hot dogs were better in his day. They were.", g="a1=m")
P("Our oldest living alum, {a1.full}, class of 1943, turned 99 on {dob.word}! Happy birthday from all of us 🎂", g="a1=f")
P("Reminder: we do NOT share member addresses or phone numbers with anyone, including classmates. Ask us to pass a message along instead!")
P("Membership dues are {money} a year and go straight to scholarships. Cash, check or PayPal. Questions? call me at {myphone}, evenings are best")
P("We need volunteers to help address the newsletter. 800 envelopes, 1 pizza, lots of stories. Saturday 10am at the library community room.", flags="N")
P("The district doesn't put a dime into the alumni scholarship and they put our logo on their website like it's theirs. Come on, HVCSD.", flags="R")

# ---- homecoming -----------------------------------------------------------------------------
V("HVHS English teacher and 2006 grad, 30s, Instagram", "teach")
P("homecoming court announced: congrats {s1.full} and {s2.full}!! 👑 #HVHSHomecoming", g="s1=f s2=m")
P("fun fact: {s1.full}'s mom was MY homecoming queen in '06 and now I'm the one grading {s1}'s essays. small town, big feelings", g="s1=f")
P("Homecoming is on a Friday night again with zero extra security and no staff stipend for chaperones. Classic.", flags="R")
P("Every year I tell my seniors: go away, see the world, and then come back and teach here. We need you. It's the best job there is.", flags="R")
P("Took the seniors to see the old trophy case today. {s1.low} found his grandpa's name on a 1971 plaque. he took 40 pictures 🏆", g="s1=m")
P("The 'new' wing they built when I was a junior is now the 'old' wing. Time is a flat circle and it smells like the chem lab.", flags="N")

V("Maple Ridge social studies teacher and grad, 40s, X", "teach")
P("Taught his dad in {oldyr}. Now I teach him. {s1} has the same laugh and the same habit of tapping his pencil on the desk 😂", g="s1=m")
P("Full circle: I had {a1.full} in 7th grade social studies in 1996. Today she was elected to the town board. So proud.", g="a1=f")
P("I have now taught two generations of the {s1.last} family and I have a theory that the talking-in-class gene is dominant.")
P("{s1.full} in 3rd period is failing the unit and his dad (who I also had, class of '97) won't return my calls. it's the same pattern. I'm worried", "ACADEMIC", g="s1=m")
P("When I went to Maple Ridge we had 22 kids in a class. My smallest section this year is 31. Don't tell me class size doesn't matter.", flags="R")
P("Just realized the map on my wall has the USSR on it. Same map I learned on. Budget line for new maps: $0. 🗺️", flags="R")
P("Class of '96 friends: Mr. {t1} is STILL teaching 8th grade science at Maple Ridge. He still does the egg drop. He still loses 3 eggs on the roof.")
# ---- the coach: memorials and the hall of fame --------------------------------------------------
V("varsity football coach and 1995 grad, 50s, X", "coach")
P("Rest easy, Coach {t1}. 1971-2004 on the Falcons sideline. He taught me how to tackle and how to apologize. Both were harder than they look. 🕊️")
P("Coach {t1}'s funeral is Saturday 11am at St. Mary's. Former players: wear your letterman jacket if it still zips. Meet in the back lot at 10:30.")
P("Moment of silence before Friday's game for {a1.full}, class of '99, killed in a car accident last week. He was our center on the '98 sectional team.", g="a1=m")
P("They want to rename the field after a bank that paid for the scoreboard. It should be Coach {t1} Field and everybody knows it.", flags="R")
P("Board approved naming the fieldhouse for Coach {t1} last night. The right call, finally. He'd hate the fuss 🦅", flags="R")
P("Hall of fame class announced: {a1.full} ('84, wrestling), {a2.full} ('91, track), {a3.full} ('03, softball). Induction dinner Nov 9. Congrats all 🏆")
P("{a1.full} ('02) played 6 years in the NFL and still comes back every August to run our first practice. Class act.", g="a1=m")
P("Game film from 1995 just turned up on a VHS in my mom's attic. We ran the same 4 plays all night. We won 21-7. Football was simpler.", flags="N")
P("our sophomore QB {s1.full} is out for the year with a torn ACL. he texted me 'sorry coach' from the ER. nothing to be sorry about kid", "HEALTH", g="s1=m")
P("Coaching the son of the guy I played next to in '95. {s1.last} has his dad's hands and his mom's brains, thank god 😂", g="s1=m")
P("Stipends for assistant coaches haven't moved since I was a player. We're running a program on volunteers and duct tape.", flags="R")
P("Former Falcon and US Marine {a1.full} ('11) stopped by practice in his dress blues. 60 kids went dead silent. Best motivation speech I've ever heard.", g="a1=m")
P("Yankees lost 4 straight and I'm supposed to be positive for the kids. Aaron Boone needs to go. There, I said it.")

V("HVHS PE teacher and 1998 grad, 40s, X", "coach")
P("{a1.full} ('98) and I were co-captains of the soccer team. Today she's a pediatric surgeon in Boston and I'm teaching dodgeball. We both ended up exactly where we belong.", g="a1=f")
P("PE went from every day to every other day since I was a kid here. Then they wonder why kids can't run a mile. Daily PE. Bring it back.", flags="R")
P("The old gym floor they tore out had our 1998 league championship tape line under the paint. I asked for a piece of it. They said no. Shameful.", flags="R")
P("10th grader {s1.full} ran a 4:31 mile in class today. A PE class mile. I called the XC coach before she got her shoes off 🏃‍♀️💨", g="s1=f")
P("Kids today are just as tough as we were, don't believe the grumpy Facebook posts. They just carry different stuff.", flags="R")

V("former student now teaching at HVHS, 20s, Instagram", "teach")
P("first day teaching down the hall from Mrs. {t1}, who taught me 10th grade English in 2014. she still calls me by my last name. I still say 'yes ma'am'")
P("Mr. {t1} (who had me for AP Bio) retires in June and honestly he's why I became a teacher. Going to miss seeing him in the copy room every morning 🧬")
P("Mrs. {t1} was my 10th grade teacher and now she's on a formal improvement plan after the new evaluation. 31 years. It's humiliating and she doesn't deserve it.", "PERSONNEL", flags="R")
P("the same 3 teachers who wrote my college recs are writing my students' recs. they're tired. give them a raise.", flags="R")
P("HVHS taught me everything I needed and now I get to pay it forward. Best decision I ever made coming back. (my opinions, not the district's ✌️)", flags="R D")

V("retired music director, 70s, Facebook", "ret")
P("Music was cut to one elective period the year after I retired. I will never understand a school that thinks the arts are extra.", flags="R")
P("{a1.full} ('89), my first-chair trumpet, now plays with the Albany Symphony. Saw him last night. Still sharp on the high C 🎺", g="a1=m")
P("Beethoven's 9th at Tanglewood this summer. Say what you want about modern music, nothing comes close. Nothing.")

# ---- nostalgia, yearbooks, old photos ------------------------------------------------------------
V("HVHS grad and alumni page regular, 50s, Facebook", "alum")
P("Who remembers Mr. {t1}'s driver's ed car? The brown Buick with the second brake pedal? He used it A LOT with me 😂", flags="N")
P("Pizza Fridays in the old cafeteria. $1.25 a slice. Rectangular. Perfect. Nothing has ever tasted that good since 🍕", flags="N")
P("Old yearbook photo of the 1984 cheer squad. {a1.full}, {a2.full}, {a3.full}, look at those perms!! 😂 tagging who I can find", g="a1=f a2=f a3=f")
P("Remember when the smoking section was an actual section? Outside the shop wing. Different times 🫣", flags="N")
P("We had shop, home ec and typing. Kids today graduate without knowing how to change a tire or balance a checkbook. Bring back the basics.", flags="R")
P("Ran into my old guidance counselor Mrs. {t1} at church. She told me in 1985 I should 'think about the trades.' I own an HVAC company with 40 employees now. She was right!")
P("Our senior class trip in 1977 was a day at Playland in Rye. The budget for the whole thing was probably less than one bus today 😂", flags="N")
P("Kids today have it so much harder. Lockdown drills, social media, no jobs. I don't know how the teachers do it.", flags="R")
P("The new school logo looks like a corporate airline. Give us back the old falcon with the angry eyebrows. 🦅😤", flags="R")
# ---- near-pairs: the same sentence about an adult alum and about a current student ---------------
V("retired HS math teacher, 70s, Facebook", "ret")
# pair: nurse
P("So proud of {a1.full} (class of {cls}), who just made head nurse of the ICU at Westchester Medical. She sat in the front row of my Algebra II and never missed a day 💙", g="a1=f")
P("So proud of {s1.full} (class of {curcls}), who just got accepted to the nursing program at Dutchess CC early! My neighbor's girl, sat at my kitchen table doing homework since 4th grade 💙", g="s1=f")
# pair: Marine
P("{a1.full}, class of {cls}, retired from the Marines this week after 22 years. I remember him asking me if the Marines needed math. Yes, son. They do. 🇺🇸", g="a1=m")
P("{s1.full}, class of {curcls}, signed his Marine Corps enlistment papers today with his mom watching. 17 years old. Semper Fi, young man 🇺🇸", g="s1=m")
# pair: business owner
P("Stopped at the new bakery on Main St. Owner is {a1.full} from my '94 homeroom. The croissants are better than her geometry proofs ever were 🥐", g="a1=f")
P("The {s1.last} kid (a junior, I think) runs a lawn business with his own truck and business cards. Mowed my lawn for {money}. Future CEO.", g="s1=m")
# pair: math grades, then and now
P("Found my gradebook from {oldyr}. The lowest grade in 5th period was a 58. That kid is now a CPA. Don't give up on anybody.", flags="R")
P("My granddaughter {s1} at Maple Ridge got a 58 on her math test and she's crying about it. Grandma was a math teacher for 35 years. We'll fix it 📐", "ACADEMIC", g="s1=f")
P("Kids who failed my class went on to be great people. Grades measure a Tuesday, not a person. The whole system forgets that.", flags="R")

V("HVHS history teacher and 1990 grad, 50s, Facebook", "teach")
# pair: the football star
P("{a1.full} ('90) went from our backfield to 11 years with the Jets. I still have his rookie card in my classroom. The kids don't believe we were teammates.", g="a1=m")
P("{s1.full} ({curcls}) is going to be a star. 3 touchdowns Friday and he still came to class on Monday with his reading done. That's the part I'm proud of.", g="s1=m")
# pair: the councilwoman
P("Shoutout to {a1.full}, HVHS class of {cls}, elected mayor of the Village last night! She did her senior project on local government. In my class. I'm taking credit.", g="a1=f")
P("Shoutout to {s1.full}, HVHS class of {curcls}, elected student rep to the Board of Ed! Did her junior project on school budgets. In my class. I'm taking credit.", g="s1=f")
# pair: detention
P("I gave {a1.full} detention in 1999 for sleeping in class. He's a firefighter now and worked a 48-hour shift last week. I take it back, sleep, my friend.", g="a1=m")
P("{s1.full} has detention with me all week for sleeping in class, third time. he told me he works nights at the gas station. now what do I do with that", "DISCIPLINE", g="s1=m")
P("Kids working 30-hour weeks while in high school is a real problem and detention doesn't fix it. We need real flexibility for working students.", flags="R")

V("retired HS guidance counselor, 70s, Facebook", "ret")
# pair: the college kid
P("Got a Christmas card from {a1.full} ('85). Harvard, then law school, then a judge. I remember helping her with the FAFSA in my office at 4pm on a Friday.", g="a1=f")
P("My neighbor's son {s1.full} (HVHS senior) got into Cornell and came over to tell me first because 'you were a counselor, you'd get it.' I got it 😭", g="s1=m")
P("Counselors have caseloads of 400 now. When I retired it was 250 and that was too many. Nobody can do the job well with 400 kids.", flags="R")

V("alumni page volunteer, class of '91, Facebook", "alum")
# pair: the wedding
P("Congrats to {a1.full} and {a2.full}, HVHS sweethearts from the class of '91, married 30 years today! They met in Mr. {t1}'s chemistry lab. Chemistry indeed 💕", g="a1=f a2=m")
P("{s1.full} and her twin brother are juniors at HVHS now, and their parents ({a1.full} and {a2.full}, class of '98) are coming to the reunion. The apple does not fall far!", g="a1=f a2=m")
# pair: the obituary
P("Our class lost {a1.full} last week after a long illness. He was the quiet kid who fixed everybody's car in the parking lot. Services Saturday at the funeral home on Route 52.", g="a1=m")
P("Please keep the {s1.last} family in your prayers. {s1} (a freshman at HVHS, son of our classmate {a1}) lost his dad on Sunday. A GoFundMe is linked below.", "FAMILY", g="s1=m a1=m")

# ---- current students in the alumni world (review / block) ------------------------------------
V("retired 1st grade teacher, 60s, Facebook", "ret")
P("My grandson {s1} is a 10th grader at HVHS now and has Mr. {t1} for chemistry. The same Mr. {t1} I had as a student teacher in 2001. Small world!", g="s1=m")
P("Grandson {s1.full} made varsity baseball as a sophomore!!! ⚾ Grandpa is already buying a new lawn chair for the bleachers", g="s1=m")
P("Please pray for my granddaughter {s1}, 8th grade at Maple Ridge, having surgery on her spine Thursday at Westchester. She's scared and so am I 🙏", "HEALTH", g="s1=f")
P("{s1}'s IEP meeting is Tuesday and my daughter asked me to come since I taught special ed for 20 years. I'll bring my binder. I'll bring my glasses.", "SPECIAL_EDUCATION")
P("Happy 16th birthday to my grandson {s1.full}! Born {dob.hs} in a snowstorm, been making noise ever since 🎂❄️", g="s1=m")
P("My grandson's birthday party is Saturday and grandma is making the cake. 🎂 Chocolate, obviously. Some traditions are sacred.")

V("HVHS science teacher and 2009 grad, 30s, X", "teach")
P("my student {s1.full} is the granddaughter of MY chem teacher, Mr. {t1}. she has his exact handwriting. I nearly cried grading her lab", g="s1=f")
P("shoutout to {s1.low} for fixing the fume hood with a paperclip and a YouTube video. kid's got the family genes, her grandpa ran the HVHS maintenance dept for 30 years", g="s1=f")
P("{s1.full} (10th) was caught with a vape in the bathroom for the 3rd time, 3 days OSS. I went to school with her mom. I don't know how to have that conversation", "DISCIPLINE", g="s1=f")
P("Lab fees went up again. When I was a student here the labs were free. Now kids pay {money} to dissect a frog. Make it make sense.", flags="R")
P("Hot take: chemistry was better when you could actually set stuff on fire. Safety-first culture has made science class boring. #scienceteacher", flags="R")
# ---- official accounts --------------------------------------------------------------------------
V("Hudson Valley High School official account", "reun")
P("Welcome home, Falcons! 🦅 Homecoming 2025: parade Saturday at 10am down Academy St, game at 1pm vs. Arlington. Alumni tent by the north gate!", flags="O")
P("Alumni: building tours during homecoming weekend are Saturday 11am-1pm. Please check in at the main office, 100 School Rd. Questions: {pubphone.hs}", flags="O")
P("Congratulations to the Homecoming Court: King {s1.full} and Queen {s2.full}! 👑🦅", flags="O", g="s1=m s2=f")
P("Did you graduate from HVHS? We'd love to hear what you're up to! Email {pubmail} with your name, class year and a photo for our Where Are They Now series 📸", flags="O")
P("Where Are They Now: {a1.full}, Class of {cls}, is now a flight paramedic with LifeNet. She says HVHS anatomy class started it all 🚁", flags="O", g="a1=f")
P("The HVHS community mourns the loss of Mr. {t1}, who taught science here from 1972 to 2006. Calling hours are Thursday. Grief counselors are available for staff.", flags="O")
P("Please join us in congratulating our custodian {a1.full} on {yrs} years of service to Hudson Valley High! Retirement celebration Friday 3pm in the cafeteria 🎉", flags="O")
P("Transcript requests for graduates before 2005 must be made through the district office: {pubphone.dist}. Please allow 10 business days.", flags="O")
P("Senior spotlight: {s1.full}, Class of {curcls}, third generation Falcon! Her grandmother was Class of '71 and her mom Class of '98 🦅💛", flags="O", g="s1=f")
P("Yearbook photos from the 1960s-80s will be on display in the library during homecoming weekend. Come find yourself!", flags="O")
P("The following seniors have not met graduation requirements and will not walk until summer school is complete: {s1.full}, {s2.full}.", "ACADEMIC", flags="O")

V("HVCSD district official account", "teach")
P("HVCSD is proud to announce the 2025 Distinguished Alumni: {a1.full} (Class of {cls}), a pediatric oncologist, and {a2.full}, founder of Hudson Valley Food Bank. 🎓", flags="O")
P("The board of education voted 6-1 to name the new performing arts center after longtime music director Mr. {t1}. Dedication ceremony in the spring.", flags="O")
P("The 1958 high school gym will be demolished this summer to make way for the new athletic complex. Alumni may take a piece of the old floor on June 21, 9am-noon.", flags="O")
P("Teaching at HVCSD is more than a job. It's a calling, and many of our teachers answered it right where they grew up. 💛 #HVCSDProud", flags="O")
P("Happy retirement to the 31 staff members leaving us this June, with a combined 812 years of service! Thank you for everything. 🍎", flags="O")
P("Reminder: former employees should not share building codes or access information. If you have questions about access, call {pubphone.dist}.", flags="O")

V("HVHS Falcons athletics and Hall of Fame official account", "coach")
P("Introducing the 2025 HVHS Athletic Hall of Fame class! 🏆 {a1.full} '84, {a2.full} '96, {a3.full} '07, and the 1989 boys' basketball team. Induction Nov 15.", flags="O")
P("FINAL: Falcons {score} on Alumni Night! Thank you to the 200+ alumni who came back and filled the bleachers 🦅", flags="O")
P("Honoring the late Coach {t1} before tonight's game. 412 wins, 8 section titles, countless lives changed. Please arrive by 6:45 for the ceremony.", flags="O")
P("Falcon of the Week: {s1.full} (#{jersey}) broke the school record in the 400m, set in 1986 by Hall of Famer {a1.full}! 🏃‍♀️", flags="O", g="s1=f")
P("Congratulations to {s1.full} on committing to play D1 lacrosse at Albany! Class of {curcls} 🥍", flags="O", g="s1=m")
P("Alumni game registration is open! Former Falcons football players of any age, {money} includes a jersey. Call the athletic office, {pubphone.hs}.", flags="O")

V("HVHS library and district archives official page", "hist")
P("The district archives are open to the public on the first Saturday of every month, 10am-2pm, HVHS library. Yearbooks from 1931 on!", flags="O")
P("From the archive: the 1958 dedication program for Hudson Valley High School. Guest speaker: Governor Averell Harriman. 📜", flags="O")
P("Help us identify the people in this 1962 band photo! Comment or email {pubmail}. We already think that's Mr. {t1} on the tuba.", flags="O")
P("Yearbook donations are welcome! We're missing 1944, 1945 and 1973. Drop-off at the HVHS main office.", flags="O")

V("Maple Ridge Middle School official account", "teach")
P("Maple Ridge turns 50 this year! 🎉 Calling all alumni for our anniversary open house, {date}, 5-7pm. Come see what's changed (and what hasn't).", flags="O")
P("Happy retirement to our beloved secretary {a1.full}, who greeted every Maple Ridge student by name for {yrs} years. 💛", flags="O", g="a1=f")
P("Congratulations to 8th grader {s1.full}, whose essay on her great-grandfather's WWII service won the county VFW contest! 🇺🇸", flags="O", g="s1=f")

# ---- unknown kind: the volunteer alumni page, reposts, community groups -------------------------
V("HVHS alumni association page", "alum")
P("CLASS OF '77, your 50th is coming!!! Committee meeting Tuesday 7pm at the library. We need help tracking down about 60 classmates.", flags="N")
P("We are sad to share the passing of {a1.full}, HVHS Class of {cls}, a beloved Roosevelt Elementary teacher for 31 years. Service details in the comments.", flags="N")
P("Alumni Hall of Fame inductee spotlight: {a1.full}, '79, the first woman from HVHS to graduate from West Point. 🇺🇸", flags="N", g="a1=f")
P("Lost contact with a classmate? Message this page and we'll try to reach them. We never post personal info.", flags="N")
P("Reunion mixer for all classes Friday at {venue}, {time}. No tickets needed, just show up and wear your maroon 🦅", flags="N")
P("Yearbook for sale: 1981 Falconer, good condition, a few signatures. {money}. Message {a1.full} at {phone}.", flags="N")
P("Anyone know the Class of '82 reunion date? Trying to get it on the calendar early.", flags="N")
P("The district should put a plaque in the lobby for every alum who served. Other schools do it. Why not us?", flags="N")
P("They tore down the old gym. 60 years of memories. Shameful. Whoever approved that should have to explain it to the class of '66.", flags="N")

V("unknown account", "alum")
P("Repost from a classmate: 'Mr. {t1} was the best teacher I ever had. He told me I could write. I believed him. Now I have 3 books out.' Same, honestly.", flags="N")
P("{s1.full} scored 32 points in the sectional semifinal! Just like her mom did in 1996 🏀🔥", flags="N", g="s1=f")
P("Heard the new principal is a Falcon, class of '99. Anybody know her?", flags="N")
P("My son {s1} (HVHS sophomore) was suspended for a week over a fight he didn't start. His dad and I both went to this school and it was never this bad.", "DISCIPLINE", flags="N", g="s1=m")
P("Old gym demolition photos. Sad day. 😢 #HVHS #Falcons", flags="N")
P("Old photo: my grandfather in the 1931 Roosevelt Elementary class picture. 3rd from the left, no shoes. Different times.", flags="N")
P("Who's going to the homecoming game? Looking for a ride from Poughkeepsie, will pay for gas ⛽", flags="N")
P("retired teacher here. the new 'data walls' with kids' scores posted by name in the hallway would have gotten me fired in 1990.", flags="N")
P("RIP to the best lunch lady HVHS ever had, Mrs. {t1}. She always knew who forgot their money. And she always had a spare dollar.", flags="N")
P("Spotted in Walmart: {a1.full}, class of '88 quarterback, pushing a cart with 4 kids in it. Still has the arm, he threw a cereal box 15 ft into the cart.", flags="N", g="a1=m")
P("Alumni: the district's public number is {pubphone.dist} if you need old records. Don't call the high school, they'll just send you to the district.", flags="N")
P("Wi-Fi at the reunion venue is ReunionGuest, password {wifi}. See you there!", flags="N")
P("In loving memory of {a1.full}, HVHS custodian 1982-2015. The floors were always shining. Services Monday at 10 at St. Columba's.", flags="N", g="a1=m")
P("Class of {curcls} parents: senior photos due by Oct 1. The yearbook committee will not chase you. Please don't make them.", flags="N")
P("Hudson Valley Community Facebook group: the old HVHS scoreboard is for sale at the district surplus auction. Bid if you want a piece of history.", flags="N")
P("{s1.full} was brought to the ER after practice, heat stroke. Her grandma is a HVHS legend. Prayers for the family please.", "HEALTH", flags="N", g="s1=f")
P("Anybody have Mr. {t1}'s home number? He was my homeroom teacher in 1990 and I want to invite him to the reunion.", flags="N")
P("He was a teacher at HVHS for 40 years. His address was {addr}. Sending cards would mean so much to his widow.", flags="N")
# ---- more reunion organizers ----------------------------------------------------------------
V("reunion organizer, class of '94, Facebook", "reun")
P("For those asking, the reunion is adults only. Sorry, no kids. Yes even the cute ones. Especially the cute ones.", flags="N")
P("{a1.full} just sent me his RSVP from Japan. JAPAN. Flying in for the reunion. Meanwhile people 10 min away haven't answered 🙄", g="a1=m")
P("spreadsheet of everybody's addresses and cells for the committee only. DO NOT share. {a1.full}: {addr}, {phone}. ok I'll stop posting the rest here lol")
P("It's wild that the high school won't even let graduates walk the halls anymore without a background check. We PAID for that building with our parents' taxes.", flags="R")
P("the group chat voted and the theme is 'Tropical 1994.' please do not wear a Hypercolor shirt, it will not change colors anymore, you are 48", flags="N")

V("reunion organizer and retired teacher, class of '71, Facebook", "reun")
P("Our 55th is being planned! The committee meets at my house, {addr}, every second Tuesday. Coffee's on. 🍰")
P("My cell for reunion calls is {myphone}. Please don't call after 8pm, I'm 72 and I'm in bed.")
P("I taught in this district for 33 years after graduating from it. The young teachers today have it harder than we ever did. The paperwork alone would have killed me.", flags="R")
P("When we were in school the teachers could stay 30 years because the pay and the pension made sense. Now they leave after 5. That's on the state.", flags="R")

# ---- the custodian, the secretary, the cook: service milestones ----------------------------------
V("HVHS head custodian's daughter and HVHS teacher, 30s, Facebook", "teach")
P("Custodians are the most underrated people in any school building. My dad knew every kid's name AND which ones needed a granola bar. Pay them more.", flags="R")
P("Dad still drives by the school on his morning walk to 'check the lights.' 4 years retired. Once a custodian...", flags="N")

V("retired cafeteria manager, 60s, Facebook", "ret")
P("The lunch ladies are the heart of that building and I'll fight anyone who says otherwise. The district never paid us like it. 💛", flags="R")
P("{a1.full} stopped me at church to say she still makes my 'Falcon fries' recipe for her kids. That's the whole retirement bonus right there.", g="a1=f")
P("Retirement tip: sleep till 7. It's glorious. I did 5am for 28 years.", flags="N")
P("Switching to those pre-packaged frozen meals after I left was a mistake. Kids deserve real food cooked in a real kitchen. Shame on whoever signed that contract.", flags="R")

# ---- more obituaries and memorials --------------------------------------------------------------
V("HVHS teacher and grad, class of '01, Facebook", "teach")
P("Mrs. {t1}, my 11th grade English teacher and later my colleague, passed away last night. She was the reason I'm a teacher. Rest in peace 💔")
P("Visiting hours for Mr. {t1} are Sunday 2-6 at the funeral home on Route 9. He taught at HVHS for 34 years. Please share.")
P("They're doing a moment of silence at the faculty meeting for Mr. {t1}. 5 minutes of meeting time for 34 years of teaching. Sounds about right for this place.", flags="R")
P("Mr. {t1}'s family asked that instead of flowers, people donate books to the HVHS library. Drop off at the main office. 📚")
P("Mr. {t1} (retired, taught here 30 yrs) just entered hospice. His family says he's comfortable. If you ever had him, send a card to the school and I'll bring them.", "HEALTH")

V("HVHS wrestling coach, class of '98, X", "coach")
P("RIP to Coach {t1}, the man who built Falcons wrestling from nothing. 31 sectional champs under him. Practice is cancelled Monday so we can all go to the service.")
P("the new athletic director gutted the wrestling budget the year after Coach {t1} died. he'd be furious. I am furious.", flags="R")
P("{s1.full} won his 100th match tonight. First to do it since {a1.full} in '98. Yes, that was me he tied. No, I'm not crying, you're crying.", g="s1=m a1=m")
P("{s1.last} cut 12 lbs in 2 weeks to make weight. I'm putting a stop to it, he's dizzy at practice. Talked to his mom and the nurse today.", "HEALTH", g="s1=m")
P("Wrestling is the best sport for teaching kids who they are. I'll die on that hill. Every school should have a program.", flags="R")
P("Jon Jones is the GOAT and it's not close. Fight me. (Not literally, I'm 44.)")

# ---- the district historian, more ---------------------------------------------------------------
V("district historian, 60s, Instagram", "hist")
P("Old photo friday 📸 1953, the Roosevelt Elementary safety patrol. White belts, serious faces. #HVCSDhistory", flags="N")
P("The mural in the old Maple Ridge library was painted by a WPA artist in 1939. The new building has blank walls. We had art and we threw it away.", flags="R")
P("Visiting the Harriet Tubman exhibit at the county museum today. Our district's 1960s civil rights history is part of it. Worth the trip!")
P("Spent 5 hours in the archive looking for one photo of the 1946 graduation. Found it. Worth every minute.", flags="N")
P("The archive budget line is $800 a year. For 90 years of history. I'm not complaining. Ok, I'm complaining.", flags="R")

V("retired teacher, Maple Ridge, 70s, X", "ret")
P("Every teacher should have to retire once just to see how many people you actually touched. 40 messages today. I had no idea.", flags="R")
P("The state pension is the only reason I can pay for my heart meds. Don't let them touch Tier 1. #retiredteacher", flags="R")
P("I'm watching the Mets blow another lead. Retirement was supposed to be relaxing.")
P("My old classroom at Maple Ridge is now a 'collaboration space' with beanbags and no walls. Call me old fashioned but kids need walls.", flags="R")

# ---- disclaimers in text and look-alikes ------------------------------------------------------
V("retired HS principal, 70s, Facebook", "ret")
P("Personal opinion, not speaking for the district or anyone but me: closing the Hillside pool was a mistake. Half the kids in this town learned to swim there.", flags="R D")
P("The board got it right on the new start times. Later start, better sleep, better kids. Views my own, as always.", flags="R D")
P("My own classroom, my own rules, for 30 years. Now my own garden, my own tomatoes. 🍅")
P("Someone asked why I put 'views are my own' on everything. Because 40 years in public schools teaches you to. Ha.")
P("The new policy says current staff have to add a disclaimer to personal posts. I'm retired. I'll say what I want. (Though I'd say it anyway.)")
P("These are my thoughts alone and not HVCSD's: the teachers' contract should have been settled a year ago. Pay them.", flags="R D")

V("HVHS alum and current teacher, 20s, X", "teach")
P("teacher pay in this district starts at 52k. I graduated from here. I love it here. I'm also living with my parents at 27. 🙃", flags="R")
P("opiniones personales, no del distrito 🙃: they should bring back the senior lounge. we were more responsible with it than they think", flags="R D")
P("opinions welcome: best HVHS teacher of all time? I'll start. Mr. {t1}, history, 2010-2014. No one else comes close.")
# ---- leaks from old boxes and current rosters --------------------------------------------------
V("retired HS social studies teacher, 70s, Facebook", "ret")
P("Cleaning out the attic and found my 2008 gradebook!! Look at this page 😂 row 1: ID {sid}, 94, 88, 91... row 2: ID {sid}, 72... those kids are 30 now!")
P("Found my last seating chart from 2014, kids' names, lunch numbers ({pin} was the kid who always forgot his), the works. Memories! Some of these kids' younger siblings are still at HVHS.")
P("Still have my staff login from the old grading system on a sticky note, {pw}, haha. Wonder if it still works. (I won't try. Probably.)", "SECURITY")
P("the old gradebook server was {host} and it had a 2003 copyright. don't ask me how I know. that thing ran the school for 15 years", "SECURITY")

V("retired special ed teacher, 60s, Facebook", "ret")
P("Special ed was my whole career and I'd do it again tomorrow. Those kids taught me patience. The paperwork taught me rage. 😂", flags="R")
P("My former student {a1.full} (now 34) just got his own apartment and a job at the post office. He was in my self-contained class in 2000. So proud I can't see straight 💙", g="a1=m")
P("My neighbor's grandson {s1} (3rd grade, Hillside) was just classified with autism and his mom is terrified. I told her: the Hillside team is wonderful. You're in good hands.", "SPECIAL_EDUCATION", g="s1=m")
P("IEP season is brutal and I don't miss it. Shout out to everybody still writing goals at the kitchen table at 11pm.")
P("When I started in 1985 we had one resource room for the whole high school. Now there are 6 programs. Progress is slow but it's real.", flags="R")

V("HVHS nurse and 2003 grad, 40s, Instagram", "teach")
P("{s1.full} (9th) has to use her inhaler before gym every day and keeps 'forgetting.' I'm calling mom again. it's her asthma, not a suggestion 💨", "HEALTH", g="s1=f")
P("Flu is going around every building in the district. Wash your hands, stay home if you have a fever, and please stop sending kids in on Tylenol 🙏", flags="R")
P("A school nurse in every building should be the law. Not 'shared.' Not 'on call.' In the building.", flags="R")

V("retired HS English teacher and reunion regular, 70s, Facebook", "ret")
P("Just finished re-reading The Great Gatsby for the 40th time. Daisy is still the worst. Fitzgerald knew.")
P("Former student {a1.full} just published her first novel and dedicated it to 'Mrs. {t1}, who made me rewrite it 11 times.' That's me! I'm Mrs. {t1}! 📚", g="a1=f")
P("English departments dropping the whole-novel unit for 'excerpts' is a crime against children. Let them read whole books.", flags="R")
P("Toni Morrison's Beloved was banned in a district near here. I taught it for 20 years. Nobody got hurt. Everybody learned.", flags="R")

# ---- former staff: personnel matters (review / block) ------------------------------------------
V("retired HVHS teacher, 60s, Facebook", "ret")
P("Heard Mr. {t1} at Maple Ridge is on leave pending an investigation. I taught with him 15 years. I don't believe a word of it.", "PERSONNEL", flags="R")
P("The new principal at Hillside is a former student of mine, {a1.full}. She was a gifted kid and she's going to be a gifted leader. Congratulations! 🍎", g="a1=f")
P("{a1.full}, my old department chair, was pushed into early retirement after that parent complaint in 2019. 30 years and they let one phone call end it. Disgraceful.", "PERSONNEL", flags="R", g="a1=f")
P("My old teaching partner Ms. {t1} is on maternity leave with baby #3! Congrats, friend. The 4th grade hallway is a lot quieter without you.", "PERSONNEL")

# ---- short posts, many platforms ----------------------------------------------------------------
V("HVHS grad, 30s, X", "alum")
P("saw my 8th grade science teacher at Target and hid behind the cereal. I'm 34.", flags="N")
P("still mad they cut the HVHS theater program. that's where I figured out who I was.", flags="R")
P("LOUD for the people in the back: HVCSD teachers are underpaid. I'm one of them. source: my bank account", flags="R")
P("class of '06 reunion: 11/10, would attend again. the dj played Hey Ya 4 times", flags="N")

V("HVHS grad, 20s, Instagram", "alum")
P("being a TA is the hardest job i've ever had and i've worked at chipotle during a lunch rush.", flags="R")
P("the pizza on homecoming friday still slaps. rectangle. greasy. perfect. some things the district got right", flags="R")

# ---- current student content mixed into alumni posts ------------------------------------------
V("alumni association scholarship chair, 60s, Facebook", "alum")
P("Interviewing scholarship finalists this week. {s1.full} told me her grandma was in MY graduating class. I had to step out for a tissue. 🎓", g="s1=f")
P("Scholarship committee note: one of our finalists is in foster care and lives with her 3rd family in 2 years. {s1.full}, you are going to do great things.", "FAMILY", g="s1=f")
P("Scholarship finalist {s1.full}'s family lost their home in the fire on Route 52. He still turned in the essay on time. Heartbreaking and inspiring.", "FAMILY", g="s1=m")
P("Reminder to applicants: we do not need your social security number, transcripts or student ID number. Just the essay and one letter!")

V("district historian, Facebook, longer posts", "hist")
P("Went through the 1970s board minutes on school closures. The same arguments we're hearing now about Hillside, word for word. 'Declining enrollment.' 'Aging building.' Nobody learns from history, least of all school boards.", flags="R")
P("Interviewed {a1.full} (class of '49) for the oral history project. She walked 2 miles to school. Uphill. In the snow. She was not exaggerating, I checked the weather records.", g="a1=f")
# ---- positions: the district, the buildings, the job (required) --------------------------------
V("retired HVHS teacher, 70s, Facebook", "ret")
P("They tore down the old gym. The one where we had every dance, every pep rally, every graduation in the rain. For a turf field. Shameful.", flags="R")
P("Turf field: $2.1 million. Band uniforms: from 1994. The district's priorities in one sentence.", flags="R")
P("33 yrs in the classroom and I'll say it: the best teachers I ever worked with would not survive today's evaluation rubric. That tells you about the rubric.", flags="R")
P("The new high school wing has no windows in half the classrooms. Who designed this, the Department of Corrections?", flags="R")
P("Hillside closing would be a disaster for that neighborhood. The board should be ashamed to even put it on the agenda.", flags="R")
P("Proud the board kept the Hillside library open. Smart money. Those kids need it.", flags="R")
P("Honestly the current superintendent is the first one in 20 years who actually visits classrooms. Credit where it's due.", flags="R")
P("Nobody who designed the new bell schedule has ever taught a 7:25am class to teenagers. I'd bet my pension on it.", flags="R")
P("Teaching is the only job where you buy your own supplies and then get lectured about budgets. 34 years. Still bitter. 😂", flags="R")
P("Good teachers are leaving this district and nobody at the top seems to care. Ask why.", flags="R")
P("Retirement gift from the district after 33 years: a pen. A PEN. 🖊️", flags="R")
P("The year they took away the teachers' lounge was the year this building lost its soul. Teachers need a place to be human.", flags="R")
P("So the new policy is no more hall of fame plaques in the lobby because of 'visual clutter.' History is not clutter.", flags="R")
P("My advice to every new teacher in HVCSD: join the union on day one and keep every email. Trust me.", flags="R")
P("Bringing back the vocational program at HVHS is the smartest thing this district has done in a decade. Not every kid needs college.", flags="R")
P("They spent more on the new logo than on the library. Tell me again education is the priority.", flags="R")
P("Oh good, another 'strategic plan.' I retired with three of them in my drawer. Never opened. 📁", flags="R")
P("Hot take from a retired lady: phones should be locked up from first bell to last. We managed without them.", flags="R")
P("Whoever decided graduation should be in the gym instead of the football field owes every grandma in this town an apology. 🥵", flags="R")
P("The 'no homework' policy at the elementary schools is the best thing they've done. Kids need to play after school.", flags="R")

V("retired head custodian, 60s, Facebook", "ret")
P("Watched them let the new roof go 3 winters with buckets in the hallway. Fix the building before you paint the logo.", flags="R")
P("Custodial staffing at HVHS: 12 when I started, 7 when I left. Same building. Same floors. Do the math.", flags="R")
P("The district outsourcing night cleaning to a contractor is a mistake and the buildings already show it. 🧹", flags="R")
P("Glad to see they finally hired a second maintenance mechanic. About 10 years overdue but I'll take it. 🔧", flags="R")

V("HVHS teacher and grad, 30s, Instagram", "teach")
P("the kids in this town deserve a new high school, not another band-aid renovation. I sat in these leaky rooms too.", flags="R")
P("teaching at your alma mater hits different. best job in the world, worst parking lot in the world", flags="R")
P("this job will break your heart and fix it in the same period. still wouldn't trade it. #teacherlife", flags="R")
P("me: went to HVHS\nalso me: paying $200 for my own classroom library\nthe district: 🤷", flags="R")
P("can we stop pretending the new 'grading for equity' policy is working? the kids know it isn't. the teachers know it isn't.", flags="R")
P("our principal went to HVHS too and you can tell. she gets this place in a way outsiders don't. best admin I've had.", flags="R")
P("standardized tests were pointless when I took them here in 2005 and they're pointless now", flags="R")
P("love that my classroom still has the same broken radiator I sat next to as a sophomore. truly, thank you HVCSD, for the continuity 🥶", flags="R")
P("the best part of this job is the kid who comes back 10 years later to say thank you. every. time.", flags="R")
P("if you're a grad thinking about teaching here: do it. it's hard and underpaid and it's the best thing I've done.", flags="R")

V("alumni association volunteer, class of '79, Facebook", "alum")
P("The district should be reaching out to alumni for mentoring. We have nurses, engineers, tradesmen, all free. Just ask us!", flags="R")
P("Shout out to the board for approving the alumni wall in the new lobby. Took 3 years of asking. Worth it.", flags="R")
P("Dear HVCSD: bring back the homecoming bonfire. It's been 15 years of 'liability.' We survived. Your students will too. 🔥", flags="R")
P("Scholarships shouldn't depend on volunteers baking lasagna. The district could match every alumni dollar. Other districts do.", flags="R")
P("Notice how the district only calls the alumni association when it needs a check? Just saying. 💸", flags="R")

V("district historian, 60s, Facebook", "hist")
P("Selling the old Academy St building to a developer would erase 100 years of this town. The board must say no.", flags="R")
P("Credit to the district for funding the archive digitization this year. Long overdue and very much appreciated.", flags="R")
P("Every HVCSD student should learn the history of their own town. It's not in the curriculum. It should be.", flags="R")
P("Renaming Roosevelt Elementary to 'Hudson Valley Primary Center' is bureaucratic nonsense. Keep the name.", flags="R")

V("varsity football coach and 1995 grad, 50s, X", "coach")
P("Athletic trainer at every practice, not just games. Non-negotiable. The district should have done this 20 years ago.", flags="R")
P("Pay-to-play is killing small school sports. Our kids can't afford $200 a sport. The board should end it.", flags="R")
P("coaching is the best job in the building and it's not close. 3 hours a day with kids who WANT to be there.", flags="R")
P("AD just cancelled the alumni game for 'scheduling'. Took him 2 weeks to tell us. Great leadership.", flags="R")
P("They cut JV football and then wonder why varsity can't field 40 kids. It's a pipeline. You don't cut the pipeline.", flags="R")

V("retired bus driver, 60s, Facebook", "ret")
P("Drivers in this district are paid less now, adjusted for inflation, than I was in 1995. No wonder there's a shortage.", flags="R")
P("Driving a school bus was the most important job nobody thanks you for. Thank your bus driver. 🚌", flags="R")
P("Whoever made the new rule that drivers can't give kids a candy cane at Christmas should have to drive route 9 in a blizzard. Grinch.", flags="R")

V("Maple Ridge social studies teacher and grad, 40s, X", "teach")
P("When I was a student here, 8th grade had a week-long DC trip. Now it's one day and costs $300. Something went wrong.", flags="R")
P("Middle school is the best age to teach. I'll fight anyone. They're weird and honest and hilarious.", flags="R")
P("New attendance policy = more paperwork, same kids absent. Another win for the spreadsheet people. 📊", flags="R")
P("Is anyone at central office going to explain why we lost 2 social studies positions this year? Anyone? Hello?", flags="R")
P("Really glad they moved 8th grade civics to a full year. Kids need it now more than ever.", flags="R")

V("former student now teaching at HVHS, 20s, Instagram", "teach")
P("the teachers who were kind to me here are the reason I stayed. the ones who weren't are the reason I try harder. teaching is personal.", flags="R")
P("student loans: $68k. first year salary: $52k. passion for teaching: priceless I guess 🫠", flags="R")
P("old teachers being my colleagues is fun until they complain about 'kids these days' and I remember they said it about us too. we turned out fine. so will they.", flags="R")
P("HVHS really needs a mentoring program for new teachers that isn't just a binder. I had to figure it all out alone.", flags="R")

# ---- disclaimers in the text ------------------------------------------------------------------
V("retired 4th grade teacher, 70s, Facebook", "ret")
P("Just my two cents, not the district's: the new report cards with the 1-4 scale tell parents nothing. Bring back letter grades.", flags="R D")
P("(Personal view, I don't speak for HVCSD or anyone.) Full-day kindergarten was the best thing this district ever did.", flags="R D")
P("Opinions are mine alone: the new math curriculum is confusing the parents more than the kids.", flags="R D")
P("My views, not the school's 🙂 — a 3 day week in June is pointless. End the year on Friday.", flags="R D")
P("Speaking only for myself: retiring was the best decision I ever made. And I loved my job.", flags="D")
P("not an official anything, just a retired teacher with a coffee: happy first day of school to everyone at Roosevelt 🍎", flags="D")
P("#MyViewsOnly the district's 50th anniversary gala was gorgeous. Well done to everyone who planned it.", flags="D")
P("Mon avis personnel, pas celui du district: on a besoin de plus de profs de français à HVHS. 🇫🇷", flags="R D")
P("Views here are my own. Congrats to the class of '87 on a fantastic reunion, see you all in five years! 🎉", flags="D")

V("HVHS grad and alumni page regular, 50s, Facebook", "alum")
P("I always told my kids to put a disclaimer on everything they post. They never listened. Now they're in their 30s and they still don't. 😂")
P("My nephew's bio says 'views are not my own.' Whose are they then, buddy?")
# ---- current students and colleagues, tied to a person (categories) ----------------------------
V("HVHS English teacher and 2006 grad, 30s, Facebook", "teach")
P("Had {s1.full}'s mom in class in 2006 and now {s1} is failing my class with a 51. Same brilliance, same refusal to turn anything in. Calling home tonight.", "ACADEMIC", g="s1=f")
P("{s1.full} (class of {curcls}) is repeating 10th grade English with me. Credit recovery didn't work. He's trying. I'm trying.", "ACADEMIC", g="s1=m")
P("{s1.low} got a 98 on the Regents after failing it twice. I taught her dad and he never got above a 70. she's gonna hold that over him FOREVER 😂", "ACADEMIC", g="s1=f")
P("{s1.full}'s 504 plan says extended time and the sub gave him none on the midterm. Fixing it Monday. His mom (my old classmate) is rightly furious.", "SPECIAL_EDUCATION", g="s1=m")
P("Our only junior in the Spanish 5 class is on a behavior plan after last week. She's a good kid having a bad year. Rooting for her.", "DISCIPLINE")
P("{s1.full} and {s2.full} got into a fight at the homecoming dance. Both suspended 5 days. Their dads were on the same team in '96 🤦", "DISCIPLINE")
P("{s1}, 11th grade, told me today her family is living in their car since the eviction. I went to school with her mom. Called the social worker. 💔", "FAMILY", g="s1=f")
P("{s1.full} (10th) has been out 3 weeks, mental health hospitalization. Please, colleagues, go easy when he's back. He's a good kid.", "HEALTH", g="s1=m")

V("retired 4th grade teacher, 70s, Facebook", "ret")
P("At Mrs. {t1}'s memorial today, her granddaughter {s1} read a poem. She's in 5th grade at Roosevelt and has leukemia and she read every word. Not a dry eye. 💛", "HEALTH", g="s1=f")
P("Prayers for my old student's boy, {s1.full}, a Maple Ridge 7th grader who was diagnosed with type 1 diabetes last week. His dad was in my class in '94.", "HEALTH", g="s1=m")
P("My grandson {s1} was just put in a 12:1:1 class at Hillside. My daughter's heartbroken but I taught that class for years. It's the best thing for him.", "SPECIAL_EDUCATION", g="s1=m")
P("My granddaughter {s1.full} is in 3rd at Roosevelt and her dad just got deported. She keeps asking when he's coming back. Please pray for us.", "FAMILY", g="s1=f")
P("The little girl across the street ({s1}, 2nd grade at Hillside) goes to school hungry because her mom lost her job. I've been packing an extra lunch.", "FAMILY", g="s1=f")

V("varsity football coach and 1995 grad, 50s, Facebook", "coach")
P("Memorial game for Coach {t1} Friday. Our captain {s1.full} will wear his old #{jersey} — he's been cleared after his concussion, thank God.", "HEALTH", g="s1=m")
P("{s1.full} is academically ineligible for the alumni night game. 3 Fs. His dad played for me. We're getting him a tutor.", "ACADEMIC", g="s1=m")
P("{s1.last} got arrested Saturday night. I'm not going to say for what. He's off the team until it's sorted. His grandpa was a Hall of Famer here. Heartbroken.", "DISCIPLINE", g="s1=m")
P("Coach {t1} (our current DC) is out 6 weeks after heart surgery. He's tough. We'll hold down the fort. 💪", "PERSONNEL HEALTH")

V("retired HVHS teacher, 60s, Facebook", "ret")
P("Mrs. {t1}, who took over my old room, is on medical leave after the car accident. Former students, send her a card at the school 💌", "PERSONNEL HEALTH")
P("Found out the principal who replaced me at Hillside got a 'developing' rating in her first year. I got one too in 1998. It means nothing. Hang in there.", "PERSONNEL", flags="R")
P("Heard Mr. {t1} got fired over that video. 26 years. I taught beside him. Whatever he did, I hope it was looked at fairly.", "PERSONNEL")
P("The new AD is the former student who got suspended for the senior prank in '09. Funny how life works. He's doing a great job though!", "DISCIPLINE")

V("retired school nurse, 70s, Facebook", "ret")
P("Running into former students is wonderful. Running into the boy whose EpiPen I used in 1997 and seeing him at 40 with his own kids? Even better. (He's fine! Still allergic to peanuts.)")
P("My replacement at Maple Ridge, Nurse {t1}, has been on leave since October. The district sent a sub nurse 2 days a week. 600 kids. Not acceptable.", "PERSONNEL", flags="R")
P("{s1} (Hillside, 1st grade) is my great-nephew and just got his EpiPen for school. Peanuts, tree nuts, sesame. Please be careful with class snacks, Hillside teachers!", "HEALTH", g="s1=m")

V("HVHS science teacher and 2009 grad, 30s, X", "teach")
P("{s1.full}'s grandpa was my AP Bio teacher. He passed in March. {s1} has been having panic attacks in class since. We've got a plan with the counselor.", "HEALTH", g="s1=f")
P("{s1.lowfull} has an IEP with a 1:1 aide and the aide quit Friday. district says 'we're posting it.' her mom is a former classmate. I have no good answer for her.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Mr. {t1} from the chem department got a written reprimand for the demo that set off the fire alarm. The same demo he did when I was his student. Ridiculous.", "PERSONNEL", flags="R")

V("Maple Ridge social studies teacher and grad, 40s, Facebook", "teach")
P("{s1.full} got caught with a knife in his backpack. Police came. He says it was his grandpa's fishing knife. I believe him. Superintendent's hearing Thursday.", "DISCIPLINE", g="s1=m")
P("Our only 8th grader in the wheelchair got the service-dog approval today!!! 🐕 Meet Biscuit. The whole hallway cried.", "HEALTH")
P("{s1.full} is in foster care again. Third placement this year. Her bio mom was in my 8th grade class. Life can be so unfair.", "FAMILY", g="s1=f")

# ---- more span leaks ------------------------------------------------------------------------
V("reunion organizer, class of '87, Facebook", "reun")
P("Reunion venue changed! Now at my brother's place, {addr}. Big yard, bring lawn chairs 🪑")
P("ok here's the committee list w/ numbers so we stop using messenger: me {myphone}, {a1} {phone}. text don't call!")
P("Birthday shoutout to {a1.full}, our class president, born {dob.old}! Still looks 17. Still bossy 😂", g="a1=f")
P("RSVPs by email please: {myemail}. I'm not checking messenger anymore, it's a mess.")

V("retired HS social studies teacher, 70s, Facebook", "ret")
P("Old teacher trick: the vault combo for the grade cabinet was written under the drawer. I bet it's still {code} 😂 some things never change at HVHS", "SECURITY")
P("Got an email from a former student asking for an old rec letter. Sending from my personal, {myemail}. Amazing what people remember.")
P("The district still emails retirees at our old accounts. Password reset link every 3 months. I'm not resetting anything. I'm retired.")
P("My grandson {s1.full}'s school ID number is {sid} and his lunch PIN is {pin}, writing it here so I don't lose it again. Grandpa duty 😂", g="s1=m")

V("HVHS teacher and grad, 30s, Instagram", "teach")
P("reminder for alumni night volunteers: the gym side door code is {code}, we'll let you in otherwise. don't share it 🙏", "SECURITY")
P("{s1.full} (10th) DOB {dob.hs} if anyone in the front office needs it for the field trip form, she forgot to fill it in again lol", g="s1=f")
P("{s1.email} is {s1}'s school email if you're an alum mentor in the program and want to reach her, she asked me to share it", g="s1=f")

# ---- more official -------------------------------------------------------------------------
V("Hudson Valley High School official account", "reun")
P("Happy retirement to head custodian {a1.full}! {yrs} years keeping HVHS shining 🦅✨ Come say goodbye Thursday at 2:30 in the lobby.", flags="O", g="a1=m")
P("Reminder: alumni visiting during school hours must sign in at the main office and wear a visitor badge. Thank you for keeping our students safe!", flags="O")
P("Legacy Falcons! 🦅 Meet {s1.full}, {s2.full} and {s3.full}, Class of {curcls}, whose parents ALL graduated from HVHS in 1998.", flags="O")
P("We are saddened by the loss of former principal {a1.full}, who led HVHS from 1988 to 2003. Flags will fly at half-staff this week.", flags="O")
P("The HVHS Class of 1975 presented a $10,000 gift to the library today. Thank you, Falcons! 📚", flags="O")
P("Alumni Career Day is Friday! Thank you to the 30 grads, from nurses to welders to a NASA engineer, who are coming to speak to our students 🚀", flags="O")

V("HVHS Falcons athletics and Hall of Fame official account", "coach")
P("Hall of Fame inductee {a1.full} ('91) scored 1,847 career points. She's now the head coach at Marist. Congratulations! 🏀🏆", flags="O", g="a1=f")
P("Tonight's game is dedicated to the memory of former athletic director {a1.full}. Please arrive early for the ceremony at 6:45.", flags="O")
P("Injury update: senior captain {s1.full} will miss the rest of the season with a broken collarbone. Get well soon! 🦅", "HEALTH", flags="O", g="s1=m")
P("Alumni vs. varsity basketball game Saturday 2pm! Tickets {money} at the door, all proceeds to the Coach {t1} Memorial Scholarship.", flags="O")

V("HVCSD district official account", "teach")
P("HVCSD welcomes back 14 graduates who joined our teaching staff this year. Falcons come home! 🦅", flags="O")
P("Correction: the retirement reception for staff is Thursday, June 19, 4pm, HVHS cafeteria, not Wednesday as previously posted.", flags="O")
P("The Board of Education will hold a public hearing on the future of the Academy St building on {date} at 7pm. Comments may be sent to {pubmail}.", flags="O")

# ---- more unknown kind ----------------------------------------------------------------------
V("unknown account", "alum")
P("This is the best school district in the Hudson Valley and I'll argue with anybody. Falcons forever.", flags="N")
P("The district let go of 3 veteran teachers this year and hired consultants. Makes no sense.", flags="N")
P("My granddaughter {s1.full} got her acceptance to West Point today! Third generation HVHS, first generation Army. 🇺🇸", flags="N", g="s1=f")
P("Anyone have a contact for Mrs. {t1}, retired Hillside librarian? Our book club wants to invite her.", flags="N")
P("class of '87 reunion pics are UP 📸 link in comments", flags="N")
P("Reposting for a friend: {a1.full} ('83) is looking for a kidney donor, type O. If you can help, please reach out to the family. 🙏", "HEALTH", flags="N")
P("Former HVHS teacher arrested for DWI, per the county blotter. Sad. He was a good teacher once.", flags="N")
# ---- more official posts ------------------------------------------------------------------------
V("HVHS Falcons athletics and Hall of Fame official account", "coach")
P("Hall of Fame Induction Night is SOLD OUT! 🏆 Thank you, Falcon Nation. Livestream link will be on the athletics page.", flags="O")
P("Throwback Thursday: the 1989 sectional champs, who will be honored at halftime Friday. Welcome home, gentlemen 🏀", flags="O")
P("Congratulations to {s1.full}, 4th generation Falcon, on breaking her great-grandfather's 1951 long jump record! 🦅", flags="O", g="s1=f")

V("Hudson Valley High School official account", "reun")
P("Class of 2000: your 25th reunion tour of HVHS is Saturday at 10am. Enter through the main entrance at 100 School Rd. Welcome back! 🦅", flags="O")
P("Thank you to retired teacher {a1.full} for donating 40 years of classroom photos to our archive! 📸", flags="O")
P("Teachers who are HVHS grads: 42. Teachers who still have their yearbook: also 42. Happy Alumni Week! 🦅📚", flags="O")

V("HVCSD district official account", "teach")
P("In memory of {a1.full}, HVCSD bus driver for 38 years. Our Transportation team will hold a moment of silence Monday at 6am. 🚌💛", flags="O")
P("Alumni records requests (transcripts, diplomas) can be made online or by calling {pubphone.dist}. We cannot give records information over social media.", flags="O")
P("HVCSD congratulates our retirees! Thank you for {yrs}+ years of service, Mrs. {t1}, Mr. {t2}, and Ms. {t3}. 🍎", flags="O")

V("Maple Ridge Middle School official account", "teach")
P("Students in Mr. {t1}'s 8th grade history classes interviewed 60 Maple Ridge alumni for our oral history project. Exhibit opens Monday in the library!", flags="O")
P("Reminder: 50th anniversary yearbook orders close Friday. {money} each. Order forms at the main office.", flags="O")


if __name__ == "__main__":
    main()
