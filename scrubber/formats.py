"""Machine formats of ``check``: JSON, JSON Lines, GitHub workflow commands and SARIF 2.1.0.

Pure renderers over the same findings as the text output; the CLI prints what they return.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from scrubber import __version__
from scrubber.files import FileResult
from scrubber.model import Finding
from scrubber.registry import all_rules
from scrubber.report import finding_to_dict, report
from scrubber.text import line_and_column

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/scrubber/"


def _end(item: FileResult, finding: Finding) -> tuple[int, int]:
    return line_and_column(item.result.original, finding.end)


def jsonl_records(items: Sequence[FileResult]) -> Iterable[dict[str, Any]]:
    """One object per finding: the finding's fields plus its path, end line and column, and
    whether it fails the check."""
    for item in items:
        for finding in item.result.findings:
            end_line, end_column = _end(item, finding)
            yield {
                "path": item.path,
                **finding_to_dict(finding),
                "end_line": end_line,
                "end_column": end_column,
                "fails_check": finding.applied,
            }


def render_json(items: Sequence[FileResult], errors: Sequence[str]) -> str:
    return json.dumps(report(items, errors), indent=2, ensure_ascii=False) + "\n"


def render_jsonl(items: Sequence[FileResult]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in jsonl_records(items))


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(items: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands: an error annotation per finding that fails the
    check, a notice per hint."""
    lines = []
    for item in items:
        for finding in item.result.findings:
            level = "error" if finding.applied else "notice"
            end_line, end_column = _end(item, finding)
            properties = ",".join(
                [
                    f"file={_escape_github(item.path, property_value=True)}",
                    f"line={finding.line}",
                    f"col={finding.column}",
                    f"endLine={end_line}",
                    f"endColumn={end_column}",
                    f"title={_escape_github(f'{finding.code} {finding.name}', property_value=True)}",
                ]
            )
            lines.append(f"::{level} {properties}::{_escape_github(finding.message)}")
    return "".join(line + "\n" for line in lines)


def _region(item: FileResult, finding: Finding) -> dict[str, int]:
    end_line, end_column = _end(item, finding)
    return {"startLine": finding.line, "startColumn": finding.column, "endLine": end_line, "endColumn": end_column}


def _sarif_result(item: FileResult, finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    location = {"physicalLocation": {"artifactLocation": {"uri": item.path}, "region": _region(item, finding)}}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": "error" if finding.applied else "note",
        "message": {"text": finding.message},
        "locations": [location],
    }
    if finding.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": f"{finding.name} ({finding.safety.value if finding.safety else ''} fix)"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": item.path},
                        "replacements": [
                            {
                                "deletedRegion": _region(item, finding),
                                "insertedContent": {"text": finding.replacement or ""},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def render_sarif(items: Sequence[FileResult]) -> str:
    """A SARIF 2.1.0 log: one run, the rule table as the driver's rules, a result per
    finding (error when it fails the check, note for a hint), each with its fix as edits."""
    rules = all_rules()
    rule_index = {rule_.code: index for index, rule_ in enumerate(rules)}
    driver = {
        "name": "scrubber",
        "version": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [
            {
                "id": rule_.code,
                "name": rule_.name,
                "shortDescription": {"text": rule_.summary},
                "fullDescription": {"text": rule_.doc},
                "defaultConfiguration": {"level": "error" if rule_.safety.value == "safe" else "note"},
                "properties": {"safety": rule_.safety.value},
            }
            for rule_ in rules
        ],
    }
    results = [_sarif_result(item, finding, rule_index) for item in items for finding in item.result.findings]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
