import { pageDetail } from '@/lib/db/queries';
import type { WwaDatabase } from '@/lib/db/schema';
import { DemandList } from './DemandList';
import { KIND_LABEL } from './format';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  /** The current tab's page, as its content script names it; null when it annotates nothing. */
  status: { canonicalUrl: string; truncated: boolean } | null;
  onOpen(key: string): void;
}

export function ThisPage({ db, status, onOpen }: Props) {
  const detail = useLiveQuery(
    async () => (status ? pageDetail(db, status.canonicalUrl) : null),
    [status?.canonicalUrl],
  );
  if (!status) {
    return (
      <p class="empty">
        This tab shows no news article we annotate. Open an article, and the actors and demands in it appear here.
      </p>
    );
  }
  if (detail === undefined) return null;
  if (detail === null) return <p class="empty">Reading this article…</p>;
  return (
    <section aria-label="This page">
      <h2>{detail.page.title}</h2>
      {status.truncated && <p class="notice">This page is very long: only its beginning was read (partial).</p>}
      <ul class="chips">
        {detail.actors.map((a) => (
          <li key={a.key}>
            <button type="button" onClick={() => onOpen(a.key)} title={KIND_LABEL[a.kind]}>
              <span class={`dot ${a.kind}`} aria-hidden="true" /> {a.name}
            </button>
          </li>
        ))}
      </ul>
      <h3>Demands</h3>
      <DemandList demands={detail.demands} show="both" empty="Nobody on this page demands anything." />
    </section>
  );
}
