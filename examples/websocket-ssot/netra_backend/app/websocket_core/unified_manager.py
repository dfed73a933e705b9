"""The implementation, still imported directly by some callers."""
from typing import Any, Dict, Optional


class _UnifiedWebSocketManagerImplementation:
    """One manager per user context."""

    def __init__(self, user_context: Optional[Any] = None) -> None:
        self.user_context = user_context
        self.connections: Dict[str, Any] = {}

    async def send_event(self, user_id: str, event: Dict[str, Any]) -> None:
        connection = self.connections.get(user_id)
        if connection is not None:
            await connection.send_json(event)
