import type { WwaDatabase } from '@/lib/db/schema';
import { exportData, exportFileName, exportText } from '@/lib/exchange/export';

interface Props {
  db: WwaDatabase;
  actorKey?: string;
  label?: string;
}

/** Downloads the history as JSON through a blob link: no downloads permission needed. */
export function ExportButton({ db, actorKey, label = 'Export' }: Props) {
  const download = async () => {
    const file = await exportData(db, actorKey);
    const url = URL.createObjectURL(new Blob([...exportText(file)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date(), actorKey);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" onClick={download}>
      {label}
    </button>
  );
}
