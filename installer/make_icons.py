"""Render the SVG icon to the formats each platform wants (PNG, ICO, ICNS).

Uses Qt's own image plugins, so no extra tool is needed on any build machine:
    python installer/make_icons.py build/icons
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SVG = Path(__file__).resolve().parent / "linux" / "accesspoint.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out: str) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed by QImage
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for size in (48, 128, 256):
        render(size).save(str(folder / f"accesspoint-{size}.png"))
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for ext in ("ico", "icns"):
        if ext in formats:
            render(256).save(str(folder / f"accesspoint.{ext}"))
    print(" ".join(sorted(p.name for p in folder.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))
