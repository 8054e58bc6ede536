namespace LlmActors.ModelSim.Tools;

internal enum ToolChoiceMode
{
    None,
    Auto,
    Required,
    Named,
}
