from typing import TYPE_CHECKING

from netra_backend.app.websocket_core.websocket_manager import get_websocket_manager

if TYPE_CHECKING:
    from netra_backend.app.websocket_core.unified_manager import (
        _UnifiedWebSocketManagerImplementation,
    )


class AgentService:
    def manager(self, user_context) -> "_UnifiedWebSocketManagerImplementation":
        return get_websocket_manager(user_context)

    def legacy_manager(self, user_context):
        # A nested import: only runs when called, still a deprecated edge.
        from netra_backend.app.websocket_core.unified_manager import _UnifiedWebSocketManagerImplementation

        return _UnifiedWebSocketManagerImplementation(user_context)
