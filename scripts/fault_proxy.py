"""A fault-injecting HTTP proxy in front of a council server, for trying hubs on a
bad connection by hand (the tests use the same class: tests/sync/fault_proxy.py).

    python scripts/fault_proxy.py --upstream-port 8000 --port 8100 --rate 0.3 --seed 1
    accesspoint hub enrol --server http://127.0.0.1:8000 --code CODE   # enrol directly
    accesspoint hub connection --server http://127.0.0.1:8100       # then sync through it

Faults: refuse, lost (answer dropped after the server committed), cut (half an
answer), garbage (truncated JSON), stall, e500, e503, e429. Ctrl+C stops it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sync.fault_proxy import FAULTS, FaultProxy  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--upstream-port", type=int, required=True, help="the real server's port")
    ap.add_argument("--port", type=int, default=0, help="port to listen on (default: any)")
    ap.add_argument("--rate", type=float, default=0.3, help="share of requests broken")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--faults", default=",".join(FAULTS), help="comma-separated subset")
    ap.add_argument("--stall", type=float, default=30.0, help="seconds a stall lasts")
    args = ap.parse_args()
    proxy = FaultProxy(args.upstream_port, seed=args.seed, rate=args.rate,
                       faults=[f for f in args.faults.split(",") if f], stall_s=args.stall,
                       port=args.port)
    print(f"fault proxy on {proxy.url} -> 127.0.0.1:{args.upstream_port}", flush=True)
    try:
        while True:
            time.sleep(5)
            print(dict(proxy.seen), flush=True)
    except KeyboardInterrupt:
        proxy.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
