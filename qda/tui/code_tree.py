"""The code tree beside the segment: codebook order, the coder's counts, quick digits, filtering."""

from __future__ import annotations

from textual.widgets import Tree

from qda.codebook.store import CodeRow
from qda.coding.fuzzy import filter_codes
from qda.tui.render import code_line, quick_digits


class CodeTree(Tree[CodeRow]):
    """Codes as a tree; a filter turns it into a flat list of matches, best first."""

    def __init__(self, codes: list[CodeRow], quick: list[CodeRow], **kwargs):
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
        nodes = {}
        matches = filter_codes(self.codes, self.query_text)
        for code in matches:
            parent = self.root if self.query_text else nodes.get(code.parent_id, self.root)
            label = code_line(code, self.counts.get(code.id, 0), self.digits.get(code.id), indent=False)
            nodes[code.id] = parent.add(label, data=code, expand=True, allow_expand=False)
        self.root.expand_all()
        if matches:
            self.move_cursor(nodes[matches[0].id])

    def set_filter(self, text: str) -> None:
        self.query_text = text.strip()
        self.rebuild()

    def set_counts(self, counts: dict[int, int]) -> None:
        """Show new per-code counts, keeping the cursor where it is."""
        self.counts = dict(counts)
        for node in self._all_nodes():
            if node.data is not None:
                node.set_label(code_line(node.data, self.counts.get(node.data.id, 0), self.digits.get(node.data.id),
                                         indent=False))

    def _all_nodes(self):
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.children)

    @property
    def highlighted_code(self) -> CodeRow | None:
        node = self.cursor_node
        return node.data if node is not None else None

    @property
    def first_match(self) -> CodeRow | None:
        return self.root.children[0].data if self.root.children else None
