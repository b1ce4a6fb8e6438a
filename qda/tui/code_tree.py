"""The code tree beside the segment: codebook order, the coder's counts, number keys, filtering."""

from __future__ import annotations

from typing import Mapping

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets._tree import TreeNode

from qda.codebook.store import CodeRow
from qda.coding.fuzzy import filter_codes
from qda.tui.render import code_line, quick_digits


class CodeTree(Tree[CodeRow]):
    """Codes as a tree; a filter turns it into a flat list of matches (full paths), best first.

    Labels wider than the tree are cut with an ellipsis rather than clipped mid-word.
    """

    DEFAULT_CSS = "CodeTree { overflow-x: hidden; }"

    def __init__(self, codes: list[CodeRow], quick: Mapping[int, CodeRow], **kwargs):
        super().__init__("Codes", **kwargs)
        self.codes = codes
        self.digits = quick_digits(quick)
        self.counts: dict[int, int] = {}
        self.query_text = ""
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2

    def on_mount(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the tree for the current filter; the cursor goes to the best match."""
        self.clear()
        nodes: dict[int | None, TreeNode[CodeRow]] = {}
        matches = filter_codes(self.codes, self.query_text)
        for code in matches:
            parent = self.root if self.query_text else nodes.get(code.parent_id, self.root)
            nodes[code.id] = parent.add(self._label(code), data=code, expand=True, allow_expand=False)
        self.root.expand_all()
        if matches:
            self.move_cursor(nodes[matches[0].id])

    def _label(self, code: CodeRow) -> Text:
        return code_line(code, self.counts.get(code.id, 0), self.digits.get(code.id), indent=False,
                         full_path=bool(self.query_text))

    def set_filter(self, text: str) -> None:
        self.query_text = text.strip()
        self.rebuild()

    def set_counts(self, counts: dict[int, int]) -> None:
        """Show new per-code counts, keeping the cursor where it is."""
        self.counts = dict(counts)
        self._relabel()

    def set_quick(self, quick: Mapping[int, CodeRow]) -> None:
        """Show new number keys (after a pin), keeping the cursor where it is."""
        self.digits = quick_digits(quick)
        self._relabel()

    def _relabel(self) -> None:
        for node in self._all_nodes():
            if node.data is not None:
                node.set_label(self._label(node.data))

    def _all_nodes(self):
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.children)

    def render_label(self, node: TreeNode[CodeRow], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self._indent(node)
        if room > 0 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label

    def _indent(self, node: TreeNode[CodeRow]) -> int:
        """Cells of tree guides before a node's label."""
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        return depth * self.guide_depth

    @property
    def highlighted_code(self) -> CodeRow | None:
        node = self.cursor_node
        return node.data if node is not None else None
