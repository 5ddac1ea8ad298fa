"""Python names for the Engine's wire names."""

from __future__ import annotations

import keyword
import re

__all__ = ["pascal_case", "python_field_name", "snake_case", "upper_snake"]

_WORDS = re.compile(
    r"[A-Z]{2,}s(?![a-z])"  # plural acronyms: CPUs, IDs
    r"|[A-Z]+\d*(?=[A-Z][a-z])"  # acronym before a word: HTTPProxy, IPAddress
    r"|[A-Z]?[a-z]+\d*"  # a word, digits attached: Ipv4, Address
    r"|[A-Z]+\d*"  # trailing acronym: ID, TCP, NCPU
    r"|\d+"
)

# Pydantic's BaseModel (and MobyModel) attributes that a field may not shadow.
_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "to_wire",
    }
)


def snake_case(name: str) -> str:
    """``NanoCPUs`` → ``nano_cpus``, ``IPv4Address`` → ``ipv4_address``,
    ``com.example.some-label`` → ``com_example_some_label``."""
    text = name.replace("IPv4", "Ipv4").replace("IPv6", "Ipv6").replace("IOps", "Iops")
    parts: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", text):
        parts.extend(word.lower() for word in _WORDS.findall(chunk))
    result = "_".join(parts)
    if not result or result[0].isdigit():
        result = "n_" + result
    return result


def python_field_name(wire_name: str) -> str:
    """A model field or keyword argument name that is safe to define."""
    name = snake_case(wire_name)
    if keyword.iskeyword(name) or name in _RESERVED or name.startswith("model_"):
        name += "_"
    return name


def pascal_case(name: str) -> str:
    """``shared-size`` → ``SharedSize``; already PascalCase names are kept."""
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def upper_snake(name: str) -> str:
    """``ContainerInspect`` → ``CONTAINER_INSPECT``."""
    return snake_case(name).upper()
