"""Read a codebook YAML file into a :class:`Codebook`, reporting problems by file and line.

PyYAML's node graph (``yaml.compose``) is walked instead of the loaded dicts so that every
problem can name its line, duplicate keys are caught (``safe_load`` silently keeps the last),
and a recursive alias shows up as a cycle instead of an endless tree.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from qda.codebook.model import Code, Codebook
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes

CODE_KEYS = {
    "id", "label", "label_en", "definition", "anchor_examples", "coding_rules", "keywords",
    "exclude", "questions", "color", "children",
}
TOP_KEYS = {"name", "name_en", "language", "description", "codes"}
LIST_KEYS = ("anchor_examples", "keywords", "exclude", "questions")
TEXT_KEYS = ("label_en", "definition", "coding_rules")
_ID = re.compile(r"^[a-z0-9_]+$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Checker:
    """Collects every problem in one pass so ``qda codebook check`` can list them all."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[QdaError] = []
        self.seen_ids: dict[str, int] = {}

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(QdaError(message, self.path, node.start_mark.line + 1))

    def mapping(self, node: Node, allowed: set[str], what: str) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            self.problem(node, f"{what} must be a mapping")
            return {}
        found: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in found:
                self.problem(key_node, f"duplicate key '{key}' in {what}")
            elif key not in allowed:
                self.problem(key_node, f"unknown key '{key}' in {what} (allowed: {', '.join(sorted(allowed))})")
            found[key] = value_node
        return found

    def text(self, node: Node | None, key: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, ScalarNode) or node.tag.endswith(":null"):
            self.problem(node, f"'{key}' must be text")
            return None
        return str(node.value).strip()

    def text_list(self, node: Node | None, key: str) -> list[str]:
        if node is None:
            return []
        if isinstance(node, ScalarNode):
            return [str(node.value).strip()] if str(node.value).strip() else []
        if not isinstance(node, SequenceNode):
            self.problem(node, f"'{key}' must be a list of texts")
            return []
        return [str(item.value).strip() for item in node.value if isinstance(item, ScalarNode) and str(item.value).strip()]

    def codes(self, node: Node | None, parent_path: str, ancestors: tuple[int, ...]) -> list[Code]:
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, "'codes' and 'children' must be lists of codes")
            return []
        return [code for item in node.value if (code := self.code(item, parent_path, ancestors))]

    def code(self, node: Node, parent_path: str, ancestors: tuple[int, ...]) -> Code | None:
        if id(node) in ancestors:
            self.problem(node, "cycle: this code contains itself (recursive YAML alias)")
            return None
        fields = self.mapping(node, CODE_KEYS, "code")
        if not fields and isinstance(node, MappingNode):
            self.problem(node, "empty code entry")
        code_id = self.text(fields.get("id"), "id")
        if not fields or code_id is None:
            if fields:
                self.problem(node, "code without 'id'")
            return None
        if not _ID.match(code_id):
            self.problem(fields["id"], f"invalid code id '{code_id}' (use a-z, 0-9 and _)")
        line = node.start_mark.line + 1
        if code_id in self.seen_ids:
            self.problem(fields["id"], f"duplicate code id '{code_id}' (first at line {self.seen_ids[code_id]})")
        self.seen_ids.setdefault(code_id, line)
        label = self.text(fields.get("label"), "label")
        if not label:
            self.problem(node, f"code '{code_id}' has no label")
        color = self.text(fields.get("color"), "color")
        if color is not None and not _COLOR.match(color):
            self.problem(fields["color"], f"bad colour '{color}' for '{code_id}' (use #rrggbb)")
            color = None
        path = f"{parent_path}/{code_id}" if parent_path else code_id
        code = Code(id=code_id, label=label or code_id, path=path, color=color, line=line)
        for key in TEXT_KEYS:
            setattr(code, key, self.text(fields.get(key), key))
        for key in LIST_KEYS:
            setattr(code, key, self.text_list(fields.get(key), key))
        code.children = self.codes(fields.get("children"), path, ancestors + (id(node),))
        return code


def _parse(path: Path) -> tuple[Codebook | None, list[QdaError]]:
    if not path.is_file():
        return None, [QdaError("no such codebook file", path)]
    text, _ = decode_bytes(path.read_bytes(), str(path))
    if not text.strip():
        return None, [QdaError("empty codebook file", path)]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [QdaError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path, mark.line + 1 if mark else None)]
    checker = _Checker(path)
    top = checker.mapping(root, TOP_KEYS, "codebook")
    name = checker.text(top.get("name"), "name") or path.stem
    codebook = Codebook(
        name=name,
        language=checker.text(top.get("language"), "language") or "de",
        description=checker.text(top.get("description"), "description"),
        name_en=checker.text(top.get("name_en"), "name_en"),
    )
    if "codes" not in top:
        checker.problems.append(QdaError("codebook has no 'codes' list", path, 1))
    codebook.codes = checker.codes(top.get("codes"), "", ())
    return codebook, checker.problems


def check_codebook_file(path: Path) -> list[QdaError]:
    """Every problem in the file, in order; empty when the codebook is valid."""
    return _parse(path)[1]


def load_codebook_file(path: Path) -> Codebook:
    """The codebook in ``path``; raises the first problem, saying how many more there are."""
    codebook, problems = _parse(path)
    if problems:
        first = problems[0]
        more = f" ({len(problems) - 1} more problems: run 'qda codebook check {path}')" if len(problems) > 1 else ""
        raise QdaError(first.message + more, first.path, first.line)
    assert codebook is not None
    return codebook
