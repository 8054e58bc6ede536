namespace LlmActors.ModelSim.Media;

internal enum MediaKind
{
    Image,
    Audio,
    File,
}
