// Every FsCheck.Xunit [Property] in this assembly runs on the fixed stream FuzzSettings.CiSeed unless the property names its
// own Replay, so a run is repeatable and a failure prints the replay to reproduce it. Properties driven through
// FuzzSettings.Config (Prop.Check) follow PERFRULES_FUZZ_SEED instead, which is also how a soak with random seeds runs.
[assembly: FsCheck.Xunit.Properties(Replay = PerfRules.Testing.FuzzSettings.CiSeed)]
