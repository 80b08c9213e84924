"""The use-case layer: what a person can do with triggerpoint, for every front end.

Each use case takes an ``AppContext`` (knowledge base, settings, clock, time zone, journal) and a
typed request, and returns a typed view with ``to_json()``. The CLI and the web app only turn
their input into requests and render the views (see docs/architecture.md).
"""

from triggerpoint.services.context import AppContext, Ask, Clock, SystemClock

__all__ = ["AppContext", "Ask", "Clock", "SystemClock"]
