"""One cleaning job over many files: the settings every file shares, and the per-file work
a worker process runs (read, check the size, decode, clean). Returns a result or the one-line
error naming the file, so one bad file never stops a run."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from scrubber.config import Settings
from scrubber.errors import ScrubberError
from scrubber.files import FileResult, InputError, clean_bytes, read_bytes
from scrubber.options import DEFAULT_OPTIONS, RuleOptions

# Larger inputs are refused (a saved article is kilobytes; a file this big is a dump or a
# mistake and would hold a worker's memory for long). Change with --max-size.
DEFAULT_MAX_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Job:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    encoding: str | None = None
    errors: str = "strict"
    options: RuleOptions = DEFAULT_OPTIONS
    settings: Settings = Settings()
    max_size: int = DEFAULT_MAX_SIZE

    def ignore_for(self, path: str) -> tuple[str, ...]:
        return self.ignore + self.settings.ignores_for(path)


def clean_path(path: str, job: Job) -> FileResult | str:
    """Clean one file; the result, or a one-line error that names it."""
    try:
        size = os.stat(path).st_size
        if size > job.max_size:
            return f"{path}: {size:,} bytes is over --max-size ({job.max_size:,}); skipped"
        data = read_bytes(Path(path))
        return clean_data(data, path, job)
    except FileNotFoundError:
        link = " (a broken symbolic link)" if os.path.islink(path) else ""
        return f"{path}: no such file{link}"
    except PermissionError:
        return f"{path}: permission denied"
    except (InputError, OSError) as error:
        return str(error) if str(error).startswith(path) else f"{path}: {error}"


def clean_data(data: bytes, path: str, job: Job) -> FileResult:
    """Clean bytes already read (stdin, or a file); raises InputError when undecodable."""
    try:
        return clean_bytes(
            data,
            path,
            unsafe_fixes=job.unsafe_fixes,
            select=job.select,
            ignore=job.ignore_for(path),
            encoding=job.encoding,
            errors=job.errors,
            options=job.options,
        )
    except ScrubberError as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"{path}: {error}") from None
