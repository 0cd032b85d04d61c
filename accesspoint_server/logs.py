"""JSON-lines logging to stderr. Callers log ids and counts, never personal data."""

from __future__ import annotations

import json
import logging
import sys

from .timeutil import now_iso


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        try:
            body = json.loads(msg)
            if not isinstance(body, dict):
                body = {"message": msg}
        except ValueError:
            body = {"message": msg}
        entry = {"ts": now_iso(), "level": record.levelname.lower(), "logger": record.name,
                 **body}
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__  # the type only: no data
        return json.dumps(entry)


def setup(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    for name in ("accesspoint_server", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # our middleware logs requests
    logging.getLogger("alembic").setLevel(logging.WARNING)


def event(name: str, **fields: object) -> None:
    logging.getLogger("accesspoint_server").info(json.dumps({"event": name, **fields}))
