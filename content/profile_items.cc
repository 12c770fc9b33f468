// The intimacy profile, instrument version 1. Our own wording, written fresh for Rapport: no
// published questionnaire's items are used. Item ids are stored inside answer sets: never
// rename or reuse one. Changing what an item means needs a new instrument version.
//
// Five items per kind (one reverse-keyed), so one item may be skipped and the kind is still
// scored (80% rule). Eight closeness-comfort items draw on common signs that closeness feels
// hard: leaving feeling talk, steering away from tender moments, pulling back after being
// close, finding sex easier than words, and fearing being fully seen.
#include "core/profile.h"

namespace rapport::core {
namespace {

constexpr Kind E = Kind::kEmotional, I = Kind::kIntellectual, A = Kind::kAffectionate,
               S = Kind::kSexual, X = Kind::kExperiential, P = Kind::kSpiritual;
constexpr bool kReverse = true;

ProfileInstrument Build() {
  ProfileInstrument p;
  p.version = 1;
  p.scale_labels = {"Not at all", "A little", "Somewhat", "Mostly", "Completely"};
  p.have_prompt = "How true is this now?";
  p.want_prompt = "How true would you like it to be?";
  p.comfort_prompt = "How true is this for you? Only you see these answers.";
  p.items = {
      {"emo_feelings", E, "I can tell my partner how I really feel."},
      {"emo_worries", E, "My partner knows what is weighing on me these days."},
      {"emo_understood", E, "When I share something hard, I feel understood."},
      {"emo_hopes", E, "We talk about hopes and fears, not only plans and chores."},
      {"emo_hold_back", E, "I keep important feelings to myself to keep the peace.", kReverse},

      {"int_ideas", I, "We enjoy swapping ideas, even when we see things differently."},
      {"int_curious", I, "My partner is curious about what I think."},
      {"int_learn", I, "We talk about things we read, watch or learn."},
      {"int_problems", I, "We can think a problem through together and both feel heard."},
      {"int_practical", I, "Our conversations rarely go beyond the practical.", kReverse},

      {"aff_passing", A, "We touch each other in passing during the day."},
      {"aff_just_a_hug", A, "A hug or a kiss between us can be just that, with nothing expected after."},
      {"aff_close", A, "We hold hands, lean on each other or sit close."},
      {"aff_comfort", A, "When I'm low, my partner's touch is a comfort."},
      {"aff_only_before_sex", A, "Touch between us mostly happens when sex might follow.", kReverse},

      {"sex_part_of_life", S, "Sexual closeness is part of our life together."},
      {"sex_desired", S, "I feel desired by my partner in a way that feels good to me."},
      {"sex_say", S, "I can say what I like and what I don't like sexually."},
      {"sex_time", S, "We make time for sexual touch and play."},
      {"sex_duty", S, "Sex between us feels more like a duty than a choice.", kReverse},

      {"exp_laugh", X, "We laugh together."},
      {"exp_new", X, "We try new things together."},
      {"exp_fun", X, "We have time for fun that is just ours."},
      {"exp_activities", X, "We share activities we both enjoy."},
      {"exp_logistics", X, "Most of our time together goes to chores, logistics and screens.", kReverse},

      {"spi_meaning", P, "We talk about what gives our lives meaning."},
      {"spi_values", P, "We share values about how we want to live."},
      {"spi_rituals", P, "We have small rituals that are ours: a meal, a walk, a quiet moment."},
      {"spi_respect", P, "We respect each other's beliefs, even where they differ."},
      {"spi_unknown", P, "I'm not sure what matters most to my partner in life.", kReverse},
  };
  p.comfort_items = {
      {"com_exit", "When a conversation turns to feelings, I look for a way out.", kReverse},
      {"com_lighter", "If a moment gets tender, I steer us towards something lighter.", kReverse},
      {"com_pull_back", "After we've been very close, I find myself pulling back.", kReverse},
      {"com_sex_easier", "Sex feels easier to me than saying what I feel.", kReverse},
      {"com_seen", "I worry that if my partner saw all of me, they would step back.", kReverse},
      {"com_stay", "I can stay in a hard conversation without shutting down."},
      {"com_unsure", "I can let my partner see me when I'm unsure or struggling."},
      {"com_after", "After we've been close, I can stay near and feel at ease."},
  };
  return p;
}

}  // namespace

const ProfileInstrument& TheProfileInstrument() {
  static const ProfileInstrument instrument = Build();
  return instrument;
}

}  // namespace rapport::core
