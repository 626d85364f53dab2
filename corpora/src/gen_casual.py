"""Generate corpora/src/casual.jsonl: fast, phone-typed Facebook/Instagram posts by school support staff
and classroom staff (bus drivers, cafeteria workers, custodians, recess/lunch aides, crossing guards,
after-school program staff, substitutes, elementary and middle-school teachers), plus a few official
transportation / food-service / after-school program pages.

Mechanism from genlib.py (Filler, fill(), placeholder syntax, verdict computed from the labels, main loop);
every skeleton below is new and written for this slice. Deterministic: fixed seeds, no clock.

Placeholders (``{name}`` or ``{name.variant}``):

  marked STUDENT_NAME (roster row added):
    {s1} first  {s1.full} first+last  {s1.last}  {s1.low} lowercase first  {s1.lowfull}  {s1.up}
    {s1.nick} preferred name  {s1.nicklow}  {s1.tag} (for "#{s1.tag}Strong")  {s1.fulltag}
    {s1.handle} @handle body  {s1.init} "J.R."  {s1.lastinit} "Maya O."
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (poster's own child / grandchild at another school)
  marked other labels:
    {phone} parent PHONE  {myphone} poster's cell PHONE  {email} parent EMAIL  {myemail}
    {addr} STREET_ADDRESS  {dob} / {dob.word} / {dob.el} DATE_OF_BIRTH  {sid} {pin} STUDENT_ID
    {pw} {wifi} {code} {codeword} CREDENTIAL  {ip} {host} NETWORK_INFO
  unmarked (hard negatives / filler):
    {t1} {t1.low} staff surnames (after a title)   {a1} {a1.low} {a1.full} adult first names
    {pet} pet with a human name   {street} {street.b} streets named for people (no house number)
    {bus} {room} {time} {money} {neg} {date} {pubphone} {pubphone.dist} {attline}

Skeleton flags: R = disclaimer required, D = disclaimer in the text, N = kind null, O = official account,
b0 / bp / bd = bio none / plain / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import fold, mk, parse_gender

OUT = Path(__file__).resolve().parent / "casual.jsonl"
SEED = 20250311

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "es_ES", "uk_UA", "fil_PH"]
# "kids" is not a Faker locale: it draws from KID_FIRST (names common among US kids right now).
NAME_WEIGHTS = {"kids": 18, "en_US": 16, "es_MX": 12, "vi_VN": 5, "zh_CN": 4, "en_IN": 5, "pl_PL": 4,
                "fr_FR": 3, "de_DE": 3, "pt_BR": 5, "en_GB": 3, "it_IT": 3, "ja_JP": 3, "tr_TR": 3,
                "en_NG": 5, "es_ES": 2, "uk_UA": 2, "fil_PH": 2, "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR", "fil_PH"}

KID_FIRST = {
    "m": ["DeShawn", "Jayden", "Jaxon", "Mateo", "Kairo", "Amari", "Zion", "Khalil", "Brayden", "Kingston",
          "Malachi", "Ezekiel", "Tyrell", "Jamir", "Legend", "Bentley", "Kayden", "Santino", "Dominic",
          "Elijah", "Josiah", "Dariel", "Nasir", "Omari", "Ryder", "Cash", "Messiah", "Jace", "Ayden"],
    "f": ["Aaliyah", "Nevaeh", "Kaylee", "Ximena", "Imani", "Mia", "Zariyah", "Brielle", "Jayla", "Makayla",
          "Aubree", "Skylar", "Kehlani", "Harmony", "Genesis", "Paisley", "Amaya", "Nyla", "Journee",
          "Madison", "Camila", "Aliyah", "Kinsley", "Oakley", "Saniyah", "Londyn", "Milani", "Ariana"],
}
KID_LAST = ["Williams", "Jackson", "Johnson", "Brown", "Davis", "Robinson", "Washington", "Jenkins",
            "Rivera", "Torres", "Ramos", "Santiago", "Mitchell", "Coleman", "Simmons", "Wright", "Greene",
            "Harris", "Ortiz", "Castillo", "McCoy", "Fitzgerald", "O'Brien", "DeLuca", "Rossi", "Pierre",
            "Baptiste", "Mensah", "Okoro", "Hernández-Cruz", "St. Louis", "Van Dyke"]

NICKS = [("Deshawn", "Shawny"), ("Anthony", "Tony"), ("Alejandra", "Ale"), ("Jose Luis", "Pepe"),
         ("Katherine", "Katie"), ("William", "Billy"), ("Marcus", "Marky"), ("Ignacio", "Nacho"),
         ("Kimberly", "Kimmy"), ("Samantha", "Sammy"), ("Jeremiah", "Jay"), ("Rebecca", "Becca"),
         ("Adebayo", "Bayo"), ("Tran Bao", "Bobo"), ("Małgorzata", "Gosia"), ("Francesca", "Frankie"),
         ("Daniel", "Danny"), ("Victoria", "Tori"), ("Fernando", "Nando"), ("Christina", "Tina"),
         ("Abdulrahman", "Abdul"), ("Giovanni", "Gio"), ("Alexandria", "Lexi"), ("Jacqueline", "Jackie"),
         ("Oleksandr", "Sasha"), ("Dae-hyun", "Danny"), ("Ricardo", "Ricky"), ("Patricia", "Patty"),
         ("Gwendolyn", "Gwen"), ("Michael", "Mikey"), ("Rosalinda", "Linda"), ("Timothy", "Timmy"),
         ("Olamide", "Ola"), ("Eduardo", "Lalo"), ("Mariana", "Mari"), ("Nathaniel", "Nate")]

PETS = ["Oliver", "Charlie", "Gary", "Kevin", "Linda", "Doug", "Frank", "Stella", "Rosie", "Walter",
        "Barbara", "Milo", "Dave", "Teddy", "Lucy", "Benny", "Gus", "Karen", "Steve", "Denise", "Louie",
        "Penny", "Hank", "Marvin", "Gertrude", "Sophie", "Bruce", "Nancy", "Jerry", "Lola"]
PEOPLE_STREETS = ["Lincoln Ave", "Washington St", "Jefferson St", "MLK Blvd", "Hamilton Ave", "Kennedy Dr",
                  "Franklin St", "Roosevelt Rd", "Madison Ave", "Clinton St", "Adams St", "Grant Ave",
                  "Hudson St", "Livingston St", "Martin Luther King Jr Blvd", "Jackson Ave", "Van Buren St",
                  "Fulton Ave", "Church St", "Main St", "Liberty St", "Delafield St", "Schuyler Ave"]

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Spring", "Ridge", "Orchard", "Cedar", "Willow",
                "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine", "Cherry Hill"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "lane", "st", "road", "Terrace", "Way", "Pl", "ave"]

# Bios of personal accounts, tagged by role: (role, text, carries a disclaimer). Disclaimers in casual
# wording, and look-alikes that are NOT disclaimers ("my own boss", "views: route 9 sunrise").
BIOS = [
    ("bus", "bus driver 🚌 route 14 | my posts my opinions not the district's", True),
    ("bus", "driving big yellow since 2009 🚌 | personal page, not speaking for HVCSD", True),
    ("bus", "bus 22 🚌 | mom of 4 | Yankees til i die", False),
    ("bus", "views: route 9 sunrise every morning 🌅", False),
    ("cafe", "lunch lady 4 life 🍕 opinions r mine not my job's", True),
    ("cafe", "cafeteria mgr @ Maple Ridge | nothing on here is official district anything", True),
    ("cafe", "lunch lady 🍕 grandma 👵 dog mom 🐶", False),
    ("cafe", "HVCSD Food Services family since '98", False),
    ("cust", "night custodian @ hvhs 🧹 what i say is me talkin, not the school", True),
    ("cust", "custodian | fisherman | grill master 🔥", False),
    ("cust", "my own boss on weekends 😎", False),
    ("aide", "recess aide, whistle blower (literally) 😂 views my own", True),
    ("aide", "not my circus, not my monkeys 🐒 (except at recess)", False),
    ("aide", "lunch/recess monitor @ roosevelt 🛝 | mom | coffee", False),
    ("guard", "crossing guard 🚸 grandma x5 | speakin for myself only, not hvcsd", True),
    ("guard", "crossing guard 🚸 | Jesus | family | Giants", False),
    ("after", "after school group leader 🎨 | posts r personal, not from the district", True),
    ("after", "after school program 🎨⚽ | living my best life", False),
    ("sub", "sub teacher | coffee | all views my own lol", True),
    ("sub", "sub teacher by day, DJ by night 🎧", False),
    ("sub", "i own a lot of lanyards. that's it. that's the bio", False),
    ("elem", "2nd grade teacher 🍎 mama of 3 | opinions = mine, not my employer's", True),
    ("elem", "5th grade | Bluey fan | views expressed here r my own & not my school's", True),
    ("elem", "3rd grade teacher & professional glue stick finder", False),
    ("elem", "kinder teacher 🍎 my own classroom, my own glitter rules ✨", False),
    ("ms", "middle school math 📐 personal acct, dont @ the district", True),
    ("ms", "Maple Ridge MS 6th grade ELA 📚 | Swiftie 🫶", False),
    ("ms", "opinions? ask my wife 😂 | 7th grade sci", False),
]
ROLE_OF_VOICE = {"school bus driver": "bus", "cafeteria worker": "cafe", "school custodian": "cust",
                 "recess / lunch aide": "aide", "crossing guard": "guard", "after-school program staff": "after",
                 "substitute teacher": "sub", "elementary teacher": "elem", "middle school teacher": "ms"}
OFFICIAL_BIO = {
    "district transportation page": "Official page of the HVCSD Transportation Department 🚌",
    "district food services page": "Hudson Valley CSD Food & Nutrition Services 🍎 Official",
    "after-school program page": "Maple Ridge After School Program (HVCSD). Official page.",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    AREAS = ["845", "845", "845", "914", "518", "646", "347", "917"]
    PHONE_FORMATS = ["({a}) 555-{s}", "{a}-555-{s}", "{a}.555.{s}", "{a} 555 {s}", "{a}555{s}", "1{a}555{s}",
                     "555-{s}", "{a}-555-{s}"]
    EMAIL_DEFAULTS = ("mom", "family")
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "optonline.net"]
    DOB_YEARS = {"el": (2014, 2019), "ms": (2011, 2014)}
    DOB_DEFAULT = (2012, 2019)
    DOB_WORD_FORMATS = ["{month} {d}{suf}", "{monthlow} {d}", "{mon} {d}", "{m}/{d}"]
    DOB_FORMATS = ["{m}/{d}/{y}", "{m}/{d}/{yy:02d}", "{month} {d}, {y}", "{m:02d}/{d:02d}/{y}", "{monthlow} {d} {y}",
                   "{m}-{d}-{yy:02d}"]
    HOSTS = ["busgps.hvcsd.local", "nutrikids-pos.hvcsd.local", "timeclock.hvcsd.local", "routing01.hvcsd.local",
             "hvac-ctrl.maple.hvcsd.local", "cam-nvr.roosevelt.lan"]
    NICKS = NICKS
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself)\b", r"\b(she|her|hers|she's|herself)\b")
    FORMS = {**genlib.Filler.FORMS,
             "tag": lambda first, last, nick: re.sub(r"[\s\-']", "", first),
             "fulltag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first + last)}

    def _draw(self, loc: str, gender: str | None, latin: bool, kid: bool = False) -> tuple[str, str] | None:
        if loc == "kids":  # only for students (kid=True)
            if not kid:
                return None
            first = self.rng.choice(KID_FIRST[gender or self.rng.choice("mf")])
            last = self.rng.choice(KID_LAST) if self.rng.random() < 0.5 else self.fake["en_US"].last_name()
            if latin and not fold(last):
                return None
            return first, last
        return super()._draw(loc, gender, latin)

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        return self.person(gender, latin, kid=True)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}fam{r.randint(1, 9)}",
                f"{f}_{l}{r.randint(70, 99)}", f"{f}lovesbluey{r.randint(1, 9)}"]

    def addr(self) -> str:
        r = self.rng
        num = r.randint(2, 2899)
        base = r.choice(STREET_BASES + [self.surname()])
        s = f"{num} {base} {r.choice(STREET_SUFFIX)}"
        x = r.random()
        if x < 0.2:
            s += f" apt {r.randint(1, 6)}{r.choice('ABCD')}"
        elif x < 0.3:
            s += f" #{r.randint(2, 40)}"
        elif x < 0.45:
            s = f"{num} {r.choice(PEOPLE_STREETS)}"
        if r.random() < 0.25:
            s = s.lower()
        return s

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"hvcsd{r.randint(100, 999)}",
                         f"{r.choice(['Summer', 'Pizza', 'Bluey', 'Tacos', 'Yellow', 'Maple'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"Bus{r.randint(1, 58)}{r.choice(['!', 'rocks', ''])}",
                         f"{r.choice(['purple', 'nuggets', 'sunny', 'dragon'])}{r.choice(['cat', 'dog', 'moon'])}{r.randint(1, 999)}",
                         f"Welcome{r.randint(1, 12):02d}{r.choice(['*', '!', ''])}"])

    def codeword(self) -> str:
        r = self.rng
        return r.choice(["pineapple", "blue dolphin", "tacotuesday", "grandma rose", "sonic77", "purple moon",
                         "meatball", "rainbow fish", "yankees22", "bingo heeler", "cheeseburger", "starfish"])

    def ip(self) -> str:
        r = self.rng
        base = r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return r.choice([base, base, f"http://{base}/login", f"http://{base}:8080"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(10, 14)}",
                         f"{f}{r.choice(['_gamer', 'xo', '_art', '.dances', 'lol', '_bball'])}"])

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        if key != "street":
            return None
        streets = post.setdefault("streets", {})  # variant -> (street, as written); no street twice
        if var not in streets:
            choice = self.rng.choice([s for s in PEOPLE_STREETS if s not in {c for c, _ in streets.values()}])
            streets[var] = (choice, choice.lower() if self.rng.random() < 0.4 else choice)
        return streets[var][1]

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "codeword": lambda: mk(self.codeword(), "CREDENTIAL"),
            "pet": lambda: r.choice(PETS),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"{r.randint(100, 240)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:52", "7:05", "7:20", "7:40", "8:10", "8:35", "2:50", "3:05", "3:25", "3:40", "4:15"]),
            "money": lambda: r.choice(["$3.25", "$2.85", "$4.10", "$1.50", "$3.60", "$5.00"]),
            "neg": lambda: f"-${r.randint(6, 96)}.{r.choice(['00', '25', '40', '50', '75', '80'])}",
            "date": lambda: r.choice([f"{r.choice(['oct', 'nov', 'dec', 'jan', 'feb', 'march', 'april', 'may'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "845-555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
        }


SK: list[dict] = []
_voice = ["school staff"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", g: str = "") -> None:
    SK.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": _voice[0], "g": parse_gender(g)})


# ---------------------------------------------------------------------------------------------
# Skeletons. Each line hand-written for this slice; categories decided per skeleton.
# ---------------------------------------------------------------------------------------------
V("school bus driver")
P("shout out 2 my bus {bus} kids esp {s1.low} n {s2.low} for singing happy bday to me this morning 🎂🚌 i aint cryin u are")
P("route {bus} heads up: the light at {street} and {street.b} is broken again so we lose like 8 min every morning. be patient w me 🙏")
P("had to pull the bus over on {street} today bc {s1.low} and {s2.low} got into a full on fist fight in the back seat 😤 both written up, parents called. im too old for this", "DISCIPLINE", g="s1=m s2=m")
P("omg {s1.low} told me her cat is named Steve and her other cat is ALSO named Steve. two steves. bus {bus} is the best bus fr", g="s1=f")
P("13 yrs driving for this district and they STILL cant get us heaters that work in january 🥶 my hands r ice. fix the buses hvcsd", flags="R")
P("to the white suv who blew past my stop arm on {street} at {time} this morning. i got ur plate. the sheriff has ur plate. there are BABIES on this bus 😡😡")
P("{s1}'s mom asked me to put this out there, she lost her phone on the bus friday. if u found it call her husband at {phone} 🙏")
P("nobody was at the stop for {s1.low} AGAIN so he rode back to the depot w me. 3rd time this month. office called cps this time. baby just ate my goldfish crackers and watched bluey on my phone 💔", "FAMILY", g="s1=m")
P("the kindergartners on my bus held an election. Bluey beat Paw Patrol 11 to 4 and Bingo got 2 write ins. democracy is alive 🐶🗳️")
P("{s1.full} u left ur trumpet on my bus AGAIN 🎺 its at the depot w ms {t1} in dispatch. third time kid. THIRD")
P("driver appreciation day and my kids gave me a card signed by the whole bus. {s1.low} drew me as Mario driving a go kart 😂🍄 framing it")
P("this job is underpaid and everybody knows it. split shift, no benefits for 2 yrs, and we're the first grownup these kids see every morning. pay ur drivers!! (speakin for myself here not the district)", flags="R D")
P("anybody wanna pick up a sub route?? we're short 11 drivers and its showing. kids waiting 30 min in the cold is not ok", flags="R")
P("{s1.low} has a bee sting allergy n her epipen is in the side pocket of her purple backpack. any sub on route {bus} PLEASE know this 🐝💉", "HEALTH", g="s1=f")
P("fight on bus {bus} this afternoon. nobody hurt, admin is handling it. thats all im saying so dont ask me 🤐")
P("the way {s1.low} (1st grade) says 'good morning mister bus' every single day... i would take a bullet for this child 🥹")
P("pre trip inspection at 5:40am in the pitch dark w a flashlight in my teeth. living the dream ✨🔦", flags="R")
P("my grandson {kid} rides a bus down in kingston and says his driver is a grump lol. come ride w grandpa buddy 😂", g="kid=m")
P("{s1.low} has told me her birthday is {dob.word} every day for 2 weeks straight 😂 ok OK we'll sing", g="s1=f")
P("dispatch PLEASE fix the tablet. route {bus} still has me stopping at a house that got torn down in june 😑", flags="R")
P("not stopping at ur driveway. there is a stop. it is 200 feet away. ur kid has legs. i love u but no 🚶", flags="R")
P("ms {t1} from the transportation office is retiring after 31 yrs 😭 bus garage wont be the same. potluck friday, bring the good mac n cheese")
P("{s1.low} n {s2.low} are sitting apart from now on. assigned seats for EVERYONE on bus {bus} after todays spitball war. yall did this to yourselves", "DISCIPLINE")
P("my dog {pet} rides shotgun on the saturday charter runs (NOT the school runs relax 😂) he thinks hes the driver")
P("a kid on my bus told me Taylor Swift is gonna be his wife when he grows up. buddy ur 7. also she's engaged 💍")
P("pulled into the lot at roosevelt and the pta had coffee n donuts waiting for every driver ☕🍩 yall dont know what that means to us")
P("radio this morning: 'route 22 theres a deer in the road' ... 'route 22 IS the deer' 😂 i love my dispatch ladies")
P("{s1.low}'s dad is NOT allowed to take her off the bus, theres an order of protection. subs PLEASE check the binder before u let her off at the stop", "FAMILY", g="s1=f")
P("{s1.up} FINALLY TIED HIS OWN SHOES ON MY BUS after 3 weeks of practice 👟👟 the whole bus clapped", g="s1=m")
P("snow day?? my bus says no. the superintendent says ... we'll find out at 5am like everybody else ❄️🥶")
P("ice on {street} is BAD this morning. route {bus} running 10-15 late, im not rushing w 40 kids on board. be safe yall")
P("{s1.low} told the whole bus their mom is having twins and mom has NOT told anybody yet 😭 sorry mama, 40 kids know now", "HEALTH")
P("pls dont give ur kids my cell for bus stuff. call dispatch thru the district office {pubphone.dist}. i cant be texting behind the wheel of a 40 ft bus 🙄")
P("seat belts on every school bus. it should be the law. fight me. my views not the district's 🙃", flags="R D")
P("bus {bus} did a full karaoke of Golden from KPop Demon Hunters on the way home and i did NOT stop them 🎤🎶")
P("{s1.lowfull} u owe me a rematch in rock paper scissors. 4-3 isnt over til i say its over ✂️")
P("got the ok from mom to post: my bus rider {s1.full} made honor roll!!! told u ur smart kid 🎉")
P("the new GPS system logs me into {host} every morning and it takes 6 minutes to boot. 6 MINUTES. i have kids waiting", "SECURITY", flags="R")
P("bus garage wifi went out again, the password is {wifi} if the sub drivers need it for the tablets. don't share it outside the garage", "SECURITY")
P("first week back and i already know who sleeps (everyone), who sings (everyone), and who eats hot cheetos at 7am (also everyone) 🔥")
P("{s1.low} said 'ur the only grownup who says my name right' and honestly i had to pull it together at the next light 🥺")
P("kid on my bus threw up on the route today and the whole bus screamed like it was a horror movie. it wasnt that bad. ok it was bad")
P("{s1}'s auntie if u see this, call me about the pickup change, my cell is {myphone}. thank u!!")
P("PSA: if ur bus is late its not the driver, its the 9 open routes we're covering by doubling up. please be kind to us", flags="R")
P("my wife {a1.low} says i talk about my bus kids more than our own kids. she's not wrong 😂 she's not wrong", g="a1=f")
P("{s1.low} and {s2.low} found out they have the same birthday and now they think they're twins. they are not twins. one is blonde")
P("last day of the school yr and {s1.low} gave me a thank u card that said 'ur the best bus driver in the hole world' 😭 'hole' and all, keeping it forever")
P("every year somebody asks why bus drivers wave at each other. it's a secret club. u have to drive 10 yrs to get the wave 👋🚌")
P("{s1.low} in seat 12 reading Dog Man to the kindergartners behind him every afternoon. this is why i do this 📖🐶", flags="R")
P("to whoever keeps posting that the buses are 'always late' in the hvcsd parents group: we are 11 drivers short. come apply. i'll train u myself", flags="R")
V("cafeteria worker")
P("taco tuesday hit different today 🌮 we served 612 kids in 3 lunches and ran outta sour cream at 12:04. RIP sour cream")
P("{s1.low} ur lunch pin is {pin}, stop telling me its 'the one with the 7 in it' 😂😂")
P("{s1.low}'s account is at {neg} again and i slid her a tray anyway. idc what the policy says no kid goes hungry on my line", "FAMILY", flags="R", g="s1=f")
P("lunch debt is a choice the grownups make. feed the kids. ALL of them. every day. #universalmeals", flags="R")
P("new kid w a severe dairy allergy, {s1.full}, epipen is in the nurse's office and her tray gets a red sticker. all lunch staff read the binder pls", "HEALTH", g="s1=f")
P("peanut free table is back by the windows this year!! remind ur kids 🥜🚫")
P("{s1.low} asked for extra pickles n said 'u are my favorite lunch lady' so yes baby, extra pickles forever 🥒💛")
P("did everybody get the new menu from food services?? fish sticks 3 times in one week?? who approved this 😭", flags="R")
P("my cat {pet} thinks my work shoes are his bed now. they smell like tater tots so honestly i get it 🐱")
P("{s1.low} n {s2.low} traded sandwiches and found out they both been lied to about whats in them. it was tuna. it's always tuna 😂")
P("a kid punched another kid over the last chocolate milk today. 4th lunch was WILDIN. no names but wow")
P("if ur kid's lunch account is negative u got a robocall. we cant waive it at the register, pls call food service not the cafeteria 🙏")
P("the free lunch form is like 4 pages and {s1.low}'s mom doesnt read english. i helped her fill it out on my break. praying they qualify 🙏", "FAMILY")
P("pizza friday + rain = indoor recess in the cafe = the noise level of a jet engine ✈️🍕")
P("{s1.nick} has been coming thru my line w no money and no lunch from home for 2 weeks. talked to the counselor, something going on at home 😔", "FAMILY")
P("nurse {t1} sent down the new allergy list and its 3 pages this year. whole crew studying it tonight 📋")
P("happy lunch hero day to my crew!!! {a1.low}, {a2.low}, {a3.low} and big mike on the dish machine 💛 we the real mvps")
P("kids keep asking if the mac n cheese is from a box. it is NOT. it's my grandma's recipe and food services approved it 😤")
P("{s1.low} drew me Pete the Cat wearing a hairnet 😭😭 its on my fridge now next to my grandbabies")
P("pin {pin} belongs to somebody who left their tray AND their retainer on table 6. come see me 🦷")
P("we feed kids breakfast AND lunch for less than a happy meal and people still say school food is garbage. come work one shift 🙄", flags="R")
P("not ONE tray thrown today. 4th grade lunch i see u growing up 🥹")
P("{s1.low} in 2nd lunch is on the no nuts list but his mom keeps packing pb&j 😩 called the nurse again", "HEALTH", g="s1=m")
P("the new payment portal is a disaster. parents cant see balances so they call US. food service office is {pubphone.dist}, not the kitchen lol", flags="R")
P("lunch numbers are on the back of the kids' id cards for a reason!! help them memorize pls 🙏 the line is 200 deep")
P("{s1.low}'s lunch pin was her birthday, {dob}. we changed it today. parents PLEASE dont do that 😬", flags="R", g="s1=f")
P("shoutout to Sprout Creek Farm for the apples this week 🍎 kids went crazy for the honeycrisps")
P("my feet after 6 hrs on concrete 🦶🦶 somebody send a foot massage to the maple ridge kitchen")
P("{s1.lowfull} ate 4 servings of broccoli today. FOUR. i need to meet whoever is raising this child 🥦")
P("whoever decided the cafeteria staff dont get a snow day bonus like the teachers... we were here at 6am shoveling too 😑", flags="R")
P("reminder from ur lunch lady: if ur kid says the chicken is 'mid' that means its good. i asked 😂")
P("balance for {s1.full} is {neg}, lunch # {pin}. mom if ur reading this we need a payment by friday or its the cheese sandwich 😞", "FAMILY")
P("somebody asked me what Skibidi means and i said 'its a toilet' and the whole table lost it 🚽")
P("my daughter {kid.low} is in the culinary program at her high school up in albany and texted me 'mom how do i cook rice for 300'. that's my girl 👩‍🍳", g="kid=f")
P("cafeteria crew bowling night!!! {a1} bowled a 212 and wont shut up about it 🎳", g="a1=f")
P("the kid who said thank you to every single lunch lady today… ur mama raised u RIGHT 👏")
P("{s1.low} cried bc her banana had a bruise so i gave her the best banana in the building. she's 6. its a big deal 🍌")
P("honestly the breakfast program is the most important thing this district does and nobody talks about it. 400 kids fed before 8am. mine own opinion not hvcsd's 💯", flags="R D")
P("food services sent the allergy binder update, {s1.full} now has a sesame allergy on top of the egg one. epipen x2 in the office", "HEALTH")
P("lunch lines are 7 min faster since we moved the milk cooler. small wins 🥛")
V("school custodian")
P("found in the boys bathroom today: a whole rotisserie chicken. no notes. no questions. 🐔")
P("alarm code got changed today, new one is {code}. night crew text me if it dont work", "SECURITY")
P("stripped n waxed the whole 2nd floor hallway at roosevelt this weekend. shines like Mario's star 🌟 WIPE UR FEET")
P("{s1.low} in room {room} helped me stack chairs every day this week without being asked. that kid is gonna run the world one day")
P("custodians r not 'just the janitor.' we're plumbers electricians movers snow plows and therapists. pay us like it. (views r my own not hvcsd's)", flags="R D")
P("somebody flushed an entire Elsa doll in the 1st grade bathroom. she's free now ❄️ let it gooooo")
P("night shift w my buddy {a1.low}. we ate pizza in the gym and watched the Knicks lose on his phone 🏀😩", g="a1=m")
P("snow removal started at 3am. walkways at 25 academy st are salted. drive safe everybody 🧂❄️")
P("camera on the back lot at hillside has been dead for a month and the loading dock door gets propped with a brick every morning. anybody could walk in. nobody cares til something happens 🤦", "SECURITY", flags="R")
P("a 2nd grader asked if i live at the school. i said yes. {s1.low} now brings me a cheez it every day as 'rent' 🧀")
P("cleaned up after a kid got sick in the hallway today. its part of the job. dont @ me")
P("summer deep clean day 14: found 46 pencils under ONE radiator ✏️ forty. six.")
P("{s1.full} threw a chair at the cafe door today and cracked the glass. had to board it up. principal {t1} is handling it", "DISCIPLINE")
P("mr {t1} our head custodian is out on surgery leave for 6 wks so nights are 2 guys short. pray for us lol", "PERSONNEL")
P("the new support staff contract is a slap in the face. 2% raise with insurance going up 6%. do the math", flags="R")
P("love when the kids leave me notes on the whiteboard. today: 'thank u mr custodian ur a hero' with a drawing of Sonic 🦔💙")
P("boiler room keypad is {code} for the weekend guys, delete this after", "SECURITY")
P("my wife {a1.low} packs me a lunch w a note every night shift for 22 years. still got it 💕", g="a1=f")
P("gym floor refinish is done!!! stay off til monday or i will find u 😤🏀")
P("the way teachers leave their rooms on friday tells me everything. mrs {t1} in 204? spotless. we love u mrs {t1}")
P("{s1.low} and {s2.low} caught writing on the bathroom stall again. 3rd time this month. they're scrubbing it w me at lunch tmrw 🧽", "DISCIPLINE")
P("hvac controller for the whole wing lives at {ip} and it still has the factory default login on it. told IT twice. not my problem anymore 🤷", "SECURITY", flags="R")
P("30 yrs in this building. i cleaned up after the kids whose kids i clean up after now. wild")
P("who keeps putting gum under the library tables. i know its a 5th grader. i will find u. i have all summer")
P("shout out 2 principal {t1.low} for helping us stack 400 chairs after the concert. boss moves 💪")
P("district wants us to clean 3 more classrooms per shift w the same hours. something gotta give and its gonna be our backs", flags="R")
P("{s1.low} (4th grade) asked if he could be a custodian when he grows up. told him the pay is bad but the stories are great 😂", flags="R", g="s1=m")
P("lost n found table: 31 hoodies, 9 lunchboxes, 1 tuba. tuba owner u know who u are 🎺")
P("the master key ring is on the hook behind my desk and the closet code is {code}, night guy if ur reading this", "SECURITY")
P("somebody in 3rd grade made a sign for my closet that says 'MAGIC ROOM DO NOT ENTER'. it's the mop closet. it is magic tho ✨🧹")

V("recess / lunch aide")
P("recess report: {s1.low} won tetherball 9 games straight and retired undefeated 🏆 hanging up the jersey")
P("four square drama at recess today was worse than real housewives. {s1.low} called 'bus stop' and the whole game collapsed 😭")
P("i have never seen a grown woman (me) lose a game of tag to a kindergartner this fast. {s1.low} is built different 🏃‍♂️💨", g="s1=m")
P("{s1.low} fell off the monkey bars and broke her arm, nurse called 911 and mom met them at the ER. my heart 💔", "HEALTH", g="s1=f")
P("indoor recess day 3. if i hear the Skibidi song one more time im walking into the ocean 🌊")
P("{s1.low} n {s2.low} got into it over a kickball call and {s1.low} bit him. both went to the office and {s1.low} got sent home. recess was NOT the vibe", "DISCIPLINE", g="s2=m")
P("lunch aides make $15.50 an hr to watch 200 kids at once. teachers get a para, we get a whistle. just saying (my opinion not the districts)", flags="R D")
P("shoutout coach {t1} for lending us the new playground balls ⚽🏀 kids think its christmas")
P("a 1st grader told me my whistle sounds 'like a sad bird'. fair honestly 🐦")
P("{s1.low} has been sitting alone at recess all week so i sat w him today and we talked Minecraft for 20 min. he's got a lot to say about creepers 💚", g="s1=m")
P("reminder to the recess crew: kids with epipens, their med bags come OUT with us. no exceptions. we check every single day")
P("{s1.low}'s inhaler lives in MY fanny pack at recess now per the nurse 🫁 asthma + january air = no joke", "HEALTH")
P("{s1.low} told me her grandma is Elsa. her grandma is in fact named Elsa. both things can be true ❄️", g="s1=f")
P("gaga ball should be an olympic sport. the 4th graders at hillside would take gold 🥇")
P("recess is the only part of the day some of these kids get to breathe and people want to cut it for test prep?? absolutely not", flags="R")
P("{s1.lowfull} swore to me a bee 'looked at him wrong'. he has never been more serious about anything 🐝", g="s1=m")
P("we got new swings!!! the line for the swings is longer than the lunch line now. worth it 🛝")
P("{s1.low} punched {s2.low} in the face at recess over a Pokemon card 😤 nose bleed, ice pack, office, the whole thing. holo charizard ruins lives", "DISCIPLINE HEALTH")
P("lunch duty hack: if u say 'whoever cleans up fastest gets to pick the music' the table is SPOTLESS in 30 sec 🎶")
P("{s1.low} and {s2.low} planned a wedding at recess. {s3.low} was the flower girl. {s4.low} officiated. i was the DJ apparently 💒")
P("is it just me or do the 5th graders get taller every week. one of them called me 'shorty' today. i'm 5'2 and a grown woman")
P("a kid at my table asked if Greg Heffley is real. told him Jeff Kinney made him up and he looked betrayed 📓")
P("{s1.low} eats her sandwich in exactly 4 bites every day like its a competition. nobody has challenged her. nobody will 🥪")
P("recess in 19 degrees because 'the feels like is above 15'. whoever made that rule come stand out here w us 🥶", flags="R")
P("{s1.low} cut the line at the water fountain and said 'i have a reservation.' diplomat energy")
P("{s1.nicklow} gets a 5 min movement break every hour per the plan, so if u see that kid walking laps at lunch that's why. leave em be 🚶", "SPECIAL_EDUCATION")
P("whoever taught the 2nd graders the Macarena, u ruined lunch duty in the best way 💃")
P("{s1.low} hasnt eaten lunch in 3 days and told me its bc 'theres no food at home till friday'. went straight to the social worker 😔", "FAMILY")
P("we do a kindness jar at lunch and {s1.low} has filled it 4 times this month. 4!! this kid 🫶")
P("the lunch aide breakroom is a closet with a microwave from 1997 and i love every lady in it 💛 {a1.low} and {a2.low} u make my day")
P("kids at table 3 argued for 20 min about whether a hot dog is a sandwich. {s1.low} said its a taco. no further questions")
V("crossing guard")
P("17 yrs on the corner of {street} and main. the kids i crossed in 2008 are crossing their OWN kids now 🥹🚸")
P("to the lady in the red jeep on {street}: when i hold up the STOP sign it means STOP. not 'gun it.' 😡🛑")
P("{s1.low} high fives me every single morning and today he said 'ur my best friend mr guard.' ok im done, going home", g="s1=m")
P("the town needs a real light at {street} & {street.b}. ive almost been clipped 3 times this yr. speaking for myself not the school district", flags="R D")
P("{s1.low}'s mom hasnt met her at the corner in 3 days, she's walking home alone to {addr}. called the school, they're on it 😟", "FAMILY", g="s1=f")
P("rain, sleet, AND the leaf blower guy. crossing guard triathlon complete ☔🍂")
P("my dog {pet} came to the corner with me on my day off and now every kid on {street} knows {pet} by name 🐕")
P("{s1} and {s2} crossed holding hands with their little brother today and my heart exploded 💕")
P("crossing guards get paid for 2 hrs a day and stand in whatever weather god sends. still, the 'good morning!!' is worth more than the check", flags="R")
P("got my 20 yr pin from the town today 🏅 and {s1.low} made me a sign that said CROSSING GUARD OF THE YEAR in purple marker")
P("slow down on {street} ppl!! school zone is 20. i dont care how late u are for work 🐢")
P("every morning {s1.low} yells 'GOOD MORNING SIR' like a tiny general and salutes. i salute back. it's our thing 🫡")
P("new vest came in!! hi vis yellow w reflective stripes. i look like a highlighter and i feel fabulous 💛")
P("hey {street} parents, the corner by the church is getting repaved next week so i'll be one block up by the pharmacy 🚧")
P("{s1.low} showed me his lost tooth at the crosswalk today holding it like a diamond 🦷✨ tooth fairy better pay up", g="s1=m")
P("the car line at hillside is the purge every afternoon. people, the kids are RIGHT THERE. 📵", flags="R")
P("{s1.low} and her grandma walk by every day at {time} on the dot. grandma brings me a coffee on fridays ☕ those two 💛", g="s1=f")
P("my grandbaby {kid.low} started kindergarten in poughkeepsie today 🎒 she told her teacher her grandma is 'the stop sign lady' lol", g="kid=f")
P("a teenager in a civic rolled down his window and said 'thank u for ur service' and honestly? i'll take it 🫡")
P("{s1.low}'s dad and the new boyfriend got into it right at my corner at pickup today over who's taking him. police came. that baby just stood there 😢", "FAMILY", g="s1=m")
P("sun in my eyes, coffee in my hand, Jesus in my heart, STOP sign in my other hand. let's go monday ☀️")
P("the best part of this gig: {s1.low} gave me a rock she painted like a ladybug 🐞 its on my dashboard", flags="R")
P("the town cut us to 3 guards for 4 schools. somebody's corner is gonna be empty and its gonna be a tragedy. call ur council ppl", flags="R")

V("after-school program staff")
P("aftercare pickup is 6pm. it is 6:52. i am still here w {s1.low} and nobody is answering any of the numbers. 4th time this month 😔", "FAMILY")
P("ONLY people on the pickup list can take kids from program. {s1.low}'s aunt showed up today, not on the list bc of the custody order, and got mad at ME. rules r rules", "FAMILY")
P("slime day at after school 🟢 we went thru 9 bottles of glue and {s1.low} got it in her hair TWICE", g="s1=f")
P("we built a lego city in the gym and {s1.low} made a Mario castle with a working drawbridge. engineer in training 🏰🧱")
P("homework help hour: {s1.low} is reading 2 grades below where he should be and its rough watching him struggle thru the worksheets. we practice every day 📚", "ACADEMIC", g="s1=m")
P("after school staff need real training for behavior stuff. we get these kids at their most tired and hungry and get zero support. not the district's opinion obviously, mine 🙃", flags="R D")
P("program parents, if ur number changed PLEASE update it w us. had to call {s1.low}'s emergency contact today and it was disconnected 📵")
P("{s1.low}'s mom, this is ur reminder the aftercare balance is $340 overdue. please call me {myphone} so we can work something out", "FAMILY")
P("friday movie vote: the Minecraft movie beat Bluey 14-12. CHICKEN JOCKEY 🐔🐔 the gym shook")
P("pickup code word for {s1.low} this month is '{codeword}', dad don't forget it this time 🙏")
P("garden club harvested 23 tomatoes and 1 very sad pumpkin 🍅🎃 we're proud of the pumpkin anyway")
P("we're hiring!! after school group leaders $17/hr, 2:45 to 6pm mon-fri. dm me or apply on the district site 🙌")
P("{s1.low} has an IEP and a 1:1 aide all day but at aftercare it's just me and 24 kids. how is that fair to him or anybody else", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1.low} and {s2.low} choreographed a whole dance to Espresso by Sabrina Carpenter and performed it for pickup. parents were SCREAMING ☕💃")
P("bracelet making day!! {s1.low} made one for every staff member with our names spelled wrong and i will wear mine forever 📿")
P("snack today was goldfish and apple slices and {s1.low} said 'this is the best restaurant' 🥹 5 stars")
P("after school program numbers are up to 86 kids this year at maple ridge and we have 5 staff. math isnt mathing", flags="R")
P("{s1.full} won our chess tournament beating 3 fifth graders. she's in 2nd grade 👑♟️", g="s1=f")
P("to the parent who sent in homemade empanadas for staff appreciation. we ate all of them in 4 min. thank u forever 🥟")
P("{s1.low}'s dad called to say she's staying w grandma on weekdays now since the eviction, so grandma {a1} does pickup. updating the card tonight", "FAMILY", g="s1=f a1=f")
P("dodgeball is back and honestly the 5th graders have gotten TOO good. {s1.low} has an arm like Aaron Judge ⚾")
P("kids made get well cards for mr {t1} who's out after his knee surgery 💌 come back soon we miss u", "PERSONNEL")
P("pickup binder says {s1.low} can ONLY go home w mom, {phone}. dad has supervised visits only. new staff read the binder!!!!", "FAMILY")
P("rainy day = 40 kids in a multipurpose room doing Just Dance. i burned 900 calories watching")
P("first day of aftercare and {s1.low} asked me if i was 'the babysitter of the whole school'. yes, kinda 😂")
P("shout out to {a1.low} my co-leader who turned a cardboard box into a full Bluey house in 15 min. give her a raise 🏠🐶", g="a1=f")
P("the district cut our art supply budget in half and then asked why the kids are 'bored in program'. hmm i wonder", flags="R")
P("{s1.low} told me his cat is named Jeffrey and his dog is named Also Jeffrey. iconic naming 🐱🐶", g="s1=m")
P("staff wifi at the program building is '{wifi}' if ur the sub tomorrow, its on the back of the sign in sheet too", "SECURITY")
P("{s1.low} gets ritalin at 3:30 from the nurse before she leaves, make sure its in the lockbox if u close. the key is under the tissue box", "HEALTH")
P("talent show rehearsal: {s1.low} is doing a yo-yo routine, {s2.low} is reciting the whole Green Eggs and Ham, and {s3.low} is 'just going to vibe'. can't wait")
V("substitute teacher")
P("sub day 3 in 5th grade. {s1.low} tried to tell me their teacher lets them watch youtube ALL day. nice try kid 😂")
P("subbing pays $120 a day w no benefits in this district. the grocery store pays more. just saying. views are my own", flags="R D")
P("the sub plans said 'the kids know the routine.' the kids did NOT know the routine 🫠")
P("note taped to the desk for tmrw's sub: {s1.low}'s mom says call her at {phone} if he gets upset. putting it here too bc i lose sticky notes", g="s1=m")
P("left the wifi login on a sticky for the next sub: HVCSD-Staff / {wifi}. ur welcome 🫡", "SECURITY")
P("long term sub for mrs {t1} who's on maternity leave til march!! 2nd grade we're gonna have a great year 💛", "PERSONNEL")
P("subbed 8th grade today and a kid called me 'unc.' i'm 29. i'm going to bed")
P("{s1.full} was the only kid who actually did the worksheet so she gets a shoutout on my personal page. ur a real one", g="s1=f")
P("if teachers could leave ONE thing in the sub folder it's a seating chart. please. i cannot call 27 kids 'buddy' for 6 hours", flags="R")
P("got called at 6:10am for a gym sub. played capture the flag for 6 hours. best day of my career 🏳️")
P("subbed at roosevelt and {s1.low} cried all morning bc his parents are splitting up and dad moved out this weekend. gave him extra recess. poor guy", "FAMILY", g="s1=m")
P("{s1.low} in 6th period drew me as Rodrick from Diary of a Wimpy Kid. i accept this 🥁")
P("the sub caller app pinged me at 5:02am. i said yes before i opened my eyes. who am i")
P("kids will absolutely tell the sub that the class pet is named after them. {s1.low} said the hamster is 'officially' {s1.low} junior 🐹")
P("ms {t1}'s class was an angel today. 4th grade at hillside ur welcome to have me back anytime 😇")
P("sub tip: the 'do not let {s1.low} sit next to {s2.low}' note is always there for a reason. learned that one the hard way")
P("middle school sub day. the word of the day was 'rizz' and i was told i have 'none'. devastated 😔")
P("subbed for mr {t1} and found out the whole class has the same birthday week lol. jk it was just {s1.low} lying to get a cupcake 🧁")
P("i love subbing but the district needs to stop calling us 'guest teachers' and start paying us like teachers 🤷‍♀️ #myopinion #notHVCSDs", flags="R D")
P("{s1.low}'s teacher left a note: 'he might say he has a stomach ache. he does not.' he said it at 9:04. 😂", g="s1=m")
P("subbing kindergarten is like herding cats that also want hugs. exhausted. happy. exhausted")
P("sub lunch today: vending machine pretzels and a granola bar from a 2nd grader named {s1.low} who 'felt bad for me' 🥨 generosity king", g="s1=m")
P("{s1.up} SAT IN HIS SEAT THE ENTIRE DAY. teacher said to tell her if that happened bc its the first time since september. progress!!", g="s1=m")
P("did a half day at maple ridge and the teacher left the class roster w everyone's student ids on the desk. {s1.full} {sid}... yeah im not leaving that out for the next sub 😬")
P("nobody told me that subbing means knowing zero names and all the fire drill routes. fire drill at 10:15 and i followed a 3rd grader out like a lost duck 🦆")
P("{s1} {s2.init} and {s3.lastinit} ran my whole class today tbh. tiny substitute teachers")

V("elementary teacher")
P("omg {s1.low} said the funniest thing today. asked what i did this weekend and before i could answer said 'do u just sleep at the school'")
P("{s1.low}'s reading screener came back at level D, mid year 2nd grade should be J. putting in the referral for eval tmrw 😕", "ACADEMIC SPECIAL_EDUCATION")
P("bluey is the best parenting show on tv and i will die on this hill. bandit heeler for president 🐶🇺🇸")
P("my daughter {kid.low} (8th grade at our lady of lourdes) made the honor choir!! 🎶 mama is SO proud", g="kid=f")
P("pete the cat read aloud + groovy buttons craft today and {s1.low} sang 'my buttons my buttons' for 2 hours straight 🐱🔘")
P("friendly reminder that teachers dont get paid in the summer we get paid LESS all year and spread it out. ok rant over ☀️", flags="R")
P("{s1.low} brought in a class pet application for her gecko. it was 3 pages. it had references 🦎📄", g="s1=f")
P("this is ur sign to buy ur kids teacher a coffee this week. the mood in the building is... a lot ☕", flags="R")
P("{s1.low} came back from the weekend with a black eye and wont say what happened. made the call to cps like we're supposed to. hate this part", "FAMILY HEALTH", flags="R")
P("book fair this week!!! the Dog Man display is already half empty and its tuesday 📚🐶 Dav Pilkey u genius")
P("a 1st grader told me i look like 'Elsa but tired' and honestly that is the most accurate thing anyone has ever said about me ❄️😴")
P("my husband {a1.low} built me a classroom library shelf out of pallets and i married the right one 🪵💕", g="a1=m")
P("{s1.lowfull} got student of the month and his little brother in kindergarten clapped so hard he fell off the bench 😂🏅", g="s1=m")
P("IEP season has me drowning in paperwork but im fine. im totally fine. 😵‍💫", flags="R")
P("today we learned about MLK and {s1.low} said 'so he was like a superhero but real.' yeah buddy. exactly 💛")
P("{s1.low} has a 504 for anxiety and the fire drill today really got her. we sat in the hallway breathing together for 10 min after 💙", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("classroom wishlist is up!!! glue sticks, clorox wipes, and a will to live. link in bio 🛒")
P("the state test this year is 3 days of testing for 9 year olds. NINE. this is not education, its a data grab", flags="R")
P("{s1.low} asked me if Harriet Tubman and Taylor Swift were friends. no baby. but what a collab that would be 😂")
P("{s1.low} and {s2.low} are moving to texas at the end of the month and i'm not ok 😭 room {room} won't be the same")
P("happy birthday to my kiddo {s1.low}!!! born {dob.el} and already bossing me around 🎂", g="s1=m")
P("{s1.low}'s mom is in the hospital and dad works nights so the kids are w neighbors this week. sending them home w extra snacks", "FAMILY HEALTH")
P("my classroom smells like crayons and wet socks and i wouldn't have it any other way 🖍️🧦")
P("our new principal walked the car line in the rain holding an umbrella over the kindergartners. ok i like her ☔", flags="R")
P("{s1.low} read her first chapter book all by herself today!!! Junie B. Jones, the whole thing, we had a dance party 📖💃", g="s1=f")
P("nobody in my family understands why i'm in bed at 8:45. teachers understand. 🛌")
P("{s1.low} got sent to the office for the 4th time this week and principal {t1} finally called a meeting with mom about a behavior plan", "DISCIPLINE")
P("5th grade graduation!!! congrats to {s1.full}, {s2.full}, and my whole crew. middle school better be ready 🎓")
P("the amount of kids w no winter coat this year is heartbreaking. coat drive at the front office, all sizes 🧥")
P("{s1.low} accidentally called me 'mom' today and then put his head down on the desk for 5 full minutes 😂 happens to the best of us", g="s1=m")
P("my son {kid.low} is in 4th grade in another district and his teacher just sent the nicest email. now i know how my parents feel 🥹", g="kid=m")
P("lost my voice. did the whole day with a bell and hand signals. {s1.low} said it was 'the best day ever' so. noted 🔔")
P("{s1.low} doesnt have a bed at home, sleeps on the couch w 3 siblings. social worker is trying to get them a bed donation. if anyone has a twin frame DM me", "FAMILY")
P("merging two 3rd grade classes with 29 kids and no aide bc they 'couldn't find a sub'. this is fine. everything is fine. 🔥", flags="R")
P("just a reminder that Dr. Seuss wrote Green Eggs and Ham using only 50 words. i use 50 words just to get them to line up")
P("{s1.low} made a card for Nurse {t1} that says 'thank u for the ice' bc she gives out ice for every injury real or imaginary 🧊")

V("middle school teacher")
P("6th graders discovered i like Taylor Swift and now every warm up has a TS reference. {s1.low} wrote 'Long Story Short' on the math quiz. dead 💀")
P("{s1.low} got caught vaping in the 8th grade bathroom again, 3 day suspension. he's 13. this is everywhere and nobody knows what to do", "DISCIPLINE", flags="R", g="s1=m")
P("middle schoolers are the funniest ppl on earth and i will hear no arguments", flags="R")
P("{s1.low} told me she wants to be a WNBA player like Caitlin Clark and I believe her. kid hits from half court 🏀", g="s1=f")
P("7th grade science: we launched bottle rockets and {s1.low}'s went over the fence into the neighbor's pool 🚀💦 he is a legend now", g="s1=m")
P("the new cell phone policy is working?? kids are TALKING at lunch. actual words. i'm shook 📵 (my take, not the district's)", flags="R D")
P("{s1.low} is failing 3 classes and his mom thinks its bc the teachers 'dont like him'. ma'am he's turned in 2 assignments since october", "ACADEMIC", g="s1=m")
P("parent night tonight!!! 6 to 8 at maple ridge. come see the 8th grade science fair projects 🧪")
P("{s1.handle} if this is u commenting on my reel, get off instagram and do ur homework 😂📸")
P("{s1.low} had a panic attack in 4th period and we sat w the counselor for the rest of the block. please check on ur middle schoolers. they carry a lot", "HEALTH", flags="R")
P("hot take: 8th graders should get a recess. they need it more than anyone", flags="R")
P("#{s1.tag}Strong 💙 this girl came back to school after 3 weeks out and the whole team lined the hallway. not a dry eye", g="s1=f")
P("my co-teacher {a1} and i wore matching Bluey shirts and the 7th graders lost their minds. 'are u guys twins' no we're just unwell", g="a1=f")
P("{s1.low} in 2nd period just now: 'ms {t1.low}, Percy Jackson is my whole personality now.' good. mission accomplished ⚡")
P("ELA today: compare Greg Heffley to Holden Caulfield. some of them did not get the assignment. one of them did. it was beautiful")
P("{s1.low} and {s2.low} had a full fist fight in the hallway over a group chat screenshot. suspended, both of them, and the group chat is now 'evidence' 📱", "DISCIPLINE")
P("teaching in 2025: half the class is reading, a quarter is asking to go to the nurse, and one kid is doing the Fortnite dance. that kid is {s1.low}")
P("8th grade step up day!!! so proud of this crew. high school better be ready for these wild ones 🎓")
P("{s1.low}'s parents are getting deported and she's been living w her tia since july. we're doing everything we can. please don't ask me more", "FAMILY")
P("the science budget for my whole room this year is $150. i spent $200 at target already. and its october", flags="R")
P("someone asked if middle school teachers are ok. we are not. but we're having fun 🙃", flags="R")
P("{s1.low} has 4 zeros in my class and 3 in math but he made a 20 minute Minecraft doc about the Revolutionary War so we're working on it 😂", "ACADEMIC", g="s1=m")
V("district transportation page")
P("Route {bus} will run approximately 15 minutes late this morning due to a water main break on {street}. Thank you for your patience. 🚌", flags="O")
P("Welcome back, drivers! Annual safety training is Tuesday at 7:00 AM in the bus garage. Coffee and bagels provided ☕🥯", flags="O")
P("Congratulations to {s1.full}, winner of this year's Bus Safety Poster Contest! Her poster will ride on Bus {bus} all year 🎨🚌", flags="O", g="s1=f")
P("Reminder: questions about bus stops go to the Transportation Office through the district line at {pubphone.dist}. Drivers cannot change stops.", flags="O")
P("Please welcome our newest drivers, {a1} and {a2}! Give them a wave when you see them on routes {bus} and 31 👋", flags="O")
P("Late bus list for Thursday: {s1.full} (bus {bus}), {s2.full} (bus 31), {s3.full} (bus 7). Detention students report to room {room} first.", "DISCIPLINE", flags="O")

V("district food services page")
P("This week's menu: Monday chicken tenders, Tuesday tacos, Wednesday pasta bar, Thursday breakfast for lunch 🥞, Friday pizza. Milk options daily.", flags="O")
P("Lunch balances can be checked in the parent portal. Questions? Email info@hvcsd.org or call {pubphone.dist}. Free & reduced applications are open all year.", flags="O")
P("Shout out to {s1.full} from Hillside, who named our new veggie wrap 'The Green Machine' 🥬 Look for it on the menu next week!", flags="O")
P("Happy School Lunch Hero Day to the 58 food service staff who serve 4,100 meals a day across HVCSD 💛🍎", flags="O")
P("Parents: {s1.full} (account {pin}) has a negative balance of {neg}. Please add funds in the portal.", "FAMILY", flags="O")

V("after-school program page")
P("Aftercare registration for the spring session opens Monday! $85/week, 2:45-6:00 PM at Maple Ridge and Roosevelt. Scholarships available. 🎨⚽", flags="O")
P("Pickup reminder: only adults listed on your child's pickup card may sign them out, and photo ID is required every time. Thank you for keeping kids safe.", flags="O")
P("Our Lego Club built a 6-foot replica of the Empire State Building! Huge thanks to parent volunteer {a1.full} for donating 4,000 bricks 🧱🏙️", flags="O")
P("Winners of the Aftercare Talent Show: 1st place {s1.full}, 2nd {s2.full}, 3rd the entire 1st grade dance crew 💃🎤", flags="O")
P("Program closed Friday for the snowstorm. Stay warm, Falcons ❄️", flags="O")

V("community page / unknown")
P("anyone know why route {bus} hasnt come yet?? its {time} and we're freezing at the stop on {street} 🥶", flags="N")
P("PSA from a neighbor: the crossing guard on {street} has been there in the pouring rain every day this week. if u drive by, give her a wave 👋", flags="N")
P("does anybody have the number for the hvcsd transportation office?? found it nvm its the district line {pubphone.dist}", flags="N")
P("our bus driver mr {t1} just got engaged!!! the whole bus 19 group chat is losing it 💍", flags="N")
P("found a purple lunchbox w a Bluey sticker at the bus stop on {street}, name inside says {s1.full}. dm me!", flags="N", g="s1=f")
P("lost kid backpack at the park on {street}, has a tag that says {s1.full} room {room} and a lunch card w # {pin}. its at my house, come get it", flags="N")
P("attendance line is {attline}, stop calling the teachers cell phones people", flags="N")
P("school's out at 12 today for conferences dont forget to pick up ur kids 🏫", flags="N")

V("school bus driver")
P("i have now heard Baby Shark 4,000 times on this bus. if i hear it once more im turning this bus into a boat 🦈")
P("the sound of 40 kids going 'ooooo' when we drive over the big bump on {street}. never gets old. never 🚌")
P("seat 3 is {s1.low}'s seat. everyone on bus {bus} knows. a sub moved her once and there was a riot 😂", g="s1=f")
P("my 16th year. still get butterflies on the first day. 🦋🚌 let's go hvcsd")
P("{s1.low} and her grandpa wave from their porch every single morning even on days she's not riding 👋🥹", g="s1=f")
P("bus {bus} update: the back emergency door is sticking so im writing it up for the shop. taking the spare tmrw, same time same stops")
P("{s1.low} has a seizure plan on file w dispatch and i got trained on the rescue med today. u never want to use it but im ready", "HEALTH")
P("dear parents: the bus cannot wait for ur kid to finish breakfast. i love u. i have 14 more stops. 🥞", flags="R")

V("cafeteria worker")
P("today a kindergartner asked me if i'm the 'lunch mayor.' i have accepted the title 🎖️")
P("pasta bar day = my favorite day. the kids get to pick their sauce and they feel like royalty 🍝👑")
P("{s1.low} in 1st lunch is on free meals now but keeps trying to pay me w quarters he found. i just give em back. sweetest kid", "FAMILY", g="s1=m")
P("20 yrs in school kitchens and the thing that never changes is the joy on a kid's face on cookie day 🍪")
P("{s1.full} pin {pin}: ur card is at the register, u left it AGAIN 😂")

V("school custodian")
P("nothing like an empty building at 11pm with the floor buffer and some Springsteen on the radio 🎸🧹")
P("{s1.low} waved at me from the bus window every afternoon all year and today she gave me a card that said 'for the floor man'. framing it", g="s1=f")
P("set up 600 chairs for graduation. took them down. set them up again bc it rained. this is the job and i love it 🎓", flags="R")

V("recess / lunch aide")
P("it was so cold today that the kids voluntarily went inside early. a miracle. 🥶")
P("{s1.low} tried to trade me a Pokemon card for an extra 5 min of recess. i almost took it")
P("the recess aides at roosevelt are the backbone of that building and nobody will convince me otherwise 💪", flags="R")

V("substitute teacher")
P("sub life: u walk into a room and within 90 seconds you know exactly which 3 kids run it 👀")
P("subbed pre-k today and {s1.low} informed me 'we don't do that here' about 14 different things. noted ma'am", g="s1=f")

V("elementary teacher")
P("it's 9pm and im laminating and watching Bluey alone. no kids. just me. this is who i am now ✂️🐶")
P("{s1.low}'s grandma brought me tamales for the holidays and i will love this family for life 🫔❤️")
P("my own kids at home: 'mom can u help w my homework' me, after 7 hrs of helping 24 kids: 🫠")
P("{s1} asked why Abraham Lincoln wore a tall hat and honestly i dont know. anybody? 🎩")
P("teacher friends: what's your Friday treat? mine is a Dunkin iced coffee and not speaking for 1 hour ☕")
P("our class hamster {pet} escaped over the weekend and was found in the custodian's lunch box. {pet} is fine. the custodian is not.")
P("the Hillside 3rd grade team is the best team i've ever worked with and i'd fight anyone for them. {a1}, {a2}, {a3} 💛")

V("middle school teacher")
P("8th graders asked me to rate their fits. {s1.low} wore a full suit for no reason. 10/10 no notes 👔")
P("{s1.low}'s sister is in my class too and they both swear the other one took the charger. not touching this one ⚡")
P("fire drill at 9:02, lockdown drill at 11:15, indoor recess all day. the 7th graders are feral and honestly same")

# --- more sensitive posts, one voice at a time -------------------------------------------------
V("school bus driver")
P("{s1.low} got off at the wrong stop and walked to {addr} thinking it was grandmas. we found her in 10 min, she's fine, im not 😰", g="s1=f")
P("parents on route {bus}, new stop for the {s1.last} kids is in front of {addr}. starting monday 🚌")
P("{s1.low} is epileptic and the sub yesterday didnt know. PLEASE dispatch put it on the route sheet. his mom's cell is {phone} if anything happens", "HEALTH", flags="R", g="s1=m")
P("{s1.full} got into it with {s2.full} on the bus again and spit on her. third write up. principal says he's off the bus for 5 days", "DISCIPLINE", g="s1=m s2=f")
P("mom of {s1.low} wanted me to share her email for the carpool group since he's off my route now: {email}", g="s1=m")
P("{s1.low} cried the whole ride bc dad didnt show up for visitation again. i let her sit up front w me. some days its more than driving 💔", "FAMILY", g="s1=f")
P("bus {bus} camera caught {s1.low} and {s2.low} fighting, admin has the footage now. both suspended from the bus til friday", "DISCIPLINE")
P("{s1.low} forgot her insulin pump bag on my bus, i drove it back to the school on my break. nurse {t1} had a plan ready. team work 💪", "HEALTH", g="s1=f")
P("tried calling {s1.low}'s mom at {phone} 4 times bc nobody was at the stop. foster agency finally picked up. he's safe. i need a nap", "FAMILY", g="s1=m")
P("grandma of {s1.full} here's my number for the stop change {myphone}, text me when u get a chance 🙏")

V("cafeteria worker")
P("{s1.full} lunch pin {pin}, {s2.full} lunch pin {pin.b}. u two keep forgetting so now its on facebook lol")
P("{s1.low} asked me to hold her EpiPen during lunch bc 'ur the safest place'. baby it goes to the nurse but i love u 💉🥜", "HEALTH", g="s1=f")
P("{s1.low} n his brother are on reduced lunch now but they been owing {neg} since october. told the office to wipe it, not holding my breath", "FAMILY", flags="R", g="s1=m")
P("{s1.low}'s student id is {sid} if u sub in the cafeteria tmrw and he forgets his card, he always forgets his card 🙄", g="s1=m")
P("kid on my line today, {s1.low}, is celiac so NO bread, no nuggets, no pasta. gluten free tray in the blue cooler. tell the whole crew", "HEALTH")
P("{s1.low} threw his tray at {s2.low} and got lunch detention for the week. i had to mop sloppy joe off the ceiling. the CEILING", "DISCIPLINE", g="s1=m")
P("{s1.low}'s dad came in screaming at the register bc the account was {neg} and the kid got the alternate meal. ended with the SRO walking him out", "FAMILY")
P("for the new lunch lady: the register login is HVfood / {pw}, don't tell the kids 🤫", "SECURITY")

V("school custodian")
P("the wifi in the gym is {wifi} now, custodial closet code still {code}. night crew only pls", "SECURITY")
P("{s1.low} got caught trying to set the bathroom trash can on fire w a lighter. fire dept came, he's suspended. i'm done for the week", "DISCIPLINE", g="s1=m")
P("bus loop camera nvr is at {host} if the night guys need to pull footage. login is the same as the boiler room", "SECURITY")
P("{s1.low} keeps hiding in my closet during 3rd period. counselor says its a safety plan thing and hes allowed. door stays unlocked for him 💙", "HEALTH", g="s1=m")

V("recess / lunch aide")
P("{s1.low} stepped on a nail by the fence and needed a tetanus shot. fence is FINALLY getting fixed. took a kid getting hurt 🙄", "HEALTH", flags="R")
P("{s1.low} has a 1:1 aide but the aide was out today so guess who had her at recess. me. with 90 other kids 😩", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("{s1.low} n {s2.low} both got benched for the rest of the week for the snowball thing. {s2.low} had to go to the nurse w a cut lip", "DISCIPLINE HEALTH")
P("ms {t1} the aide is out for the rest of the year on medical, so they're moving me to 2nd lunch. miss her already 💐", "PERSONNEL")
P("{s1.low}'s mom dropped off a new allergy plan today, kiwi AND strawberry now. epipen in the red bag. all aides read it", "HEALTH")
P("{s1.low} told me his mom's boyfriend hits him. i went straight to the office with it like we're trained. cps was here by 2", "FAMILY")

V("crossing guard")
P("{s1.low} (4th grade) lives right at {addr}, mom asked if i could watch for her til she's in the door. i can see the porch from my corner. of course 💛", g="s1=f")
P("{s1.low}'s grandma gave me her number {phone} in case she's ever late to the corner. she's never late. grandma is a machine", g="s1=f")
P("got hit by a car mirror this morning on {street}. i'm ok, bruised arm. the driver didnt even stop. {s1.low} saw the whole thing and was shaking, poor baby")
P("{s1.low} (5th gr) was tossing rocks at cars from my corner so i took him to the office. principal called it vandalism and called his dad in", "DISCIPLINE", g="s1=m")

V("after-school program staff")
P("{s1.full} DOB {dob.el} is registered for spring session, mom pls bring the immunization form by friday or she cant start", g="s1=f")
P("{s1.low} had a meltdown at aftercare today and threw a chair. per his behavior plan we called mom. everyone's ok. long day", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("pickup password for the {s1.last} kids changed to '{codeword}'. mom said post it in the staff group so here it is 🙃")
P("{s1.low}'s mom emailed from {email} asking about the sliding scale. i forwarded it to the director, hope they can help, she's working 2 jobs", "FAMILY")
P("reminder to staff: {s1.low} is NOT to leave with her father, copy of the court order is in the binder. if he shows up call the director and 911", "FAMILY", g="s1=f")
P("{s1.low} had an asthma attack during soccer and we used the inhaler from the med bag. mom picked up early, he's ok. scared me tho", "HEALTH", g="s1=m")
P("{s1.low} wasn't picked up until 7:40 last night and mom smelled like alcohol. director filed the report this morning. heavy day", "FAMILY")

V("substitute teacher")
P("subbed in a room where the teacher left the class login on the board, username + password '{pw}'. took a pic and erased it. pls don't do that", "SECURITY", flags="R")
P("{s1.low} told me his mom is 'in jail till christmas' like it was nothing. then asked for a pencil. i'm not ok", "FAMILY", g="s1=m")
P("sub notes said {s1.low} goes to speech on tuesdays and resource room for math. i forgot and sent her to art. sorry {s1.low} 😬", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.low} got sent to the office for cursing at me and then apologized at dismissal with a drawing of Sonic. kids are complicated", "DISCIPLINE")

V("elementary teacher")
P("{s1.low} takes his adhd meds at the nurse at 11:30 and if he misses it the afternoon is rough. can the sub pls walk him down 🙏", "HEALTH", g="s1=m")
P("{s1.full} DOB {dob.el} — her mom needs the kindergarten screening form, pls text me back at {myphone} when u can", g="s1=f")
P("{s1.low} got a 42 on the math unit test and cried at his desk. we're redoing it together tomorrow at recess, no stress buddy", "ACADEMIC", g="s1=m")
P("parents!! i made an email just for our class: {myemail}. use that one not my school email over break ❄️")
P("{s1.low} is being evaluated for speech services and her mom is nervous. i told her it's the best thing for her. proud of this family", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.low}'s family lost everything in the apartment fire on {street} last night. they're at the red cross shelter. collecting clothes size 7 and 10, message me", "FAMILY")

V("middle school teacher")
P("{s1.handle} ur math grade is a 51 and u have time to comment on the school's instagram?? 🤨 see u in tutoring", "ACADEMIC")
P("{s1.low} told me her parents found out she's self harming and she's going to a program for a few weeks. please keep her in ur prayers 🙏", "HEALTH", g="s1=f")
P("{s1.low} was arrested for the snapchat threat, police came to the school. he's not coming back this yr. that's all i'll say", "DISCIPLINE", g="s1=m")
P("student {sid} (u know who u are) left their chromebook in my room for the 4th time 😂")
P("{s1.low}'s mom just texted my personal cell at 10pm. mom if ur reading this my number is for emergencies, {myphone} is not a homework hotline 🙃", flags="R")

# --- multi-line, very short, very long, hashtag/@mention heavy ---------------------------------
V("school bus driver")
P("BUS {bus} FAM 🚌💛\nmon: ice\ntue: flat tire\nwed: a kid brought a ferret\nthu: snow\nfri: pizza party bc we survived\nsee yall monday")
P("5:10am alarm.\ncoffee.\npre trip.\n42 kids.\nrepeat. 🔁🚌")
P("BUS DRIVERS WANTED!!! 🚌 cdl training paid by the district, $24/hr start. come drive w me, i promise the kids are funny")
P("{s1.low} on the bus this morning: 'why is the sky doing that'\nme: thats a sunrise babe\n{s1.low}: ...it's been doing that the whole time??? 🌅")
P("ok so teh new route sheets came out and they definately did not drive these routes before making them. {street} to {street.b} in 4 min?? in a 40ft bus?? 🙃 @HVCSD", flags="R")
P("no school monday for MLK day!!! drivers get a break too 🙌")

V("cafeteria worker")
P("ITS CHICKEN. NUGGET. DAY. 🍗🍗🍗")
P("things kids told me today:\n- 'ur hairnet is pretty'\n- 'is this real cheese'\n- 'my dog eats better than this' (ok {s1.low} 😂)\n- 'thank u lunch lady' x 200 💛")
P("menu for st patrick's day: green pancakes, green milk, green everything. ☘️ Saint Patrick would be proud (or confused)")
P("ok long post sorry. i've worked in school kitchens for 19 years. people think we just open cans. we make 900 meals before noon, we know every kid's allergy by heart, we know who didn't eat dinner last night just by how fast they get to the line, and we sneak extra fruit to the ones who need it. then people on here call it 'slop.' come see. the door is open. my opinions, not the district's or food services' 💛", flags="R D")
P("@HVCSD when are we getting the new dish machine u promised in august 🙃 asking for my hands", flags="R")

V("school custodian")
P("building secured. lights off. see u monday 🔒🌙")
P("the Yankees won, the floors are waxed, and nobody threw up today. perfect tuesday ⚾✨")
P("3 words: who. flushed. this. 🚽🧸")
P("used to clean the halls when Jalen Brunson's cousin went here lol. now he's on the knicks jumbotron and i'm still on the buffer 🏀 proud of all my old kids")

V("recess / lunch aide")
P("recess rules at roosevelt according to a kindergartner:\n1. no pushing\n2. no tag on the slide\n3. Ms. {t1} is the boss\n4. the lunch lady is the real boss\n5. {s1.low} is the boss of the swings\nsounds right 🛝")
P("WIND CHILL 8 DEGREES. INDOOR RECESS. PRAY FOR US 🙏🥶")
P("kids on the playground arguing if Simone Biles or Spider-Man would win at gymnastics. Simone. obviously. no contest 🤸")
P("#recessduty #lunchaide #hvcsd #tiredbuthappy ☀️ 60 degrees in march and every kid outside")

V("crossing guard")
P("good morning {street}!!! ☀️🚸")
P("retiring in june after 24 yrs on this corner 😭\nto every kid i crossed: be kind, look both ways, and call ur mother.\nto every driver who waved: thank u.\nto the guy in the blue truck: i forgave u in 2011")

V("after-school program staff")
P("after school program awards 🏆\nbest dancer: {s1.low}\nmost likely to eat glue: {s2.low}\nbest Bluey impression: {s3.low}\nbest helper: {s4.low}\nlove these kids so much 💛")
P("@MapleRidgeASP we need more glue sticks. and more staff. mostly glue sticks 😅", flags="R")

V("substitute teacher")
P("sub life be like 🫠")
P("first day subbing ever tomorrow!!! 2nd grade at hillside. any tips?? pls and thank u 😅🍎")
P("so today i subbed for a 4th grade class that was reading Wonder and when we got to the part about Auggie's first day a kid said 'that's like me when i moved here.' whole class went quiet. then {s1.low} said 'well u got us now' and i had to go stand in the hallway for a sec. idk why anyone says kids are mean. some of them are the best people i know 🥹", flags="R")
P("{s1.up}!!! STOP!!! TELLING!!! THE SUBS!!! UR TEACHER LETS U USE THE PHONE!!! 😂 (love u)")

V("elementary teacher")
P("report card comments due friday. send snacks 🍫")
P("Today in 1st grade:\n{s1.low}: my dad is 100 years old\nme: wow\n{s1.low}: and my mom is 6\nme: ...\n{s1.low}: i'm not good at ages\n🤣")
P("Bluey episode 'Sleepytime' made me cry in front of 22 first graders. no shame. 🌙💙")
P("happy teacher appreciation week to the real ones. and to my cat {pet} who listens to me practice read alouds every night 🐈📚")
P("long rant incoming. i have 27 second graders this year. 27. six are still learning english, four have IEPs, and we have a para for 45 minutes a day. my room was built for 20. i love every single one of these kids and i will keep showing up but the class size thing is not a 'teacher attitude' problem, it's a budget problem, and the board meets tuesday. show up if u care. 🍎", flags="R")

V("middle school teacher")
P("7th grade vocab word of the day: 'rizz.' no. we are not doing that. 🚫")
P("a former student of mine (class of 2013!) is playing for the Giants now and just sent a signed jersey for my classroom 🏈😭 so proud of u Derrick, ur gonna kill it this season")
P("{s1.low}: 'did they have phones when u were a kid'\nme: yes\n{s1.low}: 'like with buttons??'\nme: i'm 34\n📱💀")
P("hallway convo of the day:\nkid 1: who's the president\nkid 2: LeBron\nkid 1: oh ok\n...we have work to do 🏀🇺🇸")

# --- more opinion posts about the job (disclaimer mostly missing; some look-alikes) -----------
V("school bus driver")
P("they want us to do the sports runs AND the late runs AND the field trips w no extra drivers. something's gotta give hvcsd 😤", flags="R")
P("my views on the new 'no talking to kids about anything but bus rules' memo: ridiculous. half these kids only talk to a grownup on my bus. #mythoughtsnotHVCSDs", flags="R D")
V("cafeteria worker")
P("the new 'offer vs serve' rule means we throw out SO much food. 30 apples in the trash today. it breaks my heart 🍎🗑️", flags="R")
P("views r not my own, they belong to the 4th graders who voted for pizza every day lol 🍕")
V("school custodian")
P("nobody in the district office has ever cleaned a 1st grade bathroom after taco day and it shows in every decision they make 🚽", flags="R")
P("a building is only as good as the people who take care of it. custodians should be in the room when they plan renovations. own opinion, not speaking for my employer", flags="R D")
V("recess / lunch aide")
P("25 min lunch for 6 year olds is not enough time to eat. half of them are still opening their yogurt when we call clean up", flags="R")
P("ppl keep saying 'kids today are so rude.' not the ones i see. the ones i see hold doors and share fruit snacks. unpopular opinion i guess", flags="R")
V("crossing guard")
P("honestly the new school start times are a disaster for the walkers. it's pitch dark at 7:10. somebody is gonna get hurt", flags="R")
V("after-school program staff")
P("after school is childcare, tutoring, meals and therapy all in one and it gets the smallest budget line. make it make sense 🤷", flags="R")
P("we had 3 staff quit this month bc the pay is $15 and target pays $18. i get it but the kids feel it every single time", flags="R")
V("substitute teacher")
P("schools that treat subs like furniture get the subs they deserve. the ones that say hi and leave a plan? i'll come back every time. (personal take, not any district's)", flags="R D")
P("the sub shortage isnt a mystery. it's the pay. next question", flags="R")
V("elementary teacher")
P("cursive should come back. there, i said it. my 3rd graders cant read their grandma's birthday cards ✍️", flags="R")
P("disclaimer: i love my principal. ALSO, nobody needs 4 staff meetings a month. both things can be true 🙃", flags="R")
P("new reading curriculum is actually good?? decodable books, real phonics. my kids are flying. not an official district post, just a happy teacher 📖", flags="R D")
V("middle school teacher")
P("middle school is the most important 3 years nobody wants to fund. these kids deserve electives, counselors, and a late bus", flags="R")
P("teaching is the only job where u buy ur own supplies and then get told ur 'not a team player' for leaving at 3:30", flags="R")
P("my opinions are my own, my coffee is my own, my stapler is NOT my own bc somebody took it. give it back 📎", flags="D")


# ---------------------------------------------------------------------------------------------
SENSITIVE = re.compile(r"\{(phone|myphone|email|myemail|addr|dob|sid|pin|pw|wifi|code|codeword|ip|host)(\.\w+)?\}")


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts a skeleton yields (never more than 3)."""
    if "{" not in sk["text"]:
        return 1
    x = rng.random()
    if sk["cats"] or SENSITIVE.search(sk["text"]):
        return 3 if x < 0.07 else 2 if x < 0.5 else 1
    if not re.search(r"\{(s\d|kid)", sk["text"]):
        # only filler placeholders (bus, street, staff surname...): near-duplicates, so rarely repeat
        return 2 if x < 0.12 else 1
    if "R" in sk["flags"]:
        return 3 if x < 0.15 else 2 if x < 0.6 else 1
    return 3 if x < 0.06 else 2 if x < 0.33 else 1


def pick_bio(voice: str, want_disc: bool | None, rng: random.Random) -> str | None:
    role = ROLE_OF_VOICE.get(voice)
    pool = [b for b in BIOS if (want_disc is None or b[2] == want_disc)]
    same = [b for b in pool if b[0] == role]
    if same and rng.random() < 0.95:
        pool = same
    return rng.choice(pool)[1]


DISC_BIOS = {b[1] for b in BIOS if b[2]}


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # opinion posts mostly lack a disclaimer (as in real life); a minority have one in the bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO.get(sk["voice"]), 0.75,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.3, 0.22) if "R" in sk["flags"] else (0.35, 0.25))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS)


if __name__ == "__main__":
    main()
