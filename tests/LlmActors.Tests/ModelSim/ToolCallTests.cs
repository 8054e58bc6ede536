using System.Text.Json;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

/// <summary>Function calling through the official SDK: named, required and auto calls, the round trip, streaming.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class ToolCallTests(SimulatorHost host)
{
    public const string WeatherSchema = """
        {
          "type": "object",
          "properties": {
            "location": { "type": "string", "description": "City name" },
            "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] },
            "days": { "type": "integer", "minimum": 1, "maximum": 14 },
            "hourly": { "type": "boolean" },
            "fields": { "type": "array", "items": { "type": "string", "enum": ["temperature", "wind", "rain"] }, "minItems": 1 },
            "coordinates": {
              "type": "object",
              "properties": { "lat": { "type": "number" }, "lon": { "type": "number" } },
              "required": ["lat", "lon"],
              "additionalProperties": false
            }
          },
          "required": ["location", "unit", "days"],
          "additionalProperties": false
        }
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ChatTool Weather => ChatTool.CreateFunctionTool("get_weather", "Get the weather forecast for a city", BinaryData.FromString(WeatherSchema));

    private static ChatTool Stocks => ChatTool.CreateFunctionTool("lookupStockPrice", "Look up the latest share price of a listed company",
        BinaryData.FromString("""{"type":"object","properties":{"ticker":{"type":"string"}},"required":["ticker"]}"""));

    [Fact]
    public async Task A_named_tool_call_has_arguments_that_satisfy_the_schema_and_come_from_the_message()
    {
        var options = new ChatCompletionOptions { Tools = { Weather, Stocks }, ToolChoice = ChatToolChoice.CreateFunctionChoice("get_weather") };
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage("Will I need an umbrella in Paris for the next 3 days?")], options, Token)).Value;

        Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
        Assert.Empty(completion.Content);
        var call = Assert.Single(completion.ToolCalls);
        Assert.StartsWith("call_", call.Id);
        Assert.Equal("get_weather", call.FunctionName);
        var arguments = call.FunctionArguments.ToString();
        SimHttp.Satisfies(WeatherSchema, arguments);
        var parsed = JsonSerializer.Deserialize<WeatherArguments>(arguments, JsonSerializerOptions.Web)!;
        Assert.Equal("Paris", parsed.Location);
        Assert.Contains(parsed.Unit, new[] { "celsius", "fahrenheit" });
        Assert.Equal(3, parsed.Days);
    }

    [Fact]
    public async Task The_same_conversation_gets_the_same_call_and_required_calls_a_tool_even_for_an_unrelated_message()
    {
        var options = new ChatCompletionOptions { Tools = { Weather, Stocks }, ToolChoice = ChatToolChoice.CreateRequiredChoice() };
        var first = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage("Tell me a joke")], options, Token)).Value;
        var again = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage("Tell me a joke")], options, Token)).Value;

        Assert.Equal(ChatFinishReason.ToolCalls, first.FinishReason);
        Assert.Equal(first.ToolCalls[0].FunctionName, again.ToolCalls[0].FunctionName);
        Assert.Equal(first.ToolCalls[0].FunctionArguments.ToString(), again.ToolCalls[0].FunctionArguments.ToString());
    }

    [Fact]
    public async Task Auto_calls_the_tool_that_shares_words_with_the_message_and_answers_text_otherwise()
    {
        var options = new ChatCompletionOptions { Tools = { Weather, Stocks } };
        var chat = host.Chat("sim-small");

        var stock = (await chat.CompleteChatAsync([new UserChatMessage("What is the share price of Contoso today?")], options, Token)).Value;
        Assert.Equal("lookupStockPrice", Assert.Single(stock.ToolCalls).FunctionName);

        var weather = (await chat.CompleteChatAsync([new UserChatMessage("What's the weather forecast in Tokyo?")], options, Token)).Value;
        Assert.Equal("get_weather", Assert.Single(weather.ToolCalls).FunctionName);

        var unrelated = (await chat.CompleteChatAsync([new UserChatMessage("Write a haiku about autumn leaves")], options, Token)).Value;
        Assert.Equal(ChatFinishReason.Stop, unrelated.FinishReason);
        Assert.Empty(unrelated.ToolCalls);
        Assert.StartsWith("[sim-small]", unrelated.Content[0].Text);

        var none = (await chat.CompleteChatAsync([new UserChatMessage("What's the weather forecast in Tokyo?")],
            new ChatCompletionOptions { Tools = { Weather }, ToolChoice = ChatToolChoice.CreateNoneChoice() }, Token)).Value;
        Assert.Empty(none.ToolCalls);
    }

    [Fact]
    public async Task Parallel_calls_go_to_every_equally_relevant_tool_unless_parallel_calls_are_off()
    {
        var news = ChatTool.CreateFunctionTool("get_weather_news", "Weather news headlines for a city", BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"}}}"""));
        var question = new UserChatMessage("Weather in Berlin please");

        var parallel = (await host.Chat("sim-small").CompleteChatAsync([question], new ChatCompletionOptions { Tools = { Weather, news } }, Token)).Value;
        Assert.Equal(["get_weather", "get_weather_news"], parallel.ToolCalls.Select(c => c.FunctionName));
        Assert.Equal(2, parallel.ToolCalls.Select(c => c.Id).Distinct().Count());

        var single = (await host.Chat("sim-small").CompleteChatAsync([question], new ChatCompletionOptions { Tools = { Weather, news }, AllowParallelToolCalls = false }, Token)).Value;
        Assert.Equal("get_weather", Assert.Single(single.ToolCalls).FunctionName);
    }

    [Fact]
    public async Task After_the_tool_result_the_answer_is_text_that_quotes_it()
    {
        var options = new ChatCompletionOptions { Tools = { Weather } };
        var chat = host.Chat("sim-large");
        List<ChatMessage> messages = [new UserChatMessage("What's the weather in Oslo?")];
        var call = (await chat.CompleteChatAsync(messages, options, Token)).Value;
        Assert.Equal(ChatFinishReason.ToolCalls, call.FinishReason);

        messages.Add(new AssistantChatMessage(call));
        messages.Add(new ToolChatMessage(call.ToolCalls[0].Id, """{"temperature": 4, "sky": "light snow"}"""));
        var answer = (await chat.CompleteChatAsync(messages, options, Token)).Value;

        Assert.Equal(ChatFinishReason.Stop, answer.FinishReason);
        Assert.Empty(answer.ToolCalls);
        Assert.StartsWith("[sim-large]", answer.Content[0].Text);
        Assert.Contains("get_weather", answer.Content[0].Text);
        Assert.Contains("""{"temperature": 4, "sky": "light snow"}""", answer.Content[0].Text);
    }

    [Fact]
    public async Task A_streamed_tool_call_assembled_from_its_deltas_equals_the_whole_call()
    {
        var options = new ChatCompletionOptions { Tools = { Weather, Stocks }, ToolChoice = ChatToolChoice.CreateFunctionChoice("get_weather") };
        List<ChatMessage> messages = [new UserChatMessage("Forecast for Madrid this week, hourly please")];
        var chat = host.Chat("sim-medium");
        var whole = (await chat.CompleteChatAsync(messages, options, Token)).Value.ToolCalls.Single();

        var ids = new Dictionary<int, string>();
        var names = new Dictionary<int, string>();
        var arguments = new Dictionary<int, System.Text.StringBuilder>();
        var argumentChunks = 0;
        ChatFinishReason? finish = null;
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, options, Token))
        {
            foreach (var delta in update.ToolCallUpdates)
            {
                if (delta.ToolCallId is not null)
                {
                    // The first delta of a call names it and carries no argument text yet.
                    ids[delta.Index] = delta.ToolCallId;
                    names[delta.Index] = delta.FunctionName;
                    Assert.Equal("", delta.FunctionArgumentsUpdate?.ToString() ?? "");
                    arguments[delta.Index] = new();
                }
                else
                {
                    arguments[delta.Index].Append(delta.FunctionArgumentsUpdate?.ToString());
                    argumentChunks++;
                }
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal(whole.Id, ids[0]);
        Assert.Equal(whole.FunctionName, names[0]);
        Assert.Equal(whole.FunctionArguments.ToString(), arguments[0].ToString());
        Assert.True(argumentChunks > 5, "arguments should arrive a few tokens at a time");
    }

    [Fact]
    public async Task Legacy_functions_answer_with_a_function_call()
    {
        var answer = await host.PostAsync("chat/completions", $$$"""
            {"model":"sim-small","messages":[{"role":"user","content":"weather in Rome"}],
             "functions":[{"name":"get_weather","parameters":{{{WeatherSchema}}}}],"function_call":{"name":"get_weather"}}
            """);

        var choice = answer.GetProperty("choices")[0];
        Assert.Equal("function_call", choice.GetProperty("finish_reason").GetString());
        var call = choice.GetProperty("message").GetProperty("function_call");
        Assert.Equal("get_weather", call.GetProperty("name").GetString());
        SimHttp.Satisfies(WeatherSchema, call.GetProperty("arguments").GetString()!);
        Assert.Equal(JsonValueKind.Null, choice.GetProperty("message").GetProperty("content").ValueKind);

        var followUp = await host.PostAsync("chat/completions", """
            {"model":"sim-small","messages":[{"role":"user","content":"weather in Rome"},
              {"role":"assistant","content":null,"function_call":{"name":"get_weather","arguments":"{}"}},
              {"role":"function","name":"get_weather","content":"sunny, 24 C"}],
             "functions":[{"name":"get_weather"}]}
            """);
        Assert.Contains("sunny, 24 C", followUp.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }

    private sealed record WeatherArguments(string Location, string Unit, int Days);
}
