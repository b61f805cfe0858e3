namespace AttnTutorial.Tests;

/// <summary>
/// Tests that seed torch or train share torch's process-wide random generator and thread count, so they run one at a
/// time: two of them in parallel would draw from each other's seeded stream and "same seed, same numbers" would flake.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class TorchTests
{
    public const string Collection = "Torch (global random state)";
}
