"""Request dependencies: the database and the authenticated caller."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync import protocol as p

from .auth import Principal, RateLimiter, authenticate
from .db import Database
from .errors import ApiError

bearer = HTTPBearer(auto_error=False, description="Device token (hubs) or admin token.")


async def get_db(request: Request) -> Database:
    # async: pure look-ups stay on the event loop (no thread-pool hop per request)
    return request.app.state.db  # type: ignore[no-any-return]


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def principal(request: Request,
              creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
              ) -> Principal:
    limiter: RateLimiter = request.app.state.limiter
    key = client_key(request)
    limiter.check(key)
    if creds is None or not creds.credentials or len(creds.credentials) > 200:
        limiter.fail(key)
        raise ApiError(401, p.ERR_UNAUTHORISED, "A valid token is required.",
                       {"WWW-Authenticate": "Bearer"})
    try:
        who = authenticate(request.app.state.db, creds.credentials)
    except ApiError:
        limiter.fail(key)
        raise
    request.state.hub_id = who.hub_id
    return who


async def hub_device(who: Annotated[Principal, Depends(principal)]) -> Principal:
    if who.is_admin:
        raise ApiError(403, p.ERR_FORBIDDEN, "This call needs a hub device token.")
    return who


async def admin(who: Annotated[Principal, Depends(principal)]) -> Principal:
    if not who.is_admin:
        raise ApiError(403, p.ERR_FORBIDDEN, "This call needs a council admin token.")
    return who


DbDep = Annotated[Database, Depends(get_db)]
AnyCaller = Annotated[Principal, Depends(principal)]
HubCaller = Annotated[Principal, Depends(hub_device)]
AdminCaller = Annotated[Principal, Depends(admin)]


async def known_query_only(request: Request) -> None:
    """Refuse query parameters an /api/v1 operation does not declare: a typo such
    as ``?sinse=`` must not silently pull from the beginning. (The open /oruk
    endpoints ignore unknown ones, as other ORUK publishers do.)"""
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    if path is None or not request.query_params:
        return
    allowed = _query_names(request.app).get((path, request.method.lower()), set())
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        names = ", ".join(repr(n) for n in unknown[:5])
        raise ApiError(422, p.ERR_VALIDATION, f"Unknown query parameter(s): {names}.")


def _query_names(app: Any) -> dict[tuple[str, str], set[str]]:
    cached = getattr(app.state, "query_names", None)
    if cached is None:
        cached = {}
        for path, ops in app.openapi().get("paths", {}).items():
            for method, op in ops.items():
                cached[(path, method)] = {prm["name"] for prm in op.get("parameters", [])
                                          if prm.get("in") == "query"}
        app.state.query_names = cached
    return cached  # type: ignore[no-any-return]
