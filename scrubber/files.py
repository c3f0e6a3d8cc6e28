"""Cleaning files: read and decode bytes, clean, and write results atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scrubber.decode import Decoded, decode
from scrubber.errors import ScrubberError
from scrubber.lint import clean
from scrubber.model import CleanResult
from scrubber.options import DEFAULT_OPTIONS, RuleOptions


class InputError(ScrubberError):
    """An input file cannot be read or decoded; the message names the file."""


@dataclass(frozen=True)
class FileResult:
    """One input's decoding record and cleaning result."""

    path: str
    decoded: Decoded
    result: CleanResult

    @property
    def changed(self) -> bool:
        """True when writing the cleaned text as UTF-8 would change the input's bytes."""
        return self.result.changed or self.decoded.method != "utf-8"


def clean_bytes(
    data: bytes,
    path: str = "-",
    *,
    unsafe_fixes: bool = False,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    options: RuleOptions = DEFAULT_OPTIONS,
) -> FileResult:
    """Decode and clean one input's bytes. Pure: safe to run in a worker process."""
    decoded = decode_bytes(data, path, encoding=encoding, errors=errors)
    result = clean(decoded.text, unsafe_fixes=unsafe_fixes, select=select, ignore=ignore, options=options)
    return FileResult(path, decoded, result)


def decode_bytes(data: bytes, path: str = "-", *, encoding: str | None = None, errors: str = "strict") -> Decoded:
    """``decode``, with a failure raised as an ``InputError`` that names ``path``."""
    try:
        return decode(data, encoding=encoding, errors=errors)
    except ScrubberError as error:
        raise InputError(f"{path}: {error}") from None


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def write_atomic(path: Path, text: str, *, like: Path | None = None) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file in the same folder.

    The temporary file is flushed and fsynced, then renamed over ``path``, so a reader (or a
    crash) sees the old file or the new one, never half of one. ``like`` lends its permission
    bits (an in-place rewrite keeps the file's mode).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        if like is not None:
            os.chmod(temporary, like.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
