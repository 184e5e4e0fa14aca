// Every FsCheck.Xunit [Property] in this assembly runs on a fixed stream (the same as PerfRules.Testing's FuzzSettings.CiSeed,
// which this project does not reference) unless the property names its own Replay: a run is repeatable and a failure
// prints the replay to reproduce it.
[assembly: FsCheck.Xunit.Properties(Replay = "(20261123,7046029254386353131)")]
