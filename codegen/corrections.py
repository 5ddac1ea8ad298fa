"""The project's corrections to defects of the upstream specs, applied as data.

``openapi/corrections.json`` lists them. A correction either patches the spec
documents before anything is generated (``add_enum``, ``set``), changes the
collected models (``alias``: other wire spellings read into one field;
``optional``: a field the spec requires that a daemon omits stays optional),
or records a defect that the generator's own rules already cover
(``covered``, naming the rule), so that every known defect has one written
answer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.schema import ModelSet

__all__ = [
    "apply_corrections",
    "apply_model_corrections",
    "load_corrections",
]

RULES = {
    "optional-fields": "every model field is optional and defaults to None",
    "open-enums": "enums are Literal[...] | str: unknown values are accepted",
    "null-collections": "every field accepts null, lists and maps included",
    "plain-int": "integers are Python int, without a size limit",
    "type-union": "a field typed differently across versions accepts each type",
    "union-of-versions": "a model is the union of its fields over all versions",
    "allof-merge": "allOf parts are merged into one flat model",
    "extra-kept": "unknown fields are kept in model_extra",
}
"""Rules of the generator that ``covered`` corrections may name."""


def load_corrections(path: Path) -> list[dict[str, Any]]:
    """Read and check the corrections file.

    Raises:
        ValueError: an entry lacks ``reason`` or ``evidence`` or names an
            unknown kind or rule.
    """
    entries: list[dict[str, Any]] = json.loads(path.read_text())["corrections"]
    for entry in entries:
        for key in ("id", "kind", "reason", "evidence"):
            if not entry.get(key):
                raise ValueError(f"{path}: correction {entry.get('id')} lacks {key}")
        if entry["kind"] == "covered":
            if entry.get("rule") not in RULES:
                raise ValueError(f"{path}: {entry['id']} names unknown rule")
        elif entry["kind"] in MODEL_KINDS:
            if not entry.get("model") or not entry.get("field"):
                raise ValueError(f"{path}: {entry['id']} lacks model or field")
        elif entry["kind"] not in ("add_enum", "set"):
            raise ValueError(f"{path}: {entry['id']} has unknown kind")
    return entries


MODEL_KINDS = ("alias", "optional")
"""Kinds that change the collected models rather than the spec documents."""


def apply_model_corrections(
    models: ModelSet, corrections: list[dict[str, Any]]
) -> set[tuple[str, str]]:
    """Apply ``alias`` corrections to the models in place.

    Returns:
        ``(model, wire name)`` of the fields ``optional`` corrections keep
        optional.

    Raises:
        ValueError: a correction names a model or field that does not exist.
    """
    keep_optional: set[tuple[str, str]] = set()
    for entry in corrections:
        if entry["kind"] not in MODEL_KINDS:
            continue
        model = models.get(entry["model"])
        if model is None or entry["field"] not in model.fields:
            raise ValueError(
                f"correction {entry['id']}: no field {entry['field']} in "
                f"model {entry['model']}"
            )
        if entry["kind"] == "optional":
            keep_optional.add((entry["model"], entry["field"]))
            continue
        target = model.fields[entry["field"]]
        for other in entry["also"]:
            merged = model.fields.pop(other, None)
            if merged is None:
                raise ValueError(f"correction {entry['id']}: no field {other}")
            for version, expr in merged.types.items():
                required = merged.required.get(version, False)
                nullable = merged.nullable.get(version, False)
                if version in target.types:
                    # Both spellings in one version: one of them is present.
                    required = required or target.required.get(version, False)
                    nullable = nullable or target.nullable.get(version, False)
                target.types.setdefault(version, expr)
                target.required[version] = required
                target.nullable[version] = nullable
            target.also_wire = (*target.also_wire, other)
    return keep_optional


def _resolve(document: Any, target: list[str]) -> Any:
    node = document
    for key in target:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif (isinstance(node, dict) and key.isdigit() and int(key) in node) or (
            isinstance(node, list) and key.isdigit() and int(key) < len(node)
        ):
            node = node[int(key)]
        else:
            return None
    return node


def apply_corrections(
    documents: dict[int, dict[str, Any]], corrections: list[dict[str, Any]]
) -> dict[str, list[int]]:
    """Patch the documents in place; returns correction id → versions patched.

    Raises:
        ValueError: a patching correction matched no version at all.
    """
    applied: dict[str, list[int]] = {}
    for entry in corrections:
        if entry["kind"] == "covered" or entry["kind"] in MODEL_KINDS:
            continue
        hits: list[int] = []
        for minor, document in sorted(documents.items()):
            node = _resolve(document, entry["target"])
            if not isinstance(node, dict):
                continue
            if entry["kind"] == "add_enum":
                if "enum" not in node:
                    continue
                node["enum"] = [
                    *node["enum"],
                    *(v for v in entry["values"] if v not in node["enum"]),
                ]
            else:
                node[entry["key"]] = entry["value"]
            hits.append(minor)
        if not hits:
            raise ValueError(f"correction {entry['id']} matches no spec version")
        applied[entry["id"]] = hits
    return applied
