"""`python -m modelarts_contract`: the same as the `modelarts-contract` command."""

from modelarts_contract.cli import main

raise SystemExit(main())
