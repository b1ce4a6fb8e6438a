"""Dependencies point one way: a package imports only from its own layer or those below it.

The layers, lowest first, as the README's architecture section draws them. Every import counts,
also one inside a function (imported on use is still a dependency); only imports under
``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "qda"
LAYERS = [
    {"qda", "allocator", "errors", "files", "parallel", "safe_files", "safe_yaml", "settings", "tabular", "untrusted",
     "store"},
    {"ingest", "codebook", "filters", "corpus"},
    {"coding"},
    {"analysis", "agreement", "assist", "findings", "exchange"},
    {"report", "anonymize"},
    {"pipeline", "face", "project"},
    {"tui", "cli"},
]
LAYER = {name: number for number, names in enumerate(LAYERS) for name in names}


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "qda"


def _imports(tree: ast.AST):
    """Imported qda modules, skipping ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qda" and node.level == 0:
            yield node.module, node.lineno
        elif isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names if alias.name.split(".")[0] == "qda")
        yield from _imports(node)


def test_every_package_has_a_layer():
    packages = {path.stem if path.is_file() else path.name for path in PACKAGE.iterdir()
                if (path.suffix == ".py" or (path / "__init__.py").exists()) and path.name != "__init__.py"}
    assert packages - set(LAYER) == set()


def test_imports_point_down_the_layers():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for target, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            source, imported = package_of(module), package_of(target)
            if LAYER[imported] > LAYER[source]:
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {source} imports {target}")
    assert upward == []
