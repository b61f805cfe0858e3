// Marks one required symbol version of an ELF shared library as weak (VER_FLG_WEAK), so the dynamic
// loader accepts a libstdc++ that lacks it.
//
// Why: TorchSharp 0.107.0's libLibTorchSharp.so lists GLIBCXX_3.4.32 (GCC 13) in .gnu.version_r, but
// the only symbol bound to it is _ZSt21ios_base_library_initv, a marker no relocation uses. Debian 12
// and Ubuntu 22.04 ship GLIBCXX_3.4.30, so the library refuses to load. With the weak flag set, glibc
// only warns internally and binds every other symbol as usual.
//
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory (build/TorchSharpNativePatch.targets),
// which also sees the task class at the bottom, and by the unit tests, which define ELF_PATCHER_TESTS.
// Block-scoped namespace: MSBuild's inline task compiler may use an older C# version.
#pragma warning disable IDE0161
using System;
using System.IO;
using System.Text;

namespace AttnTutorial.Build
{
    /// <summary>What <see cref="ElfVersionNeedPatcher.Patch"/> did to a file.</summary>
    public enum ElfPatchOutcome
    {
        /// <summary>The version entry was found and its weak flag was set.</summary>
        Patched,
        /// <summary>The version entry was found and was already weak; the file was not written.</summary>
        AlreadyWeak,
        /// <summary>The file does not require that version; the file was not written.</summary>
        EntryAbsent,
    }

    /// <summary>Reads an ELF file's version-needs section and sets VER_FLG_WEAK on one named version.</summary>
    public static class ElfVersionNeedPatcher
    {
        /// <summary>The flag glibc's loader reads as "a missing version is not an error".</summary>
        public const ushort VerFlagWeak = 0x2;

        private const uint SectionTypeGnuVerneed = 0x6ffffffe;

        /// <summary>
        /// Sets the weak flag on <paramref name="versionName"/> in the file at <paramref name="path"/>.
        /// The new content is written to a temporary file beside it and renamed over it, so a crash never
        /// leaves a half-written library and a hard link into a package cache is replaced, never edited.
        /// </summary>
        /// <exception cref="InvalidDataException">The file is not a readable 64- or 32-bit little-endian ELF file.</exception>
        public static ElfPatchOutcome Patch(string path, string versionName)
        {
            byte[] bytes = File.ReadAllBytes(path);
            ElfPatchOutcome outcome = PatchBytes(bytes, versionName, path);
            if (outcome == ElfPatchOutcome.Patched)
            {
                // Copy first so the new file keeps the original's permissions, then swap it in by rename.
                // (This file also compiles against netstandard2.0 inside MSBuild, hence File.Replace.)
                string temp = path + ".patching-" + Guid.NewGuid().ToString("N");
                try
                {
                    File.Copy(path, temp, overwrite: true);
                    File.WriteAllBytes(temp, bytes);
                    File.Replace(temp, path, destinationBackupFileName: null);
                }
                finally
                {
                    if (File.Exists(temp)) File.Delete(temp);
                }
            }
            return outcome;
        }

        /// <summary>
        /// Patches an in-memory copy of an ELF file. Only the two flag bytes of the matching entry change.
        /// <paramref name="sourceName"/> names the file in error messages.
        /// </summary>
        public static ElfPatchOutcome PatchBytes(byte[] elf, string versionName, string sourceName = "<memory>")
        {
            var reader = new ElfReader(elf, sourceName);
            foreach (var section in reader.Sections())
            {
                if (section.Type != SectionTypeGnuVerneed) continue;
                var strings = reader.Section(section.Link);
                foreach (long auxOffset in reader.VernauxOffsets(section))
                {
                    uint nameOffset = reader.U32(auxOffset + 8);
                    string name = reader.CString(strings.Offset + nameOffset);
                    if (name != versionName) continue;
                    ushort flags = reader.U16(auxOffset + 4);
                    if ((flags & VerFlagWeak) != 0) return ElfPatchOutcome.AlreadyWeak;
                    WriteU16(elf, auxOffset + 4, (ushort)(flags | VerFlagWeak));
                    return ElfPatchOutcome.Patched;
                }
            }
            return ElfPatchOutcome.EntryAbsent;
        }

        private static void WriteU16(byte[] data, long offset, ushort value)
        {
            data[offset] = (byte)value;
            data[offset + 1] = (byte)(value >> 8);
        }

        private readonly struct SectionHeader
        {
            public SectionHeader(uint type, long offset, long size, uint link, uint info)
            {
                Type = type; Offset = offset; Size = size; Link = link; Info = info;
            }
            public uint Type { get; }
            public long Offset { get; }
            public long Size { get; }
            public uint Link { get; }
            /// <summary>For .gnu.version_r: the number of Verneed entries.</summary>
            public uint Info { get; }
        }

        /// <summary>Bounds-checked little-endian reads over an ELF image; every failure names the file.</summary>
        private sealed class ElfReader
        {
            private readonly byte[] _data;
            private readonly string _name;
            private readonly bool _is64;

            public ElfReader(byte[] data, string name)
            {
                _data = data;
                _name = name;
                if (data.Length < 16 || data[0] != 0x7f || data[1] != (byte)'E' || data[2] != (byte)'L' || data[3] != (byte)'F')
                    throw Invalid("not an ELF file (no \\x7fELF magic at offset 0)");
                if (data[5] != 1)
                    throw Invalid("big-endian ELF files are not supported");
                _is64 = data[4] switch
                {
                    1 => false,
                    2 => true,
                    _ => throw Invalid($"unknown ELF class {data[4]} at offset 4"),
                };
                if (data.Length < (_is64 ? 64 : 52))
                    throw Invalid($"truncated: {data.Length} bytes is shorter than an ELF header");
            }

            private long SectionTableOffset => _is64 ? (long)U64(0x28) : U32(0x20);
            private int SectionEntrySize => U16(_is64 ? 0x3A : 0x2E);
            private int SectionCount => U16(_is64 ? 0x3C : 0x30);

            public SectionHeader Section(uint index)
            {
                if (index >= SectionCount)
                    throw Invalid($"section index {index} is out of range (the file has {SectionCount} sections)");
                long at = SectionTableOffset + (long)index * SectionEntrySize;
                Require(at, SectionEntrySize, $"section header {index}");
                var header = _is64
                    ? new SectionHeader(U32(at + 4), (long)U64(at + 0x18), (long)U64(at + 0x20), U32(at + 0x28), U32(at + 0x2C))
                    : new SectionHeader(U32(at + 4), U32(at + 0x10), U32(at + 0x14), U32(at + 0x18), U32(at + 0x1C));
                if (header.Type != 8 /* SHT_NOBITS */) Require(header.Offset, header.Size, $"section {index}'s contents");
                return header;
            }

            public System.Collections.Generic.IEnumerable<SectionHeader> Sections()
            {
                for (uint i = 0; i < SectionCount; i++) yield return Section(i);
            }

            /// <summary>File offsets of every Vernaux entry in a .gnu.version_r section.</summary>
            public System.Collections.Generic.IEnumerable<long> VernauxOffsets(SectionHeader verneed)
            {
                long need = verneed.Offset;
                for (uint n = 0; n < verneed.Info; n++)
                {
                    Require(need, 16, "a Verneed entry");
                    ushort count = U16(need + 2);
                    long aux = need + U32(need + 8);
                    for (int a = 0; a < count; a++)
                    {
                        Require(aux, 16, "a Vernaux entry");
                        yield return aux;
                        aux += U32(aux + 12);
                    }
                    uint next = U32(need + 12);
                    if (next == 0) yield break;
                    need += next;
                }
            }

            public string CString(long offset)
            {
                Require(offset, 1, "a string");
                long end = offset;
                while (end < _data.Length && _data[end] != 0) end++;
                if (end == _data.Length) throw Invalid($"unterminated string at offset {offset}");
                return Encoding.ASCII.GetString(_data, checked((int)offset), checked((int)(end - offset)));
            }

            public ushort U16(long at) { Require(at, 2, "a 16-bit field"); return (ushort)(_data[at] | _data[at + 1] << 8); }
            public uint U32(long at) { Require(at, 4, "a 32-bit field"); return BitConverter.ToUInt32(_data, checked((int)at)); }
            private ulong U64(long at) { Require(at, 8, "a 64-bit field"); return BitConverter.ToUInt64(_data, checked((int)at)); }

            private void Require(long at, long length, string what)
            {
                if (at < 0 || length < 0 || at + length > _data.Length)
                    throw Invalid($"truncated: {what} at offset {at} (+{length} bytes) lies past the end of the file ({_data.Length} bytes)");
            }

            private InvalidDataException Invalid(string problem) => new InvalidDataException($"{_name}: {problem}");
        }
    }

#if !ELF_PATCHER_TESTS
    /// <summary>MSBuild task: weakens one version requirement in every given ELF file that has it.</summary>
    public sealed class WeakenElfVersionNeed : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required]
        public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

        [Microsoft.Build.Framework.Required]
        public string VersionName { get; set; } = "";

        public override bool Execute()
        {
            foreach (var item in Files)
            {
                string path = item.GetMetadata("FullPath");
                try
                {
                    var outcome = ElfVersionNeedPatcher.Patch(path, VersionName);
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, $"{path}: {VersionName} {outcome}");
                }
                catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
                {
                    Log.LogError($"Could not mark {VersionName} weak in {path}: {e.Message}");
                }
            }
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
