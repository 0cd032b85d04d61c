"""Equality monitoring is offered only after an enquiry is saved, as an optional
button (never a pop-up in the way of getting help)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_intake import page  # noqa: F401 (fixture)


def test_equality_questions_offered_after_save_not_before(page, services, qtbot):  # noqa: F811
    intake = page.intake
    assert intake.equality_button.isHidden()
    intake.form.anonymous.setChecked(True)
    intake.form.needs.set_codes(["food"])
    with qtbot.waitSignal(intake.saved, timeout=3000):
        intake.save()
    assert not intake.equality_button.isHidden()
    intake.equality_button.click()
    qtbot.waitUntil(lambda: any(type(w).__name__ == "EqualityForm" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    form = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "EqualityForm" and w.isVisible())
    form.reject()
    assert intake.equality_button.isHidden()
