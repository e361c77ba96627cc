// The baseline of `npm run bench:renderer`: the least a React page can be (one heading and
// one button in `main`, rendered by react-dom/client), built with the renderer's own Vite
// config. Plain `createElement` rather than JSX keeps it inside the tools' type-check
// (tsconfig.tools.json compiles test/**/*.ts); the bundle is the same React either way.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
createRoot(container).render(
  createElement(
    StrictMode,
    null,
    createElement(
      'main',
      null,
      createElement('h1', null, 'Minimal React page'),
      createElement('button', { type: 'button' }, 'Continue'),
    ),
  ),
);
