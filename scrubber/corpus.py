"""Per-file work of the corpus commands, as pure-enough functions a worker process can run.

Each takes a path and settings and returns a small picklable result (a fingerprint, a set of
lines) or the error message for that file, so one bad file never stops a corpus run.
"""

from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from scrubber.boilerplate import document_lines
from scrubber.dedupe import Fingerprint, fingerprint_text
from scrubber.errors import ScrubberError
from scrubber.files import clean_bytes, decode_bytes, read_bytes
from scrubber.options import DEFAULT_OPTIONS, RuleOptions


@dataclass(frozen=True)
class CorpusSettings:
    encoding: str | None = None
    errors: str = "strict"
    options: RuleOptions = DEFAULT_OPTIONS


def fingerprint_file(path: str, settings: CorpusSettings) -> Fingerprint | str:
    """The fingerprint of a file's cleaned text, or a one-line error naming the file."""
    try:
        data = read_bytes(Path(path))
        result = clean_bytes(data, path, encoding=settings.encoding, errors=settings.errors, options=settings.options)
        mtime = os.stat(path).st_mtime
    except (ScrubberError, OSError) as error:
        return str(error)
    return fingerprint_text(result.result.text, path, mtime=mtime)


def file_lines(path: str, settings: CorpusSettings) -> frozenset[str] | str:
    """The distinct lines of a file (decoded, spacing folded), or a one-line error."""
    try:
        text = decode_bytes(read_bytes(Path(path)), path, encoding=settings.encoding, errors=settings.errors).text
    except ScrubberError as error:
        return str(error)
    return frozenset(document_lines(text))


class MoveError(ScrubberError):
    """A duplicate could not be moved; the message says why and which file."""


def move_without_overwriting(source: Path, target: Path) -> None:
    """Move ``source`` to ``target``, failing (never overwriting) if ``target`` exists.

    On one file system a hard link claims the target atomically (it fails if the name is
    taken) before the source name is removed; across file systems the copy is written to a
    target opened for exclusive creation.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except FileExistsError:
        raise MoveError(f"{source}: not moved, {target} already exists") from None
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise MoveError(f"{source}: not moved ({error.strerror})") from None
        try:
            with source.open("rb") as reader, target.open("xb") as writer:
                shutil.copyfileobj(reader, writer)
            shutil.copystat(source, target)
        except FileExistsError:
            raise MoveError(f"{source}: not moved, {target} already exists") from None
    os.unlink(source)
