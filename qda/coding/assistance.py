"""What the coding layer uses from the layers above it, handed in by whoever opens a session.

Suggestions and their uncertainty order come from assisted tagging (``qda.assist``), the
disagreement queue from ``qda.agreement``; both sit above the coding layer, so the coding
session does not import them. The workbench command, a script or a test passes an
:class:`Assistance` (``qda.face.assistance()`` gives the real one); a session opened without one
codes and queues as usual and says that suggestions are not available.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qda.errors import QdaError


@dataclass(frozen=True)
class Assistance:
    suggest_segments: Callable[[Any, list[int]], dict[int, list[Any]]] | None = None
    record_decision: Callable[..., Any] | None = None
    uncertainty_order: Callable[[Any, list[int]], list[int]] | None = None
    disagreement_segment_ids: Callable[[Any, list[str]], list[int]] | None = None

    def need(self, name: str) -> Callable[..., Any]:
        """The function ``name``, or a one-line error saying what is missing."""
        function = getattr(self, name)
        if function is None:
            raise QdaError(f"{name.replace('_', ' ')} is not available in this session")
        return function
