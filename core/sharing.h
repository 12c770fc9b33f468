// What a partner can be granted to see. Everything is private by default; each category is
// granted and revoked on its own. Notes are not a category: they are shared one check-in at a
// time (core::Checkin::share_note), never in bulk.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace rapport::core {

enum class ShareCategory { kProfile, kCloseness, kMoments, kInsights };

inline constexpr std::array<ShareCategory, 4> kAllShareCategories = {
    ShareCategory::kProfile, ShareCategory::kCloseness, ShareCategory::kMoments, ShareCategory::kInsights};

std::string_view ShareCategoryId(ShareCategory c);  // "profile", "closeness", "moments", "insights"
std::optional<ShareCategory> ShareCategoryFromId(std::string_view id);

}  // namespace rapport::core
