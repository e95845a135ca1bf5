"""``python -m console.server``: the same as ``advocate-console-server``."""

import sys

from console.server.cli import main

sys.exit(main())
