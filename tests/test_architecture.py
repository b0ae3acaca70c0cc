"""The house rules of the code base, checked on the source: a one-way import graph, no private
names borrowed across modules, and no plugin mapping characters to tokens by itself."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "newscore": ROOT / "src" / "newscore",
    **{
        path.name: path
        for plugin in sorted((ROOT / "plugins").glob("*/src"))
        for path in plugin.iterdir()
        if path.is_dir() and (path / "__init__.py").exists()
    },
}


def _module_name(package: str, root: Path, path: Path) -> str:
    parts = [package, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(package, root, path): path
        for package, root in PACKAGES.items()
        for path in sorted(root.rglob("*.py"))
    }


MODULES = _modules()


def _is_core(module: str) -> bool:
    return module.split(".")[0] == "newscore"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that runs, at module level or inside functions; type-only imports left out."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        else:
            yield from _imports(node)


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".")
    is_package = MODULES[module].name == "__init__.py"
    base = package if is_package else package[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _edges() -> dict[str, set[str]]:
    """Which of our modules each of our modules imports (a name imported from a package that is
    a submodule counts as that submodule)."""
    edges: dict[str, set[str]] = {module: set() for module in MODULES}
    for module, path in MODULES.items():
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _resolve(module, node)
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
            edges[module].update(target for target in targets if target in MODULES and target != module)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        stack.append(module)
        for target in sorted(edges[module]):
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[module] = 2
        return None

    for module in sorted(edges):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_the_import_graph_has_no_cycle():
    # A package's __init__ re-exporting its submodules is not a cycle worth refusing, but no
    # submodule may import the package that re-exports it: so every edge counts.
    assert _cycle(_edges()) is None, " -> ".join(_cycle(_edges()) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_core_never_imports_a_plugin():
    plugins = {name for name in PACKAGES if name != "newscore"}
    for module, targets in _edges().items():
        if _is_core(module):
            assert not {target.split(".")[0] for target in targets} & plugins, module


def _private_imports() -> Iterator[str]:
    for module, path in MODULES.items():
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _resolve(module, node)
            if source.split(".")[0] not in PACKAGES:
                continue
            own_package = source.split(".")[0] == module.split(".")[0]
            for alias in node.names:
                private_name = alias.name.startswith("_") and alias.name != "__version__"
                private_module = any(part.startswith("_") and part != "__init__" for part in source.split(".")[1:])
                if private_name or (private_module and not own_package):
                    yield f"{module} imports {alias.name} from {source}"


def test_no_module_imports_another_modules_private_name():
    assert list(_private_imports()) == []


def test_plugins_import_only_the_public_core():
    for module, path in MODULES.items():
        if _is_core(module):
            continue
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            for name in names:
                if name.startswith("newscore."):
                    assert not any(part.startswith("_") for part in name.split(".")), f"{module}: {name}"


#: doc.char_span, or a bisect over token start offsets (``table.idx``, a copy of it).
_TOKEN_MAPPING = re.compile(r"\.char_span\(|bisect\w*\(\s*[\w.]*(?:idx|token_starts)\b")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if not _is_core(m)))
def test_no_plugin_maps_characters_to_tokens_itself(module):
    """Character offsets become tokens through ``TokenTable.token_span``/``token_at`` only."""
    text = MODULES[module].read_text(encoding="utf-8")
    assert _TOKEN_MAPPING.findall(text) == []
