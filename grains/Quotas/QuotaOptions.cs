using LlmActors.Quotas;

namespace LlmActors.Grains.Quotas;

/// <summary>
/// The <c>Quotas</c> section: what one project may hold at once. The defaults are far above what a team uses on
/// purpose and far below what would hurt the cluster (documented in the README).
/// </summary>
public sealed class QuotaOptions
{
    public const string Section = "Quotas";

    /// <summary>Code files with a completion grain (each may hold a 1 Mi-char document while active).</summary>
    public int MaxOpenFiles { get; set; } = 10_000;

    /// <summary>Conversations with kept history (up to <c>Support:MaxHistoryMessages</c> messages each).</summary>
    public int MaxConversations { get; set; } = 100_000;

    /// <summary>Semantic-cache namespaces (<c>model: "auto"</c> makes one per distinct instructions and settings).</summary>
    public int MaxCacheNamespaces { get; set; } = 64;

    /// <summary>A file unused this long is expired: its statistics and cached completions are dropped.</summary>
    public TimeSpan FileIdleTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A conversation without a turn this long is expired: its history is dropped, and its id starts afresh.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a project's quota grain, while active, expires idle files and conversations.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The registry of open ids is written at most this often (one entry per open id: too large to write per admission).</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Stored responses (Responses API, <c>store</c> not false); past it the project's oldest is forgotten.</summary>
    public int MaxStoredResponses { get; set; } = 10_000;

    /// <summary>How long a stored response is kept after it was created (OpenAI keeps them 30 days); then it is 404.</summary>
    public TimeSpan ResponseRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many earlier responses <c>previous_response_id</c> rebuilds at most; older turns are left out.</summary>
    public int MaxResponseChain { get; set; } = 100;

    public int Limit(OpenKind kind) => kind switch
    {
        OpenKind.File => MaxOpenFiles,
        OpenKind.Response => MaxStoredResponses,
        _ => MaxConversations,
    };

    public TimeSpan IdleTimeout(OpenKind kind) => kind switch
    {
        OpenKind.File => FileIdleTimeout,
        OpenKind.Response => ResponseRetention,
        _ => ConversationIdleTimeout,
    };

    public string LimitName(OpenKind kind) => $"{Section}:{kind switch
    {
        OpenKind.File => nameof(MaxOpenFiles),
        OpenKind.Response => nameof(MaxStoredResponses),
        _ => nameof(MaxConversations),
    }}";

    public bool IsValid => MaxOpenFiles > 0 && MaxConversations > 0 && MaxCacheNamespaces > 0 && MaxStoredResponses > 0 && MaxResponseChain > 0
        && FileIdleTimeout > TimeSpan.Zero && ConversationIdleTimeout > TimeSpan.Zero && ResponseRetention > TimeSpan.Zero
        && SweepInterval > TimeSpan.Zero && PersistInterval > TimeSpan.Zero;
}
