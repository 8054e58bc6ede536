using LlmActors.Caching;

namespace LlmActors.Tests.Caching;

[Collection(SupportClusterCollection.Name)]
public sealed class SemanticCacheGrainTests(SupportClusterFixture fixture)
{
    private static string NewProject() => "p" + Guid.NewGuid().ToString("N")[..10];

    private ISemanticCacheGrain Cache(string project) => fixture.Client.SemanticCache(project, CacheKeys.SupportNamespace);

    [Fact]
    public async Task The_same_question_typed_differently_is_an_exact_hit()
    {
        var cache = Cache(NewProject());
        await cache.Store(CacheTexts.Write("How do I return an item?", "Returns: open My Orders."));

        var hit = await cache.Lookup(CacheTexts.Query("hi!! HOW do i return an item ?? thanks"));

        Assert.Equal(CacheMatchKind.Exact, hit.Kind);
        Assert.Equal("Returns: open My Orders.", hit.Answer);
    }

    [Theory]
    [InlineData("我想退货,怎么操作?", "退货怎么操作")]
    [InlineData("How do I cancel my order?", "Please cancel my order")]
    public async Task A_paraphrase_is_a_semantic_hit(string cached, string asked)
    {
        var cache = Cache(NewProject());
        await cache.Store(CacheTexts.Write(cached, "answer"));

        var hit = await cache.Lookup(CacheTexts.Query(asked));

        Assert.Equal(CacheMatchKind.Semantic, hit.Kind);
        Assert.Equal("answer", hit.Answer);
        Assert.Equal(cached, hit.MatchedQuestion);
    }

    [Theory]
    [InlineData("How do I cancel my order?", "How do I cancel my return request?")]
    [InlineData("怎么修改收货地址?", "怎么修改收货人手机号?")]
    [InlineData("How do I return an item?", "退货的运费谁来出?")]
    [InlineData("How do I return an item?", "我想退货,怎么操作?")]
    public async Task A_near_miss_or_another_language_is_not_served(string cached, string asked)
    {
        var cache = Cache(NewProject());
        await cache.Store(CacheTexts.Write(cached, "answer"));

        Assert.Equal(CacheMatchKind.Miss, (await cache.Lookup(CacheTexts.Query(asked))).Kind);
    }

    [Fact]
    public async Task One_project_is_never_served_another_projects_answer()
    {
        var (a, b) = (NewProject(), NewProject());
        await Cache(a).Store(CacheTexts.Write("How do I get an invoice?", "A's invoice answer"));

        Assert.Equal(CacheMatchKind.Miss, (await Cache(b).Lookup(CacheTexts.Query("How do I get an invoice?"))).Kind);
        Assert.Equal("A's invoice answer", (await Cache(a).Lookup(CacheTexts.Query("How do I get an invoice?"))).Answer);
    }

    [Fact]
    public async Task A_full_cache_evicts_the_least_recently_used_answer()
    {
        var cache = Cache(NewProject());
        string[] questions = ["How do I get an invoice?", "How do I cancel my order?", "What payment methods do you accept?"];
        foreach (var q in questions)
        {
            await cache.Store(CacheTexts.Write(q, q));
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Using the oldest entry makes the second one the least recently used.
        Assert.True((await cache.Lookup(CacheTexts.Query(questions[0]))).IsHit);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await cache.Store(CacheTexts.Write("I forgot my password", "reset it"));

        Assert.True((await cache.Lookup(CacheTexts.Query(questions[0]))).IsHit);
        Assert.False((await cache.Lookup(CacheTexts.Query(questions[1]))).IsHit);
        Assert.True((await cache.Lookup(CacheTexts.Query("I forgot my password"))).IsHit);
        Assert.Equal(SupportClusterFixture.Capacity, (await cache.GetStats()).Entries);
    }

    [Fact]
    public async Task A_projects_capacity_counts_all_its_namespaces_and_evicts_its_least_recently_used_answer()
    {
        var project = NewProject();
        (string Namespace, string Question)[] stored =
            [("a", "How do I get an invoice?"), ("b", "How do I cancel my order?"), ("a", "What payment methods do you accept?")];
        foreach (var (ns, question) in stored)
        {
            await fixture.Client.StoreInCache(project, ns, CacheTexts.Write(question, question));
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // The project's fourth answer, in either namespace, evicts its oldest: the invoice answer in "a".
        await fixture.Client.StoreInCache(project, "b", CacheTexts.Write("I forgot my password", "reset it"));

        Assert.False((await fixture.Client.SemanticCache(project, "a").Lookup(CacheTexts.Query(stored[0].Question))).IsHit);
        Assert.True((await fixture.Client.SemanticCache(project, "b").Lookup(CacheTexts.Query(stored[1].Question))).IsHit);
        Assert.True((await fixture.Client.SemanticCache(project, "a").Lookup(CacheTexts.Query(stored[2].Question))).IsHit);
        Assert.True((await fixture.Client.SemanticCache(project, "b").Lookup(CacheTexts.Query("I forgot my password"))).IsHit);
    }

    [Fact]
    public async Task An_answer_expires_after_its_time_to_live()
    {
        var cache = Cache(NewProject());
        await cache.Store(CacheTexts.Write("How long does delivery take?", "3-5 days"));
        fixture.Clock.Advance(TimeSpan.FromHours(23));
        Assert.True((await cache.Lookup(CacheTexts.Query("How long does delivery take?"))).IsHit);

        fixture.Clock.Advance(TimeSpan.FromHours(2));

        Assert.False((await cache.Lookup(CacheTexts.Query("How long does delivery take?"))).IsHit);
    }

    [Fact]
    public async Task Purging_a_project_empties_all_its_namespaces_and_no_other_project()
    {
        var (a, b) = (NewProject(), NewProject());
        await fixture.Client.StoreInCache(a, "support", CacheTexts.Write("How do I get an invoice?", "x"));
        await fixture.Client.StoreInCache(a, "chat", CacheTexts.Write("How do I get an invoice?", "y"));
        await fixture.Client.StoreInCache(b, "support", CacheTexts.Write("How do I get an invoice?", "z"));

        Assert.Equal(2, await fixture.Client.GetGrain<IProjectCachesGrain>(a).PurgeAll());

        Assert.False((await fixture.Client.SemanticCache(a, "support").Lookup(CacheTexts.Query("How do I get an invoice?"))).IsHit);
        Assert.False((await fixture.Client.SemanticCache(a, "chat").Lookup(CacheTexts.Query("How do I get an invoice?"))).IsHit);
        Assert.True((await fixture.Client.SemanticCache(b, "support").Lookup(CacheTexts.Query("How do I get an invoice?"))).IsHit);
    }

    [Fact]
    public async Task Cached_answers_survive_deactivation()
    {
        var cache = Cache(NewProject());
        await cache.Store(CacheTexts.Write("怎么开发票?", "发票在订单详情页申请"));

        await fixture.Cluster.DeactivateAsync(cache);
        await fixture.Cluster.WaitForDeactivationAsync(cache);

        var hit = await cache.Lookup(CacheTexts.Query("发票怎么开"));
        Assert.Equal("发票在订单详情页申请", hit.Answer);
    }
}
