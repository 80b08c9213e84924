"""Build the body chart (chart.json) and the region neighbours from parametric body parts.

A development tool, not part of the runtime package: it needs shapely, and triggerpoint itself
only reads the JSON it writes. Run it as ``scripts/build_chart.py`` (or ``python -m chartbuild``
with ``tools`` on the path).
"""
