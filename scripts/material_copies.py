"""Check or record the files in overrides/ that copy Material's templates and scripts (overrides/MATERIAL_COPIES.json).

python scripts/material_copies.py --check    # exit 1 when Material or one of our copies changed since recording
python scripts/material_copies.py --record   # after re-applying our change onto a new upstream: rewrite the record
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpcenter.adapter.material_drift import RECORD, check, record

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true", help="compare the record with Material and overrides/")
    action.add_argument("--record", action="store_true", help=f"rewrite overrides/{RECORD} from the files as they are")
    args = parser.parse_args(argv)
    if args.record:
        try:
            copies = record(OVERRIDES)
        except ValueError as error:
            print(f"not recorded: {error}", file=sys.stderr)
            return 1
        print(f"recorded {len(copies)} copies of Material in overrides/{RECORD}")
        return 0
    problems = check(OVERRIDES)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
