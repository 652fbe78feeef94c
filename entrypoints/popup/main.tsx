import { render } from 'preact';
import { App } from '@/components/popup/App';
import { database } from '@/lib/db/schema';
import './style.css';

render(<App db={database()} />, document.getElementById('app') as HTMLElement);
