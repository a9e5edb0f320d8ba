"""An ``ArticleResult`` as bytes and back, exactly: what ``checked_articles.result`` holds.

A re-run reports a stored result instead of judging the article again, so the round trip
must give an equal value (a test holds it to that on real pages). The encoding is JSON
read back by the model's own type hints (never pickle: a shared database must not be able
to run code on the machines that read it), compressed with zlib. A stored value that does
not fit the model (another version wrote it, or it was tampered with) is a ``ValueError``;
the settings hash includes the tool version, so that should not happen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
import zlib
from typing import Any

from verifier import model

FORMAT = 1
"""Bumped when the encoding changes; a stored value of another format is not read."""


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def encode_result(result: model.ArticleResult) -> bytes:
    """The result as compressed JSON (lone surrogates survive: ``ensure_ascii``)."""
    text = json.dumps({"format": FORMAT, "result": _plain(result)}, ensure_ascii=True)
    return zlib.compress(text.encode("ascii"), 6)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _decode(hint: Any, value: Any) -> Any:  # noqa: PLR0911 - one return per kind of type
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        if value is None:
            return None
        arms = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(arms[0], value)
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{value!r} is not one of {typing.get_args(hint)}")
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        return dict(value)
    if isinstance(hint, typing.NewType):
        return _decode(hint.__supertype__, value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{k: _decode(hints[k], v) for k, v in value.items()})
    if hint is float:
        return float(value)
    if hint in (str, int, bool) and isinstance(value, hint):
        return value
    raise ValueError(f"cannot read {type(value).__name__} as {hint!r}")


def decode_result(data: bytes) -> model.ArticleResult:
    """The result :func:`encode_result` stored; ``ValueError`` when it cannot be read."""
    try:
        doc = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError) as exc:
        raise ValueError(f"stored result is not readable: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("stored result has another format")
    try:
        out = _decode(model.ArticleResult, doc["result"])
    except (TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"stored result does not fit the model: {exc}") from exc
    assert isinstance(out, model.ArticleResult)
    return out
