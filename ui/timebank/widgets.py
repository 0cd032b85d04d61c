"""Small pieces shared by the time-bank views: a table model, a member picker,
a minutes editor in 15-minute steps, and an error/status line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSpinBox, QWidget

from accesspoint.errors import AccessPointError
from accesspoint.timebank import ledger, members
from ui.widgets import theme
from ui.widgets.domain_text import describe_error, translate

Column = tuple[str, Callable[[dict[str, Any]], Any]]
_ROOT = QModelIndex()


def hm(minutes: int) -> str:
    return ledger.fmt_minutes(minutes)


def member_label(m: dict[str, Any]) -> str:
    return f"{m['member_number']} · {members.display_name(m)}"


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through (header, getter) columns; read-only."""

    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 align_right: Sequence[int] = ()):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []
        self._right = set(align_right)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def row(self, index: int) -> dict[str, Any] | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


class MemberPicker(QLineEdit):
    """Type a member number or a name; the completer offers 'TB00012 · Ana Silva'.

    `member` is the chosen member (or None); `chosen` fires when it changes.
    The list of members is handed in by the owner (loaded on the DB worker).
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.member: dict[str, Any] | None = None
        self._by_label: dict[str, dict[str, Any]] = {}
        self._by_number: dict[str, dict[str, Any]] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        completer.activated.connect(self._resolve)
        self.setPlaceholderText(self.tr("Member number or name"))
        self.editingFinished.connect(self._resolve)
        self.textEdited.connect(self._edited)

    def set_members(self, found: list[dict[str, Any]]) -> None:
        self._by_label = {member_label(m): m for m in found}
        self._by_number = {m["member_number"].casefold(): m for m in found}
        self._model.setStringList(sorted(self._by_label))

    def _edited(self, _text: str) -> None:
        if self.member is not None:
            self.member = None
            self.chosen.emit(None)

    def _resolve(self, text: str | None = None) -> None:
        text = (text if isinstance(text, str) else self.text()).strip()
        found = self._by_label.get(text) or self._by_number.get(
            text.split(" ")[0].casefold()) if text else None
        if found is not None and found is not self.member:
            self.member = found
            self.setText(member_label(found))
            self.chosen.emit(found)

    def clear_member(self) -> None:
        self.member = None
        self.clear()


class MinutesBox(QSpinBox):
    """Duration in minutes, stepping 15 at a time (arrow keys / Page Up), shown as 1h 30m."""

    def __init__(self, parent: QWidget | None = None, value: int = 60):
        super().__init__(parent)
        self.setRange(15, 24 * 60)
        self.setSingleStep(15)
        self.setValue(value)
        self.setAccelerated(True)

    def textFromValue(self, value: int) -> str:
        return hm(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip().lower().replace(" ", "")
        try:
            if "h" in text:
                h, _, m = text.partition("h")
                return int(h or 0) * 60 + int(m.rstrip("m") or 0)
            return int(text.rstrip("m"))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):  # type: ignore[override]
        from PySide6.QtGui import QValidator

        allowed = set("0123456789hm ")
        if all(c in allowed for c in text.lower()):
            return (QValidator.State.Intermediate if not text.strip()
                    else QValidator.State.Acceptable, text, pos)
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        value = self.valueFromText(text)
        # Round to the 15-minute steps the sheet uses.
        return hm(max(15, min(24 * 60, round(value / 15) * 15)))


class StatusLine(QLabel):
    """One line under a form: green for done, red for what to fix (also announced)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Status"))

    def ok(self, text: str) -> None:
        theme.mark_as_ok(self)
        self.setText(text)
        self.setAccessibleDescription(text)

    def error(self, exc: BaseException | str) -> None:
        text = describe_error(exc) if isinstance(exc, AccessPointError) else translate(exc) \
            if isinstance(exc, str) else \
            self.tr("Something went wrong: {0}").format(type(exc).__name__)
        theme.mark_as_error(self)
        self.setText(text)
        self.setAccessibleDescription(text)


def _t(text: str) -> str:
    return QCoreApplication.translate("TimeBank", text)


_DAYS = {"mon": QT_TRANSLATE_NOOP("TimeBank", "Mon"), "tue": QT_TRANSLATE_NOOP("TimeBank", "Tue"),
         "wed": QT_TRANSLATE_NOOP("TimeBank", "Wed"), "thu": QT_TRANSLATE_NOOP("TimeBank", "Thu"),
         "fri": QT_TRANSLATE_NOOP("TimeBank", "Fri"), "sat": QT_TRANSLATE_NOOP("TimeBank", "Sat"),
         "sun": QT_TRANSLATE_NOOP("TimeBank", "Sun")}
_PARTS = {"am": QT_TRANSLATE_NOOP("TimeBank", "morning"),
          "pm": QT_TRANSLATE_NOOP("TimeBank", "afternoon"),
          "eve": QT_TRANSLATE_NOOP("TimeBank", "evening")}


_TYPES = {"adult": QT_TRANSLATE_NOOP("TimeBank", "Adult"),
          "young_person": QT_TRANSLATE_NOOP("TimeBank", "Young person"),
          "organisation": QT_TRANSLATE_NOOP("TimeBank", "Organisation")}


def type_label(member_type: str) -> str:
    return _t(_TYPES.get(member_type, member_type))


def slot_label(slot: str) -> str:
    """'tue_pm' -> 'Tue afternoon' (translated)."""
    day, _, part = slot.partition("_")
    if day not in _DAYS or part not in _PARTS:
        return slot
    return f"{_t(_DAYS[day])} {_t(_PARTS[part])}"


def slots_text(slots: list[str]) -> str:
    order = {s: i for i, s in enumerate(members.SLOTS)}
    return ", ".join(slot_label(s) for s in sorted(slots, key=lambda s: order.get(s, 99)))


def describe_transfer(t: dict[str, Any]) -> str:
    """A history line, worded through the translations (fields from statement.annotate)."""
    kind = t["kind"]
    if kind == "earn":
        return _t("Earned: {0} ({1})").format(t.get("activity_name") or _t("activity"),
                                              t.get("activity_date") or "")
    if kind == "spend":
        return _t("Spent: {0}").format(t.get("reason") or _t("reward"))
    if kind == "gift":
        return (_t("Gift from {0}") if t["signed"] > 0 else _t("Gift to {0}")).format(
            t.get("counterparty") or "")
    if kind == "convert":
        return _t("Converted to local currency")
    if kind == "opening":
        return _t("Opening balance brought across")
    if kind == "correction":
        return _t("Correction: {0}").format(t.get("reason") or "")
    return kind


def match_reasons(m: Any) -> str:
    """Why a member matches an opportunity, worded for the coordinator."""
    bits = []
    if m.skills:
        bits.append(_t("skills: {0}").format(", ".join(m.skills)))
    if m.interests:
        bits.append(_t("interests: {0}").format(", ".join(m.interests)))
    if m.slots:
        bits.append(_t("free: {0}").format(slots_text(m.slots)))
    if m.same_hub:
        bits.append(_t("attends this hub"))
    if m.employment:
        bits.append(_t("wants employment support"))
    return "; ".join(bits)
