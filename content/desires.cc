#include "core/desires.h"

namespace rapport::core {

const std::vector<DesireIdea>& DesireCatalogue() {
  static const std::vector<DesireIdea> ideas = {
      {"talk_dreams", Kind::kEmotional, "Talk about dreams", "Placeholder."},
  };
  return ideas;
}

}  // namespace rapport::core
