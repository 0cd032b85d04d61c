"""Render the time-bank screens offscreen into docs/screenshots/ (member view, group
logging, rewards, a member's hubs), from a fresh demo database.

    QT_QPA_PLATFORM=offscreen ACCESSPOINT_ALLOW_PLAINTEXT=1 \
        /work/venv/bin/python scripts/screenshots_timebank.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from accesspoint import hubs  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.demo import ensure_demo  # noqa: E402
from accesspoint.timebank import members  # noqa: E402
from ui.services import DbWorker, Events, Services  # noqa: E402


def settle(app: QApplication, services: Services, rounds: int = 4) -> None:
    """Let queued DB work finish and its callbacks run."""
    for _ in range(rounds):
        services.db.call(lambda conn: None)
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    data = Path(tempfile.mkdtemp(prefix="tb_shots_"))
    events = Events()
    db = DbWorker(data, events=events)
    db.call(ensure_demo, timeout=None)

    def coordinator(conn) -> Actor:
        hub = hubs.current_hub(conn)
        row = conn.execute("SELECT id FROM users WHERE role = 'coordinator' LIMIT 1").fetchone()
        return Actor(hub["id"], row[0], "coordinator")

    services = Services(data_dir=data, actor=db.call(coordinator), db=db, events=events)
    from ui.timebank.page import TimeBankPage

    page = TimeBankPage(services)
    page.resize(1100, 760)
    page.show()
    settle(app, services)
    # Member view: the first member in the list.
    rows = page.members.model.rows
    busiest = max(rows, key=lambda m: (m["member_type"] == "adult", m["balance_minutes"]))
    page.members.search.setText(busiest["member_number"])
    page.members.reload()
    settle(app, services)
    page.members.table.selectRow(0)
    settle(app, services)
    page.grab().save(str(out / "timebank-member-view.png"))
    # Group session: an activity and three members on the sheet.
    page.members.search.clear()
    page.members.reload()
    settle(app, services)
    page.tabs.setCurrentWidget(page.group)
    group = page.group
    group.activity.setCurrentIndex(max(0, group.activity.findText("Tea and chat")))
    group.verified.setText("Joy Mensah")
    group.note.setText("Wednesday tea and chat, main hall")
    for m in page.members.model.rows[:4]:
        group._add(m)
    group.table.item(1, 1).setText("1h 30m")
    app.processEvents()
    page.grab().save(str(out / "timebank-group-session.png"))
    # Rewards: a member chosen, a reward redeemed, voucher shown.
    page.tabs.setCurrentWidget(page.rewards)
    rich = max(page.members.model.rows, key=lambda m: m["balance_minutes"])
    page.rewards.set_member(rich)
    settle(app, services)
    page.rewards.table.selectRow(0)
    page.rewards._redeem()
    settle(app, services)
    page.grab().save(str(out / "timebank-rewards.png"))
    page.tabs.setCurrentWidget(page.opportunities)
    page.opportunities.opps.selectRow(0)
    settle(app, services)
    page.grab().save(str(out / "timebank-matching.png"))
    page.tabs.setCurrentWidget(page.audit)
    settle(app, services)
    page.grab().save(str(out / "timebank-time-audit.png"))
    from ui.timebank.member_dialog import NewMemberDialog

    dialog = NewMemberDialog(services, page)
    dialog.mtype.setCurrentIndex(1)
    dialog.given.setText("Leah")
    dialog.family.setText("Okoro")
    dialog.ypc.setText("YPC40388")
    dialog.skills.setText("music; IT")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "timebank-new-member.png"))
    dialog.close()
    # Editing the hubs a member attends: a second hub known on this computer, and a
    # hub known only by id (as members pulled from other hubs bring them).
    far = "01930000-0000-7000-8000-00000000f4a2"
    db.call(lambda conn: hubs.create_hub(conn, "Northside Library"))
    member = db.call(lambda conn: members.update_member(
        conn, services.actor, busiest["id"], hubs=[services.actor.hub_id, far]))
    dialog = NewMemberDialog(services, page, member=member)
    dialog.show()
    settle(app, services)
    dialog.hubs.setFocus()
    dialog.hubs.setCurrentRow(0)
    app.processEvents()
    dialog.grab().save(str(out / "timebank-member-hubs.png"))
    dialog.close()
    page.close()
    services.close()
    print(f"saved screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
