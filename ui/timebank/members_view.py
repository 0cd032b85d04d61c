"""Members list and the member view: balance, history with running balance,
skills, upcoming opportunities, printable statement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.clock import today_local
from accesspoint.timebank import ledger, matching, members, statement
from ui.timebank.widgets import (
    RowsModel,
    StatusLine,
    describe_transfer,
    hm,
    match_reasons,
    slots_text,
    type_label,
)
from ui.widgets.fontscale import relative_font

PAGE = 50
DETAILS_MIN = 360  # px: the member details pane never narrower than this


def load_member_view(conn, member_id: str) -> dict[str, Any]:
    """Everything the member view shows, in one trip to the DB worker."""
    member = members.get_member(conn, member_id)
    return {
        "member": member,
        "balance": ledger.member_balance(conn, member_id),
        "hub_names": {h["id"]: h["name"] for h in members.known_hubs(conn)},
        "history": statement.statement_rows(conn, member_id, limit=PAGE),
        "opportunities": [
            (m.opportunity, match_reasons(m)) for m in matching.opportunities_for(
                conn, member_id, limit=5, on_or_after=today_local().isoformat())],
    }


class MemberView(QWidget):
    """One member. `log_hours(member)` / `redeem(member)` ask the page to switch tabs."""

    log_hours = Signal(dict)
    redeem = Signal(dict)
    edit = Signal(dict)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.data: dict[str, Any] | None = None
        self.title = QLabel(self.tr("Choose a member from the list"), self)
        relative_font(self.title, 1.5, bold=True)  # follows Ctrl +/-
        self.title.setWordWrap(True)  # a long name or translation must not widen the pane
        self.title.setAccessibleName(self.tr("Member"))
        self.balance = QLabel("", self)
        relative_font(self.balance, 1.3)
        self.balance.setAccessibleName(self.tr("Balance"))
        details = QGroupBox(self.tr("Details"), self)
        form = QFormLayout(details)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("number", self.tr("Member number / card")),
                           ("type", self.tr("Member type")), ("skills", self.tr("Skills")),
                           ("interests", self.tr("Interests")),
                           ("availability", self.tr("Available")),
                           ("hubs", self.tr("Hubs attended")),
                           ("employment", self.tr("Employment support"))):
            value = QLabel("", details)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", value)
            self.fields[key] = value
        self.history_model = RowsModel([
            (self.tr("Date"), lambda r: r["created_at"][:10]),
            (self.tr("What"), describe_transfer),
            (self.tr("Change"), lambda r: ("+" if r["signed"] > 0 else "") + hm(r["signed"])),
            (self.tr("Balance after"), lambda r: hm(r["running"])),
        ], self, align_right=(2, 3))
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("History of earned, spent and given credits"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.opps = QListWidget(self)
        self.opps.setAccessibleName(self.tr("Upcoming opportunities for this member"))
        self.opps.setMaximumHeight(130)
        self.opps.setWordWrap(True)
        self.opps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.opps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.print_button = QPushButton(self.tr("&Print statement…"), self)
        self.print_button.setAccessibleName(self.tr("Print statement"))
        self.log_button = QPushButton(self.tr("&Log hours"), self)
        self.log_button.setAccessibleName(self.tr("Log hours for this member"))
        self.redeem_button = QPushButton(self.tr("&Redeem a reward"), self)
        self.redeem_button.setAccessibleName(self.tr("Redeem a reward for this member"))
        self.correct_button = QPushButton(self.tr("&Correct selected entry…"), self)
        self.correct_button.setAccessibleName(self.tr(
            "Correct the selected history entry with a reversing entry"))
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self._correct)
        self.card_button = QPushButton(self.tr("Print car&d…"), self)
        self.card_button.setAccessibleName(self.tr("Print member card"))
        self.card_button.clicked.connect(self._print_card)
        self.edit_button = QPushButton(self.tr("&Edit member…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit this member's details"))
        self.edit_button.clicked.connect(lambda: self.data and self.edit.emit(
            self.data["member"]))
        for b in (self.print_button, self.log_button, self.redeem_button, self.edit_button,
                  self.card_button):
            b.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.log_button.clicked.connect(lambda: self.data and self.log_hours.emit(
            self.data["member"]))
        self.redeem_button.clicked.connect(lambda: self.data and self.redeem.emit(
            self.data["member"]))
        self.status = StatusLine(self)
        # Rows of two: one row of five pushed the window past 1280 px once the labels
        # were translated (seen with the 40%-longer pseudo-translation), and rows of
        # three kept this pane so wide that the members list cut names short.
        buttons = QGridLayout()
        for i, b in enumerate((self.log_button, self.redeem_button, self.print_button,
                               self.card_button, self.edit_button)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.balance)
        layout.addLayout(buttons)
        layout.addWidget(details)
        hist_label = QLabel(self.tr("&History"), self)
        hist_label.setBuddy(self.history)
        layout.addWidget(hist_label)
        layout.addWidget(self.history, 1)
        self.older_button = QPushButton(self.tr("Show &older entries"), self)
        self.older_button.setAccessibleName(self.tr("Show older history entries"))
        self.older_button.setEnabled(False)
        self.older_button.clicked.connect(self._older)
        # One above the other: side by side they alone set this pane's width at large
        # text sizes, and the members list beside it then cut types short.
        correct_row = QGridLayout()
        correct_row.addWidget(self.correct_button, 0, 0)
        correct_row.addWidget(self.older_button, 1, 0)
        correct_row.setColumnStretch(1, 1)
        layout.addLayout(correct_row)
        opp_label = QLabel(self.tr("&Upcoming opportunities"), self)
        opp_label.setBuddy(self.opps)
        layout.addWidget(opp_label)
        layout.addWidget(self.opps)
        layout.addWidget(self.status)

    def show_member(self, member_id: str) -> None:
        self.services.db.submit(lambda conn: load_member_view(conn, member_id), self._show,
                                self.status.error)

    def refresh(self) -> None:
        if self.data:
            self.show_member(self.data["member"]["id"])

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        m = data["member"]
        self.title.setText(members.display_name(m))
        self.balance.setText(self.tr("Balance: {0} ({1} minutes)").format(
            hm(data["balance"]), data["balance"]))
        self.balance.setAccessibleDescription(self.balance.text())
        kind = type_label(m["member_type"])
        if m["member_type"] == "young_person":
            kind += " · " + self.tr("Youth Privilege Card {0}").format(m["ypc_number"])
        none = self.tr("(none recorded)")
        self.fields["number"].setText(f"{m['member_number']} / {m['card_number']}")
        self.fields["type"].setText(kind)
        self.fields["skills"].setText(", ".join(m["skills"]) or none)
        self.fields["interests"].setText(", ".join(m["interests"]) or none)
        self.fields["availability"].setText(slots_text(m["availability"]) or none)
        names = data.get("hub_names") or {}
        self.fields["hubs"].setText(", ".join(
            names.get(h) or self.tr("Another hub ({0})").format(h[-6:])
            for h in m["hubs"]) or none)
        self.fields["employment"].setText(self.tr("Yes: training, mentoring, placements")
                                          if m["employment_support"] else self.tr("No"))
        self.history_model.set_rows(data["history"])
        self.older_button.setEnabled(len(data["history"]) >= PAGE)
        self.opps.clear()
        for opp, reasons in data["opportunities"]:
            self.opps.addItem(f"{opp['title']} ({opp['starts_on'] or ''})"
                              + (f" — {reasons}" if reasons else ""))
        for b in (self.print_button, self.log_button, self.redeem_button, self.edit_button,
                  self.card_button):
            b.setEnabled(True)
        self.correct_button.setEnabled(bool(data["history"]))

    def _older(self) -> None:
        if not self.data or not self.history_model.rows:
            return
        last = self.history_model.rows[-1]
        member_id, before = self.data["member"]["id"], (last["created_at"], last["id"])
        self.services.db.submit(
            lambda conn: statement.statement_rows(conn, member_id, limit=PAGE, before=before),
            self._more, self.status.error)

    def _more(self, rows: list[dict[str, Any]]) -> None:
        self.history_model.set_rows(self.history_model.rows + rows)
        self.older_button.setEnabled(len(rows) >= PAGE)

    def _correct(self) -> None:
        """A mistaken entry is never edited: a reversing entry with a reason undoes it,
        and both stay in the history."""
        row = self.history_model.row(self.history.currentIndex().row())
        if row is None:
            self.status.error(self.tr("Choose the entry to correct in the history."))
            self.history.setFocus()
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Correct an entry"),
            self.tr("Why is “{0}” ({1}) being corrected?").format(
                describe_transfer(row), hm(row["signed"])))
        if not ok:
            return
        actor, tid = self.services.actor, row["id"]
        self.services.db.submit(lambda conn: ledger.reverse(conn, actor, tid, reason),
                                self._corrected, self.status.error)

    def _corrected(self, _transfer: dict[str, Any]) -> None:
        self.status.ok(self.tr("Corrected: a reversing entry was added."))
        self.services.events.changed.emit("ledger")

    def _print(self) -> None:
        if not self.data:
            return
        member_id = self.data["member"]["id"]
        self.services.db.submit(lambda conn: statement.statement_html(conn, member_id),
                                self._print_html, self.status.error)

    def _print_card(self) -> None:
        if not self.data:
            return
        member_id = self.data["member"]["id"]
        self.services.db.submit(lambda conn: statement.card_html(conn, member_id),
                                self._print_html, self.status.error)

    def _print_html(self, html: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        doc = QTextDocument(self)
        doc.setHtml(html)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print statement"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            doc.print_(printer)
            self.status.ok(self.tr("Statement sent to the printer."))


class MembersTab(QWidget):
    """Search members on the left; the chosen one's view on the right."""

    new_member = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Member number or name"))
        self.search.setAccessibleName(self.tr("Find a member"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel([
            (self.tr("Number"), lambda r: r["member_number"]),
            (self.tr("Name"), members.display_name),
            (self.tr("Type"), lambda r: type_label(r["member_type"])),
            (self.tr("Balance"), lambda r: hm(r["balance_minutes"])),
        ], self, align_right=(3,))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names whole first: a longer language's "Type" and "Balance" would otherwise
        # squeeze a stretched Name column to "Abdi Br…"; the type (a word or two) gives
        # way instead.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&New member…"), self)
        self.add_button.setAccessibleName(self.tr("New member"))
        self.add_button.clicked.connect(self.new_member.emit)
        self.view = MemberView(services, self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("&Find"), left)
        find_label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.search, 1)
        ll.addLayout(row)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.add_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 640])
        self.splitter = splitter
        QVBoxLayout(self).addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_names()

    def fit_names(self) -> None:
        """Widen the list so names show whole: long translations of "Type" and
        "Balance" took the room the stretched Name column had left (the details pane
        keeps what its own widest row needs, at least DETAILS_MIN)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if not total or not self.model.rows:
            return
        header = self.table.horizontalHeader()
        need = sum(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                   for c in range(self.model.columnCount()))
        need += self.table.verticalScrollBar().sizeHint().width() + 4 * self.table.frameWidth()
        left = min(need, total - max(DETAILS_MIN, self.view.minimumSizeHint().width()))
        if sizes[0] < left:
            self.splitter.setSizes([left, total - left])

    def reload(self) -> None:
        query = self.search.text()
        self.services.db.submit(lambda conn: members.list_members(conn, query, limit=500),
                                self._loaded, self.view.status.error)

    def _loaded(self, found: list[dict[str, Any]]) -> None:
        current = self.view.data["member"]["id"] if self.view.data else None
        self.model.set_rows(found)
        self.fit_names()
        for i, m in enumerate(found):
            if m["id"] == current:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
                break

    def select_member(self, member_id: str) -> None:
        self.view.show_member(member_id)

    def _current(self, index, _previous) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        if row:
            self.view.show_member(row["id"])
