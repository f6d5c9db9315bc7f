"""Hand-written code shipped inside the generated client (copied in by the generator): auth, endpoints, errors."""

import logging

# This folder is the source `python -m generator generate` copies into `modelarts_client.runtime`. Imported
# from here, its classes would be a second copy that user code could mix with the client's (an AkSkAuth
# from here fails the client's isinstance checks), so it only runs under its one public name.
if __name__ != "modelarts_client.runtime":
    raise ImportError(f"{__name__} is the client runtime's source: import modelarts_client.runtime instead")

# A library prints nothing unless the application configures logging: without a handler anywhere, Python's
# last-resort handler would print our warnings (retries) to stderr.
logging.getLogger("modelarts_client").addHandler(logging.NullHandler())
