// Every threshold the insight engine uses, with the reason for it. doc/insights.md explains
// the same rules in plain words; tests pin each one at and just past its value.
//
// These are product judgements, chosen to be cautious and explainable. No published norm
// says how many diary days make a "pattern"; the one borrowed number is the three-day window
// around sex (Meltzer et al., 2017; see content/SOURCES.md).
#pragma once

namespace rapport::core::rules {

// ---- Windows ---------------------------------------------------------------------------
// Patterns look at the last 90 days (today and the 89 before). Long enough to see things that
// happen weekly or less, short enough to describe how things are now, not years ago.
inline constexpr int kPatternWindowDays = 90;
// "Persistent" means the same rule also held in the 90 days before that window; then an
// insight says so, its confidence can be high, and it points to a couples therapist.
inline constexpr int kPersistenceWindowDays = 90;
// No check-in pattern is judged on fewer than 14 check-ins in its window (two weeks' worth).
inline constexpr int kMinCheckinsInWindow = 14;
// A sex day counts on that day and the next two, never beyond: day d covers d, d+1, d+2.
// Sexual satisfaction stays raised for about 48 hours and fades by 72 (Meltzer et al., 2017),
// so an after-sex feeling, touch, sharing or a still-open fight in that span belongs to it.
inline constexpr int kSexWindowDays = 3;

// ---- Felt closeness (1..7) -------------------------------------------------------------
// "Low" felt closeness is 3 or less: below the scale's midpoint of 4.
inline constexpr int kLowClosenessMax = 3;

// ---- sex_without_closeness -------------------------------------------------------------
// A sex day is "without closeness" when no emotional-sharing moment is logged in its window
// (d..d+2) or its own felt closeness is low. The pattern needs at least 5 sex days in the
// window (fewer is too few to call a share), and fires when at least 60% of them are without
// closeness: clearly more often than not, not just an off week.
inline constexpr int kSexlessClosenessMinSexDays = 5;
inline constexpr int kSexWithoutClosenessPercent = 60;

// ---- distance_after_sex ----------------------------------------------------------------
// A sex day is "followed by distance" when its after-sex feeling is distant or empty, or the
// feeling "distant" or "numb" is logged in its window. Needs at least 5 sex days; fires when
// at least half of them are followed by distance (so at least 3 times: one or two hard
// nights never make a pattern on their own).
inline constexpr int kDistanceMinSexDays = 5;
inline constexpr int kDistancePercent = 50;

// ---- touch_only_with_sex ---------------------------------------------------------------
// A day is "near sex" when it lies in some sex day's window. Needs at least 4 sex days, at
// least 4 days with affectionate touch, and at least 10 logged days away from sex (otherwise
// touch away from sex could not be seen at all). Fires when at least 75% of touch days are
// near sex ("mostly") and touch is logged on at most 20% of the days away from sex
// ("rarely": about one day in five or fewer).
inline constexpr int kTouchMinSexDays = 4;
inline constexpr int kTouchMinTouchDays = 4;
inline constexpr int kTouchMinDaysAwayFromSex = 10;
inline constexpr int kTouchNearSexPercent = 75;
inline constexpr int kTouchAwayFromSexMaxPercent = 20;

// ---- sex_over_unresolved_fight ---------------------------------------------------------
// A sex day counts when an unresolved conflict is logged in its window (the fight was still
// open on the day of sex or in the two days after). Fires from the second such day in the
// window: "more than once". One time is a moment, not a pattern.
inline constexpr int kUnresolvedSexMinDays = 2;

// ---- Profile: unmet_need / more_than_wanted / needs_differ / need_met ------------------
// A gap of 25 points is one full step on the 1–5 answer scale, averaged over a kind's items:
// e.g. "somewhat" now against "mostly" wanted on every item. Smaller gaps are ordinary.
inline constexpr int kGapPoints = 25;
// Partners' wants differ "a lot" at the same 25 points; at 40 or more the confidence is high.
inline constexpr int kWantDifferencePoints = 25;
inline constexpr int kWantDifferenceHighPoints = 40;
// A kind "feels about right" when have is at least 50 and want is within 10 points of it;
// at most 2 such strengths are shown so the feed stays short.
inline constexpr int kNeedMetMinHave = 50;
inline constexpr int kNeedMetMaxGap = 10;
inline constexpr int kNeedMetMaxShown = 2;
// A profile older than this many days still counts, with low confidence: life changes.
inline constexpr int kProfileStaleDays = 180;
// A previous take only shows persistence if it was at least this many days earlier.
inline constexpr int kProfilePersistenceMinDays = 28;

// ---- closeness_trend -------------------------------------------------------------------
// The last 28 days, split into an earlier and a recent half of 14 days each. Needs at least
// 10 check-ins, spread over at least 14 days (first to last), with at least 3 in each half:
// so a missing week lowers the count but cannot fake a trend. Fires when the recent half's
// mean felt closeness differs from the earlier half's by at least 1.0 point (one step on the
// 1–7 scale, a change a person would notice), in tenths to keep the arithmetic exact.
inline constexpr int kTrendWindowDays = 28;
inline constexpr int kTrendMinCheckins = 10;
inline constexpr int kTrendMinSpanDays = 14;
inline constexpr int kTrendMinPerHalf = 3;
inline constexpr int kTrendMinChangeTenths = 10;
// Medium confidence from 14 check-ins; high from 20 with a change of 1.5 points or more.
inline constexpr int kTrendMediumCheckins = 14;
inline constexpr int kTrendHighCheckins = 20;
inline constexpr int kTrendHighChangeTenths = 15;

// ---- steady (strength): steady_<kind> --------------------------------------------------
// A kind (never sexual: no amount of sex is ever praised or faulted) logged on at least half
// of the check-ins in the last 28 days, with at least 10 check-ins. At most 2 shown.
inline constexpr int kSteadyWindowDays = 28;
inline constexpr int kSteadyMinCheckins = 10;
inline constexpr int kSteadyPercent = 50;
inline constexpr int kSteadyMaxShown = 2;

// ---- conflicts_resolved (strength) ------------------------------------------------------
// At least 3 logged disagreements in the window, at least 75% of them marked resolved.
inline constexpr int kRepairMinConflicts = 3;
inline constexpr int kRepairPercent = 75;

// ---- practices_help (strength) ---------------------------------------------------------
// At least 3 finished practices rated "felt closer?" in the window, with a mean of 4 or more
// (kHelpedRating in core/practices.h). Medium from 5 ratings, high from 10.
inline constexpr int kPracticesMinRated = 3;
inline constexpr int kPracticesMediumRated = 5;
inline constexpr int kPracticesHighRated = 10;

// ---- shared_moments (strength; only with a partner's shared check-ins) ------------------
// Days in the last 28 on which both partners logged the same moment (never sex or conflict):
// at least 6, and both partners need 10 check-ins in those 28 days.
inline constexpr int kSharedWindowDays = 28;
inline constexpr int kSharedMinCheckins = 10;
inline constexpr int kSharedMinDays = 6;

// ---- Confidence for the check-in patterns above ----------------------------------------
// Low when the rule holds on just enough data; medium when the base count (sex days) is at
// least twice its minimum; high when medium and persistent.
inline constexpr int kMediumBaseFactor = 2;

}  // namespace rapport::core::rules
