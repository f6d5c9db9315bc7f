module modelarts-openapi/signer

go 1.19
