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
        var huge = new string('a', 9 * 1024 * 1024);
        var response = await client.PostAsync("/sim/v1/moderations", new StringContent($$"""{"input":"{{huge}}"}""", Encoding.UTF8, "application/json"), Token);

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
