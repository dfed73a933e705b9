from netra_backend.app.websocket_core import WebSocketManager, get_websocket_manager  # package re-export

NOTE = "from netra_backend.app.websocket_core.manager import WebSocketManager is not an import"


def notify(user_context, event):
    manager: WebSocketManager = get_websocket_manager(user_context)
    return manager.send_event(user_context.user_id, event)
