"""Request building and error reading, free of I/O.

- Query values: booleans are sent as ``1``/``0`` (as the Go client does; the
  daemon reads ``1``/``true``), lists of ``array`` parameters are repeated
  (``names=a&names=b``), ``filters`` given as a mapping becomes the JSON map
  of lists the daemon expects (scalars wrapped in a list), other mappings
  (``buildargs``, ``labels``) and lists of ``string`` parameters are sent as
  JSON text, strings pass through.
- Path parameters are percent-encoded, keeping ``/``, ``:`` and ``@`` so that
  image references such as ``registry:5000/app@sha256:…`` stay readable.
- Error bodies are read as the daemon writes them: JSON ``{"message": …}``,
  plain text, or nothing at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from .._spec import OperationSpec, ParamSpec
from .._types import NotGiven

__all__ = [
    "MAX_ERROR_BODY",
    "encode_filters",
    "encode_query",
    "expand_path",
    "error_message",
    "parse_version_mismatch",
]

MAX_ERROR_BODY: Final = 1 << 20
"""At most this many bytes of an error body are read."""

MAX_ERROR_TEXT: Final = 4096
"""A non-JSON error body longer than this is cut short in the message."""

_PATH_SAFE: Final = "/:@"
_QUERY_SAFE: Final = ""
_DOT_SEGMENTS: Final = frozenset({".", ".."})
_PLACEHOLDER_RE: Final = re.compile(r"\{([^}]+)\}")
_VERSION_MISMATCH_RE: Final = re.compile(
    r"client version (?P<client>[\d.]+) is too (?P<kind>old|new)\. "
    r"(?:Minimum|Maximum) supported API version is (?P<daemon>[\d.]+)"
)

_PARAMS_BY_SPEC: dict[int, dict[str, ParamSpec]] = {}


def _params_of(spec: OperationSpec) -> dict[str, ParamSpec]:
    known = _PARAMS_BY_SPEC.get(id(spec))
    if known is None:
        known = {}
        for param in spec.params:
            known[param.name] = param
            known.setdefault(param.python_name, param)
        _PARAMS_BY_SPEC[id(spec)] = known
    return known


def encode_filters(value: Any) -> str:
    """The ``filters`` query value: JSON of a map from filter name to values.

    A string is taken as already encoded. In a mapping, a scalar value becomes
    a one-item list, a list stays a list, and a ``{value: bool}`` mapping (the
    daemon's own form) is kept as it is.
    """
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"filters must be a mapping or a JSON string, not {type(value).__name__}"
        )
    encoded: dict[str, Any] = {}
    for name, values in value.items():
        if values is None or isinstance(values, NotGiven):
            continue
        if isinstance(values, Mapping):
            for key, flag in values.items():
                if not isinstance(flag, bool):
                    raise TypeError(
                        f"filters[{name!r}][{key!r}] must be True or False, not "
                        f"{type(flag).__name__} (a string such as 'false' would "
                        "count as true)"
                    )
            encoded[str(name)] = {str(k): v for k, v in values.items()}
        elif isinstance(values, (list, tuple, set, frozenset)):
            encoded[str(name)] = [_scalar_text(name, v) for v in values]
        else:
            encoded[str(name)] = [_scalar_text(name, values)]
    return json.dumps(encoded, separators=(",", ":"))


def _scalar_text(name: object, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if not isinstance(value, (str, int, float)):
        raise TypeError(
            f"filters[{name!r}] values must be strings, numbers or booleans, "
            f"not {type(value).__name__}"
        )
    return str(value)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


def encode_query(spec: OperationSpec, query: Mapping[str, Any] | None) -> str:
    """The query string (without ``?``) of a request; ``""`` when empty.

    Args:
        spec: the operation, whose parameter types decide the encoding.
        query: wire name (or Python name) to value; ``NOT_GIVEN`` and
            ``None`` values are left out.
    """
    if not query:
        return ""
    params = _params_of(spec)
    parts: list[str] = []
    for key, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        param = params.get(key)
        name = param.name if param is not None else key
        quoted_name = quote(name, safe=_QUERY_SAFE)
        if name == "filters":
            if isinstance(value, Mapping) and not value:
                continue
            text = encode_filters(value)
        elif isinstance(value, (list, tuple)) and (
            param is None or param.type == "array"
        ):
            parts.extend(
                f"{quoted_name}={quote(_query_text(v), safe=_QUERY_SAFE)}"
                for v in value
            )
            continue
        else:
            text = _query_text(value)
        parts.append(f"{quoted_name}={quote(text, safe=_QUERY_SAFE)}")
    return "&".join(parts)


def expand_path(template: str, path: Mapping[str, Any] | None) -> str:
    """Fill the ``{name}`` placeholders of a path template.

    Raises:
        ValueError: a placeholder has no value, a blank one, or one holding a
            ``.`` or ``..`` segment: such a value would address a different
            endpoint (Moby's router answers an unclean path with a redirect).
    """
    if "{" not in template:
        return template
    values = path or {}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None or isinstance(value, NotGiven):
            raise ValueError(f"{template}: '{name}' must be a non-empty value")
        text = str(value)
        if not text.strip():
            raise ValueError(
                f"{template}: '{name}' must be a non-empty value, not {text!r}"
            )
        if _DOT_SEGMENTS.intersection(text.split("/")):
            raise ValueError(
                f"{template}: '{name}' may not hold a '.' or '..' path segment "
                f"({text!r})"
            )
        return quote(text, safe=_PATH_SAFE)

    return _PLACEHOLDER_RE.sub(fill, template)


def error_message(
    body: bytes,
    content_type: str | None,
    *,
    status_code: int,
    method: str,
    route: str,
) -> str:
    """The daemon's message from an error response body.

    JSON bodies give their ``message`` field; other bodies their text; an
    empty body a sentence naming the status and the route, so that the error
    still says what failed.
    """
    text = body[:MAX_ERROR_BODY].decode("utf-8", "replace").strip()
    if not text:
        return (
            f"the daemon answered {status_code} with an empty body for {method} {route}"
        )
    if (content_type and "json" in content_type) or text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            document = None
        if isinstance(document, dict):
            message = document.get("message")
            if isinstance(message, str) and message:
                return message
    if len(text) > MAX_ERROR_TEXT:
        # a proxy's HTML error page, not the daemon's message
        return (
            f"{text[:MAX_ERROR_TEXT]}… ({len(text) - MAX_ERROR_TEXT} more characters)"
        )
    return text


def parse_version_mismatch(message: str) -> tuple[str, str, str] | None:
    """``(client version, "old" | "new", daemon limit)`` if the daemon refused
    the request's API version, else ``None``."""
    match = _VERSION_MISMATCH_RE.search(message)
    if match is None:
        return None
    return match.group("client"), match.group("kind"), match.group("daemon")
