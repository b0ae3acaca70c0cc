"""``python -m newscore``: the command line."""

import sys

from newscore.cli import main

sys.exit(main())
