"""The codebook: a YAML tree of codes, validated with line numbers, synchronised into the project."""

from qda.codebook.loader import check_codebook_file, load_codebook_file
from qda.codebook.model import Code, Codebook, Feature, FeatureValue
from qda.codebook.store import CodeRow, load_codes, load_features, merge_codes, rename_code, resolve_code, sync_codebook

__all__ = [
    "Code", "Codebook", "CodeRow", "Feature", "FeatureValue", "load_features", "check_codebook_file",
    "load_codebook_file", "load_codes",
    "merge_codes", "rename_code", "resolve_code", "sync_codebook",
]
