namespace LlmActors.ModelSim.Chat;

/// <summary>Lines of plausible code per language for simulated completions.</summary>
internal static class CodeLines
{
    public static readonly string[] CSharp =
    [
        "var result = items.Where(item => item.IsActive).ToList();",
        "if (result.Count == 0) return Array.Empty<string>();",
        "logger.LogInformation(\"Processed {Count} items\", result.Count);",
        "return result.Select(item => item.Name).ToArray();",
        "await cache.SetAsync(key, value, cancellationToken);",
        "var total = orders.Sum(order => order.Amount);",
        "ArgumentOutOfRangeException.ThrowIfNegative(index);",
        "using var scope = services.CreateScope();",
        "foreach (var entry in entries) { Apply(entry); }",
        "_counter = Interlocked.Increment(ref _requests);",
    ];

    public static readonly string[] Python =
    [
        "result = [item for item in items if item.is_active]",
        "if not result:",
        "    return []",
        "logger.info(\"processed %d items\", len(result))",
        "total = sum(order.amount for order in orders)",
        "with open(path, encoding=\"utf-8\") as handle:",
        "    data = json.load(handle)",
        "return {key: value for key, value in pairs if value is not None}",
        "raise ValueError(f\"unexpected value: {value!r}\")",
    ];

    public static readonly string[] JavaScript =
    [
        "const result = items.filter((item) => item.isActive);",
        "if (result.length === 0) return [];",
        "console.log(`processed ${result.length} items`);",
        "const total = orders.reduce((sum, order) => sum + order.amount, 0);",
        "await cache.set(key, value);",
        "return result.map((item) => item.name);",
        "export default function handler(request, response) {",
        "}",
    ];

    public static readonly string[] Go =
    [
        "result := make([]Item, 0, len(items))",
        "for _, item := range items {",
        "\tif item.Active { result = append(result, item) }",
        "}",
        "if err != nil {",
        "\treturn nil, fmt.Errorf(\"load: %w\", err)",
        "}",
        "return result, nil",
    ];

    public static readonly string[] Rust =
    [
        "let result: Vec<_> = items.iter().filter(|item| item.active).collect();",
        "if result.is_empty() { return Ok(Vec::new()); }",
        "let total: u64 = orders.iter().map(|order| order.amount).sum();",
        "println!(\"processed {} items\", result.len());",
        "Ok(result.into_iter().map(|item| item.name.clone()).collect())",
    ];
}
