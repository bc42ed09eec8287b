"""Finding the office's members on the LAN (issue 23): mDNS/DNS-SD with `zeroconf`.

Each member announces `_fremskudt._tcp` with two TXT properties: `office`, a hash of the
office id (never the office's name), and `device`, its device id. What a member hears is
only a hint: an address to try. Whoever answers there must still prove in the TLS
handshake that it holds an active member's key (app.sync.office.lan_tls)."""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import socket
import uuid
from collections.abc import Callable

SERVICE = "_fremskudt._tcp.local."
log = logging.getLogger(__name__)

Found = Callable[[uuid.UUID, str, int], None]  # (device, host, port)


def office_tag(office_id: uuid.UUID) -> str:
    """What the LAN may see of the office: a hash of its id, not its name."""
    return hashlib.sha256(b"fremskudt office v1|" + office_id.bytes).hexdigest()


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def parse_announcement(properties: dict, tag: str) -> uuid.UUID | None:
    """The device id of an announcement of this office, or None (another office, or junk)."""
    office = properties.get(b"office")
    device = properties.get(b"device")
    if office != tag.encode() or not isinstance(device, bytes) or len(device) != 32:
        return None
    try:
        return uuid.UUID(hex=device.decode("ascii"))
    except ValueError:
        return None


class Discovery:
    """Announce this member and report the members heard. Started only when the listening
    address is not a loopback address (tests and `--no-discovery` never announce)."""

    def __init__(self, tag: str, device: uuid.UUID, host: str, port: int,
                 found: Found) -> None:
        from zeroconf import (
            InterfaceChoice,
            IPVersion,
            ServiceBrowser,
            ServiceInfo,
            Zeroconf,
            get_all_addresses,
        )

        self.tag, self.device, self.found = tag, device, found
        everywhere = host in ("", "0.0.0.0")
        self.zc = Zeroconf(interfaces=InterfaceChoice.All if everywhere else [host],
                           ip_version=IPVersion.V4Only)
        # listening on every interface (the app): announce the machine's own addresses;
        # an announcement without an address tells the others nothing to try
        addresses = [socket.inet_aton(a) for a in
                     ([a for a in get_all_addresses() if not is_loopback(a)] if everywhere
                      else [host])]
        self.info = ServiceInfo(
            SERVICE, f"fremskudt-{device.hex[:12]}.{SERVICE}", port=port,
            properties={"office": tag, "device": device.hex},
            addresses=addresses, server=f"fremskudt-{device.hex[:12]}.local.")
        self.zc.register_service(self.info)
        self.browser = ServiceBrowser(self.zc, SERVICE, handlers=[self._changed])

    def _changed(self, zeroconf, service_type: str, name: str, state_change) -> None:
        from zeroconf import ServiceStateChange

        if state_change not in (ServiceStateChange.Added, ServiceStateChange.Updated):
            return
        info = zeroconf.get_service_info(service_type, name, timeout=1500)
        if info is None:
            return
        device = parse_announcement(info.properties or {}, self.tag)
        if device is None or device == self.device:
            return
        for address in info.parsed_addresses():
            log.info("member %s announced at %s:%s", device, address, info.port)
            self.found(device, address, info.port)

    def close(self) -> None:
        try:
            self.browser.cancel()
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()
