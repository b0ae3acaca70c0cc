"""Extractor options: what an extractor declares it can be set to, and setting it.

An extractor declares ``options``, a tuple of :class:`Option` (name, type, default, help);
an extractor without the attribute has none. Each option is a keyword argument of the
extractor's class: an extractor given values is rebuilt as ``type(extractor)(**values)``,
every declared option passed (its default where no value is given).

Values are keyed by extractor name then option name, ``{"locations": {"include_demonyms":
True}}``, or flat, ``{"locations.include_demonyms": True}``. A value given as text
(``--option locations.include_demonyms=yes``) is read by the option's type. Anything
unknown or of the wrong type raises one :class:`~newscore.errors.OptionError` naming the
option and what it expects.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import field, frozen

from newscore.errors import OptionError

__all__ = ["OPTION_TYPES", "Option", "OptionValues", "configure_extractors", "normalize_options", "options_of"]

#: The types an option may have (what TOML and a command line can both say).
OPTION_TYPES: tuple[type, ...] = (bool, int, float, str)
#: Option values: extractor name -> option name -> value.
OptionValues = Mapping[str, Mapping[str, Any]]

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_TYPE_WORDS = {bool: "a bool (true or false)", int: "an integer", float: "a number", str: "a string"}


def _option_type(instance: Any, attribute: Any, value: Any) -> None:
    if value not in OPTION_TYPES:
        raise TypeError(f"an option's type must be one of bool, int, float, str; got {value!r}")


@frozen
class Option:
    """One setting an extractor accepts: ``name`` (a keyword argument of its class), ``type``
    (bool, int, float or str), ``default`` and a one-line ``help``; ``choices`` limits the
    values allowed, where given."""

    name: str = field()
    type: type = field(validator=_option_type)
    default: Any = field()
    help: str = field(default="")
    choices: tuple[Any, ...] | None = field(default=None)

    @name.validator
    def _identifier(self, attribute: Any, value: Any) -> None:
        if not isinstance(value, str) or not value.isidentifier():
            raise ValueError(f"an option's name must be an identifier, got {value!r}")

    def __attrs_post_init__(self) -> None:
        self.coerce(self.default, f"the default of option {self.name!r}")

    @property
    def expects(self) -> str:
        """What a value must be, in words (``a bool (true or false)``, ``one of: a, b``)."""
        if self.choices is not None:
            return "one of: " + ", ".join(_shown(choice) for choice in self.choices)
        return _TYPE_WORDS[self.type]

    def coerce(self, value: Any, label: str | None = None) -> Any:
        """``value`` as this option's type: text is read by the type (``"yes"`` for a bool);
        anything else must already have it (an int will do for a float)."""
        label = label or f"option {self.name!r}"
        converted = self._read_text(value, label) if isinstance(value, str) and self.type is not str else value
        if self.type is float and isinstance(converted, int) and not isinstance(converted, bool):
            converted = float(converted)
        if (isinstance(converted, bool) and self.type is not bool) or not isinstance(converted, self.type):
            raise OptionError(f"{label} expects {self.expects}, got {_shown(value)}")
        if isinstance(converted, float) and not math.isfinite(converted):
            raise OptionError(f"{label} expects a finite number, got {_shown(value)}")
        if self.choices is not None and converted not in self.choices:
            raise OptionError(f"{label} expects {self.expects}, got {_shown(value)}")
        return converted

    def _read_text(self, text: str, label: str) -> Any:
        word = text.strip().lower()
        if self.type is bool:
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
        else:
            try:
                return self.type(text.strip())
            except ValueError:
                pass
        raise OptionError(f"{label} expects {self.expects}, got {_shown(text)}")


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def options_of(extractor: Any) -> tuple[Option, ...]:
    """The options ``extractor`` declares (none if it has no ``options`` attribute)."""
    declared = getattr(extractor, "options", ())
    options = tuple(declared or ())
    for option in options:
        if not isinstance(option, Option):
            raise TypeError(f"extractor {extractor.name!r}: options must hold newscore.Option values")
    return options


def normalize_options(values: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """``values`` keyed by extractor then option, whether given nested or as ``"extractor.option"`` keys."""
    nested: dict[str, dict[str, Any]] = {}
    for key, value in (values or {}).items():
        if not isinstance(key, str) or not key:
            raise OptionError(f"option names are text such as 'locations.include_demonyms', got {key!r}")
        if isinstance(value, Mapping):
            for name, item in value.items():
                nested.setdefault(key, {})[str(name)] = item
            continue
        extractor, dot, name = key.partition(".")
        if not dot or not extractor or not name:
            raise OptionError(
                f"option {key!r} must be written EXTRACTOR.NAME (as in locations.include_demonyms), "
                "or be a table of an extractor's options"
            )
        nested.setdefault(extractor, {})[name] = value
    return nested


def configure_extractors(
    extractors: Iterable[Any], values: Mapping[str, Any] | None, *, ignored: Iterable[str] = ()
) -> list[Any]:
    """``extractors`` with ``values`` applied: an extractor given any is rebuilt from its options.

    Values for an extractor named in ``ignored`` (a disabled plugin) are dropped; values for
    any other unknown extractor or option, or of the wrong type, raise :class:`OptionError`.
    """
    given = normalize_options(values)
    extractors = list(extractors)
    by_name = {extractor.name: extractor for extractor in extractors}
    skipped = frozenset(ignored)
    for name, settings in given.items():
        if name not in by_name and name not in skipped:
            having = sorted(extractor.name for extractor in extractors if options_of(extractor))
            first = f"{name}.{next(iter(settings), '')}"
            raise OptionError(
                f"unknown option {first}: no extractor is named {name!r} "
                f"(extractors with options: {', '.join(having) or 'none'})",
                first,
            )
    configured = []
    for extractor in extractors:
        values = given.get(extractor.name)
        configured.append(_rebuilt(extractor, values) if values else extractor)
    return configured


def _rebuilt(extractor: Any, settings: Mapping[str, Any]) -> Any:
    declared = {option.name: option for option in options_of(extractor)}
    for name in settings:
        if name not in declared:
            takes = ", ".join(f"{option.name} ({option.type.__name__})" for option in declared.values())
            raise OptionError(
                f"unknown option {extractor.name}.{name}; {extractor.name} takes "
                f"{takes or 'no options'} (see `newscore plugins`)",
                f"{extractor.name}.{name}",
            )
    values = {}
    for name, option in declared.items():
        label = f"{extractor.name}.{name}"
        try:
            values[name] = option.coerce(settings[name], f"option {label}") if name in settings else option.default
        except OptionError as error:
            raise OptionError(str(error), label) from None
    try:
        return type(extractor)(**values)
    except Exception as error:  # the class refused a value its options allowed: still the user's setting
        shown = ", ".join(f"{name}={_shown(value)}" for name, value in values.items())
        raise OptionError(f"extractor {extractor.name!r} cannot be built with {shown}: {error}") from error
