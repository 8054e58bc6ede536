using System.Text.Json;

namespace LlmActors.Tests.Security.Isolation;

/// <summary>Stored responses (Responses API): each belongs to the project that created it.</summary>
public static class ResponsesIsolation
{
    public static IEnumerable<IsolationCase> Cases =>
    [
        new("A cannot read, continue, cancel or delete B's stored response", ["responses-create", "responses-get", "responses-delete", "responses-cancel"], async t =>
        {
            var marker = "b-secret-" + Guid.NewGuid().ToString("N");
            using var created = await Tenants.PostJsonAsync(t.B, "/v1/responses", JsonSerializer.Serialize(new { model = "sim-small", input = $"My order {marker} is late" }));
            using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Tenants.Ct));
            var id = json.RootElement.GetProperty("id").GetString()!;

            var read = await t.A.GetAsync($"/v1/responses/{id}", Tenants.Ct);
            Assert.DoesNotContain(marker, await read.Content.ReadAsStringAsync(Tenants.Ct));
            await OpenAiErrorAssert.IsError(read, HttpStatusCode.NotFound);
            var continued = await Tenants.PostJsonAsync(t.A, "/v1/responses", JsonSerializer.Serialize(new { model = "sim-small", input = "What did I say?", previous_response_id = id }));
            Assert.Equal("previous_response_id", (await OpenAiErrorAssert.IsError(continued, HttpStatusCode.NotFound)).GetProperty("param").GetString());
            await OpenAiErrorAssert.IsError(await t.A.PostAsync($"/v1/responses/{id}/cancel", null, Tenants.Ct), HttpStatusCode.NotFound);
            await OpenAiErrorAssert.IsError(await t.A.DeleteAsync($"/v1/responses/{id}", Tenants.Ct), HttpStatusCode.NotFound);

            var still = await Tenants.GetJsonAsync(t.B, $"/v1/responses/{id}");
            Assert.Equal(id, still.GetProperty("id").GetString());
        }),
    ];
}
