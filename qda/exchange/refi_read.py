"""Read a ``.qdpx`` into plain data: users, the code tree, text sources with selections, notes.

Only reading happens here (safely, see :mod:`qda.exchange.safety`); storing is in
:mod:`qda.exchange.refi_import`. Whatever cannot be represented in qda is listed in
``RefiProject.problems`` for the import report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree.ElementTree import Element

from qda.errors import QdaError
from qda.exchange.guids import normal_guid
from qda.exchange.offsets import normalise_with_offsets
from qda.exchange.safety import SafeZip, parse_xml
from qda.exchange.xmlbuild import PROJECT_NS

NS = f"{{{PROJECT_NS}}}"
OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


@dataclass
class RefiCode:
    guid: str
    name: str
    description: str | None
    color: str | None
    parent: str | None


@dataclass
class RefiCoding:
    guid: str
    code: str
    user: str | None
    created: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class RefiSelection:
    guid: str
    start: int
    end: int
    user: str | None
    codings: list[RefiCoding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class RefiSource:
    guid: str
    name: str
    text: str
    variables: dict[str, Any] = field(default_factory=dict)
    selections: list[RefiSelection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)


@dataclass
class RefiNote:
    guid: str
    text: str
    user: str | None


@dataclass
class RefiProject:
    name: str
    creator: str | None
    users: dict[str, str] = field(default_factory=dict)
    codes: list[RefiCode] = field(default_factory=list)
    code_notes: dict[str, list[str]] = field(default_factory=dict)
    sources: list[RefiSource] = field(default_factory=list)
    notes: dict[str, RefiNote] = field(default_factory=dict)
    project_notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_qdpx(path: Path) -> RefiProject:
    """Parse ``path`` into a :class:`RefiProject`; unsafe or malformed archives raise QdaError."""
    with SafeZip(path) as archive:
        qde = _qde_name(archive, path)
        root = parse_xml(archive.read(qde), f"{path}!{qde}")
        if root.tag != f"{NS}Project":
            raise QdaError(f"{qde} is not a REFI-QDA project (root element {root.tag})", path)
        project = RefiProject(name=root.get("name") or path.stem, creator=normal_guid(root.get("creatingUserGUID")))
        for user in root.iterfind(f"{NS}Users/{NS}User"):
            project.users[normal_guid(user.get("guid"))] = user.get("name") or user.get("id") or user.get("guid")
        for code in root.iterfind(f"{NS}CodeBook/{NS}Codes/{NS}Code"):
            _read_code(code, None, project)
        variables = {normal_guid(v.get("guid")): v.get("name") for v in root.iterfind(f"{NS}Variables/{NS}Variable")}
        cases = _cases(root)
        for element in root.iterfind(f"{NS}Sources/*"):
            source = _read_source(element, archive, variables, project)
            if source:
                source.cases = cases.get(source.guid, [])
                project.sources.append(source)
        for note in root.iterfind(f"{NS}Notes/{NS}Note"):
            text = _note_text(note, archive, project)
            project.notes[normal_guid(note.get("guid"))] = RefiNote(
                normal_guid(note.get("guid")), text, normal_guid(note.get("creatingUser")))
        project.project_notes = _note_refs(root)
    return project


def _qde_name(archive: SafeZip, path: Path) -> str:
    candidates = sorted(name for name in archive.names if "/" not in name and name.lower().endswith(".qde"))
    if "project.qde" in candidates:
        return "project.qde"
    if len(candidates) != 1:
        raise QdaError("a .qdpx must hold exactly one .qde file at its root"
                       f" (found {len(candidates)})", path)
    return candidates[0]


def _note_refs(element: Element) -> list[str]:
    return [normal_guid(ref.get("targetGUID")) for ref in element.findall(f"{NS}NoteRef")]


def _read_code(element: Element, parent: str | None, project: RefiProject) -> None:
    key = normal_guid(element.get("guid"))
    description = element.findtext(f"{NS}Description")
    project.codes.append(RefiCode(key, element.get("name") or "?", description, element.get("color"), parent))
    project.code_notes[key] = _note_refs(element)
    for child in element.findall(f"{NS}Code"):
        _read_code(child, key, project)


def _cases(root: Element) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for case in root.iterfind(f"{NS}Cases/{NS}Case"):
        for ref in case.findall(f"{NS}SourceRef"):
            found.setdefault(normal_guid(ref.get("targetGUID")), []).append(case.get("name") or "")
    return found


def _read_source(element: Element, archive: SafeZip, variables: dict, project: RefiProject) -> RefiSource | None:
    name = element.get("name") or element.get("guid")
    kind = element.tag.removeprefix(NS)
    if kind in OTHER_SOURCES:
        project.problems.append(f"{kind} '{name}': only text sources are imported")
        return None
    raw = _source_text(element, archive, project, name)
    if raw is None:
        return None
    text, mapping = normalise_with_offsets(raw)
    source = RefiSource(normal_guid(element.get("guid")), name, text, notes=_note_refs(element))
    for value in element.findall(f"{NS}VariableValue"):
        variable = variables.get(normal_guid(value.find(f"{NS}VariableRef").get("targetGUID")))
        found = next((child.text for child in value if child.tag.removeprefix(NS) in VALUE_TAGS), None)
        if variable and found is not None:
            source.variables[variable] = found.strip()
    if element.findall(f"{NS}Coding"):
        project.problems.append(f"source '{name}': codings of the whole source are not carried over")
    for selection in element.findall(f"{NS}PlainTextSelection"):
        source.selections.append(_selection(selection, mapping, len(raw)))
    return source


def _selection(element: Element, mapping: list[int], length: int) -> RefiSelection:
    start = min(max(int(element.get("startPosition")), 0), length)
    end = min(max(int(element.get("endPosition")), start), length)
    selection = RefiSelection(normal_guid(element.get("guid")), mapping[start], mapping[end],
                              normal_guid(element.get("creatingUser")), notes=_note_refs(element))
    for coding in element.findall(f"{NS}Coding"):
        selection.codings.append(RefiCoding(
            normal_guid(coding.get("guid")), normal_guid(coding.find(f"{NS}CodeRef").get("targetGUID")),
            normal_guid(coding.get("creatingUser")), coding.get("creationDateTime"), _note_refs(coding)))
    return selection


def _source_text(element: Element, archive: SafeZip, project: RefiProject, name: str) -> str | None:
    content = element.findtext(f"{NS}PlainTextContent")
    if content is not None:
        return content
    reference = element.get("plainTextPath")
    if not reference:
        project.problems.append(f"source '{name}': no plain text (only {element.get('richTextPath') or 'nothing'})")
        return None
    member = _member(archive, reference)
    if member is None:
        project.problems.append(f"source '{name}': plain text '{reference}' is not inside the archive")
        return None
    try:
        return archive.read(member).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QdaError(f"{member} is not UTF-8 text ({exc.reason} at byte {exc.start})", archive.path) from None


def _note_text(element: Element, archive: SafeZip, project: RefiProject) -> str:
    return _source_text(element, archive, project, element.get("name") or "note") or ""


def _member(archive: SafeZip, reference: str) -> str | None:
    if not reference.startswith("internal://"):
        return None
    file_name = PurePosixPath(reference.removeprefix("internal://")).name
    wanted = {f"sources/{file_name}".lower(), file_name.lower()}
    return next((name for name in sorted(archive.names) if name.lower() in wanted), None)
