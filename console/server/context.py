"""The long-lived parts of one running backend, made once by the app and passed in."""

from __future__ import annotations

from dataclasses import dataclass

from console.server.config import ServerConfig
from console.server.db import Database
from console.server.events import EventHub
from console.server.gateway import Gateway
from console.server.lead import QueueAnnouncer
from console.server.ratelimit import LoginLimiter
from console.server.routing import Router


@dataclass(slots=True)
class ServerContext:
    config: ServerConfig
    db: Database
    hub: EventHub
    router: Router
    queue: QueueAnnouncer
    gateway: Gateway
    limiter: LoginLimiter
    secret: bytes  # the HMAC key for contact addresses, made once and kept in the db

    def __repr__(self) -> str:
        return f"<ServerContext db={self.config.db_path}>"
