"""Render a :class:`SiteReport` as Markdown or one self-contained HTML file with Jinja2.

Templates are looked up in the user's ``--template DIR`` first, then in the built-in language
folder, then in the shared built-in folder; a ``labels.yaml`` in DIR overrides single words.
HTML is autoescaped and Markdown escaped (quotes come from protocols, summaries from users).
"""

from __future__ import annotations

import base64
import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

from qda.analysis.citation import LANGUAGES
from qda.errors import QdaError
from qda.ingest.metadata import LEVELS
from qda.report.data import ORIGINS, SiteReport
from qda.report.words import long_date, say
from qda.safe_yaml import load_bounded
from qda.untrusted import markdown_cell, markdown_quote, markdown_text

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "report"
TEMPLATE_NAMES = {"md": "site.md.j2", "html": "site.html.j2"}
LABELS_MAX_VALUES = 10_000  # after alias expansion
LABELS_MAX_DEPTH = 8


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise QdaError(f"unknown language '{lang}' (use {', '.join(LANGUAGES)})")


def _read_labels(path: Path) -> dict[str, Any]:
    return _parsed_labels(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _parsed_labels(path: Path, _mtime: int) -> dict[str, Any]:
    """Parsed once per file version: ``report all`` renders dozens of reports with the same words."""
    try:
        labels = load_bounded(path.read_text(encoding="utf-8"), path, LABELS_MAX_VALUES, LABELS_MAX_DEPTH) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise QdaError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path, mark.line + 1 if mark else None) from exc
    if not isinstance(labels, dict):
        raise QdaError("labels must be a mapping", path, 1)
    return labels


def labels(lang: str = "de", template_dir: Path | None = None) -> dict[str, Any]:
    """The report's words: built-in for ``lang``, overridden by ``template_dir/labels.yaml``."""
    _check_lang(lang)
    merged = copy.deepcopy(_read_labels(TEMPLATES / lang / "labels.yaml"))
    override = template_dir / "labels.yaml" if template_dir else None
    if override and override.is_file():
        for key, value in _read_labels(override).items():
            merged[key] = {**merged.get(key, {}), **value} if isinstance(value, dict) else value
    return merged


def change_text(row: Any) -> str:
    """``Kontaktdichte eingehalten (W1: verfehlt → W2: eingehalten)`` for a finding row."""
    return f"{row.label} ({row.wave_change})"


@lru_cache(maxsize=8)
def _environment(lang: str, template_dir: str | None, fmt: str) -> jinja2.Environment:
    """HTML templates autoescape; in Markdown every ``{{ value }}`` passes :func:`markdown_text`
    (the filters ``md_quote`` and ``md_cell`` escape and shape at once)."""
    folders = ([template_dir] if template_dir else []) + [str(TEMPLATES / lang), str(TEMPLATES)]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=fmt == "html", finalize=markdown_text if fmt == "md" else None,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
    )
    env.filters.update(md_quote=markdown_quote, md_cell=markdown_cell, say=say, long_date=long_date,
                       change_text=change_text)
    return env


def status(report: SiteReport, words: dict[str, Any]) -> dict[str, Any]:
    """The approval line every format shows: kind (approved, changed, none), text, and details
    (the reason of a forced approval, what changed since, both fingerprints)."""
    approval = report.approval
    if approval is None:
        return {"kind": "none", "text": words["not_approved"].format(site=report.site), "details": []}
    text = words["approved"].format(by=approval["approved_by"], at=long_date(approval["approved_at"], report.lang))
    details = [words["forced"].format(reason=approval["reason"])] if approval.get("reason") else []
    if not approval["changed"]:
        return {"kind": "approved", "text": text, "details": details}
    changes = [say(words["change_counts"][kind][what], n=n) for kind, counts in approval.get("changes", {}).items()
               for what, n in counts.items() if n]
    if changes:
        details.append(words["changes_since"].format(changes=", ".join(changes)))
    details.append(words["fingerprints"].format(approved=approval["fingerprint"][:12],
                                                current=approval["current_fingerprint"][:12]))
    return {"kind": "changed", "text": f"{text} {words['changed']}", "details": details}


def render_text(report: SiteReport, fmt: str, template_dir: Path | None = None,
                heatmap_href: str | None = None, protocol_links: bool = False) -> str:
    """The report as Markdown (``fmt='md'``) or HTML (``'html'``, the heatmap embedded)."""
    if fmt not in TEMPLATE_NAMES:
        raise QdaError(f"unknown report format '{fmt}' (use md, html, docx)")
    if template_dir is not None and not template_dir.is_dir():
        raise QdaError("template folder not found", template_dir)
    words = labels(report.lang, template_dir)
    env = _environment(report.lang, str(template_dir.resolve()) if template_dir else None, fmt)
    try:
        template = env.get_template(TEMPLATE_NAMES[fmt])
        return template.render(
            report=report, t=words, status=status(report, words), levels=LEVELS, origins=ORIGINS,
            heatmap_href=heatmap_href, heatmap_uri=_data_uri(report.heatmap_png) if fmt == "html" else None,
            protocol_links=protocol_links)
    except jinja2.TemplateSyntaxError as exc:
        raise QdaError(f"template error: {exc.message}", exc.filename, exc.lineno) from exc
    except jinja2.UndefinedError as exc:
        raise QdaError(f"template error: {exc.message}", template_dir or TEMPLATES) from exc


def _data_uri(png: bytes | None) -> str | None:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii") if png else None
