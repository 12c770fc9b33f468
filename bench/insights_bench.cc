// How long one full insight computation takes over ten years of daily check-ins for both
// partners (the partner's check-ins and profile shared), plus the recommender on top.
// Run from a Release build: build-core-rel/bench/insights_bench
#include <benchmark/benchmark.h>

#include "core/demo.h"
#include "core/insights.h"
#include "core/practices.h"

namespace rapport::core {
namespace {

constexpr int kTenYears = 3650;

InsightInput TenYearInput() {
  const Date today = Date::FromYmd(2026, 11, 21);
  DemoData demo = GenerateDemo(42, today, kTenYears);
  InsightInput in;
  in.today = today;
  in.checkins = std::move(demo.first.checkins);
  in.profile_history = std::move(demo.first.profile_takes);
  in.practice_events = std::move(demo.first.practice_events);
  // A retake every few months for ten years: history grows, only the latest two are scored.
  for (int i = 1; i <= 40; ++i) {
    ProfileTake take = in.profile_history.front();
    take.taken_at -= static_cast<UnixSeconds>(i) * 90 * 86400;
    in.profile_history.push_back(std::move(take));
  }
  PartnerShare partner;
  partner.profile = ScoreProfile(demo.second.profile_takes.back().answers);
  partner.checkins = std::move(demo.second.checkins);
  in.partner = std::move(partner);
  return in;
}

void BM_ComputeInsightReport(benchmark::State& state) {
  const InsightInput in = TenYearInput();
  state.counters["checkins"] = static_cast<double>(in.checkins.size() + in.partner->checkins->size());
  for (auto _ : state) {
    InsightReport report = ComputeInsightReport(in);
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_ComputeInsightReport)->Unit(benchmark::kMicrosecond);

void BM_ReportAndRecommend(benchmark::State& state) {
  const InsightInput in = TenYearInput();
  const ProfileScores latest = ScoreProfile(LatestTake(in.profile_history)->answers);
  for (auto _ : state) {
    InsightReport report = ComputeInsightReport(in);
    auto recommended = RecommendPractices(report.insights, &latest, in.practice_events, in.today);
    benchmark::DoNotOptimize(recommended);
  }
}
BENCHMARK(BM_ReportAndRecommend)->Unit(benchmark::kMicrosecond);

void BM_GenerateTenYearDemo(benchmark::State& state) {
  for (auto _ : state) {
    DemoData demo = GenerateDemo(7, Date::FromYmd(2026, 11, 21), kTenYears);
    benchmark::DoNotOptimize(demo);
  }
}
BENCHMARK(BM_GenerateTenYearDemo)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rapport::core

BENCHMARK_MAIN();
