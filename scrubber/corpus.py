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

# The rules dedupe leaves out when it cleans a text before fingerprinting it. Shingles skip
# lines of fewer than six words, and near copies are found by the share of the distinct word
# 3-grams they hold in common: the stutter rule (a few repeated words), the repeated-paragraph
# rule (a paragraph's second copy adds no new 3-gram) and the menu and line-furniture rules
# (short lines, labels, stamps) barely move that share, and took over a third of the time of
# benchmarks/bench_dedupe.py. Copies that differ only in such lines are found as near
# copies rather than exact ones. Kept are the furniture rules that remove sentences a site
# prints on every page (prompts, cookie and browser notices, platform lines): left in, they
# could make two short pages of one site look alike. On the dedupe quality set this loses
# one pair, which was at the threshold (0.7028 against 0.7).
DEDUPE_IGNORED_RULES = (
    "S",
    "D",
    "N",
    *"L101 L102 L103 L104 L106 L107 L108 L109 L110 L111 L112 L113 L115 L117 L118 L120 L121 L122 L123".split(),
)


@dataclass(frozen=True)
class CorpusSettings:
    encoding: str | None = None
    errors: str = "strict"
    options: RuleOptions = DEFAULT_OPTIONS


def fingerprint_file(path: str, settings: CorpusSettings) -> Fingerprint | str:
    """The fingerprint of a file's cleaned text, or a one-line error naming the file."""
    try:
        data = read_bytes(Path(path))
        result = clean_bytes(
            data,
            path,
            ignore=DEDUPE_IGNORED_RULES,
            encoding=settings.encoding,
            errors=settings.errors,
            options=settings.options,
        )
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
