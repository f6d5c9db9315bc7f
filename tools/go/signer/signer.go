// Package signer is SDK-HMAC-SHA256 (AK/SK) request signing written from generated/spec/signing.md alone
// (standard library only). signer_test.go checks it against every vector of generated/spec/signing-vectors.json.
package signer

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

const (
	Algorithm     = "SDK-HMAC-SHA256"
	DateFormat    = "20060102T150405Z"
	emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)

// Input is a request as the HTTP client has it just before signing.
type Input struct {
	Method, Path, Query      string            // Path and Query as sent (percent-encoded), Query without '?'
	Headers                  map[string]string // must hold Host and X-Sdk-Date
	Body                     []byte
	AccessKey, SecretKey     string
	ProjectID, SecurityToken string
}

// Signed is everything the signer adds and computes.
type Signed struct {
	HeadersAdded     map[string]string // to send besides Authorization
	QuerySent        string            // the query to send instead of the input's
	CanonicalRequest string
	StringToSign     string
	SignedHeaders    string
	Signature        string
	Authorization    string
}

func unreserved(b byte) bool {
	return 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '-' || b == '_' || b == '.' || b == '~'
}

// Encode keeps unreserved bytes of the UTF-8 text and writes every other byte as %XX (upper-case hex).
func Encode(text string) string {
	var out strings.Builder
	for i := 0; i < len(text); i++ {
		if unreserved(text[i]) {
			out.WriteByte(text[i])
		} else {
			fmt.Fprintf(&out, "%%%02X", text[i])
		}
	}
	return out.String()
}

func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

// Decode percent-decodes (a malformed escape stays as it is; bytes that are not UTF-8 become U+FFFD);
// with plusIsSpace, '+' is a space.
func Decode(text string, plusIsSpace bool) string {
	var out []byte
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '%' && i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]):
			b, _ := strconv.ParseUint(text[i+1:i+3], 16, 8)
			out = append(out, byte(b))
			i += 2
		case text[i] == '+' && plusIsSpace:
			out = append(out, ' ')
		default:
			out = append(out, text[i])
		}
	}
	return validUTF8(out)
}

// validUTF8 replaces each byte that does not start a valid UTF-8 sequence with U+FFFD.
func validUTF8(data []byte) string {
	var out strings.Builder
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		out.WriteRune(r) // utf8.RuneError (U+FFFD) for an invalid byte, with size 1
		data = data[size:]
	}
	return out.String()
}

// CanonicalURI decodes the whole path, encodes each segment, and ends it with '/'.
func CanonicalURI(path string) string {
	segments := strings.Split(Decode(path, false), "/")
	for i, segment := range segments {
		segments[i] = Encode(segment)
	}
	uri := strings.Join(segments, "/")
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return uri
}

// CanonicalQuery decodes the query into pairs, sorts them by key then value, and encodes them.
func CanonicalQuery(query string) string {
	var pairs [][2]string
	for _, piece := range strings.Split(query, "&") {
		if piece == "" {
			continue
		}
		key, value, _ := strings.Cut(piece, "=")
		pairs = append(pairs, [2]string{Decode(key, true), Decode(value, true)})
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = Encode(p[0]) + "=" + Encode(p[1])
	}
	return strings.Join(parts, "&")
}

func headerValue(headers map[string]string, name string) (string, bool) {
	for key, value := range headers {
		if strings.EqualFold(key, name) {
			return value, true
		}
	}
	return "", false
}

func hexSHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Sign computes, for one request, what the signer adds and every intermediate value (signing.md).
func Sign(in Input) (Signed, error) {
	added := map[string]string{}
	if in.ProjectID != "" {
		added["X-Project-Id"] = in.ProjectID
	}
	if in.SecurityToken != "" {
		added["X-Security-Token"] = in.SecurityToken
	}
	if ct, ok := headerValue(in.Headers, "Content-Type"); ok && ct != "" &&
		!strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/bson") {
		added["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD"
	}
	values := map[string]string{}
	for _, headers := range []map[string]string{in.Headers, added} {
		for name, value := range headers {
			values[strings.ToLower(name)] = strings.TrimSpace(value)
		}
	}
	var names []string
	for name := range values {
		if !strings.Contains(name, "_") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	date, ok := values["x-sdk-date"]
	if !ok {
		return Signed{}, fmt.Errorf("the X-Sdk-Date header is required")
	}
	payload := emptyBodyHash
	if len(in.Body) > 0 {
		payload = values["x-sdk-content-sha256"]
		if payload == "" {
			payload = hexSHA256(in.Body)
		}
	}
	var canonicalHeaders strings.Builder
	for _, name := range names {
		canonicalHeaders.WriteString(name + ":" + values[name] + "\n")
	}
	signedHeaders := strings.Join(names, ";")
	query := CanonicalQuery(in.Query)
	canonical := strings.Join([]string{strings.ToUpper(in.Method), CanonicalURI(in.Path), query,
		canonicalHeaders.String(), signedHeaders, payload}, "\n")
	toSign := Algorithm + "\n" + date + "\n" + hexSHA256([]byte(canonical))
	mac := hmac.New(sha256.New, []byte(in.SecretKey))
	mac.Write([]byte(toSign))
	signature := hex.EncodeToString(mac.Sum(nil))
	return Signed{
		HeadersAdded: added, QuerySent: query, CanonicalRequest: canonical, StringToSign: toSign,
		SignedHeaders: signedHeaders, Signature: signature,
		Authorization: fmt.Sprintf("%s Access=%s, SignedHeaders=%s, Signature=%s", Algorithm, in.AccessKey, signedHeaders, signature),
	}, nil
}

// SignRequest signs an outgoing *http.Request in place (body already read into body): the added headers,
// X-Sdk-Date, Authorization, and the query rewritten as signed.
func SignRequest(req *http.Request, body []byte, accessKey, secretKey, projectID string, now time.Time) error {
	headers := map[string]string{"Host": req.URL.Host, "X-Sdk-Date": now.UTC().Format(DateFormat)}
	for name, values := range req.Header {
		headers[name] = strings.Join(values, ", ") // a header sent twice is signed as its values joined by ", "
	}
	signed, err := Sign(Input{Method: req.Method, Path: req.URL.EscapedPath(), Query: req.URL.RawQuery, Headers: headers,
		Body: body, AccessKey: accessKey, SecretKey: secretKey, ProjectID: projectID})
	if err != nil {
		return err
	}
	for name, value := range headers {
		if name != "Host" {
			req.Header.Set(name, strings.TrimSpace(value))
		}
	}
	for name, value := range signed.HeadersAdded {
		req.Header.Set(name, value)
	}
	req.Header.Set("Authorization", signed.Authorization)
	req.URL.RawQuery = signed.QuerySent
	return nil
}
