// Desires and boundaries: ideas for every kind of intimacy, each answered privately yes /
// maybe / not now / no. Our own writing (VOICE.md): any genders and orientations, no amounts,
// nothing graphic; every idea is an invitation, and "no" is a complete answer.
// Ids are stored in people's answers: never rename or reuse one. Add new ideas at the end of
// their kind; the order here is the order people see.
#include "core/desires.h"

namespace rapport::core {
namespace {
constexpr Kind E = Kind::kEmotional, I = Kind::kIntellectual, A = Kind::kAffectionate,
               S = Kind::kSexual, X = Kind::kExperiential, P = Kind::kSpiritual;
}  // namespace

const std::vector<DesireIdea>& DesireCatalogue() {
  static const std::vector<DesireIdea> ideas = {
      // --- emotional: talks about feelings, fears, hopes -----------------------------------
      {"em_share_a_worry", E, "Share a worry",
       "Each of you names one worry you usually keep to yourself. The other listens without "
       "trying to fix it."},
      {"em_dreams_out_loud", E, "Dreams out loud",
       "Talk about something you hope for, near or far, even if it sounds unlikely."},
      {"em_cringe_story", E, "A story you still cringe at",
       "Tell each other about a moment you still find embarrassing. Laughing together is "
       "welcome; bringing it up later to tease is not."},
      {"em_ten_minutes", E, "Ten minutes, phones away",
       "A short talk at the end of the day about how it really felt, with screens out of "
       "reach."},
      {"em_appreciation", E, "Say what you appreciate",
       "Name one thing your partner did lately that mattered to you, and why it did."},
      {"em_comfort_me", E, "How I like to be comforted",
       "Tell each other what helps when you are sad or stressed: words, quiet, a hug, or "
       "some time alone."},
      {"em_after_a_disagreement", E, "Coming back after a disagreement",
       "Once things have cooled, return to a disagreement to say what each of you felt, not "
       "who was right."},
      {"em_growing_up", E, "Stories from growing up",
       "Share a memory from childhood that still shapes how you love, argue or rest."},
      {"em_letters", E, "Letters to each other",
       "Write each other a short letter about what you value in your relationship. Read "
       "them when you both feel ready."},
      {"em_something_that_went_wrong", E, "Something that went wrong",
       "Talk about a time you failed at something and what it left you with."},
      {"em_what_i_need", E, "What I need this week",
       "Each of you says one thing that would make the coming week easier, and how the other "
       "could help."},

      // --- intellectual: ideas, learning, thinking together ---------------------------------
      {"in_same_book", I, "Read the same book",
       "Choose a book you are both curious about and talk about it a chapter at a time."},
      {"in_big_question", I, "One big question",
       "Take a question with no easy answer, such as what makes a good life, and hear each "
       "other out."},
      {"in_curious_disagreement", I, "Disagree with curiosity",
       "Pick a topic you see differently. Each of you explains the other's view until they "
       "say you have it right."},
      {"in_learn_together", I, "Learn something new together",
       "A language, an instrument, a class: something neither of you knows yet."},
      {"in_watch_then_talk", I, "Watch, then talk",
       "Watch a film or documentary and spend a while afterwards on what stayed with each of "
       "you."},
      {"in_teach_me", I, "Teach me your thing",
       "Each of you teaches the other something you know well, from a recipe to a part of "
       "your work."},
      {"in_on_my_mind", I, "What's been on my mind",
       "Share an idea, an article or a question you keep thinking about, and ask what your "
       "partner makes of it."},
      {"in_plan_a_project", I, "Plan a project",
       "Dream up and plan something together: a garden, a trip, a piece of furniture, a "
       "savings goal."},
      {"in_puzzles", I, "Puzzles and games of the mind",
       "Crosswords, quizzes or strategy games, as a team or as friendly rivals."},
      {"in_exhibition", I, "An exhibition or a talk",
       "Visit a museum, a gallery or a public lecture, then compare what caught your "
       "attention."},

      // --- affectionate: touch that asks for nothing ---------------------------------------
      {"af_long_hug", A, "A long hug",
       "Hold each other for a slow count of twenty, with nothing needing to follow."},
      {"af_cuddle_only", A, "A cuddle that goes nowhere",
       "Lie close on the sofa or in bed, both knowing it is only a cuddle."},
      {"af_holding_hands", A, "Holding hands",
       "On a walk, at the cinema, across the table: a hand held for no reason."},
      {"af_hello_kiss", A, "A kiss hello and goodbye",
       "A small kiss when one of you leaves or comes home."},
      {"af_hands_and_feet", A, "A hand or foot rub",
       "One of you gently rubs the other's hands or feet while they say what feels good."},
      {"af_stroking_hair", A, "Stroking hair",
       "Playing with or stroking each other's hair while you read, talk or watch something."},
      {"af_back_rub", A, "A back rub",
       "A slow rub of the back or shoulders, clothes on, after a long day."},
      {"af_morning_closeness", A, "A few minutes in the morning",
       "Stay close in bed for a few minutes before the day begins."},
      {"af_small_touches", A, "Small touches through the day",
       "A hand on the shoulder, a squeeze of the hand as you pass: touch that asks for "
       "nothing back."},
      {"af_kitchen_dance", A, "A slow dance in the kitchen",
       "Put on a song you both like and sway together. No skill needed."},
      {"af_falling_asleep", A, "Falling asleep touching",
       "Fall asleep with a hand, a foot or a back resting against each other."},

      // --- sexual: choice, talking, and pleasure at your own pace ---------------------------
      {"sx_what_we_enjoy", S, "Talk about what we enjoy",
       "Away from the bedroom, tell each other one thing you enjoy and one thing you might "
       "like to try, if anything."},
      {"sx_our_limits", S, "Talk about our limits",
       "Say plainly what is off the table for each of you. Knowing the edges can make "
       "everything inside them easier."},
      {"sx_asking_and_declining", S, "How we ask, and how we say no",
       "Talk about the ways each of you likes to be invited, and how a \"not tonight\" can be "
       "said and heard kindly."},
      {"sx_slow_kissing", S, "Slow kissing",
       "Kissing for its own sake, taking your time, free to stop or to go on."},
      {"sx_sensual_massage", S, "A sensual massage",
       "A slow massage with warm oil, where the one receiving guides what feels good. Either "
       "of you can stop at any time."},
      {"sx_without_intercourse", S, "Closeness without intercourse",
       "An evening of touch, kissing and pleasure where intercourse is set aside by choice, so "
       "nothing has to lead anywhere."},
      {"sx_show_me", S, "Show me how you like to be touched",
       "Guide your partner's hand, or show them with words, the kind of touch you enjoy."},
      {"sx_bath_together", S, "A bath or shower together",
       "Share a bath or a shower, unhurried, sensual or simply relaxing as you both feel."},
      {"sx_sharing_a_fantasy", S, "Sharing a fantasy",
       "Tell each other about a fantasy, with the understanding that sharing one is not a "
       "promise to act on it."},
      {"sx_unhurried_evening", S, "An unhurried evening for the two of you",
       "Set aside a relaxed evening for physical closeness, with no expectation of where it "
       "leads."},
      {"sx_dressing_up", S, "Dressing up",
       "Wear something that makes you feel attractive, for your own pleasure and your "
       "partner's."},
      {"sx_toy_together", S, "Choosing a toy together",
       "If you are both curious, pick a sex toy together and explore it at your own pace."},
      {"sx_sensation_play", S, "Playing with sensation",
       "A feather, something cool, a blindfold: explore new sensations after agreeing on a "
       "word that stops everything."},
      {"sx_afterwards", S, "Staying close afterwards",
       "After sex, take time to hold each other, talk, or simply rest together."},

      // --- experiential: doing, playing and laughing together -------------------------------
      {"ex_new_recipe", X, "Cook something new together",
       "Choose a dish neither of you has made and cook it side by side."},
      {"ex_day_trip", X, "A day trip somewhere new",
       "Go somewhere within reach that neither of you has been, and see what you find."},
      {"ex_dance_class", X, "A dance class",
       "Learn a few steps together, clumsy parts included."},
      {"ex_game_night", X, "A game night",
       "Board games, cards or a video game, with snacks and no phones."},
      {"ex_outdoors", X, "A walk or hike outdoors",
       "A long walk in a park, a forest or by water, at a pace that suits you both."},
      {"ex_sport_together", X, "Move together",
       "Swimming, cycling, climbing or yoga: some movement you can share."},
      {"ex_just_laugh", X, "An evening to laugh",
       "A comedy show, a silly film or a pillow fight: something with no other purpose than "
       "laughing together."},
      {"ex_stargazing", X, "Stargazing",
       "Find a dark spot on a clear night, bring a blanket, and look up."},
      {"ex_where_it_started", X, "Back to where it started",
       "Visit a place from early in your relationship and tell each other what you remember."},
      {"ex_make_something", X, "Make something with your hands",
       "Pottery, painting, building or baking bread: a small project you finish together."},
      {"ex_screen_free_day", X, "A day without screens",
       "Spend a day with phones put away, and see what you do with the time."},

      // --- spiritual: shared meaning, values and rituals ------------------------------------
      {"sp_what_matters", P, "What matters most to us",
       "Each of you names a few values you want your life to show, then look at where they "
       "meet."},
      {"sp_gratitude", P, "A moment of gratitude",
       "At dinner or before sleep, each of you says one thing you are grateful for today."},
      {"sp_sit_quietly", P, "Sitting quietly together",
       "Meditate, pray or simply sit in silence side by side for a few minutes."},
      {"sp_give_time", P, "Give time together",
       "Volunteer for a cause you both care about, even once."},
      {"sp_our_tradition", P, "A tradition of our own",
       "Create a small ritual that belongs only to the two of you, yearly or weekly."},
      {"sp_ten_years", P, "Our life in ten years",
       "Describe the life you hope to share, and what you would like it to stand for."},
      {"sp_awe", P, "Moments of awe",
       "Seek out a sunrise, a wide view or a storm that makes you both feel small in a good "
       "way."},
      {"sp_beliefs", P, "Talk about what we believe",
       "Share what you believe, or doubt, about life and meaning, with respect for where you "
       "differ."},
      {"sp_where_we_come_from", P, "Where we come from",
       "Share family stories, customs or a recipe passed down, and what you each want to "
       "carry forward."},
      {"sp_look_back", P, "Look back together",
       "On an anniversary or a quiet evening, remember what you have come through together."},
      {"sp_pause_before_meals", P, "A pause before a meal",
       "Take a breath, a word of thanks or a blessing before eating together, in whatever way "
       "fits you both."},
  };
  return ideas;
}

}  // namespace rapport::core
