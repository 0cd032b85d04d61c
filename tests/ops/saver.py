"""Child process for the kill test: saves enquiries in a loop and prints each id
only after its transaction committed. Run: python -m tests.ops.saver DATA_DIR SEED"""

from __future__ import annotations

import random
import sys

from accesspoint import enquiries, hubs
from accesspoint.db import open_database
from accesspoint.enquiries import EnquiryInput


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    conn = open_database(data_dir)
    actor = hubs.cli_actor(conn)
    print("ready", flush=True)
    while True:
        data = EnquiryInput(needs=["food"], description="x" * rng.randint(10, 4000))
        enquiry = enquiries.create_enquiry(conn, actor, data)
        # Printed after create_enquiry returned, i.e. after COMMIT: "reported as done".
        print(enquiry["id"], flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
