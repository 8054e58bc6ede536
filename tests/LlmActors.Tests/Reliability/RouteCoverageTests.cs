using LlmActors.Tests.Reliability.Fuzz;
using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability;

/// <summary>The fuzz and security suites cover every route only if every mapped route is in their table.</summary>
public sealed class RouteCoverageTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    [Fact]
    public void Every_mapped_route_is_in_the_route_table()
    {
        var missing = fixture.Mapped.Where(route => !ApiRoutes.All.Lists(route)).Order().ToList();

        Assert.True(missing.Count == 0, "Add these routes to ApiRoutes (with a request they accept): " + string.Join(", ", missing));
        var pending = ApiRoutes.All.Where(r => !fixture.Mapped.Serves(r)).Select(r => r.Name);
        Figures.Record("routes", $"mapped={fixture.Mapped.Count} listed={ApiRoutes.All.Count} pending={string.Join(',', pending)}");
    }
}
