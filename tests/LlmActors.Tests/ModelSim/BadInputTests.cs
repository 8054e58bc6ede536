using System.Text;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class BadInputTests(SimulatorHost host)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("chat/completions", "", null)]
    [InlineData("chat/completions", "{not json", null)]
    [InlineData("chat/completions", "[1,2]", null)]
    [InlineData("chat/completions", """{"messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("chat/completions", """{"model":"gpt-nope","messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("chat/completions", """{"model":"sim-embed","messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("chat/completions", """{"model":"sim-small"}""", "messages")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[]}""", "messages")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"wizard","content":"hi"}]}""", "messages[0].role")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":42}]}""", "messages[0].content")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"max_tokens":0}""", "max_tokens")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"max_completion_tokens":"ten"}""", "max_completion_tokens")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"temperature":3}""", "temperature")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"top_p":-1}""", "top_p")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"n":0}""", "n")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stream":"yes"}""", "stream")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stop":[1]}""", "stop")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"yaml"}}""", "response_format.type")]
    [InlineData("embeddings", """{"model":"sim-embed"}""", "input")]
    [InlineData("embeddings", """{"model":"sim-embed","input":""}""", "input")]
    [InlineData("embeddings", """{"model":"sim-embed","input":[]}""", "input")]
    [InlineData("embeddings", """{"model":"sim-embed","input":[true]}""", "input[0]")]
    [InlineData("embeddings", """{"model":"sim-embed","input":"hi","dimensions":0}""", "dimensions")]
    [InlineData("embeddings", """{"model":"sim-embed","input":"hi","encoding_format":"hex"}""", "encoding_format")]
    [InlineData("embeddings", """{"model":"sim-small","input":"hi"}""", "model")]
    [InlineData("embeddings", """{"model":"sim-embed","input":[-1]}""", "input")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"\ud800 lone surrogate"}]}""", "messages[0].content")]
    [InlineData("embeddings", """{"model":"sim-embed","input":[999999999]}""", "input")]
    [InlineData("moderations", """{"model":"sim-mod-fast"}""", "input")]
    [InlineData("moderations", """{"model":"sim-mod-fast","input":7}""", "input")]
    [InlineData("moderations", """{"model":"sim-mod-fast","input":["ok",7]}""", "input[1]")]
    [InlineData("moderations", """{"model":"sim-large","input":"hi"}""", "model")]
    [InlineData("chat/completions", """{"model":"sim-embed","messages":[{"role":"user","content":"hi"}],"stream":true}""", "model")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"},{"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"call_2","content":"x"}]}""", "messages[2].tool_call_id")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"tool","content":"x"}]}""", "messages[0].tool_call_id")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"assistant","tool_calls":[{"type":"function","function":{"name":"f"}}]}]}""", "messages[0].tool_calls[0].id")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"function","content":"x"}]}""", "messages[0].name")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function"}]}""", "tools[0].function")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"retrieval","function":{"name":"f"}}]}""", "tools[0].type")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"has space"}}]}""", "tools[0].function.name")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":"{}"}}]}""", "tools[0].function.parameters")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"string"}}}]}""", "tools[0].function.parameters")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":7}}}}}]}""", "tools[0].function.parameters.properties.a.type")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":{"type":"function","function":{"name":"g"}}}""", "tool_choice.function.name")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":"sometimes"}""", "tool_choice")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tool_choice":"auto"}""", "tool_choice")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"ftp://x/y.png"}}]}]}""", "messages[0].content[1].image_url.url")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]}]}""", "messages[0].content[0].image_url.url")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png","detail":"huge"}}]}]}""", "messages[0].content[0].image_url.detail")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"video","text":"hi"}]}]}""", "messages[0].content[0].type")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"text","text":5}]}]}""", "messages[0].content[0].text")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"ogg"}}]}]}""", "messages[0].content[0].input_audio.format")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":[{"type":"file","file":{}}]}]}""", "messages[0].content[0].file")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_schema"}}""", "response_format.json_schema")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_schema","json_schema":{"schema":{}}}}""", "response_format.json_schema.name")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"top_logprobs":21}""", "top_logprobs")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"n":129}""", "n")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"service_tier":"gold"}""", "service_tier")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"logit_bias":{"42":200}}""", "logit_bias.42")]
    [InlineData("chat/completions", """{"model":"sim-reason","messages":[{"role":"user","content":"hi"}],"reasoning_effort":"extreme"}""", "reasoning_effort")]
    [InlineData("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"modalities":["video"]}""", "modalities[0]")]
    [InlineData("completions", """{"model":"sim-embed","prompt":"hi"}""", "model")]
    [InlineData("completions", """{"model":"sim-code","prompt":"hi","max_tokens":-1}""", "max_tokens")]
    [InlineData("completions", """{"model":"sim-code","prompt":"hi","logprobs":6}""", "logprobs")]
    [InlineData("completions", """{"model":"sim-code","prompt":["ok",3]}""", "prompt[1]")]
    [InlineData("completions", """{"model":"sim-code","prompt":"hi","suffix":4}""", "suffix")]
    public async Task Bad_requests_get_400_in_the_openai_error_shape_naming_the_field(string route, string body, string? param)
    {
        using var client = host.Http();
        var response = await client.PostAsync($"/sim/v1/{route}", new StringContent(body, Encoding.UTF8, "application/json"), Token);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        using var client = host.Http();
        var huge = new string('a', new LlmActors.ModelSim.Configuration.SimulatorOptions().MaxRequestBytes + 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sim/v1/moderations")
        {
            Content = new StringContent($$"""{"input":"{{huge}}"}""", Encoding.UTF8, "application/json"),
        };
        // As well-behaved clients do for large bodies: wait for the server's verdict before sending it all.
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request, Token);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_models_route_lists_every_configured_model_with_its_prices()
    {
        var models = (await new OpenAI.Models.OpenAIModelClient(new System.ClientModel.ApiKeyCredential("sim"), host.ClientOptions()).GetModelsAsync(Token)).Value;

        Assert.Superset(new HashSet<string> { "sim-small", "sim-medium", "sim-large", "sim-code", "sim-embed", "sim-mod-fast", "sim-mod-strong", "fault-down" },
            models.Select(m => m.Id).ToHashSet());
        using var client = host.Http();
        var large = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/sim/v1/models/sim-large", Token);
        Assert.Equal(15.0m, large.GetProperty("llmactors_sim").GetProperty("output_price_per_million").GetDecimal());
        await OpenAiErrorAssert.IsError(await client.GetAsync("/sim/v1/models/nope", Token), HttpStatusCode.NotFound);
    }
}
