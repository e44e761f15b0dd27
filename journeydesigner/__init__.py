"""Journey Designer: an offline designer for customer journey maps and service blueprints."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Journey Designer"
