"""Write common_words.txt: everyday English words, lowercased, one a line, that are not English given names.

A roster or gazetteer name that is also an everyday word ("floor", "peace", "marine", "will" written in
lower case) is weak evidence of a student; the student-name classifier gets a feature for it. The list is:
the lower-case entries of the system's American English word list (Debian/Ubuntu ``wamerican``) that
wordfreq rates at least 3 on its Zipf scale (about once per million words or more), minus the given
names of Faker's English locales (so "john" and "grace" are not everyday words here), plus
extra_common_words.txt (names that are everyday words all the same: "will", "hope", "mark").

Run once, with ``apt install wamerican`` and ``pip install wordfreq``; the output is committed, and
nothing reads either source at run time: python corpora/gazetteers/make_common_words.py
"""
from pathlib import Path

from faker import Faker
from wordfreq import zipf_frequency

DICTIONARY = Path("/usr/share/dict/american-english")
MIN_ZIPF = 3.0
ENGLISH = ["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_NZ", "en_IN"]


def english_given_names() -> set[str]:
    names: set[str] = set()
    for loc in ENGLISH:
        person = Faker(loc).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female"):
            vals = getattr(person, attr, None) or ()
            names.update(v.lower() for v in (vals.keys() if isinstance(vals, dict) else vals))
    return names


def main() -> None:
    lines = DICTIONARY.read_text(encoding="utf-8").split()
    lower = {w for w in lines if w.isascii() and w.isalpha() and w.islower() and len(w) > 1}
    common = {w for w in lower if zipf_frequency(w, "en") >= MIN_ZIPF} - english_given_names()
    extra_path = Path(__file__).with_name("extra_common_words.txt")
    extra = {x.strip().lower() for x in extra_path.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")}
    words = sorted(common | extra)
    Path(__file__).with_name("common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(common)} dictionary words + {len(extra - common)} extra = {len(words)} common words")


if __name__ == "__main__":
    main()
