"""Hand-written code shipped inside the generated client (copied in by the generator): auth, endpoints, errors."""
