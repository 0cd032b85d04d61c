"""A problem shown next to the field it is about (ValidationError.problems by field)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.theme import mark_as_error

# Kept for callers that still set it; new code calls mark_as_error (colour through
# the palette, so the high-contrast theme can recolour it).
ERROR_STYLE = "color: #9b0000; font-weight: bold;"


class FieldError(QLabel):
    """Hidden until there is a problem; says what is wrong in plain words."""

    def __init__(self, about: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        mark_as_error(self)
        self.setAccessibleName(self.tr("Problem with {field}").format(field=about))
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
