"""modelarts-core: the hand-written runtime of the generated ModelArts client, in one place.

Signing, auth, credentials, endpoints, errors, retries, body limits, tolerant reading, request-body checks
and the call engine. `modelarts-client` (generated from the spec) depends on it; the mock verifies
signatures and the contract suite signs requests with it, without the generated client. Nothing here
knows an operation of the spec: the generated facade passes the regions, models and schemas in.
"""

import logging

__version__ = "0.1.0"

# A library prints nothing unless the application configures logging: without a handler anywhere, Python's
# last-resort handler would print our warnings (retries) to stderr.
logging.getLogger("modelarts_core").addHandler(logging.NullHandler())
