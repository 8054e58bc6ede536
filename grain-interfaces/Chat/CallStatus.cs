namespace LlmActors.Chat;

/// <summary>How a model call ended, as the API maps it to HTTP.</summary>
[GenerateSerializer, Alias("chat.call-status")]
public enum CallStatus
{
    Ok = 0,
    /// <summary>The request is invalid (e.g. unknown model): 400.</summary>
    BadRequest = 1,
    /// <summary>A project or user budget refused it: 429 budget_exceeded.</summary>
    BudgetExceeded = 2,
    /// <summary>Every deployment in the fallback chain failed: 503.</summary>
    Unavailable = 3,
    /// <summary>The provider rejected the request as invalid: 400 with its message.</summary>
    ProviderRejected = 4,
    /// <summary>The budget refused a request id that was already charged: 409 duplicate_request.</summary>
    Duplicate = 5,
    /// <summary>What the request refers to does not exist for this project (a stored response): 404.</summary>
    NotFound = 6,
}
