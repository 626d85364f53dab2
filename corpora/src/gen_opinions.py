"""Generate corpora/src/opinions.jsonl: staff personal posts about life and opinions.

Slice focus: the DISCLAIMER (opinion posts touching schools/the district/the job with and without
a disclaimer, in the post or in the bio, plus things that look like disclaimers but are not), and
hard negatives (staff by title, authors, athletes, historical figures, characters, streets named
after people, numbers that are not IDs, the district's public contact details).

Every post comes from a hand-written skeleton (see SKELETONS below); placeholders are filled from
Faker in many locales with fixed seeds, so the output is deterministic.  Run:

    .venv/bin/python corpora/src/gen_opinions.py

Skeleton line format:  ``flags :: text``
  flags (space separated):
    op    personal opinion touching schools / district / job -> disclaimer required; the generator
          decides per instance whether a disclaimer appears (in the post, in the bio, nowhere, or a
          look-alike that is NOT a disclaimer)
    opD   like op, but the text itself already contains a real disclaimer (present=True)
    opX   like op, but the text contains a look-alike non-disclaimer (present=False, plain bio)
    life  personal post not touching the job (required=False)
    job   personal post about the job with no opinion (announcement / celebration; required=False)
    off   official account post (kind=official, required=False)
    unk   kind unknown (null), required=False
    n=K   number of instances (default: 2 if the text has random fillers, else 1)
    v=... voice (underscores become spaces)
    ACADEMIC / SPECIAL_EDUCATION / DISCIPLINE / HEALTH / FAMILY / PERSONNEL / SECURITY: categories
  text placeholders (digit = which person):
    {S1} first name of student 1 (STUDENT_NAME, roster row)   {SF1} full name   {SL1} last name
    {Sl1} lowercase first   {SU1} ALL CAPS first   {SN1} nickname (roster preferred name)
    {SH1} FirstLast for a name-only hashtag   {SI1} initials   {SAT1} @handle body
    {K1} / {Kl1} the poster's own school-age child at ANOTHER district (STUDENT_NAME, no roster row)
    {A1} adult first name (unmarked)   {AF1} adult full name (unmarked)   {T1} staff surname (unmarked)
    {ROOM} {BUS} {JER} {SC} {TM} {YR} {DATE} {DAY} {N} {NN} {CITY}: harmless numbers / words
    {PH} personal phone (PHONE_NUMBER)  {EM1} student 1 email (EMAIL_ADDRESS)
    {ADDR} home address (STREET_ADDRESS)  {DOB} birth date (DATE_OF_BIRTH)  {SID} student id (STUDENT_ID)
    \\n in the text is a line break.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "opinions.jsonl"
SEED = 20240917

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR",
           "de_DE", "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG"]
FAKERS: dict[str, Faker] = {}
for i, loc in enumerate(LOCALES):
    f = Faker(loc)
    f.seed_instance(SEED + i)
    FAKERS[loc] = f

# Romanized given names where Faker's provider is not Latin-script or not useful.
VI_FIRST = ["Minh", "Linh", "Huy", "Thảo", "Quang", "Ngọc", "Bảo", "Anh", "Trang", "Khoa", "Phương",
            "Duy", "Hương", "Tuấn", "Vy", "Khánh", "Nhi", "Long", "Hà", "Thanh"]
KO_FIRST = ["Ji-woo", "Min-jun", "Seo-yeon", "Ha-eun", "Do-yun", "Ye-jin", "Jae-won", "Su-bin",
            "Hyun-woo", "Eun-ji", "Joon", "Dahye"]
KO_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Han", "Shin", "Seo"]
AR_FIRST = ["Omar", "Layla", "Yusuf", "Amira", "Karim", "Nour", "Hassan", "Salma", "Zaid", "Rania",
            "Ibrahim", "Mariam", "Tariq", "Huda", "Bilal", "Yasmin"]
AR_LAST = ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Farah", "Aziz", "Hamdan", "Darwish",
           "Qasim", "Sabbagh", "Othman"]
# (formal first name, nickname) pairs for preferred-name students
NICKS = [("Robert", "Bobby"), ("William", "Liam"), ("Alejandro", "Ale"), ("Elizabeth", "Lizzie"),
         ("Katherine", "Kit"), ("Jonathan", "Jonny"), ("Guadalupe", "Lupe"), ("Francisco", "Paco"),
         ("Margaret", "Maggie"), ("Christopher", "Topher"), ("Alexander", "Sasha"), ("Nguyen", "Win"),
         ("Abdullah", "Abdi"), ("Josephine", "Jojo"), ("Dominic", "Dom"), ("Anastasia", "Stacy"),
         ("Benjamin", "Benji"), ("Isabella", "Izzy"), ("Jesús", "Chuy"), ("Oluwaseun", "Seun"),
         ("Mohammed", "Mo"), ("Xiaoming", "Ming"), ("Rebecca", "Becca"), ("Theodore", "Teddy"),
         ("Gabriela", "Gabi"), ("Wojciech", "Wojtek"), ("Priyanka", "Pri"), ("Takumi", "Taku")]

LATIN_WEIGHTED = (["en_US"] * 6 + ["es_MX"] * 4 + ["pl_PL", "fr_FR", "de_DE", "pt_BR", "en_GB",
                  "it_IT", "tr_TR", "en_IN", "en_NG"] * 2 + ["vi", "zh", "ja", "ko", "ar"] * 2
                  + ["hi_IN", "ko_KR", "ar_AA"])

rng = random.Random(SEED)


KO_F = {"Seo-yeon", "Ha-eun", "Ye-jin", "Su-bin", "Eun-ji", "Dahye"}
AR_F = {"Layla", "Amira", "Nour", "Salma", "Rania", "Mariam", "Huda", "Yasmin"}
NICK_F = {"Elizabeth", "Katherine", "Guadalupe", "Margaret", "Josephine", "Anastasia", "Isabella",
          "Rebecca", "Gabriela", "Priyanka"}


def person_name(gender: str | None = None) -> tuple[str, str]:
    """A (first, last) pair; gender 'f'/'m' picks a matching given name where the locale knows one."""
    loc = rng.choice(LATIN_WEIGHTED)
    if loc == "vi":
        f = FAKERS["vi_VN"]
        first = {"f": f.first_name_female, "m": f.first_name_male}.get(gender, lambda: rng.choice(VI_FIRST))()
        return first, f.last_name()
    if loc == "zh":  # romanized Chinese given names are treated as unisex
        f = FAKERS["zh_CN"]
        return f.first_romanized_name(), f.last_romanized_name()
    if loc == "ja":
        f = FAKERS["ja_JP"]
        first = {"f": f.first_romanized_name_female, "m": f.first_romanized_name_male}.get(
            gender, f.first_romanized_name)()
        return first, f.last_romanized_name()
    if loc == "ko":
        pool = [n for n in KO_FIRST if gender is None or (n in KO_F) == (gender == "f")]
        return rng.choice(pool), rng.choice(KO_LAST)
    if loc == "ar":
        pool = [n for n in AR_FIRST if gender is None or (n in AR_F) == (gender == "f")]
        return rng.choice(pool), rng.choice(AR_LAST)
    f = FAKERS[loc]
    first = {"f": f.first_name_female, "m": f.first_name_male}.get(gender, f.first_name)()
    return first, f.last_name()


def plain(s: str) -> str:
    out = _plain(s)
    return out if out else re.sub(r"[\s'-]", "", s)


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s.replace("đ", "d").replace("Đ", "D").replace("ł", "l")
                  .replace("Ł", "L").replace("ı", "i"))


def mark(s: str, label: str) -> str:
    return f"⟦{s}|{label}⟧"


def personal_phone() -> str:
    n = rng.randint(30, 99)
    area = rng.choice(["845", "914", "845", "518", "347"])
    return rng.choice([f"({area}) 555-01{n}", f"{area}-555-01{n}", f"{area}.555.01{n}",
                       f"+1 {area} 555 01{n}", f"{area}55501{n}"])


def home_address() -> str:
    num = rng.randint(3, 980)
    street = rng.choice(["Birch Ln", "Orchard St", "Ridge Rd", "Hillcrest Dr", "Mill St", "Sunset Ave",
                         "Quarry Rd", "Elm Ct", "Old Post Rd", "Willow Way", "Cedar Ter"])
    unit = rng.choice(["", "", "", " Apt 2B", " Unit 4", " #3"])
    return f"{num} {street}{unit}"


MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Lisbon", "Oaxaca", "Montreal", "Kyoto", "Hanoi", "Kraków", "Lyon", "Savannah", "Accra",
          "Seoul", "Istanbul", "Bologna", "Edinburgh", "Salvador", "Chicago", "Berlin"]


class Filler:
    def __init__(self, gender: str | None = None, latin: set[str] | None = None) -> None:
        self.gender = gender  # applies to person 1 (student, own kid or adult)
        self.latin = latin or set()  # person indices used in handles/emails/initials/hashtags
        self.students: dict[str, dict] = {}
        self.kids: dict[str, str] = {}
        self.adults: dict[str, tuple[str, str]] = {}
        self.used_first: set[str] = set()

    def _fresh(self, idx: str = "") -> tuple[str, str]:
        g = self.gender if idx == "1" else None
        for _ in range(50):
            first, last = person_name(g)
            if first == last or (idx in self.latin and not (_plain(first) and _plain(last))):
                continue
            if first not in self.used_first and first.lower() not in {"john", "jane"}:
                self.used_first.add(first)
                return first, last
        return first, last

    def student(self, idx: str, nick: bool = False) -> dict:
        if idx not in self.students:
            if nick:
                g = self.gender if idx == "1" else None
                formal, nn = rng.choice([p for p in NICKS if p[1] not in self.used_first
                                         and (g is None or (p[0] in NICK_F) == (g == "f"))])
                _, last = person_name()
                self.used_first.update({formal, nn})
                self.students[idx] = {"first": formal, "last": last, "nick": nn}
            else:
                first, last = self._fresh(idx)
                self.students[idx] = {"first": first, "last": last, "nick": ""}
        return self.students[idx]

    def fill(self, m: re.Match) -> str:
        key, idx = m.group(1), m.group(2) or "1"
        key = {"s": "Sl", "Sl": "Sl"}.get(key, key)
        if key in ("S", "SF", "SL", "Sl", "SU", "SH", "SI", "SAT", "EM"):
            st = self.student(idx)
            first, last = st["first"], st["last"]
            if key == "S":
                return mark(first, "STUDENT_NAME")
            if key == "SF":
                return mark(f"{first} {last}", "STUDENT_NAME")
            if key == "SL":
                return mark(last, "STUDENT_NAME")
            if key == "Sl":
                return mark(first.lower(), "STUDENT_NAME")
            if key == "SU":
                return mark(first.upper(), "STUDENT_NAME")
            if key == "SH":
                return mark(plain(first) + plain(last), "STUDENT_NAME")
            if key == "SI":
                return mark(f"{plain(first)[0].upper()}.{plain(last)[0].upper()}.", "STUDENT_NAME")
            if key == "SAT":
                h = rng.choice([f"{plain(first).lower()}_{plain(last).lower()[:4]}{rng.randint(1, 99)}",
                                f"{plain(first).lower()}.{rng.randint(2008, 2013)}",
                                f"its{plain(first).lower()}{plain(last)[0].lower()}"])
                return mark(h, "STUDENT_NAME")
            if key == "EM":
                e = rng.choice([f"{plain(first)[0].lower()}{plain(last).lower()}{rng.randint(26, 34)}@students.hvcsd.org",
                                f"{plain(first).lower()}.{plain(last).lower()}{rng.randint(1, 99)}@gmail.com"])
                return mark(e, "EMAIL_ADDRESS")
        if key == "SN":
            st = self.student(idx, nick=True)
            return mark(st["nick"], "STUDENT_NAME")
        if key in ("K", "Kl"):
            if idx not in self.kids:
                self.kids[idx] = self._fresh(idx)[0]
            k = self.kids[idx]
            return mark(k.lower() if key == "Kl" else k, "STUDENT_NAME")
        if key in ("A", "AF", "T"):
            if idx not in self.adults:
                self.adults[idx] = self._fresh(idx)
            first, last = self.adults[idx]
            return {"A": first, "AF": f"{first} {last}", "T": last}[key]
        if key == "ROOM":
            return str(rng.choice([rng.randint(101, 129), rng.randint(201, 240), rng.randint(301, 330)]))
        if key == "BUS":
            return str(rng.randint(1, 64))
        if key == "JER":
            return str(rng.randint(0, 99))
        if key == "SC":
            a = rng.randint(35, 98)
            return f"{a}-{a - rng.randint(1, 25)}"
        if key == "TM":
            return rng.choice(["6:30", "7:00", "7pm", "5:45", "6pm", "7:30", "4:15"])
        if key == "YR":
            return str(rng.randint(2019, 2026))
        if key == "DATE":
            return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
        if key == "DAY":
            return rng.choice(DAYS)
        if key == "N":
            return str(rng.randint(2, 9))
        if key == "NN":
            return str(rng.randint(11, 40))
        if key == "CITY":
            return rng.choice(CITIES)
        if key == "PH":
            return mark(personal_phone(), "PHONE_NUMBER")
        if key == "ADDR":
            return mark(home_address(), "STREET_ADDRESS")
        if key == "DOB":
            mo, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2010, 2018)
            s = rng.choice([f"{mo}/{d}/{y}", f"{MONTHS[mo - 1]} {d}", f"{y}-{mo:02d}-{d:02d}",
                            f"{MONTHS[mo - 1]} {d}, {y}"])
            return mark(s, "DATE_OF_BIRTH")
        if key == "SID":
            return mark(str(rng.randint(200000, 499999)), "STUDENT_ID")
        raise KeyError(m.group(0))

    def roster(self) -> list[list[str]]:
        return [[s["first"], s["last"], s["nick"]] for s in self.students.values()]


PLACEHOLDER = re.compile(r"\{([A-Za-z]+?)(\d?)\}")
RANDOM_KEYS = {"S", "s", "SF", "SL", "Sl", "SU", "SH", "SI", "SAT", "EM", "SN", "K", "Kl", "A", "AF", "T",
               "ROOM", "BUS", "JER", "SC", "TM", "YR", "DATE", "DAY", "N", "NN", "CITY", "PH", "ADDR",
               "DOB", "SID"}

PERSON_KEYS = {"S", "s", "SF", "SL", "Sl", "SU", "SH", "SI", "SAT", "EM", "SN", "K", "Kl"}

# ---------------------------------------------------------------- disclaimers and bios
DISC_SUFFIX = [
    "Views my own.", "(views my own)", "Opinions mine, not my employer's.", "#MyViewsOnly",
    "Speaking for myself, not the district.", "Not an official district statement.",
    "RTs != endorsements, views mine.", "Personal opinion, not HVCSD's.",
    "These are my personal views and not those of HVCSD.", "*my opinions, not my district's*",
    "views expressed are my own and don't represent my employer", "just me talking, not the district",
    "(personal account, not speaking on behalf of HVCSD)", "my take, not my employer's",
    "opinions = mine. not the district's.", "not speaking for my school here, just me",
    "Standard disclaimer: my views, not my employer's.", "#ViewsMyOwn", "#opinionsmyown",
    "Personal views only 🙋‍♀️", "All opinions mine alone, not HVCSD's.", "This is me talking, not the district.",
    "Not representing my employer here.", "views = mine alone 🙃", "(my opinion only, obviously not the district's)",
    "#personalviews #notthedistrict", "thoughts are my own, not my employer's",
]
DISC_PREFIX = [
    "Speaking as a private citizen, not for HVCSD:", "Personal opinion, not the district's:",
    "Wearing my taxpayer hat, not my employee hat, my views only:", "Off the clock & speaking only for myself:",
    "Views my own, but:", "Not an official statement, just my 2 cents:", "My opinion, not my employer's 👇",
    "speaking for myself here, not my district:",
]
FAKE_SUFFIX = [
    "(from my own classroom, fwiw)", "views are not my own, they belong to my cat 🐈",
    "what is a disclaimer anyway lol", "the district posted a disclaimer about this on their site, go read it",
    "Disclaimer: I have not had coffee yet.", "no disclaimer needed, I'm right 😤", "Disclaimer: long post, sorry.",
    "I own my classroom and my mistakes.", "#disclaimer? never heard of her", "views from my own classroom window: bleak",
    "my own kids agree with me btw", "(someone tell me if I need a disclaimer on this)",
]
BIO_DISC = [
    "HS English teacher @ HVHS. Views my own.", "Mom of 2 | 4th grade | Tweets are my own",
    "Science nerd. Coach. Opinions mine, not my employer's.", "Math teacher. Runner. RTs ≠ endorsements, views mine.",
    "Union rep. Speaking for myself, not the district.", "Band director 🎺 | #MyViewsOnly",
    "Librarian 📚 all opinions my own", "Assistant principal. Personal account; views are mine alone.",
    "Special ed teacher. Thoughts here are mine, not HVCSD's.", "Social studies | history buff | not an official district account",
    "School nurse. Personal account. Views my own.", "Counselor 💚 opinions expressed are my own",
    "Bus driver 25 yrs 🚌 my views only", "PE teacher & dad of 3. Posts = my own views.",
    "Kindergarten teacher 🍎 Views expressed here do not reflect those of my employer.",
    "ELL teacher | Hablo español | Views mine.", "Custodian. Jets fan. Opinions are my own.",
    "Cafeteria manager 🍕 personal page, views mine not the district's",
    "Art teacher 🎨 | she/her | my thoughts, not my employer's", "Teacher, dad, bad golfer. Opinions my own, not HVCSD's.",
    "Educator since '04. Personal acct. #ViewsMyOwn", "Chem teacher 🧪 | speaking only for myself",
]
BIO_PLAIN = [
    "HS English teacher @ HVHS 📚", "Mom of 2 | 4th grade", "Coach. Dad. Coffee.", "Math is life ➗",
    "Maple Ridge MS science 🔬", "Teacher. Runner. Dog mom.", "Just a bus driver who loves his route 🚌",
    "Mets fan, teacher, tired", "Kindergarten 🍎 | plant lady", "Social studies teacher | Hudson Valley born & raised",
    "Special ed teacher, wife, mama", "HVHS Falcons assistant coach 🦅", "school librarian & bookworm",
    "Counselor. Hiker. She/her.", "Music teacher 🎻", "ESL teacher | 🇲🇽🇺🇸", "Para-professional & proud",
    "Head custodian, Hillside Elementary", "20 yrs in education", "Teacher | union member | coffee addict",
]
BIO_FAKE = [
    "3rd grade teacher in my own classroom since 2011 🍎", "Views are not my own. They belong to my 2 cats.",
    "Teacher. Runner. The district posted a disclaimer policy, I read it once.", "Mom. Teacher. Opinions? Ask me.",
    "what is a disclaimer anyway", "Chemistry teacher | views: mostly of the parking lot",
    "My own classroom, my own rules 😎", "Disclaimer: I talk a lot about dogs.",
]
BIO_OFFICIAL = [
    "Official account of the Hudson Valley Central School District. Monitored M-F 8am-4pm.",
    "Official page of Hudson Valley High School Athletics. Go Falcons! 🦅",
    "Official account of Roosevelt Elementary School, 25 Academy St.",
    "Official account of Maple Ridge Middle School. Home of the Falcons.",
    "HVCSD Communications Office | (845) 555-0100 | info@hvcsd.org",
    "Official account of Hillside Elementary. Be kind, be curious.",
    None,
]
VOICES_OP = ["HS English teacher", "4th grade teacher", "middle school science teacher", "HS math teacher",
             "special education teacher", "school librarian", "union building rep", "social studies teacher",
             "kindergarten teacher", "HS counselor", "art teacher", "music teacher", "ELL teacher",
             "teaching assistant", "assistant principal (personal account)", "substitute teacher"]
VOICES_LIFE = ["HS English teacher", "3rd grade teacher", "PE teacher", "bus driver", "custodian",
               "school nurse", "cafeteria worker", "HS history teacher", "school secretary", "librarian",
               "middle school math teacher", "coach", "IT technician", "art teacher"]
VOICES_OFF = ["district communications office", "HVHS athletics account", "school official account"]

# ---------------------------------------------------------------- skeletons (hand-written)
SKELETONS = r"""
# ===== opinions: board meetings, budgets, taxes
op :: Sat through 3 hours of the school board meeting last night and they spent 40 minutes on the logo for the new turf field. Priorities, people.
op :: Board voted 5-4 to cut the elementary art program. Five people decided our kids don't need to draw. I'm furious.
op :: hot take: board meetings should not start at 6pm on a weeknight when half the staff is still coaching
op :: If you care about class sizes, show up Tuesday {TM} at 100 School Rd. The board listens when the room is full.
op :: The proposed budget adds two assistant superintendents and zero counselors. Let that sink in.
op :: budget vote is {DATE}. i know taxes hurt. but a 1.9% increase is less than your netflix subscription went up this year
op :: Vote YES on the capital project. Hudson Valley HS still has the boilers from 1968, I am not exaggerating.
op :: Honest question for the board: why does the superintendent's car allowance go up while we're told to buy our own dry erase markers??
op :: Spent ${NN}0 of my own money on classroom supplies this month. The "supply budget" is a myth.
op :: public comment is limited to 3 minutes but the consultant presentation got 45. make it make sense
op :: Proud of the parents who spoke at the board meeting about keeping Pre-K full day. That's how democracy is supposed to look 👏
op :: Whoever decided to put the budget hearing on the same night as the spring concert should be forced to chaperone the 8th grade dance.
op :: the district spent how much on that new logo?? we have ceiling tiles falling in room {ROOM}
op :: Not thrilled the board tabled the later-start-time vote AGAIN. Teenagers need sleep. The research is not new.
op :: The board's new "no public comment on personnel" rule is fine, but banning comments on curriculum too is overreach.
op :: 📢 Reminder that school budgets are public documents. Read page {NN} of the HVCSD budget before you post about "waste" on the town FB group.
# ===== unions, contracts, pay
op :: Day 214 without a contract. We show up every day anyway. #HVCSDstrong #fairContractNow
op :: Teachers didn't ask for a raise. We asked for planning time and a nurse in every building. Still no.
op :: If your district is "fully staffed" but every teacher covers 3 classes a week, you are not fully staffed.
job :: union meeting tonight, bring snacks and opinions. mostly opinions
op :: Our paras make less than the Target down the road. And they handle things I can't even describe. Pay them.
op :: Step freeze for the third year in a row. At this point I'm teaching for the vibes and the health insurance.
op :: A 1.5% raise with inflation at 4% isn't a raise. It's a pay cut with good PR.
op :: every time someone says "but summers off" i add another year to my student loan payoff date
op :: Solidarity with the bus drivers. They start at 5:15am and got told the new contract has no retro pay. Unreal.
op :: The number of amazing young teachers leaving after 2 years should terrify every administrator. It's not the kids. It's the conditions.
op :: Just found out the new hire makes $3k more than me with 8 fewer years. Loyalty is not rewarded in education, folks.
op :: our custodians are the backbone of that building and they're down 4 positions. nobody at central office cares until the bathrooms are gross
op :: Tenure is not "a job for life." It's due process. Stop letting talk radio explain my contract to you.
# ===== testing, grading
op :: State test week. 3 days of bubbles for a score that comes back in September when the kids are in a new grade. Brilliant design.
op :: The Regents exams aren't perfect, but scrapping them with zero replacement plan is worse.
op :: I'll say it: "no zeros" grading policies teach kids deadlines don't matter. Fight me.
op :: Standards-based grading is great in theory and a nightmare in our gradebook software.
op :: opt-out numbers at our school hit 40% this year. if the test mattered to families, they'd show up. just saying
op :: Another day, another "data meeting" where we stare at spreadsheets instead of talking about actual children.
op :: Teaching to the test isn't a choice we make. It's a choice made for us by people who haven't been in a classroom since 1995.
op :: I miss when grading was about learning and not about covering yourself for the parent email
op :: Retakes for everything = nobody studies the first time. Retakes for nothing = kids give up. There is a middle, district. Find it.
op :: If you want to know how a kid is doing, ask their teacher. Not the iReady dashboard.
op :: the new report card has 47 standards on it for 2nd grade. FORTY SEVEN. parents can't read it and neither can i
op :: Homework in elementary school is mostly a measure of how much help kids get at home. Change my mind.
op :: Honestly the SAT going back to required at some colleges is a step backwards.
# ===== phones, tech, AI
op :: The cellphone ban is the best thing that happened to my classroom in 10 years. Kids are TALKING to each other at lunch again.
op :: Unpopular opinion: the phone ban is gonna fail because nobody wants to be the one confiscating them. Enforcement matters.
op :: phone pouches: $30k. teachers spending first 5 min of every class arguing about phone pouches: priceless
op :: Banning phones but handing every 6 year old an iPad. Make it make sense.
op :: The cellphone ban is fine. Punishing kids for texting their mom about a ride home is not.
op :: parents who are mad about the phone ban: your kid texted you 14 times during 3rd period yesterday. i saw.
op :: ChatGPT isn't the end of writing. Lazy assignments are the end of writing. Design better prompts.
op :: We need an actual AI policy, not a 1-paragraph email that says "use good judgment."
op :: Chromebooks for every kid was supposed to be a revolution. Mostly it's been a revolution in Cool Math Games.
op :: Every year we add a new platform and never retire an old one. I have 11 logins. ELEVEN.
op :: forced password reset for the 3rd time this semester. IT if you're reading this, I love you, but why
op :: Honestly the 2FA thing is fine. The part where it logs me out mid-lesson is not.
op :: Screen time at school should count toward screen time. Paper books and pencils still work, folks.
op :: The new filter blocks the Library of Congress website but not half the games. Who configured this?
# ===== book bans, curriculum
op :: Removing Maus from the middle school library is not "protecting kids." It's erasing history. Art Spiegelman deserves better and so do our students.
op :: They want to pull "The Hate U Give" from the 10th grade list. Angie Thomas wrote a book that made my most reluctant readers finish a novel. Think about that.
op :: If you haven't read the book, you don't get to ban the book. That should be the rule.
op :: 📚 A parent challenged "Charlotte's Web" because a spider dies. I wish I were joking.
op :: Book challenges are up 300% and our librarian position is being cut to half time. Connect the dots.
op :: Judy Blume has been banned since before I was born and kids still find her books. Good.
op :: We read Toni Morrison in AP Lit because she's one of the greatest writers this country ever produced. That's the whole reason.
op :: The district's new "parental review" process for classroom libraries means I have to submit 600 titles by Friday. Just gonna leave that here.
op :: Teaching To Kill a Mockingbird in 2024 requires context. Pulling it entirely is lazy. Teach it well or don't, but don't pretend it's dangerous.
op :: science of reading is not a fad and three-cueing did real harm. glad we're finally switching curricula, mad it took this long
op :: Our new math curriculum cost a fortune and the teacher guide is 900 pages. Nobody asked teachers.
op :: Cursive is coming back to the 3rd grade curriculum and honestly? I'm here for it ✍️
op :: Civics should be a full year, not a semester crammed in senior year. Look at the state of everything.
op :: Every kid should read "Ghost" by Jason Reynolds. Every adult deciding curriculum should too.
op :: Please stop calling it "CRT." It's the history of the Hudson Valley. Sojourner Truth was enslaved 30 miles from our school. Kids should know that.
op :: Teaching the Holocaust through Anne Frank's diary and Elie Wiesel's Night is not optional. Not in my building, not ever.
op :: Gene Luen Yang's "American Born Chinese" being challenged in our district is so disappointing. My students saw themselves in that book.
op :: Sex ed that stops at "don't" isn't sex ed. Just saying it before the board meeting.
op :: We dropped Shakespeare from 9th grade and nobody even asked the English department. Romeo and Juliet survived 400 years but not our curriculum committee.
# ===== class size, staffing, schedule, safety
op :: 34 kids in one room is not a class, it's a lecture hall with no microphone.
op :: We have one counselor for 450 students. The recommended ratio is 250. Our kids deserve better.
op :: Teacher shortage isn't a mystery. Pay, respect, class size. Pick one and fix it.
op :: Bring back recess for middle schoolers. 11 year olds need to run around. This isn't complicated.
op :: 20 minute lunch including the line. By the time the last kid sits down they have 6 minutes to eat. This is a policy choice.
op :: The 4 day week pilot in the next district over? I'd sign up yesterday.
op :: Why do we have an hour of PD on "self-care" instead of just... giving us the hour?
op :: PD day was a 3 hour slideshow that could've been an email. Again.
op :: Snow day > remote day. Kids need a day to build a snowman. Admin, please.
op :: The sub shortage is so bad that our librarian has been covering classes for 6 weeks. The library has been closed that whole time.
op :: Armed guards aren't the answer. Counselors, nurses, and social workers are. Spend the money there.
op :: The new visitor check-in system at the front door is great. I'm glad the district finally invested in it.
op :: Lockdown drills with kindergartners are something I will never get used to. Something is deeply broken.
op :: Starting high school at 7:20am is educational malpractice. The science is clear.
op :: Full-day Pre-K for every 4 year old in the district. No waiting list. That's the whole platform.
op :: Cutting the late bus means kids can't stay for clubs or extra help unless a parent can pick up at 4. That's an equity problem, full stop.
op :: Dress codes that send girls home for shoulders while boys wear gym shorts to class are not about "distraction."
op :: Free school meals for all should be the default everywhere. No paperwork, no stigma, no lunch debt.
op :: Vouchers drain public schools. Our district would lose $2M. That's 20 teachers.
op :: The charter school down the road counseled out 3 kids with IEPs this fall and they all landed with us. Funny how that works.
op :: Mental health days for students should be excused absences. Adults get them (sometimes). Kids need them more.
op :: Can we talk about how the new attendance policy punishes kids for being sick? Stay home when you're sick, unless it's the 10th absence I guess.
op :: The bus driver shortage is real. My route has been consolidated twice and kids are on the bus for 70 minutes. Not ok.
op :: Year-round school would solve summer slide and kill summer camp jobs. It's complicated and I'm tired of people pretending it isn't.
op :: We spent more on the scoreboard than on the special ed budget increase. Just sayin.
op :: Kids aren't "behind." They're exactly where a pandemic and an understaffed system left them. Let's stop blaming them.
# ===== admin, colleagues, workplace culture
op :: Admin: "we're a family!" Also admin: schedules a mandatory meeting the Friday before break.
op :: Shout-out to every admin who still teaches a class. You get it. The rest of you, come sub for a day.
op :: Best principal I ever had spent 20 minutes a day in classrooms. No clipboard. Just being there. That's leadership.
op :: Every new initiative needs an old initiative to die. Otherwise we just drown.
op :: my school's morale right now is held together by the coffee cart and dana from the front office
op :: Honestly our new superintendent has been a breath of fresh air. She actually answers emails.
op :: The walk-through checklist asks if the "learning target is posted." My kids were building a bridge out of spaghetti. Priorities.
op :: Teachers are professionals. Stop scripting our lessons minute by minute.
op :: Our new principal is the first one in 10 years who asked teachers what we need before deciding. Small thing, huge difference.
op :: The "open door policy" at central office apparently closes at 2:45.
op :: If the only time admin visits your room is for an evaluation, that's not support, that's surveillance.
op :: ngl the new duty schedule is actually fair for once. whoever made it, thank you
# ===== education opinions with hard negatives
op :: Mr. Rogers said to look for the helpers. In schools, the helpers are underpaid and out of patience. Fund them.
op :: Ted Lasso would never make a teacher sit through a 90-minute data meeting. Just saying, Principal {T1}.
op :: Frederick Douglass said once you learn to read you will be forever free. Fund school libraries accordingly.
op :: Horace Mann called public education the great equalizer. It can't equalize anything on this budget.
op :: John Dewey would have hated our bell schedule.
op :: Ruby Bridges was 6 when she walked into that school. The least our board can do is let 6th graders read about her.
op :: LeBron built a whole public school in Akron with wraparound services. Our district can't keep a social worker. Think about it.
op :: Mo Willems is a genius and every kindergarten classroom should have a full set of Elephant & Piggie. Why are we buying scripted decodables instead?
op :: Hermione Granger would be suspended under the new library late fee policy. Just saying.
op :: Harriet Tubman's story is not "divisive." It's the story of this state. Teach it.
op :: Coach {T1} runs the cleanest program in Section 9 and still had to fundraise for uniforms. The booster club shouldn't have to carry athletics.
op :: Nurse {T1} sees 60 kids a day with a budget for 20. Every school needs two nurses.
op :: Mrs. {T1} has taught 2nd grade at Roosevelt for 31 years and never had a classroom with a working window. Fix the windows.
op :: Principal {T1} fought for our art teacher position and lost. I'm proud of her for trying and mad at the board.
op :: Dr. {T1} presented the new strategic plan tonight. It has 7 pillars and zero mentions of class size.
op :: The Roosevelt Elementary parking lot at 3:05 is the most dangerous place in this county. The district needs a traffic plan.
op :: The MLK Day assembly was moved to a "flex day" so we could fit in a test prep block. That tells you everything about priorities.
op :: Maple Ridge Middle needs a late bus. Kids walking home on Route 9 in the dark is an accident waiting to happen.
op :: Our jazz band played at Lincoln Center last year and the board still wants to cut music. 🎷
op :: We lost 98-72 to Newburgh and the only thing anyone at the board meeting wanted to talk about was the coach. Wild.
op :: 17% of our budget is transportation. 17%. Bus {BUS} runs half empty every morning. Route planning matters.
op :: Called the district office at (845) 555-0100 three times about the broken AC in room {ROOM}. Still 88 degrees. Our kids can't learn in a sauna.
op :: If you have feedback on the calendar, the district says email info@hvcsd.org. I did. Here's what I said: more snow days, fewer half days.
op :: the attendance line (845-555-0120) is not a complaint line, folks, but yes I agree the new tardy policy is ridiculous
op :: Our district ranked 14th in the county. Rankings based on test scores mostly measure zip codes. 12589 vs 10514 tells you more than any test.
op :: Jersey numbers on the retirement wall but no plaque for the teachers who gave 35 years? Come on, HVCSD.
op :: The Falcons' new $400k scoreboard says HOME and GUEST in two fonts. Honestly, I'd rather have a second art teacher.
# ===== opinions that name students (review or block)
op :: {S1} asked me why the library took down Maus and I didn't have a good answer. Book bans are indefensible.
op :: My 5th period wrote letters to the board about the phone ban. {S1}'s opened with "Dear people who don't have class tomorrow" and I've never been prouder. Policy should listen to kids.
op :: Watching {S1} and {S2} argue both sides of the later start time at the board meeting gave me hope. Young people should have a vote on this stuff.
op :: {SF1} spoke at public comment about the library cuts. Braver than most adults in that room. Kids get it and the board doesn't.
op :: kids like {s1} are exactly why we need the late bus back. he's in robotics 3 days a week and walks 2 miles home. unacceptable
op :: Our debate team, led by {S1} and {S2}, just beat the private school that has 3 coaches. Imagine what public schools could do with real funding.
op :: Every time someone says "kids don't read anymore" I think of {S1} who finished all of Percy Jackson in a week. Fund libraries!!
op :: The cellphone ban was {S1}'s idea, technically. She wrote it up for student council in 9th grade. Student voice works when we let it.
op :: My student {SN1} just told me the state test "felt like a trap." Out of the mouths of babes. Standardized testing is broken.
op :: The district's media opt-out form is 4 pages long. I have a photo of {S1}'s science fair project I'd love to share but I'm not going to wade through that. Simplify it.
op :: {S1} needs 3 hours on the bus to get to the BOCES welding program and back. Regionalization sounds great in a board slide, not in a kid's life.
op :: The new AI detector flagged an essay as 98% AI. I watched that kid write it by hand. These tools are garbage, stop buying them.
op :: We need to fund special ed properly. {S1} waited 5 months for his IEP evaluation because the psych is covering 3 buildings. SPECIAL_EDUCATION
op :: The counselor ratio is not a statistic to me. It's {S1} sitting in my room during lunch for a week after her panic attacks started because there was nobody else. HEALTH
op :: Zero tolerance is a failed policy. {SF1} got 5 days OSS for a vape pen his cousin left in his backpack. He's 12. DISCIPLINE
op :: "Rigor" is the board's favorite word. Meanwhile {S1} is reading at a 2nd grade level in 7th grade and I have 31 other kids and no aide. ACADEMIC
op :: The shelter placement rules mean kids like {S1} switch districts mid-year and lose credits. McKinney-Vento needs teeth. FAMILY
op :: The new retention policy is cruel. {S1} is being held back in 3rd grade over one test score. ACADEMIC
op :: Honestly the way the district handled the fight at the Maple Ridge game was embarrassing. {SF1} got suspended and the adults who started it got nothing. DISCIPLINE
op :: We keep saying we support mental health. {S1} has been on the waitlist for the school social worker since October. That's not support. HEALTH
# ===== personnel / security in opinion posts (block)
op :: They put {A1} on an improvement plan two weeks after she spoke at the board meeting. Coincidence? I think not. PERSONNEL
op :: Mr. {T1} has been on medical leave since January and the district still hasn't posted a long-term sub. His kids deserve better. PERSONNEL
op :: Admin rated {AF1} "developing" after 22 years of amazing teaching because of ONE observation. APPR is a joke. PERSONNEL
op :: The district makes us change passwords every 30 days and then the staff wifi password is literally ⟦Falcons2024!|CREDENTIAL⟧ on a sticky note in the lounge. Security theater. SECURITY
op :: IT says the cameras are "state of the art." Half of them point at the ceiling and the NVR is at ⟦10.12.4.20|NETWORK_INFO⟧ with the default login. Great. SECURITY
op :: Our "secure" entrance code has been ⟦4471|CREDENTIAL⟧ for 3 years. Every DoorDash driver knows it. This district does not take safety seriously. SECURITY
op :: Wild that {AF1} got walked out of the building in front of her students. Whatever happened, there's a more humane way. PERSONNEL
"""
SKELETONS += r"""
# ===== opinion posts with their own hand-written disclaimer
opD :: Views my own, but if the board cuts one more librarian I'm running for a seat myself.
opD :: Not an official district statement, obviously, but the new bell schedule is a disaster. 4 minutes passing time in a building this size??
opD :: (speaking for myself, not HVCSD) the mask-optional debate was handled with more grace than the cellphone debate. Interesting.
opD :: PSA from a tired teacher, not from my employer: the budget vote is Tuesday and it matters. #MyViewsOnly
opD :: my opinions are my own and not my district's, BUT: the phone ban is working. kids are playing cards at lunch. CARDS.
opD :: Long thread on why I think standards-based grading failed at our school 🧵 (views mine, not my employer's)\n1/ Nobody trained parents.
opD :: Personal account, personal opinion: a 7:20 start time for teenagers is indefensible.
opD :: Disclaimer: these are my views, not HVCSD's. The new teacher evaluation rubric rewards performance art, not teaching.
opD :: As a parent AND a teacher (opinions mine, not the district's): we need more recess, not less.
opD :: RTs != endorsements, views mine 👉 but this article on phone-free schools is worth your 5 min.
opD :: I don't speak for my district, I speak for me: ban books and you'll just make kids want to read them more. Ask Judy Blume.
opD :: Speaking only for myself here and not for any school: Mrs. {T1} deserved that Teacher of the Year award 10 years ago.
opD :: views = mine. \nthe union's counteroffer is reasonable. \nthe district's is insulting. \nthat's it, that's the post.
opD :: Not speaking for HVCSD, just a teacher with eyes: the new literacy curriculum is the best thing we've adopted since I started in 2009.
opD :: Typing this as a private citizen and taxpayer, not as an employee: the turf field can wait, the roof cannot.
opD :: Opinions expressed here are mine alone and not my employer's. With that out of the way: PAY THE PARAS.
opD :: My personal take (def not the district's): kids should be able to redo one test a quarter. Growth matters.
opD :: #ViewsMyOwn #NotTheDistrict\nOur new superintendent's entry plan is thoughtful. Cautiously optimistic!!
opD :: I'm posting this as me, not as an HVCSD employee, and these views are mine: reading logs kill the love of reading.
opD :: Personal opinion, not speaking for my employer: Coach {T1} got robbed on the Section 9 coach of the year vote.
opD :: opinions mine not my employers 🤷 but the new lunch vendor is a huge upgrade, the kids actually eat the food now
opD :: Views expressed are my own. The "portrait of a graduate" initiative is 12 adjectives on a poster and $80k in consulting.
opD :: As always, my views, not the district's: chronic absenteeism won't be fixed with robocalls.
opD :: this is my personal page and I speak only for myself. that said: 34 kids in a chem lab is a safety issue, not just a teaching issue.
opD :: Not an official anything, just me: our school board members should have to shadow a teacher for a full day before voting on the calendar.
opD :: Usual disclaimer, views mine not my employer's. {S1} asked me at dismissal why teachers don't get paid more and honestly I didn't have an answer.
opD :: speaking for myself not the district 🙏 {Sl1} and {Sl2} spent their whole lunch writing a petition to bring back the late bus. kids > adults sometimes
opD :: My views, not HVCSD's: Ms. {T1} has done more for our ELL families than any committee.
opD :: (views my own) Nurse {T1} is covering two buildings this week and it shows how thin we're stretched.
opD :: Writing as a parent, not a district employee, views mine: the Hillside pickup line needs a crossing guard before someone gets hurt.
# ===== look-alike disclaimers that are NOT disclaimers
opX :: In my own classroom, phones go in the caddy at the door and I've had zero issues. The district ban is overkill.
opX :: Views are not my own, I stole them from every teacher in the lounge: the new schedule stinks.
opX :: what is a disclaimer anyway lol. anyway the board is wrong about the late bus
opX :: The district posted a disclaimer on the budget page saying numbers may change. Cool. The numbers still say no counselor.
opX :: Disclaimer: I'm running on 4 hours of sleep. Also the PD today was pointless.
opX :: my own kids go to school two towns over and they have a full time librarian. why can't we??
opX :: Do I need a disclaimer for saying the new grading software is trash? Asking for a friend.
opX :: Not financial advice, but: the superintendent's new "listening tour" skipped every elementary school.
opX :: My own view from room {ROOM}: the heat hasn't worked since Monday and nobody has come.
opX :: "Opinions are my own" is such a funny phrase. Anyway: teachers deserve a real lunch break.
opX :: The union sent out a disclaimer template for our socials. I'm not using it. The board needs to hear this: fund the nurses.
opX :: Full disclosure, I've taught here 18 years: this is the worst morale I've ever seen.
opX :: disclaimer: i love my kids. my students i mean. the district? we're on a break.
opX :: Not my circus, not my monkeys, but the middle school schedule change is a mess.
opX :: owning my own classroom library now bc the district one got "reviewed." 400 books, all mine. come at me
"""
SKELETONS += r"""
# ===== life: family (adult family unmarked, own kids at another district marked, no roster row)
life :: 20 years married to {A1} today. He still can't load a dishwasher but he makes the best coffee. ❤️
life :: My husband {A1} built the kids a treehouse this weekend and only hit his thumb twice 🔨
life :: date night with {A1} at the new ramen place in Beacon 🍜 10/10
life :: Happy birthday to my wife {A1}, the funniest person I know and the reason I survive Mondays 🎂
life :: {K1} lost her first tooth at dinner and immediately asked what the tooth fairy's going rate is these days 😂
life :: Took {K1} and {K2} apple picking at Fishkill Farms. We came home with 30 lbs of apples and zero plan.
life :: {K1}'s first soccer game today!! she scored on her own goal and celebrated anyway. that's my girl ⚽
life :: my son {K1} (7) just asked if Abraham Lincoln had a phone. history lesson at breakfast
life :: {Kl1} made me breakfast in bed for mother's day. it was cereal. with orange juice instead of milk. best day ever
life g=m :: Proud mama moment: {K1} read his first chapter book on his own. Magic Tree House for the win 📖
life :: Our oldest, {A1}, graduated from nursing school today!! 24 years old and already smarter than both of us 🎓
life :: My niece {A1} just started her residency at Westchester Medical. So proud of that kid (she's 27, still a kid to me).
life :: {K1} and {K2} fought for 2 hours in the car to Lake George. We're home now. I need a nap and a new car.
life g=f :: Dad joke hall of fame: {K1} asked why I'm always tired and I said "I'm raising you." She did not laugh.
life :: Mom is 80 today! Happy birthday to the woman who taught me everything, including how to make pierogi from scratch 🥟
life :: my brother {A1} ran his first marathon at 45. no one in our family runs. we're all shocked and proud
life :: {K1}'s birthday party is Saturday and I have agreed to 14 eight-year-olds in my house. pray for me
life :: Happy birthday to my baby {K1}!! Born {DOB} in the middle of a snowstorm and she's been a force ever since ❄️
life :: My daughter {K1} starts middle school in Poughkeepsie tomorrow and I'm more nervous than she is
life :: {K1} asked for a Bluey cake. I made a Bluey cake. It looks like a blue potato. She loves it.
life :: Father-son trip to see the Yankees. {K1} got a foul ball (from the guy in front of us, who handed it over 🙏)
life :: My wife {A1} and I just hit 15 years. Same couch, same jokes, better coffee.
life :: {K1} (9) has decided she's a vegetarian. Except for chicken nuggets. And bacon.
life :: grandpa's 90th today. he still beats everyone at dominoes. {K1} tried and lost in 4 minutes
# ===== life: hobbies, weekend, pets
life :: {K1} and I finally finished the 1000 piece puzzle. It's a picture of Van Gogh's Starry Night and I never want to see blue again.
life :: 5 mile run this morning, 42 degrees, Walkway Over the Hudson at sunrise. Worth it.
life :: Went to the Bad Bunny concert at MSG last night and I'm still not over it 🐰🔥
life :: Watched Oppenheimer for the third time. Cillian Murphy should just get all the awards forever.
life :: Sunday morning, pancakes with {K1}, the Beatles on vinyl. Nothing else needed.
life :: fishing at Ashokan with {Kl1} all morning. caught nothing. best day all month.
life :: Tried the new taco truck on Main St. Birria tacos, $4 each, game changer 🌮
life :: Hiked Breakneck Ridge with {K1} (11) today. She beat me to the top. Legs are done. Views were insane 🏔️
life :: Car needs $1,800 in brakes. Guess I'm walking everywhere until July.
# ===== life: sports fandom (athletes unmarked)
life :: AARON JUDGE WITH 2 HOME RUNS!!! ⚾️🔥 #AllRise
life :: Jalen Brunson is the best thing to happen to the Knicks since Patrick Ewing. I said what I said.
life :: Sabrina Ionescu from the logo. Again. The Liberty are must-watch TV 🏀
life :: Giants lost 31-10. I'm fine. Everything is fine. Saquon would've... no, I'm not going there.
life :: {K1} watched Simone Biles do the Yurchenko double pike and has been cartwheeling through the living room ever since 🤸
life :: Watching Shohei Ohtani hit and pitch in the same game should not be legal.
life :: Bills Mafia! Josh Allen is a human freight train. 🦬
life :: Coco Gauff winning the US Open at Arthur Ashe with that crowd was one of the best sports moments I've ever seen in person
life :: {K1} wears number 2 in Little League because of Derek Jeter. It's the only number that matters in this house.
life :: Breanna Stewart MVP season. Don't @ me.
life :: Juan Soto in Queens, Pete Alonso staying, I'm allowing myself to hope. Dangerous.
life :: Taking {K1} to Rangers-Devils at the Garden tonight, his first NHL game!! Section 310, row 12. Let's GOOO 🏒
# ===== life: books, authors, characters
life :: Finished "The Covenant of Water" by Abraham Verghese. 700 pages and I wanted more.
life :: Rereading Beloved. Toni Morrison's sentences still knock the wind out of me.
life :: Hot take: Atticus Finch is a great character and an imperfect hero and both can be true.
life :: Just realized I relate more to Miss Trunchbull than to Matilda now. Growing up is a trip.
life :: Harry Potter, Percy Jackson or Katniss Everdeen: who are you taking into a zombie apocalypse? I'm team Katniss.
life :: Colleen Hoover has been banned from my beach bag, I cried at the pool like a fool
life :: Finished the new Rick Riordan over the weekend. Annabeth deserves her own series.
life :: Holden Caulfield was annoying at 16 and he's annoying at 46. Some things never change.
life :: Margaret Atwood at Bard College next month and I already have my tickets!!
life :: My dog is named Atticus and my cat is named Scout. My husband thinks I have a problem.
life :: Elizabeth Bennet would have been a GREAT group chat member. Mr. Darcy would leave it on read.
life :: {K1} made me read Diary of a Wimpy Kid with him. Greg Heffley is a terrible friend and I will be taking no questions.
life :: Ramona Quimby was my first favorite character. Beverly Cleary, thank you forever.
# ===== life: history, travel, places named after people
life :: Visited the FDR Presidential Library in Hyde Park today. Eleanor Roosevelt's section got me emotional.
life :: Dragged {K1} and {K2} to Washington's Headquarters in Newburgh. George slept here, apparently. They were not impressed.
life :: Sojourner Truth was born just up the road in Ulster County. The new statue in Port Ewen is beautiful.
life :: Walked down Martin Luther King Jr. Blvd in Atlanta and stopped at the King Center. Moving day.
life :: Mexico City! Walked Paseo de la Reforma to the Monumento a la Revolución, then tacos on Calle Benito Juárez 🇲🇽
life :: Took {K1} on the ferry to the Statue of Liberty and Ellis Island. Found my great-grandfather's name on the wall 🥹
life :: Road trip to Cooperstown with {K1} and {K2}! The Babe Ruth exhibit at the Hall of Fame is incredible ⚾️
life :: Alexander Hamilton's grave at Trinity Church. Lin-Manuel put a lot of pennies on that stone apparently.
life :: Lunch on Lincoln Ave, a walk through Kennedy Park, and dinner near Madison Square. Very presidential day.
life :: Finally saw West Point. Benedict Arnold nearly handed the whole thing to the British. History class never made it sound this dramatic.
life :: Went to the Harriet Tubman Underground Railroad park in Maryland. Everyone should go once.
# ===== life with a disclaimer-bio account but nothing about the job
life v=HS_English_teacher :: The leaves in the Catskills this week!!! 🍂🍁
"""
SKELETONS += r"""
# ===== job posts with no opinion (required=False)
job :: Field trip to Bear Mountain with 62 fourth graders and 9 chaperones. Everyone came back. Success 🏔️
job :: So proud of {S1} in my 3rd period! First A on a lab report and she did a little dance 💃
job :: shoutout to {A1} in the front office for fixing the copier AND finding my lost lanyard. legend
job :: Huge thanks to our custodian {A1} who stayed until 9pm so the gym would be ready for the concert 🙏
job :: Welcome back, Falcons! First day of school is tomorrow. Room {ROOM} is ready for you 🍎
job :: Spirit week day 3: twin day. Mr. {T1} and I wore the same sweater vest. We regret nothing.
job :: Bus {BUS} crew, y'all were the best behaved on the field trip. Snacks on me Monday.
job :: {SF1} just won the county spelling bee with "onomatopoeia"!! 🐝🏆
job :: congrats to {s1} and {s2} for making all-county chorus!! 🎶 practice paid off
job :: {S1} wore jersey #{JER} today because it was Coach {T1}'s number in high school. Sweetest thing.
job :: Our 8th graders raised $2,340 for the food pantry with the bake sale!! So proud of this crew.
job :: Book fair starts Monday! 📚 I've already spent $80 and it's for me.
job :: Back-to-school night: room {ROOM}, {TM}. Come say hi, there will be cookies 🍪
job :: Mr. {T1}'s retirement party was the best. 34 years at Hillside. Go enjoy that boat!
job :: Science fair results: {S1} took 1st with a project on water filtration using sand from the Hudson 🔬
job :: Shoutout to {A1}, the best para in the building, who made 30 Halloween costumes out of paper bags 🎃
job :: Our robotics team is headed to states!! 🤖 Huge congrats to {S1}, {S2} and {SN3}
job :: Thanks to Principal {T1} for the surprise coffee bar this morning ☕️
job :: FALCONS WIN 68-61!!! {SU1} WITH 31 POINTS!!! 🦅🔥🔥
job :: Senior night tonight at {TM}! Come celebrate our 14 seniors. #GoFalcons
job :: {S1} read 100 books this year. ONE HUNDRED. 📚 #readingchallenge
job :: Congrats to @{SAT1} on committing to play soccer at SUNY New Paltz next fall! ⚽
job :: Our kindergarteners planted sunflowers and named them. One of them is named "Steve." Thriving.
job :: Read-aloud today was Dog Man by Dav Pilkey and my 2nd graders laughed so hard one fell out of his chair.
job :: Presenting at the state reading conference in Saratoga next week! Nervous and excited 🙌
job :: Summer reading list is up for Maple Ridge 6th grade: Wonder, Hatchet, and New Kid by Jerry Craft 📖
job :: Our Hamilton lesson today: kids performed "My Shot" for Washington's cabinet. 10/10 would teach again.
job :: Happy retirement to Nurse {T1}! 28 years of band-aids, ice packs, and hugs 💙
job :: Jersey #{JER} retired tonight for the best point guard in HVHS history, who now plays overseas. Full circle.
job :: Thanks to Dana in the main office for organizing the staff potluck! The empanadas disappeared in 3 minutes.
job :: #{S1}Strong 💪 our whole class signed the poster for the big race Saturday
job :: Proud of my student teacher, Ms. {T1}, who taught her first full lesson today and nailed it.
job :: Field day: 400 kids, 38 gallons of water, 12 tug-of-war ropes, 1 exhausted PE teacher 💦
job :: Congrats {SF1} on Eagle Scout!! His project rebuilt the benches on the Roosevelt nature trail 🦅
job :: Huge congrats to #{SH1} for being named HVHS Student of the Month!
job :: My students wrote thank-you cards for the bus drivers and Mr. {T1} on Bus {BUS} cried a little.
job :: Wi-Fi was down all morning so we did math with dice. The kids loved it. The password reset email is still in my inbox 😂
job :: 100th day of school! {S1} brought 100 Cheerios. {S2} brought 100 pennies. I brought 100 cups of coffee.
# ===== job posts leaking sensitive info (block)
job :: Happy birthday to my favorite 5th grader {S1}!! 🎉 born {DOB}, the same day as my mom
job :: If anyone finds {S1}'s grey North Face, she's in my homeroom, text me at {PH}. Her mom is going to kill her
job :: Anyone carpooling to the Regional Science Olympiad? {S1} needs a ride, her family lives at {ADDR}, DM me
job :: {SF1} lunch number is {SID} if anyone at the cafe window needs it while he's on the trip, he keeps forgetting
job :: Looking for {S1}'s mom: her email bounced. {S1} uses {EM1} if anyone in the PTA has the group chat.
job g=f :: Please keep {S1} and her family in your thoughts. Her little brother is in the hospital again and they could use some love. HEALTH
job :: {S1} got moved to the 12:1:1 class today and I'm going to miss her in my room so much 😭 SPECIAL_EDUCATION
job :: {S1} has been in ISS all week and I miss his jokes in 3rd period. Come back, buddy. DISCIPLINE
job :: Last day at HVCSD for {AF1} who is going out on maternity leave! We'll miss you 💕 PERSONNEL
# ===== own children who attend district schools (on the roster)
job :: My son {S1} starts kindergarten at Roosevelt tomorrow, which means I will be crying in my 1st grade classroom down the hall 😭
job :: Perks of teaching at your kid's school: I saw {S1} in the cafeteria and she pretended not to know me. Rude.
op :: My daughter {S1} is in 2nd grade at Hillside and she has 45 minutes of homework a night. As a teacher AND a parent, I think that's too much.
op :: As a Maple Ridge parent, {S1}'s class has had a sub for 11 weeks. The district needs to post that job at a real salary.
"""
SKELETONS += r"""
# ===== official accounts (kind=official, disclaimer not required)
off :: The Board of Education will meet Tuesday at {TM} in the HVHS auditorium, 100 School Rd. Public comment sign-up opens at 6:30.
off :: Reminder: the 2024-25 budget vote and board election is {DATE}, 7am-9pm, at the HVHS gym. Questions? Call (845) 555-0100.
off :: Report absences to the attendance line at 845-555-0120 or email attendance@hvcsd.org by 8:30am.
off :: Congratulations to {SF1}, named a National Merit Semifinalist! 🎉 #HVHSPride
off :: FINAL: Falcons {SC} over Arlington. {SF1} with 24 points and 11 rebounds. Next game Friday at {TM}. 🦅🏀
off :: Roosevelt Elementary will hold its Harvest Festival on {DAY} from 4-6pm at 25 Academy St. All families welcome! 🎃
off :: The cellphone-free schools policy takes effect Sept 3. Families can find the full policy at hvcsd.org/phones.
off :: HVCSD is hiring bus drivers! Paid training, benefits, and summers off. Call (845) 555-0100 x214 🚌
off :: Kindergarten registration for fall opens March 1. Forms at hvcsd.org or pick up at the district office, 100 School Rd.
off :: Please welcome Dr. {AF1}, our new Assistant Superintendent for Curriculum & Instruction.
off :: The HVHS Drama Club presents "Into the Woods" {DATE}-{DAY}. Tickets $10 adults / $5 students at the door.
off :: The MLK Day of Service is Monday. Join us at Hillside Elementary at 9am to pack meals for the Dutchess Outreach food pantry.
off :: Congrats to HVHS senior {SF1} on her commitment to Syracuse University for lacrosse! 🥍 #FalconsFly
off :: Password reset reminder: staff passwords expire every 90 days. Use the self-service portal or call the help desk. Never share your password.
off :: Our Falcons wrestlers went 4-1 at the Section 9 duals! Congrats to {SF1} on his 100th career win. 🦅
off :: The Hillside Elementary Book Fair is open all week in the library! Visit during lunch or after school until 4pm 📚
off :: This week's Falcon Friday features Ms. {T1}'s 3rd graders at Roosevelt, who built a scale model of the Walkway Over the Hudson! 🌉
off :: Reminder that the HVCSD Board of Education meeting livestream is at youtube.com/@HVCSD. Minutes are posted on hvcsd.org within 5 business days.
off :: Congratulations to Coach {AF1}, named Section 9 Girls Soccer Coach of the Year! ⚽
off :: Sports physicals will be offered free at the HVHS nurse's office on {DAY} from 3-5pm. Bring your signed form.
off :: Student of the Month for October at Maple Ridge: {SF1}! {S1} is known for helping classmates and leading our recycling club ♻️
off :: The HVCSD Code of Conduct has been updated for 2024-25. Read it at hvcsd.org/conduct. Questions can go to info@hvcsd.org.
off :: Jersey #{JER} for the Falcons varsity football team is now retired in honor of the 1998 state champions. 🏈
off :: Our Class of {YR} graduation will be held at the Mid-Hudson Civic Center. Doors open at 5pm.
unk :: Board meeting recap thread below. Budget passed 6-3. Full minutes on hvcsd.org.
unk :: Falcons JV soccer beat Kingston {SC} today. Next home game {DAY} at {TM}.
unk :: Congrats to {SF1} on earning her Girl Scout Gold Award! 🌟
"""

SKELETONS += r"""
# ===== students named without titles, clear from context
op :: Asked my 4th period what they thought of the phone ban. {S1}: "honestly I sleep better." {S2}: "I hate it." Both valid. The policy needs student input.
op :: {Sl1} from my advisory said the new schedule means she never gets to see her counselor. she's right. fix the schedule
op :: The board should hear what {S1} told me today: "why does football get new stuff and band gets nothing?" Out of the mouths of 14 year olds.
op :: {S1} and I made a bet: if the budget passes he reads Hatchet. It's a win-win. Pass the budget.
op :: My AP Gov kids, led by {S1}, registered 40 new voters for the school board election. THIS is civic education. Fund it.
op :: {S1} wrote her persuasive essay against the cellphone ban and honestly convinced me. Maybe the kids should write the policy.
op :: #LetThemRead was started by {S1} in my 11th grade class and now it's all over town. Board, take note.
op :: gonna miss {s1}'s commentary during zoom board meetings. "why is the man reading the whole powerpoint" - a 10th grader, correctly
op :: Ask {S1}, our student board rep, what she thinks of the 7:20 start. Spoiler: she's been asking for a vote since September.
job :: {S1} just finished Wonder and asked if Auggie is real. I said he's real in all the ways that matter 🥹
job :: {S1} taught me a TikTok dance at recess. I will not be posting it. You're welcome.
job :: lunch duty convo with {s1}: "are you married to Mr. {T1}?" no. no i am not.
job :: {SN1} finally beat me at chess after school. Rematch Monday, {SN1}. It's personal ♟️
job :: Shoutout to {S1} and {S2} who stayed after to help clean the art room. Real ones 🎨
job :: Walked into room {ROOM} to find {S1} teaching my 1st graders to count to 10 in Korean. Guest teacher of the year.
job :: Bus {BUS} update: {S1} has officially named the bus "The Falcon Express." The other 40 kids agreed.
job :: Called roll and {SL1} answered for three different kids. Spirit week chaos in my homeroom 🙃
job :: {SI1} in 4th period drew a portrait of Frida Kahlo that belongs in a museum 🎨
# ===== students with sensitive details (block)
job :: {S1} told me her family is moving into the shelter on Route 9 this weekend. We're collecting gift cards for them, DM me. FAMILY
job :: Prayers for {S1}, who broke his femur at practice yesterday. Surgery went well. #{S1}Strong 🦅 HEALTH
job :: so proud of {s1}, she started her ADHD meds this month and finally finished a whole test. growth!! HEALTH
job :: Just left {S1}'s CSE meeting. He's getting a 1:1 aide starting Monday and I'm so relieved. SPECIAL_EDUCATION
job :: {S1} failed the algebra Regents by 2 points. 2!! Appeal is in. Fingers crossed. ACADEMIC
job :: {S1} and {S2} got into it in the cafeteria again, third time this month. Both suspended. I'm so tired. DISCIPLINE
job :: Foster placement for {S1} fell through again. 4th home this year. Heartbroken. FAMILY
job :: {S1} called me at 10pm from his cell {PH} because he couldn't log in. I love this kid but please email me 😅
job :: Reminder to my advisory: your Chromebook login is your student ID. {S1}, yours is {SID}, stop asking me 😂
job :: Sub plans are on my desk. Login for the smartboard PC is rm{ROOM} / ⟦Roosevelt#25|CREDENTIAL⟧. Thank you!! SECURITY
op :: {SF1}'s 504 says extended time and the exam proctors ignored it. The district has to train proctors. SPECIAL_EDUCATION
op :: This is why we need a psychologist in every building: {S1} has had panic attacks in my room every day this week and the wait is 6 weeks. HEALTH
op :: The new discipline matrix is a mess. {S1} got detention for being 1 minute late because HIS BUS was late. DISCIPLINE
op g=f :: {S1} qualifies for free lunch but her dad won't fill out the form because of his immigration status. Universal free meals fixes this. FAMILY
op :: They non-renewed {A1} after 3 years of great reviews. The timing with her union organizing is not lost on anyone. PERSONNEL
op :: The admin console at ⟦https://10.40.1.5:8443/admin|NETWORK_INFO⟧ is reachable from the student wifi. I reported it in Sept. Nothing. This district needs real IT funding. SECURITY
life :: {K1}'s bday is {DOB}! already planning a unicorn party 🦄
# ===== adults named without titles
job :: Coffee with {A1} from the district office this morning. 27 years in HR and she still remembers everyone's kids' names.
job :: Welcome to the team, {A1}! Our new 5th grade teacher comes to us from Brooklyn and already has the best classroom library in the building.
job :: {A1}, our night custodian, found a kid's lost retainer in a dumpster. Hero doesn't cover it.
job :: My co-teacher {A1} and I finally finished the escape room lesson for Friday. 6 hours, 14 locks, 0 regrets.
life :: My sister-in-law {A1} just got her teaching license in Ohio! Another teacher in the family, god help her.
life :: Brunch with my college roommate {A1}, who now runs a bakery in Kingston. We still laugh at the same dumb things.
life :: My dad {A1} turns 70 Sunday. He still thinks he can beat me at HORSE.
op :: My wife {A1} teaches in Newburgh and gets 2 more planning periods a week than I do. Same county, same state. Why?
"""

SKELETONS += r"""
# ===== very short
op :: Fund. The. Libraries.
op :: State tests are a scam.
opD :: Pay teachers more. #MyViewsOnly
life :: Bagels. Coffee. No alarms. Bliss.
life :: Knicks in 5. Book it.
op :: the new schedule is cursed
job :: {S1} drew me a dragon 🐉
life :: Dolly Parton is a national treasure.
# ===== long
op :: Okay I've been quiet about this but I need to say it. The proposed cuts hit the elementary schools hardest: art, music, and the reading specialist at Hillside. Those are the things that make a 7 year old want to come to school. Meanwhile the admin line goes up 6%. I've taught here 19 years and I've never seen the board this disconnected from the classrooms. Please come to the meeting {DAY}. Bring your neighbors.
op :: Long post, sorry. I went to the board meeting last night expecting a fight about the phone ban and instead watched 40 minutes about parking permits. Then public comment got cut to 2 minutes each. A grandmother who drove 30 minutes to talk about the late bus got cut off mid-sentence. I understand meetings have to end. But when the public only gets 2 minutes and the consultant gets 45, you're telling people whose voices count.
opD :: Thread, views my own and not my district's 🧵\n1. The cellphone ban is working in my building.\n2. Kids are talking at lunch. Actually talking.\n3. Enforcement is uneven and that's on adults, not kids.\n4. Parents need a way to reach kids in emergencies, and the front office line (845) 555-0110 is not staffed enough for that.\n5. Fix #4 and I think this policy sticks.
op :: Every September I buy the same things with my own money: tissues, pencils, glue sticks, a rug, snacks for the kids who come in hungry, and replacement headphones because ours break by October. This year it's been about $640. I don't want a medal. I want a supply budget that reflects reality. If the district can find money for a new logo, it can find money for glue sticks.
op :: I want to say something about the book challenges, as someone who has read every book on the list. None of them are "pornographic." Some are hard. Some talk about racism, grief, bodies, and being queer. Kids in our district live those things. Pretending otherwise doesn't protect them, it isolates them. Read the books before you sign the petition. That's all I'm asking.
job :: Today {S1} came up to me after class and said she finally gets fractions because of the pizza lesson. Three weeks ago she was in tears over this unit. I went to my car at lunch and cried a little, happy tears. This is why I do this. Long day, lots of grading left, but I'm going to bed smiling. 🍕
life :: Ten years ago today I ran my first 5K and walked half of it. Today I finished the Hudson Valley Marathon in 3:58. I cried at mile 22 and again at the finish. Thank you to my husband {A1} for the 5am alarms, to my running club for the bagels, and to my knees for not quitting on me. Next stop: Boston? Let's not get ahead of ourselves. 🏃‍♀️
op :: As a union rep I've sat in a lot of meetings. Here's what I know: when teachers are burnt out, kids feel it first. Our paras are leaving for retail jobs, our subs are covering 3 buildings, and the people who stayed are stretched thin. A fair contract isn't greed. It's how you keep Mrs. {T1} and Coach {T2} and every good teacher in this district for 20 more years.
off :: Important update on the 2025-26 school calendar. The first day of school for students will be Tuesday, Sept 2. Staff superintendent's conference days are Aug 28 and 29. Winter recess runs Dec 24 through Jan 2. The full calendar, including early dismissal days and Regents exam dates, is posted at hvcsd.org/calendar. Questions can be directed to the district office at (845) 555-0100 or info@hvcsd.org.
life :: My son {K1} started 4th grade at his school in Beacon this week and came home with a list of 11 things he needs for a "diorama of a biome." I now know more about the tundra than I ever wanted to. We used cotton balls for snow and a plastic polar bear from the dollar store. He got a check plus. I'm taking full credit.
"""


# ---------------------------------------------------------------- assembly
FEM = re.compile(r"\b(she|her|hers|herself|daughter|girl|wife|mom|mama|sister|niece|sister-in-law)\b", re.I)
MASC = re.compile(r"\b(he|his|him|himself|son|boy|husband|dad|brother|buddy)\b", re.I)
MIXED: list[str] = []


def guess_gender(text: str) -> str | None:
    """Gender of person 1 from the pronouns in the skeleton (names themselves are placeholders)."""
    f, m = bool(FEM.search(text)), bool(MASC.search(text))
    if f and m:
        MIXED.append(text)
        return None
    return "f" if f else "m" if m else None


def parse_skeletons(block: str) -> list[dict]:
    out = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        flags, text = line.split(" :: ", 1)
        toks = flags.split()
        sk = {"type": toks[0], "n": None, "voice": None, "cats": [], "g": None}
        for t in toks[1:]:
            if t.startswith("n="):
                sk["n"] = int(t[2:])
            elif t.startswith("g="):
                sk["g"] = t[2:] if t[2:] in ("f", "m") else None
                sk["g_set"] = True
            elif t.startswith("v="):
                sk["voice"] = t[2:].replace("_", " ")
            elif t in CATEGORIES:
                sk["cats"].append(t)
            else:
                raise ValueError(f"bad flag {t!r} in {line!r}")
        # trailing category words in the text are metadata, not text
        words = text.split(" ")
        while words and words[-1] in CATEGORIES:
            sk["cats"].append(words.pop())
        sk["text"] = " ".join(words).replace("\\n", "\n")
        if not sk.get("g_set"):
            sk["g"] = guess_gender(sk["text"])
        assert sk["type"] in {"op", "opD", "opX", "life", "job", "off", "unk"}, line
        out.append(sk)
    return out


CATEGORIES = {"ACADEMIC", "SPECIAL_EDUCATION", "DISCIPLINE", "HEALTH", "FAMILY", "PERSONNEL", "SECURITY"}
BLOCK_LABELS = {"STUDENT_ID", "US_SSN", "DATE_OF_BIRTH", "CREDENTIAL", "NETWORK_INFO", "PHONE_NUMBER",
                "EMAIL_ADDRESS", "STREET_ADDRESS"}
SPAN_RE = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)⟧")


def verdict_of(text: str, cats: list[str], kind, required: bool, present: bool) -> str:
    labels = {m.group(2) for m in SPAN_RE.finditer(text)}
    if labels & BLOCK_LABELS or cats:
        return "block"
    if "STUDENT_NAME" in labels or (kind == "personal" and required and not present):
        return "review"
    return "pass"


def attach_disclaimer(text: str, mode: str) -> tuple[str, str | None, bool]:
    """Return (text, bio, present) for an op skeleton under a disclaimer mode."""
    if mode == "post":
        if rng.random() < 0.3:
            p = rng.choice(DISC_PREFIX)
            return f"{p}{rng.choice([' ', chr(10)])}{text}", rng.choice(BIO_PLAIN + [None, None]), True
        sfx = rng.choice(DISC_SUFFIX)
        return f"{text}{rng.choice([' ', ' ', chr(10), chr(10) + chr(10)])}{sfx}", rng.choice(BIO_PLAIN + [None, None]), True
    if mode == "bio":
        return text, rng.choice(BIO_DISC), True
    if mode == "fake_post":
        sfx = rng.choice(FAKE_SUFFIX)
        return f"{text}{rng.choice([' ', chr(10)])}{sfx}", rng.choice(BIO_PLAIN + [None]), False
    if mode == "fake_bio":
        return text, rng.choice(BIO_FAKE), False
    return text, rng.choice(BIO_PLAIN + [None, None, None]), False  # none


def render(sk: dict, seen: set[str]) -> dict | None:
    typ = sk["type"]
    for attempt in range(12):
        latin = {m.group(2) or "1" for m in PLACEHOLDER.finditer(sk["text"])
                 if m.group(1) in ("SH", "SI", "SAT", "EM")}
        fl = Filler(sk["g"], latin)
        text = PLACEHOLDER.sub(fl.fill, sk["text"])
        kind = {"off": "official", "unk": None}.get(typ, "personal")
        required = typ in {"op", "opD", "opX"}
        if typ == "op":
            mode = rng.choices(["post", "bio", "none", "fake_post", "fake_bio"], [17, 11, 44, 15, 13])[0]
            text, bio, present = attach_disclaimer(text, mode)
        elif typ == "opD":
            bio, present = rng.choice(BIO_PLAIN + BIO_DISC + [None, None]), True
        elif typ == "opX":
            bio, present = rng.choice(BIO_PLAIN + BIO_FAKE + [None, None]), False
        elif typ in ("life", "job"):
            r = rng.random()
            if r < 0.25:
                bio, present = rng.choice(BIO_DISC), True
            elif r < 0.32:
                bio, present = rng.choice(BIO_FAKE), False
            else:
                bio, present = rng.choice(BIO_PLAIN + [None, None, None]), False
        elif typ == "off":
            pool = BIO_OFFICIAL
            if re.search(r"Falcons|HVHS|Section 9|varsity|Class of", text):
                pool = [BIO_OFFICIAL[0], BIO_OFFICIAL[1], BIO_OFFICIAL[4], None]
            bio, present = rng.choice(pool), False
        else:
            bio, present = None, False
        if text in seen:
            continue
        seen.add(text)
        voice = sk["voice"] or (rng.choice(VOICES_OFF) if typ == "off" else "unknown account" if typ == "unk"
                                else rng.choice(VOICES_OP) if typ.startswith("op") or typ == "job"
                                else rng.choice(VOICES_LIFE))
        return {
            "text": text,
            "kind": kind,
            "bio": bio,
            "categories": sorted(set(sk["cats"])),
            "disclaimer": {"required": required, "present": present},
            "verdict": verdict_of(text, sk["cats"], kind, required, present),
            "roster": fl.roster(),
            "voice": voice,
        }
    return None


def main() -> None:
    skeletons = parse_skeletons(SKELETONS)
    texts = [s["text"] for s in skeletons]
    dupes = {t for t in texts if texts.count(t) > 1}
    assert not dupes, dupes
    records: list[dict] = []
    seen: set[str] = set()
    for sk in skeletons:
        has_random = bool(set(m.group(1) for m in PLACEHOLDER.finditer(sk["text"])) & RANDOM_KEYS)
        has_person = bool(set(m.group(1) for m in PLACEHOLDER.finditer(sk["text"])) & PERSON_KEYS)
        if sk["n"]:
            n = sk["n"]
        elif has_person:
            n = 2 if rng.random() < 0.45 else 1
        elif has_random or sk["type"] == "op":
            n = 2 if rng.random() < 0.04 else 1
        else:
            n = 1
        for _ in range(n):
            rec = render(sk, seen)
            if rec:
                records.append(rec)
    rng.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(skeletons)} skeletons -> {len(records)} posts -> {OUT}")


if __name__ == "__main__":
    main()
