using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Faults;

/// <summary>
/// <c>PUT /sim/models/{model}/fault</c> <c>{"mode": "none"|"down"|"slow"|"cut", "delayMs"?: int}</c> and its
/// <c>GET</c>: both answer the fault in force. Guarded by the host's admin check.
/// </summary>
internal sealed class FaultEndpoint(ModelSimulator simulator, Func<HttpContext, bool> authorize)
{
    public async Task PutAsync(HttpContext context)
    {
        var model = Authorized(context);
        var fault = Parse(await JsonBody.ReadAsync(context, 64 * 1024, SimJsonContext.Default.FaultBody));

        simulator.Faults.Set(model.Name, fault);
        await WriteAsync(context.Response, model, fault);
    }

    public Task GetAsync(HttpContext context)
    {
        var model = Authorized(context);
        return WriteAsync(context.Response, model, simulator.Faults.For(model.Name));
    }

    private SimModel Authorized(HttpContext context)
    {
        if (!authorize(context))
        {
            throw SimError.Unauthorized();
        }

        var name = context.Request.RouteValues["model"] as string ?? "";
        return simulator.Catalog.TryGet(name, out var model)
            ? model
            : throw SimError.BadRequest($"The model '{name}' does not exist in the simulator.", "model", "model_not_found");
    }

    private static Fault Parse(FaultBody body)
    {
        var mode = body.Mode switch
        {
            "none" => FaultMode.None,
            "down" => FaultMode.Down,
            "slow" => FaultMode.Slow,
            "cut" => FaultMode.Cut,
            "throttle" => FaultMode.Throttled,
            null => throw SimError.BadRequest("'mode' is required: none, down, slow, cut or throttle.", "mode", "missing_required_parameter"),
            var other => throw SimError.BadRequest($"'mode' must be none, down, slow, cut or throttle; got '{other}'.", "mode"),
        };
        var delay = FieldRules.Range(body.DelayMs, "delayMs", 0, Fault.MaxDelayMs);
        return new Fault(mode, mode switch
        {
            FaultMode.Slow => delay ?? Fault.DefaultSlowDelayMs,
            FaultMode.Throttled => delay ?? Fault.DefaultRetryAfterMs,
            _ => 0,
        });
    }

    private static Task WriteAsync(HttpResponse response, SimModel model, Fault fault) =>
        JsonResponse.WriteAsync(response, new FaultResult(model.Name, fault.Mode.ToString().ToLowerInvariant(), fault.DelayMs), SimJsonContext.Default.FaultResult);
}
