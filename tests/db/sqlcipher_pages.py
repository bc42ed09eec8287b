"""Decrypt every page of a SQLCipher 4 file and its WAL with a raw key, as an attacker who has
the key would: the bytes of free pages, old cells and WAL frames included, not only the rows a
query returns. SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, a 16-byte IV and a 64-byte
HMAC-SHA512 reserved at the end of each page; page 1 starts with the file's 16-byte salt."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
WAL_HEADER = 32
FRAME_HEADER = 24


def _page(raw: bytes, number: int, key: bytes) -> bytes:
    start = 16 if number == 1 else 0
    iv = raw[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(raw[start:PAGE - RESERVE]) + dec.finalize()


def decrypted_bytes(db_path: Path, key: bytes) -> bytes:
    """Every page of the file and every frame of its WAL, decrypted and joined."""
    out = []
    data = db_path.read_bytes()
    for index in range(len(data) // PAGE):
        out.append(_page(data[index * PAGE:(index + 1) * PAGE], index + 1, key))
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for offset in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset:offset + 4], "big")
            out.append(_page(frames[offset + FRAME_HEADER:offset + step], number, key))
    return b"".join(out)


def first_page_is_sqlite(db_path: Path, key: bytes) -> bool:
    """The decryption works: page 1's header says 4096-byte pages and a reserve of 80."""
    page = _page(db_path.read_bytes()[:PAGE], 1, key)
    return page[0:2] == PAGE.to_bytes(2, "big") and page[4] == RESERVE
