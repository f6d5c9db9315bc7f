import sys

from modelarts_spec.cli import main

sys.exit(main())
