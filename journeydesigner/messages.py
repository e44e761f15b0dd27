"""Messages of the Qt-free core that the interface can show in the user's language.

The core speaks English (the CLI and logs stay English), but a message made with
`QT_TRANSLATE_NOOP(context, template).format(name=value, ...)` remembers its context, template and
values. The Qt side (`journeydesigner.i18n.translated`) then looks the template up in the
translation and fills in the same values. `pyside6-lupdate` finds the templates by the marker's
name, as it would in C++; the marker itself does nothing but remember them.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text that knows the template and values it was made from."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, params: dict[str, Any]) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.context, text.template, text.params = context, template, params
        return text


class Template(str):
    """A template marked for translation; `format` gives a Message."""

    context: str

    def __new__(cls, context: str, template: str) -> Template:
        text = super().__new__(cls, template)
        text.context = context
        return text

    def format(self, *args: object, **params: Any) -> Message:
        """The message with these values (by name only: translations may reorder them)."""
        if args:
            raise TypeError("messages take their values by name")
        return Message(self.context, str(self), params)


def QT_TRANSLATE_NOOP(context: str, template: str) -> Template:
    """Mark `template` for translation in `context`; use `.format(...)` or `str()` for text."""
    return Template(context, template)
