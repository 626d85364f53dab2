"""Recognizers, one kind of thing per module. Importing this package registers them all."""
from . import (  # noqa: F401  (imported for registration)
    address, credential, date_of_birth, email, names, network, phone, ssn, student_id,
)
from .base import REGISTRY, Recognizer, RuleRecognizer, register

__all__ = ["REGISTRY", "Recognizer", "RuleRecognizer", "register", "build_recognizers"]


def build_recognizers(config, **resources) -> list:
    """Every registered recognizer enabled in the district rules, plus the declarative rules."""
    settings = config.district.recognizers  # ids validated by load_config
    out = []
    for name, cls in REGISTRY.items():
        s = settings.get(name)
        if s is None or s.enabled:
            out.append(cls(config, extra_context=s.extra_context if s else (), **resources))
    for rule in list(config.recognizers.recognizers) + list(config.district.student_id_patterns):
        s = settings.get(rule.id)
        if s is None or s.enabled:
            out.append(RuleRecognizer(rule, config, **resources))
    return out
