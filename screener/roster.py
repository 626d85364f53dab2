"""The district roster: every variant of every student's name, and their IDs.

The roster is itself confidential. It is held in memory only, never printed, and whatever screener
stores about a match (scan stores, reports) is a keyed fingerprint, never the name.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

REQUIRED = ("first_name", "last_name")
OPTIONAL = ("student_id", "state_id", "preferred_name", "grade", "school", "media_opt_out")


@dataclass(frozen=True)
class Student:
    first: str
    last: str
    preferred: str = ""
    student_id: str = ""
    state_id: str = ""
    grade: str = ""
    school: str = ""
    opt_out: bool = False


@dataclass
class Roster:
    students: list[Student]
    source: str = ""
    # variant (lowercase, space-joined) -> (match kind, indices of students)
    variants: dict[str, tuple[str, set[int]]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self._build()

    @classmethod
    def from_csv(cls, path: str | Path) -> "Roster":
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read roster: {exc.strerror}", str(path)) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise InputError("roster is not valid UTF-8", str(path), line) from None
        return cls.from_text(text, source=str(path))

    @classmethod
    def from_text(cls, text: str, source: str = "<roster>") -> "Roster":
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise InputError(f"roster header lacks required column(s) {', '.join(missing)} "
                             f"(need first_name,last_name)", source, 1)
        reader.fieldnames = header
        students = []
        for row in reader:
            line = reader.line_num
            first, last = (row.get("first_name") or "").strip(), (row.get("last_name") or "").strip()
            if not first or not last:
                raise InputError("roster row lacks first_name or last_name", source, line)
            opt = (row.get("media_opt_out") or "false").strip().lower()
            if opt not in ("true", "false", "yes", "no", "1", "0", ""):
                raise InputError(f"media_opt_out must be true or false, not {opt!r}", source, line)
            students.append(Student(first=first, last=last, preferred=(row.get("preferred_name") or "").strip(),
                                    student_id=(row.get("student_id") or "").strip(),
                                    state_id=(row.get("state_id") or "").strip(),
                                    grade=(row.get("grade") or "").strip(), school=(row.get("school") or "").strip(),
                                    opt_out=opt in ("true", "yes", "1")))
        return cls(students, source=source)

    def _add(self, variant: str, kind: str, idx: int) -> None:
        key = " ".join(variant.lower().split())
        if len(key) < 2:
            return
        old = self.variants.get(key)
        # Prefer the most specific kind for a variant shared by several students.
        order = ("full", "preferred_full", "first_initial", "preferred", "first", "last", "initials")
        if old is None:
            self.variants[key] = (kind, {idx})
        else:
            best = kind if order.index(kind) < order.index(old[0]) else old[0]
            self.variants[key] = (best, old[1] | {idx})

    def _build(self) -> None:
        for i, s in enumerate(self.students):
            self._add(f"{s.first} {s.last}", "full", i)
            self._add(f"{s.first} {s.last[0]}.", "first_initial", i)
            self._add(f"{s.first} {s.last[0]}", "first_initial", i)
            self._add(f"{s.first[0]}.{s.last[0]}.", "initials", i)
            self._add(s.first, "first", i)
            self._add(s.last, "last", i)
            if s.preferred:
                self._add(s.preferred, "preferred", i)
                self._add(f"{s.preferred} {s.last}", "preferred_full", i)
            for sid in (s.student_id, s.state_id):
                if sid:
                    self.ids[re.sub(r"\D", "", sid) or sid] = i

    def lookup(self, phrase: str) -> tuple[str, set[int]] | None:
        return self.variants.get(" ".join(phrase.lower().split()))

    def __len__(self) -> int:
        return len(self.students)

    def __repr__(self) -> str:  # never show names
        return f"Roster({len(self.students)} students from {self.source!r})"
