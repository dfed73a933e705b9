# A half-finished script: the bracket below is never closed, so the file does not compile.
# The scanner still recovers the import above the error.
from netra_backend.app.websocket_core.manager import WebSocketManager

PATTERNS = [
    ("manager", "websocket_manager"),
