"""The atlas object: every region, looked up by id, name or synonym."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path

from triggerpoint.atlas.models import BroadTerm, Region
from triggerpoint.errors import UnknownRegion
from triggerpoint.names import NameIndex
from triggerpoint.yamlio import read_yaml

__all__ = ["BROAD_TERMS_FILE", "REGIONS_FILE", "Atlas"]

REGIONS_FILE = Path(__file__).parent / "data" / "regions.yaml"
BROAD_TERMS_FILE = Path(__file__).parent / "data" / "broad-terms.yaml"


class Atlas:
    """Regions of the body, in a fixed order, with name resolution."""

    def __init__(
        self, regions: Mapping[str, Region], broad_terms: Sequence[BroadTerm] = ()
    ) -> None:
        self.regions: dict[str, Region] = dict(regions)
        self.broad_terms: tuple[BroadTerm, ...] = tuple(broad_terms)
        self._names = NameIndex(
            (r.id, [r.name, *r.synonyms, *r.anatomical_terms]) for r in self.regions.values()
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Atlas:
        """Load regions from ``path``, or the packaged atlas (cached) when None."""
        if path is None:
            return _default_atlas()
        return cls(_read_regions(path), _read_broad_terms(path.with_name(BROAD_TERMS_FILE.name)))

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions.values())

    def __len__(self) -> int:
        return len(self.regions)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.regions

    def get(self, name: str) -> Region:
        """The region for an id, name or synonym; raises UnknownRegion with suggestions."""
        region_id = self._names.get(name)
        if region_id is None:
            raise UnknownRegion(name, self._names.suggest(name))
        return self.regions[region_id]

    def find(self, name: str) -> Region | None:
        """The region for an exact id, name or synonym, or None."""
        region_id = self._names.get(name)
        return None if region_id is None else self.regions[region_id]

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """Region ids whose names are nearest to ``name``."""
        return self._names.suggest(name, limit)

    @property
    def names(self) -> NameIndex:
        """The name index (ids, names, synonyms, anatomical terms)."""
        return self._names


def _read_regions(path: Path) -> dict[str, Region]:
    from triggerpoint.errors import KnowledgeBaseError

    regions: dict[str, Region] = {}
    for raw in read_yaml(path):
        region = Region.model_validate(raw)
        if region.id in regions:
            raise KnowledgeBaseError(f"{path}: region '{region.id}' is defined twice")
        regions[region.id] = region
    return regions


def _read_broad_terms(path: Path) -> list[BroadTerm]:
    if not path.exists():
        return []
    return [BroadTerm.model_validate(raw) for raw in read_yaml(path)]


@cache
def _default_atlas() -> Atlas:
    return Atlas(_read_regions(REGIONS_FILE), _read_broad_terms(BROAD_TERMS_FILE))
