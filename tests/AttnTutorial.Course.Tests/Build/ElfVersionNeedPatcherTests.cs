using System.Text;
using AttnTutorial.Build;

namespace AttnTutorial.Course.Tests.Build;

public class ElfVersionNeedPatcherTests
{
    private const string Version = "GLIBCXX_3.4.32";

    [Fact]
    public void PatchBytes_EntryPresent_SetsWeakFlagAndChangesNothingElse()
    {
        var (elf, flagOffset) = TinyElf.Build([("GLIBCXX_3.4.30", 0), (Version, 0)], targetIndex: 1);
        var original = (byte[])elf.Clone();

        var outcome = ElfVersionNeedPatcher.PatchBytes(elf, Version);

        Assert.Equal(ElfPatchOutcome.Patched, outcome);
        Assert.Equal(ElfVersionNeedPatcher.VerFlagWeak, BitConverter.ToUInt16(elf, flagOffset));
        var changed = Enumerable.Range(0, elf.Length).Where(i => elf[i] != original[i]).ToArray();
        Assert.Equal([flagOffset], changed);
    }

    [Fact]
    public void PatchBytes_SecondRun_ChangesNothing()
    {
        var (elf, _) = TinyElf.Build([(Version, 0)], targetIndex: 0);
        ElfVersionNeedPatcher.PatchBytes(elf, Version);
        var once = (byte[])elf.Clone();

        var outcome = ElfVersionNeedPatcher.PatchBytes(elf, Version);

        Assert.Equal(ElfPatchOutcome.AlreadyWeak, outcome);
        Assert.Equal(once, elf);
    }

    [Fact]
    public void PatchBytes_KeepsOtherFlagBits()
    {
        var (elf, flagOffset) = TinyElf.Build([(Version, 0x1)], targetIndex: 0);
        ElfVersionNeedPatcher.PatchBytes(elf, Version);
        Assert.Equal(0x3, BitConverter.ToUInt16(elf, flagOffset));
    }

    [Fact]
    public void PatchBytes_EntryAbsent_ReportsAbsentAndChangesNothing()
    {
        var (elf, _) = TinyElf.Build([("GLIBCXX_3.4.30", 0)], targetIndex: 0);
        var original = (byte[])elf.Clone();
        Assert.Equal(ElfPatchOutcome.EntryAbsent, ElfVersionNeedPatcher.PatchBytes(elf, Version));
        Assert.Equal(original, elf);
    }

    [Fact]
    public void PatchBytes_NotElf_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeedPatcher.PatchBytes(Encoding.ASCII.GetBytes("#!/bin/sh\necho hi\n"), Version, "script.sh"));
        Assert.Contains("script.sh", error.Message);
        Assert.Contains("not an ELF file", error.Message);
    }

    [Fact]
    public void PatchBytes_Truncated_ThrowsNamingTheFile()
    {
        var (elf, _) = TinyElf.Build([(Version, 0)], targetIndex: 0);
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeedPatcher.PatchBytes(elf[..100], Version, "lib.so"));
        Assert.Contains("lib.so", error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Patch_HardLinkIntoCache_ReplacesOutputByRenameAndLeavesCacheUntouched()
    {
        if (!OperatingSystem.IsLinux()) return;
        var directory = Directory.CreateTempSubdirectory("elfpatch-");
        try
        {
            var (elf, flagOffset) = TinyElf.Build([(Version, 0)], targetIndex: 0);
            string cacheCopy = Path.Combine(directory.FullName, "cache.so");
            string output = Path.Combine(directory.FullName, "output.so");
            File.WriteAllBytes(cacheCopy, elf);
            // MSBuild may hard-link outputs to the NuGet cache; writing through the link would edit the cache.
            using (var ln = System.Diagnostics.Process.Start("ln", [cacheCopy, output])) ln.WaitForExit();
            Assert.True(File.Exists(output));

            Assert.Equal(ElfPatchOutcome.Patched, ElfVersionNeedPatcher.Patch(output, Version));
            Assert.Equal(ElfPatchOutcome.AlreadyWeak, ElfVersionNeedPatcher.Patch(output, Version));

            Assert.Equal(elf, File.ReadAllBytes(cacheCopy));
            Assert.Equal(ElfVersionNeedPatcher.VerFlagWeak, BitConverter.ToUInt16(File.ReadAllBytes(output), flagOffset));
            Assert.Empty(Directory.GetFiles(directory.FullName, "*.patching-*"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TestOutput_LibTorchSharp_HasWeakGlibcxx332()
    {
        // The build's own output: the MSBuild target must have run on this test project's copy.
        string shim = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(File.Exists(shim), $"{shim} is missing from the test output");
        Assert.Equal(ElfPatchOutcome.AlreadyWeak, ElfVersionNeedPatcher.PatchBytes(File.ReadAllBytes(shim), Version, shim));
    }

    /// <summary>A minimal ELF64 file: header, .dynstr, .gnu.version_r with one Verneed and its Vernaux entries, section table.</summary>
    private static class TinyElf
    {
        public static (byte[] Elf, int FlagOffset) Build((string Name, ushort Flags)[] versions, int targetIndex)
        {
            var strtab = new List<byte> { 0 };
            int libName = strtab.Count;
            strtab.AddRange(Encoding.ASCII.GetBytes("libstdc++.so.6\0"));
            var nameOffsets = new List<int>();
            foreach (var (name, _) in versions)
            {
                nameOffsets.Add(strtab.Count);
                strtab.AddRange(Encoding.ASCII.GetBytes(name + "\0"));
            }

            const int headerSize = 64;
            int strtabOffset = headerSize;
            int verneedOffset = Align(strtabOffset + strtab.Count, 8);
            int verneedSize = 16 + 16 * versions.Length;
            int sectionTableOffset = Align(verneedOffset + verneedSize, 8);
            const int sectionCount = 3; // null, .dynstr, .gnu.version_r
            var data = new byte[sectionTableOffset + sectionCount * 64];

            data[0] = 0x7f; data[1] = (byte)'E'; data[2] = (byte)'L'; data[3] = (byte)'F';
            data[4] = 2; data[5] = 1; data[6] = 1;
            W16(data, 0x10, 3);  // ET_DYN
            W16(data, 0x12, 62); // x86-64
            W64(data, 0x28, (ulong)sectionTableOffset);
            W16(data, 0x34, headerSize);
            W16(data, 0x3A, 64);
            W16(data, 0x3C, sectionCount);

            strtab.CopyTo(data, strtabOffset);

            W16(data, verneedOffset, 1);
            W16(data, verneedOffset + 2, (ushort)versions.Length);
            W32(data, verneedOffset + 4, (uint)libName);
            W32(data, verneedOffset + 8, 16);
            W32(data, verneedOffset + 12, 0);
            int flagOffset = -1;
            for (int i = 0; i < versions.Length; i++)
            {
                int aux = verneedOffset + 16 + 16 * i;
                W32(data, aux, 0x1234 + (uint)i);
                W16(data, aux + 4, versions[i].Flags);
                W16(data, aux + 6, (ushort)(2 + i));
                W32(data, aux + 8, (uint)nameOffsets[i]);
                W32(data, aux + 12, i == versions.Length - 1 ? 0u : 16u);
                if (i == targetIndex) flagOffset = aux + 4;
            }

            WriteSection(data, sectionTableOffset + 64, type: 3, offset: strtabOffset, size: strtab.Count, link: 0, info: 0);
            WriteSection(data, sectionTableOffset + 128, type: 0x6ffffffe, offset: verneedOffset, size: verneedSize, link: 1, info: 1);
            return (data, flagOffset);
        }

        private static void WriteSection(byte[] data, int at, uint type, int offset, int size, uint link, uint info)
        {
            W32(data, at + 4, type);
            W64(data, at + 0x18, (ulong)offset);
            W64(data, at + 0x20, (ulong)size);
            W32(data, at + 0x28, link);
            W32(data, at + 0x2C, info);
        }

        private static int Align(int value, int alignment) => (value + alignment - 1) / alignment * alignment;
        private static void W16(byte[] d, int at, ushort v) => BitConverter.TryWriteBytes(d.AsSpan(at), v);
        private static void W32(byte[] d, int at, uint v) => BitConverter.TryWriteBytes(d.AsSpan(at), v);
        private static void W64(byte[] d, int at, ulong v) => BitConverter.TryWriteBytes(d.AsSpan(at), v);
    }
}
