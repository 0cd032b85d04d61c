"""Rewards: the menu of incentives, redeeming one for a member (with a voucher the
provider can check), giving credits to another member, converting credits."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.timebank import ledger, rewards
from ui.timebank.widgets import (
    MemberPicker,
    MinutesBox,
    RowsModel,
    StatusLine,
    hm,
    member_label,
    type_label,
)
from ui.widgets import theme
from ui.widgets.domain_text import translate
from ui.widgets.fontscale import relative_font


def load_rewards(conn, member_id: str | None) -> dict[str, Any]:
    return {"rewards": rewards.list_rewards(conn),
            "balance": ledger.member_balance(conn, member_id) if member_id else None,
            "rate": rewards.conversion_rate(conn)}


class RewardsTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.member = MemberPicker(self)
        self.member.setAccessibleName(self.tr("Member spending credits"))
        self.member.chosen.connect(lambda _m: self.reload())
        self.balance = QLabel(self.tr("Choose a member to see their balance."), self)
        self.balance.setAccessibleName(self.tr("Balance"))
        self.model = RowsModel([
            (self.tr("Reward"), lambda r: r["name"]),
            (self.tr("Provider"), lambda r: r["provider"]),
            (self.tr("Cost"), lambda r: hm(r["cost_minutes"])),
            (self.tr("Kind"), lambda r: self.tr("Financial") if r["financial"]
             else self.tr("Non-financial")),
            (self.tr("For"), lambda r: ", ".join(type_label(t)
                                                for t in r["eligible_types"])),
            (self.tr("Left"), lambda r: self.tr("No limit") if r["remaining"] is None
             else str(r["remaining"])),
            (self.tr("Valid"), lambda r: f"{r['valid_from'] or ''}–{r['valid_to'] or ''}"
             if (r["valid_from"] or r["valid_to"]) else self.tr("Always")),
        ], self, align_right=(2, 5))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rewards"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.redeem_button = QPushButton(self.tr("&Redeem for this member"), self)
        self.redeem_button.setAccessibleName(self.tr("Redeem the selected reward"))
        self.redeem_button.clicked.connect(self._redeem)
        self.table.activated.connect(lambda _i: self._redeem())
        self.voucher = QLineEdit(self)
        self.voucher.setReadOnly(True)
        self.voucher.setAccessibleName(self.tr("Voucher code issued"))
        relative_font(self.voucher, 1.4, monospace=True)  # follows Ctrl +/-
        self.status = StatusLine(self)
        # Gifts and conversions
        give = QGroupBox(self.tr("Give credits"), self)
        gl = QFormLayout(give)
        self.to_member = MemberPicker(give)
        self.to_member.setAccessibleName(self.tr("Member receiving the gift"))
        self.gift_minutes = MinutesBox(give, 60)
        self.gift_minutes.setAccessibleName(self.tr("Credits to give"))
        self.gift_button = QPushButton(self.tr("&Give"), give)
        self.gift_button.setAccessibleName(self.tr("Give credits"))
        self.gift_button.clicked.connect(self._gift)
        gl.addRow(self.tr("T&o member"), self.to_member)
        gl.addRow(self.tr("&Amount"), self.gift_minutes)
        gl.addRow("", self.gift_button)
        conv = QGroupBox(self.tr("Convert to local currency"), self)
        cl = QFormLayout(conv)
        self.convert_minutes = QSpinBox(conv)
        self.convert_minutes.setRange(15, 100 * 60)
        self.convert_minutes.setSingleStep(15)
        self.convert_minutes.setSuffix(self.tr(" min"))
        self.convert_minutes.setAccessibleName(self.tr("Minutes to convert"))
        self.rate = QLabel("", conv)
        self.rate.setAccessibleName(self.tr("Conversion rate"))
        self.convert_button = QPushButton(self.tr("&Convert"), conv)
        self.convert_button.setAccessibleName(self.tr("Convert credits"))
        self.convert_button.clicked.connect(self._convert)
        cl.addRow(self.tr("Minu&tes"), self.convert_minutes)
        cl.addRow(self.tr("Rate"), self.rate)
        cl.addRow("", self.convert_button)
        check = QGroupBox(self.tr("Check a voucher"), self)
        kl = QHBoxLayout(check)
        self.check_code = QLineEdit(check)
        self.check_code.setAccessibleName(self.tr("Voucher code to check"))
        self.check_code.setPlaceholderText("TC-XXXX-XXXX-X")
        self.check_button = QPushButton(self.tr("Check"), check)
        self.check_button.setAccessibleName(self.tr("Check voucher"))
        self.check_result = QLabel("", check)
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName(self.tr("Voucher check result"))
        self.check_button.clicked.connect(self._check)
        self.check_code.returnPressed.connect(self._check)
        code_label = QLabel(self.tr("Vouc&her code"), check)
        code_label.setBuddy(self.check_code)
        kl.addWidget(code_label)
        kl.addWidget(self.check_code)
        kl.addWidget(self.check_button)
        kl.addWidget(self.check_result, 1)
        top = QFormLayout()
        top.addRow(self.tr("&Member"), self.member)
        top.addRow("", self.balance)
        redeem_row = QHBoxLayout()
        redeem_row.addWidget(self.redeem_button)
        voucher_label = QLabel(self.tr("&Voucher:"), self)
        voucher_label.setBuddy(self.voucher)
        redeem_row.addWidget(voucher_label)
        redeem_row.addWidget(self.voucher, 1)
        side = QHBoxLayout()
        side.addWidget(give)
        side.addWidget(conv)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(redeem_row)
        layout.addWidget(self.status)
        layout.addLayout(side)
        layout.addWidget(check)

    def set_context(self, ctx: dict[str, Any]) -> None:
        self.member.set_members(ctx["members"])
        self.to_member.set_members(ctx["members"])
        self.reload()

    def set_member(self, member: dict[str, Any]) -> None:
        self.member.setText(member_label(member))
        self.member.member = member
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        member_id = self.member.member["id"] if self.member.member else None
        self.services.db.submit(lambda conn: load_rewards(conn, member_id), self._loaded,
                                self.status.error)

    def _loaded(self, data: dict[str, Any]) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(data["rewards"])
        if self.model.rows:
            self.table.selectRow(max(0, min(current, len(self.model.rows) - 1)))
        if data["balance"] is not None:
            self.balance.setText(self.tr("Balance: {0}").format(hm(data["balance"])))
        rate, currency = data["rate"]
        self.rate.setText(self.tr("{0:.2f} {1} an hour").format(rate / 100, currency) if rate
                          else self.tr("No rate set up"))
        self.convert_button.setEnabled(bool(rate))

    def _need_member(self) -> dict[str, Any] | None:
        if self.member.member is None:
            self.status.error(self.tr("Choose the member first."))
            self.member.setFocus()
        return self.member.member

    def _redeem(self) -> None:
        member = self._need_member()
        reward = self.model.row(self.table.currentIndex().row())
        if member is None:
            return
        if reward is None:
            self.status.error(self.tr("Choose a reward in the list."))
            return
        actor = self.services.actor
        self.services.db.submit(
            lambda conn: rewards.redeem(conn, actor, member["id"], reward["id"]),
            self._redeemed, self.status.error)

    def _redeemed(self, red: dict[str, Any]) -> None:
        self.voucher.setText(red["voucher_code"])
        self.status.ok(self.tr("{0} redeemed: give the member voucher {1} for {2}.").format(
            red["reward_name"], red["voucher_code"], red["provider"] or self.tr("the provider")))
        self.services.events.changed.emit("ledger")
        self.reload()
        self.voucher.setFocus()
        self.voucher.selectAll()

    def _gift(self) -> None:
        giver, taker = self._need_member(), self.to_member.member
        if giver is None:
            return
        if taker is None:
            self.status.error(self.tr("Choose who receives the gift."))
            self.to_member.setFocus()
            return
        actor, minutes = self.services.actor, self.gift_minutes.value()
        self.services.db.submit(
            lambda conn: rewards.gift(conn, actor, giver["id"], taker["id"], minutes),
            lambda _t: self._done(self.tr("Gave {0} to {1}.").format(
                hm(minutes), member_label(taker))), self.status.error)

    def _convert(self) -> None:
        member = self._need_member()
        if member is None:
            return
        actor, minutes = self.services.actor, self.convert_minutes.value()
        self.services.db.submit(
            lambda conn: rewards.convert(conn, actor, member["id"], minutes),
            lambda c: self._done(self.tr("Converted {0}: {1:.2f} {2}.").format(
                hm(minutes), c["amount_minor"] / 100, c["currency"])), self.status.error)

    def _done(self, text: str) -> None:
        self.status.ok(text)
        self.services.events.changed.emit("ledger")
        self.reload()

    def _check(self) -> None:
        code = self.check_code.text()
        self.services.db.submit(lambda conn: rewards.check_voucher(conn, code),
                                self._checked, self.status.error)

    def _checked(self, result: dict[str, Any]) -> None:
        text = translate(result["reason"])  # a domain Message: English until translated
        if result.get("reward_name"):
            text += " " + self.tr("{0} ({1}), member {2}, issued {3}.").format(
                result["reward_name"], result["provider"], result["member_number"],
                result["created_at"][:10])
        self.check_result.setText(text)  # says valid or not in words, colour is extra
        (theme.mark_as_ok if result["valid"] else theme.mark_as_error)(self.check_result)
