namespace LlmActors.Grains;

/// <summary>Names of the grain storage providers; every silo registers all of them.</summary>
public static class StorageNames
{
    public const string Keys = "keys";
    public const string Budgets = "budgets";
    public const string Conversations = "conversations";
    public const string Caches = "caches";
    public const string Completions = "completions";
    public const string Policies = "policies";
    public const string Idempotency = "idempotency";
    public const string Quotas = "quotas";
    public const string Responses = "responses";

    public static readonly IReadOnlyList<string> All = [Keys, Budgets, Conversations, Caches, Completions, Policies, Idempotency, Quotas, Responses];
}
