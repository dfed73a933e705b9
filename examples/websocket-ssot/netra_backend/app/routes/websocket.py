"""Golden Path route: critical code, migrated last."""
from netra_backend.app.websocket_core.manager import WebSocketManager


async def websocket_endpoint(websocket, user_context):
    manager = WebSocketManager(user_context)
    manager.connections[user_context.user_id] = websocket
    await manager.send_event(user_context.user_id, {"type": "connected"})
