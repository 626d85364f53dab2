"""screener: keep confidential school information out of staff social-media posts.

Public API: Screener, Post, Finding, Report, Disclaimer, load_config. Importing screener is cheap;
models load on the first screen.
"""
from .config import load_config
from .errors import ConfigError, InputError, ModelError, ScreenerError
from .types import Disclaimer, Finding, Post, Report

__all__ = ["Screener", "Post", "Finding", "Report", "Disclaimer", "load_config",
           "ScreenerError", "ConfigError", "InputError", "ModelError"]
__version__ = "0.1.0"


def __getattr__(name):
    if name == "Screener":
        from .pipeline import Screener

        return Screener
    raise AttributeError(name)
