"""``python -m resolint`` runs the command line."""

import sys

from resolint.cli import main

sys.exit(main())
