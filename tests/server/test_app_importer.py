"""The hub app's ORUK importer reads our server like any other publisher."""

from __future__ import annotations

import pytest

from accesspoint_server.app import create_app
from accesspoint_server.directory import save_services

from .helpers import live_server
from .oruk_fixtures import directory_docs


def test_app_importer_reads_the_server(db, conn) -> None:
    importer = pytest.importorskip("accesspoint.directory.importer")
    save_services(db, directory_docs())
    with live_server(create_app(db, migrate=False)) as url:
        result = importer.import_directory(conn, f"{url}/oruk")
    assert result.total == len(directory_docs()), result.to_dict()
