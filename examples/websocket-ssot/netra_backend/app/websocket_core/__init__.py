"""WebSocket core package.

Re-exports the manager for convenience; new code should import
netra_backend.app.websocket_core.websocket_manager directly.
"""
from .websocket_manager import WebSocketManager, get_websocket_manager
from .unified_manager import _UnifiedWebSocketManagerImplementation

__all__ = ["WebSocketManager", "get_websocket_manager", "_UnifiedWebSocketManagerImplementation"]
