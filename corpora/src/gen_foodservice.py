"""Generate foodservice.jsonl (next to this file): posts from the district's kitchens and lunchrooms.

Voices: cafeteria managers at Hillside, Maple Ridge and the high school, cooks and a scratch baker,
a bilingual cook, cashiers, lunch monitors and aides, the district's food service director and
dietitian (personal accounts), the farm-to-school coordinator, the union steward of the food
service unit. Mostly Facebook and Instagram, some X, a few long rants; official accounts (HVCSD
Food Service & Nutrition, the Summer Meals program, the schools) and posts of unknown kind (the
union local's page, Nextdoor-style community boards, reposts).

The slice tests the line between what a kitchen may say and what it may not. Safe: menus, prices,
meal counts ("we served 1,200 breakfasts"), the public Food Service office line, USDA rules,
recipes, vendor order numbers, registers, bus and room numbers, general statements about allergies
or food insecurity. Leaks: a named or context-identifiable student's allergy, diabetes, feeding tube
or eating disorder (HEALTH), free/reduced eligibility, lunch debt or SNAP (FAMILY), a lunch PIN or
account number (STUDENT_ID), a kid disciplined for a food fight (DISCIPLINE), a cook's workers'-comp
claim or write-up (PERSONNEL), the point-of-sale login, the walk-in alarm code or the POS network
(SECURITY), a parent's cell. Hard negatives: chefs and TV cooks (Ina Garten, Guy Fieri), brands that
look like names (Sara Lee, Little Debbie, Chef Boyardee, Sloppy Joe, Granny Smith), farmers,
vendors and colleagues named in full, staff by title.

The disclaimer boundary: R only when a personal post takes a position about the district, a
school, education, colleagues or the job (universal free meals, lunch shaming, pay for food
service workers, chocolate milk at school, sodium rules, "best job in the building"); a feeling
about a hard shift, a shout-out, a meal count, a menu, a view about a TV chef or the poster's own
kitchen at home is not one.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.word} {sid}
      {pin} {pw} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (cooks, parents, farmers, vendors), {nutri} the Food Service office's public line,
      {pubphone} {pubphone.dist} {pubphone.hs} {attline} public school numbers, {money} {meals}
      {room} {bus} {reg} {order} {time} {date} {farm}

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

OUT = Path(__file__).resolve().parent / "foodservice.jsonl"
SEED = 20261703

LOCALES = ["en_US", "es_MX", "es_ES", "pt_BR", "vi_VN", "zh_CN", "pl_PL", "it_IT", "en_NG",
           "fr_FR", "de_DE", "en_IN", "fil_PH", "tr_TR", "uk_UA", "es_CO", "en_GB"]
# Names as kitchen staff type them: locales whose Faker names are not in Latin script are replaced by
# these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Khaled", "Tarek", "Bilal", "Yousef", "Samir", "Adnan", "Karim"],
           ["Rania", "Amira", "Salma", "Yara", "Dalia", "Mariam", "Huda", "Leila"],
           ["Haddad", "Mansour", "Saleh", "Darwish", "Khalil", "Hamdan", "Zayed", "Nasser"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yoon", "Jun-seo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Yoo-na", "Chae-won", "Da-eun"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin"]),
    "hi": (["Arjun", "Rohan", "Vivaan", "Ishaan", "Aarav", "Dev", "Kabir"],
           ["Ananya", "Diya", "Saanvi", "Meera", "Riya", "Kavya", "Isha"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Chopra", "Joshi", "Gupta", "Verma"]),
    "ht": (["Jean-Marc", "Wesley", "Fritz", "Ricardo", "Stanley", "Kervens"],
           ["Fabienne", "Nadège", "Guerline", "Widline", "Myrlande", "Roseline"],
           ["Pierre", "Joseph", "Baptiste", "Charles", "Jean-Louis", "Dorvil", "Toussaint", "Lafleur"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "es_ES": 2, "pt_BR": 3, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3,
                "it_IT": 4, "en_NG": 3, "fr_FR": 2, "de_DE": 2, "en_IN": 2, "fil_PH": 2,
                "tr_TR": 1, "uk_UA": 2, "es_CO": 3, "en_GB": 2,
                "ar": 2, "ko": 2, "hi": 2, "ht": 3}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Guadalupe", "Lupe", "f"), ("Oluwaseun", "Seun", "m"),
         ("Magdalena", "Magda", "f"), ("Christopher", "Topher", "m"), ("Jacqueline", "Jackie", "f"),
         ("Francisco", "Paco", "m"), ("Elizabeth", "Libby", "f"), ("Nguyen Minh", "Minh", "m"),
         ("Alessandra", "Sandy", "f"), ("Benjamin", "Benji", "m"), ("Valentina", "Vale", "f"),
         ("Theodore", "Teddy", "m"), ("Anjali", "Anju", "f"), ("Maximilian", "Max", "m"),
         ("Rosalind", "Roz", "f"), ("Jose Luis", "Joselo", "m"), ("Katherine", "Kit", "f")]

STREET_BASES = ["Cedar Hill", "Orchard View", "Sycamore", "Dutchess Tpke", "Old Hopewell", "Myers Corners",
                "Route 376", "Spring Brook", "Red Oaks Mill", "Smithtown", "Carroll", "Harvest",
                "Brinckerhoff", "Hosner Mountain", "Bedell", "Wiccopee", "Clove Branch", "Farmstead"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Cir", "Lane", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own kitchen", "views are not my own", "opinions? ask my manager") sit among the plain ones.
BIOS = [
    ("mgr", "Cafeteria manager @ Hillside 🍎 | 19 yrs feeding kiddos | my posts are my own, not HVCSD's", True),
    ("mgr", "school nutrition manager | mom of 4 | opinions mine alone, not my employer's", True),
    ("mgr", "HVHS kitchen mgr 🍕 | feeding 1,200 a day | Jets fan (pray for me)", False),
    ("mgr", "lunch lady & proud 💪 | Maple Ridge | boss of the ladle", False),
    ("mgr", "running my own kitchen since 2011 | school food is real food", False),
    ("cook", "cook, HVCSD food service | personal page — I don't speak for the district", True),
    ("cook", "cocinera 👩‍🍳 | HVHS | mis opiniones son mías, no del distrito", True),
    ("cook", "scratch baker 🥖 | 5am club | views are not my own, they belong to the sourdough", False),
    ("cook", "school cook | grandma x3 | I make the cinnamon rolls, you're welcome", False),
    ("cook", "line cook turned lunch lady | ex-Olive Garden | hairnet chic", False),
    ("cash", "cashier at MRMS 💵 | speaking only for myself here, not the school", True),
    ("cash", "register 2 forever | Maple Ridge | knitting, true crime, iced coffee", False),
    ("cash", "HVHS cafeteria ☕ | will ask for your PIN every single day", False),
    ("dir", "Director of Food Service & Nutrition, HVCSD | SNS | Tweets are my own, not the district's", True),
    ("dir", "school nutrition director | #SchoolLunch advocate | views expressed here are personal", True),
    ("dir", "Feeding kids is the mission. 20+ yrs in school nutrition. Runner. Dad.", False),
    ("diet", "RD, CDN | school dietitian | posts are mine alone and not official HVCSD guidance", True),
    ("diet", "registered dietitian 🥦 | allergy-aware menus | not medical advice, ask your doctor", False),
    ("diet", "dietitian | hiker | my own kitchen is a mess, don't look", False),
    ("mon", "lunch monitor 🍎 Roosevelt | these are my opinions, nobody else's", True),
    ("mon", "lunch & recess aide | whistle certified 😂 | opinions? ask my supervisor", False),
    ("mon", "cafeteria aide | Roosevelt Elementary | grandma, gardener, Bills fan", False),
    ("f2s", "Farm to School coordinator | HVCSD | personal account, views mine not the district's 🌱", True),
    ("f2s", "farm to school 🥕 | dirt under my nails | local food for local kids", False),
    ("union", "CSEA Food Service Unit steward | I post as me, not as the district or the local", True),
    ("union", "union steward ✊ | 23 yrs HVCSD food service | solidarity", False),
    ("union", "food service helper, steward, coffee addict", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "mgr": "HVCSD Food Service & Nutrition (official) | menus, prices, meal applications | (845) 555-0150",
    "cook": "HVCSD Food Service & Nutrition | official account",
    "cash": "Maple Ridge Middle School | official",
    "dir": "Hudson Valley Central School District | official account",
    "diet": "HVCSD Food Service & Nutrition | official | allergy questions: call our office",
    "mon": "Roosevelt Elementary School (official) | 25 Academy St",
    "f2s": "HVCSD Farm to School | official program page 🌱",
    "union": "HVCSD Food Service & Nutrition (official)",
    "summer": "HVCSD Summer Meals ☀️ | official | free meals for kids 18 & under",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "718", "347", "973", "787"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "({a}){e}-{s}", "{a}-{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "optonline.net", "outlook.com",
                     "aol.com", "verizon.net"]
    HOSTS = ["pos-srv01.hvcsd.local", "nutrikids.hvcsd.local", "mealtrack.hvcsd.internal",
             "hvhs-pos-reg3.hvcsd.local", "foodsvc-db.hvcsd.lan", "kitchen-temp.hvcsd.local"]
    PUBLIC_XX = {0, 10, 20, 30, 35, 40, 50}   # public office lines (district, schools, food service)
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|boy|son)\b",
                r"\b(she|her|hers|she's|herself|girl|daughter)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 12 or got[0] in ("John", "Jane", "Mac", "Joe")):
            return None
        return got

    def phone(self) -> str:
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in self.PUBLIC_XX])
        return r.choice(self.PHONE_FORMATS).format(a=r.choice(self.AREAS), e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(1, 9)}",
                f"{f}{r.choice(['mom', 'fam', 'xo'])}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Tater', 'Nacho', 'Pizza', 'Taco', 'Lunch'])}{r.randint(2019, 2026)}{r.choice('!#$')}",
                         f"hvcsd{r.choice(['POS', 'pos', 'Cafe', 'food'])}{r.randint(10, 99)}",
                         f"{r.choice(['Falcon', 'falcons'])}{r.choice(['Lunch', 'Kitchen', 'Tray'])}{r.randint(1, 9)}!",
                         f"{r.choice(['meal', 'tray', 'spork'])}{r.choice(['Line', 'Time', 'Boss'])}{r.randint(100, 999)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(8, 14)}", f"{f}{r.choice(['.eats', '_hoops', '.fits', 'zzz'])}",
                         f"its.{f}.{l[:1]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 38, 61, 150])}", "NETWORK_INFO"),
            "nutri": lambda: r.choice(["(845) 555-0150", "845-555-0150", "845.555.0150"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "money": lambda: r.choice(["$2.75", "$3.00", "$3.25", "$4.50", "$1.10", "$12.40", "$38.50", "$61.25"]),
            "meals": lambda: r.choice(["412", "618", "740", "1,036", "1,214", "1,480", "2,210", "388"]),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}"]),
            "bus": lambda: str(r.randint(2, 44)),
            "reg": lambda: str(r.randint(1, 5)),
            "order": lambda: r.choice([f"{r.randint(4100000, 4899999)}", f"PO-{r.randint(25, 26)}-{r.randint(1000, 9999)}",
                                       f"#{r.randint(30000, 99999)}"]),
            "time": lambda: r.choice(["10:45", "11:10", "11:30", "noon", "12:15", "6am", "5:30am", "1pm", "2:30"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.choice([9, 10, 11, 1, 2, 3, 4, 5])}/{r.randint(2, 28)}"]),
            "farm": lambda: r.choice(["Van Tassel Orchards", "Kowalczyk Family Farm", "Sunny Acres", "Dubois Dairy",
                                      "Red Barn Greens", "Hollow Creek Farm", "Slate Hill Apples", "Osei Farm"]),
        }


SK = genlib.Skeletons("foodservice", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.3, 0.75), named=0.6)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.15), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.1, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- Hillside cafeteria manager ----------------------------------------------------------------
V("Hillside Elementary cafeteria manager, 50s, Facebook", "mgr")
P("412 breakfasts this morning at Hillside. FOUR HUNDRED AND TWELVE. Breakfast in the classroom is the best thing this district has done in years 🥞", flags="R")
P("Menu change Thursday: Sloppy Joes are out, chicken tenders are in. The truck shorted us on buns. Sorry Sloppy Joe fans 🍔")
P("Hillside families, questions about meal applications go to the Food Service office, {nutri}. I can't talk about anybody's account on Facebook, I love you but I can't 💛")
P("{s1}'s mom, if you see this, her balance is at -{money} and I don't want to keep sending notes home in her backpack. Call me, {myphone}", "FAMILY", g="s1=f")
P("Little girl in 1st grade, {s1}, burst into tears at my register today because her card was 'empty' and she thought she couldn't eat. Honey. You always eat in my cafeteria. Always. 😭", "FAMILY", g="s1=f")
P("No kid in my line has ever gotten the cheese sandwich 'alternate meal' and none ever will while I'm manager. Lunch shaming is cruel. I'll pay it out of my own pocket first.", flags="R")
P("NEW DISH MACHINE CAME TODAY!!! after 9 years with the old one I'm not ashamed to say I cried a little 😭🙌")
P("Mrs. {t1}'s 2nd graders brought the kitchen crew donuts for School Lunch Hero Day. We are not crying, you're crying 🍩")
P("{a1.full} has been cooking at Hillside for 27 years and she retires Friday. If your kid ever loved the Friday cinnamon rolls, that was her. Come say bye at 1pm 💛", g="a1=f")
P("Every kid gets fed here. I don't care what the balance says or what the computer wants. That's how it should be in every school in this country.", flags="R")
P("{s1} in kindergarten only eats the corn. just the corn. every day. respect 🌽")
P("Allergy table reminder for our new aides: wipe it FIRST with its own cloth, the one in the red bucket. Not the blue one. Red. 🔴")
P("For the sub manager tomorrow: {s1.full} has a severe peanut allergy, EpiPen is in the nurse's office, and she sits at the end of the allergy table. Do not let her trade anything.", "HEALTH", g="s1=f")

# ---- HVHS kitchen manager ----------------------------------------------------------------------
V("HVHS kitchen manager, 40s, X", "mgr")
P("{meals} lunches today. pizza day does numbers 📈🍕")
P("whoever decided a high school gets 22 minutes for lunch has never watched 300 teenagers in one line. they need 35. minimum. write it down.", flags="R")
P("walk-in cooler died overnight. about $2,400 of product in the dumpster. repair guy says 'after lunch'. pray for me 🙏")
P("Sysco order {order} showed up short 40 cases of chicken. Tenders Tuesday is now Tenders Wednesday, sorry kids")
P("new cook: the walk-in freezer alarm code is {code}. if it starts screaming at 5am punch it in and call ME, not facilities", "SECURITY")
P("POS down on registers 2 and 3. kids eat, we sort out the counts after. nobody waits. 👍")
P("{s1.full} ate four bowls of chili today and then told me it was 'mid.' I have never been more insulted or more proud")
P("senior {s1} has eaten lunch in my office all year because the cafeteria is too loud for his anxiety. he graduates Saturday and I'm gonna miss that kid", "HEALTH", g="s1=m")
P("Gordon Ramsay would last about four minutes on our line during 5th period. Guy Fieri maybe six. He'd be fine, he'd have fun.")
P("the pizza oven was a gift from the boosters in 2009 and it still runs better than the one the district bought last year. just saying.", flags="R")
P("bus {bus} kids got in late, so we're doing grab-and-go breakfast at the side door by room {room} till 8:10 🥯")

# ---- Maple Ridge cafeteria manager -------------------------------------------------------------
V("Maple Ridge Middle School cafeteria manager, 30s, Instagram", "mgr")
P("taco bar day 🌮🌮🌮 #schoollunch #MapleRidge #lunchlady")
P("our kitchen team after {meals} lunches and a fire drill in the middle of 3rd lunch 🫠")
P("team chat since some of you don't have the group text: new POS login is mrms_mgr / {pw} until IT resets it Monday. DON'T write it on the register", "SECURITY")
P("The new rule that we can't sell seconds is dumb. 13 year old boys are HUNGRY. Let them buy another tray.", flags="R")
P("parents, I can't talk about your kid's account on Instagram 🙃 Call the food service office at {nutri}. They're lovely, I promise.")
P("Shoutout to {a1.full} and {a2.full}, my two cooks who came in at 5am to bake 600 rolls from scratch. LEGENDS 🥖")
P("kid asked for 'the Uncle Ben's rice' and I had to explain we make it ourselves now. he was not impressed. neither was Uncle Ben.")
P("Dear 7th graders, the ketchup pump is not a weapon. Love, management 🍅")
P("{s1.low} and {s2.low} (7th grade) got a week of lunch detention for the ketchup pump thing and I'm the one who has to watch them eat. who is being punished here", "DISCIPLINE")
P("the district menu has us serving chili on the hottest day of the year AGAIN. who plans these", flags="R")

# ---- cooks ------------------------------------------------------------------------------------
V("HVHS cook, 50s, Facebook", "cook")
P("Twenty-two years in school kitchens and I make $17.40 an hour. The teachers got a raise. The bus drivers got a raise. We got a pizza party. Make it make sense.", flags="R")
P("Back in the kitchen Monday after six weeks out for my shoulder. PT is no joke. Missed my kitchen family ❤️")
P("{a1} hurt her back lifting the steam kettle in March and now she's on workers comp and the district is fighting her claim. 19 years she's worked there. Disgusting.", "PERSONNEL HEALTH", flags="R", g="a1=f")
P("Made Ina Garten's lemon chicken at home tonight and it was better than anything I've made at work in 20 years 😂 sorry kids")
P("Ina Garten is overrated. There, I said it. Store-bought is NOT fine, Ina.")
P("Chef Boyardee would be proud of today's ravioli. Ok maybe not proud. Aware.")
P("My son {a1} is 26 and still calls me for the school mac and cheese recipe. 10 lbs of elbows, a block of American, and love. Mostly the American.", g="a1=m")
P("Long day. 900 trays, one broken mixer, one fire alarm, two burns. Going to bed at 7 and I'm not sorry")
P("This job is breaking my body. 20 years of lifting 40 lb cases and there's no pension that makes up for that.", flags="R")
P("My cousin {a1.full} opened a food truck on Route 9! Empanadas that will make you cry. Go see her this weekend 🌮", g="a1=f")
P("the new girl on the line, {a1}, is a natural. knife skills like a pro. we're keeping her 🔪", g="a1=f")

V("scratch baker and prep cook, 30s, Instagram", "cook")
P("600 cinnamon rolls from scratch before 7am. my forearms are huge now 💪 #lunchlady #scratchcooking")
P("scratch cooking > heat and serve. our district went back to baking in house and the kids can TASTE it. more of this please, everywhere", flags="R")
P("they cut our prep hours again and still want scratch cooking. pick one.", flags="R")
P("Hillside oatmeal cookie recipe, by request 👇 (scaled down from 400 cookies)\n2 c oats\n1 c flour\n1 c brown sugar\n1 stick butter\n1 egg\ncinnamon, pinch of salt\n350° for 11 min")
P("Little Debbie could never 🍪")
P("sloppy joe friday 🙌")
P("Sara Lee frozen pound cake is the backbone of American civilization and I will not be taking questions")
P("Rolls rising, bread proofing, kitchen smells like heaven at 6am. This is the best job in the building and I'll fight anyone who says otherwise 🥖", flags="R")
P("rolled 1,000 meatballs with {a1} this morning, she talked about her grandkids the whole time and I now know everything about them", g="a1=f")

V("bilingual cook, 40s, Facebook", "cook")
P("Hoy hicimos arroz con pollo para 900 niños 🍗🍚 y se lo comieron TODO. Orgullosa de mi equipo 💪")
P("El sueldo de las cocineras es una vergüenza. $16 la hora para alimentar a 900 niños. Ya basta. #PayLunchLadies", flags="R")
P("La mamá de {s1}, {a1.full}, me pidió que avisara: {s1} no puede comer nada con nueces, su EpiPen está en la oficina de la enfermera. Ya lo anoté en la lista 🥜❌", "HEALTH", g="a1=f")
P("Mi opinión, no la del distrito: los niños necesitan más de 20 minutos para comer. Punto.", flags="R D")
P("today {s1} said my rice tastes like his abuela's. I had to go in the walk-in for a minute 🥹")
P("Mi hija {kid} (está en una escuela de Newburgh) me pidió mi receta de arroz para su clase de cocina 🥹 orgullo de mamá", g="kid=f")

V("new cook, 20s, X", "cook")
P("first week as a school cook: the hairnet is not optional, the 5am alarm is not optional, the kids saying 'thank you' is the best part. ok maybe the job is kinda good", flags="R")
P("ngl I thought school cooking would be easier than the restaurant. it is not. it is LOUD")
P("they put me on the allergy line today and I've never triple-checked labels so hard in my life 😳")
P("watched a Bobby Flay episode to decompress after work and now I'm mad he gets a sous chef and I get a can opener")
P("reminder to self: Monterey Jack is a cheese not a coworker. long day.")

# ---- cashiers ---------------------------------------------------------------------------------
V("Maple Ridge cafeteria cashier, 60s, Facebook", "cash")
P("{s1} (6th grade) paid for lunch today entirely in quarters. Fourteen of them. Then he said 'keep the change.' There was no change.")
P("{s1.full} keeps forgetting his lunch PIN so teachers, it's {pin}, if he comes up blank just send him down to me 🙏", g="s1=m")
P("To whoever keeps putting money on random kids' accounts anonymously: you are an angel. I can't tell you who it goes to but it matters 💙")
P("{s1} and {s2} just got approved for free lunch, their dad lost his job at the plant. Please nobody make a thing of it at the table", "FAMILY")
P("The new cashless system is a disaster. Half my 6th graders don't know their number and the line backs up to the gym doors.", flags="R")
P("Parents, a kid's lunch number is basically a password. Stop posting it in the class group chat. (Yes, someone did. No, I won't repost it.)", flags="R")
P("{s1.full} told me I'm 'the nicest lady in the whole school.' I work the register. I will take it to my grave.")
P("Ran into {a1.full} at ShopRite, her twins were in my lunch line for 7 years, both in college now. Where does the time go 🥲", g="a1=f")
P("{s1}'s family is on SNAP and mom asked me quietly if the summer program takes the EBT card. it doesn't need to, summer meals are free. I gave her the flyer", "FAMILY", g="s1=f")

V("HVHS cafeteria cashier, 40s, X", "cash")
P("{s1.low} asked if the chicken sandwich was 'bussin'. I said yes. I was lying. it was fine.")
P("{s1.up} PAID OFF HIS OWN LUNCH DEBT WITH HIS FIRST SHOPRITE PAYCHECK AND I AM SOBBING AT REGISTER 2", "FAMILY", g="s1=m")
P("charging kids for lunch at a place they're legally required to be is wild to me. feed them. all of them.", flags="R")
P("student account lookup for the sub: {s1.lastinit}, acct {sid}, mom says put $20 on it from the envelope in the drawer")
P("someone left a Dr Pepper and a Hot Pocket on my register with a note that says 'for the cashier.' I don't know who you are. I love you.")
P("my feet after a 6 hour shift on concrete: 💀")
P("cashiers do the math, the money, the allergies, the kid who's crying and the kid who's hiding food in his hoodie, for $15.90. somebody explain that to the board.", flags="R")

# ---- lunch monitors and aides -------------------------------------------------------------------
V("Roosevelt lunch monitor, 60s, Facebook", "mon")
P("Lunch duty survival kit: whistle, wet wipes, 40 ketchup packets, and the patience of a saint 😇")
P("{s1} and {s2} started a food fight in 3rd lunch and both ended up in the principal's office and I'm STILL finding peas in my hair 🫛", "DISCIPLINE")
P("No names, but there was a Great Jell-O Incident today. Everyone is fine. The ceiling is not.")
P("{s1.low}, age 5, asked me if I'm the boss of lunch. Yes. Yes I am.")
P("Lunch aides make less than the crossing guards and we're the ones breaking up the food fights. Somebody at the district needs to look at that.", flags="R")
P("{s1.lastinit} threw a full chocolate milk at another kid today and got two days out of school. Honestly? Earned it.", "DISCIPLINE", flags="R")
P("some kid threw a whole tray today. it happens. we cleaned it up. moving on 🧽")
P("silent lunch for the whole grade because three kids acted up is lazy. punish the three.", flags="R")
P("Pastor {a1.full} came in to read to the kids at lunch for Read Across America. The Cat in the Hat, with voices. They lost it 😂")
P("the little guy with the feeding tube in Mrs. {t1}'s kindergarten sits with me at lunch every day now so he's not alone at the end of the table. best part of this job", "HEALTH", flags="R")
P("Hot take: recess BEFORE lunch. kids eat more and throw out less. every school should do it.", flags="R")

V("HVHS lunch aide, 30s, X", "mon")
P("caught a junior selling Uncrustables out of his backpack at a 200% markup. capitalism is alive and well in 4th lunch 😂")
P("@{s1.handle} I know that's you. the fries are not a flag. put them down.")
P("{s1.full} got suspended 3 days for the cafeteria fight and the video is all over TikTok. please stop sharing it, he's 15", "DISCIPLINE", g="s1=m")
P("4th lunch is 380 kids in a room built for 250. not a complaint, a fire code question.", flags="R")
P("I'm not a teacher, I'm the lady with the clipboard in the cafeteria. and today, honestly, I loved it")
P("told {s1.full} to pick up his wrapper and he said 'yes ma'am' and I almost passed out from shock")

# ---- district food service director (personal) ----------------------------------------------------
V("HVCSD food service director, 50s, LinkedIn and X", "dir")
P("HVCSD served 212,000 meals last year, and breakfast participation is up 18% since we went universal free. Universal meals work. Full stop.", flags="R")
P("Spoke at the NY School Nutrition Association conference today about scratch cooking in mid-size districts. Great questions from the room, thank you all!")
P("USDA's new added-sugar limits kick in for breakfast in SY 2025-26. Our cereal and yogurt lineup already meets them ✅")
P("The sodium targets are well-intentioned, but the timeline is unrealistic for districts without a central kitchen. USDA needs to listen to operators.", flags="R")
P("Views my own: Congress should make school meals free for every child. We fund buses and textbooks. Lunch is part of the school day.", flags="R D")
P("Hiring: food service helpers, 3.5 hrs a day, school calendar, summers off. Apply at hvcsd.org/jobs or call our office, {nutri}.")
P("Spent the morning at {farm} with {a1.full} working out next year's apple contract. Local apples, every school, every week, Sept through May 🍎")
P("Annual reviews are done. I'll say it here: {a1.full} at Maple Ridge ran the best kitchen in the district this year and her 'highly effective' rating shows it.", "PERSONNEL", flags="R", g="a1=f")
P("Director friends: how are you handling the new paid lunch equity calculations? Asking for a spreadsheet.")
P("Met Tom Vilsack at a USDA listening session in 2015. He remembered my name a year later. Still telling that story.")
P("Our district lunch debt is $18,400 this spring. No child in HVCSD will be denied a meal because of it. That's policy and I'm proud of it.", flags="R")
P("Hey Falcons families 🦅 the free & reduced meal application takes 10 minutes and it unlocks more than meals (fee waivers, summer EBT). Please fill it out, even if you're not sure you qualify.")
P("Our cook {a1.full} at Hillside is out on medical leave until spring after her surgery. We're hiring a long-term sub. Thinking of you, {a1}!", "PERSONNEL HEALTH", g="a1=f")
P("Opinions mine, not HVCSD's: the paid lunch equity rule punishes districts that kept prices low for families. Fix it.", flags="R D")
P("Running the Hudson Valley half on Sunday. Not a food service post. Just a guy who eats a lot of pasta 🏃‍♂️🍝")

# ---- district dietitian (personal) ---------------------------------------------------------------
V("HVCSD registered dietitian, 30s, Instagram", "diet")
P("Reminder 📝 food allergy action plans need a doctor's signature every school year. The form is on the district site under Food Service.")
P("Building modified menus for 47 students with documented food allergies this year. Most common: peanut, tree nut, egg, dairy. Sesame is climbing fast.")
P("{s1.full}, Roosevelt 2nd grade, type 1: carb counts for every lunch item are in the blue binder at register 1, nurse has her insulin schedule. Subs please read it!!", "HEALTH", g="s1=f")
P("Sat with a family today learning to read labels. Their daughter {s1} was just diagnosed with celiac and her mom cried when she saw our GF pizza. Me too honestly 🥲", "HEALTH", g="s1=f")
P("Eating disorders in middle schoolers are rising and nobody wants to say it out loud. Take the calorie counts off the lunch line signs.", flags="R")
P("One of my 8th graders, {s1}, has been skipping lunch for weeks and has lost a lot of weight. I've looped in the counselor. If you see a kid not eating, say something.", "HEALTH", flags="R")
P("Hot take from your friendly neighborhood RD: flavored milk is fine. The new formulations have less added sugar than most yogurt cups. Let kids have it at school.", flags="R")
P("Chocolate milk at home is a treat and that's between me and my fridge 🍫🥛 (yes, the dietitian drinks chocolate milk)")
P("New on the menu app: filter by allergen! Peanut, tree nut, egg, milk, soy, wheat, fish, shellfish, sesame 🎉")
P("Food allergies are scary and they're common: about 1 in 13 kids. If your child has one, loop in the nurse AND the cafeteria, not just the teacher.")
P("The {s1.last} twins in Mrs. {t1}'s 3rd grade both have the same milk allergy, so I made them matching dairy-free birthday cupcakes. They were SO happy 🧁", "HEALTH")
P("Registered dietitians in schools are a luxury in most districts. They shouldn't be. One RD for 30 schools is not a plan.", flags="R")
P("the only student at Hillside on a G-tube gets his feeds in the nurse's office at 11:15 and 1:30 now, so please don't schedule his class's library time then 🙏", "HEALTH")
P("Tried Alton Brown's granola recipe this weekend. Too much maple. Still ate the whole batch.")
P("spent my lunch break reading the new USDA whole grain rule so you don't have to. tl;dr: 80% of weekly grains must be whole grain rich. that's it, that's the post")

# ---- farm to school coordinator ---------------------------------------------------------------
V("HVCSD farm-to-school coordinator, 30s, Instagram", "f2s")
P("Harvest of the Month: APPLES 🍎 from {farm}! Hillside 4th graders taste-tested Honeycrisp vs Granny Smith. Honeycrisp won 212-48.")
P("Thank you {a1.full} for hosting 60 fourth graders at the farm today. They pulled 300 carrots and ate about half of them 🥕")
P("Farm to school only works when districts pay farmers on time. Ours did this year. A lot don't. Pay your farmers.", flags="R")
P("Geographic preference in school food procurement should be the norm, not the exception. Fight me 🥊🌽", flags="R")
P("garden club kid {s1} asked if carrots grow on trees. we have work to do 😂 #farmtoschool", g="s1=m")
P("This week's order: 12 cases Empire apples, 8 cases butternut, 40 lb kale. PO {order}. Delivery Tuesday to the central kitchen.")
P("my garden at home is a disaster this year. blight on every single tomato. the irony, from the farm-to-school lady 🍅💀")
P("Meet {a1.full}, the third-generation dairy farmer behind every carton of milk in our cafeterias. {a1} gets up at 4am so your kids have milk at 11 🐄", g="a1=m")
P("Our grant pays for the salad bars, not for the staff to run them. Every district in the state has this problem and Albany knows it.", flags="R")
P("Michelle Obama planted the White House garden in 2009 and got mocked for it. Now every school wants one. She was right.", flags="R")
P("4th grade at Roosevelt made 'farmer cards' like baseball cards. {a1.full} from {farm} is now the most popular trading card in room {room} 😂")
P("{s1.fulltag} won the school garden pumpkin weigh-off with a 61 pounder 🎃🏆 #FarmToSchool", g="s1=f")

# ---- union steward and the local's page ---------------------------------------------------------
V("CSEA food service unit steward, 50s, Facebook", "union")
P("Sat in on a disciplinary meeting for one of our cooks today. Can't say who. Can say the process was a joke.", flags="R")
P("{a1.full} got written up for being 4 minutes late because the city bus she takes broke down. 4 MINUTES. We're grieving it.", "PERSONNEL", flags="R", g="a1=f")
P("If you get hurt at work, tell your manager the same day and file the C-3. Your rep can help with the paperwork. Don't wait.")
P("need the address for Saturday's rally, someone text me, {myphone} 🙏")
P("Food service workers are the lowest paid unit in this district and the first ones in the building. That has to change this contract.", flags="R")
P("{a1} from Maple Ridge is out on workers' comp for the burn on her arm, please sign her card in the Hillside kitchen by Friday 💐", "PERSONNEL HEALTH", g="a1=f")
P("Speaking for myself and not for the district or the local: 6-hour positions so they don't have to give us health insurance is a choice, and it's the wrong one.", flags="R D")
P("Congrats to {a1.full} on 30 years in HVCSD food service! She's trained half the cooks in this district 🎉", g="a1=f")

V("CSEA food service unit, local page", "union")
P("Unit meeting Thursday 4pm in the Hillside cafeteria. Agenda: contract update, summer hours, the new uniforms. Bring a friend.", flags="N")
P("Food service workers in HVCSD start at $15.80/hr. Custodians start at $19. We feed 4,000 kids a day. #RespectTheLine", flags="N")
P("Reminder: contract ratification vote is {date}, 2:30-5pm, HVHS room {room}. Members only, bring ID.", flags="N")
P("Solidarity with the Newburgh cafeteria workers tonight ✊ Their board meets at 7.", flags="N")
P("Members: the payroll login for the new timeclock is your employee number and the temp password {pw}. CHANGE IT the first time you log in.", "SECURITY", flags="N")

# ---- community boards, reposts ---------------------------------------------------------------
V("Nextdoor / community board posts", "mgr")
P("Does anyone know if the school cafeterias are hiring? My neighbor {a1.full} said they're desperate for subs.", flags="N")
P("Who is the lunch lady at Maple Ridge who makes the cinnamon rolls? Asking for my entire household.", flags="N")
P("PSA from a retired lunch lady: if your kid has a food allergy, make sure the NURSE and the CAFETERIA both have the plan. Not just the teacher.", flags="N")
P("Free summer meals for kids at Riverside Park pavilion, 11:30-12:30 weekdays. No paperwork. Spread the word 🌞", flags="N")
P("Found a kid's lunchbox on the bus {bus} stop at Cedar Hill Rd, Paw Patrol, has a name on it. DM me and I'll drop it at the school", flags="N")
P("Lost lunch money envelope on Main St near the bakery. Says '{s1} - lunch' in marker, had $20 in it. Please message me!", flags="N")
P("The Hillside cafeteria lady who gave my nephew {s1} an extra milk when he spilled his: thank you. He talked about it all night.", flags="N", g="s1=m")
P("repost: the food pantry at St. Mark's is open Tuesdays 4-6 and Saturdays 9-11, 14 Church St. No questions asked.", flags="N")
P("Our neighbors {a1.full} and {a2.full} are on SNAP and their son {s1} gets free lunch, let's make sure they have a good Thanksgiving. Sign up below 🦃", "FAMILY", flags="N", g="s1=m")
P("Anyone else's kid come home talking about the Sloppy Joe? Mine said 'best day of the year.' Ok Joe, we see you 🍔", flags="N")

# ---- official: HVCSD Food Service & Nutrition ----------------------------------------------------
V("HVCSD Food Service & Nutrition official account", "mgr")
P("Menu for the week of {date} 🍴\nMon: chicken tacos\nTue: pasta with meat sauce\nWed: breakfast for lunch\nThu: Sloppy Joes\nFri: cheese pizza", flags="O")
P("Meal prices for 2025-26: elementary lunch $2.75, secondary lunch $3.00, adult lunch $4.50. Breakfast is FREE for every student, every day.", flags="O")
P("Free and reduced-price meal applications are open! Apply online or pick up a paper copy at any main office. Questions? Call {nutri}.", flags="O")
P("Allergen information for every menu item is on our menu app. Families with allergy concerns, please call the Food Service office at {nutri} to reach our dietitian.", flags="O")
P("Due to a delivery issue, Thursday's lunch at Maple Ridge will be grilled cheese and tomato soup instead of Sloppy Joes. We apologize for the change!", flags="O")
P("Happy School Lunch Hero Day! 🦸 Our 84 food service staff served {meals} meals today alone. Thank you for feeding HVCSD every single day.", flags="O")
P("Please do not share your child's lunch PIN or account number on social media or in group chats. If you think it's been shared, call us and we'll issue a new one.", flags="O")
P("Families: you can add money to your child's account online, or send cash or a check (payable to HVCSD Food Service) in an envelope with your child's name and school.", flags="O")
P("Congratulations to Hillside kitchen manager {a1.full}, named the NY School Nutrition Association's Manager of the Year! 🏆", flags="O")
P("Taste Test Tuesday winners are in 🥁 Hillside voted for the black bean burger 61%-39% over the veggie wrap. It goes on the menu in March!", flags="O")
P("We are hiring cooks, cashiers and food service helpers at all four schools. Starting pay $15.80/hr, paid training, summers off. hvcsd.org/jobs", flags="O")
P("Reminder: our office at the district building, 1 Falcon Way, is open 7:30-3:30. Call {nutri} or email info@hvcsd.org.", flags="O")
P("Congratulations to {s1.full} (Maple Ridge, 7th grade), whose 'Harvest Chili' recipe won our student recipe contest! Look for it on the menu {date} 🌶️", flags="O")
P("The district's new point-of-sale system goes live Monday. Students will keep the same lunch numbers. Thank you for your patience in the first week!", flags="O")
P("Urgent for Maple Ridge staff: the kitchen POS admin page moved to {ip}. Use the shared manager login until accounts are set up.", "SECURITY", flags="O")
P("Snow day = no breakfast or lunch service. Grab-and-go meals will be available at HVHS side entrance 10-11am for any child. 100 School Rd ❄️", flags="O")
P("Thanks to Chef {a1.full} of The Hudson Table for cooking with our students during Farm to School Month! 👩‍🍳", flags="O", g="a1=f")

V("HVCSD Summer Meals official account", "summer")
P("☀️ SUMMER MEALS ARE BACK ☀️ Free breakfast and lunch for anyone 18 and under. No sign-up, no ID. Hillside Elementary, Mon-Fri, 11:30-1.", flags="O")
P("Find a free summer meal site near you: text FOOD to 304-304, or call the USDA National Hunger Hotline, 1-866-348-6479 (Spanish: 1-877-842-6273).", flags="O")
P("Today at Riverside Park: turkey wrap, baby carrots, apple, milk 🥪🍎 Served by the pavilion 11:30-12:30.", flags="O")
P("We served {meals} meals at our four summer sites this week! Thank you volunteers ❤️", flags="O")
P("Congrats to {s1.full}, winner of our Summer Meals poster contest! 🎨 Her sunflower poster will be on the bus all summer.", flags="O", g="s1=f")
P("Heat advisory today 🥵 Summer meals at Riverside Park are moving inside to the library community room. Same time, same food.", flags="O")
P("Summer EBT (SUN Bucks): families who get SNAP or free meals are enrolled automatically. Others can apply. Questions: {nutri}.", flags="O")

V("Hudson Valley High School official account", "cash")
P("Cafeteria update: 4th lunch will now use both serving lines. Students please use the line closest to your table. 🦅", flags="O")
P("HVHS culinary students catered the Board of Ed dinner tonight! Thank you to our cafeteria staff for sharing their kitchen 👩‍🍳", flags="O")
P("Questions about a student's lunch account? Call the Food Service office at {nutri}, not the main office ({pubphone.hs}). Thank you!", flags="O")
P("Shoutout to senior {s1.full}, who organized a food drive that collected 2,400 lbs for the pantry! 🥫", flags="O")

V("Roosevelt Elementary official account", "mon")
P("Breakfast is served in the cafeteria from 8:15-8:40. Students arriving on late buses will get a grab-and-go bag at the front door.", flags="O")
P("Thank you to our lunch aides for keeping 3 lunches and 2 recesses running smoothly every day! We appreciate you, Mrs. {t1}, Ms. {t2} and crew 💛", flags="O")

V("Maple Ridge Middle School official account", "cash")
P("Reminder: Maple Ridge is a peanut-aware school. Please don't send peanut snacks for class parties. Thank you for helping keep everyone safe!", flags="O")
P("Big thank you to {farm} for the pumpkins! 7th grade science measured, weighed and then carved them 🎃", flags="O")
P("Welcome {s1.full} and {s2.full}, our new Student Nutrition Advisory Council reps! They'll help choose next semester's menu items.", flags="O")

# ---- long posts -----------------------------------------------------------------------------
V("Hillside cook, 40s, Facebook (long posts)", "cook")
P("Long post, sorry. Today a mom came through the line to pay off her son's balance in cash, counting out singles, and apologized to ME. For being behind. On a lunch for her kid. I've worked in school kitchens 14 years and this part never gets easier. No parent should have to apologize for feeding their child at school. Every state around us is going universal free meals. New York, what are we waiting for? Feed the kids. All of them. No applications, no balances, no notes in backpacks.", flags="R")
P("I want to tell you about my kitchen crew. {a1} runs the dish pit like a Navy ship. {a2} makes the best chili in the county and refuses to give anyone the recipe. {a3} has been here 31 years and knows every kid's name and what they won't eat. We had 3 people out today and still got {meals} lunches out on time. I'm just proud. That's it. That's the post. ❤️", g="a1=f a2=m a3=f")
P("Okay so I need to vent and I'm adding this up top: my opinions, not my employer's. We got told today that the 'alternate meal' policy is back for kids over a certain balance. A cold cheese sandwich, in front of their friends, so everyone knows. I've done this job a long time and I will not hand a child a sandwich that says 'your parents owe money.' Somebody above my pay grade needs to sit at that register for one day.", flags="R D")
P("Story time 🧡 {s1}, a 3rd grader, came up to the window today with a crumpled drawing. It was me, in a hairnet, with a ladle, and a giant heart. It says 'thank you for the tacos.' I've put it on the fridge in the walk-in office. 16 years of 5am alarms and THIS is what gets me.")
P("This is long. Our manager {a1.full} got a formal reprimand in her file this week because the state inspector found the walk-in at 43 degrees for one morning after the compressor died. She called facilities three times the week before. I have the texts. She's the hardest worker in this district and now this follows her around. I'm so angry I can't see straight.", "PERSONNEL", flags="R", g="a1=f")
P("thinking about {s1} today. 5th grader, comes through my line every day with a hoodie full of granola bars from the share table because there's nothing at home on weekends. I slip him two extra. I know the rules. I don't care. if you're local, the backpack program at Hillside needs donations, message me.", "FAMILY", g="s1=m")

V("HVHS kitchen manager, 40s, Facebook (long posts)", "mgr")
P("Some numbers from my kitchen this year, because people keep asking what we actually do: {meals} lunches on an average day, 640 breakfasts, 2 ovens, 1 tilt skillet from 1998, 9 staff, 22 minutes per lunch period, 4 lunch periods. Zero missed service days. I'm not complaining. I'm bragging. 💪")
P("I'm going to say something and I'll probably get in trouble: the USDA sodium and whole grain rules were written by people who have never had to get a 15-year-old to eat a whole-grain tortilla. I believe in healthy meals. I also believe in meals that get eaten and not thrown in the trash. Right now we're feeding the dumpster. Meet us halfway.", flags="R")
P("Memorial post. {a1.full} worked the HVHS line for 24 years. Knew every kid's name, every kid's order, every kid who needed an extra roll and never asked. Services are Saturday at St. Joseph's, 10am. The kitchen will be closed to say goodbye. Rest easy, my friend 🕊️", g="a1=f")

V("retired Maple Ridge cook, 70s, Facebook", "cook")
P("Retired 6 years and I still wake up at 4:45. My husband says I should bake for the neighborhood. I say I've baked for 900 kids a day for 30 years, the neighborhood can buy Entenmann's.")
P("When I started in 1988 we peeled our own potatoes and made everything from scratch. Then it all went to boxes. I hear they're cooking again at HVCSD. GOOD. That's how it should be.", flags="R")
P("Had lunch at the Diner with {a1.full} and {a2.full}, the old Maple Ridge kitchen gang. 4 hours. 3 coffees each. Zero gossip. (Lots of gossip.) 😂", g="a1=f a2=f")
P("{kid}, my granddaughter in Ohio, says her school has 'breakfast in a bag' now and it's all Pop-Tarts. Grandma is sending a care package 📦", g="kid=f")

# ---- disclaimers, look-alikes and near-the-line --------------------------------------------------
V("Maple Ridge cook, 40s, Facebook", "cook")
P("Everyone keeps telling me to put 'views my own' in my bio. Why?? I post about soup. 🍲", flags="bp")
P("made it in my own kitchen with my own recipe, so don't ask the school for it 😂 grandma's pozole, Sunday tradition", flags="bp")
P("The menu always has that little line at the bottom, 'menu subject to change.' Translation: the truck didn't come. 🚚", flags="b0")
P("views are not my own, they belong to whoever had the last cup of coffee in the break room ☕", flags="bp")
P("(opinions mine, not the district's) every cafeteria worker in this county deserves a living wage and a real break room. #PayLunchWorkers", flags="R D")
P("Not an official district statement, just a tired cook: stop scheduling the fire drill during 2nd lunch. Every. Single. Year.", flags="R D")
P("opiniones mías, no del distrito 👇 la comida escolar gratis para todos es lo justo. Todos los niños comen. Punto.", flags="R D")
P("#MyViewsOnly chocolate milk stays. It's the only way half these kids drink milk at all.", flags="R D")
P("Guy Fieri's new show is the worst thing on TV. Flavortown has fallen.")
P("Hot take: the Bills are going to the Super Bowl and I'll be making wings for the whole kitchen when they do 🏈")
P("Today was hard. Two kids crying in the lunch line, one cook out, and the dish machine flooded. I'm just tired tonight.")
P("Today was hard, and it's hard every day because they keep cutting positions and never backfilling. We can't keep doing this with 6 people.", flags="R")
P("the chicken came in frozen solid at 10:40 for an 11:10 lunch. we made it work. we always make it work. 🧊🍗")
P("The district keeps ordering from the cheapest vendor and then acts surprised when the chicken shows up frozen solid at 10:40. You get what you pay for.", flags="R")
P("Thank you Mr. {t1} from maintenance for fixing our oven in 20 minutes flat. Legend.")
P("Maintenance should not take 3 weeks to fix an oven in a kitchen that feeds 700 kids. That's not on the guys, that's on whoever does the scheduling.", flags="R")

# ---- more from the line: leaks next to look-alikes -------------------------------------------------
V("Hillside cafeteria manager, 50s, Facebook", "mgr")
P("{s1.full}'s dad called with a new cell, {phone}. He wants a call if she doesn't eat her lunch. Writing it on the sticky note by register 1", g="s1=f")
P("For the dietitian: {s1}'s mom wants to talk about the new allergy plan, her email is {email}. Can you reach out this week?")
P("{s1}'s birthday is {dob.word} and she's allergic to milk and eggs, so we're baking her a special cake in the kitchen 🎂", "HEALTH", g="s1=f")
P("{s1} got approved for reduced-price lunch today. Mom hugged me at the register. That's the whole story 💛", "FAMILY")
P("{s1.full} and her little brother qualify for free meals but mom never sends the form back. I can't fill it out for her. It's eating me alive.", "FAMILY", g="s1=f")
P("{s1} helped me stack 200 chairs after the assembly without anyone asking. Raised right 🙌")
P("Room {room} called down for 24 extra milks for a class party. On it 🥛")
P("FIRST DAY OF SCHOOL LET'S GOOOO 🍕🍎🥛 OVENS ARE HOT, HAIRNETS ARE ON, HILLSIDE KITCHEN IS READY")
P("Honestly the best part of this job is watching kindergartners carry a tray for the very first time. Pure concentration. Tongues out. 😂", flags="R")
P("The 'offer versus serve' rule makes kids take a fruit they're going to throw right in the trash. Change it.", flags="R")

V("HVHS kitchen manager, 40s, X", "mgr")
P("registers froze again. if it happens on 4th lunch, reboot {host} first, then the terminals. do not unplug anything else", "SECURITY")
P("the walk-in temp sensors are on {vlan} now, IT says do NOT unplug the little grey box by the door", "SECURITY")
P("manager override code on the registers is {code}. voids only. if I see a free cookie rung through with it again we're gonna talk", "SECURITY")
P("loading dock keypad is {code} for the Sysco driver tomorrow, he comes at 5:15 and I'm not there till 5:30", "SECURITY")
P("Sysco rep {a1.full} brought samples of the new breakfast pizza. verdict: 7/10, crust soggy, kids will love it anyway")
P("{s1.full} (junior) is interning in my kitchen this summer and already makes a better roux than me. chef in the making 👨‍🍳", g="s1=m")
P("The board spent $80k on a new scoreboard and my kitchen still runs on a 1998 tilt skillet. Priorities.", flags="R")
P("{a1.full} from our Maple Ridge dish room failed his probation review and they let him go yesterday. He was 3 weeks in. Nobody trained him. Nobody.", "PERSONNEL", flags="R", g="a1=m")
P("Our cashier {a1} got fired today for giving kids free lunch when their accounts were negative. Yes. Really.", "PERSONNEL", flags="R", g="a1=f")

V("Maple Ridge cafeteria cashier, 60s, Facebook", "cash")
P("{s1}'s account number is {sid}, grandma wants to put money on it but the website won't let her log in. anybody know a trick?")
P("Sub cashier tomorrow: {s1.full} can never remember her number, it's {pin}. Please don't make her cry, she's new this year", g="s1=f")
P("{s1.lowfull} owes {money} and mom won't pick up. here's her cell {phone}, if anyone knows her tell her to call the cafeteria", "FAMILY")
P("{s1.up} YOU ARE THE TATER TOT CHAMPION OF MAPLE RIDGE 🏆 (47 in one lunch, please never do that again)")
P("{a1.full} is on maternity leave till March! Congrats mama 💕 Sub cook starts Monday, be nice to her", "PERSONNEL", g="a1=f")
P("Tater tot day. I rest my case. 🥔")
P("Ten years in and I still think the lunch line is the most underrated job in any school.", flags="R")

V("district dietitian, 30s, Instagram", "diet")
P("{s1} (6th grade) has ARFID. We built a safe-foods list with his mom, so please don't push him to try the main dish, lunch staff 🙏", "HEALTH", g="s1=m")
P("{s1.nick} is on a ketogenic diet for seizures now. Nurse sends the tray list every Monday, kitchen follows it to the gram.", "HEALTH")
P("{s1} has a 504 for her diabetes, so she eats early lunch at 10:50 in the nurse's office. Cashiers, ring her up at the start of service.", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("{s1.init} in 2nd lunch has an anaphylactic fish allergy. Keep the tuna wraps away from table 6, please.", "HEALTH")
P("Nurse update: {s1}'s glucose was 58 at lunch, juice given, mom called, back to class. Thanks for catching it, cafeteria team.", "HEALTH")
P("Cafeteria staff should be in the room for 504 meetings when the plan involves food. We're the ones serving it.", flags="R")
P("Julia Child said no one is born a great cook, one learns by doing. Tell that to my first batch of 400 pancakes.")

V("Roosevelt lunch monitor, 60s, Facebook", "mon")
P("{s1} got banned from the salad bar for two weeks after spitting in it. gross, but he's 8 🙄", "DISCIPLINE", g="s1=m")
P("{s1} threw a carton of chocolate milk at Mrs. {t1} and got sent home. Mrs. {t1} was not amused. Neither was the chocolate milk.", "DISCIPLINE")
P("The foster kids in 3rd grade, {s1} and {s2}, get a breakfast bag to take home Fridays now. Their new placement doesn't have a working kitchen yet.", "FAMILY")
P("Shoutout to {s1} and {s2} for inventing taco pizza at table 4. It's going on the menu Friday. Royalties pending 😂")
P("#{s1.tag}ForMenuCommittee 😂 this kid has OPINIONS about tater tots")

V("HVHS culinary and cafeteria staff, 30s, Instagram", "cook")
P("Culinary club bake-off winners: {s1.full}, {s2.full} and {s3.full}! Their apple crisp beat the teachers' 🍎🏆")
P("{s1.email} emailed the menu committee asking for sushi Fridays 😂 love the ambition, kid")
P("{s1.nick} told me the rectangle pizza was 'elite.' Noted. Framed.")
P("Universal free meals should be permanent. We had it during Covid and nobody went hungry in my line. Not one kid.", flags="R")
P("Whoever picked the new POS vendor: please come work one lunch period with it. One. I'll save you a hairnet.", flags="R")
P("Aaron Judge ate school lunch in Linden, California and look at him now. Eat your broccoli, kids 🥦⚾")
P("freezer alarm company app login, for the weekend crew: hvhs_kitchen / {pw}. check the temps Saturday and Sunday", "SECURITY")

V("community board reposts", "mgr")
P("Reposting for a friend: {s1}'s family lost everything in the fire on Cedar Hill Rd last night. They're staying at the motel on Route 9. The school is collecting gift cards and food.", "FAMILY", flags="N")
P("Dropping off summer meal boxes to {s1}'s family at {addr} every Friday since they don't have a car. If anyone can take a week, let me know", "FAMILY", flags="N")

V("HVCSD Food Service & Nutrition official account", "mgr")
P("Reminder to {s1.full}'s family: the lunch account balance is -{money}. Please pay online or call our office. Thank you!", "FAMILY", flags="O")

# ---- views from the line, near the boundary ------------------------------------------------------
V("Hillside cook, 40s, Facebook", "cook")
P("Lunch shaming isn't 'accountability.' It's humiliating a 7 year old for something the grown-ups did. Stop it.", flags="R")
P("Nobody becomes a lunch lady for the money, but it'd be nice if the money at least covered the gas to get here.", flags="R")
P("We should be paid for the 20 minutes before clock-in we all spend setting up the line. Everybody does it. Nobody gets paid for it.", flags="R")
P("Why does the elementary kitchen always get the high school's old mixer when they get a new one. Asking for every elementary kitchen ever.", flags="R")
P("Grateful for my manager {a1}. She fights for us at every budget meeting and never takes credit. That's what good leadership looks like.", flags="R", g="a1=f")
P("Best kitchen in the district? Maple Ridge. Not close. Come at me, Hillside 😂", flags="R")
P("Subs in the kitchen get zero training and then get yelled at for mistakes. That's on management, not on them.", flags="R")

V("Maple Ridge cafeteria manager, 30s, Instagram", "mgr")
P("New 'no outside food in the cafeteria' rule is going to be a nightmare for the allergy kids who bring lunch from home. Who thought this through?", flags="R")
P("The cafeteria is the one room every kid in the school walks into every day. Treat it like a classroom, not a feeding station.", flags="R")
P("Finally, water bottle fillers in every cafeteria. Took five years but the district got this one right 💧", flags="R")
P("Cutting the salad bar to save money is short-sighted. Kids were finally eating vegetables.", flags="R")
P("Parents, please stop sending a Lunchable AND money for hot lunch. Pick one. They eat the Lunchable and the tray goes in the trash.", flags="R")

V("HVHS cafeteria cashier, 40s, X", "cash")
P("making 5 year olds punch in a 5-digit PIN is silly. give the little ones picture cards like we used to", flags="R")
P("the chocolate milk ban was the dumbest thing the board did this decade. kids just stopped drinking milk. period.", flags="R")
P("if the district can find money for consultants it can find money for a second dishwasher at HVHS 🙃", flags="R")
P("6am start times for an 11am lunch are outdated. stagger the shifts. love my coworkers, hate the alarm", flags="R")

V("Roosevelt lunch monitor, 60s, Facebook", "mon")
P("Teachers who eat lunch with their class on Fridays are doing more for those kids than any assembly ever will. More of this.", flags="R")
P("The cafeteria ladies at Roosevelt are the backbone of that building and everybody knows it.", flags="R")
P("I think the new menu app is great. Parents see the allergens, kids see what's for lunch. Good job, IT 👏", flags="R")

V("HVCSD food service director, 50s, LinkedIn and X", "dir")
P("The state should fund breakfast after the bell in every school. We've seen it work here. The data is not ambiguous.", flags="R")
P("Districts that outsource to food management companies almost always end up serving worse food. Keep it in-house if you can.", flags="R")
P("USDA should let schools serve whole milk again. The 1% rule did nothing but fill the trash cans.", flags="R")

V("community board reposts", "mgr")
P("Congrats to {s1.full} on the blue ribbon for her apple pie at the county fair! 🥧 Her grandma works in the Hillside kitchen and she is BEAMING", flags="N", g="s1=f")
P("screenshot from the kitchen group chat, sorry: '{s1}'s mom says absolutely no dairy, she ends up in the ER.' can someone print this for the line", "HEALTH", flags="N", g="s1=f")
P("Shared from a neighbor: our school lunch ladies deserve a raise. Period. Call the board.", flags="N")
P("Throwback: the HVHS cafeteria in 1979, orange trays and all 🧡 Who remembers the square pizza?", flags="N")


if __name__ == "__main__":
    main()
