// The check-in catalogue, version 1. Our own wording. Ids are stored inside encrypted
// check-ins: add new moments freely, but never rename or remove an id.
#include "core/catalogue.h"

namespace rapport::core {
namespace {

constexpr Kind E = Kind::kEmotional, I = Kind::kIntellectual, A = Kind::kAffectionate,
               S = Kind::kSexual, X = Kind::kExperiential, P = Kind::kSpiritual;

Catalogue Build() {
  Catalogue c;
  c.version = 1;
  c.moments = {
      {"talked_no_distractions", "Talked with no screens or distractions", {E, I}},
      {"shared_feeling", "Shared a feeling", {E}},
      {"felt_heard", "Felt heard", {E}},
      {"shared_worry", "Shared a worry or a fear", {E}},
      {"shared_dream", "Talked about a hope or a dream", {E, P}},
      {"admitted_mistake", "Owned up to a mistake or an embarrassing moment", {E}},
      {"deep_conversation", "Had a deep conversation", {I, E}},
      {"exchanged_ideas", "Swapped ideas, a book, an article or a debate", {I}},
      {"solved_problem_together", "Worked out a problem together", {I, X}},
      {"hug_or_kiss", "Hugged or kissed", {A}},
      {"cuddled_no_expectation", "Cuddled with no expectation of more", {A}},
      {"held_hands", "Held hands", {A}},
      {"affectionate_touch", "A touch in passing: a hand on the back, a stroke of the hair", {A}},
      {"eye_contact", "Held each other's gaze", {A, E}},
      {"sex", "Had sex", {S}, /*is_sex=*/true},
      {"sexual_touch", "Sexual touch without sex", {S}},
      {"flirted", "Flirted or talked about desire", {S}},
      {"had_fun", "Had fun together", {X}},
      {"laughed_together", "Laughed together", {X}},
      {"tried_something_new", "Tried something new together", {X}},
      {"shared_activity", "Did an activity side by side", {X}},
      {"cooked_or_ate_together", "Cooked or ate together, unhurried", {X, E}},
      {"shared_values", "Talked about values, faith or what matters", {P}},
      {"shared_ritual", "Shared a ritual, a prayer or a quiet moment", {P}},
      {"gratitude", "Said thank you or showed appreciation", {E, P}},
      {"helped_each_other", "Helped or looked after each other", {E, X}},
      {"conflict", "Had a disagreement or a fight", {E}, false, /*is_conflict=*/true},
  };
  c.feelings = {
      {"calm", "Calm"},         {"connected", "Connected"}, {"loved", "Loved"},
      {"playful", "Playful"},   {"grateful", "Grateful"},   {"hopeful", "Hopeful"},
      {"tired", "Tired"},       {"stressed", "Stressed"},   {"lonely", "Lonely"},
      {"distant", "Distant"},   {"hurt", "Hurt"},           {"anxious", "Anxious"},
      {"irritated", "Irritated"}, {"sad", "Sad"},           {"numb", "Numb"},
      {"safe", "Safe"},
  };
  c.after_sex = {
      {"closer", "Closer"},
      {"same", "About the same"},
      {"distant", "More distant"},
      {"empty", "Empty"},
  };
  c.conflict_states = {
      {"none", "No conflict"},
      {"resolved", "We had a conflict and resolved it"},
      {"unresolved", "We had a conflict that is not resolved"},
  };
  return c;
}

}  // namespace

const Catalogue& TheCatalogue() {
  static const Catalogue catalogue = Build();
  return catalogue;
}

}  // namespace rapport::core
