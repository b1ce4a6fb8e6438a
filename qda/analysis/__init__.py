"""Analysis for Python users and the reports: retrieval, co-occurrence, theme matrices, as DataFrames."""

from qda.analysis.cooccurrence import cooccurrence
from qda.analysis.matrix import VALUES, theme_matrices, theme_matrix
from qda.analysis.retrieve import retrieve

__all__ = ["VALUES", "cooccurrence", "retrieve", "theme_matrices", "theme_matrix"]
