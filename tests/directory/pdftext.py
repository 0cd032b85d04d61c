"""Just enough PDF reading to check the text Qt's PDF writer put on a slip.

Qt writes Type0 fonts with Identity-H glyph ids and a ToUnicode CMap, and places
each glyph with its own Td (so spaces are positions, not characters): the text
comes back without spaces.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_RANGE = rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[.*?\]|<[0-9A-Fa-f]+>)"
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    out = {}
    for m in _OBJ.finditer(data):
        body = m.group(2)
        s = _STREAM.search(body)
        stream = b""
        if s:
            stream = s.group(1)
            if b"FlateDecode" in body[: s.start()]:
                stream = zlib.decompress(stream)
        out[int(m.group(1))] = (body[: s.start()] if s else body, stream)
    return out


def _cmap(stream: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
        for a, b, rest in re.findall(_RANGE, block, re.S):
            lo, hi = int(a, 16), int(b, 16)
            if rest.startswith(b"["):
                for i, dst in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    mapping[lo + i] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            else:
                start = int(rest.strip(b"<>"), 16)
                for i in range(hi - lo + 1):
                    mapping[lo + i] = chr(start + i)
    return mapping


def pdf_text(path: str | Path) -> str:
    objects = _objects(Path(path).read_bytes())
    fonts: dict[bytes, dict[int, str]] = {}
    for head, _stream in objects.values():
        for name, num in re.findall(rb"/(F\d+) (\d+) 0 R", head):
            font = objects.get(int(num), (b"", b""))[0]
            tu = re.search(rb"/ToUnicode (\d+) 0 R", font)
            if tu:
                fonts[name] = _cmap(objects[int(tu.group(1))][1])
    text = []
    for head, stream in objects.values():
        if b"BT" not in stream or b"/Font" in head:
            continue
        current: dict[int, str] = {}
        for m in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", stream):
            if m.group(1):
                current = fonts.get(m.group(1), {})
            else:
                hexes = m.group(2).decode()
                for i in range(0, len(hexes), 4):
                    text.append(current.get(int(hexes[i:i + 4], 16), "?"))
    return "".join(text)
