"""Profiles: whose journal. Each belongs to an owner (the local account, or a clinic's), names
are unique per owner, and none is ever created by a write: a first-run default profile exists,
others are added on purpose, and an unknown name is an error with the nearest names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.services.context import AppContext
    from triggerpoint.storage import Profile

__all__ = ["DEFAULT_PROFILE", "ProfilesView", "add_profile", "list_profiles", "profile_name"]

DEFAULT_PROFILE = "me"


@dataclass(frozen=True)
class ProfilesView:
    """The owner's profiles, by name."""

    profiles: tuple[Profile, ...]
    added: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"profiles": [{"name": p.name, "created_at": p.created_at.isoformat()}
                             for p in self.profiles], "added": self.added}


def profile_name(ctx: AppContext, name: str | None) -> str:
    """The profile a request means: the name given (stripped), else the default profile."""
    if name is None or not name.strip():
        return DEFAULT_PROFILE
    return name.strip()


def list_profiles(ctx: AppContext) -> ProfilesView:
    """Every profile of the context's owner."""
    return ProfilesView(tuple(ctx.journal().profiles()))


def add_profile(ctx: AppContext, name: str) -> ProfilesView:
    """Add a profile; InputError when the owner already has one of that name."""
    journal = ctx.journal()
    created = journal.add_profile(name)
    return ProfilesView(tuple(journal.profiles()), added=created.name)
