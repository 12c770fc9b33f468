// The six kinds of intimacy, in the order Rapport always shows them. Each kind has a colour
// (CSS class `kind-<id>` sets --kind) AND an icon and a label: colour is never the only signal.
import type { KindId } from '../api/types';

export const KIND_ORDER: readonly KindId[] = [
  'emotional',
  'intellectual',
  'affectionate',
  'sexual',
  'experiential',
  'spiritual',
];

/** Fallback words when the catalogue hasn't loaded; the catalogue's own labels win. */
export const KIND_LABEL: Record<KindId, string> = {
  emotional: 'Emotional',
  intellectual: 'Intellectual',
  affectionate: 'Affectionate touch',
  sexual: 'Sexual',
  experiential: 'Shared experiences',
  spiritual: 'Spiritual',
};

/** Short words for tight spaces (chart axes, calendar legends). */
export const KIND_SHORT: Record<KindId, string> = {
  emotional: 'Emotional',
  intellectual: 'Intellectual',
  affectionate: 'Affection',
  sexual: 'Sexual',
  experiential: 'Experiences',
  spiritual: 'Spiritual',
};

export function isKind(value: string): value is KindId {
  return (KIND_ORDER as readonly string[]).includes(value);
}

export function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind as KindId);
  return i < 0 ? KIND_ORDER.length : i;
}

export function sortKinds<T extends string>(kinds: readonly T[]): T[] {
  return [...kinds].sort((a, b) => kindRank(a) - kindRank(b));
}
