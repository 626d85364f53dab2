"""Engines that run a scan somewhere other than this process.

``screen_on_dask`` (in :mod:`screener.engines.dask_engine`) screens posts on a Dask cluster. It is
imported lazily so that ``import screener.engines`` stays cheap.
"""
from __future__ import annotations

__all__ = ["screen_on_dask"]


def __getattr__(name):
    if name == "screen_on_dask":
        from .dask_engine import screen_on_dask

        return screen_on_dask
    raise AttributeError(name)
