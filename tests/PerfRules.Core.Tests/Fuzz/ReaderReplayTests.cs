using PerfRules.Core.Tests.Import;
using PerfRules.Import;
using PerfRules.Testing;

namespace PerfRules.Core.Tests.Fuzz;

/// <summary>
/// Cases the reader's fuzz properties (<see cref="CoreFuzzTests"/>) once failed on, replayed from the seed FsCheck
/// printed, so each stays fixed whatever stream the properties run.
/// </summary>
public class ReaderReplayTests
{
    [Theory]
    [InlineData("(3722408583342981934,8212306510971049759,6)")]
    [InlineData("(10995843469588357081,11161822860162868701,4)")]
    [InlineData("(7717825393570191540,5131609300018600105,29)")]
    public void Garbled_table_keeps_every_cell(string replay) =>
        FuzzSettings.Replay(Arbitraries.GarbledTableText(), replay, garbled =>
        {
            NothingLost.CheckOrRefused(garbled.Text, TableTextReader.Read(garbled.Text, "garbled.txt"));
        });

    [Theory]
    [InlineData("(6932365370056977526,1235730350060433679,55)")]
    public void Encoded_table_keeps_every_cell(string replay) =>
        FuzzSettings.Replay(Arbitraries.EncodedTableText(), replay, encoded =>
        {
            var result = TableTextReader.Read(encoded.GetBytes(), "encoded.txt");
            NothingLost.CheckOrRefused(SourceDecoder.Decode(encoded.GetBytes()).Text, result);
        });
}
