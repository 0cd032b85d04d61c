"""Every error leaves the server as ``{"error": {"code", "message"}}``."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import protocol as p

log = logging.getLogger("accesspoint_server.errors")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class ErrorDetailModel(BaseModel):
    code: str
    message: str


class ErrorModel(BaseModel):
    error: ErrorDetailModel


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


_STATUS_CODES = {
    400: p.ERR_BAD_REQUEST, 401: p.ERR_UNAUTHORISED, 403: p.ERR_FORBIDDEN,
    404: p.ERR_NOT_FOUND, 405: p.ERR_METHOD_NOT_ALLOWED, 413: p.ERR_TOO_LARGE,
    429: p.ERR_RATE_LIMITED,
}


def _describe(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{loc or 'body'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "The request is not valid."


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, p.ERR_VALIDATION, _describe(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "Request failed."
        if exc.status_code == 404:
            message = "Not found."
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _internal(req: Request, exc: Exception) -> JSONResponse:
        # The exception's type only: its text may quote SQL parameters (personal data).
        log.error(json.dumps({"event": "error", "route": req.url.path[:100],
                              "exception": type(exc).__name__}))
        if isinstance(exc, OperationalError | PoolTimeout):
            return error_response(503, p.ERR_BUSY, "The server is busy; try again shortly.",
                                  {"Retry-After": "10"})
        return error_response(500, p.ERR_INTERNAL, "The server failed; try again later.",
                              {"Retry-After": "30"})


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorModel, "description": desc}
    for status, desc in [(400, "Bad request"), (401, "Missing, unknown or revoked token"),
                         (403, "Forbidden"), (404, "Not found"), (413, "Body too large"),
                         (422, "Validation error"), (429, "Too many failed attempts")]
}
