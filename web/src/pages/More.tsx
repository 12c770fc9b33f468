// "More" on a phone: everything that doesn't fit in the tab bar.
import { Icon, type IconName } from '../components/Icon';
import { Page } from '../components/ui';
import { useApp } from '../state';

export const MORE_LINKS: { href: string; icon: IconName; label: string; note: string }[] = [
  { href: '/profile', icon: 'profile', label: 'Intimacy profile', note: 'How each kind is for you, and how you’d like it' },
  { href: '/cards', icon: 'cards', label: 'Sex and intimacy', note: 'Short reads on how they differ' },
  { href: '/partner', icon: 'partner', label: 'Your partner', note: 'Invite, link or unlink' },
  { href: '/partner/view', icon: 'partner', label: 'Side by side', note: 'What you each share, next to each other' },
  { href: '/desires', icon: 'strength', label: 'Desires and boundaries', note: 'Ideas to answer privately; only shared yeses show' },
  { href: '/sharing', icon: 'lock', label: 'Sharing', note: 'What your partner may see, and when they looked' },
  { href: '/account', icon: 'account', label: 'Account', note: 'Devices, password, sign out' },
  { href: '/safety', icon: 'leaf', label: 'Safety check', note: 'A few private questions, only for you' },
];

export function MorePage() {
  const app = useApp();
  return (
    <Page title="More">
      <ul class="menu-list">
        {MORE_LINKS.map((l) => (
          <li>
            <a href={l.href} class="menu-item">
              <Icon name={l.icon} />
              <span>
                <span class="menu-label">{l.label}</span>
                <span class="menu-note">
                  {l.href === '/partner' && app.me ? (app.me.partner.linked ? 'Linked' : 'Not linked yet') : l.note}
                </span>
              </span>
              <Icon name="forward" size={20} class="menu-chevron" />
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}
