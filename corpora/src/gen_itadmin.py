"""Generate corpora/src/itadmin.jsonl: IT staff, tech coordinators, principals/APs, HR/union reps,
superintendents and district office staff.

Hand-written post skeletons; placeholders are filled from Faker (many locales) and small generators
with fixed seeds, so the output is deterministic.  Verdicts are derived from the GUIDE rules from the
spans, categories and disclaimer of each post.

Placeholder syntax inside skeleton text: {slot} or {slot.form}
  students (marked STUDENT_NAME, roster row):  {s} {s2} {s3}  forms: full last lc uc tag nick init
                                               handle email(EMAIL_ADDRESS) fullup lastuc
  kids not on the roster (marked, no roster):  {k} {k.full} ...
  adults (never marked):   {a} {a2} {a3} first names, {t} {t2} {t3} last names, {a.full}
  CREDENTIAL:   {pw} {pw2} {wifi} {door} {alarm} {pin} {sk} {ghp} {akia} {awssec} {slack} {gkey} {jwt}
  NETWORK_INFO: {ip} {ip2} {ip6} {host} {host2} {url} {vlan} {vlan2}
  STUDENT_ID {sid} {sid2} {nysis} {lunch} {locker}; PHONE_NUMBER {phone}; EMAIL_ADDRESS {email};
  STREET_ADDRESS {addr}; DATE_OF_BIRTH {dob}; US_SSN {ssn}
  unmarked fillers: {user} {pubip} {ver} {room} {bus} {jersey} {score} {time} {money} {year} {cart}
                    {n} {date} {day}
  {disc} an in-post disclaimer; {disc?} a disclaimer half of the time.
"""
from __future__ import annotations

import json
import random
import re
import string
import unicodedata
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "itadmin.jsonl"
SEED = 20240917
rng = random.Random(SEED)

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_NG"]
FAKERS = {}
for _i, _loc in enumerate(LOCALES):
    _f = Faker("en_IN" if _loc == "hi_IN" else _loc)
    _f.seed_instance(SEED + _i)
    FAKERS[_loc] = _f

# Romanized names for locales whose Faker providers only give native script.
KO_FIRST = ["Minjun", "Seoyeon", "Jiho", "Haeun", "Doyoon", "Jiwoo", "Yejun", "Soyeon", "Hyunwoo",
            "Chaewon", "Jimin", "Taeyang", "Dahyun", "Eunji", "Sungmin", "Yuna", "Joon", "Hana"]
KO_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
AR_FIRST = ["Omar", "Layla", "Yusuf", "Amira", "Khalid", "Noor", "Hamza", "Yasmin", "Karim", "Salma",
            "Tariq", "Rania", "Ziad", "Huda", "Idris", "Mariam", "Sami", "Leen"]
AR_LAST = ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Aziz", "Farah", "Hamdan", "Qasim",
           "Darwish", "Najjar", "Sabbagh"]
EN_PREFERRED = {"m": ["Kevin", "Max", "Leo", "Tony", "Eddie", "Danny", "Jay", "Andy", "Nico"],
                "f": ["Lily", "Annie", "Vicky", "Grace", "Jenny", "Coco", "Mia", "Ellie", "Ivy"],
                None: ["Sam", "Kai", "Alex", "Jamie", "Rory", "Charlie", "Max"]}


def _name(loc: str) -> tuple[str, str]:
    f = FAKERS[loc]
    if loc in ("zh_CN", "ja_JP"):
        if rng.random() < 0.1:
            return f.first_name(), f.last_name()
        return f.first_romanized_name(), f.last_romanized_name()
    if loc == "ko_KR":
        if rng.random() < 0.1:
            return f.first_name(), f.last_name()
        return rng.choice(KO_FIRST), rng.choice(KO_LAST)
    if loc == "ar_AA":
        if rng.random() < 0.1:
            return f.first_name(), f.last_name()
        return rng.choice(AR_FIRST), rng.choice(AR_LAST)
    if loc == "vi_VN":
        first = f.first_name_female() if rng.random() < 0.5 else f.first_name_male()
        return first, f.last_name()
    return f.first_name(), f.last_name()


def person() -> tuple[str, str]:
    loc = rng.choice(LOCALES + ["en_US", "en_US", "es_MX"])
    return _name(loc)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.replace("ı", "i").replace("ł", "l").replace("Ł", "L") if c.isascii() and c.isalnum())


NICKS = {"Alexander": "Alex", "Alejandro": "Alex", "Aleksander": "Olek", "Christopher": "Chris", "Michael": "Mikey",
         "William": "Will", "Elizabeth": "Liz", "Jonathan": "Jon", "Nathaniel": "Nate", "Katherine": "Kate",
         "Kathryn": "Kat", "Benjamin": "Ben", "Samantha": "Sam", "Victoria": "Tori", "Daniel": "Danny",
         "Matthew": "Matt", "Jennifer": "Jen", "Margaret": "Maggie", "Robert": "Bobby", "Joshua": "Josh",
         "Anthony": "Tony", "Nicholas": "Nick", "Gabriel": "Gabe", "Isabella": "Bella", "Francisco": "Paco",
         "José": "Pepe", "Guadalupe": "Lupe", "Eduardo": "Lalo", "Ignacio": "Nacho", "Jesús": "Chuy",
         "Roberto": "Beto", "Alberto": "Beto", "Fernando": "Nando", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
         "Aleksandra": "Ola", "Wojciech": "Wojtek", "Francesco": "Cesco", "Giuseppe": "Beppe", "Elisabetta": "Betta",
         "Thomas": "Tommy", "Jessica": "Jess", "Rebecca": "Becca", "Andrew": "Drew", "Patricia": "Trish",
         "Zachary": "Zach", "Jacqueline": "Jackie", "Frederick": "Freddie", "Charlotte": "Charlie",
         "Maximilian": "Max", "Johannes": "Hannes", "Friedrich": "Fritz", "Guillaume": "Guillo", "Mohammed": "Mo",
         "Muhammad": "Mo", "Abdullah": "Abdi", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Oluwatobi": "Tobi"}


def nickname(first: str, gender: str | None = None) -> str:
    if first in NICKS:
        return NICKS[first]
    head = first.split()[0]
    if head != first and head.isalpha():
        return head  # "João Miguel" -> "João"
    if rng.random() < 0.15 and len(first) <= 5 and first.isalpha():
        return "Lil " + first
    return rng.choice(EN_PREFERRED[gender])


# ---------------------------------------------------------------- secrets and network fillers
B62 = string.ascii_letters + string.digits
WORDS = ["Falcons", "Maple", "Hudson", "Ridge", "Eagle", "Summer", "Winter", "Tiger", "Purple", "River",
         "Hawk", "Coffee", "Pizza", "Rocket", "Lincoln", "Valley", "Hillside", "Panther", "Blue", "Thunder"]
SYMS = "!@#$%*?&"


def gen_pw() -> str:
    w1, w2 = rng.sample(WORDS, 2)
    y = rng.choice(["2023", "2024", "2025", "24", "25", "123", "1", "99", "07"])
    pats = [
        lambda: f"{w1}{y}{rng.choice(SYMS)}",
        lambda: f"{w1.lower()}{w2.lower()}{rng.randint(10, 99)}",
        lambda: f"{w1[0]}{w1[1:].lower().replace('a', '@').replace('o', '0')}{y}",
        lambda: f"{w1.lower()}-{w2.lower()}-{rng.randint(1, 99)}",
        lambda: f"Hvcsd{rng.choice(SYMS)}{y}",
        lambda: f"{w1}{rng.choice(SYMS)}{w2}{rng.randint(1, 9)}",
        lambda: "".join(rng.choice(B62) for _ in range(rng.randint(8, 12))),
        lambda: f"Welcome{y}{rng.choice(SYMS)}",
        lambda: f"{w1}{w2}{rng.choice(SYMS)}",
    ]
    return rng.choice(pats)()


def gen_wifi() -> str:
    return rng.choice([
        lambda: f"FalconNation{rng.choice(SYMS)}{rng.randint(20, 26)}",
        lambda: f"hvhs-guest-{rng.randint(2020, 2026)}",
        lambda: f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(100, 999)}",
        lambda: f"GoFalcons{rng.randint(1, 99)}{rng.choice(SYMS)}",
        lambda: "".join(rng.choice(B62) for _ in range(12)),
        lambda: f"{rng.choice(WORDS).lower()}wifi{rng.randint(10, 99)}",
    ])()


def gen_door() -> str:
    d = "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 4, 5, 6])))
    return rng.choice([d, d + "#", "*" + d, d + "*"])


def digits(n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def gen_ip() -> str:
    r = rng.random()
    if r < 0.45:
        return f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.7:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 50)}.{rng.randint(1, 254)}"


def gen_ip6() -> str:
    return f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 255):x}"


HOSTS = ["gradebook.hvcsd.local", "sis.internal", "printer01.lan", "dc01.hvcsd.local", "dc02.hvcsd.local",
         "nas-backup.lan", "psprod.hvcsd.local", "fw-core.hvcsd.local", "wsus01.hvcsd.local",
         "hvhs-lib-prn2.lan", "nvr01.hvcsd.local", "radius.hvcsd.local", "vcenter.hvcsd.local",
         "mdm.internal", "helpdesk.hvcsd.local", "roosevelt-sw3.lan", "mrms-copier2.lan",
         "fileserv.hvcsd.local", "badge-ctrl.internal", "hvhs-core-sw1.hvcsd.local", "veeam01.hvcsd.local",
         "nutrikids.hvcsd.local", "hillside-ap14.lan", "sql02.hvcsd.local", "hr-files.internal"]


HOSTPOOLS = {
    "gb": ["gradebook.hvcsd.local", "gb01.hvcsd.local", "grades.internal", "gradebook.lan"],
    "sis": ["sis.internal", "psprod.hvcsd.local", "sql02.hvcsd.local", "sisdb01.hvcsd.local", "sis-prod.lan"],
    "bk": ["nas-backup.lan", "veeam01.hvcsd.local", "bkp01.internal", "nas02.hvcsd.local"],
    "prn": ["printer01.lan", "hvhs-lib-prn2.lan", "mrms-copier2.lan", "print01.hvcsd.local", "roos-prn04.lan", "papercut.hvcsd.local"],
    "cam": ["nvr01.hvcsd.local", "cam-nvr02.lan", "nvr-hvhs.internal", "milestone01.hvcsd.local"],
    "srv": ["apps01.hvcsd.local", "lic01.hvcsd.local", "mdm.internal", "helpdesk.hvcsd.local", "srv-14.hvcsd.local",
            "util02.lan", "wsus01.hvcsd.local"],
    "file": ["fileserv.hvcsd.local", "hr-files.internal", "fs01.hvcsd.local", "dc01.hvcsd.local"],
    "badge": ["badge-ctrl.internal", "access01.hvcsd.local", "lenel.hvcsd.local"],
    "radius": ["radius.hvcsd.local", "nps01.hvcsd.local", "radius01.internal"],
}


def gen_host() -> str:
    if rng.random() < 0.7:
        return rng.choice(HOSTS)
    pre = rng.choice(["hvhs", "mrms", "roos", "hill", "do"])
    dev = rng.choice(["prn", "sw", "ap", "cam", "srv", "lab"])
    return f"{pre}-{dev}{rng.randint(1, 40):02d}.{rng.choice(['hvcsd.local', 'lan', 'internal'])}"


def gen_url() -> str:
    return rng.choice([
        lambda: f"https://{gen_ip()}:{rng.choice([8443, 4443, 9443, 443, 8080])}/admin",
        lambda: f"http://{gen_ip()}/login",
        lambda: f"https://{gen_host()}/admin",
        lambda: f"https://{gen_host()}:8443/console",
        lambda: "https://10.20.0.5:8443/admin",
        lambda: f"http://{gen_ip()}:8080/manager/html",
        lambda: f"https://{gen_ip()}:4343/webui",
    ])()


def gen_fill(key: str) -> tuple[str, str | None]:
    """Return (value, label) for a non-person placeholder."""
    base = key.rstrip("0123456789") if key not in ("ip6",) else key
    if base == "pw":
        return gen_pw(), "CREDENTIAL"
    if base == "wifi":
        return gen_wifi(), "CREDENTIAL"
    if base == "door":
        return gen_door(), "CREDENTIAL"
    if base == "alarm":
        return digits(4), "CREDENTIAL"
    if base == "pin":
        return "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 5, 6]))), "CREDENTIAL"
    if base == "sk":
        return "sk_live_" + "".join(rng.choice(B62) for _ in range(24)), "CREDENTIAL"
    if base == "ghp":
        return "ghp_" + "".join(rng.choice(B62) for _ in range(36)), "CREDENTIAL"
    if base == "akia":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16)), "CREDENTIAL"
    if base == "awssec":
        return "".join(rng.choice(B62 + "/+") for _ in range(40)), "CREDENTIAL"
    if base == "slack":
        return f"xoxb-{digits(12)}-{digits(13)}-" + "".join(rng.choice(B62) for _ in range(24)), "CREDENTIAL"
    if base == "gkey":
        return "AIza" + "".join(rng.choice(B62 + "-_") for _ in range(35)), "CREDENTIAL"
    if base == "jwt":
        body = "".join(rng.choice(B62) for _ in range(36))
        sig = "".join(rng.choice(B62 + "-_") for _ in range(22))
        return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{body}.{sig}", "CREDENTIAL"
    if base == "ip":
        return gen_ip(), "NETWORK_INFO"
    if base == "ip6":
        return gen_ip6(), "NETWORK_INFO"
    if base == "host":
        return gen_host(), "NETWORK_INFO"
    if base == "url":
        return gen_url(), "NETWORK_INFO"
    if base == "vlan":
        return f"VLAN {rng.choice([10, 20, 30, 40, 50, 60, 99, 110, 120, 200, 250, 300])}", "NETWORK_INFO"
    if base == "sid":
        return digits(6), "STUDENT_ID"
    if base == "nysis":
        return digits(10), "STUDENT_ID"
    if base == "lunch":
        return "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 5]))), "STUDENT_ID"
    if base == "locker":
        return f"{rng.randint(1, 39)}-{rng.randint(1, 39)}-{rng.randint(1, 39)}", "STUDENT_ID"
    if base == "phone":
        a, b = rng.choice(["845", "914", "518", "347", "646"]), f"{rng.randint(100, 999)}"
        c = f"{rng.randint(0, 9999):04d}"
        if a == "845" and b == "555":
            b = "556"
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}"]), "PHONE_NUMBER"
    if base == "email":
        fi, la = gendered_name(None, True)
        u = ascii_fold(fi).lower() + rng.choice([".", "_", ""]) + ascii_fold(la).lower()
        return u + str(rng.randint(1, 99)) + "@" + rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]), "EMAIL_ADDRESS"
    if base == "addr":
        st = rng.choice(["Birch Ln", "Maple Ave", "Orchard St", "Ridge Rd", "Hudson Terrace", "Elm St",
                         "Willow Ct", "Route 9W", "Cedar Hill Rd", "W Main St", "Sunset Dr", "Pine Hollow Rd"])
        unit = rng.choice(["", "", "", f" Apt {rng.randint(1, 4)}{rng.choice('ABCD')}", f" Unit {rng.randint(2, 20)}"])
        return f"{rng.randint(3, 980)} {st}{unit}", "STREET_ADDRESS"
    if base == "dob":
        y, mth, d = rng.randint(2008, 2018), rng.randint(1, 12), rng.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        return rng.choice([f"{mth}/{d}/{y}", f"{y}-{mth:02d}-{d:02d}", f"{months[mth - 1]} {d}, {y}",
                           f"{mth:02d}/{d:02d}/{y}"]), "DATE_OF_BIRTH"
    if base == "adob":
        y, mth, d = rng.randint(1962, 1995), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{mth}/{d}/{y}", f"{mth:02d}/{d:02d}/{y}"]), "DATE_OF_BIRTH"
    if base == "ssn":
        return f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}", "US_SSN"
    # unmarked
    if base == "user":
        fi, la = gendered_name(None, True)
        return rng.choice([ascii_fold(fi)[0].lower() + ascii_fold(la).lower(), "admin", "hvadmin", "techsupport",
                           "sub" + str(rng.randint(1, 30)), ascii_fold(la).lower() + str(rng.randint(1, 9))]), None
    if base == "pubip":
        return rng.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "208.67.222.222", "8.8.4.4", "1.0.0.1"]), None
    if base == "doordig":
        return digits(4), "CREDENTIAL"
    if key.startswith("h_"):
        pool = HOSTPOOLS[key[2:]]
        return rng.choice(pool), "NETWORK_INFO"
    if base == "vote":
        yes = rng.randint(1100, 2600)
        no = rng.randint(400, yes - 200)
        return f"{yes:,}-{no:,}", None
    if base == "salary":
        return rng.choice(["$47,500", "$52,000", "$49k", "$51,200"]), None
    if base == "bigmoney":
        return rng.choice(["$1.2M", "$48,000", "$2.4 million", "$190k", "$600k", "$85,000", "$250k", "$31,000"]), None
    if base == "winver":
        return rng.choice(["10.0.19045", "10.0.22631", "11 23H2", "10.0.19045.3803", "11 24H2"]), None
    if base == "iosver":
        return rng.choice(["17.4.1", "16.6", "17.2", "18.0.1"]), None
    if base == "crver":
        return rng.choice(["120.0.6099.109", "126.0.6478.132", "118", "124.0.6367.95"]), None
    if base == "labver":
        return rng.choice(["8.1", "8.2.4", "7.4-17", "8.0"]), None
    if base == "bscore":
        a = rng.randint(55, 88)
        return f"{a}-{rng.randint(40, a - 1)}", None
    if base == "ver":
        return rng.choice(["10.0.19045", "10.0.22631", "17.4.1", "120.0.6099.109", "16.6", "3.12.1",
                           "14.2.1", "11.0.22621.2861", "5.15.0", "2.4.58", "126.0.6478.132"]), None
    if base == "room":
        return rng.choice([f"room {rng.randint(100, 330)}", f"room {rng.randint(1, 12)}.{rng.randint(1, 9)}",
                           f"Rm {rng.randint(100, 330)}", f"room {rng.choice('ABCDE')}{rng.randint(1, 30)}"]), None
    if base == "bus":
        return str(rng.randint(2, 48)), None
    if base == "jersey":
        return str(rng.randint(0, 99)), None
    if base == "score":
        a = rng.randint(40, 99)
        return rng.choice([f"{a}-{rng.randint(30, a - 1)}", f"{rng.randint(2, 9)}-{rng.randint(0, 1)}"]), None
    if base == "time":
        return rng.choice(["7:30", "3:15", "6pm", "10:45 AM", "8:05", "noon", "4:30pm", "7pm"]), None
    if base == "money":
        return rng.choice(["$1.2M", "$48,000", "$2.4 million", "$19k", "$600k", "$85,000"]), None
    if base == "year":
        return str(rng.randint(2019, 2026)), None
    if base == "cart":
        return str(rng.randint(1, 14)), None
    if base == "n":
        return str(rng.randint(3, 60)), None
    if base == "date":
        return rng.choice(["Oct 14", "11/3", "March 8th", "Jan 22", "5/17", "Sept 30", "Dec 1"]), None
    if base == "day":
        return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]), None
    raise KeyError(key)


def mark(text: str, label: str) -> str:
    assert "|" not in text and "⟦" not in text and "⟧" not in text, text
    return f"⟦{text}|{label}⟧"


DISCS = ["(views my own)", "#MyViewsOnly", "Opinions mine, not HVCSD's.", "Speaking for myself here, not the district.",
         "Not an official district statement.", "Tweets are my own.", "— my views, not my employer's",
         "personal opinion, not speaking for HVCSD", "[my own views, not the district's]", "#ViewsMyOwn"]

# ---------------------------------------------------------------- bios
BIOS = {
    "it": (["HVCSD Technology. Coffee, cables, Chromebooks. ☕", "Edtech nerd. Homelab. 🐧", "Network admin @HVCSD | dad x3",
            "I've tried turning it off and on again.", "Tech integration coach | ISTE cert | runner",
            "K-12 sysadmin. Mostly printers.", "my own classroom was a server closet lol", "views are not my own 🙃",
            "Help desk hero (self-appointed). Go Falcons!"],
           ["Director of Technology, HVCSD. Views my own.", "Tech coach | opinions are mine, not my employer's",
            "Sysadmin. #MyViewsOnly", "K-12 IT. Tweets are my own and don't represent my district.",
            "edtech ✨ | RTs ≠ endorsements | views mine alone, not HVCSD's"]),
    "admin": (["Principal | Maple Ridge MS | #FalconPride", "Asst. Principal, Hudson Valley HS 🦅", "Proud principal of Hillside Elementary!",
               "Lead learner. Coffee first.", "AP. Mom. Marathoner.", "Roosevelt Elementary principal ❤️📚"],
              ["Principal, Hudson Valley HS. Tweets are my own.", "Assistant principal | speaking for myself, not the district",
               "Lead learner at Roosevelt. Personal account, not an official district statement.",
               "School leader. Opinions my own."]),
    "hr": (["HR generalist. Dog person. 🐕", "People ops @ a school district near you",
            "Benefits, payroll, and too many spreadsheets.", "HR director | HVCSD | coffee-powered"],
           ["HR @HVCSD — views expressed are my own.", "Human resources. #MyViewsOnly"]),
    "un": (["Union building rep, HVTA. Solidarity ✊", "HVTA president. Teachers deserve better.",
            "5th grade teacher + HVTA rep. Union strong.", "Teacher, union rep, tired."],
           ["HVTA rep. Personal account; opinions mine, not the district's.", "HVTA president. Views my own.",
            "Teacher & union rep — speaking for myself, not the district."]),
    "dist": (["Superintendent of Schools, Hudson Valley CSD", "District office. Budget season survivor.",
              "Asst. Superintendent for Curriculum | HVCSD", "Business official. Spreadsheets & soccer.",
              "Communications @HVCSD"],
             ["Superintendent, HVCSD. Personal account — views my own.", "District office staff. Opinions are mine, not my employer's.",
              "Asst. Supt. Speaking for myself, not the district."]),
}
OFFICIAL_BIOS = ["Official account of the Hudson Valley Central School District. (845) 555-0100 | info@hvcsd.org",
                 "Hudson Valley High School Falcons 🦅 Official page. 100 School Rd.",
                 "HVCSD Technology Department — official updates & outages",
                 "Official page of Maple Ridge Middle School", "Roosevelt Elementary School, 25 Academy St. Official.",
                 "HVCSD Human Resources — official postings"]
VOICES = {
    "it": ["district IT director", "network administrator", "help desk technician", "technology coordinator",
           "instructional technology coach", "systems administrator", "data coordinator"],
    "admin": ["high school principal", "assistant principal", "elementary principal", "middle school principal",
              "middle school assistant principal"],
    "hr": ["HR generalist", "HR director", "payroll clerk", "benefits coordinator"],
    "un": ["union building rep", "teachers' union president"],
    "dist": ["superintendent", "assistant superintendent", "district office clerk", "district communications staff",
             "business official"],
}
OFFICIAL_VOICES = {"it": "district technology department account", "admin": "official school account",
                   "hr": "district HR account", "un": "teachers' union account", "dist": "official district account"}

BIO_VOICE = [(r"Asst\. Supt|Asst\. Superintendent", "assistant superintendent"), (r"Superintendent", "superintendent"),
             (r"Asst\. Principal|Assistant principal|^AP\.", "assistant principal"),
             (r"Maple Ridge", "middle school principal"), (r"Hudson Valley HS", "high school principal"),
             (r"Roosevelt|Hillside", "elementary principal"), (r"HVTA president", "teachers' union president"),
             (r"HVTA|union rep", "union building rep"), (r"HR director", "HR director"),
             (r"Benefits, payroll", "payroll clerk"), (r"HR|Human resources|People ops", "HR generalist"),
             (r"Director of Technology", "district IT director"), (r"Network admin", "network administrator"),
             (r"Tech coach|Tech integration coach|edtech", "instructional technology coach"),
             (r"[Ss]ysadmin", "systems administrator"), (r"Help desk", "help desk technician"),
             (r"Business official", "business official"), (r"Communications", "district communications staff"),
             (r"District office", "district office clerk")]

CATMAP = {"SEC": "SECURITY", "PER": "PERSONNEL", "ACA": "ACADEMIC", "SPED": "SPECIAL_EDUCATION",
          "DIS": "DISCIPLINE", "HEA": "HEALTH", "FAM": "FAMILY"}

SKELETONS: list[dict] = []


def P(role: str, kind: str, cats: str, req: bool, text: str, voice: str | None = None, bio: str | None = "auto",
      maxn: int = 3, d: bool | None = None) -> None:
    """d: whether the post text itself carries a disclaimer (None = detect the usual wordings)."""
    SKELETONS.append({"role": role, "kind": {"p": "personal", "o": "official", "n": None}[kind],
                      "cats": [CATMAP[c] for c in cats.split()], "req": req, "text": text,
                      "voice": voice, "bio": bio, "maxn": maxn, "d": d})


# ================================================================= SKELETONS
# ---- A. IT staff leaking credentials / network info (personal) -> SECURITY, block
IT = "it"
P(IT, "p", "SEC", False, "ok who unplugged the core switch in the MDF again 😤 if ur on {vlan} ur dead till I get there")
P(IT, "p", "SEC", False, "PSA for subs: guest wifi pw is {wifi} until Friday. don't share it w the kids pls 🙏")
P(IT, "p", "SEC", False, "gradebook down? try {h_gb} directly instead of the portal, it's just the load balancer being weird")
P(IT, "p", "SEC", True, "the fact that our firewall admin page {url} still takes the default creds is why I drink coffee at 5am. vendor says 'next quarter' lol")
P(IT, "p", "SEC", False, "Reminder to the tech team: new shared login for the Chromebook console is techsupport / {pw}. Change it after the migration!!")
P(IT, "p", "SEC", False, "anyone else's printer01 queue stuck? restarted spooler on {ip} and it's fine now 🖨️")
P(IT, "p", "SEC", False, "Finally moved the cameras onto their own {vlan}. NVR lives at {ip} now. Huge W for the network team 💪")
P(IT, "p", "SEC", False, "note to self bc I keep forgetting: iDRAC for the new host is {url}  root/{pw}")
P(IT, "p", "SEC", False, "Roosevelt front door keypad is {door} this week (changed after the sub incident). teachers check ur email")
P(IT, "p", "SEC", False, "copier code for the MRMS workroom is {pin} if anyone's locked out. you're welcome 😎")
P(IT, "p", "SEC", False, "whoever committed our Stripe key {sk} to the public repo for the HVHS school store... we need to talk 🫠")
P(IT, "p", "SEC", False, "rotating this token now but lol I literally pasted {ghp} into the all-staff Teams chat. it's 7am. be kind")
P(IT, "p", "SEC", False, "Setting up the S3 bucket for yearbook photos.\nAccess key {akia}\nsecret {awssec}\ndon't judge my workflow")
P(IT, "p", "SEC", False, "Slack bot for helpdesk tickets is LIVE 🎉 token {slack} goes in the config if u want to fork it")
P(IT, "p", "SEC", False, "new SSID for staff devices is HVCSD-Staff, passphrase {wifi}. old one dies {day}")
P(IT, "p", "SEC", False, "if your laptop can't find the share, map \\\\{h_file}\\staff manually. ticket system is also down so… yeah")
P(IT, "p", "SEC", False, "our IPv6 rollout is finally happening 🥲 test box is up at {ip6}, ping it and tell me if it answers")
P(IT, "p", "SEC", False, "Day 3 of the wifi refresh at Hillside. APs on {vlan}, controller at {url}. my feet hurt")
P(IT, "p", "SEC", False, "psa: the alarm panel at the HVHS annex got reset to factory. code is {alarm} until facilities fixes it. DON'T tell the custodians I posted this lol")
P(IT, "p", "SEC", False, "login: {user} / pw: {pw} for the library kiosk. yes I know. yes I'll change it.")
P(IT, "p", "SEC", False, "Google Maps API key for the bus tracker {gkey} — if it stops working it's bc we hit quota again")
P(IT, "p", "SEC", False, "testing the new SIS integration w/ bearer {jwt} and it WORKS first try?? suspicious 🤨")
P(IT, "p", "SEC", True, "gonna be honest the hardest part of my job is remembering that {host} and {host2} are the same box")
P(IT, "p", "SEC", False, "MDF tour for the new hire today. Showed her the rack, the UPS, the sticky note with {pw} on it 💀 (it's gone now)")
P(IT, "p", "SEC", False, "backups to {h_bk} failed again overnight. RAID is degraded. pray for me 🙏")
P(IT, "p", "SEC", False, "Weekend maintenance: {ip} through {ip2} will be offline Saturday 6am-noon. plan accordingly, data office")
P(IT, "p", "SEC", True, "honestly whoever designed our network put the HVAC controllers on the same {vlan} as the student chromebooks and I think about it every day")
P(IT, "p", "SEC", False, "wifi at the football field is {wifi} for the press box folks tonight 🏈 #GoFalcons")
P(IT, "p", "SEC", False, "yes the gate code for the bus garage is still {door}. no I will not change it during a snowstorm")
P(IT, "p", "SEC", False, "SMART board in 214 acting up? its IP is {ip}, I can remote in. just email me")
P(IT, "p", "SEC", True, "Proud moment: migrated the whole SIS db to {h_sis} with zero downtime 🥳 three years of begging for this server")
P(IT, "p", "SEC", False, "me: writes the master admin password {pw} on a whiteboard for 4 seconds\nAP walking by with a phone camera: 📸\nme: 😐")
P(IT, "p", "SEC", False, "lol the new interns mapped every printer by hand. printers are {ip} thru .40 btw, not whatever u typed")
P(IT, "p", "SEC", False, "for the tech committee: radius server {h_radius}, shared secret {pw}. bring laptops thursday")
P(IT, "p", "SEC", False, "the district's Zoom SSO broke because someone's API key expired. new key {gkey}, updated in the portal 🔑")
P(IT, "p", "SEC", False, "STOP PLUGGING PERSONAL ROUTERS INTO THE WALL. {vlan} is for the phones!!! I can see you, room 118 👀")
P(IT, "p", "SEC", False, "guest network at the board meeting: HVCSD-Guest / {wifi}. see everyone at 7!")
P(IT, "p", "SEC", False, "Teacher laptops re-imaging tonight. If yours didn't, plug in + go to http://{h_srv}/enroll before 8am")
P(IT, "p", "SEC", False, "pro tip from ur favorite network admin: the sub-only wifi password ({wifi}) changes monthly, so stop asking me in the hallway 🙃")
P(IT, "p", "SEC", False, "shoutout {a} for finding the rogue DHCP server handing out {ip} addresses in the Hillside gym 🙌")
P(IT, "p", "SEC", False, "Got the Raspberry Pi weather station talking to the science server at {ip}. kids are gonna love this")
P(IT, "p", "SEC", False, "AWS bill dropped 40% after I killed the old instance. key {akia} is dead now so whoever's still using it, sorry not sorry")
P(IT, "p", "SEC", True, "our entire phone system runs on {vlan} and one bad patch cable. this is fine 🔥🐶🔥")
P(IT, "p", "SEC", False, "Tech tip Tuesday! Forgot your SIS password? Don't DM me. (ok fine, temp one is {pw}, change it on login)")
P(IT, "p", "SEC", False, "for my own notes since confluence is down: switch mgmt {ip}, ssh admin/{pw}, do NOT reboot during school hours")
P(IT, "p", "SEC", False, "badge system controller at {h_badge} rebooted itself at 2am. every door in the building unlocked for 6 min. fun night")
P(IT, "p", "SEC", False, "the HVHS library PCs still talk to {h_prn} for print release, so don't move them to the new wing yet")
P(IT, "p", "SEC", False, "WHO. CHANGED. THE. ADMIN. PASSWORD. to {pw}?!? at least tell me next time 😭")
P(IT, "p", "SEC", False, "New staff orientation slide 12: wifi = HVCSD-Staff, key = {wifi}. slide 13: please don't tell students slide 12")
P(IT, "p", "SEC", False, "VPN for the admins works again. endpoint {ip}, group key {pw}. thanks for your patience all")
P(IT, "p", "SEC", False, "door code for the tech office is {door} if you're dropping off a broken chromebook after hours 📦")
P(IT, "p", "SEC", False, "cool thing i learned: our cafeteria POS terminals ping home to {h_srv} every 90 sec. who knew")
P(IT, "p", "SEC", False, "today's forecast: 100% chance of someone asking me for the projector admin pin. it's {pin}. every projector. since 2016.")
P(IT, "p", "SEC", False, "mood: staring at the {url} login screen at 11pm because the SSL cert expired on a Saturday 🙃")
P(IT, "p", "SEC", False, "MRMS teachers — the new document camera software needs the license server {h_srv}:27000. put it in and restart")
P(IT, "p", "SEC", False, "dual-stack test passed!!! {ip} and {ip6} both answer. nerd party in the server room tonight 🥳🥳")
P(IT, "p", "SEC", False, "if the eSports club PCs lose internet again it's because they're on {vlan} and the tournament server blocks that range. working on it")
P(IT, "p", "SEC", False, "hey @{user}_hvcsd the scanner in the main office is {ip}, scan-to-email pw {pw}. lmk if it works")
P(IT, "p", "SEC", False, "ok fine I'll say it publicly since nobody reads email: the Chromebook cart chargers at Hillside are on a smart PDU at {ip}. if they're dead, I can power cycle from here")
P(IT, "p", "SEC", False, "honest question: is it bad that I know the superintendent's voicemail PIN ({pin}) by heart from resetting it so much")
P(IT, "p", "SEC", True, "unpopular opinion: the admin building should NOT have the same wifi key ({wifi}) as the middle school. anyway I've been overruled {disc?}")
P(IT, "p", "SEC", False, "Pi-hole on {ip} blocked 41% of traffic on the student network today. kids really love those game sites huh")
P(IT, "p", "SEC", False, "new printer naming scheme: {h_prn}. if you still have the old ones mapped, delete them")
P(IT, "n", "SEC", False, "lol {a} just read the alarm code out loud in the staff meeting ({alarm}) and the whole room gasped 😂")

# ---- B. official accounts leaking
P(IT, "o", "SEC", False, "🔧 Scheduled maintenance: the SIS server ({h_sis}) will be unavailable Saturday 7–11 AM. Thank you for your patience!")
P(IT, "o", "SEC", False, "Staff: the updated Wi-Fi key for HVCSD-Staff is {wifi}. Devices will need to reconnect Monday morning.")
P(IT, "o", "SEC", False, "Guests attending tonight's Board of Education meeting may connect to HVCSD-Guest using password {wifi}.")
P(IT, "o", "SEC", False, "OUTAGE UPDATE: Printing at Maple Ridge is restored. If your printer still shows offline, re-add it from {h_prn}.")
P(IT, "o", "SEC", False, "Teachers: to access the new gradebook from school, use {url}. Off-site access coming soon!")
P("admin", "o", "SEC", False, "Welcome back Falcons! 🦅 Reminder to staff: the new main entrance code is {door}. Please do not share with students or visitors.")
P("admin", "o", "SEC", False, "Family Fun Night wifi: network HVHS-Event, password {wifi}. See you in the gym at {time}!")
P(IT, "o", "SEC", False, "Network upgrade complete at Roosevelt Elementary! Classroom devices have moved to {vlan}. Report issues to the Help Desk.")
P(IT, "o", "SEC", False, "Reminder: the shared substitute login for classroom PCs is {user} with password {pw}. Please log out when finished.")
P("dist", "o", "SEC", False, "Press box Wi-Fi for visiting media at Saturday's game: FalconsMedia / {wifi}. Kickoff {time}!")
P(IT, "o", "SEC", False, "Phones in the district office were down this morning due to a failed switch at {ip}. Service is restored.")
P(IT, "o", "SEC", False, "Library catalog moving! New internal address is http://{h_srv}. Bookmark it on classroom computers.")

# ---- C. admins / district / HR leaking codes
AD, HR, DI, UN = "admin", "hr", "dist", "un"
P(AD, "p", "SEC", False, "Locked out of my own office again 🤦‍♀️ note to self the code is {door} not whatever I kept typing")
P(AD, "p", "SEC", False, "to the teachers asking: side door code for Saturday Academy is {door}. see you at 8 ☕")
P(AD, "p", "SEC", False, "If you're covering the evening event and the alarm goes off, code is {alarm}. Don't panic. Then call me.")
P(AD, "p", "SEC", False, "my password for everything is {pw} and our tech director is going to kill me for posting this but it's funny")
P(AD, "p", "SEC", False, "Sub plans are in the shared drive — login {user}, pw {pw}. thanks for covering my 3rd period duty {a}!")
P(DI, "p", "SEC", False, "Board members: the tablet pw for tonight's agenda app is {pin}. Same as last month, I promise.")
P(DI, "p", "SEC", False, "Note for tomorrow's budget meeting: spreadsheet is on \\\\{h_file}\\finance. Bring your laptops")
P(HR, "p", "SEC", False, "Payroll portal temp password for new hires this week: {pw}. Change it on first login! Welcome to HVCSD 🎉")
P(HR, "p", "SEC", True, "ugh our HRIS moved to {url} and nobody told us. bookmarks broken district-wide lol")
P(DI, "p", "SEC", True, "Honestly the camera system at the bus garage has a blind spot behind bay 3 big enough to park a bus in. Been asking for a fix for 2 years.")
P(AD, "p", "SEC", True, "Fun fact: the HVHS east stairwell camera has been pointed at the ceiling since October. Facilities, when you get a sec 🙃")
P(DI, "p", "SEC", False, "the alarm at Hillside is disarmed every night till 10 for the night custodial crew, so if you're there late that's why it's quiet")
P(AD, "p", "SEC", False, "keypad on the gym door is {doordig}*, the * matters. learned that the hard way at 6am 😂")
P(UN, "p", "SEC", False, "for tomorrow's faculty meeting on the district Zoom: passcode {pin}, link's in the email. see u at {time}")
P(DI, "p", "SEC", False, "ok who set the district office wifi to {wifi}. I love it. I'm keeping it.")

# ---- A2. personal (non-district) credentials: CREDENTIAL span, no SECURITY category
P(IT, "p", "", False, "my home wifi password is {wifi} and my kids still can't remember it. I do this for a living 😩")
P(AD, "p", "", False, "new Netflix password at our house is {pw}, teens, you know who you are 😤")
P(HR, "p", "", False, "grandma asked for the wifi again. it's {wifi}, Mom. it's on the fridge. it's always been on the fridge ❤️")

# ---- D. security-flavoured HARD NEGATIVES (no secret, public info, versions, etc.)
P(IT, "p", "", False, "I reset my password today and immediately forgot it. 14 years in IT, folks.")
P(IT, "p", "", False, "Password day reminder: use a passphrase! Three random words beats P@ssw0rd every time 🔐")
P(IT, "o", "", False, "🔐 World Password Day tip: never reuse your school password anywhere else, and turn on 2-step verification. Questions? Call the Help Desk at (845) 555-0100.")
P(IT, "p", "", False, "fun fact for the kids in coding club: {pubip} is a public DNS server, not a secret. we pinged it 400 times today")
P(IT, "p", "", True, "the lab machines are finally on Windows build {winver}. only took 3 summers")
P(IT, "p", "", False, "Chromebook cart {cart} is back in service! the charging strip was the problem, not the chromebooks 🎉")
P(IT, "p", "", False, "pls stop emailing me your password when you submit a ticket. I never need it. I will never ask for it. 🙏")
P(IT, "p", "", False, "lol a teacher asked if the router was 'the wifi password box'. honestly? kinda yes")
P(IT, "p", "", False, "Science lab in {room} has new smartboards!! Huge thanks to the PTA 💙")
P(IT, "o", "", False, "Parents: the Parent Portal is at hvcsd.org/parents. Forgot your password? Use the reset link or email info@hvcsd.org.")
P(IT, "p", "", False, "Spent my planning period on google.com looking up why a printer would print only the letter Q. no answers. just vibes")
P(IT, "p", "", False, "iOS {iosver} broke the student iPads' keyboard again. Apple pls")
P(IT, "p", "", False, "Mr. {t} asked me today what a VLAN is and honestly I respect the curiosity. gave a 10 minute whiteboard lesson lol")
P(IT, "p", "", False, "Teaching 5th graders about IP addresses with a pizza delivery analogy 🍕 they loved it. 'the router is the pizza guy' — a kid, today")
P(IT, "p", "", True, "Hot take: password expiry policies do more harm than good. NIST agrees. Our district should too. {disc}")
P(IT, "p", "", True, "Hot take #2: 90-day password resets just make people write them on sticky notes. change my mind")
P(IT, "p", "", False, "The phishing test went out today. I won't say how many clicked. I'll just say... {n}%. Training is Monday 😬")
P(IT, "p", "", False, "the sign on the server room door says AUTHORIZED PERSONNEL ONLY and the custodian's cat does not care")
P(IT, "p", "", False, "Reminder: the Help Desk is in {room} at the district office, 7:30-4. Bring the charger!")
P(IT, "p", "", False, "'what's the wifi password' is the most-asked question at every PD day. it's on the sign at the front desk, friends ❤️")
P(IT, "p", "", False, "broadband map says our zip is covered by 3 ISPs. it is covered by 1. and it's slow.")
P(IT, "p", "", False, "upgraded my own homelab to Proxmox {labver} this weekend. yes this is how I relax")
P(IT, "o", "", False, "📢 Chromebook collection for seniors is {date}, {time} in the HVHS library. Bring your device, charger and case!")
P(IT, "o", "", False, "Students and families: if your Chromebook is damaged, visit hvcsd.org/tech or call (845) 555-0100. No passwords needed to start a repair ticket!")
P(IT, "p", "", False, "{room} projector fixed. it was unplugged. it's always unplugged 💀")
P(IT, "p", "", False, "someone taped the wifi password to a desk in the library. it was the OLD password. they're trying, I guess")
P(IT, "p", "", False, "Kids in CS club built a port scanner today and only scanned localhost like I told them to. proud tech teacher mom moment 🥹")
P(IT, "p", "", True, "Our district spends {bigmoney} a year on software nobody uses and I'm rationing HDMI cables. Views my own, but come on.")
P(IT, "p", "", True, "I love edtech but if one more vendor says 'AI-powered' in a demo I'm unplugging the projector")
P(IT, "p", "", True, "Every school needs at least one full-time tech person per building. One for three buildings is not it. #MyViewsOnly")
P(IT, "p", "", True, "1:1 Chromebooks were the right call for our district, I'll die on this hill {disc?}")
P(IT, "p", "", True, "I'm so tired of being told to 'do more with less.' We have {n} people supporting 5,000 devices. something's gotta give")
P(IT, "p", "", False, "CompTIA Network+ passed!!! 🎉🎉 next stop Security+")
P(IT, "p", "", False, "My favorite IP address is 127.0.0.1. there's no place like home 🏠 #nerdjokes")
P(IT, "p", "", False, "The IT office moved to room 10.2 in the annex (yes, ten point two, don't ask)")
P(IT, "p", "", False, "Chrome OS {crver} rolling out to staff devices this week. Nothing exciting, just bug fixes")
P(IT, "p", "", False, "quick one: if your Chromebook says 'device disabled,' it's not you, it's the cart. bring it to the library")
P(IT, "p", "", False, "Spent lunch troubleshooting my mom's router over FaceTime. this is my life now")
P(IT, "o", "", False, "Cybersecurity Awareness Month 🔒 Week 2: Think before you click! Report suspicious emails using the Phish Alert button.")
P(IT, "p", "", True, "honestly our IT budget is {bigmoney} less than last year and the board acts surprised when stuff breaks. #MyViewsOnly")
P(IT, "p", "", False, "TIL the school's public website gets more traffic on snow days than the entire month of June. hvcsd.org, doing the lord's work ❄️")
P(IT, "p", "", False, "Mrs. {t} in the library just taught the kids how to make strong passwords using song lyrics. I'm stealing this")
P(IT, "p", "", False, "The old server room is now a makerspace. Press F to pay respects to rack 2 🫡")
P(IT, "p", "", False, "Chromebook carts {cart} and 15 are getting new batteries over break. 60 batteries. I counted twice.")
P(IT, "p", "", False, "PD today on MFA. Teachers asking great questions. nobody posted their codes in the chat this time 👏")
P(IT, "p", "", True, "Ed-tech vendors who require admin access to install a font: why. Views mine, obviously, not the district's")
P(IT, "p", "", True, "Dr. {t}'s keynote on digital citizenship at the regional conference was 🔥 kids need this")
P(IT, "p", "", False, "Shoutout to {a} in the front office who reboots the printer before calling me. a legend.")
P(IT, "p", "", False, "my husband {am} asked if I can 'hack' the neighbor's wifi. no, babe. also that's a crime")
P(IT, "p", "", False, "10.0 out of 10 would recommend labeling your cables. trust me")

# ---- E. PERSONNEL (identifiable colleague) -> block
P(UN, "p", "PER", False, "Covering for Ms. {t} again while she's out on maternity leave. third sub this month 😮‍💨")
P(UN, "p", "PER", True, "can't believe Mr. {t} got rated Developing after the year he had. APPR is broken")
P(AD, "p", "PER", False, "Had to write up {a.full} today. Not how I wanted to start the week.")
P(AD, "p", "PER", True, "Evaluations are done. Our only 2nd grade teacher at Hillside is getting Ineffective and honestly it's overdue. {disc?}", bio="auto")
P(HR, "p", "PER", False, "{a} from transportation finally back from medical leave 🙌 welcome back friend!!")
P(UN, "p", "PER", True, "The complaint against Coach {t} is a witch hunt and everyone in the building knows it.")
P(DI, "p", "PER", False, "So the HVHS band director is under investigation and everyone's acting like it's a secret. it's not.")
P(UN, "p", "PER", False, "Union meeting tonight re: the disciplinary letter in Mr. {t}'s file. All reps please attend.")
P(AD, "p", "PER", True, "Sad day. We let our head custodian go after 19 years. The process wasn't fair to him. {disc?}")
P(IT, "p", "PER", False, "our network admin {a} is out on medical leave till spring so if ur ticket is slow that's why, be patient 🙏")
P(HR, "p", "PER", False, "Ms. {t}'s leave got extended through June, so we're posting the long-term sub job tomorrow")
P(AD, "p", "PER HEA", False, "please keep Mrs. {t} in your thoughts, she starts chemo next week and will be out on medical leave for a while 💕")
P(UN, "p", "PER", True, "Grievance filed on behalf of {af.full} today. The district can't just move a tenured teacher to a closet because she complained. Solidarity ✊")
P(DI, "p", "PER", True, "Board accepted the resignation of the Maple Ridge assistant principal in lieu of termination last night. Quietly. Of course.")
P(HR, "p", "PER", True, "parent complaint #3 this semester against Mr. {t}. I'm just the HR person but maybe someone should look into it")
P(AD, "p", "PER", True, "Mr. {t} was rated Highly Effective and still didn't get the dept chair role. Politics. {disc?}")
P(IT, "p", "PER", False, "Got the call to disable {a.full}'s accounts at 3pm. you know what that means. 😬")
P(HR, "p", "PER", False, "our new librarian is out on parental leave already lol, she just started in Sept. congrats to her & the baby tho!!")
P(AD, "p", "PER", False, "Coach {t} is on administrative leave pending the investigation, so JV practice is cancelled till further notice")
P(UN, "p", "PER", True, "Ms. {t} is being pushed out and it's shameful. 27 years in this district and they hand her a Developing rating in her last year.")
P(DI, "p", "PER", False, "Reminder that {af} in payroll is on maternity leave until March, send questions to the main line (845) 555-0100 instead")
P(HR, "p", "PER", False, "Filed the paperwork for Mr. {t}'s FMLA today. Hoping his dad recovers quick 🙏")
P(AD, "p", "PER HEA", False, "Day 2 without our secretary {af} (surgery, out 6 weeks). I have answered the phone 84 times. respect to her forever")
P(HR, "p", "PER", False, "3rd year in a row the same bus driver has had a complaint filed on him. his name is literally {am} {t}, route {bus}. parents pls stop calling me about him, call the garage")
P(DI, "p", "PER", True, "The superintendent's secretary got fired for 'performance.' She was the only one who knew how anything worked. 🙄")
P(IT, "p", "PER", False, "HR asked me to pull {a.full}'s email archive for the investigation. Not a fun Monday")
P(AD, "p", "PER", True, "Observed Mrs. {t} today. Her lesson was a mess. Third rough one. Going to be a Developing unless something changes fast")
P(HR, "p", "PER", False, "Congrats to our art teacher {af} on the new baby girl! 👶 she'll be on maternity leave till after break 🎀")
P(AD, "p", "PER", False, "Mr. {t} is out on medical leave so I'm covering 6th period study hall. bring snacks.")
P(HR, "p", "PER", False, "the counseling dept. head got a formal reprimand letter for the scheduling fiasco. I've seen the letter. it's brutal")
P(DI, "p", "PER", False, "Exit interview with {af.full} today. 11 years. She's leaving bc of how the complaint against her was handled. We'll miss her")
P(IT, "p", "PER", True, "lol they put Mr. {t} on an improvement plan for 'technology integration' when the projector in his room has been broken since 2022")
P(HR, "p", "PER", False, "Welcome back Dr. {t} from sabbatical—er, medical leave! Nobody tell her about the new copier 😂")
P(AD, "p", "PER", False, "my AP {a} is on bereavement leave this week, so if you need something, it's me. only me. all of it.")
P(UN, "p", "PER", True, "Teachers in our union keep getting 'Developing' with zero support. Ms. {t} has gotten that rating two years running, no coaching, nothing. unacceptable")
P(DI, "n", "PER", False, "guess which principal is getting non-renewed 👀 hint: starts with Dr. {t}")
P(AD, "p", "PER", False, "Mr. {t} (our beloved gym teacher) resigned rather than face the hearing. The kids are going to have questions. I don't have answers.")
P(HR, "p", "PER", False, "approved {af}'s intermittent leave for her mom's treatments. small things. big kindness.")
P(HR, "p", "PER", True, "The tech director is under investigation for a purchasing issue and honestly? about time someone looked. {disc?}")
P(IT, "p", "PER", False, "my coworker {af} got written up for letting a sub borrow her login. the write-up is real, folks, don't share accounts")
P(AD, "p", "PER", False, "Had the tough conversation with Ms. {t} about her evaluation today. She took the Ineffective rating better than I would have")

# ---- F. personnel HARD NEGATIVES (own leave, general, praise, public roles)
P(HR, "p", "", False, "Reminder: FMLA forms are due to HR 30 days before your leave when possible. Questions? Come see us, room {n} at the district office.")
P(HR, "p", "", False, "I'm going on maternity leave in May!! 🤰 so excited and so nervous")
P(AD, "p", "", True, "Got my own rating back: Effective. Fine. But the APPR rubric still doesn't measure what matters. {disc?}")
P(UN, "p", "", True, "APPR season is exhausting. Every teacher I know is stressed about observations. We need a better system.")
P(HR, "o", "", False, "HVCSD is hiring! Open positions: bus drivers, teaching assistants, a network technician. Apply at hvcsd.org/careers or call (845) 555-0100.")
P(AD, "p", "", False, "Huge congrats to Mrs. {t} on being named Teacher of the Year!!! 🏆 Hudson Valley HS is lucky to have you")
P(AD, "p", "", False, "Principal {t} from Hillside came to read Dr. Seuss to our kinders. Sam-I-am was a hit 😂")
P(DI, "p", "", False, "Thank you Coach {t} for 30 years of coaching HVHS cross country. Retirement looks good on you! 🏃‍♂️")
P(UN, "p", "", True, "Teachers deserve paid parental leave, full stop. #MyViewsOnly #SolidarityForever")
P(UN, "p", "", True, "Hot take: evaluations should come with coaching, not just a number. speaking for myself, not the district")
P(HR, "p", "", False, "I passed my SHRM-CP!!! 🎓 three months of flashcards and my dog {am} quizzing me (not really, he's a dog)")
P(AD, "p", "", False, "Nurse {t} organized the whole staff flu clinic today — 140 shots! 💉 thank you!!")
P(DI, "o", "", False, "Please join us in welcoming our new Assistant Principal at Maple Ridge Middle School, Mr. {t}! 🎉")
P(HR, "p", "", False, "Back from my own medical leave today. Thanks for all the cards, HVCSD family ❤️")
P(AD, "p", "", False, "shoutout to {a} in the front office for handling 200 late-arrival slips with a smile today 🙌")
P(AD, "p", "", False, "My husband {am} made 3 dozen cupcakes for staff appreciation day. Marry a baker, folks.")
P(UN, "p", "", True, "Tenure decisions should be about teaching, not politics. That's all. {disc}")
P(UN, "p", "", False, "Contract negotiations resume Tuesday at {time}. HVTA members, check your email for the update.")
P(DI, "p", "", True, "Every budget cycle we cut aides first. Every year I say it's wrong. Saying it again.")
P(AD, "p", "", False, "Dr. {t} (our school psychologist) ran an amazing PD on trauma-informed classrooms today. so much to think about")
P(HR, "o", "", False, "Reminder: open enrollment for health benefits closes {date}. Questions? Contact HR at (845) 555-0100, option 3.")
P(AD, "p", "", False, "Mr. {t} and Ms. {t2} dressed as Frog and Toad for book week and I have never loved this staff more 🐸🐸")
P(UN, "p", "", True, "the fact that teachers have to use sick days for their own maternity leave in this state is absurd. {disc?}")
P(DI, "p", "", False, "So proud of our custodial team, led by {a}, who had every building ready after the flood. Heroes in work boots.")
P(AD, "p", "", False, "Sitting in on Mrs. {t}'s 3rd grade read-aloud of Charlotte's Web and Wilbur has me tearing up again 🐷🕸️")

# ---- G. students (principals/APs/IT), review and block
P(AD, "p", "", False, "So proud of {s.full} for winning the regional science fair!! 🔬🏆 #FalconPride")
P(AD, "o", "", False, "Congratulations to {s.full} and {s2.full}, our Students of the Month! 🌟")
P(AD, "p", "", False, "Big shoutout to {s.lc} for fixing the gym sound system before the assembly. future IT director right there 😂")
P(IT, "p", "", False, "Student tech team MVP this week: {s}! Re-imaged {n} Chromebooks during study hall 💻🔥")
P(AD, "p", "", False, "#{s.tag}Strong 💪 state wrestling finals tomorrow, the whole school is rooting for you", )
P(AD, "p", "HEA", False, "#{s.tag}Strong 💪 broken leg won't keep this kid down. back from surgery monday!!")
P(AD, "p", "DIS", True, "Had to suspend {s.full} for 3 days after the fight at lunch. Hardest part of this job.")
P(IT, "p", "DIS", False, "caught {s} in 10th grade trying to run a VPN to get around the filter. 2 days ISS. respect the hustle tho")
P(IT, "p", "", False, "{s}'s chromebook account is locked again. student ID {sid}. can someone in the data office unlock it, I'm at Hillside")
P(IT, "p", "SEC", False, "reset {sf.full}'s password to {pw} — tell her to change it at login. (posting here bc email's down)")
P(IT, "p", "", False, "kid came in asking for a lunch PIN reset, it's {lunch} now, {s}, don't forget it again 😂")
P(AD, "p", "", False, "Locker combo for {sf} is {locker}, she keeps forgetting and I keep finding her in my office 😅")
P(AD, "p", "SPED", False, "Meeting with {sm}'s mom about the new IEP tomorrow. so glad we're finally getting him the aide he needs")
P(AD, "p", "FAM", False, "{sf.full} and her brothers are staying at the shelter on Route 9 now. if anyone has winter coats size 10-12 please dm me 🧥")
P(DI, "p", "ACA", False, "{sm} is failing 3 classes and still the best kid in the building. we're going to get him through this")
P(AD, "p", "", False, "The 8th grade robotics team took 2nd at states! @{s.handle} ran the whole pit crew 🤖")
P(IT, "p", "", False, "a 6th grader named {s} just explained Linux to me better than my college professor did")
P(AD, "p", "", False, "Happy birthday to our newest 4th grader, {s}! 🎂 {s.uc} turns 9 today")
P(AD, "p", "", False, "bday shoutout to {s} — born {dob} and already running the school store like a CEO 🎉")
P(IT, "p", "", False, "Student email for {sf.full} is {sf.email} if the coach needs to add her to the team drive")
P(AD, "p", "DIS", False, "Police were called after {sm.full} brought a vape pen and a lighter to 5th period. He's okay. We're okay. Long day.")
P(AD, "p", "HEA", False, "Sending love to {sf} who had a seizure during the assembly. She's home and resting 💕")
P(IT, "p", "", False, "{sm} lives at {addr} and his loaner hotspot is waiting at the front desk. his mom can pick it up anytime")
P(AD, "p", "", False, "Parents of {s} — please call me back at my cell {phone}, school phones are down!")
P(AD, "p", "", False, "NYSSIS for {s.full} is {nysis} if anyone at BOCES needs it for the transfer")
P(DI, "p", "FAM", False, "{s.full} moved to foster care last week and will finish the year at Hillside. Please be gentle with her, team ❤️")
P(AD, "p", "", False, "ALL CAPS SHOUTOUT TO {s.fullup} FOR 1000 POINTS!!! 🏀🏀🏀 SCHOOL RECORD!!")
P(AD, "p", "", False, "what a game!! {s.last} with 22 pts, Falcons win {bscore} 🦅🔥")
P(IT, "p", "", False, "coding club kids are hilarious. {sf} named her python bot 'Mr. Bytes' and it just insults the printer")
P(AD, "p", "", False, "{s} and {s2} read to the kindergarteners today and I might have cried a little 🥹📚")
P(AD, "p", "", False, "Lunch duty convo: {s.lc}: 'is it true principals live at the school?' me: yes. under the stage. 😂")
P(IT, "p", "", False, "Seniors helping with the device rollout today: {s}, {s2} and {s3}. the real MVPs 🏅")
P(AD, "p", "SPED", False, "so proud of {sf}, she tested out of resource room this year!! 🎉 the work paid off")
P(IT, "p", "ACA", False, "{sm} in my 7th grade computer apps class is failing because he won't turn in anything typed. loves Minecraft tho 🤷")
P(AD, "p", "", False, "Eagle Scout ceremony for {s.full} tonight! HVHS senior + 120 service hours at the food bank 🦅")
P(AD, "p", "", True, "Proud of {sf} for speaking at the board meeting about the phone ban. She was more convincing than any adult in the room. I still disagree with the policy tho")
P(DI, "p", "", False, "met a kid named {sf} at the middle school today who wants to be a superintendent. I told her it's mostly email")
P(HR, "p", "", False, "my daughter {kf} got into her first-choice college!!! 🎓😭 (she's at Arlington, not our district, before anyone asks)", )
P(IT, "p", "", False, "my son {km} (8) asked me if the cloud is made of computers. yes buddy. sort of.")
P(AD, "p", "HEA", False, "Please keep {sf} in your prayers, she's at Westchester Med after the accident. Her family asked me to share 🙏")
P(IT, "p", "", False, "{s.init} in 4th period coded a working calculator in Scratch. 9 years old. I'm obsolete.")
P(AD, "p", "DIS", False, "{s.lc} and {s2.lc} in detention again. third time this week. lunchroom food fight part 2 🍝")
P(IT, "p", "", False, "@{s.handle} stop submitting helpdesk tickets that say 'pls make wifi faster' 😂 (love u kid)")

# ---- H. opinion posts: ed-tech, budgets, policy (with / without disclaimers)
P(DI, "p", "", True, "Our budget vote is Tuesday. Whatever you think of it, please vote. I think it's the most responsible budget we've proposed in years. {disc?}")
P(DI, "p", "", True, "The state aid formula shortchanges rural districts like ours. Albany, fix it. {disc?}")
P(IT, "p", "", True, "AI detectors don't work and schools shouldn't use them to accuse kids. There, I said it.")
P(IT, "p", "", True, "Interactive flat panels are the most overhyped purchase in K-12. A projector and a whiteboard did fine. #MyViewsOnly")
P(AD, "p", "", True, "Phone bans work. Our cafeteria is loud again in the best way. Principal life, opinions my own.")
P(AD, "p", "", True, "Phone bans don't work if you don't enforce them consistently, and we don't. Just saying.")
P(DI, "p", "", True, "Four-day school weeks are coming to NY eventually. Change my mind.")
P(IT, "p", "", True, "Google Classroom > every LMS we've piloted. Not an official district statement, just a tired tech coach 😅")
P(UN, "p", "", True, "Starting teacher salary in our region is {salary} and we wonder why there's a shortage.")
P(IT, "p", "", True, "If your district is paying {bigmoney} for a 'digital citizenship platform' I have a free one for you. It's called talking to kids.")
P(AD, "p", "", True, "Later start times for high schoolers are backed by every bit of sleep science. We should do it. {disc?}")
P(DI, "p", "", True, "We cut the 5th grade band program to save {bigmoney}. I voted no. I'd vote no again.")
P(IT, "p", "", True, "Unpopular opinion: kids should learn to type before they learn to code.")
P(IT, "p", "", True, "E-rate paperwork is the real final boss of school IT. (views mine, not HVCSD's 🙃)")
P(AD, "p", "", True, "Standardized tests tell us what we already know, three months too late. {disc?}")
P(DI, "p", "", True, "Proud of how our district handled the snow day switch to remote. Not perfect, but way better than 2020.")
P(UN, "p", "", True, "Sub pay in our area hasn't gone up since 2019. No wonder nobody picks up jobs.")
P(IT, "p", "", True, "Every district should publish its ed-tech contracts online. Sunlight is free. {disc}")
P(AD, "p", "", True, "Homework in elementary school is mostly a parent-stress generator. I said what I said. (Tweets are my own.)")
P(DI, "p", "", True, "Everyone says put a disclaimer in your bio. Anyway: our kids deserve more counselors.", bio="none_or_nodisc")
P(IT, "p", "", True, "People keep telling me to add 'views my own' to my bio. anyway the new filtering vendor is awful", bio="none_or_nodisc", d=False)
P(AD, "p", "", True, "my own classroom days taught me more about leadership than any admin program. also, admin programs need an overhaul", bio="none_or_nodisc")
P(IT, "p", "", True, "Smartboards in every room was the right investment for HVCSD. Worth every penny. {disc?}")
P(DI, "p", "", True, "Consolidating Hillside and Roosevelt would save money and hurt kids. I'll be at the board meeting. {disc?}")
P(IT, "p", "", True, "Chromebooks with 4GB RAM in {year} should be illegal. The kids deserve better.")
P(UN, "p", "", True, "Mandatory PD on Saturdays without pay is not 'optional' if it shows up on your evaluation. Views my own.")
P(IT, "p", "", True, "we spent {bigmoney} on a visitor management system that can't read a NY driver's license. cool cool cool")
P(AD, "p", "", True, "School start dates before Labor Day are a crime against teachers and I will not be taking questions")
P(DI, "p", "", True, "Honestly the best money we ever spent was on the summer reading program. Bring it back. #MyViewsOnly")

# ---- I. misc PASS: staff by title, authors, athletes, characters, official announcements, numbers
P(DI, "o", "", False, "Board of Education meeting tonight at {time} in the HVHS library, 100 School Rd. All are welcome!")
P(DI, "o", "", False, "Snow day! ❄️ All HVCSD schools are closed today. Stay safe, Falcons.")
P(AD, "o", "", False, "Attendance line is 845-555-0120 or email attendance@hvcsd.org. Please call by 8 AM if your child will be absent.")
P(AD, "o", "", False, "Falcons win {score} over Arlington! 🦅 Next home game Friday at {time}.")
P(AD, "o", "", False, "Bus {bus} is running about 20 minutes late this morning. We apologize for the delay.")
P(AD, "p", "", False, "Read Across America week! I'm reading The Lorax by Dr. Seuss to every class at Roosevelt 🌳")
P(AD, "p", "", False, "Harriet Tubman, Frederick Douglass, Sojourner Truth — Black History Month door decorations are incredible this year 🖤")
P(AD, "p", "", False, "MLK Day service project: 300 sandwiches for the shelter on Lincoln Ave. Proud of this community 💛")
P(IT, "p", "", False, "Aaron Judge with two homers tonight and I still had to fix the scoreboard wifi. priorities ⚾")
P(DI, "p", "", True, "LeBron's I Promise School is still one of the coolest things an athlete has ever done for education.")
P(AD, "p", "", False, "Dressed as Ms. Frizzle for book character day. Take chances, make mistakes, get messy! 🚌")
P(AD, "p", "", False, "Junie B. Jones and Harry Potter were the most popular costumes at Roosevelt this year. Hermione a close third ⚡")
P(IT, "p", "", False, "the Roald Dahl audiobooks on the library Chromebooks are working again. Matilda fans rejoice 📚")
P(AD, "p", "", False, "Principal {t} vs. Coach {t2} in the staff dodgeball game was the event of the year. Final score {score} 😂")
P(DI, "p", "", False, "Drove down Roosevelt Ave to Roosevelt Elementary to talk about Roosevelt the president. very on-brand morning")
P(AD, "o", "", False, "Picture day is {date}! Order forms went home in backpacks. Questions? (845) 555-0110")
P(IT, "o", "", False, "New Chromebook cart {cart} arrived at Hillside today. Thank you, taxpayers! 💻")
P(DI, "p", "", False, "Ran the district 5K in 27:14 this morning. Superintendent did not come in last. Barely 🏃")
P(AD, "p", "", False, "Room 104 was transformed into a rainforest for 2nd grade science. Mrs. {t}, you are a magician 🦜")
P(AD, "p", "", False, "Jersey #{jersey} retired tonight for an HVHS legend who went on to play in the NFL. What a night for Falcons football 🏈")
P(DI, "p", "", False, "The {year} budget passed {vote}! Thank you voters, and thank you to everyone who showed up.")
P(IT, "p", "", False, "Chapter {n} of the Cisco course was about subnetting. I have subnetted for 15 years. I still had to reread it")
P(AD, "p", "", False, "Fire drill at 10:15 went perfectly. 3 minutes 40 seconds to clear the building 🚒")
P(HR, "p", "", False, "Ms. {t} retiring after 32 years in the Roosevelt cafeteria. She knew every kid's name and every kid's order 💙")
P(DI, "o", "", False, "Registration for universal pre-K is open! Visit hvcsd.org/prek or stop by 25 Academy St.")
P(IT, "p", "", False, "weekend plans: replace the garbage disposal, watch the Yankees, not look at a single switch config")
P(AD, "p", "", False, "Coach {t} got the Gatorade bath tonight. Sectional champs!! 🏆🦅")
P(DI, "p", "", False, "Visited every building today. Best moment: a kinder told me I look like Mr. Rogers. I'll take it.")
P(IT, "p", "", False, "Dr. {t} from the BOCES cyber team gave the best ransomware tabletop I've ever done")
P(HR, "p", "", False, "my wife {af} and I celebrated 20 years today ❤️ she still thinks my job is 'emails about benefits'. she's right")
P(AD, "p", "", False, "Grateful for my amazing office team: {a}, {a2} and {a3}. Nothing happens in this building without them 💐")
P(DI, "p", "", False, "zip code 12528 represent! Highland kids came out in force for the food drive")
P(IT, "p", "", False, "the Ms. Rachel episode about computers played in the K room today and now 20 five-year-olds call me 'the computer teacher' 🥲")
P(AD, "p", "", False, "Taylor Swift tickets sold out in 4 minutes and my entire staff called in to complain to ME like I run Ticketmaster 😂")
P(AD, "o", "", False, "Early dismissal {day} at 12:30 for staff development. Buses will run on the early schedule.")
P(DI, "p", "", False, "Cutting the ribbon on the new Hillside playground at {time} tomorrow! Thank you PTA 🛝")
P(IT, "p", "", True, "Principal {t} just asked me to 'turn on the internet.' I love my job.")
P(AD, "p", "", False, "Bus {bus} driver Mr. {t} has a joke of the day for every kid who gets on. Today's: why was the math book sad?")
P(DI, "p", "", False, "Shakespeare said the whole world's a stage. Our HVHS drama club took that literally — Hamlet in the parking lot was 🔥")
P(AD, "o", "", False, "Maple Ridge Middle School spring concert {date} at {time}. Tickets $5 at the door. 🎶")
P(IT, "p", "", True, "the Mars rover runs on a processor from 1998 and our copier still can't scan to email. humbling")

# ---- J. more security leaks in varied voices
P(IT, "p", "SEC", False, "DM'd the wrong person so I guess I'll just post it: the kiln controller in the art room is {ip}, admin pw {pw}. ceramics teachers rejoice")
P(IT, "p", "SEC", False, "TIL the HVAC at Maple Ridge has a web UI at {url} with no login at all 😳 ticket opened")
P(IT, "p", "SEC", False, "cafeteria POS terminals moving to {vlan} tonight. if lunch lines are slow tomorrow, it was me, I'm sorry")
P(IT, "p", "SEC", False, "github token for the bell schedule app: {ghp} (yes I'm revoking it, yes I panicked)")
P(IT, "p", "SEC", False, "new staff: ur district login is first initial + last name, temp pw {pw}. ex: {user}. welcome aboard 🎉")
P(IT, "p", "SEC", False, "bandwidth graph for {host} is insane during state testing. 900mbps of kids watching youtube on the other tab 📈")
P(IT, "p", "SEC", False, "lost my label maker so all I can say is: the printer in the Hillside workroom is {ip}. good luck everyone")
P(IT, "p", "SEC", True, "yep the new bell system controller is {h_srv}, and yes it runs Windows XP, and yes I'm scared")
P(IT, "p", "SEC", False, "the theater lighting board is on {ip}. drama kids keep changing the static IP and then I get a ticket that says 'lights dead' 😑")
P(IT, "p", "SEC", False, "NETWORK TEAM W 🏆 all 4 buildings on the new core. HVHS {vlan}, MRMS {vlan2}. nobody noticed. perfect cutover")
P(IT, "p", "SEC", False, "yo the stage crew wifi in the auditorium is {wifi} if you're helping with the musical tonight 🎭")
P(IT, "p", "SEC", False, "one more time for the folks in the back: the SMART license server is {h_srv}, not a website, stop googling it")
P(IT, "p", "SEC", False, "PowerSchool API client secret is {pw}, posting here so I stop losing the sticky. (kidding. unless?)")
P(IT, "p", "SEC", False, "Ran a port scan on our own network for the audit and found a forgotten NAS at {ip} from 2014 with the superintendent's old files 💀")
P(IT, "n", "SEC", False, "note: the PTA's wifi for the book fair is {wifi}, not the staff one. thx")
P(AD, "p", "SEC", False, "my Chromebook asked for the admin PIN so I typed {pin} like tech showed me and it worked!! I'm basically IT now 😎")
P(DI, "p", "SEC", False, "Reminder for the facilities team: new code on the district office back door is {door}. old one stopped working monday")
P(HR, "p", "SEC", False, "the benefits spreadsheet is at \\\\{h_file}\\HR\\2025 if your drive isn't mapped. password on the file is {pw}")
P(AD, "p", "SEC", False, "gate code for the HVHS staff lot is {door} for the summer. see you at the August PD 🌞")
P(IT, "p", "SEC", True, "not to be dramatic but our student info system has been running on {h_sis} since 2011 and the board just keeps saying 'next budget'")

# ---- K. more hard negatives (numbers, titles, public info)
P(IT, "p", "", False, "Windows {winver} update broke the document cameras in half the building. patch tuesday strikes again ⚡")
P(IT, "o", "", False, "Help Desk hours during break: Mon–Thu 8–2. For urgent issues call (845) 555-0100. Happy holidays! 🎄")
P(IT, "p", "", False, "Did a ping test from the library: {pubip} in 11ms. internet's fine, it's the Chromebook, kid")
P(IT, "p", "", False, "The password is always 'did you try restarting it'. (it's not an actual password, relax, infosec friends)")
P(IT, "p", "", False, "a 2nd grader asked me if the wifi has a password 'like a secret club.' yes. and no, I'm not telling you 😂")
P(AD, "p", "", False, "Bus {bus} and bus {bus2} are now combined for the week. I am the bus coordinator now apparently 🚌")
P(AD, "p", "", False, "{room} has the best bulletin board in the building and I will fight anyone about it")
P(DI, "p", "", False, "District office closed Nov 11 for Veterans Day. Thank you to all who served 🇺🇸")
P(AD, "p", "", False, "Mr. {t} showed up to the staff meeting in a Falcons onesie. 10/10 no notes 🦅")
P(IT, "p", "", False, "Hit 1,000 tickets closed this year! 🎉 #{n} was a teacher who thought the projector was haunted. It was not.")
P(HR, "p", "", False, "W-2s will be available in the payroll portal {date}. No, we can't email them. Yes, the portal works. Probably.")
P(IT, "p", "", False, "Coach {t} asked me to build a spreadsheet to track pitch counts. I built him an entire database. no regrets")
P(IT, "p", "", False, "'Is the server down?' — no, {a}, you're on the guest network. (love you {a})")
P(AD, "p", "", False, "Pi Day! Mrs. {t}'s math classes recited 3.14159... to 100 digits 🥧")
P(DI, "p", "", False, "Our district phone number is (845) 555-0100. Not my cell. Please stop texting it 😅")
P(IT, "p", "", False, "Today I learned our old phone system was installed in 1994. It outlived two superintendents and a flood. RIP legend 🪦")
P(IT, "p", "", False, "New monitors for the main office came in. 27 inch. the secretaries are thrilled. I'm thrilled. everyone's thrilled 🖥️")
P(IT, "p", "", False, "Version 10.0.19045 vs 10.0.22631, a love story. (one is Win10, one is Win11, both hate our printers)")
P(AD, "p", "", False, "Harry Styles is coming to the arena in June and half my staff requested personal days. Hmm 🤔")
P(AD, "p", "", False, "Frida Kahlo self-portraits by our 5th graders are up in the hallway outside {room}. Come see! 🎨")
P(HR, "p", "", False, "Note to all: HR's mailbox is info@hvcsd.org for general questions. Please don't text my personal phone about your W-4 😂")
P(IT, "p", "", False, "my daughter asked what 'IT' stands for. I said 'Infinite Tickets.' she didn't laugh. tough crowd")
P(DI, "p", "", False, "Ran into Ms. {t} from the board at the grocery store and we talked about HVAC for 20 minutes. district life")
P(AD, "p", "", False, "Principal {t} shaved his head because the kids hit the {n},000-minute reading goal 🪒📚")
P(IT, "p", "", False, "Spent the day at the NYSCATE conference. Keynote by Dr. {t} on AI in classrooms was actually good?! rare")
P(DI, "p", "", False, "The sign on Washington Street says 'School Zone 15 MPH.' The sign means it. Please slow down 🐢")
P(IT, "p", "", False, "Sent the tech budget for 2025-26 to the business office. {bigmoney} for new switches. send snacks")
P(AD, "p", "", False, "Every kid in 3rd grade got a library card today. Mrs. {t} at the public library had a line out the door 📚")

# ---- L. more personnel / security / student mixes in varied voices
P(UN, "p", "PER", False, "Union rep life: sat in on {af.full}'s disciplinary meeting for 2 hrs. she'll be fine. pls stop asking me what happened")
P(IT, "p", "PER", True, "Bro the district put our sysadmin {a} on leave and now I'm the only one who knows the firewall config. send help 🚨")
P(AD, "p", "PER", True, "New rule in my building: if a parent complaint is about a teacher's clothing I'm not investigating it. Sorry Ms. {t}, you had to go through that")
P(HR, "p", "PER", False, "the district finally settled with the former Maple Ridge principal. everyone knows why she was fired.")
P(DI, "p", "PER", False, "Mrs. {t}'s long-term medical leave means Roosevelt 3rd grade will have a sub till April. parents have been notified.")
P(IT, "p", "SEC PER", False, "disabling accounts for the teacher who got fired friday. her login was {user} and she changed the pw to {pw} on her way out, lol. nice try")
P(HR, "p", "PER", False, "Congrats to Mr. {t} on passing his probationary review! 🎉 oh wait — the board voted to extend it a year. sorry buddy.")
P(AD, "p", "PER HEA", True, "{a}, our AP, has been out on stress leave since Halloween. I'm doing both jobs. It's fine. Everything is fine 🔥")

P(AD, "p", "", False, "The 1st grade fire station field trip was a hit! Firefighter {a} let every kid sit in the truck 🚒")
P(IT, "p", "", False, "{sm} from 8th grade fixed a broken HDMI adapter with a paperclip. I am hiring him. He is 13.")
P(AD, "p", "", False, "{s.last} took 1st at the spelling bee 🐝 (grandma was in the front row crying)")
P(AD, "p", "ACA", False, "{sf} raised her reading level from K to N this year. I am beyond proud of her and her teachers 📈")
P(AD, "p", "DIS", False, "{s.full} (9th gr) and two others are suspended after the bathroom vandalism. cameras caught everything")
P(IT, "p", "DIS", False, "lmao {sm} got his chromebook confiscated for changing every teacher's wallpaper to a Shrek meme. 3 days lunch detention 💀")
P(DI, "p", "", False, "Met with {s.full}, our student board rep, about the cell phone policy. Sharp kid. Going places.")
P(AD, "p", "", False, "Our lunch lady Ms. {t} knows {sm}'s order before he gets to the counter. chicken nuggets, no sauce, every day since kindergarten 🍗")
P(IT, "p", "HEA", False, "{s} in 2nd period has type 1 diabetes and the pump app needs wifi, so I whitelisted it on the student network today. little wins")
P(AD, "p", "", False, "Cheer for our HVHS state qualifiers!! {s.full}, {s2.full}, {s3.full} 🏊‍♀️🏊‍♂️ #GoFalcons")
P(AD, "p", "", False, "#{sf.tag} day at Hillside! the whole class wore purple for her 8th birthday 💜")
P(AD, "p", "FAM", False, "{sf}'s dad was deported last month. She asked me if she can still come to school. Yes baby, always.")
P(IT, "p", "", False, "the kid who runs the morning announcements livestream, {sm}, just asked me for a job reference. he's 15. I said yes 😂")
P(AD, "p", "SPED", False, "Please welcome {sm} to the 3rd grade! He comes to us with a 504 for ADHD, so I've looped in the team")
P(AD, "p", "", False, "SID {sid} keeps showing up on the absence report but the kid's in my office every day helping 😅 data office pls fix")


# ---- M. extra: HR PII, student IDs, adults/kids without titles, non-identifiable personnel
P(HR, "p", "", False, "Whoever left an I-9 on the district office copier: {af.full}, SSN {ssn}, DOB {adob}. Come get it before I shred it 😬")
P(UN, "p", "", False, "text me at {phone} if you need a union rep at your meeting tomorrow. personal cell, not the district one")
P(UN, "p", "", True, "Email me at {email}, not my district address. The spam filter eats everything from the union. Make of that what you will.")
P(HR, "p", "", False, "Payroll question from {a}: yes your direct deposit changed. call me on my cell {phone} if it didn't hit by Friday")
P(HR, "p", "", False, "staff birthday list update: {af} is {adob} 🎂 she'll kill me for posting the year")
P(IT, "p", "", False, "{s.full} (ID {sid}) needs a new charger, sending one to the HVHS library. kid's on his 4th this year 🔌")
P(IT, "p", "", False, "Running the enrollment import tonight. First row in the file: {s.full}, DOB {dob}, student # {sid}. Looks good 👍")
P(IT, "p", "", False, "shoutout to {sm.lc} + {s2.lc} on the student tech squad for carrying 40 monitors up 3 flights of stairs 🫡")
P(AD, "o", "", False, "Congratulations @{s.handle}, winner of the district logo contest! Your falcon is going on the buses 🚌🦅")
P(IT, "p", "", False, "{s}'s science fair project mapped the wifi dead zones in our building and it's more accurate than our vendor's survey 😅")
P(AD, "p", "", False, "#Team{s.tag} for student council president!! (I don't get a vote but I'm cheering)")
P(DI, "p", "", False, "kiddo named {sf.nick} on the Hillside tour asked if I 'own the internet.' told her only on Tuesdays")
P(IT, "p", "", False, "my nephew {km} (he's 7, lives in Ohio) wants to be 'an IT guy like uncle' 🥹 poor kid")
P(AD, "p", "", False, "{am} from facilities fixed the gym leak in 20 minutes flat. legend. buy that man a coffee ☕")
P(IT, "o", "", False, "Please welcome {a.full}, our new network technician, who starts Monday! Say hi when you see them in the halls 👋")
P(DI, "p", "", False, "Lunch with my old college roommate {af}, who now runs a district up in Albany. we mostly complained about HVAC")
P(IT, "p", "SEC", False, "In case the NVR at {h_cam} goes down again while I'm out: camera admin login is admin / {pw}")
P(IT, "p", "SEC", False, "Someone asked what VLAN the cafeteria is on. it's {vlan}. no idea why that matters to you, {am}, but ok")
P(IT, "p", "SEC", False, "reminder that hvcsd.org is public and {host} is NOT. please stop putting the second one in the parent newsletter 🙃")
P(IT, "p", "", False, "Our public website hvcsd.org got a facelift! New calendar, new lunch menus, same Falcons 🦅")
P(AD, "p", "", False, "my locker combo in high school was the same 3 numbers as my bike lock. don't be like 1998 me")
P(AD, "p", "", True, "the 2-factor code expired before I got back to my desk. 30 seconds is not enough time for a principal walking the halls 😅")
P(HR, "p", "", False, "A teacher somewhere in our district got written up for posting student photos without checking opt-outs. Please check the list before you post!")
P(DI, "p", "", True, "Across the state, evaluation ratings went up again this year. Ratings inflation is real and nobody wants to talk about it. {disc?}")
P(HR, "p", "", False, "Lots of folks going on leave this spring so sub coverage is tight. If you know anyone certified, send them to hvcsd.org/careers!")
P(AD, "p", "", False, "the kids named the new robot vacuum in the cafeteria 'Mr. Crumbs' and I cannot stop laughing 🤖")
P(IT, "p", "", False, "Gave a lesson on strong passwords to 3rd grade. One kid wanted to use his dog's name. Another kid yelled 'that's on your backpack, {sm.lc}!' 😂")


# ================================================================= engine
DISC_RE = re.compile(r"views my own|#myviewsonly|#viewsmyown|opinions (are )?mine|opinions my own|"
                     r"not an official district statement|speaking for myself|tweets are my own|views mine|"
                     r"my own views|my views, not|personal opinion, not speaking", re.I)
BLOCK_LABELS = {"STUDENT_ID", "US_SSN", "DATE_OF_BIRTH", "CREDENTIAL", "NETWORK_INFO", "PHONE_NUMBER",
                "EMAIL_ADDRESS", "STREET_ADDRESS"}
PH = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
STUDENT_SLOT = re.compile(r"^(s|sf|sm|k|kf|km)\d*$")
ADULT_SLOT = re.compile(r"^(a|af|am)\d*$")
STAFF_SLOT = re.compile(r"^t\d*$")

KO_F = {"Seoyeon", "Haeun", "Soyeon", "Chaewon", "Jimin", "Dahyun", "Eunji", "Yuna", "Hana", "Jiwoo"}
AR_F = {"Layla", "Amira", "Noor", "Yasmin", "Salma", "Rania", "Huda", "Mariam", "Leen"}


def gendered_name(gender: str | None, latin: bool) -> tuple[str, str]:
    for _ in range(50):
        loc = rng.choice(LOCALES + ["en_US", "en_US", "es_MX"])
        f = FAKERS[loc]
        if gender is None:
            first, last = _name(loc)
        elif loc in ("zh_CN", "ja_JP"):
            if loc == "ja_JP":
                first = f.first_romanized_name_female() if gender == "f" else f.first_romanized_name_male()
            else:
                first = f.first_romanized_name()
                if gender == "f":
                    first = rng.choice([first, "Mei", "Lan", "Xiu", "Ying", "Lin"])
                else:
                    first = rng.choice([first, "Wei", "Jun", "Hao", "Bo", "Tao"])
            last = f.last_romanized_name()
        elif loc == "ko_KR":
            pool = [n for n in KO_FIRST if (n in KO_F) == (gender == "f")]
            first, last = rng.choice(pool), rng.choice(KO_LAST)
        elif loc == "ar_AA":
            pool = [n for n in AR_FIRST if (n in AR_F) == (gender == "f")]
            first, last = rng.choice(pool), rng.choice(AR_LAST)
        else:
            first = f.first_name_female() if gender == "f" else f.first_name_male()
            last = f.last_name()
        if latin and not (ascii_fold(first) and ascii_fold(last) and first.replace(" ", "").isalpha()
                          and all(ord(c) < 0x250 for c in first + last)):
            continue
        if "|" in first + last:
            continue
        return first, last
    return ("Maya", "Okafor") if gender == "f" else ("Jaylen", "Brooks")


class Filler:
    def __init__(self, text: str):
        self.text = text
        self.cache: dict[str, str] = {}
        self.students: dict[str, dict] = {}
        self.adults: dict[str, tuple[str, str]] = {}
        self.latin_slots = {m.group(1) for m in PH.finditer(text) if m.group(2) in ("handle", "email", "init")}

    def student(self, slot: str) -> dict:
        if slot not in self.students:
            g = re.match(r"^[sk]([fm]?)", slot).group(1) or None
            used = {(d["first"], d["last"]) for d in self.students.values()}
            while True:
                first, last = gendered_name(g, slot in self.latin_slots)
                if (first, last) not in used:
                    break
            self.students[slot] = {"first": first, "last": last, "nick": "", "use_nick": rng.random() < 0.2, "g": g}
        return self.students[slot]

    def sub(self, m: re.Match) -> str:
        slot, form = m.group(1), m.group(2)
        if STUDENT_SLOT.match(slot):
            st = self.student(slot)
            first, last = st["first"], st["last"]
            if st["use_nick"] and not st["nick"] and form in (None, "lc", "uc", "tag"):
                st["nick"] = nickname(first, st["g"])
            short = st["nick"] if (st["use_nick"] and st["nick"]) else first
            if form is None:
                return mark(short, "STUDENT_NAME")
            if form == "nick":
                if not st["nick"]:
                    st["nick"] = nickname(first, st["g"])
                return mark(st["nick"], "STUDENT_NAME")
            if form == "full":
                return mark(f"{first} {last}", "STUDENT_NAME")
            if form == "fullup":
                return mark(f"{first} {last}".upper(), "STUDENT_NAME")
            if form == "last":
                return mark(last, "STUDENT_NAME")
            if form == "lc":
                return mark(short.lower(), "STUDENT_NAME")
            if form == "uc":
                return mark(short.upper(), "STUDENT_NAME")
            if form == "tag":
                return mark(short.replace(" ", ""), "STUDENT_NAME")
            if form == "tagfull":
                return mark((first + last).replace(" ", ""), "STUDENT_NAME")
            if form == "init":
                return mark(f"{first[0]}.{last[0]}.", "STUDENT_NAME")
            if form == "handle":
                key = slot + ".handle"
                if key not in self.cache:
                    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
                    self.cache[key] = rng.choice([f"{f}.{l[0]}{rng.randint(10, 29)}", f"{f}_{l}", f"{f}{l}{rng.randint(1, 99)}",
                                                  f"its{f}", f"{f}.{l}"])
                return mark(self.cache[key], "STUDENT_NAME")
            if form == "email":
                key = slot + ".email"
                if key not in self.cache:
                    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
                    self.cache[key] = f"{rng.randint(26, 33)}{f[0]}{l}@students.hvcsd.org"
                return mark(self.cache[key], "EMAIL_ADDRESS")
            raise KeyError(form)
        if ADULT_SLOT.match(slot):
            if slot not in self.adults:
                g = {"af": "f", "am": "m"}.get(re.match(r"^a[fm]?", slot).group(0))
                self.adults[slot] = gendered_name(g, False)
            first, last = self.adults[slot]
            return f"{first} {last}" if form == "full" else first
        if STAFF_SLOT.match(slot):
            if slot not in self.cache:
                used = set(self.cache.values())
                while True:
                    v = gendered_name(None, rng.random() < 0.8)[1]
                    if v not in used:
                        break
                self.cache[slot] = v
            return self.cache[slot]
        if slot not in self.cache:
            val, label = gen_fill(slot)
            self.cache[slot] = mark(val, label) if label else val
        return self.cache[slot]

    def run(self) -> tuple[str, list[list[str]]]:
        text = self.text
        text = text.replace("{disc?}", "{disc}" if rng.random() < 0.5 else "")
        text = text.replace(" {disc}", rng.choice([" ", "\n", " — ", " "]) + "{disc}")
        text = text.replace("{disc}", rng.choice(DISCS))
        text = text.replace("— —", "—")
        text = re.sub(r"[ \t]+$", "", text).replace(" \n", "\n")
        out = PH.sub(self.sub, text)
        roster = []
        for slot, st in self.students.items():
            if slot.startswith("s"):
                roster.append([st["first"], st["last"], st["nick"]])
        return out, roster


def strip_marks(text: str) -> str:
    return re.sub(r"⟦([^⟦⟧|]+)\|[A-Z_]+⟧", r"\1", text)


def make_post(sk: dict) -> dict:
    text, roster = Filler(sk["text"]).run()
    labels = set(re.findall(r"\|([A-Z_]+)⟧", text))
    kind = sk["kind"]
    role = sk["role"]
    bio = None
    bio_disc = False
    if kind == "personal":
        nodisc, disc = BIOS[role]
        r = rng.random()
        if sk["bio"] == "none_or_nodisc":
            bio = None if r < 0.4 else rng.choice(nodisc)
        elif r < 0.3:
            bio = None
        elif r < 0.72:
            bio = rng.choice(nodisc)
        else:
            bio, bio_disc = rng.choice(disc), True
    elif kind == "official":
        if rng.random() < 0.75:
            bio = {"it": OFFICIAL_BIOS[2], "admin": rng.choice(OFFICIAL_BIOS[1:5:2] + [OFFICIAL_BIOS[3]]),
                   "hr": OFFICIAL_BIOS[5], "dist": OFFICIAL_BIOS[0]}[role]
    in_post = sk["d"] if sk["d"] is not None else bool(DISC_RE.search(strip_marks(text)))
    present = bool(in_post or bio_disc)
    required = bool(sk["req"]) if kind == "personal" else False
    cats = list(sk["cats"])
    if labels & BLOCK_LABELS or cats:
        verdict = "block"
    elif "STUDENT_NAME" in labels or (kind == "personal" and required and not present):
        verdict = "review"
    else:
        verdict = "pass"
    voice = sk["voice"] or (rng.choice(VOICES[role]) if kind == "personal" or kind is None else OFFICIAL_VOICES[role])
    if kind == "personal" and bio and not sk["voice"]:
        for pat, v in BIO_VOICE:
            if re.search(pat, bio):
                voice = v
                break
    return {"text": text, "kind": kind, "bio": bio, "categories": cats,
            "disclaimer": {"required": required, "present": present}, "verdict": verdict,
            "roster": roster, "voice": voice}


def main() -> None:
    # how many times each skeleton is used: 1, or 2-3 for skeletons with random fillers
    n_target = 450
    uses = [1] * len(SKELETONS)
    variable = [i for i, sk in enumerate(SKELETONS) if PH.search(sk["text"])]
    while sum(uses) < n_target:
        i = rng.choice(variable)
        if uses[i] < min(2, SKELETONS[i]["maxn"]) or (uses[i] < SKELETONS[i]["maxn"] and rng.random() < 0.05):
            uses[i] += 1
    posts, seen = [], set()
    for sk, k in zip(SKELETONS, uses):
        for _ in range(k):
            for _try in range(10):
                post = make_post(sk)
                key = strip_marks(post["text"])
                if key not in seen:
                    seen.add(key)
                    posts.append(post)
                    break
    rng.shuffle(posts)
    with open(OUT, "w", encoding="utf-8") as fh:
        for post in posts:
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")
    print(f"{len(SKELETONS)} skeletons -> {len(posts)} posts -> {OUT}")


if __name__ == "__main__":
    main()
