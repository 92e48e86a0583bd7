"""The model's attribute ruler and rule lemmatizer, and our entity ruler's exact-word patterns, run as
table look-ups: the same annotations, cheaper.

spaCy's `AttributeRuler` runs its ~180 one- and two-token patterns through a `Matcher` that tries every
pattern at every token, and its rule `Lemmatizer` builds a Python `Token` per word; together they cost
about a fifth of a parse of news text (docs/performance.md). Both are deterministic functions of a few
token attributes, so:

- `AttributeTable` indexes the ruler's patterns by the most selective value one of their tokens must
  have, reads the attributes the patterns test as integer columns (`Doc.to_array`), applies the matches
  in the ruler's order (later patterns win) and writes the results back with `Doc.from_array`.
- `LemmaTable` asks spaCy's lemmatizer once per (word, part of speech, morphology) and keeps the answer:
  the rule lemmatizer reads nothing else.
- `OrthSequences` finds an entity ruler's token patterns that are runs of exact words by looking the
  words up (`look_up_exact_words`).

Each is built from the loaded component and replaces it only when every pattern (or the lemmatizer's
mode and class) is one whose meaning is reproduced here; otherwise spaCy's own stays. Equality of the
annotations is checked against spaCy's components in tests/test_token_tables.py.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id

# Pattern attributes whose matcher value is a string's hash (or a flag's 0/1), as `Doc.to_array` reads
# them. POS, MORPH, ENT_* and SENT_START compare otherwise in the Matcher and are not reproduced.
STRING_ATTRIBUTES = frozenset(
    {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"}
)
FLAG_PREFIXES = ("IS_", "LIKE_")
# Annotations a rule may set, written back with `Doc.from_array` (the ruler also writes lexeme fields,
# which none of these is).
SETTABLE = frozenset({POS, TAG, MORPH, LEMMA, DEP})
# Entries each look-up cache (a row's rules, a word's lemma, a hash's string) holds before it is
# cleared, so that their memory stays bounded over a long build.
CACHE_SIZE = 50_000


class Unsupported(ValueError):
    """A pattern or component this module does not reproduce exactly; the model's own stays."""


@dataclass(frozen=True, slots=True)
class TokenTest:
    """What one token of a pattern must have, each test a pair: `equals` (column, value); `within` /
    `outside` (column, frozenset of values) for IN / NOT_IN; `searches` (column, compiled REGEX)."""

    equals: tuple[tuple[int, int], ...]
    within: tuple[tuple[int, frozenset], ...]
    outside: tuple[tuple[int, frozenset], ...]
    searches: tuple[tuple[int, re.Pattern], ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One alternative of one ruler entry: the tokens it matches, the entry's order (later wins), the
    matched token it annotates (an index into the match, negative from its end) and what it sets."""

    order: int
    tokens: tuple[TokenTest, ...]
    index: int
    sets: tuple[tuple[int, int], ...]  # (attribute id, value as the ruler normalised it)


def attribute_id(name: str) -> int:
    """A pattern key as the Matcher reads it; raises Unsupported for keys compared otherwise."""
    name = name.upper()
    if name in STRING_ATTRIBUTES or (name.startswith(FLAG_PREFIXES) and name in IDS):
        return ORTH if name == "TEXT" else IDS[name]
    raise Unsupported(f"pattern attribute {name}")


def value_id(value) -> int:
    """A pattern value as the Matcher compares it: strings by hash, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str | int):
        return get_string_id(value)
    raise Unsupported(f"pattern value {value!r}")


def compile_token(spec: dict, columns: list[int]) -> TokenTest:
    """A Matcher token pattern as a TokenTest over `columns` (extended with the attributes it reads)."""

    def column(name: str) -> int:
        attr = attribute_id(name)
        if attr not in columns:
            columns.append(attr)
        return columns.index(attr)

    equals, within, outside, searches = [], [], [], []
    for name, value in spec.items():
        if not isinstance(value, dict):
            equals.append((column(name), value_id(value)))
            continue
        for operator, operand in value.items():
            if operator == "IN":
                within.append((column(name), frozenset(value_id(v) for v in operand)))
            elif operator == "NOT_IN":
                outside.append((column(name), frozenset(value_id(v) for v in operand)))
            elif operator == "REGEX" and isinstance(operand, str):
                searches.append((column(name), re.compile(operand)))
            else:
                raise Unsupported(f"pattern operator {operator}")
    return TokenTest(tuple(equals), tuple(within), tuple(outside), tuple(searches))


def compile_rules(ruler: AttributeRuler) -> tuple[list[Rule], list[int]]:
    """The ruler's entries as Rules, and the token columns they read. Raises Unsupported."""
    columns: list[int] = []
    rules: list[Rule] = []
    for order, entry in enumerate(ruler.patterns):
        # The ruler's own normalised values (`ruler.attrs`): POS as its symbol, MORPH through the
        # morphology table, other strings by hash; set on the token exactly as the ruler sets them.
        sets = tuple(ruler.attrs[order].items())
        if any(attr not in SETTABLE for attr, _ in sets):
            raise Unsupported(f"rule sets {sorted(entry['attrs'])}")
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise Unsupported("a phrase or empty pattern")
            if not -len(pattern) <= entry["index"] < len(pattern):
                raise Unsupported("an index outside its pattern")
            tokens = tuple(compile_token(spec, columns) for spec in pattern)
            rules.append(Rule(order, tokens, entry["index"], sets))
    return rules, columns


# Columns whose values few tokens share, preferred as a rule's index key (a word before its tag).
SELECTIVE = (ORTH, IDS["LOWER"], IDS["NORM"], LEMMA)


def index_keys(rule: Rule, columns: list[int]) -> tuple[int, list[tuple[int, int]]] | None:
    """(position in the rule, [(column, value)]): one of these values the token at that position must
    have, the most selective test the rule makes; None when no token has an equality or IN test."""
    choices = []
    for position, test in enumerate(rule.tokens):
        for column, value in test.equals:
            choices.append((columns[column] not in SELECTIVE, 1, position, [(column, value)]))
        for column, values in test.within:
            choices.append(
                (columns[column] not in SELECTIVE, len(values), position, [(column, v) for v in values])
            )
    if not choices:
        return None
    *_, position, keys = min(choices, key=lambda choice: choice[:3])
    return position, keys


class AttributeTable:
    """The model's attribute ruler as indexed look-ups (see the module's docstring). Callable on a Doc.

    Matches are applied as the ruler applies them: sorted by rule order, so that a later rule's value
    wins on the token both annotate. One-token rules depend on the token's row alone, so what they set is
    worked out once per distinct row; longer rules are found from their most selective token."""

    def __init__(self, ruler: AttributeRuler):
        rules, self.columns = compile_rules(ruler)
        self.vocab = ruler.vocab
        self.written = sorted({attr for rule in rules for attr, _ in rule.sets})
        self.single: dict[tuple[int, int], list[Rule]] = {}
        self.single_unkeyed: list[Rule] = []
        self.longer: dict[tuple[int, int], list[tuple[int, Rule]]] = {}
        self.longer_unkeyed: list[Rule] = []
        for rule in rules:
            keyed = index_keys(rule, self.columns)
            if len(rule.tokens) == 1:
                for key in keyed[1] if keyed else ():
                    self.single.setdefault(key, []).append(rule)
                if not keyed:
                    self.single_unkeyed.append(rule)
            else:
                for key in keyed[1] if keyed else ():
                    self.longer.setdefault(key, []).append((keyed[0], rule))
                if not keyed:
                    self.longer_unkeyed.append(rule)
        self.longer_columns = sorted({column for column, _ in self.longer})
        self._row_rules: dict[tuple, tuple[Rule, ...]] = {}  # a row -> its one-token rules, in order
        self._strings: dict[int, str] = {}  # hash -> string, for REGEX tests

    def _passes(self, test: TokenTest, row: tuple) -> bool:
        if any(row[column] != value for column, value in test.equals):
            return False
        if any(row[column] not in values for column, values in test.within):
            return False
        if any(row[column] in values for column, values in test.outside):
            return False
        for column, regex in test.searches:
            string = self._strings.get(row[column])
            if string is None:
                if len(self._strings) >= CACHE_SIZE:
                    self._strings.clear()
                string = self._strings[row[column]] = self.vocab.strings[row[column]]
            if not regex.search(string):
                return False
        return True

    def _one_token_rules(self, row: tuple) -> tuple[Rule, ...]:
        found = self._row_rules.get(row)
        if found is None:
            if len(self._row_rules) >= CACHE_SIZE:
                self._row_rules.clear()
            candidates = [*self.single_unkeyed]
            for column, value in enumerate(row):
                candidates.extend(self.single.get((column, value), ()))
            found = tuple(
                sorted({r for r in candidates if self._passes(r.tokens[0], row)}, key=lambda r: r.order)
            )
            self._row_rules[row] = found
        return found

    def _longer_matches(self, rows: list[tuple]) -> list[tuple[int, int, int, Rule]]:
        """(order, start, end, rule) of every match of a rule longer than one token."""
        found = set()
        for i, row in enumerate(rows):
            candidates = [(0, rule) for rule in self.longer_unkeyed]
            for column in self.longer_columns:
                candidates.extend(self.longer.get((column, row[column]), ()))
            for position, rule in candidates:
                start, end = i - position, i - position + len(rule.tokens)
                inside = start >= 0 and end <= len(rows)
                if inside and all(self._passes(test, rows[start + k]) for k, test in enumerate(rule.tokens)):
                    found.add((rule.order, start, end, rule))
        return sorted(found, key=lambda match: match[:3])

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = [tuple(row) for row in doc.to_array(self.columns).reshape(len(doc), -1).tolist()]
        values = doc.to_array(self.written).reshape(len(doc), len(self.written)).tolist()
        position = {attr: k for k, attr in enumerate(self.written)}
        # A token a longer rule annotates takes its one-token rules and the longer ones in rule order.
        merged: dict[int, list[Rule]] = {}
        for _, start, end, rule in self._longer_matches(rows) if self.longer or self.longer_unkeyed else ():
            target = (start if rule.index >= 0 else end) + rule.index
            merged.setdefault(target, list(self._one_token_rules(rows[target]))).append(rule)
        for i, row in enumerate(rows):
            token_values = values[i]
            rules = sorted(merged[i], key=lambda r: r.order) if i in merged else self._one_token_rules(row)
            for rule in rules:
                for attr, value in rule.sets:
                    token_values[position[attr]] = value
        doc.from_array(self.written, np.array(values, dtype=np.uint64))
        return doc


class LemmaTable:
    """The model's rule lemmatizer, asked once per (word, part of speech, morphology). Callable on a Doc."""

    def __init__(self, lemmatizer: Lemmatizer):
        modes = ("rule", "lookup")
        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode not in modes:
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__} in mode {lemmatizer.mode}")
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        # The rule lemmatizer only asks whether a form is in its part of speech's index, a list of up to
        # 58,000 words searched from the start: as sets, a miss of the cache costs microseconds, not a
        # tenth of a millisecond. A copy of the lemmatizer gets them; the model's own is left as it was.
        if "lemma_index" in lemmatizer.lookups.tables:
            lemmatizer = with_index_sets(lemmatizer)
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        lemmatizer = self.lemmatizer
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                if len(self.cache) >= CACHE_SIZE:
                    self.cache.clear()
                    lemmatizer.cache.clear()  # spaCy's own cache of the rule lemmatizer, filled on our misses
                found = self.cache[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.astype(np.uint64))
        return doc


def with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of a rule lemmatizer whose "lemma_index" lists are sets (its other tables shared)."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table.from_dict({pos: frozenset(forms) for pos, forms in table.items()}, name=name)
        lookups.set_table(name, table)
    twin = copy.copy(lemmatizer)
    twin.lookups, twin.cache = lookups, {}
    twin.lemmatize = getattr(twin, f"{twin.mode}_lemmatize")  # bound to the copy, as spaCy binds it
    return twin


class OrthSequences:
    """An entity ruler's token patterns when each is a run of exact words (ORTH only), matched by looking
    each word up: spaCy's `Matcher` tries every pattern at every token and builds a Python Token for each.
    Called on a Doc, returns (match id, start, end), each match once, by end and then start, as the
    Matcher returns them. Refused (Unsupported) when one run of words is under two keys (labels or ids):
    the ruler picks among equal spans by their order in a set, which this would not reproduce."""

    def __init__(self, ruler):
        self.by_first_word: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        keys_of: dict[tuple[int, ...], int] = {}
        for key, patterns in ruler.token_patterns.items():
            for pattern in patterns:
                if not pattern or any(
                    list(spec) != ["ORTH"] or not isinstance(spec["ORTH"], str) for spec in pattern
                ):
                    raise Unsupported("an entity ruler token pattern other than exact words")
                words = tuple(get_string_id(spec["ORTH"]) for spec in pattern)
                match_id = ruler.nlp.vocab.strings.add(key)
                if keys_of.setdefault(words, match_id) != match_id:
                    raise Unsupported(f"the words of {pattern} under two keys")
                if (match_id, words) not in self.by_first_word.get(words[0], []):
                    self.by_first_word.setdefault(words[0], []).append((match_id, words))

    def __call__(self, doc, **_):
        words = doc.to_array([ORTH]).ravel().tolist()
        found = []
        for start, word in enumerate(words):
            for key, sequence in self.by_first_word.get(word, ()):
                end = start + len(sequence)
                if end <= len(words) and tuple(words[start:end]) == sequence:
                    found.append((end, start, key))
        return [(key, start, end) for end, start, key in sorted(found)]

    def add(self, *_, **__):
        raise RuntimeError(
            "the entity ruler's token patterns are fixed once looked up by word (token_tables)"
        )

    remove = add


def replace_with_tables(nlp: Language) -> list[str]:
    """Swap the model's attribute ruler and lemmatizer for their table versions, under the same names,
    where they are reproduced exactly. Returns the names of the components replaced."""
    replaced = []
    for name, table_of in (("attribute_ruler", AttributeTable), ("lemmatizer", LemmaTable)):
        if name not in nlp.pipe_names:
            continue
        try:
            table = table_of(nlp.get_pipe(name))
        except Unsupported:
            continue
        nlp.replace_pipe(name, "token_table")  # same name, same place in the pipeline
        nlp.get_pipe(name).table = table
        replaced.append(name)
    return replaced


def look_up_exact_words(ruler) -> bool:
    """Give an entity ruler whose token patterns are all runs of exact words an `OrthSequences` in place
    of its Matcher (call it once the patterns are added). Returns whether it did."""
    try:
        ruler.matcher = OrthSequences(ruler)
    except Unsupported:
        return False
    return True


class TableComponent:
    """A pipeline slot for a table above (spaCy components are made by factories; the table is set after)."""

    def __init__(self):
        self.table = None

    def __call__(self, doc):
        if self.table is None:  # a pipeline saved with `to_disk` and loaded again: the table is not saved
            raise RuntimeError(
                "a table component is built by pipeline.nlp.load_nlp(); load the pipeline with it"
            )
        return self.table(doc)


@Language.factory("token_table")
def token_table(nlp, name):
    return TableComponent()
