// Practices for touch: affectionate (non-sexual) touch, and the sexual kind, where the focus
// is choice and talking, never an amount. Our own writing. Ids are stored: never rename.
#include "core/practices.h"

namespace rapport::core::content {
namespace {
constexpr Kind E = Kind::kEmotional, A = Kind::kAffectionate, S = Kind::kSexual,
               X = Kind::kExperiential;
constexpr PracticeMode kTogether = PracticeMode::kTogether, kSolo = PracticeMode::kSolo;
}  // namespace

std::vector<Practice> TouchPractices() {
  return {
      {"small_touches",
       "Small touches through the day",
       "Brief, everyday touch says \"I see you\" without asking for anything. Spread across "
       "a day, it keeps you in contact even when you are busy.",
       {"In the morning, agree to try a few small touches today, if you both want to.",
        "Offer three or four during the day: a hand on the shoulder, a squeeze of the hand, "
         "a kiss on the head.",
        "Let each one be complete in itself. Nothing needs to follow.",
        "In the evening, tell each other which one you liked most."},
       5,
       kTogether,
       {A},
       "Not when either of you doesn't want to be touched today. Say so kindly; a \"not "
       "now\" is always fine and changes nothing else.",
       {"touch_only_with_sex", "sex_without_closeness", "unmet_need"}},
      {"cuddle_no_expectation",
       "A cuddle that goes nowhere",
       "Cuddling with a clear promise that it won't lead to sex lets both of you relax into "
       "it. For many people, knowing touch has no agenda is what makes it feel safe.",
       {"Agree out loud beforehand: this cuddle is just a cuddle, tonight.",
        "Find a comfortable spot: the sofa, the bed, under a blanket.",
        "Stay close for ten to fifteen minutes. Talk, watch something, or be quiet.",
        "If either of you wants to stop, stop. No reason needed.",
        "Afterwards, say one thing you liked about it."},
       15,
       kTogether,
       {A},
       "Not if either of you would feel pressured into it. If sex comes up, keep today's "
       "promise and talk about it another time.",
       {"touch_only_with_sex", "sex_without_closeness", "distance_after_sex", "unmet_need"}},
      {"long_hug",
       "The long hug",
       "Most hugs last a second or two. Staying in one a little longer, until you both "
       "relax, can calm the body and bring you back to each other after a busy day.",
       {"Ask: \"Can I have a long hug?\"",
        "Hold each other and breathe slowly. Stay until you both feel yourselves relax, "
         "often around twenty seconds.",
        "Let go whenever either of you wants.",
        "Try it once a day for a week, if it suits you both."},
       2,
       kTogether,
       {A},
       "Not when either of you doesn't feel like being held. Asking first is part of it.",
       {"touch_only_with_sex", "unmet_need"}},
      {"walk_hand_in_hand",
       "A walk, hand in hand",
       "Walking side by side makes talking easy, and holding hands adds quiet closeness "
       "without anything more expected.",
       {"Go for a twenty-minute walk together, somewhere pleasant or just around the block.",
        "Hold hands for some or all of it, if you both like that.",
        "Talk, or walk in silence for a while.",
        "Notice one thing around you and point it out to each other."},
       20,
       kTogether,
       {A, X},
       "Not if holding hands in public doesn't feel safe where you are; a walk alone "
       "together is still worth it.",
       {"touch_only_with_sex", "unmet_need"}},
      {"two_quiet_minutes",
       "Two quiet minutes face to face",
       "Looking at each other without talking feels strange at first. Many couples find it "
       "brings a surprising sense of being seen.",
       {"Sit facing each other, close enough to hold hands if you want.",
        "Set a timer for two minutes.",
        "Look at each other, softly. Smiling or laughing is fine.",
        "When the timer ends, each say one word for how it felt."},
       5,
       kTogether,
       {A, E},
       "Not if eye contact feels uncomfortable for either of you right now; sitting side by "
       "side, holding hands, works too.",
       {"sex_without_closeness", "unmet_need"}},
      {"desire_and_limits_talk",
       "Talking about desire and limits, calmly",
       "Desires, limits and fears are easier to talk about outside the bedroom, at a calm "
       "time. Both partners' wishes are valid, including wanting more, less, or something "
       "different.",
       {"Pick a calm, private time that is not just before or after sex.",
        "Agree on the rules: anyone can pause, and a \"no\" needs no reason.",
        "Each of you shares one thing you enjoy, one thing you're curious about, and one "
         "limit.",
        "Listen and say back what you heard, without arguing or bargaining.",
        "End by thanking each other. Nothing has to change today; this is for understanding. "
         "You can both change your answers later."},
       30,
       kTogether,
       {S, E},
       "Not right after a disappointment in bed, or when either of you feels pressured. If "
       "this talk keeps getting stuck or painful, a couples or sex therapist can help.",
       {"needs_differ", "unmet_need", "more_than_wanted", "sex_without_closeness",
        "distance_after_sex"}},
      {"my_yes_maybe_no",
       "My own yes, maybe and no",
       "Knowing your own wishes and limits makes them easier to share. This is for you "
       "first; sharing is a separate choice.",
       {"On your own, make three short lists: yes, maybe, and no (or not now).",
        "Include touch and closeness of all kinds, not only sex.",
        "Notice anything you feel unsure about, and leave it in \"maybe\".",
        "Keep the lists private, or share some of them later, if and when you want to.",
        "Your lists can change at any time."},
       20,
       kSolo,
       {S},
       "Not as homework for your partner to meet. A list is information, not a request.",
       {"needs_differ", "more_than_wanted", "unmet_need"}},
      {"after_sex_minutes",
       "A few minutes after",
       "The minutes right after sex can feel tender or strange. Staying close for a little "
       "while, and checking in gently, can help both of you feel cared for.",
       {"If you both want this, agree on it beforehand, in a calm moment.",
        "Afterwards, stay together for a few minutes: lie close, hold hands, or simply "
         "rest side by side.",
        "One of you asks softly, \"How are you feeling?\" Any answer is fine, including "
         "\"I don't know\".",
        "If either of you needs space, say so kindly, and say when you'll come back.",
        "The next day, share one thing you liked."},
       10,
       kTogether,
       {S, A, E},
       "Only if sex is part of your life and you both want it. Not a way to talk through "
       "problems in the moment. If feeling distant after sex keeps happening or hurts, a "
       "couples therapist can help.",
       {"distance_after_sex", "sex_without_closeness"}},
      {"slow_touch_no_goal",
       "Slow touch with no goal",
       "Taking turns to give and receive slow, non-sexual touch, with sex off the table for "
       "the exercise, lets both of you notice what feels good without any pressure to go "
       "further.",
       {"Agree beforehand that this is not leading to sex, this time.",
        "One gives, one receives, for about ten minutes: hands, arms, back, face. Clothes "
         "stay on if either of you prefers.",
        "The one receiving says \"more like that\" or \"not there\"; the one giving follows.",
        "Swap roles.",
        "Afterwards, each share one thing you noticed."},
       20,
       kTogether,
       {A, S},
       "Not when either of you feels pressured, or if touch is linked to past hurt that "
       "needs care first; a therapist can help with that.",
       {"touch_only_with_sex", "more_than_wanted", "needs_differ"}},
  };
}

}  // namespace rapport::core::content
