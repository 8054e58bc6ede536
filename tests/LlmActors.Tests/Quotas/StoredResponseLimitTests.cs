using System.Text.Json;

namespace LlmActors.Tests.Quotas;

/// <summary>Stored responses are bounded per project (the oldest is forgotten) and kept for their retention only.</summary>
[Collection(QuotaApiCollection.Name)]
public sealed class StoredResponseLimitTests(QuotaApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> CreateAsync(HttpClient client, string input)
    {
        var response = await client.PostAsJsonAsync("/v1/responses", new { model = "sim-small", input, max_output_tokens = 16 }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Past_the_projects_limit_the_oldest_stored_response_is_forgotten_and_the_new_one_kept()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("stored-" + Guid.NewGuid().ToString("N")[..8]));
        var ids = new List<string>();
        for (var i = 0; i < QuotaApiFixture.Limit + 1; i++)
        {
            ids.Add(await CreateAsync(client, $"Question {i}"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v1/responses/{ids[0]}", Ct)).StatusCode);
        Assert.All(ids.Skip(1), id => Assert.Equal(HttpStatusCode.OK, client.GetAsync($"/v1/responses/{id}", Ct).Result.StatusCode));
        var continued = await client.PostAsJsonAsync("/v1/responses", new { model = "sim-small", input = "more", previous_response_id = ids[0] }, Ct);
        await OpenAiErrorAssert.IsError(continued, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stored_response_past_its_retention_is_not_found_and_cannot_be_continued()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("retained-" + Guid.NewGuid().ToString("N")[..8]));
        var id = await CreateAsync(client, "Where is my parcel?");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/responses/{id}", Ct)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        await OpenAiErrorAssert.IsError(await client.GetAsync($"/v1/responses/{id}", Ct), HttpStatusCode.NotFound);
        var continued = await client.PostAsJsonAsync("/v1/responses", new { model = "sim-small", input = "more", previous_response_id = id }, Ct);
        await OpenAiErrorAssert.IsError(continued, HttpStatusCode.NotFound);
    }
}
