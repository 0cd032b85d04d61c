"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__, errors
from .auth import RateLimiter
from .db import Database
from .middleware import ServerMiddleware
from .report_warmup import ReportWarmup


def create_app(db: Database, *, limiter: RateLimiter | None = None,
               migrate: bool = True) -> FastAPI:
    if migrate:
        db.migrate()
    warmup = ReportWarmup(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Serving starts at once; the report index builds meanwhile (report_warmup.py).
        warmup.start()
        yield

    app = FastAPI(
        title="AccessPoint council API",
        version=__version__,
        description=("Sync for AccessPoint hubs (protocol v1, docs/sync-protocol.md) and the "
                     "council's service directory as Open Referral UK 3.0 under /oruk; "
                     "council-wide reports and open data under /api/v1/reports."),
        docs_url=None, redoc_url=None,  # no third-party scripts; the JSON is at /openapi.json
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.report_warmup = warmup
    app.state.limiter = limiter or RateLimiter()
    errors.install(app)
    from .privacy_api import router as privacy_router
    from .reports_api import router as reports_router
    from .routes_api import router as api_router
    from .routes_oruk import router as oruk_router

    app.include_router(api_router)
    app.include_router(reports_router)
    app.include_router(privacy_router)
    app.include_router(oruk_router)
    app.add_middleware(ServerMiddleware)
    logging.getLogger("accesspoint_server").setLevel(logging.INFO)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` / multi-worker serving (migrated by the CLI)."""
    from . import logs
    from .config import resolve_db_url

    logs.setup()
    return create_app(Database(resolve_db_url(None)), migrate=False)
