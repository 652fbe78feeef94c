import { render } from 'preact';

render(<main>Who Wants What</main>, document.getElementById('app') as HTMLElement);
