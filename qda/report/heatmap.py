"""A heatmap picture of counts per site and theme, drawn off-screen (Agg, no pyplot state).

The title says what the cells count, theme labels are wrapped rather than cut, and one site (the
report's own) can be highlighted.
"""

from __future__ import annotations

import io
import textwrap

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from qda.analysis.export import counts_label, labelled

LABEL_WIDTH = 22  # characters per line of a column label
HIGHLIGHT = "#d62728"


def heatmap_title(counts: pd.DataFrame, lang: str = "de") -> str:
    """The cells' meaning as a title: "Kodierte Textstellen (Segmente) je Standort und Code, …"."""
    text = counts_label(counts, lang).split(": ", 1)[-1]
    return text[:1].upper() + text[1:]


def heatmap_png(counts: pd.DataFrame, lang: str = "de", title: str | None = None, dpi: int = 110,
                highlight: str | None = None) -> bytes:
    """PNG bytes of ``counts`` (a count matrix) with the numbers written into the cells; the row
    ``highlight`` is framed and its label set in bold."""
    shown = labelled(counts, lang, percent=False)
    rows, cols = shown.shape
    labels = [textwrap.fill(str(c), LABEL_WIDTH, break_long_words=False) for c in shown.columns]
    label_lines = max((label.count("\n") + 1 for label in labels), default=1)
    figure = Figure(figsize=(max(6.0, 0.62 * cols + 2.8), max(3.0, 0.38 * rows + 1.6 + 0.22 * label_lines)), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    values = shown.to_numpy(dtype=float) if rows and cols else [[0.0]]
    image = axes.imshow(values, cmap="Blues", aspect="auto", vmin=0)
    peak = max((max(row) for row in values), default=0) or 1
    for y in range(rows):
        for x in range(cols):
            value = values[y][x]
            axes.text(x, y, f"{value:.0f}", ha="center", va="center", fontsize=7, parse_math=False,
                      color="white" if value > peak * 0.6 else "#222")
    # labels are user text: a '$' must not start matplotlib's math mode (parse_math=False)
    axes.set_xticks(range(cols), labels, rotation=45, ha="right", rotation_mode="anchor", fontsize=7,
                    parse_math=False)
    axes.set_yticks(range(rows), [str(i) for i in shown.index], fontsize=8, parse_math=False)
    if highlight is not None and highlight in list(shown.index):
        row = list(shown.index).index(highlight)
        axes.add_patch(Rectangle((-0.5, row - 0.5), cols, 1, fill=False, edgecolor=HIGHLIGHT, linewidth=2))
        tick = axes.get_yticklabels()[row]
        tick.set_fontweight("bold")
        tick.set_color(HIGHLIGHT)
    axes.set_title(title or heatmap_title(counts, lang), fontsize=9, wrap=True, parse_math=False)
    figure.colorbar(image, ax=axes, fraction=0.03, pad=0.02)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
