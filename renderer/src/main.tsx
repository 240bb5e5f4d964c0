// First: configures zod before the schemas in common/ are built (see the module).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/screens.css';
import './styles/frame.css';
import './styles/form-controls.css';
import './styles/page-layout.css';
import './styles/item-lists.css';
import './styles/statement-detail.css';
import './styles/sources.css';
import './styles/paste-notes.css';
import './styles/search.css';
import './styles/dialogs-notices.css';
import './styles/narrow-library.css';
import './styles/imports.css';
import './styles/print.css';
import './styles/backups.css';
import './styles/help.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
