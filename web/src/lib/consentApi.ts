// Typed calls and shapes for sharing and consent, the partner view, desires and boundaries, and
// the safety check (doc/api.md, "Sharing and consent", "Desires and boundaries", "Safety").
import { client } from '../api/endpoints';
import type { Insight, KindId, ProfileResult } from '../api/types';
import { localDay } from './dates';

export type ShareCategory = 'profile' | 'closeness' | 'moments' | 'insights';
export const SHARE_CATEGORIES: readonly ShareCategory[] = ['profile', 'closeness', 'moments', 'insights'];

export interface SharingState {
  linked: boolean;
  grants: Record<ShareCategory, boolean>;
  paused: boolean;
  paused_at: string | null;
}

export interface AccessEntry {
  at: string;
  reader: 'partner' | string;
  /** profile, closeness, moments, insights or note */
  what: string;
  day: string | null;
}

type NotShared = { shared: false };
export type Part<T> = NotShared | ({ shared: true } & T);

export interface Levels {
  have: number | null;
  want: number | null;
}

export interface ComparisonKind {
  kind: KindId;
  you: Levels;
  partner: Levels;
  want_difference: number | null;
}

export interface PartnerViewLinked {
  linked: true;
  profile: Part<{ latest: ProfileResult | null }>;
  closeness: Part<{ days: { day: string; closeness: number }[] }>;
  moments: Part<{ days: { day: string; moments: string[] }[] }>;
  insights: Part<{ items: Insight[] }>;
  notes: { day: string; note: string }[];
  comparison: { kinds: ComparisonKind[] } | null;
  needs_differ: Insight[];
}

export type PartnerView = { linked: false } | PartnerViewLinked;

export type DesireAnswer = 'yes' | 'maybe' | 'not_now' | 'no';
export const DESIRE_ANSWERS: readonly DesireAnswer[] = ['yes', 'maybe', 'not_now', 'no'];

export interface DesireIdea {
  id: string;
  kind: KindId;
  title: string;
  description: string;
  answer: DesireAnswer | null;
  answered_at: string | null;
  fresh_look: boolean;
}

export interface DesireMatch {
  id: string;
  kind: KindId;
  title: string;
  description: string;
}

export interface Desires {
  ideas: DesireIdea[];
  matches: DesireMatch[];
}

export interface SafetyResource {
  title: string;
  body: string;
}

export interface SafetyState {
  intro: string;
  items: { id: string; text: string }[];
  active: boolean;
  since?: string;
  message?: string;
  resources?: SafetyResource[];
}

export interface SafetyResult {
  positive: boolean;
  message: string;
  resources?: SafetyResource[];
}

const enc = encodeURIComponent;

export const consentApi = {
  sharing: () => client.get<SharingState>('/sharing'),
  setGrant: (category: ShareCategory, granted: boolean) =>
    client.put<SharingState>('/sharing/grants/' + enc(category), { granted }),
  setPaused: (paused: boolean) => client.put<SharingState>('/sharing/pause', { paused }),
  accessLog: () => client.get<{ entries: AccessEntry[] }>('/sharing/access-log'),
  partnerView: () => client.get<PartnerView>('/partner/view?today=' + localDay()),
  desires: () => client.get<Desires>('/desires'),
  answerDesire: (id: string, answer: DesireAnswer | null) => client.put<void>('/desires/' + enc(id), { answer }),
  safety: () => client.get<SafetyState>('/safety'),
  // Not retried automatically: the person sees the outcome and can choose to send again.
  checkSafety: (answers: Record<string, boolean>) => client.post<SafetyResult>('/safety/check', { answers }),
  undoSafety: () => client.del<void>('/safety'),
};
