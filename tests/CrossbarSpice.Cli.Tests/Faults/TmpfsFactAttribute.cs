namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>A fact that needs a tmpfs mount; reported as skipped (with mount's reason) where mounting is not permitted.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <c>mount -t tmpfs</c> is refused.</summary>
    public TmpfsFactAttribute()
    {
        if (!TmpfsMount.Permitted)
        {
            Skip = $"mount -t tmpfs is not permitted here ({TmpfsMount.Reason}); the disk-full tests need root (CAP_SYS_ADMIN), as on the CI";
        }
    }
}
