// Typed calls for every endpoint the web app uses (doc/api.md).
import { createClient, type Client } from './client';
import { localDay } from '../lib/dates';
import type {
  Card,
  Catalogue,
  Checkin,
  CheckinInput,
  Invite,
  InsightFeed,
  Me,
  PartnerStatus,
  PracticeDetail,
  PracticeList,
  ProfileAnswers,
  ProfileItems,
  ProfileOverview,
  ProfileResult,
  Session,
  User,
} from './types';

let unauthenticatedHandler: (path: string) => void = () => {};

/** The app sets this once: what to do when the session has ended. */
export function onSessionEnded(handler: (path: string) => void): void {
  unauthenticatedHandler = handler;
}

export const client: Client = createClient({ onUnauthenticated: (p) => unauthenticatedHandler(p) });

const enc = encodeURIComponent;

export const api = {
  signup: (email: string, password: string) =>
    client.post<{ user: User }>('/signup', { email, password }, { expectUnauthenticated: true }),
  login: (email: string, password: string) =>
    client.post<{ user: User }>('/login', { email, password }, { expectUnauthenticated: true }),
  logout: () => client.post<void>('/logout', undefined, { retry: true, expectUnauthenticated: true }),
  me: () => client.get<Me>('/me', { expectUnauthenticated: true }),
  sessions: () => client.get<{ sessions: Session[] }>('/sessions'),
  endSession: (id: string | number) => client.del<void>('/sessions/' + enc(String(id))),
  changePassword: (current_password: string, new_password: string) =>
    client.post<void>('/password', { current_password, new_password }, { expectUnauthenticated: true }),
  deleteAccount: (password: string) => client.del<void>('/account', { password }, { expectUnauthenticated: true }),

  createInvite: () => client.post<Invite>('/invites'),
  acceptInvite: (code: string) => client.post<{ partner: PartnerStatus }>('/invites/accept', { code }),
  unlink: () => client.del<void>('/partner'),

  catalogue: () => client.get<Catalogue>('/catalogue'),
  checkin: (day: string) => client.get<Checkin>('/checkins/' + enc(day)),
  saveCheckin: (day: string, input: CheckinInput) => client.put<Checkin>('/checkins/' + enc(day), input),
  deleteCheckin: (day: string) => client.del<void>('/checkins/' + enc(day)),
  checkins: (from: string, to: string) =>
    client.get<{ checkins: Checkin[] }>(`/checkins?from=${enc(from)}&to=${enc(to)}`),

  profileItems: () => client.get<ProfileItems>('/profile/items'),
  profileDraft: () => client.get<ProfileAnswers>('/profile/draft'),
  saveProfileDraft: (answers: ProfileAnswers) => client.put<void>('/profile/draft', answers),
  deleteProfileDraft: () => client.del<void>('/profile/draft'),
  submitProfile: (answers: ProfileAnswers) => client.post<ProfileResult>('/profile', answers),
  profile: () => client.get<ProfileOverview>('/profile'),

  // `today` tells the server the person's own calendar day (time zones differ).
  insights: () => client.get<InsightFeed>('/insights?today=' + localDay()),
  practices: () => client.get<PracticeList>('/practices?today=' + localDay()),
  practice: (id: string) => client.get<PracticeDetail>('/practices/' + enc(id)),
  startPractice: (id: string) => client.post<unknown>('/practices/' + enc(id) + '/start'),
  finishPractice: (id: string, felt_closer: number) =>
    client.post<unknown>('/practices/' + enc(id) + '/done', { felt_closer }),
  notNowPractice: (id: string) => client.post<unknown>('/practices/' + enc(id) + '/not-now'),

  cards: () => client.get<{ cards: Card[] }>('/cards'),
};
