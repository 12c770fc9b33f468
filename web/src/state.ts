// App-wide state: who is signed in, the cached catalogue, and in-memory drafts.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { api } from './api/endpoints';
import type { Catalogue, Me, ProfileAnswers } from './api/types';
import { DraftStore } from './lib/drafts';
import type { CheckinForm } from './lib/checkinForm';

export interface AppState {
  me: Me | null;
  setMe: (me: Me | null) => void;
  refreshMe: () => Promise<Me | null>;
  /** Set when the session ended under someone's feet, so the sign-in page can say so. */
  sessionEnded: boolean;
}

export const AppContext = createContext<AppState>({
  me: null,
  setMe: () => {},
  refreshMe: async () => null,
  sessionEnded: false,
});

export function useApp(): AppState {
  return useContext(AppContext);
}

export const checkinDrafts = new DraftStore<CheckinForm>();
export const profileDrafts = new DraftStore<ProfileAnswers>();

/** Forget everything private held in memory (sign out, account deleted). */
export function forgetDrafts(): void {
  checkinDrafts.clear();
  profileDrafts.clear();
  catalogueCache = null;
}

let catalogueCache: Promise<Catalogue> | null = null;

export function loadCatalogue(): Promise<Catalogue> {
  if (!catalogueCache) {
    catalogueCache = api.catalogue();
    catalogueCache.catch(() => {
      catalogueCache = null;
    });
  }
  return catalogueCache;
}
