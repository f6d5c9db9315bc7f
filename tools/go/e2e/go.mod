module modelarts-openapi/e2e

go 1.19

require (
	modelarts v0.0.0
	modelarts-openapi/signer v0.0.0
)

// ../client is generated at test time by openapi-generator (tests/publish/test_go_e2e.py), never committed.
replace (
	modelarts => ../client
	modelarts-openapi/signer => ../signer
)
