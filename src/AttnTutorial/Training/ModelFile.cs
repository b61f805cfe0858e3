using System.Text;
using System.Text.Json;
using AttnTutorial.Data;
using AttnTutorial.IO;
using AttnTutorial.Models;

namespace AttnTutorial.Training;

/// <summary>
/// Saves and loads a trained <see cref="BiLstmAttentionClassifier"/> together with the options needed to
/// rebuild it and the input features it was trained on, in one file. Listed in chapter 00's library tour; the
/// command line's <c>train</c> saves its model with it.
/// </summary>
public static class ModelFile
{
    private const string Magic = "ATTNTUTORIAL-MODEL-1";

    private sealed record Header(BiLstmAttentionOptions Model, InputFeatures Features);

    /// <summary>
    /// Writes the model to <paramref name="path"/>. The file is written under a temporary name beside it and
    /// then renamed, so a crash never leaves a half-written model and an existing file is replaced whole.
    /// </summary>
    public static void Save(BiLstmAttentionClassifier model, InputFeatures features, string path)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(JsonSerializer.Serialize(new Header(model.Options, features)));
            model.save(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a model file; the message names it.</exception>
    public static (BiLstmAttentionClassifier Model, InputFeatures Features) Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        string magic;
        Header? header;
        try
        {
            magic = reader.ReadString();
            header = magic == Magic ? JsonSerializer.Deserialize<Header>(reader.ReadString()) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or JsonException or FormatException)
        {
            throw new InvalidDataException($"{path}: not an AttnTutorial model file ({e.Message}).", e);
        }
        if (header is null) throw new InvalidDataException($"{path}: not an AttnTutorial model file (expected the header '{Magic}').");
        var model = new BiLstmAttentionClassifier(header.Model);
        model.load(reader);
        model.eval();
        return (model, header.Features);
    }
}
