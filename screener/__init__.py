"""screener: keep confidential school information out of staff social-media posts.

Public API: Screener, Post, Finding, Report, Disclaimer, load_config. Importing screener is cheap;
models load on the first screen.
"""
import os

# Presidio's e-mail recognizer uses tldextract, which fetches the public-suffix list from the network
# on first use with no timeout. Set before anything can import it: use the bundled snapshot only.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# Where PyTorch is installed (to retrain the stance reader), Presidio probes it for a CUDA device on
# first use; screener's spaCy pipeline runs on the CPU, so tell it so.
os.environ.setdefault("PRESIDIO_DEVICE", "cpu")

from .config import load_config  # noqa: E402
from .errors import ConfigError, InputError, ModelError, ScreenerError  # noqa: E402
from .types import Disclaimer, Finding, Post, Report  # noqa: E402

__all__ = ["Screener", "Post", "Finding", "Report", "Disclaimer", "load_config",
           "ScreenerError", "ConfigError", "InputError", "ModelError"]
__version__ = "0.1.0"


def __getattr__(name):
    if name == "Screener":
        from .pipeline import Screener

        return Screener
    raise AttributeError(name)
