import pytest

from tqcheck import check
from tqcheck.config import Config, discover, load
from tqcheck.errors import ConfigError
from tqcheck.rules import all_rules


def ids(cfg):
    return {a.rule.id for a in cfg.select(all_rules())}


def test_prefix_disable_and_specific_enable():
    cfg = Config().updated(disable=["punctuation"], enable=["punctuation.quotes.unbalanced"])
    on = ids(cfg)
    assert "punctuation.quotes.unbalanced" in on
    assert not any(i.startswith("punctuation.spacing") for i in on)


def test_later_directive_wins_at_equal_specificity():
    cfg = Config.from_mapping({"disable": ["punctuation.spacing"]}).updated(enable=["punctuation.spacing"])
    assert "punctuation.spacing.doubled" in ids(cfg)


def test_category_directive_and_severity_override():
    cfg = Config.from_mapping({"disable": ["category:fluency"], "severity": {"punctuation.quotes": "critical"}})
    assert not any(i.startswith("punctuation") for i in ids(cfg))
    cfg = Config.from_mapping({"severity": {"punctuation.quotes": "critical"}})
    sev = {a.rule.id: a.severity for a in cfg.select(all_rules())}
    assert sev["punctuation.quotes.unbalanced"] == "critical"
    assert sev["punctuation.brackets.unbalanced"] == "neutral"  # its default: advice (docs/evidence.md)


def test_unknown_rule_name_is_an_error():
    with pytest.raises(ConfigError, match="no rule or rule group"):
        Config().updated(disable=["punctuation.quots"]).select(all_rules())


def test_schema_violations_are_reported_with_pointer():
    with pytest.raises(ConfigError) as err:
        Config.from_mapping({"fail_on": "sometimes", "weights": {"minor": -1}})
    pointers = {d["pointer"] for d in err.value.details}
    assert pointers == {"/fail_on", "/weights/minor"}


def test_weights_and_threshold_change_the_verdict():
    text = "She said it is 结束.\n\nHe left the room and the building and the city."  # untranslated: major
    strict = check(text, config={"threshold": 99})
    assert strict.quality["pass"] is False
    # the major issue fails the text by itself unless fail_on is raised above it
    assert check(text, config={"weights": {"major": 0.1}, "threshold": 90}).quality["failed_by"] == ["severity"]
    lenient = check(text, config={"weights": {"major": 0.1}, "threshold": 90, "fail_on": "critical"})
    assert lenient.quality["pass"] is True
    assert lenient.quality["penalty"] == pytest.approx(0.1)


def test_tqcheck_toml_and_pyproject_discovery(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck]\nfail_on = "minor"\ndisable = ["language"]\n')
    found = discover(sub)
    assert found == tmp_path / "pyproject.toml"
    cfg = load(found)
    assert cfg.fail_on == "minor" and "language.mismatch" not in ids(cfg)
    (tmp_path / "a" / "tqcheck.toml").write_text('threshold = 80\n[rules."language.mismatch"]\nmin_confidence = 0.99\n')
    found = discover(sub)
    assert found.name == "tqcheck.toml"
    cfg = load(found)
    assert cfg.threshold == 80
    opts = {a.rule.id: a.options for a in cfg.select(all_rules())}
    assert opts["language.mismatch"]["min_confidence"] == 0.99


def test_pyprojects_without_tqcheck_settings_are_passed_over(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool."tqcheck"]\nthreshold = 70\n')
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "other"\n')
    (sub / "pyproject.toml").write_text('[tool.black]\nline-length = 100\nnot toml at all [[\n')
    assert discover(sub) == tmp_path / "pyproject.toml"
    # a key spelled with escapes is still read as tqcheck's
    (tmp_path / "a" / "pyproject.toml").write_text('[tool."\\u0074qcheck"]\nthreshold = 75\n')
    assert discover(sub) == tmp_path / "a" / "pyproject.toml"
    assert load(discover(sub)).threshold == 75


def test_pyproject_tables_for_tqcheck_in_every_spelling_are_found(tmp_path):
    """``discover`` parses a pyproject.toml only when a line can put tqcheck in
    the tool table; every way TOML has of doing so is still found, and a file
    that names tqcheck elsewhere (a script, a dependency) is passed over."""
    found = [
        '[tool]\ntqcheck.threshold = 70\n',
        '[tool]\nblack.x = 1\ntqcheck = { threshold = 70 }\n',
        'tool.tqcheck.threshold = 70\n',
        'tool = { tqcheck = { threshold = 70 } }\n',
        '[ "tool" . \'tqcheck\' ]\nthreshold = 70\n',
        '[tool.tqcheck.rules."language.mismatch"]\nmin_confidence = 0.9\n',
        '\t"tool".tqcheck.threshold = 70\n',
        'x = """\n[project]\n"""\n[tool]\ntqcheck.threshold = 70\n',
    ]
    passed_over = [
        '[project]\nname = "tqcheck"\n[project.scripts]\ntqcheck = "tqcheck.cli:entry"\n[tool.mypy]\nfiles = ["tqcheck"]\n',
        '[tool.black]\n# [tool.tqcheck]\nline-length = 100\n',
        '[project]\ndependencies = [\n  "tqcheck>=1",\n]\n',
    ]
    for i, text in enumerate(found + passed_over):
        folder = tmp_path / str(i)
        folder.mkdir()
        (folder / "pyproject.toml").write_text(text)
        assert (discover(folder) == folder / "pyproject.toml") == (text in found), text


def test_broken_toml_names_the_file(tmp_path):
    bad = tmp_path / "tqcheck.toml"
    bad.write_text("fail_on = \n")
    with pytest.raises(ConfigError) as err:
        load(bad)
    assert str(bad) in str(err.value) and "TOML" in str(err.value)


def test_every_rule_option_is_declared_and_its_default_and_examples_fit_the_declaration():
    for rule in all_rules():
        assert set(rule.option_specs) == set(rule.options)
        assert rule.option_errors(rule.options) == [], rule.id
        for example in rule.examples:
            assert rule.option_errors(example.options) == [], (rule.id, example.text[:40])


def test_rule_options_are_checked_when_settings_load():
    with pytest.raises(ConfigError) as err:
        Config.from_mapping({"rules": {"style.length.sentence": {"max_words": 2.5},
                                       "style.openers.repeated": {"min_repeats": True},
                                       "nosuch.rule": {"x": 1}}})
    messages = sorted(d["message"] for d in err.value.details)
    assert messages == [
        "rules.nosuch.rule: no rule is called 'nosuch.rule' (options are set per rule id; see `tqcheck rules`)",
        "rules.style.length.sentence.max_words: must be a whole number, not number 2.5",
        "rules.style.openers.repeated.min_repeats: must be a whole number, not boolean True",
    ]
    # a Config built directly is checked when it selects rules
    with pytest.raises(ConfigError, match="rules.language.mismatch.min_confidence: must be at most 1"):
        Config(rule_options={"language.mismatch": {"min_confidence": 2}}).select(all_rules())
    cfg = Config.from_mapping({"rules": {"language.mismatch": {"min_confidence": 1}}})  # an int is a number
    assert {a.rule.id: a.options for a in cfg.select(all_rules())}["language.mismatch"]["min_confidence"] == 1
