"""A self-contained HTML report of a run: a summary, and each file's text with every removal
and replacement highlighted inline and coloured by rule. No network, no external assets.

Large runs stay quick to open: the files' texts travel as one JSON block, the page lists 50
files at a time and renders a file's highlighted text only when it is opened.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any

from scrubber import __version__
from scrubber.files import FileResult
from scrubber.registry import all_rules


def _file_data(item: FileResult) -> dict[str, Any]:
    findings = [
        {
            "code": f.code,
            "name": f.name,
            "message": f.message,
            "start": f.start,
            "end": f.end,
            "line": f.line,
            "replacement": f.replacement,
            "applied": f.applied,
            "safety": f.safety.value if f.safety else None,
        }
        for f in item.result.findings
    ]
    return {"path": item.path, "changed": item.changed, "text": item.result.original, "findings": findings}


def summary(items: Sequence[FileResult], errors: Sequence[str]) -> dict[str, Any]:
    by_rule: Counter[str] = Counter(f.code for item in items for f in item.result.findings)
    removed = sum(len(item.result.original) - len(item.result.text) for item in items)
    return {
        "files": len(items),
        "changed": sum(item.changed for item in items),
        "findings": sum(by_rule.values()),
        "applied": sum(f.applied for item in items for f in item.result.findings),
        "bytes_removed": removed,
        "errors": list(errors),
        "by_rule": dict(sorted(by_rule.items())),
    }


def _asset(name: str) -> str:
    return (resources.files("scrubber") / "assets" / name).read_text(encoding="utf-8")


def render_html(items: Sequence[FileResult], errors: Sequence[str], *, title: str = "scrubber report") -> str:
    """The report page for a run."""
    info = summary(items, errors)
    rules = {r.code: {"name": r.name, "safety": r.safety.value} for r in all_rules()}
    payload = {"summary": info, "rules": rules, "files": [_file_data(item) for item in items]}
    # "</" cannot appear inside the script element: escape it in the JSON.
    data = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    cards = "".join(
        f'<div class="card"><b id="card-{key}">{info[key]}</b>{label}</div>'
        for key, label in (
            ("files", "files"),
            ("changed", "changed"),
            ("findings", "findings"),
            ("applied", "fixes applied"),
            ("bytes_removed", "characters removed"),
        )
    )
    errors_html = "".join(f"<li>{html.escape(e)}</li>" for e in errors)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)}</title><style>{_asset("report.css")}</style></head>
<body><header><h1>{html.escape(title)}</h1><small>scrubber {__version__}</small></header>
<main><div class="cards">{cards}</div>
{f'<ul class="errors">{errors_html}</ul>' if errors else ""}
<div class="bars" id="bars"><b>Findings by rule</b> <small>(click a rule to filter)</small></div>
<p class="legend"><span><del>struck</del> removed</span><span><ins>bold</ins> inserted</span>
<span><mark class="hint">dashed</mark> reported, not applied (unsafe without --unsafe-fixes)</span></p>
<div class="controls"><input id="file-filter" placeholder="filter files by path" size="40">
<select id="rule-filter"><option value="">all rules</option></select></div>
<div class="pager"><button id="prev">&lt;</button><span id="page"></span><button id="next">&gt;</button></div>
<div id="files"></div><div id="status" hidden></div></main>
<script type="application/json" id="report-data">{data}</script>
<script>{_asset("report.js")}</script></body></html>
"""
