// The six kinds of intimacy Rapport tracks separately. Sex is one kind among six and is never
// used as the measure of closeness.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace rapport::core {

enum class Kind { kEmotional, kIntellectual, kAffectionate, kSexual, kExperiential, kSpiritual };

inline constexpr std::array<Kind, 6> kAllKinds = {Kind::kEmotional,   Kind::kIntellectual,
                                                  Kind::kAffectionate, Kind::kSexual,
                                                  Kind::kExperiential, Kind::kSpiritual};
inline constexpr int kKindCount = 6;

inline constexpr int KindIndex(Kind k) { return static_cast<int>(k); }

// Stable identifiers used in the API and in stored data: "emotional", "intellectual", ...
std::string_view KindId(Kind kind);
std::optional<Kind> KindFromId(std::string_view id);

}  // namespace rapport::core
