"""Seeded meaning corruptions of good translations: fluent, but saying
something the source does not.

    python benchmarks/corrupt_meaning.py PARALLEL.jsonl [--seed 1] [--types a,b] > corrupted.jsonl

Reads WMT-layout JSON lines (``source``, ``refs{}``) and writes one line per
corruption: ``{id, type, note, source, clean, target}``. Each type is tried
on every segment and skipped where it does not apply (a question can only be
made a statement where the reference asks one):

* ``negation-added``: ``not`` after the first auxiliary (``is`` -> ``is
  not``), or ``did not`` + base form in place of a past-tense verb;
* ``negation-removed``: ``not``/``n't``/``never`` dropped (``did not
  go`` -> ``went``, ``does not need`` -> ``needs``);
* ``antonym``: one word of a compact list of news antonym pairs swapped
  for its opposite, inflection and case kept (``rose`` -> ``fell``,
  ``increase`` -> ``decrease``). No package ships WordNet's data without a
  download at run time, so the list is hand-made; it is benchmark data only;
* ``clause-added``: a fluent clause with no source support appended to the
  last sentence;
* ``name-replaced``: a Pinyin name of the target (one that renders source
  characters, or any Pinyin name) swapped for another segment's Pinyin name;
* ``name-removed``: a Pinyin name deleted (after a title the title keeps
  ``the``; elsewhere ``the official`` or ``the city`` stands in);
* ``subject-removed``: ``X said (that) Y`` -> ``It was said that Y``;
  ``According to X, Y`` -> ``Y``; ``X has/will/is …`` with a proper-noun
  subject -> a passive-free ``It has/will/is …``;
* ``word-removed``: one conjunct of ``A and B`` (a noun, verb or adjective)
  or an adjective of a short list dropped;
* ``question-statement``: a question of the reference made a statement
  (``Is the economy recovering?`` -> ``The economy is recovering.``);
* ``gender``: he/him/his/himself <-> she/her/her/herself, every occurrence;
* ``future-past``: ``will go`` -> ``went``; or past -> ``will`` + base;
* ``shuffled``: two comma-separated clauses swapped;
* ``unrelated``: the reference of another segment of similar length.

The same seed gives the same corruptions.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from typing import Callable, Iterator, Sequence

from lemminflect import getInflection, getLemma
from pypinyin import lazy_pinyin

from tqcheck.lexicon.pinyin import is_pinyin_name
from tqcheck.lexicon.verbs import PAST_TO_BASE, VERBS

TYPES = ("negation-added", "negation-removed", "antonym", "clause-added", "name-replaced", "name-removed",
         "subject-removed", "word-removed", "question-statement", "gender", "future-past", "shuffled", "unrelated")

Made = tuple[str, str] | None

_AUX = ("is", "are", "was", "were", "will", "can", "could", "should", "would", "has", "have", "had", "must",
        "may", "might")
_AUX_RE = re.compile(r"\b(" + "|".join(_AUX) + r")\b (?!not\b|n't|never\b|no\b|to\b|also\b|been\b)(?=[a-z])")
_PRON_AUX_OK = re.compile(r"\b(there|it|he|she|they|we|i|you|this|that|which|who)$", re.I)


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _past(base: str) -> str | None:
    if base in VERBS:
        return VERBS[base].past
    forms = getInflection(base, "VBD")
    return forms[0] if forms else None


def _is_verb(word: str) -> bool:
    """A verb the lexicon or lemminflect's dictionary knows: lemminflect
    inflects any unknown word as a verb (``only`` -> ``onlied``)."""
    return word in VERBS or bool(getInflection(word, "VBD", inflect_oov=False))


def _third(base: str) -> str | None:
    if base in VERBS:
        return VERBS[base].third
    forms = getInflection(base, "VBZ")
    return forms[0] if forms else None


def _past_verbs(text: str) -> list[re.Match]:
    """Past-tense verbs the lexicon knows, not right after an auxiliary
    (``has said`` is a participle) nor sentence-initial."""
    out = []
    for m in re.finditer(r"(?<=[a-z,] )([a-z]+)\b", text):
        w = m.group(1)
        base = PAST_TO_BASE.get(w)
        if base is None or VERBS[base].past != w or w in ("had", "was", "were", "did"):
            continue
        before = text[:m.start()].split()[-1].lower() if text[:m.start()].split() else ""
        if before in _AUX or before in ("be", "been", "being", "to", "the", "a", "an", "was", "were", "had", "has",
                                        "have", "is", "are", "of", "and", "not", "never", "n't", "also", "just",
                                        "already", "once", "recently", "who", "which", "that"):
            continue
        prev = text[:m.start()].split()[-1] if text[:m.start()].split() else ""
        # a finite verb follows its subject: a name, a pronoun or a plural noun
        if not (prev[:1].isupper() or prev.lower() in ("he", "she", "it", "they", "we", "i", "who", "which")
                or re.fullmatch(r"[a-z]+(?:s|ion|ment|ty|er|or|ist|ship|ence|ance)", prev)
                and prev not in ("was", "has", "is", "this", "as", "its", "his", "us", "less", "after", "other",
                                 "under", "over", "never", "whether", "either", "further", "later", "per",
                                 "cannot", "ever", "for", "or", "nor")):
            continue
        out.append(m)
    return out


def negation_added(rng, source, target, ctx) -> Made:
    cands = []
    for m in _AUX_RE.finditer(target):
        nxt = re.match(r"\s*([a-z]+)", target[m.end(1):])
        if m.group(1) in ("has", "have", "had") and not (nxt and (nxt.group(1).endswith("ed") or
                                                                  nxt.group(1) in PAST_TO_BASE)):
            continue  # "has not more than": only the perfect takes "not"
        cands.append(m)
    if cands:
        m = rng.choice(cands)
        return target[:m.end(1)] + " not" + target[m.end(1):], f"{m.group(1)} -> {m.group(1)} not"
    cands = _past_verbs(target)
    if cands:
        m = rng.choice(cands)
        base = PAST_TO_BASE[m.group(1)]
        return target[:m.start()] + "did not " + base + target[m.end():], f"{m.group(1)} -> did not {base}"
    return None


_NEG_RE = re.compile(r"\b(\w+)( not|n't)\b(?! (?:only|just|yet|to|least|until|because|so|as|far|all|more|less|a\b|the\b))"
                     r"(?: (\w+))?|\bnever (?=[a-z])", re.I)


def negation_removed(rng, source, target, ctx) -> Made:
    cands = list(_NEG_RE.finditer(target))
    rng.shuffle(cands)
    for m in cands:
        if m.group(0).lower().startswith("never"):
            return target[:m.start()] + target[m.end():], "never dropped"
        aux, neg, verb = m.group(1), m.group(2), m.group(3)
        low = aux.lower()
        if neg == "n't":
            full = {"don": "do", "doesn": "does", "didn": "did", "isn": "is", "aren": "are", "wasn": "was",
                    "weren": "were", "won": "will", "can": "can", "couldn": "could", "shouldn": "should",
                    "wouldn": "would", "hasn": "has", "haven": "have", "hadn": "had", "mustn": "must"}.get(low)
            if full is None:
                continue
            low, aux = full, _case_like(full, aux)
        if low in ("do", "does", "did") and verb and verb.islower():
            form = {"do": verb, "does": _third(verb), "did": _past(verb)}[low]
            if not form:
                continue
            form = _case_like(form, aux)
            return target[:m.start()] + form + target[m.end():], f"{m.group(0)} -> {form}"
        if low in _AUX or low in ("do", "does", "did"):
            end = m.start(2) + len(m.group(2))
            return target[:m.start()] + aux + target[end:], f"{m.group(0)} -> {aux} {verb or ''}".strip()
    return None


#: news antonym pairs (lemmas); both directions are used
_ANTONYMS = """
increase decrease
rise fall
raise lower
grow shrink
expand shrink
gain lose
win lose
strengthen weaken
improve worsen
accept reject
support oppose
allow ban
approve reject
open close
start end
begin end
encourage discourage
agree disagree
include exclude
import export
succeed fail
attack defend
buy sell
lend borrow
higher lower
high low
more fewer
most least
large small
big small
strong weak
positive negative
good bad
better worse
best worst
rich poor
early late
safe dangerous
easy difficult
legal illegal
public private
increasing decreasing
maximum minimum
success failure
profit loss
victory defeat
before after
first last
strict lenient
cheap expensive
domestic foreign
slow fast
slowly rapidly
significantly slightly
upward downward
""".strip().splitlines()
_OPP: dict[str, str] = {}
for _line in _ANTONYMS:
    _a, _b = _line.split()
    _OPP.setdefault(_a, _b)
    _OPP.setdefault(_b, _a)
_VERB_TAGS = ("VBD", "VBZ", "VBG", "VBN", "VB")
_NOUN_TAGS = ("NNS", "NN")


def antonym(rng, source, target, ctx) -> Made:
    cands = []
    for m in re.finditer(r"\b[A-Za-z]+\b", target):
        w = m.group(0)
        low = w.lower()
        if low in _OPP:
            cands.append((m, low, None))
            continue
        for upos in ("VERB", "NOUN", "ADJ"):
            lem = getLemma(low, upos)
            if lem and lem[0] in _OPP and lem[0] != low:
                cands.append((m, lem[0], upos))
                break
    if not cands:
        return None
    m, lemma, upos = rng.choice(cands)
    opp = _OPP[lemma]
    w = m.group(0)
    new = opp
    if upos is not None:
        tags = _VERB_TAGS if upos == "VERB" else _NOUN_TAGS if upos == "NOUN" else ("JJR", "JJS")
        for tag in tags:
            forms = getInflection(lemma, tag)
            if forms and w.lower() in forms:
                got = getInflection(opp, tag)
                if got:
                    new = got[0]
                break
    new = _case_like(new, w)
    if new.lower() == w.lower():
        return None
    return target[:m.start()] + new + target[m.end():], f"{w} -> {new}"


_CLAUSES = (
    ", a move that was widely criticized by local residents",
    ", and the decision was made after months of debate",
    ", although no details were given about the funding",
    ", according to a statement released by the police on Monday",
    ", and more than 200 people attended the ceremony",
    ", which has raised concerns among foreign investors",
    ", but the plan was later withdrawn by the government",
    ", and the company's shares fell sharply in Hong Kong",
)


def clause_added(rng, source, target, ctx) -> Made:
    m = re.search(r"([.!?])([\"'”’)]*)\s*$", target)
    clause = rng.choice(_CLAUSES)
    if m is None or m.group(1) != ".":
        if re.search(r"[.!?\"”’)]\s*$", target):
            return None
        return target.rstrip() + clause, clause.lstrip(", ")
    return target[:m.start()] + clause + target[m.start():], clause.lstrip(", ")


def _source_pinyin(source: str) -> set[str]:
    """Tone-less Pinyin of every run of 2-4 consecutive Han characters."""
    syl = [lazy_pinyin(ch)[0] if "\u4e00" <= ch <= "\u9fff" else None for ch in source]
    out = set()
    for i in range(len(syl)):
        for k in range(2, 5):
            part = syl[i:i + k]
            if len(part) == k and None not in part:
                out.add("".join(part))
    return out


def _pinyin_names(text: str, source: str) -> list[re.Match]:
    """Target names that spell the Pinyin of source characters: the
    renderings of source names (``Han Zheng`` for 韩正, ``Xinjiang``)."""
    py = _source_pinyin(source)
    out = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?:[ -]?[A-Z]?[a-z]+){0,2}\b", text):
        words = list(re.finditer(r"[A-Za-z]+", m.group(0)))
        # the longest run of capitalised words that spells source Pinyin
        best = None
        for i in range(len(words)):
            for k in range(len(words), i, -1):
                run = words[i:k]
                if all(w.group(0)[:1].isupper() for w in run) and "".join(w.group(0) for w in run).lower() in py:
                    if best is None or k - i > best[1] - best[0]:
                        best = (i, k)
                    break
        if best:
            a, b = m.start() + words[best[0]].start(), m.start() + words[best[1] - 1].end()
            out.append((a, b, text[a:b]))
    return out


def _name_pool(rows: Sequence[tuple[str, str]]) -> list[str]:
    pool = set()
    for s, t in rows:
        for _, _, name in _pinyin_names(t, s):
            pool.add(name)
    return sorted(pool)


def name_replaced(rng, source, target, ctx) -> Made:
    cands = _pinyin_names(target, source)
    if not cands:
        return None
    start, end, name = rng.choice(cands)
    words = len(name.split())
    pool = [p for p in ctx["names"] if len(p.split()) == words and p.lower() != name.lower()
            and p.lower() not in target.lower()]
    if not pool:
        return None
    new = rng.choice(pool)
    return target[:start] + new + target[end:], f"{name} -> {new}"


_TITLES = "President|Premier|Minister|Secretary|Chairman|Chairwoman|Governor|Mayor|Director|Ambassador|Spokesman|" \
          "Spokesperson|Spokeswoman|Councilor|Commissioner|Chief|Leader|Professor|Vice|Deputy|General|Foreign|" \
          "Executive|State|Party|Prime|Head|Envoy|Counselor|Consul|Commander|Academician|Manager|Principal"
_TITLE_BEFORE = re.compile(rf"((?:(?:{_TITLES}) ){{1,4}})$")
_PLACE_PREP = re.compile(r"\b(in|to|from|at|near|of|across|around)\s*$", re.I)


def name_removed(rng, source, target, ctx) -> Made:
    # a name inside a longer proper noun (Longxi River) would leave a hole
    cands = [c for c in _pinyin_names(target, source) if not re.match(r"[ -][A-Z]", target[c[1]:])]
    if not cands:
        return None
    start, end, name = rng.choice(cands)
    before, after = target[:start], target[end:]
    title = _TITLE_BEFORE.search(before)
    if title and title.start() > 0 and not before[:title.start()].rstrip().endswith((".", "\"", "“")):
        t = title.group(1).rstrip()
        pre = before[:title.start()]
        art = "" if re.search(r"\bthe\s*$", pre, re.I) else "the "
        text = pre + art + t.lower() + after
        return text, f"{t} {name} -> {art}{t.lower()}"
    if title and title.start() == 0:
        t = title.group(1).rstrip()
        text = "The " + t.lower() + after
        return text, f"{t} {name} -> The {t.lower()}"
    lst = re.search(r", $", before) and re.match(r"(,| and)", after) or re.match(r", ", after) and re.search(r"(, | and )$", before)
    if lst:  # an item of a list: drop it with its comma
        if before.endswith(", "):
            return before[:-2] + after, f"{name} dropped from a list"
        return before + after[2:], f"{name} dropped from a list"
    if _PLACE_PREP.search(before):
        stand = "the city"
    elif re.search(r"(^|[.!?]\s+)$", before):
        stand = "The official"
    else:
        stand = "the official"
    if after.startswith("'s") or after.startswith("’s"):
        pass
    return before + stand + after, f"{name} -> {stand}"


_SAID = re.compile(r"^(?P<subj>(?:[A-Z][\w'’.-]*|the|of|and|for|[a-z]+)(?: (?:[A-Z][\w'’.-]*|the|of|and|for|[a-z]+)){0,7}) "
                   r"(?P<verb>said|announced|stated|noted|pointed out|stressed|emphasized|emphasised|added|reported|"
                   r"revealed|disclosed|told reporters)(?: that)?,? (?P<rest>.+)$", re.S)
_ACCORDING = re.compile(r"^According to [^,]{3,80}, (?P<rest>.+)$", re.S)
_SUBJ_AUX = re.compile(r"^(?P<subj>(?:The |A )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|for|the)){0,6}) "
                       r"(?P<aux>has|have|had|will|is|are|was|were)\b (?P<rest>.+)$", re.S)


def subject_removed(rng, source, target, ctx) -> Made:
    m = _ACCORDING.match(target)
    if m:
        rest = m.group("rest")
        return rest[:1].upper() + rest[1:], "according-to phrase dropped"
    m = _SAID.match(target)
    if m and not re.match(r"(?i)(he|she|they|it|we|i|you)$", m.group("subj")):
        rest = m.group("rest")
        verb = m.group("verb")
        if verb == "told reporters":
            verb = "said"
        return f"It was {verb} that {rest}", f"subject {m.group('subj')!r} dropped"
    m = _SUBJ_AUX.match(target)
    if m and m.group("subj").split()[0] not in ("It", "There", "This", "That", "He", "She", "They", "We", "I", "You"):
        aux = {"have": "has", "are": "is", "were": "was"}.get(m.group("aux"), m.group("aux"))
        return f"It {aux} {m.group('rest')}", f"subject {m.group('subj')!r} -> It"
    return None


_ADJS = frozenset("""
new important major national economic local international significant large rural urban key
main public social political global foreign domestic huge serious special historic traditional
modern high-quality comprehensive scientific technological financial strong successful effective
military medical cultural regional further additional overall green digital innovative
""".split())
_COORD = re.compile(r"\b([a-z]{4,}) and ([a-z]{4,})\b")
_FUNC = frozenset("that this with from have been were they their there which when what will would could should "
                  "also into than then them these those about after before said such more most only other over "
                  "some very well just both each many much even being".split())


def word_removed(rng, source, target, ctx) -> Made:
    cands = []
    for m in _COORD.finditer(target):
        if m.group(1) in _FUNC or m.group(2) in _FUNC:
            continue
        cands.append(("coord", m))
    for m in re.finditer(r"\b([a-z][a-z-]+) (?=[a-z])", target):
        if m.group(1) in _ADJS:
            cands.append(("adj", m))
    if not cands:
        return None
    kind, m = rng.choice(cands)
    if kind == "adj":
        text = target[:m.start()] + target[m.end():]
        # "a important" -> keep the article right
        text = re.sub(r"\ban (?=[bcdfghjklmnpqrstvwxyz])", "a ", text[:m.start()]) + text[m.start():] \
            if re.search(r"\ban $", text[:m.start()]) else text
        return text, f"adjective {m.group(1)!r} dropped"
    keep = rng.randint(1, 2)
    word = m.group(keep)
    gone = m.group(3 - keep)
    return target[:m.start()] + word + target[m.end():], f"{gone!r} of {m.group(0)!r} dropped"


_Q_INV = re.compile(r"^(?P<pre>.*?)(?:(?P<wh>Why|How|When|Where|And|So|But|Then|Now|Also)\b,? )?"
                    r"(?P<aux>[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Cc]an|[Ww]ill|[Ss]hould|[Ww]ould|[Cc]ould|[Hh]as|[Hh]ave|"
                    r"[Dd]o|[Dd]oes|[Dd]id|[Mm]ay|[Mm]ust) "
                    r"(?P<body>[^?]+)\?(?P<post>[\"'”’)]*)\s*$", re.S)
_STOP_SUBJ = re.compile(r"(\w+ing|\w+ed|be|been|have|go|get|make|take|need|want|know|become|do|"
                        r"really|still|also|already|ever|not|able|possible|necessary|worth|true|enough|so|too|"
                        r"more|in|on|at|to|for|with|from|by|about|over|under|a|an|the|any|there)")
_SUBJ_START = ("the", "this", "that", "it", "there", "these", "those", "you", "we", "they", "he", "she", "a", "an",
               "such", "our", "your", "their", "his", "her", "its", "i", "people", "anyone", "everyone")


def question_statement(rng, source, target, ctx) -> Made:
    """``(Why/How) is/does/can X …?`` -> ``X is/does/can ….``; a question
    with no inversion (a headline) loses its question mark."""
    if "?" not in target:
        return None
    m = _Q_INV.match(target)
    if m and (m.group("pre") == "" or m.group("pre").endswith((". ", ": ", "\"", "“", ", "))):
        aux, body = m.group("aux").lower(), m.group("body")
        words = body.split()
        cut = None
        if words and (words[0].lower() in _SUBJ_START or words[0][:1].isupper()):
            for i, w in enumerate(words[1:], 1):
                lw = w.lower().strip(",")
                if aux in ("do", "does", "did"):
                    if lw in VERBS or getLemma(lw, "VERB")[0] == lw and lw not in _SUBJ_START \
                            and not _STOP_SUBJ.fullmatch(lw) and getInflection(lw, "VBD"):
                        cut = i
                        break
                elif _STOP_SUBJ.fullmatch(lw) or lw.endswith(("ing", "ed")):
                    cut = i
                    break
            if words[0].lower() == "there":
                cut = 1
            if words[0].lower() in ("it", "he", "she", "they", "we", "you", "i"):
                cut = 1
        if cut is not None:
            subj, rest = " ".join(words[:cut]), words[cut:]
            if aux in ("do", "does", "did"):
                verb = rest[0]
                form = {"do": verb, "does": _third(verb.lower()), "did": _past(verb.lower())}[aux]
                if not form:
                    return None
                stmt = " ".join([subj, form] + rest[1:])
            else:
                stmt = " ".join([subj, aux] + rest)
            stmt = stmt[:1].upper() + stmt[1:]
            if m.group("wh") in ("Why",):
                stmt = "That is why " + stmt[0].lower() + stmt[1:] if stmt.split()[0] in (
                    "The", "This", "That", "These", "Those", "It", "There", "We", "They", "You", "He", "She",
                    "A", "An", "Our", "Your", "Their", "His", "Her", "Its", "Such") else "That is why " + stmt
            return m.group("pre") + stmt + "." + m.group("post"), f"{aux} … ? -> statement"
    if re.match(r"^(?:Why|How|What|Where|When|Who|Which|Is|Are|Do|Does|Did|Can|Will)\b", target):
        return None
    # a headline question with no inversion: "Jack Ma Summoned by an Indian Court?"
    if target.count("?") == 1 and re.search(r"\?[\"'”’)]*\s*$", target):
        return re.sub(r"\?(?=[\"'”’)]*\s*$)", ".", target), "? -> ."
    return None


_GENDER = {"he": "she", "she": "he", "him": "her", "his": "her", "himself": "herself", "herself": "himself"}


def gender(rng, source, target, ctx) -> Made:
    words = list(re.finditer(r"\b(he|she|him|his|her|himself|herself)\b", target, re.I))
    if not words:
        return None
    out, last = [], 0
    for m in words:
        w = m.group(0)
        low = w.lower()
        if low == "her":
            nxt = re.match(r"\s+([A-Za-z]+)", target[m.end():])
            obj = nxt is None or nxt.group(1).lower() in ("and", "to", "in", "on", "at", "for", "with", "that",
                                                          "as", "from", "by", "of", "about", "after", "before")
            new = "him" if obj else "his"
        else:
            new = _GENDER[low]
        out.append(target[last:m.start()] + _case_like(new, w))
        last = m.end()
    out.append(target[last:])
    text = "".join(out)
    return text, f"{len(words)} pronoun(s) swapped"


def future_past(rng, source, target, ctx) -> Made:
    wills = [m for m in re.finditer(r"\bwill (?:(also|still|further|soon|continue to) )?([a-z]+)\b", target)
             if m.group(2) not in ("not", "be", "have") and _is_verb(m.group(2))]
    bes = list(re.finditer(r"\bwill be\b", target))
    if wills or bes:
        opts = [("w", m) for m in wills] + [("b", m) for m in bes]
        kind, m = rng.choice(opts)
        if kind == "b":
            subj = target[:m.start()].split()
            plural = bool(subj) and (subj[-1].lower() in ("they", "we", "you") or
                                     (subj[-1].endswith("s") and not subj[-1].endswith("ss")))
            new = "were" if plural else "was"
            return target[:m.start()] + new + target[m.end():], f"will be -> {new}"
        verb = m.group(2)
        past = _past(verb)
        if not past:
            return None
        adv = (m.group(1) + " ") if m.group(1) and m.group(1) != "continue to" else ""
        if m.group(1) == "continue to":
            past = "continued to " + verb
        return target[:m.start()] + adv + past + target[m.end():], f"{m.group(0)} -> {adv}{past}"
    cands = _past_verbs(target)
    were = list(re.finditer(r"(?<=[a-z] )(was|were)\b(?! (?:not|to)\b)", target))
    opts = [("p", m) for m in cands] + [("w", m) for m in were]
    if not opts:
        return None
    kind, m = rng.choice(opts)
    if kind == "w":
        return target[:m.start()] + "will be" + target[m.end():], f"{m.group(0)} -> will be"
    base = PAST_TO_BASE[m.group(1)]
    return target[:m.start()] + "will " + base + target[m.end():], f"{m.group(1)} -> will {base}"


_SUBORD = ("after", "before", "since", "when", "while", "although", "though", "because", "as", "once", "if",
           "unless", "until")
_LOWER_OK = ("the", "a", "an", "this", "these", "those", "it", "its", "he", "she", "they", "we", "there", "some",
             "many", "most", "all", "local", "more", "in", "on", "at", "by", "with", "for", "during", "under")


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    return text[0].lower() + text[1:] if first.lower() in _LOWER_OK else text


def shuffled(rng, source, target, ctx) -> Made:
    """Swap what two clauses say, keeping their connective: ``After A, B.``
    -> ``After B, a.``; ``A, and B.`` -> ``B, and a.`` The order of events or
    of cause and effect changes; every word stays."""
    body = target.rstrip()
    end = ""
    m = re.search(r"[.!?][\"'”’)]*$", body)
    if m:
        body, end = body[:m.start()], body[m.start():]
    opts = []
    m = re.match(r"^(\w+) ([^,]{12,}), ([^,]{12,})$", body)
    if m and m.group(1).lower() in _SUBORD:
        a, b = m.group(2), m.group(3)
        opts.append(f"{m.group(1)} {_lower_first(b)}, {_lower_first(a)}")
    for c in re.finditer(r", (and|but|while|so|because|after|before) ", body):
        a, b = body[:c.start()], body[c.end():]
        first = b.split()[0] if b.split() else ""
        if len(a.split()) >= 4 and len(b.split()) >= 4 and "," not in b and "," not in a \
                and (first.lower() in _LOWER_OK or first[:1].isupper()):
            opts.append(b[:1].upper() + b[1:] + f", {c.group(1)} " + _lower_first(a))
    if not opts:
        return None
    return rng.choice(opts) + end, "clauses swapped"


def unrelated(rng, source, target, ctx) -> Made:
    refs = ctx["refs"]
    n = len(target)
    for _ in range(50):
        other = refs[rng.randrange(len(refs))]
        if other != target and 0.7 * n <= len(other) <= 1.3 * n:
            return other, "another segment's reference"
    return None


MAKERS: dict[str, Callable] = {
    "negation-added": negation_added, "negation-removed": negation_removed, "antonym": antonym,
    "clause-added": clause_added, "name-replaced": name_replaced, "name-removed": name_removed,
    "subject-removed": subject_removed, "word-removed": word_removed, "question-statement": question_statement,
    "gender": gender, "future-past": future_past, "shuffled": shuffled, "unrelated": unrelated,
}


def corrupt(rows: Sequence[tuple[str, str]], seed: int = 1, ids: Sequence[int] | None = None,
            types: Sequence[str] = TYPES, all_rows: Sequence[tuple[str, str]] | None = None) -> Iterator[dict]:
    """Corruptions of ``rows`` (source, reference); ``ids`` are their
    1-based segment numbers (default 1..n). ``all_rows`` feeds the name pool
    and the unrelated references (default ``rows``)."""
    pool_rows = all_rows if all_rows is not None else rows
    ctx = {"names": _name_pool(pool_rows), "refs": [t for _, t in pool_rows]}
    ids = list(ids) if ids is not None else list(range(1, len(rows) + 1))
    for kind in types:
        k = TYPES.index(kind)
        rng = random.Random(seed * 1000 + k)
        for n, (source, target) in zip(ids, rows):
            made = MAKERS[kind](rng, source, target, ctx)
            if made is None:
                continue
            text, note = made
            if text == target or not text.strip():
                continue
            yield {"id": str(n), "type": kind, "note": note, "source": source, "clean": target, "target": text}


def load(path: str) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append((rec["source"], next(iter(rec["refs"].values()))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--types", default=",".join(TYPES))
    args = ap.parse_args()
    rows = load(args.corpus)
    for case in corrupt(rows, args.seed, types=args.types.split(",")):
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
