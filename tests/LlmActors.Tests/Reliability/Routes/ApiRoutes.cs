namespace LlmActors.Tests.Reliability.Routes;

/// <summary>
/// Every route of the contract (API.md), with a request each accepts. Routes of features still in flight are
/// listed too: until a route is mapped the suites check that it answers a clean 404, and from the day it lands
/// they fuzz it and check its keys. <see cref="RouteCoverageTests"/> fails when a mapped route is missing here.
/// </summary>
public static class ApiRoutes
{
    public const string Chat = """{"model":"sim-small","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Where is my parcel?"}],"max_tokens":40,"temperature":0.5,"top_p":1,"stream":false,"stream_options":{"include_usage":true},"stop":["\n\n"],"seed":7,"user":"u1","response_format":{"type":"text"}}""";
    public const string Completions = """{"model":"sim-code","prompt":"def add(a, b):\n    ","suffix":"\n\nprint(add(1, 2))\n","max_tokens":24,"temperature":0.2,"stop":["\n\n"],"user":"u1"}""";
    public const string Embeddings = """{"model":"sim-embed","input":["hello there","general kenobi"],"encoding_format":"float","dimensions":64,"user":"u1"}""";
    public const string Budget = """{"dailyTokenLimit":5000000,"dailyCostLimitUsd":100.5}""";
    public const string Routing = """{"faqKeywords":["refund","password"],"simpleBelowTurns":2,"complexFromTurns":6,"longMessageChars":800,"tierModels":{"simple":"sim-small","medium":"sim-medium","complex":"sim-large"},"cacheThreshold":0.9}""";
    public const string Settings = """{"strictParams":false,"exactCache":false,"exactCacheTtlSeconds":600}""";
    public const string CacheEvaluation = """{"pairs":[{"cached":"How do I pay my bill?","asked":"how do i pay my bill","same":true},{"cached":"How do I pay my bill?","asked":"My bill payment failed","same":false}],"thresholds":[0.5,0.8]}""";
    public const string Policy = """{"allowBelow":0.2,"blockAbove":0.8,"failMode":"closed"}""";
    public const string Moderation = """{"model":"auto","input":["have a nice day","I will hurt you"]}""";
    public const string Evaluation = """{"items":[{"input":"have a nice day","flagged":false},{"input":"I will kill you","flagged":true}],"allowBelow":0.2,"blockAbove":0.8}""";
    public const string SupportMessage = """{"message":"How do I reset my password?","userId":"u1"}""";
    public const string CodeOpen = """{"path":"src/calc.py","content":"def add(a, b):\n    return ","cursor":26,"language":"python"}""";
    public const string CodeCompletion = """{"path":"src/calc.py","content":"def add(a, b):\n    return ","cursor":26,"language":"python","stream":false}""";
    public const string Fault = """{"mode":"none","delayMs":0}""";
    public const string SimChat = """{"model":"sim-small","messages":[{"role":"user","content":"hello"}],"max_tokens":16}""";
    public const string SimCompletions = """{"model":"sim-code","prompt":"def f(x):\n    ","suffix":"\n    return x\n","max_tokens":16}""";
    public const string SimEmbeddings = """{"model":"sim-embed","input":"hello"}""";
    public const string SimModerations = """{"input":"have a nice day"}""";
    public const string Responses = """{"model":"sim-small","input":[{"role":"user","content":[{"type":"input_text","text":"Where is my parcel?"}]}],"instructions":"Be brief.","max_output_tokens":40,"temperature":0.5,"top_p":1,"user":"u1","metadata":{"order":"42"},"text":{"format":{"type":"text"}},"store":true}""";
    public const string Messages = """{"model":"sim-small","max_tokens":40,"system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"Where is my parcel?"}]}],"temperature":0.5,"top_p":1,"top_k":5,"stop_sequences":["\n\n"],"metadata":{"user_id":"u1"}}""";
    public const string CountTokens = """{"model":"sim-small","system":"Be brief.","messages":[{"role":"user","content":"Where is my parcel?"}]}""";
    public const string SimMessages = """{"model":"sim-small","max_tokens":16,"messages":[{"role":"user","content":"hello"}]}""";

    public static readonly IReadOnlyList<ApiRoute> All =
    [
        // Admin
        new("admin-create-key", "POST", "/admin/projects/{projectId}/keys", RouteAuth.Admin),
        new("admin-revoke-key", "DELETE", "/admin/keys/{keyPrefix}", RouteAuth.Admin),
        new("admin-put-budget", "PUT", "/admin/projects/{projectId}/budget", RouteAuth.Admin, Budget),
        new("admin-put-user-budget", "PUT", "/admin/projects/{projectId}/users/{userId}/budget", RouteAuth.Admin, Budget),
        new("admin-usage", "GET", "/admin/projects/{projectId}/usage", RouteAuth.Admin),
        new("admin-user-usage", "GET", "/admin/projects/{projectId}/users/{userId}/usage", RouteAuth.Admin),
        new("admin-spend", "GET", "/admin/projects/{projectId}/spend", RouteAuth.Admin, ValidQuery: "from=2025-01-01&to=2025-12-31&groupBy=model"),
        new("admin-purge-cache", "DELETE", "/admin/projects/{projectId}/cache", RouteAuth.Admin),
        new("admin-evaluate-cache", "POST", "/admin/projects/{projectId}/cache/evaluate", RouteAuth.Admin, CacheEvaluation),
        new("admin-put-routing", "PUT", "/admin/projects/{projectId}/routing", RouteAuth.Admin, Routing),
        new("admin-get-routing", "GET", "/admin/projects/{projectId}/routing", RouteAuth.Admin),
        new("admin-put-settings", "PUT", "/admin/projects/{projectId}/settings", RouteAuth.Admin, Settings),
        new("admin-get-settings", "GET", "/admin/projects/{projectId}/settings", RouteAuth.Admin),
        new("admin-put-moderation", "PUT", "/admin/projects/{projectId}/moderation", RouteAuth.Admin, Policy),
        new("admin-get-moderation", "GET", "/admin/projects/{projectId}/moderation", RouteAuth.Admin),

        // OpenAI-compatible and the cases
        new("models", "GET", "/v1/models", RouteAuth.Project),
        new("chat", "POST", "/v1/chat/completions", RouteAuth.Project, Chat) { BodyLimit = Fuzz.BodyMutations.ModelBodyLimit },
        new("completions", "POST", "/v1/completions", RouteAuth.Project, Completions) { BodyLimit = Fuzz.BodyMutations.ModelBodyLimit },
        new("responses-create", "POST", "/v1/responses", RouteAuth.Project, Responses) { Captures = "responseId", BodyLimit = Fuzz.BodyMutations.ModelBodyLimit },
        new("responses-get", "GET", "/v1/responses/{responseId}", RouteAuth.Project) { Seeds = ["responses-create"] },
        new("responses-delete", "DELETE", "/v1/responses/{responseId}", RouteAuth.Project) { Seeds = ["responses-create"] },
        new("responses-cancel", "POST", "/v1/responses/{responseId}/cancel", RouteAuth.Project) { Seeds = ["responses-create"], ValidRefusal = 400 },
        new("messages", "POST", "/v1/messages", RouteAuth.Project, Messages) { Errors = ErrorShapeKind.Anthropic, BodyLimit = Fuzz.BodyMutations.ModelBodyLimit },
        new("messages-count-tokens", "POST", "/v1/messages/count_tokens", RouteAuth.Project, CountTokens) { Errors = ErrorShapeKind.Anthropic, BodyLimit = Fuzz.BodyMutations.ModelBodyLimit },
        new("embeddings", "POST", "/v1/embeddings", RouteAuth.Project, Embeddings),
        new("moderations", "POST", "/v1/moderations", RouteAuth.Project, Moderation),
        new("moderations-evaluate", "POST", "/v1/moderations/evaluate", RouteAuth.Project, Evaluation),
        new("support-send", "POST", "/v1/support/conversations/{conversationId}/messages", RouteAuth.Project, SupportMessage),
        new("support-get", "GET", "/v1/support/conversations/{conversationId}", RouteAuth.Project) { Seeds = ["support-send"] },
        new("code-open", "POST", "/v1/code/files/open", RouteAuth.Project, CodeOpen) { SettlesLater = true },
        new("code-complete", "POST", "/v1/code/completions", RouteAuth.Project, CodeCompletion),
        new("code-stats", "GET", "/v1/code/stats", RouteAuth.Project, ValidQuery: "path=src/calc.py"),

        // The embedded simulator: its fault route (admin key) and its OpenAI routes (open, like a local model server).
        new("sim-put-fault", "PUT", "/sim/models/{model}/fault", RouteAuth.SimAdmin, Fault),
        new("sim-get-fault", "GET", "/sim/models/{model}/fault", RouteAuth.SimAdmin),
        new("sim-chat", "POST", "/sim/v1/chat/completions", RouteAuth.None, SimChat),
        new("sim-completions", "POST", "/sim/v1/completions", RouteAuth.None, SimCompletions),
        new("sim-embeddings", "POST", "/sim/v1/embeddings", RouteAuth.None, SimEmbeddings),
        new("sim-moderations", "POST", "/sim/v1/moderations", RouteAuth.None, SimModerations),
        new("sim-messages", "POST", "/sim/v1/messages", RouteAuth.None, SimMessages) { Errors = ErrorShapeKind.Either },
        new("sim-models", "GET", "/sim/v1/models", RouteAuth.None),
        new("sim-model", "GET", "/sim/v1/models/{model}", RouteAuth.None),

        // Operations
        new("healthz", "GET", "/healthz", RouteAuth.None),
        new("readyz", "GET", "/readyz", RouteAuth.None),
        new("metrics", "GET", "/metrics", RouteAuth.None),
        new("openapi", "GET", "/openapi/{documentName}.json", RouteAuth.None),
    ];

    public static ApiRoute Named(string name) => All.Single(r => r.Name == name);
}
