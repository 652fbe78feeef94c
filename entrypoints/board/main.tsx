import { render } from 'preact';
import { Board } from '@/components/board/Board';
import '@/components/board/board.css';
import { database } from '@/lib/db/schema';

render(
  <Board db={database()} actor={new URLSearchParams(location.search).get('actor')} />,
  document.getElementById('app') as HTMLElement,
);
