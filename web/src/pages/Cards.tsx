// Short cards on sex and intimacy: how they differ, how they connect. Each names its sources.
import { api } from '../api/endpoints';
import { Card, LoadFailed, Loading, Page, useAsync } from '../components/ui';

export function CardsPage() {
  const data = useAsync(() => api.cards());
  return (
    <Page
      title="Sex and intimacy"
      lead="They’re related, and they’re not the same thing. A few short reads, for whenever you’re curious."
    >
      {data.data ? (
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
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
