"""NETWORK_INFO: private IPv4/IPv6, internal hostnames (*.local, *.lan, *.internal, the district's
internal domains), admin URLs of internal hosts, VLAN ids. Public web addresses are not findings."""
import pytest

from conftest import found, spans_of

LABEL = "NETWORK_INFO"

POSITIVES = [
    ("Printer in room 12 is at 10.2.14.37 if it drops again", LABEL, "10.2.14.37"),
    ("Gradebook server moved to 192.168.1.20", LABEL, "192.168.1.20"),
    ("The new subnet is 172.16.40.0/24", LABEL, "172.16.40.0/24"),
    ("Admin panel: https://10.2.0.5:8443/admin", LABEL, "https://10.2.0.5:8443/admin"),
    ("Camera NVR is at cams.hvcsd.local.", LABEL, "cams.hvcsd.local"),
    ("Log into fileserver01.hvcsd.internal for the shared drive", LABEL, "fileserver01.hvcsd.internal"),
    ("The SIS box is sis-db.lan", LABEL, "sis-db.lan"),
    ("reach the switch at core-sw1.internal", LABEL, "core-sw1.internal"),
    ("IPv6 for the lab printer: fd12:3456:789a::1", LABEL, "fd12:3456:789a::1"),
    ("link-local fe80::1ff:fe23:4567:890a on the projector", LABEL, "fe80::1ff:fe23:4567:890a"),
    ("Cameras are on VLAN 40", LABEL, "VLAN 40"),
    ("guest wifi is vlan 120, staff is VLAN 30", LABEL, "vlan 120"),
    ("Staff VLAN is 40, students on 50", LABEL, "VLAN is 40"),
    ("dashboard at https://grades.corp.hvcsd.org/console", LABEL, "https://grades.corp.hvcsd.org/console"),
    ("http://printserver.hvcsd.local:631/printers", LABEL, "http://printserver.hvcsd.local:631/printers"),
    ("Join the new laptops to hvcsd.local", LABEL, "hvcsd.local"),
    ("ssh into 10.0.0.12 to restart it", LABEL, "10.0.0.12"),
    # an admin URL is one finding, whatever context words surround it
    ("Printer admin page is https://10.2.0.5:8443/admin", LABEL, "https://10.2.0.5:8443/admin"),
    ("The router config page is https://192.168.0.1/setup", LABEL, "https://192.168.0.1/setup"),
    ("switch management is at https://172.16.0.2:8443/manage on the camera VLAN", LABEL,
     "https://172.16.0.2:8443/manage"),
]

NEGATIVES = [
    "Check hvcsd.org for the snow day",
    "Visit https://www.hvcsd.org/calendar",
    "Our DNS is 8.8.8.8, the public one",
    "Updated to Windows 10.0.19045 today",
    "Chromebooks on version 120.0.6099.0",
    "Version 10.0.19045.3803 installed",
    "Meeting at 10.30 in the library",
    "The IP address form is due Friday",
    "We are vlan-free",
    "Go to schoology.com for the homework",
    "Download from https://github.com/hvcsd/robotics",
    "Room 10.2 is the science lab",
    "Chapter 10.1.2 review",
    "Our score: 98-72",
    "The public site is 151.101.1.69",
    "Local news covered our robotics team! https://www.recordonline.com/story/local",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_internal_network_details(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_public_addresses_are_not_findings(screener, text):
    assert spans_of(screener, text, LABEL) == []
