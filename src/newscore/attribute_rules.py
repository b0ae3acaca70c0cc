"""spaCy's attribute ruler applied in bulk: the same annotations in a fraction of the time.

spaCy's ``AttributeRuler`` (in ``en_core_web_sm``: 179 rules mapping tags to coarse parts of
speech and morphology, and lemma and part-of-speech exceptions) runs a ``Matcher`` over the
Doc and then sets each match's attributes with one Python call per token; on news text
that is about a sixth of the whole parse, more than all of newscore's extractors together.

Nearly all of its rules are one-token patterns over a few token attributes (tag, lowercase
form, dependency label), so what the ruler does to a token depends only on those values.
:class:`BulkAttributeRuler` works that out once per distinct combination, keeps it, and
writes a whole Doc's results with one ``Doc.from_array``. Multi-token patterns (``gon na``)
are checked only where their first token fits. Rules it cannot read exactly (operators,
extension attributes, other predicates) make :func:`use_bulk_attribute_ruler` leave the
model's own ruler in place. ``tests/test_attribute_rules.py`` checks it against spaCy's
ruler on generated Docs.

The wrapped ruler stays inside: saving and loading the pipeline go through it unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["FACTORY", "BulkAttributeRuler", "use_bulk_attribute_ruler"]

#: The spaCy factory of the component (the component keeps the name ``attribute_ruler``).
FACTORY = "newscore_bulk_attribute_ruler"

#: Token attributes a rule may test, read as string ids, and the boolean flags.
_STRING_KEYS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})
_FLAG_KEYS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE"})
#: Rule keys tried first when filing a pattern by one of its exact values (the rarest values first).
_FILING_ORDER = ("ORTH", "LOWER", "NORM", "DEP", "TAG")
#: Distinct token signatures kept before the cache starts again (a long run meets ever more words).
_CACHE_LIMIT = 200_000


class _Unsupported(Exception):
    """A rule this module cannot apply exactly as spaCy's Matcher would."""


Test = Callable[[int], bool]


def _test(key: str, value: Any, strings: Any) -> tuple[Test, frozenset[int] | None]:
    """The Matcher's test of one attribute value, and the exact values it accepts (None: any number)."""
    if key in _FLAG_KEYS:
        if not isinstance(value, (bool, int)) or isinstance(value, dict):
            raise _Unsupported(f"{key}: {value!r}")
        wanted = int(bool(value))
        return (lambda found: found == wanted), frozenset({wanted})
    if isinstance(value, str):
        wanted = strings.add(value)
        return (lambda found: found == wanted), frozenset({wanted})
    if isinstance(value, dict) and len(value) == 1:
        ((operator, argument),) = value.items()
        if operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
            values = frozenset(strings.add(v) for v in argument)
            if operator == "IN":
                return values.__contains__, values
            return (lambda found: found not in values), None
        if operator == "REGEX" and isinstance(argument, str):
            pattern = re.compile(argument)
            return (lambda found: pattern.search(strings[found]) is not None), None
    raise _Unsupported(f"{key}: {value!r}")


class _Pattern:
    """One Matcher pattern of one rule, as tests over a token signature."""

    def __init__(self, rule: int, tokens: Sequence[dict[str, Any]], index: int, keys: list[str], strings: Any) -> None:
        self.rule = rule
        if not -len(tokens) <= index < len(tokens):
            raise _Unsupported(f"index {index} outside a pattern of {len(tokens)} tokens")
        self.target = index % len(tokens)
        self.tokens: list[list[tuple[int, Test]]] = []
        self.filed_under: tuple[int, frozenset[int]] | None = None
        for position, spec in enumerate(tokens):
            tests = []
            for raw_key, value in spec.items():
                key = "ORTH" if raw_key.upper() == "TEXT" else raw_key.upper()
                if key not in _STRING_KEYS | _FLAG_KEYS:
                    raise _Unsupported(f"key {raw_key!r}")
                if key not in keys:
                    keys.append(key)
                test, exact = _test(key, value, strings)
                tests.append((keys.index(key), test))
                if position == 0 and exact is not None and key in _FILING_ORDER:
                    rank = _FILING_ORDER.index(key)
                    if self.filed_under is None or rank < _FILING_ORDER.index(keys[self.filed_under[0]]):
                        self.filed_under = (keys.index(key), exact)
            self.tokens.append(tests)

    def fits(self, signature: Sequence[int], position: int = 0) -> bool:
        return all(test(signature[column]) for column, test in self.tokens[position])


class _CompiledRules:
    """An ``AttributeRuler``'s rules compiled for bulk use; raises :class:`_Unsupported` for a rule
    it cannot apply exactly as spaCy's Matcher would."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        keys: list[str] = []
        patterns: list[_Pattern] = []
        entries: list[Any] = list(ruler.patterns)
        for rule, entry in enumerate(entries):
            if any(not isinstance(key, int) for key in ruler.attrs[rule]):
                raise _Unsupported("extension attributes")
            for tokens in entry["patterns"]:
                if not tokens or any("OP" in spec or "op" in spec for spec in tokens):
                    raise _Unsupported("an operator")
                patterns.append(_Pattern(rule, tokens, entry.get("index", 0), keys, strings))
        if patterns and not keys:
            raise _Unsupported("patterns that test no attribute")
        self._keys = keys  # Doc.to_array takes attribute names
        self._set_ids = sorted({attribute for attrs in ruler.attrs for attribute in attrs})
        self._attrs = [dict(attrs) for attrs in ruler.attrs]
        self._multi = [pattern for pattern in patterns if len(pattern.tokens) > 1]
        # one-token patterns filed by an exact value of theirs, so a new signature tries only a few
        self._filed: dict[tuple[int, int], list[_Pattern]] = {}
        self._unfiled: list[_Pattern] = []
        for pattern in patterns:
            if len(pattern.tokens) > 1:
                continue
            if pattern.filed_under is None:
                self._unfiled.append(pattern)
                continue
            column, values = pattern.filed_under
            for value in values:
                self._filed.setdefault((column, value), []).append(pattern)
        self._columns = range(len(keys))
        self._rules_of: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._starts_of: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}
        self._outcome_of: dict[tuple[int, ...], int] = {}
        self._values: list[list[int]] = []
        self._set: list[list[bool]] = []
        # the two lists above as arrays, made again only when a new outcome has been added
        self._tables: tuple[Any, Any] = (numpy.zeros((0, len(self._set_ids)), numpy.uint64), numpy.zeros((0, 0), bool))

    # --- what a token gets ---------------------------------------------------------------------

    def _rules(self, signature: tuple[int, ...]) -> tuple[int, ...]:
        """The rules whose one-token patterns fit a token with these attribute values."""
        candidates = list(self._unfiled)
        for column in self._columns:
            candidates.extend(self._filed.get((column, signature[column]), ()))
        return tuple(sorted({pattern.rule for pattern in candidates if pattern.fits(signature)}))

    def _outcome(self, rules: tuple[int, ...]) -> int:
        """The row of values (and which are set) the rules give a token, later rules overriding."""
        row = self._outcome_of.get(rules)
        if row is None:
            found: dict[int, int] = {}
            for rule in rules:
                found.update(self._attrs[rule])
            row = self._outcome_of[rules] = len(self._values)
            self._values.append([found.get(attribute, 0) for attribute in self._set_ids])
            self._set.append([attribute in found for attribute in self._set_ids])
        return row

    def _multi_rules(self, signatures: list[tuple[int, ...]]) -> dict[int, list[int]]:
        """Token position → the rules of multi-token patterns matched there (on their target token)."""
        extra: dict[int, list[int]] = {}
        starts_of = self._starts_of
        for start, signature in enumerate(signatures):
            starts = starts_of.get(signature)
            if starts is None:
                starts = starts_of[signature] = tuple(p for p in self._multi if p.fits(signature))
            for pattern in starts:
                end = start + len(pattern.tokens)
                if end <= len(signatures) and all(
                    pattern.fits(signatures[start + offset], offset) for offset in range(1, len(pattern.tokens))
                ):
                    extra.setdefault(start + pattern.target, []).append(pattern.rule)
        return extra

    def apply(self, doc: Doc) -> None:
        """Set on ``doc`` what the rules give each of its tokens."""
        if not len(doc) or not self._keys:  # no rules: nothing to do
            return
        if len(self._rules_of) > _CACHE_LIMIT:
            self._rules_of.clear()
            self._starts_of.clear()
        table: Any = doc.to_array(list[int | str](self._keys)).reshape(len(doc), -1)
        signatures: list[tuple[int, ...]] = [tuple(row) for row in table.tolist()]
        rules_of = self._rules_of
        token_rules: list[tuple[int, ...]] = []
        for signature in signatures:
            rules = rules_of.get(signature)
            if rules is None:
                rules = rules_of[signature] = self._rules(signature)
            token_rules.append(rules)
        if self._multi:
            for position, extra in self._multi_rules(signatures).items():
                token_rules[position] = tuple(sorted({*token_rules[position], *extra}))
        rows = numpy.fromiter((self._outcome(rules) for rules in token_rules), dtype=numpy.int64, count=len(doc))
        if len(self._tables[0]) != len(self._values):
            self._tables = (numpy.asarray(self._values, dtype=numpy.uint64), numpy.asarray(self._set, dtype=bool))
        values, chosen = self._tables
        current = doc.to_array(self._set_ids).reshape(len(doc), -1)
        merged: Any = numpy.where(chosen[rows], values[rows], current)
        doc.from_array(self._set_ids, merged)


class BulkAttributeRuler:
    """A spaCy component giving exactly what the wrapped ``AttributeRuler`` gives, in bulk."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.ruler: AttributeRuler | None = None
        self._compiled: _CompiledRules | None = None

    def wrap(self, ruler: AttributeRuler) -> None:
        """Take over ``ruler``'s rules; raises :class:`ValueError` when one cannot be applied in bulk."""
        try:
            self._adopt(ruler, _CompiledRules(ruler))
        except _Unsupported as error:
            raise ValueError(f"the attribute ruler has a rule this component cannot apply: {error}") from None

    def _adopt(self, ruler: AttributeRuler, compiled: _CompiledRules) -> None:
        self.ruler, self._compiled = ruler, compiled

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled is None:
            raise ValueError(f"{self.name}: no attribute ruler wrapped; call wrap(ruler) first")
        self._compiled.apply(doc)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    # --- saving and loading: the wrapped ruler's own --------------------------------------------

    def _wrapped(self) -> AttributeRuler:
        if self.ruler is None:
            raise ValueError(f"{self.name}: no attribute ruler wrapped")
        return self.ruler

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self._wrapped().to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> BulkAttributeRuler:
        self.wrap(self._wrapped().from_bytes(data, exclude=exclude))
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        self._wrapped().to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> BulkAttributeRuler:
        self.wrap(self._wrapped().from_disk(path, exclude=exclude))
        return self


def _make(nlp: Language, name: str) -> BulkAttributeRuler:
    return BulkAttributeRuler(nlp, name)


def _register() -> None:
    import catalogue
    from spacy.language import Language

    if not catalogue.check_exists("spacy", "factories", FACTORY):  # factory names are process-global
        Language.factory(FACTORY, assigns=["token.pos", "token.tag", "token.dep", "token.lemma", "token.morph"])(_make)


def use_bulk_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a :class:`BulkAttributeRuler` in place of ``nlp``'s attribute ruler ``name``, if it has
    one whose every rule the bulk version applies exactly; True when it did."""
    from spacy.pipeline import AttributeRuler

    if name not in nlp.pipe_names or name in nlp.disabled:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return False
    try:
        compiled = _CompiledRules(ruler)  # once, before the model's ruler leaves the pipeline
    except _Unsupported:
        return False
    _register()
    bulk = nlp.replace_pipe(name, FACTORY)
    assert isinstance(bulk, BulkAttributeRuler)
    bulk._adopt(ruler, compiled)
    return True
