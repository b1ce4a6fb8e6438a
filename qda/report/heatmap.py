"""A heatmap picture of counts per site and theme, drawn off-screen (Agg, no pyplot state)."""

from __future__ import annotations

import io

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from qda.analysis.export import labelled

MAX_LABEL = 28


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"


def heatmap_png(counts: pd.DataFrame, lang: str = "de", title: str | None = None, dpi: int = 110) -> bytes:
    """PNG bytes of ``counts`` (a count matrix) with the numbers written into the cells."""
    shown = labelled(counts, lang, percent=False)
    rows, cols = shown.shape
    figure = Figure(figsize=(max(6.0, 0.55 * cols + 2.5), max(2.5, 0.38 * rows + 2.2)), dpi=dpi)
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
    axes.set_xticks(range(cols), [_short(str(c)) for c in shown.columns], rotation=45, ha="right", fontsize=8,
                    parse_math=False)
    axes.set_yticks(range(rows), [str(i) for i in shown.index], fontsize=8, parse_math=False)
    if title:
        axes.set_title(title, fontsize=10, parse_math=False)
    figure.colorbar(image, ax=axes, fraction=0.03, pad=0.02)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
