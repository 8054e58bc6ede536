namespace LlmActors.ModelSim.Configuration;

/// <summary>A configured model with its name pre-encoded for the JSON writers (it is written in every chunk).</summary>
internal sealed class SimModel(string name, ModelProfile profile)
{
    public string Name { get; } = name;

    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

    public ModelProfile Profile { get; } = profile;

    /// <summary>The answer label, e.g. "[sim-large]", so nobody mistakes a simulated answer for a real one.</summary>
    public string Label { get; } = "[" + name + "]";

    public ModelKind Kind => Profile.Kind;
}
