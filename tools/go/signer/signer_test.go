package signer

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

type vector struct {
	Name    string `json:"name"`
	Request struct {
		Method     string            `json:"method"`
		Path       string            `json:"path"`
		Query      string            `json:"query"`
		Headers    map[string]string `json:"headers"`
		BodyBase64 string            `json:"body_base64"`
	} `json:"request"`
	Credentials struct {
		ProjectID     string `json:"project_id"`
		SecurityToken string `json:"security_token"`
	} `json:"credentials"`
	Expected struct {
		HeadersAdded     map[string]string `json:"headers_added"`
		QuerySent        string            `json:"query_sent"`
		CanonicalRequest string            `json:"canonical_request"`
		StringToSign     string            `json:"string_to_sign"`
		SignedHeaders    string            `json:"signed_headers"`
		Signature        string            `json:"signature"`
		Authorization    string            `json:"authorization"`
	} `json:"expected"`
}

type document struct {
	AccessKey string   `json:"access_key"`
	SecretKey string   `json:"secret_key"`
	Vectors   []vector `json:"vectors"`
}

// SIGNING_VECTORS names the vectors file (default: the published one, from this package's folder).
func load(t *testing.T) document {
	file := os.Getenv("SIGNING_VECTORS")
	if file == "" {
		file = "../../../generated/spec/signing-vectors.json"
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var doc document
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(doc.Vectors) < 20 {
		t.Fatalf("%s: only %d vectors", file, len(doc.Vectors))
	}
	return doc
}

func input(doc document, v vector, secretKey string) Input {
	body, _ := base64.StdEncoding.DecodeString(v.Request.BodyBase64)
	return Input{Method: v.Request.Method, Path: v.Request.Path, Query: v.Request.Query, Headers: v.Request.Headers,
		Body: body, AccessKey: doc.AccessKey, SecretKey: secretKey,
		ProjectID: v.Credentials.ProjectID, SecurityToken: v.Credentials.SecurityToken}
}

func TestVectors(t *testing.T) {
	doc := load(t)
	for _, v := range doc.Vectors {
		v := v
		t.Run(v.Name, func(t *testing.T) {
			got, err := Sign(input(doc, v, doc.SecretKey))
			if err != nil {
				t.Fatal(err)
			}
			want := v.Expected
			for _, c := range [][3]string{
				{"query_sent", got.QuerySent, want.QuerySent},
				{"canonical_request", got.CanonicalRequest, want.CanonicalRequest},
				{"string_to_sign", got.StringToSign, want.StringToSign},
				{"signed_headers", got.SignedHeaders, want.SignedHeaders},
				{"signature", got.Signature, want.Signature},
				{"authorization", got.Authorization, want.Authorization},
			} {
				if c[1] != c[2] {
					t.Errorf("%s: got %q, want %q", c[0], c[1], c[2])
				}
			}
			if !reflect.DeepEqual(got.HeadersAdded, want.HeadersAdded) {
				t.Errorf("headers_added: got %v, want %v", got.HeadersAdded, want.HeadersAdded)
			}
		})
	}
}

func TestAnotherSecretKeyGivesAnotherSignature(t *testing.T) {
	doc := load(t)
	got, err := Sign(input(doc, doc.Vectors[0], doc.SecretKey+"x"))
	if err != nil || got.Signature == doc.Vectors[0].Expected.Signature {
		t.Fatalf("signature unchanged (err %v)", err)
	}
}

// A header sent on two lines is signed as its values joined by ", " (signing.md, "A header sent twice"):
// SignRequest on a request carrying the vector's header twice gives the vector's Authorization.
func TestSignRequestSignsAHeaderSentTwiceAsTheVectorSays(t *testing.T) {
	doc := load(t)
	var v *vector
	for i := range doc.Vectors {
		if strings.HasPrefix(doc.Vectors[i].Name, "header sent twice") {
			v = &doc.Vectors[i]
		}
	}
	if v == nil {
		t.Fatal("no vector for a header sent twice")
	}
	req, err := http.NewRequest(v.Request.Method, "https://"+v.Request.Headers["Host"]+v.Request.Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, value := range v.Request.Headers {
		if name == "Host" || name == "X-Sdk-Date" {
			continue
		}
		for _, line := range strings.Split(value, ", ") {
			req.Header.Add(name, line)
		}
	}
	now, err := time.Parse(DateFormat, v.Request.Headers["X-Sdk-Date"])
	if err != nil {
		t.Fatal(err)
	}
	if err := SignRequest(req, nil, doc.AccessKey, doc.SecretKey, v.Credentials.ProjectID, now); err != nil {
		t.Fatal(err)
	}
	if got := req.Header.Get("Authorization"); got != v.Expected.Authorization {
		t.Errorf("authorization: got %q, want %q", got, v.Expected.Authorization)
	}
}
