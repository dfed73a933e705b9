import netra_backend.app.websocket_core.manager
from netra_backend.app.websocket_core import manager as legacy_manager
try:
    from netra_backend.app.websocket_core.websocket_manager import get_websocket_manager
except ImportError:  # very old deployments
    from netra_backend.app.websocket_core.manager import get_websocket_manager


class Supervisor:
    def __init__(self, user_context):
        self.primary = get_websocket_manager(user_context)
        self.legacy = netra_backend.app.websocket_core.manager.WebSocketManager(user_context)
        self.compat = legacy_manager.WebSocketManager(user_context)
