#include "core/sharing.h"

namespace rapport::core {

std::string_view ShareCategoryId(ShareCategory c) {
  switch (c) {
    case ShareCategory::kProfile: return "profile";
    case ShareCategory::kCloseness: return "closeness";
    case ShareCategory::kMoments: return "moments";
    case ShareCategory::kInsights: return "insights";
  }
  return "profile";
}

std::optional<ShareCategory> ShareCategoryFromId(std::string_view id) {
  for (ShareCategory c : kAllShareCategories) {
    if (ShareCategoryId(c) == id) return c;
  }
  return std::nullopt;
}

}  // namespace rapport::core
