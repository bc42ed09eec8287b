"""Marking the core's Danish texts for translation, without Qt.

The UI shows texts the core makes: error messages, vocabulary labels, conditions,
suggestions. Each is written as a literal template with named placeholders inside `N_()` (or
as the literal template of a typed error), so scripts/translations.py can collect it. `N_()`
returns a `Text`: the finished Danish string (it *is* a `str`, so the core, the CLI, the logs
and the tests use it as before) that remembers its template and values, so the UI translates
it by key (app/ui/i18n.py) instead of parsing Danish back into a template.
"""

from __future__ import annotations


class Text(str):
    """A finished Danish text with its `template` and `params` (values may be Texts too).

    `lowered` marks a text that stands inside a sentence ("mangler: cv påbegyndt"): the
    Danish is lower case, and a translation starts with a small letter.
    """

    template: str
    params: dict[str, object]
    lowered: bool

    def __new__(cls, template: str, /, **params: object) -> Text:
        value = template.format(**params) if params else template
        return _make(value, template, params, False)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:  # copy and pickle keep it all
        return _make, (str(self), self.template, self.params, self.lowered)


def _make(value: str, template: str, params: dict[str, object], lowered: bool) -> Text:
    text = str.__new__(Text, value)
    text.template, text.params, text.lowered = template, params, lowered
    return text


class Number(str):
    """A decimal value inside a core text, written the Danish way ("29,75"); the UI writes
    it with its own language's decimal sign."""


def number(value: object) -> Number:
    """A decimal for a core text: comma decimals, no trailing zeros (29,75; 30; 12,5)."""
    return Number(f"{float(str(value)):.2f}".rstrip("0").rstrip(".").replace(".", ","))


def N_(template: str, /, **values: object) -> Text:
    """The Danish text, with `values` filled into its `{placeholders}`."""
    return Text(template, **values)


def in_sentence(text: str) -> Text:
    """`text` in lower case, to stand inside a sentence; its translation starts lower case."""
    if isinstance(text, Text):
        return _make(text.lower(), text.template, text.params, True)
    return _make(text.lower(), text, {}, True)


def join_texts(separator: str, texts: list[str]) -> Text:
    """Texts joined by `separator` ("samme CPR-nummer, samme telefonnummer"); the UI
    translates each part on its own."""
    names = [f"part{i}" for i in range(len(texts))]
    template = separator.join("{" + name + "}" for name in names)
    return Text(template, **dict(zip(names, texts, strict=True)))


def counted(count: int, one: str, many: str) -> str:
    """A count with its noun in the right number, for the command line's Danish output:
    counted(1, "henvisning", "henvisninger") is "1 henvisning"."""
    return f"{count} {one if count == 1 else many}"
