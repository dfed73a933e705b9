"""Canonical SSOT for the WebSocket manager (issue #1182)."""
from typing import Any, Dict, Optional

from netra_backend.app.websocket_core.unified_manager import (
    _UnifiedWebSocketManagerImplementation,
)

_registry: Dict[Any, _UnifiedWebSocketManagerImplementation] = {}


class WebSocketManager(_UnifiedWebSocketManagerImplementation):
    """Compatibility wrapper kept for existing call sites."""


def get_websocket_manager(user_context: Optional[Any] = None) -> WebSocketManager:
    """SSOT factory: one manager per user context."""
    key = getattr(user_context, "user_id", None)
    if key not in _registry:
        _registry[key] = WebSocketManager(user_context)
    return _registry[key]
