"""The examples in the package's docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil

import pytest

import scrubber


def _modules_with_examples() -> list[str]:
    names = [scrubber.__name__]
    names += [info.name for info in pkgutil.walk_packages(scrubber.__path__, prefix="scrubber.")]
    return [name for name in names if ">>>" in (importlib.util.find_spec(name).loader.get_source(name) or "")]


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted and not result.failed
