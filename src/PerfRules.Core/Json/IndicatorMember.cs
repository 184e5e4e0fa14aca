namespace PerfRules.Json;

/// <summary>The JSON members of <see cref="Tables.Indicator"/> in declaration order, as <see cref="IndicatorJsonDirectReader"/> reads them.</summary>
internal enum IndicatorMember
{
    Row,
    Level1,
    Level2,
    Name,
    HalfYear,
    FullYear,
    Unit,
    Line,
    OperatorText,
    UnitText,
    Weight,
    Direction,
    ValueType,
    Explanation,
    ScoringStandard,
    Remark,
    LongTerm,
    Regions,
}
