#pragma warning disable OPENAI001 // The SDK marks its Responses client experimental; it is the client agents use, so it is what these tests drive.
using System.ClientModel;
using System.Text.Json;
using LlmActors.Tests.ModelSim;
using OpenAI.Responses;

namespace LlmActors.Tests.Doors;

/// <summary>
/// The Responses door through the official OpenAI .NET SDK's ResponsesClient, against the simulator (whose
/// provider speaks Chat Completions, so every request is translated there and back): whole and streamed answers,
/// continuing with previous_response_id, a function tool and its output, and stored responses that only their
/// project can read, continue or delete.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class ResponsesSdkTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResponseTool Weather => ResponseTool.CreateFunctionTool("get_weather", BinaryData.FromString(ToolCallTests.WeatherSchema), strictModeEnabled: false,
        functionDescription: "Get the weather forecast for a city");

    private async Task<ResponsesClient> Client(string project) =>
        fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey(project)).GetResponsesClient();

    private static CreateResponseOptions Ask(string text) => new("sim-small", [ResponseItem.CreateUserMessageItem(text)]);

    private static CreateResponseOptions Streamed(CreateResponseOptions options)
    {
        options.StreamingEnabled = true;
        return options;
    }

    [Fact]
    public async Task A_whole_response_has_its_id_text_and_usage()
    {
        var client = await Client("resp-whole");

        var response = (await client.CreateResponseAsync(new CreateResponseOptions("sim-small", [ResponseItem.CreateUserMessageItem("Where is my parcel?")])
        {
            Instructions = "Be brief.",
            Metadata = { ["order"] = "42" },
        }, Ct)).Value;

        Assert.StartsWith("resp_", response.Id);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal("sim-small", response.Model);
        Assert.Contains("[sim-small]", response.GetOutputText());
        Assert.Contains("Where is my parcel?", response.GetOutputText());
        Assert.Equal("42", response.Metadata["order"]);
        Assert.True(response.Usage.InputTokenCount > 0 && response.Usage.OutputTokenCount > 0);
        Assert.Equal(response.Usage.InputTokenCount + response.Usage.OutputTokenCount, response.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task A_streamed_response_sends_the_typed_events_in_order_and_ends_with_the_whole_response()
    {
        var client = await Client("resp-stream");
        var kinds = new List<string>();
        var deltas = new System.Text.StringBuilder();
        ResponseResult? completed = null;

        await foreach (var update in await client.CreateResponseStreamingAsync(Streamed(Ask("Tell me about returns")), Ct))
        {
            kinds.Add(update.GetType().Name.Replace("StreamingResponse", "").Replace("Update", ""));
            if (update is StreamingResponseOutputTextDeltaUpdate delta)
            {
                deltas.Append(delta.Delta);
            }

            if (update is StreamingResponseCompletedUpdate done)
            {
                completed = done.Response;
            }
        }

        Assert.Equal(["Created", "InProgress", "OutputItemAdded", "ContentPartAdded"], kinds.Take(4));
        Assert.Equal(["OutputTextDone", "ContentPartDone", "OutputItemDone", "Completed"], kinds.TakeLast(4));
        Assert.All(kinds.Skip(4).SkipLast(4), k => Assert.Equal("OutputTextDelta", k));
        Assert.NotNull(completed);
        Assert.Equal(deltas.ToString(), completed.GetOutputText());
        Assert.StartsWith("resp_", completed.Id);
        Assert.True(completed.Usage.OutputTokenCount > 0);
    }

    [Fact]
    public async Task A_response_continued_by_previous_response_id_sees_the_first_turn()
    {
        var client = await Client("resp-chain");
        var first = (await client.CreateResponseAsync(Ask("My order number is 4711. Where is it?"), Ct)).Value;

        var second = (await client.CreateResponseAsync(new CreateResponseOptions("sim-small", [ResponseItem.CreateUserMessageItem("And when will it arrive?")])
        {
            PreviousResponseId = first.Id,
        }, Ct)).Value;
        var alone = (await client.CreateResponseAsync(Ask("And when will it arrive?"), Ct)).Value;

        Assert.Equal(first.Id, second.PreviousResponseId);
        // The second turn's prompt holds the first turn's question and answer: the model was sent them.
        Assert.True(second.Usage.InputTokenCount >= alone.Usage.InputTokenCount + first.Usage.OutputTokenCount,
            $"second turn's input {second.Usage.InputTokenCount}, alone {alone.Usage.InputTokenCount}, first answer {first.Usage.OutputTokenCount}");
        var stored = (await client.GetResponseAsync(second.Id, Ct)).Value;
        Assert.Equal(second.GetOutputText(), stored.GetOutputText());
    }

    [Fact]
    public async Task A_function_call_and_its_output_round_trip_through_previous_response_id()
    {
        var client = await Client("resp-tools");
        var options = Ask("What is the weather in Oslo this week?");
        options.Tools.Add(Weather);
        options.ToolChoice = ResponseToolChoice.CreateRequiredChoice();

        var first = (await client.CreateResponseAsync(options, Ct)).Value;
        var call = Assert.IsType<FunctionCallResponseItem>(Assert.Single(first.OutputItems));
        Assert.Equal("get_weather", call.FunctionName);
        Assert.Contains("Oslo", call.FunctionArguments.ToString());

        var followUp = new CreateResponseOptions("sim-small", [ResponseItem.CreateFunctionCallOutputItem(call.CallId, """{"forecast":"light snow","high_c":-2}""")])
        {
            PreviousResponseId = first.Id,
            Tools = { Weather },
        };
        var answer = (await client.CreateResponseAsync(followUp, Ct)).Value;

        // The simulator names the function whose call the output answers: it saw the call from the first turn.
        Assert.Contains("get_weather", answer.GetOutputText());
        Assert.Contains("light snow", answer.GetOutputText());
    }

    [Fact]
    public async Task A_streamed_function_call_sends_its_arguments_as_deltas()
    {
        var client = await Client("resp-stream-tools");
        var options = Ask("Will it rain in Paris tomorrow?");
        options.Tools.Add(Weather);
        options.ToolChoice = ResponseToolChoice.CreateFunctionChoice("get_weather");
        var deltas = new System.Text.StringBuilder();
        StreamingResponseFunctionCallArgumentsDoneUpdate? done = null;

        await foreach (var update in await client.CreateResponseStreamingAsync(Streamed(options), Ct))
        {
            switch (update)
            {
                case StreamingResponseFunctionCallArgumentsDeltaUpdate delta:
                    deltas.Append(delta.Delta.ToString());
                    break;
                case StreamingResponseFunctionCallArgumentsDoneUpdate end:
                    done = end;
                    break;
            }
        }

        Assert.NotNull(done);
        Assert.Equal("get_weather", done.FunctionName);
        Assert.Equal(deltas.ToString(), done.FunctionArguments.ToString());
        SimHttp.Satisfies(ToolCallTests.WeatherSchema, deltas.ToString());
    }

    [Fact]
    public async Task A_response_of_project_A_is_not_found_for_project_B()
    {
        var a = await Client("resp-owner-a");
        var b = await Client("resp-owner-b");
        var response = (await a.CreateResponseAsync(Ask("Where is my parcel?"), Ct)).Value;

        var read = await Assert.ThrowsAsync<ClientResultException>(() => b.GetResponseAsync(response.Id, Ct));
        var continued = await Assert.ThrowsAsync<ClientResultException>(() => b.CreateResponseAsync(new CreateResponseOptions("sim-small",
            [ResponseItem.CreateUserMessageItem("What did I ask?")]) { PreviousResponseId = response.Id }, Ct));
        var deleted = await Assert.ThrowsAsync<ClientResultException>(() => b.DeleteResponseAsync(response.Id, Ct));

        Assert.Equal([404, 404, 404], [read.Status, continued.Status, deleted.Status]);
        Assert.Equal(response.Id, (await a.GetResponseAsync(response.Id, Ct)).Value.Id);
    }

    [Fact]
    public async Task A_deleted_response_is_gone_and_one_not_stored_was_never_kept()
    {
        var client = await Client("resp-delete");
        var kept = (await client.CreateResponseAsync(Ask("Where is my parcel?"), Ct)).Value;
        var options = Ask("Where is my parcel?");
        options.StoredOutputEnabled = false;
        var unstored = (await client.CreateResponseAsync(options, Ct)).Value;

        var deletion = (await client.DeleteResponseAsync(kept.Id, Ct)).Value;

        Assert.True(deletion.Deleted);
        Assert.Equal(404, (await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync(kept.Id, Ct))).Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync(unstored.Id, Ct))).Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<ClientResultException>(() => client.DeleteResponseAsync(kept.Id, Ct))).Status);
    }

    [Fact]
    public async Task Cancelling_a_finished_response_is_refused_as_OpenAI_refuses_it_and_an_unknown_one_is_not_found()
    {
        var key = await fixture.Factory.CreateProjectKey("resp-cancel");
        using var http = fixture.Factory.Client(key);
        var response = (await fixture.Factory.OpenAi(key).GetResponsesClient().CreateResponseAsync(Ask("Hello"), Ct)).Value;

        var cancel = await http.PostAsync($"/v1/responses/{response.Id}/cancel", null, Ct);
        var unknown = await http.PostAsync("/v1/responses/resp_0000/cancel", null, Ct);

        await OpenAiErrorAssert.IsError(cancel, HttpStatusCode.BadRequest);
        await OpenAiErrorAssert.IsError(unknown, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"model":"sim-small"}""", "input")]
    [InlineData("""{"model":"sim-small","input":"hi","background":true}""", "background")]
    [InlineData("""{"model":"sim-small","input":[{"type":"item_reference","id":"msg_1"}]}""", "input[0].type")]
    [InlineData("""{"model":"sim-small","input":[{"type":"function_call_output","output":"x"}]}""", "input[0].call_id")]
    [InlineData("""{"model":"sim-small","input":"hi","previous_response_id":"not-an-id"}""", "previous_response_id")]
    [InlineData("""{"model":"sim-small","input":"hi","text":{"format":{"type":"json_schema","name":"x"}}}""", "text.format.schema")]
    [InlineData("""{"model":"sim-small","input":"hi","tools":[{"type":"web_search"}]}""", "tools[0].type")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string param)
    {
        using var http = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("resp-bad"));

        var response = await SseEvents.PostAsync(http, "/v1/responses", body, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Whole_and_streamed_calls_each_leave_a_spend_row_naming_the_responses_endpoint()
    {
        var project = "resp-spend-" + Guid.NewGuid().ToString("N")[..6];
        var client = await Client(project);
        await client.CreateResponseAsync(Ask("Where is my parcel?"), Ct);
        await foreach (var _ in await client.CreateResponseStreamingAsync(Streamed(Ask("And my refund?")), Ct))
        {
        }

        using var admin = fixture.Factory.AdminClient();
        var spend = await admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/spend?groupBy=endpoint", Ct);

        var row = Assert.Single(spend.GetProperty("rows").EnumerateArray());
        Assert.Equal("responses", row.GetProperty("key").GetString());
        Assert.Equal(2, row.GetProperty("requests").GetInt64());
    }
}
