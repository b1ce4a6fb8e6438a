"""Read a ``.qdpx`` into plain data: users, the code tree, text sources with selections, notes,
variables and cases, sets and links.

Only reading happens here (safely, see :mod:`qda.safe_files`); storing is in
:mod:`qda.exchange.refi_import`. What the archive holds is counted as it is read
(``RefiProject.held``), and whatever cannot be represented in qda is listed in
``RefiProject.problems`` (lost sources also by reason in ``lost_sources``), so the import can
say exactly what did not come across.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree.ElementTree import Element

from qda.errors import QdaError
from qda.exchange.guids import normal_guid
from qda.exchange.offsets import normalise_with_offsets
from qda.exchange.refi_paths import resolve_member
from qda.exchange.richtext import RICH_TEXT_SUFFIXES, paragraph_text, rich_text_paragraphs
from qda.exchange.variables import typed_value
from qda.exchange.xmlbuild import PROJECT_NS
from qda.safe_files import SafeZip, parse_xml

NS = f"{{{PROJECT_NS}}}"
OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
CODEBOOK_LABEL = "Codebuch: "


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
    sets: list[str] = field(default_factory=list)
    description: str | None = None
    user: str | None = None


@dataclass
class RefiNote:
    guid: str
    text: str
    user: str | None


@dataclass
class RefiSet:
    name: str
    description: str | None
    codes: list[str]
    sources: list[str]


@dataclass
class RefiLink:
    name: str
    direction: str | None
    origin: str | None
    target: str | None
    notes: list[str]


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
    description: str | None = None
    codebook_name: str | None = None
    code_sets: list[RefiSet] = field(default_factory=list)
    links: list[RefiLink] = field(default_factory=list)
    graphs: int = 0
    held: dict[str, int] = field(default_factory=lambda: {"sources": 0, "codes": 0, "codings": 0})
    lost_sources: dict[str, list[str]] = field(default_factory=dict)  # reason -> source names
    problems: list[str] = field(default_factory=list)

    def lose_source(self, reason: str, name: str, problem: str) -> None:
        """Record a source that does not come across (its codings are then missing too)."""
        self.lost_sources.setdefault(reason, []).append(name)
        self.problems.append(problem)


def read_qdpx(path: Path) -> RefiProject:
    """Parse ``path`` into a :class:`RefiProject`; unsafe or malformed archives raise QdaError."""
    with SafeZip(path) as archive:
        qde = _qde_name(archive, path)
        root = parse_xml(archive.read(qde), f"{path}!{qde}")
        if root.tag != f"{NS}Project":
            raise QdaError(f"{qde} is not a REFI-QDA project (root element {root.tag})", path)
        project = RefiProject(name=root.get("name") or path.stem, creator=normal_guid(root.get("creatingUserGUID")))
        reader = _Reader(archive, root.get("basePath"), project)
        for user in root.iterfind(f"{NS}Users/{NS}User"):
            guid = _guid(user)
            project.users[guid] = user.get("name") or user.get("id") or guid
        for code in root.iterfind(f"{NS}CodeBook/{NS}Codes/{NS}Code"):
            _read_code(code, None, project)
        project.held["codes"] = len(project.codes)
        variables = {_guid(v): name for v in root.iterfind(f"{NS}Variables/{NS}Variable") if (name := v.get("name"))}
        cases = _cases(root, variables, project)
        document_sets = _sets(root, project)
        for element in root.iterfind(f"{NS}Sources/*"):
            project.held["sources"] += 1
            project.held["codings"] += len(element.findall(f".//{NS}Coding"))
            source = reader.source(element, variables)
            if source:
                for case_name, values in cases.get(source.guid, []):
                    source.cases.append(case_name)
                    for name, value in values.items():
                        source.variables.setdefault(name, value)
                source.sets = document_sets.get(source.guid, [])
                project.sources.append(source)
        for note in root.iterfind(f"{NS}Notes/{NS}Note"):
            key = _guid(note)
            project.notes[key] = RefiNote(key, reader.note_text(note), normal_guid(note.get("creatingUser")))
        project.links = [_link(link) for link in root.iterfind(f"{NS}Links/{NS}Link")]
        project.graphs = len(root.findall(f"{NS}Graphs/{NS}Graph"))
        project.description, project.codebook_name = _project_description(root.findtext(f"{NS}Description"))
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


def _guid(element: Element, attribute: str = "guid") -> str:
    """A GUID the REFI-QDA schema requires: without it the archive is malformed."""
    value = normal_guid(element.get(attribute))
    if value is None:
        raise QdaError(f"{element.tag.removeprefix(NS)} '{element.get('name') or '?'}' has no {attribute}")
    return value


def _targets(elements: list[Element]) -> list[str]:
    """The GUIDs the references point to (a reference without a target points nowhere)."""
    return [guid for ref in elements if (guid := normal_guid(ref.get("targetGUID") or ref.get("guid")))]


def _note_refs(element: Element) -> list[str]:
    return _targets(element.findall(f"{NS}NoteRef"))


def _read_code(element: Element, parent: str | None, project: RefiProject) -> None:
    key = _guid(element)
    description = element.findtext(f"{NS}Description")
    project.codes.append(RefiCode(key, element.get("name") or "?", description, element.get("color"), parent))
    project.code_notes[key] = _note_refs(element)
    for child in element.findall(f"{NS}Code"):
        _read_code(child, key, project)


def _variable_values(element: Element, variables: dict[str, str], project: RefiProject) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for holder in element.findall(f"{NS}VariableValue"):
        ref = holder.find(f"{NS}VariableRef")
        target = normal_guid(ref.get("targetGUID")) if ref is not None else None
        name = variables.get(target) if target else None
        value = next((child for child in holder if child.tag.removeprefix(NS) in VALUE_TAGS), None)
        if name is None or value is None or value.text is None:
            continue
        kind = value.tag.removeprefix(NS)
        try:
            found[name] = typed_value(kind, value.text)
        except ValueError:
            found[name] = value.text.strip()
            project.problems.append(f"variable '{name}': '{value.text.strip()}' is no {kind}; kept as text")
    return found


def _cases(root: Element, variables: dict[str, str], project: RefiProject) -> dict[str, list[tuple[str, dict]]]:
    """Source GUID -> [(case name, the case's variable values)]: NVivo keeps attributes on cases."""
    found: dict[str, list[tuple[str, dict]]] = {}
    for case in root.iterfind(f"{NS}Cases/{NS}Case"):
        values = _variable_values(case, variables, project)
        for source in _targets(case.findall(f"{NS}SourceRef")):
            found.setdefault(source, []).append((case.get("name") or "", values))
    return found


def _sets(root: Element, project: RefiProject) -> dict[str, list[str]]:
    """Code sets go to ``project.code_sets``; returns source GUID -> names of its document sets."""
    by_source: dict[str, list[str]] = {}
    for element in root.iterfind(f"{NS}Sets/{NS}Set"):
        name = element.get("name") or "Set"
        members = {tag: _targets(element.findall(f"{NS}{tag}"))
                   for tag in ("MemberCode", "MemberSource", "MemberNote")}
        if members["MemberCode"]:
            project.code_sets.append(RefiSet(name, element.findtext(f"{NS}Description"), members["MemberCode"], []))
        for source in members["MemberSource"]:
            by_source.setdefault(source, []).append(name)
        if members["MemberNote"]:
            project.problems.append(f"set '{name}': {len(members['MemberNote'])} notes as members are not carried over")
    return by_source


def _link(element: Element) -> RefiLink:
    return RefiLink(element.get("name") or "", element.get("direction"), normal_guid(element.get("originGUID")),
                    normal_guid(element.get("targetGUID")), _note_refs(element))


def _project_description(text: str | None) -> tuple[str | None, str | None]:
    """(free description, codebook name): qda writes the codebook's name as a labelled line."""
    if not text:
        return None, None
    lines = text.replace("\r\n", "\n").split("\n")
    name = next((line.removeprefix(CODEBOOK_LABEL).strip() for line in lines if line.startswith(CODEBOOK_LABEL)), None)
    rest = "\n".join(line for line in lines if not line.startswith(CODEBOOK_LABEL)).strip()
    return rest or None, name


class _Reader:
    """Reads source and note texts out of the archive."""

    def __init__(self, archive: SafeZip, base_path: str | None, project: RefiProject):
        self.archive, self.base_path, self.project = archive, base_path, project

    def source(self, element: Element, variables: dict[str, str]) -> RefiSource | None:
        guid = _guid(element)
        name = element.get("name") or guid
        kind = element.tag.removeprefix(NS)
        text_element = element.find(f"{NS}Representation") if kind == "PDFSource" else element
        if text_element is None:  # a PDF without its text representation (other kinds are their own)
            self.project.lose_source(f"are {kind}s", name, f"{kind} '{name}': only text sources are imported")
            return None
        text, mapping, where = self.text(text_element, name)
        if text is None:
            self.project.lose_source("had no text", name, f"source '{name}': {where}")
            return None
        source = RefiSource(guid, name, text, notes=_note_refs(element),
                            description=element.findtext(f"{NS}Description"),
                            user=normal_guid(element.get("creatingUser")))
        source.variables = _variable_values(element, variables, self.project)
        lost = len(element.findall(f"{NS}Coding")) + len(element.findall(f"{NS}PDFSelection/{NS}Coding"))
        if lost:
            self.project.problems.append(f"source '{name}': {lost} codings of the whole source or of PDF areas")
        for selection in text_element.findall(f"{NS}PlainTextSelection"):
            found = self.selection(selection, text, mapping, name)
            if found:
                source.selections.append(found)
        return source

    def text(self, element: Element, name: str) -> tuple[str | None, list[int], str]:
        """(text as qda stores it, map from REFI offsets to it, where it came from or why not)."""
        raw, why = self._plain_text(element)
        if raw is not None and raw.strip():
            text, mapping = normalise_with_offsets(raw)
            return text, mapping, "plain text"
        rich = element.get("richTextPath")
        if not rich:
            return None, [], why or "the plain text is empty"
        member, refusal = resolve_member(self.archive.names, rich, self.base_path)
        suffix = PurePosixPath(member or rich).suffix.lower()
        if member is None:
            return None, [], f"{why or 'the plain text is empty'}; rich text {refusal}"
        if suffix not in RICH_TEXT_SUFFIXES:
            return None, [], f"{why or 'the plain text is empty'}; qda cannot read text from the {suffix} rich text"
        try:
            paragraphs = rich_text_paragraphs(self.archive.read(member), suffix, member)
        except QdaError as error:
            return None, [], f"{why or 'the plain text is empty'}; rich text {member}: {error.message}"
        stored, spread = paragraph_text([unicodedata.normalize("NFC", p) for p in paragraphs])
        if not stored.strip():
            return None, [], f"{why or 'the plain text is empty'}, and so is the rich text"
        text, mapping = normalise_with_offsets(stored)
        return text, [mapping[i] for i in spread], f"rich text {member}"

    def _plain_text(self, element: Element) -> tuple[str | None, str]:
        content = element.findtext(f"{NS}PlainTextContent")
        if content is not None:
            return content, ""
        reference = element.get("plainTextPath")
        if not reference:
            return None, "no plain text"
        member, refusal = resolve_member(self.archive.names, reference, self.base_path)
        if member is None:
            return None, f"plain text {refusal}"
        try:
            return self.archive.read(member).decode("utf-8-sig"), ""
        except UnicodeDecodeError as exc:
            raise QdaError(f"{member} is not UTF-8 text ({exc.reason} at byte {exc.start})",
                           self.archive.path) from None

    def selection(self, element: Element, text: str, mapping: list[int], source: str) -> RefiSelection | None:
        """A selection in qda's offsets, or None (reported, its codings counted lost) when its
        offsets do not fit the text or its quoted text (``name``) does not match there."""
        start, end = (_position(element, name, self.archive.path) for name in ("startPosition", "endPosition"))
        codings = element.findall(f"{NS}Coding")
        where = f"source '{source}' {start}:{end}"
        if not 0 <= start <= end < len(mapping):
            self._lost_selection(codings, f"{where}: offsets outside the text ({len(mapping) - 1} characters)")
            return None
        start, end = mapping[start], mapping[end]
        quote = element.get("name")
        if quote and not quote_matches(quote, text[start:end]):
            self._lost_selection(codings, f"{where}: quoted text '{_short(quote)}' does not match "
                                          f"'{_short(text[start:end])}' there (not moved)")
            return None
        selection = RefiSelection(_guid(element), start, end,
                                  normal_guid(element.get("creatingUser")), notes=_note_refs(element))
        for coding in codings:
            ref = coding.find(f"{NS}CodeRef")
            if ref is None or not ref.get("targetGUID"):
                raise QdaError(f"Coding {coding.get('guid')} in {where} has no CodeRef", self.archive.path)
            selection.codings.append(RefiCoding(
                _guid(coding), _guid(ref, "targetGUID"),
                normal_guid(coding.get("creatingUser")), coding.get("creationDateTime"), _note_refs(coding)))
        return selection

    def _lost_selection(self, codings: list[Element], problem: str) -> None:
        self.project.problems.append(f"{problem}; {len(codings)} codings not imported")

    def note_text(self, element: Element) -> str:
        text, _, _ = self.text(element, element.get("name") or "note")
        return text or ""


def _position(element: Element, attribute: str, path: Path) -> int:
    value = element.get(attribute)
    try:
        return int(value or "")  # missing: no number either
    except ValueError:
        raise QdaError(f"PlainTextSelection {element.get('guid')} has no valid {attribute} ('{value}')", path) from None


def quote_matches(quote: str, found: str) -> bool:
    """Whether a selection's name quotes the text at its offsets (whitespace aside; a name
    cut short with '…' or '...' or after 20 characters may be a prefix)."""
    flat = " ".join(unicodedata.normalize("NFC", quote).split())
    wanted = flat.removesuffix("...").removesuffix("…").rstrip()
    there = " ".join(found.split())
    cut_short = wanted != flat or len(wanted) >= 20
    return there == wanted or cut_short and bool(wanted) and there.startswith(wanted)


def _short(text: str, width: int = 24) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"
