"""Write first_names.txt: given names from Faker's locales, lowercased, one per line.

The student-name classifier uses it to propose candidates NER misses (lowercase names, names in
hashtags) when no roster is given. Run: python corpora/gazetteers/make_first_names.py
"""
from pathlib import Path

from faker import Faker

LOCALES = ["en_US", "en_GB", "en_IN", "en_NG", "es_MX", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT",
           "pl_PL", "vi_VN", "tr_TR", "nl_NL", "ga_IE", "fil_PH", "sw", "yo_NG", "ko_KR", "zh_CN", "ja_JP",
           "hi_IN", "ar_AA"]


def main() -> None:
    names: set[str] = set()
    for loc in LOCALES:
        try:
            fake = Faker(loc)
        except AttributeError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names", "first_name_male_romanized", "first_name_female_romanized"):
            for provider in fake.providers:
                vals = getattr(provider, attr, None)
                if vals:
                    names.update(v.lower() for v in (vals.keys() if isinstance(vals, dict) else vals)
                                 if v.isascii() and v.replace("-", "").replace("'", "").isalpha() and len(v) > 1)
    out = Path(__file__).with_name("first_names.txt")
    out.write_text("\n".join(sorted(names)) + "\n")
    print(f"{out}: {len(names)} names")


if __name__ == "__main__":
    main()
