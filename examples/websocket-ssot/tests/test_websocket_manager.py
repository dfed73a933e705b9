from unittest import mock

import netra_backend.app.websocket_core.manager
from netra_backend.app.websocket_core import manager
from netra_backend.app.websocket_core.manager import WebSocketManager
from netra_backend.app.websocket_core.websocket_manager import (
    WebSocketManager as CanonicalManager,
    get_websocket_manager,
)


def test_three_paths_are_one_class():
    assert WebSocketManager is CanonicalManager
    assert manager.WebSocketManager is CanonicalManager
    assert netra_backend.app.websocket_core.manager.WebSocketManager is CanonicalManager


@mock.patch("netra_backend.app.websocket_core.manager.WebSocketManager")
def test_patched(patched):
    assert patched is not None


def test_factory_returns_one_manager_per_user():
    assert get_websocket_manager("a") is get_websocket_manager("a")
