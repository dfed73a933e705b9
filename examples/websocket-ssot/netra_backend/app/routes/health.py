from netra_backend.app.websocket_core.websocket_manager import get_websocket_manager


def health() -> dict:
    return {"websocket": get_websocket_manager() is not None}
