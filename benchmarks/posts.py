"""Deterministic benchmark posts: a realistic mix of names, IDs, contacts and clean posts, 20-60 words."""
from __future__ import annotations

import json
import random

FIRST = ["Maya", "Jaylen", "Sofia", "Liam", "Aaliyah", "Mateo", "Priya", "Noah", "Zoe", "Diego", "Amara",
         "Ethan", "Nguyen", "Fatima", "Lucas", "Chloe", "Omar", "Isabella", "Kenji", "Grace"]
LAST = ["Okafor", "Brooks", "Martinez", "Chen", "Patel", "Kowalski", "Haddad", "Rivera", "Nguyen", "Schmidt"]
OPENERS = ["So proud of my 3rd period today!", "Long day but a good one.", "Quick reminder for families:",
           "Game day recap:", "Honestly this week has been a lot.", "Shoutout time!", "PSA for staff:",
           "Field trip update:", "Reading corner news:", "From the nurse's office:"]
CLEAN = ["Everyone finished their science fair boards and the hallway looks amazing.",
         "Bus 14 leaves from the front loop at 3:15, room 212 is open for pickup.",
         "We won 98-72 and the bleachers were packed, thank you Falcons fans.",
         "Mr. Patel's class read Wonder by R.J. Palacio and the discussion was incredible.",
         "The book fair runs all week in the library, bring a few dollars if you can.",
         "Coach Rivera says practice moves inside because of the rain tomorrow.",
         "Questions? Call the main office at (845) 555-0110 or email info@hvcsd.org.",
         "Our average reading scores went up this year and I could not be happier.",
         "Spirit week starts Monday: pajama day, twin day, and Falcons gear on Friday.",
         "The fall concert is Thursday at 7pm in the auditorium, doors open at 6:30."]
SENSITIVE = ["{n} has a 504 plan now so please give extended time on the quiz.",
             "{n}'s mom asked me to post her cell 845-555-{d4} for the carpool.",
             "{n} (student ID {d6}) left a backpack in room 118.",
             "{n} broke her wrist at recess and the nurse called home.",
             "The wifi password for the lab is Falcons{d4}! until IT changes it.",
             "Printer in the library is at 10.20.{o}.{o2} if yours is not mapping.",
             "{n} lives at {d3} Birch Ln, please drop the forms there.",
             "{n} was suspended for three days after the fight at lunch.",
             "Huge congrats to {n} for making all-county band!",
             "{n} read 40 books this semester, a new class record."]
TAILS = ["#HVproud", "🎉🎉", "Views my own.", "", "Go Falcons! 🦅", "#teacherlife", "", "Love these kids."]


def make_posts(n: int, seed: int = 2026) -> list[dict]:
    rnd = random.Random(seed)
    posts = []
    for i in range(n):
        parts = [rnd.choice(OPENERS)]
        while len(" ".join(parts).split()) < rnd.randint(20, 55):
            if rnd.random() < 0.45:
                name = rnd.choice(FIRST) + (" " + rnd.choice(LAST) if rnd.random() < 0.5 else "")
                parts.append(rnd.choice(SENSITIVE).format(n=name, d4=rnd.randint(1000, 9999),
                                                          d6=rnd.randint(100000, 999999), d3=rnd.randint(10, 999),
                                                          o=rnd.randint(0, 255), o2=rnd.randint(1, 254)))
            else:
                parts.append(rnd.choice(CLEAN))
        parts.append(rnd.choice(TAILS))
        words = " ".join(p for p in parts if p).split()[:60]
        posts.append({"id": f"b{i}", "text": " ".join(words), "kind": "personal"})
    return posts


def write_jsonl(path, posts) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p) + "\n")
