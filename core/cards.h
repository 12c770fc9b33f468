// Short psycho-education cards on sex and intimacy. Every fact carries its source and how
// strong the evidence is; full citations are in content/SOURCES.md. Text in content/cards.cc.
#pragma once

#include <string_view>
#include <vector>

namespace rapport::core {

// What kind of study a source is. Correlational findings must be worded as associations.
enum class StudyDesign { kCorrelational, kExperiment, kReview, kConceptual };
std::string_view StudyDesignId(StudyDesign d);  // "correlational", "experiment", ...

struct CardSource {
  std::string_view citation;  // short: "Muise, Schimmack & Impett, 2016"; listed in SOURCES.md
  std::string_view strength;  // plain words: who was studied, how, and what it can't show
  StudyDesign design = StudyDesign::kCorrelational;
};

struct Card {
  std::string_view id;     // stable
  std::string_view title;
  std::string_view body;   // a few short sentences
  std::vector<CardSource> sources;  // at least one
};

// All cards in a fixed order. Built once, immutable.
const std::vector<Card>& AllCards();
const Card* FindCard(std::string_view id);

}  // namespace rapport::core
