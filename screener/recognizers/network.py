"""Internal network details: private IPs, internal hostnames, admin URLs, VLAN ids."""
from __future__ import annotations

import ipaddress
import re

from .base import Recognizer, Rx, register

_INTERNAL_TLDS = ("local", "lan", "internal", "intranet", "corp", "home.arpa", "localdomain", "priv")


def _is_internal_ip(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast:
        return False
    return ip.is_private or ip.is_link_local


@register
class PrivateIp(Recognizer):
    name = "private_ip"
    label = "NETWORK_INFO"
    patterns = (
        Rx("ipv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.]\d)", 0.85),
        Rx("ipv6", r"(?<![\w:])(?:f[cd][0-9a-f]{2}|fe80):[0-9a-f:]*[0-9a-f](?:/\d{1,3})?(?![\w:])", 0.85),
    )
    context = ("ip", "server", "printer", "router", "switch", "gateway", "dns", "dhcp", "subnet", "host")

    def validate(self, value, text, start, end):
        return 0.0 if _is_internal_ip(value.split("/")[0]) else None


@register
class InternalHost(Recognizer):
    name = "internal_host"
    label = "NETWORK_INFO"
    patterns = ()

    def setup(self, config):
        domains = list(_INTERNAL_TLDS)
        public = []
        if config is not None:
            domains += [d.lower() for d in config.district.district.internal_domains]
            public = [d.lower() for d in config.district.district.domains]
        alt = "|".join(sorted({re.escape(d) for d in domains}, key=len, reverse=True))
        host = r"(?<![\w@.-])(?:[a-z0-9][a-z0-9-]*\.)*?(?:[a-z0-9][a-z0-9-]*\.)(?:" + alt + r")(?![\w-]|\.[a-z])"
        url = (r"\bhttps?://(?:[^\s/@]+@)?(?:\[[0-9a-f:]+\]|[a-z0-9.-]+)(?::\d{2,5})?(?:/[^\s]*)?")
        self.patterns = (Rx("internal_hostname", host, 0.85), Rx("url", url, 0.0))
        self.public = public
        self._internal_rx = re.compile(r"(?:^|\.)(?:" + alt + r")$", re.I)

    def matches(self, text):
        for rx, compiled in self._compiled:
            for m in compiled.finditer(text):
                yield rx, m.start(), m.end() - (1 if m.group(0)[-1] in ".,;:)!?" else 0)

    def validate(self, value, text, start, end):
        if not value.lower().startswith("http"):
            return 0.0
        m = re.match(r"https?://(?:[^\s/@]+@)?(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d+)?(/\S*)?", value, re.I)
        host, port, path = m.group(1).strip("[]").lower(), m.group(2), (m.group(3) or "").lower()
        if _is_internal_ip(host) or self._internal_rx.search(host):
            return 0.9
        admin = re.search(r"/(?:admin|administrator|console|manage|management|wp-admin|phpmyadmin|cpanel|"
                          r"webmin|setup|config|dashboard/admin)\b", path)
        district = any(host == d or host.endswith("." + d) for d in self.public)
        if admin and district:
            return 0.8
        if port and port not in (":80", ":443") and district:
            return 0.7
        return None


@register
class Vlan(Recognizer):
    name = "vlan"
    label = "NETWORK_INFO"
    patterns = (Rx("vlan", r"\bvlan\s*(?:id\s*)?(?:[#:=]|is\b)?\s*\d{1,4}\b", 0.85),)  # "Staff VLAN is 40"
