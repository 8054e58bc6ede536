using LlmActors.Grains.Code;

namespace LlmActors.Tests.Code;

public sealed class CompletionCacheTests
{
    private static readonly ContextWindow Window = new(50, 10);

    private static CodeContext At(string content, int cursor) => Window.Build(content, cursor, "csharp");

    [Fact]
    public void An_identical_context_is_an_exact_hit()
    {
        var cache = new CompletionCache(capacity: 4, maxTypeAhead: 16);
        var context = At("var x = ", 8);
        cache.Add(context, "Foo();", "sim-code");

        var hit = cache.Find(At("var x = ", 8));

        Assert.Equal(new CacheMatch("Foo();", "sim-code", Exact: true), hit);
    }

    [Fact]
    public void Typing_the_start_of_a_cached_completion_is_served_the_rest_of_it()
    {
        var cache = new CompletionCache(capacity: 4, maxTypeAhead: 16);
        const string after = "\n}\n";
        cache.Add(At("void M() {\n    var x = " + after, 23), "Foo.Bar();", "sim-code");

        var typed = "void M() {\n    var x = Foo" + after;
        var hit = cache.Find(At(typed, 26));

        Assert.Equal(new CacheMatch(".Bar();", "sim-code", Exact: false), hit);
    }

    [Fact]
    public void Typing_something_else_is_a_miss()
    {
        var cache = new CompletionCache(capacity: 4, maxTypeAhead: 16);
        cache.Add(At("var x = ", 8), "Foo();", "sim-code");

        Assert.Null(cache.Find(At("var x = Bar", 11)));
        Assert.Null(cache.Find(At("var y = ", 8)));
    }

    [Fact]
    public void The_least_recently_used_entry_is_evicted()
    {
        var cache = new CompletionCache(capacity: 2, maxTypeAhead: 0);
        var a = At("a = ", 4);
        var b = At("b = ", 4);
        var c = At("c = ", 4);
        cache.Add(a, "1;", "m");
        cache.Add(b, "2;", "m");
        Assert.NotNull(cache.Find(a));

        cache.Add(c, "3;", "m");

        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Find(a));
        Assert.Null(cache.Find(b));
        Assert.NotNull(cache.Find(c));
    }

    [Fact]
    public void Persisted_entries_load_back_in_recency_order()
    {
        var cache = new CompletionCache(capacity: 8, maxTypeAhead: 0);
        for (var i = 0; i < 5; i++)
        {
            cache.Add(At($"x{i} = ", 5), $"{i};", "m");
        }

        var restored = new CompletionCache(capacity: 8, maxTypeAhead: 0);
        restored.Load(cache.MostRecent(3));

        Assert.Equal(3, restored.Count);
        Assert.Equal(cache.MostRecent(3), restored.MostRecent(3));
        Assert.Null(restored.Find(At("x0 = ", 5)));
        Assert.Equal("4;", restored.Find(At("x4 = ", 5))!.Completion);
    }

    [Fact]
    public void A_zero_capacity_cache_keeps_nothing()
    {
        var cache = new CompletionCache(capacity: 0, maxTypeAhead: 16);
        cache.Add(At("var x = ", 8), "Foo();", "m");

        Assert.Null(cache.Find(At("var x = ", 8)));
    }
}
