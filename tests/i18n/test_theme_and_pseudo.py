from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.widgets import theme


def test_high_contrast_is_applied_and_remembered(demo_window, qtbot):
    demo_window.show_section("settings")
    qtbot.wait(200)
    page = demo_window.stack.currentWidget()
    page.contrast.setChecked(True)
    assert "#ffff00" in QApplication.instance().styleSheet()
    assert theme.high_contrast_enabled()
    page.contrast.setChecked(False)
    assert QApplication.instance().styleSheet() == ""
    assert not theme.high_contrast_enabled()


def test_pseudo_translation_is_longer_accented_and_keeps_placeholders(qapp):
    text = "Save &enquiry for {name} (%1) <b>now</b>"
    out = i18n.pseudo(text)
    assert len(out) >= len(text) * 1.4
    assert "{name}" in out and "%1" in out and "<b>" in out and "</b>" in out
    assert out.count("&") == 1
    assert "é" in out
    tr = i18n.PseudoTranslator()
    qapp.installTranslator(tr)
    try:
        assert QCoreApplication.translate("Any", "Save") == i18n.pseudo("Save")
    finally:
        qapp.removeTranslator(tr)


def test_text_size_reaches_existing_widgets_in_high_contrast(qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    from ui.widgets import fontscale

    theme.apply_high_contrast(True, remember=False)
    try:
        label = QLabel("x")
        qtbot.addWidget(label)
        label.show()
        before = label.font().pointSizeF()
        fontscale.apply_scale(1.5, remember=False)
        assert label.font().pointSizeF() > before * 1.3
    finally:
        fontscale.apply_scale(1.0, remember=False)
        theme.apply_high_contrast(False, remember=False)
