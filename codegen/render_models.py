"""Model modules: one per strongly connected component of the reference graph.

Loading a model loads only the modules of the models it refers to, so that
``import moby_client`` stays cheap and ``moby_client.models`` resolves names
lazily.
"""

from __future__ import annotations

import json

from codegen.naming import python_field_name, snake_case
from codegen.render_types import render_type
from codegen.required import RequiredFields
from codegen.schema import ModelInfo, ModelSet

__all__ = [
    "ModelLayout",
    "field_names",
    "layout_models",
    "render_field_ranges",
    "render_model_files",
]

MODELS_PACKAGE = "moby_client/_generated/models"


class ModelLayout:
    """Which module holds which model, and the order of modules."""

    def __init__(self, models: ModelSet) -> None:
        self.models = models
        self.components = _strongly_connected(models)
        self.module_of: dict[str, str] = {}
        used: set[str] = set()
        for component in self.components:
            module = _module_name(component, models)
            while module in used:
                module += "_"
            used.add(module)
            for name in component:
                self.module_of[name] = module


def layout_models(models: ModelSet) -> ModelLayout:
    """Split the models into modules."""
    return ModelLayout(models)


def _module_name(component: list[str], models: ModelSet) -> str:
    definitions = [n for n in component if models[n].is_definition]
    candidates = definitions or component
    chosen = min(candidates, key=lambda n: (len(n), n))
    name = snake_case(chosen)
    return name + "_" if name in {"models", "__init__"} else name


def _strongly_connected(models: ModelSet) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components in dependency order."""
    graph = {
        name: sorted(r for r in info.refs() if r in models)
        for name, info in models.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child_index = work.pop()
            if child_index == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph[node]
            if child_index < len(children):
                work.append((node, child_index + 1))
                child = children[child_index]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            for child in children:
                if child in on_stack:
                    low[node] = min(low[node], low[child])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result


def field_names(info: ModelInfo) -> dict[str, str]:
    """Wire name → Python name, unique within the model."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for wire in info.fields:
        name = python_field_name(wire)
        while name in taken:
            name += "_"
        taken.add(name)
        names[wire] = name
    return names


def _version_range(versions: set[int], newest: int) -> str:
    since = f"1.{min(versions)}"
    if max(versions) < newest:
        return f"API {since}-1.{max(versions)}"
    return f"API {since}+"


SECRET_FIELDS: dict[str, tuple[str, ...]] = {
    "AuthConfig": ("password", "auth", "identitytoken", "registrytoken"),
    "AuthResponse": ("IdentityToken",),
    "JoinTokens": ("Worker", "Manager"),
    "SwarmJoinTokens": ("Worker", "Manager"),
    "SwarmJoinRequest": ("JoinToken",),
    "SwarmUnlockRequest": ("UnlockKey",),
    "UnlockKeyResponse": ("UnlockKey",),
    "SecretSpec": ("Data",),
}
"""Model name → wire names of fields holding credentials or secret content.

Their values stay out of ``repr()`` and ``str()`` (the model still holds and
sends them); fields a daemon version lacks are hidden when kept as extras.
"""


def _secret_names(info: ModelInfo) -> list[str]:
    wire_names = SECRET_FIELDS.get(info.name, ())
    python_names = field_names(info)
    names = set(wire_names)
    names.update(python_names.get(w, python_field_name(w)) for w in wire_names)
    return sorted(names)


def _render_class(info: ModelInfo, newest: int, required: set[str]) -> list[str]:
    lines = [f"class {info.name}(MobyModel):"]
    kind = "definition" if info.is_definition else "inline object"
    lines.append(
        f'    """The ``{info.name}`` {kind} of the Engine API '
        f'({_version_range(info.versions, newest)})."""'
    )
    lines.append("")
    secret = _secret_names(info)
    if secret:
        quoted = ", ".join(json.dumps(name) for name in secret)
        lines.append(
            "    _moby_secret_fields: ClassVar[frozenset[str]] = "
            f"frozenset({{{quoted}}})"
        )
        lines.append("")
    for wire, python in field_names(info).items():
        entry = info.fields[wire]
        annotation = render_type(entry.type)
        is_required = wire in required
        if annotation != "Any" and not is_required:
            annotation += " | None"
        arguments = [] if is_required else ["default=None"]
        # Separate validation and serialization aliases rather than ``alias``:
        # type checkers read ``alias`` as the constructor's keyword, and the
        # constructor takes the snake_case names (the wire names still parse).
        if entry.also_wire:
            spellings = ", ".join(json.dumps(w) for w in (wire, *entry.also_wire))
            arguments.append(f"validation_alias=AliasChoices({spellings})")
        elif python != wire:
            arguments.append(f"validation_alias={json.dumps(wire)}")
        if python != wire or entry.also_wire:
            arguments.append(f"serialization_alias={json.dumps(wire)}")
        if not arguments:
            lines.append(f"    {python}: {annotation}")
        elif arguments == ["default=None"]:
            lines.append(f"    {python}: {annotation} = None")
        else:
            lines.append(f"    {python}: {annotation} = Field({', '.join(arguments)})")
    return lines


def render_model_files(
    layout: ModelLayout,
    header: str,
    newest: int,
    required: RequiredFields | None = None,
) -> dict[str, str]:
    """Every model module, plus the package ``__init__``.

    Args:
        layout: the models and their modules.
        header: the generated-file header line.
        newest: the newest spec's minor version.
        required: wire names of the fields typed as always present, by model.
    """
    required = required or {}
    files: dict[str, str] = {}
    models = layout.models
    by_module: dict[str, list[str]] = {}
    for component in layout.components:
        by_module[layout.module_of[component[0]]] = component
    for module, component in by_module.items():
        classes = [models[n] for n in component if not models[n].is_alias]
        aliases = [models[n] for n in component if models[n].is_alias]
        members = set(component)
        imports: dict[str, set[str]] = {}
        text_parts: list[str] = []
        for info in classes:
            fields = required.get(info.name, set())
            text_parts.append("\n".join(_render_class(info, newest, fields)))
        for info in aliases:
            text_parts.append(
                f"{info.name}: TypeAlias = {render_type(info.alias_type)}\n"
                f'"""The ``{info.name}`` definition of the Engine API '
                f'({_version_range(info.versions, newest)})."""'
            )
        for name in component:
            for ref in models[name].refs():
                if ref in models and ref not in members:
                    imports.setdefault(layout.module_of[ref], set()).add(ref)
        body = "\n\n\n".join(text_parts)
        typing_names = [
            n
            for n in ("Any", "ClassVar", "Literal")
            if f"{n}[" in body
            or f"{n} " in body
            or f"{n}\n" in body
            or f"{n}]" in body
            or f"{n}," in body
        ]
        if aliases:
            typing_names.append("TypeAlias")
        head = [
            header,
            f'"""Engine API models: {", ".join(component)}."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if typing_names:
            head.append(f"from typing import {', '.join(sorted(typing_names))}")
            head.append("")
        pydantic_names = [n for n in ("AliasChoices", "Field") if f"{n}(" in body]
        if pydantic_names:
            head.append(f"from pydantic import {', '.join(pydantic_names)}")
            head.append("")
        if classes:
            head.append("from moby_client._model import MobyModel")
        for other in sorted(imports):
            head.append(
                f"from moby_client._generated.models.{other} import "
                + ", ".join(sorted(imports[other]))
            )
        all_line = "__all__ = [" + ", ".join(json.dumps(n) for n in component) + "]"
        files[f"{MODELS_PACKAGE}/{module}.py"] = (
            "\n".join(head) + "\n\n" + all_line + "\n\n\n" + body + "\n"
        )
    files[f"{MODELS_PACKAGE}/__init__.py"] = (
        header + '\n"""One module per group of models that refer to each other; '
        'import them through ``moby_client.models``."""\n'
    )
    return files


def render_models_index(layout: ModelLayout, header: str) -> str:
    """``moby_client/models.py``: every model by name, loaded on first use."""
    names = sorted(layout.module_of)
    lines = [
        header,
        "# ruff: noqa: E501",
        '"""Every Engine API model by name, loaded on first use.',
        "",
        "Importing this module loads no model: ``from moby_client.models import",
        "ContainerInspectResponse`` loads that model's module and the modules of the",
        "models it refers to, nothing else.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    by_module: dict[str, list[str]] = {}
    for name in names:
        by_module.setdefault(layout.module_of[name], []).append(name)
    for module in sorted(by_module):
        imported = ", ".join(f"{n} as {n}" for n in by_module[module])
        lines.append(
            f"    from moby_client._generated.models.{module} import {imported}"
        )
    lines.append("")
    lines.append("_MODULES: dict[str, str] = {")
    for name in names:
        lines.append(f"    {json.dumps(name)}: {json.dumps(layout.module_of[name])},")
    lines.append("}")
    lines.append("")
    lines.append("__all__ = [" + ", ".join(json.dumps(n) for n in names) + "]")
    lines.append("")
    lines.append("")
    lines.append(
        """def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(
        importlib.import_module(f"moby_client._generated.models.{module}"), name
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
"""
    )
    return "\n".join(lines)


def render_field_ranges(models: ModelSet, header: str, oldest: int, newest: int) -> str:
    """``FIELD_RANGES``: fields whose API range is narrower than the whole span."""
    lines = [
        header,
        '"""API ranges of model fields narrower than the whole span of the specs."""',
        "",
        "from __future__ import annotations",
        "",
        "FIELD_RANGES: dict[str, dict[str, tuple[str, str | None]]] = {",
    ]
    for name in sorted(models):
        info = models[name]
        entries = []
        for wire, field in info.fields.items():
            versions = set(field.types)
            low, high = min(versions), max(versions)
            if low == oldest and high == newest:
                continue
            until = json.dumps(f"1.{high}") if high < newest else "None"
            entries.append(
                f"        {json.dumps(wire)}: ({json.dumps(f'1.{low}')}, {until}),"
            )
        if entries:
            lines.append(f"    {json.dumps(name)}: {{")
            lines.extend(entries)
            lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"
