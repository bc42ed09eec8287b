"""The rule behind each kind of due item, in words, for the record's "Regel" column
("Trin 2 højst 13 uger"); the seed reference stays in `DueItem.rule` and in the comments."""

from __future__ import annotations

from app.domain.rules import DueItem, DueKind
from app.domain.text import N_
from app.domain.values import TRIN3_EXIT_PAID_HOURS_PER_MONTH

# the rule behind each kind of due item, in words for the "Regel" column; the seed stays in
# DueItem.rule (issue 17, point 10)
RULE_TEXTS = {
    DueKind.VISITATION: N_("Trin 1 højst én måned"),  # seed 004, trin 1
    DueKind.TRIN1_TARGET: N_("Trin 1 højst én måned"),  # seed 004, trin 1
    DueKind.TRIN2_TARGET: N_("Trin 2 højst 13 uger"),  # seed 004, trin 2
    DueKind.WEEKLY_CONTACT: N_("Ugentlig kontakt i trin 2"),  # seed 004, trin 2
    DueKind.MONTHLY_FOLLOW_UP: N_("Månedlig kontakt det første år i trin 3"),  # seed 001
    DueKind.CONSIDER_COMPLETION: N_("{hours} løntimer om måneden afslutter trin 3",
                                    hours=TRIN3_EXIT_PAID_HOURS_PER_MONTH),  # seed 001
    DueKind.STEP_UP: N_("Step-up, når matchet trækker ud"),  # seed 002
    DueKind.AFTERCARE: N_("Efterværn i 3-6 måneder"),  # seed 004, trin 3
    DueKind.AGREED_CONTACT: N_("Aftalt med borgeren"),
    DueKind.STEP_UP_FOLLOW_UP: N_("Opfølgning som aftalt i step-up"),  # seed 002
    DueKind.AGREEMENT_FOLLOW_UP: N_("Opfølgningsplanens hyppighed"),  # seed 004, trin 2
    DueKind.PERSONAL_CONTACT_BEFORE_SANCTION: N_("Personlig kontakt før sanktion"),  # seed 001
}


def rule_text(item: DueItem) -> str:
    """The rule behind a due item in words ("Trin 2 højst 13 uger")."""
    return RULE_TEXTS[item.kind]
