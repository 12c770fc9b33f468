import { render } from 'preact';
import './styles/app.css';
import { App } from './app';
import { installRouter } from './lib/router';

installRouter();
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
