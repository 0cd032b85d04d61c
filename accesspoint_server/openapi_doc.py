"""The OpenAPI document as served, rendered stably for docs/openapi.json."""

from __future__ import annotations

import json
from typing import Any


def openapi_dict() -> dict[str, Any]:
    from .app import create_app

    app = create_app(None, migrate=False)  # type: ignore[arg-type]
    return app.openapi()


def openapi_text() -> str:
    return json.dumps(openapi_dict(), indent=2, sort_keys=True) + "\n"
