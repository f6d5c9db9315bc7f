module modelarts-openapi/chain

go 1.19

require modelarts v0.0.0

// ../client is generated at test time by openapi-generator (tests/publish/test_go_e2e.py), never committed.
replace modelarts => ../client
