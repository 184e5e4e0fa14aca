#!/usr/bin/env bash
# Measures what the PerfRules analyzers cost a consumer's build (docs/analyzers.md; goal: ≤ 10% of build time).
#
# Packs the real PerfRules package into a temporary feed, generates a consumer with N table definitions
# (TableBuilder chains with the 15 rows of a Nanjing table, 30 value literals each) plus a rule file and a
# table file, and builds it with -p:ReportAnalyzer=true. Prints the compiler's per-analyzer times and
# the wall-clock time of the same build with and without analyzers (RunAnalyzers=false).
#
# usage: benchmarks/AnalyzerCost/measure.sh [tables=1000] [runs=3]
set -euo pipefail
tables="${1:-1000}"
runs="${2:-3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-cost.$(date +%s)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

dotnet pack "$repo/src/PerfRules/PerfRules.csproj" -c Release --disable-build-servers -nologo \
  -p:Version="$version" -p:ArtifactsPath="$work/artifacts" -o "$work/feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }

mkdir -p "$work/consumer/Tables"
cd "$work/consumer"
machine_packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
# the machine's enabled sources, read before this folder has a nuget.config of its own
machine_sources="$(dotnet nuget list source --format short | awk '$1=="E"{printf "<add key=\"m%d\" value=\"%s\" />\n", NR, $2}')"
{
  echo '<?xml version="1.0" encoding="utf-8"?><configuration>'
  echo "<config><add key=\"globalPackagesFolder\" value=\"$work/packages\" /></config>"
  echo '<packageSources><clear />'
  echo "<add key=\"feed\" value=\"$work/feed\" />"
  echo "$machine_sources"
  echo '</packageSources>'
  echo "<fallbackPackageFolders><add key=\"machine\" value=\"$machine_packages\" /></fallbackPackageFolders>"
  echo '</configuration>'
} > nuget.config
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <Deterministic>true</Deterministic>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PerfRules" Version="$version" />
  </ItemGroup>
</Project>
XML

# 1,000 tables in 50 files of 20 tables; every row as in the 台式机 seed table (canonical values, so the
# build reports no diagnostics and the cost measured is the checking, not the reporting).
files=50
per_file=$(( (tables + files - 1) / files ))
for f in $(seq 1 $files); do
  {
    echo "using PerfRules.Tables;"
    echo "namespace Consumer;"
    echo "public static class Tables$f"
    echo "{"
    for t in $(seq 1 $per_file); do
      n=$(( (f - 1) * per_file + t ))
      [ "$n" -le "$tables" ] || break
      cat <<CS
    public static PerformanceTable Table$t() => TableBuilder.Create("台式机$n").Year(2026)
        .Indicator("决策", "项目立项", "立项依据充分性", half: "充分", full: "充分")
        .Indicator("决策", "项目立项", "立项程序规范性", half: "规范", full: "规范")
        .Indicator("决策", "绩效目标", "绩效目标合理性", half: "合理", full: "合理")
        .Indicator("决策", "绩效目标", "绩效指标明确性", half: "明确", full: "明确")
        .Indicator("决策", "资金投入", "预算编制科学性", half: "科学", full: "科学")
        .Indicator("决策", "资金投入", "资金分配合理性", half: "合理", full: "合理")
        .Indicator("过程", "资金管理", "资金到位率", half: "=100%", full: "=100%")
        .Indicator("过程", "资金管理", "预算执行率", half: "序时进度", full: "=100%")
        .Indicator("过程", "资金管理", "资金使用合规性", half: "合规", full: "合规")
        .Indicator("过程", "组织实施", "管理制度健全性", half: "健全", full: "健全")
        .Indicator("过程", "组织实施", "制度执行有效性", half: "有效", full: "有效")
        .Indicator("产出", "数量指标", "设备购置数量（台）", half: "=$(( n % 9 + 1 ))", full: "=10")
        .Indicator("产出", "质量指标", "设备购置验收合格率", half: "=100%", full: "=100%")
        .Indicator("产出", "时效指标", "设备购置及时性", half: "2026年6月底前", full: "2026年12月底前")
        .Indicator("满意度", "满意度指标", "使用人员满意度", half: "≥90%", full: "≥90%")
        .Build();
CS
    done
    echo "}"
  } > "Tables/Tables$f.cs"
done
ls "$repo/samples/"*.txt | head -1 | xargs -I{} cp {} "$work/consumer/sample.perftable.txt"
echo '[{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true","Properties":{"Id":"X01","Severity":"info","Message":"m"}}]}]' > rules.perfrules.json

dotnet restore --disable-build-servers -nologo >"$work/restore.log" 2>&1 || { cat "$work/restore.log"; exit 1; }

build() { # $1 = extra msbuild args; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build --no-restore --disable-build-servers -nologo -c Release --no-incremental $1 >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "tables=$tables rows=$(( tables * 15 )) value-literals=$(( tables * 30 ))"
build "" >/dev/null   # warm-up (JIT, file cache)
for i in $(seq 1 "$runs"); do
  with=$(build "-p:ReportAnalyzer=true -v:d")
  cp "$work/build.log" "$work/report$i.log"
  without=$(build "-p:RunAnalyzers=false")
  echo "run $i: build with analyzers ${with}s, without analyzers ${without}s"
done
echo "--- compiler analyzer report (last run) ---"
grep -E '^\s*(Total (analyzer|generator) execution time|[<0-9.]+ +[<0-9]+ +(PerfRules|Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers,))' "$work/report$runs.log" | sed 's/^ *//'
grep -E '^\s*[<0-9.]+ +[<0-9]+ +PerfRules\.Analyzers\.' "$work/report$runs.log" | sed 's/^ *//'
