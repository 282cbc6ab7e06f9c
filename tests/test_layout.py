"""The package's imports run one way along the flow, text → actors → claims → events → extract
and tables → corpus, evaluation and engines → site → cli, and no module takes part in a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from dossier.config import PACKAGE

#: The rank of each subpackage or top-level module: a module may import only from ranks at or
#: below its own. Base modules (configuration, errors, the schema) are importable from anywhere.
RANKS = {
    "dossier": 0, "dossier.config": 0, "dossier.errors": 0, "dossier.records": 0,
    "dossier.text": 1,
    "dossier.actors": 2,
    "dossier.claims": 3,
    "dossier.events": 4,
    "dossier.extract": 5, "dossier.tables": 5,
    "dossier.corpus": 6, "dossier.engines": 6, "dossier.evaluation": 6,
    "dossier.site": 7,
    "dossier.cli": 8,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _unit(module: str) -> str:
    """The subpackage or top-level module ``module`` belongs to."""
    parts = module.split(".")
    return ".".join(parts[:2])


def imports(module: str) -> set[str]:
    """Every dossier module ``module`` imports, at the top or inside a function, resolved to a module."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("dossier"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            if not base.startswith("dossier"):
                continue
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in MODULES else base)
    return {m for m in found if m in MODULES and m != module}


def test_every_module_belongs_to_a_ranked_unit():
    assert sorted({_unit(m) for m in MODULES} - set(RANKS)) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_nothing_later_in_the_flow(module):
    rank = RANKS[_unit(module)]
    later = sorted(m for m in imports(module) if RANKS[_unit(m)] > rank)
    assert later == [], f"{module} imports {later}, which come later in the flow"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles of ``graph`` (module -> modules it imports), each as a closed path."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                found.append(path[path.index(n):] + [n])
            elif n not in state:
                visit(n, [*path, n])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    return found


def test_no_module_takes_part_in_an_import_cycle():
    assert cycles({m: imports(m) for m in MODULES}) == []


def test_a_cycle_through_three_modules_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


def test_relative_and_lazy_imports_are_read(tmp_path, monkeypatch):
    mod = tmp_path / "dossier" / "text" / "probe.py"
    mod.parent.mkdir(parents=True)
    mod.write_text("from . import nlp\n\ndef f():\n    from ..site.figures import x\n    import dossier.cli\n")
    monkeypatch.setitem(MODULES, "dossier.text.probe", mod)
    assert imports("dossier.text.probe") == {"dossier.text.nlp", "dossier.site.figures", "dossier.cli"}
