"""JSON values that cannot change: what ``Article.extras`` and ``Entity.attributes`` hold.

:func:`freeze` turns a JSON-like value into one that can always be written as valid JSON
and cannot be changed behind the frozen object that holds it:

* objects become :class:`FrozenDict` (a ``dict`` whose changing methods raise
  ``TypeError``), lists and tuples become tuples;
* ``NaN`` and infinities become ``None`` (JSON has no such numbers), numbers of other
  types (``numpy.int64``, ``Fraction``) become ``int`` or ``float``;
* a lone surrogate in a string or key becomes U+FFFD (UTF-8 cannot encode it);
* anything else (an ``object()``, a set, bytes, a key that is not a string, nesting
  deeper than :data:`MAX_DEPTH`) is refused with ``TypeError`` or ``ValueError`` saying
  where it is.

:func:`thaw` gives the plain ``dict``/``list`` form back, for ``to_dict``. This module
imports nothing from newscore, so the data model can use it.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from typing import Any, NoReturn

__all__ = ["MAX_DEPTH", "FrozenDict", "freeze", "freeze_mapping", "thaw", "valid_text"]

#: How deeply lists and objects may nest in ``extras`` and ``attributes`` (as for input JSON).
MAX_DEPTH = 32
_REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Python refuses to turn an int of more digits than this into text, so json.dumps would fail.
_MAX_INT_BITS = 14_000


def valid_text(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub(_REPLACEMENT, text) if _SURROGATE.search(text) else text


class FrozenDict(dict[str, Any]):
    """A ``dict`` that cannot be changed once made: JSON objects inside frozen value objects.

    It is a real ``dict`` (``json.dumps`` and ``isinstance(x, dict)`` work); every method
    that would change it raises ``TypeError``. Make a changed copy with ``dict(x)``.
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this mapping is frozen (extras and attributes cannot change); build a new one")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as a plain dict inside, so unpickling never mutates
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"


_EMPTY = FrozenDict()


def freeze_mapping(value: Mapping[str, Any] | None, where: str = "value") -> FrozenDict:
    """``value`` (``None``: empty) as a :class:`FrozenDict` of frozen JSON values; see :func:`freeze`."""
    if value is None:
        return _EMPTY
    if isinstance(value, FrozenDict):
        return value  # made by freeze: already checked and unchangeable
    if not isinstance(value, Mapping):
        raise TypeError(f"{where} must be a mapping of JSON values, got {type(value).__name__}")
    frozen = freeze(value, where)
    assert isinstance(frozen, FrozenDict)
    return frozen


def freeze(value: Any, where: str = "value", depth: int = 1) -> Any:
    """``value`` as an unchangeable JSON value; ``where`` names it in errors (``attributes['x']``)."""
    if value is None or isinstance(value, (bool, str)):
        return valid_text(value) if isinstance(value, str) else value
    if isinstance(value, numbers.Number):
        return _number(value, where)
    if depth > MAX_DEPTH:
        raise ValueError(f"{where} is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, Mapping):
        items = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where} has the key {key!r}, a {type(key).__name__}; JSON keys are strings")
            items[valid_text(key)] = freeze(item, f"{where}[{key!r}]", depth + 1)
        return FrozenDict(items)
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item, f"{where}[{index}]", depth + 1) for index, item in enumerate(value))
    _not_json(value, where)


def _number(value: numbers.Number, where: str) -> int | float | None:
    if isinstance(value, numbers.Integral):
        number = int(value)
        if number.bit_length() > _MAX_INT_BITS:
            raise ValueError(f"{where} is an integer too large to write as JSON")
        return number
    if isinstance(value, numbers.Real):
        real = float(value)
        return real if math.isfinite(real) else None  # JSON has no NaN or infinity
    _not_json(value, where)


def _not_json(value: Any, where: str) -> NoReturn:
    raise TypeError(
        f"{where} holds a {type(value).__name__}, which is not a JSON value "
        "(null, true/false, a number, a string, a list or an object with string keys)"
    )


def thaw(value: Any) -> Any:
    """A frozen value as plain JSON-ready Python: ``dict`` for objects, ``list`` for lists."""
    if isinstance(value, dict):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [thaw(item) for item in value]
    return value
