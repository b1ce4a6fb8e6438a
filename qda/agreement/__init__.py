"""Intercoder agreement: units, figures, disagreements and consensus coding."""

from qda.agreement.consensus import ConsensusReport, build_consensus, read_decisions
from qda.agreement.disagreements import disagreement_rows, disagreement_segment_ids
from qda.agreement.metrics import Agreement, agreement, cohen_kappa, krippendorff_alpha
from qda.agreement.report import agreement_rows
from qda.agreement.units import UnitTable, build_units, parse_coders, unit_texts

__all__ = [
    "Agreement", "ConsensusReport", "UnitTable", "agreement", "agreement_rows", "build_consensus",
    "build_units", "cohen_kappa", "disagreement_rows", "disagreement_segment_ids", "krippendorff_alpha",
    "parse_coders", "read_decisions", "unit_texts",
]
