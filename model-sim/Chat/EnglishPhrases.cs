namespace LlmActors.ModelSim.Chat;

/// <summary>Sentence material for English prose answers: generic enough to read as a plausible reply to most questions.</summary>
internal static class EnglishPhrases
{
    public static readonly string[] Openers =
    [
        "Thanks for the question.", "Here is a short answer.", "Good question.", "Happy to help with that.",
        "Let me walk through it.", "In short:", "Here is what usually works.", "Based on what you described,",
    ];

    public static readonly string[] Bodies =
    [
        "the usual fix is to restart the service and try the request again",
        "most settings can be changed from the account page under preferences",
        "you can follow the status of an order from the dashboard at any time",
        "the change normally takes effect within a few minutes",
        "a refund goes back to the original payment method within five business days",
        "check the network connection first and then the configuration file",
        "the simplest approach is to start small, measure, and adjust",
        "each step is listed in the report together with its cost",
        "the limit resets at midnight UTC every day",
        "you can export the data as a CSV file from the reports tab",
        "a password reset link is sent to the email address on file",
        "the cheaper plan covers most teams until they need single sign-on",
        "caching the result avoids paying for the same work twice",
        "the error usually means the token has expired and must be renewed",
        "a second opinion from a specialist is worth it for anything unusual",
        "the documentation has a worked example that matches this case",
        "support can escalate the ticket if the problem persists",
        "the delivery window depends on the region and the carrier",
        "splitting the task into smaller parts makes it easier to test",
        "the latest version fixes the issue, so upgrading is the first step",
        "logs from the last hour usually show where the request failed",
        "a backup is taken every night and kept for thirty days",
        "the trade-off is between speed and accuracy, so it depends on the goal",
        "you can invite teammates from the members page",
    ];

    public static readonly string[] Closers =
    [
        "Let me know if anything is unclear.", "I hope this helps.", "Feel free to ask a follow-up question.",
        "That should cover the common cases.", "This is a simulated answer.",
    ];

    public const string EchoPrefix = "You asked about";
}
