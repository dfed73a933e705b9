"""Legacy shim: re-exports the canonical manager."""
import warnings

from netra_backend.app.websocket_core.websocket_manager import WebSocketManager, get_websocket_manager

warnings.warn(
    "netra_backend.app.websocket_core.manager is deprecated; import from "
    "netra_backend.app.websocket_core.websocket_manager instead",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = ["WebSocketManager", "get_websocket_manager"]
