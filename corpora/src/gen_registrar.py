"""Generate registrar.jsonl (next to this file): enrollment, records and attendance staff.

Voices: the HVCSD district registrar at the Enrollment Center (X, Facebook, LinkedIn), a records
clerk in the central office who scans cumulative folders, the Roosevelt Elementary school secretary
who enrolls new students (Facebook groups, Instagram), the Maple Ridge main-office secretary (a
Nextdoor post or two), the district's McKinney-Vento homeless liaison (LinkedIn, X), a bilingual
Spanish/English aide at the Family Welcome Center (Instagram, Facebook, TikTok captions, Spanish
mixed in), the HVHS attendance clerk (Facebook, X), the HVHS guidance secretary who sends
transcripts (Instagram, X), and official accounts: the HVCSD Enrollment Center, the Family Welcome
Center, the HVHS Counseling Office, Roosevelt Elementary, HVHS and the district. Posts of unknown
kind: pasted email snippets, forwarded SIS tickets, reposts, a parent's Nextdoor post.

What the slice tests. Span labels: local student IDs (6 digits) and NYSSIS numbers (10 digits) typed
next to a name on a form or a ticket, lunch PINs (STUDENT_ID); dates of birth read off a birth
certificate or a registration packet (DATE_OF_BIRTH); home addresses on proofs of residency
(STREET_ADDRESS); parents' cell numbers and personal emails from emergency cards (PHONE_NUMBER,
EMAIL_ADDRESS); a social security number a parent wrote on a form (US_SSN); the student-information-
system login, a parent-portal activation code, the records-room door code (CREDENTIAL, with SECURITY);
the SIS server's internal host / IP (NETWORK_INFO, SECURITY). Not marked: the Enrollment Center's
public address (61 Liberty St) and line ((845) 555-0135), the district's published numbers and
role mailboxes (registration@, enrollment@, transcripts@, attendance@), office hours, form numbers
(Form R-3, PRF-1), "kindergarten registration opens March 3", cutoff dates ("5 on or before
December 1"), birth years in general ("children born in 2021"), ages and grades, zip codes, school
years, room / window / bus numbers, staff by title, parents and colleagues by first name, streets
and schools named after people (Lincoln Ave, Roosevelt Elementary), pro athletes, SIS vendor names,
the word "password" with no secret, a password that was reset without saying it.

Categories, only when tied to a named or identifiable student or family: a custody order, an
order of protection, a family in a shelter or motel, immigration papers or status, CPS, free lunch
(FAMILY); an immunization hold, a medical exemption, a hospital stay (HEALTH); grades, GPA or
failing on a transcript (ACADEMIC); an IEP or 504 in the records (SPECIAL_EDUCATION); a suspension
in the cum folder (DISCIPLINE); a colleague's leave (PERSONNEL); SIS logins and hosts (SECURITY).
General statements ("we enrolled 212 McKinney-Vento students this year", "immunization season is
chaos", "custody paperwork is the hardest part of this job") carry none.

Calls where the guide is not explicit, made in its spirit:
  - Sending a named student's transcript to a college, with no grade or score in the post, is not
    ACADEMIC (the guide lists grades, scores, failing); the name alone makes it review.
  - Attendance counts or tardies next to a name are not a category (the category list is closed);
    the name makes it review. Absences explained by a hospital stay (HEALTH) or an eviction (FAMILY)
    carry that category; a CPS / educational-neglect report is FAMILY.
  - A shelter or motel named without a house number ("the Days Inn on Route 9") is not a
    STREET_ADDRESS; a family being in it is FAMILY when the family is identifiable.
  - A PINS petition (Family Court for truancy) is court involvement, so DISCIPLINE.
  - Graduates now in college or working ("class of '19", "class of '24") are adults: not marked,
    no roster row; their personal email is still an EMAIL_ADDRESS.
  - Stories a homeless liaison tells about a named child imply the family's housing, so the
    liaison's good-news stories here name no child unless they carry FAMILY.
  - A parent-portal activation code is a CREDENTIAL of a district system, so SECURITY.
  - Country of origin or home language alone is not immigration status; "asylum case", "no
    papers", "parole", "I-94" are.

Disclaimer boundary: R only for personal posts that take a position on the district, a school,
education, colleagues or the job: residency rules, online registration, office staffing, the SIS
vendor, McKinney-Vento funding, translation services, transcript fees, attendance policy, "this
job is the front door of the district". Registration news, reminders, counts, thanks, stories from
the window, feelings and questions are not R; nor are opinions about the Mets, a show, coffee or
the poster's own kids. Look-alikes that are not disclaimers ("not legal advice", "unofficial
translation", "views are not my own", "my own office") sit in texts and bios.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child, another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.k}
      {dob.hs} {dob.word} {sid} {nyssis} {pin} {ssn} {pw} {code} {portal} {ip} {host}
  unmarked: {t1} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.last} adult names
      (parents, colleagues by first name, neighbours), {office} the Enrollment Center's public
      address, {pubaddr} Roosevelt's public address, {regline} its public line, {pubphone.dist} {pubphone.hs} {attline} {pubmail},
      {form} {hours} {zip} {date} {time} {room} {bus} {num} {money} {sis} {country} {lang}
      {grade} {gpa} {college} {team} {athlete} {show} {motel} {year}

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

OUT = Path(__file__).resolve().parent / "registrar.jsonl"
SEED = 20261804

LOCALES = ["en_US", "es_MX", "es_CO", "vi_VN", "zh_CN", "pt_BR", "en_NG", "fr_FR", "pl_PL",
           "fil_PH", "en_IN", "it_IT", "es_ES", "tr_TR", "de_DE"]
# Families the Welcome Center registers; names staff type from the documents in Latin letters.
ROMAN = {
    "uk": (["Bohdan", "Taras", "Oleksandr", "Mykyta", "Yurii", "Danylo"],
           ["Sofiia", "Oksana", "Daryna", "Solomiia", "Yana", "Zlata"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravets", "Hnatiuk"]),
    "ar": (["Omar", "Yousef", "Hamza", "Karim", "Bilal", "Tariq"],
           ["Layla", "Nour", "Amira", "Salma", "Yasmin", "Rasha"],
           ["Haddad", "Mansour", "Qasim", "Darwish", "Al-Masri", "Shami", "Barakat"]),
    "af": (["Ahmad", "Sohail", "Mustafa", "Farhad", "Wahid", "Jawad"],
           ["Mariam", "Zahra", "Parwana", "Fatima", "Shabnam", "Nargis"],
           ["Rahimi", "Noori", "Sultani", "Hakimi", "Karimi", "Ahmadzai", "Wardak"]),
    "ht": (["Jean-Pierre", "Woodley", "Ricardo", "Stanley", "Kervens", "Peterson"],
           ["Mirlande", "Guerline", "Nadège", "Roseline", "Darlene", "Fabiola"],
           ["Pierre", "Joseph", "Jean-Baptiste", "Charles", "Louis", "Desir", "Etienne"]),
    "bn": (["Rafiq", "Tanvir", "Arif", "Sabbir", "Nayeem", "Imran"],
           ["Nusrat", "Tahmina", "Farzana", "Sadia", "Mim", "Ritu"],
           ["Hossain", "Rahman", "Chowdhury", "Islam", "Uddin", "Akter", "Sarkar"]),
    "gt": (["Byron", "Edwin", "Wilmer", "Yeferson", "Brayan", "Kevin"],
           ["Heidy", "Yesenia", "Dulce", "Madelyn", "Yoselin", "Ashly"],
           ["Xol", "Coc", "Tzoc", "Ajanel", "Pop", "Cac", "Chen"]),
}
NAME_WEIGHTS = {"en_US": 24, "es_MX": 8, "es_CO": 3, "vi_VN": 2, "zh_CN": 3, "pt_BR": 3, "en_NG": 3,
                "fr_FR": 1, "pl_PL": 2, "fil_PH": 2, "en_IN": 3, "it_IT": 2, "es_ES": 1, "tr_TR": 1,
                "de_DE": 1, "uk": 3, "ar": 3, "af": 2, "ht": 3, "bn": 2, "gt": 4}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as the SIS lists them: (legal first, preferred, gender).
NICKS = [("Guadalupe", "Lupita", "f"), ("Alejandro", "Ale", "m"), ("Oleksandr", "Sasha", "m"),
         ("Mohammed", "Mo", "m"), ("Elizabeth", "Libby", "f"), ("Jonathan", "Jonny", "m"),
         ("Anastasiia", "Nastia", "f"), ("Fernando", "Nando", "m"), ("Katherine", "Kat", "f"),
         ("Dominique", "Nikki", "f"), ("Ignacio", "Nacho", "m"), ("Wilhelmina", "Billie", "f"),
         ("Abdulrahman", "Abdul", "m"), ("Mercedes", "Mechi", "f"), ("Emmanuel", "Manny", "m"),
         ("Isabella", "Izzy", "f"), ("Thomas", "TJ", "m"), ("Rosalinda", "Rosie", "f")]

STREET_BASES = ["Mansion", "Cannon", "Catharine", "Crannell", "Delafield", "Hoffman", "Wilbur",
                "Hooker", "Grand", "Jewett", "Church", "Ferris", "Pershing", "Taconic View",
                "Hudson Pointe", "Beechwood", "Spackenkill", "Van Wagner"]
STREET_SUFFIX = ["St", "Street", "Ave", "Ave.", "Rd", "Blvd", "Ln", "Dr", "Terrace", "Pl", "st", "ave"]

COUNTRIES = ["Guatemala", "Honduras", "Ukraine", "Afghanistan", "Haiti", "Venezuela", "Ecuador",
             "the Dominican Republic", "Bangladesh", "Colombia", "Syria", "Brazil"]
LANGS = ["Spanish", "Haitian Creole", "Ukrainian", "Dari", "Pashto", "Bengali", "Mandarin", "Arabic",
         "Portuguese", "K'iche'", "Q'eqchi'", "Russian"]
SIS = ["PowerSchool", "SchoolTool", "Infinite Campus", "eSchoolData"]
COLLEGES = ["SUNY New Paltz", "Marist", "Dutchess CC", "Vassar", "SUNY Albany", "RPI", "Pace",
            "Mount Saint Mary", "Binghamton", "Hudson Valley CC", "Fordham", "SUNY Oneonta"]
TEAMS = ["Mets", "Yankees", "Giants", "Jets", "Knicks", "Liberty", "Rangers"]
ATHLETES = ["Aaron Judge", "Pete Alonso", "Jalen Brunson", "Sabrina Ionescu", "Juan Soto",
            "Francisco Lindor", "Breanna Stewart", "Saquon Barkley"]
SHOWS = ["Abbott Elementary", "The Bear", "Severance", "Only Murders in the Building", "Ted Lasso",
         "The Great British Bake Off"]
MOTELS = ["the Days Inn on Route 9", "a motel out on Route 44", "the family shelter on Lincoln Ave",
          "the Red Roof on 9W", "the Econo Lodge by the Thruway", "the shelter on Washington St"]
FORMS = ["Form R-3", "the R-1 registration form", "PRF-1", "the Home Language Questionnaire",
         "Form R-7 (Residency Affidavit)", "the E-4 Emergency Card", "Form 5151-A", "the STAC-1 form"]

BIOS = [
    ("reg", "District registrar, HVCSD Enrollment Center | 14 yrs in pupil accounting | views my own, not the district's", True),
    ("reg", "Registrar. Mom of 2. Mets fan, unfortunately. | Personal account — not an official HVCSD channel", True),
    ("reg", "school registrar | K-12 enrollment + records | coffee-powered", False),
    ("reg", "Registrar @ a public school district in the Hudson Valley | NYS pupil accounting | she/her", False),
    ("reg", "Enrollment & records | not legal advice, ever | Beacon, NY", False),
    ("rec", "records clerk 📁 scanning the past one cum folder at a time | opinions mine, not my employer's", True),
    ("rec", "central office records | dog mom | Poughkeepsie", False),
    ("rec", "views are not my own, they're my supervisor's 😂 | records + archives", False),
    ("sec", "School secretary at Roosevelt 🍎 | front desk queen | posts are my own, not Roosevelt's or HVCSD's", True),
    ("sec", "elementary school secretary 20+ yrs | grandma | gardener 🌻", False),
    ("sec", "front office @ Roosevelt Elementary | I run my own office and my own candy jar", False),
    ("sec", "Maple Ridge main office | Nextdoor: Arlington | speaking for myself only, not the school", True),
    ("mv", "McKinney-Vento liaison + school social worker | every kid deserves a seat | my views, not HVCSD's", True),
    ("mv", "LCSW | homeless education liaison | Hudson Valley | tweets ≠ official positions of my district", True),
    ("mv", "school social worker | McKinney-Vento | #HomelessEd", False),
    ("mv", "LCSW, K-12 | trauma-informed | this is not legal advice, call NYS-TEACHS", False),
    ("wel", "Family Welcome Center 🌎 | English/Español | opiniones mías, no del distrito", True),
    ("wel", "bilingual aide | hija de inmigrantes 🇲🇽 | all my posts are personal, not HVCSD", True),
    ("wel", "bilingual family aide 🌎 | traductora no oficial de mi familia entera 😂", False),
    ("wel", "Welcome Center aide | SUNY New Paltz '23 | café y paciencia", False),
    ("att", "HVHS attendance office | 30 yrs | opinions are mine, not the district's", True),
    ("att", "attendance clerk. caller of parents. keeper of tardy slips. 📞", False),
    ("att", "HVHS main office | Yankees | grandkids x4", False),
    ("gui", "HVHS guidance secretary 🎓 | transcripts, schedules, tissues | views my own", True),
    ("gui", "guidance office @ HVHS | Naviance whisperer | iced coffee in January", False),
    ("gui", "school counseling secretary | plant lady 🪴 | my own desk, my own rules", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "reg": "Official account of the HVCSD Enrollment Center | 61 Liberty St | (845) 555-0135 | Mon–Thu 8–3:30",
    "rec": "Hudson Valley Central School District | official account",
    "sec": "Roosevelt Elementary School | 25 Academy St | official page of the school",
    "mv": "HVCSD Office of Student Services | official",
    "wel": "HVCSD Family Welcome Center / Centro de Bienvenida Familiar | official",
    "att": "Hudson Valley High School | official account | 100 School Rd",
    "gui": "HVHS Counseling & Guidance Office | official | transcripts@hvcsd.org",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "347", "718", "929", "646", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "optonline.net",
                     "aol.com"]
    HOSTS = ["sis.hvcsd.local", "sis-app02.hvcsd.local", "records-scan.hvcsd.internal",
             "regportal.hvcsd.lan", "enroll-kiosk1.hvcsd.local", "sisdb01.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011), "k": (2020, 2021)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def phone(self) -> str:
        """A personal number; never one of the district's published lines (0100-0135)."""
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in (0, 10, 20, 30, 35)])
        fmt = r.choice(self.PHONE_FORMATS)
        return fmt.format(a=r.choice(self.AREAS), e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}", f"{l}{f}{r.randint(1, 30)}",
                f"mama.{f}", f"{f}_{l}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Enroll{r.randint(2025, 2027)}{r.choice('!#$')}",
                         f"Registrar{r.randint(10, 99)}!",
                         f"Falcons#{r.randint(1000, 9999)}",
                         f"{r.choice(['Welcome', 'Kinder', 'Records', 'Liberty'])}{r.randint(1, 99)}{r.choice(['!', '?', '*'])}",
                         f"hv{r.choice(['reg', 'sis', 'enroll'])}{r.randint(100, 999)}",
                         f"Spring{r.randint(2025, 2026)}!"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "portal": lambda: mk(f"{r.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}{r.randint(10, 99)}"
                                 f"{r.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}-{r.randint(1000, 9999)}", "CREDENTIAL"),
            "pubaddr": lambda: r.choice(["25 Academy St", "25 Academy Street"]),
            "office": lambda: r.choice(["61 Liberty St", "61 Liberty Street", "61 Liberty St."]),
            "regline": lambda: r.choice(["(845) 555-0135", "845-555-0135", "845.555.0135"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: (r.choice(["registration@hvcsd.org", "enrollment@hvcsd.org"]) if var == "reg" else
                                "transcripts@hvcsd.org" if var == "tr" else
                                "attendance@hvcsd.org" if var == "att" else
                                r.choice(["info@hvcsd.org", "welcome@hvcsd.org", "registration@hvcsd.org"])),
            "form": lambda: r.choice(FORMS),
            "hours": lambda: r.choice(["Mon–Thu 8:00–3:30", "8am–4pm weekdays", "Monday-Thursday 8 to 3:30",
                                       "Tues + Thurs til 6:30pm", "7:45-3:15"]),
            "zip": lambda: r.choice(["12601", "12603", "12590", "12538", "12569", "12524", "12508"]),
            "date": lambda: r.choice(["March 3", "March 10", "April 7", "Aug 18", "Sept 2", "June 12", "Jan 21",
                                      "8/25", "9/3"]),
            "time": lambda: r.choice(["8:00", "8:15", "9am", "10:30", "noon", "1pm", "2:45", "3:30", "4pm"]),
            "room": lambda: r.choice(["104", "B-12", "201", "112", "7", "15", "108"]),
            "bus": lambda: str(r.randint(2, 48)),
            "num": lambda: str(r.randint(7, 96)),
            "money": lambda: f"${r.choice([5, 10, 15, 20, 25, 40, 75, 120, 300])}",
            "sis": lambda: r.choice(SIS),
            "country": lambda: r.choice(COUNTRIES),
            "lang": lambda: r.choice(LANGS),
            "grade": lambda: r.choice(["kindergarten", "1st grade", "2nd grade", "4th grade", "6th grade",
                                       "7th grade", "9th grade", "10th grade", "11th grade"]),
            "gpa": lambda: r.choice(["1.6", "1.9", "2.0", "1.4", "61.2", "58.7"]),
            "college": lambda: r.choice(COLLEGES),
            "team": lambda: r.choice(TEAMS),
            "athlete": lambda: r.choice(ATHLETES),
            "show": lambda: r.choice(SHOWS),
            "motel": lambda: r.choice(MOTELS),
            "year": lambda: r.choice(["2026-27", "2026–2027", "2026-2027"]),
        }


SK = genlib.Skeletons("registrar", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.6), named=0.45)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.35, 0.14), other=(0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the district registrar, Enrollment Center: X and Facebook --------------------------------
V("HVCSD district registrar, Enrollment Center, 50s, X / Facebook", "reg")
P("Kindergarten registration opens March 3! If your child turns 5 on or before December 1, they're eligible. Start the packet online and book a slot 🍎")
P("Enrollment Center hours this week: {hours}. We're at {office}, side entrance, ramp on the left. Questions → {regline}")
P("412 new students since July 1. Busiest summer in my 14 years doing this. Same 2 clerks as 2012. Someone at central office do the math ☕", flags="R")
P("Reminder: we do NOT need your child's social security number to enroll. Ever. If a form asks for it, leave it blank.")
P("mom wrote her son's social on the back of the birth certificate copy, {ssn}. shredded it in front of her. we don't need it!!", flags="bp")
P("Our residency affidavit process is outdated. Families shouldn't need a notarized letter from a landlord who won't return their calls. Change it.", flags="R")
P("Speaking only for myself, not for HVCSD: the state's proof-of-residency rules were written for families with a lease and a utility bill in their own name. Most of ours have neither.", flags="R D")
P("Hot take from the enrollment desk: online registration with no human to call the same day is not 'access.' It's a website.", flags="R")
P("note to the sub at the front counter tomorrow: {sis} login on the walk-in laptop is enrolltemp / {pw}. change it after first use!!", "SECURITY")
P("[pasted from email, names changed? NO they're not, sorry] New student packet: {s1.full}, DOB {dob.el}, NYSSIS {nyssis}. forwarding to records.", flags="bp")
P("{s1.full} was our 500th new enrollment of the year so we gave her a Falcons tote bag and she hugged it like a teddy bear 🥹")
P("Question for other registrars: dad brought an order of protection against mom for {s1.full}. Do you flag it in {sis} or keep it in the paper file only?", "FAMILY")
P("Walk-in at 8:02 this morning. {s1} ({grade}) and her dad, fresh off a 14-hour drive from Florida. Enrolled by 9:15. Bus {bus} picks her up tomorrow 🚌")
P("proof of residency from the new family on the east side: lease for {addr}, utility bill, pay stub. all good, welcome to Hudson Valley!")
P("To the family who tried to enroll with a lease for {addr} when you actually live in the next district: we do home visits. Nice try.", flags="bp")
P("No, a birth certificate with the corners cut off is still fine. No, it doesn't need to be certified in gold. Yes, a passport works too. Breathe 🙂")
P("If you're enrolling a child born in 2021, kindergarten is this fall. Children born in 2022 register next year. That's the whole rule!")
P("The registrar's office is the front door of this district. If the front door is a 6-week wait and a 40-page packet, families learn exactly what we think of them.", flags="R")
P("Two of us for 9 schools. Two. Between Aug 15 and Sept 15 we see 600 families. The staffing formula is from 1998 and it shows.", flags="R")
P("Every August I say it and nobody listens: {sis} needs a mobile-friendly parent form. Half our families enroll from a phone.", flags="R")
P("Mets bullpen is a crime against the people of New York and I will not be taking questions.")
P("{athlete} signed a ball for my grandson and now he refuses to wash his hands. Worth it.")
P("Shoutout to {a1} at window 2 who did 31 registrations today without a lunch break. Legend. Eat something tomorrow 🥪", g="a1=f")
P("my favorite part of the job, honestly: the kindergartners who come to registration in their Spider-Man costume to 'sign up for school.'", flags="R")
P("A kid asked if Roosevelt Elementary was named after the guy on the dime. Close, buddy. Wrong Roosevelt though.")
P("Correction to my earlier post: the R-1 packet has 8 pages, not 12. I was counting the Spanish copy too. Still too many pages IMO.", flags="R")
P("{s1.full}, DOB {dob.k}, 2 siblings already at Roosevelt, mom's cell {phone} — can someone at Roosevelt call her about the K screening slot? thx", flags="bp")
P("Registration kiosk log shows {s1.full} (NYSSIS {nyssis}) enrolled twice, at Hillside AND Roosevelt. Merging the records today 🙃")
P("Emergency card came back with dad's personal email {email} and a note 'don't call mom at work.' Added both, {s1.full}'s file is complete ✅")
P("The kinder who registered in his dad's work boots? That's {s1}. He starts at Hillside Monday. The boots are staying home 🥾")
P("{s1.full} came to registration in a full firefighter costume and asked if he could 'start today.' Monday, buddy. 🚒")
P("Got a call from a reporter asking how many students we enrolled from {country} this year. I said call the district office, {pubphone.dist}. That's above my pay grade 😅")

V("HVCSD district registrar, LinkedIn", "reg")
P("Thrilled to share that I completed the NYSED Pupil Accounting certificate this spring! Thank you to {a1.full} for two years of mentoring and patience. 🎓 #SchoolOperations", g="a1=f")
P("Twelve years in school registration. What I've learned: enrollment is not paperwork, it's the first conversation a family has with us. Districts that treat the registrar's office like a back office lose families in week one. Staff it like the front door it is.", flags="R")
P("Personal reflection, not an official district position: the move to fully online registration saved us paper and cost us trust. We need both a portal AND people. #K12 #Enrollment", flags="R D")
P("Hiring! HVCSD is looking for a bilingual registration clerk (Spanish/English) for the Enrollment Center. Posting on OLAS. Great team, good coffee, long Augusts.")
P("Honored to be named Support Staff Member of the Year. Thank you to my team, to Dr. {t1}, and to every family who waited in our hallway with a toddler on their hip. 💙")

# ---- the records clerk, central office: Facebook and X --------------------------------------
V("HVCSD central office records clerk, 40s, Facebook / X", "rec")
P("Day 3 of scanning cum folders from 1987. Found a report card signed in fountain pen. Found a 1991 scrunchie. Found my own 3rd grade teacher's handwriting 😭")
P("If you graduated from HVHS before 2005 and need your records, email {pubmail.tr} or call {pubphone.dist}. Please don't message me personally, I can't do it from Facebook 🙏")
P("the records room door code is {code} for whoever is covering me Friday. boxes for the shredder are the RED ones, not the blue ones!!!", "SECURITY")
P("scanner share is {host}, save to the 2026 folder NOT your desktop. asking nicely for the last time", "SECURITY")
P("Reset my {sis} password for the third time this month. It must contain 14 characters, a symbol, a haiku and the blood of a first-born.", flags="R")
P("reset my password again. it's fine. everything is fine. 🙂")
P("{sis} is the worst software I have used in 20 years of office work and I once used Lotus Notes.", flags="R")
P("pulled the cum folder for {s1.full} for the transfer request. 2 suspensions, 1 superintendent's hearing in 8th grade. sending it all, that's the law.", "DISCIPLINE")
P("Record request from a district in Texas for {s1.full}, {nyssis}. Sent via the secure portal, not email. Good luck down there kiddo 🤠", flags="bp")
P("found an IEP in the wrong cum folder, {s1.full}'s, filed under his brother. fixed. double-checking the whole drawer now.", "SPECIAL_EDUCATION")
P("Found an immunization form from 1994 with a kid's name, birthday and address, stuck inside a library book donated to the sale. Shredded. Check your donations, people.")
P("The district needs a real records retention policy. Right now it's 'keep everything forever in a basement that floods.'", flags="R")
P("opinions about the basement, mine and not my employer's: it is haunted. I don't have evidence. I have feelings.", flags="D")
P("Thanks to {a1} in payroll for bringing donuts to the records basement. Light in the darkness 🍩", g="a1=m")
P("legal asked me to pull every record for {s1.full} for the custody hearing. dad's attorney wants attendance, mom's wants the emergency card. I just scan, folks.", "FAMILY")
P("[X] public records tip: your child's education records belong to YOU under FERPA. Ask the school in writing. It's free.")
P("Pulling 1970s yearbooks for the reunion committee. {a1.full}, class of '76, you had incredible hair. 😂")
P("Records clerks should be paid like the legal custodians we are. We handle more confidential documents than anyone in the building.", flags="R")
P("Not an official district statement, just a tired clerk: stop sending records requests to my personal Gmail. Use the portal. Please.", flags="R D")
P("{s1.full}'s old address on the cum folder is {addr}, new one is a PO box. Which goes on the transfer? Asking in the records group.", flags="bp")
P("FERPA request from {s1.full}'s dad. Non-custodial, but no court order limiting access, so he gets the records. Mom is furious. The law is the law.", "FAMILY")
P("almost mailed {s1.full}'s records to {addr} instead of the new school. that's the HOME address. caught it. more coffee needed", flags="bp")
P("cleaned up a duplicate today: {s1.full} and {s1.lowfull} were two kids in the system. They are one kid. Absent at one school, present at the other since September 😂")
P("my kid {kid} just asked if I 'read everybody's secrets at work.' No, sweetie. I read their vaccination dates.")
P("Back when I started we had carbon copies and a fax. Now I have 3 monitors and still a fax. Progress!", flags="R")

V("HVCSD data coordinator, SIS admin, 30s, X", "rec")
P("for the overnight sync: {sis} db is on {host}, service acct creds in the vault, NOT in the ticket please", "SECURITY")
P("the SIS admin console is {ip}, only from inside the building. I got 4 'it doesn't work from home' tickets today. It's not supposed to!!", "SECURITY")
P("new SIS accounts for the summer registration temps: user regtemp3, temp password {pw}, forced change at first login", "SECURITY")
P("ran the duplicate-NYSSIS report: 41 kids with two state IDs. Fixing them one by one. It's a spiritual practice.")
P("PSA: nobody in IT will ever ask for your {sis} password. Not by email, not by text, not by phone. If someone does, call the helpdesk.")
P("Our SIS contract renewal was signed without anyone who uses it every day in the room. Predictable results.", flags="R")
P("the vendor's 'new UI' moved the enroll button 3 screens deep. whoever designed this has never registered a kindergartner in August", flags="R")

# ---- Roosevelt Elementary school secretary: Facebook group, Instagram -------------------------
V("Roosevelt Elementary school secretary, handles new-student enrollment, 40s, Facebook group", "sec")
P("New kiddo alert at Roosevelt! 🎒 Please give a big Rough Rider welcome to {s1} who joins Ms. {t1}'s class on Monday!")
P("Roosevelt families: K screening appointments start {date}. Call the main office to book. Bring the birth certificate and a smile 😊")
P("Roosevelt's address for your GPS is {pubaddr}, NOT Roosevelt Ave. Twice today. TWICE.")
P("for the sub in the office tomorrow: new student {s1.full}, mom's cell on the emergency card is {phone}, dad is NOT allowed pickup (order of protection on file)", "FAMILY")
P("{s1.full} can't start Monday, she's missing her MMR and polio on the immunization record. Nurse {t1} called mom twice. 14-day clock starts now.", "HEALTH")
P("Emergency card for the new 2nd grader: {s1.full}, lives at {addr}, mom {a1.full} {phone}, grandma {phone.b}. Sending to the classroom.", flags="bp", g="a1=f")
P("Immunization season at the front desk 💉 if your kid is entering K or 7th, the nurse needs proof before day 1. General reminder, not aimed at anyone!")
P("I have enrolled 7 kids this week whose families arrived from {country} in the last month. Each one walked out with a backpack. Our PTA is amazing.")
P("the cutest thing: new kindergartner {s1.low} asked if she could 'enroll' her baby brother too. Not til 2029, sweetie 😂")
P("Front desk life: a dad asked if he could register his child 'on Venmo.' Sir. No.")
P("honestly the school secretary is the most important job in the building and I will die on this hill.", flags="R")
P("We need a second person in the main office during enrollment season. One secretary answering phones, buzzing the door AND registering 12 families is not safe.", flags="R")
P("Our district's registration portal works great if you have a laptop, a printer, a scanner, an email address and English. Guess how many of our families have all five.", flags="R")
P("{s1} and {s2}, new 1st graders, already told me I'm their 'office grandma.' I'm 44. Fine. I'll take it.")
P("shoutout to our custodian {a1} who carried 40 boxes of school supplies for the new-student closet up from the basement 💪", g="a1=m")
P("{s1.full}'s family lost their apartment and they're at {motel} now. I made sure she's on the McKinney-Vento list so the bus still picks her up.", "FAMILY")
P("Registration Q from a new mom: does her daughter need a physical to start 1st grade? Answer: a NY health exam within 12 months for new entrants. (General info, ask the nurse for specifics!)")
P("The birth certificate said {dob.k} but mom swears his birthday is in March. Turns out it's the Chinese calendar. Learned something today 🐉", flags="bp")
P("{s1.full}'s medical exemption for vaccines was denied, so she has to stay home starting Monday until the shots are done. Mom cried at the desk.", "HEALTH")
P("parent portal letter for the {s1.last} family: access code {portal}. mom lost it twice so I'm keeping a copy on a post-it. don't judge me", "SECURITY")
P("{s1.full}'s first day is tomorrow and she already picked out her outfit. Her mom sent me a photo at 9pm. Cutest thing 🎀")
P("{s1} in kindergarten told me the office 'smells like pencils.' I've decided this is a compliment ✏️")
P("Lunch PIN for {s1.full} is {pin}, tape it inside his folder so he doesn't forget at the register 🍎", flags="bp")
P("Just finished the {show} finale with my husband and I'm not okay. The writers owe me an apology.")

V("Roosevelt Elementary school secretary, Instagram", "sec")
P("Monday. 14 new students. 3 languages. 1 laminator. Still 1 secretary. Somebody at the district, please 🙃", flags="R")
P("new student welcome wall is up 🌈 every kid who enrolled this month gets a star with their name on it. ⭐ {s1}, {s2}, {s3} and {s4} — welcome to Roosevelt!")
P("spotted in my office: {s1}, age 5, explaining to her mom what 'proof of residency' means. future registrar.")
P("picture day forms are on the table by the door, due {date} 📸 no cash in the envelope please, checks to 'Roosevelt PTA'")
P("first day for our newest kinder friend 🍎 #Team{s1.tag} #RooseveltRoughRiders")
P("new 3rd grader {s1.init} already asked to be the office helper. day one. I respect the hustle.")
P("{s1.lastinit} from Mrs. {t1}'s class brought me a drawing of the office printer. It has a face. It's crying. Accurate 😂")

V("Maple Ridge Middle School main-office secretary, 60s, Nextdoor", "sec")
P("Neighbors in Arlington: if you have a 5th grader moving up, Maple Ridge registration for new-to-district families is at the district Enrollment Center at {office}, not at the school. Hours {hours}.")
P("PSA from a school secretary who is also your neighbor: the district will NEVER text you asking for your child's student ID or a password. If you get that text, it's a scam.")
P("Personally (I'm not speaking for Maple Ridge or the district), I think the new start time is going to be hard on families with little ones at the elementary. Please come to the board meeting.", flags="R D")
P("With all due respect to my neighbors complaining about buses on Crannell St: the district needs more drivers, not more complaints. Pay drivers more and the buses come on time.", flags="R")
P("Garage sale Saturday 8–1 at my place, {addr} — kids' books, a treadmill, a haunted-looking lamp. All proceeds to my grandson's hockey fees.")

# ---- the McKinney-Vento homeless liaison: LinkedIn and X ---------------------------------------
V("HVCSD McKinney-Vento homeless liaison, school social worker, 30s, LinkedIn / X", "mv")
P("Under McKinney-Vento, a student experiencing homelessness can enroll IMMEDIATELY, even without records, proof of residency or immunizations. Immediately means today.")
P("This year our district identified 212 students experiencing homelessness. Most are doubled-up with relatives. Few look like what people imagine.")
P("{s1.full} and her mom are at {motel} since the fire. Bus {bus} is rerouting to pick her up starting Monday. Please don't ask her about it in class.", "FAMILY")
P("Transportation request for {s1.full}, family now doubled-up at {addr} with an aunt. School of origin is Hillside. Routing, please confirm.", "FAMILY")
P("Liaisons: if a parent tells you they're staying with a cousin 'for now,' that's your cue to ask the housing questionnaire questions. Gently.", flags="R")
P("McKinney-Vento funding for our district this year: $0 in subgrant. The law is a promise. A promise with no money is a wish.", flags="R")
P("Every district in NY should have a full-time homeless liaison, not a social worker with it tacked onto 400 other kids. Fight me.", flags="R")
P("Opinions mine, not my district's: making a family in a shelter show a lease to enroll is illegal. If your office does it, stop.", flags="R D")
P("Ran into one of my kids at the library today, doing homework at the table by the window. Two months ago she wasn't in school at all. 💛")
P("A 7th grader told me the best part of the new school is 'a locker that's mine.' I had to go sit in my car for a minute.")
P("Winter coat drive for students in temporary housing: drop off at any school main office or the Enrollment Center, {office}. Sizes 4T to adult XL. Thank you!")
P("{s1.full}'s dad called from the family shelter on Lincoln Ave. They need the bus to come to the shelter now, not the old address. Rerouting today.", "FAMILY")
P("Sent the NYS-TEACHS form for the {s1.last} kids, 3 siblings, living in their car since last week. Dad's cell {phone} if transportation needs him.", "FAMILY")
P("CPS was called on the {s1.last} family this morning. Not by us. I'm making sure {s1} still gets breakfast and a ride. That's my part.", "FAMILY")
P("I'm the McKinney-Vento liaison for 5,000 students and I also cover 2 buildings as a social worker. The math does not math.", flags="R")
P("Shoutout to {a1.full} at the Red Cross who got a family of 6 into a hotel at 11pm on a Sunday. Heroes don't wear capes, they carry clipboards.")
P("{s1.full} (16) is an unaccompanied youth, couch-surfing since his mom left. He enrolled himself today. His cell is {phone} if a teacher needs him.", "FAMILY")
P("Stop asking families in shelters to prove they're homeless. Their word is enough. That's the law AND it's decency.", flags="R")
P("Reading 'Evicted' by Matthew Desmond for the second time. Should be required reading for anyone who works in a school.", flags="R")
P("The official count says 212. I know at least 30 families who never told us. The count is a floor, not a ceiling, and the funding should follow the real number.", flags="R")
P("Got a thank-you card from a 3rd grader: 'thank you for the bus.' I'll keep it forever.")
P("my own take (not HVCSD's): the Thruway motels are the new shelters for this county and nobody at the county level wants to say it out loud.", flags="R D")
P("For liaisons new to this: the free-lunch form and the McKinney-Vento form are different. A kid who qualifies for MV is automatically eligible for free meals. Don't make families fill out both.", flags="R")
P("{s1.full} is enrolled under a parole I-94 with no NY address yet. Told the front office the I-94 is NOT required to enroll and to stop asking mom for it.", "FAMILY")
P("Yankees have a $300M payroll and can't hit with runners on. Anyway.")

V("HVCSD McKinney-Vento liaison, X", "mv")
P("homeless ≠ 'lazy parents.' homeless = rent went up $600 in a county with zero vacancy. please.", flags="R")
P("Unaccompanied youth can enroll themselves. Yes, a 16yo with no parent can enroll. Yes, today. Yes, that's federal law.")
P("ONE OF MY SENIORS GOT INTO COLLEGE!!! after 4 schools in 3 years!!! I'm screaming in the car!!! 🎓🎓🎓")
P("a 17yo walked into my office alone today. couch-surfing since October. enrolled, fed, bus pass by noon. that's the job.")
P("the state's homeless count methodology misses every family in a motel. fix the count, fix the funding.", flags="R")

# ---- the bilingual Family Welcome Center aide: Instagram, Facebook, TikTok ---------------------
V("bilingual family welcome center aide (Spanish/English), 20s, Instagram / TikTok", "wel")
P("¡Bienvenidos! 🌎 Kinder registration opens March 3 / La inscripción para kínder abre el 3 de marzo. Traigan acta de nacimiento y comprobante de domicilio 🏠")
P("Welcome Center today: families from {country}, {country.b} and Yonkers (lol). 5 languages before lunch. Interpreters = MVPs 🗣️ and every one of them is on a 1-year contract. Hire them full time.", flags="R")
P("la mamá de {s1.full} no tiene papeles y tenía miedo de registrar a su hija. We do NOT ask about immigration status. Enrolled in 20 min 💛", "FAMILY", g="s1=f")
P("the {s1.last} family's asylum paperwork is still pending so they had nothing but a passport and a church letter. Enrolled anyway, the law is the law ✅", "FAMILY")
P("Translated the emergency card for {s1.full}'s mom: cell {phone}, works nights at the hospital, call the aunt first {phone.b}.", flags="bp")
P("Dato: schools in New York cannot ask about immigration status to enroll. Nunca. Not on the form, not at the window. Spread this. 🗣️")
P("The district still only translates the registration packet into Spanish. We enrolled families in 23 languages this year. Google Translate is not a language access plan.", flags="R")
P("opinión personal, no del distrito: el proceso de inscripción es demasiado complicado. 40 páginas para un niño de 5 años?? Hay que simplificarlo.", flags="R D")
P("Bilingual aides should be paid for the second language. We interpret custody orders, medical forms, IEP meetings. That's a skill, not a favor.", flags="R")
P("Abuela walked in for {s1}'s registration with a folder labeled 'ESCUELA' in marker, every document in plastic sleeves, in order. I want to be her when I grow up 👵📁")
P("tiktok asked what a family welcome center is: we're where families new to the district come first. Forms, languages, school tours, a lot of tissues, some candy. #bilingualaide")
P("{s1} (8) was our interpreter for his little sister's registration today. 8 years old. Switching between K'iche' and English like a pro. Kid is brilliant.")
P("Hoy inscribimos a {s1.full} y {s2.full}, hermanitos recién llegados. Están nerviosos pero muy emocionados. ¡Bienvenidos a Hudson Valley! 🦅")
P("Reminder for the group: registration@ is the mailbox for questions. I can't answer DMs about specific kids, sorry!! 🙏")
P("Proof of residency sample from today (names removed): utility bill to 'M. R.' at {addr} in {zip}. Landlord letter attached. That's all you need.", flags="bp")
P("my mom watched me do a registration in Spanish today and cried. she did ours in 1998 with a dictionary. full circle 🥹")
P("This is not an official translation, just me helping: 'comprobante de domicilio' = proof of residency. 'Acta de nacimiento' = birth certificate. ✅")
P("Hot take: every school office should have someone who speaks the top 3 languages of its families. Phone interpreters at the window are not enough.", flags="R")
P("Honestly the best job in the district is mine. I get to be the first smile. 😊", flags="R")
P("{s1.full}'s dad doesn't read in any language so I read him the whole packet out loud. 45 minutes. He signed every page. Respect.")
P("la familia {s1.last} vive con otra familia en un apartamento de 2 cuartos, so I flagged it for the McKinney-Vento liaison. They didn't know it counts.", "FAMILY")
P("{s1.full} llegó de {country} la semana pasada, no tiene vacunas documentadas. Nurse {t1} is doing the catch-up plan with mom.", "HEALTH", g="s1=m")
P("{s1.full}'s mom gave me her personal email, {email}, so the interpreter can send the IEP meeting invite in Dari.", "SPECIAL_EDUCATION")
P("{s1} (6) asked me how to say 'friend' in English so she could say it to the girl at the bus stop 🥹")
P("{s1.full} translated the whole bus safety talk for the other new kids from {country} and then asked for a sticker. Earned it ⭐")
P("ok real talk: the hold music on the Enrollment line is a 4-second loop of a flute. I've heard it 300 times today. whoever picked it owes our families an apology 🎶", flags="R")
P("Bad Bunny concert recap: no notes. perfect. life-changing. that's it that's the post 🐰")
P("Welcome Center is CLOSED Friday {date} for staff development. Estará CERRADO el viernes. Reopen Monday 8am.")
P("Mis opiniones, no las del distrito: the 'English only' phone tree on the district line sends our families in circles. Fix it.", flags="R D")
P("How to say 'order of protection' in Q'eqchi'? Asking for a work thing. (General question, I'll use the state interpreter line.)")
P("{s1.full}, {dob.el}, DOB on the Honduran birth certificate reads day/month, so the SIS flipped it. Fixed it. Check your imports, friends.", flags="bp")

V("bilingual family welcome center aide, Facebook", "wel")
P("Para las familias del grupo: inscripciones de kínder en el Centro de Inscripción, {office}. Lunes a jueves. Llamen al {regline}. ¡Los esperamos!")
P("Someone in this group asked if they can enroll without a Social Security number. YES. Sí se puede. The school does not need it.")
P("Can we please stop calling every Spanish-speaking family 'the immigrant families'? Half of ours were born in Poughkeepsie.", flags="R")
P("new family tip: bring the vaccine card from your home country even if it's not in English. We'll translate it. Don't throw it away!")

# ---- the HVHS attendance clerk: Facebook and X -------------------------------------------------
V("HVHS attendance clerk, 50s, Facebook / X", "att")
P("Parents: to report an absence, call the attendance line {attline} before 9am or email {pubmail.att}. Not my cell. Not Facebook. Thank you 💙")
P("Monday after the Super Bowl. 211 absences. I'm not saying anything. I'm just saying the number.")
P("{s1.full} has missed 31 days and mom's number on the emergency card ({phone}) is disconnected. Anyone have a newer contact? DM me.", flags="bp")
P("{s1.full} out all week, in the hospital at Vassar Brothers after the appendix thing. Excused obviously. Get well kiddo 🩹", "HEALTH")
P("{s1} was absent 19 days in October because the family got evicted and they were sleeping at a cousin's in Newburgh. Flagged to the liaison.", "FAMILY")
P("We filed an educational-neglect report with CPS for the {s1.last} kids today. 40+ absences each. Heavy day.", "FAMILY")
P("calling {s1.full}'s house at {phone} every morning at 8:30 like a wake-up service now. mom asked me to. it's working 😂", flags="bp")
P("{s1.full} out 2 weeks with a concussion from the car accident on Route 9. Excused, work going home.", "HEALTH")
P("{s1.up} IS ON TIME. FIRST TIME ALL YEAR. I RANG THE BELL. 🔔")
P("Shoutout to {s1.full} who came in at 7:10 every day this year to help me sort the late passes. Going to miss her next year 🥲")
P("Tardy slip excuses, ranked:\n3. 'my dog ate my alarm clock'\n2. 'the bus was early'\n1. 'I was here, I was just in the car' —{s1.low}, every single Monday")
P("The new attendance policy is going to push kids out, not in. Zeros for absences don't make a kid show up. Relationships do.", flags="R")
P("Every high school should have a full-time attendance outreach worker. Phone calls from me at 8:45 are not an intervention.", flags="R")
P("Whoever decided the attendance system should auto-call families at 6:58am on snow days owes 1,400 parents an apology. Me included.", flags="R")
P("Chronic absenteeism is up everywhere since 2020. Not just here. Kids got out of the habit and adults did too. Robocalls and threat letters won't fix that.", flags="R")
P("{s1.full} (junior) finally came in after 3 weeks out. I said 'good to see you' and he said 'good to be seen.' Okay kid, made my whole week.")
P("Perfect attendance breakfast Friday 🥞 to every kid who hasn't missed a day since September: you're invited. (We counted, you know who you are.) Special shoutout to {s1.full}: 3 years, zero absences 🏆")
P("Attendance office gets 400 calls on a snow day. 399 ask 'is there school.' 1 asks for my banana bread recipe. I love you, Mrs. {a1.last}.")
P("It's not 'skipping school' when the kid is working 30 hours a week to pay the family's rent. We need to talk about that as a district.", flags="R")
P("{s1} called in sick and then posted on TikTok from the mall. Kid. I'm 58 and even I'm on TikTok.")
P("Absence note from a parent today: 'please excuse {s1}, she was sick with the throw-ups.' Excused. Poor baby.", "HEALTH", g="s1=f")
P("Mrs. {t1} in attendance retired today after 32 years. She knew every kid's name and every excuse. The building won't be the same. 💐")
P("attendance clerk hack: the kids who are absent the most are the ones who need you to say 'we missed you' when they walk in. Not a lecture. Just that.", flags="R")
P("Late bus {bus} today, {num} minutes. All those kids are excused, teachers don't mark them tardy please 🚌")
P("{s1.full}'s grandmother is his legal guardian now, per the court paperwork that came in today. Updated the pickup list, mom's off it.", "FAMILY")
P("FYI the state says 'chronically absent' = missing 10% of days. That's 18 days a year. Two a month. It adds up fast.")
P("My opinion, not the district's: the 7:25 start time is the #1 cause of tardies in this building. Move it to 8:30 and watch my job get easier.", flags="R D")

V("HVHS attendance clerk, X", "att")
P("the attendance line voicemail is full by 8:20 every Monday. 🙃 call {attline}, leave a message, I WILL get to it")
P("an HVHS kid's mom left a voicemail with her whole new address and cell on it, very nice lady, I'm NOT posting it lol. updated in the system ✅")
P("hey @HVCSD can we get a second attendance clerk before I start answering the phone in my sleep", flags="R")

# ---- the HVHS guidance secretary who sends transcripts: Instagram and X -----------------------
V("HVHS guidance secretary, sends transcripts, 30s, Instagram / X", "gui")
P("Early decision week 🎓 sent 188 transcripts in 3 days. My printer has asked for a union rep. {s1.full} alone applied to 14 schools 😅")
P("Seniors: transcript requests go through Naviance, NOT my email, NOT a sticky note on my door. Deadline for Nov 1 apps is Oct 15!!")
P("Sent {s1.full}'s transcript to {college} today, 11:58pm deadline met with 2 minutes to spare 😅 go get 'em")
P("{s1.full}'s transcript has a 54 in Algebra II and a 61 in Chem, and {college} wants a mid-year report. Counselor's meeting with him tomorrow.", "ACADEMIC", g="s1=m")
P("reminder to myself: {s1.full}'s mid-year report shows a {gpa} GPA, she's under the NCAA minimum. Coach needs to know before signing day.", "ACADEMIC")
P("Alumni asking for transcripts: email {pubmail.tr} with your name at graduation, DOB and grad year. Yes we need your DOB. No, don't post it here 😂")
P("{a1.full} (class of '19) emailed from {email} asking for her final transcript for nursing school. sending today, so proud of you!!", flags="bp", g="a1=f")
P("transcript request: {s1.full}, DOB {dob.hs}, student ID {sid}, send to {college}. — from my sticky notes, shredding now.", flags="bp")
P("Naviance login for the sub: counselor acct, password {pw}. Please don't change it, we share it. (yes I know, I know)", "SECURITY")
P("We charge alumni {money} for a transcript. It's their record. It should be free.", flags="R")
P("Every counselor in this building has 380 students. The recommended ratio is 250. Seniors are waiting 2 weeks for a letter. That's the real story.", flags="R")
P("Shoutout to Mrs. {t1}, counselor extraordinaire, who wrote 64 rec letters this fall and still remembers every kid's dog's name 🐶")
P("The Common App being down on Nov 1 is an annual tradition now. Like Thanksgiving, but with screaming.", flags="R")
P("Graduation speaker drafts are due Friday, which means {s1} is about to read me 3 versions of 'the road not taken.' Robert Frost would be tired.")
P("{a1} (class of '24) came back to visit from {college} wearing the hoodie. I may have screamed. I may have scared a freshman.")
P("The new transcript vendor is a nightmare. 3 clicks became 11 and every one times out. Who signed this contract?", flags="R")
P("Views are mine and not HVCSD's: NY should drop the Regents exam requirement for graduation. Transcripts tell the story better than one test in June.", flags="R D")
P("{s1.full} got into {college} off the waitlist and ran into the guidance office screaming. Best. Day. 🎉")
P("{s1.full} is repeating 11th grade English and Gov after failing both. Counselor asked me to add the summer school forms to his transcript packet.", "ACADEMIC")
P("Reminder: 504 plans don't show up on transcripts. Colleges never see them. Parents ask me this every week so figured I'd say it here.")
P("{s1.full}'s transcript packet has the 504 letter in it by mistake. PULLED it before it went to {college}. Phew. Double-check your packets, people.", "SPECIAL_EDUCATION")
P("{s1.full}'s Regents scores came in: 52 on Algebra I, so we're filing the appeal. Counselor is on it.", "ACADEMIC")
P("mailing {s1.full}'s withdrawal packet to {addr} since she moved to PA in March. we'll miss her in the counseling office 📬", flags="bp")
P("{s1.full} asked me to proofread his college essay and it's about the guidance office candy jar. I'm honored? 🍬")
P("{s1.full} just committed to {college}! 🎓 He came to the guidance office to tell me before he told his mom.")
P("FAFSA night is {date} at 6:30 in the library! Financial aid office from {college} is coming. Bring your 2024 tax return.")
P("I love this job. I also love Fridays. Both can be true.", flags="R")
P("Taylor Swift tickets were $900 and I bought 2. I am a school secretary. Don't look at me.")
P("Our counseling office is 'fully staffed' on paper. On paper.", flags="R")
P("Mr. {t1}'s rec letter for {s1} is 3 pages. Longest I've ever mailed. That kid is loved.")

V("HVHS guidance secretary, X", "gui")
P("colleges want the transcript, the school profile, the counselor rec, the mid-year report, the final report, and my firstborn. ok.", flags="R")
P("reminder that transcripts@ is a real mailbox and someone (me) reads it, so please stop cc'ing 9 people")
P("counselors deserve summers paid. they're the ones in here in July fixing every kid's schedule.", flags="R")

# ---- official accounts ------------------------------------------------------------------------
V("HVCSD Enrollment Center official account", "reg")
P("📣 Kindergarten registration for the {year} school year opens March 3! Children who turn 5 on or before December 1 are eligible. Start at hvcsd.org/enroll.", flags="O")
P("What to bring to registration: ✅ birth certificate or passport ✅ 2 proofs of residency ✅ immunization record ✅ photo ID of the parent/guardian. That's it!", flags="O")
P("The Enrollment Center, {office}, is open {hours}. Walk-ins welcome until 2:30. Call {regline} to book an appointment.", flags="O")
P("Reminder: You are NOT required to provide a Social Security number or immigration documents to enroll your child in HVCSD.", flags="O")
P("The Enrollment Center will be closed {date} for a staff development day. Online registration remains open.", flags="O")
P("New to HVCSD? Complete the online pre-registration, then bring your documents to {office}. Questions: {pubmail.reg}", flags="O")
P("Registration forms are available in Spanish, Haitian Creole, Ukrainian, Arabic, Dari and Bengali. Interpretation in any language by phone. Just ask!", flags="O")
P("Heads up: the parent portal will be down Saturday 6–10am for maintenance. If your password stops working after, use 'Forgot password' to reset it.", flags="O")
P("🎉 {s1.full} is our 1,000th online registration of the year! Welcome to Roosevelt Elementary and the Falcon family!", flags="O")
P("Moving within the district this summer? Submit {form} with your new proof of residency by Aug 1 so bus routes are ready.", flags="O")
P("Summer hours: {hours}. The Enrollment Center is closed July 4 and the week of July 7.", flags="O")
P("Pre-K lottery results will be mailed the week of {date}. Please do not call the office about results before then 🙏", flags="O")
P("We're hiring a bilingual registration clerk! Spanish/English. Apply on OLAS. Join the team that welcomes every new Falcon 🦅", flags="O")
P("Correction: the deadline for kindergarten registration is May 1, not April 1 as posted earlier. We apologize for the confusion.", flags="O")
P("Families: the parent portal activation letter for {s1.full} listed access code {portal}. Please disregard the previous post, the code has been reset.", "SECURITY", flags="O")
P("Welcome, {s1.full} and {s2.full}! Our first two kindergartners registered today at 8:01am. Their moms were in line at 7:15 ☕", flags="O")
P("Zip code {zip}? Your child may be zoned for Hillside or Roosevelt. Use the school finder at hvcsd.org before you register.", flags="O")

V("HVCSD Family Welcome Center official account", "wel")
P("Welcome Center / Centro de Bienvenida: Orientation for new families every Wednesday at 10am. Child care and interpreters provided. 🌎", flags="O")
P("Free English classes for parents start {date} at the Welcome Center. Clases de inglés gratis para padres. Inscríbase al {regline}.", flags="O")
P("Families living in a shelter, motel, car, or with another family due to loss of housing have rights under McKinney-Vento. Contact the Office of Student Services: {pubphone.dist}.", flags="O")
P("Meet our student ambassadors: {s1.full}, {s2.full} and {s3.full} will give tours to new families in English, Spanish and Arabic! 🌎", flags="O")
P("Thank you to St. Mary's Church and the Rotary Club for donating 200 backpacks for our newest students! 🎒", flags="O")
P("Congratulations to {s1.full}, who arrived from {country} last year speaking no English and just won the Maple Ridge spelling bee! 🐝", flags="O")

V("HVHS Counseling & Guidance Office official account", "gui")
P("Seniors: Transcript requests for Nov 1 deadlines must be submitted in Naviance by Oct 15. No exceptions!", flags="O")
P("Alumni transcript requests: email transcripts@hvcsd.org or call {pubphone.hs}. Please allow 5 business days.", flags="O")
P("Congrats to the Class of 2026! 94% of our seniors have submitted at least one college application. 🎓 #FalconsFly", flags="O")
P("FAFSA completion night is {date} at 6pm in the HVHS library. Bring your FSA ID. We'll help with the rest!", flags="O")
P("Congratulations to {s1.full}, accepted to {college} with a full scholarship! 🦅🎓", flags="O")
P("Reminder: your Naviance password can be reset from the login page. Counselors cannot see or send passwords.", flags="O")

V("Roosevelt Elementary School official account", "sec")
P("Roosevelt Elementary welcomes 23 new students this month! 🎒 Please help us make them feel at home.", flags="O")
P("Kindergarten Screening Day is {date}! Appointments through the main office. Roosevelt Elementary, {pubaddr}.", flags="O")
P("Immunization reminder: students entering K need proof of required vaccines before the first day. Contact Nurse {t1} with questions.", flags="O")
P("Please welcome Ms. {t1}, our new main office secretary! Stop by and say hi 👋", flags="O")

V("Hudson Valley High School official account", "att")
P("Congratulations to {s1.full}, our student representative to the Board of Education for {year}! 🦅", flags="O")
P("Absent today? Call the attendance line at {attline} before 9am. Notes can be emailed to attendance@hvcsd.org.", flags="O")
P("Perfect Attendance Honor Roll for Quarter 1 is posted outside the main office! 🦅 Congrats to all 312 Falcons.", flags="O")
P("Two-hour delay today. Buses run 2 hours late. Breakfast will still be served. Stay warm, Falcons! ❄️", flags="O")
P("Shoutout to {s1.full}, who hasn't missed a single day since kindergarten! 13 years of perfect attendance, K through 12! 🏆", flags="O")

V("Hudson Valley Central School District official account", "rec")
P("Beware of a text scam asking parents to 'verify your child's student ID and password.' HVCSD will never ask for this by text. Report it to {pubphone.dist}.", flags="O")
P("The Board of Education will vote on changes to Policy 5151 (Homeless Children) at Tuesday's meeting. Public comment at 7pm.", flags="O")
P("Records requests for former students can be made at hvcsd.org/records. Please allow 10 business days.", flags="O")
P("Our {sis} student information system will be upgraded over spring break. The parent portal will be unavailable April 14–18.", flags="O")
P("Welcome to the district's new Registrar, {a1.full}! Registration questions can go to {pubmail.reg}.", flags="O")

# ---- pasted emails, tickets, reposts: kind unknown ---------------------------------------------
V("unknown account (pasted email / reposts)", "reg")
P("[fwd email] Subject: New enrollment — {s1.full}\nDOB: {dob.el}\nNYSSIS: {nyssis}\nAddress: {addr}\nGuardian: {a1.full}, {phone}\n-- please process by Friday", flags="N")
P("[pasted] 'Hi, this is {a1}, I'm {s1}'s mom, my new email is {email} and my cell changed to {phone}. Please update the emergency card.'", flags="N", g="a1=f")
P("Got this email from the district: 'Your child's registration is complete. Welcome to HVCSD!' Finally. 3 weeks. 🙄", flags="N")
P("Does anyone know if the Enrollment Center on Liberty St takes walk-ins? Website says yes, phone says no.", flags="N")
P("[screenshot of an SIS ticket] 'user: registrar2 pw: {pw} — works on all 3 kiosks' 😬 who posted this", "SECURITY", flags="N")
P("Repost from the Arlington parents group: kindergarten registration opens March 3! Don't wait, the appointments fill up fast.", flags="N")
P("The HVCSD registration packet is 40 pages. FORTY. For a kindergartner. I'm a lawyer and I needed a nap.", flags="N")
P("[pasted email] From: Enrollment Center\n'Dear parent, we are missing the immunization record for {s1.full}. {s1} cannot attend until it is received.'", "HEALTH", flags="N")
P("[fwd] custody order attached for {s1.full}, mom has sole legal custody, dad {a1.full} may not pick up from school. Please add to the file.", "FAMILY", flags="N", g="a1=m")
P("So the district wants 2 proofs of residency but my lease is in my ex's name. Anyone dealt with this??", flags="N")
P("[pasted ticket] 'Transcript for {s1.full}, ID {sid}, GPA {gpa}, rank 201/240, send to {college}'", "ACADEMIC", flags="N")
P("congrats to my niece {s1} on her first day of kindergarten at Roosevelt!! 🎒🍎 the whole family is proud", flags="N")
P("Shoutout to the lady at the Enrollment Center window with the purple glasses. She stayed late to finish our paperwork. Angel.", flags="N")
P("Reminder: school is closed Monday for Presidents' Day. Washington and Lincoln would want you to sleep in.", flags="N")
P("[pasted from a group chat] the registrar's personal cell is {phone} if you need her after hours, she said it's fine", flags="N")
P("Parents: the district will never ask you for a password by email. If you got one that says 'HVCSD Registration' from a gmail address, delete it.", flags="N")
P("Enrollment help in Spanish at the library Saturday 10–1, free, with volunteers from La Voz. Ayuda con la inscripción escolar 🌎", flags="N")
P("[Nextdoor] Our new neighbors just moved here from {country}. Their kids start at Hillside Monday. Anyone have winter coats, sizes 6 and 10?", flags="N")
P("whoever at the district office approved a 6-week wait for a registration appointment: my kid has now missed 3 weeks of school.", flags="N")
P("[fwd] 'Please update the address for {s1.full} to {addr}, {zip}. Mom is {a1.full}, {email}.'", flags="N", g="a1=f")
P("[fwd SIS ticket] 'Cannot log in as reg_kiosk2, password {pw} rejected, please reset' — sent to the whole office list 🤦", "SECURITY", flags="N")
P("[pasted] Birth certificate info for {s1.full}: born {dob.el} in {country}, mother {a1.full}. Please enter into SIS.", flags="N", g="a1=f")
P("Reading 'The Book of Unknown Americans' by Cristina Henríquez with my book club. Recommend.", flags="N")
P("[pasted] Attendance letter for {s1.full}: 22 unexcused absences this semester. A PINS petition may be filed with Family Court.", "DISCIPLINE", flags="N")


# ---- more from the regular voices: short and long posts, near misses ---------------------------
V("HVCSD district registrar, Enrollment Center, 50s, X / Facebook", "reg")
P("August. 😵")
P("registration day 1: 86 families. day 2: 91. day 3: I stopped counting. 2 clerks. TWO. this is not a staffing plan", flags="R")
P("FIX. THE. PORTAL.", flags="R")
P("REGISTRATION IS OPEN 🎉🎉🎉")
P("Long one, sorry. A dad came in today with a folder of papers from 3 countries and 2 states, his daughter's whole life in plastic sleeves. He apologized for 'making extra work.' I told him this IS the work. We sat for an hour. She starts at Hillside Monday, bus {bus}, and he shook my hand like I'd done something big. I didn't. I did my job. But I get why it felt big to him. Every family who walks in is handing us the most important thing they have.")
P("To my fellow registrars: the families who yell at the window are usually the ones who have been told no by 6 other offices this week. Take a breath before you take it personally.", flags="R")
P("{s1.full}'s birth certificate says {dob.el}, the passport says a different year. Which wins? Sending the question to BOCES before I touch the SIS.", flags="bp")
P("dad asked me to text him the kindergarten supply list at {phone}, so if you see my name on a text, that's why lol")
P("got a thank-you card from a family I enrolled in 2014. Their son {s1} is graduating from HVHS in June. I'm not crying, you're crying 🎓")
P("someone please explain to me why the NYSSIS number lookup goes down every single August 20th like it's a holiday", flags="R")
P("Please stop sending the district a photo of your driver's license through Facebook Messenger. Use the secure upload. This is for you, not me!")
P("The registrar password policy now requires 16 characters. I've started using the first line of the Star-Spangled Banner. Kidding. (Mostly.)")
P("password reset day again. love to forget a 16-character password 4 times a year 🙃", flags="R")

V("Roosevelt Elementary school secretary, handles new-student enrollment, 40s, Facebook group", "sec")
P("Secretary group: how do you handle a parent who shows up with a custody order you've never seen before? We call the district office first. General question, not about a specific family.")
P("{s1.full} starts Monday, she's in Room {room} with Mrs. {t1}. Her dad asked me to let the class know she's shy 🩷")
P("new student {s1.full} listed on the emergency card: aunt {a1.full}, {email}, {phone}. sending to the teacher, pls keep in the red folder", flags="bp", g="a1=f")
P("{s1}'s mom is in the hospital for chemo so grandma is picking up all month. Updated the dismissal list. Sending love to that family 💗", "HEALTH")

V("HVCSD McKinney-Vento homeless liaison, school social worker, 30s, LinkedIn / X", "mv")
P("Families in temporary housing are not a 'population.' They're families with names and kids with homework, and they want the same bus stop as everyone else. (Mine, not the district's, views.)", flags="R D")
P("the {s1.last} family got their apartment today!!! keys in hand!!! {s1} asked if she can stay at Hillside. yes. yes she can. 🏠", "FAMILY")
P("mini-thread on what 'immediate enrollment' means, because I keep getting the question: 1) same day 2) no records needed 3) no proof of address needed 4) transportation starts right away. That's it. That's the thread.")
P("Quick ask to registrars everywhere: stop writing 'homeless' in the SIS comments field where every sub can see it. Use the flag. Please.", flags="R")

V("bilingual family welcome center aide (Spanish/English), 20s, Instagram / TikTok", "wel")
P("me at the window: 'do you have proof of residency?' the 4yo ({s1.low}): 'I have a dinosaur.' ok ma'am you're enrolled 🦖")
P("The {s1.last} family's lawyer sent the TPS paperwork to the school by mistake. Sent it back, didn't copy it. Not ours to keep.", "FAMILY")
P("{s1.nick} (legal name {s1.full} on the birth certificate) wants to be called {s1.nick} in class. Updated the preferred name field ✅")

V("HVHS attendance clerk, 50s, Facebook / X", "att")
P("Quick ask for my fellow clerks: is anyone's district using the new {sis} attendance module? Is it as bad as I hear?")
P("Student ID numbers are not secrets, but they're not for Facebook either. Please don't put your kid's ID in a comment asking me about attendance 🙏")
P("{s1.full}, ID {sid}, 3 tardies this week. Mom asked me to post it here so her son 'learns a lesson.' Ma'am, no. DM me instead. (I didn't, don't worry.)", flags="bp", g="s1=m")
P("got called 'the attendance lady' at the grocery store by {s1.full}, a kid I've called home about 40 times. we hugged. it was nice.")

V("HVHS guidance secretary, sends transcripts, 30s, Instagram / X", "gui")
P("the counselor's Naviance password got reset, so if you sent a request Monday, it's fine, nothing is lost")
P("{s1.full}'s mom called asking me to 'fix' her son's GPA before it goes to {college}. Ma'am, he has a 58 in Physics. I just send the paper.", "ACADEMIC", g="s1=m")

V("HVCSD central office records clerk, 40s, Facebook / X", "rec")


if __name__ == "__main__":
    main()
