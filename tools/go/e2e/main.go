// Command e2e calls every operation of a plan (derived from the spec's examples by tests/publish/test_go_e2e.py)
// through the client openapi-generator's go generator made from the published bundle (package modelarts, in
// ../client), once with an IAM token and once signed with AK/SK (../signer). The operations are found by
// reflection from their tag and operationId, so nothing here names one. Prints one JSON line per call:
// {"operationId", "auth", "status", "body"}. Usage: e2e plan.json
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"reflect"
	"strings"
	"time"
	"unicode"

	"modelarts"
	"modelarts-openapi/signer"
)

type call struct {
	OperationID string                 `json:"operationId"`
	Tag         string                 `json:"tag"`
	PathOrder   []string               `json:"pathOrder"`
	Path        map[string]interface{} `json:"path"`
	Query       map[string]interface{} `json:"query"`
	Headers     map[string]interface{} `json:"headers"`
}

type plan struct {
	BaseURL   string `json:"baseUrl"`
	Token     string `json:"token"`
	AccessKey string `json:"accessKey"`
	SecretKey string `json:"secretKey"`
	ProjectID string `json:"projectId"`
	Calls     []call `json:"calls"`
}

// akskTransport signs every request as generated/spec/signing.md describes.
type akskTransport struct{ plan plan }

func (t akskTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
	}
	if err := signer.SignRequest(req, body, t.plan.AccessKey, t.plan.SecretKey, t.plan.ProjectID, time.Now()); err != nil {
		return nil, err
	}
	return http.DefaultTransport.RoundTrip(req)
}

// normalize keeps letters and digits, lower-cased: "training-jobs" and TrainingJobs, "Content-Type" and ContentType meet.
func normalize(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, name)
}

func method(value reflect.Value, name string) (reflect.Value, error) {
	for i := 0; i < value.Type().NumMethod(); i++ {
		if normalize(value.Type().Method(i).Name) == normalize(name) {
			return value.Method(i), nil
		}
	}
	return reflect.Value{}, fmt.Errorf("%s has no method for %q", value.Type(), name)
}

// convert turns a JSON example value into the Go type the generated method takes.
func convert(value interface{}, to reflect.Type) (reflect.Value, error) {
	if to.Kind() == reflect.String {
		if s, ok := value.(string); ok {
			return reflect.ValueOf(s).Convert(to), nil
		}
		return reflect.ValueOf(fmt.Sprint(value)).Convert(to), nil
	}
	v := reflect.ValueOf(value)
	if !v.Type().ConvertibleTo(to) {
		return reflect.Value{}, fmt.Errorf("cannot pass %v as %s", value, to)
	}
	return v.Convert(to), nil
}

func invoke(client *modelarts.APIClient, ctx context.Context, c call) (int, interface{}, error) {
	service := reflect.ValueOf(client).Elem().FieldByNameFunc(func(f string) bool { return normalize(f) == normalize(c.Tag+"API") })
	if !service.IsValid() {
		return 0, nil, fmt.Errorf("no API service for tag %q", c.Tag)
	}
	start, err := method(service, c.OperationID)
	if err != nil {
		return 0, nil, err
	}
	args := []reflect.Value{reflect.ValueOf(ctx)}
	for i, name := range c.PathOrder {
		if i+1 >= start.Type().NumIn() {
			return 0, nil, fmt.Errorf("%s takes fewer path parameters than %v", c.OperationID, c.PathOrder)
		}
		arg, err := convert(c.Path[name], start.Type().In(i+1))
		if err != nil {
			return 0, nil, err
		}
		args = append(args, arg)
	}
	if len(args) != start.Type().NumIn() {
		return 0, nil, fmt.Errorf("%s takes %d arguments, the plan has %d", c.OperationID, start.Type().NumIn(), len(args))
	}
	request := start.Call(args)[0]
	for _, params := range []map[string]interface{}{c.Query, c.Headers} {
		for name, value := range params {
			set, err := method(request, name)
			if err != nil {
				return 0, nil, err
			}
			arg, err := convert(value, set.Type().In(0))
			if err != nil {
				return 0, nil, err
			}
			request = set.Call([]reflect.Value{arg})[0]
		}
	}
	execute, err := method(request, "Execute")
	if err != nil {
		return 0, nil, err
	}
	out := execute.Call(nil)
	response, _ := out[len(out)-2].Interface().(*http.Response)
	status := 0
	if response != nil {
		status = response.StatusCode
	}
	if failure, _ := out[len(out)-1].Interface().(error); failure != nil {
		return status, failure.Error(), nil
	}
	return status, out[0].Interface(), nil
}

func run(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var p plan
	if err := json.Unmarshal(data, &p); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	modes := []string{"token", "aksk"}
	for _, c := range p.Calls {
		for _, auth := range modes {
			cfg := modelarts.NewConfiguration()
			cfg.Servers = modelarts.ServerConfigurations{{URL: p.BaseURL}}
			cfg.OperationServers = map[string]modelarts.ServerConfigurations{}
			ctx := context.Background()
			if auth == "token" {
				ctx = context.WithValue(ctx, modelarts.ContextAPIKeys, map[string]modelarts.APIKey{"iamToken": {Key: p.Token}})
			} else {
				cfg.HTTPClient = &http.Client{Transport: akskTransport{p}}
			}
			status, body, err := invoke(modelarts.NewAPIClient(cfg), ctx, c)
			if err != nil {
				return fmt.Errorf("%s (%s): %v", c.OperationID, auth, err)
			}
			line, err := json.Marshal(map[string]interface{}{"operationId": c.OperationID, "auth": auth, "status": status, "body": body})
			if err != nil {
				return err
			}
			fmt.Println(string(line))
		}
	}
	return nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: e2e plan.json")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
