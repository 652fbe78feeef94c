import { render } from 'preact';
import { App } from '@/components/popup/App';
import { database } from '@/lib/db/schema';
import { pageParams } from '@/lib/extension-page';
import './style.css';

const db = database();
// the first view waits on the database before anything else: start opening it before rendering
void db.open().catch(() => {});
const params = pageParams(location.search);
// opened in a tab rather than under the toolbar button: laid out as a page
if (params) document.body.classList.add('in-tab');
render(
  <App db={db} params={params} importInTab={import.meta.env.FIREFOX && !params} />,
  document.getElementById('app') as HTMLElement,
);
