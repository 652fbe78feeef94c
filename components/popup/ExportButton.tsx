import type { WwaDatabase } from '@/lib/db/schema';

interface Props {
  db: WwaDatabase;
  actorKey?: string;
  label?: string;
}

/** Downloads the history as JSON through a blob link: no downloads permission needed. */
export function ExportButton({ db, actorKey, label = 'Export' }: Props) {
  const download = async () => {
    // the export code (with the file format's validator) loads when asked for, not with every popup
    const { exportData, exportFileName, exportText } = await import('@/lib/exchange/export');
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
