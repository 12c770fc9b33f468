// Shapes of the Rapport JSON API v1 (doc/api.md). Only what the web app reads.

export type KindId =
  | 'emotional'
  | 'intellectual'
  | 'affectionate'
  | 'sexual'
  | 'experiential'
  | 'spiritual';

export interface User {
  id: string | number;
  email: string;
}

export type PartnerStatus = { linked: true; since: string } | { linked: false };

export interface Me {
  user: User;
  partner: PartnerStatus;
}

export interface Session {
  id: string | number;
  label: string;
  created_at: string;
  last_seen_at: string;
  current: boolean;
}

export interface Invite {
  code: string;
  expires_at: string;
}

export interface KindDef {
  id: KindId;
  label: string;
  description: string;
  examples?: string[];
}

export interface MomentDef {
  id: string;
  label: string;
  kinds: KindId[];
  /** This moment counts as sex for the after-sex question. */
  is_sex?: boolean;
  is_conflict?: boolean;
}

export interface Word {
  id: string;
  label: string;
}

export interface Catalogue {
  version: number;
  kinds: KindDef[];
  moments: MomentDef[];
  feelings: Word[];
  after_sex: Word[];
  conflict: Word[];
}

export type ConflictState = 'none' | 'resolved' | 'unresolved';

export interface Checkin {
  day: string;
  moments: string[];
  closeness: number;
  feelings: string[];
  conflict: ConflictState;
  after_sex: string | null;
  note: string;
  /** The partner may read this one check-in's note. */
  share_note?: boolean;
}

export interface CheckinInput {
  moments: string[];
  closeness: number;
  feelings: string[];
  conflict: ConflictState;
  after_sex?: string;
  note?: string;
  share_note?: boolean;
}

export interface ProfileItem {
  id: string;
  kind: KindId;
  text: string;
  reverse?: boolean;
}

export interface ComfortItem {
  id: string;
  text: string;
  reverse?: boolean;
}

export interface ProfileItems {
  version: number;
  scale: { min: number; max: number; labels: string[] };
  items: ProfileItem[];
  comfort_items: ComfortItem[];
}

export interface ProfileAnswers {
  have: Record<string, number>;
  want: Record<string, number>;
  comfort: Record<string, number>;
}

export interface KindScore {
  kind: KindId;
  have: number | null;
  want: number | null;
  gap: number | null;
  scored: boolean;
}

export interface ProfileResult {
  id: string | number;
  taken_at: string;
  version: number;
  kinds: KindScore[];
  comfort: { score: number | null; scored: boolean };
}

export interface ProfileOverview {
  latest: ProfileResult | null;
  history: ProfileResult[];
}

export interface Insight {
  id: string;
  pattern: string;
  tone: 'strength' | 'pattern';
  title: string;
  explanation: string;
  evidence: {
    days?: string[];
    counts?: Record<string, number>;
    scores?: Record<string, number | null>;
  };
  confidence: 'low' | 'medium' | 'high';
  /** How the confidence was decided, in words (optional). */
  confidence_rule?: string;
  kind?: KindId | null;
  practices: string[];
}

export interface InsightFeed {
  insights: Insight[];
  not_enough_data: { pattern: string; needs: string }[];
}

export interface Practice {
  id: string;
  title: string;
  why: string;
  steps: string[];
  minutes: number;
  mode: 'solo' | 'together';
  kinds: KindId[];
  not_when?: string | null;
}

export interface PracticeList {
  practices: Practice[];
  recommended: { id: string; reason: string }[];
}

export interface PracticeEvent {
  state: 'started' | 'done' | 'not_now';
  at: string;
  felt_closer?: number | null;
}

export interface PracticeDetail {
  practice: Practice;
  history: PracticeEvent[];
}

export interface Card {
  id: string;
  title: string;
  body: string;
  /** `strength` says, in words, how strong the evidence is and what it can't show. */
  sources: { citation: string; strength: string; design?: string }[];
}
