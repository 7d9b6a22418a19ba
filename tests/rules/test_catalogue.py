"""Meta-tests over the rule catalogue: ids, registration, examples."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter

import tqcheck.rules as registry
from tqcheck.rule import ID_RE
from tqcheck.rules import FAMILIES, all_rules


def test_ids_are_unique_and_well_formed():
    ids = [r.id for r in all_rules()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert all(ID_RE.match(i) for i in ids)


def test_families_and_modules_are_sorted_and_complete():
    assert list(FAMILIES) == sorted(FAMILIES)
    on_disk = sorted(m.name for m in pkgutil.iter_modules(registry.__path__) if m.ispkg)
    assert on_disk == list(FAMILIES), "every family folder must be registered"
    for family in FAMILIES:
        package = importlib.import_module(f"tqcheck.rules.{family}")
        modules = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
        assert list(package.MODULES) == sorted(package.MODULES), family
        assert list(package.MODULES) == modules, f"{family}: unregistered or missing rule modules"


def test_rule_id_matches_its_module():
    for family in FAMILIES:
        package = importlib.import_module(f"tqcheck.rules.{family}")
        for name in package.MODULES:
            module = importlib.import_module(f"{package.__name__}.{name}")
            prefix = f"{family}.{name}"
            assert module.RULES, prefix
            for rule in module.RULES:
                assert rule.id == prefix or rule.id.startswith(prefix + "."), (rule.id, prefix)


def test_every_rule_has_bad_and_good_examples_and_text():
    for rule in all_rules():
        assert any(e.is_bad for e in rule.examples), f"{rule.id} has no bad example"
        assert any(not e.is_bad for e in rule.examples), f"{rule.id} has no good example"
        assert rule.description.strip() and rule.message.strip(), rule.id
