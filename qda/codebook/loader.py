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

from qda.codebook.model import FEATURE_KINDS, RATING_EXTRA, Code, Codebook, Feature, FeatureValue
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.safe_yaml import BoundedLoader, ExplainingLoader, check_bounds

CODE_KEYS = {
    "id", "label", "label_en", "definition", "anchor_examples", "coding_rules", "keywords",
    "exclude", "questions", "color", "children", "features",
}
FEATURE_KEYS = {"id", "label", "label_en", "definition", "kind", "values", "scale"}
VALUE_KEYS = {"id", "label", "label_en", "symbol"}
SCALE_KEYS = {"value", "label", "label_en", "symbol"}
LISTED_KINDS = ("category", "multi")
RATING_SYMBOLS = {-2: "−−", -1: "−", 0: "○", 1: "+", 2: "++"}
DEFAULT_SCALE = (
    (-2, "deutlich hinderlich", "clearly hindering"), (-1, "eher hinderlich", "rather hindering"),
    (0, "neutral", "neutral"), (1, "eher förderlich", "rather supportive"),
    (2, "deutlich förderlich", "clearly supportive"),
)
TOP_KEYS = {"name", "name_en", "language", "description", "codes"}
LIST_KEYS = ("anchor_examples", "keywords", "exclude", "questions")
TEXT_KEYS = ("label_en", "definition", "coding_rules")
MAX_VALUES = 200_000  # after alias expansion
MAX_DEPTH = 64  # YAML levels: two per level of codes
_ID = re.compile(r"^[a-z0-9_]+$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Checker:
    """Collects every problem in one pass so ``qda codebook check`` can list them all."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[QdaError] = []
        self.seen_ids: dict[str, int] = {}
        self.seen_features: dict[str, int] = {}

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
        return [str(item.value).strip() for item in node.value
                if isinstance(item, ScalarNode) and str(item.value).strip()]

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
        code.features = self.features(fields.get("features"), code_id)
        code.children = self.codes(fields.get("children"), path, ancestors + (id(node),))
        return code

    def features(self, node: Node | None, code_id: str) -> list[Feature]:
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, "'features' must be a list of features")
            return []
        return [feature for item in node.value if (feature := self.feature(item, code_id))]

    def feature(self, node: Node, code_id: str) -> Feature | None:
        fields = self.mapping(node, FEATURE_KEYS, "feature")
        feature_id = self.text(fields.get("id"), "id") if fields else None
        if feature_id is None:
            self.problem(node, "feature without 'id'")
            return None
        if not _ID.match(feature_id):
            self.problem(fields["id"], f"invalid feature id '{feature_id}' (use a-z, 0-9 and _)")
        line = node.start_mark.line + 1
        if feature_id in self.seen_features:
            first = self.seen_features[feature_id]
            self.problem(fields["id"], f"duplicate feature id '{feature_id}' (first at line {first})")
        self.seen_features.setdefault(feature_id, line)
        label = self.text(fields.get("label"), "label")
        if not label:
            self.problem(node, f"feature '{feature_id}' has no label")
        kind = self.text(fields.get("kind"), "kind")
        if kind not in FEATURE_KINDS:
            self.problem(fields.get("kind", node), f"feature '{feature_id}' needs a kind: {', '.join(FEATURE_KINDS)}")
            return None
        feature = Feature(id=feature_id, label=label or feature_id, kind=kind, code=code_id, line=line,
                          label_en=self.text(fields.get("label_en"), "label_en"),
                          definition=self.text(fields.get("definition"), "definition"))
        if kind in LISTED_KINDS:
            feature.values = self.listed_values(fields.get("values"), node, feature_id)
        elif kind == "rating":
            feature.values = self.scale(fields.get("scale"), feature_id)
        for key in ("values", "scale"):
            if key in fields and not (key == "values" and kind in LISTED_KINDS or key == "scale" and kind == "rating"):
                self.problem(fields[key], f"feature '{feature_id}' of kind {kind} takes no '{key}'")
        return feature

    def listed_values(self, node: Node | None, owner: Node, feature_id: str) -> list[FeatureValue]:
        if not isinstance(node, SequenceNode) or not node.value:
            self.problem(node or owner, f"feature '{feature_id}' needs a list of 'values'")
            return []
        values: list[FeatureValue] = []
        for item in node.value:
            fields = self.mapping(item, VALUE_KEYS, "feature value")
            value_id, label = self.text(fields.get("id"), "id"), self.text(fields.get("label"), "label")
            if not value_id or not _ID.match(value_id) or not label:
                self.problem(item, f"a value of '{feature_id}' needs an id (a-z, 0-9, _) and a label")
                continue
            if any(value.id == value_id for value in values):
                self.problem(fields["id"], f"duplicate value '{value_id}' in feature '{feature_id}'")
                continue
            values.append(FeatureValue(value_id, label, self.text(fields.get("label_en"), "label_en"),
                                       self.text(fields.get("symbol"), "symbol")))
        return values

    def scale(self, node: Node | None, feature_id: str) -> list[FeatureValue]:
        """The rating's steps ascending (default −2..+2), then "gemischt" and "keine Angabe"."""
        steps: list[tuple[int, str, str | None]] = list(DEFAULT_SCALE)
        if node is not None:
            steps = []
            for item in node.value if isinstance(node, SequenceNode) else [node]:
                fields = self.mapping(item, SCALE_KEYS, "scale step")
                raw, label = self.text(fields.get("value"), "value"), self.text(fields.get("label"), "label")
                if raw is None or not re.fullmatch(r"[+-]?\d+", raw) or not label:
                    self.problem(item, f"a scale step of '{feature_id}' needs an integer 'value' and a 'label'")
                    continue
                steps.append((int(raw), label, self.text(fields.get("label_en"), "label_en")))
            numbers = [step[0] for step in steps]
            if numbers != sorted(set(numbers)):
                self.problem(node, f"the scale of '{feature_id}' must ascend without repeats")
        values = [FeatureValue(rating_id(number), label, label_en, RATING_SYMBOLS.get(number, rating_id(number)))
                  for number, label, label_en in steps]
        return values + [FeatureValue(*extra) for extra in RATING_EXTRA]


def rating_id(number: int) -> str:
    """A rating step as a value id: ``+2``, ``0``, ``-1``."""
    return f"{number:+d}" if number else "0"


def _parse(path: Path) -> tuple[Codebook | None, list[QdaError]]:
    if not path.is_file():
        return None, [QdaError("no such codebook file", path)]
    text, _ = decode_bytes(path.read_bytes(), str(path))
    if not text.strip():
        return None, [QdaError("empty codebook file", path)]
    try:
        check_bounds(text, path, MAX_VALUES, MAX_DEPTH)
        try:
            root = yaml.compose(text, Loader=BoundedLoader)
        except yaml.YAMLError:
            root = yaml.compose(text, Loader=ExplainingLoader)
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
