from netra_backend.app.websocket_core.unified_manager import _UnifiedWebSocketManagerImplementation


class MockWebSocketManager(_UnifiedWebSocketManagerImplementation):
    """Test double: not an implementation the consolidation has to remove."""
