// Command chain runs one create → wait → show → delete chain (tests/publish/test_go_e2e.py) through the client
// openapi-generator's go generator made from the published bundle (package modelarts, in ../client): CreateNotebook
// with its page's example body, built with the generated model's constructor and setters; ShowNotebook polled until
// RUNNING, the mock's clock advanced between polls (POST /_mock/clock, the mock's control plane, which has no
// generated Go client: plain net/http there); ShowNotebook; DeleteNotebook; the clock past the deleting state;
// ShowNotebook then answers 404. IAM token auth throughout (the control plane accepts the mock's token).
// Prints one JSON line per step: {"step", "status", ...}. Usage: chain BASE_URL TOKEN PROJECT_ID
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"

	"modelarts"
)

const (
	pollSeconds = 5 // the mock's time between two polls
	maxPolls    = 20
)

func emit(line map[string]interface{}) {
	out, err := json.Marshal(line)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}

func status(response *http.Response) int {
	if response == nil {
		return 0
	}
	return response.StatusCode
}

// advance moves the mock's clock on by `seconds` through its control plane and prints the step.
func advance(baseURL, token, step string, seconds int) error {
	body, _ := json.Marshal(map[string]int{"advance": seconds})
	request, err := http.NewRequest(http.MethodPost, baseURL+"/_mock/clock", bytes.NewReader(body))
	if err != nil {
		return err
	}
	request.Header.Set("Content-Type", "application/json")
	request.Header.Set("X-Auth-Token", token)
	response, err := http.DefaultClient.Do(request)
	if err != nil {
		return err
	}
	defer response.Body.Close()
	var clock struct {
		Advanced float64 `json:"advanced"`
	}
	if err := json.NewDecoder(response.Body).Decode(&clock); err != nil || response.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: the mock's clock did not move (status %d, %v)", step, response.StatusCode, err)
	}
	emit(map[string]interface{}{"step": step, "status": response.StatusCode, "advanced": clock.Advanced})
	return nil
}

// The page's example (the test checks that this is what the spec's request example says, as JSON).
func exampleBody() modelarts.CreateNotebookRequest {
	volume := modelarts.NewVolumeReq("evs", "managed")
	volume.SetCapacity(50)
	body := modelarts.NewCreateNotebookRequest("modelarts.vm.cpu.2u", "e1a07296-22a8-4f05-8bc8-e936c8e54090", "notebooks_test", *volume)
	body.SetFeature("NOTEBOOK")
	body.SetWorkspaceId("0")
	body.SetDescription("api-test")
	return *body
}

func run(baseURL, token, projectID string) error {
	cfg := modelarts.NewConfiguration()
	cfg.Servers = modelarts.ServerConfigurations{{URL: baseURL}}
	cfg.OperationServers = map[string]modelarts.ServerConfigurations{}
	notebooks := modelarts.NewAPIClient(cfg).NotebooksAPI
	ctx := context.WithValue(context.Background(), modelarts.ContextAPIKeys, map[string]modelarts.APIKey{"iamToken": {Key: token}})

	body := exampleBody()
	created, response, err := notebooks.CreateNotebook(ctx, projectID).CreateNotebookRequest(body).Execute()
	if err != nil {
		return fmt.Errorf("CreateNotebook: %v", err)
	}
	emit(map[string]interface{}{"step": "create", "status": status(response), "id": created.GetId(), "state": created.GetStatus(), "sent": body})
	id := created.GetId()

	state := ""
	for poll := 0; poll < maxPolls && state != "RUNNING"; poll++ {
		if poll > 0 {
			if err := advance(baseURL, token, "advance", pollSeconds); err != nil {
				return err
			}
		}
		shown, response, err := notebooks.ShowNotebook(ctx, projectID, id).Execute()
		if err != nil {
			return fmt.Errorf("ShowNotebook: %v", err)
		}
		state = shown.GetStatus()
		emit(map[string]interface{}{"step": "poll", "status": status(response), "state": state})
	}
	if state != "RUNNING" {
		return fmt.Errorf("not RUNNING after %d polls: %s", maxPolls, state)
	}

	shown, response, err := notebooks.ShowNotebook(ctx, projectID, id).Execute()
	if err != nil {
		return fmt.Errorf("ShowNotebook: %v", err)
	}
	image := shown.GetImage()
	emit(map[string]interface{}{
		"step": "show", "status": status(response), "id": shown.GetId(), "name": shown.GetName(), "state": shown.GetStatus(),
		"flavor": shown.GetFlavor(), "image_id": image.GetId(),
	})

	deleted, response, err := notebooks.DeleteNotebook(ctx, projectID, id).Execute()
	if err != nil {
		return fmt.Errorf("DeleteNotebook: %v", err)
	}
	emit(map[string]interface{}{"step": "delete", "status": status(response), "id": deleted.GetId()})
	deleting, response, err := notebooks.ShowNotebook(ctx, projectID, id).Execute()
	if err != nil {
		return fmt.Errorf("ShowNotebook: %v", err)
	}
	emit(map[string]interface{}{"step": "show-deleting", "status": status(response), "state": deleting.GetStatus()})
	if err := advance(baseURL, token, "advance-past-delete", 60); err != nil {
		return err
	}

	_, response, err = notebooks.ShowNotebook(ctx, projectID, id).Execute()
	var failure *modelarts.GenericOpenAPIError
	if !errors.As(err, &failure) {
		return fmt.Errorf("ShowNotebook after the delete: expected the API's error, got %v", err)
	}
	gone, ok := failure.Model().(modelarts.ModelArtsError)
	if !ok {
		return fmt.Errorf("ShowNotebook after the delete: %s, no ModelArtsError: %s", err, failure.Body())
	}
	emit(map[string]interface{}{"step": "show-gone", "status": status(response), "error_code": gone.GetErrorCode()})
	return nil
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: chain BASE_URL TOKEN PROJECT_ID")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
