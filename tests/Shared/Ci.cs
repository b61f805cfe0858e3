namespace AttnTutorial.TestSupport;

/// <summary>
/// CI (CI=true, as .ci/run's machine sets it) installs every tool the tests drive, so there a missing tool fails its
/// test; elsewhere (a laptop) such a test is skipped with an install hint.
/// </summary>
internal static class Ci
{
    public static bool Running => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
