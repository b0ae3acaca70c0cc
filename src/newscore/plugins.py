"""Finding, loading and blocking plugins; a typed view of what they register."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from collections.abc import Callable, Iterable
from typing import Any

import pluggy
from attrs import frozen

from newscore import hookspecs

__all__ = ["CORE_PLUGIN", "DEFAULT_PLUGINS", "ENTRY_POINT_GROUP", "PluginFailure", "Plugins", "disabled_from_env"]

#: The entry-point group newscore loads plugins from. Entry-point name = plugin name.
ENTRY_POINT_GROUP = "newscore.plugins"
#: The core's own plugins, by module name: each module holds its hook implementations beside
#: what they register. Imported by name, so this module imports none of them.
DEFAULT_PLUGINS = (
    "newscore.extractors.people",
    "newscore.readers.text",
    "newscore.readers.json",
    "newscore.exporters.json",
    "newscore.exporters.table",
    "newscore.exporters.html",
    "newscore.exporters.spacy",
    "newscore.exporters.ninjs",
    "newscore.exporters.webanno",
    "newscore.exporters.sqlite",
    "newscore.exporters.parquet",
)
#: The name that disables every default plugin at once (``NEWSCORE_DISABLE_PLUGINS=core``).
CORE_PLUGIN = "core"
_DISABLE_VARIABLE = "NEWSCORE_DISABLE_PLUGINS"


@frozen
class PluginFailure:
    """A plugin that could not be loaded, or whose hook ``hook`` raised, and why."""

    name: str
    message: str
    hook: str | None = None

    def __str__(self) -> str:
        if self.hook is None:
            return f"plugin {self.name!r} failed to load: {self.message}"
        return f"plugin {self.name!r} failed in {self.hook}(): {self.message}"


def disabled_from_env() -> frozenset[str]:
    """Plugin names listed in ``NEWSCORE_DISABLE_PLUGINS`` (comma separated)."""
    raw = os.environ.get(_DISABLE_VARIABLE, "")
    return frozenset(name.strip() for name in raw.split(",") if name.strip())


class Plugins:
    """The plugins of one pipeline: a pluggy manager and typed access to its hooks.

    ``Plugins()`` loads the core's own plugin and every installed entry point not
    disabled; tests pass ``load_entry_points=False`` and register fakes with
    :meth:`register`, so no global state is shared.
    """

    def __init__(
        self,
        *,
        load_entry_points: bool = True,
        disabled: Iterable[str] | None = None,
        include_builtins: bool = True,
    ) -> None:
        self.manager = pluggy.PluginManager("newscore")
        self.manager.add_hookspecs(hookspecs)
        self.disabled = frozenset(disabled_from_env() if disabled is None else disabled)
        self.failures: list[PluginFailure] = []
        self._distributions: dict[str, tuple[str, str]] = {}
        for name in sorted(self.disabled):
            self.manager.set_blocked(name)
        if include_builtins and CORE_PLUGIN not in self.disabled:
            for module in DEFAULT_PLUGINS:
                self.manager.register(importlib.import_module(module), name=module)
        if load_entry_points:
            self._load_entry_points()

    def _load_entry_points(self) -> None:
        for entry_point in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if self.manager.is_blocked(entry_point.name) or self.manager.has_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
                self.manager.register(plugin, name=entry_point.name)
                if entry_point.dist is not None:
                    self._distributions[entry_point.name] = (entry_point.dist.name, entry_point.dist.version)
            except (Exception, SystemExit) as error:  # a broken plugin must not stop the others
                self._fail(entry_point.name, error)

    def _fail(self, name: str, error: BaseException, hook: str | None = None) -> None:
        failure = PluginFailure(name, f"{type(error).__name__}: {error}", hook)
        if failure not in self.failures:  # hooks are asked again: report each fault once
            self.failures.append(failure)

    def register(self, plugin: Any, name: str | None = None) -> None:
        """Register a plugin object or module (unless its name is disabled)."""
        if name is not None and name in self.disabled:
            return
        self.manager.register(plugin, name=name)

    def names(self) -> list[str]:
        """Names of the registered plugins, sorted."""
        return sorted(name for name, plugin in self.manager.list_name_plugin() if plugin is not None)

    def distribution(self, name: str) -> tuple[str, str] | None:
        """The (distribution, version) a plugin came from, when it is installed."""
        return self._distributions.get(name)

    def _call_each(self, hook: Any, handle: Callable[[Callable[..., Any]], None], *, call_order: bool = False) -> None:
        """Hand each plugin's implementation of ``hook`` to ``handle``, one at a time.

        Registration order, or pluggy's own call order (last registered first) with
        ``call_order``. An implementation whose call raises is recorded in
        :attr:`failures` and the others still run.
        """
        implementations = hook.get_hookimpls()
        for implementation in reversed(implementations) if call_order else implementations:
            if implementation.hookwrapper or getattr(implementation, "wrapper", False):
                continue
            try:
                handle(implementation.function)
            except (Exception, SystemExit) as error:  # one plugin's fault is recorded, not raised
                self._fail(implementation.plugin_name, error, hook.name)

    def _collect(self, hook: Any) -> list[Any]:
        """Every item the plugins' implementations of ``hook`` return, in registration order;
        one that raises or returns something that is not a list is recorded in :attr:`failures`."""
        items: list[Any] = []

        def take(function: Callable[[], Any]) -> None:
            result = function()
            if result is None:
                return
            if isinstance(result, (str, bytes, dict)) or not isinstance(result, Iterable):
                raise TypeError(f"returned a {type(result).__name__}, not a list")
            items.extend(result)

        self._call_each(hook, take)
        return items

    def extractors(self) -> list[Any]:
        return self._collect(self.manager.hook.register_extractors)

    def readers(self) -> list[Any]:
        return self._collect(self.manager.hook.register_readers)

    def exporters(self) -> list[Any]:
        return self._collect(self.manager.hook.register_exporters)

    def configure_nlp(self, nlp: Any) -> None:
        """Let every plugin adjust ``nlp``; one that raises is recorded in :attr:`failures`."""
        self._call_each(self.manager.hook.configure_nlp, lambda function: function(nlp=nlp), call_order=True)
