#include "core/cards.h"

namespace rapport::core {

std::string_view StudyDesignId(StudyDesign d) {
  switch (d) {
    case StudyDesign::kCorrelational: return "correlational";
    case StudyDesign::kExperiment: return "experiment";
    case StudyDesign::kReview: return "review";
    case StudyDesign::kConceptual: return "conceptual";
  }
  return "correlational";
}

const Card* FindCard(std::string_view id) {
  for (const Card& c : AllCards()) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace rapport::core
