"""The package's imports run one way (docs/architecture.md): no module imports a layer above
its own, no stage imports a later stage, and importing the data model loads nothing heavy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import verifier

PACKAGE = Path(verifier.__file__).resolve().parent

# Top to bottom. A module may import its own layer and the layers below it. The stages
# (fetch … policy) are listed in pipeline order, so a stage sees only earlier stages.
LAYERS = [
    ["__main__"],
    ["cli"],
    ["report"],
    ["store"],
    ["ci"],
    ["config"],
    ["batch"],
    ["pipeline"],
    ["policy"],
    ["confirm"],
    ["drift"],
    ["align"],
    ["claims"],
    ["detect"],
    ["parse"],
    ["fetch"],
    ["match"],
    ["lang"],
    ["settings", "errors", "model", "version"],
]
RANK = {name: len(LAYERS) - i for i, names in enumerate(LAYERS) for name in names}


def _room(module: str) -> str:
    """The top-level room of a dotted module name under ``verifier``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "verifier"


def _imports(path: Path) -> list[str]:
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "verifier":
                out += [f"verifier.{a.name}" for a in node.names]
            elif node.module.startswith("verifier."):
                out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.startswith("verifier.")]
    return out


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "data" in rel.parts or "migrations" in rel.parts:
            continue
        out.append((".".join(rel.parts).removesuffix(".__init__"), path))
    return out


def test_every_room_has_a_layer() -> None:
    rooms = {_room(m) for m, _ in _modules()} - {"verifier"}
    assert rooms <= set(RANK), f"rooms without a layer: {sorted(rooms - set(RANK))}"


def test_imports_run_one_way() -> None:
    upward = []
    for module, path in _modules():
        own = _room(module)
        if own == "verifier":
            continue  # the public API re-exports from every layer, lazily
        for target in _imports(path):
            room = _room(target)
            if room == "verifier" or RANK[room] > RANK[own]:
                upward.append(f"{module} imports {target}")
    assert not upward, "imports that climb a layer:\n" + "\n".join(upward)


def test_model_import_is_light() -> None:
    code = (
        "import sys, verifier.model; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "{'httpx', 'bs4', 'lxml', 'sqlalchemy', 'rich', 'jinja2', 'rapidfuzz'} "
        "or m.startswith(('verifier.lang', 'verifier.pipeline'))]; "
        "print(','.join(sorted(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
