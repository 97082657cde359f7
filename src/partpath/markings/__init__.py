"""Markings: marking text to maker, base part, full part number, date window and class."""

from partpath.markings.identify import Identification, SuffixPart, identify_marking
from partpath.markings.rules import RuleBook, RuleError, load_rule_book, load_rule_file

__all__ = [
    "Identification",
    "RuleBook",
    "RuleError",
    "SuffixPart",
    "identify_marking",
    "load_rule_book",
    "load_rule_file",
]
