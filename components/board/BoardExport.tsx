import { boardCsv, boardFileName, boardMarkdown } from '@/lib/board/export';
import type { ActorInfo } from '@/lib/board/filter';
import type { Group } from '@/lib/board/group';
import type { WwaDatabase } from '@/lib/db/schema';
import { ExportButton } from '../popup/ExportButton';
import { downloadText } from './download';

interface Props {
  db: WwaDatabase;
  /** What the board shows now, filters applied. */
  groups: readonly Group[];
  actors: ReadonlyMap<string, ActorInfo>;
  /** Only the latest pages are read yet: an export now would miss the rest. */
  partial: boolean;
}

/** The board as shown (CSV, Markdown), or the whole store as JSON, the format Import reads. */
export function BoardExport({ db, groups, actors, partial }: Props) {
  return (
    <div class="exchange">
      <button
        type="button"
        disabled={partial}
        onClick={() => downloadText(boardFileName('csv'), boardCsv(groups, actors), 'text/csv')}
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={partial}
        onClick={() => downloadText(boardFileName('md'), boardMarkdown(groups, actors), 'text/markdown')}
      >
        Export Markdown
      </button>
      <ExportButton db={db} label="Export JSON" />
    </div>
  );
}
