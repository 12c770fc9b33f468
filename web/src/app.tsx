// The shell: who is signed in, routes, navigation (side on desktop, tabs on phone) and quick exit.
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from './api/client';
import { api, onSessionEnded } from './api/endpoints';
import type { Me } from './api/types';
import { Icon, type IconName } from './components/Icon';
import { ErrorNotice, Loading, focusNextPageHeading } from './components/ui';
import { escapeDetector, quickExit } from './lib/quickExit';
import { currentPath, matchRoute, navigate, normalisePath, subscribe, type Params, type Route } from './lib/router';
import { AccountPage } from './pages/Account';
import { LoginPage, SignupPage, nextAfterSignIn } from './pages/Auth';
import { CardsPage } from './pages/Cards';
import { CheckinPage } from './pages/Checkin';
import { HistoryPage } from './pages/History';
import { InsightDetailPage, InsightsPage } from './pages/Insights';
import { GoodbyePage, NotFoundPage } from './pages/Misc';
import { MorePage } from './pages/More';
import { PartnerPage } from './pages/Partner';
import { PartnerViewPage } from './pages/PartnerView';
import { DesiresPage } from './pages/Desires';
import { SafetyPage } from './pages/Safety';
import { SharingPage } from './pages/Sharing';
import { PracticeDetailPage, PracticesPage } from './pages/Practices';
import { ProfilePage } from './pages/Profile';
import { ProfileTakePage } from './pages/ProfileTake';
import { AppContext, forgetDrafts, type AppState } from './state';

type Access = 'signed-in' | 'signed-out' | 'any';
type Section = 'today' | 'insights' | 'practices' | 'history' | 'profile' | 'cards' | 'partner' | 'account' | 'more' | 'sharing' | 'desires' | 'safety' | 'none';

interface RouteDef {
  access: Access;
  section: Section;
  render: (p: Params) => JSX.Element;
}

const ROUTES: Route<RouteDef>[] = [
  { pattern: '/login', value: { access: 'signed-out', section: 'none', render: () => <LoginPage /> } },
  { pattern: '/signup', value: { access: 'signed-out', section: 'none', render: () => <SignupPage /> } },
  { pattern: '/goodbye', value: { access: 'any', section: 'none', render: () => <GoodbyePage /> } },
  { pattern: '/today', value: { access: 'signed-in', section: 'today', render: () => <CheckinPage /> } },
  { pattern: '/checkin/:day', value: { access: 'signed-in', section: 'today', render: (p) => <CheckinPage day={p.day} /> } },
  { pattern: '/insights', value: { access: 'signed-in', section: 'insights', render: () => <InsightsPage /> } },
  { pattern: '/insights/:id', value: { access: 'signed-in', section: 'insights', render: (p) => <InsightDetailPage id={p.id} /> } },
  { pattern: '/practices', value: { access: 'signed-in', section: 'practices', render: () => <PracticesPage /> } },
  { pattern: '/practices/:id', value: { access: 'signed-in', section: 'practices', render: (p) => <PracticeDetailPage id={p.id} /> } },
  { pattern: '/history', value: { access: 'signed-in', section: 'history', render: () => <HistoryPage /> } },
  { pattern: '/profile', value: { access: 'signed-in', section: 'profile', render: () => <ProfilePage /> } },
  { pattern: '/profile/take', value: { access: 'signed-in', section: 'profile', render: () => <ProfileTakePage /> } },
  { pattern: '/cards', value: { access: 'signed-in', section: 'cards', render: () => <CardsPage /> } },
  { pattern: '/partner', value: { access: 'signed-in', section: 'partner', render: () => <PartnerPage /> } },
  { pattern: '/partner/view', value: { access: 'signed-in', section: 'partner', render: () => <PartnerViewPage /> } },
  { pattern: '/sharing', value: { access: 'signed-in', section: 'sharing', render: () => <SharingPage /> } },
  { pattern: '/desires', value: { access: 'signed-in', section: 'desires', render: () => <DesiresPage /> } },
  { pattern: '/safety', value: { access: 'signed-in', section: 'safety', render: () => <SafetyPage /> } },
  { pattern: '/account', value: { access: 'signed-in', section: 'account', render: () => <AccountPage /> } },
  { pattern: '/more', value: { access: 'signed-in', section: 'more', render: () => <MorePage /> } },
];

interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  section: Section;
}

const NAV: NavItem[] = [
  { href: '/today', label: 'Today', icon: 'today', section: 'today' },
  { href: '/insights', label: 'Insights', icon: 'insights', section: 'insights' },
  { href: '/practices', label: 'Practices', icon: 'practices', section: 'practices' },
  { href: '/history', label: 'History', icon: 'history', section: 'history' },
  { href: '/profile', label: 'Profile', icon: 'profile', section: 'profile' },
  { href: '/cards', label: 'Sex & intimacy', icon: 'cards', section: 'cards' },
  { href: '/partner', label: 'Partner', icon: 'partner', section: 'partner' },
  { href: '/desires', label: 'Desires', icon: 'strength', section: 'desires' },
  { href: '/sharing', label: 'Sharing', icon: 'lock', section: 'sharing' },
  { href: '/account', label: 'Account', icon: 'account', section: 'account' },
  { href: '/safety', label: 'Safety check', icon: 'leaf', section: 'safety' },
];

const TABS: NavItem[] = [...NAV.slice(0, 4), { href: '/more', label: 'More', icon: 'more', section: 'more' }];
const MORE_SECTIONS: Section[] = ['profile', 'cards', 'partner', 'account', 'more', 'sharing', 'desires', 'safety'];

function usePath(): string {
  const [path, setPath] = useState(currentPath());
  useEffect(
    () =>
      subscribe((p) => {
        focusNextPageHeading();
        setPath(p);
      }),
    [],
  );
  return path;
}

function useQuickExitKeys() {
  useEffect(() => {
    const detect = escapeDetector();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && detect(e.timeStamp || performance.now())) quickExit(forgetDrafts);
    };
    // Capture phase, so a dialog that handles Escape can't swallow the second press.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

function QuickExitButton() {
  return (
    <button type="button" class="quick-exit" onClick={() => quickExit(forgetDrafts)} aria-describedby="quick-exit-hint">
      <Icon name="exit" size={20} />
      <span>Quick exit</span>
      <span id="quick-exit-hint" class="sr-only">
        Leaves Rapport at once for a neutral page. You can also press Escape twice.
      </span>
    </button>
  );
}

export function App() {
  const path = usePath();
  const [me, setMeState] = useState<Me | null | undefined>(undefined);
  const [bootError, setBootError] = useState<unknown>(null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const lastUser = useRef<string | null>(null);
  useQuickExitKeys();

  const refreshMe = useCallback(async () => {
    try {
      const m = await api.me();
      // Drafts kept across an ended session belong to that person only.
      if (lastUser.current !== null && lastUser.current !== String(m.user.id)) forgetDrafts();
      lastUser.current = String(m.user.id);
      setMeState(m);
      setSessionEnded(false);
      setBootError(null);
      return m;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setMeState(null);
        return null;
      }
      setBootError(e);
      throw e;
    }
  }, []);

  useEffect(() => {
    refreshMe().catch(() => {});
    onSessionEnded(() => {
      // Drafts stay in memory on purpose: after signing in again in this tab, nothing is lost.
      setMeState((prev) => {
        if (prev) setSessionEnded(true);
        return null;
      });
    });
  }, [refreshMe]);

  const setMe = useCallback((m: Me | null) => {
    if (!m) forgetDrafts();
    setMeState(m);
  }, []);

  const state: AppState = useMemo(
    () => ({ me: me ?? null, setMe, refreshMe, sessionEnded }),
    [me, setMe, refreshMe, sessionEnded],
  );

  const p = normalisePath(path);
  const match = matchRoute(ROUTES, p);
  const signedIn = !!me;

  // Redirects that depend on who is signed in.
  useEffect(() => {
    if (me === undefined) return;
    // An effect from a render that is already out of date (the page moved on meanwhile) must not
    // redirect: the next render decides for the current address.
    if (normalisePath(location.pathname) !== p) return;
    if (p === '/') navigate(signedIn ? '/today' : '/login', { replace: true });
    else if (match?.value.access === 'signed-out' && signedIn) navigate(nextAfterSignIn(), { replace: true });
    else if (match?.value.access === 'signed-in' && !signedIn) navigate('/login?next=' + encodeURIComponent(path), { replace: true });
  }, [me, p, signedIn, match, path]);

  if (me === undefined) {
    return (
      <div class="boot">
        {bootError ? (
          <div class="page">
            <h1 class="page-title">Rapport</h1>
            <ErrorNotice error={bootError} kept="Nothing was lost." onRetry={() => refreshMe().catch(() => {})} />
          </div>
        ) : (
          <Loading label="Opening Rapport…" />
        )}
      </div>
    );
  }

  const route = match?.value;
  const content = route ? route.render(match!.params) : <NotFoundPage />;
  const section = route?.section ?? 'none';
  const blocked =
    p === '/' || (route?.access === 'signed-in' && !signedIn) || (route?.access === 'signed-out' && signedIn);

  if (!signedIn) {
    return (
      <AppContext.Provider value={state}>
        <div class="shell shell-out">
          <SkipLinkAndTopbar home="/login" />
          <main id="main" class="main-out">
            {blocked ? null : content}
            {!blocked && <Intro />}
          </main>
        </div>
      </AppContext.Provider>
    );
  }

  const isActive = (item: NavItem) => item.section === section || (item.section === 'more' && MORE_SECTIONS.includes(section));
  return (
    <AppContext.Provider value={state}>
      <div class="shell">
        <SkipLinkAndTopbar home="/today" />
        <nav class="sidenav" aria-label="Main">
          <NavLinks items={NAV} isCurrent={(item) => item.section === section} />
        </nav>
        <main id="main">{blocked ? null : content}</main>
        <nav class="tabbar" aria-label="Main">
          <NavLinks items={TABS} isCurrent={isActive} />
        </nav>
      </div>
    </AppContext.Provider>
  );
}

/** The skip link and the top bar (the brand, linking to `home`, and Quick exit) that start every page. */
function SkipLinkAndTopbar({ home }: { home: string }) {
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a href={home} class="brand">
          <BrandMark /> Rapport
        </a>
        <QuickExitButton />
      </header>
    </>
  );
}

/** The links of a navigation bar; the one `isCurrent` picks is marked as the current page. */
function NavLinks({ items, isCurrent }: { items: NavItem[]; isCurrent: (item: NavItem) => boolean }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={item.href} aria-current={isCurrent(item) ? 'page' : undefined}>
            <Icon name={item.icon} />
            <span>{item.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function BrandMark() {
  return (
    <svg class="brand-mark" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <circle cx="11" cy="14" r="7.5" fill="none" stroke="currentColor" stroke-width="2" />
      <circle cx="17" cy="14" r="7.5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}

function Intro() {
  return (
    <aside class="intro" aria-label="About Rapport">
      <h2>Six kinds of closeness</h2>
      <p>
        Sex is one way of being close. Rapport helps you and your partner notice all six: emotional, intellectual,
        affectionate touch, sexual, shared experiences and spiritual.
      </p>
      <p class="muted">Private by default. Nothing is shared unless you choose to share it, and you can change your mind.</p>
    </aside>
  );
}
