using System.Text;
using LlmActors.Idempotency;
using LlmActors.IntegrationTests.Infrastructure;
using LlmActors.Tests.Budgets;

namespace LlmActors.Tests.Idempotency;

/// <summary>The key's record in the production storage (PostgreSQL, plain JSON): a failover of its silo forgets nothing.</summary>
[Collection(PostgresBudgetCollection.Name)]
public sealed class PostgresIdempotencyTests(PostgresBudgetFixture fixture)
{
    [Fact]
    public async Task A_stored_answer_is_replayed_byte_for_byte_from_postgres_after_a_reload()
    {
        var (project, grains) = ("pg-" + Guid.NewGuid().ToString("N")[..10], fixture.Cluster.Client);
        var key = grains.IdempotencyKey(project, "k1");
        var body = Encoding.UTF8.GetBytes("{\"reply\":\"Grüße — 你好 ✓\"}");
        var run = await key.Begin("fp");
        await key.Complete(run.Attempt, new StoredAnswer(201, [new StoredHeader("x-llmactors-model", "sim-small")], body));

        await fixture.Cluster.DeactivateAsync(key);
        await fixture.Cluster.WaitForDeactivationAsync(key);
        var replay = await key.Begin("fp");

        Assert.NotNull(await GrainStateRows.ReadAsync(fixture.ConnectionString, "idempotency", project + "/k1"));
        Assert.Equal(IdempotencyOutcome.Replay, replay.Outcome);
        Assert.Equal(201, replay.Answer!.Status);
        Assert.Equal(body, replay.Answer.Body);
        Assert.Equal(new StoredHeader("x-llmactors-model", "sim-small"), replay.Answer.Headers.Single());
    }
}
