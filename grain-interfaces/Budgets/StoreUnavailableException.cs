namespace LlmActors.Budgets;

/// <summary>
/// The database behind a budget or the spend log could not be reached. It carries only a message because the
/// driver's own exceptions cannot cross silos; it derives from <see cref="TimeoutException"/> so API hosts answer it
/// like any other "try again shortly" failure (503), never 500.
/// </summary>
[GenerateSerializer, Alias("budget.store-unavailable")]
public sealed class StoreUnavailableException(string message) : TimeoutException(message);
