// Short cards on sex and intimacy: how they differ, how they connect. Each names its sources.
import { api } from '../api/endpoints';
import type { KindDef } from '../api/types';
import { Card, KindTag, LoadFailed, Loading, Page, useAsync } from '../components/ui';
import { KIND_ORDER, isKind } from '../lib/kinds';
import { loadCatalogue } from '../state';

export function CardsPage() {
  const data = useAsync(() => Promise.all([api.cards(), loadCatalogue()]).then(([c, cat]) => ({ cards: c.cards, kinds: cat.kinds })));
  return (
    <Page
      title="Sex and intimacy"
      lead="They’re related, and they’re not the same thing. A few short reads, for whenever you’re curious."
    >
      {data.data ? (
        <>
          <SixKinds kinds={data.data.kinds} />
          <h2 class="section-title">Short reads</h2>
          <ul class="card-list">
            {data.data.cards.map((c) => (
              <li>
                <Card as="article" class="read-card" labelledBy={'card-' + c.id}>
                  <h2 id={'card-' + c.id}>{c.title}</h2>
                  {c.body.split(/\n{2,}/).map((para) => (
                    <p>{para}</p>
                  ))}
                  {c.sources.length > 0 && (
                    <details class="sources">
                      <summary>Where this comes from</summary>
                      <ul class="plain-list small">
                        {c.sources.map((s) => (
                          <li>
                            <span class="citation">{s.citation}</span>
                            {s.strength && <span class="muted"> {s.strength}</span>}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </>
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function SixKinds({ kinds }: { kinds: KindDef[] }) {
  const ordered = KIND_ORDER.map((k) => kinds.find((x) => x.id === k)).filter((k): k is KindDef => !!k && isKind(k.id));
  return (
    <Card labelledBy="six-title" class="six-kinds">
      <h2 id="six-title">Six kinds of closeness</h2>
      <p class="muted">Sex is one of them. Each can grow on its own, and each of you may want a different mix.</p>
      <ul class="kind-list">
        {ordered.map((k) => (
          <li class={'kind-' + k.id}>
            <KindTag kind={k.id} label={k.label} />
            <p>{k.description}</p>
            {k.examples && k.examples.length > 0 && (
              <details class="sources">
                <summary>
                  Examples<span class="sr-only"> of {k.label.toLowerCase()} closeness</span>
                </summary>
                <ul class="plain-list small">
                  {k.examples.map((e) => (
                    <li>{e}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
