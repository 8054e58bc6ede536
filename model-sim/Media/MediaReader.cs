using System.Globalization;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Media;

/// <summary>Validates image, audio and file parts and prices them by the documented rules; <c>param</c> is the part's path.</summary>
internal static class MediaReader
{
    public static MediaPart Image(ImageUrlBody? image, string param)
    {
        image = FieldRules.Required(image, param + ".image_url");
        var url = FieldRules.Required(image.Url, param + ".image_url.url");
        var detail = FieldRules.OneOf(image.Detail, param + ".image_url.detail", "low", "high", "auto") ?? "auto";
        if (DataUrl.IsDataUrl(url))
        {
            if (!DataUrl.TryDecode(url, out _, out var bytes))
            {
                throw SimError.BadRequest($"'{param}.image_url.url' is not a valid base64 data URL.", param + ".image_url.url", "invalid_image_url");
            }

            if (!ImageSize.TryRead(bytes, out var width, out var height))
            {
                throw SimError.BadRequest($"'{param}.image_url.url' holds no PNG, JPEG, GIF or WebP image.", param + ".image_url.url", "invalid_image_format");
            }

            return new MediaPart(MediaKind.Image, ImageTokens.Count(detail, width, height), $"an image ({width}×{height}, {detail} detail)", url[^Math.Min(url.Length, 64)..]);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw SimError.BadRequest($"'{param}.image_url.url' must be an http(s) URL or a base64 data URL.", param + ".image_url.url", "invalid_image_url");
        }

        return new MediaPart(MediaKind.Image, ImageTokens.Count(detail, ImageTokens.UnknownSide, ImageTokens.UnknownSide), $"an image from {uri.Host} ({detail} detail)", url);
    }

    public static MediaPart Audio(InputAudioBody? audio, string param)
    {
        audio = FieldRules.Required(audio, param + ".input_audio");
        var data = FieldRules.Required(audio.Data, param + ".input_audio.data");
        var format = FieldRules.Required(FieldRules.OneOf(audio.Format, param + ".input_audio.format", "wav", "mp3"), param + ".input_audio.format");
        if (!DataUrl.TryBase64(data, out var bytes))
        {
            throw SimError.BadRequest($"'{param}.input_audio.data' must be base64.", param + ".input_audio.data");
        }

        var seconds = AudioTokens.Seconds(bytes.Length, format);
        return new MediaPart(MediaKind.Audio, AudioTokens.Count(bytes.Length, format), string.Create(CultureInfo.InvariantCulture, $"an audio clip ({format}, {seconds:0.0} s)"), data[^Math.Min(data.Length, 64)..]);
    }

    public static MediaPart File(FileBody? file, string param)
    {
        file = FieldRules.Required(file, param + ".file");
        if (file.FileData is { } data)
        {
            var payload = DataUrl.IsDataUrl(data) ? data[(data.IndexOf(',') + 1)..] : data;
            if (!DataUrl.TryBase64(payload, out var bytes))
            {
                throw SimError.BadRequest($"'{param}.file.file_data' must be base64 or a base64 data URL.", param + ".file.file_data");
            }

            return new MediaPart(MediaKind.File, FileTokens.Count(bytes.Length), $"the file {file.Filename ?? "attached"}", data[^Math.Min(data.Length, 64)..]);
        }

        return file.FileId is { } id
            ? new MediaPart(MediaKind.File, FileTokens.ById, $"the file {file.Filename ?? id}", id)
            : throw SimError.BadRequest($"'{param}.file' needs 'file_id' or 'file_data'.", param + ".file", "missing_required_parameter");
    }
}
