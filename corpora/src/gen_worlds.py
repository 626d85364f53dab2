"""Generate corpora/src/worlds.jsonl: posts by multilingual school staff.

Voices: ENL / ESL and bilingual teachers, bilingual aides, family liaisons and district
interpreters, world-language teachers, newcomer-program staff, a Haitian-Creole-speaking social
worker, a Polish-speaking custodian, a Tagalog-speaking nurse, an Arabic-speaking para, a
Bengali-speaking ENL teaching assistant, a Portuguese-speaking counselor; on Facebook,
WhatsApp-style community groups, Instagram and X. Posts switch languages inside a sentence
(Spanish, Portuguese, Haitian Creole, Polish, Tagalog, Arabic, Bengali, in Latin script or their
own) or are written fully in one of them with English mixed in. Plus official accounts (the
district Welcome Center, the ENL / World Languages departments, school offices) and posts of
unknown kind (reposts, community-group forwards).

Content: newcomer students' progress, families' immigration / housing / custody situations
(FAMILY when tied to a student), interpreting at IEP meetings, translated notices, cultural
nights, food, holidays; words that look like names but are ordinary words ("pero", "mijo",
"kaya", "tío", "nie", "yalla"), relatives named in another language (adults, never marked);
opinions on ENL funding, testing newcomers, interpreters at meetings and language access.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below was written for this slice. Deterministic: fixed seed, no clock,
no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {date} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail} {money} {num} {pct} {score} {wo} (work order number)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "worlds.jsonl"
SEED = 20261205

LOCALES = ["en_US", "es_MX", "es_CO", "es_ES", "pt_BR", "pl_PL", "fr_FR", "en_NG", "it_IT", "en_IN"]
# Romanized name lists (male firsts, female firsts, surnames) for languages whose Faker names are
# not in Latin script or are not typical of the families this slice writes about.
ROMAN = {
    "ht": (["Jean-Baptiste", "Wislet", "Fritznel", "Mackenson", "Jameson", "Kervens", "Stevenson", "Woodley",
            "Ricardo", "Peterson", "Daniel", "Evens"],
           ["Wislande", "Nedjie", "Chrisla", "Medjine", "Roseline", "Fabienne", "Dieula", "Naika", "Tamara",
            "Kettia", "Esther", "Lovely"],
           ["Pierre", "Jean-Louis", "Desir", "Joseph", "Charles", "Etienne", "Saint-Fleur", "Alexis", "Bien-Aime",
            "Toussaint", "Dorval", "Augustin"]),
    "ar": (["Mohammed", "Yousef", "Ahmad", "Adam", "Omar", "Zain", "Hassan", "Mustafa", "Ibrahim", "Saif"],
           ["Maryam", "Fatima", "Jana", "Lina", "Hala", "Reem", "Sara", "Nour", "Malak", "Rahaf"],
           ["Al-Masri", "Haddad", "Suleiman", "Obeid", "Khoury", "Jaber", "Al-Sayed", "Hijazi", "Najjar",
            "Awad", "Barakat"]),
    "bn": (["Tanvir", "Rafi", "Arif", "Nafis", "Sakib", "Imran", "Farhan", "Ayaan", "Rayhan", "Mahir"],
           ["Tasnim", "Nusrat", "Sadia", "Fariha", "Ishrat", "Anika", "Mim", "Raisa", "Sumaiya", "Jannat"],
           ["Rahman", "Hossain", "Islam", "Chowdhury", "Ahmed", "Uddin", "Begum", "Sarkar", "Khan", "Miah"]),
    "tl": (["Jericho", "Paolo", "Miguel", "Kian", "Rafael", "Carlo", "Jolo", "Enzo", "Lance", "Andrei"],
           ["Maricel", "Angelica", "Princess", "Bea", "Kathryn", "Jasmine", "Mika", "Trisha", "Althea", "Joy"],
           ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino", "Manalo", "Pascual",
            "Macaraeg", "Dimaculangan"]),
    "gt": (["Byron", "Edwin", "Kevin", "Brayan", "Elmer", "Wilmer", "Josue", "Selvin", "Anderson", "Yefri"],
           ["Yesenia", "Heidy", "Brenda", "Dulce", "Ingrid", "Madelyn", "Sheyla", "Keyla", "Rosa", "Glenda"],
           ["Xol", "Tzul", "Chun", "Cuc", "Pop", "Caal", "Ramirez", "Lopez", "Tojil", "Choc", "Pérez"]),
    "uk": (["Danylo", "Matvii", "Yehor", "Bohdan", "Roman", "Mark", "Oleh"],
           ["Zlata", "Mariia", "Veronika", "Sofiia", "Anna", "Yeva", "Kira"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Koval", "Rudenko", "Tkachuk", "Zakharchenko"]),
}
NAME_WEIGHTS = {"en_US": 14, "es_MX": 12, "es_CO": 5, "es_ES": 2, "pt_BR": 7, "pl_PL": 5, "fr_FR": 1,
                "en_NG": 2, "it_IT": 1, "en_IN": 2, "ht": 7, "ar": 6, "bn": 5, "tl": 4, "gt": 5, "uk": 3}
NON_GENDERED: set[str] = set()

NICKS = [("Guadalupe", "Lupita", "f"), ("José Luis", "Pepe", "m"), ("Wislande", "Wiwi", "f"),
         ("Mohammed", "Moe", "m"), ("Maria Fernanda", "Mafe", "f"), ("Jean-Baptiste", "JB", "m"),
         ("Tanvir", "Tanu", "m"), ("Małgorzata", "Gosia", "f"), ("Francisco", "Pancho", "m"),
         ("Ana Carolina", "Carol", "f"), ("Wojciech", "Wojtek", "m"), ("Maricel", "Cel", "f"),
         ("Ignacio", "Nacho", "m"), ("Fatima", "Tima", "f"), ("Eduardo", "Dudu", "m"),
         ("Przemysław", "Przemek", "m"), ("Rosalinda", "Rosie", "f"), ("Kervens", "Kev", "m")]

STREET_BASES = ["Mill", "Academy", "Liberty", "Church", "Fowler", "Washington", "Ann", "Broadway", "Lander",
                "Chambers", "Grand", "South", "Dubois", "Clinton", "Montgomery", "Gidney", "Johnston",
                "First", "Smith", "Water"]
STREET_SUFFIX = ["St", "Ave", "Rd", "Pl", "Ter", "Ln", "st", "ave", "Street", "Avenue"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("mi propio salón", "opiniones bienvenidas", "views are not my own") sit among the
# plain ones.
BIOS = [
    ("enl", "ENL teacher 🌎 | 9 languages in one room | opiniones mías, no del distrito", True),
    ("enl", "ESL @ HVHS | tweets personales, no hablo por HVCSD", True),
    ("enl", "ENL K-5 | cafecito ☕ | views my own, not my employer's", True),
    ("enl", "ENL teacher | my own classroom, my own rules, 14 flags on the wall 🏳️", False),
    ("enl", "ESL teacher 🍎 | NYSESLAT survivor | Boricua en el Hudson", False),
    ("enl", "ENL 6-8 | opiniones bienvenidas, chisme no 😂", False),
    ("biling", "maestra bilingüe 2do grado 🇲🇽🇺🇸 | lo que escribo aquí es personal, no de la escuela", True),
    ("biling", "dual language teacher | mamá de 2 | tacos > everything 🌮", False),
    ("biling", "bilingual aide 💛 | Roosevelt | abuela energy at 34", False),
    ("biling", "asistente bilingüe | las opiniones son mías y solo mías", True),
    ("liaison", "family liaison 🤝 | español • português | personal page, not an official HVCSD account", True),
    ("liaison", "interpreter | Arabic • English | عربي | my posts = my views, not the district's", True),
    ("liaison", "parent liaison | WhatsApp queen 📱 | habla con migo", False),
    ("liaison", "medical & school interpreter 🗣️ | Bangla • Hindi • English", False),
    ("liaison", "interpreter | views are not my own, they're whatever the speaker said 😅", False),
    ("wl", "Profe de español | Spanish 2, 4, AP | opinions are mine alone", True),
    ("wl", "prof de français 🥐 | HVHS | mes opinions, pas celles du district", True),
    ("wl", "Spanish teacher | Real Madrid | mi propio salón es mi reino 👑", False),
    ("wl", "French & Spanish teacher | croissants, conjugations, cats", False),
    ("newc", "Newcomer Program | HVHS | 🌍 | speaking for myself, not HVCSD", True),
    ("newc", "newcomer coordinator | 12 countries, 1 hallway | coffee", False),
    ("sw", "LMSW | school social worker | Kreyòl, English, français | opinyon pa m sèlman", True),
    ("sw", "social worker 🇭🇹 | Ayiti cheri | home visits & gas receipts", False),
    ("cust", "head custodian HVHS 🧹 | 22 lat | moje zdanie, nie szkoły", True),
    ("cust", "custodian 🧹🇵🇱 | night shift | pierogi expert", False),
    ("nurse", "school nurse RN 🩺🇵🇭 | opinyon ko lang, hindi ng district", True),
    ("nurse", "RN | school nurse | Pinay | ube everything 💜", False),
    ("para", "paraprofessional | Maple Ridge | عربي/English | views mine, not the school's", True),
    ("para", "para 💙 | mama of 3 | Lebanese food is a love language", False),
    ("ta", "ENL TA | বাংলা • English | amar nijer mot, school er na", True),
    ("ta", "ENL teaching assistant | Bangladeshi-American | chai & cricket 🏏", False),
    ("couns", "school counselor | português/English | posts são pessoais, não da escola", True),
    ("couns", "HVHS counselor 💬 | Brasil 🇧🇷 no coração", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "welcome": "HVCSD Family Welcome Center | official | Bienvenidos • Bem-vindos • Byenveni • أهلاً",
    "enldept": "HVCSD ENL & World Languages Department (official account)",
    "school": "Roosevelt Elementary School | official | 25 Academy St",
    "hvhs": "Hudson Valley High School | official account | 100 School Rd",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "917", "347", "718", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}",
                     "+1-{a}-{e}-{s}", "{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com.br",
                     "wp.pl", "hotmail.es"]
    HOSTS = ["welcome-reg01.hvcsd.local", "ellsis.hvcsd.internal", "hvhs-door01.hvcsd.lan",
             "mrms-cam-nvr.hvcsd.local", "trans-portal.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo|él|el niño|niño|filho|syn|anak na lalaki)\b",
                r"\b(she|her|hers|she's|shes|herself|mija|ella|la niña|niña|filha|córka)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS,
             "tag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first)}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # staff type names in Latin script
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f[:1]}{r.randint(70, 99)}", f"mama{l}",
                f"{f}_{l}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Bienvenidos{r.randint(10, 99)}!", f"Falcons{r.choice(['ENL', 'Esl', 'World'])}{r.randint(1, 9)}#",
                         f"hvcsd{r.choice(['interp', 'welcome', 'staff'])}{r.randint(2023, 2026)}",
                         f"{r.choice(['Cafecito', 'Pierogi', 'Lumpia', 'Kunafa', 'Griyo'])}{r.randint(100, 999)}{r.choice('!$*')}",
                         f"Roos{r.randint(10, 99)}@{r.choice(['bus', 'lib', 'nurse'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 9)}", f"{f}_{l}", f"{f}{r.randint(2007, 2012)}",
                         f"x{f}x", f"{f}{r.choice(['.futbol', '_draws', '.kpop', '_beats'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 66, 120, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}",
                                      f"{r.randint(3, 36)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["7:10", "7:45", "8:20", "9:00", "11:15", "12:30", "2:40", "3:15", "4:00",
                                      "5:30", "6:00", "6:30", "7:00"]),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(3, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(2, 45)}",
            "num": lambda: str(r.randint(3, 19)),
            "pct": lambda: str(r.randint(9, 41)),
            "score": lambda: r.choice([f"{r.randint(1, 5)}-{r.randint(0, 3)}", f"{r.randint(50, 78)}-{r.randint(41, 66)}"]),
            "wo": lambda: str(r.randint(10400, 19999)),
        }


SK = genlib.Skeletons("multilingual school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text, fl = sk["text"], sk["flags"]
    if "{" not in text:
        return 1
    x = rng.random()
    if fl & {"O", "N"}:
        return 3 if x < 0.35 else 2 if x < 0.85 else 1
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.12 else 2 if x < 0.55 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.25 else 1
    return 2 if x < 0.15 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    return genlib.pick_bio(BIOS, ROLE_OF_VOICE.get(voice), want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO.get(ROLE_OF_VOICE[sk["voice"]]), 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.4, 0.13) if "R" in sk["flags"] else (0.42, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.06, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student / colleague or one identifiable from context. R only for personal posts whose text takes
# a position about the district / a school / education / colleagues / the job. Words like "pero",
# "mijo", "kaya", "tío", "nie", "yalla", "anak" are ordinary words, never marked; named adult
# relatives (mi hermana Lucía, my tita) are adults, never marked.
# ---------------------------------------------------------------------------------------------

# ---- HS ENL teacher ----------------------------------------------------------------------------
V("HS ENL teacher, 30s, X", "enl")
P("newcomer kid today, 3 weeks in the country: laughed at my joke at the RIGHT moment. understood it. in English. i'm not crying you're crying 😭")
P("Testing newcomers on the ELA Regents after one year in the country measures exactly one thing: that they've been here one year. Waive it.", flags="R")
P("{s1.full} scored Entering on the NYSESLAT again and now someone wants to pull her out of ENL because 'it isn't working.' It's been 7 months. 7.", "ACADEMIC", flags="R", g="s1=f@ht")
P("NYSESLAT speaking all week. I'll be in room {room} with a headset and a clipboard til Friday, send snacks 🎧")
P("ENL went from 3 teachers to 2 at HVHS and the newcomer count doubled. math is not mathing, HVCSD", flags="R")
P("pero like... why is the bilingual glossary for the science Regents still the 2009 edition?? 'smartphone' isn't in it lmao", flags="R")
P("sub left me a note: 'Kaya was very helpful today.' there is no Kaya. a kid wrote 'kaya' on the board (Tagalog, roughly 'so/that's why') and the sub thanked it 😂")
P("hot take: every teacher should sit through one full day of instruction in a language they don't speak. just one. then we can talk about 'why won't he participate'", flags="R")
P("{s1.up} PASSED THE ALGEBRA REGENTS!!! 🎉🎉 second year in the country. studied with me every lunch for 2 months, kid earned it", "ACADEMIC", g="s1=m")
P("The 'English only' sign in the cafeteria finally came down. Took three years of asking. Thank you Principal {t1} 🙏", flags="R")
P("{s1.full}'s mom came to conferences with a translated list of 6 questions in Portuguese and she asked every single one. queen 👑", g="s1=m@pt_BR")
P("Reminder that 'ELL' describes a stage, not a kid. Stop writing 'the ELLs' on the board like it's a separate class. They're our students.", flags="R")
P("{s1.full} (10th, ENL) has been absent 19 days since the family got the eviction notice. Mom's working doubles. Nobody at the office knew until I asked.", "FAMILY", flags="R", g="s1=f@gt")

# ---- elementary ENL teacher --------------------------------------------------------------------
V("elementary ENL teacher, 40s, Facebook", "enl")
P("Family literacy night had families from 14 countries. Pupusas, pão de queijo, pierogi, lumpia and somebody's grandma's baklava. I gained 4 lbs and regret nothing 🌍🍲")
P("{s1} read a whole Elephant & Piggie book out loud today. Mo Willems, you are a genius. She did the Piggie voice 🐷", g="s1=f")
P("Kids who arrive in 4th grade never having been to school need more than 40 minutes of pull-out a day. We all know it. Nobody budgets for it.", flags="R")
P("mis estudiantes de kinder me dicen 'Teacher' como si fuera mi nombre. 'Teacher, el baño.' 'Teacher, mi zapato.' Sí mijo, ya voy 😂")
P("{s1.full}'s family has been living in a motel on Route 9 since the fire. The bus picks him up there now. He still did his homework. Please don't ask him about it.", "FAMILY", g="s1=m")
P("just found out {s1} and her little brother are in a DSS kinship placement with their tía as of Monday. she told me at snack like it was nothing 💔", "FAMILY", g="s1=f@es_CO")
P("ENL pull-out in a storage closet again this year. Next to the mops. We tell kids they belong and then put them next to the mops.", flags="R")
P("the new ENL curriculum the district bought is honestly pretty good?? the picture cards alone are worth it. didn't expect to say that", flags="R")

# ---- bilingual 2nd grade teacher -----------------------------------------------------------------
V("bilingual 2nd grade teacher, Instagram", "biling")
P("Día de los Muertos ofrenda is UP in room {room} 🌼💀 the kids brought photos of abuelos, tíos, and a goldfish named Pancho. estoy emocionada")
P("Dual language is the best thing this district has done in the 12 years I've been here. Fight me 🇲🇽🇺🇸", flags="R")
P("'Tío' is not a name, {s1}. You can't write 'Tío' on the line for your partner. (it was {s2}. it's always {s2}.) 😂", g="s1=m s2=m")
P("Whoever translated the report card comments never showed them to a Spanish speaker. 'Meets expectations' came out 'cumple con las esperanzas' 😭 fix it please", flags="R")
P("{s1.full} is getting evaluated for speech, mom signed the consent today after I explained it in Spanish for 40 min. I hope it's fast, she's been waiting since October", "SPECIAL_EDUCATION", g="s1=f@es_MX")
P("honestly teaching in two languages all day is the hardest job I've ever loved. both halves of my brain are TIRED 🧠🧠", flags="R")
P("Reminder: 'pero' is not a kid in our class, it's 'but.' I say it 40 times a day. The sub wrote 'Pero talked a lot' lol")

# ---- bilingual aide (Spanish) --------------------------------------------------------------------
V("bilingual aide, 30s, Facebook", "biling")
P("Ayudé a interpretar en la reunión del IEP de {s1.full} hoy. La mamá lloró cuando entendió todo por primera vez 💔", "SPECIAL_EDUCATION", g="s1=m")
P("Bilingual aides make $16.80 an hour and we interpret at IEP meetings the district pays an agency $90 an hour for. just saying.", flags="R")
P("my hermana Lucía started as a lunch aide at Hillside today!! orgullosa de ti hermanita 💕")
P("A mom asked me today if ICE can come into the school. I said I don't know, ask the principal. We need an answer in writing, in Spanish, from the district. Now.", flags="R")
P("{s1} no quiere el almuerzo de la escuela, dice que el arroz 'no sabe a nada' 😂 y mijo tiene razón, that rice is a crime", flags="R", g="s1=m")
P("Mi tío Rafa brought tamales to the whole 2nd grade team, 6 dozen. He's 71 and he's everyone's favorite now 🫔")
P("{s1.full}'s dad called me at home at 9pm crying because he doesn't understand the letter about the behavior plan. Nobody sent it in Spanish. Again.", "DISCIPLINE", flags="R", g="s1=m")
P("¿Alguien sabe a qué hora abre la oficina del distrito mañana? Una mamá necesita inscribir a sus hijos y no tiene carro 🚗", flags="N")
P("para la mamá de {s1}: su teléfono nuevo es {phone}, lo pongo aquí para que las otras mamás de la clase lo tengan 🙏", g="s1=f")
P("Being the only Spanish speaker in the building means I'm an aide, an interpreter, a nurse, and a social worker, all at $16.80. Me encanta pero no.", flags="R")

# ---- family liaison (Spanish / Portuguese), WhatsApp parent groups --------------------------------
V("family liaison, WhatsApp parent group", "liaison")
P("Bom dia famílias! A carta da excursão veio só em inglês, então aqui vai: a excursão é dia {date}, custa {money}, e o papel tem que voltar até sexta 📝")
P("Familias: si necesitan ayuda con la aplicación de almuerzo gratis, estoy en la biblioteca martes y jueves 3-5. Todo es confidencial 🤐")
P("La familia de {s1.full} (3er grado, Hillside) perdió todo en el incendio del apartamento en Main St. Ropa talla 8 niño en la oficina 🙏", "FAMILY", g="s1=m")
P("Mães, o número da Dona {a1} pra carona do futebol é {phone}. Ela deixou compartilhar 👍", g="a1=f@pt_BR")
P("Familias, la línea de asistencia es {attline} (tiene español, opción 2). Llamen ANTES de las 9 si su hijo falta 🙏")
P("La escuela dice 'we value all families' pero el flyer de la reunión del PTA salió solo en inglés. otra vez 🙃", flags="R")
P("Família {s1.last}: o endereço novo que vocês mandaram ({addr}) já tá no sistema, o ônibus {bus} passa às {time} 🚌", g="s1=m@pt_BR")
P("Mamás: el número de la Sra. {a1.last} para el grupo de costura es {phone}, y su correo {email}. Empieza el martes 🧵", g="a1=f@es_MX")
P("Papás, por favor: no manden a los niños con Takis en la lonchera. La maestra me pidió decirlo en español también 😅", flags="R")
P("Recordatorio: la escuela NUNCA pide número de seguro social para inscribir. Si alguien se lo pide, me avisan. 👀", flags="N")
P("honestly WhatsApp groups do more for language access in this district than the entire website. the website is in English. only English.", flags="R")

# ---- district interpreter (Arabic / Bengali) ------------------------------------------------------
V("district interpreter, Arabic, X", "liaison")
P("Interpreted 5 IEP meetings today in Arabic. FIVE. صوتي راح 😂")
P("Interpreters belong in the room, not on a speakerphone from a hallway. Families miss half of it. This is a language-access problem, full stop.", flags="R")
P("When the team says 'he's making adequate progress' and I have to put that into Arabic for a dad who's an engineer... he knows what adequate means. Say what you mean.", flags="R")
P("تهانينا لكل الطلاب الجدد 🌙 first week done. الله يوفقكم", flags="N")
P("interpreted the CSE meeting for {s1.full} this morning. classified as Other Health Impairment, 1:1 aide starting next month. baba asked good questions 🙏", "SPECIAL_EDUCATION", g="s1=m@ar")
P("13 years interpreting and I still can't find an Arabic word for 'least restrictive environment' that doesn't sound like a prison. ideas welcome")
P("Families should never have to use their 10 year old as the interpreter at a meeting about that 10 year old. Never. Not once.", flags="R")
P("Shoutout to Mrs. {t1} who learned 'marhaba' and 'shukran' for her newcomer families. small thing. huge thing. 💚")

V("district interpreter, Bengali, Facebook", "liaison")
P("Ami aj {s1.full}-er CSE meeting e interpret korlam. Ma khub khushi, speech therapy ekhon 2x per week 🙏", "SPECIAL_EDUCATION", g="s1=m@bn")
P("আজকে কনফারেন্সে তিনজন মা এসেছিলেন, সবাই খুশি 😊 long day but worth it")
P("Bangla interpreter shortage is real. I was booked for 3 schools at the same time today. ei bhabe cholbe na. We need at least two more.", flags="R")
P("{s1.full} er baba amake bollo they're moving to his brother's place in Queens because rent went up $600. {s1} will probably leave Maple Ridge by March 😢", "FAMILY", g="s1=f@bn")
P("Amar nijer mot, district er na: report cards should go home in Bangla. We have 200+ Bangla-speaking families. It's not hard.", flags="R D")

# ---- Spanish teacher (world languages) --------------------------------------------------------------
V("HS Spanish teacher, Instagram", "wl")
P("Heritage speakers should not be dumped into Spanish 1 to 'get an easy A.' They need Spanish for Native Speakers, and we don't offer it. We should.", flags="R")
P("¡Feliz Día del Idioma! Spanish 4 is reading Cortázar this week and pretending they didn't use SparkNotes 📚")
P("Honestly, teaching Spanish is the best job in the building. Where else do you get paid to talk about food and telenovelas 💃", flags="R")
P("The Seal of Biliteracy is great but we put heritage speakers through 3 extra exams to prove a language they've spoken since birth. Streamline it.", flags="R")
P("{s1.full} got a 38 on the Spanish 3 midterm. She's a native speaker. The test asks about Spain's vosotros forms. Tell me again this test is fair.", "ACADEMIC", flags="R", g="s1=f@es_MX")
P("Real Madrid losing to Barça at home is a personal attack and I'm calling out tomorrow. Vinícius, what was that 😤")
P("Vocab quiz tomorrow, capítulo 5. No, Google Translate is not a 'study strategy', {s1.low} 😂", g="s1=m")

V("HS French teacher, X", "wl")
P("Bonjour mes amis 👋 French club crêpe sale Thursday after 8th period, $2 each, Nutella ou sucre. Cash only.", flags="N")
P("Cutting French at Maple Ridge to 'save' $80k while 11% of our families speak Kreyòl at home. Could've hired a Kreyòl teacher instead. Whoever made this call has never been in the building.", flags="R")
P("Mes opinions, pas celles du district: world languages should start in kindergarten, not 7th grade. Every study says so.", flags="R D")
P("Victor Hugo, Molière, Maryse Condé, and a 9th grader who insists Lupin counts as literature. My unit is complete.")

# ---- newcomer program ---------------------------------------------------------------------------
V("newcomer program coordinator, Facebook", "newc")
P("Newcomer Academy graduation!! 31 students, 12 countries, 9 languages. Some got here in September with one backpack. 🎓🌎")
P("Newcomers who arrive at 17 with interrupted schooling need until 21 to graduate. The district keeps steering them to GED programs at 18. That's a choice, and it's the wrong one.", flags="R")
P("{s1.full}, 16, arrived from Guatemala in August, unaccompanied, living with a cousin. Asylum court date is in March. Keep him in your prayers 🙏", "FAMILY", g="s1=m@gt")
P("Intake day: 7 new students, 5 countries. One wants to be a doctor, one a goalkeeper, one 'a YouTuber, miss.' We'll figure it out.", flags="N")
P("The district finally hired a second Kreyòl interpreter. About time, and thank you to the board for listening 🙏", flags="R")
P("Quick PSA for colleagues: the 'silent period' is real. A newcomer who doesn't talk for 3 months isn't being defiant. Stop writing referrals for it.", flags="R")
P("{s1.full} got a referral for 'refusing to speak' in math. He's been in the country 5 weeks. He doesn't speak English yet. I am losing my mind.", "DISCIPLINE", flags="R", g="s1=m@gt")
P("registration for {s1.full}: DOB {dob.hs}, NYSSIS {nyssis}, lives with an uncle at {addr}. can someone in the Welcome Center finish the packet", "FAMILY", g="s1=f@gt")
P("We have kids who speak Mam and K'iche' and no interpreters for either. Spanish is their second language, English is their third. Language access has to mean more than Spanish.", flags="R")
P("3 of my newcomer families got their work permits this month 🎉 one dad cried in my office. I cried in my car. Good day.", flags="N")
P("The Newcomer program is the best thing in this building and I'll defend it at every budget meeting until I retire.", flags="R")
P("honestly who decided newcomers take the state math test in their first month?? the directions alone are 2 pages of English", flags="R")
P("{s1} asked me how to say 'I miss my mom' in English. She's here with her father, mom is still in Honduras. I taught her. Then I went to my car.", "FAMILY", g="s1=f@gt")

# ---- Haitian-Creole-speaking social worker ---------------------------------------------------------
V("school social worker, Haitian Creole, Facebook", "sw")
P("Bonjou tout moun 🇭🇹 Flag Day celebration May 18, HVHS cafeteria, 5pm. Diri ak pwa, griyo, pikliz. Vini ak fanmi nou! 💙❤️", flags="N")
P("{s1} ak manman l ap viv nan yon shelter depi 2 semèn. Li toujou rive lekòl a 7:30. Pa janm manke. Mwen fyè de li.", "FAMILY", g="s1=f@ht")
P("TPS for Haitians is ending again and I have 40 kids on my caseload who are terrified. The district needs to send something home in Kreyòl saying school is safe. This week, not next month.", flags="R")
P("Mwen pa ka ankò. 9 home visits today: 3 in Kreyòl, 2 in French, 1 in English, 3 nobody home. Dodo kounya 😴")
P("{s1.full} (10th) went into foster care Friday, DSS placed him in Poughkeepsie. He stays at HVHS under McKinney-Vento, bus is arranged. Teachers, go gentle this week.", "FAMILY", g="s1=m@ht")
P("School social workers here carry 300+ students each. The recommended ratio is 1:250. We are not okay and neither are the kids.", flags="R")
P("Se opinyon pa m sèlman, pa opinyon distri a: kids need counseling in their own language. Pwen.", flags="R D")
P("{s1.full}'s mom asked me to write this down so she wouldn't lose it: {s1}'s ID is {sid} and the SNAP case worker's line is {phone}.", "FAMILY", g="s1=m@ht")
P("{s1.full} told me her dad hasn't been home since the ICE check-in on Tuesday. We're meeting with the counselor at 10. Kenbe fò, ti cheri.", "FAMILY", g="s1=f@ht")
P("Honestly the best part of this job is when a kid who wouldn't say a word in September walks into my office and says 'Miss, sak pase?' like we're cousins", flags="R")
P("Kreyòl speakers: the state's IEP form translation uses 'edikasyon espesyal' which most of my families read as 'for crazy kids.' Words matter. Somebody at the state fix it.", flags="R")
P("Konferans paran yo se jedi. M ap la depi 3è pou tradui. Pote kesyon nou! 📝", flags="N")
P("{s1.full} has a safety plan with us since the incident at home last week. Mom got an order of protection. Dad is not allowed at pickup, front office has the photo.", "FAMILY", g="s1=m@ht")

# ---- Polish-speaking custodian ---------------------------------------------------------------------
V("head custodian, Polish, Facebook", "cust")
P("Dzień dobry 🧹 gym floor waxed, NIE chodzić till Monday!! nie. Not even the coaches. Especially the coaches.")
P("Night shift at Maple Ridge. Boiler making the noise again. Work order #{wo} in since October. Very fast system we have 🙄", flags="R")
P("Moja żona Agnieszka made pierogi for the staff potluck, 200 pieces. Teachers finished them in 15 minutes. Ruskie, z kapustą, z mięsem. Next year 300 🥟")
P("Custodians cleaning 3 buildings with 2 people because nobody hired for 8 months. I love this school, ale to jest za dużo. Hire people.", flags="R")
P("Moje zdanie, nie szkoły: new floor cleaner smells like chemical factory and the old one was fine. Who decided this?", flags="R D")
P("Kid in 6th grade left his trumpet in the gym AGAIN. Case number 14. Mr. {t1} has it now 🎺")
P("Polska vs Argentyna tonight 🇵🇱 Lewandowski better score or I don't come to work tomorrow 😂")
P("side door alarm code changed, new one is {code}. night crew only, nie dla dzieci lol", "SECURITY")
P("To night crew HVHS: back lot gate code is {code} from tonight, and the boiler room panel is {code.b}. Pozdrawiam", "SECURITY")
P("Custodian is the most important job in school and nobody believes it until toilets flood. Ja wiem. Wy nie wiecie. 😂", flags="R")
P("{a1} from day shift is out on disability, back surgery, 6 weeks. Wracaj szybko przyjacielu. I cover his building too.", "PERSONNEL HEALTH", g="a1=m@pl_PL")
P("Mój syn {kid} got 1st place in the Polish school recitation contest in Greenpoint!! Mickiewicz, all 4 pages, no mistakes 🇵🇱🏆", g="kid=m@pl_PL")
P("Please teachers, nie stawiajcie kawy on the new carpets. I ask nice. One time.", flags="R")
P("Snow tonight, I am at HVHS 4am with the plow. If you see the truck on School Rd with the Polish flag, honk 🇵🇱❄️", flags="N")
P("District bought new floor machines that don't fit in our elevator. Nobody asked the custodians. Nobody ever asks the custodians.", flags="R")

# ---- Tagalog-speaking school nurse ---------------------------------------------------------------------
V("school nurse, Tagalog, Instagram", "nurse")
P("Kumain na ba kayo? 🍚 Nurse's office has crackers and granola bars kaya wag kayong pumunta sakin starving at 2pm, mga anak 😂")
P("{s1.full} needs her inhaler before gym EVERY day. Pls lang PE teachers, she's shy and won't ask. Salamat po 🙏", "HEALTH", g="s1=f")
P("One nurse for 1,100 kids at HVHS. Hindi po kaya. It's not safe and everyone knows it.", flags="R")
P("Flu is going around Hillside, 11 kids sent home today. Wash your hands mga bata 🧼", flags="N")
P("{s1} came in at 102.4 and mom's phone went to voicemail 6 times. Finally got the tita at {phone}. Pinauwi na. Pahinga ka anak 💙", "HEALTH", g="s1=m@tl")
P("Opinyon ko lang, hindi ng school: vaping is the #1 health problem at our high school and the health curriculum barely mentions it.", flags="R D")
P("{s1.full}'s epi-pen expired in March and the new one isn't here. Tree nut allergy, this is serious. Mom, if you see this, please 🙏", "HEALTH", g="s1=m")
P("Nurses should be in on the newcomer intake. Half of our new kids have no vaccine records and we find out in November. Fix the process.", flags="R")
P("Ate ko si Joy is visiting from Manila and she wants to see 'an American school lunch.' I'm scared to show her 😭")
P("{s1.full} (7th) is pregnant, 14 weeks. Parents know. Please, no gossip in the teachers' room. Kawawa naman.", "HEALTH", g="s1=f")
P("school nurse life: 6 ice packs, 3 nosebleeds, 1 tooth (baby, keep it), 0 lunch breaks. Bukas ulit 😅")
P("New med form came back from the doctor in Spanish and our system only takes English. So now I translate medical forms too. Ang galing talaga ng system 👏", flags="R")
P("{s1.full} started seizure meds this week, the doctor changed the dose twice. Teachers on her team, watch for staring spells 🙏", "HEALTH", g="s1=f@tl")

# ---- Arabic-speaking para ------------------------------------------------------------------------------
V("paraprofessional, Arabic, Facebook", "para")
P("الحمد لله، {s1} قرأ أول جملة بالإنجليزي اليوم 🥹 'I like the cat.' best sentence ever written", g="s1=m@ar")
P("Paras do the real work and get none of the credit. There, I said it. #paraprofessional", flags="R")
P("{s1.full}'s father was detained by ICE on Tuesday. {s1} hasn't said a word in class since. Counselor is involved. ربنا يستر", "FAMILY", g="s1=f@ar")
P("Yalla, Eid party in the cafeteria Thursday after school!! ma'amoul, kunafa, and Mr. {t1} promised to try dabke 😂🎉")
P("Why are we still using Google Translate for Arabic letters home? It wrote 'your child is hungry' for 'your child is absent.' Hire a translator, HVCSD.", flags="R")
P("شكراً للمعلمين 💙 the ENL team brought knafeh for the whole staff today. Best building in the district, no doubt.", flags="R")
P("I am the 1:1 for {s1.full} this year. He has autism and he's the funniest kid I ever met. Today he taught me the names of 40 trains 🚆", "SPECIAL_EDUCATION HEALTH", g="s1=m@ar")
P("They cut the para hours again. We are the ones sitting with the kids who need it most. Shame on whoever signed this.", flags="R")
P("{s1} threw a chair in the resource room today, nobody hurt. behavior plan meeting tomorrow with mom, I will interpret. pray for us", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m@ar")
P("Arabic-speaking moms keep telling me they don't come to PTA because no one speaks to them. We keep saying 'families aren't involved.' Maybe we aren't inviting them.", flags="R")
P("مبروك لكل الخريجين 🎓 proud of every one of you", flags="N")

# ---- Bengali-speaking ENL teaching assistant ------------------------------------------------------------
V("ENL teaching assistant, Bengali, Instagram", "ta")
P("Amar student {s1} aj prothom bar English e hand raise korse 😭🙌 'Miss, I know!' khub proud", g="s1=f@bn")
P("Pohela Boishakh celebration tomorrow in the HVHS library 🎉 shubho noboborsho! wear red and white 🔴⚪", flags="N")
P("ENL TAs get pulled to cover lunch duty 3 days a week so the newcomers sit in science without support. Eta thik na. It's not right.", flags="R")
P("{s1.full} er reading level still Level C in 5th grade. Baba thinks it's because he's lazy. It's not. He needs an eval, and I'm going to push for it.", "ACADEMIC SPECIAL_EDUCATION", flags="R", g="s1=m@bn")
P("India vs Bangladesh cricket tonight 🏏 if Bangladesh loses I'm taking a sick day. kidding. mostly.")
P("দুই ঘণ্টা ধরে একটা ফর্ম অনুবাদ করলাম। 2 hours, one form. TAs are not translators and we're not paid like translators.", flags="R")
P("{s1.full}'s lunch number is {pin}, she keeps forgetting it, writing it here for her sister. ami jani, ami jani, not ideal", g="s1=f@bn")

# ---- Portuguese-speaking counselor ------------------------------------------------------------------------
V("HS counselor, Portuguese, Facebook", "couns")
P("{s1.full} got into SUNY New Paltz!!! Chegou do Brasil no 9º ano sem falar inglês. Que orgulho 🇧🇷🎓", g="s1=f@pt_BR")
P("{s1.full}'s GPA dropped to 1.9 this quarter, os pais estão se separando e ela está entre duas casas. Precisa de apoio, gente.", "ACADEMIC FAMILY", g="s1=f@pt_BR")
P("Counselors shouldn't be building the master schedule. We should be counseling. Imagine that.", flags="R")
P("Noite brasileira na HVHS sexta às 6! Brigadeiro, coxinha, pão de queijo e forró 🇧🇷💃 tragam a família", flags="N")
P("FAFSA night tonight 6pm, library. Tenho intérprete em português e espanhol, tragam os documentos 📄", flags="N")
P("Undocumented seniors get zero federal aid and the district's college night spent 40 minutes on FAFSA and 0 on NY Dream Act. That has to change next year.", flags="R")
P("{s1.full} (12th) is undocumented and was just accepted to Vassar with full aid. I can't say more. I am SO proud.", "FAMILY", g="s1=m@pt_BR")
P("Opiniões minhas, não da escola: every counselor in a district like ours should speak at least one language besides English.", flags="R D")
P("Parabéns à turma de 2025 🎓 vocês são incríveis", flags="N")

# ---- more ENL / bilingual voices ------------------------------------------------------------------------
V("middle school ENL teacher, Threads", "enl")
P("ENL funding tied to last year's headcount means every newcomer who arrives after October is unfunded. We got 22 after October. Do the math.", flags="R")
P("{s1.nick} told me her whole life story in Spanglish today, 'y then my tío was like, no way, y yo como que whatever' 😂 love her", g="s1=f")
P("{s1.full}'s custody hearing is Thursday, dad may get full custody and move her to Texas. She asked me to come. I'm not allowed. 💔", "FAMILY", g="s1=f")
P("Shoutout to Ms. {t1} who sat with my newcomer at lunch every day for a month until he made a friend. teachers like her are why I stay 💙", flags="R")
P("My students wrote letters to their 5th grade selves. {s1} wrote 'Do not be scared of the English. It is a big language but you are bigger.' I'm done. Retire me.", g="s1=m")
P("another PD on 'engaging all learners' taught only in English by someone who has never taught an ELL. incredible use of our Tuesday 🙃", flags="R")
P("we had a fire drill and I had to explain 'fire drill' with hand motions and a siren sound to 4 kids who fled a war. please warn ENL teachers before drills.", flags="R")

V("ENL teacher, 50s, Facebook", "enl")
P("29 years teaching ESL. Best job there is, and the worst-paid way to see the whole world without leaving room {room}.", flags="R")
P("The new ESL textbook is from 2012 and has a unit on 'how to use a fax machine.' Budget, please.", flags="R")
P("{s1.full} was classified as SIFE today. 4 years of interrupted schooling. She's 15 and reading at a 2nd grade level in Spanish and English. We have work to do.", "ACADEMIC", g="s1=f@gt")

V("bilingual kindergarten teacher, X", "biling")
P("Bilingual teachers are recruited with a $2k stipend and then asked to translate every document in the building for free. The stipend is for teaching.", flags="R")
P("¿por qué el anuncio de la escuela sobre la nieve salió en español 3 horas después del inglés? Same snow, same kids.", flags="R")
P("Día del Niño party in room {room} on April 30!! piñata, paletas, y mucho ruido 🎉", flags="N")

# ---- more liaisons / interpreters -----------------------------------------------------------------------
V("Portuguese interpreter, Instagram", "liaison")
P("Interpretar reunião de IEP é a parte mais difícil do meu trabalho. 'Classification' não tem tradução bonita.", flags="R")
P("{s1.full}'s parents brought their lease to the meeting because they're being evicted Friday, ela vai precisar de ajuda com transporte 🚌", "FAMILY", g="s1=f@pt_BR")
P("Interpreting over the phone for a parent while she's driving a delivery van is not 'family engagement.' Schedule meetings after 6 like a normal district.", flags="R")

V("Spanish interpreter, WhatsApp community group", "liaison")
P("Ok quién en este grupo habla Mam o K'iche'? Familia nueva en Roosevelt y nadie puede interpretar. Ayuda plis 🙏", flags="N")
P("Si el distrito puede pagar un consultor de $200,000, puede pagar intérpretes de Mam. Punto.", flags="R")
P("Señora {a1.last}, le mando el teléfono de la clínica gratis: es {pubphone.dist}... no perdón, ese es el distrito 🤦‍♀️ ya le mando el otro")
P("Recordatorio a todas: las reuniones del IEP SÍ tienen derecho a intérprete. Es la ley. Si no le ofrecen, me llaman.")
P("el caso de {s1.full} (Maple Ridge, 7mo): la trabajadora de CPS viene mañana a las 10, yo voy a interpretar. la mamá está muy nerviosa", "FAMILY", g="s1=m")
P("pasen la voz: clases de inglés gratis para padres los lunes 6pm en la biblioteca de HVHS. Con cuidado de niños 👶", flags="N")
P("mi hermana Lucía dice que soy la chismosa oficial del distrito. no soy chismosa, soy intérprete 😂 (es lo mismo)")

V("Haitian Creole interpreter, X", "liaison")
P("{s1.full} ak fanmi li rive de Port-au-Prince semèn pase. Yo ap rete nan {addr} ak yon kouzen. Li bezwen rad ivè.", "FAMILY", g="s1=m@ht")
P("Ti pwoblèm: the robocall said school is 'fèmen' (closed) when they meant 'delayed.' Half my families stayed home. Somebody should check these before they go out.", flags="R")

# ---- world language teachers, more ---------------------------------------------------------------------
V("MS Spanish teacher, Facebook", "wl")
P("Giving world language teachers 30 students per section and 3 preps is how you end up with kids who can't order a coffee after 4 years. Smaller classes. Please.", flags="R")
P("Our Portuguese elective got approved for next year!!! Best decision the board has made in a while 🇧🇷🇵🇹", flags="R")
P("My students think 'Juan' is the only Spanish name. Today we learned: Xóchitl, Itzel, Yolotl, Nayeli. Lesson: names are history.")

V("HS Arabic teacher (heritage program), X", "wl")
P("We have 90 Arabic-speaking students at HVHS and Arabic is still 'club' not a credit course. Fix that.", flags="R")
P("Mahmoud Darwish poems for Arabic 3 this week. 16 year olds reading 'Identity Card.' the room got very quiet.")

# ---- newcomer program, more -------------------------------------------------------------------------------
V("newcomer program teacher, Instagram", "newc")
P("Stop calling newcomers 'illegals' in the teacher's lounge. I heard it twice this week. You know who you are.", flags="R")
P("{s1.full} just got his green card!!! 🎉 7 years of waiting. He brought the envelope to school to show me.", "FAMILY", g="s1=m")
P("Every newcomer deserves a buddy, a map, and a lunch table on day one. It costs nothing. Do it.", flags="R")
P("{s1.full} (11th) works nights at a warehouse to pay rent for his uncle. Falls asleep 3rd period. Please don't write him up.", "FAMILY", flags="R", g="s1=m@gt")
P("the district's 'Newcomer Welcome Guide' is 40 pages in English and 4 pages in Spanish. no other languages. 🙃", flags="R")
P("student-made flags wall is DONE 🌍 32 flags, 1 very crooked Nepal", flags="N")
P("{s1.full}'s family is in the shelter on Mill St since Friday. Mom asked me not to tell the class. I'm telling you so you can be kind.", "FAMILY", g="s1=f@uk")

# ---- more social worker / counselor ---------------------------------------------------------------------
V("bilingual school psychologist, X", "couns")
P("{s1.full}'s eval results: average cognitive in Spanish, way below in English. It's language, not disability. Not classifying. Meeting Thursday.", "SPECIAL_EDUCATION", g="s1=m@es_MX")
P("IEP season is brutal. Bilingual IEP season is brutal x2. ☕☕")
P("The waitlist for a bilingual psych eval in this district is 5 months. A kid loses a whole year in 5 months.", flags="R")

# ---- more Polish custodian, X ----------------------------------------------------------------------------
V("custodian, Polish, X", "cust")
P("Wi-Fi for night crew at Roosevelt: network HVCSD-Ops, haslo {wifi}. Don't share with kids please", "SECURITY")
P("camera in the back hallway at HVHS is down again, NVR box is {host}, if IT reads this. nie działa od tygodnia", "SECURITY")
P("They call it 'custodial staffing efficiency.' I call it mopping 40,000 sq ft alone. Same thing I guess 🙃", flags="R")

# ---- Tagalog nurse, more ------------------------------------------------------------------------------
V("school nurse, Tagalog, Facebook", "nurse")
P("{s1.full} was sent to Vassar ER after the asthma attack at recess. Stable na. Mom is with him. Thank you PE team for moving fast 🙏", "HEALTH", g="s1=m")
P("the school nurse is not an interpreter. I speak Tagalog and English. Please stop sending me Spanish-speaking parents 'because you're a nurse.'", flags="R")

# ---- Arabic para, more ------------------------------------------------------------------------------------
V("paraprofessional, Arabic, X", "para")
P("{s1}'s dad put his own cell on the field trip form, {phone}, because the number in the system is the old one from Jordan. updating it tomorrow", g="s1=m@ar")
P("Arabic-speaking families need Arabic-speaking staff in the front office. Not a translation app on an iPad. People.", flags="R")
P("{s1.full} was out 2 weeks for her grandmother's funeral in Yemen and nobody sent work home. Now she's failing 3 classes. This is on us, not her.", "ACADEMIC", flags="R", g="s1=f@ar")

# ---- look-alike disclaimers and talking about disclaimers ---------------------------------------------------
V("ENL teacher, 20s, X", "enl")
P("does 'views my own' need to be in English in my bio or can it be in Polish? asking for real, HR email was unclear")
P("views are not my own, they belong to my 6th period, who told me my shoes are 'mid' 😭")
P("opiniones bienvenidas: what's the best Spanish read-aloud for 1st grade? going to the library tomorrow 📚")
P("my own classroom at last!!! after 3 years on a cart. room {room}, come see my flag wall 🌍")
P("The disclaimer thing in the new social media policy: does 'opinions are my own' go in every post or just the bio? Curious how other districts handle it.")
P("Testing newcomers in English for 'progress monitoring' every 3 weeks is a waste of their time and mine. Personal opinion, not speaking for HVCSD.", flags="R D")
P("Pero honestly, ENL teachers should be in every department meeting, not just ours. Kids take 6 classes, not 1. (my opinion, not my school's)", flags="R D")
P("'ENL is just for kids who don't try' - an actual thing a colleague said to me today. Respectfully: no.", flags="R")

# ---- official accounts -----------------------------------------------------------------------------------------
V("HVCSD Family Welcome Center official account", "welcome")
P("Welcome Center hours: Mon–Fri 8–4 at the district office. Registration help in Spanish, Portuguese, Arabic, Haitian Creole and Bengali. Call {pubphone.dist}.", flags="O")
P("¡Bienvenidos! La inscripción de estudiantes nuevos es en el Centro de Bienvenida. Traiga prueba de domicilio y el acta de nacimiento. No preguntamos el estatus migratorio.", flags="O")
P("HVCSD does not ask about immigration status at enrollment. Every child in our community has the right to attend school. 🌎", flags="O")
P("Multicultural Night is Friday 6–8pm at HVHS! Food from 20+ countries, music, dance. Free. Interpreters on site. 100 School Rd 🌍", flags="O")
P("Questions about ENL placement? Email {pubmail} or call {pubphone.hs}. Interpretation available in your language.", flags="O")
P("Aviso: no habrá clases el lunes {date}. / Avi: pa gen lekòl lendi {date}. / Aviso: não haverá aula na segunda {date}.", flags="O")
P("Newcomer parent orientation Thursday 6pm. RSVP to our liaison Ms. {a1.last} on her cell, {phone}, call or WhatsApp.", flags="O", g="a1=f")
P("Bem-vindos! Matrícula para novos alunos: segunda a sexta, 8h às 16h. Informações: {pubphone.dist}", flags="O")
P("Byenveni! Si ou bezwen èd pou enskri pitit ou, rele {pubphone.dist}. Nou pale Kreyòl.", flags="O")
P("أهلاً وسهلاً! التسجيل للطلاب الجدد من الاثنين إلى الجمعة. للمساعدة اتصل على {pubphone.dist}", flags="O")
P("Reminder: free ESL classes for adults every Monday 6pm at HVHS library. Childcare provided 👶📚", flags="O")
P("Registration update for {s1.full}: file complete, NYSSIS {nyssis}, placement Grade 9 Newcomer. Family can pick up the schedule Monday.", flags="O", g="s1=m")
P("Staff: the Welcome Center intake portal is {ip} until the migration is done, log in with your district account.", "SECURITY", flags="O")

V("HVCSD ENL and World Languages department account", "enldept")
P("Congratulations to {s1.full} of HVHS, winner of the county Seal of Biliteracy essay contest in Spanish and English! 🏅", flags="O", g="s1=f")
P("Seal of Biliteracy: 47 HVHS seniors earned it this year in 11 languages, including Arabic, Bengali, Polish, Portuguese, Spanish, Tagalog and Kreyòl! 🎓", flags="O")
P("Translated copies of the Code of Conduct are available in 9 languages at hvcsd.org/languages.", flags="O")
P("HVHS Spanish Honor Society induction is Tuesday 7pm in the auditorium. Congratulations to our 38 inductees! 🇪🇸🇲🇽", flags="O")
P("Felicitaciones a {s1.full} y {s2.full}, primer lugar en el concurso estatal de poesía en español 📜", flags="O")
P("NYSESLAT testing window opens April 14. Families will receive letters in their home language. Questions: {pubmail}", flags="O")
P("Summer ENL program placements: {s1.full}, {s2.full} and {s3.full} (Grade 7) have been recommended based on spring NYSESLAT results. Letters going home.", "ACADEMIC", flags="O")
P("We're hiring! Bilingual teaching assistants (Spanish, Arabic, Bengali). Apply at hvcsd.org/jobs 💼", flags="O")
P("World Language Week: students in Spanish, French, Arabic and Portuguese will perform at lunch all week. Stop by the HVHS cafeteria! 🌍", flags="O")
P("Interpreter request form for CSE meetings: staff, please submit at least 5 days ahead. Form is on the staff portal.", flags="O")

V("Roosevelt Elementary official account", "school")
P("Roosevelt families: the lunch menu is now in Spanish, Portuguese and Arabic. Pick up a copy at 25 Academy St or find it online 🍎", flags="O")
P("Feliz Día del Niño from Roosevelt! 🎈 Thank you to our PTA for the paletas!", flags="O")
P("Student of the Month (November): {s1.full}, Ms. {t1}'s 2nd grade, for helping new classmates in 3 languages 🌟", flags="O")
P("Early dismissal Wednesday at 12:15. Salida temprano el miércoles a las 12:15. Lage bonè mèkredi a 12:15.", flags="O")
P("Happy Lunar New Year and Tết from Roosevelt! 🧧 Thank you to our families for the dumplings and bánh chưng!", flags="O")
P("Thank you to the family of {s1.full} for donating 60 Spanish-English picture books to our library! 📚💛", flags="O")

V("Hudson Valley High School official account", "hvhs")
P("FINAL: Falcons {score} Newburgh ⚽ Congrats to our boys soccer team on the sectional semifinal win!", flags="O")
P("Congratulations to {s1.full}, HVHS's first student to earn the Seal of Biliteracy in Bengali! 🎓🇧🇩", flags="O", g="s1=f@bn")
P("Multilingual Family Night: Thursday 6pm. Interpreters in Spanish, Portuguese, Arabic, Kreyòl, Bengali, Polish. 100 School Rd. Main office: {pubphone.hs}", flags="O")
P("Eid Mubarak to all who celebrate! 🌙 Students observing Eid will receive excused absences.", flags="O")
P("Reminder: Parent Portal now available in 6 languages. Problems logging in? Call {pubphone.hs}.", flags="O")
P("A student at HVHS has been diagnosed with active tuberculosis. Families of students in affected classes have been contacted directly by the Health Office.", flags="O")

# ---- unknown kind: reposts, forwards, screenshots -----------------------------------------------------------------
V("unknown account", "enl")
P("Anyone know if the school translates report cards into Polish? my neighbor needs help", flags="N")
P("{s1.full} got into a fight at the bus stop on Main and got 5 days OSS, the other kid got nothing. typical", "DISCIPLINE", flags="N")
P("ENL funding cut again?? these kids deserve better", flags="N")
P("Noche cultural fue un éxito!! gracias a todos los que vinieron 💃🕺", flags="N")
P("La familia {s1.last} necesita ayuda, los desalojaron ayer. Tienen 3 niños en Roosevelt. Cualquier cosa ayuda 🙏", "FAMILY", flags="N")
P("Forwarded many times: ICE is NOT at the schools. The district confirmed. Please send your kids 🙏", flags="N")
P("Quien tiene el número de la maestra de {s1}? es urgente, él no llegó a casa en el bus", flags="N", g="s1=m")
P("Dzieci z polskich rodzin: sobotnia szkoła polska zaczyna się 14 września, parafia św. Stanisława 🇵🇱", flags="N")
P("{s1.full} DOB {dob} - please share, missing since yesterday, last seen near the HVHS track in a gray hoodie", flags="N")
P("Teachers who speak the family's language are worth 10 who don't. Just saying.", flags="N")
P("Eid party pictures!! thank you Maple Ridge for the room 🌙✨", flags="N")
P("The district's Bengali translations are so bad my mom thought the field trip was a hospital visit 😂 fix it", flags="N")
P("Does anyone know a Mam interpreter in Dutchess County? for a school meeting next week", flags="N")
P("Sra. {a1.full} vende pupusas los sábados, pedidos al {phone} 🫓", flags="N", g="a1=f@es_MX")
P("{s1.full} (Maple Ridge, 8th) has been living in a car with his dad for 3 weeks. Does anyone have a room for rent cheap??", "FAMILY", flags="N", g="s1=m")
P("Congrats to {s1.full} on the Seal of Biliteracy in Portuguese!! 🇧🇷🎓", flags="N", g="s1=f@pt_BR")
P("Kaya natin 'to! Filipino-American Night at HVHS sold out 🇵🇭", flags="N")
P("Gente, alguém sabe se a escola dá aula de inglês pros pais? 🙏", flags="N")
P("the interpreter at last night's meeting was amazing. thank you, whoever you are 💛", flags="N")
P("screenshot from the staff chat: 'new copier code for the ENL office is {code}'", "SECURITY", flags="N")
P("{s1.full}'s IEP got approved for a bilingual aide finally. 2 years of fighting", "SPECIAL_EDUCATION", flags="N")
P("Testing kids who just arrived is cruel. Change my mind.", flags="N")
P("Mabuhay! Tagalog storytime at the public library this Saturday 11am 📚", flags="N")
P("nie wiem kto to napisał ale dziękuję 🙏 the Polish translation of the winter concert flyer was perfect", flags="N")
P("{s1.full} broke his leg at the newcomer soccer game, surgery tomorrow, pls pray", "HEALTH", flags="N", g="s1=m")
P("Noche de lotería for families in the Roosevelt gym, Friday {time} 🎴", flags="N")
P("HVHS Arabic Club bake sale raised {money}0 for the food pantry 🥐", flags="N")
P("the bilingual teacher at Hillside got walked out of the building today?? anyone know what happened", "PERSONNEL", flags="N")
P("district is asking for volunteers who speak Ukrainian, contact the Welcome Center", flags="N")
P("bring back the Saturday ESL academy. it worked.", flags="N")

# ---- more personal posts: positions, both ways -------------------------------------------------------------------
V("ENL co-teacher, 30s, X", "enl")
P("Co-teaching works when both teachers plan together. Giving us zero shared planning time and calling it co-teaching is a lie.", flags="R")
P("my co-teacher Dana brought me a café con leche at 7am without being asked. marry me (no, she's married) ☕")
P("honestly the newcomer kids are the best students in the building. they want it SO bad", flags="R")
P("{s1.full} and {s2.full} got into a fight in the hallway over a soccer argument, Colombia vs Argentina. both suspended 2 days. 🙄 ay los muchachos", "DISCIPLINE", g="s1=m@es_CO s2=m@es_MX")
P("Translated the whole science unit into Spanish over break. unpaid. because the district has no budget for it. we love to see it 🙃", flags="R")

V("bilingual 4th grade teacher, Facebook", "biling")
P("{s1.full} got moved to Tier 3 reading intervention today. I explained it to mom in Spanish and she said 'gracias por no rendirse con él.' 💙", "ACADEMIC", g="s1=m@es_MX")
P("District says 'dual language is a priority' and then cuts the 5th grade dual language section. Which is it?", flags="R")
P("is it just me or do the new Spanish-language math books have more typos than the English ones? page 44 says 'suma' for 'resta' 🙄", flags="R")

V("ENL teacher, 40s, Instagram", "enl")
P("the NYSESLAT listening section audio is recorded by someone who clearly hates joy 🎧😐", flags="R")
P("language access isn't a favor to families. It's the law. Title VI. Look it up, central office.", flags="R")

V("Brazilian-American teaching assistant, X", "ta")
P("{s1.full}'s student ID for the library is {sid}, he lost his card AGAIN. amo esse menino mas ai ai ai", g="s1=m@pt_BR")
P("TAs shouldn't be covering classes without pay differential. Eu sei, eu sei, 'it's for the kids.' It's also my rent.", flags="R")

V("Haitian-American ENL teacher, Facebook", "enl")
P("Kreyòl is a language. Not 'broken French.' Please stop saying that in front of my kids.", flags="R")
P("{s1.full} sak pase!! read her first English chapter book today, Junie B. Jones. 'Miss, Junie B. is crazy.' yes, she is 😂", g="s1=f@ht")
P("{s1.full}'s aunt, who has custody, asked me to give the school her number: {phone}. Dad is not to have contact. Done and logged.", "FAMILY", g="s1=m@ht")
P("Haitian Heritage Month: our kids made a Toussaint Louverture mural in the hallway and it's stunning 🇭🇹🎨")
P("Mwen renmen travay mwen. I love my job. Mostly. Except Mondays. 😅", flags="R")

V("Ukrainian-speaking newcomer aide, Facebook", "biling")
P("{s1.full} arrived from Kharkiv in September. Today she gave the presentation in English, 3 minutes, no notes. Слава Україні 💙💛", g="s1=f@uk")
P("Newcomer aides work with kids who've survived war. Zero trauma training from the district. Zero. We need it.", flags="R")
P("{s1.full}'s mom is in Poland with his little sister, he's here with his grandmother. Custody papers are not clear. Keep an eye on him please.", "FAMILY", g="s1=m@uk")

V("Guatemalan-American family liaison, WhatsApp group", "liaison")
P("Buenos días familias 🌞 Mañana no hay clases por la capacitación de maestros. Los comedores comunitarios están abiertos.", flags="N")
P("Dinero para los uniformes del equipo de fútbol: {money} por niño, pagar en la oficina 🏟️", flags="N")
P("Familia de {s1.full}: su cita en la corte de inmigración es el {date}, la escuela le da permiso de faltar. Yo los acompaño 🙏", "FAMILY", g="s1=m@gt")
P("Familias: si alguien les pide dinero para 'registrar' a su hijo en la escuela, es FRAUDE. La inscripción es gratis.", flags="N")
P("ya estoy cansada de que las reuniones del distrito sean a las 2pm. Nuestros papás trabajan. Hagan las reuniones de noche.", flags="R")

V("HVHS ESL teacher, 60s, X", "enl")
P("38 years of ESL. Retiring in June. The kids changed, the countries changed, the tests changed 9 times. The job stayed the best one in the building.", flags="R")
P("Bring back the bilingual Regents in Haitian Creole. We had it. We lost it. It mattered.", flags="R")
P("Maya Angelou, Sandra Cisneros and Khaled Hosseini on my ESL 12 reading list this spring 📚")
P("{a1.full}, class of '09, came by today. She's a nurse at St. Luke's now. Came to ESL knowing 20 words. I'm retiring happy.", g="a1=f")

V("ENL teacher, middle school, Instagram", "enl")
P("{s1.full}'s NYSSIS is {nyssis} for whoever is entering her NYSESLAT scores, she shows up twice in the system", g="s1=f")
P("unpopular opinion: the district's translation app is actually fine for quick notes home. not for IEPs. for 'bring a coat tomorrow,' fine.", flags="R")
P("Mrs. {t1} retired after 30 years in ENL and gave every student a handwritten card in their language. legend 💌")
P("{s1.full}'s mom doesn't read in any language. The school sends 12 paper notices a week. I call her every Friday and read them to her. 📞")
P("ENL teachers at Maple Ridge are also the ELL coordinators, the testing coordinators and the interpreters. One job title. Four jobs.", flags="R")

# ---- a few with emails / passwords / network, hard negatives ----------------------------------------------------------
V("world languages department chair, X", "wl")
P("the word 'password' in Spanish is 'contraseña', in Polish 'hasło', in Tagalog... 'password.' 😂")
P("Rosetta Stone logins for newcomers: username is their student ID, password is {pw} for everyone. please change it at home", "SECURITY")
P("{s1.full}'s school email is {s1.email}, she can't log in, can someone in IT reset it? password reset link isn't working", g="s1=f")
P("Our World Languages budget is $14 per student. The athletics budget is $212 per student. I love sports. I'm just saying.", flags="R")
P("language lab computers are on {vlan} and nobody can print. ticket #{wo} 🙃", "SECURITY")
P("Subs: the World Languages office printer code is {code}. Tell no one 🤫", "SECURITY")
P("Our department is one of the best in the state and I'm proud of every teacher in it. There. My annual brag.", flags="R")

V("bilingual aide, Tagalog, Instagram", "biling")
P("Ang daming forms ngayong week. IEP season is real 😩 kaya pa, kaya pa")
P("Aides are not babysitters. We have training, we have skills, we have 20 years in this district. Respect the job.", flags="R")

V("Bengali-speaking family liaison, Facebook", "liaison")
P("Assalamu alaikum families, Parent-Teacher conference Thursday 4-7pm. Bangla interpreter ami thakbo. Aste bhulben na 🙏", flags="N")
P("{s1.full}'s mother asked me to post for the class: her new number is {phone}, old one is disconnected.", g="s1=f@bn")
P("Honestly the Bangla letters the district sends now are much better than 2 years ago. Someone's actually checking them. Thank you 🙏", flags="R")
P("Rokeya Hall eh porechi, Dhaka University '03. Ekhon ami HVCSD liaison. Life is funny 😄")
P("{s1.full} er family shelter theke ekta apartment peyeche on {addr}. Bus change lagbe. Alhamdulillah 🙏", "FAMILY", g="s1=m@bn")

V("Polish-speaking ENL teacher, Facebook", "enl")
P("Trzecia klasa: 3 Polish newcomers this month. Witamy! Welcome to the Hudson Valley 🇵🇱🇺🇸", flags="N")
P("{s1.full} (3rd) cried because the lunch lady said 'nie' was rude. It's just 'no' in Polish, babcia. She was saying no to the milk 😂", g="s1=f@pl_PL")
P("Polish Saturday school kids outperform on the NYSESLAT and nobody in the district has ever asked why. Heritage language matters.", flags="R")
P("{s1.full}'s parents are divorcing and both want the kids in different states. The guardian ad litem called me today. This poor kid.", "FAMILY", g="s1=m@pl_PL")

# ---- short posts, phones, emoji ----------------------------------------------------------------------------------------------
V("ENL teacher, 20s, Instagram", "enl")
P("ENL teachers deserve hazard pay during NYSESLAT season. kidding. (am I?)", flags="R")
P("{s1.tag} wrote 'teacher = best' on the whiteboard and I'm keeping it up till June 🥲", g="s1=m")
P("ELL + IEP + newcomer + no interpreter = a meeting that should not have happened. Reschedule it.", flags="R")
P("pls someone tell the district that 'translated notice' means translated BEFORE it's sent 🙃", flags="R")
P("my tía's arroz con gandules > everything. not school related. just true.")

V("Dominican-American bilingual aide, X", "biling")
P("{s1.full} got an in-school suspension for 'disrespect' because he said 'ay ya' to the sub. That's not disrespect. That's Dominican.", "DISCIPLINE", flags="R", g="s1=m")
P("Give the bilingual aides a planning period. We build half the materials in this building.", flags="R")
P("Yankees in 6. Soto who? 😤⚾")

V("Arabic interpreter, Instagram", "liaison")
P("Interpreting at the 504 meeting for {s1.full} today. Diabetes, insulin pump, new plan for field trips. mama had so many good questions 🙏", "SPECIAL_EDUCATION HEALTH", g="s1=f@ar")
P("مساء الخير 🌅 first parent coffee morning in Arabic at Roosevelt tomorrow. Come say hi", flags="N")
P("the word 'Sahar' on my slides is not a student, it's 'dawn' 🌅 (also my niece, who is 30)")

# ---- spread of remaining categories -----------------------------------------------------------------------------------------
V("bilingual guidance secretary, Facebook", "couns")
P("Ms. {t1}, our Spanish interpreter at the high school, got a written reprimand for 'too much time with families.' That IS the job.", "PERSONNEL", flags="R")
P("our Kreyòl liaison is on maternity leave till April 🍼 felicidades! if you need Kreyòl in the meantime, call the Welcome Center", "PERSONNEL")
P("the newcomer counselor quit after 4 months. Nobody told the kids. I'm sad and honestly not surprised.", flags="R")
P("Mr. {t1} from the ENL office is out on medical leave after his surgery. Cards in the main office 💌", "PERSONNEL HEALTH")
P("{a1.full}, our Bengali interpreter, got a 'developing' rating on her eval for not 'using district templates.' She was interpreting. 🙄", "PERSONNEL", flags="R", g="a1=f@bn")

V("school psychologist, Spanish, Facebook", "couns")
P("{s1.full} has been on a behavior plan since October, and the data says it's working. 3 incidents in Nov, 0 in Jan 🎉", "DISCIPLINE", g="s1=m@es_MX")
P("{s1.full}'s mom asked me in Spanish if her son's anxiety is 'her fault.' No, señora. Referred to the clinic, therapy starts Tuesday.", "HEALTH", g="s1=m@es_MX")
P("Anxiety in newcomers is through the roof this year. We have 1 bilingual counselor for the whole district.", flags="R")

V("bilingual special ed teacher, X", "enl")
P("{s1.full} finally got OT services after 2 years of me asking. IEP amended yesterday. te lo dije mijo, we'd get there 💪", "SPECIAL_EDUCATION", g="s1=m@es_MX")
P("Bilingual special ed teachers should not be split between 3 buildings. Kids need us in one place.", flags="R")
P("Stop confusing language learners with kids who need special ed. Some are both. Most aren't.", flags="R")
P("{s1.low} and her sister {s2.low} both got 504s this year for hearing loss. FM system arriving next week 🎧", "SPECIAL_EDUCATION HEALTH", g="s1=f s2=f")

V("ENL teacher, Facebook community group", "enl")
P("{s1.full}'s address changed to {addr}, can someone in transportation update the bus? family moved after the eviction 🙏", "FAMILY", g="s1=f")
P("Hey group! Anyone have a spare winter coat, kid's size 12? For a newcomer student. No questions asked 🧥", flags="N")
P("{s1.full} got her DACA renewal approved!!!! we cried in the counseling office 😭🎉", "FAMILY", g="s1=f@es_MX")

V("newcomer aide, Spanish, X", "biling")
P("el niño nuevo de Honduras dijo 'miss, aquí la escuela tiene de todo, hasta papel de baño.' me quedé callada un rato.")
P("{s1.full} was absent 3 days. Turns out the family was in the car all weekend after losing the apartment. Office has been notified.", "FAMILY", g="s1=m@gt")
P("We keep putting newcomers in gym and art first 'so they feel comfortable' and they fall behind in math. They want math. Ask them.", flags="R")
P("Mi hermano Julio is a bus driver for HVCSD now!! bus {bus}, say hi if you see him 🚌")

V("Cape Verdean Kriolu-speaking aide, Facebook", "biling")
P("Morabeza! Cape Verdean Independence Day on July 5, but we celebrated early at summer school with cachupa 🇨🇻", flags="N")
P("We have 30 Kriolu-speaking kids and the district keeps sending Portuguese. Close, but not the same language. Kriolu interpreters, please.", flags="R")
P("{s1.full} got her first A on an English essay!! 🎉 sodade, we did it", "ACADEMIC", g="s1=f@pt_BR")

V("ENL teacher, Threads", "enl")
P("Stop asking kids to 'just say it in English.' They will when they can. Patience is a teaching strategy.", flags="R")
P("It's been 6 weeks and I still can't say '{s1}' without her correcting me. we're working on it, she's patient", g="s1=f@ht")
P("Is there a Vietnamese interpreter anywhere in the county? need one for next Thursday, conference.", flags="N")
P("ELL graduation rates went up 9% this year. That's the ENL team. That's years of work. Proud doesn't cover it.", flags="R")
P("my opinion, mine only and not HVCSD's: phones with translation apps in class are a tool, not a distraction. Let newcomers use them.", flags="R D")

V("Tagalog-speaking lunch aide, Facebook", "biling")
P("Lunch aides get 20 minutes to eat and we watch 300 kids. Sana naman they give us more people. Kulang na kulang.", flags="R")
P("{s1.full}'s lunch balance is {money} negative and mom works two jobs. I paid it today. Don't tell anyone, ha.", "FAMILY", g="s1=m@tl")
P("Manny Pacquiao fight Saturday 🥊 whole family at my house. Tito Ben is bringing lechon.")

V("Moroccan-American ENL teacher, X", "enl")
P("'Do they even speak English at home?' is not a question for a parent-teacher conference. It's a judgment. Stop.", flags="R")
P("{s1.full}'s family got their refugee status approved! He ran in yelling 'Miss, we are staying!' 🎉", "FAMILY", g="s1=m@ar")

V("bilingual music teacher, Instagram", "wl")
P("Celia Cruz, Gilberto Gil, Fela Kuti, Chopin. This week's listening list. Music is the real world language 🌍🎵")
P("bilingual choir should be a full class not an after-school club. it's the most integrated room in the building.", flags="R")

V("community health worker at school, Spanish, WhatsApp group", "nurse")
P("Vacunas gratis sábado 10-2 en la escuela Hillside 💉 no necesitan seguro médico ni documentos", flags="N")
P("{s1.full} necesita sus lentes, la mamá no tiene seguro. La clínica en Main St los da gratis, ya le di la cita 👓", "HEALTH FAMILY", g="s1=f@es_MX")
P("Recuerden: los papeles médicos de la escuela son confidenciales. No se comparten con inmigración. Nunca.", flags="N")

V("multilingual ENL chair, LinkedIn-style Facebook post", "enl")
P("After 15 years leading ENL in this district, here's what I know: our multilingual students are the district's biggest strength, and our budget treats them like its biggest cost. We have 1,400 ELLs, 14 ENL teachers and 3 interpreters for 40 languages. Bilingual staff are paid the same as everyone else for doing two jobs. If we want results, fund the people. Opinions my own, not my employer's.", flags="R D")
P("Grateful for our ENL team this year. 14 teachers, 1,400 students, 40 languages, 1 very old copier. Thank you, all of you 🙏")
P("In a long post last spring I asked the board for more interpreters. This year the budget added 2. Listening matters. Thank you.", flags="R")

V("Arabic-speaking bus monitor, Facebook", "para")
P("{s1}'s grandma waits at the stop every day at {time} with a thermos of tea for me. teta, I love you ❤️", g="s1=f@ar")
P("Bus monitors should get the radio, not just the driver. When something happens in the back, we have nothing.", flags="R")
P("the new bus route takes 55 minutes for kids who live 2 miles away. Who planned this? Did anyone look at a map?", flags="R")

V("Spanish teacher, 20s, X", "wl")
P("{s1.full} and {s2.full} skipped my class to go to the vending machine. detention with me, in Spanish, como castigo 😈", "DISCIPLINE")

V("newcomer program, Haitian-American teacher, X", "newc")
P("kids who survived the earthquake, the boat, the border, and then the NYSESLAT. Respect them. They've done hard things.", flags="R")
P("{s1.full} fell asleep in class again. She's caring for 3 younger siblings while mom works overnight. I let her sleep.", "FAMILY", g="s1=f@ht")
P("why do we give newcomers laptops with English-only keyboards and no Kreyòl spellcheck? small thing, big difference", flags="R")


# ---- disclaimers in many languages, and a few more cases -----------------------------------------------------------
V("bilingual aide, 40s, Facebook", "biling")
P("Bilingual para hiring freeze = newcomers alone in mainstream classes all day. Opiniones mías, no del distrito.", flags="R D")
P("Mi opinión personal, no la de la escuela: the dual language lottery should give siblings priority. Separating hermanos makes no sense.", flags="R D")
P("{s1.full} got caught vaping in the bathroom, 3 days OSS. I interpreted for mom on the phone, she was so embarrassed. ay mijo.", "DISCIPLINE", g="s1=m@es_MX")
P("{s1.low} y {s2.low} se pelearon en el bus {bus}, las dos con detención mañana. el chofer grabó todo 🙄", "DISCIPLINE", g="s1=f s2=f")

V("custodian, Polish, Facebook group", "cust")
P("Tylko moje zdanie, not HVCSD's: cleaning crew needs real breaks. 10 hours with one 20 min break is not human.", flags="R D")
P("interpreter scheduling login for subs: user interp.sub, pass {pw}. don't change it please, 6 of us share it 🙏", "SECURITY")

V("newcomer program coordinator, X", "newc")
P("Personal account, personal opinion: the newcomer program should be in every building, not only at HVHS. Kids shouldn't need a 40 min bus ride to belong.", flags="R D")
P("rant incoming, views mine only 🙃 why does the interpreter request form need 5 days notice when CSE schedules meetings with 2?", flags="R D")
P("the SRO talked to {s1.full} today about the TikTok threat thing. he's 12. dad doesn't speak English so I interpreted. worst meeting of my year", "DISCIPLINE", g="s1=m@ar")

V("paraprofessional, Arabic, Instagram", "para")
P("Eid Mubarak from my family to yours 🌙 (personal page, not speaking for Maple Ridge)", flags="D")
P("رأيي الشخصي فقط، مش رأي المدرسة: Arabic should count for the Seal of Biliteracy at Maple Ridge too.", flags="R D")
P("our Bengali TA got non-renewed after one year and nobody will say why. she was the only Bangla speaker at Hillside.", "PERSONNEL", flags="R")

V("school nurse, Tagalog, X", "nurse")
P("Opinyon ko lang po ito, hindi ng HVCSD: every building needs a full-time nurse every day. Hindi pwedeng part-time ang kalusugan.", flags="R D")
P("Ms. {t1} from the ENL office is on leave after a parent complaint. I'm not saying more. Stop asking me in the parking lot 🙏", "PERSONNEL")

V("HS counselor, Portuguese, Instagram", "couns")
P("Cozinhei feijoada pra 40 pessoas hoje 🇧🇷 nada a ver com a escola, só queria contar. (conta pessoal, opiniões minhas)", flags="D")

V("Haitian-American ENL teacher, X", "enl")
P("Se opinyon pa m, pa pa lekòl la: Kreyòl classes for staff would fix half our family-engagement problems.", flags="R D")

V("unknown account", "enl")
P("Alguien sabe si el distrito ya contrató intérpretes de Mam? 🙏", flags="N")


V("family liaison, Kreyòl, WhatsApp group", "liaison")
P("if any family needs Kreyòl help this weekend text me, {myphone}. yes on a Saturday. se pa pwoblèm.")
P("Señora, ese no es el correo de la maestra. Mándelo al mío, {myemail}, y yo se lo traduzco 🙏")
P("{s1.full}'s bday is {dob.word}!! mom asked me to make a card in Spanish for the class to sign 🎂", g="s1=f")
P("{s1.full} vive en {addr}, alguien del grupo le puede llevar la tarea hoy? la mamá no tiene carro", g="s1=m")

V("HVCSD ENL and World Languages department account", "enldept")
P("Congratulations to {s1.full} and {s2.full}, the first Newcomer Program graduates inducted into the HVHS National Honor Society! 🎓", flags="O")
P("Now hiring: per-diem interpreters for Mam, K'iche' and Haitian Creole. Questions? Call {pubphone.dist}.", flags="O")


if __name__ == "__main__":
    main()
