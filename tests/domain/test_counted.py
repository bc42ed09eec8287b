"""The command line's counts in Danish: one noun in the singular, any other count plural."""

from app.domain.text import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "henvisning", "henvisninger") == "1 henvisning"
    assert counted(0, "henvisning", "henvisninger") == "0 henvisninger"
    assert counted(2, "ny henvisning", "nye henvisninger") == "2 nye henvisninger"
    assert counted(1, "kontor", "kontorer") == "1 kontor"
